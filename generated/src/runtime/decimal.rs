//! Exact decimals written as JSON numbers (money).
//!
//! Generated fields of type `Decimal` (also inside `Option`, `Nullable`, `Vec` and maps) use
//! `#[serde(with = "crate::runtime::decimal")]`: they are read from the number's digits, never
//! through `f64`, and written back as a number with the same digits. This relies on serde_json's
//! `arbitrary_precision` feature, which this crate enables.

use std::collections::BTreeMap;
use std::str::FromStr;

use rust_decimal::Decimal;
use serde::de::DeserializeOwned;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::values::Nullable;

/// A type whose decimals can be written as exact JSON numbers.
pub trait ExactNumber: Sized {
    /// Writes the value with its decimals as exact JSON numbers.
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error>;
    /// Reads the value, taking decimals from the JSON number's digits.
    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error>;
}

struct Exact<'a, T>(&'a T);

impl<T: ExactNumber> Serialize for Exact<'_, T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize_exact(serializer)
    }
}

struct Owned<T>(T);

impl<'de, T: ExactNumber> Deserialize<'de> for Owned<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_exact(deserializer).map(Owned)
    }
}

impl ExactNumber for Decimal {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        rust_decimal::serde::arbitrary_precision::serialize(self, serializer)
    }

    /// Accepts a JSON number (its digits, exactly) or a string of digits.
    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        rust_decimal::serde::arbitrary_precision::deserialize(deserializer)
    }
}

impl<T: ExactNumber> ExactNumber for Option<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Some(value) => serializer.serialize_some(&Exact(value)),
            None => serializer.serialize_none(),
        }
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<Owned<T>>::deserialize(deserializer)?.map(|owned| owned.0))
    }
}

impl<T: ExactNumber> ExactNumber for Nullable<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Nullable::Value(value) => serializer.serialize_some(&Exact(value)),
            Nullable::Absent | Nullable::Null => serializer.serialize_none(),
        }
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Option::<Owned<T>>::deserialize(deserializer)?.map(|owned| owned.0).into())
    }
}

impl<T: ExactNumber> ExactNumber for Vec<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_seq(self.iter().map(Exact))
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(Vec::<Owned<T>>::deserialize(deserializer)?.into_iter().map(|owned| owned.0).collect())
    }
}

impl<T: ExactNumber> ExactNumber for BTreeMap<String, T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.iter().map(|(key, value)| (key, Exact(value))))
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        Ok(BTreeMap::<String, Owned<T>>::deserialize(deserializer)?.into_iter().map(|(key, owned)| (key, owned.0)).collect())
    }
}

impl<T: ExactNumber> ExactNumber for Box<T> {
    fn serialize_exact<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize_exact(serializer)
    }

    fn deserialize_exact<'de, D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        T::deserialize_exact(deserializer).map(Box::new)
    }
}

/// For `#[serde(with = "crate::runtime::decimal")]`.
pub fn serialize<T: ExactNumber, S: Serializer>(value: &T, serializer: S) -> Result<S::Ok, S::Error> {
    value.serialize_exact(serializer)
}

/// For `#[serde(with = "crate::runtime::decimal")]`.
pub fn deserialize<'de, T: ExactNumber, D: Deserializer<'de>>(deserializer: D) -> Result<T, D::Error> {
    T::deserialize_exact(deserializer)
}

/// Decodes a JSON value holding exact decimals (for unions with a decimal variant).
pub fn from_value<T: ExactNumber>(value: serde_json::Value) -> Result<T, String> {
    T::deserialize_exact(value).map_err(|error| error.to_string())
}

/// A decimal constant from the spec (a schema `default`); the generator checked its syntax.
pub fn constant(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap_or_default()
}

/// Decodes exact decimals from JSON text with serde_json's parser (used by tests and tools).
pub fn from_str<T: DeserializeOwned>(text: &str) -> Result<T, serde_json::Error> {
    serde_json::from_str(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    struct Money {
        #[serde(with = "crate::runtime::decimal")]
        amount: Decimal,
        #[serde(default, skip_serializing_if = "Option::is_none", with = "crate::runtime::decimal")]
        fee: Option<Decimal>,
        #[serde(with = "crate::runtime::decimal")]
        history: Vec<Decimal>,
    }

    #[test]
    fn money_never_passes_through_f64() {
        // 0.1 + 0.2 style values and more digits than f64 holds survive unchanged.
        let text = r#"{"amount":12345678901234567.89,"fee":0.10,"history":[0.1,0.2,1250.50]}"#;
        let value: serde_json::Value = serde_json::from_str(text).unwrap();
        let money: Money = serde_json::from_value(value).unwrap();
        assert_eq!(money.amount, Decimal::from_str("12345678901234567.89").unwrap());
        assert_eq!(money.fee, Some(Decimal::from_str("0.10").unwrap()));
        assert_eq!(serde_json::to_string(&money).unwrap(), text);
        assert_eq!(money.history.iter().sum::<Decimal>(), Decimal::from_str("1250.80").unwrap());
    }

    #[test]
    fn strings_of_digits_are_accepted() {
        let money: Money = serde_json::from_str(r#"{"amount":"10.5","history":[]}"#).unwrap();
        assert_eq!(money.amount, Decimal::from_str("10.5").unwrap());
        assert_eq!(money.fee, None);
    }
}
