//! JSON helpers for generated code and callers.
//!
//! Bodies are decoded straight from their bytes, so every mismatch is reported with its JSON
//! path and decimals are read from the number's own text ([`decimal`](super::decimal)). Where a
//! value must be looked at before its type is known (the variants of a union), it is kept as
//! [`RawJson`], its exact text, and decoded from that.

use std::fmt;

use serde::de::{self, DeserializeOwned, MapAccess, SeqAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;
use serde_json::Value;

use super::json_path::{forget_value_error, located};
pub use super::json_path::{invalid, invalid_raw};

/// serde_json's name for a raw value: a deserializer that knows it hands over the value's text.
pub(crate) const RAW_VALUE_TOKEN: &str = "$serde_json::private::RawValue";

/// Decodes JSON bytes into `T`; the error names the path of the mismatch (e.g. `accounts[0].id`).
///
/// A body is decoded once, at serde_json's own speed. Only one that fails is read again, to find
/// the path of the place serde_json stopped at.
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    forget_value_error();
    serde_json::from_slice(bytes).map_err(|error| located(bytes, &error))
}

/// Decodes JSON text into `T`, reporting the path of a mismatch.
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, JsonError> {
    from_slice(text.as_bytes())
}

/// Decodes a JSON value into `T`, reporting the path of a mismatch. Decimals are read from the
/// value's text, which `serde_json::Value` may already have rounded: decode bytes where you can.
pub fn from_value_with_path<T: DeserializeOwned>(value: Value) -> Result<T, JsonError> {
    let text = serde_json::to_vec(&value).map_err(|error| JsonError { path: String::new(), message: error.to_string() })?;
    from_slice(&text)
}

/// A JSON body that does not match its type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct JsonError {
    /// Where in the document, e.g. `accountGroupSummary[0].accounts`; empty for the root or for a
    /// syntax error.
    pub path: String,
    /// What does not match.
    pub message: String,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at `{}`: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for JsonError {}

/// A JSON value kept as its text, exactly as it was received (numbers keep every digit).
///
/// Unions decode their variants from it, and keep it for a variant they do not know.
#[derive(Clone)]
pub struct RawJson(Box<RawValue>);

impl RawJson {
    /// The JSON text.
    pub fn get(&self) -> &str {
        self.0.get()
    }

    /// The value as a `serde_json::Value` (numbers as `f64` where they need it).
    pub fn to_value(&self) -> Value {
        serde_json::from_str(self.get()).unwrap_or(Value::Null)
    }

    /// Decodes the value as `T`, reporting the path of a mismatch.
    pub fn decode<T: DeserializeOwned>(&self) -> Result<T, JsonError> {
        from_str(self.get())
    }

    /// The JSON of `value`, written exactly.
    pub fn from_serialize<T: Serialize + ?Sized>(value: &T) -> Result<RawJson, serde_json::Error> {
        serde_json::value::to_raw_value(value).map(RawJson)
    }

    /// The string at `property` of a JSON object (a union's discriminator).
    pub fn tag(&self, property: &str) -> Option<String> {
        let entries: Entries = serde_json::from_str(self.get()).ok()?;
        let (_, value) = entries.0.into_iter().find(|(key, _)| key == property)?;
        serde_json::from_str::<String>(value.get()).ok()
    }
}

impl From<Box<RawValue>> for RawJson {
    fn from(raw: Box<RawValue>) -> Self {
        RawJson(raw)
    }
}

impl PartialEq for RawJson {
    fn eq(&self, other: &Self) -> bool {
        self.get() == other.get()
    }
}

impl Eq for RawJson {}

impl fmt::Debug for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "RawJson({})", self.get())
    }
}

impl fmt::Display for RawJson {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.get())
    }
}

impl Serialize for RawJson {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for RawJson {
    /// From serde_json, the value's own text; from other deserializers (values serde buffered,
    /// other formats), the value written as JSON.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, RawJsonVisitor)
    }
}

struct RawJsonVisitor;

impl RawJsonVisitor {
    fn from_value<E: de::Error>(value: Value) -> Result<RawJson, E> {
        RawJson::from_serialize(&value).map_err(E::custom)
    }
}

