// @generated from specs/authorize.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Customer (authorization code) access token and refresh token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AuthCodeTokenResponse {
    /// The access token to send as `Authorization: Bearer {access_token}`.
    pub access_token: crate::runtime::SecretString,
    /// Token type; `bearer`.
    pub token_type: AuthCodeTokenResponseTokenType,
    /// Lifetime of the access token in seconds (typed as a number in the catalog).
    pub expires_in: f64,
    /// Token to obtain a new access token at `/authCode/oauth2/refresh`.
    pub refresh_token: crate::runtime::SecretString,
    /// Space-separated list of the scopes granted.
    pub scope: ::std::string::String,
    /// Lifetime of the refresh token in seconds.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub refresh_token_expires_in: ::std::option::Option<i64>,
    /// Time the customer gave consent, as an epoch timestamp.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consented_on: ::std::option::Option<i64>,
}
/// Token type; `bearer`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthCodeTokenResponseTokenType {
    /// `bearer`
    Bearer,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl AuthCodeTokenResponseTokenType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "bearer",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "bearer" => Self::Bearer,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(AuthCodeTokenResponseTokenType);
/// Form body of the authorization-code token request.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AuthorizationCodeTokenRequest {
    /// OAuth 2.0 grant type; always `authorization_code`.
    pub grant_type: AuthorizationCodeTokenRequestGrantType,
    /// The authorization code received on the redirect from `/authCode/oauth2/authorize`.
    pub code: crate::runtime::SecretString,
    /// The same `redirect_uri` that was sent to the authorize endpoint.
    pub redirect_uri: ::std::string::String,
}
impl AuthorizationCodeTokenRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        code: impl ::std::convert::Into<crate::runtime::SecretString>,
        redirect_uri: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            grant_type: AuthorizationCodeTokenRequestGrantType::AuthorizationCode,
            code: code.into(),
            redirect_uri: redirect_uri.into(),
        }
    }
}
/// OAuth 2.0 grant type; always `authorization_code`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizationCodeTokenRequestGrantType {
    /// `authorization_code`
    AuthorizationCode,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl AuthorizationCodeTokenRequestGrantType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AuthorizationCode => "authorization_code",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "authorization_code" => Self::AuthorizationCode,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(AuthorizationCodeTokenRequestGrantType);
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerBusinessCode {
    /// `GCB`
    Gcb,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl AuthorizeCustomerBusinessCode {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Gcb => "GCB",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "GCB" => Self::Gcb,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(AuthorizeCustomerBusinessCode);
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerCountryCode {
    /// `PL`
    Pl,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl AuthorizeCustomerCountryCode {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Pl => "PL",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "PL" => Self::Pl,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(AuthorizeCustomerCountryCode);
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerResponseType {
    /// `code`
    Code,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl AuthorizeCustomerResponseType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Code => "code",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "code" => Self::Code,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(AuthorizeCustomerResponseType);
/// Form body of the client-credentials token request.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ClientCredentialsTokenRequest {
    /// OAuth 2.0 grant type; always `client_credentials`.
    pub grant_type: ClientCredentialsTokenRequestGrantType,
    /// The scope requested. Poland accepts one scope per request.
    pub scope: ::std::string::String,
}
impl ClientCredentialsTokenRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(scope: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            grant_type: ClientCredentialsTokenRequestGrantType::ClientCredentials,
            scope: scope.into(),
        }
    }
}
/// OAuth 2.0 grant type; always `client_credentials`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientCredentialsTokenRequestGrantType {
    /// `client_credentials`
    ClientCredentials,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl ClientCredentialsTokenRequestGrantType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::ClientCredentials => "client_credentials",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "client_credentials" => Self::ClientCredentials,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(ClientCredentialsTokenRequestGrantType);
/// Application (client credentials) access token.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ClientCredentialsTokenResponse {
    /// Token type; `bearer`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub token_type: ::std::option::Option<ClientCredentialsTokenResponseTokenType>,
    /// The access token to send as `Authorization: Bearer {access_token}`.
    pub access_token: crate::runtime::SecretString,
    /// Lifetime of the access token in seconds (samples show 1800 and 3600).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expires_in: ::std::option::Option<i64>,
    /// Time the token was issued, as an epoch timestamp.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consented_on: ::std::option::Option<i64>,
    /// The scope granted.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub scope: ::std::option::Option<::std::string::String>,
}
/// Token type; `bearer`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientCredentialsTokenResponseTokenType {
    /// `bearer`
    Bearer,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl ClientCredentialsTokenResponseTokenType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Bearer => "bearer",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "bearer" => Self::Bearer,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(ClientCredentialsTokenResponseTokenType);
pub use crate::apis::common::OAuthErrorResponse;
pub use crate::apis::common::OAuthErrorResponseError;
/// Form body of the refresh request.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RefreshTokenRequest {
    /// OAuth 2.0 grant type; always `refresh_token`.
    pub grant_type: RefreshTokenRequestGrantType,
    /// The refresh token issued with the access token.
    pub refresh_token: crate::runtime::SecretString,
}
impl RefreshTokenRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        refresh_token: impl ::std::convert::Into<crate::runtime::SecretString>,
    ) -> Self {
        Self {
            grant_type: RefreshTokenRequestGrantType::RefreshToken,
            refresh_token: refresh_token.into(),
        }
    }
}
/// OAuth 2.0 grant type; always `refresh_token`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RefreshTokenRequestGrantType {
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl RefreshTokenRequestGrantType {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "refresh_token" => Self::RefreshToken,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(RefreshTokenRequestGrantType);
/// Form body of the revoke request.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RevokeTokenRequest {
    /// The access token or refresh token to revoke.
    pub token: crate::runtime::SecretString,
    /// Which kind of token `token` is. Revoking one token also revokes its pair.
    pub token_type_hint: RevokeTokenRequestTokenTypeHint,
}
impl RevokeTokenRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        token: impl ::std::convert::Into<crate::runtime::SecretString>,
        token_type_hint: impl ::std::convert::Into<RevokeTokenRequestTokenTypeHint>,
    ) -> Self {
        Self {
            token: token.into(),
            token_type_hint: token_type_hint.into(),
        }
    }
}
/// Which kind of token `token` is. Revoking one token also revokes its pair.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RevokeTokenRequestTokenTypeHint {
    /// `access_token`
    AccessToken,
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl RevokeTokenRequestTokenTypeHint {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::AccessToken => "access_token",
            Self::RefreshToken => "refresh_token",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "access_token" => Self::AccessToken,
            "refresh_token" => Self::RefreshToken,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(RevokeTokenRequestTokenTypeHint);
/// Result of a revoke request.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RevokeTokenResponse {
    /// Outcome of the revocation; `success`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<RevokeTokenResponseStatus>,
}
/// Outcome of the revocation; `success`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RevokeTokenResponseStatus {
    /// `success`
    Success,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(::std::string::String),
}
impl RevokeTokenResponseStatus {
    /// The value as written on the wire.
    pub fn as_str(&self) -> &str {
        match self {
            Self::Success => "success",
            Self::Unknown(value) => value.as_str(),
        }
    }
    fn from_wire(value: &str, unknown: impl ::std::ops::FnOnce() -> Self) -> Self {
        match value {
            "success" => Self::Success,
            _ => unknown(),
        }
    }
}
crate::runtime::enums::string_enum_impls!(RevokeTokenResponseStatus);
