//! The IR -> a plain-text listing of the public API surface: every client method with its
//! signature, HTTP method, path, statuses and security; every type with its fields and wire
//! names. Snapshotted per product, so a spec change reads as a short diff in review.

use std::fmt::Write;

use crate::model::{
    Api, BodyEncoding, Decoding, EnumValue, ManagedHeader, Operation, Presence, Primitive, ResponseSet, ResponseShape,
    Tagging, TypeKind, TypeRef,
};

pub fn api_surface(api: &Api) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {} - {} {} ({})", api.module, api.title, api.version, api.spec_file);
    let _ = writeln!(out, "# {} operations, {} types", api.operations.len(), api.types.len());
    let _ = writeln!(out);
    let _ = writeln!(out, "servers: {}", api.servers.iter().map(|s| s.url.as_str()).collect::<Vec<_>>().join(", "));
    for scheme in &api.security_schemes {
        let _ = writeln!(out, "security scheme {}: {:?}", scheme.name, scheme.kind);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Client methods");
    for operation in &api.operations {
        let _ = writeln!(out);
        write_operation(&mut out, operation);
    }
    let _ = writeln!(out);
    let _ = writeln!(out, "## Types");
    for def in &api.types {
        let _ = writeln!(out);
        let deprecated = if def.deprecated { " (deprecated)" } else { "" };
        match &def.kind {
            TypeKind::Struct(s) => {
                let built = if s.built_by_callers { "" } else { " (decoded only: no new())" };
                let _ = writeln!(out, "struct {}{deprecated}{built}", def.name);
                for field in &s.fields {
                    let ty = type_text(&field.ty);
                    let ty = if field.boxed { format!("Box<{ty}>") } else { ty };
                    let ty = match field.presence {
                        Presence::Required => ty,
                        Presence::Defaulted => format!("{ty} = {:?}", field.default),
                        Presence::RequiredNullable => format!("Option<{ty}> (required, nullable)"),
                        Presence::Optional => format!("Option<{ty}>"),
                        Presence::OptionalNullable => format!("Nullable<{ty}>"),
                    };
                    let deprecated = if field.deprecated { " deprecated" } else { "" };
                    let ty = match &field.constant {
                        Some(variant) => format!("{ty} = {variant} (filled by new)"),
                        None => ty,
                    };
                    let _ = writeln!(out, "    {}: {ty}  \"{}\"{deprecated}", field.name, field.wire);
                }
                if let Some(additional) = &s.additional {
                    let _ = writeln!(out, "    {}: Map<{}>  (additional properties)", additional.name, type_text(&additional.value));
                }
            }
            TypeKind::Enum(e) => {
                let _ = writeln!(out, "enum {}{deprecated} (open: unknown values kept)", def.name);
                for variant in &e.variants {
                    let value = match &variant.value {
                        EnumValue::String(s) => format!("\"{s}\""),
                        EnumValue::Integer(i) => i.to_string(),
                    };
                    let _ = writeln!(out, "    {} = {value}", variant.name);
                }
            }
            TypeKind::Union(u) => {
                let tagging = match &u.tagging {
                    Tagging::Internal { property } => format!("tagged by \"{property}\""),
                    Tagging::Untagged => "untagged".to_string(),
                };
                let _ = writeln!(out, "union {}{deprecated} ({tagging})", def.name);
                for variant in &u.variants {
                    let tags = if variant.tags.is_empty() { String::new() } else { format!("  tags {:?}", variant.tags) };
                    let boxed = if variant.boxed { " (boxed)" } else { "" };
                    let _ = writeln!(out, "    {}({}){boxed}{tags}", variant.name, type_text(&variant.ty));
                }
            }
            TypeKind::Alias(ty) => {
                let _ = writeln!(out, "type {}{deprecated} = {}", def.name, type_text(ty));
            }
        }
    }
    out
}

