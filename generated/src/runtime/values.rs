//! Value types generated code uses for spec constructs Rust has no standard type for.

use std::fmt;

use base64::Engine as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

pub use bytes::Bytes;

/// A field that may be absent, `null`, or a value: `nullable` properties that are not required.
///
/// Unlike `Option`, it can express an explicit `null`, which a PATCH needs to clear a field.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub enum Nullable<T> {
    /// Not sent (and not received).
    #[default]
    Absent,
    /// Sent or received as `null`.
    Null,
    /// A value.
    Value(T),
}

impl<T> Nullable<T> {
    /// For `skip_serializing_if`.
    pub fn is_absent(&self) -> bool {
        matches!(self, Nullable::Absent)
    }

    /// Borrows the value.
    pub fn as_ref(&self) -> Nullable<&T> {
        match self {
            Nullable::Absent => Nullable::Absent,
            Nullable::Null => Nullable::Null,
            Nullable::Value(value) => Nullable::Value(value),
        }
    }

    /// The value, if there is one (absent and `null` both give `None`).
    pub fn value(self) -> Option<T> {
        match self {
            Nullable::Value(value) => Some(value),
            Nullable::Absent | Nullable::Null => None,
        }
    }
}

impl<T> From<T> for Nullable<T> {
    fn from(value: T) -> Self {
        Nullable::Value(value)
    }
}

impl<T> From<Option<T>> for Nullable<T> {
    /// `None` becomes an explicit `null`.
    fn from(value: Option<T>) -> Self {
        match value {
            Some(value) => Nullable::Value(value),
            None => Nullable::Null,
        }
    }
}

impl<T: Serialize> Serialize for Nullable<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(value),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Nullable<T> {
    /// A present field deserializes to `Null` or `Value`; an absent one uses `Default` (`Absent`).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<T>::deserialize(deserializer)?.into())
    }
}

/// Bytes written in JSON as a base64 string (`format: byte`).
#[derive(Clone, Default, PartialEq, Eq, Hash)]
pub struct Base64(pub Vec<u8>);

impl Base64 {
    /// The bytes.
    pub fn into_inner(self) -> Vec<u8> {
        self.0
    }
}

impl fmt::Debug for Base64 {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Base64({} bytes)", self.0.len())
    }
}

impl std::ops::Deref for Base64 {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        &self.0
    }
}

impl From<Vec<u8>> for Base64 {
    fn from(bytes: Vec<u8>) -> Self {
        Base64(bytes)
    }
}

impl From<&[u8]> for Base64 {
    fn from(bytes: &[u8]) -> Self {
        Base64(bytes.to_vec())
    }
}

impl Serialize for Base64 {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.0))
    }
}

impl<'de> Deserialize<'de> for Base64 {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        let trimmed: String = text.chars().filter(|c| !c.is_whitespace()).collect();
        base64::engine::general_purpose::STANDARD
            .decode(trimmed.as_bytes())
            .or_else(|_| base64::engine::general_purpose::URL_SAFE.decode(trimmed.as_bytes()))
            .or_else(|_| base64::engine::general_purpose::STANDARD_NO_PAD.decode(trimmed.as_bytes()))
            .map(Base64)
            .map_err(|error| super::json_path::invalid(format!("invalid base64: {error}")))
    }
}

/// A file (`format: binary`): its bytes, and the name and media type to send it with in a
/// multipart body. In JSON it is written as base64.
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Binary {
    /// The file's bytes.
    pub data: Bytes,
    /// The file name to send (defaults to the part name).
    pub file_name: Option<String>,
    /// The media type to send (defaults to `application/octet-stream`).
    pub content_type: Option<String>,
}

impl Binary {
    /// A file from its bytes.
    pub fn new(data: impl Into<Bytes>) -> Self {
        Binary { data: data.into(), file_name: None, content_type: None }
    }

    #[must_use]
    /// Sets the file name.
    pub fn with_file_name(mut self, name: impl Into<String>) -> Self {
        self.file_name = Some(name.into());
        self
    }

    #[must_use]
    /// Sets the media type.
    pub fn with_content_type(mut self, content_type: impl Into<String>) -> Self {
        self.content_type = Some(content_type.into());
        self
    }
}

impl fmt::Debug for Binary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Binary")
            .field("bytes", &self.data.len())
            .field("file_name", &self.file_name)
            .field("content_type", &self.content_type)
            .finish()
    }
}

impl From<Vec<u8>> for Binary {
    fn from(bytes: Vec<u8>) -> Self {
        Binary::new(bytes)
    }
}

impl From<Bytes> for Binary {
    fn from(bytes: Bytes) -> Self {
        Binary::new(bytes)
    }
}

impl Serialize for Binary {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&base64::engine::general_purpose::STANDARD.encode(&self.data))
    }
}

impl<'de> Deserialize<'de> for Binary {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let Base64(bytes) = Base64::deserialize(deserializer)?;
        Ok(Binary::new(bytes))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Patch {
        #[serde(default, skip_serializing_if = "Nullable::is_absent")]
        note: Nullable<String>,
    }

    #[test]
    fn nullable_keeps_absent_null_and_value_apart() {
        for (json, value) in [
            ("{}", Nullable::Absent),
            (r#"{"note":null}"#, Nullable::Null),
            (r#"{"note":"x"}"#, Nullable::Value("x".to_string())),
        ] {
            let patch: Patch = serde_json::from_str(json).unwrap();
            assert_eq!(patch.note, value);
            assert_eq!(serde_json::to_string(&patch).unwrap(), json);
        }
    }

    #[test]
    fn base64_round_trips_and_rejects_garbage() {
        let value: Base64 = serde_json::from_str("\"aGVsbG8=\"").unwrap();
        assert_eq!(&*value, b"hello");
        assert_eq!(serde_json::to_string(&value).unwrap(), "\"aGVsbG8=\"");
        assert!(serde_json::from_str::<Base64>("\"!!\"").is_err());
    }
}
