//! Exact decimals in JSON (money), without serde_json's `arbitrary_precision`.
//!
//! Generated fields of type `Decimal` (also inside `Option`, `Nullable`, `Vec`, maps and `Box`)
//! are written as JSON numbers or as JSON strings: the form `number` or `text` in the struct's
//! `serde_impls!` call ([`object`](super::object)), or, in a struct that keeps serde's derive,
//! `#[serde(with = "crate::runtime::decimal")]` or `#[serde(with = "crate::runtime::decimal::text")]`.
//! Your own types can use the same `with` attributes. Reading takes the number's
//! own text from serde_json (its `raw_value` feature), so `10.50` is read as `10.50` and a value
//! with more digits than an `f64` holds keeps them; writing puts the decimal's digits into the
//! JSON text as they are. Nothing passes through `f64`, and nothing is changed for other crates
//! in the build: `raw_value` only adds a type.
//!
//! Decoded through another deserializer (a value buffered by serde for an untagged enum or a
//! flattened field of the caller's own types, or a format other than JSON), a number arrives as
//! an `f64` and is taken from its shortest exact text: the amount is right to 15 significant
//! digits but loses trailing zeros. The client's own decoding never takes that path.

use std::collections::BTreeMap;
use std::fmt;

use rust_decimal::Decimal;
use serde::de::{self, DeserializeOwned, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::value::RawValue;

use super::json::{RawJson, RAW_VALUE_TOKEN};
use super::json_path;
use super::values::Nullable;

/// A type whose decimals can be written and read exactly: `Decimal` and the containers
/// generated fields wrap it in.
pub trait ExactNumber: Sized {
    /// Writes the value, its decimals as JSON numbers (`text: false`) or strings (`text: true`).
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error>;
    /// Reads the value, taking each decimal from the JSON number's (or string's) digits.
    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

/// A borrowed value written exactly, in number or text form.
pub(crate) struct Exact<'a, T>(pub(crate) &'a T, pub(crate) bool);

impl<T: ExactNumber> Serialize for Exact<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_exact(serializer, self.1)
    }
}

/// An owned value read exactly.
pub(crate) struct Owned<T>(pub(crate) T);

impl<'de, T: ExactNumber> Deserialize<'de> for Owned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_exact(deserializer).map(Owned)
    }
}

impl ExactNumber for Decimal {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        if text {
            return serializer.collect_str(self);
        }
        // serde_json writes a raw value's text as it is: the decimal's own digits.
        let raw = RawValue::from_string(self.to_string()).map_err(serde::ser::Error::custom)?;
        raw.serialize(serializer)
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        // serde_json answers this with the value's text; other deserializers with the value.
        deserializer.deserialize_newtype_struct(RAW_VALUE_TOKEN, DecimalVisitor)
    }
}

struct DecimalVisitor;

impl<'de> Visitor<'de> for DecimalVisitor {
    type Value = Decimal;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a decimal number, or a string of one")
    }

    /// serde_json's answer: one entry whose value is the JSON text of the number.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Decimal, A::Error> {
        let key: Option<String> = map.next_key()?;
        if key.as_deref() != Some(RAW_VALUE_TOKEN) {
            return Err(json_path::record(de::Error::invalid_type(de::Unexpected::Map, &self), None));
        }
        let text: String = map.next_value()?;
        parse_json_text(&text).map_err(|error| json_path::invalid_raw(&text, error))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, deserializer: D) -> Result<Decimal, D::Error> {
        deserializer.deserialize_any(DecimalVisitor)
    }

    fn visit_str<E: de::Error>(self, value: &str) -> Result<Decimal, E> {
        parse_digits(value.trim()).map_err(E::custom)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Decimal, E> {
        Ok(Decimal::from(value))
    }

    fn visit_i128<E: de::Error>(self, value: i128) -> Result<Decimal, E> {
        Decimal::try_from_i128_with_scale(value, 0).map_err(E::custom)
    }

    fn visit_u128<E: de::Error>(self, value: u128) -> Result<Decimal, E> {
        let value = i128::try_from(value).map_err(|_| E::custom("the number is too large for a decimal"))?;
        Decimal::try_from_i128_with_scale(value, 0).map_err(E::custom)
    }

    /// Only from deserializers other than serde_json's (see the module docs).
    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Decimal, E> {
        if !value.is_finite() {
            return Err(E::custom("the number is not finite"));
        }
        parse_digits(&value.to_string()).map_err(E::custom)
    }
}

/// A decimal from the JSON text of a value: a number, or a string holding one.
fn parse_json_text(text: &str) -> Result<Decimal, String> {
    let text = text.trim();
    if text.starts_with('"') {
        let inner: String = serde_json::from_str(text).map_err(|error| error.to_string())?;
        return parse_digits(inner.trim());
    }
    parse_digits(text)
}

/// A decimal from its digits (`-12.50`, `1e-3`), refusing what would have to be rounded.
fn parse_digits(text: &str) -> Result<Decimal, String> {
    let parsed = if text.contains(['e', 'E']) { Decimal::from_scientific(text) } else { Decimal::from_str_exact(text) };
    parsed.map_err(|error| format!("`{}` is not a decimal this client can hold exactly ({error})", shorten(text)))
}

/// At most 40 characters of a number's text, for messages.
fn shorten(text: &str) -> String {
    match text.char_indices().nth(40) {
        Some((index, _)) => format!("{}...", &text[..index]),
        None => text.to_string(),
    }
}

impl<T: ExactNumber> ExactNumber for Option<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Exact(value, text)),
            None => serializer.serialize_none(),
        }
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<Owned<T>>::deserialize(deserializer)?.map(|owned| owned.0))
    }
}

