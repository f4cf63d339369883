// @generated from specs/customers.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Customers (version 1.0.0).
//!
//! Customer profile of a Citi Handlowy (Poland) customer: names and particulars, addresses,
//! e-mail addresses and phone numbers, read in one call or part by part, and changed with
//! update calls. Changing an e-mail address or a phone number may require a multi-factor
//! step-up; the change is then finished with a confirmation call carrying the `controlFlowId`
//! of the step-up.
//!
//! All calls use a three-legged (authorization code) access token with the scope
//! `customers_profiles`. Reconstructed from the project's API facts catalog
//! (`shared/citi-poland-api-facts.md`, section 4); choices and deviations are listed under
//! `x-reconstruction-notes`.
//!
//! Generated from `specs/customers.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `customers`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "customers",
    title: "Citi Poland - Customers",
    version: "1.0.0",
    servers: &[
        "https://sandbox.apihub.citi.com/gcb/api",
        "https://prod.apihub.citi.com/gcb/api",
    ],
    security_schemes: &[
        crate::runtime::SecurityScheme {
            name: "authorizationCode",
            kind: crate::runtime::SecurityKind::OAuth2(crate::runtime::OAuth2 {
                client_credentials: None,
                authorization_code: Some(crate::runtime::OAuthFlow {
                    authorization_url: Some(
                        crate::runtime::Endpoint::Relative("/authCode/oauth2/authorize"),
                    ),
                    token_url: Some(
                        crate::runtime::Endpoint::Relative(
                            "/authCode/oauth2/token/pl/gcb",
                        ),
                    ),
                    refresh_url: Some(
                        crate::runtime::Endpoint::Relative("/authCode/oauth2/refresh"),
                    ),
                    scopes: &[
                        "accounts_details_transactions",
                        "bill_payments",
                        "cards",
                        "customers_profiles",
                        "external_domestic_transfers",
                        "internal_domestic_transfers",
                        "pay_with_points",
                        "payees",
                        "personal_domestic_transfers",
                    ],
                }),
                password: None,
                implicit: None,
                revocation_url: Some(
                    crate::runtime::Endpoint::Relative("/authCode/oauth2/revoke"),
                ),
                authorization_params: &[("businessCode", "GCB"), ("countryCode", "PL")],
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
