//! Writing a normalized OpenAPI 3.0 document as YAML in a stable order, so re-imports of a
//! portal document produce readable diffs: OpenAPI's own key order (`openapi`, `info`,
//! `paths`, ...; `type` before `properties`), names (paths, status codes, component names)
//! sorted, extensions last. Properties keep the order the document declares them in: it is the
//! order of the generated fields and of required constructor arguments.

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
    serde_yaml::to_string(&ordered(document, None)).map_err(|error| format!("cannot write YAML: {error}"))
}

fn ordered(value: &Value, parent: Option<&str>) -> serde_yaml::Value {
    match value {
        Value::Null => serde_yaml::Value::Null,
        Value::Bool(b) => serde_yaml::Value::Bool(*b),
        // Numbers go through their text (serde_json keeps every digit here).
        Value::Number(n) => serde_yaml::from_str(&n.to_string()).unwrap_or(serde_yaml::Value::Null),
        Value::String(s) => serde_yaml::Value::String(s.clone()),
        Value::Array(items) => serde_yaml::Value::Sequence(items.iter().map(|item| ordered(item, parent)).collect()),
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
                mapping.insert(serde_yaml::Value::String(key.clone()), ordered(&object[key], child_parent));
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
}
