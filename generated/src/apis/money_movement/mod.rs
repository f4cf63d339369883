// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Money Movement (version 1.0.0).
//!
//! Payees and transfers of Citi Handlowy (Bank Handlowy w Warszawie S.A.) customers, for an application acting with the customer's consent (OAuth 2.0 authorization code).
//!
//! Transfer types: personal (between the customer's own accounts), internal (to other Citi Handlowy customers), external (to other Polish banks), to an account registered under a proxy (such as a phone number), SEPA, cross-border wire, Citi Global Transfer and bill payment. The payment-initiation calls send several transfers as one bundle and manage standing instructions.
//!
//! Every transfer is two-phase:
//! 1. pick a source account and a destination from the type's eligibility call;
//! 2. POST the type's `preprocess` call (or `preprocess/adhoc` for a beneficiary that is not a registered payee); it validates the transfer and returns a `controlFlowId` with the debit and credit amounts, the exchange rate and fees;
//! 3. POST the confirm call with `{"controlFlowId": ...}`; it executes the transfer and returns the `transactionReferenceId`. If the confirm call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the type's `/confirmation` call.
//!
//! Generated from `specs/money-movement.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `money-movement`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "money_movement",
    title: "Citi Poland - Money Movement",
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
