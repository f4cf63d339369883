//! Three-legged OAuth 2.0 (authorization code): the authorize URL, the code exchange, and
//! customer sessions whose access token is refreshed automatically (once, however many calls
//! need it at the same time) and which can be revoked.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use secrecy::{ExposeSecret, SecretString};

use super::{token_request, StoredTokens, TokenResponse};
use crate::runtime::api::{ApiInfo, Endpoint, OAuthFlow, SecurityKind};
use crate::runtime::client::Shared;
use crate::runtime::config::ConfigError;
use crate::runtime::error::AuthError;

/// The authorization-code flow of an API, as its security scheme describes it.
#[derive(Clone)]
pub struct AuthorizationCode {
    shared: Arc<Shared>,
    base_url: url::Url,
    scheme: &'static str,
    flow: OAuthFlow,
    revocation_url: Option<Endpoint>,
    authorization_params: &'static [(&'static str, &'static str)],
}

impl fmt::Debug for AuthorizationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("AuthorizationCode").field("scheme", &self.scheme).field("base_url", &self.base_url.as_str()).finish()
    }
}

/// What to ask the customer for on the authorize page.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AuthorizeRequest {
    /// Where the authorize page sends the customer back (registered with the portal).
    pub redirect_uri: String,
    /// The scopes to ask for, e.g. `accounts_details_transactions`.
    pub scopes: Vec<String>,
    /// An unguessable value the application checks on the redirect (CSRF protection).
    pub state: Option<String>,
    /// The page language, e.g. `pl`.
    pub locale: Option<String>,
    /// Further query parameters.
    pub extra: Vec<(String, String)>,
}

impl AuthorizeRequest {
    /// A request for `scopes`, returning to `redirect_uri`.
    pub fn new(redirect_uri: impl Into<String>, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        AuthorizeRequest {
            redirect_uri: redirect_uri.into(),
            scopes: scopes.into_iter().map(Into::into).collect(),
            state: None,
            locale: None,
            extra: Vec::new(),
        }
    }

    #[must_use]
    /// Sets the `state` the redirect must carry back.
    pub fn state(mut self, state: impl Into<String>) -> Self {
        self.state = Some(state.into());
        self
    }

    #[must_use]
    /// Sets the page language (`locale`), e.g. `pl`.
    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    #[must_use]
    /// Adds a query parameter to the authorize URL.
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }
}

impl AuthorizationCode {
    /// The flow of the first security scheme of `api` that has one.
    pub(crate) fn from_api(shared: Arc<Shared>, base_url: url::Url, api: &'static ApiInfo) -> Result<Self, ConfigError> {
        for scheme in api.security_schemes {
            if let SecurityKind::OAuth2(oauth) = &scheme.kind {
                if let Some(flow) = oauth.authorization_code {
                    return Ok(AuthorizationCode {
                        shared,
                        base_url,
                        scheme: scheme.name,
                        flow,
                        revocation_url: oauth.revocation_url,
                        authorization_params: oauth.authorization_params,
                    });
                }
            }
        }
        Err(ConfigError::new(format!("the `{}` API has no OAuth 2.0 authorization-code flow", api.name)))
    }

    /// The security scheme this flow belongs to.
    pub fn scheme(&self) -> &'static str {
        self.scheme
    }

    fn endpoint(&self, endpoint: Option<Endpoint>, what: &str) -> Result<url::Url, AuthError> {
        let endpoint = endpoint.ok_or_else(|| AuthError::Misconfigured(format!("the `{}` scheme has no {what}", self.scheme)))?;
        endpoint.resolve(&self.base_url).map_err(|error| AuthError::Misconfigured(format!("invalid {what}: {error}")))
    }

    /// The page to send the customer to: `response_type=code`, the client id, the scopes, the
    /// scheme's fixed parameters (for Poland `countryCode=PL`, `businessCode=GCB`), locale, state
    /// and redirect URI.
    pub fn authorize_url(&self, request: &AuthorizeRequest) -> Result<url::Url, AuthError> {
        let mut url = self.endpoint(self.flow.authorization_url, "authorization URL")?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("response_type", "code");
            query.append_pair("client_id", &self.shared.config.client_id);
            query.append_pair("scope", &request.scopes.join(" "));
            for (name, value) in self.authorization_params {
                query.append_pair(name, value);
            }
            if let Some(locale) = &request.locale {
                query.append_pair("locale", locale);
            }
            if let Some(state) = &request.state {
                query.append_pair("state", state);
            }
            query.append_pair("redirect_uri", &request.redirect_uri);
            for (name, value) in &request.extra {
                query.append_pair(name, value);
            }
        }
        Ok(url)
    }

    /// Exchanges the `code` from the redirect for tokens, stores them under `session_key` and
    /// returns the session.
    pub async fn exchange_code(&self, code: &str, redirect_uri: &str, session_key: impl Into<String>) -> Result<UserSession, AuthError> {
        let url = self.endpoint(self.flow.token_url, "token URL")?;
        let form = [("grant_type", "authorization_code"), ("code", code), ("redirect_uri", redirect_uri)];
        let response = token_request(&self.shared, &url, &form, "authorization code exchange").await?;
        let session = self.session(session_key);
        session.store(response, None).await?;
        Ok(session)
    }

    /// The session stored under `key` (for example after a restart, with a persistent
    /// [`TokenStore`](super::TokenStore)). Nothing is fetched until it is used.
    pub fn session(&self, key: impl Into<String>) -> UserSession {
        UserSession { inner: Arc::new(SessionInner { key: key.into(), flow: self.clone(), refresh_lock: tokio::sync::Mutex::new(()) }) }
    }
}

