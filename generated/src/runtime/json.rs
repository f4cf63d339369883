//! JSON helpers for generated code and callers.
//!
//! Bodies are decoded in two steps, bytes -> `serde_json::Value` -> the typed value, so that
//! exact numbers survive serde's internal buffering (tagged unions, flattened maps) and every
//! mismatch is reported with its JSON path.

use serde::de::DeserializeOwned;
use serde::{Serialize, Serializer};
use serde_json::Value;

/// Decodes JSON bytes into `T`; the error names the path of the mismatch (e.g. `accounts[0].id`).
pub fn from_slice<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, JsonError> {
    let value: Value = serde_json::from_slice(bytes).map_err(|error| JsonError { path: String::new(), message: error.to_string() })?;
    from_value_with_path(value)
}

/// Decodes a JSON value into `T`, reporting the path of a mismatch.
pub fn from_value_with_path<T: DeserializeOwned>(value: Value) -> Result<T, JsonError> {
    serde_path_to_error::deserialize(value).map_err(|error| {
        let path = error.path().to_string();
        JsonError { path: if path == "." { String::new() } else { path }, message: error.into_inner().to_string() }
    })
}

/// [`from_value_with_path`] with the error as text (for unions decoding their variants).
pub fn from_value<T: DeserializeOwned>(value: Value) -> Result<T, String> {
    from_value_with_path(value).map_err(|error| error.to_string())
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

impl std::fmt::Display for JsonError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.path.is_empty() {
            f.write_str(&self.message)
        } else {
            write!(f, "at `{}`: {}", self.path, self.message)
        }
    }
}

impl std::error::Error for JsonError {}

/// The discriminator of a tagged union's JSON object.
pub fn tag_of<'v>(value: &'v Value, property: &str) -> Option<&'v str> {
    value.get(property).and_then(Value::as_str)
}

/// Writes `value` (which must serialize to an object) with the discriminator `property: tag`.
pub fn serialize_tagged<S: Serializer, T: Serialize>(serializer: S, property: &str, tag: &str, value: &T) -> Result<S::Ok, S::Error> {
    let mut object = match serde_json::to_value(value).map_err(serde::ser::Error::custom)? {
        Value::Object(object) => object,
        other => return Err(serde::ser::Error::custom(format!("a tagged union variant must be an object, not {other}"))),
    };
    object.insert(property.to_string(), Value::String(tag.to_string()));
    Value::Object(object).serialize(serializer)
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
    }
}
