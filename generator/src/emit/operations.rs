//! Operations -> request builders: one struct per operation holding its parameters, with a
//! setter per optional parameter, `send()` (and `.await`) that builds the request through the
//! runtime and decodes each documented status, and `pages()` for cursor-paged lists.

use proc_macro2::{Literal, TokenStream};
use quote::quote;

use super::prelude::{CLONE, ERR, FROM, INTO, NONE, OK, OPTION, RESULT, SOME, STRING, VEC};
use super::{body_type_tokens, doc_attrs, doc_line, ident, module_allows, type_tokens, RustFile, Scope};
use crate::model::{
    Api, BodyEncoding, BodyVariant, Decoding, HttpMethod, ManagedHeader, Operation, Param, ParamLocation, ParamStyle, PartKind, ResponseCase,
    ResponseSet, ResponseShape, StatusMatch,
};

pub(super) fn emit_operations(api: &Api) -> RustFile<'_> {
    RustFile::items(module_allows(), api.operations.len(), |index| super::gated(api.operation_gate(index), emit_operation(&api.operations[index])))
}

/// The success type of an operation (`T`, `()` or its own response type).
pub(super) fn success_type(operation: &Operation) -> TokenStream {
    shape_type(&operation.success.shape)
}

pub(super) fn error_type(operation: &Operation) -> TokenStream {
    shape_type(&operation.errors.shape)
}

