//! OAuth 2.0 for the runtime: two-legged (client credentials) tokens cached per scope set;
//! three-legged (authorization code) flows with `state` and PKCE that end in customer sessions,
//! kept in a [`TokenStore`] and refreshed automatically. Every token request is single flight
//! (one request, however many calls wait for it, and its outcome reaches each of them), and only
//! the client-credentials request and revocation, which are safe to repeat, are ever retried.
//! Tokens, codes, verifiers and secrets are [`SecretString`]s: `Debug` and logs never show them.

mod app;
mod flight;
mod pending;
mod session;
mod token;

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::SystemTime;

pub(crate) use app::AppTokens;
pub use pending::{AuthorizeRequest, PendingAuthorization};
pub use session::{AuthorizationCode, UserSession};
pub(crate) use session::SessionFlights;

use super::secret::SecretString;
use super::BoxFuture;

/// A customer's tokens, as a [`TokenStore`] keeps them. Serde writes the tokens in clear (a
/// persistent store needs them): keep what it writes as confidential as the tokens themselves.
#[derive(Clone, serde::Serialize, serde::Deserialize)]
pub struct StoredTokens {
    /// The access token.
    pub access_token: SecretString,
    /// The refresh token, if the server issued one.
    pub refresh_token: Option<SecretString>,
    /// When the access token was issued (to refresh it at most half way through its life).
    pub issued_at: SystemTime,
    /// When the access token expires.
    pub expires_at: SystemTime,
    /// When the refresh token expires, if the server said.
    pub refresh_expires_at: Option<SystemTime>,
    /// The granted scopes (space-separated).
    pub scope: Option<String>,
}

impl fmt::Debug for StoredTokens {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("StoredTokens")
            .field("access_token", &self.access_token)
            .field("refresh_token", &self.refresh_token)
            .field("issued_at", &self.issued_at)
            .field("expires_at", &self.expires_at)
            .field("refresh_expires_at", &self.refresh_expires_at)
            .field("scope", &self.scope)
            .finish()
    }
}

/// A failure of a token store (for example its database is down).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoreError(pub String);

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "token store: {}", self.0)
    }
}

impl std::error::Error for StoreError {}

/// Where customer sessions are kept between calls (and, for a persistent store, between
/// processes). Keys are the session keys the application chose when completing the
/// authorization.
///
/// Refreshes are single flight among the clients made from one [`Config`](super::Config) (and
/// its clones). Processes sharing a persistent store each refresh on their own; with rotating
/// refresh tokens, give each process its own sessions or serialize refreshes in the store.
pub trait TokenStore: Send + Sync + 'static {
    /// The tokens stored under `key`, if any.
    fn load<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<StoredTokens>, StoreError>>;
    /// Stores `tokens` under `key`, replacing what was there.
    fn save<'a>(&'a self, key: &'a str, tokens: StoredTokens) -> BoxFuture<'a, Result<(), StoreError>>;
    /// Forgets the tokens stored under `key`.
    fn remove<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StoreError>>;
}

/// The default store: tokens live as long as the process.
#[derive(Default)]
pub struct InMemoryTokenStore {
    tokens: Mutex<HashMap<String, StoredTokens>>,
}

impl fmt::Debug for InMemoryTokenStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sessions = self.tokens.lock().map(|t| t.len()).unwrap_or(0);
        f.debug_struct("InMemoryTokenStore").field("sessions", &sessions).finish()
    }
}

impl TokenStore for InMemoryTokenStore {
    fn load<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<Option<StoredTokens>, StoreError>> {
        let result = self.tokens.lock().map(|tokens| tokens.get(key).cloned()).map_err(|_| StoreError("lock poisoned".into()));
        Box::pin(async move { result })
    }

    fn save<'a>(&'a self, key: &'a str, tokens: StoredTokens) -> BoxFuture<'a, Result<(), StoreError>> {
        let result = self
            .tokens
            .lock()
            .map(|mut all| {
                all.insert(key.to_string(), tokens);
            })
            .map_err(|_| StoreError("lock poisoned".into()));
        Box::pin(async move { result })
    }

    fn remove<'a>(&'a self, key: &'a str) -> BoxFuture<'a, Result<(), StoreError>> {
        let result = self
            .tokens
            .lock()
            .map(|mut all| {
                all.remove(key);
            })
            .map_err(|_| StoreError("lock poisoned".into()));
        Box::pin(async move { result })
    }
}
