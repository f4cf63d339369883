//! Two-legged tokens (client credentials): one cache entry per token URL and scope set, renewed
//! a margin before expiry (at most half the token's lifetime). Fetching is single flight: calls
//! that need the same token while it is being fetched wait for that one request and share its
//! outcome. The request is safe to repeat, so it is retried like a GET.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::{Duration, Instant};

use super::flight::Flights;
use super::token::{token_request, TokenCall};
use crate::runtime::client::Shared;
use crate::runtime::error::AuthError;
use crate::runtime::hook::CLIENT_CREDENTIALS_TOKEN;
use crate::runtime::secret::SecretString;

#[derive(Default)]
pub(crate) struct AppTokens {
    cache: Mutex<HashMap<String, CachedToken>>,
    flights: Arc<Flights<SecretString>>,
}

struct CachedToken {
    token: SecretString,
    /// When to stop using it (expiry minus the refresh margin).
    refresh_at: Instant,
}

impl std::fmt::Debug for AppTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AppTokens").field("entries", &self.lock().len()).finish()
    }
}

fn cache_key(token_url: &url::Url, scopes: &[&str]) -> String {
    format!("{token_url} {}", scopes.join(" "))
}

impl AppTokens {
    fn lock(&self) -> MutexGuard<'_, HashMap<String, CachedToken>> {
        self.cache.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    fn cached(&self, key: &str) -> Option<SecretString> {
        self.lock().get(key).filter(|cached| Instant::now() < cached.refresh_at).map(|cached| cached.token.clone())
    }

    /// A valid token for `scopes` at `token_url`, fetching one when there is none or it is about
    /// to expire.
    pub(crate) async fn get(shared: &Arc<Shared>, token_url: &url::Url, scopes: &'static [&'static str]) -> Result<SecretString, AuthError> {
        let key = cache_key(token_url, scopes);
        if let Some(token) = shared.app_tokens.cached(&key) {
            return Ok(token);
        }
        let flight = shared.app_tokens.flights.join(&key, || {
            let shared = Arc::clone(shared);
            let token_url = token_url.clone();
            let key = key.clone();
            async move { AppTokens::fetch(&shared, &token_url, scopes, &key).await }
        });
        flight.await
    }

    async fn fetch(shared: &Shared, token_url: &url::Url, scopes: &[&str], key: &str) -> Result<SecretString, AuthError> {
        // A flight that ended just before this one started may have stored a token.
        if let Some(token) = shared.app_tokens.cached(key) {
            return Ok(token);
        }
        let scope = scopes.join(" ");
        let mut form = vec![("grant_type", "client_credentials")];
        if !scope.is_empty() {
            form.push(("scope", scope.as_str()));
        }
        let call = TokenCall { url: token_url, form: &form, operation: CLIENT_CREDENTIALS_TOKEN, retryable: true };
        let response = token_request(shared, call).await?;
        let lifetime = response.expires_in.unwrap_or(Duration::from_secs(300));
        // Refresh a margin before expiry, but never use up more than half a short lifetime.
        let margin = shared.config.token_refresh_margin.min(lifetime / 2);
        let cached = CachedToken { token: response.access_token.clone(), refresh_at: Instant::now() + lifetime - margin };
        shared.app_tokens.lock().insert(key.to_string(), cached);
        Ok(response.access_token)
    }

    /// Forgets `token` (for example after the API rejected it with 401), unless it was already
    /// replaced.
    pub(crate) fn invalidate(&self, token_url: &url::Url, scopes: &[&str], token: &SecretString) {
        let key = cache_key(token_url, scopes);
        let mut cache = self.lock();
        if cache.get(&key).is_some_and(|cached| cached.token == *token) {
            cache.remove(&key);
        }
    }
}
