//! [`SecretString`]: how the runtime and generated types hold tokens, authorization codes,
//! client secrets and one-time passwords. Its `Debug` prints `[REDACTED]`, it has no `Display`,
//! its memory is wiped when dropped, and it compares in constant time. Serde writes and reads the
//! plain value, because request bodies and token stores need it; nothing else shows it.

use std::fmt;

use secrecy::ExposeSecret as _;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use subtle::ConstantTimeEq as _;

/// A string that must not appear in logs, `Debug` output or error messages.
///
/// Read it with [`expose_secret`](Self::expose_secret), only where it is sent or stored.
#[derive(Clone)]
pub struct SecretString(secrecy::SecretString);

impl SecretString {
    /// Wraps `value`.
    pub fn new(value: impl Into<String>) -> Self {
        SecretString(secrecy::SecretString::from(value.into()))
    }

    /// The secret itself.
    pub fn expose_secret(&self) -> &str {
        self.0.expose_secret()
    }

    /// Whether the secret is the empty string.
    pub fn is_empty(&self) -> bool {
        self.expose_secret().is_empty()
    }
}

/// Constant-time equality of two byte strings (the time depends on the lengths only).
pub(crate) fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && bool::from(a.ct_eq(b))
}

impl Default for SecretString {
    fn default() -> Self {
        SecretString::new(String::new())
    }
}

impl fmt::Debug for SecretString {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("[REDACTED]")
    }
}

impl PartialEq for SecretString {
    fn eq(&self, other: &Self) -> bool {
        constant_time_eq(self.expose_secret().as_bytes(), other.expose_secret().as_bytes())
    }
}

impl Eq for SecretString {}

impl From<String> for SecretString {
    fn from(value: String) -> Self {
        SecretString::new(value)
    }
}

impl From<&str> for SecretString {
    fn from(value: &str) -> Self {
        SecretString::new(value)
    }
}

impl From<&String> for SecretString {
    fn from(value: &String) -> Self {
        SecretString::new(value.as_str())
    }
}

impl Serialize for SecretString {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.expose_secret())
    }
}

impl<'de> Deserialize<'de> for SecretString {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        String::deserialize(deserializer).map(SecretString::new)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn debug_redacts_and_serde_keeps_the_value() {
        let secret = SecretString::from("tok-123");
        assert_eq!(format!("{secret:?}"), "[REDACTED]");
        assert_eq!(format!("{:?}", Some(&secret)), "Some([REDACTED])");
        assert_eq!(serde_json::to_string(&secret).unwrap(), r#""tok-123""#);
        let back: SecretString = serde_json::from_str(r#""tok-123""#).unwrap();
        assert_eq!(back, secret);
        assert_ne!(back, SecretString::from("tok-124"));
        assert_ne!(back, SecretString::from("tok-1234"));
        assert!(SecretString::default().is_empty());
    }
}
