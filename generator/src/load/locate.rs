//! Finding where a document fails to deserialize.
//!
//! `openapiv3` flattens maps (paths, responses, schema keywords), and `serde_path_to_error` loses
//! the path inside them. When the whole document fails, this module deserializes its parts one by
//! one, descending into the failing part, and reports the deepest pointer that still fails.

use openapiv3::{
    Callback, Components, Example, Header, Info, Link, MediaType, Operation, Parameter, PathItem, ReferenceOr, RequestBody, Response, Schema,
    SecurityRequirement, SecurityScheme, Server, Tag,
};
use serde::de::DeserializeOwned;
use serde_json::Value;

use crate::diagnostic::Pointer;

/// Where a part fails to deserialize, and why.
type Failure = (Pointer, String);

/// The deepest failing part of `raw`, as (pointer, message); `None` if every part deserializes.
pub(crate) fn locate_failure(raw: &Value) -> Option<Failure> {
    let root = Pointer::root();
    let object = raw.as_object()?;
    if let Some(info) = object.get("info") {
        if let Some(found) = probe::<Info>(info, &root.join("info")) {
            return Some(found);
        }
    } else {
        return Some((root, "missing field `info`".to_string()));
    }
    if let Some(Value::Array(servers)) = object.get("servers") {
        for (index, server) in servers.iter().enumerate() {
            if let Some(found) = probe::<Server>(server, &root.join("servers").join(index)) {
                return Some(found);
            }
        }
    }
    if let Some(Value::Array(requirements)) = object.get("security") {
        for (index, requirement) in requirements.iter().enumerate() {
            if let Some(found) = probe::<SecurityRequirement>(requirement, &root.join("security").join(index)) {
                return Some(found);
            }
        }
    }
    if let Some(Value::Array(tags)) = object.get("tags") {
        for (index, tag) in tags.iter().enumerate() {
            if let Some(found) = probe::<Tag>(tag, &root.join("tags").join(index)) {
                return Some(found);
            }
        }
    }
    match object.get("paths") {
        Some(Value::Object(paths)) => {
            for (route, item) in paths {
                if route.starts_with("x-") {
                    continue;
                }
                if let Some(found) = path_item(item, &root.join("paths").join(route)) {
                    return Some(found);
                }
            }
        }
        Some(_) => return Some((root.join("paths"), "`paths` must be a mapping".to_string())),
        None => {}
    }
    if let Some(components) = object.get("components") {
        if let Some(found) = components_failure(components, &root.join("components")) {
            return Some(found);
        }
    }
    None
}

/// Deserializes `value` as `T`; on failure, the pointer (refined by `serde_path_to_error` where it
/// can) and the message.
fn probe<T: DeserializeOwned>(value: &Value, at: &Pointer) -> Option<Failure> {
    match serde_path_to_error::deserialize::<_, T>(value) {
        Ok(_) => None,
        Err(error) => {
            let mut pointer = at.clone();
            for segment in error.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index } => pointer = pointer.join(index),
                    serde_path_to_error::Segment::Map { key } => pointer = pointer.join(key),
                    _ => {}
                }
            }
            Some((pointer, error.into_inner().to_string()))
        }
    }
}

fn path_item(item: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<ReferenceOr<PathItem>>(item, at)?;
    let Some(object) = item.as_object() else { return Some(failure) };
    for method in ["get", "put", "post", "delete", "options", "head", "patch", "trace"] {
        if let Some(operation) = object.get(method) {
            if let Some(found) = operation_failure(operation, &at.join(method)) {
                return Some(found);
            }
        }
    }
    if let Some(Value::Array(parameters)) = object.get("parameters") {
        for (index, parameter) in parameters.iter().enumerate() {
            if let Some(found) = probe::<ReferenceOr<Parameter>>(parameter, &at.join("parameters").join(index)) {
                return Some(found);
            }
        }
    }
    Some(failure)
}

