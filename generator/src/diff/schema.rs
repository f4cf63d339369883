//! Wire rules on schemas: two versions of a schema compared in a direction. What tightens a
//! request (the client sends it) relaxes a response (the client reads it), so every rule asks
//! which way the value travels.
//!
//! `allOf` is flattened into one view (properties, required names, constraints), `$ref`s are
//! followed, and each pair of schemas is compared once: a pair met again (another operation, or
//! a cycle) adds its operation to the changes already found instead of walking it again.
//! Recursion stops at a fixed depth with an unclassified change, never a stack overflow.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use super::wire::{Direction, Doc, Which, Wire};
use super::{clean_text, escape, quoted, Rule};

/// The schema that allows anything (`true`).
static ANY: Value = Value::Bool(true);

/// Nested schemas deeper than this (without `$ref`s) are not compared further.
const MAX_DEPTH: usize = 64;

/// Schema keys the rules judge; any other key that differs is reported as unclassified.
const HANDLED: [&str; 32] = [
    "$ref",
    "type",
    "format",
    "nullable",
    "enum",
    "properties",
    "required",
    "additionalProperties",
    "items",
    "maxLength",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
    "minProperties",
    "readOnly",
    "writeOnly",
    "default",
    "oneOf",
    "anyOf",
    "allOf",
    "discriminator",
    "deprecated",
    "not",
    "xml",
];

/// Bounds: an upper bound tightens when it goes down, a lower bound when it goes up.
const UPPER_BOUNDS: [&str; 4] = ["maxLength", "maximum", "maxItems", "maxProperties"];
const LOWER_BOUNDS: [&str; 4] = ["minLength", "minimum", "minItems", "minProperties"];
/// Flags that tighten when they become true.
const FLAGS: [&str; 3] = ["exclusiveMinimum", "exclusiveMaximum", "uniqueItems"];

/// What undeclared properties may be.
#[derive(Clone, Copy)]
enum Additional<'a> {
    Any,
    Closed,
    Schema(&'a Value),
}

/// One schema with its `allOf` members merged in.
struct View<'a> {
    node: &'a Value,
    pointer: String,
    types: BTreeSet<String>,
    format: Option<&'a str>,
    nullable: bool,
    enum_values: Option<Vec<&'a Value>>,
    /// Property name -> (schema, pointer where it was written).
    properties: BTreeMap<&'a str, (&'a Value, String)>,
    required: BTreeSet<&'a str>,
    additional: (Additional<'a>, String),
    items: Option<(&'a Value, String)>,
    alternatives: Option<(&'static str, Vec<(&'a Value, String)>)>,
    discriminator: Option<&'a Value>,
    constraints: BTreeMap<&'static str, &'a Value>,
    read_only: bool,
    write_only: bool,
    deprecated: bool,
    default: Option<&'a Value>,
    not: Option<&'a Value>,
}

const CONSTRAINTS: [&str; 12] = [
    "maxLength",
    "minLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "maxItems",
    "minItems",
    "uniqueItems",
    "maxProperties",
];

fn view<'a>(doc: Doc<'a>, node: &'a Value, pointer: String) -> View<'a> {
    let mut view = View {
        node,
        pointer: pointer.clone(),
        types: BTreeSet::new(),
        format: None,
        nullable: false,
        enum_values: None,
        properties: BTreeMap::new(),
        required: BTreeSet::new(),
        additional: (Additional::Any, format!("{pointer}/additionalProperties")),
        items: None,
        alternatives: None,
        discriminator: None,
        constraints: BTreeMap::new(),
        read_only: false,
        write_only: false,
        deprecated: false,
        default: None,
        not: None,
    };
    let mut seen = BTreeSet::new();
    merge(doc, &mut view, node, &pointer, 0, &mut seen);
    if view.types.is_empty() {
        if !view.properties.is_empty() || matches!(view.additional.0, Additional::Schema(_) | Additional::Closed) {
            view.types.insert("object".into());
        } else if view.items.is_some() {
            view.types.insert("array".into());
        }
    }
    view
}

