//! The two halves of an authorization-code flow (RFC 6749 §4.1, RFC 7636, RFC 9700): what to
//! ask for ([`AuthorizeRequest`]), and what must be kept between sending the customer to the
//! authorize page and their return ([`PendingAuthorization`]: the `state`, the PKCE verifier
//! and the redirect URI).
//!
//! The `state` and the verifier come from the operating system's CSPRNG (256 bits each) for
//! every authorization; callers cannot choose them, so they cannot reuse or forget them.

use std::fmt;

use base64::Engine as _;
use ring::rand::SecureRandom as _;
use serde::{Deserialize, Serialize};

use crate::runtime::error::{AuthError, OAuthError};
use crate::runtime::secret::{constant_time_eq, SecretString};

/// What to ask the customer for on the authorize page; start it with
/// [`AuthorizationCode::start`](super::AuthorizationCode::start).
#[derive(Clone, Debug, PartialEq, Eq)]
#[must_use]
pub struct AuthorizeRequest {
    redirect_uri: String,
    scopes: Vec<String>,
    locale: Option<String>,
    extra: Vec<(String, String)>,
    pkce: bool,
}

impl AuthorizeRequest {
    /// A request for `scopes`, returning to `redirect_uri` (as registered with the portal).
    /// PKCE (S256) is on.
    pub fn new(redirect_uri: impl Into<String>, scopes: impl IntoIterator<Item = impl Into<String>>) -> Self {
        AuthorizeRequest {
            redirect_uri: redirect_uri.into(),
            scopes: scopes.into_iter().map(Into::into).collect(),
            locale: None,
            extra: Vec::new(),
            pkce: true,
        }
    }

    /// Sets the page language (`locale`), e.g. `pl`.
    pub fn locale(mut self, locale: impl Into<String>) -> Self {
        self.locale = Some(locale.into());
        self
    }

    /// Adds a query parameter to the authorize URL. Parameters the flow sets itself
    /// (`response_type`, `client_id`, `redirect_uri`, `scope`, `state`, `code_challenge`,
    /// `code_challenge_method`, `locale`, the scheme's fixed ones such as `countryCode`, and
    /// `request`/`request_uri`, which could carry all of them) cannot be set this way:
    /// [`start`](super::AuthorizationCode::start) refuses them.
    pub fn param(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        self.extra.push((name.into(), value.into()));
        self
    }

    /// Turns PKCE off, for a server that rejects `code_challenge`. Leave it on otherwise: it
    /// binds the code to this client (RFC 9700 §2.1.1).
    pub fn without_pkce(mut self) -> Self {
        self.pkce = false;
        self
    }

    /// The redirect URI.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The scopes asked for.
    pub fn scopes(&self) -> &[String] {
        &self.scopes
    }

    pub(crate) fn locale_value(&self) -> Option<&str> {
        self.locale.as_deref()
    }

    pub(crate) fn extra(&self) -> &[(String, String)] {
        &self.extra
    }

    pub(crate) fn uses_pkce(&self) -> bool {
        self.pkce
    }
}

/// An authorization that has been started and not yet completed: the authorize URL to send the
/// customer to, and what [`complete`](super::AuthorizationCode::complete) checks the callback
/// against.
///
/// Keep it on the server side between the redirect and the callback (it is serializable, for a
/// web application's session store), then hand it to `complete`, which consumes it; delete the
/// stored copy then, so a callback cannot be replayed. Its `state` and verifier are secrets:
/// `Debug` does not show them, and serde writes them in clear for the store.
#[derive(Clone, Serialize, Deserialize)]
pub struct PendingAuthorization {
    scheme: String,
    authorize_url: String,
    redirect_uri: String,
    state: SecretString,
    code_verifier: Option<SecretString>,
}

impl PendingAuthorization {
    pub(crate) fn new(scheme: &str, authorize_url: String, redirect_uri: String, state: SecretString, code_verifier: Option<SecretString>) -> Self {
        PendingAuthorization { scheme: scheme.to_string(), authorize_url, redirect_uri, state, code_verifier }
    }

    /// Where to send the customer's browser.
    pub fn authorize_url(&self) -> &str {
        &self.authorize_url
    }

    /// The redirect URI the callback comes back to.
    pub fn redirect_uri(&self) -> &str {
        &self.redirect_uri
    }

    /// The `state` this authorization expects back (to find the pending authorization of a
    /// callback in a store, for example). It is a one-time secret: do not log it.
    pub fn state(&self) -> &str {
        self.state.expose_secret()
    }

    /// Whether the authorization uses PKCE.
    pub fn uses_pkce(&self) -> bool {
        self.code_verifier.is_some()
    }

    pub(crate) fn scheme(&self) -> &str {
        &self.scheme
    }

    pub(crate) fn code_verifier(&self) -> Option<&SecretString> {
        self.code_verifier.as_ref()
    }

