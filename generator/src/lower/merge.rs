//! Definitions a spec writes more than once, inline, become aliases of one: GitHub's description
//! repeats the same `read`/`write` permission enum about 190 times and the same link object about
//! 200 times in its inline schemas. `pub type WebhookForkForkeePermissions = RepoPermissions;`
//! keeps every name (and its docs), while the definition, its impls and its serde are written
//! and compiled once.
//!
//! Two types are the same definition when everything the emitter reads of them is equal (fields
//! with their docs, presence, defaults and access; variants; directions; deprecation), with the
//! types they name compared by what those became. It runs to a fixed point: once the permission
//! enums are one, the permission objects holding them are equal too. A type named by a
//! recursive definition is compared by name, so recursive copies stay apart.
//!
//! What never becomes an alias: a schema the spec names itself (`components/schemas`), which is
//! a type of its own even when it reads as another; a type written in another file (bundled from
//! an external `$ref`: the project's shared `common.yaml` types, which products re-export, must
//! stay the definitions the shared module has); and a type that a union's variant or a request
//! body enum's variant holds, whose `From` impl would then be a second impl for the same type.
//! The one kept of each group is the first named schema among its members, else the first in
//! name order.
//!
//! It is a step of its own after `lower_api`, taken by what emits a crate (`generate`, `generate
//! --spec`, the fixtures' module files), not by the drift verdict (`diff`), which compares each
//! schema's own definition: which copy is kept, and so which names are aliases, can change
//! when an unrelated copy is added or edited, and that is no change to the schemas.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeSet, HashMap};
use std::hash::{Hash, Hasher};

use crate::load::LoadedSpec;
use crate::model::{Api, DefaultValue, TypeDef, TypeKind, TypeRef};

/// Makes every type that is the same definition as one kept before it an alias of that one.
pub fn merge_identical(api: &mut Api, spec: &LoadedSpec) {
    let kept_as = merged_names(api, spec);
    for def in &mut api.types {
        if let Some(kept) = kept_as.get(&def.name) {
            def.kind = TypeKind::Alias(TypeRef::Named(kept.clone()));
        }
    }
}

/// The types [`merge_identical`] makes aliases, each with the name of the type it is an alias of
/// (one that stays a definition).
pub fn merged_names(api: &Api, spec: &LoadedSpec) -> HashMap<String, String> {
    let held_by_variants = held_by_variants(api);
    let may_alias: Vec<bool> = api.types.iter().map(|def| !is_named_schema(&def.pointer) && spec.locate(&def.pointer).0 == spec.file).collect();
    let candidate: Vec<bool> =
        api.types.iter().map(|def| !matches!(def.kind, TypeKind::Alias(_)) && !held_by_variants.contains(&def.name)).collect();
    // Named schemas first, so that a group keeps one of those when it has one.
    let mut order: Vec<usize> = (0..api.types.len()).filter(|&index| candidate[index]).collect();
    order.sort_by_key(|&index| may_alias[index]);
    // Each type's definition with the names it refers to rewritten to what they became.
    let mut canonical: Vec<TypeKind> = api.types.iter().map(|def| def.kind.clone()).collect();
    let mut kept_as: HashMap<String, String> = HashMap::new();
    loop {
        let mut groups: HashMap<u64, Vec<usize>> = HashMap::new();
        let mut merged = Vec::new();
        for &index in &order {
            let def = &api.types[index];
            if kept_as.contains_key(&def.name) {
                continue;
            }
            let group = groups.entry(signature(def, &canonical[index])).or_default();
            let same = group.iter().copied().find(|&kept| same_definition(&api.types[kept], &canonical[kept], def, &canonical[index]));
            match same {
                Some(kept) if may_alias[index] => merged.push((def.name.clone(), api.types[kept].name.clone())),
                Some(_) => {}
                None => group.push(index),
            }
        }
        if merged.is_empty() {
            break;
        }
        // A type kept in an earlier round can join one kept before it: the aliases that named it
        // follow.
        let renames: HashMap<String, String> = merged.into_iter().collect();
        for target in kept_as.values_mut() {
            if let Some(kept) = renames.get(target.as_str()) {
                target.clone_from(kept);
            }
        }
        kept_as.extend(renames);
        for kind in &mut canonical {
            rename(kind, &kept_as);
        }
    }
    kept_as
}

