//! Client configuration: environment, credentials, timeouts and the call deadline, retries, the
//! response size limit, default headers, the token store and the request hook.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use super::auth::{InMemoryTokenStore, SessionFlights, TokenStore};
use super::hook::Hook;
use super::secret::SecretString;

/// The default [`ConfigBuilder::max_response_body`]: 16 MiB.
pub const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;

/// Which server the client talks to.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Environment {
    /// The API's first server (for Citi: `https://sandbox.apihub.citi.com/gcb/api`).
    #[default]
    Sandbox,
    /// The API's second server.
    Production,
    /// Any base URL (a mock server, a proxy). `http://` is refused unless the host is loopback
    /// or [`ConfigBuilder::allow_insecure_http`] is set.
    Custom(String),
}

/// Credentials for security schemes other than the client's own id and secret.
#[derive(Clone)]
pub enum Credential {
    /// Sent as `Authorization: Bearer <token>` for an HTTP bearer scheme.
    Bearer(SecretString),
    /// Sent where an API key scheme says (header, query or cookie).
    ApiKey(SecretString),
}

impl fmt::Debug for Credential {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Credential::Bearer(_) => f.write_str("Bearer([REDACTED])"),
            Credential::ApiKey(_) => f.write_str("ApiKey([REDACTED])"),
        }
    }
}

/// When to retry a request that is safe to repeat (GET, the client-credentials token request and
/// token revocation; never a POST, PUT or DELETE, an authorization-code exchange or a refresh).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Retries after the first attempt (0 turns retrying off).
    pub max_retries: u32,
    /// Delay before the first retry; doubled for each further one.
    pub base_delay: Duration,
    /// Upper bound of a computed delay.
    pub max_delay: Duration,
    /// Longest `Retry-After` honoured; a longer one ends the retries.
    pub max_retry_after: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            max_retries: 3,
            base_delay: Duration::from_millis(200),
            max_delay: Duration::from_secs(5),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

/// Configuration shared by every product client built from it.
#[derive(Clone)]
pub struct Config {
    pub(crate) environment: Environment,
    pub(crate) client_id: String,
    pub(crate) client_secret: SecretString,
    pub(crate) connect_timeout: Duration,
    pub(crate) request_timeout: Duration,
    pub(crate) call_timeout: Duration,
    pub(crate) max_response_body: usize,
    pub(crate) retry: RetryPolicy,
    pub(crate) token_refresh_margin: Duration,
    pub(crate) allow_insecure_http: bool,
    pub(crate) default_headers: BTreeMap<String, String>,
    pub(crate) credentials: BTreeMap<String, Credential>,
    pub(crate) token_store: Arc<dyn TokenStore>,
    pub(crate) user_agent: String,
    pub(crate) hook: Option<Arc<dyn Hook>>,
    /// Customer-token refreshes in flight, by session key: shared by every clone of this
    /// configuration, so two handles of one stored session refresh it once.
    pub(crate) session_flights: Arc<SessionFlights>,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("environment", &self.environment)
            .field("client_id", &self.client_id)
            .field("client_secret", &"[REDACTED]")
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("call_timeout", &self.call_timeout)
            .field("max_response_body", &self.max_response_body)
            .field("retry", &self.retry)
            .field("token_refresh_margin", &self.token_refresh_margin)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("default_headers", &self.default_headers.keys().collect::<Vec<_>>())
            .field("credentials", &self.credentials)
            .field("hook", &self.hook.as_ref().map(|_| "set"))
            .finish()
    }
}

impl Config {
    /// Configuration for the sandbox with the application's client id and secret.
    pub fn sandbox(client_id: impl Into<String>, client_secret: impl Into<String>) -> Config {
        Config::builder(client_id, client_secret).build()
    }

    /// A builder starting from the defaults: sandbox, 10 s connect and 30 s per-attempt timeouts,
    /// a 60 s deadline per call, three retries of safe requests, response bodies up to 16 MiB,
    /// tokens refreshed 60 s (at most half their lifetime) before expiry.
    pub fn builder(client_id: impl Into<String>, client_secret: impl Into<String>) -> ConfigBuilder {
        ConfigBuilder {
            config: Config {
                environment: Environment::Sandbox,
                client_id: client_id.into(),
                client_secret: SecretString::new(client_secret),
                connect_timeout: Duration::from_secs(10),
                request_timeout: Duration::from_secs(30),
                call_timeout: Duration::from_secs(60),
                max_response_body: DEFAULT_MAX_RESPONSE_BODY,
                retry: RetryPolicy::default(),
                token_refresh_margin: Duration::from_secs(60),
                allow_insecure_http: false,
                default_headers: BTreeMap::new(),
                credentials: BTreeMap::new(),
                token_store: Arc::new(InMemoryTokenStore::default()),
                user_agent: format!("{}/{}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION")),
                hook: None,
                session_flights: Arc::default(),
            },
        }
    }

    /// The environment the clients talk to.
    pub fn environment(&self) -> &Environment {
        &self.environment
    }

    /// The application's client id.
    pub fn client_id(&self) -> &str {
        &self.client_id
    }

    /// When safe requests are retried.
    pub fn retry_policy(&self) -> &RetryPolicy {
        &self.retry
    }

    /// The time allowed for a whole call, retries and waits included.
    pub fn call_timeout(&self) -> Duration {
        self.call_timeout
    }

    /// The largest response body read, in bytes.
    pub fn max_response_body(&self) -> usize {
        self.max_response_body
    }

    /// Where customer tokens are kept.
    pub fn token_store(&self) -> &Arc<dyn TokenStore> {
        &self.token_store
    }
}

