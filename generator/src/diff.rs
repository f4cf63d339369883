//! Breaking-change report: two versions of a spec, compared through their IR, so changes are
//! judged by what they do to the generated Rust API (a caller's code that compiled before still
//! compiles after, or not).

use std::collections::BTreeMap;
use std::fmt;

use crate::emit::surface::type_text;
use crate::model::{Api, EnumValue, Operation, Presence, ResponseShape, TypeDef, TypeKind};

fn value_text(value: &EnumValue) -> String {
    match value {
        EnumValue::String(text) => format!("\"{text}\""),
        EnumValue::Integer(number) => number.to_string(),
    }
}

/// Whether code written against the old API still compiles against the new one.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Impact {
    Breaking,
    Compatible,
}

#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Change {
    pub impact: Impact,
    /// What changed, e.g. ``operation `getPet` `` or ``type `Pet` ``.
    pub subject: String,
    pub message: String,
}

impl fmt::Display for Change {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.impact {
            Impact::Breaking => "BREAKING  ",
            Impact::Compatible => "compatible",
        };
        write!(f, "{label} {}: {}", self.subject, self.message)
    }
}

/// Every change from `old` to `new`, breaking ones first.
pub fn diff_apis(old: &Api, new: &Api) -> Vec<Change> {
    let mut changes = Vec::new();
    let old_ops: BTreeMap<&str, &Operation> = old.operations.iter().map(|o| (o.id.as_str(), o)).collect();
    let new_ops: BTreeMap<&str, &Operation> = new.operations.iter().map(|o| (o.id.as_str(), o)).collect();
    for (id, old_op) in &old_ops {
        let subject = format!("operation `{id}`");
        match new_ops.get(id) {
            None => changes.push(Change { impact: Impact::Breaking, subject, message: format!("removed (`{}` {} {})", old_op.method_name, old_op.http_method.as_str(), old_op.path) }),
            Some(new_op) => diff_operation(old_op, new_op, &subject, &mut changes),
        }
    }
    for (id, new_op) in &new_ops {
        if !old_ops.contains_key(id) {
            changes.push(Change {
                impact: Impact::Compatible,
                subject: format!("operation `{id}`"),
                message: format!("added (`{}` {} {})", new_op.method_name, new_op.http_method.as_str(), new_op.path),
            });
        }
    }
    let old_types: BTreeMap<&str, &TypeDef> = old.types.iter().map(|t| (t.name.as_str(), t)).collect();
    let new_types: BTreeMap<&str, &TypeDef> = new.types.iter().map(|t| (t.name.as_str(), t)).collect();
    for (name, old_type) in &old_types {
        let subject = format!("type `{name}`");
        match new_types.get(name) {
            None => changes.push(Change { impact: Impact::Breaking, subject, message: "removed".into() }),
            Some(new_type) => diff_type(old_type, new_type, &subject, &mut changes),
        }
    }
    for name in new_types.keys() {
        if !old_types.contains_key(name) {
            changes.push(Change { impact: Impact::Compatible, subject: format!("type `{name}`"), message: "added".into() });
        }
    }
    changes.sort();
    changes
}

fn shape_text(shape: &ResponseShape) -> String {
    match shape {
        ResponseShape::Unit => "()".into(),
        ResponseShape::Body(ty) => type_text(ty),
        ResponseShape::Named(name) => name.clone(),
    }
}

fn diff_operation(old: &Operation, new: &Operation, subject: &str, changes: &mut Vec<Change>) {
    let mut push = |impact, message: String| changes.push(Change { impact, subject: subject.to_string(), message });
    if old.method_name != new.method_name {
        push(Impact::Breaking, format!("the client method `{}` is now `{}`", old.method_name, new.method_name));
    }
    if (old.http_method, &old.path) != (new.http_method, &new.path) {
        push(Impact::Compatible, format!("now sent as {} {} (was {} {})", new.http_method.as_str(), new.path, old.http_method.as_str(), old.path));
    }
    let positional = |op: &Operation| -> Vec<String> {
        op.params.iter().filter(|p| p.required && p.constant.is_none()).map(|p| format!("{}: {}", p.name, type_text(&p.ty))).collect()
    };
    let (old_args, new_args) = (positional(old), positional(new));
    if old_args != new_args {
        push(Impact::Breaking, format!("required parameters changed from ({}) to ({})", old_args.join(", "), new_args.join(", ")));
    }
    for old_param in old.params.iter().filter(|p| !p.required) {
        match new.params.iter().find(|p| p.wire == old_param.wire && p.location == old_param.location) {
            None => push(Impact::Breaking, format!("optional {} parameter `{}` removed", old_param.location.as_str(), old_param.wire)),
            Some(new_param) if new_param.required => {}
            Some(new_param) if new_param.ty != old_param.ty || new_param.name != old_param.name => push(
                Impact::Breaking,
                format!("optional parameter `{}` is now `.{}({})` (was `.{}({})`)", old_param.wire, new_param.name, type_text(&new_param.ty), old_param.name, type_text(&old_param.ty)),
            ),
            Some(_) => {}
        }
    }
    for new_param in new.params.iter().filter(|p| !p.required) {
        if !old.params.iter().any(|p| p.wire == new_param.wire && p.location == new_param.location) {
            push(Impact::Compatible, format!("optional {} parameter `{}` added", new_param.location.as_str(), new_param.wire));
        }
    }
    let body = |op: &Operation| op.body.as_ref().map(|b| (b.required, b.variants.iter().map(|v| format!("{} {}", v.content_type, type_text(&v.ty))).collect::<Vec<_>>()));
    match (body(old), body(new)) {
        (None, Some((true, _))) => push(Impact::Breaking, "a required request body was added".into()),
        (None, Some((false, _))) => push(Impact::Compatible, "an optional request body was added".into()),
        (Some(_), None) => push(Impact::Breaking, "the request body was removed".into()),
        (Some(old_body), Some(new_body)) if old_body != new_body => {
            push(Impact::Breaking, format!("the request body changed from {:?} to {:?}", old_body.1, new_body.1));
        }
        _ => {}
    }
    let (old_success, new_success) = (shape_text(&old.success.shape), shape_text(&new.success.shape));
    if old_success != new_success {
        push(Impact::Breaking, format!("returns `{new_success}` instead of `{old_success}`"));
    }
    let (old_error, new_error) = (shape_text(&old.errors.shape), shape_text(&new.errors.shape));
    if old_error != new_error {
        push(Impact::Breaking, format!("errors carry `{new_error}` instead of `{old_error}`"));
    }
    if old.paging.is_some() && new.paging.is_none() {
        push(Impact::Breaking, "no longer pages (`.pages()` removed)".into());
    }
}

