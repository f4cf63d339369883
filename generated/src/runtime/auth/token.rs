//! Token endpoint requests: form body, HTTP Basic with the client id and secret, retried like
//! any safe request, answered with an RFC 6749 token or error body.

use std::time::Duration;

use base64::Engine as _;
use secrecy::{ExposeSecret, SecretString};
use serde_json::Value;

use crate::runtime::client::Shared;
use crate::runtime::error::{AuthError, DecodeError, OAuthError};
use crate::runtime::retry;

/// A token endpoint's success body. `expires_in` may be an integer, a decimal or a string.
#[derive(Clone)]
pub(crate) struct TokenResponse {
    pub(crate) access_token: SecretString,
    pub(crate) refresh_token: Option<SecretString>,
    pub(crate) expires_in: Option<Duration>,
    pub(crate) refresh_expires_in: Option<Duration>,
    pub(crate) scope: Option<String>,
}

impl std::fmt::Debug for TokenResponse {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenResponse")
            .field("access_token", &"[REDACTED]")
            .field("refresh_token", &self.refresh_token.as_ref().map(|_| "[REDACTED]"))
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish()
    }
}

/// `Basic base64(client_id:client_secret)`.
pub(crate) fn basic_authorization(client_id: &str, client_secret: &SecretString) -> SecretString {
    let raw = format!("{client_id}:{}", client_secret.expose_secret());
    SecretString::from(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(raw)))
}

fn seconds(value: Option<&Value>) -> Option<Duration> {
    let seconds = match value? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(1e9)))
}

/// POSTs `form` to a token endpoint; `label` names the request in errors and logs.
pub(crate) async fn token_request(shared: &Shared, url: &url::Url, form: &[(&str, &str)], label: &'static str) -> Result<TokenResponse, AuthError> {
    let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(form.iter()).finish();
    let authorization = basic_authorization(&shared.config.client_id, &shared.config.client_secret);
    shared.count_token_request();
    let (response, _) = retry::send(&shared.config.retry, true, label, |_attempt| {
        let mut authorization_value = reqwest::header::HeaderValue::from_str(authorization.expose_secret())
            .unwrap_or_else(|_| reqwest::header::HeaderValue::from_static(""));
        authorization_value.set_sensitive(true);
        shared
            .http
            .post(url.clone())
            .header(reqwest::header::AUTHORIZATION, authorization_value)
            .header(reqwest::header::CONTENT_TYPE, "application/x-www-form-urlencoded")
            .header(reqwest::header::ACCEPT, "application/json")
            .body(body.clone())
    })
    .await
    .map_err(AuthError::Transport)?;
    if !(200..300).contains(&response.status) {
        let error = serde_json::from_slice::<OAuthError>(&response.body).ok();
        return Err(AuthError::TokenRejected { status: response.status, error, raw_body: String::from_utf8_lossy(&response.body).into_owned() });
    }
    let decode = |message: &str| AuthError::Decode(DecodeError::new(label, response.status, String::new(), message.to_string(), b"[token response withheld]"));
    let value: Value = serde_json::from_slice(&response.body).map_err(|_| decode("the body is not JSON"))?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let access_token = text("access_token").filter(|t| !t.is_empty()).ok_or_else(|| decode("no `access_token`"))?;
    Ok(TokenResponse {
        access_token: SecretString::from(access_token),
        refresh_token: text("refresh_token").filter(|t| !t.is_empty()).map(SecretString::from),
        expires_in: seconds(value.get("expires_in")),
        refresh_expires_in: seconds(value.get("refresh_token_expires_in")),
        scope: text("scope"),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expiry_accepts_numbers_decimals_and_strings() {
        assert_eq!(seconds(Some(&serde_json::json!(1800))), Some(Duration::from_secs(1800)));
        assert_eq!(seconds(Some(&serde_json::json!(3599.5))), Some(Duration::from_secs_f64(3599.5)));
        assert_eq!(seconds(Some(&serde_json::json!("60"))), Some(Duration::from_secs(60)));
        assert_eq!(seconds(Some(&serde_json::json!(-1))), None);
        assert_eq!(seconds(None), None);
    }

    #[test]
    fn basic_authorization_encodes_id_and_secret() {
        let header = basic_authorization("id", &SecretString::from("secret".to_string()));
        assert_eq!(header.expose_secret(), "Basic aWQ6c2VjcmV0");
    }
}
