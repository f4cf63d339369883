//! Rust API rules: the two IRs compared by what code written against the generated crate sees.
//! A change here means code that compiled no longer does, or compiles and means something
//! else, even where the wire is compatible.
//!
//! Operations match by `operationId`, then by method and path (so a changed `operationId`
//! reads as a renamed method, not a removal). A method's positional arguments are its
//! required parameters without a constant, in the order the builder's constructor takes them,
//! then a required body: whatever order the generator picks, a reordering is caught. Types
//! match by name, then by schema location or shape (a renamed type). Enums of values are open
//! (`non_exhaustive` with an `Unknown` variant), so a new value breaks nothing; union enums and
//! per-operation response enums are exhaustive, so a new variant does.

use std::collections::{BTreeSet, HashMap};

use super::wire::Doc;
use super::{escape, normalized_path, quoted, Changes, Location, Rule, Side};
use crate::emit::surface::type_text;
use crate::lower::merge::merged_names;
use crate::model::{
    EnumValue, Enumeration, Operation, Param, ParamLocation, Presence, ResponseSet, ResponseShape, StatusMatch, Struct, TypeDef, TypeKind, Union,
};

pub(super) fn diff_rust(old: Side<'_>, new: Side<'_>, out: &mut Changes) {
    let mut rust = RustDiff { old: Doc { side: old }, new: Doc { side: new }, out };
    rust.operations();
    rust.types();
    rust.identities();
}

struct RustDiff<'a, 'c> {
    old: Doc<'a>,
    new: Doc<'a>,
    out: &'c mut Changes,
}

/// Which document a location is in.
#[derive(Clone, Copy)]
enum At {
    Old,
    New,
}

fn value_text(value: &EnumValue) -> String {
    match value {
        EnumValue::String(text) => quoted(text),
        EnumValue::Integer(number) => format!("`{number}`"),
    }
}

fn presence_text(presence: Presence) -> &'static str {
    match presence {
        Presence::Required => "required (`T`)",
        Presence::RequiredNullable => "required and nullable (`Option<T>`)",
        Presence::Optional => "optional (`Option<T>`)",
        Presence::OptionalNullable => "optional and nullable (`Nullable<T>`)",
        Presence::Defaulted => "optional with a default (`T`)",
    }
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Union(_) => "union enum",
        TypeKind::Alias(_) => "type alias",
    }
}

fn with_article(kind: &TypeKind) -> String {
    let name = kind_name(kind);
    let article = if matches!(kind, TypeKind::Enum(_)) { "an" } else { "a" };
    format!("{article} {name}")
}

fn shape_text(shape: &ResponseShape) -> String {
    match shape {
        ResponseShape::Unit => "()".into(),
        ResponseShape::Body(ty) => type_text(ty),
        ResponseShape::Named(name) => name.clone(),
    }
}

fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(class) => format!("{class}XX"),
        StatusMatch::Default => "default".into(),
    }
}

/// A positional argument of a client method: its identity on the wire and its Rust form.
#[derive(Clone, Debug)]
struct Arg {
    /// (location, wire name); the body is (`body`, "").
    identity: (String, String),
    name: String,
    ty: String,
    location: Option<ParamLocation>,
}

fn arguments(operation: &Operation) -> Vec<Arg> {
    let mut args: Vec<Arg> = operation
        .params
        .iter()
        .filter(|p| p.required && p.constant.is_none())
        .map(|p| Arg { identity: (p.location.as_str().to_string(), p.wire.clone()), name: p.name.clone(), ty: type_text(&p.ty), location: Some(p.location) })
        .collect();
    if operation.body.as_ref().is_some_and(|b| b.required) {
        args.push(Arg { identity: ("body".into(), String::new()), name: "body".into(), ty: body_text(operation), location: None });
    }
    args
}

fn arg_text(arg: &Arg) -> String {
    format!("{}: {}", arg.name, arg.ty)
}

fn body_text(operation: &Operation) -> String {
    match &operation.body {
        Some(body) => match &body.enum_name {
            Some(name) => name.clone(),
            None => body.variants.first().map(|v| type_text(&v.ty)).unwrap_or_default(),
        },
        None => String::new(),
    }
}

/// Whether two structs have the same fields (names, wire names, types, presence).
fn same_shape(old: &TypeKind, new: &TypeKind) -> bool {
    match (old, new) {
        (TypeKind::Struct(a), TypeKind::Struct(b)) => {
            a.fields.len() == b.fields.len()
                && !a.fields.is_empty()
                && a.fields.iter().zip(&b.fields).all(|(x, y)| x.wire == y.wire && x.name == y.name && x.ty == y.ty && x.presence == y.presence)
        }
        (TypeKind::Enum(a), TypeKind::Enum(b)) => a.variants == b.variants && !a.variants.is_empty(),
        (TypeKind::Union(a), TypeKind::Union(b)) => a.variants == b.variants && a.tagging == b.tagging && !a.variants.is_empty(),
        _ => false,
    }
}

