//! Checks of the bundled document before it is typed: mistakes that would otherwise pass
//! silently, and values the typed model cannot hold.
//!
//! - A local `$ref` whose target does not exist is an error, with the nearest existing name.
//! - An unknown `type` is an error (with the nearest valid one); `type: file` reads as binary.
//! - `enum` values of another type than the schema's: converted when their text is the value
//!   meant (`1` in a string enum), otherwise dropped, with a warning either way.
//! - Integer bounds beyond 64 bits, number bounds beyond `f64`, and length or count limits
//!   beyond 64 bits are dropped with a warning (the model keeps them in those types).
//! - A path parameter without `required: true` is taken as required, with a warning.
//! - `allOf` members that disagree on the type of the value or of a property get a warning
//!   naming both places.
//!
//! The walk knows where OpenAPI 3.0 puts schemas and goes through the document with an explicit
//! stack; following `$ref` chains is a loop with a visited set.

use std::collections::BTreeSet;

use serde_json::{Number, Value};

use crate::diagnostic::{escape_segment as escape, split_pointer, Diagnostic, Diagnostics, Pointer};
use crate::load::Origin;

/// What a node of the document is, by where it stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Document,
    Components,
    PathItem,
    Operation,
    Parameter,
    RequestBody,
    Response,
    MediaType,
    Schema,
    Callback,
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];
const TYPES: [&str; 6] = ["string", "number", "integer", "boolean", "array", "object"];

/// A change to make to the document once the walk is over.
enum Fix {
    Remove(String, String),
    Set(String, Value),
    /// Put a copy of the value at the first pointer at the second (after the other fixes).
    Copy(String, String),
}

struct Checker<'a> {
    raw: &'a Value,
    file: &'a str,
    origins: &'a [Origin],
    diagnostics: &'a mut Diagnostics,
    fixes: Vec<Fix>,
    /// Parameters (by resolved pointer) already checked.
    parameters_seen: BTreeSet<String>,
}

/// Runs every check over `raw` (the bundled document of `file`), applying the conversions the
/// warnings announce.
#[cfg(test)]
pub(crate) fn check_document(raw: &mut Value, file: &str, origins: &[Origin], diagnostics: &mut Diagnostics) {
    let fixes = collect_fixes(raw, file, origins, diagnostics);
    apply_fixes(raw, fixes);
}

/// The conversions the warnings announce, to be applied with [`apply_fixes`].
#[must_use]
pub(crate) struct Fixes(Vec<Fix>);

impl Fixes {
    pub(crate) fn is_empty(&self) -> bool {
        self.0.is_empty()
    }
}

/// Runs every check over `raw` (the bundled document of `file`) without changing it: the
/// document can be read by another thread meanwhile.
pub(crate) fn collect_fixes(raw: &Value, file: &str, origins: &[Origin], diagnostics: &mut Diagnostics) -> Fixes {
    let mut checker = Checker { raw, file, origins, diagnostics, fixes: Vec::new(), parameters_seen: BTreeSet::new() };
    checker.check_refs();
    checker.walk();
    Fixes(checker.fixes)
}

/// Applies what [`collect_fixes`] found.
pub(crate) fn apply_fixes(raw: &mut Value, fixes: Fixes) {
    let (copies, fixes): (Vec<Fix>, Vec<Fix>) = fixes.0.into_iter().partition(|fix| matches!(fix, Fix::Copy(..)));
    for fix in fixes.into_iter().chain(copies) {
        match fix {
            Fix::Copy(from, to) => {
                if let Some(value) = raw.pointer(&from).cloned() {
                    if let Some(slot) = raw.pointer_mut(&to) {
                        *slot = value;
                    }
                }
            }
            Fix::Remove(at, key) => {
                if let Some(Value::Object(object)) = raw.pointer_mut(&at) {
                    object.shift_remove(&key);
                }
            }
            Fix::Set(at, value) => match raw.pointer_mut(&at) {
                Some(slot) => *slot = value,
                None => {
                    // A key that is not there yet: added to its object.
                    let (parent, key) = at.rsplit_once('/').unwrap_or(("", at.as_str()));
                    if let Some(Value::Object(object)) = raw.pointer_mut(parent) {
                        object.insert(key.replace("~1", "/").replace("~0", "~"), value);
                    }
                }
            },
        }
    }
}

