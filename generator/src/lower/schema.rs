//! Schemas -> Rust types: structs, enums, unions, aliases and the primitive mapping.
//!
//! Every component schema becomes a named type (an alias when it is a primitive or a list);
//! inline objects, enums and unions are named after where they stand (`Parent` + `Field`);
//! everything else maps to a primitive, `Vec`, map or JSON value. Each schema pointer is lowered
//! once, so a schema used in many places is one type.

use std::collections::BTreeSet;
use openapiv3::{ReferenceOr, Schema};
use serde_json::Value;

use super::docs::docs_from;
use super::names::{rust_ident, Case, NameScope};
use super::shape::{constraint_notes, enum_has_null, shape_of, Additional, ObjectShape, SchemaRef, Shape};
use super::{component_name, unescape, Lowered, Lowerer};
use crate::diagnostic::Pointer;
use crate::load::MAX_DEPTH;
use crate::model::{
    Access, AdditionalFields, DefaultValue, Directions, EnumRepr, EnumValue, EnumVariant, Enumeration, Field, Presence, Primitive, Struct, Tagging,
    TypeDef, TypeKind, TypeRef, Union, UnionVariant,
};

/// The name of the map field that holds properties beyond the declared ones.
const ADDITIONAL_FIELD: &str = "additional_properties";

/// One property of an object, possibly inherited through `allOf`.
struct Property<'s> {
    wire: String,
    schema: SchemaRef<'s>,
    at: Pointer,
}

/// An object's properties with `allOf` members merged in, in declaration order (a property
/// that a later member declares again keeps its first place).
#[derive(Default)]
struct ObjectParts<'s> {
    properties: indexmap::IndexMap<String, Property<'s>>,
    required: BTreeSet<String>,
    additional: Option<(Additional<'s>, Pointer)>,
    is_object: bool,
}

impl<'a> Lowerer<'a> {
    /// The type of a component schema, as a reference from elsewhere sees it. A struct or a
    /// union is known by its name before its body is lowered, so it is not lowered here but by
    /// [`Self::define_component`] in its turn: chains of references between types, however
    /// long, never deepen the stack.
    pub(super) fn component_type(&mut self, name: &str, at: &Pointer) -> Lowered {
        if let Some(lowered) = self.lowered.get(at.as_str()) {
            return lowered.clone();
        }
        let document = self.document;
        if let Some(ReferenceOr::Item(schema)) = document.components.as_ref().and_then(|c| c.schemas.get(name)) {
            let shape = shape_of(schema);
            let composite = matches!(shape, Shape::Object(_) | Shape::AllOf { .. } | Shape::OneOf { .. });
            if composite && self.needs_name(&shape) {
                let rust_name = self.component_names.get(name).cloned().unwrap_or_else(|| rust_ident(name, Case::Pascal));
                return Lowered { ty: TypeRef::Named(rust_name), nullable: schema.schema_data.nullable || enum_has_null(schema) };
            }
        }
        self.define_component(name, at)
    }

    /// Lowers a component schema (once) and returns its type.
    pub(super) fn define_component(&mut self, name: &str, at: &Pointer) -> Lowered {
        if let Some(lowered) = self.lowered.get(at.as_str()) {
            return lowered.clone();
        }
        let document = self.document;
        let Some(entry) = document.components.as_ref().and_then(|c| c.schemas.get(name)) else {
            self.error(at, format!("`$ref` to schema `{name}`, which is not defined under `components/schemas`"));
            return Lowered { ty: TypeRef::Json, nullable: false };
        };
        let rust_name = self.component_names.get(name).cloned().unwrap_or_else(|| rust_ident(name, Case::Pascal));
        match entry {
            ReferenceOr::Item(schema) => self.inline_type(schema, at, &rust_name, Some(rust_name.clone())),
            ReferenceOr::Reference { reference } => self.alias_chain(name, at, reference),
        }
    }

