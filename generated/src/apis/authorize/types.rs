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
impl AuthCodeTokenResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        access_token: impl ::std::convert::Into<crate::runtime::SecretString>,
        expires_in: impl ::std::convert::Into<f64>,
        refresh_token: impl ::std::convert::Into<crate::runtime::SecretString>,
        scope: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            access_token: access_token.into(),
            token_type: AuthCodeTokenResponseTokenType::Bearer,
            expires_in: expires_in.into(),
            refresh_token: refresh_token.into(),
            scope: scope.into(),
            refresh_token_expires_in: ::std::option::Option::None,
            consented_on: ::std::option::Option::None,
        }
    }
    /// Sets `refresh_token_expires_in`.
    #[must_use]
    pub fn with_refresh_token_expires_in(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.refresh_token_expires_in = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consented_on`.
    #[must_use]
    pub fn with_consented_on(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.consented_on = ::std::option::Option::Some(value.into());
        self
    }
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
}
impl ::std::fmt::Display for AuthCodeTokenResponseTokenType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for AuthCodeTokenResponseTokenType {
    fn from(value: &str) -> Self {
        match value {
            "bearer" => Self::Bearer,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AuthCodeTokenResponseTokenType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "bearer" => Self::Bearer,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for AuthCodeTokenResponseTokenType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for AuthCodeTokenResponseTokenType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthCodeTokenResponseTokenType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for AuthorizationCodeTokenRequestGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for AuthorizationCodeTokenRequestGrantType {
    fn from(value: &str) -> Self {
        match value {
            "authorization_code" => Self::AuthorizationCode,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String>
for AuthorizationCodeTokenRequestGrantType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "authorization_code" => Self::AuthorizationCode,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for AuthorizationCodeTokenRequestGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for AuthorizationCodeTokenRequestGrantType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorizationCodeTokenRequestGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for AuthorizeCustomerBusinessCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for AuthorizeCustomerBusinessCode {
    fn from(value: &str) -> Self {
        match value {
            "GCB" => Self::Gcb,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AuthorizeCustomerBusinessCode {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "GCB" => Self::Gcb,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for AuthorizeCustomerBusinessCode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for AuthorizeCustomerBusinessCode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorizeCustomerBusinessCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for AuthorizeCustomerCountryCode {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for AuthorizeCustomerCountryCode {
    fn from(value: &str) -> Self {
        match value {
            "PL" => Self::Pl,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AuthorizeCustomerCountryCode {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "PL" => Self::Pl,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for AuthorizeCustomerCountryCode {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for AuthorizeCustomerCountryCode {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorizeCustomerCountryCode {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for AuthorizeCustomerResponseType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for AuthorizeCustomerResponseType {
    fn from(value: &str) -> Self {
        match value {
            "code" => Self::Code,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for AuthorizeCustomerResponseType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "code" => Self::Code,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for AuthorizeCustomerResponseType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for AuthorizeCustomerResponseType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for AuthorizeCustomerResponseType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for ClientCredentialsTokenRequestGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for ClientCredentialsTokenRequestGrantType {
    fn from(value: &str) -> Self {
        match value {
            "client_credentials" => Self::ClientCredentials,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String>
for ClientCredentialsTokenRequestGrantType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "client_credentials" => Self::ClientCredentials,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for ClientCredentialsTokenRequestGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for ClientCredentialsTokenRequestGrantType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientCredentialsTokenRequestGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
impl ClientCredentialsTokenResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        access_token: impl ::std::convert::Into<crate::runtime::SecretString>,
    ) -> Self {
        Self {
            token_type: ::std::option::Option::None,
            access_token: access_token.into(),
            expires_in: ::std::option::Option::None,
            consented_on: ::std::option::Option::None,
            scope: ::std::option::Option::None,
        }
    }
    /// Sets `token_type`.
    #[must_use]
    pub fn with_token_type(
        mut self,
        value: impl ::std::convert::Into<ClientCredentialsTokenResponseTokenType>,
    ) -> Self {
        self.token_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expires_in`.
    #[must_use]
    pub fn with_expires_in(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.expires_in = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consented_on`.
    #[must_use]
    pub fn with_consented_on(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.consented_on = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `scope`.
    #[must_use]
    pub fn with_scope(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.scope = ::std::option::Option::Some(value.into());
        self
    }
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
}
impl ::std::fmt::Display for ClientCredentialsTokenResponseTokenType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for ClientCredentialsTokenResponseTokenType {
    fn from(value: &str) -> Self {
        match value {
            "bearer" => Self::Bearer,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String>
for ClientCredentialsTokenResponseTokenType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "bearer" => Self::Bearer,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for ClientCredentialsTokenResponseTokenType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for ClientCredentialsTokenResponseTokenType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for ClientCredentialsTokenResponseTokenType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
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
impl OAuthErrorResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(error: impl ::std::convert::Into<OAuthErrorResponseError>) -> Self {
        Self {
            error: error.into(),
            error_description: ::std::option::Option::None,
            error_uri: ::std::option::Option::None,
        }
    }
    /// Sets `error_description`.
    #[must_use]
    pub fn with_error_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_description = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `error_uri`.
    #[must_use]
    pub fn with_error_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.error_uri = ::std::option::Option::Some(value.into());
        self
    }
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
}
impl ::std::fmt::Display for OAuthErrorResponseError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for OAuthErrorResponseError {
    fn from(value: &str) -> Self {
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
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for OAuthErrorResponseError {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
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
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for OAuthErrorResponseError {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for OAuthErrorResponseError {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for OAuthErrorResponseError {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for RefreshTokenRequestGrantType {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for RefreshTokenRequestGrantType {
    fn from(value: &str) -> Self {
        match value {
            "refresh_token" => Self::RefreshToken,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RefreshTokenRequestGrantType {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "refresh_token" => Self::RefreshToken,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for RefreshTokenRequestGrantType {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for RefreshTokenRequestGrantType {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RefreshTokenRequestGrantType {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
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
}
impl ::std::fmt::Display for RevokeTokenRequestTokenTypeHint {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for RevokeTokenRequestTokenTypeHint {
    fn from(value: &str) -> Self {
        match value {
            "access_token" => Self::AccessToken,
            "refresh_token" => Self::RefreshToken,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RevokeTokenRequestTokenTypeHint {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "access_token" => Self::AccessToken,
            "refresh_token" => Self::RefreshToken,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for RevokeTokenRequestTokenTypeHint {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for RevokeTokenRequestTokenTypeHint {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RevokeTokenRequestTokenTypeHint {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
/// Result of a revoke request.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RevokeTokenResponse {
    /// Outcome of the revocation; `success`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub status: ::std::option::Option<RevokeTokenResponseStatus>,
}
impl RevokeTokenResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            status: ::std::option::Option::None,
        }
    }
    /// Sets `status`.
    #[must_use]
    pub fn with_status(
        mut self,
        value: impl ::std::convert::Into<RevokeTokenResponseStatus>,
    ) -> Self {
        self.status = ::std::option::Option::Some(value.into());
        self
    }
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
}
impl ::std::fmt::Display for RevokeTokenResponseStatus {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        f.write_str(self.as_str())
    }
}
impl ::std::convert::From<&str> for RevokeTokenResponseStatus {
    fn from(value: &str) -> Self {
        match value {
            "success" => Self::Success,
            other => Self::Unknown(::std::string::String::from(other)),
        }
    }
}
impl ::std::convert::From<::std::string::String> for RevokeTokenResponseStatus {
    fn from(value: ::std::string::String) -> Self {
        match value.as_str() {
            "success" => Self::Success,
            _ => Self::Unknown(value),
        }
    }
}
impl ::std::str::FromStr for RevokeTokenResponseStatus {
    type Err = ::std::convert::Infallible;
    fn from_str(value: &str) -> ::std::result::Result<Self, Self::Err> {
        ::std::result::Result::Ok(Self::from(value))
    }
}
impl ::serde::Serialize for RevokeTokenResponseStatus {
    fn serialize<S: ::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::std::result::Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}
impl<'de> ::serde::Deserialize<'de> for RevokeTokenResponseStatus {
    fn deserialize<D: ::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::std::result::Result<Self, D::Error> {
        let value = <::std::string::String as ::serde::Deserialize>::deserialize(
            deserializer,
        )?;
        ::std::result::Result::Ok(Self::from(value))
    }
}
