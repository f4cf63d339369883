//! Text -> `serde_json::Value`: YAML or JSON, with parse errors located by line and column.
//!
//! JSON is parsed by serde_json, so numbers keep every digit (the workspace enables
//! `arbitrary_precision`). YAML goes through `serde_yaml::Value` and is converted by hand, because
//! real specs use non-string keys (`200:` under `responses`) that a direct conversion rejects.

use serde_json::{Map, Number, Value};

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Parses a document; `file` is the name used in diagnostics.
pub(crate) fn parse_document(text: &str, file: &str) -> Result<Value, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let looks_like_json = text.trim_start().starts_with('{') || file.ends_with(".json");
    if looks_like_json {
        return serde_json::from_str(text).map_err(|error| {
            Diagnostic::error(
                file,
                "",
                format!("invalid JSON at line {} column {}: {}", error.line(), error.column(), strip_position(&error.to_string())),
            )
            .into()
        });
    }
    let mut yaml: serde_yaml::Value = serde_yaml::from_str(text).map_err(|error| {
        let location = match error.location() {
            Some(location) => format!(" at line {} column {}", location.line(), location.column()),
            None => String::new(),
        };
        Diagnostics::from(Diagnostic::error(file, "", format!("invalid YAML{location}: {}", strip_position(&error.to_string()))))
    })?;
    let mut diagnostics = Diagnostics::new();
    if let Err(error) = yaml.apply_merge() {
        diagnostics.push(Diagnostic::error(file, "", format!("invalid YAML merge key: {error}")));
        return Err(diagnostics);
    }
    let value = yaml_to_json(yaml, file, &mut String::new(), &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(value)
}

/// serde's messages repeat the position we already report.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

fn yaml_to_json(yaml: serde_yaml::Value, file: &str, pointer: &mut String, diagnostics: &mut Diagnostics) -> Value {
    match yaml {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Number(Number::from(i))
            } else if let Some(u) = n.as_u64() {
                Value::Number(Number::from(u))
            } else {
                match n.as_f64().and_then(Number::from_f64) {
                    Some(number) => Value::Number(number),
                    None => {
                        diagnostics.push(Diagnostic::error(file, pointer.clone(), format!("number `{n}` has no JSON form")));
                        Value::Null
                    }
                }
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => {
            let mut out = Vec::with_capacity(items.len());
            for (index, item) in items.into_iter().enumerate() {
                let len = pointer.len();
                pointer.push_str(&format!("/{index}"));
                out.push(yaml_to_json(item, file, pointer, diagnostics));
                pointer.truncate(len);
            }
            Value::Array(out)
        }
        serde_yaml::Value::Mapping(mapping) => {
            let mut out = Map::new();
            for (key, value) in mapping {
                let key = match key {
                    serde_yaml::Value::String(s) => s,
                    serde_yaml::Value::Number(n) => n.to_string(),
                    serde_yaml::Value::Bool(b) => b.to_string(),
                    serde_yaml::Value::Null => "null".to_string(),
                    other => {
                        diagnostics.push(Diagnostic::error(
                            file,
                            pointer.clone(),
                            format!("mapping key `{}` is not a string", serde_yaml::to_string(&other).unwrap_or_default().trim()),
                        ));
                        continue;
                    }
                };
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&key.replace('~', "~0").replace('/', "~1"));
                let value = yaml_to_json(value, file, pointer, diagnostics);
                pointer.truncate(len);
                out.insert(key, value);
            }
            Value::Object(out)
        }
        serde_yaml::Value::Tagged(tagged) => yaml_to_json(tagged.value, file, pointer, diagnostics),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn yaml_integer_keys_become_strings() {
        let value = parse_document("responses:\n  200:\n    description: ok\n", "a.yaml").unwrap();
        assert_eq!(value["responses"]["200"]["description"], "ok");
    }

    #[test]
    fn json_numbers_keep_every_digit() {
        let value = parse_document(r#"{"amount": 12345678901234567890.125}"#, "a.json").unwrap();
        assert_eq!(value["amount"].to_string(), "12345678901234567890.125");
    }

    #[test]
    fn errors_carry_a_position() {
        let error = parse_document("a: [1, 2\n", "bad.yaml").unwrap_err();
        let text = error.to_string();
        assert!(text.starts_with("bad.yaml#: invalid YAML at line"), "{text}");
        let error = parse_document("{\"a\": }", "bad.json").unwrap_err();
        assert!(error.to_string().starts_with("bad.json#: invalid JSON at line 1 column"), "{error}");
    }
}