impl<'de> Visitor<'de> for RawJsonVisitor {
    type Value = RawJson;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawJson, A::Error> {
        let Some(key) = map.next_key::<String>()? else { return Self::from_value(Value::Object(Default::default())) };
        if key == RAW_VALUE_TOKEN {
            let text: String = map.next_value()?;
            return RawValue::from_string(text).map(RawJson).map_err(de::Error::custom);
        }
        // An object from another deserializer: collect it.
        let mut object = serde_json::Map::new();
        object.insert(key, map.next_value()?);
        while let Some((key, value)) = map.next_entry::<String, Value>()? {
            object.insert(key, value);
        }
        Self::from_value(Value::Object(object))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawJson, D::Error> {
        let value = Value::deserialize(deserializer)?;
        Self::from_value(value)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<RawJson, A::Error> {
        let mut items = Vec::new();
        while let Some(item) = seq.next_element::<Value>()? {
            items.push(item);
        }
        Self::from_value(Value::Array(items))
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<RawJson, E> {
        Self::from_value(Value::Bool(value))
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<RawJson, E> {
        Self::from_value(Value::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<RawJson, E> {
        Self::from_value(Value::from(value))
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<RawJson, E> {
        Self::from_value(Value::from(value))
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<RawJson, E> {
        Self::from_value(Value::String(value.to_string()))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawJson, E> {
        Self::from_value(Value::Null)
    }

    fn visit_none<E: de::Error>(self) -> Result<RawJson, E> {
        Self::from_value(Value::Null)
    }

    fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<RawJson, D::Error> {
        RawJson::deserialize(deserializer)
    }
}

/// The entries of a JSON object in their order, each value kept as its text.
struct Entries(Vec<(String, Box<RawValue>)>);

impl<'de> Deserialize<'de> for Entries {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct EntriesVisitor;
        impl<'de> Visitor<'de> for EntriesVisitor {
            type Value = Entries;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a JSON object")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry::<String, Box<RawValue>>()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        deserializer.deserialize_map(EntriesVisitor)
    }
}

impl Serialize for Entries {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

/// The discriminator of a tagged union's JSON object.
pub fn tag_of(value: &RawJson, property: &str) -> Option<String> {
    value.tag(property)
}

/// Writes `value` (which must serialize to an object) with the discriminator `property: tag`
/// first, its other fields in their order, numbers exactly.
pub fn serialize_tagged<S: Serializer, T: Serialize>(serializer: S, property: &str, tag: &str, value: &T) -> Result<S::Ok, S::Error> {
    let raw = RawJson::from_serialize(value).map_err(serde::ser::Error::custom)?;
    let Ok(Entries(fields)) = serde_json::from_str::<Entries>(raw.get()) else {
        return Err(serde::ser::Error::custom(format!("a tagged union variant must be an object, not {}", raw.get())));
    };
    let tag = serde_json::value::to_raw_value(tag).map_err(serde::ser::Error::custom)?;
    let mut entries = vec![(property.to_string(), tag)];
    entries.extend(fields.into_iter().filter(|(key, _)| key != property));
    Entries(entries).serialize(serializer)
}

/// Decodes the declared fields of a struct with additional properties from `raw` (with
/// `declared`, the struct's own serde code, which skips the extra map), then the properties
/// whose names are not in `known` into the extra map, each exactly.
pub fn with_additional<'de, D, T, V>(
    deserializer: D,
    declared: impl FnOnce(&mut serde_json::Deserializer<serde_json::de::SliceRead<'_>>) -> Result<T, serde_json::Error>,
    known: &[&str],
    decode_value: impl Fn(&RawJson) -> Result<V, String>,
) -> Result<(T, std::collections::BTreeMap<String, V>), D::Error>
where
    D: Deserializer<'de>,
{
    let raw = RawJson::deserialize(deserializer)?;
    let text = raw.get();
    // The declared fields are decoded apart, so their errors are located apart, as by `from_slice`.
    forget_value_error();
    let value = declared(&mut serde_json::Deserializer::from_slice(text.as_bytes())).map_err(|error| invalid_raw(text, located(text.as_bytes(), &error)))?;
    let Entries(entries) = serde_json::from_str(text).map_err(|error| invalid_raw(text, located(text.as_bytes(), &error)))?;
    let mut extra = std::collections::BTreeMap::new();
    for (key, value) in entries {
        if known.contains(&key.as_str()) {
            continue;
        }
        let decoded = decode_value(&RawJson(value)).map_err(|error| invalid_raw(text, format!("property `{key}`: {error}")))?;
        extra.insert(key, decoded);
    }
    Ok((value, extra))
}

/// Decodes a raw value as `T` (for the extra properties of a struct), the error as text.
pub fn decode_raw<T: DeserializeOwned>(raw: &RawJson) -> Result<T, String> {
    raw.decode().map_err(|error| error.to_string())
}

/// A serializable value as a `serde_json::Value` for writing parameters, without losing digits:
/// a number whose text a `serde_json::Value` cannot hold as it is (`12.50`, more digits than an
/// `f64`) becomes a string of its exact text, which every text form of a parameter writes the
/// same way.
pub(crate) fn to_parameter_value<T: Serialize + ?Sized>(value: &T) -> Result<Value, serde_json::Error> {
    let raw = serde_json::value::to_raw_value(value)?;
    lossless_value(&raw)
}

fn lossless_value(raw: &RawValue) -> Result<Value, serde_json::Error> {
    let text = raw.get();
    Ok(match text.as_bytes().first() {
        Some(b'{') => {
            // Sorted by name, whether or not serde_json keeps insertion order in this build.
            let Entries(mut entries) = serde_json::from_str(text)?;
            entries.sort_by(|(a, _), (b, _)| a.cmp(b));
            let mut object = serde_json::Map::new();
            for (key, value) in entries {
                object.insert(key, lossless_value(&value)?);
            }
            Value::Object(object)
        }
        Some(b'[') => {
            let items: Vec<Box<RawValue>> = serde_json::from_str(text)?;
            Value::Array(items.iter().map(|item| lossless_value(item)).collect::<Result<_, _>>()?)
        }
        Some(b'-' | b'0'..=b'9') => {
            let number: Value = serde_json::from_str(text)?;
            // (`Value == str` would compare with a JSON string: compare the written text.)
            let written = number.to_string();
            if written == text {
                number
            } else {
                Value::String(text.to_string())
            }
        }
        _ => serde_json::from_str(text)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Account {
        id: String,
        balance: f64,
    }

    #[test]
    fn mismatches_name_their_path() {
        let error = from_slice::<Vec<Account>>(br#"[{"id": "a", "balance": 1}, {"id": "b", "balance": "x"}]"#).unwrap_err();
        assert_eq!(error.path, "[1].balance");
        assert!(error.to_string().starts_with("at `[1].balance`: invalid type"), "{error}");
        let error = from_slice::<Account>(b"{not json").unwrap_err();
        assert!(error.path.is_empty());
        let error = from_slice::<Vec<Account>>(b"[] trailing").unwrap_err();
        assert!(error.message.contains("trailing"), "{error}");
    }

    #[test]
    fn raw_json_keeps_the_text_and_finds_tags() {
        let raw: RawJson = serde_json::from_str(r#"{"kind": "card", "amount": 10.50}"#).unwrap();
        assert_eq!(raw.get(), r#"{"kind": "card", "amount": 10.50}"#);
        assert_eq!(raw.tag("kind").as_deref(), Some("card"));
        assert_eq!(raw.tag("amount"), None);
        assert_eq!(serde_json::to_string(&raw).unwrap(), r#"{"kind": "card", "amount": 10.50}"#);
        // Through a deserializer other than serde_json's text one, the value is written as JSON.
        let buffered: RawJson = serde_json::from_value(serde_json::json!({"a": [1, true, null]})).unwrap();
        assert_eq!(buffered.to_value(), serde_json::json!({"a": [1, true, null]}));
    }

    #[test]
    fn tagged_values_get_their_tag_first_and_keep_their_digits() {
        #[derive(Serialize)]
        struct Card {
            kind: &'static str,
            amount: RawJson,
        }
        let card = Card { kind: "stale", amount: serde_json::from_str("10.50").unwrap() };
        let mut out = Vec::new();
        serialize_tagged(&mut serde_json::Serializer::new(&mut out), "kind", "card", &card).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), r#"{"kind":"card","amount":10.50}"#);
    }

    #[test]
    fn parameter_values_keep_every_digit() {
        let amounts: Vec<RawJson> = ["12.50", "7", "12345678901234567890.125", "-0.5"].iter().map(|t| serde_json::from_str(t).unwrap()).collect();
        let Value::Array(items) = to_parameter_value(&amounts).unwrap() else { panic!("expected an array") };
        // Each item's text, as parameters write it: the digits as they were.
        let texts: Vec<String> = items.iter().map(|item| item.as_str().map_or_else(|| item.to_string(), str::to_string)).collect();
        assert_eq!(texts, ["12.50", "7", "12345678901234567890.125", "-0.5"]);
        #[derive(Serialize)]
        struct Fields {
            b: f64,
            a: f64,
        }
        let Value::Object(object) = to_parameter_value(&Fields { b: 1.5, a: 2.0 }).unwrap() else { panic!("expected an object") };
        assert_eq!(object.keys().collect::<Vec<_>>(), ["a", "b"], "names sorted in every build");
    }
}
