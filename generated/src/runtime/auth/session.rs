//! Three-legged OAuth 2.0 (authorization code): starting an authorization (the authorize URL
//! with a fresh `state` and PKCE challenge), completing it (the callback checked, then the code
//! exchanged once), and customer sessions whose access token is refreshed automatically.
//!
//! A session's refresh is single flight per stored session, not per handle: every
//! [`UserSession`] for the same key, from any client made from one configuration, waits for the
//! same refresh request, and the rotated refresh token is stored before that flight ends, so the
//! old one is never sent again. A failed refresh reaches every waiter of its flight.

use std::fmt;
use std::sync::Arc;
use std::time::{Duration, SystemTime};

use super::flight::Flights;
use super::pending::{code_challenge, random_token, AuthorizeRequest, PendingAuthorization};
use super::token::{token_endpoint, token_request, TokenCall, TokenResponse};
use super::StoredTokens;
use crate::runtime::api::{ApiInfo, Endpoint, OAuthFlow, SecurityKind};
use crate::runtime::client::Shared;
use crate::runtime::config::ConfigError;
use crate::runtime::error::AuthError;
use crate::runtime::hook::{AUTHORIZATION_CODE_EXCHANGE, REFRESH_TOKEN_GRANT, TOKEN_REVOCATION};
use crate::runtime::secret::SecretString;

/// Refreshes in flight, by session key.
pub(crate) type SessionFlights = Flights<SecretString>;

/// Authorize-URL parameters the flow sets itself, which [`AuthorizeRequest::param`] cannot
/// override. `request` and `request_uri` (RFC 9101) would carry all of them in one value.
const RESERVED_PARAMETERS: &[&str] =
    &["response_type", "client_id", "redirect_uri", "scope", "state", "code_challenge", "code_challenge_method", "locale", "request", "request_uri"];

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

    /// Starts an authorization: a fresh `state` (256 random bits) and, unless turned off, a PKCE
    /// verifier with its S256 challenge, and the authorize URL carrying them with
    /// `response_type=code`, the client id, the scopes, the scheme's fixed parameters (for Poland
    /// `countryCode=PL`, `businessCode=GCB`), the locale and the redirect URI.
    ///
    /// Send the customer to [`PendingAuthorization::authorize_url`], keep the pending value, and
    /// give it to [`complete`](Self::complete) when the customer comes back.
    pub fn start(&self, request: AuthorizeRequest) -> Result<PendingAuthorization, AuthError> {
        let redirect = url::Url::parse(request.redirect_uri()).map_err(|_| AuthError::Misconfigured("the redirect URI is not an absolute URL".into()))?;
        if redirect.fragment().is_some() {
            return Err(AuthError::Misconfigured("the redirect URI must not have a fragment (RFC 6749 §3.1.2)".into()));
        }
        for (name, _) in request.extra() {
            let reserved = RESERVED_PARAMETERS.iter().chain(self.authorization_params.iter().map(|(fixed, _)| fixed)).any(|set| set.eq_ignore_ascii_case(name.trim()));
            if reserved {
                return Err(AuthError::Misconfigured(format!("the authorize parameter `{name}` is set by the flow and cannot be overridden")));
            }
        }
        let state = random_token(32)?;
        let verifier = if request.uses_pkce() { Some(random_token(32)?) } else { None };
        let mut url = self.endpoint(self.flow.authorization_url, "authorization URL")?;
        {
            let mut query = url.query_pairs_mut();
            query.append_pair("response_type", "code");
            query.append_pair("client_id", &self.shared.config.client_id);
            query.append_pair("scope", &request.scopes().join(" "));
            for (name, value) in self.authorization_params {
                query.append_pair(name, value);
            }
            if let Some(locale) = request.locale_value() {
                query.append_pair("locale", locale);
            }
            query.append_pair("state", state.expose_secret());
            query.append_pair("redirect_uri", request.redirect_uri());
            if let Some(verifier) = &verifier {
                query.append_pair("code_challenge", &code_challenge(verifier));
                query.append_pair("code_challenge_method", "S256");
            }
            for (name, value) in request.extra() {
                query.append_pair(name, value);
            }
        }
        Ok(PendingAuthorization::new(self.scheme, url.into(), request.redirect_uri().to_string(), state, verifier))
    }

    /// Completes an authorization with the callback the customer's browser brought back (its
    /// URL, or just its query string): checks that its `state` is the pending one (in constant
    /// time) and that it carries no `error`, and only then exchanges the code, once (a code is
    /// single use: the exchange is never retried), with the PKCE verifier. The tokens are stored
    /// under `session_key`.
    ///
    /// A forged or replayed callback is [`AuthError::StateMismatch`]; a declined authorization
    /// (`error=access_denied`) is [`AuthError::AuthorizationDenied`]; neither sends anything.
    pub async fn complete(&self, pending: PendingAuthorization, callback: &str, session_key: impl Into<String>) -> Result<UserSession, AuthError> {
        if pending.scheme() != self.scheme {
            return Err(AuthError::Misconfigured(format!("the pending authorization belongs to the `{}` scheme, not `{}`", pending.scheme(), self.scheme)));
        }
        let code = pending.code_from(callback)?;
        let url = self.endpoint(self.flow.token_url, "token URL")?;
        let mut form = vec![("grant_type", "authorization_code"), ("code", code.expose_secret()), ("redirect_uri", pending.redirect_uri())];
        if let Some(verifier) = pending.code_verifier() {
            form.push(("code_verifier", verifier.expose_secret()));
        }
        let call = TokenCall { url: &url, form: &form, operation: AUTHORIZATION_CODE_EXCHANGE, retryable: false };
        let response = token_request(&self.shared, call).await?;
        let session = self.session(session_key);
        save_tokens(&self.shared, session.key(), response, None).await?;
        Ok(session)
    }

    /// The session stored under `key` (for example after a restart, with a persistent
    /// [`TokenStore`](super::TokenStore)). Nothing is fetched until it is used; every handle for
    /// the same key shares one refresh.
    pub fn session(&self, key: impl Into<String>) -> UserSession {
        UserSession { inner: Arc::new(SessionInner { key: key.into(), flow: self.clone() }) }
    }
}

