//! End-to-end: every operation of every product, called through the generated client, with the
//! real OAuth flows, against Prism serving the specs (or against a server someone else runs).
//!
//! Without `CITI_POLAND_BASE_URL`, this starts the mock (one Prism per spec behind a proxy),
//! fails any case whose requests Prism finds invalid, and checks each typed response against
//! the spec's example. With `CITI_POLAND_BASE_URL` (and `CITI_POLAND_CLIENT_ID`,
//! `CITI_POLAND_CLIENT_SECRET`), it calls that server instead and checks that every call succeeds
//! and decodes. Operations that need a customer session run there only when
//! `CITI_POLAND_AUTH_CODE` and `CITI_POLAND_REDIRECT_URI` give a fresh authorization code.
//!
//! A custom harness (the mock must outlive every case); it prints libtest's lines.

use std::future::Future;
use std::path::Path;
use std::pin::Pin;
use std::process::ExitCode;
use std::time::Instant;

use citi_poland::runtime::{ApiClient, AuthorizeRequest, Config, UserSession};
use integration_tests::json_diff::difference;
use integration_tests::mock::MockServer;
use serde::de::DeserializeOwned;
use serde::Serialize;

include!(concat!(env!("OUT_DIR"), "/e2e_cases.rs"));

type CaseFuture<'a> = Pin<Box<dyn Future<Output = Result<(), String>> + Send + 'a>>;

/// One operation's test.
pub struct Case {
    pub name: &'static str,
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
    let client_id = std::env::var("CITI_POLAND_CLIENT_ID").unwrap_or_else(|_| "e2e-client-id".to_string());
    let client_secret = std::env::var("CITI_POLAND_CLIENT_SECRET").unwrap_or_else(|_| "e2e-client-secret".to_string());
    let config = Config::builder(client_id, client_secret).base_url(base_url.clone()).build();
    println!("running end-to-end cases against {base_url}{}", if mock.is_some() { " (Prism mock)" } else { "" });
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
            let outcome = authorize_page(&app).await;
            violations(&mut report, "e2e::oauth::authorize_url_redirects", outcome);
            let session = exchange(&app, "SplxlOBeZQQYbYS6WxSbIA", "https://partner.example.pl/callback").await;
            let outcome = match &session {
                Ok(session) => session.tokens().await.map_err(|e| e.to_string()).and_then(|t| t.map(|_| ()).ok_or_else(|| "no tokens stored".to_string())),
                Err(error) => Err(error.clone()),
            };
            violations(&mut report, "e2e::oauth::exchange_code_for_tokens", outcome);
            if let Ok(session) = &session {
                let outcome = session.refresh().await.map(|_| ()).map_err(|e| e.to_string());
                violations(&mut report, "e2e::oauth::refresh_access_token", outcome);
            }
            session.ok()
        }
        Some(_) => match (std::env::var("CITI_POLAND_AUTH_CODE"), std::env::var("CITI_POLAND_REDIRECT_URI")) {
            (Ok(code), Ok(redirect)) => {
                let session = exchange(&app, &code, &redirect).await;
                let outcome = session.as_ref().map(|_| ()).map_err(Clone::clone);
                report.record("e2e::oauth::exchange_code_for_tokens", outcome);
                session.ok()
            }
            _ => None,
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
        if case.needs_session && ctx.user.is_none() {
            println!("test {name} ... ignored (needs a customer session: set CITI_POLAND_AUTH_CODE and CITI_POLAND_REDIRECT_URI)");
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

/// Opens the authorize URL the flow builds: the mock answers with the redirect to the callback.
async fn authorize_page(app: &ApiClient) -> Result<(), String> {
    let flow = app.authorization_code().map_err(|e| e.to_string())?;
    let request = AuthorizeRequest::new("https://partner.example.pl/callback", ["accounts_details_transactions"]).state("af0ifjsldkj").locale("pl");
    let url = flow.authorize_url(&request).map_err(|e| e.to_string())?;
    for (name, value) in [("countryCode", "PL"), ("businessCode", "GCB"), ("response_type", "code")] {
        if !url.query_pairs().any(|(k, v)| k == name && v == value) {
            return Err(format!("the authorize URL lacks {name}={value}: {url}"));
        }
    }
    let http = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).build().map_err(|e| e.to_string())?;
    let response = http.get(url.clone()).header("Accept", "application/json").send().await.map_err(|e| e.to_string())?;
    if response.status().as_u16() != 302 {
        return Err(format!("the authorize page answered {} instead of a redirect", response.status()));
    }
    Ok(())
}

async fn exchange(app: &ApiClient, code: &str, redirect_uri: &str) -> Result<UserSession, String> {
    let flow = app.authorization_code().map_err(|e| e.to_string())?;
    flow.exchange_code(code, redirect_uri, "e2e-customer").await.map_err(|e| e.to_string())
}