/// Merges `node` (and its `allOf` members, recursively) into `view`; the first definition of
/// a keyword wins, required names and properties add up.
fn merge<'a>(doc: Doc<'a>, view: &mut View<'a>, node: &'a Value, pointer: &str, depth: usize, seen: &mut BTreeSet<String>) {
    if depth > MAX_DEPTH || !seen.insert(pointer.to_string()) {
        return;
    }
    let Some(object) = node.as_object() else { return };
    if view.types.is_empty() {
        match object.get("type") {
            Some(Value::String(ty)) => {
                view.types.insert(ty.clone());
            }
            Some(Value::Array(types)) => {
                for ty in types.iter().filter_map(Value::as_str) {
                    if ty == "null" {
                        view.nullable = true;
                    } else {
                        view.types.insert(ty.to_string());
                    }
                }
            }
            _ => {}
        }
    }
    if view.format.is_none() {
        view.format = object.get("format").and_then(Value::as_str);
    }
    view.nullable |= object.get("nullable").and_then(Value::as_bool).unwrap_or(false);
    if view.enum_values.is_none() {
        view.enum_values = object.get("enum").and_then(Value::as_array).map(|values| values.iter().collect());
    }
    if let Some(properties) = object.get("properties").and_then(Value::as_object) {
        for (name, schema) in properties {
            view.properties.entry(name.as_str()).or_insert_with(|| (schema, format!("{pointer}/properties/{}", escape(name))));
        }
    }
    if let Some(required) = object.get("required").and_then(Value::as_array) {
        view.required.extend(required.iter().filter_map(Value::as_str));
    }
    match object.get("additionalProperties") {
        Some(Value::Bool(false)) => view.additional = (Additional::Closed, format!("{pointer}/additionalProperties")),
        Some(schema @ Value::Object(_)) => view.additional = (Additional::Schema(schema), format!("{pointer}/additionalProperties")),
        _ => {}
    }
    if view.items.is_none() {
        view.items = object.get("items").map(|items| (items, format!("{pointer}/items")));
    }
    if view.alternatives.is_none() {
        for kind in ["oneOf", "anyOf"] {
            if let Some(list) = object.get(kind).and_then(Value::as_array) {
                let alternatives = list.iter().enumerate().map(|(index, schema)| (schema, format!("{pointer}/{kind}/{index}"))).collect();
                view.alternatives = Some((kind, alternatives));
                break;
            }
        }
    }
    if view.discriminator.is_none() {
        view.discriminator = object.get("discriminator");
    }
    for key in CONSTRAINTS.iter().chain(["minProperties"].iter()) {
        if let Some(value) = object.get(*key) {
            view.constraints.entry(key).or_insert(value);
        }
    }
    view.read_only |= object.get("readOnly").and_then(Value::as_bool).unwrap_or(false);
    view.write_only |= object.get("writeOnly").and_then(Value::as_bool).unwrap_or(false);
    view.deprecated |= object.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
    if view.default.is_none() {
        view.default = object.get("default");
    }
    if view.not.is_none() {
        view.not = object.get("not");
    }
    if let Some(members) = object.get("allOf").and_then(Value::as_array) {
        for (index, member) in members.iter().enumerate() {
            let (member, member_pointer) = doc.resolve(member, &format!("{pointer}/allOf/{index}"));
            merge(doc, view, member, &member_pointer, depth + 1, seen);
        }
    }
}

fn contains_ref(value: &Value) -> bool {
    match value {
        Value::Object(object) => object.contains_key("$ref") || object.values().any(contains_ref),
        Value::Array(items) => items.iter().any(contains_ref),
        _ => false,
    }
}

fn number(value: &Value) -> Option<f64> {
    value.as_f64()
}

fn value_text(value: &Value) -> String {
    clean_text(&value.as_str().map(str::to_string).unwrap_or_else(|| value.to_string()), 80)
}

