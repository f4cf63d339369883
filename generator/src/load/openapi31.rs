//! OpenAPI 3.1 -> OpenAPI 3.0, on the JSON tree: what maps is converted, what doesn't is a
//! diagnostic.
//!
//! Converted: `type: [T, "null"]` (-> `nullable`), `oneOf`/`anyOf` with a `{type: "null"}` member,
//! `const` (-> a one-value `enum`), schema `examples` (-> `example`), numeric `exclusiveMinimum`/
//! `exclusiveMaximum`, `$ref` with sibling keywords (-> `allOf`), `contentEncoding: base64`. Dropped
//! with a warning: `webhooks`, `prefixItems`, `if`/`then`/`else`, `dependentSchemas`,
//! `unevaluatedProperties`, `patternProperties`, `$defs` and other JSON Schema 2020-12 keywords.

use serde_json::{json, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, Pointer};

/// JSON Schema 2020-12 keywords with no OpenAPI 3.0 counterpart.
const UNSUPPORTED: [&str; 14] = [
    "prefixItems",
    "if",
    "then",
    "else",
    "dependentSchemas",
    "dependentRequired",
    "unevaluatedProperties",
    "unevaluatedItems",
    "patternProperties",
    "propertyNames",
    "contains",
    "$dynamicRef",
    "$dynamicAnchor",
    "$defs",
];

/// Keywords whose value is a schema, or a list or map of schemas.
const SCHEMA_KEYWORDS: [&str; 5] = ["items", "additionalProperties", "not", "contentSchema", "schema"];

pub(crate) fn convert(raw: &mut Value, display: &str, diagnostics: &mut Diagnostics) {
    let mut converter = Converter { file: display, diagnostics };
    let Some(root) = raw.as_object_mut() else { return };
    root.insert("openapi".into(), json!("3.0.3"));
    if root.remove("webhooks").is_some() {
        converter.warn(&Pointer::root().join("webhooks"), "`webhooks` have no OpenAPI 3.0 form and are skipped");
    }
    root.remove("jsonSchemaDialect");
    if let Some(license) = root.get_mut("info").and_then(|info| info.get_mut("license")).and_then(Value::as_object_mut) {
        license.remove("identifier");
    }
    root.entry("paths").or_insert_with(|| json!({}));
    // 3.1 makes `responses` optional; 3.0 requires it.
    if let Some(paths) = root.get_mut("paths").and_then(Value::as_object_mut) {
        for item in paths.values_mut().filter_map(Value::as_object_mut) {
            for (method, operation) in item.iter_mut() {
                let is_operation = matches!(method.as_str(), "get" | "put" | "post" | "delete" | "options" | "head" | "patch" | "trace");
                if let (true, Some(operation)) = (is_operation, operation.as_object_mut()) {
                    operation.entry("responses").or_insert_with(|| json!({"default": {"description": "No responses are documented."}}));
                }
            }
        }
    }
    if let Some(schemes) = root.get_mut("components").and_then(|c| c.get_mut("securitySchemes")).and_then(Value::as_object_mut) {
        let unsupported: Vec<String> = schemes
            .iter()
            .filter(|(_, scheme)| scheme.get("type").and_then(Value::as_str) == Some("mutualTLS"))
            .map(|(name, _)| name.clone())
            .collect();
        for name in unsupported {
            schemes.remove(&name);
            converter.warn(
                &Pointer::root().join("components").join("securitySchemes").join(&name),
                "`mutualTLS` has no OpenAPI 3.0 form: configure client certificates on the HTTP client instead; the scheme is skipped",
            );
        }
    }
    if let Some(components) = root.get_mut("components").and_then(Value::as_object_mut) {
        if components.remove("pathItems").is_some() {
            converter.warn(&Pointer::root().join("components").join("pathItems"), "`components/pathItems` have no OpenAPI 3.0 form and are skipped");
        }
    }
    converter.walk(raw, &Pointer::root());
}

struct Converter<'a> {
    file: &'a str,
    diagnostics: &'a mut Diagnostics,
}

