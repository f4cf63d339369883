//! Swagger 2.0 -> OpenAPI 3.0, on the JSON tree, before anything else reads the document.
//!
//! Covers what IBM API Connect and other real-world Swagger documents use: `host`/`basePath`/
//! `schemes` (servers), `definitions`, shared `parameters` and `responses`, `body` and `formData`
//! parameters (request bodies), `consumes`/`produces` (media types), `collectionFormat` (styles),
//! `securityDefinitions`, `x-nullable`, string discriminators and `type: file`. Vendor extensions
//! (`x-ibm-*` and others) are kept. Renamed sections are recorded as origins, so diagnostics point
//! at the Swagger file's own `#/definitions/...`.

use serde_json::{json, Map, Value};

use crate::diagnostic::{Diagnostic, Diagnostics, Pointer};
use crate::load::Origin;

const METHODS: [&str; 7] = ["get", "put", "post", "delete", "options", "head", "patch"];

pub(crate) fn convert(raw: &mut Value, display: &str, origins: &mut Vec<Origin>, diagnostics: &mut Diagnostics) {
    let Some(source) = raw.as_object().cloned() else { return };
    let mut converter = Converter { file: display.to_string(), source: &source, diagnostics };
    let converted = converter.document();
    for (section, kind) in [
        ("definitions", "schemas"),
        ("parameters", "parameters"),
        ("responses", "responses"),
        ("securityDefinitions", "securitySchemes"),
    ] {
        if let Some(items) = source.get(section).and_then(Value::as_object) {
            for name in items.keys() {
                let target = if section == "parameters" && is_body_parameter(&items[name]) { "requestBodies" } else { kind };
                origins.push(Origin {
                    pointer: Pointer::root().join("components").join(target).join(name).to_string(),
                    file: display.to_string(),
                    source_pointer: Pointer::root().join(section).join(name).to_string(),
                });
            }
        }
    }
    *raw = converted;
}

fn is_body_parameter(parameter: &Value) -> bool {
    parameter.get("in").and_then(Value::as_str) == Some("body")
}

struct Converter<'a> {
    file: String,
    source: &'a Map<String, Value>,
    diagnostics: &'a mut Diagnostics,
}

