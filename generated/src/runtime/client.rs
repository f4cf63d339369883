//! [`ApiClient`]: the HTTP plumbing every generated client sends through. It resolves the base
//! URL, authenticates each operation the way its spec says (client credentials, customer
//! session, HTTP Basic, bearer, API key), fills the headers the runtime owns (`Authorization`, a
//! fresh request id, the client id, `Accept`, `Content-Type`), retries what is safe to retry, and
//! hands the complete response to the generated decoder.

use std::fmt;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Instant;

use reqwest::header::{HeaderMap, HeaderName, HeaderValue};
use secrecy::{ExposeSecret, SecretString};

use super::api::{ApiInfo, ApiKeyLocation, OperationInfo, SecurityKind};
use super::auth::{basic_authorization, AppTokens, AuthorizationCode, UserSession};
use super::config::{Config, ConfigError, Credential, Environment};
use super::error::{AuthError, Error, RequestError};
use super::request::{Request, RequestBody};
use super::response::Response;
use super::retry;

/// State shared by every client built from one configuration.
pub(crate) struct Shared {
    pub(crate) http: reqwest::Client,
    pub(crate) config: Config,
    pub(crate) app_tokens: AppTokens,
    token_requests: AtomicU64,
}

impl Shared {
    pub(crate) fn count_token_request(&self) {
        self.token_requests.fetch_add(1, Ordering::Relaxed);
    }
}

/// The runtime client: a connection pool, configuration, token cache and optionally a customer
/// session, for one API. Cheap to clone; [`ApiClient::for_api`] gives a client for another API
/// that shares all of it.
#[derive(Clone)]
pub struct ApiClient {
    shared: Arc<Shared>,
    api: &'static ApiInfo,
    base_url: url::Url,
    session: Option<UserSession>,
}

impl fmt::Debug for ApiClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ApiClient")
            .field("api", &self.api.name)
            .field("base_url", &self.base_url.as_str())
            .field("config", &self.shared.config)
            .field("session", &self.session)
            .finish()
    }
}

/// The base URL for `environment` among `api`'s servers; `http` only for loopback hosts or when
/// explicitly allowed.
fn resolve_base_url(config: &Config, api: &ApiInfo) -> Result<url::Url, ConfigError> {
    let text = match &config.environment {
        Environment::Sandbox => api.servers.first().copied().ok_or_else(|| ConfigError::new(format!("the `{}` API declares no server; use a custom base URL", api.name)))?,
        Environment::Production => api
            .servers
            .get(1)
            .copied()
            .ok_or_else(|| ConfigError::new(format!("the `{}` API declares no production server (a second server); use a custom base URL", api.name)))?,
        Environment::Custom(url) => url.as_str(),
    };
    let url = url::Url::parse(text).map_err(|error| ConfigError::new(format!("invalid base URL `{text}`: {error}")))?;
    match url.scheme() {
        "https" => {}
        "http" => {
            let loopback = match url.host() {
                Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
                Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
                Some(url::Host::Domain(domain)) => domain == "localhost",
                None => false,
            };
            if !loopback && !config.allow_insecure_http {
                return Err(ConfigError::new(format!(
                    "refusing plain http to `{text}`: credentials would travel unencrypted (allow it with `allow_insecure_http(true)`)"
                )));
            }
        }
        other => return Err(ConfigError::new(format!("unsupported URL scheme `{other}` in `{text}`"))),
    }
    Ok(url)
}

/// Credentials to put on one request.
#[derive(Default)]
struct Applied {
    headers: Vec<(HeaderName, SecretString)>,
    query: Vec<(String, SecretString)>,
    cookies: Vec<(String, SecretString)>,
    /// A two-legged token used (token URL, scopes), to forget it if the API rejects it.
    app_token: Option<(url::Url, &'static [&'static str], SecretString)>,
    used_session: bool,
}

impl ApiClient {
    /// A client for `api` configured by `config`.
    pub fn new(config: Config, api: &'static ApiInfo) -> Result<ApiClient, ConfigError> {
        let base_url = resolve_base_url(&config, api)?;
        let http = reqwest::Client::builder()
            .connect_timeout(config.connect_timeout)
            .timeout(config.request_timeout)
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(config.user_agent.clone())
            .build()
            .map_err(|error| ConfigError::new(format!("cannot build the HTTP client: {error}")))?;
        Ok(ApiClient {
            shared: Arc::new(Shared { http, config, app_tokens: AppTokens::default(), token_requests: AtomicU64::new(0) }),
            api,
            base_url,
            session: None,
        })
    }