fn kind_name(kind: &TypeKind) -> &'static str {
    match kind {
        TypeKind::Struct(_) => "struct",
        TypeKind::Enum(_) => "enum",
        TypeKind::Union(_) => "union",
        TypeKind::Alias(_) => "alias",
    }
}

fn presence_text(presence: Presence) -> &'static str {
    match presence {
        Presence::Required => "required",
        Presence::RequiredNullable => "required and nullable",
        Presence::Optional => "optional",
        Presence::OptionalNullable => "optional and nullable",
        Presence::Defaulted => "optional with a default",
    }
}

fn diff_type(old: &TypeDef, new: &TypeDef, subject: &str, changes: &mut Vec<Change>) {
    let mut push = |impact, message: String| changes.push(Change { impact, subject: subject.to_string(), message });
    match (&old.kind, &new.kind) {
        (TypeKind::Struct(old_struct), TypeKind::Struct(new_struct)) => {
            for old_field in &old_struct.fields {
                match new_struct.fields.iter().find(|f| f.wire == old_field.wire) {
                    None => push(Impact::Breaking, format!("field `{}` (\"{}\") removed", old_field.name, old_field.wire)),
                    Some(new_field) => {
                        if new_field.ty != old_field.ty {
                            push(Impact::Breaking, format!("field `{}` is now `{}` (was `{}`)", old_field.name, type_text(&new_field.ty), type_text(&old_field.ty)));
                        }
                        if new_field.presence != old_field.presence {
                            push(
                                Impact::Breaking,
                                format!("field `{}` is now {} (was {})", old_field.name, presence_text(new_field.presence), presence_text(old_field.presence)),
                            );
                        }
                        if new_field.name != old_field.name {
                            push(Impact::Breaking, format!("field \"{}\" is now `{}` (was `{}`)", old_field.wire, new_field.name, old_field.name));
                        }
                    }
                }
            }
            for new_field in &new_struct.fields {
                if !old_struct.fields.iter().any(|f| f.wire == new_field.wire) {
                    let required = matches!(new_field.presence, Presence::Required | Presence::RequiredNullable) && new_field.constant.is_none();
                    let impact = if required { Impact::Breaking } else { Impact::Compatible };
                    push(impact, format!("{} field `{}` (\"{}\") added", presence_text(new_field.presence), new_field.name, new_field.wire));
                }
            }
        }
        (TypeKind::Enum(old_enum), TypeKind::Enum(new_enum)) => {
            for variant in &old_enum.variants {
                if !new_enum.variants.iter().any(|v| v.value == variant.value) {
                    push(Impact::Breaking, format!("value {} (`{}`) removed", value_text(&variant.value), variant.name));
                }
            }
            for variant in &new_enum.variants {
                if !old_enum.variants.iter().any(|v| v.value == variant.value) {
                    // Enums are `non_exhaustive` and keep unknown values: adding one breaks no code.
                    push(Impact::Compatible, format!("value {} (`{}`) added", value_text(&variant.value), variant.name));
                }
            }
        }
        (TypeKind::Union(old_union), TypeKind::Union(new_union)) => {
            for variant in &old_union.variants {
                match new_union.variants.iter().find(|v| v.name == variant.name) {
                    None => push(Impact::Breaking, format!("variant `{}` removed", variant.name)),
                    Some(new_variant) if new_variant.ty != variant.ty => push(Impact::Breaking, format!("variant `{}` now holds `{}`", variant.name, type_text(&new_variant.ty))),
                    Some(_) => {}
                }
            }
            for variant in &new_union.variants {
                if !old_union.variants.iter().any(|v| v.name == variant.name) {
                    push(Impact::Breaking, format!("variant `{}` added (an exhaustive `match` no longer compiles)", variant.name));
                }
            }
        }
        (TypeKind::Alias(old_ty), TypeKind::Alias(new_ty)) => {
            if old_ty != new_ty {
                push(Impact::Breaking, format!("now `{}` (was `{}`)", type_text(new_ty), type_text(old_ty)));
            }
        }
        (old_kind, new_kind) => push(Impact::Breaking, format!("is now a {} (was a {})", kind_name(new_kind), kind_name(old_kind))),
    }
}