impl Converter<'_> {
    /// Finds schemas anywhere in the document and converts them.
    fn walk(&mut self, node: &mut Value, at: &Pointer) {
        match node {
            Value::Object(object) => {
                let keys: Vec<String> = object.keys().cloned().collect();
                let parent = at.segments().last().cloned().unwrap_or_default();
                for key in keys {
                    if super::is_data_key(&key, Some(parent.as_str())) {
                        continue;
                    }
                    let child_at = at.join(&key);
                    let is_schema = key == "schema" || (parent == "schemas" && at.segments().len() == 2);
                    if let Some(child) = object.get_mut(&key) {
                        if is_schema {
                            self.schema(child, &child_at);
                        } else {
                            self.walk(child, &child_at);
                        }
                    }
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    self.walk(item, &at.join(index));
                }
            }
            _ => {}
        }
    }

    fn schema(&mut self, node: &mut Value, at: &Pointer) {
        let Some(schema) = node.as_object_mut() else { return };
        for keyword in UNSUPPORTED {
            if schema.remove(keyword).is_some() {
                self.warn(&at.join(keyword), &format!("`{keyword}` has no OpenAPI 3.0 form and is ignored"));
            }
        }
        schema.remove("$schema");
        schema.remove("$id");
        schema.remove("$comment");
        if let Some(reference) = schema.get("$ref").cloned() {
            let siblings: Vec<String> = schema.keys().filter(|k| *k != "$ref" && !matches!(k.as_str(), "description" | "summary")).cloned().collect();
            if siblings.is_empty() {
                schema.retain(|key, _| key == "$ref");
            } else {
                schema.remove("$ref");
                schema.insert("allOf".into(), json!([{ "$ref": reference }]));
            }
        }
        match schema.remove("type") {
            Some(Value::Array(types)) => {
                let nullable = types.iter().any(|t| t == "null");
                let others: Vec<Value> = types.into_iter().filter(|t| t != "null").collect();
                if nullable {
                    schema.insert("nullable".into(), json!(true));
                }
                match others.len() {
                    0 => {}
                    1 => {
                        schema.insert("type".into(), others[0].clone());
                    }
                    _ => {
                        let members: Vec<Value> = others.iter().map(|t| json!({ "type": t })).collect();
                        schema.insert("anyOf".into(), Value::Array(members));
                    }
                }
            }
            Some(Value::String(t)) if t == "null" => {
                schema.insert("nullable".into(), json!(true));
            }
            Some(other) => {
                schema.insert("type".into(), other);
            }
            None => {}
        }
        for keyword in ["oneOf", "anyOf"] {
            if let Some(Value::Array(members)) = schema.get_mut(keyword) {
                let before = members.len();
                members.retain(|member| member.get("type") != Some(&json!("null")) || member.as_object().map(|m| m.len()) != Some(1));
                if members.len() != before {
                    let remaining = members.clone();
                    schema.insert("nullable".into(), json!(true));
                    if remaining.len() == 1 {
                        schema.remove(keyword);
                        schema.insert("allOf".into(), Value::Array(remaining));
                    }
                }
            }
        }
        if let Some(constant) = schema.remove("const") {
            schema.insert("enum".into(), json!([constant]));
        }
        if let Some(Value::Array(examples)) = schema.remove("examples") {
            if let (Some(first), false) = (examples.into_iter().next(), schema.contains_key("example")) {
                schema.insert("example".into(), first);
            }
        }
        for (exclusive, inclusive) in [("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")] {
            if let Some(bound) = schema.get(exclusive).filter(|v| v.is_number()).cloned() {
                schema.insert(inclusive.into(), bound);
                schema.insert(exclusive.into(), json!(true));
            }
        }
        if let Some(encoding) = schema.remove("contentEncoding") {
            if encoding == "base64" {
                schema.insert("format".into(), json!("byte"));
            }
        }
        if schema.remove("contentMediaType").is_some() && !schema.contains_key("format") {
            schema.insert("format".into(), json!("binary"));
        }
        let keys: Vec<String> = schema.keys().cloned().collect();
        for key in keys {
            let child_at = at.join(&key);
            let Some(child) = schema.get_mut(&key) else { continue };
            match key.as_str() {
                "properties" => {
                    if let Some(properties) = child.as_object_mut() {
                        for (name, property) in properties.iter_mut() {
                            self.schema(property, &child_at.join(name));
                        }
                    }
                }
                "allOf" | "oneOf" | "anyOf" => {
                    if let Some(members) = child.as_array_mut() {
                        for (index, member) in members.iter_mut().enumerate() {
                            self.schema(member, &child_at.join(index));
                        }
                    }
                }
                _ if SCHEMA_KEYWORDS.contains(&key.as_str()) => self.schema(child, &child_at),
                _ => {}
            }
        }
    }

    fn warn(&mut self, at: &Pointer, message: &str) {
        self.diagnostics.push(Diagnostic::warning(self.file, at.to_string(), message.to_string()));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_type_arrays_const_and_examples() {
        let mut doc = json!({
            "openapi": "3.1.0", "info": {"title": "t", "version": "1"},
            "webhooks": {"x": {}},
            "components": {"schemas": {"A": {"type": "object", "properties": {
                "name": {"type": ["string", "null"], "examples": ["Ann"]},
                "kind": {"const": "a"},
                "age": {"type": "integer", "exclusiveMinimum": 0},
                "tuple": {"type": "array", "prefixItems": [{"type": "string"}]},
                "ref": {"$ref": "#/components/schemas/B", "default": {}},
                "maybe": {"oneOf": [{"$ref": "#/components/schemas/B"}, {"type": "null"}]}
            }}}}
        });
        let mut diagnostics = Diagnostics::new();
        convert(&mut doc, "a.yaml", &mut diagnostics);
        let properties = &doc["components"]["schemas"]["A"]["properties"];
        assert_eq!(properties["name"], json!({"type": "string", "nullable": true, "example": "Ann"}));
        assert_eq!(properties["kind"], json!({"enum": ["a"]}));
        assert_eq!(properties["age"], json!({"type": "integer", "minimum": 0, "exclusiveMinimum": true}));
        assert_eq!(properties["ref"]["allOf"][0]["$ref"], "#/components/schemas/B");
        assert_eq!(properties["maybe"], json!({"nullable": true, "allOf": [{"$ref": "#/components/schemas/B"}]}));
        assert_eq!(doc["openapi"], "3.0.3");
        let report = diagnostics.to_string();
        assert!(report.contains("a.yaml#/webhooks: warning: `webhooks` have no OpenAPI 3.0 form"), "{report}");
        assert!(report.contains("a.yaml#/components/schemas/A/properties/tuple/prefixItems: warning:"), "{report}");
    }
}
