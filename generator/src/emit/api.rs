//! The product module file: docs, submodules and the `API` description the runtime reads
//! (servers and security schemes).

use proc_macro2::TokenStream;
use quote::quote;

use super::prelude::{NONE, SOME};
use crate::model::{Api, Endpoint, OAuthFlow, ParamLocation, SecurityKind};

pub(super) fn emit_module(api: &Api, single_file: bool) -> TokenStream {
    let mut lines = vec![format!(" {} (version {}).", api.title.trim(), api.version.trim())];
    if let Some(description) = &api.description {
        lines.push(String::new());
        lines.extend(description.lines().map(|l| format!(" {l}").trim_end().to_string()));
    }
    lines.push(String::new());
    lines.push(format!(" Generated from `{}`: [`Client`] has one method per operation, [`types`] holds the", api.spec_file));
    lines.push(" request and response types, [`operations`] the request builders.".to_string());
    if !api.feature.is_empty() {
        lines.push(String::new());
        lines.push(format!(" Enabled by the cargo feature `{}`.", api.feature));
    }
    let submodules = if single_file {
        quote! {}
    } else {
        quote! {
            pub mod types;
            pub mod operations;
            mod client;
        }
    };
    let name = &api.module;
    let title = &api.title;
    let version = &api.version;
    let servers = api.servers.iter().map(|s| s.url.as_str());
    let schemes = api.security_schemes.iter().map(|scheme| {
        let scheme_name = &scheme.name;
        let kind = match &scheme.kind {
            SecurityKind::HttpBasic => quote! { crate::runtime::SecurityKind::HttpBasic },
            SecurityKind::HttpBearer => quote! { crate::runtime::SecurityKind::HttpBearer },
            SecurityKind::ApiKey { location, name } => {
                let location = match location {
                    ParamLocation::Query => quote! { crate::runtime::ApiKeyLocation::Query },
                    ParamLocation::Cookie => quote! { crate::runtime::ApiKeyLocation::Cookie },
                    ParamLocation::Header | ParamLocation::Path => quote! { crate::runtime::ApiKeyLocation::Header },
                };
                quote! { crate::runtime::SecurityKind::ApiKey { location: #location, name: #name } }
            }
            SecurityKind::OpenIdConnect { url } => quote! { crate::runtime::SecurityKind::OpenIdConnect { url: #url } },
            SecurityKind::OAuth2(oauth) => {
                let client_credentials = flow_tokens(oauth.client_credentials.as_ref());
                let authorization_code = flow_tokens(oauth.authorization_code.as_ref());
                let password = flow_tokens(oauth.password.as_ref());
                let implicit = flow_tokens(oauth.implicit.as_ref());
                let revocation_url = option_endpoint(oauth.revocation_url.as_ref());
                let params = oauth.authorization_params.iter().map(|(k, v)| quote! { (#k, #v) });
                quote! {
                    crate::runtime::SecurityKind::OAuth2(crate::runtime::OAuth2 {
                        client_credentials: #client_credentials,
                        authorization_code: #authorization_code,
                        password: #password,
                        implicit: #implicit,
                        revocation_url: #revocation_url,
                        authorization_params: &[#(#params),*],
                    })
                }
            }
        };
        quote! { crate::runtime::SecurityScheme { name: #scheme_name, kind: #kind } }
    });
    // Through `doc_literal`, so that a U+001F in the spec's text does not break a line (`DOC_LINE_BREAK`).
    let lines = lines.iter().map(|line| super::doc_literal(line));
    quote! {
        #(#![doc = #lines])*

        #submodules
        pub use client::Client;

        /// What the runtime needs to know about this API: its servers (the first is the default)
        /// and its security schemes.
        pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
            name: #name,
            title: #title,
            version: #version,
            servers: &[#(#servers),*],
            security_schemes: &[#(#schemes),*],
        };
    }
}

fn endpoint_tokens(endpoint: &Endpoint) -> TokenStream {
    match endpoint {
        Endpoint::Relative(path) => quote! { crate::runtime::Endpoint::Relative(#path) },
        Endpoint::Absolute(url) => quote! { crate::runtime::Endpoint::Absolute(#url) },
    }
}

fn option_endpoint(endpoint: Option<&Endpoint>) -> TokenStream {
    match endpoint {
        Some(endpoint) => {
            let endpoint = endpoint_tokens(endpoint);
            quote! { #SOME(#endpoint) }
        }
        None => quote! { #NONE },
    }
}

fn flow_tokens(flow: Option<&OAuthFlow>) -> TokenStream {
    let Some(flow) = flow else { return quote! { #NONE } };
    let authorization_url = option_endpoint(flow.authorization_url.as_ref());
    let token_url = option_endpoint(flow.token_url.as_ref());
    let refresh_url = option_endpoint(flow.refresh_url.as_ref());
    let scopes = &flow.scopes;
    quote! {
        #SOME(crate::runtime::OAuthFlow {
            authorization_url: #authorization_url,
            token_url: #token_url,
            refresh_url: #refresh_url,
            scopes: &[#(#scopes),*],
        })
    }
}