    /// `A: {$ref: B}`: A is another name for B, and B may be another name for C. The chain is
    /// followed in a loop to the schema it ends at; every name in it becomes an alias of that
    /// schema's type.
    fn alias_chain(&mut self, name: &str, at: &Pointer, reference: &str) -> Lowered {
        let document = self.document;
        let mut chain: Vec<(String, Pointer)> = vec![(name.to_string(), at.clone())];
        let mut reference = reference.to_string();
        let target = loop {
            let last_at = chain.last().map(|(_, at)| at.clone()).unwrap_or_else(|| at.clone());
            let Some(next) = component_name(&reference, "schemas").map(unescape) else {
                break self.ref_type(&reference, &last_at);
            };
            let next_at = Pointer::root().join("components").join("schemas").join(&next);
            if let Some(lowered) = self.lowered.get(next_at.as_str()) {
                break lowered.clone();
            }
            if chain.iter().any(|(seen, _)| *seen == next) {
                let places: Vec<String> = chain
                    .iter()
                    .map(|(_, link_at)| link_at)
                    .chain(std::iter::once(&next_at))
                    .map(|link_at| {
                        let (file, pointer) = self.spec.locate(link_at.as_str());
                        format!("{file}#{pointer}")
                    })
                    .collect();
                self.error(at, format!("schema `$ref`s form a cycle with no schema in it: {}", places.join(" -> ")));
                break Lowered { ty: TypeRef::Json, nullable: false };
            }
            match document.components.as_ref().and_then(|c| c.schemas.get(&next)) {
                None => {
                    self.error(&last_at, format!("`$ref` to schema `{next}`, which is not defined under `components/schemas`"));
                    break Lowered { ty: TypeRef::Json, nullable: false };
                }
                Some(ReferenceOr::Reference { reference: further }) => {
                    reference = further.clone();
                    chain.push((next, next_at));
                }
                Some(ReferenceOr::Item(_)) => break self.component_type(&next, &next_at),
            }
        };
        for (alias, alias_at) in chain {
            let rust_name = self.component_names.get(&alias).cloned().unwrap_or_else(|| rust_ident(&alias, Case::Pascal));
            self.define(TypeDef { name: rust_name, pointer: alias_at.to_string(), docs: Default::default(), deprecated: false, kind: TypeKind::Alias(target.ty.clone()), directions: Directions::BOTH });
            self.lowered.insert(alias_at.to_string(), target.clone());
        }
        target
    }

    /// The type of a schema or schema reference that stands at `at`; `hint` names it if it
    /// needs a name. Nesting (inline, or through the `$ref`s of types without a name of their
    /// own) is bounded by [`MAX_DEPTH`].
    pub(super) fn schema_type(&mut self, schema: SchemaRef<'_>, at: &Pointer, hint: &str) -> Lowered {
        if self.depth >= MAX_DEPTH {
            self.error(at, format!("schemas nest more than {MAX_DEPTH} levels deep here (counting the `$ref`s followed); the generator stops at this depth"));
            return Lowered { ty: TypeRef::Json, nullable: false };
        }
        self.depth += 1;
        let lowered = match schema {
            SchemaRef::Ref(reference) => self.ref_type(reference, at),
            SchemaRef::Inline(schema) => self.inline_type(schema, at, hint, None),
        };
        self.depth -= 1;
        lowered
    }

    pub(super) fn ref_type(&mut self, reference: &str, at: &Pointer) -> Lowered {
        if let Some(name) = component_name(reference, "schemas") {
            let name = unescape(name);
            let exists = self.document.components.as_ref().is_some_and(|c| c.schemas.contains_key(&name));
            if !exists {
                self.error(at, format!("`$ref` to schema `{name}`, which is not defined under `components/schemas`"));
                return Lowered { ty: TypeRef::Json, nullable: false };
            }
            return self.component_type(&name, &Pointer::root().join("components").join("schemas").join(&name));
        }
        let Some(pointer) = reference.strip_prefix('#') else {
            self.error(at, format!("`$ref` `{reference}` points outside the document and was not resolved"));
            return Lowered { ty: TypeRef::Json, nullable: false };
        };
        if let Some(lowered) = self.lowered.get(pointer) {
            return lowered.clone();
        }
        match self.raw_schemas.get(pointer) {
            Some(schema) => {
                let target_at = Pointer::from_escaped(pointer);
                let hint = hint_from_pointer(&target_at);
                self.inline_type(schema, &target_at, &hint, None)
            }
            None => {
                let message = match self.spec.raw_at(pointer).map(crate::load::typed::<Schema>) {
                    Some(Err(error)) => format!("`$ref` target `{reference}` is not a valid schema: {error}"),
                    _ => format!("`$ref` target `{reference}` does not exist or is not a schema"),
                };
                self.error(at, message);
                Lowered { ty: TypeRef::Json, nullable: false }
            }
        }
    }

