//! Writing a normalized OpenAPI 3.0 document as YAML in a stable order, so re-imports of a
//! portal document produce readable diffs: OpenAPI's own key order (`openapi`, `info`,
//! `paths`, ...; `type` before `properties`), names (paths, status codes, component names)
//! sorted, extensions last. Properties keep the order the document declares them in: it is the
//! order of the generated fields and of required constructor arguments. Strings that a YAML 1.1
//! reader (PyYAML, js-yaml: the validators and mock servers specs are fed to) would take for a
//! date, a boolean or a number are quoted, so every reader sees the same document.

use std::collections::BTreeSet;

use serde_json::Value;

/// Keys in the order the OpenAPI specification presents them; others follow alphabetically,
/// then extensions.
const KEY_ORDER: [&str; 68] = [
    "openapi", "info", "title", "summary", "description", "termsOfService", "contact", "license", "version", "servers", "url", "variables",
    "tags", "externalDocs", "security", "paths", "components", "get", "put", "post", "delete", "options", "head", "patch", "trace",
    "operationId", "name", "in", "required", "deprecated", "allowEmptyValue", "style", "explode", "allowReserved", "type", "format",
    "nullable", "enum", "default", "minimum", "exclusiveMinimum", "maximum", "exclusiveMaximum", "multipleOf", "minLength", "maxLength",
    "pattern", "minItems", "maxItems", "uniqueItems", "readOnly", "writeOnly", "items", "properties", "additionalProperties", "allOf",
    "oneOf", "anyOf", "not", "discriminator", "parameters", "requestBody", "content", "schema", "example", "examples", "headers", "responses",
];

/// Maps whose keys are names, sorted alphabetically rather than by [`KEY_ORDER`].
const NAME_MAPS: [&str; 14] = [
    "paths", "responses", "schemas", "parameters", "headers", "securitySchemes", "requestBodies", "links", "callbacks",
    "content", "encoding", "variables", "examples", "mapping",
];

/// Prefixed to strings that must be quoted: serde_yaml writes the prefixed string as a plain
/// scalar, which is then replaced by the quoted original.
const QUOTE_MARK: &str = "CANONICALYAMLQUOTE";

/// The document as YAML, keys in a stable order.
pub fn to_canonical_yaml(document: &Value) -> Result<String, String> {
    let mut quoted = BTreeSet::new();
    let mut text = serde_yaml::to_string(&ordered(document, None, &mut Some(&mut quoted))).map_err(|error| format!("cannot write YAML: {error}"))?;
    if quoted.is_empty() {
        return Ok(text);
    }
    if document.to_string().contains(QUOTE_MARK) {
        return Err(format!("cannot write YAML: the document contains the text `{QUOTE_MARK}`, which the writer reserves"));
    }
    // Longest first, so that no value is replaced inside a longer one.
    let mut quoted: Vec<String> = quoted.into_iter().collect();
    quoted.sort_by_key(|value| std::cmp::Reverse(value.len()));
    for value in &quoted {
        text = text.replace(&format!("{QUOTE_MARK}{value}"), &format!("'{value}'"));
    }
    // Quoting must not change what a YAML 1.2 reader sees.
    let reread: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|error| format!("cannot write YAML: quoting broke the document: {error}"))?;
    if text.contains(QUOTE_MARK) || reread != ordered(document, None, &mut None) {
        return Err("cannot write YAML: quoting changed the document".to_string());
    }
    Ok(text)
}

/// Whether a YAML 1.1 reader would resolve this plain scalar to something other than a string:
/// dates and timestamps, sexagesimal or underscored numbers, `yes`/`no`/`on`/`off`, the `=`
/// value key. Errs on the side of quoting (a quoted string reads the same everywhere), but never
/// marks a string the YAML writer would not write plain.
fn needs_yaml11_quotes(value: &str) -> bool {
    const WORDS: [&str; 20] = [
        "y", "Y", "yes", "Yes", "YES", "n", "N", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "=", "<<", "~", "null",
    ];
    if WORDS.contains(&value) {
        return true;
    }
    let unsigned = value.strip_prefix(['-', '+']).unwrap_or(value);
    let digits = |text: &str| !text.is_empty() && text.bytes().all(|b| b.is_ascii_digit());
    let mut date = value.splitn(3, '-');
    let (year, month, day) = (date.next().unwrap_or(""), date.next().unwrap_or(""), date.next().unwrap_or(""));
    let day_digits = day.bytes().take_while(u8::is_ascii_digit).count();
    let looks_like_date = year.len() == 4 && digits(year) && (1..=2).contains(&month.len()) && digits(month) && (1..=2).contains(&day_digits);
    unsigned.starts_with(|c: char| c.is_ascii_digit())
        && (looks_like_date || value.contains(['_', ':']))
        && !value.ends_with([' ', ':'])
        && !value.contains(": ")
        && !value.contains(" #")
        && value.chars().all(|c| c.is_ascii_digit() || "_:.-+TtZz ".contains(c))
}