impl Converter<'_> {
    fn document(&mut self) -> Value {
        let mut out = Map::new();
        out.insert("openapi".into(), json!("3.0.3"));
        out.insert("info".into(), self.source.get("info").cloned().unwrap_or_else(|| json!({"title": "API", "version": "1.0.0"})));
        out.insert("servers".into(), Value::Array(self.servers()));
        for (key, value) in self.source {
            if key.starts_with("x-") || key == "tags" || key == "externalDocs" || key == "security" {
                out.insert(key.clone(), value.clone());
            }
        }
        let mut components = Map::new();
        if let Some(definitions) = self.source.get("definitions").and_then(Value::as_object) {
            let schemas: Map<String, Value> = definitions.iter().map(|(name, schema)| (name.clone(), convert_schema(schema))).collect();
            components.insert("schemas".into(), Value::Object(schemas));
        }
        if let Some(parameters) = self.source.get("parameters").and_then(Value::as_object) {
            let mut plain = Map::new();
            let mut bodies = Map::new();
            for (name, parameter) in parameters {
                let at = Pointer::root().join("parameters").join(name);
                if is_body_parameter(parameter) {
                    bodies.insert(name.clone(), self.request_body(parameter, &self.global_list("consumes")));
                } else if parameter.get("in").and_then(Value::as_str) == Some("formData") {
                    self.warn(&at, "shared `formData` parameter: inlined where it is used");
                } else {
                    plain.insert(name.clone(), self.parameter(parameter, &at));
                }
            }
            if !plain.is_empty() {
                components.insert("parameters".into(), Value::Object(plain));
            }
            if !bodies.is_empty() {
                components.insert("requestBodies".into(), Value::Object(bodies));
            }
        }
        if let Some(responses) = self.source.get("responses").and_then(Value::as_object) {
            let produces = self.global_list("produces");
            let converted: Map<String, Value> =
                responses.iter().map(|(name, response)| (name.clone(), self.response(response, &produces))).collect();
            components.insert("responses".into(), Value::Object(converted));
        }
        if let Some(definitions) = self.source.get("securityDefinitions").and_then(Value::as_object) {
            let schemes: Map<String, Value> =
                definitions.iter().map(|(name, scheme)| (name.clone(), self.security_scheme(scheme, &Pointer::root().join("securityDefinitions").join(name)))).collect();
            components.insert("securitySchemes".into(), Value::Object(schemes));
        }
        if !components.is_empty() {
            out.insert("components".into(), Value::Object(components));
        }
        let mut paths = Map::new();
        if let Some(source_paths) = self.source.get("paths").and_then(Value::as_object) {
            for (route, item) in source_paths {
                let at = Pointer::root().join("paths").join(route);
                paths.insert(route.clone(), self.path_item(item, &at));
            }
        }
        out.insert("paths".into(), Value::Object(paths));
        let mut document = Value::Object(out);
        rewrite_refs(&mut document);
        document
    }

    fn servers(&self) -> Vec<Value> {
        let base_path = self.source.get("basePath").and_then(Value::as_str).unwrap_or("");
        let base_path = base_path.trim_end_matches('/');
        match self.source.get("host").and_then(Value::as_str) {
            Some(host) => {
                let schemes: Vec<String> = self
                    .source
                    .get("schemes")
                    .and_then(Value::as_array)
                    .map(|schemes| schemes.iter().filter_map(Value::as_str).map(str::to_string).collect())
                    .filter(|schemes: &Vec<String>| !schemes.is_empty())
                    .unwrap_or_else(|| vec!["https".to_string()]);
                schemes.iter().map(|scheme| json!({"url": format!("{scheme}://{host}{base_path}")})).collect()
            }
            None => vec![json!({"url": if base_path.is_empty() { "/" } else { base_path }})],
        }
    }

    fn global_list(&self, key: &str) -> Vec<String> {
        string_list(self.source.get(key))
    }

    fn path_item(&mut self, item: &Value, at: &Pointer) -> Value {
        let Some(item) = item.as_object() else { return item.clone() };
        if item.contains_key("$ref") {
            return Value::Object(item.clone());
        }
        let shared: Vec<Value> = item.get("parameters").and_then(Value::as_array).cloned().unwrap_or_default();
        let mut out = Map::new();
        for (key, value) in item {
            if key.starts_with("x-") {
                out.insert(key.clone(), value.clone());
            }
        }
        for method in METHODS {
            if let Some(operation) = item.get(method).and_then(Value::as_object) {
                let converted = self.operation(operation, &shared, &at.join(method));
                out.insert(method.to_string(), converted);
            }
        }
        Value::Object(out)
    }

    fn operation(&mut self, operation: &Map<String, Value>, shared: &[Value], at: &Pointer) -> Value {
        let mut out = Map::new();
        for (key, value) in operation {
            match key.as_str() {
                "parameters" | "responses" | "consumes" | "produces" | "schemes" => {}
                _ => {
                    out.insert(key.clone(), value.clone());
                }
            }
        }
        let consumes = match operation.get("consumes") {
            Some(list) => string_list(Some(list)),
            None => self.global_list("consumes"),
        };
        let produces = match operation.get("produces") {
            Some(list) => string_list(Some(list)),
            None => self.global_list("produces"),
        };
        // Operation parameters override path-level ones with the same name and location.
        let own: Vec<Value> = operation.get("parameters").and_then(Value::as_array).cloned().unwrap_or_default();
        let mut parameters: Vec<(Value, Pointer)> = Vec::new();
        let key_of = |parameter: &Value, this: &Self| -> (String, String) {
            let resolved = this.resolve_parameter(parameter);
            (
                resolved.get("name").and_then(Value::as_str).unwrap_or("").to_string(),
                resolved.get("in").and_then(Value::as_str).unwrap_or("").to_string(),
            )
        };
        let own_keys: Vec<(String, String)> = own.iter().map(|p| key_of(p, self)).collect();
        for (index, parameter) in shared.iter().enumerate() {
            if !own_keys.contains(&key_of(parameter, self)) {
                parameters.push((parameter.clone(), at.parent().join("parameters").join(index)));
            }
        }
        for (index, parameter) in own.iter().enumerate() {
            parameters.push((parameter.clone(), at.join("parameters").join(index)));
        }
        let mut converted = Vec::new();
        let mut form_fields: Vec<(Value, Pointer)> = Vec::new();
        for (parameter, parameter_at) in parameters {
            let resolved = self.resolve_parameter(&parameter);
            match resolved.get("in").and_then(Value::as_str) {
                Some("body") => {
                    if let Some(reference) = parameter.get("$ref").and_then(Value::as_str) {
                        let name = reference.rsplit('/').next().unwrap_or_default();
                        out.insert("requestBody".into(), json!({"$ref": format!("#/components/requestBodies/{name}")}));
                    } else {
                        out.insert("requestBody".into(), self.request_body(&resolved, &consumes));
                    }
                }
                Some("formData") => form_fields.push((resolved, parameter_at)),
                _ => {
                    if parameter.get("$ref").is_some() {
                        converted.push(parameter.clone());
                    } else {
                        converted.push(self.parameter(&resolved, &parameter_at));
                    }
                }
            }
        }
        if !form_fields.is_empty() {
            out.insert("requestBody".into(), self.form_body(&form_fields, &consumes));
        }
        if !converted.is_empty() {
            out.insert("parameters".into(), Value::Array(converted));
        }
        let mut responses = Map::new();
        if let Some(source) = operation.get("responses").and_then(Value::as_object) {
            for (status, response) in source {
                if status.starts_with("x-") {
                    continue;
                }
                responses.insert(status.clone(), self.response(response, &produces));
            }
        }
        if responses.is_empty() {
            responses.insert("default".into(), json!({"description": "Response"}));
        }
        out.insert("responses".into(), Value::Object(responses));
        Value::Object(out)
    }

    fn resolve_parameter(&self, parameter: &Value) -> Value {
        if let Some(reference) = parameter.get("$ref").and_then(Value::as_str) {
            if let Some(name) = reference.strip_prefix("#/parameters/") {
                let name = name.replace("~1", "/").replace("~0", "~");
                if let Some(target) = self.source.get("parameters").and_then(|p| p.get(&name)) {
                    return target.clone();
                }
            }
        }
        parameter.clone()
    }

    /// A non-body parameter: the type keywords move into `schema`; `collectionFormat` becomes a style.
    fn parameter(&mut self, parameter: &Value, at: &Pointer) -> Value {
        let Some(source) = parameter.as_object() else { return parameter.clone() };
        let mut out = Map::new();
        for key in ["name", "in", "description", "required", "deprecated", "allowEmptyValue"] {
            if let Some(value) = source.get(key) {
                out.insert(key.into(), value.clone());
            }
        }
        for (key, value) in source {
            if key.starts_with("x-") {
                out.insert(key.clone(), value.clone());
            }
        }
        if let Some(example) = source.get("x-example") {
            out.insert("example".into(), example.clone());
        }
        let location = source.get("in").and_then(Value::as_str).unwrap_or("");
        if location == "path" {
            out.insert("required".into(), json!(true));
        }
        out.insert("schema".into(), convert_schema(&primitive_schema(source)));
        if source.get("type").and_then(Value::as_str) == Some("array") {
            let format = source.get("collectionFormat").and_then(Value::as_str).unwrap_or("csv");
            let (style, explode) = match (format, location) {
                ("multi", _) => ("form", true),
                ("csv", "query" | "cookie") => ("form", false),
                ("csv", _) => ("simple", false),
                ("ssv", _) => ("spaceDelimited", false),
                ("pipes", _) => ("pipeDelimited", false),
                (other, _) => {
                    self.warn(at, &format!("collectionFormat `{other}` has no OpenAPI 3.0 style; using comma-separated values"));
                    if location == "query" {
                        ("form", false)
                    } else {
                        ("simple", false)
                    }
                }
            };
            out.insert("style".into(), json!(style));
            out.insert("explode".into(), json!(explode));
        }
        Value::Object(out)
    }

    fn request_body(&self, parameter: &Value, consumes: &[String]) -> Value {
        let schema = parameter.get("schema").map(convert_schema).unwrap_or_else(|| json!({}));
        let media_types = if consumes.is_empty() { vec!["application/json".to_string()] } else { consumes.to_vec() };
        let mut content = Map::new();
        for media in media_types.iter().filter(|m| !m.contains("form")) {
            let mut entry = Map::new();
            entry.insert("schema".into(), schema.clone());
            if let Some(example) = parameter.get("x-example") {
                entry.insert("example".into(), example.clone());
            }
            content.insert(media.clone(), Value::Object(entry));
        }
        if content.is_empty() {
            content.insert("application/json".into(), json!({"schema": schema}));
        }
        let mut out = Map::new();
        if let Some(description) = parameter.get("description") {
            out.insert("description".into(), description.clone());
        }
        out.insert("required".into(), json!(parameter.get("required").and_then(Value::as_bool).unwrap_or(false)));
        out.insert("content".into(), Value::Object(content));
        Value::Object(out)
    }

    fn form_body(&self, fields: &[(Value, Pointer)], consumes: &[String]) -> Value {
        let mut properties = Map::new();
        let mut required = Vec::new();
        let mut has_file = false;
        for (field, _) in fields {
            let Some(name) = field.get("name").and_then(Value::as_str) else { continue };
            let source = field.as_object().cloned().unwrap_or_default();
            if source.get("type").and_then(Value::as_str) == Some("file") {
                has_file = true;
            }
            let mut schema = convert_schema(&primitive_schema(&source));
            if let (Some(description), Some(object)) = (source.get("description"), schema.as_object_mut()) {
                object.insert("description".into(), description.clone());
            }
            properties.insert(name.to_string(), schema);
            if source.get("required").and_then(Value::as_bool) == Some(true) {
                required.push(json!(name));
            }
        }
        let media = if has_file || consumes.iter().any(|m| m == "multipart/form-data") && !consumes.iter().any(|m| m == "application/x-www-form-urlencoded") {
            "multipart/form-data"
        } else {
            "application/x-www-form-urlencoded"
        };
        let mut schema = json!({"type": "object", "properties": properties});
        if !required.is_empty() {
            schema["required"] = Value::Array(required.clone());
        }
        json!({"required": !required.is_empty(), "content": {media: {"schema": schema}}})
    }

    fn response(&self, response: &Value, produces: &[String]) -> Value {
        let Some(source) = response.as_object() else { return response.clone() };
        if source.contains_key("$ref") {
            return response.clone();
        }
        let mut out = Map::new();
        out.insert("description".into(), source.get("description").cloned().unwrap_or_else(|| json!("")));
        for (key, value) in source {
            if key.starts_with("x-") {
                out.insert(key.clone(), value.clone());
            }
        }
        if let Some(schema) = source.get("schema") {
            let schema = convert_schema(schema);
            let examples = source.get("examples").and_then(Value::as_object);
            let media_types = if produces.is_empty() { vec!["application/json".to_string()] } else { produces.to_vec() };
            let mut content = Map::new();
            for media in media_types {
                let mut entry = Map::new();
                entry.insert("schema".into(), schema.clone());
                if let Some(example) = examples.and_then(|e| e.get(&media)) {
                    entry.insert("example".into(), example.clone());
                }
                content.insert(media, Value::Object(entry));
            }
            out.insert("content".into(), Value::Object(content));
        }
        if let Some(headers) = source.get("headers").and_then(Value::as_object) {
            let converted: Map<String, Value> = headers
                .iter()
                .map(|(name, header)| {
                    let source = header.as_object().cloned().unwrap_or_default();
                    let mut out = Map::new();
                    if let Some(description) = source.get("description") {
                        out.insert("description".into(), description.clone());
                    }
                    out.insert("schema".into(), convert_schema(&primitive_schema(&source)));
                    (name.clone(), Value::Object(out))
                })
                .collect();
            out.insert("headers".into(), Value::Object(converted));
        }
        Value::Object(out)
    }

    fn security_scheme(&mut self, scheme: &Value, at: &Pointer) -> Value {
        let Some(source) = scheme.as_object() else { return scheme.clone() };
        let description = source.get("description").cloned();
        let mut out = match source.get("type").and_then(Value::as_str) {
            Some("basic") => json!({"type": "http", "scheme": "basic"}),
            Some("apiKey") => json!({"type": "apiKey", "name": source.get("name").cloned().unwrap_or(json!("")), "in": source.get("in").cloned().unwrap_or(json!("header"))}),
            Some("oauth2") => {
                let scopes = source.get("scopes").cloned().unwrap_or_else(|| json!({}));
                let flow = source.get("flow").and_then(Value::as_str).unwrap_or("");
                let (name, mut flow_object) = match flow {
                    "implicit" => ("implicit", json!({"authorizationUrl": source.get("authorizationUrl").cloned().unwrap_or(json!(""))})),
                    "password" => ("password", json!({"tokenUrl": source.get("tokenUrl").cloned().unwrap_or(json!(""))})),
                    "application" => ("clientCredentials", json!({"tokenUrl": source.get("tokenUrl").cloned().unwrap_or(json!(""))})),
                    "accessCode" => (
                        "authorizationCode",
                        json!({"authorizationUrl": source.get("authorizationUrl").cloned().unwrap_or(json!("")), "tokenUrl": source.get("tokenUrl").cloned().unwrap_or(json!(""))}),
                    ),
                    other => {
                        self.warn(at, &format!("unknown OAuth 2.0 flow `{other}`; treated as client credentials"));
                        ("clientCredentials", json!({"tokenUrl": source.get("tokenUrl").cloned().unwrap_or(json!(""))}))
                    }
                };
                flow_object["scopes"] = scopes;
                json!({"type": "oauth2", "flows": {name: flow_object}})
            }
            other => {
                self.warn(at, &format!("unknown security scheme type `{}`; treated as an API key header", other.unwrap_or("")));
                json!({"type": "apiKey", "name": "Authorization", "in": "header"})
            }
        };
        if let (Some(description), Some(object)) = (description, out.as_object_mut()) {
            object.insert("description".into(), description);
        }
        for (key, value) in source {
            if key.starts_with("x-") {
                out[key] = value.clone();
            }
        }
        out
    }

    fn warn(&mut self, at: &Pointer, message: &str) {
        self.diagnostics.push(Diagnostic::warning(self.file.clone(), at.to_string(), message.to_string()));
    }
}