    /// A client for another API sharing this one's connection pool, configuration, token cache
    /// and session. Its base URL is that API's server for the configured environment (or this
    /// client's base URL if that API declares none).
    pub fn for_api(&self, api: &'static ApiInfo) -> ApiClient {
        let base_url = resolve_base_url(&self.shared.config, api).unwrap_or_else(|_| self.base_url.clone());
        ApiClient { shared: self.shared.clone(), api, base_url, session: self.session.clone() }
    }

    /// The same client acting for a customer: operations that need a customer token use it.
    pub fn with_session(&self, session: UserSession) -> ApiClient {
        ApiClient { session: Some(session), ..self.clone() }
    }

    /// The customer session, if this client acts for one.
    pub fn session(&self) -> Option<&UserSession> {
        self.session.as_ref()
    }

    /// The API this client calls.
    pub fn api(&self) -> &'static ApiInfo {
        self.api
    }

    /// The base URL requests go to.
    pub fn base_url(&self) -> &url::Url {
        &self.base_url
    }

    /// The configuration.
    pub fn config(&self) -> &Config {
        &self.shared.config
    }

    /// The authorization-code (three-legged) flow of this API, to send a customer to the
    /// authorize page and turn the returned code into a [`UserSession`].
    pub fn authorization_code(&self) -> Result<AuthorizationCode, ConfigError> {
        AuthorizationCode::from_api(self.shared.clone(), self.base_url.clone(), self.api)
    }

    /// How many token requests clients sharing this configuration have made.
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests.load(Ordering::Relaxed)
    }

    /// Sends a request built by generated code and reads the whole response.
    pub async fn execute<E>(&self, request: Request) -> Result<Response, Error<E>> {
        let operation = request.operation;
        let started = Instant::now();
        let result = self.execute_inner(request).await;
        trace_outcome(operation, &result, started);
        result
    }

    async fn execute_inner<E>(&self, request: Request) -> Result<Response, Error<E>> {
        let operation = request.operation;
        let request_error = |message: String| Error::Request(RequestError { operation: operation.id, message });
        if let Some(problem) = request.problems.first() {
            return Err(request_error(problem.clone()));
        }
        let path = request.path().map_err(request_error)?;
        let url = url::Url::parse(&format!("{}{}", self.base_url.as_str().trim_end_matches('/'), path))
            .map_err(|error| request_error(format!("invalid URL: {error}")))?;
        let headers = self.plain_headers(&request).map_err(request_error)?;
        let mut applied = self.authenticate(operation).await?;
        let safe = operation.method.is_safe();
        let mut retried_auth = false;
        loop {
            let (attempt_url, attempt_headers) = self.with_credentials(&url, &headers, &request, &applied).map_err(request_error)?;
            let (raw, _attempts) = retry::send(&self.shared.config.retry, safe, operation.id, |_attempt| {
                let mut headers = attempt_headers.clone();
                if let Some(name) = operation.request_id_header {
                    if let (Ok(name), Ok(value)) = (HeaderName::from_bytes(name.as_bytes()), HeaderValue::from_str(&uuid::Uuid::new_v4().to_string())) {
                        headers.insert(name, value);
                    }
                }
                let builder = self.shared.http.request(operation.method.to_reqwest(), attempt_url.clone()).headers(headers);
                match &request.body {
                    Some(RequestBody::Bytes { data, .. }) => builder.body(data.clone()),
                    Some(RequestBody::Multipart { form }) => builder.multipart(form.to_form()),
                    None => builder,
                }
            })
            .await?;
            // A rejected token: forget it and, for a request safe to repeat, try once more.
            if raw.status == 401 && !retried_auth && (applied.app_token.is_some() || applied.used_session) {
                retried_auth = true;
                if let Some((token_url, scopes, token)) = &applied.app_token {
                    self.shared.app_tokens.invalidate(token_url, scopes, token).await;
                }
                if safe {
                    if applied.used_session {
                        if let Some(session) = &self.session {
                            session.refresh().await?;
                        }
                    }
                    applied = self.authenticate(operation).await?;
                    continue;
                }
            }
            return Ok(Response { operation, status: raw.status, headers: raw.headers, body: raw.body });
        }
    }

    /// Headers that do not depend on credentials or the attempt.
    fn plain_headers(&self, request: &Request) -> Result<HeaderMap, String> {
        let operation = request.operation;
        let mut headers = HeaderMap::new();
        let mut insert = |name: &str, value: &str| -> Result<(), String> {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("invalid header name `{name}`"))?;
            let value = HeaderValue::from_str(value).map_err(|_| format!("header `{name}` has a value that cannot be sent (control characters or non-ASCII)"))?;
            headers.append(name, value);
            Ok(())
        };
        insert("accept", operation.accept.unwrap_or("*/*"))?;
        if let Some(name) = operation.client_id_header {
            insert(name, &self.shared.config.client_id)?;
        }
        if let Some(RequestBody::Bytes { content_type, .. }) = &request.body {
            insert("content-type", content_type)?;
        }
        for (name, value) in &request.headers {
            insert(name, value)?;
        }
        for name in &request.declared_headers {
            if !request.headers.iter().any(|(set, _)| set == name) {
                if let Some(value) = self.shared.config.default_headers.get(*name) {
                    insert(name, value)?;
                }
            }
        }
        Ok(headers)
    }

    /// The URL and headers of one attempt: credentials and cookies added.
    fn with_credentials(&self, url: &url::Url, headers: &HeaderMap, request: &Request, applied: &Applied) -> Result<(url::Url, HeaderMap), String> {
        let mut url = url.clone();
        {
            let pairs: Vec<(String, String)> = request
                .query
                .iter()
                .cloned()
                .chain(applied.query.iter().map(|(k, v)| (k.clone(), v.expose_secret().to_string())))
                .collect();
            if !pairs.is_empty() {
                let mut query = url.query_pairs_mut();
                for (name, value) in &pairs {
                    query.append_pair(name, value);
                }
            }
        }
        let mut headers = headers.clone();
        for (name, value) in &applied.headers {
            let mut value = HeaderValue::from_str(value.expose_secret()).map_err(|_| "a credential cannot be sent as a header value".to_string())?;
            value.set_sensitive(true);
            headers.insert(name.clone(), value);
        }
        let cookies: Vec<String> = request
            .cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .chain(applied.cookies.iter().map(|(k, v)| format!("{k}={}", v.expose_secret())))
            .collect();
        if !cookies.is_empty() {
            let mut value = HeaderValue::from_str(&cookies.join("; ")).map_err(|_| "a cookie value cannot be sent".to_string())?;
            value.set_sensitive(!applied.cookies.is_empty());
            headers.insert(reqwest::header::COOKIE, value);
        }
        Ok((url, headers))
    }

    /// Credentials for the first security alternative of the operation this client can satisfy.
    async fn authenticate(&self, operation: &'static OperationInfo) -> Result<Applied, AuthError> {
        if operation.security.is_empty() {
            return Ok(Applied::default());
        }
        let mut needs_session = false;
        let mut wanted = Vec::new();
        'alternatives: for alternative in operation.security {
            let mut applied = Applied::default();
            for requirement in *alternative {
                wanted.push(requirement.scheme);
                let Some(scheme) = self.api.scheme(requirement.scheme) else { continue 'alternatives };
                let credential = self.shared.config.credentials.get(scheme.name);
                match &scheme.kind {
                    SecurityKind::OAuth2(oauth) => {
                        if let (Some(_), Some(session)) = (oauth.authorization_code, &self.session) {
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(&session.access_token().await?)));
                            applied.used_session = true;
                        } else if let Some(flow) = oauth.client_credentials {
                            let token_url = flow
                                .token_url
                                .ok_or_else(|| AuthError::Misconfigured(format!("the `{}` scheme has no token URL", scheme.name)))?
                                .resolve(&self.base_url)
                                .map_err(|error| AuthError::Misconfigured(format!("invalid token URL: {error}")))?;
                            let token = self.shared.app_tokens.get(&self.shared, &token_url, requirement.scopes).await?;
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(&token)));
                            applied.app_token = Some((token_url, requirement.scopes, token));
                        } else if let Some(Credential::Bearer(token)) = credential {
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(token)));
                        } else {
                            needs_session |= oauth.authorization_code.is_some();
                            continue 'alternatives;
                        }
                    }
                    SecurityKind::HttpBasic => {
                        applied.headers.push((reqwest::header::AUTHORIZATION, basic_authorization(&self.shared.config.client_id, &self.shared.config.client_secret)));
                    }
                    SecurityKind::HttpBearer | SecurityKind::OpenIdConnect { .. } => match (credential, &self.session) {
                        (Some(Credential::Bearer(token)), _) => applied.headers.push((reqwest::header::AUTHORIZATION, bearer(token))),
                        (_, Some(session)) => {
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(&session.access_token().await?)));
                            applied.used_session = true;
                        }
                        _ => continue 'alternatives,
                    },
                    SecurityKind::ApiKey { location, name } => {
                        let value = match credential {
                            Some(Credential::ApiKey(value) | Credential::Bearer(value)) => value.clone(),
                            None => continue 'alternatives,
                        };
                        match location {
                            ApiKeyLocation::Header => {
                                let header = HeaderName::from_bytes(name.as_bytes())
                                    .map_err(|_| AuthError::Misconfigured(format!("invalid API key header name `{name}`")))?;
                                applied.headers.push((header, value));
                            }
                            ApiKeyLocation::Query => applied.query.push((name.to_string(), value)),
                            ApiKeyLocation::Cookie => applied.cookies.push((name.to_string(), value)),
                        }
                    }
                }
            }
            return Ok(applied);
        }
        if needs_session {
            return Err(AuthError::NoUserSession { operation: operation.id });
        }
        wanted.sort_unstable();
        wanted.dedup();
        Err(AuthError::MissingCredentials { operation: operation.id, schemes: wanted })
    }
}