impl<'a> RustDiff<'a, '_> {
    fn doc(&self, at: At) -> Doc<'a> {
        match at {
            At::Old => self.old,
            At::New => self.new,
        }
    }

    fn push(&mut self, rule: Rule, at: At, pointer: &str, reason: String, item: String) {
        let location: Location = self.doc(at).location(pointer);
        self.out.push(rule, location, reason, Some(item), None);
    }

    fn module(&self, at: At) -> &'a str {
        self.doc(at).module()
    }

    fn method_item(&self, at: At, operation: &Operation) -> String {
        format!("{}::Client::{}", self.module(at), operation.method_name)
    }

    fn builder_item(&self, at: At, operation: &Operation, member: &str) -> String {
        format!("{}::operations::{}::{member}", self.module(at), operation.builder_name)
    }

    /// The pointer of a parameter of `operation` (in its path item or operation), else the
    /// operation's.
    fn param_pointer(&self, at: At, operation: &Operation, param: &Param) -> String {
        let doc = self.doc(at);
        let path_item = operation.pointer.rsplit_once('/').map(|(item, _)| item.to_string()).unwrap_or_default();
        for list_pointer in [format!("{}/parameters", operation.pointer), format!("{path_item}/parameters")] {
            let Some(list) = doc.get(&list_pointer).and_then(|l| l.as_array()) else { continue };
            for (index, item) in list.iter().enumerate() {
                let (node, pointer) = doc.resolve(item, &format!("{list_pointer}/{index}"));
                let name = node.get("name").and_then(|n| n.as_str()).unwrap_or("");
                let location = node.get("in").and_then(|n| n.as_str()).unwrap_or("");
                if location == param.location.as_str() && name.eq_ignore_ascii_case(&param.wire) {
                    return pointer;
                }
            }
        }
        operation.pointer.clone()
    }

    fn operations(&mut self) {
        let old_ops = &self.old.side.api.operations;
        let new_ops = &self.new.side.api.operations;
        let mut pairs: Vec<(&Operation, &Operation)> = Vec::new();
        let mut matched_old = BTreeSet::new();
        let mut matched_new = BTreeSet::new();
        for (i, old) in old_ops.iter().enumerate() {
            if let Some(j) = new_ops.iter().position(|n| n.id == old.id) {
                pairs.push((old, &new_ops[j]));
                matched_old.insert(i);
                matched_new.insert(j);
            }
        }
        let route = |op: &Operation| (op.http_method, normalized_path(&op.path));
        for (i, old) in old_ops.iter().enumerate() {
            if matched_old.contains(&i) {
                continue;
            }
            if let Some(j) = (0..new_ops.len()).find(|j| !matched_new.contains(j) && route(&new_ops[*j]) == route(old)) {
                pairs.push((old, &new_ops[j]));
                matched_old.insert(i);
                matched_new.insert(j);
            }
        }
        for (i, old) in old_ops.iter().enumerate() {
            if !matched_old.contains(&i) {
                let reason = format!("`Client::{}` removed ({} {})", old.method_name, old.http_method.as_str(), quoted(&old.path));
                self.push(Rule::MethodRemoved, At::Old, &old.pointer, reason, self.method_item(At::Old, old));
            }
        }
        for (j, new) in new_ops.iter().enumerate() {
            if !matched_new.contains(&j) {
                let reason = format!("`Client::{}` added ({} {})", new.method_name, new.http_method.as_str(), quoted(&new.path));
                self.push(Rule::MethodAdded, At::New, &new.pointer, reason, self.method_item(At::New, new));
            }
        }
        for (old, new) in pairs {
            self.operation(old, new);
        }
    }

    fn operation(&mut self, old: &Operation, new: &Operation) {
        let method = self.method_item(At::New, new);
        if old.method_name != new.method_name {
            let why = if old.id != new.id { format!("operationId {} is now {}: ", quoted(&old.id), quoted(&new.id)) } else { String::new() };
            let reason = format!(
                "{why}`Client::{}` is now `Client::{}` (builder `{}` is now `{}`)",
                old.method_name, new.method_name, old.builder_name, new.builder_name
            );
            self.push(Rule::MethodRenamed, At::New, &new.pointer, reason, method.clone());
        }
        self.arguments(old, new);
        self.setters(old, new);
        self.body(old, new);
        self.responses(new, &old.success, &new.success, false);
        self.responses(new, &old.errors, &new.errors, true);
        match (&old.paging, &new.paging) {
            (Some(_), None) => self.push(Rule::PagingRemoved, At::New, &new.pointer, "`.pages()` removed".into(), self.builder_item(At::New, new, "pages")),
            (None, Some(_)) => self.push(Rule::PagingAdded, At::New, &new.pointer, "`.pages()` added".into(), self.builder_item(At::New, new, "pages")),
            _ => {}
        }
    }

    fn arguments(&mut self, old_op: &Operation, new_op: &Operation) {
        let (old, new) = (arguments(old_op), arguments(new_op));
        let method = self.method_item(At::New, new_op);
        let at = new_op.pointer.clone();
        let in_new = |arg: &Arg| new.iter().any(|n| n.identity == arg.identity);
        let in_old = |arg: &Arg| old.iter().any(|o| o.identity == arg.identity);
        let mut renamed_old = BTreeSet::new();
        let mut renamed_new = BTreeSet::new();
        // The same position holding another parameter of the same type: a rename.
        for (index, (o, n)) in old.iter().zip(&new).enumerate() {
            if in_new(o) || in_old(n) || o.ty != n.ty || o.location != n.location {
                continue;
            }
            renamed_old.insert(index);
            renamed_new.insert(index);
            let path_variable_only = o.location == Some(ParamLocation::Path) && normalized_path(&old_op.path) == normalized_path(&new_op.path);
            if path_variable_only {
                if o.name != n.name {
                    let reason = format!("argument {} `{}` is now `{}` (the path variable was renamed)", index + 1, o.name, n.name);
                    self.push(Rule::ArgumentNameChanged, At::New, &at, reason, method.clone());
                }
            } else {
                let reason = format!(
                    "argument {} is now {} parameter {} (was {}): calls still compile and send the value under the new name",
                    index + 1,
                    o.identity.0,
                    quoted(&n.identity.1),
                    quoted(&o.identity.1)
                );
                self.push(Rule::ArgumentRenamed, At::New, &at, reason, method.clone());
            }
        }
        for (index, o) in old.iter().enumerate() {
            if renamed_old.contains(&index) || in_new(o) {
                continue;
            }
            let now = new_op.params.iter().find(|p| (p.location.as_str(), p.wire.as_str()) == (o.identity.0.as_str(), o.identity.1.as_str()));
            let detail = match (now, o.location) {
                (Some(p), _) if !p.required => format!(": it is now the optional setter `.{}()`", p.name),
                (Some(p), _) if p.constant.is_some() => ": it is now a constant the builder sends".to_string(),
                (_, None) => match &new_op.body {
                    Some(_) => ": the body is now optional (`.body()`)".to_string(),
                    None => ": the request body was removed".to_string(),
                },
                _ => String::new(),
            };
            let reason = format!("argument `{}` removed{detail}", arg_text(o));
            self.push(Rule::ArgumentRemoved, At::New, &at, reason, method.clone());
        }
        for (index, n) in new.iter().enumerate() {
            if renamed_new.contains(&index) || in_old(n) {
                continue;
            }
            let before = old_op.params.iter().find(|p| (p.location.as_str(), p.wire.as_str()) == (n.identity.0.as_str(), n.identity.1.as_str()));
            let detail = match (before, n.location) {
                (Some(p), _) if !p.required => format!(": the optional `.{}()` is now required", p.name),
                (_, None) if old_op.body.is_some() => ": the optional body is now required".to_string(),
                _ => String::new(),
            };
            let reason = format!("new argument `{}` at position {}{detail}", arg_text(n), index + 1);
            self.push(Rule::ArgumentAdded, At::New, &at, reason, method.clone());
        }
        // Arguments on both sides: type and order.
        for o in &old {
            if let Some(n) = new.iter().find(|n| n.identity == o.identity) {
                // The body's type is judged with the body.
                if o.location.is_none() {
                    continue;
                }
                if o.ty != n.ty {
                    let reason = format!("argument `{}` is now `{}` (was `{}`)", n.name, n.ty, o.ty);
                    self.push(Rule::ArgumentTypeChanged, At::New, &at, reason, method.clone());
                } else if o.name != n.name {
                    let reason = format!("argument `{}` is now called `{}`", o.name, n.name);
                    self.push(Rule::ArgumentNameChanged, At::New, &at, reason, method.clone());
                }
            }
        }
        let common_old: Vec<&(String, String)> = old.iter().map(|a| &a.identity).filter(|id| new.iter().any(|n| &n.identity == *id)).collect();
        let common_new: Vec<&(String, String)> = new.iter().map(|a| &a.identity).filter(|id| old.iter().any(|o| &o.identity == *id)).collect();
        if common_old != common_new {
            let list = |args: &[Arg]| args.iter().map(arg_text).collect::<Vec<_>>().join(", ");
            let reason = format!("arguments ({}) are now ({}): calls whose types still agree compile and pass values to the wrong parameters", list(&old), list(&new));
            self.push(Rule::ArgumentsReordered, At::New, &at, reason, method.clone());
        }
    }

    fn setters(&mut self, old_op: &Operation, new_op: &Operation) {
        let same = |a: &Param, b: &Param| a.location == b.location && a.wire == b.wire;
        for old in old_op.params.iter().filter(|p| !p.required) {
            let item = self.builder_item(At::New, new_op, &old.name);
            match new_op.params.iter().find(|p| same(p, old)) {
                None => {
                    let reason = format!("setter `.{}()` removed ({} parameter {} is gone)", old.name, old.location.as_str(), quoted(&old.wire));
                    let pointer = self.param_pointer(At::Old, old_op, old);
                    self.push(Rule::SetterRemoved, At::Old, &pointer, reason, self.builder_item(At::Old, old_op, &old.name));
                }
                // Now required: reported with the arguments.
                Some(new) if new.required => {}
                Some(new) if new.name != old.name || new.ty != old.ty => {
                    let reason = format!("setter `.{}({})` is now `.{}({})`", old.name, type_text(&old.ty), new.name, type_text(&new.ty));
                    let pointer = self.param_pointer(At::New, new_op, new);
                    self.push(Rule::SetterChanged, At::New, &pointer, reason, item);
                }
                Some(_) => {}
            }
        }
        for new in new_op.params.iter().filter(|p| !p.required) {
            if !old_op.params.iter().any(|p| same(p, new)) {
                let reason = format!("setter `.{}({})` added", new.name, type_text(&new.ty));
                let pointer = self.param_pointer(At::New, new_op, new);
                self.push(Rule::SetterAdded, At::New, &pointer, reason, self.builder_item(At::New, new_op, &new.name));
            }
        }
    }

    fn body(&mut self, old_op: &Operation, new_op: &Operation) {
        let at = format!("{}/requestBody", new_op.pointer);
        match (&old_op.body, &new_op.body) {
            (None, Some(body)) if !body.required => {
                self.push(Rule::SetterAdded, At::New, &at, format!("setter `.body({})` added", body_text(new_op)), self.builder_item(At::New, new_op, "body"));
            }
            (Some(body), None) if !body.required => {
                let at = format!("{}/requestBody", old_op.pointer);
                self.push(Rule::SetterRemoved, At::Old, &at, "setter `.body()` removed".into(), self.builder_item(At::Old, old_op, "body"));
            }
            (Some(old), Some(new)) if old.required == new.required => {
                let item = if new.required { self.method_item(At::New, new_op) } else { self.builder_item(At::New, new_op, "body") };
                let (old_text, new_text) = (body_text(old_op), body_text(new_op));
                let variants = |b: &crate::model::RequestBody| b.variants.iter().map(|v| (v.name.clone(), type_text(&v.ty))).collect::<Vec<_>>();
                let (old_variants, new_variants) = (variants(old), variants(new));
                if old.enum_name.is_none() && new.enum_name.is_some() {
                    // One content type became several: the old body type still converts when
                    // exactly one content type takes it.
                    let old_ty = old.variants.first().map(|v| v.ty.clone());
                    let converts = old_ty.is_some_and(|ty| new.variants.iter().filter(|v| v.ty == ty).count() == 1);
                    if converts {
                        let reason = format!("the body is now `{new_text}` (content types {}); `{old_text}` still converts into it", content_types(new));
                        self.push(Rule::BodyContentTypeAdded, At::New, &at, reason, item);
                    } else {
                        self.push(Rule::BodyTypeChanged, At::New, &at, format!("the body is now `{new_text}` (was `{old_text}`)"), item);
                    }
                } else if old_text != new_text || old_variants != new_variants {
                    let added: Vec<&str> = new_variants.iter().filter(|v| !old_variants.iter().any(|o| o.0 == v.0)).map(|v| v.0.as_str()).collect();
                    let reason = if old_text == new_text && !added.is_empty() {
                        format!("the exhaustive body enum `{new_text}` has new variant(s) {}", added.iter().map(|v| format!("`{v}`")).collect::<Vec<_>>().join(", "))
                    } else {
                        format!("the body is now `{new_text}` ({}) (was `{old_text}` ({}))", content_types(new), content_types(old))
                    };
                    self.push(Rule::BodyTypeChanged, At::New, &at, reason, item);
                }
            }
            // Required <-> optional and required bodies added or removed are arguments.
            _ => {}
        }
    }

    fn responses(&mut self, new_op: &Operation, old: &ResponseSet, new: &ResponseSet, errors: bool) {
        let method = self.method_item(At::New, new_op);
        let at = format!("{}/responses", new_op.pointer);
        let (old_text, new_text) = (shape_text(&old.shape), shape_text(&new.shape));
        let struct_shape = |set: &ResponseSet| !errors && set.cases.len() == 1 && matches!(set.shape, ResponseShape::Named(_));
        if old_text != new_text || struct_shape(old) != struct_shape(new) {
            let (rule, what) = if errors { (Rule::ErrorTypeChanged, "errors carry") } else { (Rule::ReturnTypeChanged, "returns") };
            let kind = |set: &ResponseSet| if struct_shape(set) { " (a struct)" } else if matches!(set.shape, ResponseShape::Named(_)) { " (an enum)" } else { "" };
            let reason = format!("{what} `{new_text}`{} instead of `{old_text}`{}", kind(new), kind(old));
            self.push(rule, At::New, &at, reason, method);
            return;
        }
        let ResponseShape::Named(name) = &new.shape else { return };
        let module = self.module(At::New);
        let type_item = |member: &str| format!("{module}::operations::{name}{member}");
        if struct_shape(new) {
            // One success case with headers: a `non_exhaustive` struct of the headers and body.
            let (old_case, new_case) = (&old.cases[0], &new.cases[0]);
            for header in &old_case.headers {
                match new_case.headers.iter().find(|h| h.wire.eq_ignore_ascii_case(&header.wire)) {
                    None => self.push(Rule::FieldRemoved, At::New, &at, format!("field `{}` (header {}) removed", header.name, quoted(&header.wire)), type_item(&format!("::{}", header.name))),
                    Some(now) if now.ty != header.ty || now.required != header.required || now.name != header.name => {
                        let text = |h: &crate::model::ResponseHeader| if h.required { type_text(&h.ty) } else { format!("Option<{}>", type_text(&h.ty)) };
                        let reason = format!("field `{}` (header {}) is now `{}: {}` (was `{}`)", header.name, quoted(&header.wire), now.name, text(now), text(header));
                        self.push(Rule::FieldTypeChanged, At::New, &at, reason, type_item(&format!("::{}", now.name)));
                    }
                    Some(_) => {}
                }
            }
            for header in &new_case.headers {
                if !old_case.headers.iter().any(|h| h.wire.eq_ignore_ascii_case(&header.wire)) {
                    self.push(Rule::FieldAdded, At::New, &at, format!("field `{}` (header {}) added", header.name, quoted(&header.wire)), type_item(&format!("::{}", header.name)));
                }
            }
            let body = |case: &crate::model::ResponseCase| case.body.as_ref().map(|b| type_text(&b.ty));
            if body(old_case) != body(new_case) {
                let reason = format!("field `body` is now `{}` (was `{}`)", body(new_case).unwrap_or_else(|| "absent".into()), body(old_case).unwrap_or_else(|| "absent".into()));
                self.push(Rule::FieldTypeChanged, At::New, &at, reason, type_item("::body"));
            }
            return;
        }
        // Several cases: an exhaustive enum, one variant per status.
        let payload = |case: &crate::model::ResponseCase| {
            let body = case.body.as_ref().map(|b| type_text(&b.ty)).unwrap_or_default();
            let headers: Vec<String> = case.headers.iter().map(|h| format!("{}: {}{}", h.name, type_text(&h.ty), if h.required { "" } else { "?" })).collect();
            (body, headers)
        };
        for case in &old.cases {
            match new.cases.iter().find(|c| c.variant == case.variant) {
                None => {
                    let reason = format!("variant `{name}::{}` (status {}) removed", case.variant, status_text(case.status));
                    self.push(Rule::ResponseVariantRemoved, At::New, &at, reason, type_item(&format!("::{}", case.variant)));
                }
                Some(now) if payload(now) != payload(case) || now.status != case.status => {
                    let reason = format!("variant `{name}::{}` (status {}) now carries something else", case.variant, status_text(now.status));
                    self.push(Rule::ResponseVariantChanged, At::New, &at, reason, type_item(&format!("::{}", case.variant)));
                }
                Some(_) => {}
            }
        }
        for case in &new.cases {
            if !old.cases.iter().any(|c| c.variant == case.variant) {
                let reason = format!("the exhaustive enum `{name}` has a new variant `{}` (status {})", case.variant, status_text(case.status));
                self.push(Rule::ResponseVariantAdded, At::New, &at, reason, type_item(&format!("::{}", case.variant)));
            }
        }
    }

    fn types(&mut self) {
        let (old_types, new_types) = (self.old.side.api.types_by_name(), self.new.side.api.types_by_name());
        let mut removed: Vec<&TypeDef> = old_types.iter().filter(|(name, _)| !new_types.contains_key(*name)).map(|(_, t)| *t).collect();
        let mut added: Vec<&TypeDef> = new_types.iter().filter(|(name, _)| !old_types.contains_key(*name)).map(|(_, t)| *t).collect();
        // A type that is gone and one that is new, written at the same place or with the same
        // shape, is one type renamed.
        let mut renamed: Vec<(&TypeDef, &TypeDef)> = Vec::new();
        for pass in 0..2 {
            let mut index = 0;
            while index < removed.len() {
                let old = removed[index];
                let found = added.iter().position(|new| if pass == 0 { new.pointer == old.pointer } else { same_shape(&old.kind, &new.kind) });
                match found {
                    Some(position) => {
                        renamed.push((old, added.remove(position)));
                        removed.remove(index);
                    }
                    None => index += 1,
                }
            }
        }
        for (name, old) in &old_types {
            if let Some(new) = new_types.get(name) {
                self.type_def(old, new);
            }
        }
        for (old, new) in renamed {
            let reason = format!("type `{}` is now `{}`", old.name, new.name);
            self.push(Rule::TypeRenamed, At::New, &new.pointer, reason, format!("{}::types::{}", self.module(At::New), new.name));
            self.type_def(old, new);
        }
        for old in removed {
            let reason = format!("{} `{}` removed", kind_name(&old.kind), old.name);
            self.push(Rule::TypeRemoved, At::Old, &old.pointer, reason, format!("{}::types::{}", self.module(At::Old), old.name));
        }
        for new in added {
            let reason = format!("{} `{}` added", kind_name(&new.kind), new.name);
            self.push(Rule::TypeAdded, At::New, &new.pointer, reason, format!("{}::types::{}", self.module(At::New), new.name));
        }
    }

    /// Names that are one type on one side and two on the other. The IRs compared are each
    /// schema's own definition; what the crate makes of them (`lower::merge`: an inline copy is an
    /// alias of the definition it repeats) is compared here, over the names both sides have.
    fn identities(&mut self) {
        let (old_types, new_types) = (self.old.side.api.types_by_name(), self.new.side.api.types_by_name());
        let old_kept = merged_names(self.old.side.api, self.old.side.spec);
        let new_kept = merged_names(self.new.side.api, self.new.side.spec);
        fn kept<'m>(map: &'m HashMap<String, String>, name: &'m str) -> &'m str {
            map.get(name).map_or(name, String::as_str)
        }
        let mut changes = Vec::new();
        for (&name, &new) in &new_types {
            if !old_types.contains_key(name) {
                continue;
            }
            let (was, is) = (kept(&old_kept, name), kept(&new_kept, name));
            // Split: it was the same type as the one its old class kept, and is not now.
            if was != name && new_types.contains_key(was) && kept(&new_kept, was) != is {
                changes.push((Rule::TypesSplit, new, format!("`{name}` is no longer the same type as `{was}`: it is a definition of its own or an alias of another")));
            }
            // Joined: it is now the same type as the one its new class keeps, and was not.
            if is != name && old_types.contains_key(is) && kept(&old_kept, is) != was {
                changes.push((Rule::TypesJoined, new, format!("`{name}` is now the same type as `{is}` (an alias of it)")));
            }
        }
        for (rule, def, reason) in changes {
            let item = format!("{}::types::{}", self.module(At::New), def.name);
            self.push(rule, At::New, &def.pointer, reason, item);
        }
    }

    fn type_def(&mut self, old: &TypeDef, new: &TypeDef) {
        let item = format!("{}::types::{}", self.module(At::New), new.name);
        if matches!((&old.kind, &new.kind), (TypeKind::Struct(_), TypeKind::Struct(_)) | (TypeKind::Union(_), TypeKind::Union(_))) {
            self.serde_traits(old, new, &item);
        }
        match (&old.kind, &new.kind) {
            (TypeKind::Struct(a), TypeKind::Struct(b)) => self.fields(old, new, a, b),
            (TypeKind::Enum(a), TypeKind::Enum(b)) => self.enum_values(new, a, b, &item),
            (TypeKind::Union(a), TypeKind::Union(b)) => self.union(new, a, b, &item),
            (TypeKind::Alias(a), TypeKind::Alias(b)) => {
                if a != b {
                    let reason = format!("type `{}` is now `{}` (was `{}`)", new.name, type_text(b), type_text(a));
                    self.push(Rule::AliasChanged, At::New, &new.pointer, reason, item);
                }
            }
            (a, b) => {
                let reason = format!("`{}` is now {} (was {})", new.name, with_article(b), with_article(a));
                self.push(Rule::TypeKindChanged, At::New, &new.pointer, reason, item);
            }
        }
    }

    /// Structs and unions implement the serde trait of each way they travel (enums both, always).
    fn serde_traits(&mut self, old: &TypeDef, new: &TypeDef, item: &str) {
        let traits = [
            ("Serialize", old.directions.sent, new.directions.sent, "request", "responses"),
            ("Deserialize", old.directions.received, new.directions.received, "response", "requests"),
        ];
        for (name, was, is, side, other_side) in traits {
            let (rule, reason) = match (was, is) {
                (true, false) => {
                    (Rule::SerdeTraitRemoved, format!("`{}` no longer implements `{name}` without `full-serde`: it is now only in {other_side}", new.name))
                }
                (false, true) => (Rule::SerdeTraitAdded, format!("`{}` now implements `{name}`: it is in a {side}, or held by a type in no operation", new.name)),
                _ => continue,
            };
            self.push(rule, At::New, &new.pointer, reason, item.to_string());
        }
    }

    /// Where the property `wire` of the schema at `type_pointer` was written: the schema itself,
    /// or the `allOf` member that declares it.
    fn field_pointer(&self, at: At, type_pointer: &str, wire: &str) -> String {
        let doc = self.doc(at);
        let mut pending = vec![type_pointer.to_string()];
        let mut seen = BTreeSet::new();
        while let Some(pointer) = pending.pop() {
            if !seen.insert(pointer.clone()) || seen.len() > 64 {
                continue;
            }
            let Some(node) = doc.get(&pointer) else { continue };
            let (node, pointer) = doc.resolve(node, &pointer);
            let property = format!("{pointer}/properties/{}", escape(wire));
            if doc.get(&property).is_some() {
                return property;
            }
            if let Some(members) = node.get("allOf").and_then(|m| m.as_array()) {
                pending.extend((0..members.len()).map(|index| format!("{pointer}/allOf/{index}")));
            }
        }
        type_pointer.to_string()
    }

    fn fields(&mut self, old_def: &TypeDef, new_def: &TypeDef, old: &Struct, new: &Struct) {
        let name = &new_def.name;
        let field_item = |module: &str, field: &str| format!("{module}::types::{name}::{field}");
        let module_new = self.module(At::New);
        let module_old = self.module(At::Old);
        let fills = |f: &crate::model::Field| matches!(f.presence, Presence::Required | Presence::RequiredNullable) && f.constant.is_none();
        for old_field in &old.fields {
            let Some(new_field) = new.fields.iter().find(|f| f.wire == old_field.wire) else {
                let pointer = self.field_pointer(At::Old, &old_def.pointer, &old_field.wire);
                let reason = format!("field {} removed", field_label(&old_field.name, &old_field.wire));
                self.push(Rule::FieldRemoved, At::Old, &pointer, reason, field_item(module_old, &old_field.name));
                continue;
            };
            let pointer = self.field_pointer(At::New, &new_def.pointer, &new_field.wire);
            let item = field_item(module_new, &new_field.name);
            if new_field.ty != old_field.ty || new_field.boxed != old_field.boxed {
                let text = |f: &crate::model::Field| if f.boxed { format!("Box<{}>", type_text(&f.ty)) } else { type_text(&f.ty) };
                let reason = format!("field `{}` is now `{}` (was `{}`)", new_field.name, text(new_field), text(old_field));
                self.push(Rule::FieldTypeChanged, At::New, &pointer, reason, item.clone());
            }
            if new_field.presence != old_field.presence {
                let reason = format!("field `{}` is now {} (was {})", new_field.name, presence_text(new_field.presence), presence_text(old_field.presence));
                self.push(Rule::FieldPresenceChanged, At::New, &pointer, reason, item.clone());
            } else if new_field.constant.is_some() != old_field.constant.is_some() {
                let reason = if new_field.constant.is_some() {
                    format!("field `{}` is now a constant `new()` fills (it takes one argument less)", new_field.name)
                } else {
                    format!("field `{}` is no longer a constant: `new()` takes it as an argument", new_field.name)
                };
                self.push(Rule::FieldPresenceChanged, At::New, &pointer, reason, item.clone());
            }
            if new_field.name != old_field.name {
                let reason = format!("field {} is now `{}` (was `{}`)", quoted(&new_field.wire), new_field.name, old_field.name);
                self.push(Rule::FieldRenamed, At::New, &pointer, reason, item.clone());
            }
        }
        for new_field in &new.fields {
            if old.fields.iter().any(|f| f.wire == new_field.wire) {
                continue;
            }
            let pointer = self.field_pointer(At::New, &new_def.pointer, &new_field.wire);
            let item = field_item(module_new, &new_field.name);
            if fills(new_field) && old.built_by_callers && new.built_by_callers {
                let reason = format!("required field {} added: `{name}::new()` takes another argument", field_label(&new_field.name, &new_field.wire));
                self.push(Rule::FieldAddedRequired, At::New, &pointer, reason, item);
            } else {
                let reason = format!("{} field {} added", presence_text(new_field.presence), field_label(&new_field.name, &new_field.wire));
                self.push(Rule::FieldAdded, At::New, &pointer, reason, item);
            }
        }
        // `new()` takes the required fields in the IR's field order: the same fields in another
        // order compile (when their types agree) and fill the wrong fields.
        let constructor = |s: &Struct| -> Vec<String> { s.fields.iter().filter(|f| fills(f)).map(|f| f.wire.clone()).collect() };
        match (old.built_by_callers, new.built_by_callers) {
            (true, false) => {
                let reason = format!("`{name}::new()` and its `with_*` setters removed: `{name}` is no longer part of any request");
                self.push(Rule::ConstructorRemoved, At::New, &new_def.pointer, reason, format!("{module_new}::types::{name}::new"));
            }
            (false, true) => {
                let reason = format!("`{name}::new()` and `with_*` setters added: `{name}` is now part of a request");
                self.push(Rule::ConstructorAdded, At::New, &new_def.pointer, reason, format!("{module_new}::types::{name}::new"));
            }
            _ => {}
        }
        let (old_args, new_args) = if old.built_by_callers && new.built_by_callers { (constructor(old), constructor(new)) } else { (Vec::new(), Vec::new()) };
        let common_old: Vec<&String> = old_args.iter().filter(|w| new_args.contains(w)).collect();
        let common_new: Vec<&String> = new_args.iter().filter(|w| old_args.contains(w)).collect();
        if common_old != common_new {
            let name_of = |s: &Struct, wire: &str| s.fields.iter().find(|f| f.wire == wire).map(|f| f.name.clone()).unwrap_or_default();
            let list = |s: &Struct, wires: &[String]| wires.iter().map(|w| name_of(s, w)).collect::<Vec<_>>().join(", ");
            let reason = format!(
                "`{name}::new({})` now takes `({})`: calls whose types still agree compile and fill the wrong fields",
                list(old, &old_args),
                list(new, &new_args)
            );
            self.push(Rule::ArgumentsReordered, At::New, &new_def.pointer, reason, format!("{module_new}::types::{name}::new"));
        }
        let at = format!("{}/additionalProperties", new_def.pointer);
        match (&old.additional, &new.additional) {
            (Some(a), None) => self.push(Rule::FieldRemoved, At::New, &new_def.pointer, format!("field `{}` (the additional properties) removed", a.name), field_item(module_new, &a.name)),
            (None, Some(b)) => self.push(Rule::FieldAdded, At::New, &at, format!("field `{}` (the additional properties) added", b.name), field_item(module_new, &b.name)),
            (Some(a), Some(b)) if a != b => {
                let reason = format!("field `{}` is now `Map<{}>` (was `{}: Map<{}>`)", b.name, type_text(&b.value), a.name, type_text(&a.value));
                self.push(Rule::FieldTypeChanged, At::New, &at, reason, field_item(module_new, &b.name));
            }
            _ => {}
        }
    }

    fn enum_values(&mut self, def: &TypeDef, old: &Enumeration, new: &Enumeration, item: &str) {
        if old.repr != new.repr {
            let reason = format!("`{}` is now an enum of {:?} values (was {:?})", def.name, new.repr, old.repr);
            self.push(Rule::TypeKindChanged, At::New, &def.pointer, reason, item.to_string());
            return;
        }
        let at = format!("{}/enum", def.pointer);
        for variant in &old.variants {
            match new.variants.iter().find(|v| v.value == variant.value) {
                None => {
                    let reason = format!("variant `{}::{}` (value {}) removed", def.name, variant.name, value_text(&variant.value));
                    self.push(Rule::EnumVariantRemoved, At::New, &at, reason, format!("{item}::{}", variant.name));
                }
                Some(now) if now.name != variant.name => {
                    let reason = format!("value {} is now `{}::{}` (was `{}`)", value_text(&variant.value), def.name, now.name, variant.name);
                    self.push(Rule::EnumVariantRenamed, At::New, &at, reason, format!("{item}::{}", now.name));
                }
                Some(_) => {}
            }
        }
        for variant in &new.variants {
            if !old.variants.iter().any(|v| v.value == variant.value) {
                let reason = format!("variant `{}::{}` (value {}) added; the enum is open, so no code stops compiling", def.name, variant.name, value_text(&variant.value));
                self.push(Rule::EnumVariantAdded, At::New, &at, reason, format!("{item}::{}", variant.name));
            }
        }
    }

    fn union(&mut self, def: &TypeDef, old: &Union, new: &Union, item: &str) {
        if old.tagging != new.tagging {
            let text = |u: &Union| match &u.tagging {
                crate::model::Tagging::Internal { property } => format!("tagged by {}", quoted(property)),
                crate::model::Tagging::Untagged => "untagged".to_string(),
            };
            let reason = format!("`{}` is now {} (was {})", def.name, text(new), text(old));
            self.push(Rule::UnionTaggingChanged, At::New, &def.pointer, reason, item.to_string());
        }
        for variant in &old.variants {
            match new.variants.iter().find(|v| v.name == variant.name) {
                None => self.push(Rule::UnionVariantRemoved, At::New, &def.pointer, format!("variant `{}::{}` removed", def.name, variant.name), format!("{item}::{}", variant.name)),
                Some(now) if now.ty != variant.ty || now.boxed != variant.boxed => {
                    let reason = format!("variant `{}::{}` now holds `{}` (was `{}`)", def.name, now.name, type_text(&now.ty), type_text(&variant.ty));
                    self.push(Rule::UnionVariantChanged, At::New, &def.pointer, reason, format!("{item}::{}", now.name));
                }
                Some(now) if now.tags != variant.tags => {
                    let tags = |tags: &[String]| tags.iter().map(|t| quoted(t)).collect::<Vec<_>>().join(", ");
                    let reason = format!("variant `{}::{}` is now tagged {} (was {}): it is written and read with another tag", def.name, now.name, tags(&now.tags), tags(&variant.tags));
                    self.push(Rule::UnionVariantChanged, At::New, &def.pointer, reason, format!("{item}::{}", now.name));
                }
                Some(_) => {}
            }
        }
        for variant in &new.variants {
            if !old.variants.iter().any(|v| v.name == variant.name) {
                let reason = format!("the exhaustive enum `{}` has a new variant `{}({})`", def.name, variant.name, type_text(&variant.ty));
                self.push(Rule::UnionVariantAdded, At::New, &def.pointer, reason, format!("{item}::{}", variant.name));
            }
        }
    }
}

