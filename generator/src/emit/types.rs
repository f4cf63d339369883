//! Types -> Rust items: structs with constructors and setters, forward-compatible enums, unions
//! with hand-written serde (through `RawJson`, the value's exact text), aliases.

use std::collections::BTreeMap;

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{decimal_serde, doc_attrs, doc_line, ident, module_allows, type_tokens, RustFile, Scope};
use crate::model::{
    AdditionalFields, Api, DefaultValue, EnumRepr, EnumValue, Enumeration, Field, Presence, Struct, Tagging, TypeDef, TypeKind, TypeRef, Union,
};

pub(super) fn emit_types(api: &Api) -> RustFile<'_> {
    RustFile::items(module_allows(), api.types.len(), |index| emit_type(&api.types[index]))
}

fn emit_type(def: &TypeDef) -> TokenStream {
    let docs = doc_attrs(&def.docs);
    let deprecated = if def.deprecated { quote! { #[deprecated] } } else { quote! {} };
    let body = match &def.kind {
        TypeKind::Struct(s) => emit_struct(&def.name, s),
        TypeKind::Enum(e) => emit_enum(&def.name, e),
        TypeKind::Union(u) => emit_union(&def.name, u),
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
    let inner = if field.boxed { quote! { ::std::boxed::Box<#inner> } } else { inner };
    match field.presence {
        Presence::Required | Presence::Defaulted => inner,
        Presence::RequiredNullable | Presence::Optional => quote! { ::std::option::Option<#inner> },
        Presence::OptionalNullable => quote! { crate::runtime::Nullable<#inner> },
    }
}

/// The type a setter or constructor takes (without the presence wrapper and box).
fn value_type(field: &Field) -> TokenStream {
    type_tokens(&field.ty, Scope::Types)
}

fn default_fn_name(struct_name: &str, field: &Field) -> proc_macro2::Ident {
    format_ident!("default_{}_{}", heck::ToSnakeCase::to_snake_case(struct_name), field.name.trim_matches('_'))
}

fn emit_struct(name: &str, s: &Struct) -> TokenStream {
    let type_name = ident(name);
    let mut default_fns = Vec::new();
    let fields = s.fields.iter().map(|field| {
        let field_name = ident(&field.name);
        let ty = field_type(field);
        let docs = doc_attrs(&field.docs);
        let deprecated = if field.deprecated { quote! { #[deprecated] } } else { quote! {} };
        let mut serde_args: Vec<TokenStream> = Vec::new();
        if field.name != field.wire {
            let wire = &field.wire;
            serde_args.push(quote! { rename = #wire });
        }
        match field.presence {
            Presence::Optional => serde_args.push(quote! { default, skip_serializing_if = "::std::option::Option::is_none" }),
            Presence::OptionalNullable => serde_args.push(quote! { default, skip_serializing_if = "crate::runtime::Nullable::is_absent" }),
            Presence::RequiredNullable => serde_args.push(quote! { default }),
            Presence::Defaulted => {
                let function = default_fn_name(name, field);
                let path = function.to_string();
                serde_args.push(quote! { default = #path });
                let value_ty = value_type(field);
                let value = default_expr(field.default.as_ref());
                default_fns.push(quote! {
                    fn #function() -> #value_ty {
                        #value
                    }
                });
            }
            Presence::Required => {}
        }
        if let Some(form) = decimal_serde(&field.ty) {
            let module = form.module();
            serde_args.push(quote! { with = #module });
        }
        let serde_attr = if serde_args.is_empty() { quote! {} } else { quote! { #[serde(#(#serde_args),*)] } };
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
            pub #field_name: ::std::collections::BTreeMap<::std::string::String, #value>,
        }
    });
    let derive_default = if s.all_optional { quote! { Default, } } else { quote! {} };
    let constructor = emit_constructor(name, s);
    let (remote, serde_impls) = match &s.additional {
        Some(additional) => (quote! { #[serde(remote = "Self")] }, emit_additional_serde(name, s, additional)),
        None => (quote! {}, quote! {}),
    };
    quote! {
        #[derive(Clone, Debug, PartialEq, #derive_default ::serde::Serialize, ::serde::Deserialize)]
        #remote
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

/// serde for a struct with additional properties. Its derived code (`remote = "Self"`, so the
/// derive makes inherent functions) writes the extra map flattened but skips it when reading; the
/// runtime reads the object's exact text once, decodes the declared fields from it with the
/// derived code and the other properties into the map. A flattened read would go through serde's
/// buffer, where numbers are `f64`.
fn emit_additional_serde(name: &str, s: &Struct, additional: &AdditionalFields) -> TokenStream {
    let type_name = ident(name);
    let field_name = ident(&additional.name);
    let known: Vec<&str> = s.fields.iter().map(|field| field.wire.as_str()).collect();
    let decode_value = match decimal_serde(&additional.value) {
        Some(_) => quote! { crate::runtime::decimal::from_raw },
        None => quote! { crate::runtime::json::decode_raw },
    };
    quote! {
        impl ::serde::Serialize for #type_name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                #type_name::serialize(self, serializer)
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #type_name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let (mut value, additional) =
                    crate::runtime::json::with_additional(deserializer, |declared| #type_name::deserialize(declared), &[#(#known),*], #decode_value)?;
                value.#field_name = additional;
                ::std::result::Result::Ok(value)
            }
        }
    }
}

/// `new(required...)` plus one `with_<field>` setter per other field, so a new optional field in
/// a later spec version does not break code that builds the struct.
fn emit_constructor(name: &str, s: &Struct) -> TokenStream {
    let type_name = ident(name);
    let mut params = Vec::new();
    let mut inits = Vec::new();
    let mut setters = Vec::new();
    for field in &s.fields {
        let field_name = ident(&field.name);
        let value_ty = value_type(field);
        let boxed = |value: TokenStream| if field.boxed { quote! { ::std::boxed::Box::new(#value) } } else { value };
        match field.presence {
            Presence::Required => match &field.constant {
                Some(variant) => {
                    let variant = ident(variant);
                    inits.push(quote! { #field_name: #value_ty::#variant });
                }
                None => {
                    params.push(quote! { #field_name: impl ::std::convert::Into<#value_ty> });
                    let value = boxed(quote! { #field_name.into() });
                    inits.push(quote! { #field_name: #value });
                }
            },
            Presence::RequiredNullable => {
                params.push(quote! { #field_name: impl ::std::convert::Into<::std::option::Option<#value_ty>> });
                let value = if field.boxed {
                    quote! { #field_name.into().map(::std::boxed::Box::new) }
                } else {
                    quote! { #field_name.into() }
                };
                inits.push(quote! { #field_name: #value });
            }
            Presence::Optional | Presence::OptionalNullable | Presence::Defaulted => {
                let initial = match field.presence {
                    Presence::Optional => quote! { ::std::option::Option::None },
                    Presence::OptionalNullable => quote! { crate::runtime::Nullable::Absent },
                    _ => {
                        let function = default_fn_name(name, field);
                        boxed(quote! { #function() })
                    }
                };
                inits.push(quote! { #field_name: #initial });
                let setter = format_ident!("with_{}", field.name.trim_matches('_'));
                let value = boxed(quote! { value.into() });
                let assigned = match field.presence {
                    Presence::Optional => quote! { ::std::option::Option::Some(#value) },
                    Presence::OptionalNullable => quote! { crate::runtime::Nullable::Value(#value) },
                    _ => value,
                };
                let doc = doc_line(&format!("Sets `{}`.", field.name));
                setters.push(quote! {
                    #doc
                    #[must_use]
                    pub fn #setter(mut self, value: impl ::std::convert::Into<#value_ty>) -> Self {
                        self.#field_name = #assigned;
                        self
                    }
                });
            }
        }
    }
    if let Some(additional) = &s.additional {
        let field_name = ident(&additional.name);
        inits.push(quote! { #field_name: ::std::default::Default::default() });
    }
    let allow_many = if params.len() > 7 { quote! { #[allow(clippy::too_many_arguments)] } } else { quote! {} };
    let default_impl = if params.is_empty() && !s.all_optional {
        quote! {
            impl ::std::default::Default for #type_name {
                fn default() -> Self {
                    Self::new()
                }
            }
        }
    } else {
        quote! {}
    };
    quote! {
        impl #type_name {
            /// A value with the required fields set and every optional field empty.
            #allow_many
            pub fn new(#(#params),*) -> Self {
                Self {
                    #(#inits,)*
                }
            }

            #(#setters)*
        }

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
        Some(DefaultValue::Decimal(text)) => quote! { crate::runtime::decimal::constant(#text) },
        Some(DefaultValue::String(s)) => quote! { ::std::string::String::from(#s) },
        Some(DefaultValue::Variant { ty, variant }) => {
            let ty = ident(ty);
            let variant = ident(variant);
            quote! { #ty::#variant }
        }
        Some(DefaultValue::Empty) | None => quote! { ::std::default::Default::default() },
    }
}

fn emit_enum(name: &str, e: &Enumeration) -> TokenStream {
    let type_name = ident(name);
    let variant_names: Vec<_> = e.variants.iter().map(|v| ident(&v.name)).collect();
    let variant_docs = e.variants.iter().map(|v| match &v.value {
        EnumValue::String(s) => doc_line(&format!("`{}`", s.replace('`', "'"))),
        EnumValue::Integer(i) => doc_line(&format!("`{i}`")),
    });
    match e.repr {
        EnumRepr::String => {
            let values: Vec<&str> = e
                .variants
                .iter()
                .map(|v| match &v.value {
                    EnumValue::String(s) => s.as_str(),
                    EnumValue::Integer(_) => "",
                })
                .collect();
            quote! {
                #[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum #type_name {
                    #(#variant_docs #variant_names,)*
                    /// A value this version of the crate does not know (kept as sent).
                    Unknown(::std::string::String),
                }

                impl #type_name {
                    /// The value as written on the wire.
                    pub fn as_str(&self) -> &str {
                        match self {
                            #(Self::#variant_names => #values,)*
                            Self::Unknown(value) => value.as_str(),
                        }
                    }
                }

                impl ::std::fmt::Display for #type_name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        f.write_str(self.as_str())
                    }
                }

                impl ::std::convert::From<&str> for #type_name {
                    fn from(value: &str) -> Self {
                        match value {
                            #(#values => Self::#variant_names,)*
                            other => Self::Unknown(::std::string::String::from(other)),
                        }
                    }
                }

                impl ::std::convert::From<::std::string::String> for #type_name {
                    fn from(value: ::std::string::String) -> Self {
                        match value.as_str() {
                            #(#values => Self::#variant_names,)*
                            _ => Self::Unknown(value),
                        }
                    }
                }

                impl ::std::str::FromStr for #type_name {
                    type Err = ::std::convert::Infallible;
                    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
                        ::std::result::Result::Ok(Self::from(value))
                    }
                }

                impl ::serde::Serialize for #type_name {
                    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        serializer.serialize_str(self.as_str())
                    }
                }

                impl<'de> ::serde::Deserialize<'de> for #type_name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        let value = <::std::string::String as ::serde::Deserialize>::deserialize(deserializer)?;
                        ::std::result::Result::Ok(Self::from(value))
                    }
                }
            }
        }
        EnumRepr::Integer => {
            let values: Vec<proc_macro2::Literal> = e
                .variants
                .iter()
                .map(|v| match &v.value {
                    EnumValue::Integer(i) => proc_macro2::Literal::i64_unsuffixed(*i),
                    EnumValue::String(_) => proc_macro2::Literal::i64_unsuffixed(0),
                })
                .collect();
            quote! {
                #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
                #[non_exhaustive]
                pub enum #type_name {
                    #(#variant_docs #variant_names,)*
                    /// A value this version of the crate does not know (kept as sent).
                    Unknown(i64),
                }

                impl #type_name {
                    /// The value as written on the wire.
                    pub fn as_i64(&self) -> i64 {
                        match self {
                            #(Self::#variant_names => #values,)*
                            Self::Unknown(value) => *value,
                        }
                    }
                }

                impl ::std::fmt::Display for #type_name {
                    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
                        ::std::fmt::Display::fmt(&self.as_i64(), f)
                    }
                }

                impl ::std::convert::From<i64> for #type_name {
                    fn from(value: i64) -> Self {
                        match value {
                            #(#values => Self::#variant_names,)*
                            other => Self::Unknown(other),
                        }
                    }
                }

                impl ::serde::Serialize for #type_name {
                    fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                        serializer.serialize_i64(self.as_i64())
                    }
                }

                impl<'de> ::serde::Deserialize<'de> for #type_name {
                    fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                        let value = <i64 as ::serde::Deserialize>::deserialize(deserializer)?;
                        ::std::result::Result::Ok(Self::from(value))
                    }
                }
            }
        }
    }
}

fn emit_union(name: &str, u: &Union) -> TokenStream {
    let type_name = ident(name);
    let tagged = matches!(u.tagging, Tagging::Internal { .. });
    let variants = u.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = type_tokens(&v.ty, Scope::Types);
        let ty = if v.boxed { quote! { ::std::boxed::Box<#ty> } } else { ty };
        let doc = if v.tags.is_empty() { quote! {} } else { doc_line(&format!("Tag `{}`.", v.tags.join("`, `"))) };
        quote! { #doc #variant(#ty), }
    });
    let unknown = if tagged {
        quote! {
            /// A variant this version of the crate does not know (its JSON, exactly as received).
            Unknown(crate::runtime::RawJson),
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
                quote! { Self::#variant(value) => crate::runtime::json::serialize_tagged(serializer, #property, #tag, #inner), }
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
        let wrap = if v.boxed { quote! { |inner| Self::#variant(::std::boxed::Box::new(inner)) } } else { quote! { Self::#variant } };
        let from_raw = if decimal_serde(&v.ty).is_some() { quote! { crate::runtime::decimal::from_raw } } else { quote! { crate::runtime::json::decode_raw } };
        quote! { #from_raw(&value).map(#wrap) }
    };
    let deserialize_body = match &u.tagging {
        Tagging::Internal { property } => {
            let arms = u.variants.iter().map(|v| {
                let tags = &v.tags;
                let decode = decode(v);
                quote! { ::std::option::Option::Some(#(#tags)|*) => #decode.map_err(::serde::de::Error::custom), }
            });
            quote! {
                match crate::runtime::json::tag_of(&value, #property).as_deref() {
                    #(#arms)*
                    _ => ::std::result::Result::Ok(Self::Unknown(value)),
                }
            }
        }
        Tagging::Untagged => {
            let attempts = u.variants.iter().map(|v| {
                let decode = decode(v);
                quote! {
                    if let ::std::result::Result::Ok(decoded) = #decode {
                        return ::std::result::Result::Ok(decoded);
                    }
                }
            });
            let message = format!("the value matches none of the shapes of `{name}`");
            quote! {
                #(#attempts)*
                ::std::result::Result::Err(::serde::de::Error::custom(#message))
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
        let value = if v.boxed { quote! { ::std::boxed::Box::new(value) } } else { quote! { value } };
        quote! {
            impl ::std::convert::From<#ty> for #type_name {
                fn from(value: #ty) -> Self {
                    Self::#variant(#value)
                }
            }
        }
    });
    quote! {
        #[derive(Clone, Debug, PartialEq)]
        pub enum #type_name {
            #(#variants)*
            #unknown
        }

        impl ::serde::Serialize for #type_name {
            fn serialize<S: ::serde::Serializer>(&self, serializer: S) -> ::std::result::Result<S::Ok, S::Error> {
                match self {
                    #(#serialize_arms)*
                    #serialize_unknown
                }
            }
        }

        impl<'de> ::serde::Deserialize<'de> for #type_name {
            fn deserialize<D: ::serde::Deserializer<'de>>(deserializer: D) -> ::std::result::Result<Self, D::Error> {
                let value = <crate::runtime::RawJson as ::serde::Deserialize>::deserialize(deserializer)?;
                #deserialize_body
            }
        }

        #(#from_impls)*
    }
}
