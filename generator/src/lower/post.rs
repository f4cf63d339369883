//! Decisions that need the whole API: which fields `readOnly`/`writeOnly` make optional, which
//! fields must be boxed to break recursive types, which operations page.

use std::collections::{BTreeMap, BTreeSet};

use crate::config::Conventions;
use crate::model::{
    Access, Api, BodyEncoding, Directions, MultipartPart, Paging, ParamLocation, PartKind, Presence, Primitive, ResponseShape, TypeKind, TypeRef,
};

pub(super) fn finish(api: &mut Api, conventions: &Conventions) {
    relax_directional_fields(api);
    box_recursive_fields(api);
    detect_paging(api, conventions);
    multipart_parts(api);
    single_value_constants(api);
}

/// Required parameters and fields whose enum has exactly one value need not be passed: the
/// generated code fills them in (`grant_type=client_credentials`, `countryCode=PL`).
fn single_value_constants(api: &mut Api) {
    let single: BTreeMap<String, String> = api
        .types
        .iter()
        .filter_map(|def| match &def.kind {
            TypeKind::Enum(e) if e.variants.len() == 1 => Some((def.name.clone(), e.variants[0].name.clone())),
            _ => None,
        })
        .collect();
    let constant = |ty: &TypeRef| match ty {
        TypeRef::Named(name) => single.get(name).cloned(),
        _ => None,
    };
    for def in &mut api.types {
        if let TypeKind::Struct(s) = &mut def.kind {
            for field in &mut s.fields {
                if field.presence == Presence::Required && !field.boxed {
                    field.constant = constant(&field.ty);
                }
            }
        }
    }
    for operation in &mut api.operations {
        for param in &mut operation.params {
            if param.required {
                param.constant = constant(&param.ty);
            }
        }
    }
}

/// One part per field of a multipart body struct: files for binary fields, text for scalars,
/// JSON for the rest.
fn multipart_parts(api: &mut Api) {
    let bodies: BTreeSet<&str> = api
        .operations
        .iter()
        .filter_map(|operation| operation.body.as_ref())
        .flat_map(|body| &body.variants)
        .filter_map(|variant| match (&variant.encoding, &variant.ty) {
            (BodyEncoding::Multipart(_), TypeRef::Named(name)) => Some(name.as_str()),
            _ => None,
        })
        .collect();
    if bodies.is_empty() {
        return;
    }
    let by_name = api.types_by_name();
    let structs: BTreeMap<String, Vec<MultipartPart>> = bodies
        .iter()
        .filter_map(|name| match &by_name.get(name)?.kind {
            TypeKind::Struct(s) => Some((
                name.to_string(),
                s.fields.iter().map(|f| MultipartPart { field: f.name.clone(), wire: f.wire.clone(), kind: part_kind(&f.ty, &by_name) }).collect(),
            )),
            _ => None,
        })
        .collect();
    for operation in &mut api.operations {
        let Some(body) = &mut operation.body else { continue };
        for variant in &mut body.variants {
            if let (BodyEncoding::Multipart(parts), TypeRef::Named(name)) = (&mut variant.encoding, &variant.ty) {
                *parts = structs.get(name).cloned().unwrap_or_default();
            }
        }
    }
}

fn part_kind(ty: &TypeRef, by_name: &BTreeMap<&str, &crate::model::TypeDef>) -> PartKind {
    match ty {
        TypeRef::Primitive(Primitive::Binary) => PartKind::File,
        TypeRef::Vec(inner) | TypeRef::Nullable(inner) if **inner == TypeRef::Primitive(Primitive::Binary) => PartKind::File,
        TypeRef::Primitive(_) => PartKind::Text,
        TypeRef::Nullable(inner) => part_kind(inner, by_name),
        TypeRef::Named(name) => match by_name.get(name.as_str()).map(|t| &t.kind) {
            Some(TypeKind::Enum(_)) => PartKind::Text,
            Some(TypeKind::Alias(inner)) => part_kind(inner, by_name),
            _ => PartKind::Json,
        },
        TypeRef::Vec(_) | TypeRef::Map(_) | TypeRef::Json => PartKind::Json,
    }
}

/// Every named type reachable from `roots` (the roots included), types looked up in `by_name`
/// (`Api::types_by_name`, built once by a caller that asks many times).
pub(super) fn reachable_in(by_name: &BTreeMap<&str, &crate::model::TypeDef>, roots: Vec<String>) -> BTreeSet<String> {
    let mut seen = BTreeSet::new();
    let mut stack = roots;
    while let Some(name) = stack.pop() {
        if !seen.insert(name.clone()) {
            continue;
        }
        if let Some(def) = by_name.get(name.as_str()) {
            stack.extend(def.named_types());
        }
    }
    seen
}