/// A customer's session: their tokens, refreshed when the access token is about to expire.
#[derive(Clone)]
pub struct UserSession {
    inner: Arc<SessionInner>,
}

struct SessionInner {
    key: String,
    flow: AuthorizationCode,
    refresh_lock: tokio::sync::Mutex<()>,
}

impl fmt::Debug for UserSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserSession").field("key", &self.inner.key).field("scheme", &self.inner.flow.scheme).finish()
    }
}

impl UserSession {
    /// The key the tokens are stored under.
    pub fn key(&self) -> &str {
        &self.inner.key
    }

    /// The security scheme the session authenticates.
    pub fn scheme(&self) -> &'static str {
        self.inner.flow.scheme
    }

    /// The stored tokens, if any.
    pub async fn tokens(&self) -> Result<Option<StoredTokens>, AuthError> {
        self.inner.flow.shared.config.token_store.load(&self.inner.key).await.map_err(|error| AuthError::Misconfigured(error.to_string()))
    }

    fn is_fresh(&self, tokens: &StoredTokens) -> bool {
        let margin = self.inner.flow.shared.config.token_refresh_margin;
        SystemTime::now() + margin < tokens.expires_at
    }

    /// A valid access token, refreshed first when the stored one expires within the margin.
    pub async fn access_token(&self) -> Result<SecretString, AuthError> {
        let tokens = self.tokens().await?.ok_or_else(|| AuthError::SessionExpired { reason: "no tokens are stored for this session".into() })?;
        if self.is_fresh(&tokens) {
            return Ok(tokens.access_token);
        }
        let _guard = self.inner.refresh_lock.lock().await;
        // Another task may have refreshed while this one waited.
        let tokens = self.tokens().await?.ok_or_else(|| AuthError::SessionExpired { reason: "no tokens are stored for this session".into() })?;
        if self.is_fresh(&tokens) {
            return Ok(tokens.access_token);
        }
        self.refresh_stored(tokens).await
    }

    /// Refreshes now, whatever the expiry (for example after the API rejected the token).
    pub async fn refresh(&self) -> Result<SecretString, AuthError> {
        let _guard = self.inner.refresh_lock.lock().await;
        let tokens = self.tokens().await?.ok_or_else(|| AuthError::SessionExpired { reason: "no tokens are stored for this session".into() })?;
        self.refresh_stored(tokens).await
    }

    async fn refresh_stored(&self, tokens: StoredTokens) -> Result<SecretString, AuthError> {
        let Some(refresh_token) = tokens.refresh_token.clone() else {
            return Err(AuthError::SessionExpired { reason: "the access token expired and there is no refresh token".into() });
        };
        if tokens.refresh_expires_at.is_some_and(|at| at <= SystemTime::now()) {
            return Err(AuthError::SessionExpired { reason: "the refresh token has expired".into() });
        }
        let flow = &self.inner.flow;
        let url = flow.endpoint(flow.flow.refresh_url.or(flow.flow.token_url), "refresh URL")?;
        let form = [("grant_type", "refresh_token"), ("refresh_token", refresh_token.expose_secret())];
        let response = match token_request(&flow.shared, &url, &form, "token refresh").await {
            Ok(response) => response,
            Err(AuthError::TokenRejected { status, error: Some(error), .. }) if error.error == "invalid_grant" => {
                return Err(AuthError::SessionExpired { reason: format!("the refresh was rejected (HTTP {status}): {error}") });
            }
            Err(error) => return Err(error),
        };
        let token = response.access_token.clone();
        self.store(response, Some(tokens)).await?;
        Ok(token)
    }

    async fn store(&self, response: TokenResponse, previous: Option<StoredTokens>) -> Result<(), AuthError> {
        let now = SystemTime::now();
        let tokens = StoredTokens {
            access_token: response.access_token,
            // A refresh response without a refresh token keeps the old one.
            refresh_token: response.refresh_token.or_else(|| previous.as_ref().and_then(|p| p.refresh_token.clone())),
            expires_at: now + response.expires_in.unwrap_or(Duration::from_secs(300)),
            refresh_expires_at: response.refresh_expires_in.map(|d| now + d).or_else(|| previous.as_ref().and_then(|p| p.refresh_expires_at)),
            scope: response.scope.or_else(|| previous.and_then(|p| p.scope)),
        };
        self.inner.flow.shared.config.token_store.save(&self.inner.key, tokens).await.map_err(|error| AuthError::Misconfigured(error.to_string()))
    }

    /// Revokes the session's tokens at the server (the refresh token, which revokes its access
    /// token too) and forgets them.
    pub async fn revoke(&self) -> Result<(), AuthError> {
        let Some(tokens) = self.tokens().await? else { return Ok(()) };
        let flow = &self.inner.flow;
        let url = flow.endpoint(flow.revocation_url, "revocation URL (x-revocation-url)")?;
        let (token, hint) = match &tokens.refresh_token {
            Some(refresh) => (refresh.expose_secret().to_string(), "refresh_token"),
            None => (tokens.access_token.expose_secret().to_string(), "access_token"),
        };
        let form = [("token", token.as_str()), ("token_type_hint", hint)];
        match token_request(&flow.shared, &url, &form, "token revocation").await {
            // A revocation answer need not carry a token; only the status matters.
            Ok(_) | Err(AuthError::Decode(_)) => {}
            Err(error) => return Err(error),
        }
        flow.shared.config.token_store.remove(&self.inner.key).await.map_err(|error| AuthError::Misconfigured(error.to_string()))
    }
}