/// The type keywords of a Swagger parameter or header, as a schema.
fn primitive_schema(source: &Map<String, Value>) -> Value {
    let mut schema = Map::new();
    for key in [
        "type", "format", "items", "enum", "default", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "minLength",
        "maxLength", "pattern", "minItems", "maxItems", "uniqueItems", "multipleOf", "x-nullable",
    ] {
        if let Some(value) = source.get(key) {
            schema.insert(key.into(), value.clone());
        }
    }
    Value::Object(schema)
}

/// Swagger schema keywords that differ in OpenAPI 3.0: `type: file`, `x-nullable`, string discriminators.
fn convert_schema(schema: &Value) -> Value {
    match schema {
        Value::Object(source) => {
            let mut out = Map::new();
            for (key, value) in source {
                match key.as_str() {
                    "x-nullable" => {
                        out.insert("nullable".into(), value.clone());
                    }
                    "discriminator" if value.is_string() => {
                        out.insert("discriminator".into(), json!({"propertyName": value}));
                    }
                    "type" if value == "file" => {
                        out.insert("type".into(), json!("string"));
                        out.insert("format".into(), json!("binary"));
                    }
                    "example" | "default" | "enum" | "x-example" => {
                        out.insert(key.clone(), value.clone());
                    }
                    "properties" | "definitions" => {
                        let converted = value
                            .as_object()
                            .map(|items| items.iter().map(|(name, schema)| (name.clone(), convert_schema(schema))).collect::<Map<_, _>>())
                            .map(Value::Object)
                            .unwrap_or_else(|| value.clone());
                        out.insert(key.clone(), converted);
                    }
                    _ => {
                        out.insert(key.clone(), convert_schema(value));
                    }
                }
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.iter().map(convert_schema).collect()),
        other => other.clone(),
    }
}

/// `#/definitions/X` -> `#/components/schemas/X`, and likewise for parameters and responses.
fn rewrite_refs(node: &mut Value) {
    rewrite_refs_under(node, None);
}

fn rewrite_refs_under(node: &mut Value, parent: Option<&str>) {
    match node {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get_mut("$ref") {
                for (from, to) in [("#/definitions/", "#/components/schemas/"), ("#/parameters/", "#/components/parameters/"), ("#/responses/", "#/components/responses/")] {
                    if let Some(rest) = reference.strip_prefix(from) {
                        *reference = format!("{to}{rest}");
                        break;
                    }
                    if let Some((file, rest)) = reference.split_once(from) {
                        if file.ends_with(".json") || file.ends_with(".yaml") || file.ends_with(".yml") {
                            *reference = format!("{file}{to}{rest}");
                            break;
                        }
                    }
                }
            }
            for (key, child) in object.iter_mut() {
                if !super::is_data_key(key, parent) {
                    rewrite_refs_under(child, Some(key));
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|item| rewrite_refs_under(item, parent)),
        _ => {}
    }
}

fn string_list(value: Option<&Value>) -> Vec<String> {
    value.and_then(Value::as_array).map(|items| items.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn convert_text(text: &str) -> (Value, Diagnostics) {
        let mut raw: Value = serde_json::from_str(text).unwrap();
        let mut diagnostics = Diagnostics::new();
        let mut origins = Vec::new();
        convert(&mut raw, "s.json", &mut origins, &mut diagnostics);
        (raw, diagnostics)
    }

    #[test]
    fn converts_servers_bodies_and_refs() {
        let (doc, diagnostics) = convert_text(
            r##"{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "host": "api.example.com", "basePath": "/v1", "schemes": ["https"],
            "consumes": ["application/json"], "produces": ["application/json"],
            "paths": {"/pets": {"post": {"operationId": "addPet", "parameters": [{"in": "body", "name": "body", "required": true, "schema": {"$ref": "#/definitions/Pet"}},
              {"in": "query", "name": "tags", "type": "array", "items": {"type": "string"}, "collectionFormat": "multi"}],
              "responses": {"200": {"description": "ok", "schema": {"$ref": "#/definitions/Pet"}, "examples": {"application/json": {"name": "Rex"}}}}}}},
            "definitions": {"Pet": {"type": "object", "discriminator": "kind", "properties": {"name": {"type": "string", "x-nullable": true}}}}}"##,
        );
        assert!(diagnostics.is_empty(), "{diagnostics}");
        assert_eq!(doc["servers"][0]["url"], "https://api.example.com/v1");
        let operation = &doc["paths"]["/pets"]["post"];
        assert_eq!(operation["requestBody"]["content"]["application/json"]["schema"]["$ref"], "#/components/schemas/Pet");
        assert_eq!(operation["parameters"][0]["style"], "form");
        assert_eq!(operation["parameters"][0]["explode"], true);
        assert_eq!(operation["responses"]["200"]["content"]["application/json"]["example"]["name"], "Rex");
        let pet = &doc["components"]["schemas"]["Pet"];
        assert_eq!(pet["discriminator"]["propertyName"], "kind");
        assert_eq!(pet["properties"]["name"]["nullable"], true);
    }

    #[test]
    fn form_data_becomes_a_multipart_body() {
        let (doc, _) = convert_text(
            r#"{"swagger": "2.0", "info": {"title": "t", "version": "1"}, "paths": {"/upload": {"post": {"consumes": ["multipart/form-data"],
            "parameters": [{"in": "formData", "name": "file", "type": "file", "required": true}, {"in": "formData", "name": "note", "type": "string"}],
            "responses": {"204": {"description": "done"}}}}}}"#,
        );
        let schema = &doc["paths"]["/upload"]["post"]["requestBody"]["content"]["multipart/form-data"]["schema"];
        assert_eq!(schema["properties"]["file"]["format"], "binary");
        assert_eq!(schema["required"][0], "file");
        assert_eq!(doc["servers"][0]["url"], "/");
    }
}