/// `/components/schemas/Name` (a bundled-document pointer): a schema the spec names, not one
/// inside it.
fn is_named_schema(pointer: &str) -> bool {
    pointer.strip_prefix("/components/schemas/").is_some_and(|name| !name.contains('/'))
}

/// The types a union's variants or a request body enum's variants hold (through lists, maps and
/// `Option`): each has a `From` impl into its enum, which an alias would duplicate.
fn held_by_variants(api: &Api) -> BTreeSet<String> {
    let mut held = Vec::new();
    for def in &api.types {
        if let TypeKind::Union(union) = &def.kind {
            union.variants.iter().for_each(|variant| variant.ty.named_into(&mut held));
        }
    }
    for operation in &api.operations {
        if let Some(body) = operation.body.as_ref().filter(|body| body.enum_name.is_some()) {
            body.variants.iter().for_each(|variant| variant.ty.named_into(&mut held));
        }
    }
    held.into_iter().collect()
}

/// A hash of what a definition's equality reads cheaply (its kind, property and variant names and
/// the types it names), so that only definitions with equal hashes are compared in full.
fn signature(def: &TypeDef, kind: &TypeKind) -> u64 {
    let mut hasher = DefaultHasher::new();
    (def.deprecated, def.directions.sent, def.directions.received).hash(&mut hasher);
    match kind {
        TypeKind::Struct(s) => {
            0u8.hash(&mut hasher);
            for field in &s.fields {
                (&field.name, &field.wire, &field.ty).hash(&mut hasher);
            }
            s.additional.as_ref().map(|additional| &additional.value).hash(&mut hasher);
        }
        TypeKind::Enum(e) => {
            1u8.hash(&mut hasher);
            for variant in &e.variants {
                variant.name.hash(&mut hasher);
            }
        }
        TypeKind::Union(u) => {
            2u8.hash(&mut hasher);
            for variant in &u.variants {
                (&variant.name, &variant.ty).hash(&mut hasher);
            }
        }
        TypeKind::Alias(ty) => (3u8, ty).hash(&mut hasher),
    }
    hasher.finish()
}

/// Whether `b` is the definition `a` is, both read through the names they refer to as rewritten
/// so far (`a_kind`, `b_kind`). Its own name, docs and pointer are the alias's to keep.
fn same_definition(a: &TypeDef, a_kind: &TypeKind, b: &TypeDef, b_kind: &TypeKind) -> bool {
    a.deprecated == b.deprecated && a.directions == b.directions && a_kind == b_kind
}

/// Rewrites the names `kind` refers to (field types, defaults naming an enum, variants, map
/// values) to what they became.
fn rename(kind: &mut TypeKind, kept_as: &HashMap<String, String>) {
    match kind {
        TypeKind::Struct(s) => {
            for field in &mut s.fields {
                rename_ref(&mut field.ty, kept_as);
                if let Some(DefaultValue::Variant { ty, .. }) = &mut field.default {
                    if let Some(kept) = kept_as.get(ty.as_str()) {
                        ty.clone_from(kept);
                    }
                }
            }
            if let Some(additional) = &mut s.additional {
                rename_ref(&mut additional.value, kept_as);
            }
        }
        TypeKind::Union(u) => u.variants.iter_mut().for_each(|variant| rename_ref(&mut variant.ty, kept_as)),
        TypeKind::Alias(ty) => rename_ref(ty, kept_as),
        TypeKind::Enum(_) => {}
    }
}