    /// The callback's `code`, once its `state` matches and it carries no `error`.
    pub(crate) fn code_from(&self, callback: &str) -> Result<SecretString, AuthError> {
        let params = CallbackParams::parse(callback)?;
        let state = params.state.as_ref().ok_or(AuthError::StateMismatch)?;
        if !constant_time_eq(state.expose_secret().as_bytes(), self.state.expose_secret().as_bytes()) {
            return Err(AuthError::StateMismatch);
        }
        if let Some(error) = params.error {
            return Err(AuthError::AuthorizationDenied(OAuthError { error, error_description: params.error_description, error_uri: params.error_uri }));
        }
        params.code.filter(|code| !code.is_empty()).ok_or_else(|| AuthError::InvalidCallback("it carries no `code`".into()))
    }
}

impl fmt::Debug for PendingAuthorization {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("PendingAuthorization")
            .field("scheme", &self.scheme)
            .field("redirect_uri", &self.redirect_uri)
            .field("state", &self.state)
            .field("code_verifier", &self.code_verifier)
            .finish_non_exhaustive()
    }
}

/// The parameters of a callback that matter to the flow.
#[derive(Default)]
struct CallbackParams {
    code: Option<SecretString>,
    state: Option<SecretString>,
    error: Option<String>,
    error_description: Option<String>,
    error_uri: Option<String>,
}

impl CallbackParams {
    /// Reads a callback URL (`https://partner.example.pl/callback?code=...&state=...`) or its query
    /// (with or without the leading `?`). A parameter that appears twice makes it unusable
    /// (RFC 6749 §3.1).
    fn parse(callback: &str) -> Result<CallbackParams, AuthError> {
        let callback = callback.trim();
        let query = match url::Url::parse(callback) {
            Ok(url) => url.query().unwrap_or_default().to_string(),
            _ => callback.split('#').next().unwrap_or_default().trim_start_matches('?').to_string(),
        };
        let mut params = CallbackParams::default();
        for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
            let value = value.into_owned();
            let slot_is_set = match name.as_ref() {
                "code" => params.code.replace(SecretString::new(value)).is_some(),
                "state" => params.state.replace(SecretString::new(value)).is_some(),
                "error" => params.error.replace(value).is_some(),
                "error_description" => params.error_description.replace(value).is_some(),
                "error_uri" => params.error_uri.replace(value).is_some(),
                _ => false,
            };
            if slot_is_set {
                return Err(AuthError::InvalidCallback(format!("the `{name}` parameter appears more than once")));
            }
        }
        Ok(params)
    }
}

/// `bytes` random bytes from the operating system, base64url without padding.
pub(crate) fn random_token(bytes: usize) -> Result<SecretString, AuthError> {
    let mut buffer = vec![0u8; bytes];
    ring::rand::SystemRandom::new()
        .fill(&mut buffer)
        .map_err(|_| AuthError::Misconfigured("the operating system's random number generator failed".into()))?;
    let token = SecretString::new(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&buffer));
    buffer.iter_mut().for_each(|byte| *byte = 0);
    Ok(token)
}

/// The S256 code challenge of a verifier: `base64url(sha256(verifier))` (RFC 7636 §4.2).
pub(crate) fn code_challenge(verifier: &SecretString) -> String {
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.expose_secret().as_bytes());
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pending() -> PendingAuthorization {
        PendingAuthorization::new("oauth", "https://bank/authorize".into(), "https://app/cb".into(), SecretString::from("s-1"), None)
    }

    #[test]
    fn the_s256_challenge_matches_rfc_7636_appendix_b() {
        let verifier = SecretString::from("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        assert_eq!(code_challenge(&verifier), "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM");
    }

    #[test]
    fn random_tokens_are_long_and_distinct() {
        let a = random_token(32).unwrap();
        let b = random_token(32).unwrap();
        assert_eq!(a.expose_secret().len(), 43);
        assert_ne!(a, b);
    }

    #[test]
    fn callbacks_are_checked_before_anything_else() {
        let pending = pending();
        assert_eq!(pending.code_from("https://app/cb?code=c-1&state=s-1").unwrap().expose_secret(), "c-1");
        assert_eq!(pending.code_from("?state=s-1&code=c-1").unwrap().expose_secret(), "c-1");
        assert!(matches!(pending.code_from("code=c-1&state=s-2"), Err(AuthError::StateMismatch)));
        assert!(matches!(pending.code_from("code=c-1"), Err(AuthError::StateMismatch)));
        assert!(matches!(pending.code_from("code=c-1&state=s-1&state=s-1"), Err(AuthError::InvalidCallback(_))));
        assert!(matches!(pending.code_from("code=c-1&code=c-2&state=s-1"), Err(AuthError::InvalidCallback(_))));
        assert!(matches!(pending.code_from("state=s-1"), Err(AuthError::InvalidCallback(_))));
        match pending.code_from("error=access_denied&error_description=The+customer+declined&state=s-1") {
            Err(AuthError::AuthorizationDenied(error)) => {
                assert_eq!((error.error.as_str(), error.error_description.as_deref()), ("access_denied", Some("The customer declined")));
            }
            other => panic!("expected a denial, got {other:?}"),
        }
        // An error with a foreign state is a forged callback, not a denial.
        assert!(matches!(pending.code_from("error=access_denied&state=other"), Err(AuthError::StateMismatch)));
    }
}
