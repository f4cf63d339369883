//! Types -> Rust items: structs with constructors and setters, forward-compatible enums, unions
//! with hand-written serde (through `RawJson`, the value's exact text), aliases.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::prelude::{BOX, DEFAULT, ERR, FROM, OK, OPTION, RESULT, SOME, STRING};
use super::{decimal_serde, doc_attrs, doc_line, gated, ident, module_allows, type_tokens, DecimalForm, RustFile, Scope};
use crate::model::{
    AdditionalFields, Api, DefaultValue, Directions, EnumRepr, EnumValue, Enumeration, Field, Presence, Struct, Tagging, TypeDef, TypeKind, TypeRef,
    Union, FULL_SERDE_FEATURE,
};

pub(super) fn emit_types(api: &Api) -> RustFile<'_> {
    RustFile::items(module_allows(), api.types.len(), |index| {
        let def = &api.types[index];
        if api.shared_types.contains(&def.name) {
            let name = ident(&def.name);
            quote! { pub use crate::apis::common::#name; }
        } else {
            gated(api.type_gate(&def.name), emit_type(def))
        }
    })
}

/// The shared module (`apis/common.rs`): the types of `specs/common.yaml`, which the products
/// re-export.
pub(super) fn emit_shared_types(api: &Api) -> RustFile<'_> {
    let allows = module_allows();
    let inner = quote! {
        #![doc = " Types every product shares, defined once (from `specs/common.yaml`): each product's"]
        #![doc = " `types` module re-exports them, so one `ErrorResponse` handles the errors of all products."]
        #allows
    };
    RustFile::items(inner, api.types.len(), |index| emit_type(&api.types[index]))
}

