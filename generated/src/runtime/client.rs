//! [`ApiClient`]: the HTTP plumbing every generated client sends through. It resolves the base
//! URL, checks that the path stays the operation's, authenticates each operation the way its
//! spec says (client credentials, customer session, HTTP Basic, bearer, API key), fills the
//! headers the runtime owns (`Authorization`, one request id per call, the client id, `Accept`,
//! `Content-Type`) and the caller's extra ones, retries what is safe to retry within the call's
//! deadline, and hands the complete response to the generated decoder.

use std::fmt;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::sync::Arc;

use base64::Engine as _;
use bytes::Bytes;
use reqwest::header::{HeaderMap, HeaderName, HeaderValue};

use super::api::{ApiInfo, ApiKeyLocation, OperationInfo, SecurityKind};
use super::auth::{AppTokens, AuthorizationCode, UserSession};
use super::config::{Config, ConfigError, Credential, Environment};
use super::error::{AuthError, Error, RequestError};
use super::hook::OutgoingRequest;
use super::request::{encode_cookie_value, is_cookie_name, Request, RequestBody};
use super::response::Response;
use super::retry::{self, Attempts, RawResponse, SendError};
use super::secret::SecretString;
use super::trace::CallTrace;

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
    /// The customer access token used, to replace it if the API rejects it.
    session_token: Option<SecretString>,
}

/// What every attempt of one call shares: the URL without credentials, the headers that do not
/// depend on them, the body.
struct Prepared {
    url: url::Url,
    headers: HeaderMap,
    body: Bytes,
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

    /// The authorization-code (three-legged) flow of this API: [`start`](AuthorizationCode::start)
    /// an authorization to send a customer to the authorize page, then
    /// [`complete`](AuthorizationCode::complete) it with the callback to get a [`UserSession`].
    pub fn authorization_code(&self) -> Result<AuthorizationCode, ConfigError> {
        AuthorizationCode::from_api(self.shared.clone(), self.base_url.clone(), self.api)
    }

    /// How many token requests clients sharing this configuration have made.
    pub fn token_requests(&self) -> u64 {
        self.shared.token_requests.load(Ordering::Relaxed)
    }

    /// What an operation's `send` returns: a future, owning a clone of this client, that
    /// sends `request` ([`execute`](Self::execute)) and decodes its response with `decode`.
    /// One generic body for every operation: as an `async fn` each, the operations' state
    /// machines were about a quarter of type-checking the crate of GitHub's description.
    pub fn send<T, E>(&self, request: Request, decode: fn(Response) -> Result<T, Error<E>>) -> super::ResponseFuture<T, E>
    where
        T: Send + 'static,
        E: Send + 'static,
    {
        let client = self.clone();
        Box::pin(async move { decode(client.execute(request).await?) })
    }

    /// Sends a request built by generated code and reads the whole response, within the call's
    /// deadline. One request id serves every attempt of the call, retries included.
    pub async fn execute<E>(&self, request: Request) -> Result<Response, Error<E>> {
        let operation = request.operation;
        let request_id = uuid::Uuid::new_v4();
        let trace = CallTrace::start(operation, &request_id);
        let deadline = tokio::time::Instant::now() + self.shared.config.call_timeout;
        let made = AtomicU32::new(0);
        let call = tokio::time::timeout_at(deadline, self.execute_inner(request, &request_id, deadline, &made));
        let outcome = match trace.in_span(call).await {
            Ok(outcome) => outcome,
            Err(_) => Err(Error::Transport(retry::deadline_exceeded(operation.id, made.load(Ordering::Relaxed)))),
        };
        match outcome {
            Ok(raw) => {
                let mut trace = trace;
                trace.received(raw.status);
                Ok(Response::new(operation, raw.status, raw.headers, raw.body, trace))
            }
            Err(error) => {
                trace.failed(match &error {
                    Error::Transport(_) => "transport",
                    Error::Auth(_) => "auth",
                    Error::Request(_) => "request",
                    Error::Hook(_) => "hook",
                    _ => "other",
                });
                Err(error)
            }
        }
    }