    /// Follows a schema `$ref` (through chains) to the schema and the pointer where it is written.
    pub(super) fn resolve_schema(&self, reference: &str) -> Option<(&'a Schema, Pointer)> {
        let document = self.document;
        let raw_schemas = self.raw_schemas;
        let mut reference = reference.to_string();
        let mut seen = BTreeSet::new();
        loop {
            if !seen.insert(reference.clone()) {
                return None;
            }
            if let Some(name) = component_name(&reference, "schemas") {
                let name = unescape(name);
                let entry = document.components.as_ref()?.schemas.get(&name)?;
                let at = Pointer::root().join("components").join("schemas").join(&name);
                match entry {
                    ReferenceOr::Item(schema) => return Some((schema, at)),
                    ReferenceOr::Reference { reference: next } => reference = next.clone(),
                }
            } else {
                let pointer = reference.strip_prefix('#')?.to_string();
                let schema = raw_schemas.get(&pointer)?;
                return Some((schema, Pointer::from_escaped(&pointer)));
            }
        }
    }

    /// Lowers a schema written inline at `at`. `name` fixes the type's name (components);
    /// otherwise `hint` is claimed when the schema needs a named type.
    pub(super) fn inline_type(&mut self, schema: &Schema, at: &Pointer, hint: &str, name: Option<String>) -> Lowered {
        if let Some(lowered) = self.lowered.get(at.as_str()) {
            return lowered.clone();
        }
        let shape = shape_of(schema);
        let nullable = schema.schema_data.nullable || enum_has_null(schema);
        if !self.needs_name(&shape) {
            if !self.in_progress.insert(at.to_string()) {
                self.warn(at, "this schema contains itself with no object in between; the inner occurrence is typed as any JSON value");
                return Lowered { ty: TypeRef::Json, nullable };
            }
            let lowered = self.unnamed_type(&shape, at, hint);
            self.in_progress.remove(at.as_str());
            let lowered = Lowered { ty: lowered.ty, nullable: nullable || lowered.nullable };
            if let Some(name) = name {
                self.define(TypeDef {
                    name,
                    pointer: at.to_string(),
                    docs: schema_docs(schema),
                    deprecated: schema.schema_data.deprecated,
                    kind: TypeKind::Alias(lowered.ty.clone()),
                    directions: Directions::BOTH,
                });
            }
            self.lowered.insert(at.to_string(), lowered.clone());
            return lowered;
        }
        let name = match name {
            Some(name) => name,
            None => self.claim_type_name(hint, at),
        };
        let lowered = Lowered { ty: TypeRef::Named(name.clone()), nullable };
        self.lowered.insert(at.to_string(), lowered.clone());
        let kind = match &shape {
            Shape::String { values, .. } => self.string_enum(schema, values, at),
            Shape::Integer { values, .. } => self.integer_enum(schema, values, at),
            Shape::OneOf { members, .. } => self.union(schema, members, at, &name),
            _ => TypeKind::Struct(self.object_struct(&shape, at, &name)),
        };
        self.define(TypeDef { name, pointer: at.to_string(), docs: schema_docs(schema), deprecated: schema.schema_data.deprecated, kind, directions: Directions::BOTH });
        lowered
    }

    /// Whether the shape becomes a named type (struct, enum, union).
    fn needs_name(&mut self, shape: &Shape<'_>) -> bool {
        match shape {
            Shape::String { values, .. } => !values.is_empty(),
            Shape::Integer { values, .. } => !values.is_empty(),
            Shape::Object(object) => !object.properties.is_empty(),
            Shape::AllOf { members, own } => {
                let own_properties = own.as_ref().map(|o| !o.properties.is_empty()).unwrap_or(false);
                if members.len() == 1 && !own_properties {
                    return false;
                }
                let mut visited = BTreeSet::new();
                let mut parts = ObjectParts::default();
                self.collect_all_of(members, own.as_ref(), &Pointer::root(), &mut parts, &mut visited);
                parts.is_object || !parts.properties.is_empty()
            }
            Shape::OneOf { members, .. } => members.iter().filter(|m| !self.is_null_schema(**m)).count() > 1,
            Shape::Number { .. } | Shape::Boolean | Shape::Array { .. } | Shape::Any => false,
        }
    }

    fn is_null_schema(&mut self, schema: SchemaRef<'_>) -> bool {
        match schema {
            SchemaRef::Inline(schema) => {
                schema.schema_data.nullable && matches!(shape_of(schema), Shape::Any)
                    || schema.schema_data.extensions.get("x-null").is_some()
                    || matches!(&schema.schema_kind, openapiv3::SchemaKind::Any(any) if any.typ.as_deref() == Some("null"))
            }
            SchemaRef::Ref(_) => false,
        }
    }

