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
/// Error body returned by every resource API. The client decodes it when it can; an error body that does not match this schema still reaches the caller as the status and the raw body.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ErrorResponse {
    /// Kind of error. Citi documents `invalid` (request rejected as malformed), `warn` (request partially processed), `error` (request accepted but failed) and `fatal` (technical fault on Citi's side; retry later); other Citi products send the same kinds in capitals (`ERROR`, ...). Any string is accepted.
    pub type_: ::std::string::String,
    /// Machine-readable error code, for example `invalidRequest` or `resourceNotFound`.
    pub code: ::std::string::String,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    /// The request field that caused the error, when there is one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// Further information, free-form: usually a link to documentation of the error (a string); in an MFA step-up (403) an object carrying the `controlFlowId` of the flow to continue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub more_info: ::std::option::Option<::serde_json::Value>,
}
/// RFC 6749 error body returned by the OAuth endpoints.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OAuthErrorResponse {
    /// Error code.
    pub error: OAuthErrorResponseError,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_description: ::std::option::Option<::std::string::String>,
    /// Link to a page describing the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub error_uri: ::std::option::Option<::std::string::String>,
}
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
    Unknown(::std::string::String),
}
impl OAuthErrorResponseError {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::InvalidRequest => "invalid_request",
            Self::InvalidClient => "invalid_client",
            Self::InvalidGrant => "invalid_grant",
            Self::UnauthorizedClient => "unauthorized_client",
            Self::UnsupportedGrantType => "unsupported_grant_type",
            Self::InvalidScope => "invalid_scope",
            Self::AccessDenied => "access_denied",
            Self::UnsupportedResponseType => "unsupported_response_type",
            Self::ServerError => "server_error",
            Self::TemporarilyUnavailable => "temporarily_unavailable",
            Self::UnsupportedTokenType => "unsupported_token_type",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "invalid_request" => Self::InvalidRequest,
            "invalid_client" => Self::InvalidClient,
            "invalid_grant" => Self::InvalidGrant,
            "unauthorized_client" => Self::UnauthorizedClient,
            "unsupported_grant_type" => Self::UnsupportedGrantType,
            "invalid_scope" => Self::InvalidScope,
            "access_denied" => Self::AccessDenied,
            "unsupported_response_type" => Self::UnsupportedResponseType,
            "server_error" => Self::ServerError,
            "temporarily_unavailable" => Self::TemporarilyUnavailable,
            "unsupported_token_type" => Self::UnsupportedTokenType,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(OAuthErrorResponseError);