fn values_text(values: &[&Value]) -> String {
    let shown: Vec<String> = values.iter().take(6).map(|v| quoted(&value_text(v))).collect();
    let more = if values.len() > 6 { format!(" and {} more", values.len() - 6) } else { String::new() };
    format!("{}{more}", shown.join(", "))
}

fn types_text(types: &BTreeSet<String>, format: Option<&str>) -> String {
    let types = if types.is_empty() { "any".to_string() } else { types.iter().cloned().collect::<Vec<_>>().join("|") };
    match format {
        Some(format) => quoted(&format!("{types} ({format})")),
        None => quoted(&types),
    }
}

/// Whether a request may now send every value it could before: integer -> number, a wider
/// integer or float format, or no format at all.
fn widens(old_types: &BTreeSet<String>, old_format: Option<&str>, new_types: &BTreeSet<String>, new_format: Option<&str>) -> bool {
    let types_widen = new_types.is_empty()
        || old_types.is_subset(new_types)
        || (old_types.iter().all(|t| t == "integer" || new_types.contains(t)) && new_types.contains("number"));
    if !types_widen {
        return false;
    }
    if old_types.is_empty() && !new_types.is_empty() {
        return false;
    }
    match (old_format, new_format) {
        (_, None) => true,
        (Some(old), Some(new)) if old == new => true,
        (Some("int32"), Some("int64")) | (Some("float"), Some("double")) => true,
        (None, Some(_)) => false,
        _ => false,
    }
}