    /// A free type name for an inline schema, warning when the natural one is taken.
    fn claim_type_name(&mut self, hint: &str, at: &Pointer) -> String {
        let wanted = rust_ident(hint, Case::Pascal);
        let (name, collision) = self.type_names.claim_free(&wanted, at.as_str(), "");
        if let Some(owner) = collision {
            self.warn(at, format!("the type for this schema would be named `{wanted}`, which `{owner}` already uses; it is named `{name}`"));
        }
        name
    }

    /// Types that need no name: primitives, lists, maps, any JSON, and single-member wrappers.
    fn unnamed_type(&mut self, shape: &Shape<'_>, at: &Pointer, hint: &str) -> Lowered {
        let plain = |ty| Lowered { ty, nullable: false };
        match shape {
            Shape::String { format, .. } => plain(TypeRef::Primitive(string_primitive(format.as_deref()))),
            Shape::Number { format } => plain(TypeRef::Primitive(number_primitive(format.as_deref()))),
            Shape::Integer { format, .. } => plain(TypeRef::Primitive(integer_primitive(format.as_deref()))),
            Shape::Boolean => plain(TypeRef::Primitive(Primitive::Bool)),
            Shape::Any => plain(TypeRef::Json),
            Shape::Array { items } => {
                let item = match items {
                    Some(items) => {
                        let item = self.schema_type(*items, &at.join("items"), &format!("{hint}Item"));
                        if item.nullable {
                            TypeRef::Nullable(Box::new(item.ty))
                        } else {
                            item.ty
                        }
                    }
                    None => TypeRef::Json,
                };
                plain(TypeRef::vec(item))
            }
            Shape::Object(object) => plain(self.map_type(object.additional, &at.join("additionalProperties"), hint)),
            Shape::AllOf { members, .. } => match members.first() {
                Some(member) => self.schema_type(*member, &at.join("allOf").join(0), hint),
                None => plain(TypeRef::Json),
            },
            Shape::OneOf { members, any } => {
                let keyword = if *any { "anyOf" } else { "oneOf" };
                let mut nullable = false;
                let mut remaining = None;
                for (index, member) in members.iter().enumerate() {
                    if self.is_null_schema(*member) {
                        nullable = true;
                    } else if remaining.is_none() {
                        remaining = Some((index, *member));
                    }
                }
                match remaining {
                    Some((index, member)) => {
                        let lowered = self.schema_type(member, &at.join(keyword).join(index), hint);
                        Lowered { ty: lowered.ty, nullable: nullable || lowered.nullable }
                    }
                    None => Lowered { ty: TypeRef::Json, nullable },
                }
            }
        }
    }

    /// `additionalProperties` of an object without properties: a map.
    fn map_type(&mut self, additional: Additional<'_>, at: &Pointer, hint: &str) -> TypeRef {
        match additional {
            Additional::Schema(value) => {
                let value = self.schema_type(value, at, &format!("{hint}Value"));
                if value.nullable {
                    TypeRef::map(TypeRef::Nullable(Box::new(value.ty)))
                } else {
                    TypeRef::map(value.ty)
                }
            }
            Additional::Allowed(_) | Additional::Unspecified => TypeRef::map(TypeRef::Json),
        }
    }

    /// Properties of an object schema and of every `allOf` member, merged; later members win.
    /// Members are visited depth first, in order, with an explicit stack.
    fn collect_all_of<'s>(
        &mut self,
        members: &[SchemaRef<'s>],
        own: Option<&ObjectShape<'s>>,
        at: &Pointer,
        parts: &mut ObjectParts<'s>,
        visited: &mut BTreeSet<String>,
    ) where
        'a: 's,
    {
        enum Task<'s> {
            Member(SchemaRef<'s>, Pointer),
            Own(ObjectShape<'s>, Pointer),
        }
        let mut stack: Vec<Task<'s>> = members.iter().enumerate().rev().map(|(index, member)| Task::Member(*member, at.join("allOf").join(index))).collect();
        while let Some(task) = stack.pop() {
            let (schema, schema_at) = match task {
                Task::Own(own, own_at) => {
                    self.add_object_shape(&own, &own_at, parts);
                    continue;
                }
                Task::Member(SchemaRef::Inline(schema), member_at) => (schema, member_at),
                Task::Member(SchemaRef::Ref(reference), _) => {
                    if !visited.insert(reference.to_string()) {
                        continue;
                    }
                    match self.resolve_schema(reference) {
                        Some(found) => found,
                        None => continue,
                    }
                }
            };
            match shape_of(schema) {
                Shape::Object(object) => self.add_object_shape(&object, &schema_at, parts),
                Shape::AllOf { members, own } => {
                    if let Some(own) = own {
                        stack.push(Task::Own(own, schema_at.clone()));
                    }
                    for (index, member) in members.into_iter().enumerate().rev() {
                        stack.push(Task::Member(member, schema_at.join("allOf").join(index)));
                    }
                }
                _ => {}
            }
        }
        if let Some(own) = own {
            self.add_object_shape(own, at, parts);
        }
    }

    fn add_object_shape<'s>(&mut self, object: &ObjectShape<'s>, at: &Pointer, parts: &mut ObjectParts<'s>) {
        parts.is_object = true;
        for (name, schema) in &object.properties {
            parts.properties.insert(
                (*name).to_string(),
                Property { wire: (*name).to_string(), schema: *schema, at: at.join("properties").join(name) },
            );
        }
        for name in &object.required {
            parts.required.insert((*name).to_string());
        }
        if !matches!(object.additional, Additional::Unspecified) {
            parts.additional = Some((object.additional, at.join("additionalProperties")));
        }
    }

