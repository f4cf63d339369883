// @generated from specs/authorize.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Authorize (version 1.0.0).
//!
//! OAuth 2.0 endpoints of the Citi Handlowy (Poland) API hub. Client credentials ("two-legged")
//! tokens are used by Onboarding, Pay with Points and Utilities; authorization-code
//! ("three-legged") tokens, obtained after the customer logs in and consents, are used by
//! Accounts, Customers and Money Movement. The token, refresh and revoke endpoints authenticate
//! the application with HTTP Basic (`base64(client_id:client_secret)`) and take
//! `application/x-www-form-urlencoded` bodies.
//!
//! Generated from `specs/authorize.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `authorize`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "authorize",
    title: "Citi Poland - Authorize",
    version: "1.0.0",
    servers: &[
        "https://sandbox.apihub.citi.com/gcb/api",
        "https://prod.apihub.citi.com/gcb/api",
    ],
    security_schemes: &[
        crate::runtime::SecurityScheme {
            name: "basicAuth",
            kind: crate::runtime::SecurityKind::HttpBasic,
        },
    ],
};
