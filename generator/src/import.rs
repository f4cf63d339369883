//! Writing a normalized OpenAPI 3.0 document as YAML in a stable order, so re-imports of a
//! portal document produce readable diffs: OpenAPI's own key order (`openapi`, `info`,
//! `paths`, ...; `type` before `properties`), names (paths, status codes, component names)
//! sorted, extensions last. Properties keep the order the document declares them in: it is the
//! order of the generated fields and of required constructor arguments. Numbers are written
//! with the digits the document has (`10.50` stays `10.50`). Strings that a YAML 1.1 reader
//! (PyYAML, js-yaml: the validators and mock servers specs are fed to) would take for a date, a
//! boolean or a number are quoted, so every reader sees the same document.
//!
//! [`compare_documents`] tells whether a downloaded document looks like another API than the
//! spec it would replace (another title, most operations new or gone).

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

/// The document as YAML, keys in a stable order.
pub fn to_canonical_yaml(document: &Value) -> Result<String, String> {
    crate::load::on_large_stack(|| {
        // serde_yaml holds numbers as `f64` (`10.50` would be written `10.5`) and writes plain
        // some strings a YAML 1.1 reader retypes: each such scalar goes out as a placeholder no
        // string of the document contains, then gets its exact text back (a number's digits, a
        // quoted string).
        let json = document.to_string();
        let mut marker = String::from("exact-scalar-");
        while json.contains(&marker) {
            marker.push('x');
        }
        let mut scalars = Vec::new();
        let tree = ordered(document, None, &mut Some(Placeholders { marker: &marker, scalars: &mut scalars }));
        let yaml = serde_yaml::to_string(&tree).map_err(|error| format!("cannot write YAML: {error}"))?;
        let text = restore_scalars(&yaml, &marker, &scalars);
        // Quoting must not change what a YAML 1.2 reader sees.
        let reread: serde_yaml::Value = serde_yaml::from_str(&text).map_err(|error| format!("cannot write YAML: quoting broke the document: {error}"))?;
        if reread != ordered(document, None, &mut None) {
            return Err("cannot write YAML: quoting changed the document".to_string());
        }
        Ok(text)
    })
}

/// Scalars written as `<marker><index>` and replaced afterwards by `scalars[index]`.
struct Placeholders<'a> {
    marker: &'a str,
    scalars: &'a mut Vec<String>,
}

impl Placeholders<'_> {
    fn scalar(&mut self, text: String) -> serde_yaml::Value {
        self.scalars.push(text);
        serde_yaml::Value::String(format!("{}{}", self.marker, self.scalars.len() - 1))
    }
}

/// `yaml` with every `<marker><index>` replaced by `scalars[index]`.
fn restore_scalars(yaml: &str, marker: &str, scalars: &[String]) -> String {
    let mut out = String::with_capacity(yaml.len());
    let mut rest = yaml;
    while let Some(start) = rest.find(marker) {
        out.push_str(&rest[..start]);
        let after = &rest[start + marker.len()..];
        let digits = after.bytes().take_while(u8::is_ascii_digit).count();
        match after[..digits].parse::<usize>().ok().and_then(|index| scalars.get(index)) {
            Some(scalar) => out.push_str(scalar),
            None => out.push_str(&rest[start..start + marker.len() + digits]),
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
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

/// A string scalar; with placeholders, quoted when a YAML 1.1 reader would retype it (such a
/// string holds no `'`, see [`needs_yaml11_quotes`]).
fn yaml_string(s: &str, placeholders: &mut Option<Placeholders<'_>>) -> serde_yaml::Value {
    match placeholders {
        Some(placeholders) if needs_yaml11_quotes(s) => placeholders.scalar(format!("'{s}'")),
        _ => serde_yaml::Value::String(s.to_string()),
    }
}

/// The document as a YAML tree in canonical order. With placeholders, numbers and strings that
/// need quotes are written as placeholders; without, numbers are `f64` (for comparing).
fn ordered(value: &Value, parent: Option<&str>, placeholders: &mut Option<Placeholders<'_>>) -> serde_yaml::Value {
    match value {
        Value::Null => serde_yaml::Value::Null,
        Value::Bool(b) => serde_yaml::Value::Bool(*b),
        Value::Number(n) => match placeholders {
            Some(placeholders) => placeholders.scalar(n.to_string()),
            None => serde_yaml::from_str(&n.to_string()).unwrap_or(serde_yaml::Value::Null),
        },
        Value::String(s) => yaml_string(s, placeholders),
        Value::Array(items) => serde_yaml::Value::Sequence(items.iter().map(|item| ordered(item, parent, placeholders)).collect()),
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
                let value = ordered(&object[key], child_parent, placeholders);
                mapping.insert(yaml_string(key, placeholders), value);
            }
            serde_yaml::Value::Mapping(mapping)
        }
    }
}

/// How a downloaded document compares with the spec it would replace.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Resemblance {
    pub old_title: String,
    pub new_title: String,
    /// Operations of the old spec found in the new document (by `operationId`, or by method and
    /// path with parameter names ignored).
    pub kept: usize,
    pub gone: usize,
    pub added: usize,
}

