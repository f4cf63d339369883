//! OAuth 2.0 for the runtime: two-legged (client credentials) tokens cached per scope and
//! fetched once however many calls wait for them; three-legged (authorization code) sessions
//! with automatic refresh, kept in a [`TokenStore`]. Secrets are `secrecy` types: `Debug` and
//! logs never show them.

mod app;
mod session;
mod token;

use std::collections::HashMap;
use std::fmt;
use std::sync::Mutex;
use std::time::SystemTime;

use secrecy::SecretString;

pub(crate) use app::AppTokens;
pub use session::{AuthorizationCode, AuthorizeRequest, UserSession};
pub(crate) use token::{basic_authorization, token_request, TokenResponse};

use super::BoxFuture;

/// A customer's tokens, as a [`TokenStore`] keeps them.
#[derive(Clone)]
pub struct StoredTokens {
    /// The access token.
    pub access_token: SecretString,
    /// The refresh token, if the server issued one.
    pub refresh_token: Option<SecretString>,
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
            .field("access_token", &"[REDACTED]")
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "[REDACTED]"))
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
/// processes). Keys are the session keys the application chose when exchanging the code.
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
