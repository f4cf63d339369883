// @generated from specs/accounts.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Accounts (version 1.0.0).
//!
//! Accounts of a Citi Handlowy (Poland) customer: the grouped summary of all accounts, the
//! details of one account, its transactions (full and PSD2-style limited history, multi-account
//! search, detailed view, downloadable history document), credit-card statements, unmasked
//! account numbers, confirmation of funds, consents and account closure. All calls use a
//! customer (authorization code) token with scope `accounts_details_transactions`. Under PSD2
//! only checking, savings and credit-card accounts are returned.
//!
//! Generated from `specs/accounts.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `accounts`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "accounts",
    title: "Citi Poland - Accounts",
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