/// A string scalar; with `quoted`, marked for quoting when a YAML 1.1 reader would retype it.
fn yaml_string(s: &str, quoted: &mut Option<&mut BTreeSet<String>>) -> serde_yaml::Value {
    match quoted {
        Some(quoted) if needs_yaml11_quotes(s) => {
            quoted.insert(s.to_string());
            serde_yaml::Value::String(format!("{QUOTE_MARK}{s}"))
        }
        _ => serde_yaml::Value::String(s.to_string()),
    }
}

fn ordered(value: &Value, parent: Option<&str>, quoted: &mut Option<&mut BTreeSet<String>>) -> serde_yaml::Value {
    match value {
        Value::Null => serde_yaml::Value::Null,
        Value::Bool(b) => serde_yaml::Value::Bool(*b),
        // Numbers go through their text (serde_json keeps every digit here).
        Value::Number(n) => serde_yaml::from_str(&n.to_string()).unwrap_or(serde_yaml::Value::Null),
        Value::String(s) => yaml_string(s, quoted),
        Value::Array(items) => serde_yaml::Value::Sequence(items.iter().map(|item| ordered(item, parent, quoted)).collect()),
        Value::Object(object) => {
            // Properties are names too, but their order means something: keep it.
            let is_properties = parent == Some("properties");
            let is_name_map = is_properties || parent.is_some_and(|p| NAME_MAPS.contains(&p));
            let mut keys: Vec<&String> = object.keys().collect();
            keys.sort_by_key(|key| {
                if is_properties {
                    return (false, 0, String::new());
                }
                let extension = key.starts_with("x-");
                let rank = if is_name_map { usize::MAX } else { KEY_ORDER.iter().position(|k| k == key).unwrap_or(usize::MAX) };
                (extension, rank, key.to_string())
            });
            let mut mapping = serde_yaml::Mapping::new();
            for key in keys {
                let child_parent = if is_name_map { None } else { Some(key.as_str()) };
                let value = ordered(&object[key], child_parent, quoted);
                mapping.insert(yaml_string(key, quoted), value);
            }
            serde_yaml::Value::Mapping(mapping)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_follow_openapi_order_names_sort_and_properties_keep_their_order() {
        let document: Value = serde_json::from_str(
            r#"{"paths": {"/b": {}, "/a": {"post": {}, "get": {}}}, "info": {"version": "1", "title": "t"}, "openapi": "3.0.3",
                "components": {"schemas": {"Z": {"properties": {"b": {}, "a": {}}, "type": "object", "x-note": 1}, "A": {"type": "string"}}}}"#,
        )
        .unwrap();
        let yaml = to_canonical_yaml(&document).unwrap();
        let expected = "openapi: 3.0.3\ninfo:\n  title: t\n  version: '1'\npaths:\n  /a:\n    get: {}\n    post: {}\n  /b: {}\ncomponents:\n  schemas:\n    A:\n      type: string\n    Z:\n      type: object\n      properties:\n        b: {}\n        a: {}\n      x-note: 1\n";
        assert_eq!(yaml, expected);
    }

    #[test]
    fn strings_a_yaml_1_1_reader_would_retype_are_quoted() {
        let document: Value = serde_json::from_str(
            r#"{"example": {"date": "2024-05-14", "time": "2024-05-14T10:15:30", "flag": "yes", "off": "off", "count": "1_000",
                "clock": "10:15", "text": "2024-05-14 is a date", "code": "PL", "money": 10.50, "version": "1.0.0", "block": "a\n2024-05-14\n"}}"#,
        )
        .unwrap();
        let yaml = to_canonical_yaml(&document).unwrap();
        for quoted in ["date: '2024-05-14'", "time: '2024-05-14T10:15:30'", "flag: 'yes'", "'off': 'off'", "count: '1_000'", "clock: '10:15'"] {
            assert!(yaml.contains(quoted), "`{quoted}` in\n{yaml}");
        }
        for plain in ["text: 2024-05-14 is a date", "code: PL", "money: 10.5", "version: 1.0.0"] {
            assert!(yaml.contains(plain), "`{plain}` in\n{yaml}");
        }
        // Block scalars are left alone, and the whole document reads back unchanged.
        assert!(yaml.contains("  2024-05-14\n"), "{yaml}");
        assert!(!yaml.contains(QUOTE_MARK));
        let reread: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
        let expected: serde_yaml::Value = serde_yaml::from_str(&serde_json::to_string(&document).unwrap()).unwrap();
        assert_eq!(reread, expected);
    }
}