    /// An object (or `allOf`) schema -> a struct.
    fn object_struct(&mut self, shape: &Shape<'_>, at: &Pointer, name: &str) -> Struct {
        let mut parts = ObjectParts::default();
        let mut visited = BTreeSet::new();
        match shape {
            Shape::Object(object) => self.add_object_shape(object, at, &mut parts),
            Shape::AllOf { members, own } => self.collect_all_of(members, own.as_ref(), at, &mut parts, &mut visited),
            _ => {}
        }
        let mut field_names = NameScope::new();
        let additional = match parts.additional {
            Some((Additional::Schema(value), value_at)) => {
                field_names.claim(ADDITIONAL_FIELD, "additionalProperties").ok();
                let value = self.schema_type(value, &value_at, &format!("{name}Value"));
                let ty = if value.nullable { TypeRef::Nullable(Box::new(value.ty)) } else { value.ty };
                Some(AdditionalFields { name: ADDITIONAL_FIELD.to_string(), value: ty })
            }
            Some((Additional::Allowed(true), _)) => {
                field_names.claim(ADDITIONAL_FIELD, "additionalProperties").ok();
                Some(AdditionalFields { name: ADDITIONAL_FIELD.to_string(), value: TypeRef::Json })
            }
            _ => None,
        };
        for required in &parts.required {
            if !parts.properties.contains_key(required) && additional.is_none() {
                self.warn(at, format!("`required` lists `{required}`, which is not a property"));
            }
        }
        let mut fields = Vec::new();
        for property in parts.properties.values() {
            let field = self.field(property, parts.required.contains(&property.wire), name, &mut field_names);
            fields.push(field);
        }
        let all_optional = fields.iter().all(|f| matches!(f.presence, Presence::Optional | Presence::OptionalNullable));
        // Settled with the whole API in view (`post::relax_directional_fields`).
        Struct { fields, additional, all_optional, built_by_callers: true }
    }