/// A field by its Rust name, with its wire name when that differs.
fn field_label(name: &str, wire: &str) -> String {
    if name == wire {
        format!("`{name}`")
    } else {
        format!("`{name}` ({})", quoted(wire))
    }
}

fn content_types(body: &crate::model::RequestBody) -> String {
    body.variants.iter().map(|v| quoted(&v.content_type)).collect::<Vec<_>>().join(", ")
}

#[cfg(test)]
mod tests {
    use crate::diff::{diff_sides, Rule, Side};
    use crate::lower::lower_test_spec;
    use crate::model::TypeKind;

    /// Whatever order the generator gives the required fields, a reordering of `new()`'s
    /// arguments is a Rust API break.
    #[test]
    fn constructor_arguments_in_another_order_are_breaking() {
        // A request body, so that `Transfer` has a `new()` (built by callers).
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /transfers:\n    post:\n      operationId: createTransfer\n      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/Transfer'}}}}\n      responses: {'204': {description: done}}\ncomponents:\n  schemas:\n    Transfer:\n      type: object\n      required: [debit, credit, note]\n      properties:\n        debit: {type: string}\n        credit: {type: string}\n        note: {type: string}\n";
        let (spec, old) = lower_test_spec(text);
        let mut new = old.clone();
        let Some(TypeKind::Struct(transfer)) = new.types.iter_mut().find(|t| t.name == "Transfer").map(|t| &mut t.kind) else { panic!("a struct") };
        let debit = transfer.fields.iter().position(|f| f.wire == "debit").expect("debit");
        let credit = transfer.fields.iter().position(|f| f.wire == "credit").expect("credit");
        transfer.fields.swap(debit, credit);
        let same = diff_sides(Side { spec: &spec, api: &old }, Side { spec: &spec, api: &old });
        assert!(same.is_empty(), "{same:?}");
        let changes = diff_sides(Side { spec: &spec, api: &old }, Side { spec: &spec, api: &new });
        assert_eq!(changes.len(), 1, "{changes:?}");
        assert_eq!(changes[0].rule, Rule::ArgumentsReordered);
        assert_eq!(changes[0].rust_items, ["t::types::Transfer::new"]);
        assert_eq!(changes[0].location.pointer, "/components/schemas/Transfer");
    }