impl<T: ExactNumber> ExactNumber for Nullable<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(&Exact(value, text)),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<Owned<T>>::deserialize(deserializer)?.map(|owned| owned.0).into())
    }
}

impl<T: ExactNumber> ExactNumber for Vec<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(|value| Exact(value, text)))
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<Owned<T>>::deserialize(deserializer)?.into_iter().map(|owned| owned.0).collect())
    }
}

impl<T: ExactNumber> ExactNumber for BTreeMap<String, T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(key, value)| (key, Exact(value, text))))
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, Owned<T>>::deserialize(deserializer)?.into_iter().map(|(key, owned)| (key, owned.0)).collect())
    }
}

impl<T: ExactNumber> ExactNumber for Box<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S, text: bool) -> Result<S::Ok, S::Error> {
        (**self).serialize_exact(serializer, text)
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_exact(deserializer).map(Box::new)
    }
}

/// For `#[serde(with = "crate::runtime::decimal")]`: decimals as JSON numbers.
pub fn serialize<T: ExactNumber, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_exact(serializer, false)
}

/// For `#[serde(with = "crate::runtime::decimal")]`: a JSON number (or a string of digits).
pub fn deserialize<'de, T: ExactNumber, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::deserialize_exact(deserializer)
}

/// Decimals written as JSON strings (`type: string, format: decimal`), read from a string or a
/// number, exactly.
pub mod text {
    use serde::{Deserializer, Serializer};

    use super::ExactNumber;

    /// For `#[serde(with = "crate::runtime::decimal::text")]`.
    pub fn serialize<T: ExactNumber, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
        value.serialize_exact(serializer, true)
    }

    /// For `#[serde(with = "crate::runtime::decimal::text")]`.
    pub fn deserialize<'de, T: ExactNumber, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
        T::deserialize_exact(deserializer)
    }
}

/// Decodes a raw JSON value holding exact decimals (for unions with a decimal variant).
pub fn from_raw<T: ExactNumber>(raw: &RawJson) -> Result<T, String> {
    let mut deserializer = serde_json::Deserializer::from_str(raw.get());
    T::deserialize_exact(&mut deserializer).map_err(|error| error.to_string())
}

/// A decimal constant from the spec (a schema `default`); the generator checked its syntax.
pub fn constant(text: &str) -> Decimal {
    parse_digits(text).unwrap_or_default()
}

/// Decodes JSON text into `T`, decimals exactly (for tests and tools).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}

#[cfg(test)]
mod tests {
    use std::str::FromStr;

    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Money {
        #[serde(with = "crate::runtime::decimal")]
        amount: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::decimal")]
        fee: Option<Decimal>,
        #[serde(default, skip_serializing_if = "Nullable::is_absent", with = "crate::runtime::decimal")]
        limit: Nullable<Decimal>,
        #[serde(with = "crate::runtime::decimal")]
        history: Vec<Decimal>,
        #[serde(default, with = "crate::runtime::decimal")]
        by_currency: BTreeMap<String, Decimal>,
        #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::decimal::text")]
        rate: Option<Decimal>,
    }

    #[test]
    fn money_never_passes_through_f64() {
        // Trailing zeros, more digits than an f64 holds, and exponents survive unchanged.
        let text = r#"{"amount":12345678901234567890.125,"fee":0.10,"limit":null,"history":[0.1,0.2,1250.50],"by_currency":{"EUR":10.50,"PLN":-0.50},"rate":"4.3000"}"#;
        let money: Money = serde_json::from_str(text).unwrap();
        assert_eq!(money.amount, Decimal::from_str("12345678901234567890.125").unwrap());
        assert_eq!(money.fee.unwrap().to_string(), "0.10");
        assert_eq!(money.limit, Nullable::Null);
        assert_eq!(money.history.iter().sum::<Decimal>().to_string(), "1250.80");
        assert_eq!(serde_json::to_string(&money).unwrap(), text);
    }

    #[test]
    fn strings_exponents_and_values_are_read() {
        let money: Money = serde_json::from_str(r#"{"amount":"10.5","history":[1e3, 2.5E-2],"rate":7.25}"#).unwrap();
        assert_eq!(money.amount.to_string(), "10.5");
        assert_eq!(money.history, vec![Decimal::from(1000), Decimal::from_str("0.025").unwrap()]);
        assert_eq!(money.rate.unwrap().to_string(), "7.25");
        assert_eq!(money.fee, None);
        assert_eq!(money.limit, Nullable::Absent);
        // Through a `serde_json::Value` the decimal is read from the value's text.
        let money: Money = serde_json::from_value(serde_json::json!({"amount": 1.25, "history": []})).unwrap();
        assert_eq!(money.amount.to_string(), "1.25");
    }

    #[test]
    fn what_cannot_be_held_exactly_is_an_error_not_a_rounding() {
        let error = serde_json::from_str::<Money>(r#"{"amount":0.12345678901234567890123456789012,"history":[]}"#).unwrap_err();
        assert!(error.to_string().contains("not a decimal this client can hold exactly"), "{error}");
        let error = serde_json::from_str::<Money>(r#"{"amount":"ten","history":[]}"#).unwrap_err();
        assert!(error.to_string().contains("`ten` is not a decimal"), "{error}");
        assert!(serde_json::from_str::<Money>(r#"{"amount":true,"history":[]}"#).is_err());
    }

    #[test]
    fn the_raw_value_token_is_serde_json_s() {
        // The exact path depends on serde_json's private name for raw values; if it ever
        // changes, decimals would fall back to f64 silently: this test says so first.
        let raw: Box<RawValue> = serde_json::from_str("10.50").unwrap();
        let decimal: Decimal = from_raw(&RawJson::from(raw)).unwrap();
        assert_eq!(decimal.to_string(), "10.50");
    }
}
