// @generated from specs/authorize.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Customer (authorization code) access token and refresh token.
#[derive(Clone, Debug, PartialEq)]
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
    pub scope: String,
    /// Lifetime of the refresh token in seconds.
    pub refresh_token_expires_in: Option<i64>,
    /// Time the customer gave consent, as an epoch timestamp.
    pub consented_on: Option<i64>,
}
rt::object::serde_impls!(
    AuthCodeTokenResponse, full_serde, always,
    (access_token, "access_token", required),
    (token_type, "token_type", required),
    (expires_in, "expires_in", required),
    (refresh_token, "refresh_token", required),
    (scope, "scope", required),
    (refresh_token_expires_in, "refresh_token_expires_in", optional),
    (consented_on, "consented_on", optional),
);
/// Token type; `bearer`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthCodeTokenResponseTokenType {
    /// `bearer`
    Bearer,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(AuthCodeTokenResponseTokenType, (Bearer, "bearer"));
/// Form body of the authorization-code token request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AuthorizationCodeTokenRequest {
    /// OAuth 2.0 grant type; always `authorization_code`.
    pub grant_type: AuthorizationCodeTokenRequestGrantType,
    /// The authorization code received on the redirect from `/authCode/oauth2/authorize`.
    pub code: crate::runtime::SecretString,
    /// The same `redirect_uri` that was sent to the authorize endpoint.
    pub redirect_uri: String,
}
rt::object::serde_impls!(
    AuthorizationCodeTokenRequest, always, full_serde,
    (grant_type, "grant_type", required),
    (code, "code", required),
    (redirect_uri, "redirect_uri", required),
);
rt::object::builder!(
    AuthorizationCodeTokenRequest,
    (new code, crate ::runtime::SecretString, required),
    (new redirect_uri, String, required),
    (fixed grant_type, AuthorizationCodeTokenRequestGrantType::AuthorizationCode),
);
/// OAuth 2.0 grant type; always `authorization_code`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizationCodeTokenRequestGrantType {
    /// `authorization_code`
    AuthorizationCode,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(
    AuthorizationCodeTokenRequestGrantType, (AuthorizationCode, "authorization_code")
);
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerBusinessCode {
    /// `GCB`
    Gcb,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(AuthorizeCustomerBusinessCode, (Gcb, "GCB"));
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerCountryCode {
    /// `PL`
    Pl,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(AuthorizeCustomerCountryCode, (Pl, "PL"));
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum AuthorizeCustomerResponseType {
    /// `code`
    Code,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(AuthorizeCustomerResponseType, (Code, "code"));
/// Form body of the client-credentials token request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ClientCredentialsTokenRequest {
    /// OAuth 2.0 grant type; always `client_credentials`.
    pub grant_type: ClientCredentialsTokenRequestGrantType,
    /// The scope requested. Poland accepts one scope per request.
    pub scope: String,
}
rt::object::serde_impls!(
    ClientCredentialsTokenRequest, always, full_serde,
    (grant_type, "grant_type", required),
    (scope, "scope", required),
);
rt::object::builder!(
    ClientCredentialsTokenRequest,
    (new scope, String, required),
    (fixed grant_type, ClientCredentialsTokenRequestGrantType::ClientCredentials),
);
/// OAuth 2.0 grant type; always `client_credentials`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum ClientCredentialsTokenRequestGrantType {
    /// `client_credentials`
    ClientCredentials,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(
    ClientCredentialsTokenRequestGrantType, (ClientCredentials, "client_credentials")
);
/// Application (client credentials) access token.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ClientCredentialsTokenResponse {
    /// Token type; `bearer`.
    pub token_type: Option<ClientCredentialsTokenResponseTokenType>,
    /// The access token to send as `Authorization: Bearer {access_token}`.
    pub access_token: crate::runtime::SecretString,
    /// Lifetime of the access token in seconds (samples show 1800 and 3600).
    pub expires_in: Option<i64>,
    /// Time the token was issued, as an epoch timestamp.
    pub consented_on: Option<i64>,
    /// The scope granted.
    pub scope: Option<String>,
}
rt::object::serde_impls!(
    ClientCredentialsTokenResponse, full_serde, always,
    (token_type, "token_type", optional),
    (access_token, "access_token", required),
    (expires_in, "expires_in", optional),
    (consented_on, "consented_on", optional),
    (scope, "scope", optional),
);
/// Token type; `bearer`.
pub type ClientCredentialsTokenResponseTokenType = AuthCodeTokenResponseTokenType;
pub use crate::apis::common::OAuthErrorResponse;
pub use crate::apis::common::OAuthErrorResponseError;
/// Form body of the refresh request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RefreshTokenRequest {
    /// OAuth 2.0 grant type; always `refresh_token`.
    pub grant_type: RefreshTokenRequestGrantType,
    /// The refresh token issued with the access token.
    pub refresh_token: crate::runtime::SecretString,
}
rt::object::serde_impls!(
    RefreshTokenRequest, always, full_serde,
    (grant_type, "grant_type", required),
    (refresh_token, "refresh_token", required),
);
rt::object::builder!(
    RefreshTokenRequest,
    (new refresh_token, crate ::runtime::SecretString, required),
    (fixed grant_type, RefreshTokenRequestGrantType::RefreshToken),
);
/// OAuth 2.0 grant type; always `refresh_token`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RefreshTokenRequestGrantType {
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(
    RefreshTokenRequestGrantType, (RefreshToken, "refresh_token")
);
/// Form body of the revoke request.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RevokeTokenRequest {
    /// The access token or refresh token to revoke.
    pub token: crate::runtime::SecretString,
    /// Which kind of token `token` is. Revoking one token also revokes its pair.
    pub token_type_hint: RevokeTokenRequestTokenTypeHint,
}
rt::object::serde_impls!(
    RevokeTokenRequest, always, full_serde,
    (token, "token", required),
    (token_type_hint, "token_type_hint", required),
);
rt::object::builder!(
    RevokeTokenRequest,
    (new token, crate ::runtime::SecretString, required),
    (new token_type_hint, RevokeTokenRequestTokenTypeHint, required),
);
/// Which kind of token `token` is. Revoking one token also revokes its pair.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RevokeTokenRequestTokenTypeHint {
    /// `access_token`
    AccessToken,
    /// `refresh_token`
    RefreshToken,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(
    RevokeTokenRequestTokenTypeHint, (AccessToken, "access_token"), (RefreshToken,
    "refresh_token")
);
/// Result of a revoke request.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RevokeTokenResponse {
    /// Outcome of the revocation; `success`.
    pub status: Option<RevokeTokenResponseStatus>,
}
rt::object::serde_impls!(
    RevokeTokenResponse, full_serde, always,
    (status, "status", optional),
);
/// Outcome of the revocation; `success`.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum RevokeTokenResponseStatus {
    /// `success`
    Success,
    /// A value this version of the crate does not know (kept as sent).
    Unknown(String),
}
rt::enums::string_enum_impls!(RevokeTokenResponseStatus, (Success, "success"));