    /// An inline copy that stops being identical to the definition it was an alias of is a type
    /// of its own: the two names are no longer interchangeable (and the other way round).
    #[test]
    fn a_copy_leaving_or_joining_its_definition_is_reported() {
        let spec = |push: &str| {
            format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths: {{}}\ncomponents:\n  schemas:\n    Repo:\n      type: object\n      properties:\n        pull: {{type: string, enum: [read, write]}}\n        push: {{type: string, enum: [{push}]}}\n")
        };
        let (same_spec, same) = lower_test_spec(&spec("read, write"));
        let (other_spec, other) = lower_test_spec(&spec("read, write, admin"));
        let rules = |changes: &[crate::diff::Change]| -> Vec<(Rule, String)> {
            changes
                .iter()
                .filter(|change| matches!(change.rule, Rule::TypesSplit | Rule::TypesJoined))
                .map(|change| (change.rule, change.rust_items.join(" ")))
                .collect()
        };
        let split = diff_sides(Side { spec: &same_spec, api: &same }, Side { spec: &other_spec, api: &other });
        assert_eq!(rules(&split), [(Rule::TypesSplit, "t::types::RepoPush".to_string())], "{split:?}");
        let joined = diff_sides(Side { spec: &other_spec, api: &other }, Side { spec: &same_spec, api: &same });
        assert_eq!(rules(&joined), [(Rule::TypesJoined, "t::types::RepoPush".to_string())], "{joined:?}");
        let unchanged = diff_sides(Side { spec: &same_spec, api: &same }, Side { spec: &same_spec, api: &same });
        assert!(unchanged.is_empty(), "{unchanged:?}");
    }
}
