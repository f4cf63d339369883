//! Stage 3, emit: the IR -> Rust token streams, one per generated file.
//!
//! Emitters do no IO and make no decisions: every name, type and shape was settled in `lower`;
//! this stage only spells it out. Generated code calls the hand-written runtime
//! (`crate::runtime`, as `rt` in the item files) and names std's prelude items short unless a
//! spec name would shadow them ([`prelude`]).

mod api;
mod client;
mod operations;
pub(crate) mod prelude;
pub mod surface;
mod types;
pub(crate) use types::{OBJECT_SERDE_CALL, OBJECT_BUILDER_CALL};

use proc_macro2::{Ident, Span, TokenStream};
use quote::quote;

use crate::model::{Api, Docs, Primitive, StatusMatch, TypeRef};
use prelude::{OPTION, STRING, VEC};

/// One generated Rust file, described so the writer can build, parse and format its items on
/// every core: token streams cannot cross threads, so each item is made where it is formatted.
pub enum RustFile<'a> {
    /// A small file, made in one piece.
    Single(TokenStream),
    /// Inner attributes, then `len` top-level items made by `item(index)`.
    Items { inner: TokenStream, len: usize, item: Box<dyn Fn(usize) -> TokenStream + Sync + 'a> },
}

impl<'a> RustFile<'a> {
    pub fn single(tokens: TokenStream) -> RustFile<'static> {
        RustFile::Single(tokens)
    }

    /// The items are made later, on other threads, with the std names of the thread that
    /// calls this ([`prelude`]).
    pub fn items(inner: TokenStream, len: usize, item: impl Fn(usize) -> TokenStream + Sync + 'a) -> RustFile<'a> {
        let short = prelude::current();
        RustFile::Items { inner, len, item: Box::new(move |index| prelude::with(short, || item(index))) }
    }

    /// The whole file as one token stream.
    pub fn into_tokens(self) -> TokenStream {
        match self {
            RustFile::Single(tokens) => tokens,
            RustFile::Items { inner, len, item } => {
                let items = (0..len).map(item);
                quote! { #inner #(#items)* }
            }
        }
    }
}

/// The files of one product module.
pub struct EmittedApi<'a> {
    /// `mod.rs`: module docs, submodules, the API description the runtime reads.
    pub module: RustFile<'a>,
    pub types: RustFile<'a>,
    pub operations: RustFile<'a>,
    pub client: RustFile<'a>,
}

pub fn emit_api(api: &Api) -> EmittedApi<'_> {
    prelude::for_api(api, || EmittedApi {
        module: RustFile::single(api::emit_module(api, false)),
        types: types::emit_types(api),
        operations: operations::emit_operations(api),
        client: client::emit_client(api),
    })
}

/// The module file (`mod.rs` or a crate's `lib.rs`): docs, submodule declarations, `API`.
pub fn emit_module_file(api: &Api) -> TokenStream {
    prelude::for_api(api, || api::emit_module(api, false))
}

/// The whole product in one token stream, submodules inline (for snapshots and fixtures).
pub fn emit_api_single_file(api: &Api) -> TokenStream {
    let module = prelude::for_api(api, || api::emit_module(api, true));
    let EmittedApi { types, operations, client, .. } = emit_api(api);
    let (types, operations, client) = (types.into_tokens(), operations.into_tokens(), client.into_tokens());
    quote! {
        #module
        pub mod types {
            #types
        }
        pub mod operations {
            #operations
        }
        mod client {
            #client
        }
    }
}

/// `src/apis/common.rs`: the types the products share.
pub fn emit_shared_module(shared: &Api) -> RustFile<'_> {
    prelude::for_api(shared, || types::emit_shared_types(shared))
}