    async fn execute_inner<E>(&self, request: Request, request_id: &uuid::Uuid, deadline: tokio::time::Instant, made: &AtomicU32) -> Result<RawResponse, Error<E>> {
        let operation = request.operation;
        let prepared = self.prepare(&request, request_id).map_err(|message| Error::Request(RequestError { operation: operation.id, message }))?;
        let retryable = request.retryable.unwrap_or_else(|| operation.method.is_safe());
        let plan = Attempts { operation: operation.id, retryable, deadline, made };
        let mut applied = self.authenticate(operation).await?;
        let mut reauthenticated = false;
        loop {
            let (url, headers) = self.with_credentials(&prepared, &request, &applied).map_err(|message| Error::Request(RequestError { operation: operation.id, message }))?;
            let raw = retry::send(&self.shared, &plan, |attempt| OutgoingRequest::new(operation.id, attempt, operation.method, url.clone(), headers.clone(), prepared.body.clone()))
                .await
                .map_err(|error| match error {
                    SendError::Transport(error) => Error::Transport(error),
                    SendError::Hook(error) => Error::Hook(error),
                })?;
            // A rejected token: replace it (once per call), and send again if that is safe.
            if raw.status == 401 && !reauthenticated && (applied.app_token.is_some() || applied.session_token.is_some()) {
                reauthenticated = true;
                if let Some((token_url, scopes, token)) = &applied.app_token {
                    self.shared.app_tokens.invalidate(token_url, scopes, token);
                }
                if let (Some(session), Some(token)) = (&self.session, &applied.session_token) {
                    session.refresh_rejected(token).await?;
                }
                if retryable {
                    applied = self.authenticate(operation).await?;
                    continue;
                }
            }
            return Ok(raw);
        }
    }

    /// The URL, the headers that do not depend on credentials or the attempt, and the body.
    fn prepare(&self, request: &Request, request_id: &uuid::Uuid) -> Result<Prepared, String> {
        if let Some(problem) = request.problems.first() {
            return Err(problem.clone());
        }
        let operation = request.operation;
        let path = request.path()?;
        let base = self.base_url.as_str().trim_end_matches('/');
        let url = url::Url::parse(&format!("{base}{path}")).map_err(|error| format!("invalid URL: {error}"))?;
        // The path must arrive as written: no segment may be normalized away or split (the URL
        // parser may only percent-encode differently).
        let expected_path = format!("{}{path}", self.base_url.path().trim_end_matches('/'));
        if percent_decoded(url.path()) != percent_decoded(&expected_path) || url.query().is_some() || url.fragment().is_some() {
            return Err("the path parameters would change the request's path".to_string());
        }
        let mut headers = HeaderMap::new();
        let mut insert = |name: &str, value: &str| -> Result<(), String> {
            let name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| format!("invalid header name `{}`", name.escape_debug()))?;
            let value = HeaderValue::from_str(value).map_err(|_| format!("the value of header `{name}` cannot be sent (it holds a line break or another control character)"))?;
            headers.append(name, value);
            Ok(())
        };
        insert("accept", operation.accept.unwrap_or("*/*"))?;
        if let Some(name) = operation.client_id_header {
            insert(name, &self.shared.config.client_id)?;
        }
        if let Some(name) = operation.request_id_header {
            insert(name, &request_id.to_string())?;
        }
        let boundary = match &request.body {
            Some(RequestBody::Multipart { form }) => form.boundary(),
            _ => String::new(),
        };
        let (content_type, body) = request.body_content(&boundary);
        if let Some(content_type) = &content_type {
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
        for (name, value) in &request.extra_headers {
            if self.is_managed_header(request, name) {
                return Err(format!("`{name}` is managed by the client and cannot be set as an extra header"));
            }
            headers.append(name.clone(), value.clone());
        }
        Ok(Prepared { url, headers, body })
    }

    /// Headers the runtime or the operation's own parameters set: an extra header never
    /// replaces them.
    fn is_managed_header(&self, request: &Request, name: &HeaderName) -> bool {
        use reqwest::header;
        let operation = request.operation;
        let fixed = [
            header::AUTHORIZATION,
            header::PROXY_AUTHORIZATION,
            header::COOKIE,
            header::HOST,
            header::CONTENT_TYPE,
            header::CONTENT_LENGTH,
            header::TRANSFER_ENCODING,
            header::CONNECTION,
            header::TE,
            header::UPGRADE,
            header::ACCEPT,
            header::USER_AGENT,
        ];
        let api_key_headers = self.api.security_schemes.iter().filter_map(|scheme| match scheme.kind {
            SecurityKind::ApiKey { location: ApiKeyLocation::Header, name } => Some(name),
            _ => None,
        });
        fixed.contains(name)
            || operation.request_id_header.into_iter().chain(operation.client_id_header).chain(api_key_headers).chain(request.declared_headers.iter().copied()).any(|managed| managed.eq_ignore_ascii_case(name.as_str()))
    }

