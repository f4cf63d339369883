//! What a schema describes, whatever keywords it was written with.
//!
//! `openapiv3` splits schemas into typed variants and an `Any` catch-all for unusual keyword
//! combinations (`properties` without `type`, `allOf` next to `properties`, `enum` without
//! `type`). [`shape_of`] folds both into one [`Shape`] so the lowering code handles each case once.

use openapiv3::{AdditionalProperties, ReferenceOr, Schema, SchemaKind, Type, VariantOrUnknownOrEmpty};
use serde_json::Value;

/// A schema or a reference to one, whichever box it came in.
#[derive(Clone, Copy, Debug)]
pub enum SchemaRef<'a> {
    Ref(&'a str),
    Inline(&'a Schema),
}

impl<'a> From<&'a ReferenceOr<Schema>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Schema>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

impl<'a> From<&'a ReferenceOr<Box<Schema>>> for SchemaRef<'a> {
    fn from(value: &'a ReferenceOr<Box<Schema>>) -> Self {
        match value {
            ReferenceOr::Reference { reference } => SchemaRef::Ref(reference),
            ReferenceOr::Item(schema) => SchemaRef::Inline(schema),
        }
    }
}

#[derive(Debug)]
pub enum Shape<'a> {
    String { format: Option<String>, values: Vec<String> },
    Number { format: Option<String> },
    Integer { format: Option<String>, values: Vec<i64> },
    Boolean,
    Object(ObjectShape<'a>),
    Array { items: Option<SchemaRef<'a>> },
    /// `allOf`, plus any properties written next to it.
    AllOf { members: Vec<SchemaRef<'a>>, own: Option<ObjectShape<'a>> },
    /// `oneOf` (`any: false`) or `anyOf` (`any: true`).
    OneOf { members: Vec<SchemaRef<'a>>, any: bool },
    /// No constraint on the shape (or only `not`): any JSON value.
    Any,
}

#[derive(Debug, Default)]
pub struct ObjectShape<'a> {
    pub properties: Vec<(&'a str, SchemaRef<'a>)>,
    pub required: Vec<&'a str>,
    pub additional: Additional<'a>,
}

#[derive(Clone, Copy, Debug, Default)]
pub enum Additional<'a> {
    #[default]
    Unspecified,
    Allowed(bool),
    Schema(SchemaRef<'a>),
}

/// Whether an `enum` list contained `null` (which makes the type nullable).
pub fn enum_has_null(schema: &Schema) -> bool {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => s.enumeration.iter().any(Option::is_none),
        SchemaKind::Type(Type::Integer(s)) => s.enumeration.iter().any(Option::is_none),
        SchemaKind::Type(Type::Number(s)) => s.enumeration.iter().any(Option::is_none),
        SchemaKind::Type(Type::Boolean(s)) => s.enumeration.iter().any(Option::is_none),
        SchemaKind::Any(any) => any.enumeration.iter().any(Value::is_null),
        _ => false,
    }
}

pub fn shape_of(schema: &Schema) -> Shape<'_> {
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            Shape::String { format: format_text(&s.format), values: s.enumeration.iter().flatten().cloned().collect() }
        }
        SchemaKind::Type(Type::Number(n)) => Shape::Number { format: format_text(&n.format) },
        SchemaKind::Type(Type::Integer(i)) => {
            Shape::Integer { format: format_text(&i.format), values: i.enumeration.iter().flatten().copied().collect() }
        }
        SchemaKind::Type(Type::Boolean(_)) => Shape::Boolean,
        SchemaKind::Type(Type::Object(o)) => Shape::Object(ObjectShape {
            properties: o.properties.iter().map(|(name, schema)| (name.as_str(), SchemaRef::from(schema))).collect(),
            required: o.required.iter().map(String::as_str).collect(),
            additional: additional(o.additional_properties.as_ref()),
        }),
        SchemaKind::Type(Type::Array(a)) => Shape::Array { items: a.items.as_ref().map(SchemaRef::from) },
        SchemaKind::OneOf { one_of } => Shape::OneOf { members: one_of.iter().map(SchemaRef::from).collect(), any: false },
        SchemaKind::AnyOf { any_of } => Shape::OneOf { members: any_of.iter().map(SchemaRef::from).collect(), any: true },
        SchemaKind::AllOf { all_of } => Shape::AllOf { members: all_of.iter().map(SchemaRef::from).collect(), own: None },
        SchemaKind::Not { .. } => Shape::Any,
        SchemaKind::Any(any) => {
            let own_object = || ObjectShape {
                properties: any.properties.iter().map(|(name, schema)| (name.as_str(), SchemaRef::from(schema))).collect(),
                required: any.required.iter().map(String::as_str).collect(),
                additional: additional(any.additional_properties.as_ref()),
            };
            let has_object_keywords = !any.properties.is_empty() || any.additional_properties.is_some();
            if !any.all_of.is_empty() {
                let own = if has_object_keywords { Some(own_object()) } else { None };
                return Shape::AllOf { members: any.all_of.iter().map(SchemaRef::from).collect(), own };
            }
            if !any.one_of.is_empty() {
                return Shape::OneOf { members: any.one_of.iter().map(SchemaRef::from).collect(), any: false };
            }
            if !any.any_of.is_empty() {
                return Shape::OneOf { members: any.any_of.iter().map(SchemaRef::from).collect(), any: true };
            }
            match any.typ.as_deref() {
                Some("object") => return Shape::Object(own_object()),
                Some("array") => return Shape::Array { items: any.items.as_ref().map(SchemaRef::from) },
                Some("string") => {
                    return Shape::String {
                        format: any.format.clone(),
                        values: any.enumeration.iter().filter_map(Value::as_str).map(str::to_string).collect(),
                    }
                }
                Some("integer") => {
                    return Shape::Integer { format: any.format.clone(), values: any.enumeration.iter().filter_map(Value::as_i64).collect() }
                }
                Some("number") => return Shape::Number { format: any.format.clone() },
                Some("boolean") => return Shape::Boolean,
                _ => {}
            }
            if has_object_keywords {
                return Shape::Object(own_object());
            }
            if any.items.is_some() {
                return Shape::Array { items: any.items.as_ref().map(SchemaRef::from) };
            }
            let values: Vec<&Value> = any.enumeration.iter().filter(|v| !v.is_null()).collect();
            if !values.is_empty() && values.iter().all(|v| v.is_string()) {
                return Shape::String { format: any.format.clone(), values: values.iter().filter_map(|v| v.as_str()).map(str::to_string).collect() };
            }
            if !values.is_empty() && values.iter().all(|v| v.as_i64().is_some()) {
                return Shape::Integer { format: any.format.clone(), values: values.iter().filter_map(|v| v.as_i64()).collect() };
            }
            if any.format.is_some() || any.pattern.is_some() || any.min_length.is_some() || any.max_length.is_some() {
                return Shape::String { format: any.format.clone(), values: Vec::new() };
            }
            if any.minimum.is_some() || any.maximum.is_some() || any.multiple_of.is_some() {
                return Shape::Number { format: None };
            }
            Shape::Any
        }
    }
}

