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
/// Client for Citi Poland - Authorize: one method per operation of `specs/authorize.yaml`.
///
/// Cheap to clone: clones share the connection pool, credentials and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    api: rt::ApiClient,
}
impl Client {
    /// A client configured by `config` (environment, credentials, timeouts, retries).
    pub fn new(config: rt::Config) -> Result<Self, rt::ConfigError> {
        Ok(Self {
            api: rt::ApiClient::new(config, &super::API)?,
        })
    }
    /// A client for this API that shares `api`'s connection pool, credentials, token cache
    /// and user session (for example one built for another product).
    pub fn from_api_client(api: &rt::ApiClient) -> Self {
        Self {
            api: api.for_api(&super::API),
        }
    }
    /// The runtime client this client sends through.
    pub fn api_client(&self) -> &rt::ApiClient {
        &self.api
    }
    /// The same client acting for a customer: operations that need a customer's token
    /// (three-legged OAuth) use this session's, refreshing it when it expires.
    pub fn with_session(&self, session: rt::UserSession) -> Self {
        Self {
            api: self.api.with_session(session),
        }
    }
    /// Start customer login and consent (authorization code)
    ///
    /// Browser flow in which the customer logs in to Citi Handlowy and consents to the requested
    /// scopes. On success the browser is redirected to `redirect_uri` with the authorization
    /// `code` and the `state` sent here; the code is then exchanged for tokens at
    /// `/authCode/oauth2/token/pl/gcb`. No token is needed to call this endpoint.
    ///
    /// `GET /authCode/oauth2/authorize`
    ///
    /// Documented errors: `400`, `500` with an [`OAuthErrorResponse`](super::types::OAuthErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn authorize_customer(
        &self,
        client_id: impl Into<String>,
        scope: impl Into<String>,
        locale: impl Into<String>,
        redirect_uri: impl Into<String>,
    ) -> super::operations::AuthorizeCustomer {
        super::operations::AuthorizeCustomer::new(
            Clone::clone(self),
            client_id.into(),
            scope.into(),
            locale.into(),
            redirect_uri.into(),
        )
    }
    /// Exchange an authorization code for tokens
    ///
    /// Exchanges the authorization `code` received on the redirect for a customer access token
    /// and a refresh token.
    ///
    /// `POST /authCode/oauth2/token/pl/gcb`
    ///
    /// Documented errors: `400`, `401`, `500` with an [`OAuthErrorResponse`](super::types::OAuthErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn exchange_authorization_code(
        &self,
        body: impl Into<super::types::AuthorizationCodeTokenRequest>,
    ) -> super::operations::ExchangeAuthorizationCode {
        super::operations::ExchangeAuthorizationCode::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Refresh a customer access token
    ///
    /// Issues a new customer access token (and refresh token) from a refresh token.
    ///
    /// `POST /authCode/oauth2/refresh`
    ///
    /// Documented errors: `400`, `401`, `500` with an [`OAuthErrorResponse`](super::types::OAuthErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn refresh_access_token(
        &self,
        body: impl Into<super::types::RefreshTokenRequest>,
    ) -> super::operations::RefreshAccessToken {
        super::operations::RefreshAccessToken::new(Clone::clone(self), body.into())
    }
    /// Get an application (client credentials) access token
    ///
    /// Issues an application ("two-legged") access token for the client-credentials APIs
    /// (Onboarding, Pay with Points, Utilities). Poland accepts one scope per request.
    ///
    /// `POST /clientCredentials/oauth2/token/pl/gcb`
    ///
    /// Documented errors: `400`, `401`, `500` with an [`OAuthErrorResponse`](super::types::OAuthErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn request_client_credentials_token(
        &self,
        body: impl Into<super::types::ClientCredentialsTokenRequest>,
    ) -> super::operations::RequestClientCredentialsToken {
        super::operations::RequestClientCredentialsToken::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Revoke an access or refresh token
    ///
    /// Revokes a customer access token or refresh token; revoking one also revokes its pair.
    ///
    /// `POST /authCode/oauth2/revoke`
    ///
    /// Documented errors: `400`, `401`, `500` with an [`OAuthErrorResponse`](super::types::OAuthErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn revoke_token(
        &self,
        body: impl Into<super::types::RevokeTokenRequest>,
    ) -> super::operations::RevokeToken {
        super::operations::RevokeToken::new(Clone::clone(self), body.into())
    }
}