    /// The URL and headers of one attempt: credentials and cookies added.
    fn with_credentials(&self, prepared: &Prepared, request: &Request, applied: &Applied) -> Result<(url::Url, HeaderMap), String> {
        let mut url = prepared.url.clone();
        {
            let pairs: Vec<(&str, &str)> = request
                .query
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .chain(applied.query.iter().map(|(k, v)| (k.as_str(), v.expose_secret())))
                .collect();
            if !pairs.is_empty() {
                let mut query = url.query_pairs_mut();
                for (name, value) in pairs {
                    query.append_pair(name, value);
                }
            }
        }
        let mut headers = prepared.headers.clone();
        for (name, value) in &applied.headers {
            let mut value = HeaderValue::from_str(value.expose_secret()).map_err(|_| "a credential cannot be sent as a header value".to_string())?;
            value.set_sensitive(true);
            headers.insert(name.clone(), value);
        }
        let mut cookies = Vec::new();
        for (name, value) in request.cookies.iter().map(|(k, v)| (k.as_str(), v.as_str())).chain(applied.cookies.iter().map(|(k, v)| (k.as_str(), v.expose_secret()))) {
            if !is_cookie_name(name) {
                return Err(format!("`{}` is not a valid cookie name", name.escape_debug()));
            }
            cookies.push(format!("{name}={}", encode_cookie_value(value)));
        }
        if !cookies.is_empty() {
            let mut value = HeaderValue::from_str(&cookies.join("; ")).map_err(|_| "a cookie cannot be sent".to_string())?;
            value.set_sensitive(true);
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
                            let token = session.access_token().await?;
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(&token)));
                            applied.session_token = Some(token);
                        } else if let Some(flow) = oauth.client_credentials {
                            let token_url = flow
                                .token_url
                                .ok_or_else(|| AuthError::Misconfigured(format!("the `{}` scheme has no token URL", scheme.name)))?
                                .resolve(&self.base_url)
                                .map_err(|error| AuthError::Misconfigured(format!("invalid token URL: {error}")))?;
                            let token = AppTokens::get(&self.shared, &token_url, requirement.scopes).await?;
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
                        // RFC 7617: `user:password` as they are (OAuth token requests, which the
                        // runtime makes itself, form-encode both first).
                        let raw = SecretString::new(format!("{}:{}", self.shared.config.client_id, self.shared.config.client_secret.expose_secret()));
                        let encoded = base64::engine::general_purpose::STANDARD.encode(raw.expose_secret());
                        applied.headers.push((reqwest::header::AUTHORIZATION, SecretString::new(format!("Basic {encoded}"))));
                    }
                    SecurityKind::HttpBearer | SecurityKind::OpenIdConnect { .. } => match (credential, &self.session) {
                        (Some(Credential::Bearer(token)), _) => applied.headers.push((reqwest::header::AUTHORIZATION, bearer(token))),
                        (_, Some(session)) => {
                            let token = session.access_token().await?;
                            applied.headers.push((reqwest::header::AUTHORIZATION, bearer(&token)));
                            applied.session_token = Some(token);
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

/// `%XX` sequences replaced by their bytes.
fn percent_decoded(text: &str) -> Vec<u8> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        let hex = |at: usize| bytes.get(at).and_then(|b| (*b as char).to_digit(16));
        match (bytes[index], hex(index + 1), hex(index + 2)) {
            (b'%', Some(high), Some(low)) => {
                out.push((high * 16 + low) as u8);
                index += 3;
            }
            (byte, _, _) => {
                out.push(byte);
                index += 1;
            }
        }
    }
    out
}

fn bearer(token: &SecretString) -> SecretString {
    SecretString::new(format!("Bearer {}", token.expose_secret()))
}

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
        let config = Config::builder("my-client", "top-secret-value").credential("key", Credential::ApiKey(SecretString::from("api-key-value"))).build();
        let client = ApiClient::new(config, &API).unwrap();
        let text = format!("{client:?}");
        assert!(text.contains("my-client"));
        assert!(!text.contains("top-secret-value") && !text.contains("api-key-value"), "{text}");
    }
}