fn operation_failure(operation: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<Operation>(operation, at)?;
    let Some(object) = operation.as_object() else { return Some(failure) };
    if let Some(Value::Array(parameters)) = object.get("parameters") {
        for (index, parameter) in parameters.iter().enumerate() {
            if let Some(found) = parameter_failure(parameter, &at.join("parameters").join(index)) {
                return Some(found);
            }
        }
    }
    if let Some(body) = object.get("requestBody") {
        if let Some(found) = content_holder::<RequestBody>(body, &at.join("requestBody")) {
            return Some(found);
        }
    }
    match object.get("responses") {
        Some(Value::Object(responses)) => {
            for (status, response) in responses {
                if status.starts_with("x-") {
                    continue;
                }
                let valid_status = status == "default"
                    || (status.len() == 3
                        && status.chars().next().is_some_and(|c| ('1'..='5').contains(&c))
                        && (status[1..].chars().all(|c| c.is_ascii_digit()) || &status[1..] == "XX"));
                if !valid_status {
                    return Some((at.join("responses").join(status), format!("`{status}` is not an HTTP status code, a range like `4XX`, or `default`")));
                }
                if let Some(found) = content_holder::<Response>(response, &at.join("responses").join(status)) {
                    return Some(found);
                }
            }
        }
        Some(_) => return Some((at.join("responses"), "`responses` must be a mapping".to_string())),
        None => return Some((at.clone(), "missing field `responses`".to_string())),
    }
    if let Some(Value::Object(callbacks)) = object.get("callbacks") {
        for (name, callback) in callbacks {
            if let Some(found) = probe::<Callback>(callback, &at.join("callbacks").join(name)) {
                return Some(found);
            }
        }
    }
    Some(failure)
}

fn parameter_failure(parameter: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<ReferenceOr<Parameter>>(parameter, at)?;
    if let Some(schema) = parameter.get("schema") {
        if let Some(found) = schema_failure(schema, &at.join("schema")) {
            return Some(found);
        }
    }
    Some(failure)
}

/// A request body or response: its `content` map, then its headers.
fn content_holder<T: DeserializeOwned>(value: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<ReferenceOr<T>>(value, at)?;
    if let Some(Value::Object(content)) = value.get("content") {
        for (media, media_type) in content {
            let media_at = at.join("content").join(media);
            if let Some(found) = probe::<MediaType>(media_type, &media_at) {
                if let Some(schema) = media_type.get("schema") {
                    if let Some(deeper) = schema_failure(schema, &media_at.join("schema")) {
                        return Some(deeper);
                    }
                }
                return Some(found);
            }
        }
    }
    if let Some(Value::Object(headers)) = value.get("headers") {
        for (name, header) in headers {
            if let Some(found) = probe::<ReferenceOr<Header>>(header, &at.join("headers").join(name)) {
                return Some(found);
            }
        }
    }
    Some(failure)
}

/// A schema: descend into its subschemas to find the innermost one that fails.
fn schema_failure(schema: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<ReferenceOr<Schema>>(schema, at)?;
    let Some(object) = schema.as_object() else { return Some((at.clone(), "a schema must be a mapping".to_string())) };
    for keyword in ["properties", "patternProperties"] {
        if let Some(Value::Object(properties)) = object.get(keyword) {
            for (name, property) in properties {
                if let Some(found) = schema_failure(property, &at.join(keyword).join(name)) {
                    return Some(found);
                }
            }
        }
    }
    for keyword in ["allOf", "oneOf", "anyOf"] {
        if let Some(Value::Array(members)) = object.get(keyword) {
            for (index, member) in members.iter().enumerate() {
                if let Some(found) = schema_failure(member, &at.join(keyword).join(index)) {
                    return Some(found);
                }
            }
        }
    }
    for keyword in ["items", "not"] {
        if let Some(inner) = object.get(keyword) {
            if let Some(found) = schema_failure(inner, &at.join(keyword)) {
                return Some(found);
            }
        }
    }
    if let Some(inner @ Value::Object(_)) = object.get("additionalProperties") {
        if let Some(found) = schema_failure(inner, &at.join("additionalProperties")) {
            return Some(found);
        }
    }
    Some(failure)
}

fn components_failure(components: &Value, at: &Pointer) -> Option<Failure> {
    let failure = probe::<Components>(components, at)?;
    let Some(object) = components.as_object() else { return Some(failure) };
    let each = |kind: &str, check: &dyn Fn(&Value, &Pointer) -> Option<Failure>| -> Option<Failure> {
        let Some(Value::Object(items)) = object.get(kind) else { return None };
        items.iter().find_map(|(name, item)| check(item, &at.join(kind).join(name)))
    };
    each("schemas", &schema_failure)
        .or_else(|| each("parameters", &parameter_failure))
        .or_else(|| each("responses", &content_holder::<Response>))
        .or_else(|| each("requestBodies", &content_holder::<RequestBody>))
        .or_else(|| each("headers", &|v, p| probe::<ReferenceOr<Header>>(v, p)))
        .or_else(|| each("examples", &|v, p| probe::<ReferenceOr<Example>>(v, p)))
        .or_else(|| each("securitySchemes", &|v, p| probe::<ReferenceOr<SecurityScheme>>(v, p)))
        .or_else(|| each("links", &|v, p| probe::<ReferenceOr<Link>>(v, p)))
        .or_else(|| each("callbacks", &|v, p| probe::<ReferenceOr<Callback>>(v, p)))
        .or(Some(failure))
}