/// Builds a [`Config`].
#[derive(Debug)]
#[must_use]
pub struct ConfigBuilder {
    config: Config,
}

impl ConfigBuilder {
    /// Which server to talk to (default: the sandbox).
    pub fn environment(mut self, environment: Environment) -> Self {
        self.config.environment = environment;
        self
    }

    /// Talk to any base URL (shorthand for `environment(Environment::Custom(url))`).
    pub fn base_url(self, url: impl Into<String>) -> Self {
        self.environment(Environment::Custom(url.into()))
    }

    /// Time allowed to open a connection (default 10 s).
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.config.connect_timeout = timeout;
        self
    }

    /// Time allowed for one attempt, from connecting to the last byte (default 30 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.config.request_timeout = timeout;
        self
    }

    /// Time allowed for a whole call, from its first attempt to its last byte: retries, their
    /// backoff, `Retry-After` waits and the token requests it needs included (default 60 s).
    /// A retry that would not fit is not made; a call still running at the deadline fails with
    /// [`TransportErrorKind::DeadlineExceeded`](super::TransportErrorKind::DeadlineExceeded).
    pub fn call_timeout(mut self, timeout: Duration) -> Self {
        self.config.call_timeout = timeout;
        self
    }

    /// The largest response body read, in bytes (default 16 MiB). A larger body is not read
    /// past the limit (a `Content-Length` above it is refused before reading), and the call
    /// fails with [`TransportErrorKind::BodyTooLarge`](super::TransportErrorKind::BodyTooLarge).
    ///
    /// The default leaves room for the largest responses of the Citi APIs: a transaction page
    /// (at most 50 transactions of about 1.5 KB when `requestSize` is honoured; when the server
    /// ignores it, as the catalog says it may, a year of an account's history in one page, which
    /// at a few thousand transactions stays under 10 MB) and a base64 transaction document.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.config.max_response_body = bytes;
        self
    }

    /// Code that sees, and may change, every outgoing request and incoming response (see
    /// [`Hook`]): request signing, tracing headers, a test that forces error responses.
    pub fn hook(mut self, hook: Arc<dyn Hook>) -> Self {
        self.config.hook = Some(hook);
        self
    }

    /// When safe requests are retried (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.config.retry = retry;
        self
    }

    /// Fetch a new token this long before the cached one expires (default 60 s), but never
    /// earlier than half way through the token's lifetime.
    pub fn token_refresh_margin(mut self, margin: Duration) -> Self {
        self.config.token_refresh_margin = margin;
        self
    }

    /// Allow `http://` base URLs on hosts other than loopback (never do this with real credentials).
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.config.allow_insecure_http = allow;
        self
    }

    /// A value for an optional header (such as `clientDetails` or `Accept-Language`), sent on
    /// every operation that declares the header unless the call sets its own.
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.config.default_headers.insert(name.into(), value.into());
        self
    }

    /// Credentials for a named security scheme (bearer token or API key) of a spec.
    pub fn credential(mut self, scheme: impl Into<String>, credential: Credential) -> Self {
        self.config.credentials.insert(scheme.into(), credential);
        self
    }

    /// Where customer tokens (three-legged OAuth) are kept; in memory by default.
    pub fn token_store(mut self, store: Arc<dyn TokenStore>) -> Self {
        self.config.token_store = store;
        self
    }

    /// The `User-Agent` header (default: crate name and version).
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.config.user_agent = user_agent.into();
        self
    }

    /// The configuration.
    pub fn build(self) -> Config {
        self.config
    }
}

/// A configuration that cannot work.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ConfigError {
    /// What is wrong.
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for ConfigError {}

impl ConfigError {
    pub(crate) fn new(message: impl Into<String>) -> Self {
        ConfigError { message: message.into() }
    }
}
