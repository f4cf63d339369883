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

thread_local! {
    /// Where this thread's `tracing` lines go while a test captures them.
    static CAPTURE: std::cell::RefCell<Option<Captured>> = const { std::cell::RefCell::new(None) };
}

/// Writes a line to the capture of the thread that logs it, if it has one.
struct ThisThread;

impl<'a> tracing_subscriber::fmt::MakeWriter<'a> for ThisThread {
    type Writer = ThreadBuffer;
    fn make_writer(&'a self) -> ThreadBuffer {
        ThreadBuffer(CAPTURE.with(|capture| capture.borrow().clone()))
    }
}

struct ThreadBuffer(Option<Captured>);

impl std::io::Write for ThreadBuffer {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        match &mut self.0 {
            Some(captured) => captured.write(bytes),
            None => Ok(bytes.len()),
        }
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Ends the capture of this thread's lines when dropped.
pub struct CaptureGuard(());

impl Drop for CaptureGuard {
    fn drop(&mut self) {
        CAPTURE.with(|capture| *capture.borrow_mut() = None);
    }
}

/// Every `tracing` line of every crate, at every level, spans opened, entered, left and closed,
/// logged on this thread while the guard lives (use a current-thread runtime so that spawned
/// tasks log here too).
///
/// One global subscriber serves every test and keeps only the lines of threads that capture:
/// with a subscriber per thread instead, a call site first reached by a test without one could
/// cache "never" while another test set its own up, and lose that test's lines.
pub fn capture_logs() -> (CaptureGuard, Captured) {
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::Layer as _;
    static INSTALL: std::sync::Once = std::sync::Once::new();
    INSTALL.call_once(|| {
        // Dynamic: asked at every event and span, never cached per call site (whether a thread
        // captures changes from test to test).
        let capturing = tracing_subscriber::filter::dynamic_filter_fn(|_, _| CAPTURE.with(|capture| capture.borrow().is_some()));
        let layer = tracing_subscriber::fmt::layer()
            .with_ansi(false)
            .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
            .with_writer(ThisThread)
            .with_filter(capturing);
        tracing::subscriber::set_global_default(tracing_subscriber::registry().with(layer)).expect("the only global subscriber of the tests");
        // A call site that registered while the subscriber was being installed may have cached
        // "never": ask every site again, now that the subscriber is there.
        tracing::callsite::rebuild_interest_cache();
    });
    let captured = Captured::default();
    CAPTURE.with(|capture| *capture.borrow_mut() = Some(captured.clone()));
    (CaptureGuard(()), captured)
}