    fn field(&mut self, property: &Property<'_>, required: bool, parent: &str, field_names: &mut NameScope) -> Field {
        let rust = rust_ident(&property.wire, Case::Snake);
        let (name, collision) = field_names.claim_free(&rust, property.at.as_str(), "_");
        if let Some(owner) = collision {
            self.warn(&property.at, format!("property `{}` would be named `{rust}`, like `{owner}`; it is named `{name}`", property.wire));
        }
        let hint = format!("{parent}{}", rust_ident(&property.wire, Case::Pascal));
        let mut lowered = self.schema_type(property.schema, &property.at, &hint);
        if lowered.ty == TypeRef::string() && self.conventions.is_secret_property(parent, &property.wire) {
            lowered.ty = TypeRef::Primitive(Primitive::Secret);
        }
        let (flags_schema, inline): (Option<&Schema>, bool) = match property.schema {
            SchemaRef::Inline(schema) => (Some(schema), true),
            SchemaRef::Ref(reference) => (self.resolve_schema(reference).map(|(schema, _)| schema), false),
        };
        let mut docs = match (flags_schema, inline) {
            (Some(schema), true) => schema_docs(schema),
            _ => Default::default(),
        };
        // readOnly/writeOnly hold wherever the schema is written; deprecation and defaults
        // belong to the property only when written on it.
        let (read_only, write_only, deprecated, default) = match flags_schema {
            Some(schema) => (
                schema.schema_data.read_only,
                schema.schema_data.write_only,
                inline && schema.schema_data.deprecated,
                if inline { schema.schema_data.default.clone() } else { None },
            ),
            None => (false, false, false, None),
        };
        let access = match (read_only, write_only) {
            (true, false) => Access::ReadOnly,
            (false, true) => Access::WriteOnly,
            _ => Access::ReadWrite,
        };
        match access {
            Access::ReadOnly => docs.push("Read-only: sent by the server, ignored in requests."),
            Access::WriteOnly => docs.push("Write-only: sent in requests, never returned."),
            Access::ReadWrite => {}
        }
        let default_value = match (&default, required) {
            (Some(value), false) if !lowered.nullable => self.default_value(value, &lowered.ty),
            _ => None,
        };
        if let (Some(value), None) = (&default, &default_value) {
            docs.push(&format!("Default: `{}`.", value.to_string().replace('`', "'")));
        }
        let presence = match (required, lowered.nullable, &default_value) {
            (true, false, _) => Presence::Required,
            (true, true, _) => Presence::RequiredNullable,
            (false, false, Some(_)) => Presence::Defaulted,
            (false, false, None) => Presence::Optional,
            (false, true, _) => Presence::OptionalNullable,
        };
        Field {
            name,
            wire: property.wire.clone(),
            ty: lowered.ty,
            presence,
            docs,
            deprecated,
            boxed: false,
            default: default_value,
            access,
            constant: None,
        }
    }

    /// A schema `default` as a Rust value of the field's type, when it can be written as one.
    fn default_value(&mut self, value: &Value, ty: &TypeRef) -> Option<DefaultValue> {
        match (ty, value) {
            (TypeRef::Primitive(Primitive::Bool), Value::Bool(b)) => Some(DefaultValue::Bool(*b)),
            (TypeRef::Primitive(Primitive::I32), Value::Number(n)) => {
                n.as_i64().filter(|v| i32::try_from(*v).is_ok()).map(DefaultValue::Integer)
            }
            (TypeRef::Primitive(Primitive::I64), Value::Number(n)) => n.as_i64().map(DefaultValue::Integer),
            (TypeRef::Primitive(Primitive::U32), Value::Number(n)) => {
                n.as_i64().filter(|v| u32::try_from(*v).is_ok()).map(DefaultValue::Integer)
            }
            (TypeRef::Primitive(Primitive::U64), Value::Number(n)) => n.as_i64().filter(|v| *v >= 0).map(DefaultValue::Integer),
            (TypeRef::Primitive(Primitive::F32 | Primitive::F64), Value::Number(n)) => {
                n.as_f64().filter(|v| v.is_finite()).map(DefaultValue::Float)
            }
            (TypeRef::Primitive(Primitive::Decimal | Primitive::DecimalString), Value::Number(n)) => decimal_text(&n.to_string()),
            (TypeRef::Primitive(Primitive::Decimal | Primitive::DecimalString), Value::String(s)) => decimal_text(s),
            (TypeRef::Primitive(Primitive::String), Value::String(s)) => Some(DefaultValue::String(s.clone())),
            (TypeRef::Vec(_), Value::Array(items)) if items.is_empty() => Some(DefaultValue::Empty),
            (TypeRef::Map(_), Value::Object(items)) if items.is_empty() => Some(DefaultValue::Empty),
            (TypeRef::Named(name), value) => {
                let def = self.types.get(name)?;
                let TypeKind::Enum(enumeration) = &def.kind else { return None };
                let variant = enumeration.variants.iter().find(|variant| match (&variant.value, value) {
                    (EnumValue::String(s), Value::String(v)) => s == v,
                    (EnumValue::Integer(i), Value::Number(n)) => n.as_i64() == Some(*i),
                    _ => false,
                })?;
                Some(DefaultValue::Variant { ty: name.clone(), variant: variant.name.clone() })
            }
            _ => None,
        }
    }