fn rename_ref(ty: &mut TypeRef, kept_as: &HashMap<String, String>) {
    match ty {
        TypeRef::Named(name) => {
            if let Some(kept) = kept_as.get(name.as_str()) {
                name.clone_from(kept);
            }
        }
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => rename_ref(inner, kept_as),
        TypeRef::Primitive(_) | TypeRef::Json => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lower::lower_test_spec;

    const SPEC: &str = r#"
openapi: 3.0.3
info: {title: t, version: '1'}
paths: {}
components:
  schemas:
    Permissions:
      type: object
      properties:
        admin: {type: string, enum: [read, write]}
    Twin:
      type: object
      properties:
        admin: {type: string, enum: [read, write]}
    Repo:
      type: object
      properties:
        permissions:
          type: object
          properties:
            admin: {type: string, enum: [read, write]}
        pull: {type: string, enum: [read, write], description: Who may pull.}
        state: {type: string, enum: [read, write, none]}
    Other:
      type: object
      properties:
        perms:
          type: object
          properties:
            admin: {type: string, enum: [read, write], description: Who administers.}
    Named:
      type: object
      required: [name]
      properties: {name: {type: string}}
    Pet:
      oneOf:
        - type: object
          required: [name]
          properties: {name: {type: string}}
        - $ref: '#/components/schemas/Named'
"#;

    /// The definition at `pointer`: `Some(name)` of the type it is an alias of, `None` if it is
    /// a definition of its own.
    fn alias_at(api: &Api, pointer: &str) -> Option<String> {
        let def = type_at(api, pointer);
        match &def.kind {
            TypeKind::Alias(TypeRef::Named(name)) => Some(name.clone()),
            _ => None,
        }
    }

    fn type_at<'a>(api: &'a Api, pointer: &str) -> &'a TypeDef {
        let pointers: Vec<&str> = api.types.iter().map(|def| def.pointer.as_str()).collect();
        api.types.iter().find(|def| def.pointer == pointer).unwrap_or_else(|| panic!("no type at {pointer}; there are {pointers:?}"))
    }

    #[test]
    fn inline_copies_become_aliases_of_one_definition() {
        let (spec, mut api) = lower_test_spec(SPEC);
        let before = api.types.clone();
        merge_identical(&mut api, &spec);
        assert_eq!(api.types.len(), before.len(), "every name is kept");
        let s = "/components/schemas";
        // The first copy of the enum in name order (`OtherPermsAdmin`) is kept; every other copy
        // names it, whatever its own docs.
        let kept = type_at(&api, &format!("{s}/Other/properties/perms/properties/admin"));
        assert_eq!((kept.name.as_str(), alias_at(&api, &kept.pointer)), ("OtherPermsAdmin", None));
        for copy in ["Permissions/properties/admin", "Twin/properties/admin", "Repo/properties/permissions/properties/admin", "Repo/properties/pull"] {
            assert_eq!(alias_at(&api, &format!("{s}/{copy}")).as_deref(), Some("OtherPermsAdmin"), "{copy}");
        }
        // Another set of values is another enum.
        assert_eq!(alias_at(&api, &format!("{s}/Repo/properties/state")), None);
        // Once the enums are one, the inline object holding a copy is the named one (a later
        // round); a named schema stays a type of its own even when it reads the same.
        assert_eq!(alias_at(&api, &format!("{s}/Repo/properties/permissions")), Some("Permissions".to_string()));
        assert_eq!(alias_at(&api, "/components/schemas/Twin"), None);
        // A property's docs are part of the definition.
        assert_eq!(alias_at(&api, &format!("{s}/Other/properties/perms")), None);
        // A union's variant is held by a `From` impl: it stays its own.
        assert_eq!(alias_at(&api, &format!("{s}/Pet/oneOf/0")), None);
        // An alias keeps its own docs.
        let pull = type_at(&api, &format!("{s}/Repo/properties/pull"));
        let pull_before = before.iter().find(|def| def.name == pull.name).expect("the same name before");
        assert_eq!(pull.docs, pull_before.docs);
    }

    #[test]
    fn a_spec_without_copies_is_left_as_it_was() {
        let text = SPEC.split("    Twin:").next().expect("the first schema");
        let (spec, mut api) = lower_test_spec(text);
        let before = api.types.clone();
        merge_identical(&mut api, &spec);
        assert_eq!(api.types, before);
    }
}