impl<'a> Wire<'a, '_> {
    /// Compares two schemas (either may be a `$ref`) in `direction`. `rust` names the item
    /// the schema reaches when it has no generated type of its own (a parameter, a body).
    pub(super) fn schema(&mut self, old: (&'a Value, String), new: (&'a Value, String), direction: Direction, rust: Option<String>, depth: usize) {
        let (old_node, old_pointer) = self.old.resolve(old.0, &old.1);
        let (new_node, new_pointer) = self.new.resolve(new.0, &new.1);
        if old_node == new_node && !contains_ref(old_node) {
            return;
        }
        let key = (old_pointer.clone(), new_pointer.clone(), direction);
        if let Some(found) = self.memo.get(&key).cloned() {
            if let Some(operation) = self.operation.clone() {
                for change in &found {
                    self.out.affects(change, &operation);
                }
            }
            if let Some(frame) = self.frames.last_mut() {
                frame.extend(found);
            }
            return;
        }
        if self.in_progress.contains(&key) {
            return;
        }
        if depth > MAX_DEPTH {
            let reason = format!("schemas nested more than {MAX_DEPTH} levels deep are not compared");
            self.report(Rule::UnclassifiedChange, Which::New, &new_pointer, reason, rust);
            return;
        }
        self.in_progress.insert(key.clone());
        self.frames.push(Vec::new());
        let old_view = view(self.old, old_node, old_pointer);
        let new_view = view(self.new, new_node, new_pointer);
        let rust = self.new.type_item(&new_view.pointer).or(rust);
        self.compare(&old_view, &new_view, direction, rust, depth);
        let found = self.frames.pop().unwrap_or_default();
        self.in_progress.remove(&key);
        if let Some(frame) = self.frames.last_mut() {
            frame.extend(found.iter().cloned());
        }
        self.memo.insert(key, found);
    }

    fn compare(&mut self, old: &View<'a>, new: &View<'a>, direction: Direction, rust: Option<String>, depth: usize) {
        let request = direction == Direction::Request;
        let at = new.pointer.clone();
        // A schema that became or stopped being a union cannot be compared keyword by keyword.
        if old.alternatives.is_some() != new.alternatives.is_some() {
            let reason = match (&old.alternatives, &new.alternatives) {
                (_, Some((kind, _))) => format!("is now a {}", quoted(kind)),
                (Some((kind, _)), _) => format!("is no longer a {}", quoted(kind)),
                _ => String::new(),
            };
            self.report(Rule::SchemaCompositionChanged, Which::New, &at, reason, rust);
            return;
        }
        // Type and format.
        if old.types != new.types || old.format != new.format {
            let (from, to) = (types_text(&old.types, old.format), types_text(&new.types, new.format));
            let compatible = if request { widens(&old.types, old.format, &new.types, new.format) } else { widens(&new.types, new.format, &old.types, old.format) };
            let rule = match (request, compatible) {
                (true, true) => Rule::RequestTypeWidened,
                (true, false) => Rule::RequestTypeChanged,
                (false, true) => Rule::ResponseTypeNarrowed,
                (false, false) => Rule::ResponseTypeChanged,
            };
            self.report(rule, Which::New, &at, format!("type {from} is now {to}"), rust.clone());
            // Objects and lists stay comparable member by member; other shapes are not.
            let both = |ty: &str| old.types.contains(ty) && new.types.contains(ty);
            if !compatible && !both("object") && !both("array") {
                return;
            }
        }
        // Null.
        if old.nullable != new.nullable {
            let rule = match (request, new.nullable) {
                (true, true) => Rule::RequestBecameNullable,
                (true, false) => Rule::RequestBecameNotNullable,
                (false, true) => Rule::ResponseBecameNullable,
                (false, false) => Rule::ResponseBecameNotNullable,
            };
            let reason = if new.nullable { "may now be `null`" } else { "may no longer be `null`" };
            self.report(rule, Which::New, &at, reason.to_string(), rust.clone());
        }
        self.enums(old, new, request, rust.clone());
        self.constraints(old, new, request, rust.clone());
        if old.default != new.default {
            let text = |v: Option<&Value>| v.map(value_text).unwrap_or_else(|| "none".into());
            let reason = format!("default {} is now {}", quoted(&text(old.default)), quoted(&text(new.default)));
            let rule = if request { Rule::RequestDefaultChanged } else { Rule::ResponseDefaultChanged };
            self.report(rule, Which::New, &at, reason, rust.clone());
        }
        if !old.deprecated && new.deprecated {
            self.report(Rule::SchemaDeprecated, Which::New, &at, "is now deprecated".into(), rust.clone());
        }
        self.properties(old, new, direction, rust.clone(), depth);
        if let (Some(old_items), Some(new_items)) = (&old.items, &new.items) {
            self.schema(old_items.clone(), new_items.clone(), direction, rust.clone(), depth + 1);
        }
        self.alternatives(old, new, direction, rust.clone(), depth);
        if old.not != new.not {
            let reason = "its `not` schema changed; no rule compares `not`".to_string();
            self.report(Rule::SchemaCompositionChanged, Which::New, &at, reason, rust.clone());
        }
        self.unclassified(old.node, new.node, &old.pointer, &new.pointer, &HANDLED);
    }

    fn enums(&mut self, old: &View<'a>, new: &View<'a>, request: bool, rust: Option<String>) {
        // Where the new list is, or the schema that no longer has one.
        let at = &if new.enum_values.is_some() { format!("{}/enum", new.pointer) } else { new.pointer.clone() };
        match (&old.enum_values, &new.enum_values) {
            (None, None) => {}
            (None, Some(values)) => {
                let reason = format!("is now restricted to {}", values_text(values));
                let rule = if request { Rule::RequestEnumAdded } else { Rule::ResponseEnumValueRemoved };
                self.report(rule, Which::New, at, reason, rust);
            }
            (Some(_), None) => {
                let rule = if request { Rule::RequestEnumValueAdded } else { Rule::ResponseEnumRemoved };
                self.report(rule, Which::New, at, "is no longer restricted to a list of values".into(), rust);
            }
            (Some(old_values), Some(new_values)) => {
                let removed: Vec<&Value> = old_values.iter().filter(|v| !new_values.contains(v)).copied().collect();
                let added: Vec<&Value> = new_values.iter().filter(|v| !old_values.contains(v)).copied().collect();
                if !removed.is_empty() {
                    let rule = if request { Rule::RequestEnumValueRemoved } else { Rule::ResponseEnumValueRemoved };
                    self.report(rule, Which::New, at, format!("value(s) {} removed", values_text(&removed)), rust.clone());
                }
                if !added.is_empty() {
                    let rule = if request { Rule::RequestEnumValueAdded } else { Rule::ResponseEnumValueAdded };
                    self.report(rule, Which::New, at, format!("value(s) {} added", values_text(&added)), rust);
                }
            }
        }
    }

    fn constraints(&mut self, old: &View<'a>, new: &View<'a>, request: bool, rust: Option<String>) {
        let keys: BTreeSet<&'static str> = old.constraints.keys().chain(new.constraints.keys()).copied().collect();
        for key in keys {
            let (before, after) = (old.constraints.get(key).copied(), new.constraints.get(key).copied());
            if before == after {
                continue;
            }
            let text = |v: Option<&Value>| v.map(value_text).unwrap_or_else(|| "none".into());
            let reason = format!("{} is now {} (was {})", quoted(key), quoted(&text(after)), quoted(&text(before)));
            // Some(true): the new value allows fewer values; Some(false): more; None: cannot tell.
            let tightens: Option<bool> = if key == "pattern" {
                match (before, after) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    _ => None,
                }
            } else if key == "multipleOf" {
                match (before.and_then(number), after.and_then(number)) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    (Some(old), Some(new)) if old != 0.0 && new != 0.0 && (old / new).fract() == 0.0 => Some(false),
                    _ => Some(true),
                }
            } else if FLAGS.contains(&key) {
                let flag = |v: Option<&Value>| v.and_then(Value::as_bool).unwrap_or(false);
                Some(flag(after) && !flag(before))
            } else {
                let upper = UPPER_BOUNDS.contains(&key);
                debug_assert!(upper || LOWER_BOUNDS.contains(&key) || key == "minProperties");
                match (before.and_then(number), after.and_then(number)) {
                    (None, Some(_)) => Some(true),
                    (Some(_), None) => Some(false),
                    (Some(old), Some(new)) => Some(if upper { new < old } else { new > old }),
                    (None, None) => None,
                }
            };
            let rule = match (request, tightens) {
                (true, Some(true)) => Rule::RequestConstraintTightened,
                (true, Some(false)) => Rule::RequestConstraintRelaxed,
                (true, None) => Rule::RequestPatternChanged,
                (false, Some(true)) => Rule::ResponseConstraintTightened,
                (false, Some(false)) if key == "pattern" => Rule::ResponsePatternChanged,
                (false, Some(false)) => Rule::ResponseConstraintRelaxed,
                (false, None) => Rule::ResponsePatternChanged,
            };
            let at = format!("{}/{key}", new.pointer);
            self.report(rule, Which::New, &at, reason, rust.clone());
        }
    }

    fn properties(&mut self, old: &View<'a>, new: &View<'a>, direction: Direction, rust: Option<String>, depth: usize) {
        let request = direction == Direction::Request;
        // A property that never travels this way (readOnly in requests, writeOnly in responses)
        // is left out, so a change of `readOnly` reads as the property appearing or going.
        let travels = |doc: Doc<'a>, schema: &'a Value, pointer: &str| {
            let (node, node_pointer) = doc.resolve(schema, pointer);
            let view = view(doc, node, node_pointer);
            if request {
                !view.read_only
            } else {
                !view.write_only
            }
        };
        let old_doc = self.old;
        let new_doc = self.new;
        let old_props: BTreeMap<&str, &(&Value, String)> = old.properties.iter().filter(|(_, (s, p))| travels(old_doc, s, p)).map(|(k, v)| (*k, v)).collect();
        let new_props: BTreeMap<&str, &(&Value, String)> = new.properties.iter().filter(|(_, (s, p))| travels(new_doc, s, p)).map(|(k, v)| (*k, v)).collect();
        let field_item = |doc: Doc<'_>, view: &View<'_>, name: &str| doc.field_item(&view.pointer, name).or_else(|| rust.clone());
        for (name, (old_schema, old_pointer)) in &old_props {
            let was_required = old.required.contains(name);
            let Some((new_schema, new_pointer)) = new_props.get(name).map(|p| (p.0, p.1.clone())) else {
                let item = field_item(self.old, old, name);
                let (rule, what) = match (request, was_required) {
                    (true, _) => (Rule::RequestPropertyRemoved, "request field"),
                    (false, true) => (Rule::ResponseRequiredPropertyRemoved, "required response field"),
                    (false, false) => (Rule::ResponseOptionalPropertyRemoved, "optional response field"),
                };
                self.report(rule, Which::Old, old_pointer, format!("{what} {} removed", quoted(name)), item);
                continue;
            };
            let item = field_item(self.new, new, name);
            let is_required = new.required.contains(name);
            if was_required != is_required {
                let rule = match (request, is_required) {
                    (true, true) => Rule::RequestPropertyBecameRequired,
                    (true, false) => Rule::RequestPropertyBecameOptional,
                    (false, true) => Rule::ResponsePropertyBecameRequired,
                    (false, false) => Rule::ResponsePropertyBecameOptional,
                };
                let what = if is_required { "required" } else { "optional" };
                self.report(rule, Which::New, &new_pointer, format!("field {} is now {what}", quoted(name)), item.clone());
            }
            self.schema((old_schema, old_pointer.clone()), (new_schema, new_pointer), direction, item, depth + 1);
        }
        for (name, (_, new_pointer)) in &new_props {
            if old_props.contains_key(name) {
                continue;
            }
            let item = field_item(self.new, new, name);
            let required = new.required.contains(name);
            let (rule, what) = match (request, required) {
                (true, true) => (Rule::RequestPropertyAddedRequired, "required request field"),
                (true, false) => (Rule::RequestPropertyAdded, "optional request field"),
                (false, true) => (Rule::ResponsePropertyAdded, "required response field"),
                (false, false) => (Rule::ResponsePropertyAdded, "optional response field"),
            };
            self.report(rule, Which::New, new_pointer, format!("{what} {} added", quoted(name)), item);
        }
        let ((old_additional, old_at), (new_additional, new_at)) = (&old.additional, &new.additional);
        match (*old_additional, *new_additional) {
            (Additional::Any, Additional::Any) | (Additional::Closed, Additional::Closed) => {}
            (Additional::Schema(old_schema), Additional::Schema(new_schema)) => {
                self.schema((old_schema, old_at.clone()), (new_schema, new_at.clone()), direction, rust.clone(), depth + 1);
            }
            // Undeclared fields of any shape are the schema `true`: compared as schemas, so a
            // map of strings becoming a map of anything reads as a type change.
            (Additional::Schema(old_schema), Additional::Any) => {
                self.schema((old_schema, old_at.clone()), (&ANY, new_at.clone()), direction, rust.clone(), depth + 1);
            }
            (Additional::Any, Additional::Schema(new_schema)) => {
                self.schema((&ANY, old_at.clone()), (new_schema, new_at.clone()), direction, rust.clone(), depth + 1);
            }
            (before, after) => {
                let text = |a: Additional<'_>| match a {
                    Additional::Any => "allowed",
                    Additional::Closed => "not allowed",
                    Additional::Schema(_) => "allowed with a schema",
                };
                let reason = format!("undeclared fields are now {} (were {})", text(after), text(before));
                let rule = if request && matches!(after, Additional::Closed) { Rule::RequestAdditionalPropertiesClosed } else { Rule::AdditionalPropertiesChanged };
                self.report(rule, Which::New, new_at, reason, rust.clone());
            }
        }
    }

    fn alternatives(&mut self, old: &View<'a>, new: &View<'a>, direction: Direction, rust: Option<String>, depth: usize) {
        let request = direction == Direction::Request;
        let at = new.pointer.clone();
        match (&old.alternatives, &new.alternatives) {
            // Becoming or ceasing to be a union is judged in `compare`.
            (None, _) | (_, None) => {}
            (Some((_, old_list)), Some((_, new_list))) => {
                // Alternatives match by the schema they name, else by position.
                let name = |schema: &Value| schema.get("$ref").and_then(Value::as_str).map(str::to_string);
                let mut matched_new = BTreeSet::new();
                for (index, (old_schema, old_pointer)) in old_list.iter().enumerate() {
                    // The first alternative not matched yet (a union may name one schema twice).
                    let found = match name(old_schema) {
                        Some(reference) => (0..new_list.len()).find(|i| !matched_new.contains(i) && name(new_list[*i].0).as_deref() == Some(reference.as_str())),
                        None => (index < new_list.len() && !matched_new.contains(&index) && name(new_list[index].0).is_none()).then_some(index),
                    };
                    match found {
                        Some(position) => {
                            matched_new.insert(position);
                            let (new_schema, new_pointer) = &new_list[position];
                            self.schema((old_schema, old_pointer.clone()), (new_schema, new_pointer.clone()), direction, rust.clone(), depth + 1);
                        }
                        None => {
                            let label = name(old_schema).unwrap_or_else(|| format!("alternative {index}"));
                            let rule = if request { Rule::RequestAlternativeRemoved } else { Rule::ResponseAlternativeRemoved };
                            self.report(rule, Which::Old, old_pointer, format!("{} removed", quoted(&label)), rust.clone());
                        }
                    }
                }
                for (index, (new_schema, new_pointer)) in new_list.iter().enumerate() {
                    if !matched_new.contains(&index) {
                        let label = name(new_schema).unwrap_or_else(|| format!("alternative {index}"));
                        let rule = if request { Rule::RequestAlternativeAdded } else { Rule::ResponseAlternativeAdded };
                        self.report(rule, Which::New, new_pointer, format!("{} added", quoted(&label)), rust.clone());
                    }
                }
            }
        }
        let property = |d: Option<&Value>| d.and_then(|d| d.get("propertyName")).cloned();
        let mapping = |d: Option<&Value>| d.and_then(|d| d.get("mapping")).and_then(Value::as_object).cloned().unwrap_or_default();
        let (old_mapping, new_mapping) = (mapping(old.discriminator), mapping(new.discriminator));
        let mapping_lost = old_mapping.iter().any(|(tag, target)| new_mapping.get(tag) != Some(target));
        if property(old.discriminator) != property(new.discriminator) || mapping_lost {
            let text = |d: Option<&Value>| property(d).map(|p| value_text(&p)).unwrap_or_else(|| "none".into());
            let reason = if mapping_lost && property(old.discriminator) == property(new.discriminator) {
                format!("the mapping of discriminator {} lost or changed a tag", quoted(&text(new.discriminator)))
            } else {
                format!("discriminator {} is now {}", quoted(&text(old.discriminator)), quoted(&text(new.discriminator)))
            };
            self.report(Rule::DiscriminatorChanged, Which::New, &format!("{at}/discriminator"), reason, rust);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(types: &[&str]) -> BTreeSet<String> {
        types.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn widening_is_judged_by_type_and_format() {
        assert!(widens(&set(&["integer"]), None, &set(&["number"]), None));
        assert!(widens(&set(&["integer"]), Some("int32"), &set(&["integer"]), Some("int64")));
        assert!(widens(&set(&["string"]), Some("date"), &set(&["string"]), None));
        assert!(!widens(&set(&["string"]), None, &set(&["string"]), Some("date")));
        assert!(!widens(&set(&["number"]), None, &set(&["integer"]), None));
        assert!(!widens(&set(&["string"]), None, &set(&["integer"]), None));
        assert!(!widens(&set(&[]), None, &set(&["string"]), None));
    }
}