/// A required `readOnly` field can't be required of a request, nor a `writeOnly` one of a response.
/// Each type implements the serde traits of the ways it travels (`Directions`). Only a struct
/// that is part of a request gets a constructor and setters; one found only in
/// responses, or in no operation (a webhook payload, a shared definition), is decoded.
fn relax_directional_fields(api: &mut Api) {
    let mut request_roots = Vec::new();
    let mut response_roots = Vec::new();
    for operation in &api.operations {
        for param in &operation.params {
            param.ty.named_into(&mut request_roots);
        }
        if let Some(body) = &operation.body {
            body.variants.iter().for_each(|v| v.ty.named_into(&mut request_roots));
        }
        for case in operation.success.cases.iter().chain(&operation.errors.cases) {
            if let Some(body) = &case.body {
                body.ty.named_into(&mut response_roots);
            }
            case.headers.iter().for_each(|header| header.ty.named_into(&mut response_roots));
        }
    }
    let by_name = api.types_by_name();
    let in_requests = reachable_in(&by_name, request_roots);
    let in_responses = reachable_in(&by_name, response_roots);
    // A type no operation reaches goes both ways, and so does everything it holds (a webhook
    // payload with a response type in a field): the traits of a type's fields must be its own.
    let unreached: Vec<String> =
        api.types.iter().map(|def| &def.name).filter(|name| !in_requests.contains(*name) && !in_responses.contains(*name)).cloned().collect();
    let both_ways = reachable_in(&by_name, unreached);
    for def in &mut api.types {
        let both = both_ways.contains(&def.name);
        def.directions = Directions { sent: both || in_requests.contains(&def.name), received: both || in_responses.contains(&def.name) };
        let TypeKind::Struct(s) = &mut def.kind else { continue };
        s.built_by_callers = in_requests.contains(&def.name);
        for field in &mut s.fields {
            let relax = match field.access {
                Access::ReadOnly => in_requests.contains(&def.name),
                Access::WriteOnly => in_responses.contains(&def.name),
                Access::ReadWrite => false,
            };
            if relax {
                field.presence = match field.presence {
                    Presence::Required => Presence::Optional,
                    Presence::RequiredNullable => Presence::OptionalNullable,
                    other => other,
                };
            }
        }
        s.all_optional = s.fields.iter().all(|f| matches!(f.presence, Presence::Optional | Presence::OptionalNullable));
    }
}

/// Fields and union variants that hold a type of their own cycle (without a `Vec` or map in
/// between) are boxed; otherwise the type would have infinite size.
fn box_recursive_fields(api: &mut Api) {
    let names: Vec<String> = api.types.iter().map(|t| t.name.clone()).collect();
    let index: BTreeMap<&str, usize> = names.iter().enumerate().map(|(i, n)| (n.as_str(), i)).collect();
    let mut edges: Vec<Vec<usize>> = vec![Vec::new(); names.len()];
    for (from, def) in api.types.iter().enumerate() {
        let mut direct = Vec::new();
        match &def.kind {
            TypeKind::Struct(s) => s.fields.iter().for_each(|f| direct_named(&f.ty, &mut direct)),
            TypeKind::Union(u) => u.variants.iter().for_each(|v| direct_named(&v.ty, &mut direct)),
            TypeKind::Alias(ty) => direct_named(ty, &mut direct),
            TypeKind::Enum(_) => {}
        }
        edges[from] = direct.iter().filter_map(|n| index.get(n.as_str()).copied()).collect();
    }
    let component = strongly_connected(&edges);
    let in_cycle = |from: usize, to: &str| -> bool {
        let Some(&to) = index.get(to) else { return false };
        component[from] == component[to] && (from != to || edges[from].contains(&to))
    };
    for (from, def) in api.types.iter_mut().enumerate() {
        match &mut def.kind {
            TypeKind::Struct(s) => {
                for field in &mut s.fields {
                    let mut direct = Vec::new();
                    direct_named(&field.ty, &mut direct);
                    field.boxed = direct.iter().any(|n| in_cycle(from, n));
                }
            }
            TypeKind::Union(u) => {
                for variant in &mut u.variants {
                    let mut direct = Vec::new();
                    direct_named(&variant.ty, &mut direct);
                    variant.boxed = direct.iter().any(|n| in_cycle(from, n));
                }
            }
            TypeKind::Alias(_) | TypeKind::Enum(_) => {}
        }
    }
}

/// Named types held directly (not behind a `Vec` or map, which already allocate).
fn direct_named(ty: &TypeRef, out: &mut Vec<String>) {
    match ty {
        TypeRef::Named(name) => out.push(name.clone()),
        TypeRef::Nullable(inner) => direct_named(inner, out),
        TypeRef::Vec(_) | TypeRef::Map(_) | TypeRef::Primitive(_) | TypeRef::Json => {}
    }
}

