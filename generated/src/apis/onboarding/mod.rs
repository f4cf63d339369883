// @generated from specs/onboarding.yaml by `cargo xtask generate`. Do not edit by hand.

//! Citi Poland - Onboarding (version 1.0.0).
//!
//! Credit-card applications and lead capture for Citi Handlowy (Poland): the product catalogue,
//! creating and updating an application, background screening, the credit decision
//! (in-principle approval), accepting the offered product, final submission, document upload,
//! one-time-password checks of the applicant, supplementary applicants, and prospect (lead)
//! capture. Write steps are chained by the `controlFlowId` returned when the application is
//! created.
//!
//! All calls use a two-legged (client credentials) access token with the scope `onboarding`.
//! Reconstructed from the project's API facts catalog (`shared/citi-poland-api-facts.md`,
//! section 6); choices and deviations are listed under `x-reconstruction-notes`.
//!
//! Generated from `specs/onboarding.yaml`: [`Client`] has one method per operation, [`types`] holds the
//! request and response types, [`operations`] the request builders.
//!
//! Enabled by the cargo feature `onboarding`.
pub mod types;
pub mod operations;
mod client;
pub use client::Client;
/// What the runtime needs to know about this API: its servers (the first is the default)
/// and its security schemes.
pub const API: crate::runtime::ApiInfo = crate::runtime::ApiInfo {
    name: "onboarding",
    title: "Citi Poland - Onboarding",
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
