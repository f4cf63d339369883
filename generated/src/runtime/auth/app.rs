//! Two-legged tokens (client credentials): one cache entry per token URL and scope set, refreshed
//! shortly before expiry. Each entry has an async lock held while fetching, so concurrent calls
//! that need a new token wait for a single token request and share its result.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use secrecy::{ExposeSecret, SecretString};

use super::token_request;
use crate::runtime::client::Shared;
use crate::runtime::error::AuthError;

#[derive(Default)]
pub(crate) struct AppTokens {
    entries: Mutex<HashMap<String, Arc<tokio::sync::Mutex<Option<CachedToken>>>>>,
}

struct CachedToken {
    token: SecretString,
    /// When to stop using it (expiry minus the refresh margin).
    refresh_at: Instant,
}

impl std::fmt::Debug for AppTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let entries = self.entries.lock().map(|e| e.len()).unwrap_or(0);
        f.debug_struct("AppTokens").field("entries", &entries).finish()
    }
}

impl AppTokens {
    fn slot(&self, key: &str) -> Arc<tokio::sync::Mutex<Option<CachedToken>>> {
        let mut entries = match self.entries.lock() {
            Ok(entries) => entries,
            Err(poisoned) => poisoned.into_inner(),
        };
        entries.entry(key.to_string()).or_default().clone()
    }

    /// A valid token for `scopes` at `token_url`, fetching one when there is none or it is about
    /// to expire.
    pub(crate) async fn get(&self, shared: &Shared, token_url: &url::Url, scopes: &[&str]) -> Result<SecretString, AuthError> {
        let scope = scopes.join(" ");
        let slot = self.slot(&format!("{token_url} {scope}"));
        let mut cached = slot.lock().await;
        if let Some(token) = cached.as_ref() {
            if Instant::now() < token.refresh_at {
                return Ok(token.token.clone());
            }
        }
        let mut form = vec![("grant_type", "client_credentials")];
        if !scope.is_empty() {
            form.push(("scope", scope.as_str()));
        }
        let response = token_request(shared, token_url, &form, "client credentials token").await?;
        let lifetime = response.expires_in.unwrap_or(Duration::from_secs(300));
        // Refresh a margin before expiry, but never use up more than half a short lifetime.
        let margin = shared.config.token_refresh_margin.min(lifetime / 2);
        *cached = Some(CachedToken { token: response.access_token.clone(), refresh_at: Instant::now() + lifetime - margin });
        Ok(response.access_token)
    }

    /// Forgets `token` (for example after the API rejected it with 401), unless it was already
    /// replaced.
    pub(crate) async fn invalidate(&self, token_url: &url::Url, scopes: &[&str], token: &SecretString) {
        let slot = self.slot(&format!("{token_url} {}", scopes.join(" ")));
        let mut cached = slot.lock().await;
        if cached.as_ref().is_some_and(|c| c.token.expose_secret() == token.expose_secret()) {
            *cached = None;
        }
    }
}
