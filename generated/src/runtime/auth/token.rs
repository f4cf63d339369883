//! Token endpoint requests: a form body, HTTP Basic with the client id and secret (each
//! form-encoded first, RFC 6749 §2.3.1), answered with an RFC 6749 token or error body. Whether
//! a request may be retried is the caller's decision: a client-credentials request and a
//! revocation may, an authorization-code exchange and a refresh-token grant never (each grant is
//! single use; RFC 6749 §4.1.2, RFC 9700 §4.14).

use std::sync::atomic::AtomicU32;
use std::time::Duration;

use base64::Engine as _;
use reqwest::header::{HeaderMap, HeaderValue};
use serde_json::Value;

use crate::runtime::api::Method;
use crate::runtime::client::Shared;
use crate::runtime::error::{AuthError, DecodeError, OAuthError};
use crate::runtime::hook::OutgoingRequest;
use crate::runtime::retry::{self, Attempts, RawResponse, SendError};
use crate::runtime::secret::SecretString;

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
            .field("access_token", &self.access_token)
            .field("refresh_token", &self.refresh_token)
            .field("expires_in", &self.expires_in)
            .field("scope", &self.scope)
            .finish()
    }
}

/// `Basic base64(urlencode(client_id):urlencode(client_secret))`, as RFC 6749 §2.3.1 asks of
/// OAuth client authentication.
pub(crate) fn basic_authorization(client_id: &str, client_secret: &SecretString) -> SecretString {
    let encode = |text: &str| url::form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>();
    let raw = SecretString::new(format!("{}:{}", encode(client_id), encode(client_secret.expose_secret())));
    SecretString::new(format!("Basic {}", base64::engine::general_purpose::STANDARD.encode(raw.expose_secret())))
}

fn seconds(value: Option<&Value>) -> Option<Duration> {
    let seconds = match value? {
        Value::Number(n) => n.as_f64()?,
        Value::String(s) => s.trim().parse::<f64>().ok()?,
        _ => return None,
    };
    (seconds.is_finite() && seconds >= 0.0).then(|| Duration::from_secs_f64(seconds.min(1e9)))
}

/// One request to a token endpoint.
pub(crate) struct TokenCall<'a> {
    pub(crate) url: &'a url::Url,
    pub(crate) form: &'a [(&'a str, &'a str)],
    /// The name the hook and the logs see (see [`crate::runtime::hook`]).
    pub(crate) operation: &'static str,
    /// Whether the request may be sent again after a failure that left it unprocessed.
    pub(crate) retryable: bool,
}

/// POSTs the form and returns the 2xx response; any other status is
/// [`AuthError::TokenRejected`].
pub(crate) async fn token_endpoint(shared: &Shared, call: TokenCall<'_>) -> Result<RawResponse, AuthError> {
    let body = bytes::Bytes::from(url::form_urlencoded::Serializer::new(String::new()).extend_pairs(call.form.iter()).finish());
    let authorization = basic_authorization(&shared.config.client_id, &shared.config.client_secret);
    let mut headers = HeaderMap::new();
    let mut authorization = HeaderValue::from_str(authorization.expose_secret())
        .map_err(|_| AuthError::Misconfigured("the client id cannot be sent in an Authorization header".into()))?;
    authorization.set_sensitive(true);
    headers.insert(reqwest::header::AUTHORIZATION, authorization);
    headers.insert(reqwest::header::CONTENT_TYPE, HeaderValue::from_static("application/x-www-form-urlencoded"));
    headers.insert(reqwest::header::ACCEPT, HeaderValue::from_static("application/json"));
    shared.count_token_request();
    let made = AtomicU32::new(0);
    let attempts = Attempts { operation: call.operation, retryable: call.retryable, deadline: tokio::time::Instant::now() + shared.config.call_timeout, made: &made };
    let response = retry::send(shared, &attempts, |attempt| OutgoingRequest::new(call.operation, attempt, Method::Post, call.url.clone(), headers.clone(), body.clone()))
        .await
        .map_err(|error| match error {
            SendError::Transport(error) => AuthError::Transport(error),
            SendError::Hook(error) => AuthError::Hook(error),
        })?;
    if !(200..300).contains(&response.status) {
        let error = serde_json::from_slice::<OAuthError>(&response.body).ok();
        return Err(AuthError::TokenRejected { status: response.status, error, raw_body: String::from_utf8_lossy(&response.body).into_owned() });
    }
    Ok(response)
}

/// A token request: the form POSTed, the token response read.
pub(crate) async fn token_request(shared: &Shared, call: TokenCall<'_>) -> Result<TokenResponse, AuthError> {
    let operation = call.operation;
    let response = token_endpoint(shared, call).await?;
    // The body holds the tokens: errors describe it, never carry it.
    let decode = |message: &str| AuthError::Decode(DecodeError::described(operation, response.status, String::new(), message, bytes::Bytes::new()));
    let value: Value = serde_json::from_slice(&response.body).map_err(|_| decode("the body is not JSON"))?;
    let text = |key: &str| value.get(key).and_then(Value::as_str).map(str::to_string);
    let access_token = text("access_token").filter(|t| !t.is_empty()).ok_or_else(|| decode("no `access_token`"))?;
    if let Some(token_type) = value.get("token_type") {
        if !token_type.as_str().is_some_and(|t| t.eq_ignore_ascii_case("bearer")) {
            return Err(decode("the `token_type` is not `bearer`"));
        }
    }
    Ok(TokenResponse {
        access_token: SecretString::new(access_token),
        refresh_token: text("refresh_token").filter(|t| !t.is_empty()).map(SecretString::new),
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
    fn basic_authorization_form_encodes_id_and_secret_first() {
        let header = basic_authorization("id", &SecretString::from("secret"));
        assert_eq!(header.expose_secret(), "Basic aWQ6c2VjcmV0");
        // RFC 6749 §2.3.1: `a:b c` and `p+w/d=%` are form-encoded to `a%3Ab+c` and `p%2Bw%2Fd%3D%25`.
        let header = basic_authorization("a:b c", &SecretString::from("p+w/d=%"));
        let expected = base64::engine::general_purpose::STANDARD.encode("a%3Ab+c:p%2Bw%2Fd%3D%25");
        assert_eq!(header.expose_secret(), format!("Basic {expected}"));
    }
}