/// Tarjan's algorithm (iterative): the strongly connected component of each node.
fn strongly_connected(edges: &[Vec<usize>]) -> Vec<usize> {
    let n = edges.len();
    let mut index_of = vec![usize::MAX; n];
    let mut low = vec![0; n];
    let mut on_stack = vec![false; n];
    let mut stack = Vec::new();
    let mut component = vec![usize::MAX; n];
    let mut next_index = 0;
    let mut next_component = 0;
    for start in 0..n {
        if index_of[start] != usize::MAX {
            continue;
        }
        let mut work: Vec<(usize, usize)> = vec![(start, 0)];
        while let Some((node, edge)) = work.pop() {
            if edge == 0 {
                index_of[node] = next_index;
                low[node] = next_index;
                next_index += 1;
                stack.push(node);
                on_stack[node] = true;
            }
            if edge < edges[node].len() {
                work.push((node, edge + 1));
                let next = edges[node][edge];
                if index_of[next] == usize::MAX {
                    work.push((next, 0));
                } else if on_stack[next] {
                    low[node] = low[node].min(index_of[next]);
                }
                continue;
            }
            if low[node] == index_of[node] {
                while let Some(member) = stack.pop() {
                    on_stack[member] = false;
                    component[member] = next_component;
                    if member == node {
                        break;
                    }
                }
                next_component += 1;
            }
            if let Some(&(parent, _)) = work.last() {
                low[parent] = low[parent].min(low[node]);
            }
        }
    }
    component
}

/// An operation pages when it takes the cursor query parameter and returns a struct with the
/// cursor field.
fn detect_paging(api: &mut Api, conventions: &Conventions) {
    let Some(paging) = &conventions.paging else { return };
    let cursor_fields: BTreeMap<String, String> = api
        .types
        .iter()
        .filter_map(|def| match &def.kind {
            TypeKind::Struct(s) => s
                .fields
                .iter()
                .find(|f| f.wire == paging.field && f.ty == TypeRef::Primitive(Primitive::String) && f.presence != Presence::Required)
                .map(|f| (def.name.clone(), f.name.clone())),
            _ => None,
        })
        .collect();
    for operation in &mut api.operations {
        let Some(param) = operation.params.iter().find(|p| p.location == ParamLocation::Query && p.wire == paging.query && !p.required) else {
            continue;
        };
        if operation.body.as_ref().is_some_and(|b| b.variants.iter().any(|v| v.encoding != BodyEncoding::Json)) {
            continue;
        }
        if let ResponseShape::Body(TypeRef::Named(name)) = &operation.success.shape {
            if let Some(field) = cursor_fields.get(name) {
                operation.paging = Some(Paging { param: param.name.clone(), field: field.clone() });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tarjan_finds_cycles() {
        // 0 -> 1 -> 2 -> 0, 3 -> 3, 4 alone.
        let edges = vec![vec![1], vec![2], vec![0], vec![3], vec![]];
        let component = strongly_connected(&edges);
        assert_eq!(component[0], component[1]);
        assert_eq!(component[1], component[2]);
        assert_ne!(component[0], component[3]);
        assert_ne!(component[3], component[4]);
    }

    /// Each type travels the ways the operations that reach it (through fields and variants)
    /// send or receive it; one no operation reaches goes both ways.
    #[test]
    fn directions_follow_requests_and_responses() {
        let text = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths:
  /orders:
    post:
      operationId: createOrder
      parameters:
        - {name: filter, in: query, style: deepObject, schema: {$ref: '#/components/schemas/Filter'}}
      requestBody: {required: true, content: {application/json: {schema: {$ref: '#/components/schemas/NewOrder'}}}}
      responses:
        '201':
          description: created
          headers: {X-Level: {schema: {$ref: '#/components/schemas/Level'}}}
          content: {application/json: {schema: {$ref: '#/components/schemas/Order'}}}
components:
  schemas:
    Filter: {type: object, properties: {status: {type: string}}}
    NewOrder: {type: object, properties: {line: {$ref: '#/components/schemas/Line'}}}
    Order: {type: object, properties: {line: {$ref: '#/components/schemas/Line'}, id: {oneOf: [{type: string}, {type: integer}]}}}
    Line: {type: object, properties: {sku: {type: string}}}
    Level: {type: object, properties: {n: {type: integer}}}
    Unused: {type: object, properties: {x: {type: string}, level: {$ref: '#/components/schemas/Level'}}}
"#;
        let (_, api) = crate::lower::lower_test_spec(text);
        let ways = |name: &str| {
            let def = api.types.iter().find(|t| t.name == name).unwrap_or_else(|| panic!("no type {name}"));
            (def.directions.sent, def.directions.received)
        };
        assert_eq!(ways("Filter"), (true, false));
        assert_eq!(ways("NewOrder"), (true, false));
        assert_eq!(ways("Order"), (false, true));
        assert_eq!(ways("OrderId"), (false, true), "an inline union of a response");
        assert_eq!(ways("Line"), (true, true));
        assert_eq!(ways("Unused"), (true, true));
        assert_eq!(ways("Level"), (true, true), "in a response header, and held by a type in no operation");
    }
}
