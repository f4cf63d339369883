//! What the runtime tests share: a configuration for a wiremock server, token responses, stored
//! customer sessions, a hand-built operation, and a `tracing` writer that keeps every line.

use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use citi_poland::runtime::{ApiClient, Config, ConfigBuilder, Method, OperationInfo, RetryPolicy, SecretString, SecurityRequirement, StoredTokens, TokenStore};
use serde_json::json;
use wiremock::{MockServer, ResponseTemplate};

pub const CLIENT_ID: &str = "test-client";
pub const CLIENT_SECRET: &str = "s3cr3t-client-secret-value";
pub const TOKEN_PATH: &str = "/clientCredentials/oauth2/token/pl/gcb";
pub const CODE_TOKEN_PATH: &str = "/authCode/oauth2/token/pl/gcb";
pub const REFRESH_PATH: &str = "/authCode/oauth2/refresh";
pub const REDIRECT_URI: &str = "https://partner.example.pl/callback";

/// A configuration for `server` with quick retries.
pub fn config(server: &MockServer) -> ConfigBuilder {
    Config::builder(CLIENT_ID, CLIENT_SECRET)
        .base_url(server.uri())
        .retry_policy(RetryPolicy { max_retries: 3, base_delay: Duration::from_millis(10), max_delay: Duration::from_millis(50), ..RetryPolicy::default() })
}

/// A client-credentials token response.
pub fn app_token(token: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"token_type": "bearer", "access_token": token, "expires_in": expires_in, "scope": "reference_data"}))
}

/// An authorization-code token response (code exchange or refresh).
pub fn customer_tokens(access: &str, refresh: &str, expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "access_token": access, "token_type": "bearer", "expires_in": expires_in, "refresh_token": refresh, "scope": "accounts_details_transactions"
    }))
}

/// Reference data as Utilities returns it.
pub fn reference_data() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({"referenceCode": "accountStatus", "referenceValues": [{"code": "ACTIVE", "description": "Aktywny"}]}))
}

/// Tokens for a session, issued `age` ago and living `lifetime` from issue.
pub fn stored_tokens(access: &str, refresh: &str, age: Duration, lifetime: Duration) -> StoredTokens {
    let issued_at = SystemTime::now() - age;
    StoredTokens {
        access_token: SecretString::from(access),
        refresh_token: Some(SecretString::from(refresh)),
        issued_at,
        expires_at: issued_at + lifetime,
        refresh_expires_at: None,
        scope: Some("accounts_details_transactions".into()),
    }
}

/// Saves `tokens` under `key` in the configuration's store.
pub async fn store(store: &Arc<dyn TokenStore>, key: &str, tokens: StoredTokens) {
    store.save(key, tokens).await.expect("the in-memory store saves");
}

/// The `name=value` pairs of a form body.
pub fn form(body: &[u8]) -> Vec<(String, String)> {
    url::form_urlencoded::parse(body).map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

/// A GET with two path parameters and the headers the runtime fills, authenticated with the
/// Utilities client-credentials scheme.
pub static GET_PART: OperationInfo = OperationInfo {
    id: "getPart",
    method: Method::Get,
    path: "/v1/items/{itemId}/parts/{partId}",
    security: &[&[SecurityRequirement { scheme: "clientCredentials", scopes: &["reference_data"] }]],
    request_id_header: Some("uuid"),
    client_id_header: Some("client_id"),
    accept: Some("application/json"),
};

/// `GET_PART` without authentication.
pub static GET_PART_PUBLIC: OperationInfo = OperationInfo { id: "getPartPublic", security: &[], ..GET_PART };

/// A POST without authentication.
pub static POST_NOTE: OperationInfo = OperationInfo {
    id: "postNote",
    method: Method::Post,
    path: "/v1/notes",
    security: &[],
    request_id_header: Some("uuid"),
    client_id_header: Some("client_id"),
    accept: Some("application/json"),
};

/// A runtime client for the Utilities API (whose client-credentials scheme `GET_PART` uses).
pub fn api_client(config: Config) -> ApiClient {
    ApiClient::new(config, &citi_poland::utilities::API).expect("a valid configuration")
}

/// A `tracing` writer that keeps everything written to it.
#[derive(Clone, Default)]
pub struct Captured(pub Arc<Mutex<Vec<u8>>>);

impl Captured {
    pub fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap()).into_owned()
    }
}

impl std::io::Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(bytes);
        Ok(bytes.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every `tracing` line of every crate, at every level, while the guard lives (on this thread:
/// use a current-thread runtime so spawned tasks log here too).
pub fn capture_logs(span_events: tracing_subscriber::fmt::format::FmtSpan) -> (tracing::subscriber::DefaultGuard, Captured) {
    let captured = Captured::default();
    let writer = captured.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_ansi(false)
        .with_span_events(span_events)
        .with_writer(move || writer.clone())
        .finish();
    (tracing::subscriber::set_default(subscriber), captured)
}
