// @generated from specs/pay-with-points.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Pay with Points (version 1.0.0).
//!
//! Lets a merchant application accept Citi credit-card reward points as full or partial
//! payment. The points value is credited to the card account later (usually within 1-3 days).
//! Flow: enrol the card (linkage) and receive a `rewardLinkCode` -\> the card holder receives an
//! SMS one-time password -\> activate the link with that password -\> read the point balance -\>
//! redeem points for an order. A separate call, made with the customer's own token, returns
//! the reward point balances of several of the customer's cards.
//!
//! Operations 1-4 use a two-legged (client credentials) access token with the scope
//! `pay_with_points`; the card balance search uses a three-legged (authorization code)
//! customer token with the scope `pay_with_points`. Reconstructed from the project's API facts
//! catalog (`shared/citi-poland-api-facts.md`, section 7); choices and deviations are listed
//! under `x-reconstruction-notes`.
//!
//! Generated from `specs/pay-with-points.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `pay-with-points`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "pay_with_points",
    title: "Citi Poland - Pay with Points",
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