/// Stores a token response under `key`; a refresh response without a refresh token keeps the
/// previous one.
async fn save_tokens(shared: &Shared, key: &str, response: TokenResponse, previous: Option<StoredTokens>) -> Result<(), AuthError> {
    let now = SystemTime::now();
    let tokens = StoredTokens {
        access_token: response.access_token,
        refresh_token: response.refresh_token.or_else(|| previous.as_ref().and_then(|p| p.refresh_token.clone())),
        issued_at: now,
        expires_at: now + response.expires_in.unwrap_or(Duration::from_secs(300)),
        refresh_expires_at: response.refresh_expires_in.map(|d| now + d).or_else(|| previous.as_ref().and_then(|p| p.refresh_expires_at)),
        scope: response.scope.or_else(|| previous.and_then(|p| p.scope)),
    };
    shared.config.token_store.save(key, tokens).await.map_err(AuthError::Store)
}

/// A customer's session: their tokens, refreshed when the access token is about to expire.
#[derive(Clone)]
pub struct UserSession {
    inner: Arc<SessionInner>,
}

struct SessionInner {
    key: String,
    flow: AuthorizationCode,
}

impl fmt::Debug for UserSession {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("UserSession").field("key", &self.inner.key).field("scheme", &self.inner.flow.scheme).finish()
    }
}

/// Why a refresh flight was started.
enum Refresh {
    /// The access token is within the refresh margin of its expiry.
    IfStale,
    /// The API rejected this access token.
    Rejected(SecretString),
    /// The application asked for it.
    Now,
}

fn no_tokens() -> AuthError {
    AuthError::SessionExpired { reason: "no tokens are stored for this session".into() }
}

/// Whether the access token stays valid beyond the refresh margin (at most half its lifetime).
fn is_fresh(shared: &Shared, tokens: &StoredTokens) -> bool {
    let lifetime = tokens.expires_at.duration_since(tokens.issued_at).unwrap_or(Duration::ZERO);
    let margin = shared.config.token_refresh_margin.min(lifetime / 2);
    SystemTime::now() + margin < tokens.expires_at
}