    fn string_enum(&mut self, schema: &Schema, values: &[String], at: &Pointer) -> TypeKind {
        let names = enum_names(schema, values.len());
        let mut scope = NameScope::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, value) in values.iter().enumerate() {
            if !seen.insert(value.clone()) {
                continue;
            }
            let wanted = names.get(index).map(|n| rust_ident(n, Case::Pascal)).unwrap_or_else(|| rust_ident(value, Case::Pascal));
            let (name, collision) = scope.claim_free(&wanted, value, "");
            if let Some(owner) = collision {
                self.warn(&at.join("enum").join(index), format!("enum value `{value}` would be named `{wanted}`, like `{owner}`; it is named `{name}`"));
            }
            variants.push(EnumVariant { name, value: EnumValue::String(value.clone()) });
        }
        TypeKind::Enum(Enumeration { repr: EnumRepr::String, variants })
    }

    fn integer_enum(&mut self, schema: &Schema, values: &[i64], at: &Pointer) -> TypeKind {
        let names = enum_names(schema, values.len());
        let mut scope = NameScope::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut seen = BTreeSet::new();
        for (index, value) in values.iter().enumerate() {
            if !seen.insert(*value) {
                continue;
            }
            let wanted = match names.get(index) {
                Some(name) => rust_ident(name, Case::Pascal),
                None if *value < 0 => format!("Minus{}", value.unsigned_abs()),
                None => format!("V{value}"),
            };
            let (name, collision) = scope.claim_free(&wanted, &value.to_string(), "");
            if let Some(owner) = collision {
                self.warn(&at.join("enum").join(index), format!("enum value `{value}` would be named `{wanted}`, like `{owner}`; it is named `{name}`"));
            }
            variants.push(EnumVariant { name, value: EnumValue::Integer(*value) });
        }
        TypeKind::Enum(Enumeration { repr: EnumRepr::Integer, variants })
    }

    /// `oneOf` / `anyOf` -> an enum with one variant per member (null members make it nullable).
    fn union(&mut self, schema: &Schema, members: &[SchemaRef<'_>], at: &Pointer, name: &str) -> TypeKind {
        let keyword = match &schema.schema_kind {
            openapiv3::SchemaKind::AnyOf { .. } => "anyOf",
            openapiv3::SchemaKind::Any(any) if any.one_of.is_empty() && !any.any_of.is_empty() => "anyOf",
            _ => "oneOf",
        };
        let discriminator = schema.schema_data.discriminator.as_ref();
        let mut scope = NameScope::with_reserved(&["Unknown"]);
        let mut variants = Vec::new();
        let mut untaggable = false;
        for (index, member) in members.iter().enumerate() {
            if self.is_null_schema(*member) {
                continue;
            }
            let member_at = at.join(keyword).join(index);
            let title = match member {
                SchemaRef::Inline(schema) => schema.schema_data.title.clone(),
                SchemaRef::Ref(_) => None,
            };
            let hint = match &title {
                Some(title) => format!("{name}{}", rust_ident(title, Case::Pascal)),
                None => format!("{name}Variant{}", index + 1),
            };
            let lowered = self.schema_type(*member, &member_at, &hint);
            let ty = if lowered.nullable { TypeRef::Nullable(Box::new(lowered.ty)) } else { lowered.ty };
            let wanted = variant_name(&ty, name);
            let (variant, _) = scope.claim_free(&wanted, member_at.as_str(), "");
            let mut tags = Vec::new();
            if let Some(discriminator) = discriminator {
                if let SchemaRef::Ref(reference) = member {
                    let component = component_name(reference, "schemas").map(unescape);
                    for (tag, target) in &discriminator.mapping {
                        let same = target == reference || component.as_deref() == Some(target.as_str());
                        if same {
                            tags.push(tag.clone());
                        }
                    }
                    if tags.is_empty() {
                        if let Some(component) = component {
                            tags.push(component);
                        }
                    }
                } else if let SchemaRef::Inline(member_schema) = member {
                    tags.extend(single_enum_value(member_schema, &discriminator.property_name));
                }
                if tags.is_empty() || !matches!(ty, TypeRef::Named(_)) {
                    untaggable = true;
                }
            }
            variants.push(UnionVariant { name: variant, ty, tags, boxed: false });
        }
        let tagging = match discriminator {
            Some(discriminator) if !untaggable => Tagging::Internal { property: discriminator.property_name.clone() },
            Some(_) => {
                self.warn(&at.join("discriminator"), "some members have no discriminator value (inline or non-object schemas); the union is matched by shape instead");
                Tagging::Untagged
            }
            None => Tagging::Untagged,
        };
        TypeKind::Union(Union { variants, tagging })
    }
}

/// The docs of a schema: title, description and constraints.
pub(super) fn schema_docs(schema: &Schema) -> crate::model::Docs {
    let constraints = constraint_notes(schema);
    docs_from(&[schema.schema_data.title.as_deref(), schema.schema_data.description.as_deref(), constraints.as_deref()])
}

