//! With citi-poland in the build, serde_json behaves as it does without it (its
//! `arbitrary_precision` feature stays off): the consumer's own untagged, flattened and
//! internally tagged types still read numbers, and `Value` compares numbers by value.

use consumer_check::{Envelope, Event, Reading};
use serde_json::Value;

#[test]
fn untagged_enums_read_numbers() {
    assert_eq!(serde_json::from_str::<Reading>(r#"{"a": 1.5}"#).unwrap(), Reading::Number { a: 1.5 });
    assert_eq!(serde_json::from_str::<Reading>(r#"{"b": "x"}"#).unwrap(), Reading::Text { b: "x".into() });
}

#[test]
fn flattened_fields_read_numbers() {
    let envelope: Envelope = serde_json::from_str(r#"{"a": 1.5, "b": 2.25, "c": [1, 2]}"#).unwrap();
    assert_eq!(envelope.a, 1.5);
    assert_eq!(envelope.rest["b"], serde_json::json!(2.25));
    assert_eq!(envelope.rest.len(), 2);
}

#[test]
fn internally_tagged_enums_read_numbers() {
    assert_eq!(serde_json::from_str::<Event>(r#"{"kind": "Measured", "a": 1.5}"#).unwrap(), Event::Measured { a: 1.5 });
}

#[test]
fn values_compare_numbers_by_value() {
    let written: Value = serde_json::from_str("1.50").unwrap();
    let plain: Value = serde_json::from_str("1.5").unwrap();
    assert_eq!(written, plain);
    assert_eq!(written.to_string(), "1.5");
    assert!(written.is_f64());
}