/// `src/apis/mod.rs`: the shared module (when there is one) and one feature-gated module per
/// product.
pub fn emit_apis_index(shared: Option<&str>, apis: &[(String, String)]) -> TokenStream {
    let shared = shared.map(|module| {
        let name = ident(module);
        quote! { pub mod #name; }
    });
    let modules = apis.iter().map(|(module, feature)| {
        let name = ident(module);
        if feature.is_empty() {
            quote! { pub mod #name; }
        } else {
            quote! {
                #[cfg(feature = #feature)]
                #[cfg_attr(docsrs, doc(cfg(feature = #feature)))]
                pub mod #name;
            }
        }
    });
    quote! { #shared #(#modules)* }
}

/// `#[cfg(...)]` for an item compiled when any of `features` is on; nothing for none.
pub(crate) fn feature_gate(features: &[String]) -> TokenStream {
    match features {
        [] => quote! {},
        [one] => quote! { #[cfg(feature = #one)] },
        many => quote! { #[cfg(any(#(feature = #many),*))] },
    }
}

/// `tokens` (one or more items) with the gate of `features` on every item: a type's or an
/// operation's tokens are several items (the type, its impls, its helpers), all compiled or
/// none.
pub(crate) fn gated(features: &[String], tokens: TokenStream) -> TokenStream {
    if features.is_empty() {
        return tokens;
    }
    let Ok(mut file) = syn::parse2::<syn::File>(tokens.clone()) else {
        // Not items (a generator bug): the writer reports it when it parses the file.
        return tokens;
    };
    let gate = feature_gate(features);
    for item in &mut file.items {
        // Parsed for each item (syn's attributes are not `Clone` without a feature of its own).
        if let (Some(attrs), Ok(parsed)) = (item_attrs(item), syn::parse::Parser::parse2(syn::Attribute::parse_outer, gate.clone())) {
            attrs.splice(0..0, parsed);
        }
    }
    quote::ToTokens::into_token_stream(file)
}

fn item_attrs(item: &mut syn::Item) -> Option<&mut Vec<syn::Attribute>> {
    use syn::Item;
    Some(match item {
        Item::Const(item) => &mut item.attrs,
        Item::Enum(item) => &mut item.attrs,
        Item::ExternCrate(item) => &mut item.attrs,
        Item::Fn(item) => &mut item.attrs,
        Item::ForeignMod(item) => &mut item.attrs,
        Item::Impl(item) => &mut item.attrs,
        Item::Macro(item) => &mut item.attrs,
        Item::Mod(item) => &mut item.attrs,
        Item::Static(item) => &mut item.attrs,
        Item::Struct(item) => &mut item.attrs,
        Item::Trait(item) => &mut item.attrs,
        Item::TraitAlias(item) => &mut item.attrs,
        Item::Type(item) => &mut item.attrs,
        Item::Union(item) => &mut item.attrs,
        Item::Use(item) => &mut item.attrs,
        _ => return None,
    })
}

pub(crate) fn ident(name: &str) -> Ident {
    Ident::new(name, Span::call_site())
}

/// Between the lines of one `#[doc]` attribute of [`doc_attrs`]; the writer makes each piece
/// its own `///` line again.
pub(crate) const DOC_LINE_BREAK: char = '\u{1f}';

/// The docs as one `#[doc = "..."]` attribute, its lines joined by [`DOC_LINE_BREAK`] (the
/// writer splits them: the text is that of one attribute per line, which syn and prettyplease
/// parsed and printed one by one, about 9% of the profile of generating GitHub's description);
/// paragraphs separated by an empty line.
pub(crate) fn doc_attrs(docs: &Docs) -> TokenStream {
    let (mut joined, mut lines) = (String::new(), 0);
    let mut push_line = |line: &str| {
        if lines > 0 {
            joined.push(DOC_LINE_BREAK);
        }
        lines += 1;
        let line = line.trim_end();
        if !line.is_empty() {
            joined.push(' ');
            joined.extend(without_line_breaks(line));
        }
    };
    for (index, paragraph) in docs.paragraphs.iter().enumerate() {
        if index > 0 {
            push_line("");
        }
        paragraph.lines().for_each(&mut push_line);
    }
    if lines == 0 {
        return TokenStream::new();
    }
    let literal = doc_literal_of_lines(&joined);
    quote! { #[doc = #literal] }
}

pub(crate) fn doc_line(text: &str) -> TokenStream {
    let line = doc_literal(&format!(" {text}"));
    quote! { #[doc = #line] }
}

/// A doc line's text as a raw string literal (`r"…"`, with as many `#` as its quotes need).
/// The formatter writes the same `///` line from it as from a plain string, and neither
/// `quote` nor `syn` has to escape and unescape it on the way: doc lines are a fifth of the
/// generated lines. A text a raw string cannot hold (a carriage return) is a plain string.
/// A [`DOC_LINE_BREAK`] of the caller's text (a control character, from a spec) is written as
/// U+FFFD, so that only the breaks of [`doc_attrs`] break lines.
fn doc_literal(text: &str) -> proc_macro2::Literal {
    if text.contains(DOC_LINE_BREAK) {
        doc_literal_of_lines(&without_line_breaks(text).collect::<String>())
    } else {
        doc_literal_of_lines(text)
    }
}

/// A doc text's characters with each [`DOC_LINE_BREAK`] (a spec's control character) as U+FFFD.
fn without_line_breaks(text: &str) -> impl Iterator<Item = char> + '_ {
    text.chars().map(|c| if c == DOC_LINE_BREAK { '\u{fffd}' } else { c })
}

fn doc_literal_of_lines(text: &str) -> proc_macro2::Literal {
    if !text.contains('\r') {
        let mut hashes = 0;
        for (at, _) in text.match_indices('"') {
            hashes = hashes.max(text[at + 1..].bytes().take_while(|&byte| byte == b'#').count() + 1);
        }
        let fence = "#".repeat(hashes);
        if let Ok(literal) = format!("r{fence}\"{text}\"{fence}").parse::<proc_macro2::Literal>() {
            return literal;
        }
    }
    proc_macro2::Literal::string(text)
}

/// Where a type is written: inside the `types` module, or next to it.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    Types,
    Sibling,
}

/// A type reference as Rust tokens. Binary is a field type (`Binary`, with a file name) in
/// structs and raw `Bytes` for whole bodies (`body_type_tokens`).
pub(crate) fn type_tokens(ty: &TypeRef, scope: Scope) -> TokenStream {
    type_tokens_with(ty, &|name| {
        let name = ident(name);
        match scope {
            Scope::Types => quote! { #name },
            Scope::Sibling => quote! { super::types::#name },
        }
    })
}

/// A type reference with generated types written by `named` (e.g. with a crate path, for tests
/// that name generated types from outside the crate).
pub fn type_tokens_with(ty: &TypeRef, named: &dyn Fn(&str) -> TokenStream) -> TokenStream {
    match ty {
        TypeRef::Named(name) => named(name),
        TypeRef::Primitive(primitive) => primitive_tokens(*primitive),
        TypeRef::Vec(inner) => {
            let inner = type_tokens_with(inner, named);
            quote! { #VEC<#inner> }
        }
        TypeRef::Map(inner) => {
            let inner = type_tokens_with(inner, named);
            quote! { ::std::collections::BTreeMap<#STRING, #inner> }
        }
        TypeRef::Nullable(inner) => {
            let inner = type_tokens_with(inner, named);
            quote! { #OPTION<#inner> }
        }
        TypeRef::Json => quote! { ::serde_json::Value },
    }
}

pub(crate) fn primitive_tokens(primitive: Primitive) -> TokenStream {
    match primitive {
        Primitive::String => quote! { #STRING },
        Primitive::Bool => quote! { bool },
        Primitive::I32 => quote! { i32 },
        Primitive::I64 => quote! { i64 },
        Primitive::U32 => quote! { u32 },
        Primitive::U64 => quote! { u64 },
        Primitive::F32 => quote! { f32 },
        Primitive::F64 => quote! { f64 },
        Primitive::Decimal | Primitive::DecimalString => quote! { ::rust_decimal::Decimal },
        Primitive::Date => quote! { ::chrono::NaiveDate },
        Primitive::DateTime => quote! { ::chrono::DateTime<::chrono::FixedOffset> },
        Primitive::Uuid => quote! { ::uuid::Uuid },
        // Absolute: tools name these types from outside the generated modules.
        Primitive::Base64 => quote! { crate::runtime::Base64 },
        Primitive::Binary => quote! { crate::runtime::Binary },
        Primitive::Secret => quote! { crate::runtime::SecretString },
    }
}

/// A whole request or response body: binary bodies are plain `Bytes`.
pub(crate) fn body_type_tokens(ty: &TypeRef, scope: Scope) -> TokenStream {
    match ty {
        TypeRef::Primitive(Primitive::Binary) => quote! { rt::Bytes },
        other => type_tokens(other, scope),
    }
}

/// How a type holding exact decimals is written: the decimals as JSON numbers or as strings.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum DecimalForm {
    Number,
    Text,
}

impl DecimalForm {
    /// The runtime module for `#[serde(with = ...)]`.
    pub(crate) fn module(self) -> &'static str {
        match self {
            DecimalForm::Number => "rt::decimal",
            DecimalForm::Text => "rt::decimal::text",
        }
    }

    /// The module's `serialize` function, as a path.
    pub(crate) fn serialize_fn(self) -> TokenStream {
        match self {
            DecimalForm::Number => quote! { rt::decimal::serialize },
            DecimalForm::Text => quote! { rt::decimal::text::serialize },
        }
    }
}

/// Whether (and how) a type holds exact decimals, which the runtime's decimal serde must write
/// and read.
pub(crate) fn decimal_serde(ty: &TypeRef) -> Option<DecimalForm> {
    match ty {
        TypeRef::Primitive(Primitive::Decimal) => Some(DecimalForm::Number),
        TypeRef::Primitive(Primitive::DecimalString) => Some(DecimalForm::Text),
        TypeRef::Vec(inner) | TypeRef::Map(inner) | TypeRef::Nullable(inner) => decimal_serde(inner),
        _ => None,
    }
}

/// A response status as the spec writes it: `404`, `4XX`, `default`.
pub(crate) fn status_text(status: StatusMatch) -> String {
    match status {
        StatusMatch::Code(code) => code.to_string(),
        StatusMatch::Range(class) => format!("{class}XX"),
        StatusMatch::Default => "default".to_string(),
    }
}

/// The head of an item file: the lints generated code may trip by construction (long
/// constructors, spec-given names), and `rt` for the runtime (no generated item has a lowercase
/// name like it).
pub(crate) fn module_allows() -> TokenStream {
    quote! {
        #![allow(deprecated)]
        #![allow(clippy::too_many_arguments, clippy::large_enum_variant, clippy::enum_variant_names, clippy::type_complexity)]
        #[allow(unused_imports)]
        use crate::runtime as rt;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn doc_literals_hold_their_text() {
        for text in [" plain", " \"quoted\"", " \"# and \"## and \"###", " back\\slash \\n not a newline", " tab\there", " ünï \u{2028} \u{0}", "", " \r carriage"] {
            let literal = doc_literal(text);
            let attribute: syn::Attribute = syn::parse_quote!(#[doc = #literal]);
            let syn::Meta::NameValue(meta) = &attribute.meta else { panic!("{text:?}: not name = value") };
            let syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(literal), .. }) = &meta.value else { panic!("{text:?}: not a string") };
            assert_eq!(literal.value(), text, "{}", literal.token());
        }
        assert!(doc_literal(" a \"# b").to_string().starts_with("r##\""));
        assert!(doc_literal(" a \r b").to_string().starts_with('"'));
        // A spec's unit separator is not the writer's line break.
        let literal = doc_literal(" a \u{1f} b");
        let attribute: syn::Attribute = syn::parse_quote!(#[doc = #literal]);
        let syn::Meta::NameValue(syn::MetaNameValue { value: syn::Expr::Lit(syn::ExprLit { lit: syn::Lit::Str(literal), .. }), .. }) = &attribute.meta else {
            panic!("not a doc string")
        };
        assert_eq!(literal.value(), " a \u{fffd} b");
    }

    #[test]
    fn joined_doc_lines_are_written_as_one_line_each() {
        let paragraphs = ["A summary", "Prose with \"# quotes\"##, a back\\slash\n  indented line\ttab", "```text\ncode\n```", "last \u{1f} unit separator"];
        let docs = Docs { paragraphs: paragraphs.iter().map(|p| p.to_string()).collect() };
        let joined = doc_attrs(&docs);
        // The same docs as one attribute per line, the old way.
        let mut lines = Vec::new();
        for (index, paragraph) in paragraphs.iter().enumerate() {
            if index > 0 {
                lines.push(String::new());
            }
            lines.extend(paragraph.lines().map(|line| format!(" {line}").trim_end().replace('\u{1f}', "\u{fffd}")));
        }
        let per_line = quote! { #(#[doc = #lines])* };
        let file = |docs: &TokenStream| {
            quote! {
                #docs
                pub struct Outer { #docs pub field: u8 }
                impl Outer {
                    #docs
                    pub fn method(&self) {}
                }
                mod inner { #docs pub enum E { #docs A } }
            }
        };
        let (joined, per_line) = (crate::write::format_rust(file(&joined), "").unwrap(), crate::write::format_rust(file(&per_line), "").unwrap());
        assert_eq!(joined, per_line);
        assert!(joined.contains("\n        /// last \u{fffd} unit separator\n        A,"), "{joined}");
        assert!(!joined.contains(DOC_LINE_BREAK));
        assert!(doc_attrs(&Docs::default()).is_empty());
    }
}