/// One refresh flight: reads the stored tokens again (a flight that ended just before may have
/// refreshed them), sends the refresh token once, and stores the rotated tokens before ending.
async fn refresh_flight(flow: AuthorizationCode, key: String, reason: Refresh) -> Result<SecretString, AuthError> {
    let shared = &flow.shared;
    let store = &shared.config.token_store;
    let tokens = store.load(&key).await.map_err(AuthError::Store)?.ok_or_else(no_tokens)?;
    match &reason {
        Refresh::IfStale if is_fresh(shared, &tokens) => return Ok(tokens.access_token),
        Refresh::Rejected(rejected) if tokens.access_token != *rejected && is_fresh(shared, &tokens) => return Ok(tokens.access_token),
        _ => {}
    }
    let Some(refresh_token) = tokens.refresh_token.clone() else {
        return Err(AuthError::SessionExpired { reason: "the access token expired and there is no refresh token".into() });
    };
    if tokens.refresh_expires_at.is_some_and(|at| at <= SystemTime::now()) {
        return Err(AuthError::SessionExpired { reason: "the refresh token has expired".into() });
    }
    let url = flow.endpoint(flow.flow.refresh_url.or(flow.flow.token_url), "refresh URL")?;
    let form = [("grant_type", "refresh_token"), ("refresh_token", refresh_token.expose_secret())];
    let call = TokenCall { url: &url, form: &form, operation: REFRESH_TOKEN_GRANT, retryable: false };
    let response = match token_request(shared, call).await {
        Ok(response) => response,
        Err(AuthError::TokenRejected { status, error: Some(error), .. }) if error.error == "invalid_grant" => {
            // The refresh token is dead: forget it, so no one sends it again (unless another
            // process sharing the store has replaced it meanwhile).
            let current = store.load(&key).await.map_err(AuthError::Store)?;
            if current.is_some_and(|current| current.refresh_token.as_ref() == Some(&refresh_token)) {
                store.remove(&key).await.map_err(AuthError::Store)?;
            }
            return Err(AuthError::SessionExpired { reason: format!("the refresh was rejected (HTTP {status}): {error}") });
        }
        Err(error) => return Err(error),
    };
    let token = response.access_token.clone();
    save_tokens(shared, &key, response, Some(tokens)).await?;
    Ok(token)
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
        self.inner.flow.shared.config.token_store.load(&self.inner.key).await.map_err(AuthError::Store)
    }

    async fn refresh_for(&self, reason: Refresh) -> Result<SecretString, AuthError> {
        let flow = self.inner.flow.clone();
        let key = self.inner.key.clone();
        let flights = Arc::clone(&flow.shared.config.session_flights);
        flights.join(&self.inner.key, move || refresh_flight(flow, key, reason)).await
    }

    /// A valid access token, refreshed first when the stored one expires within the margin.
    pub async fn access_token(&self) -> Result<SecretString, AuthError> {
        let tokens = self.tokens().await?.ok_or_else(no_tokens)?;
        if is_fresh(&self.inner.flow.shared, &tokens) {
            return Ok(tokens.access_token);
        }
        self.refresh_for(Refresh::IfStale).await
    }

    /// Refreshes now, whatever the expiry (a refresh already in flight counts).
    pub async fn refresh(&self) -> Result<SecretString, AuthError> {
        self.refresh_for(Refresh::Now).await
    }

    /// After the API rejected `token`: a newer token if the session has one, else a refresh.
    pub(crate) async fn refresh_rejected(&self, token: &SecretString) -> Result<SecretString, AuthError> {
        self.refresh_for(Refresh::Rejected(token.clone())).await
    }

    /// Revokes the session's tokens at the server (the refresh token, which revokes its access
    /// token too) and forgets them. A refresh in flight is waited for first, so the tokens it
    /// stores are the ones revoked. Revoking is safe to repeat, so it is retried like a GET.
    pub async fn revoke(&self) -> Result<(), AuthError> {
        let flow = &self.inner.flow;
        if let Some(refresh) = flow.shared.config.session_flights.current(&self.inner.key) {
            let _ = refresh.await;
        }
        let Some(tokens) = self.tokens().await? else { return Ok(()) };
        let url = flow.endpoint(flow.revocation_url, "revocation URL (x-revocation-url)")?;
        let (token, hint) = match &tokens.refresh_token {
            Some(refresh) => (refresh, "refresh_token"),
            None => (&tokens.access_token, "access_token"),
        };
        let form = [("token", token.expose_secret()), ("token_type_hint", hint)];
        token_endpoint(&flow.shared, TokenCall { url: &url, form: &form, operation: TOKEN_REVOCATION, retryable: true }).await?;
        flow.shared.config.token_store.remove(&self.inner.key).await.map_err(AuthError::Store)
    }
}
