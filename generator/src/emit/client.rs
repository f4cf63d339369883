//! The product's `Client`: construction from the runtime's configuration, and one method per
//! operation that takes the required parameters and returns the operation's request builder.

use proc_macro2::TokenStream;
use quote::quote;

use super::operations::body_type;
use super::prelude::{CLONE, INTO, OK, RESULT};
use super::surface::type_text;
use super::{doc_attrs, ident, module_allows, status_text, type_tokens, RustFile, Scope};
use crate::model::{Api, Operation, TypeRef};

pub(super) fn emit_client(api: &Api) -> RustFile<'static> {
    let allows = module_allows();
    let methods = api.operations.iter().enumerate().map(|(index, operation)| {
        let gate = super::feature_gate(api.operation_gate(index));
        let method = emit_method(operation);
        quote! { #gate #method }
    });
    let title = api.title.trim();
    let doc = super::doc_literal(&format!(" Client for {title}: one method per operation of `{}`.", api.spec_file));
    let client = quote! {
        #[doc = #doc]
        ///
        /// Cheap to clone: clones share the connection pool, credentials and token cache.
        #[derive(Clone, Debug)]
        pub struct Client {
            api: rt::ApiClient,
        }

        impl Client {
            /// A client configured by `config` (environment, credentials, timeouts, retries).
            pub fn new(config: rt::Config) -> #RESULT<Self, rt::ConfigError> {
                #OK(Self { api: rt::ApiClient::new(config, &super::API)? })
            }

            /// A client for this API that shares `api`'s connection pool, credentials, token cache
            /// and user session (for example one built for another product).
            pub fn from_api_client(api: &rt::ApiClient) -> Self {
                Self { api: api.for_api(&super::API) }
            }

            /// The runtime client this client sends through.
            pub fn api_client(&self) -> &rt::ApiClient {
                &self.api
            }

            /// The same client acting for a customer: operations that need a customer's token
            /// (three-legged OAuth) use this session's, refreshing it when it expires.
            pub fn with_session(&self, session: rt::UserSession) -> Self {
                Self { api: self.api.with_session(session) }
            }

            #(#methods)*
        }
    };
    RustFile::single(quote! { #allows #client })
}

fn emit_method(operation: &Operation) -> TokenStream {
    let method = ident(&operation.method_name);
    let builder = ident(&operation.builder_name);
    let mut docs = operation.docs.clone();
    docs.paragraphs.push(format!("`{} {}`", operation.http_method.as_str(), operation.path));
    docs.paragraphs.push(errors_paragraph(operation));
    let docs = doc_attrs(&docs);
    let deprecated = if operation.deprecated { quote! { #[deprecated] } } else { quote! {} };
    let required: Vec<_> = operation.params.iter().filter(|p| p.required && p.constant.is_none()).collect();
    let mut params: Vec<TokenStream> = required
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            let ty = type_tokens(&p.ty, Scope::Sibling);
            quote! { #name: impl #INTO<#ty> }
        })
        .collect();
    let mut args: Vec<TokenStream> = required
        .iter()
        .map(|p| {
            let name = ident(&p.name);
            quote! { #name.into() }
        })
        .collect();
    if let (Some(body), Some(ty)) = (&operation.body, body_type(operation)) {
        if body.required {
            params.push(quote! { body: impl #INTO<#ty> });
            args.push(quote! { body.into() });
        }
    }
    quote! {
        #docs
        #deprecated
        pub fn #method(&self, #(#params),*) -> super::operations::#builder {
            super::operations::#builder::new(#CLONE::clone(self), #(#args),*)
        }
    }
}

/// The documented error statuses, grouped by their body type, for the method's docs.
fn errors_paragraph(operation: &Operation) -> String {
    if operation.errors.cases.is_empty() {
        return "No error status is documented: an error status is an [`Error::Api`](crate::runtime::Error::Api) with the raw body only.".to_string();
    }
    // (body description, statuses), in the order the bodies first appear.
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for case in &operation.errors.cases {
        let body = match case.body.as_ref().map(|body| &body.ty) {
            Some(TypeRef::Named(name)) => format!("an [`{name}`](super::types::{name}) body"),
            Some(ty) => format!("a `{}` body", type_text(ty)),
            None => "no body".to_string(),
        };
        let status = format!("`{}`", status_text(case.status));
        match groups.iter_mut().find(|(described, _)| *described == body) {
            Some((_, statuses)) => statuses.push(status),
            None => groups.push((body, vec![status])),
        }
    }
    let groups: Vec<String> = groups.into_iter().map(|(body, statuses)| format!("{} with {body}", statuses.join(", "))).collect();
    format!(
        "Documented errors: {}. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.",
        groups.join("; ")
    )
}
