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
/// Start customer login and consent (authorization code)
///
/// Browser flow in which the customer logs in to Citi Handlowy and consents to the requested
/// scopes. On success the browser is redirected to `redirect_uri` with the authorization
/// `code` and the `state` sent here; the code is then exchanged for tokens at
/// `/authCode/oauth2/token/pl/gcb`. No token is needed to call this endpoint.
///
/// `GET /authCode/oauth2/authorize` (`authorizeCustomer`). Built by [`Client::authorize_customer`](super::Client::authorize_customer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct AuthorizeCustomer {
    client: super::Client,
    response_type: super::types::AuthorizeCustomerResponseType,
    client_id: String,
    scope: String,
    country_code: super::types::AuthorizeCustomerCountryCode,
    business_code: super::types::AuthorizeCustomerBusinessCode,
    locale: String,
    state: Option<String>,
    redirect_uri: String,
    extra_headers: Vec<(String, String)>,
}
impl AuthorizeCustomer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "authorizeCustomer",
        method: rt::Method::Get,
        path: "/authCode/oauth2/authorize",
        security: &[],
        request_id_header: None,
        client_id_header: None,
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        client_id: String,
        scope: String,
        locale: String,
        redirect_uri: String,
    ) -> Self {
        Self {
            client,
            response_type: super::types::AuthorizeCustomerResponseType::Code,
            client_id,
            scope,
            country_code: super::types::AuthorizeCustomerCountryCode::Pl,
            business_code: super::types::AuthorizeCustomerBusinessCode::Gcb,
            locale,
            state: None,
            redirect_uri,
            extra_headers: Vec::new(),
        }
    }
    /// Opaque value chosen by the application, returned unchanged on the redirect (protects against CSRF).
    ///
    /// The query parameter `state`.
    pub fn state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        AuthorizeCustomerResponse,
        super::types::OAuthErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("response_type", &self.response_type, rt::ParamStyle::FORM);
        request.query("client_id", &self.client_id, rt::ParamStyle::FORM);
        request.query("scope", &self.scope, rt::ParamStyle::FORM);
        request.query("countryCode", &self.country_code, rt::ParamStyle::FORM);
        request.query("businessCode", &self.business_code, rt::ParamStyle::FORM);
        request.query("locale", &self.locale, rt::ParamStyle::FORM);
        request.query("state", &self.state, rt::ParamStyle::FORM);
        request.query("redirect_uri", &self.redirect_uri, rt::ParamStyle::FORM);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            302 => {
                let location = response.header("Location")?;
                Ok(AuthorizeCustomerResponse {
                    location,
                })
            }
            400 | 500 => Err(response.error_json(::std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    AuthorizeCustomer, AuthorizeCustomerResponse, super::types::OAuthErrorResponse
);
/// Responses of [`AuthorizeCustomer`].
///
/// The customer logged in and consented; the browser is redirected to `redirect_uri`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AuthorizeCustomerResponse {
    /// Redirect to `redirect_uri` with the authorization `code` and the `state` as query parameters.
    ///
    /// The `Location` response header.
    pub location: Option<String>,
}
/// Exchange an authorization code for tokens
///
/// Exchanges the authorization `code` received on the redirect for a customer access token
/// and a refresh token.
///
/// `POST /authCode/oauth2/token/pl/gcb` (`exchangeAuthorizationCode`). Built by [`Client::exchange_authorization_code`](super::Client::exchange_authorization_code); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ExchangeAuthorizationCode {
    client: super::Client,
    body: super::types::AuthorizationCodeTokenRequest,
    extra_headers: Vec<(String, String)>,
}
impl ExchangeAuthorizationCode {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "exchangeAuthorizationCode",
        method: rt::Method::Post,
        path: "/authCode/oauth2/token/pl/gcb",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "basicAuth",
                    scopes: &[],
                },
            ],
        ],
        request_id_header: None,
        client_id_header: None,
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AuthorizationCodeTokenRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AuthCodeTokenResponse,
        super::types::OAuthErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.form(body, "application/x-www-form-urlencoded");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 500 => Err(response.error_json(::std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    ExchangeAuthorizationCode, super::types::AuthCodeTokenResponse,
    super::types::OAuthErrorResponse
);
/// Refresh a customer access token
///
/// Issues a new customer access token (and refresh token) from a refresh token.
///
/// `POST /authCode/oauth2/refresh` (`refreshAccessToken`). Built by [`Client::refresh_access_token`](super::Client::refresh_access_token); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RefreshAccessToken {
    client: super::Client,
    body: super::types::RefreshTokenRequest,
    extra_headers: Vec<(String, String)>,
}
impl RefreshAccessToken {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "refreshAccessToken",
        method: rt::Method::Post,
        path: "/authCode/oauth2/refresh",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "basicAuth",
                    scopes: &[],
                },
            ],
        ],
        request_id_header: None,
        client_id_header: None,
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RefreshTokenRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AuthCodeTokenResponse,
        super::types::OAuthErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.form(body, "application/x-www-form-urlencoded");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 500 => Err(response.error_json(::std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RefreshAccessToken, super::types::AuthCodeTokenResponse,
    super::types::OAuthErrorResponse
);
/// Get an application (client credentials) access token
///
/// Issues an application ("two-legged") access token for the client-credentials APIs
/// (Onboarding, Pay with Points, Utilities). Poland accepts one scope per request.
///
/// `POST /clientCredentials/oauth2/token/pl/gcb` (`requestClientCredentialsToken`). Built by [`Client::request_client_credentials_token`](super::Client::request_client_credentials_token); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RequestClientCredentialsToken {
    client: super::Client,
    body: super::types::ClientCredentialsTokenRequest,
    extra_headers: Vec<(String, String)>,
}
impl RequestClientCredentialsToken {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "requestClientCredentialsToken",
        method: rt::Method::Post,
        path: "/clientCredentials/oauth2/token/pl/gcb",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "basicAuth",
                    scopes: &[],
                },
            ],
        ],
        request_id_header: None,
        client_id_header: None,
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ClientCredentialsTokenRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ClientCredentialsTokenResponse,
        super::types::OAuthErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.form(body, "application/x-www-form-urlencoded");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 500 => Err(response.error_json(::std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RequestClientCredentialsToken, super::types::ClientCredentialsTokenResponse,
    super::types::OAuthErrorResponse
);
/// Revoke an access or refresh token
///
/// Revokes a customer access token or refresh token; revoking one also revokes its pair.
///
/// `POST /authCode/oauth2/revoke` (`revokeToken`). Built by [`Client::revoke_token`](super::Client::revoke_token); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RevokeToken {
    client: super::Client,
    body: super::types::RevokeTokenRequest,
    extra_headers: Vec<(String, String)>,
}
impl RevokeToken {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "revokeToken",
        method: rt::Method::Post,
        path: "/authCode/oauth2/revoke",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "basicAuth",
                    scopes: &[],
                },
            ],
        ],
        request_id_header: None,
        client_id_header: None,
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RevokeTokenRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::RevokeTokenResponse,
        super::types::OAuthErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.form(body, "application/x-www-form-urlencoded");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 500 => Err(response.error_json(::std::convert::identity)),
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RevokeToken, super::types::RevokeTokenResponse, super::types::OAuthErrorResponse
);
