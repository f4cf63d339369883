// @generated from specs/utilities.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Utilities (version 1.0.0).
//!
//! Utilities of the Citi Handlowy (Poland) API hub: the valid values of reference-data fields
//! used by the other products (for example `accountStatus`, `paymentType`, `addressType`), the
//! field properties and validations of another API (metadata), and an employer search that
//! supports onboarding. All calls use an application (client credentials) token.
//!
//! Generated from `specs/utilities.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `utilities`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "utilities",
    title: "Citi Poland - Utilities",
    version: "1.0.0",
    servers: &[
        "https://sandbox.apihub.citi.com/gcb/api",
        "https://prod.apihub.citi.com/gcb/api",
    ],
    security_schemes: &[
        crate::runtime::SecurityScheme {
            name: "clientCredentials",
            kind: crate::runtime::SecurityKind::OAuth2(crate::runtime::OAuth2 {
                client_credentials: Some(crate::runtime::OAuthFlow {
                    authorization_url: None,
                    token_url: Some(
                        crate::runtime::Endpoint::Relative(
                            "/clientCredentials/oauth2/token/pl/gcb",
                        ),
                    ),
                    refresh_url: None,
                    scopes: &[
                        "meta_data",
                        "onboarding",
                        "pay_with_points",
                        "reference_data",
                    ],
                }),
                authorization_code: None,
                password: None,
                implicit: None,
                revocation_url: None,
                authorization_params: &[],
            }),
        },
        crate::runtime::SecurityScheme {
            name: "clientIdHeader",
            kind: crate::runtime::SecurityKind::ApiKey {
                location: crate::runtime::ApiKeyLocation::Header,
                name: "X-IBM-Client-Id",
            },
        },
    ],
};
