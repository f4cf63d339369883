//! Writes one end-to-end case per operation of every product: the generated client calls the
//! operation with the spec's example values (or valid samples where the spec has none), and the
//! typed result is checked against the spec's example response.

use std::fmt::Write as _;

use generator::config::ProductConfig;
use generator::emit::type_tokens_with;
use generator::examples::sample_value;
use generator::load::LoadedSpec;
use generator::model::{Api, BodyEncoding, Decoding, Operation, Primitive, ResponseShape, SecurityKind, TypeRef};
use quote::quote;

type Product = (ProductConfig, LoadedSpec, Api);

pub fn cases(products: &[Product]) -> String {
    let mut out = String::from("/// One case per operation, in product and method order.\npub fn cases() -> Vec<Case> {\n    vec![\n");
    let mut scope_sets = std::collections::BTreeSet::new();
    for (product, _, api) in products {
        for operation in &api.operations {
            out.push_str(&case(&product.module(), &product.name, api, operation));
            scope_sets.extend(client_credentials_scopes(api, operation));
        }
    }
    out.push_str("    ]\n}\n");
    let _ = write!(
        out,
        "\n/// The different scope sets two-legged operations ask for: one token request each, when tokens are cached.\npub const CLIENT_CREDENTIALS_SCOPE_SETS: u64 = {};\n",
        scope_sets.len()
    );
    out
}

/// The token URL and scopes of the client-credentials token an operation would use.
fn client_credentials_scopes(api: &Api, operation: &Operation) -> Option<String> {
    let alternative = operation.security.first()?;
    alternative.iter().find_map(|requirement| {
        let scheme = api.security_schemes.iter().find(|s| s.name == requirement.scheme)?;
        match &scheme.kind {
            SecurityKind::OAuth2(oauth) => oauth.client_credentials.as_ref().map(|flow| format!("{:?} {}", flow.token_url, requirement.scopes.join(" "))),
            _ => None,
        }
    })
}

/// Whether every way to authenticate the operation needs a customer (three-legged) token.
fn needs_session(api: &Api, operation: &Operation) -> bool {
    !operation.security.is_empty()
        && operation.security.iter().all(|alternative| {
            alternative.iter().any(|requirement| {
                api.security_schemes.iter().any(|scheme| {
                    scheme.name == requirement.scheme
                        && matches!(&scheme.kind, SecurityKind::OAuth2(oauth) if oauth.authorization_code.is_some() && oauth.client_credentials.is_none())
                })
            })
        })
}

fn case(module: &str, product: &str, api: &Api, operation: &Operation) -> String {
    let types = format!("citi_poland::{module}::types");
    let rust_type = |ty: &TypeRef| -> String {
        type_tokens_with(ty, &|name| {
            let path: syn::Path = syn::parse_str(&format!("{types}::{name}")).expect("a valid path");
            quote! { #path }
        })
        .to_string()
    };
    let value_of = |ty: &TypeRef, example: Option<&serde_json::Value>| -> String {
        let json = example.cloned().unwrap_or_else(|| sample_value(ty, api)).to_string();
        format!("crate::value::<{}>({json:?})?", rust_type(ty))
    };
    let mut args: Vec<String> = operation
        .params
        .iter()
        .filter(|p| p.required && p.constant.is_none())
        .map(|p| value_of(&p.ty, p.example.as_ref()))
        .collect();
    let mut setters = String::new();
    for param in operation.params.iter().filter(|p| !p.required && p.example.is_some()) {
        let _ = write!(setters, ".{}({})", param.name, value_of(&param.ty, param.example.as_ref()));
    }
    if let Some(body) = &operation.body {
        let variant = &body.variants[0];
        let value = match (&variant.encoding, &variant.ty) {
            (BodyEncoding::Binary, _) | (_, TypeRef::Primitive(Primitive::Binary)) => "citi_poland::runtime::Bytes::from_static(b\"sample\")".to_string(),
            _ => value_of(&variant.ty, variant.example.as_ref()),
        };
        let value = match &body.enum_name {
            Some(name) => format!("citi_poland::{module}::operations::{name}::{}({value})", variant.name),
            None => value,
        };
        if body.required {
            args.push(value);
        } else {
            let _ = write!(setters, ".body({value})");
        }
    }
    let call = format!("client.{}({}){setters}.await", operation.method_name, args.join(", "));
    // What the mock answers: the first documented success.
    let check = match &operation.success.shape {
        ResponseShape::Body(_) => {
            let case = &operation.success.cases[0];
            match case.body.as_ref() {
                Some(body) if body.decoding == Decoding::Json => match &body.example {
                    Some(example) => format!("crate::check_json(ctx, result, Some({:?}))", example.to_string()),
                    None => "crate::check_json(ctx, result, None)".to_string(),
                },
                _ => "crate::check_ok(result)".to_string(),
            }
        }
        ResponseShape::Unit | ResponseShape::Named(_) => "crate::check_ok(result)".to_string(),
    };
    let session = needs_session(api, operation);
    format!(
        "        Case {{
            name: \"{product}::{id}\",
            method: \"{method}\",
            needs_session: {session},
            run: |ctx| Box::pin(async move {{
                let client = citi_poland::{module}::Client::from_api_client(ctx.client({session}));
                let result = {call};
                {check}
            }}),
        }},\n",
        id = operation.id,
        method = operation.http_method.as_str(),
    )
}
