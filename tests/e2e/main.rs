//! End-to-end: every operation of every product, called through the generated client, with the
//! real OAuth flows, against Prism serving the specs (or against a server someone else runs).
//!
//! Without `CITI_POLAND_BASE_URL`, this starts the mock (one Prism per spec behind a proxy),
//! fails any case whose requests Prism finds invalid, and checks each typed response against
//! the spec's example. With `CITI_POLAND_BASE_URL` (and `CITI_POLAND_CLIENT_ID`,
//! `CITI_POLAND_CLIENT_SECRET`), it calls that server instead and checks that every call succeeds
//! and decodes.
//!
//! Against a server that is not on this machine, only operations that change nothing (GET) run,
//! unless `CITI_POLAND_E2E_ALLOW_WRITES=1` allows the others (transfers, applications); the rest
//! are reported as ignored. Operations that need a customer session run there after a customer
//! authorized: a run with `CITI_POLAND_REDIRECT_URI` prints the authorize URL and keeps the
//! pending authorization in `target/e2e-pending-authorization.json`; the next run with
//! `CITI_POLAND_CALLBACK_URL` (the URL the browser was sent back to) completes it.
//!
//! A custom harness (the mock must outlive every case); it prints libtest's lines.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::Instant;

use citi_poland::runtime::{ApiClient, AuthError, AuthorizeRequest, Config, PendingAuthorization, Url, UserSession};
use integration_tests::json_diff::difference;
use integration_tests::mock::MockServer;
use serde::de::DeserializeOwned;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/e2e_cases.rs"));

type CaseFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// One operation's test.
pub struct Case {
    pub name: &'static str,
    /// The HTTP method (`GET` changes nothing on the server).
    pub method: &'static str,
    pub needs_session: bool,
    pub run: for<'a> fn(&'a Ctx) -> CaseFuture<'a>,
}

/// What cases call with.
pub struct Ctx {
    app: ApiClient,
    user: Option<ApiClient>,
    live: bool,
}

impl Ctx {
    /// The client for a case: with the customer session when the operation needs one.
    pub fn client(&self, session: bool) -> &ApiClient {
        match (&self.user, session) {
            (Some(user), true) => user,
            _ => &self.app,
        }
    }
}

/// A value of `T` from the spec's example JSON (an example that does not fit fails the case).
pub fn value<T: DeserializeOwned>(json: &str) -> Result<T, String> {
    let value: serde_json::Value = serde_json::from_str(json).map_err(|e| format!("example is not JSON: {e}"))?;
    serde_path_to_error::deserialize(value).map_err(|e| format!("the spec's example does not fit `{}` at `{}`: {}", std::any::type_name::<T>(), e.path(), e.inner()))
}

/// The call succeeded; against the mock its body equals the spec's example.
pub fn check_json<T: Serialize, E: std::fmt::Debug>(ctx: &Ctx, result: Result<T, citi_poland::Error<E>>, example: Option<&str>) -> Result<(), String> {
    let value = result.map_err(|error| format!("the call failed: {error}"))?;
    if ctx.live {
        return Ok(());
    }
    let Some(example) = example else { return Ok(()) };
    let expected: serde_json::Value = serde_json::from_str(example).map_err(|e| e.to_string())?;
    let actual = serde_json::to_value(&value).map_err(|e| e.to_string())?;
    match difference(&expected, &actual, "") {
        None => Ok(()),
        Some(found) => Err(format!("the typed response differs from the spec's example at {found}\n  example: {expected}\n  typed:   {actual}")),
    }
}

/// The call succeeded.
pub fn check_ok<T: std::fmt::Debug, E: std::fmt::Debug>(result: Result<T, citi_poland::Error<E>>) -> Result<(), String> {
    result.map(|_| ()).map_err(|error| format!("the call failed: {error}"))
}

fn main() -> ExitCode {
    let runtime = match tokio::runtime::Builder::new_multi_thread().worker_threads(2).enable_all().build() {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("cannot start tokio: {error}");
            return ExitCode::FAILURE;
        }
    };
    runtime.block_on(run())
}

struct Report {
    passed: usize,
    failed: Vec<(String, String)>,
    ignored: usize,
}

