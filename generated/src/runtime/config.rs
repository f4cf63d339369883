//! Client configuration: environment, credentials, timeouts, retries, default headers.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use secrecy::SecretString;

use super::auth::{InMemoryTokenStore, TokenStore};

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

/// When to retry a request that is safe to repeat (GET and token requests; never a POST, PUT
/// or DELETE).
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
    pub(crate) retry: RetryPolicy,
    pub(crate) token_refresh_margin: Duration,
    pub(crate) allow_insecure_http: bool,
    pub(crate) default_headers: BTreeMap<String, String>,
    pub(crate) credentials: BTreeMap<String, Credential>,
    pub(crate) token_store: Arc<dyn TokenStore>,
    pub(crate) user_agent: String,
}

impl fmt::Debug for Config {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Config")
            .field("environment", &self.environment)
            .field("client_id", &self.client_id)
            .field("client_secret", &"[REDACTED]")
            .field("connect_timeout", &self.connect_timeout)
            .field("request_timeout", &self.request_timeout)
            .field("retry", &self.retry)
            .field("token_refresh_margin", &self.token_refresh_margin)
            .field("allow_insecure_http", &self.allow_insecure_http)
            .field("default_headers", &self.default_headers.keys().collect::<Vec<_>>())
            .field("credentials", &self.credentials)
            .finish()
    }
}

impl Config {
    /// Configuration for the sandbox with the application's client id and secret.
    pub fn sandbox(client_id: impl Into<String>, client_secret: impl Into<String>) -> Config {
        Config::builder(client_id, client_secret).build()
    }

    /// A builder starting from the defaults: sandbox, 10 s connect and 30 s request timeouts,
    /// three retries of safe requests, tokens refreshed 60 s before expiry.
    pub fn builder(client_id: impl Into<String>, client_secret: impl Into<String>) -> ConfigBuilder {
        ConfigBuilder {
            config: Config {
                environment: Environment::Sandbox,
                client_id: client_id.into(),
                client_secret: SecretString::from(client_secret.into()),
                connect_timeout: Duration::from_secs(10),
                request_timeout: Duration::from_secs(30),
                retry: RetryPolicy::default(),
                token_refresh_margin: Duration::from_secs(60),
                allow_insecure_http: false,
                default_headers: BTreeMap::new(),
                credentials: BTreeMap::new(),
                token_store: Arc::new(InMemoryTokenStore::default()),
                user_agent: format!("{}/{}", env!("CARGO_PKG_NAME"), env!("CARGO_PKG_VERSION")),
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

    /// Time allowed for a whole request, from connecting to the last byte (default 30 s).
    pub fn request_timeout(mut self, timeout: Duration) -> Self {
        self.config.request_timeout = timeout;
        self
    }

    /// When safe requests are retried (default: [`RetryPolicy::default`]).
    pub fn retry_policy(mut self, retry: RetryPolicy) -> Self {
        self.config.retry = retry;
        self
    }

    /// Fetch a new token this long before the cached one expires (default 60 s).
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