fn bearer(token: &SecretString) -> SecretString {
    SecretString::from(format!("Bearer {}", token.expose_secret()))
}

/// With the `tracing` feature: a span per call (`citi_api_call`, with the operation id and
/// method) closed by an event with the status and the elapsed time. Never headers, bodies or
/// tokens.
#[cfg(feature = "tracing")]
fn trace_outcome<E>(operation: &OperationInfo, result: &Result<Response, Error<E>>, started: Instant) {
    let span = tracing::info_span!(target: "citi_poland", "citi_api_call", operation = operation.id, method = operation.method.as_str());
    let _entered = span.enter();
    let elapsed_ms = u64::try_from(started.elapsed().as_millis()).unwrap_or(u64::MAX);
    match result {
        Ok(response) => tracing::info!(target: "citi_poland", status = response.status, elapsed_ms, "call completed"),
        Err(error) => {
            let kind = match error {
                Error::Transport(_) => "transport",
                Error::Auth(_) => "auth",
                Error::Request(_) => "request",
                _ => "other",
            };
            tracing::warn!(target: "citi_poland", error = kind, elapsed_ms, "call failed");
        }
    }
}

#[cfg(not(feature = "tracing"))]
fn trace_outcome<E>(_operation: &OperationInfo, _result: &Result<Response, Error<E>>, _started: Instant) {}

