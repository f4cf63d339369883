//! Text -> `serde_json::Value`: YAML or JSON, with parse errors located by pointer or line.
//!
//! JSON is parsed by serde_json, so numbers keep every digit (the generator enables
//! `arbitrary_precision`); a scan before it finds where a document nests deeper than
//! [`super::MAX_DEPTH`] and names that pointer. YAML is read from parser events by
//! [`super::yaml`], which keeps numbers as written too.

use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics};

/// Parses a document; `file` is the name used in diagnostics.
pub(crate) fn parse_document(text: &str, file: &str) -> Result<Value, Diagnostics> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let looks_like_json = text.trim_start().starts_with('{') || file.ends_with(".json");
    if !looks_like_json {
        return super::yaml::parse_yaml(text, file);
    }
    if let Some(pointer) = json_too_deep(text) {
        return Err(Diagnostic::error(file, pointer, format!("the document nests more than {} levels deep here", super::MAX_DEPTH)).into());
    }
    // The scan above bounds the nesting (and the stage runs on a stack sized for it).
    let mut deserializer = serde_json::Deserializer::from_str(text);
    deserializer.disable_recursion_limit();
    let parsed = serde::Deserialize::deserialize(&mut deserializer).and_then(|value: Value| deserializer.end().map(|()| value));
    parsed.map_err(|error| {
        Diagnostic::error(file, "", format!("invalid JSON at line {} column {}: {}", error.line(), error.column(), strip_position(&error.to_string()))).into()
    })
}

/// serde's messages repeat the position we already report.
fn strip_position(message: &str) -> String {
    match message.find(" at line ") {
        Some(index) => message[..index].to_string(),
        None => message.to_string(),
    }
}

/// The pointer of the first array or object that nests deeper than the limit, scanning the
/// text without building anything; `None` when the document is shallow enough (or so broken
/// that the JSON parser should describe it).
fn json_too_deep(text: &str) -> Option<String> {
    enum Container {
        Array(usize),
        /// The key of the entry being read, once known.
        Object(Option<String>),
    }
    let mut stack: Vec<Container> = Vec::new();
    let mut expect_key = false;
    let mut chars = text.char_indices().peekable();
    while let Some((_, c)) = chars.next() {
        match c {
            '"' => {
                let mut string = String::new();
                loop {
                    match chars.next()?.1 {
                        '"' => break,
                        '\\' => match chars.next()?.1 {
                            'n' => string.push('\n'),
                            't' => string.push('\t'),
                            'r' => string.push('\r'),
                            'b' => string.push('\u{8}'),
                            'f' => string.push('\u{c}'),
                            'u' => {
                                let hex: String = (0..4).filter_map(|_| chars.next().map(|(_, c)| c)).collect();
                                string.push(u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32).unwrap_or('\u{fffd}'));
                            }
                            other => string.push(other),
                        },
                        other => string.push(other),
                    }
                }
                if expect_key {
                    if let Some(Container::Object(key)) = stack.last_mut() {
                        *key = Some(string);
                    }
                    expect_key = false;
                }
            }
            '{' | '[' => {
                if stack.len() >= super::MAX_DEPTH {
                    let mut pointer = String::new();
                    for container in &stack {
                        pointer.push('/');
                        match container {
                            Container::Array(index) => pointer.push_str(&index.to_string()),
                            Container::Object(key) => pointer.push_str(&key.as_deref().unwrap_or("").replace('~', "~0").replace('/', "~1")),
                        }
                    }
                    return Some(pointer);
                }
                if c == '{' {
                    stack.push(Container::Object(None));
                    expect_key = true;
                } else {
                    stack.push(Container::Array(0));
                }
            }
            '}' | ']' => {
                stack.pop()?;
                expect_key = false;
            }
            ',' => match stack.last_mut()? {
                Container::Array(index) => *index += 1,
                Container::Object(key) => {
                    *key = None;
                    expect_key = true;
                }
            },
            _ => {}
        }
    }
    None
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
    fn deep_json_names_its_pointer() {
        let depth = crate::load::MAX_DEPTH + 5;
        let text = format!("{{\"a\": [{{\"b~/\": {}{}}}]}}", "[".repeat(depth), "]".repeat(depth));
        let error = parse_document(&text, "deep.json").unwrap_err().to_string();
        let expected = format!("deep.json#/a/0/b~0~1{}: the document nests more", "/0".repeat(crate::load::MAX_DEPTH - 3));
        assert!(error.starts_with(&expected), "{error}");
        let shallow = format!("{{\"a\": {}{}}}", "[".repeat(10), "]".repeat(10));
        assert!(parse_document(&shallow, "ok.json").is_ok());
        // Exactly at the limit: parsed (serde_json's own limit would stop one level earlier).
        let limit = crate::load::MAX_DEPTH;
        let exact = format!("{}{}", "[".repeat(limit), "]".repeat(limit));
        assert!(parse_document(&exact, "ok.json").is_ok(), "{limit} levels parse");
        let over = format!("{}{}", "[".repeat(limit + 1), "]".repeat(limit + 1));
        assert!(parse_document(&over, "over.json").is_err());
    }

    #[test]
    fn errors_carry_a_position() {
        let error = parse_document("a: [1, 2\n", "bad.yaml").unwrap_err();
        let text = error.to_string();
        assert!(text.starts_with("bad.yaml#/a: invalid YAML at line 2 column 1:"), "{text}");
        let error = parse_document("{\"a\": }", "bad.json").unwrap_err();
        assert!(error.to_string().starts_with("bad.json#: invalid JSON at line 1 column"), "{error}");
    }
}
