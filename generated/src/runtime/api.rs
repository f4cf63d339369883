//! Static descriptions of APIs and operations, written by the generator as constants and read
//! by the runtime: servers, security schemes, and per operation its method, path template,
//! security requirements and the headers the runtime fills.

/// One API (one product): generated as `API` in each product module.
#[derive(Clone, Copy, Debug)]
pub struct ApiInfo {
    /// Module name, e.g. `accounts`.
    pub name: &'static str,
    /// The spec's `info.title`.
    pub title: &'static str,
    /// The spec's `info.version`.
    pub version: &'static str,
    /// Base URLs; the first is the sandbox (default), the second production.
    pub servers: &'static [&'static str],
    /// The spec's security schemes.
    pub security_schemes: &'static [SecurityScheme],
}

impl ApiInfo {
    /// The security scheme called `name`.
    pub fn scheme(&self, name: &str) -> Option<&'static SecurityScheme> {
        self.security_schemes.iter().find(|scheme| scheme.name == name)
    }
}

/// One operation: generated as `OPERATION` on each request builder.
#[derive(Clone, Copy, Debug)]
pub struct OperationInfo {
    /// The spec's `operationId`.
    pub id: &'static str,
    /// The HTTP method.
    pub method: Method,
    /// The path template, e.g. `/v1/accounts/{accountId}`.
    pub path: &'static str,
    /// Alternatives, any one of which authenticates the call; each lists schemes used together.
    /// Empty: no authentication.
    pub security: &'static [&'static [SecurityRequirement]],
    /// A header the runtime fills with a fresh UUID per request.
    pub request_id_header: Option<&'static str>,
    /// A header the runtime fills with the client id.
    pub client_id_header: Option<&'static str>,
    /// The `Accept` header to send.
    pub accept: Option<&'static str>,
}

/// An HTTP method.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum Method {
    Get,
    Put,
    Post,
    Delete,
    Options,
    Head,
    Patch,
    Trace,
}

impl Method {
    /// The method's name, e.g. `GET`.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "GET",
            Method::Put => "PUT",
            Method::Post => "POST",
            Method::Delete => "DELETE",
            Method::Options => "OPTIONS",
            Method::Head => "HEAD",
            Method::Patch => "PATCH",
            Method::Trace => "TRACE",
        }
    }

    /// Whether repeating the request cannot change anything on the server. Only these are
    /// retried automatically: a repeated POST could move money twice.
    pub fn is_safe(self) -> bool {
        matches!(self, Method::Get | Method::Head | Method::Options | Method::Trace)
    }

    pub(crate) fn to_reqwest(self) -> reqwest::Method {
        match self {
            Method::Get => reqwest::Method::GET,
            Method::Put => reqwest::Method::PUT,
            Method::Post => reqwest::Method::POST,
            Method::Delete => reqwest::Method::DELETE,
            Method::Options => reqwest::Method::OPTIONS,
            Method::Head => reqwest::Method::HEAD,
            Method::Patch => reqwest::Method::PATCH,
            Method::Trace => reqwest::Method::TRACE,
        }
    }
}

/// A security scheme an operation needs, with the OAuth scopes it asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecurityRequirement {
    /// The scheme's name.
    pub scheme: &'static str,
    /// The scopes (OAuth 2.0), or roles.
    pub scopes: &'static [&'static str],
}

/// A security scheme of the spec.
#[derive(Clone, Copy, Debug)]
pub struct SecurityScheme {
    /// Its name under `components/securitySchemes`.
    pub name: &'static str,
    /// How it authenticates.
    pub kind: SecurityKind,
}

/// How a security scheme authenticates.
// Only ever a `const` written by the generator: variant sizes do not matter.
#[allow(clippy::large_enum_variant)]
#[derive(Clone, Copy, Debug)]
pub enum SecurityKind {
    /// OAuth 2.0 with one or more flows.
    OAuth2(OAuth2),
    /// HTTP Basic with the client id and secret.
    HttpBasic,
    /// A bearer token ([`Credential::Bearer`](super::Credential::Bearer) or a customer session).
    HttpBearer,
    /// An API key ([`Credential::ApiKey`](super::Credential::ApiKey)).
    ApiKey {
        /// Where the key goes.
        location: ApiKeyLocation,
        /// The header, query parameter or cookie name.
        name: &'static str,
    },
    /// OpenID Connect: a bearer token obtained elsewhere.
    OpenIdConnect {
        /// The discovery URL.
        url: &'static str,
    },
}

/// Where an API key is sent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
#[allow(missing_docs)]
pub enum ApiKeyLocation {
    Header,
    Query,
    Cookie,
}

/// An OAuth 2.0 scheme: its flows and endpoints.
#[derive(Clone, Copy, Debug)]
pub struct OAuth2 {
    /// Two-legged: the application's own token.
    pub client_credentials: Option<OAuthFlow>,
    /// Three-legged: a customer's token.
    pub authorization_code: Option<OAuthFlow>,
    /// Resource-owner password flow (not used by the runtime).
    pub password: Option<OAuthFlow>,
    /// Implicit flow (not used by the runtime).
    pub implicit: Option<OAuthFlow>,
    /// Token revocation endpoint (RFC 7009).
    pub revocation_url: Option<Endpoint>,
    /// Extra query parameters of the authorize URL (for Poland: `countryCode=PL`, `businessCode=GCB`).
    pub authorization_params: &'static [(&'static str, &'static str)],
}

/// One OAuth 2.0 flow's endpoints and scopes.
#[derive(Clone, Copy, Debug)]
pub struct OAuthFlow {
    /// The customer-facing authorize page.
    pub authorization_url: Option<Endpoint>,
    /// Where tokens are requested.
    pub token_url: Option<Endpoint>,
    /// Where tokens are refreshed (the token URL when absent).
    pub refresh_url: Option<Endpoint>,
    /// The scopes the flow offers.
    pub scopes: &'static [&'static str],
}

/// An endpoint relative to the configured server, or an absolute URL.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// A path under the configured base URL.
    Relative(&'static str),
    /// A full URL.
    Absolute(&'static str),
}

impl Endpoint {
    /// The endpoint's URL for a client whose base URL is `base`.
    pub fn resolve(&self, base: &url::Url) -> Result<url::Url, url::ParseError> {
        match self {
            Endpoint::Relative(path) => url::Url::parse(&format!("{}{}", base.as_str().trim_end_matches('/'), path)),
            Endpoint::Absolute(url) => url::Url::parse(url),
        }
    }
}