fn emit_type(def: &TypeDef) -> TokenStream {
    let docs = doc_attrs(&def.docs);
    let deprecated = if def.deprecated { quote! { #[deprecated] } } else { quote! {} };
    let body = match &def.kind {
        TypeKind::Struct(s) => emit_struct(&def.name, s, def.directions),
        TypeKind::Enum(e) => emit_enum(&def.name, e),
        TypeKind::Union(u) => emit_union(&def.name, u, def.directions),
        TypeKind::Alias(ty) => {
            let name = ident(&def.name);
            let ty = type_tokens(ty, Scope::Types);
            quote! { pub type #name = #ty; }
        }
    };
    quote! {
        #docs
        #deprecated
        #body
    }
}

/// The field's Rust type, with `Option`/`Nullable`/`Box` as its presence requires.
fn field_type(field: &Field) -> TokenStream {
    let inner = type_tokens(&field.ty, Scope::Types);
    let inner = if field.boxed { quote! { #BOX<#inner> } } else { inner };
    match field.presence {
        Presence::Required | Presence::Defaulted => inner,
        Presence::RequiredNullable | Presence::Optional => quote! { #OPTION<#inner> },
        Presence::OptionalNullable => quote! { rt::Nullable<#inner> },
    }
}

/// The type a setter or constructor takes (without the presence wrapper and box).
fn value_type(field: &Field) -> TokenStream {
    type_tokens(&field.ty, Scope::Types)
}

fn default_fn_name(struct_name: &str, field: &Field) -> proc_macro2::Ident {
    format_ident!("default_{}_{}", heck::ToSnakeCase::to_snake_case(struct_name), field.name.trim_matches('_'))
}

/// The attributes of a hand-written `Serialize` and `Deserialize` impl: none for a direction the
/// type travels, `#[cfg(feature = "full-serde")]` for the other.
fn serde_impl_cfgs(directions: Directions) -> (TokenStream, TokenStream) {
    let unless = |travels: bool| if travels { quote! {} } else { quote! { #[cfg(feature = #FULL_SERDE_FEATURE)] } };
    (unless(directions.sent), unless(directions.received))
}

/// Whether a struct's `Serialize` and `Deserialize` exist without `full-serde`: for the ways it
/// travels, and both for a struct no operation sends or receives.
fn struct_serde_always(directions: Directions) -> (bool, bool) {
    match (directions.sent, directions.received) {
        (false, false) => (true, true),
        travels => travels,
    }
}

/// A struct's serde derives: the traits its directions need in its `derive`, the other one
/// behind `full-serde`.
fn serde_derives(directions: Directions) -> (TokenStream, TokenStream) {
    let serialize = quote! { ::serde::Serialize };
    let deserialize = quote! { ::serde::Deserialize };
    let gated = |derive: &TokenStream| quote! { #[cfg_attr(feature = #FULL_SERDE_FEATURE, derive(#derive))] };
    match struct_serde_always(directions) {
        (true, false) => (quote! { #serialize }, gated(&deserialize)),
        (false, true) => (quote! { #deserialize }, gated(&serialize)),
        _ => (quote! { #serialize, #deserialize }, quote! {}),
    }
}

fn emit_struct(name: &str, s: &Struct, directions: Directions) -> TokenStream {
    let type_name = ident(name);
    let default_fns = s.fields.iter().filter(|field| field.presence == Presence::Defaulted).map(|field| {
        let function = default_fn_name(name, field);
        let value_ty = value_type(field);
        let value = default_expr(field.default.as_ref());
        quote! {
            fn #function() -> #value_ty {
                #value
            }
        }
    });
    // A struct with additional properties keeps serde's derive (see `emit_additional_serde`);
    // every other struct gets the runtime's `serde_impls!`, which compiles to far less code.
    let derived = s.additional.is_some();
    let camel = derived && prefers_camel_case(s);
    let fields = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let ty = field_type(field);
        let docs = doc_attrs(&field.docs);
        let deprecated = if field.deprecated { quote! { #[deprecated] } } else { quote! {} };
        let serde_attr = if derived { field_serde_attr(name, field, camel) } else { quote! {} };
        quote! {
            #docs
            #deprecated
            #serde_attr
            pub #field_name: #ty,
        }
    });
    let additional = s.additional.as_ref().map(|additional| {
        let field_name = ident(&additional.name);
        let value = type_tokens(&additional.value, Scope::Types);
        let with = match decimal_serde(&additional.value) {
            Some(form) => {
                let function = format!("{}::serialize", form.module());
                quote! { , serialize_with = #function }
            }
            None => quote! {},
        };
        quote! {
            /// Properties beyond the ones declared above.
            #[serde(flatten, skip_deserializing #with)]
            pub #field_name: ::std::collections::BTreeMap<#STRING, #value>,
        }
    });
    let derive_default = if s.all_optional { quote! { Default, } } else { quote! {} };
    let constructor = if s.built_by_callers { emit_constructor(name, s) } else { quote! {} };
    let (attrs, serde_impls) = match &s.additional {
        Some(additional) => {
            let (serde_derives, serde_gated) = serde_derives(directions);
            let rename_all = if camel { quote! { #[serde(rename_all = "camelCase")] } } else { quote! {} };
            let attrs = quote! {
                #[derive(Clone, Debug, PartialEq, #derive_default #serde_derives)]
                #serde_gated
                #[serde(remote = "Self")]
                #rename_all
            };
            (attrs, emit_additional_serde(name, s, additional, directions))
        }
        None => (quote! { #[derive(Clone, Debug, PartialEq, #derive_default)] }, emit_object_serde(name, s, directions)),
    };
    quote! {
        #attrs
        #[non_exhaustive]
        pub struct #type_name {
            #(#fields)*
            #additional
        }

        #serde_impls

        #constructor

        #(#default_fns)*
    }
}

/// One `rename_all = "camelCase"` on the struct instead of a `rename` on each field, when that
/// leaves fewer renames: a field whose wire name serde's camelCase rule does not produce keeps
/// its own.
fn prefers_camel_case(s: &Struct) -> bool {
    let renames_alone = s.fields.iter().filter(|f| f.name != f.wire).count();
    let renames_camel = s.fields.iter().filter(|f| serde_camel_case(&f.name).as_deref() != Some(f.wire.as_str())).count();
    renames_camel < renames_alone
}

/// A field's `#[serde(...)]` for serde's derive: its wire name, presence and decimal form.
fn field_serde_attr(struct_name: &str, field: &Field, camel: bool) -> TokenStream {
    let mut serde_args: Vec<TokenStream> = Vec::new();
    let renamed = if camel { serde_camel_case(&field.name).as_deref() != Some(field.wire.as_str()) } else { field.name != field.wire };
    if renamed {
        let wire = &field.wire;
        serde_args.push(quote! { rename = #wire });
    }
    match field.presence {
        Presence::Optional => {
            let is_none = format!("{}::is_none", OPTION.text());
            serde_args.push(quote! { default, skip_serializing_if = #is_none });
        }
        Presence::OptionalNullable => serde_args.push(quote! { default, skip_serializing_if = "rt::Nullable::is_absent" }),
        Presence::RequiredNullable => serde_args.push(quote! { default }),
        Presence::Defaulted => {
            let path = default_fn_name(struct_name, field).to_string();
            serde_args.push(quote! { default = #path });
        }
        Presence::Required => {}
    }
    if let Some(form) = decimal_serde(&field.ty) {
        let module = form.module();
        serde_args.push(quote! { with = #module });
    }
    if serde_args.is_empty() {
        quote! {}
    } else {
        quote! { #[serde(#(#serde_args),*)] }
    }
}

/// How a call of `rt::object::serde_impls!` starts in the formatted text: the writer lays out each
/// such call one field per line.
pub(crate) const OBJECT_SERDE_CALL: &str = "rt::object::serde_impls!(";

/// How a call of `rt::object::builder!` starts in the formatted text: laid out one field per
/// line too, the struct's name on the first.
pub(crate) const OBJECT_BUILDER_CALL: &str = "rt::object::builder!(";

/// `rt::object::serde_impls!`: the struct's serde, one entry per field (see the runtime's
/// `object` module for what each part means).
fn emit_object_serde(name: &str, s: &Struct, directions: Directions) -> TokenStream {
    let type_name = ident(name);
    let gate = |always: bool| if always { quote! { always } } else { quote! { full_serde } };
    let (ser, de) = struct_serde_always(directions);
    let (ser, de) = (gate(ser), gate(de));
    let entries = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let wire = &field.wire;
        let presence = match field.presence {
            Presence::Required => quote! { required },
            Presence::Optional | Presence::OptionalNullable => quote! { optional },
            Presence::RequiredNullable => quote! { nullable },
            Presence::Defaulted => {
                let function = default_fn_name(name, field);
                quote! { default(#function) }
            }
        };
        let form = match decimal_serde(&field.ty) {
            Some(DecimalForm::Number) => quote! { , number },
            Some(DecimalForm::Text) => quote! { , text },
            None => quote! {},
        };
        quote! { (#field_name, #wire, #presence #form) }
    });
    // A comma after the last field, as the writer's layout of the call has it.
    let trailing = if s.fields.is_empty() { quote! {} } else { quote! { , } };
    quote! {
        rt::object::serde_impls!(#type_name, #ser, #de #(, #entries)* #trailing);
    }
}

/// serde for a struct with additional properties. Its derived code (`remote = "Self"`, so the
/// derive makes inherent functions) writes the extra map flattened but skips it when reading; the
/// runtime reads the object's exact text once, decodes the declared fields from it with the
/// derived code and the other properties into the map. A flattened read would go through serde's
/// buffer, where numbers are `f64`.
fn emit_additional_serde(name: &str, s: &Struct, additional: &AdditionalFields, directions: Directions) -> TokenStream {
    let type_name = ident(name);
    let field_name = ident(&additional.name);
    let known: Vec<&str> = s.fields.iter().map(|field| field.wire.as_str()).collect();
    let decode_value = match decimal_serde(&additional.value) {
        Some(_) => quote! { rt::decimal::from_raw },
        None => quote! { rt::json::decode_raw },
    };
    let (serialize_cfg, deserialize_cfg) = serde_impl_cfgs(directions);
    quote! {
        #serialize_cfg
        impl ::serde::Serialize for #type_name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #RESULT<S::Ok, S::Error> {
                #type_name::serialize(self, serializer)
            }
        }

        #deserialize_cfg
        impl<'de> ::serde::Deserialize<'de> for #type_name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> #RESULT<Self, D::Error> {
                let (mut value, additional) =
                    rt::json::with_additional(deserializer, |declared| #type_name::deserialize(declared), &[#(#known),*], #decode_value)?;
                value.#field_name = additional;
                #OK(value)
            }
        }
    }
}

/// The wire name serde's `rename_all = "camelCase"` gives a field (serde_derive's own rule:
/// drop each `_`, capitalise the letter after it, lowercase the first); `None` where the rule
/// would not apply cleanly (a name that is not ASCII or ends up empty).
fn serde_camel_case(field: &str) -> Option<String> {
    if !field.is_ascii() {
        return None;
    }
    let mut out = String::with_capacity(field.len());
    let mut capitalize = false;
    for ch in field.chars() {
        if ch == '_' {
            capitalize = true;
        } else if capitalize {
            out.push(ch.to_ascii_uppercase());
            capitalize = false;
        } else {
            out.push(ch);
        }
    }
    let first = out.get(..1)?.to_ascii_lowercase();
    Some(format!("{first}{}", &out[1..]))
}

/// `new(required...)` plus one `with_<field>` setter per other field, so a new optional field in
/// a later spec version does not break code that builds the struct: one call of the runtime's
/// `builder!`, an entry per field (the arguments first, in field order, then the fields `new()`
/// fixes, then those it leaves empty).
fn emit_constructor(name: &str, s: &Struct) -> TokenStream {
    let type_name = ident(name);
    let mut arguments = Vec::new();
    let mut fixed = Vec::new();
    let mut setters = Vec::new();
    for field in &s.fields {
        let field_name = ident(&field.name);
        let value_ty = value_type(field);
        let boxed = if field.boxed { quote! { , boxed } } else { quote! {} };
        match (field.presence, &field.constant) {
            (Presence::Required, Some(variant)) => {
                let variant = ident(variant);
                fixed.push(quote! { (fixed #field_name, #value_ty::#variant) });
            }
            (Presence::Required, None) => arguments.push(quote! { (new #field_name, #value_ty, required #boxed) }),
            (Presence::RequiredNullable, _) => arguments.push(quote! { (new #field_name, #value_ty, nullable #boxed) }),
            (Presence::Optional | Presence::OptionalNullable | Presence::Defaulted, _) => {
                let setter = format_ident!("with_{}", field.name.trim_matches('_'));
                let presence = match field.presence {
                    Presence::Optional => quote! { optional },
                    Presence::OptionalNullable => quote! { nullable },
                    _ => {
                        let function = default_fn_name(name, field);
                        quote! { default(#function) }
                    }
                };
                setters.push(quote! { (set #field_name, #setter, #value_ty, #presence #boxed) });
            }
        }
    }
    if let Some(additional) = &s.additional {
        let field_name = ident(&additional.name);
        fixed.push(quote! { (fixed #field_name, #DEFAULT::default()) });
    }
    let default_impl = if arguments.is_empty() && !s.all_optional {
        quote! {
            impl #DEFAULT for #type_name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    } else {
        quote! {}
    };
    // A comma after the last entry, as the writer's layout of the call has it.
    let entries = arguments.iter().chain(&fixed).chain(&setters);
    quote! {
        rt::object::builder!(#type_name #(, #entries)* ,);

        #default_impl
    }
}

fn default_expr(value: Option<&DefaultValue>) -> TokenStream {
    match value {
        Some(DefaultValue::Bool(b)) => quote! { #b },
        Some(DefaultValue::Integer(i)) => {
            let literal = proc_macro2::Literal::i64_unsuffixed(*i);
            quote! { #literal }
        }
        Some(DefaultValue::Float(f)) => {
            let literal = proc_macro2::Literal::f64_unsuffixed(*f);
            quote! { #literal }
        }
        Some(DefaultValue::Decimal(text)) => quote! { rt::decimal::constant(#text) },
        Some(DefaultValue::String(s)) => quote! { #STRING::from(#s) },
        Some(DefaultValue::Variant { ty, variant }) => {
            let ty = ident(ty);
            let variant = ident(variant);
            quote! { #ty::#variant }
        }
        Some(DefaultValue::Empty) | None => quote! { #DEFAULT::default() },
    }
}

/// An open enum: declared with its variants' docs; the runtime's macro takes each variant's wire
/// value and adds the rest (`as_str`/`as_i64`, `Display`, conversions, serde).
fn emit_enum(name: &str, e: &Enumeration) -> TokenStream {
    let type_name = ident(name);
    let variant_names: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let variant_docs = e.variants.iter().map(|v| match &v.value {
        EnumValue::String(s) => doc_line(&format!("`{}`", s.replace('`', "'"))),
        EnumValue::Integer(i) => doc_line(&format!("`{i}`")),
    });
    let values: Vec<proc_macro2::Literal> = e
        .variants
        .iter()
        .map(|v| match &v.value {
            EnumValue::String(s) => proc_macro2::Literal::string(s),
            EnumValue::Integer(i) => proc_macro2::Literal::i64_unsuffixed(*i),
        })
        .collect();
    let (derives, unknown, impls) = match e.repr {
        EnumRepr::String => (
            quote! { #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)] },
            quote! { #STRING },
            quote! { rt::enums::string_enum_impls! },
        ),
        EnumRepr::Integer => (
            quote! { #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)] },
            quote! { i64 },
            quote! { rt::enums::integer_enum_impls! },
        ),
    };
    quote! {
        #derives
        #[non_exhaustive]
        pub enum #type_name {
            #(#variant_docs #variant_names,)*
            /// A value this version of the crate does not know (kept as sent).
            Unknown(#unknown),
        }

        #impls(#type_name #(, (#variant_names, #values))*);
    }
}

fn emit_union(name: &str, u: &Union, directions: Directions) -> TokenStream {
    let type_name = ident(name);
    let tagged = matches!(u.tagging, Tagging::Internal { .. });
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(&v.ty, Scope::Types);
        let ty = if v.boxed { quote! { #BOX<#ty> } } else { ty };
        let doc = if v.tags.is_empty() { quote! {} } else { doc_line(&format!("Tag `{}`.", v.tags.join("`, `"))) };
        quote! { #doc #variant(#ty), }
    });
    let unknown = if tagged {
        quote! {
            /// A variant this version of the crate does not know (its JSON, exactly as received).
            Unknown(rt::RawJson),
        }
    } else {
        quote! {}
    };
    // Serialization: write the inner value; tagged unions also write the tag.
    let serialize_arms = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let inner = if v.boxed { quote! { value.as_ref() } } else { quote! { value } };
        match &u.tagging {
            Tagging::Internal { property } => {
                let tag = v.tags.first().cloned().unwrap_or_default();
                quote! { Self::#variant(value) => rt::json::serialize_tagged(serializer, #property, #tag, #inner), }
            }
            Tagging::Untagged => match decimal_serde(&v.ty) {
                Some(form) => {
                    let function = form.serialize_fn();
                    quote! { Self::#variant(value) => #function(#inner, serializer), }
                }
                None => quote! { Self::#variant(value) => ::serde::Serialize::serialize(#inner, serializer), },
            },
        }
    });
    let serialize_unknown = if tagged { quote! { Self::Unknown(value) => ::serde::Serialize::serialize(value, serializer), } } else { quote! {} };
    let decode = |v: &crate::model::UnionVariant| -> TokenStream {
        let variant = ident(&v.name);
        let wrap = if v.boxed { quote! { |inner| Self::#variant(#BOX::new(inner)) } } else { quote! { Self::#variant } };
        let from_raw = if decimal_serde(&v.ty).is_some() { quote! { rt::decimal::from_raw } } else { quote! { rt::json::decode_raw } };
        quote! { #from_raw(&value).map(#wrap) }
    };
    let deserialize_body = match &u.tagging {
        Tagging::Internal { property } => {
            let arms = u.variants.iter().map(|v| {
                let tags = &v.tags;
                let decode = decode(v);
                quote! { #SOME(#(#tags)|*) => #decode.map_err(|error| rt::json::invalid_raw(value.get(), error)), }
            });
            quote! {
                match rt::json::tag_of(&value, #property).as_deref() {
                    #(#arms)*
                    _ => #OK(Self::Unknown(value)),
                }
            }
        }
        Tagging::Untagged => {
            let attempts = u.variants.iter().map(|v| {
                let decode = decode(v);
                quote! {
                    if let #OK(decoded) = #decode {
                        return #OK(decoded);
                    }
                }
            });
            let message = format!("the value matches none of the shapes of `{name}`");
            quote! {
                #(#attempts)*
                #ERR(rt::json::invalid_raw(value.get(), #message))
            }
        }
    };
    // `From` for each variant type that appears once.
    let mut counts: BTreeMap<&TypeRef, usize> = BTreeMap::new();
    for v in &u.variants {
        *counts.entry(&v.ty).or_default() += 1;
    }
    let from_impls = u.variants.iter().filter(|v| counts.get(&v.ty) == Some(&1)).map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(&v.ty, Scope::Types);
        let value = if v.boxed { quote! { #BOX::new(value) } } else { quote! { value } };
        quote! {
            impl #FROM<#ty> for #type_name {
                fn from(value: #ty) -> Self {
                    Self::#variant(#value)
                }
            }
        }
    });
    let (serialize_cfg, deserialize_cfg) = serde_impl_cfgs(directions);
    quote! {
        #[derive(Clone, Debug, PartialEq)]
        pub enum #type_name {
            #(#variants)*
            #unknown
        }

        #serialize_cfg
        impl ::serde::Serialize for #type_name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> #RESULT<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    #serialize_unknown
                }
            }
        }

        #deserialize_cfg
        impl<'de> ::serde::Deserialize<'de> for #type_name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> #RESULT<Self, D::Error> {
                let value = <rt::RawJson as ::serde::Deserialize>::deserialize(deserializer)?;
                #deserialize_body
            }
        }

        #(#from_impls)*
    }
}

#[cfg(test)]
mod tests {
    use super::serde_camel_case;

    /// The generator leaves a field's `rename` out where `rename_all = "camelCase"` yields the
    /// wire name: its rule must be serde's own, checked here against serde itself.
    #[test]
    fn camel_case_rule_is_serdes() {
        #[derive(serde::Serialize)]
        #[serde(rename_all = "camelCase")]
        #[allow(non_snake_case)]
        struct Names {
            account_id: u8,
            address_line1: u8,
            type_: u8,
            _leading: u8,
            a_b_c: u8,
            x: u8,
            iban_2_code: u8,
            already_camelCase: u8,
        }
        let names = Names { account_id: 0, address_line1: 0, type_: 0, _leading: 0, a_b_c: 0, x: 0, iban_2_code: 0, already_camelCase: 0 };
        let json = serde_json::to_value(&names).unwrap();
        let keys: Vec<&String> = json.as_object().unwrap().keys().collect();
        let fields = ["account_id", "address_line1", "type_", "_leading", "a_b_c", "x", "iban_2_code", "already_camelCase"];
        let ours: Vec<String> = fields.iter().map(|f| serde_camel_case(f).unwrap()).collect();
        assert_eq!(keys, ours.iter().collect::<Vec<_>>());
        assert_eq!(serde_camel_case("kontoNr_é"), None);
    }
}
