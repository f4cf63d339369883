//! Comparing JSON documents the way a round trip should preserve them.

use serde_json::Value;

/// The first place where two JSON values differ; numbers compare by value (exactly, as
/// decimals) and date-times by instant and offset.
pub fn difference(a: &Value, b: &Value, path: &str) -> Option<String> {
    match (a, b) {
        (Value::Object(x), Value::Object(y)) => {
            for key in x.keys().chain(y.keys()) {
                let here = format!("{path}/{key}");
                match (x.get(key), y.get(key)) {
                    (Some(left), Some(right)) => {
                        if let Some(found) = difference(left, right, &here) {
                            return Some(found);
                        }
                    }
                    (Some(_), None) => return Some(format!("`{here}`: dropped")),
                    (None, Some(_)) => return Some(format!("`{here}`: added")),
                    (None, None) => {}
                }
            }
            None
        }
        (Value::Array(x), Value::Array(y)) => {
            if x.len() != y.len() {
                return Some(format!("`{path}`: {} items became {}", x.len(), y.len()));
            }
            x.iter().zip(y).enumerate().find_map(|(index, (left, right))| difference(left, right, &format!("{path}/{index}")))
        }
        (Value::Number(x), Value::Number(y)) => {
            let same = match (x.to_string().parse::<rust_decimal::Decimal>(), y.to_string().parse::<rust_decimal::Decimal>()) {
                (Ok(left), Ok(right)) => left == right,
                _ => x.as_f64() == y.as_f64(),
            };
            (!same).then(|| format!("`{path}`: {x} became {y}"))
        }
        (Value::String(x), Value::String(y)) if x != y => {
            let same_instant = matches!(
                (chrono::DateTime::parse_from_rfc3339(x), chrono::DateTime::parse_from_rfc3339(y)),
                (Ok(left), Ok(right)) if left == right && left.offset() == right.offset()
            );
            (!same_instant).then(|| format!("`{path}`: {x:?} became {y:?}"))
        }
        _ if a == b => None,
        _ => Some(format!("`{path}`: {a} became {b}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_comparison_catches_changes() {
        let a: Value = serde_json::from_str(r#"{"x": [1.10, "2026-01-01T00:00:00Z"], "y": null}"#).unwrap();
        let same: Value = serde_json::from_str(r#"{"y": null, "x": [1.1, "2026-01-01T00:00:00+00:00"]}"#).unwrap();
        assert_eq!(difference(&a, &same, ""), None);
        let changed: Value = serde_json::from_str(r#"{"x": [1.100000001, "2026-01-01T00:00:00Z"], "y": null}"#).unwrap();
        assert!(difference(&a, &changed, "").unwrap().contains("/x/0"));
        let dropped: Value = serde_json::from_str(r#"{"x": [1.10, "2026-01-01T00:00:00Z"]}"#).unwrap();
        assert_eq!(difference(&a, &dropped, "").unwrap(), "`/y`: dropped");
    }
}
