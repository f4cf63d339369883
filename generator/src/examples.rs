//! The examples a spec carries, each with the Rust type generated for its schema; the test suite
//! deserializes every one into that type and serializes it back.

use serde_json::Value;

use crate::diagnostic::Pointer;
use crate::load::LoadedSpec;
use crate::model::{Api, TypeRef};

/// One `example` (or `examples[*].value`) and the type its schema became.
#[derive(Clone, Debug, PartialEq)]
pub struct Example {
    /// Where it is written, as `file#pointer` (the file it came from, for shared parts).
    pub location: String,
    pub value: Value,
    pub ty: TypeRef,
}

/// Every example attached to a schema that was lowered, in document order.
pub fn collect_examples(spec: &LoadedSpec, api: &Api) -> Vec<Example> {
    let mut examples = Vec::new();
    walk(&spec.raw, &Pointer::root(), spec, api, &mut examples);
    examples
}

fn walk(node: &Value, at: &Pointer, spec: &LoadedSpec, api: &Api, out: &mut Vec<Example>) {
    match node {
        Value::Object(object) => {
            // A media type or parameter: `schema` next to `example`/`examples`.
            if let Some(schema) = object.get("schema") {
                if let Some(ty) = schema_type(schema, &at.join("schema"), api) {
                    if let Some(example) = object.get("example") {
                        push(spec, &at.join("example"), example, &ty, out);
                    }
                    if let Some(Value::Object(named)) = object.get("examples") {
                        for (name, example) in named {
                            let (value_at, value) = match example.get("$ref").and_then(Value::as_str) {
                                Some(reference) => {
                                    let pointer = reference.trim_start_matches('#');
                                    (Pointer::from_escaped(pointer).join("value"), spec.raw_at(pointer).and_then(|e| e.get("value")))
                                }
                                None => (at.join("examples").join(name).join("value"), example.get("value")),
                            };
                            if let Some(value) = value {
                                push(spec, &value_at, value, &ty, out);
                            }
                        }
                    }
                }
            } else if let Some(example) = object.get("example") {
                // A schema with its own example.
                if let Some(ty) = api.schema_types.get(at.as_str()) {
                    push(spec, &at.join("example"), example, ty, out);
                }
            }
            let segments = at.segments();
            let parent = segments.last().map(String::as_str);
            for (key, child) in object {
                if crate::load::is_data_key(key, parent) {
                    continue;
                }
                walk(child, &at.join(key), spec, api, out);
            }
        }
        Value::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                walk(item, &at.join(index), spec, api, out);
            }
        }
        _ => {}
    }
}

/// The type of the schema at `at` (following a `$ref`).
fn schema_type(schema: &Value, at: &Pointer, api: &Api) -> Option<TypeRef> {
    match schema.get("$ref").and_then(Value::as_str) {
        Some(reference) => api.schema_types.get(reference.trim_start_matches('#')).cloned(),
        None => api.schema_types.get(at.as_str()).cloned(),
    }
}

fn push(spec: &LoadedSpec, at: &Pointer, value: &Value, ty: &TypeRef, out: &mut Vec<Example>) {
    let (file, pointer) = spec.locate(at.as_str());
    out.push(Example { location: format!("{file}#{pointer}"), value: value.clone(), ty: ty.clone() });
}

/// A JSON value of type `ty`, for a parameter or body the spec gives no example for: valid for
/// the type (required fields filled, enums at their first value), nothing more.
pub fn sample_value(ty: &TypeRef, api: &Api) -> Value {
    sample(ty, api, 0)
}

fn sample(ty: &TypeRef, api: &Api, depth: usize) -> Value {
    use crate::model::{EnumValue, Presence, Primitive, TypeKind};
    use serde_json::json;
    if depth > 8 {
        return Value::Null;
    }
    match ty {
        TypeRef::Primitive(primitive) => match primitive {
            Primitive::String | Primitive::Secret => json!("sample"),
            Primitive::Bool => json!(true),
            Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64 => json!(1),
            Primitive::F32 | Primitive::F64 => json!(1.5),
            Primitive::Decimal => serde_json::from_str("10.00").unwrap_or(Value::Null),
            Primitive::DecimalString => json!("10.00"),
            Primitive::Date => json!("2026-01-15"),
            Primitive::DateTime => json!("2026-01-15T10:00:00+01:00"),
            Primitive::Uuid => json!("00000000-0000-4000-8000-000000000000"),
            Primitive::Base64 | Primitive::Binary => json!("c2FtcGxl"),
        },
        TypeRef::Vec(inner) => Value::Array(vec![sample(inner, api, depth + 1)]),
        TypeRef::Map(_) | TypeRef::Json => json!({}),
        TypeRef::Nullable(inner) => sample(inner, api, depth + 1),
        TypeRef::Named(name) => match api.types.iter().find(|t| &t.name == name).map(|t| &t.kind) {
            Some(TypeKind::Struct(s)) => {
                let mut object = serde_json::Map::new();
                for field in &s.fields {
                    if matches!(field.presence, Presence::Required | Presence::RequiredNullable) {
                        object.insert(field.wire.clone(), sample(&field.ty, api, depth + 1));
                    }
                }
                Value::Object(object)
            }
            Some(TypeKind::Enum(e)) => match e.variants.first().map(|v| &v.value) {
                Some(EnumValue::String(value)) => json!(value),
                Some(EnumValue::Integer(value)) => json!(value),
                None => json!("sample"),
            },
            Some(TypeKind::Union(u)) => {
                let Some(variant) = u.variants.first() else { return Value::Null };
                let mut value = sample(&variant.ty, api, depth + 1);
                if let (crate::model::Tagging::Internal { property }, Some(tag), Value::Object(object)) = (&u.tagging, variant.tags.first(), &mut value) {
                    object.insert(property.clone(), json!(tag));
                }
                value
            }
            Some(TypeKind::Alias(inner)) => sample(inner, api, depth + 1),
            None => Value::Null,
        },
    }
}
