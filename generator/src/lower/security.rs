//! Security schemes -> what the runtime needs to authenticate: OAuth 2.0 flows with endpoints
//! relative to the chosen server, HTTP basic/bearer, API keys.

use openapiv3::ReferenceOr;
use serde_json::Value;

use super::docs::docs_from;
use super::{component_name, unescape, Lowerer};
use crate::diagnostic::Pointer;
use crate::model::{Endpoint, OAuth2, OAuthFlow, ParamLocation, SecurityKind, SecurityScheme, Server};

impl Lowerer<'_> {
    pub(super) fn security_schemes(&mut self, servers: &[Server]) -> Vec<SecurityScheme> {
        let document = self.document;
        let Some(components) = &document.components else { return Vec::new() };
        let mut schemes = Vec::new();
        for (name, entry) in &components.security_schemes {
            let at = Pointer::root().join("components").join("securitySchemes").join(name);
            let (scheme, resolved_at) = match entry {
                ReferenceOr::Item(scheme) => (scheme.clone(), at.clone()),
                ReferenceOr::Reference { reference } => {
                    let target = component_name(reference, "securitySchemes").map(unescape);
                    let resolved = target.as_ref().and_then(|t| components.security_schemes.get(t)).and_then(|r| match r {
                        ReferenceOr::Item(scheme) => Some(scheme.clone()),
                        ReferenceOr::Reference { .. } => None,
                    });
                    match (resolved, target) {
                        (Some(scheme), Some(target)) => (scheme, Pointer::root().join("components").join("securitySchemes").join(target)),
                        _ => {
                            self.error(&at, format!("cannot resolve security scheme `$ref` `{reference}`"));
                            continue;
                        }
                    }
                }
            };
            // Extensions (`x-revocation-url`, ...) are read where the scheme is written.
            let raw = self.spec.raw_at(resolved_at.as_str()).cloned().unwrap_or(Value::Null);
            let (docs, kind) = match scheme {
                openapiv3::SecurityScheme::APIKey { location, name: key_name, description, .. } => {
                    let location = match location {
                        openapiv3::APIKeyLocation::Query => ParamLocation::Query,
                        openapiv3::APIKeyLocation::Header => ParamLocation::Header,
                        openapiv3::APIKeyLocation::Cookie => ParamLocation::Cookie,
                    };
                    (description, SecurityKind::ApiKey { location, name: key_name })
                }
                openapiv3::SecurityScheme::HTTP { scheme, description, .. } => {
                    let kind = match scheme.to_ascii_lowercase().as_str() {
                        "basic" => SecurityKind::HttpBasic,
                        "bearer" => SecurityKind::HttpBearer,
                        other => {
                            self.warn(&at.join("scheme"), format!("HTTP authentication scheme `{other}` is not supported by the runtime; the client sends a bearer token"));
                            SecurityKind::HttpBearer
                        }
                    };
                    (description, kind)
                }
                openapiv3::SecurityScheme::OAuth2 { flows, description, .. } => {
                    let endpoint = |url: &str| relative_endpoint(url, servers);
                    let mut oauth = OAuth2 {
                        client_credentials: flows.client_credentials.as_ref().map(|f| OAuthFlow {
                            authorization_url: None,
                            token_url: Some(endpoint(&f.token_url)),
                            refresh_url: f.refresh_url.as_deref().map(endpoint),
                            scopes: f.scopes.keys().cloned().collect(),
                        }),
                        authorization_code: flows.authorization_code.as_ref().map(|f| OAuthFlow {
                            authorization_url: Some(endpoint(&f.authorization_url)),
                            token_url: Some(endpoint(&f.token_url)),
                            refresh_url: f.refresh_url.as_deref().map(endpoint),
                            scopes: f.scopes.keys().cloned().collect(),
                        }),
                        password: flows.password.as_ref().map(|f| OAuthFlow {
                            authorization_url: None,
                            token_url: Some(endpoint(&f.token_url)),
                            refresh_url: f.refresh_url.as_deref().map(endpoint),
                            scopes: f.scopes.keys().cloned().collect(),
                        }),
                        implicit: flows.implicit.as_ref().map(|f| OAuthFlow {
                            authorization_url: Some(endpoint(&f.authorization_url)),
                            token_url: None,
                            refresh_url: f.refresh_url.as_deref().map(endpoint),
                            scopes: f.scopes.keys().cloned().collect(),
                        }),
                        revocation_url: None,
                        authorization_params: Vec::new(),
                    };
                    match raw.get("x-revocation-url") {
                        Some(Value::String(url)) => oauth.revocation_url = Some(endpoint(url)),
                        Some(_) => self.warn(&at.join("x-revocation-url"), "`x-revocation-url` must be a string"),
                        None => {}
                    }
                    match raw.get("x-authorization-parameters") {
                        Some(Value::Object(params)) => {
                            for (key, value) in params {
                                match value {
                                    Value::String(value) => oauth.authorization_params.push((key.clone(), value.clone())),
                                    _ => self.warn(&at.join("x-authorization-parameters").join(key), "authorization parameters must be strings"),
                                }
                            }
                        }
                        Some(_) => self.warn(&at.join("x-authorization-parameters"), "`x-authorization-parameters` must be a mapping"),
                        None => {}
                    }
                    (description, SecurityKind::OAuth2(Box::new(oauth)))
                }
                openapiv3::SecurityScheme::OpenIDConnect { open_id_connect_url, description, .. } => {
                    (description, SecurityKind::OpenIdConnect { url: open_id_connect_url })
                }
            };
            schemes.push(SecurityScheme { name: name.clone(), docs: docs_from(&[docs.as_deref()]), kind });
        }
        schemes.sort_by(|a, b| a.name.cmp(&b.name));
        schemes
    }
}

/// An endpoint under one of the spec's servers becomes relative, so it follows the server the
/// client is configured for (sandbox or production).
fn relative_endpoint(url: &str, servers: &[Server]) -> Endpoint {
    if url.starts_with('/') {
        return Endpoint::Relative(url.to_string());
    }
    for server in servers {
        if server.url.is_empty() {
            continue;
        }
        if let Some(rest) = url.strip_prefix(server.url.as_str()) {
            if rest.is_empty() || rest.starts_with('/') {
                return Endpoint::Relative(if rest.is_empty() { "/".to_string() } else { rest.to_string() });
            }
        }
    }
    Endpoint::Absolute(url.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints_under_a_server_are_relative() {
        let servers = vec![Server { url: "https://sandbox.example.com/api".into(), description: None }];
        assert_eq!(relative_endpoint("https://sandbox.example.com/api/oauth/token", &servers), Endpoint::Relative("/oauth/token".into()));
        assert_eq!(relative_endpoint("https://sandbox.example.com/apix/token", &servers), Endpoint::Absolute("https://sandbox.example.com/apix/token".into()));
        assert_eq!(relative_endpoint("/token", &servers), Endpoint::Relative("/token".into()));
    }
}