impl Resemblance {
    /// Why the new document looks like another API, if it does: its title differs, or most
    /// operations are new or gone.
    pub fn differences(&self) -> Vec<String> {
        let mut reasons = Vec::new();
        let normalize = |title: &str| title.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        if normalize(&self.old_title) != normalize(&self.new_title) {
            reasons.push(format!("the title changes from `{}` to `{}`", self.old_title, self.new_title));
        }
        let old_total = self.kept + self.gone;
        let larger = old_total.max(self.kept + self.added);
        if old_total > 0 && self.kept * 2 < larger {
            reasons.push(format!(
                "only {} of its {old_total} operations are in the new document ({} gone, {} new)",
                self.kept, self.gone, self.added
            ));
        }
        reasons
    }
}

/// Compares two normalized (OpenAPI 3.0) documents by title and operations.
pub fn compare_documents(old: &Value, new: &Value) -> Resemblance {
    let title = |document: &Value| document.pointer("/info/title").and_then(Value::as_str).unwrap_or_default().to_string();
    let old_operations = operation_keys(old);
    let new_operations = operation_keys(new);
    let matches = |keys: &(String, Option<String>), others: &[(String, Option<String>)]| {
        others.iter().any(|other| other.0 == keys.0 || (keys.1.is_some() && other.1 == keys.1))
    };
    let kept = old_operations.iter().filter(|keys| matches(keys, &new_operations)).count();
    let added = new_operations.iter().filter(|keys| !matches(keys, &old_operations)).count();
    Resemblance { old_title: title(old), new_title: title(new), kept, gone: old_operations.len() - kept, added }
}

/// (`METHOD /path/{}`, operationId) of every operation.
fn operation_keys(document: &Value) -> Vec<(String, Option<String>)> {
    const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
    let mut keys = Vec::new();
    let mut seen = BTreeSet::new();
    let Some(Value::Object(paths)) = document.get("paths") else { return keys };
    for (route, item) in paths {
        let template = route_template(route);
        for method in METHODS {
            if let Some(operation) = item.get(method) {
                let key = format!("{} {template}", method.to_uppercase());
                if seen.insert(key.clone()) {
                    keys.push((key, operation.get("operationId").and_then(Value::as_str).map(str::to_string)));
                }
            }
        }
    }
    keys
}