/// `x-enum-varnames` / `x-enumNames`: names for enum values, when a spec gives them.
fn enum_names(schema: &Schema, count: usize) -> Vec<String> {
    for key in ["x-enum-varnames", "x-enumNames", "x-enum-names"] {
        if let Some(Value::Array(names)) = schema.schema_data.extensions.get(key) {
            let names: Vec<String> = names.iter().filter_map(Value::as_str).map(str::to_string).collect();
            if names.len() == count {
                return names;
            }
        }
    }
    Vec::new()
}

/// The one value a member schema allows for the discriminator property (`enum: [cat]`).
fn single_enum_value(schema: &Schema, property: &str) -> Option<String> {
    let Shape::Object(object) = shape_of(schema) else { return None };
    let (_, SchemaRef::Inline(property_schema)) = object.properties.iter().find(|(name, _)| *name == property)? else { return None };
    match shape_of(property_schema) {
        Shape::String { values, .. } if values.len() == 1 => values.into_iter().next(),
        _ => None,
    }
}

fn variant_name(ty: &TypeRef, union_name: &str) -> String {
    match ty {
        TypeRef::Named(name) => {
            let stripped = name.strip_prefix(union_name).filter(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()));
            stripped.unwrap_or(name).to_string()
        }
        TypeRef::Primitive(primitive) => match primitive {
            Primitive::String | Primitive::Secret => "String",
            Primitive::Bool => "Boolean",
            Primitive::I32 | Primitive::I64 | Primitive::U32 | Primitive::U64 => "Integer",
            Primitive::F32 | Primitive::F64 | Primitive::Decimal | Primitive::DecimalString => "Number",
            Primitive::Date => "Date",
            Primitive::DateTime => "DateTime",
            Primitive::Uuid => "Uuid",
            Primitive::Base64 | Primitive::Binary => "Bytes",
        }
        .to_string(),
        TypeRef::Vec(_) => "List".to_string(),
        TypeRef::Map(_) => "Map".to_string(),
        TypeRef::Nullable(inner) => variant_name(inner, union_name),
        TypeRef::Json => "Json".to_string(),
    }
}

/// `Pascal` name from the last segments of a pointer (for schemas reached by a non-component `$ref`).
fn hint_from_pointer(at: &Pointer) -> String {
    let segments = at.segments();
    let meaningful: Vec<&String> = segments
        .iter()
        .filter(|s| !matches!(s.as_str(), "paths" | "content" | "schema" | "properties" | "items" | "responses" | "requestBody" | "components" | "schemas"))
        .filter(|s| !s.contains('/'))
        .collect();
    let tail: Vec<String> = meaningful.iter().rev().take(2).rev().map(|s| rust_ident(s, Case::Pascal)).collect();
    if tail.is_empty() {
        "Schema".to_string()
    } else {
        tail.concat()
    }
}

pub(super) fn string_primitive(format: Option<&str>) -> Primitive {
    match format {
        Some("date") => Primitive::Date,
        Some("date-time") => Primitive::DateTime,
        Some("uuid") => Primitive::Uuid,
        Some("byte") => Primitive::Base64,
        Some("binary") => Primitive::Binary,
        Some("password") => Primitive::Secret,
        Some("decimal" | "money" | "number") => Primitive::DecimalString,
        _ => Primitive::String,
    }
}

fn number_primitive(format: Option<&str>) -> Primitive {
    match format {
        Some("float") => Primitive::F32,
        Some("decimal" | "money" | "currency") => Primitive::Decimal,
        Some("int32") => Primitive::I32,
        Some("int64") => Primitive::I64,
        _ => Primitive::F64,
    }
}

fn integer_primitive(format: Option<&str>) -> Primitive {
    match format {
        Some("int32" | "int16" | "int8") => Primitive::I32,
        Some("uint32" | "uint16" | "uint8") => Primitive::U32,
        Some("uint64" | "uint") => Primitive::U64,
        _ => Primitive::I64,
    }
}

/// Decimal text the `Decimal` parser accepts (digits, one point, optional sign).
fn decimal_text(text: &str) -> Option<DefaultValue> {
    let digits = text.strip_prefix('-').unwrap_or(text);
    let valid = !digits.is_empty()
        && digits.chars().all(|c| c.is_ascii_digit() || c == '.')
        && digits.chars().filter(|c| *c == '.').count() <= 1
        && digits.chars().filter(char::is_ascii_digit).count() <= 28;
    valid.then(|| DefaultValue::Decimal(text.to_string()))
}