impl Report {
    fn record(&mut self, name: &str, outcome: Result<(), String>) {
        match outcome {
            Ok(()) => {
                println!("test {name} ... ok");
                self.passed += 1;
            }
            Err(message) => {
                println!("test {name} ... FAILED");
                self.failed.push((name.to_string(), message));
            }
        }
    }
}

async fn run() -> ExitCode {
    let started = Instant::now();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf();
    let live_url = std::env::var("CITI_POLAND_BASE_URL").ok().filter(|u| !u.is_empty());
    let mock = match &live_url {
        Some(_) => None,
        None => match MockServer::start(&root).await {
            Ok(mock) => Some(mock),
            Err(error) => {
                println!("test e2e::start_mock_server ... FAILED\n\n{error}\n");
                println!("test result: FAILED. 0 passed; 1 failed; 0 ignored; 0 measured; 0 filtered out");
                return ExitCode::FAILURE;
            }
        },
    };
    let base_url = live_url.clone().or_else(|| mock.as_ref().map(|m| m.base_url().to_string())).unwrap_or_default();
    let writes_allowed = writes_allowed(&base_url, std::env::var("CITI_POLAND_E2E_ALLOW_WRITES").ok().as_deref());
    let client_id = std::env::var("CITI_POLAND_CLIENT_ID").unwrap_or_else(|_| "e2e-client-id".to_string());
    let client_secret = std::env::var("CITI_POLAND_CLIENT_SECRET").unwrap_or_else(|_| "e2e-client-secret".to_string());
    let config = Config::builder(client_id, client_secret).base_url(base_url.clone()).build();
    println!("running end-to-end cases against {base_url}{}", if mock.is_some() { " (Prism mock)" } else { "" });
    if !writes_allowed {
        println!("only operations that change nothing (GET) run: set CITI_POLAND_E2E_ALLOW_WRITES=1 to run the others against this server");
    }
    let violations = |report: &mut Report, name: &str, outcome: Result<(), String>| {
        let found = mock.as_ref().map(MockServer::take_violations).unwrap_or_default();
        let outcome = match (outcome, found.is_empty()) {
            (Ok(()), false) => Err(format!("Prism found the requests invalid:\n  {}", found.join("\n  "))),
            (Err(message), false) => Err(format!("{message}\nPrism found the requests invalid:\n  {}", found.join("\n  "))),
            (outcome, true) => outcome,
        };
        report.record(name, outcome);
    };
    let mut report = Report { passed: 0, failed: Vec::new(), ignored: 0 };
    report.record("e2e::smoke::writes_need_an_opt_in_off_this_machine", check_write_rule());

    let app = match citi_poland::accounts::Client::new(config.clone()) {
        Ok(client) => client.api_client().clone(),
        Err(error) => {
            println!("invalid configuration: {error}");
            return ExitCode::FAILURE;
        }
    };

    // The three-legged flow: authorize URL (Prism answers the redirect), code exchange, refresh.
    let session = match &live_url {
        None => {
            let (outcome, session) = mock_authorization(&app).await;
            violations(&mut report, "e2e::oauth::authorize_and_exchange_code", outcome);
            if let Some(session) = &session {
                let outcome = session.refresh().await.map(|_| ()).map_err(|e| e.to_string());
                violations(&mut report, "e2e::oauth::refresh_access_token", outcome);
            }
            session
        }
        Some(_) => match live_authorization(&app, &root).await {
            Ok(session) => session,
            Err(message) => {
                report.record("e2e::oauth::complete_authorization", Err(message));
                None
            }
        },
    };
    let ctx = Ctx { user: session.as_ref().map(|s| app.with_session(s.clone())), app: app.clone(), live: live_url.is_some() };

    let cases = cases();
    let mut per_product: std::collections::BTreeMap<&str, (usize, usize)> = std::collections::BTreeMap::new();
    for case in &cases {
        let product = case.name.split("::").next().unwrap_or("");
        let entry = per_product.entry(product).or_default();
        entry.0 += 1;
        let name = format!("e2e::{}", case.name);
        if case.method != "GET" && !writes_allowed {
            println!("test {name} ... ignored ({} changes data on a server that is not local: set CITI_POLAND_E2E_ALLOW_WRITES=1)", case.method);
            report.ignored += 1;
            continue;
        }
        if case.needs_session && ctx.user.is_none() {
            println!("test {name} ... ignored (needs a customer session: authorize with CITI_POLAND_REDIRECT_URI, then CITI_POLAND_CALLBACK_URL)");
            report.ignored += 1;
            continue;
        }
        let outcome = (case.run)(&ctx).await;
        if outcome.is_ok() {
            entry.1 += 1;
        }
        violations(&mut report, &name, outcome);
    }

    if mock.is_some() {
        // Two-legged tokens are cached per scope set: one token request for each, however many
        // calls use it, plus the code exchange and the refresh of the customer session.
        let requests = app.token_requests();
        let expected = CLIENT_CREDENTIALS_SCOPE_SETS + 2;
        let outcome = if requests == expected { Ok(()) } else { Err(format!("{requests} token requests for {} calls; expected {expected}", cases.len())) };
        report.record("e2e::oauth::client_credentials_tokens_are_cached", outcome);
    }
    if let Some(session) = &session {
        let outcome = session.revoke().await.map_err(|e| e.to_string());
        violations(&mut report, "e2e::oauth::revoke_session", outcome);
    }

    println!("\noperations covered end to end, by product:");
    for (product, (total, ok)) in &per_product {
        println!("  {product:<16} {ok}/{total}");
    }
    if !report.failed.is_empty() {
        println!("\nfailures:\n");
        for (name, message) in &report.failed {
            println!("---- {name} ----\n{message}\n");
        }
    }
    let status = if report.failed.is_empty() { "ok" } else { "FAILED" };
    println!(
        "\ntest result: {status}. {} passed; {} failed; {} ignored; 0 measured; 0 filtered out; finished in {:.2}s\n",
        report.passed,
        report.failed.len(),
        report.ignored,
        started.elapsed().as_secs_f64()
    );
    drop(mock);
    if report.failed.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// Whether operations that change data (anything but GET) may run against `base_url`: on this
/// machine always, elsewhere only with `CITI_POLAND_E2E_ALLOW_WRITES=1`.
fn writes_allowed(base_url: &str, opt_in: Option<&str>) -> bool {
    let local = Url::parse(base_url).ok().and_then(|url| url.host_str().map(str::to_string)).is_some_and(|host| {
        host == "localhost" || host.trim_matches(|c| c == '[' || c == ']').parse::<std::net::IpAddr>().is_ok_and(|ip| ip.is_loopback())
    });
    local || opt_in == Some("1")
}

fn check_write_rule() -> Result<(), String> {
    let cases = [
        ("https://sandbox.apihub.citi.com/gcb/api", None, false),
        ("https://sandbox.apihub.citi.com/gcb/api", Some("yes"), false),
        ("https://sandbox.apihub.citi.com/gcb/api", Some("1"), true),
        ("http://127.0.0.1:4010", None, true),
        ("http://[::1]:4010/gcb/api", None, true),
        ("http://localhost:4010", None, true),
        ("http://localhost.example.com", None, false),
        ("http://127.0.0.1.nip.io", None, false),
        ("not a url", None, false),
    ];
    for (url, opt_in, expected) in cases {
        if writes_allowed(url, opt_in) != expected {
            return Err(format!("writes against {url} with opt-in {opt_in:?}: expected {expected}"));
        }
    }
    Ok(())
}

/// Against the mock: starts an authorization and opens its URL, which Prism answers with the
/// redirect to the callback. Prism's redirect carries the spec's example `state`, not the one
/// sent, so completing with it must fail before any token request; the test then stands in for
/// a bank that echoes the state and completes the flow with the redirect's code.
async fn mock_authorization(app: &ApiClient) -> (Result<(), String>, Option<UserSession>) {
    let outcome = async {
        let flow = app.authorization_code().map_err(|e| e.to_string())?;
        let start = || flow.start(AuthorizeRequest::new("https://partner.example.pl/callback", ["accounts_details_transactions"]).locale("pl")).map_err(|e| e.to_string());
        let pending = start()?;
        let url = Url::parse(pending.authorize_url()).map_err(|e| e.to_string())?;
        for (name, value) in [("countryCode", "PL"), ("businessCode", "GCB"), ("response_type", "code"), ("code_challenge_method", "S256")] {
            if !url.query_pairs().any(|(k, v)| k == name && v == value) {
                return Err(format!("the authorize URL lacks {name}={value}"));
            }
        }
        let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().map_err(|e| e.to_string())?;
        let response = http.get(url).header("Accept", "application/json").send().await.map_err(|e| e.to_string())?;
        if response.status().as_u16() != 302 {
            return Err(format!("the authorize page answered {} instead of a redirect", response.status()));
        }
        let location = response.headers().get("location").and_then(|v| v.to_str().ok()).ok_or("the redirect has no Location")?.to_string();
        let before = app.token_requests();
        match flow.complete(pending, &location, "e2e-customer").await {
            Err(AuthError::StateMismatch) if app.token_requests() == before => {}
            Err(AuthError::StateMismatch) => return Err("a callback with a foreign state made a token request".into()),
            other => return Err(format!("a callback with a foreign state was not refused: {other:?}")),
        }
        let code = Url::parse(&location).map_err(|e| e.to_string())?.query_pairs().find(|(k, _)| k == "code").map(|(_, v)| v.into_owned()).ok_or("no code")?;
        let pending = start()?;
        let callback = format!("https://partner.example.pl/callback?code={code}&state={}", pending.state());
        let session = flow.complete(pending, &callback, "e2e-customer").await.map_err(|e| e.to_string())?;
        session.tokens().await.map_err(|e| e.to_string())?.ok_or("no tokens stored")?;
        Ok(session)
    }
    .await;
    match outcome {
        Ok(session) => (Ok(()), Some(session)),
        Err(message) => (Err(message), None),
    }
}

/// Against a live server: with `CITI_POLAND_CALLBACK_URL`, completes the authorization kept by
/// the previous run; with only `CITI_POLAND_REDIRECT_URI`, starts one, prints its URL and keeps
/// it for the next run. Without either, no session.
async fn live_authorization(app: &ApiClient, root: &Path) -> Result<Option<UserSession>, String> {
    let kept = root.join("target/e2e-pending-authorization.json");
    let flow = app.authorization_code().map_err(|e| e.to_string())?;
    if let Ok(callback) = std::env::var("CITI_POLAND_CALLBACK_URL") {
        let text = std::fs::read_to_string(&kept).map_err(|e| format!("no pending authorization in {} ({e}): run once with CITI_POLAND_REDIRECT_URI first", kept.display()))?;
        // Used once: the file goes before the code is exchanged.
        let _ = std::fs::remove_file(&kept);
        let pending: PendingAuthorization = serde_json::from_str(&text).map_err(|e| format!("{} is not a pending authorization: {e}", kept.display()))?;
        let session = flow.complete(pending, &callback, "e2e-customer").await.map_err(|e| e.to_string())?;
        println!("test e2e::oauth::complete_authorization ... ok");
        return Ok(Some(session));
    }
    if let Ok(redirect_uri) = std::env::var("CITI_POLAND_REDIRECT_URI") {
        let scopes = ["accounts_details_transactions", "customers_profiles", "payees", "personal_domestic_transfers", "internal_domestic_transfers", "external_domestic_transfers"];
        let pending = flow.start(AuthorizeRequest::new(redirect_uri, scopes).locale("pl")).map_err(|e| e.to_string())?;
        let text = serde_json::to_string(&pending).map_err(|e| e.to_string())?;
        write_private(&kept, &text).map_err(|e| format!("cannot keep the pending authorization in {}: {e}", kept.display()))?;
        println!("log in and consent at:
  {}
then run again with CITI_POLAND_CALLBACK_URL set to the URL the browser is sent back to", pending.authorize_url());
    }
    Ok(None)
}

/// Writes `text` to a file only the current user can read (it holds the PKCE verifier).
fn write_private(path: &Path, text: &str) -> std::io::Result<()> {
    use std::io::Write as _;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    options.open(path)?.write_all(text.as_bytes())
}