impl<'a> Checker<'a> {
    fn diagnostic(&mut self, error: bool, at: &str, message: String) {
        let (file, pointer) = super::locate(self.file, self.origins, at);
        let diagnostic = if error { Diagnostic::error(file, pointer, message) } else { Diagnostic::warning(file, pointer, message) };
        self.diagnostics.push(diagnostic);
    }

    /// Every local `$ref` (outside examples and extensions) must lead somewhere.
    ///
    /// A node's pointer is only written out for a ref that needs a diagnostic or a fix: the
    /// walk keeps the path as borrowed segments, and a target found once is not looked up again
    /// (GitHub's description has 10,460 refs to 1,764 targets).
    fn check_refs(&mut self) {
        let raw: &'a Value = self.raw;
        let mut resolved: std::collections::HashSet<&'a str> = std::collections::HashSet::new();
        // (node, its depth, the segment that leads to it, the key of the nearest object above).
        let mut stack: Vec<(&'a Value, usize, Option<Segment<'a>>, Option<&'a str>)> = vec![(raw, 0, None, None)];
        let mut path: Vec<Segment<'a>> = Vec::new();
        while let Some((node, depth, segment, parent)) = stack.pop() {
            // Depth-first: what is on the path beyond this node's parent belongs to nodes done.
            path.truncate(depth.saturating_sub(1));
            path.extend(segment);
            match node {
                Value::Object(object) => {
                    if let Some(Value::String(reference)) = object.get("$ref") {
                        if let Some(fragment) = reference.strip_prefix('#') {
                            let found = (fragment.is_empty() || fragment.starts_with('/')) && (resolved.contains(fragment) || raw.pointer(fragment).is_some());
                            if found {
                                resolved.insert(fragment);
                            } else {
                                self.check_ref(reference, fragment, &pointer_of(&path));
                            }
                        }
                        continue;
                    }
                    for (key, child) in object {
                        if super::is_data_key(key, parent) && key != "examples" {
                            continue;
                        }
                        if parent == Some("examples") && key == "value" {
                            continue;
                        }
                        stack.push((child, depth + 1, Some(Segment::Key(key)), Some(key)));
                    }
                }
                Value::Array(items) => {
                    for (index, item) in items.iter().enumerate() {
                        stack.push((item, depth + 1, Some(Segment::Index(index)), parent));
                    }
                }
                _ => {}
            }
        }
    }

    fn check_ref(&mut self, reference: &str, fragment: &str, at: &str) {
        if !fragment.is_empty() && !fragment.starts_with('/') {
            self.diagnostic(true, at, format!("`$ref` `{reference}` is not a JSON pointer (it must look like `#/components/schemas/Name`)"));
            return;
        }
        if self.raw.pointer(fragment).is_some() {
            return;
        }
        // In a URI, the pointer is percent-encoded (`~1pets~1%7Bid%7D` for `/pets/{id}`).
        let decoded = super::bundle::percent_decode(fragment);
        if decoded != fragment && self.raw.pointer(&decoded).is_some() {
            self.fixes.push(Fix::Set(format!("{at}/$ref"), Value::String(format!("#{decoded}"))));
            return;
        }
        // Find the deepest part that exists, and the nearest name where it stops.
        let segments = split_pointer(fragment);
        let mut node = self.raw;
        let mut found = Pointer::root();
        let mut missing = String::new();
        let mut nearest = None;
        for segment in &segments {
            let next = match node {
                Value::Object(object) => object.get(segment),
                Value::Array(items) => segment.parse::<usize>().ok().and_then(|index| items.get(index)),
                _ => None,
            };
            match next {
                Some(next) => {
                    node = next;
                    found = found.join(segment);
                }
                None => {
                    missing = segment.clone();
                    if let Value::Object(object) = node {
                        nearest = nearest_name(segment, object.keys().map(String::as_str)).map(str::to_string);
                    }
                    break;
                }
            }
        }
        let component = match segments.as_slice() {
            [components, kind, name] if components == "components" => Some((kind.clone(), name.clone())),
            _ => None,
        };
        let mut message = match &component {
            Some((kind, name)) if found.as_str() == format!("/components/{kind}") || found.as_str() == "/components" || found.as_str().is_empty() => {
                format!("`$ref` to {} `{name}`, which is not defined under `components/{kind}`", singular(kind))
            }
            _ => format!("`$ref` target `{reference}` does not exist (nothing at `{missing}` under `#{found}`)"),
        };
        if let Some(nearest) = nearest {
            match &component {
                Some((kind, _)) if found.as_str() == format!("/components/{kind}") => message.push_str(&format!("; did you mean `{nearest}`?")),
                _ => message.push_str(&format!("; did you mean `#{}`?", found.join(&nearest))),
            }
        }
        self.diagnostic(true, at, message);
    }

    /// The typed walk: every schema, parameter and `allOf` of the document.
    fn walk(&mut self) {
        let raw: &'a Value = self.raw;
        let mut stack: Vec<(&'a Value, String, Kind)> = vec![(raw, String::new(), Kind::Document)];
        while let Some((node, at, kind)) = stack.pop() {
            if let (Kind::Schema, Value::Bool(allowed)) = (kind, node) {
                self.boolean_schema(*allowed, &at);
                continue;
            }
            let Value::Object(object) = node else { continue };
            if object.contains_key("$ref") {
                continue;
            }
            let push = |key: &str, kind: Kind, stack: &mut Vec<(&'a Value, String, Kind)>| {
                if let Some(child) = object.get(key) {
                    stack.push((child, format!("{at}/{}", escape(key)), kind));
                }
            };
            let each = |key: &str, kind: Kind, stack: &mut Vec<(&'a Value, String, Kind)>| match object.get(key) {
                Some(Value::Object(children)) => {
                    for (name, child) in children {
                        if !name.starts_with("x-") || kind == Kind::Schema {
                            stack.push((child, format!("{at}/{}/{}", escape(key), escape(name)), kind));
                        }
                    }
                }
                Some(Value::Array(children)) => {
                    for (index, child) in children.iter().enumerate() {
                        stack.push((child, format!("{at}/{}/{index}", escape(key)), kind));
                    }
                }
                _ => {}
            };
            match kind {
                Kind::Document => {
                    each("paths", Kind::PathItem, &mut stack);
                    push("components", Kind::Components, &mut stack);
                }
                Kind::Components => {
                    each("schemas", Kind::Schema, &mut stack);
                    each("parameters", Kind::Parameter, &mut stack);
                    each("headers", Kind::Parameter, &mut stack);
                    each("responses", Kind::Response, &mut stack);
                    each("requestBodies", Kind::RequestBody, &mut stack);
                    each("callbacks", Kind::Callback, &mut stack);
                }
                Kind::Callback => {
                    for (expression, item) in object {
                        stack.push((item, format!("{at}/{}", escape(expression)), Kind::PathItem));
                    }
                }
                Kind::PathItem => {
                    self.path_parameters(object.get("parameters"), &at);
                    each("parameters", Kind::Parameter, &mut stack);
                    for method in METHODS {
                        push(method, Kind::Operation, &mut stack);
                    }
                }
                Kind::Operation => {
                    self.path_parameters(object.get("parameters"), &at);
                    self.callback_refs(object.get("callbacks"), &at);
                    each("parameters", Kind::Parameter, &mut stack);
                    push("requestBody", Kind::RequestBody, &mut stack);
                    each("responses", Kind::Response, &mut stack);
                    each("callbacks", Kind::Callback, &mut stack);
                }
                Kind::Parameter => {
                    push("schema", Kind::Schema, &mut stack);
                    each("content", Kind::MediaType, &mut stack);
                }
                Kind::RequestBody => each("content", Kind::MediaType, &mut stack),
                Kind::Response => {
                    each("content", Kind::MediaType, &mut stack);
                    each("headers", Kind::Parameter, &mut stack);
                }
                Kind::MediaType => push("schema", Kind::Schema, &mut stack),
                Kind::Schema => {
                    self.schema(object, &at);
                    each("properties", Kind::Schema, &mut stack);
                    push("items", Kind::Schema, &mut stack);
                    push("not", Kind::Schema, &mut stack);
                    if object.get("additionalProperties").is_some_and(Value::is_object) {
                        push("additionalProperties", Kind::Schema, &mut stack);
                    }
                    for keyword in ["allOf", "oneOf", "anyOf"] {
                        each(keyword, Kind::Schema, &mut stack);
                    }
                }
            }
        }
    }

    /// Follows a `$ref` chain from `value` (at `at`) to the object it ends at.
    fn resolve(&self, value: &'a Value, at: &str) -> Option<(&'a Value, String)> {
        let raw: &'a Value = self.raw;
        let mut current = value;
        let mut current_at = at.to_string();
        let mut visited = BTreeSet::new();
        while let Some(Value::String(reference)) = current.get("$ref") {
            let fragment = reference.strip_prefix('#')?;
            if !visited.insert(fragment.to_string()) {
                return None;
            }
            current = raw.pointer(fragment)?;
            current_at = fragment.to_string();
        }
        Some((current, current_at))
    }

    /// Path parameters must say `required: true`.
    fn path_parameters(&mut self, parameters: Option<&'a Value>, at: &str) {
        let Some(Value::Array(parameters)) = parameters else { return };
        for (index, parameter) in parameters.iter().enumerate() {
            let Some((parameter, parameter_at)) = self.resolve(parameter, &format!("{at}/parameters/{index}")) else { continue };
            if parameter.get("in").and_then(Value::as_str) != Some("path") || !self.parameters_seen.insert(parameter_at.clone()) {
                continue;
            }
            let name = parameter.get("name").and_then(Value::as_str).unwrap_or_default();
            match parameter.get("required") {
                Some(Value::Bool(true)) => {}
                Some(_) => {
                    self.diagnostic(false, &format!("{parameter_at}/required"), format!("path parameter `{name}` must have `required: true` (a path cannot leave it out); it is taken as required"));
                }
                None => {
                    self.diagnostic(false, &parameter_at, format!("path parameter `{name}` has no `required: true` (OpenAPI requires it for path parameters); it is taken as required"));
                }
            }
        }
    }

    /// An operation's callback may be a `$ref` to a component callback (OpenAPI allows it, the
    /// typed model does not): the callback is copied in its place.
    fn callback_refs(&mut self, callbacks: Option<&'a Value>, at: &str) {
        let Some(Value::Object(callbacks)) = callbacks else { return };
        for (name, callback) in callbacks {
            if callback.get("$ref").is_none() {
                continue;
            }
            let callback_at = format!("{at}/callbacks/{}", escape(name));
            if let Some((Value::Object(_), target_at)) = self.resolve(callback, &callback_at) {
                self.fixes.push(Fix::Copy(target_at, callback_at));
            }
        }
    }

    /// `true` and `false` as schemas (JSON Schema allows them, OpenAPI 3.0 does not).
    fn boolean_schema(&mut self, allowed: bool, at: &str) {
        let (parent, name) = at.rsplit_once('/').unwrap_or(("", at));
        if !allowed && parent.ends_with("/properties") {
            let name = name.replace("~1", "/").replace("~0", "~");
            self.diagnostic(false, at, format!("property `{name}` has the schema `false` (no value is valid); OpenAPI 3.0 schemas are objects, and the property is left out"));
            self.fixes.push(Fix::Remove(parent.to_string(), name));
            return;
        }
        let meaning = if allowed { "any value" } else { "a schema that no value matches; it is read as any value" };
        self.diagnostic(false, at, format!("the schema `{allowed}` is JSON Schema, not OpenAPI 3.0 (schemas are objects): {meaning}"));
        self.fixes.push(Fix::Set(at.to_string(), Value::Object(serde_json::Map::new())));
    }

    fn schema(&mut self, schema: &'a serde_json::Map<String, Value>, at: &str) {
        // Texts that must be text: a number or a list there is a mistake the docs can do without.
        for keyword in ["title", "description", "pattern", "format"] {
            match schema.get(keyword) {
                None | Some(Value::String(_)) => {}
                Some(other) => {
                    self.diagnostic(false, &format!("{at}/{keyword}"), format!("`{keyword}` must be a string, not {}; it is ignored", shown(other)));
                    self.fixes.push(Fix::Remove(at.to_string(), keyword.to_string()));
                }
            }
        }
        let ty = match schema.get("type") {
            Some(Value::String(ty)) => Some(ty.as_str()),
            Some(Value::Array(_)) => {
                self.diagnostic(true, &format!("{at}/type"), "`type` is a list of types, which OpenAPI 3.1 allows but 3.0 does not: declare `openapi: 3.1.0`, or write one type and `nullable: true`".to_string());
                None
            }
            Some(other) => {
                self.diagnostic(true, &format!("{at}/type"), format!("`type` must be a type name ({}), not {}", TYPES.join(", "), shown(other)));
                None
            }
            None => None,
        };
        let ty = match ty {
            Some("file") => {
                self.diagnostic(false, &format!("{at}/type"), "`type: file` is Swagger 2.0, not OpenAPI 3.0; it is read as `type: string, format: binary`".to_string());
                self.fixes.push(Fix::Set(format!("{at}/type"), Value::String("string".into())));
                self.fixes.push(Fix::Set(format!("{at}/format"), Value::String("binary".into())));
                Some("string")
            }
            Some(ty) if !TYPES.contains(&ty) && ty != "null" => {
                let mut message = format!("unknown type `{ty}` (OpenAPI 3.0 types: {})", TYPES.join(", "));
                if let Some(nearest) = nearest_name(ty, TYPES.iter().copied()) {
                    message.push_str(&format!("; did you mean `{nearest}`?"));
                }
                self.diagnostic(true, &format!("{at}/type"), message);
                None
            }
            other => other,
        };
        if let (Some(ty), Some(Value::Array(values))) = (ty, schema.get("enum")) {
            self.enum_values(ty, values, &format!("{at}/enum"));
        }
        self.bounds(schema, ty, at);
        if let Some(Value::Array(members)) = schema.get("allOf") {
            self.all_of(schema, members, at);
        }
    }

    /// `enum` values must have the schema's type.
    fn enum_values(&mut self, ty: &str, values: &[Value], at: &str) {
        let mut fixed = Vec::with_capacity(values.len());
        let mut changed = false;
        for (index, value) in values.iter().enumerate() {
            let value_at = format!("{at}/{index}");
            let shown = shown(value);
            let (kept, problem) = match (ty, value) {
                (_, Value::Null) => (Some(value.clone()), None),
                ("string", Value::String(_)) | ("boolean", Value::Bool(_)) => (Some(value.clone()), None),
                ("number", Value::Number(_)) => (Some(value.clone()), None),
                ("integer", Value::Number(number)) if number.as_i64().is_some() => (Some(value.clone()), None),
                ("string", Value::Number(_) | Value::Bool(_)) => {
                    let text = value.to_string();
                    (Some(Value::String(text.clone())), Some(format!("enum value {shown} is not a string, but the schema's type is `string`; it is read as \"{text}\"")))
                }
                ("integer", Value::Number(number)) if is_integer_text(&number.to_string()) => {
                    (None, Some(format!("enum value {shown} does not fit a 64-bit integer; it is left out")))
                }
                ("integer" | "number", Value::String(text)) if text.trim().parse::<i64>().is_ok() || (ty == "number" && text.trim().parse::<Number>().is_ok()) => {
                    let number = text.trim().parse::<Number>().ok().map(Value::Number);
                    (number, Some(format!("enum value {shown} is a string, but the schema's type is `{ty}`; it is read as the number {}", text.trim())))
                }
                _ => (None, Some(format!("enum value {shown} is not of the schema's type `{ty}`; it is left out"))),
            };
            if let Some(problem) = problem {
                self.diagnostic(false, &value_at, problem);
                changed = true;
            }
            fixed.extend(kept);
        }
        if changed {
            self.fixes.push(Fix::Set(at.to_string(), Value::Array(fixed)));
        }
    }

    /// Numeric keywords the typed model holds as `i64`, `f64` or `usize`.
    fn bounds(&mut self, schema: &serde_json::Map<String, Value>, ty: Option<&str>, at: &str) {
        for keyword in ["minimum", "maximum", "multipleOf"] {
            let Some(Value::Number(number)) = schema.get(keyword) else { continue };
            let text = number.to_string();
            let problem = if ty == Some("integer") && is_integer_text(&text) && number.as_i64().is_none() {
                Some("is beyond the 64-bit integer range")
            } else if number.as_f64().is_none_or(|v| !v.is_finite()) {
                Some("is beyond the range of a 64-bit float")
            } else {
                None
            };
            if let Some(problem) = problem {
                self.diagnostic(false, &format!("{at}/{keyword}"), format!("`{keyword}: {text}` {problem}; the bound is dropped (the generated types do not check bounds)"));
                self.fixes.push(Fix::Remove(at.to_string(), keyword.to_string()));
            }
        }
        for keyword in ["minLength", "maxLength", "minItems", "maxItems", "minProperties", "maxProperties"] {
            let Some(Value::Number(number)) = schema.get(keyword) else { continue };
            let text = number.to_string();
            if is_integer_text(&text) && !text.starts_with('-') && number.as_u64().is_none() {
                self.diagnostic(false, &format!("{at}/{keyword}"), format!("`{keyword}: {text}` is beyond the 64-bit range; it is dropped"));
                self.fixes.push(Fix::Remove(at.to_string(), keyword.to_string()));
            }
        }
    }

    /// `allOf` members (and the schema's own keywords) that no value can satisfy together.
    fn all_of(&mut self, schema: &'a serde_json::Map<String, Value>, members: &'a [Value], at: &str) {
        // Every member, `allOf`s inside members flattened, each with its pointer.
        let mut parts: Vec<(&'a serde_json::Map<String, Value>, String)> = Vec::new();
        let mut visited = BTreeSet::new();
        let mut stack: Vec<(&'a Value, String)> = members.iter().enumerate().rev().map(|(index, member)| (member, format!("{at}/allOf/{index}"))).collect();
        while let Some((member, member_at)) = stack.pop() {
            let Some((resolved, resolved_at)) = self.resolve(member, &member_at) else { continue };
            let Value::Object(object) = resolved else { continue };
            if !visited.insert(resolved_at.clone()) {
                continue;
            }
            parts.push((object, resolved_at.clone()));
            if let Some(Value::Array(inner)) = object.get("allOf") {
                stack.extend(inner.iter().enumerate().rev().map(|(index, member)| (member, format!("{resolved_at}/allOf/{index}"))));
            }
        }
        parts.insert(0, (schema, at.to_string()));
        let mut first_type: Option<(&'a str, String)> = None;
        let mut property_types: Vec<(String, &'a str, String)> = Vec::new();
        for (part, part_at) in &parts {
            if let Some(Value::String(ty)) = part.get("type") {
                match &first_type {
                    Some((first, first_at)) if !compatible(first, ty) => {
                        let message = format!(
                            "the `allOf` members disagree on the type: `{first}` at `#{first_at}` and `{ty}` here; no value is both (the generated type follows the later member)"
                        );
                        self.diagnostic(false, &format!("{part_at}/type"), message);
                    }
                    Some(_) => {}
                    None => first_type = Some((ty, part_at.clone())),
                }
            }
            let Some(Value::Object(properties)) = part.get("properties") else { continue };
            for (name, property) in properties {
                let property_at = format!("{part_at}/properties/{}", escape(name));
                let Some((resolved, _)) = self.resolve(property, &property_at) else { continue };
                let Some(Value::String(ty)) = resolved.get("type") else { continue };
                match property_types.iter().find(|(existing, _, _)| existing == name) {
                    Some((_, first, first_at)) if !compatible(first, ty) => {
                        let message = format!(
                            "property `{name}` is `{first}` in another `allOf` member (`#{first_at}`) and `{ty}` here; no value is both (the generated field follows the later member)"
                        );
                        self.diagnostic(false, &property_at, message);
                    }
                    Some(_) => {}
                    None => property_types.push((name.clone(), ty, property_at)),
                }
            }
        }
    }
}

/// Two schema types some value can have at once (an integer is a number).
fn compatible(a: &str, b: &str) -> bool {
    a == b || matches!((a, b), ("integer", "number") | ("number", "integer"))
}

/// `-?digits` (no fraction, no exponent).
fn is_integer_text(text: &str) -> bool {
    let digits = text.strip_prefix('-').unwrap_or(text);
    !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())
}

/// A value as a diagnostic shows it: short, on one line.
fn shown(value: &Value) -> String {
    let text = value.to_string();
    if text.chars().count() > 60 {
        format!("`{}…`", text.chars().take(60).collect::<String>())
    } else {
        format!("`{text}`")
    }
}

fn singular(kind: &str) -> &str {
    match kind {
        "schemas" => "schema",
        "parameters" => "parameter",
        "responses" => "response",
        "requestBodies" => "request body",
        "headers" => "header",
        "examples" => "example",
        "securitySchemes" => "security scheme",
        "links" => "link",
        "callbacks" => "callback",
        other => other,
    }
}

/// One step of a path through the document.
#[derive(Clone, Copy)]
enum Segment<'a> {
    Key(&'a str),
    Index(usize),
}

/// The escaped pointer of a path.
fn pointer_of(path: &[Segment<'_>]) -> String {
    let mut pointer = Pointer::root();
    for segment in path {
        pointer = match segment {
            Segment::Key(key) => pointer.join(key),
            Segment::Index(index) => pointer.join(index),
        };
    }
    pointer.as_str().to_string()
}

/// The candidate closest to `wanted` by edit distance (ignoring case), if it is close enough
/// to be the name meant: at most a third of the name's length away (and at least one edit).
pub(crate) fn nearest_name<'c>(wanted: &str, candidates: impl IntoIterator<Item = &'c str>) -> Option<&'c str> {
    const LONGEST: usize = 128;
    let wanted_lower: Vec<char> = wanted.to_lowercase().chars().collect();
    if wanted_lower.is_empty() || wanted_lower.len() > LONGEST {
        return None;
    }
    let limit = (wanted_lower.len() / 3).clamp(1, 4);
    let mut best: Option<(usize, &str)> = None;
    for candidate in candidates {
        if candidate == wanted {
            continue;
        }
        let candidate_lower: Vec<char> = candidate.to_lowercase().chars().collect();
        if candidate_lower.len().abs_diff(wanted_lower.len()) > limit || candidate_lower.len() > LONGEST {
            continue;
        }
        let distance = edit_distance(&wanted_lower, &candidate_lower);
        if distance <= limit && best.is_none_or(|(best_distance, best_name)| (distance, candidate) < (best_distance, best_name)) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, name)| name)
}

/// Levenshtein distance, with a swap of two neighbours counting as one edit.
fn edit_distance(a: &[char], b: &[char]) -> usize {
    let mut previous2: Vec<usize> = vec![0; b.len() + 1];
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for i in 1..=a.len() {
        let mut current = vec![i; b.len() + 1];
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            current[j] = (previous[j] + 1).min(current[j - 1] + 1).min(previous[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                current[j] = current[j].min(previous2[j - 2] + 1);
            }
        }
        previous2 = std::mem::replace(&mut previous, current);
    }
    previous[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_names() {
        assert_eq!(nearest_name("Acount", ["Account", "Amount", "Customer"]), Some("Account"));
        assert_eq!(nearest_name("strin", TYPES), Some("string"));
        assert_eq!(nearest_name("intger", TYPES), Some("integer"));
        assert_eq!(nearest_name("Zebra", ["Account", "Amount"]), None);
        assert_eq!(nearest_name("accountid", ["AccountId"]), Some("AccountId"));
        assert_eq!(nearest_name("Acconut", ["Account"]), Some("Account"));
    }

    fn check(document: Value) -> (Value, String) {
        let mut document = document;
        let mut diagnostics = Diagnostics::new();
        check_document(&mut document, "t.yaml", &[], &mut diagnostics);
        (document, diagnostics.to_string())
    }

    #[test]
    fn enum_values_of_another_type() {
        let (document, report) = check(
            serde_json::from_str(
                r#"{"components": {"schemas": {
                    "S": {"type": "string", "enum": ["a", 1, true, null, {"x": 1}]},
                    "I": {"type": "integer", "enum": [1, "2", 2.5, 99999999999999999999]}
                }}}"#,
            )
            .unwrap(),
        );
        assert_eq!(document["components"]["schemas"]["S"]["enum"], serde_json::json!(["a", "1", "true", null]));
        assert_eq!(document["components"]["schemas"]["I"]["enum"], serde_json::json!([1, 2]));
        assert!(report.contains("t.yaml#/components/schemas/S/enum/1: warning: enum value `1` is not a string"), "{report}");
        assert!(report.contains("t.yaml#/components/schemas/S/enum/4: warning: enum value `{\"x\":1}` is not of the schema's type `string`; it is left out"), "{report}");
        assert!(report.contains("t.yaml#/components/schemas/I/enum/3: warning: enum value `99999999999999999999` does not fit a 64-bit integer"), "{report}");
    }
}