fn additional(value: Option<&AdditionalProperties>) -> Additional<'_> {
    match value {
        None => Additional::Unspecified,
        Some(AdditionalProperties::Any(allowed)) => Additional::Allowed(*allowed),
        Some(AdditionalProperties::Schema(schema)) => Additional::Schema(SchemaRef::from(schema.as_ref())),
    }
}

fn format_text<T: serde::Serialize>(format: &VariantOrUnknownOrEmpty<T>) -> Option<String> {
    match format {
        VariantOrUnknownOrEmpty::Item(item) => serde_json::to_value(item).ok().and_then(|v| v.as_str().map(str::to_string)),
        VariantOrUnknownOrEmpty::Unknown(text) => Some(text.clone()),
        VariantOrUnknownOrEmpty::Empty => None,
    }
}

/// Validation keywords of a schema, written as a doc line (the types don't enforce them).
pub fn constraint_notes(schema: &Schema) -> Option<String> {
    let mut notes: Vec<String> = Vec::new();
    let mut bound = |name: &str, value: String| notes.push(format!("{name} {value}"));
    match &schema.schema_kind {
        SchemaKind::Type(Type::String(s)) => {
            if let Some(min) = s.min_length {
                bound("min length", min.to_string());
            }
            if let Some(max) = s.max_length {
                bound("max length", max.to_string());
            }
            if let Some(pattern) = &s.pattern {
                bound("pattern", format!("`{}`", pattern.replace('`', "'")));
            }
        }
        SchemaKind::Type(Type::Number(n)) => {
            if let Some(min) = n.minimum {
                bound(if n.exclusive_minimum { "greater than" } else { "minimum" }, min.to_string());
            }
            if let Some(max) = n.maximum {
                bound(if n.exclusive_maximum { "less than" } else { "maximum" }, max.to_string());
            }
            if let Some(step) = n.multiple_of {
                bound("multiple of", step.to_string());
            }
        }
        SchemaKind::Type(Type::Integer(i)) => {
            if let Some(min) = i.minimum {
                bound(if i.exclusive_minimum { "greater than" } else { "minimum" }, min.to_string());
            }
            if let Some(max) = i.maximum {
                bound(if i.exclusive_maximum { "less than" } else { "maximum" }, max.to_string());
            }
            if let Some(step) = i.multiple_of {
                bound("multiple of", step.to_string());
            }
        }
        SchemaKind::Type(Type::Array(a)) => {
            if let Some(min) = a.min_items {
                bound("min items", min.to_string());
            }
            if let Some(max) = a.max_items {
                bound("max items", max.to_string());
            }
            if a.unique_items {
                notes.push("items are unique".to_string());
            }
        }
        SchemaKind::Type(Type::Object(o)) => {
            if let Some(min) = o.min_properties {
                bound("min properties", min.to_string());
            }
            if let Some(max) = o.max_properties {
                bound("max properties", max.to_string());
            }
        }
        SchemaKind::Any(any) => {
            if let Some(min) = any.min_length {
                bound("min length", min.to_string());
            }
            if let Some(max) = any.max_length {
                bound("max length", max.to_string());
            }
            if let Some(pattern) = &any.pattern {
                bound("pattern", format!("`{}`", pattern.replace('`', "'")));
            }
            if let Some(min) = any.minimum {
                bound("minimum", min.to_string());
            }
            if let Some(max) = any.maximum {
                bound("maximum", max.to_string());
            }
        }
        _ => {}
    }
    if notes.is_empty() {
        None
    } else {
        Some(format!("Constraints: {}.", notes.join(", ")))
    }
}