#[cfg(test)]
mod tests {
    use super::*;

    static API: ApiInfo = ApiInfo { name: "test", title: "Test", version: "1", servers: &["https://sandbox.example.com/api", "https://prod.example.com/api"], security_schemes: &[] };

    #[test]
    fn environments_pick_servers_and_plain_http_is_refused() {
        let config = Config::sandbox("id", "secret");
        assert_eq!(resolve_base_url(&config, &API).unwrap().as_str(), "https://sandbox.example.com/api");
        let config = Config::builder("id", "secret").environment(Environment::Production).build();
        assert_eq!(resolve_base_url(&config, &API).unwrap().as_str(), "https://prod.example.com/api");
        let config = Config::builder("id", "secret").base_url("http://127.0.0.1:4010").build();
        assert!(resolve_base_url(&config, &API).is_ok());
        let config = Config::builder("id", "secret").base_url("http://example.com").build();
        let error = resolve_base_url(&config, &API).unwrap_err();
        assert!(error.message.contains("refusing plain http"), "{error}");
        let config = Config::builder("id", "secret").base_url("http://example.com").allow_insecure_http(true).build();
        assert!(resolve_base_url(&config, &API).is_ok());
    }

    #[test]
    fn debug_output_redacts_secrets() {
        let config = Config::builder("my-client", "top-secret-value").credential("key", Credential::ApiKey(SecretString::from("api-key-value".to_string()))).build();
        let client = ApiClient::new(config, &API).unwrap();
        let text = format!("{client:?}");
        assert!(text.contains("my-client"));
        assert!(!text.contains("top-secret-value") && !text.contains("api-key-value"), "{text}");
    }
}