fn write_operation(out: &mut String, operation: &Operation) {
    let required: Vec<String> =
        operation.params.iter().filter(|p| p.required && p.constant.is_none()).map(|p| format!("{}: {}", p.name, type_text(&p.ty))).collect();
    let mut args = required;
    if let Some(body) = &operation.body {
        if body.required {
            args.push(format!("body: {}", body_text(operation)));
        }
    }
    let deprecated = if operation.deprecated { " (deprecated)" } else { "" };
    let _ = writeln!(
        out,
        "fn {}({}) -> {} / Error<{}>{deprecated}",
        operation.method_name,
        args.join(", "),
        shape_text(&operation.success.shape),
        shape_text(&operation.errors.shape)
    );
    let _ = writeln!(out, "    {} {}  ({})", operation.http_method.as_str(), operation.path, operation.id);
    for param in operation.params.iter().filter(|p| p.required) {
        let constant = param.constant.as_ref().map(|v| format!(" = {v} (always sent)")).unwrap_or_default();
        let _ = writeln!(out, "    {}: {} \"{}\" {:?}{constant}", param.name, param.location.as_str(), param.wire, param.style);
    }
    for param in operation.params.iter().filter(|p| !p.required) {
        let _ = writeln!(out, "    .{}({}): {} \"{}\" {:?}", param.name, type_text(&param.ty), param.location.as_str(), param.wire, param.style);
    }
    if let Some(body) = &operation.body {
        if !body.required {
            let _ = writeln!(out, "    .body({})", body_text(operation));
        }
        for variant in &body.variants {
            let encoding = match &variant.encoding {
                BodyEncoding::Json => "json".to_string(),
                BodyEncoding::Form => "form".to_string(),
                BodyEncoding::Multipart(parts) => {
                    format!("multipart [{}]", parts.iter().map(|p| format!("{}: {:?}", p.wire, p.kind)).collect::<Vec<_>>().join(", "))
                }
                BodyEncoding::Binary => "bytes".to_string(),
                BodyEncoding::Text => "text".to_string(),
            };
            let _ = writeln!(out, "    body {}: {} as {encoding}", variant.content_type, type_text(&variant.ty));
        }
    }
    let managed: Vec<String> = operation
        .managed_headers
        .iter()
        .map(|h| match h {
            ManagedHeader::RequestId(name) => format!("{name} (fresh UUID)"),
            ManagedHeader::ClientId(name) => format!("{name} (client id)"),
        })
        .collect();
    if !managed.is_empty() {
        let _ = writeln!(out, "    headers filled by the client: {}", managed.join(", "));
    }
    if let Some(accept) = &operation.accept {
        let _ = writeln!(out, "    accept: {accept}");
    }
    let security: Vec<String> = operation
        .security
        .iter()
        .map(|alternative| {
            alternative.iter().map(|u| format!("{}[{}]", u.scheme, u.scopes.join(" "))).collect::<Vec<_>>().join(" + ")
        })
        .collect();
    let _ = writeln!(out, "    security: {}", if security.is_empty() { "none".to_string() } else { security.join(" | ") });
    let _ = writeln!(out, "    success: {}", cases_text(&operation.success));
    let _ = writeln!(out, "    errors: {}", cases_text(&operation.errors));
    if let Some(paging) = &operation.paging {
        let _ = writeln!(out, "    .pages(): cursor .{}() <- response .{}", paging.param, paging.field);
    }
}

fn body_text(operation: &Operation) -> String {
    match &operation.body {
        Some(body) => match &body.enum_name {
            Some(name) => name.clone(),
            None => type_text(&body.variants[0].ty),
        },
        None => String::new(),
    }
}

fn shape_text(shape: &ResponseShape) -> String {
    match shape {
        ResponseShape::Unit => "()".to_string(),
        ResponseShape::Body(ty) => type_text(ty),
        ResponseShape::Named(name) => name.clone(),
    }
}

fn cases_text(set: &ResponseSet) -> String {
    if set.cases.is_empty() {
        return "none documented".to_string();
    }
    set.cases
        .iter()
        .map(|case| {
            let status = super::status_text(case.status);
            let body = match &case.body {
                Some(body) => {
                    let decoding = match body.decoding {
                        Decoding::Json => "",
                        Decoding::Text => " (text)",
                        Decoding::Binary => " (bytes)",
                    };
                    format!(" {}{decoding}", type_text(&body.ty))
                }
                None => String::new(),
            };
            let headers = if case.headers.is_empty() {
                String::new()
            } else {
                format!(" headers [{}]", case.headers.iter().map(|h| h.wire.as_str()).collect::<Vec<_>>().join(", "))
            };
            format!("{status}{body}{headers}")
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// A type as a short Rust-like text (`Option<Vec<Transaction>>`).
pub fn type_text(ty: &TypeRef) -> String {
    match ty {
        TypeRef::Named(name) => name.clone(),
        TypeRef::Primitive(p) => match p {
            Primitive::String => "String",
            Primitive::Bool => "bool",
            Primitive::I32 => "i32",
            Primitive::I64 => "i64",
            Primitive::U32 => "u32",
            Primitive::U64 => "u64",
            Primitive::F32 => "f32",
            Primitive::F64 => "f64",
            Primitive::Decimal => "Decimal",
            Primitive::DecimalString => "Decimal (as string)",
            Primitive::Date => "NaiveDate",
            Primitive::DateTime => "DateTime",
            Primitive::Uuid => "Uuid",
            Primitive::Base64 => "Base64",
            Primitive::Binary => "Binary",
            Primitive::Secret => "SecretString",
        }
        .to_string(),
        TypeRef::Vec(inner) => format!("Vec<{}>", type_text(inner)),
        TypeRef::Map(inner) => format!("Map<{}>", type_text(inner)),
        TypeRef::Nullable(inner) => format!("Option<{}>", type_text(inner)),
        TypeRef::Json => "Json".to_string(),
    }
}