/// `/accounts/{accountId}/` -> `/accounts/{}`.
fn route_template(route: &str) -> String {
    let mut out = String::new();
    let mut in_name = false;
    for c in route.trim_end_matches('/').chars() {
        match c {
            '{' => {
                in_name = true;
                out.push_str("{}");
            }
            '}' => in_name = false,
            _ if in_name => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_keep_their_digits() {
        let document: Value = serde_json::from_str(
            r#"{"openapi": "3.0.3", "components": {"schemas": {"Amount": {"type": "number", "example": 10.50, "default": 12345678901234567890.125,
                "enum": [1.10, -0.0, 1e400], "x-note": "exact-number-0"}}}}"#,
        )
        .unwrap();
        let yaml = to_canonical_yaml(&document).unwrap();
        assert!(yaml.contains("example: 10.50\n"), "{yaml}");
        assert!(yaml.contains("default: 12345678901234567890.125\n"), "{yaml}");
        assert!(yaml.contains("- 1.10\n"), "{yaml}");
        assert!(yaml.contains("x-note: exact-number-0\n"), "a string like the marker is left alone: {yaml}");
        // Read back, every number is the one written.
        let mut diagnostics = crate::Diagnostics::new();
        let (read, _) = crate::load::normalize_text(&yaml, "a.yaml", &mut diagnostics).unwrap();
        assert_eq!(read, document);
        assert_eq!(read.pointer("/components/schemas/Amount/default").unwrap().to_string(), "12345678901234567890.125");
    }

    #[test]
    fn another_api_is_told_apart_from_a_new_version() {
        let document = |title: &str, operations: &[(&str, &str, &str)]| {
            let mut paths = serde_json::Map::new();
            for (method, route, id) in operations {
                let item = paths.entry(route.to_string()).or_insert_with(|| serde_json::json!({}));
                item[*method] = serde_json::json!({"operationId": id});
            }
            serde_json::json!({"info": {"title": title}, "paths": paths})
        };
        let accounts = document("Accounts", &[("get", "/v1/accounts", "list"), ("get", "/v1/accounts/{id}", "get"), ("post", "/v1/accounts/{id}/close", "close")]);
        // A new version: one operation renamed by path (same operationId), one path parameter
        // renamed, one operation added.
        let next = document(
            "Accounts",
            &[("get", "/v2/accounts", "list"), ("get", "/v1/accounts/{accountId}", "get"), ("post", "/v1/accounts/{id}/close", "close"), ("get", "/v1/x", "x")],
        );
        let same = compare_documents(&accounts, &next);
        assert_eq!((same.kept, same.gone, same.added), (3, 0, 1));
        assert!(same.differences().is_empty(), "{:?}", same.differences());
        let other = document("Pay with Points", &[("get", "/v1/rewards", "rewards"), ("post", "/v1/redeem", "redeem"), ("get", "/v1/accounts", "list")]);
        let different = compare_documents(&accounts, &other);
        assert_eq!((different.kept, different.gone, different.added), (1, 2, 2));
        assert_eq!(
            different.differences(),
            vec![
                "the title changes from `Accounts` to `Pay with Points`".to_string(),
                "only 1 of its 3 operations are in the new document (2 gone, 2 new)".to_string()
            ]
        );
        let renamed = document("Accounts API", &[("get", "/v1/accounts", "list"), ("get", "/v1/accounts/{id}", "get"), ("post", "/v1/accounts/{id}/close", "close")]);
        assert_eq!(compare_documents(&accounts, &renamed).differences().len(), 1, "a new title alone asks too");
    }

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
        for plain in ["text: 2024-05-14 is a date", "code: PL", "money: 10.50", "version: 1.0.0"] {
            assert!(yaml.contains(plain), "`{plain}` in\n{yaml}");
        }
        // Block scalars are left alone, and the whole document reads back unchanged.
        assert!(yaml.contains("  2024-05-14\n"), "{yaml}");
        assert!(!yaml.contains("exact-scalar-"));
        let reread: serde_yaml::Value = serde_yaml::from_str(&yaml).unwrap();
        let expected: serde_yaml::Value = serde_yaml::from_str(&serde_json::to_string(&document).unwrap()).unwrap();
        assert_eq!(reread, expected);
    }
}
