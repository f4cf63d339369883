// @generated from specs/common.yaml by `cargo xtask generate`. Do not edit by hand.

//! Types every product shares, defined once (from `specs/common.yaml`): each product's
//! `types` module re-exports them, so one `ErrorResponse` handles the errors of all products.
#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Error body returned by every resource API. The client decodes it when it can; an error body that does not match this schema still reaches the caller as the status and the raw body.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// Kind of error. Citi documents `invalid` (request rejected as malformed), `warn` (request partially processed), `error` (request accepted but failed) and `fatal` (technical fault on Citi's side; retry later); other Citi products send the same kinds in capitals (`ERROR`, ...). Any string is accepted.
    pub type_: String,
    /// Machine-readable error code, for example `invalidRequest` or `resourceNotFound`.
    pub code: String,
    /// Human-readable description of the error.
    pub details: Option<String>,
    /// The request field that caused the error, when there is one.
    pub location: Option<String>,
    /// Further information, free-form: usually a link to documentation of the error (a string); in an MFA step-up (403) an object carrying the `controlFlowId` of the flow to continue.
    pub more_info: Option<::serde_json::Value>,
}
rt::object::serde_impls!(
    ErrorResponse, always, always,
    (type_, "type", required),
    (code, "code", required),
    (details, "details", optional),
    (location, "location", optional),
    (more_info, "moreInfo", optional),
);
/// RFC 6749 error body returned by the OAuth endpoints.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OAuthErrorResponse {
    /// Error code.
    pub error: OAuthErrorResponseError,
    /// Human-readable description of the error.
    pub error_description: Option<String>,
    /// Link to a page describing the error.
    pub error_uri: Option<String>,
}
rt::object::serde_impls!(
    OAuthErrorResponse, always, always,
    (error, "error", required),
    (error_description, "error_description", optional),
    (error_uri, "error_uri", optional),
);
/// Error code.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum OAuthErrorResponseError {
    /// `invalid_request`
    InvalidRequest,
    /// `invalid_client`
    InvalidClient,
    /// `invalid_grant`
    InvalidGrant,
    /// `unauthorized_client`
    UnauthorizedClient,
    /// `unsupported_grant_type`
    UnsupportedGrantType,
    /// `invalid_scope`
    InvalidScope,
    /// `access_denied`
    AccessDenied,
    /// `unsupported_response_type`
    UnsupportedResponseType,
    /// `server_error`
    ServerError,
    /// `temporarily_unavailable`
    TemporarilyUnavailable,
    /// `unsupported_token_type`
    UnsupportedTokenType,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(
    OAuthErrorResponseError, (InvalidRequest, "invalid_request"), (InvalidClient,
    "invalid_client"), (InvalidGrant, "invalid_grant"), (UnauthorizedClient,
    "unauthorized_client"), (UnsupportedGrantType, "unsupported_grant_type"),
    (InvalidScope, "invalid_scope"), (AccessDenied, "access_denied"),
    (UnsupportedResponseType, "unsupported_response_type"), (ServerError,
    "server_error"), (TemporarilyUnavailable, "temporarily_unavailable"),
    (UnsupportedTokenType, "unsupported_token_type")
);