fn shape_type(shape: &ResponseShape) -> TokenStream {
    match shape {
        ResponseShape::Unit => quote! { () },
        ResponseShape::Body(ty) => body_type_tokens(ty, Scope::Sibling),
        ResponseShape::Named(name) => {
            let name = ident(name);
            quote! { #name }
        }
    }
}

/// The type a parameter is stored as in the builder (required: `T`, optional: `Option<T>`).
fn param_type(param: &Param) -> TokenStream {
    let ty = type_tokens(&param.ty, Scope::Sibling);
    if param.required {
        ty
    } else {
        quote! { #OPTION<#ty> }
    }
}

pub(super) fn body_type(operation: &Operation) -> Option<TokenStream> {
    let body = operation.body.as_ref()?;
    Some(match &body.enum_name {
        Some(name) => {
            let name = ident(name);
            quote! { super::operations::#name }
        }
        None => body_type_tokens(&body.variants[0].ty, Scope::Sibling),
    })
}

fn emit_operation(operation: &Operation) -> TokenStream {
    let builder = ident(&operation.builder_name);
    let success = success_type(operation);
    let error = error_type(operation);
    let method_name = &operation.method_name;
    let mut docs = operation.docs.clone();
    docs.paragraphs.push(format!(
        "`{} {}` (`{}`). Built by [`Client::{method_name}`](super::Client::{method_name}); send it with `.await` or [`send`](Self::send).",
        operation.http_method.as_str(),
        operation.path,
        operation.id.replace('`', "'")
    ));
    let docs = doc_attrs(&docs);
    let deprecated = if operation.deprecated { quote! { #[deprecated] } } else { quote! {} };

    let body_ty = body_type(operation);
    let body_required = operation.body.as_ref().map(|b| b.required).unwrap_or(false);
    let fields = operation.params.iter().map(|p| {
        let name = ident(&p.name);
        let ty = param_type(p);
        quote! { #name: #ty, }
    });
    let body_field = body_ty.as_ref().map(|ty| {
        if body_required {
            quote! { body: #ty, }
        } else {
            quote! { body: #OPTION<#ty>, }
        }
    });
    let required: Vec<&Param> = operation.params.iter().filter(|p| p.required && p.constant.is_none()).collect();
    let new_params = required.iter().map(|p| {
        let name = ident(&p.name);
        let ty = type_tokens(&p.ty, Scope::Sibling);
        quote! { #name: #ty }
    });
    let new_body_param = match (&body_ty, body_required) {
        (Some(ty), true) => Some(quote! { body: #ty }),
        _ => None,
    };
    let new_params: Vec<TokenStream> = new_params.chain(new_body_param).collect();
    let inits = operation.params.iter().map(|p| {
        let name = ident(&p.name);
        match (&p.constant, p.required) {
            (Some(variant), _) => {
                let ty = type_tokens(&p.ty, Scope::Sibling);
                let variant = ident(variant);
                quote! { #name: #ty::#variant }
            }
            (None, true) => quote! { #name },
            (None, false) => quote! { #name: #NONE },
        }
    });
    let body_init = match (&body_ty, body_required) {
        (Some(_), true) => Some(quote! { body }),
        (Some(_), false) => Some(quote! { body: #NONE }),
        (None, _) => None,
    };
    let inits: Vec<TokenStream> = inits.chain(body_init).collect();
    let setters = operation.params.iter().filter(|p| !p.required).map(|p| {
        let name = ident(&p.name);
        let ty = type_tokens(&p.ty, Scope::Sibling);
        let mut docs = p.docs.clone();
        docs.paragraphs.push(format!("The {} parameter `{}`.", p.location.as_str(), p.wire.replace('`', "'")));
        let docs = doc_attrs(&docs);
        let deprecated = if p.deprecated { quote! { #[deprecated] } } else { quote! {} };
        quote! {
            #docs
            #deprecated
            pub fn #name(mut self, value: impl #INTO<#ty>) -> Self {
                self.#name = #SOME(value.into());
                self
            }
        }
    });
    let body_setter = match (&body_ty, body_required) {
        (Some(ty), false) => {
            let docs = doc_attrs(&operation.body.as_ref().map(|b| b.docs.clone()).unwrap_or_default());
            Some(quote! {
                #docs
                /// The request body (optional for this operation).
                pub fn body(mut self, value: impl #INTO<#ty>) -> Self {
                    self.body = #SOME(value.into());
                    self
                }
            })
        }
        _ => None,
    };
    let operation_const = operation_info(operation);
    let request_params = operation.params.iter().map(request_param);
    let request_body = request_body(operation);
    let matcher = response_match(operation);
    let pages = operation.paging.as_ref().map(|paging| {
        let param = ident(&paging.param);
        let field = ident(&paging.field);
        let cursor = operation.params.iter().find(|p| p.name == paging.param).map_or(paging.param.as_str(), |p| p.wire.as_str());
        quote! {
            /// Every page of the list, starting at this request's cursor and following the cursor
            /// each page returns until a page returns none. A cursor the server already returned
            /// ends the stream with an error that says so, after the page that returned it.
            pub fn pages(self) -> rt::BoxStream<'static, #RESULT<#success, rt::Error<#error>>> {
                rt::pages(self, Self::OPERATION.id, #cursor, |request, cursor| request.#param(cursor), |page: &#success| page.#field.clone())
            }
        }
    });
    let response_types = response_types(operation);
    let body_enum = body_enum(operation);
    quote! {
        #docs
        #deprecated
        #[derive(Clone, Debug)]
        #[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
        pub struct #builder {
            client: super::Client,
            #(#fields)*
            #body_field
            extra_headers: #VEC<(#STRING, #STRING)>,
        }

        impl #builder {
            #operation_const

            pub(super) fn new(client: super::Client, #(#new_params),*) -> Self {
                Self {
                    client,
                    #(#inits,)*
                    extra_headers: #VEC::new(),
                }
            }

            #(#setters)*
            #body_setter

            /// Sends the request and decodes the response, when awaited.
            pub fn send(self) -> rt::ResponseFuture<#success, #error> {
                let mut request = rt::Request::new(&Self::OPERATION);
                #(#request_params)*
                #request_body
                request.extra_headers(&self.extra_headers);
                let decode = |response: rt::Response| #matcher;
                self.client.api_client().send(request, decode)
            }

            #pages
        }

        // `extra_header` and `IntoFuture`, the same for every operation.
        rt::operation_impls!(#builder, #success, #error);

        #response_types
        #body_enum
    }
}

fn operation_info(operation: &Operation) -> TokenStream {
    let id = &operation.id;
    let method = match operation.http_method {
        HttpMethod::Get => quote! { Get },
        HttpMethod::Put => quote! { Put },
        HttpMethod::Post => quote! { Post },
        HttpMethod::Delete => quote! { Delete },
        HttpMethod::Options => quote! { Options },
        HttpMethod::Head => quote! { Head },
        HttpMethod::Patch => quote! { Patch },
        HttpMethod::Trace => quote! { Trace },
    };
    let path = &operation.path;
    let alternatives = operation.security.iter().map(|alternative| {
        let uses = alternative.iter().map(|u| {
            let scheme = &u.scheme;
            let scopes = &u.scopes;
            quote! { rt::SecurityRequirement { scheme: #scheme, scopes: &[#(#scopes),*] } }
        });
        quote! { &[#(#uses),*] }
    });
    let header = |pick: fn(&ManagedHeader) -> Option<&String>| match operation.managed_headers.iter().find_map(pick) {
        Some(name) => quote! { #SOME(#name) },
        None => quote! { #NONE },
    };
    let request_id = header(|h| match h {
        ManagedHeader::RequestId(name) => Some(name),
        ManagedHeader::ClientId(_) => None,
    });
    let client_id = header(|h| match h {
        ManagedHeader::ClientId(name) => Some(name),
        ManagedHeader::RequestId(_) => None,
    });
    let accept = match &operation.accept {
        Some(accept) => quote! { #SOME(#accept) },
        None => quote! { #NONE },
    };
    quote! {
        /// What the runtime needs to know about this operation.
        pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
            id: #id,
            method: rt::Method::#method,
            path: #path,
            security: &[#(#alternatives),*],
            request_id_header: #request_id,
            client_id_header: #client_id,
            accept: #accept,
        };
    }
}

fn style_tokens(style: ParamStyle) -> TokenStream {
    match style {
        // The styles most parameters have, as constants (one line per parameter instead of
        // prettyplease's eight for a struct literal).
        ParamStyle::Simple { explode: false } => quote! { rt::ParamStyle::SIMPLE },
        ParamStyle::Form { explode: true } => quote! { rt::ParamStyle::FORM },
        ParamStyle::Simple { explode } => quote! { rt::ParamStyle::Simple { explode: #explode } },
        ParamStyle::Label { explode } => quote! { rt::ParamStyle::Label { explode: #explode } },
        ParamStyle::Matrix { explode } => quote! { rt::ParamStyle::Matrix { explode: #explode } },
        ParamStyle::Form { explode } => quote! { rt::ParamStyle::Form { explode: #explode } },
        ParamStyle::SpaceDelimited => quote! { rt::ParamStyle::SpaceDelimited },
        ParamStyle::PipeDelimited => quote! { rt::ParamStyle::PipeDelimited },
        ParamStyle::DeepObject => quote! { rt::ParamStyle::DeepObject },
        ParamStyle::Json => quote! { rt::ParamStyle::Json },
    }
}

fn request_param(param: &Param) -> TokenStream {
    let name = ident(&param.name);
    let wire = &param.wire;
    let style = style_tokens(param.style);
    match param.location {
        ParamLocation::Path => quote! { request.path_param(#wire, &self.#name, #style); },
        ParamLocation::Query => quote! { request.query(#wire, &self.#name, #style); },
        ParamLocation::Header => quote! { request.header(#wire, &self.#name, #style); },
        ParamLocation::Cookie => quote! { request.cookie(#wire, &self.#name, #style); },
    }
}

fn request_body(operation: &Operation) -> TokenStream {
    let Some(body) = &operation.body else { return quote! {} };
    // `value` names the body (a `&` to it) in the generated code.
    let write = |variant: &BodyVariant, value: TokenStream| -> TokenStream {
        let content_type = &variant.content_type;
        match &variant.encoding {
            BodyEncoding::Json => quote! { request.json(#value, #content_type); },
            BodyEncoding::Form => quote! { request.form(#value, #content_type); },
            BodyEncoding::Binary => quote! { request.bytes(#CLONE::clone(#value), #content_type); },
            BodyEncoding::Text => quote! { request.text(#CLONE::clone(#value), #content_type); },
            BodyEncoding::Multipart(parts) => {
                let parts = parts.iter().map(|part| {
                    let field = ident(&part.field);
                    let wire = &part.wire;
                    match part.kind {
                        PartKind::File => quote! { form.file(#wire, &#value.#field); },
                        PartKind::Text => quote! { form.text(#wire, &#value.#field); },
                        PartKind::Json => quote! { form.json(#wire, &#value.#field); },
                    }
                });
                quote! {
                    let mut form = rt::Multipart::new();
                    #(#parts)*
                    request.multipart(form, #content_type);
                }
            }
        }
    };
    let writes = match &body.enum_name {
        None => write(&body.variants[0], quote! { body }),
        Some(name) => {
            let name = ident(name);
            let arms = body.variants.iter().map(|variant| {
                let variant_name = ident(&variant.name);
                let write = write(variant, quote! { body });
                quote! { #name::#variant_name(body) => { #write } }
            });
            quote! {
                match body {
                    #(#arms)*
                }
            }
        }
    };
    if body.required {
        quote! {
            let body = &self.body;
            #writes
        }
    } else {
        quote! {
            if let #SOME(body) = &self.body {
                #writes
            }
        }
    }
}

/// The body enum of an operation with several request content types.
fn body_enum(operation: &Operation) -> TokenStream {
    let Some(body) = &operation.body else { return quote! {} };
    let Some(name) = &body.enum_name else { return quote! {} };
    let name = ident(name);
    let variants = body.variants.iter().map(|v| {
        let variant = ident(&v.name);
        let ty = body_type_tokens(&v.ty, Scope::Sibling);
        let doc = doc_line(&format!("Sent as `{}`.", v.content_type));
        quote! { #doc #variant(#ty), }
    });
    let doc = doc_line(&format!("The request body of [`{}`], in one of its content types.", operation.builder_name));
    // `From` for each body type that only one content type takes.
    let froms = body.variants.iter().filter(|v| body.variants.iter().filter(|o| o.ty == v.ty).count() == 1).map(|v| {
        let variant = ident(&v.name);
        let ty = body_type_tokens(&v.ty, Scope::Sibling);
        quote! {
            impl #FROM<#ty> for #name {
                fn from(value: #ty) -> Self {
                    Self::#variant(value)
                }
            }
        }
    });
    quote! {
        #doc
        #[derive(Clone, Debug, PartialEq)]
        pub enum #name {
            #(#variants)*
        }

        #(#froms)*
    }
}

fn status_pattern(status: StatusMatch) -> TokenStream {
    match status {
        StatusMatch::Code(code) => {
            let code = Literal::u16_unsuffixed(code);
            quote! { #code }
        }
        StatusMatch::Range(class) => {
            let low = Literal::u16_unsuffixed(class * 100);
            let high = Literal::u16_unsuffixed(class * 100 + 99);
            quote! { #low..=#high }
        }
        StatusMatch::Default => quote! { _ },
    }
}

fn decode_expr(case: &ResponseCase) -> TokenStream {
    match &case.body {
        Some(body) => match body.decoding {
            Decoding::Json => quote! { response.json() },
            Decoding::Text => quote! { response.text() },
            Decoding::Binary => quote! { response.bytes() },
        },
        None => quote! { response.empty() },
    }
}

fn header_reads(case: &ResponseCase) -> Vec<TokenStream> {
    case.headers
        .iter()
        .map(|h| {
            let name = ident(&h.name);
            let wire = &h.wire;
            if h.required {
                quote! { let #name = response.required_header(#wire)?; }
            } else {
                quote! { let #name = response.header(#wire)?; }
            }
        })
        .collect()
}

/// The `match` on the status: each documented status decodes into its case; undocumented
/// statuses are errors carrying the raw body.
fn response_match(operation: &Operation) -> TokenStream {
    // (rank, pattern, value): exact codes first, then ranges, then the default.
    let mut arms: Vec<(u8, TokenStream, TokenStream)> = Vec::new();
    let rank = |status: StatusMatch| match status {
        StatusMatch::Code(_) => 0,
        StatusMatch::Range(_) => 1,
        StatusMatch::Default => 2,
    };
    for case in &operation.success.cases {
        arms.push((rank(case.status), status_pattern(case.status), success_value(&operation.success, case)));
    }
    for case in &operation.errors.cases {
        let value = error_value(&operation.errors, case);
        arms.push((rank(case.status), status_pattern(case.status), quote! { #ERR(#value) }));
    }
    arms.sort_by_key(|(rank, _, _)| *rank);
    // Statuses decoded the same way share one arm (`400 | 401 | 404 => ...`).
    let mut grouped: Vec<(u8, Vec<TokenStream>, TokenStream)> = Vec::new();
    for (rank, pattern, value) in arms {
        match grouped.last_mut() {
            Some((last_rank, patterns, last_value)) if *last_rank == rank && rank < 2 && last_value.to_string() == value.to_string() => {
                patterns.push(pattern);
            }
            _ => grouped.push((rank, vec![pattern], value)),
        }
    }
    let has_default = operation.errors.cases.iter().any(|c| c.status == StatusMatch::Default);
    // Only a default response: every status decodes the same way, no `match` needed.
    if let [(2, _, value)] = grouped.as_slice() {
        return value.clone();
    }
    let fallback = if has_default { quote! {} } else { quote! { _ => #ERR(response.unexpected()), } };
    let arms = grouped.into_iter().map(|(_, patterns, value)| quote! { #(#patterns)|* => #value, });
    quote! {
        match response.status() {
            #(#arms)*
            #fallback
        }
    }
}

fn success_value(set: &ResponseSet, case: &ResponseCase) -> TokenStream {
    let decode = decode_expr(case);
    match &set.shape {
        ResponseShape::Unit | ResponseShape::Body(_) => decode,
        ResponseShape::Named(name) => {
            let name = ident(name);
            let headers = header_reads(case);
            let header_names: Vec<_> = case.headers.iter().map(|h| ident(&h.name)).collect();
            let body = case.body.as_ref().map(|_| quote! { body: #decode?, });
            if set.cases.len() == 1 {
                quote! {{
                    #(#headers)*
                    #OK(#name { #(#header_names,)* #body })
                }}
            } else {
                let variant = ident(&case.variant);
                let value = match (&case.body, case.headers.is_empty()) {
                    (None, true) => quote! {{ #decode?; #name::#variant }},
                    (Some(_), true) => quote! { #name::#variant(#decode?) },
                    (_, false) => quote! { #name::#variant { #(#header_names,)* #body } },
                };
                quote! {{
                    #(#headers)*
                    #OK(#value)
                }}
            }
        }
    }
}

fn error_value(set: &ResponseSet, case: &ResponseCase) -> TokenStream {
    let decoder = |wrap: TokenStream| match &case.body {
        Some(body) => match body.decoding {
            Decoding::Json => quote! { response.error_json(#wrap) },
            Decoding::Text => quote! { response.error_text(#wrap) },
            Decoding::Binary => quote! { response.error_bytes(#wrap) },
        },
        None => quote! { response.error_empty(#wrap) },
    };
    match &set.shape {
        ResponseShape::Unit => quote! { response.error_empty(()) },
        ResponseShape::Body(_) => decoder(quote! { ::std::convert::identity }),
        ResponseShape::Named(name) => {
            let name = ident(name);
            let variant = ident(&case.variant);
            match &case.body {
                Some(_) => decoder(quote! { #name::#variant }),
                None => quote! { response.error_empty(#name::#variant) },
            }
        }
    }
}

/// The operation's own response and error types, when a plain body type does not say it all.
fn response_types(operation: &Operation) -> TokenStream {
    let mut out = TokenStream::new();
    for (set, is_error) in [(&operation.success, false), (&operation.errors, true)] {
        let ResponseShape::Named(name) = &set.shape else { continue };
        let name = ident(name);
        let kind = if is_error { "Error responses" } else { "Responses" };
        let doc = doc_line(&format!("{kind} of [`{}`].", operation.builder_name));
        if set.cases.len() == 1 && !is_error {
            let case = &set.cases[0];
            let fields = case.headers.iter().map(|h| {
                let field = ident(&h.name);
                let ty = type_tokens(&h.ty, Scope::Sibling);
                let ty = if h.required { ty } else { quote! { #OPTION<#ty> } };
                let mut docs = h.docs.clone();
                docs.paragraphs.push(format!("The `{}` response header.", h.wire));
                let docs = doc_attrs(&docs);
                quote! { #docs pub #field: #ty, }
            });
            let body = case.body.as_ref().map(|b| {
                let ty = body_type_tokens(&b.ty, Scope::Sibling);
                quote! {
                    /// The response body.
                    pub body: #ty,
                }
            });
            let case_docs = doc_attrs(&case.docs);
            out.extend(quote! {
                #doc
                #[doc = ""]
                #case_docs
                #[derive(Clone, Debug, PartialEq)]
                #[non_exhaustive]
                pub struct #name {
                    #(#fields)*
                    #body
                }
            });
            continue;
        }
        let variants = set.cases.iter().map(|case| {
            let variant = ident(&case.variant);
            let mut docs = case.docs.clone();
            let status = match case.status {
                StatusMatch::Code(code) => format!("Status {code}."),
                StatusMatch::Range(class) => format!("Status {class}XX."),
                StatusMatch::Default => "Any other status.".to_string(),
            };
            docs.paragraphs.insert(0, status);
            let docs = doc_attrs(&docs);
            let body_ty = case.body.as_ref().map(|b| body_type_tokens(&b.ty, Scope::Sibling));
            if case.headers.is_empty() || is_error {
                match body_ty {
                    Some(ty) => quote! { #docs #variant(#ty), },
                    None => quote! { #docs #variant, },
                }
            } else {
                let fields = case.headers.iter().map(|h| {
                    let field = ident(&h.name);
                    let ty = type_tokens(&h.ty, Scope::Sibling);
                    let ty = if h.required { ty } else { quote! { #OPTION<#ty> } };
                    let doc = doc_line(&format!("The `{}` response header.", h.wire));
                    quote! { #doc #field: #ty, }
                });
                let body = body_ty.map(|ty| quote! { /// The response body.
                body: #ty, });
                quote! { #docs #variant { #(#fields)* #body }, }
            }
        });
        out.extend(quote! {
            #doc
            #[derive(Clone, Debug, PartialEq)]
            pub enum #name {
                #(#variants)*
            }
        });
    }
    out
}
