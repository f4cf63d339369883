//! The OAuth 2.0 flows against wiremock, as a security review checks them (RFC 6749, RFC 7636,
//! RFC 9700): a fresh `state` and PKCE for every authorization, the callback checked before any
//! token request, parameters the flow owns that callers cannot override, single-use grants
//! never retried, form-encoded client credentials, and single-flight refreshes per stored
//! session whose failures reach every waiter.

use std::sync::Arc;
use std::time::Duration;

use base64::Engine as _;
use citi_poland::runtime::{AuthError, AuthorizeRequest, Config, PendingAuthorization, TokenStore};
use citi_poland::{accounts, utilities, Error};
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, method, path};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

use crate::runtime_support::{app_token, config, customer_tokens, form, store, stored_tokens, CODE_TOKEN_PATH, REDIRECT_URI, REFRESH_PATH, TOKEN_PATH};

fn start(client: &accounts::Client, request: AuthorizeRequest) -> PendingAuthorization {
    client.api_client().authorization_code().unwrap().start(request).unwrap()
}

fn query(url: &str) -> Vec<(String, String)> {
    url::Url::parse(url).unwrap().query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect()
}

fn value<'a>(pairs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str())
}

fn callback(pending: &PendingAuthorization, code: &str) -> String {
    format!("{REDIRECT_URI}?code={code}&state={}", pending.state())
}

async fn token_requests(server: &MockServer, at: &str) -> Vec<Request> {
    server.received_requests().await.unwrap().into_iter().filter(|r| r.url.path() == at).collect()
}

#[tokio::test]
async fn every_authorization_gets_a_fresh_state_and_a_pkce_challenge() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(CODE_TOKEN_PATH)).respond_with(customer_tokens("access-1", "refresh-1", 1800)).expect(1).mount(&server).await;
    let client = accounts::Client::new(config(&server).build()).unwrap();
    let request = AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]).locale("pl");
    let first = start(&client, request.clone());
    let second = start(&client, request);
    let url = query(first.authorize_url());
    for (name, expected) in [("response_type", "code"), ("client_id", "test-client"), ("countryCode", "PL"), ("businessCode", "GCB"), ("locale", "pl"), ("redirect_uri", REDIRECT_URI), ("code_challenge_method", "S256")] {
        assert_eq!(value(&url, name), Some(expected), "{name} in {}", first.authorize_url());
    }
    // 256 random bits, base64url: 43 characters; never the same twice, never a constant.
    assert_eq!(value(&url, "state"), Some(first.state()));
    assert_eq!(first.state().len(), 43);
    assert!(first.state().bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
    assert_ne!(first.state(), second.state());
    assert_ne!(value(&url, "code_challenge"), value(&query(second.authorize_url()), "code_challenge"));

    // The exchange sends the verifier whose S256 hash is the challenge of the authorize URL.
    let flow = client.api_client().authorization_code().unwrap();
    let challenge = value(&url, "code_challenge").unwrap().to_string();
    let code_callback = callback(&first, "the-code");
    flow.complete(first, &code_callback, "customer-1").await.unwrap();
    let exchange = form(&token_requests(&server, CODE_TOKEN_PATH).await[0].body);
    assert_eq!(value(&exchange, "grant_type"), Some("authorization_code"));
    assert_eq!(value(&exchange, "code"), Some("the-code"));
    assert_eq!(value(&exchange, "redirect_uri"), Some(REDIRECT_URI));
    let verifier = value(&exchange, "code_verifier").expect("the exchange sends the PKCE verifier");
    assert!((43..=128).contains(&verifier.len()));
    let digest = ring::digest::digest(&ring::digest::SHA256, verifier.as_bytes());
    assert_eq!(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest.as_ref()), challenge);
    server.verify().await;
}

#[tokio::test]
async fn pkce_can_be_turned_off_for_a_server_that_rejects_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(CODE_TOKEN_PATH)).respond_with(customer_tokens("access-1", "refresh-1", 1800)).expect(1).mount(&server).await;
    let client = accounts::Client::new(config(&server).build()).unwrap();
    let pending = start(&client, AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]).without_pkce());
    assert!(!pending.uses_pkce());
    let url = query(pending.authorize_url());
    assert!(value(&url, "code_challenge").is_none() && value(&url, "code_challenge_method").is_none());
    assert!(value(&url, "state").is_some(), "state stays on");
    let code_callback = callback(&pending, "the-code");
    client.api_client().authorization_code().unwrap().complete(pending, &code_callback, "customer-1").await.unwrap();
    let exchange = form(&token_requests(&server, CODE_TOKEN_PATH).await[0].body);
    assert!(value(&exchange, "code_verifier").is_none());
}

#[tokio::test]
async fn a_callback_that_is_not_ours_or_was_declined_makes_no_token_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).respond_with(customer_tokens("access-1", "refresh-1", 1800)).expect(0).mount(&server).await;
    let client = accounts::Client::new(config(&server).build()).unwrap();
    let flow = client.api_client().authorization_code().unwrap();
    let fresh = || start(&client, AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]));

    let forged = format!("{REDIRECT_URI}?code=attacker-code&state=9b1f3c5d7e9a0b2c");
    assert!(matches!(flow.complete(fresh(), &forged, "k").await, Err(AuthError::StateMismatch)));
    let no_state = format!("{REDIRECT_URI}?code=attacker-code");
    assert!(matches!(flow.complete(fresh(), &no_state, "k").await, Err(AuthError::StateMismatch)));
    // Another authorization's state (a second tab, a replay) is not this one's.
    let other = fresh();
    let replayed = callback(&other, "code");
    assert!(matches!(flow.complete(fresh(), &replayed, "k").await, Err(AuthError::StateMismatch)));

    let pending = fresh();
    let denied = format!("{REDIRECT_URI}?error=access_denied&error_description=The+customer+declined&state={}", pending.state());
    match flow.complete(pending, &denied, "k").await {
        Err(AuthError::AuthorizationDenied(error)) => {
            assert_eq!(error.error, "access_denied");
            assert_eq!(error.error_description.as_deref(), Some("The customer declined"));
        }
        other => panic!("expected a typed denial, got {other:?}"),
    }
    let pending = fresh();
    let twice = format!("{REDIRECT_URI}?code=a&code=b&state={}", pending.state());
    assert!(matches!(flow.complete(pending, &twice, "k").await, Err(AuthError::InvalidCallback(_))));
    assert_eq!(client.api_client().token_requests(), 0);
    server.verify().await;
}

#[tokio::test]
async fn extra_parameters_cannot_override_what_the_flow_sets() {
    let server = MockServer::start().await;
    let client = accounts::Client::new(config(&server).build()).unwrap();
    let flow = client.api_client().authorization_code().unwrap();
    for name in ["client_id", "redirect_uri", "state", "code_challenge", "response_type", "code_challenge_method", "scope", "locale", "countryCode", "request_uri", "STATE", " state"] {
        let request = AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]).param(name, "https://attacker.example/cb");
        match flow.start(request) {
            Err(AuthError::Misconfigured(message)) => assert!(message.contains("cannot be overridden"), "{message}"),
            other => panic!("`{name}` was accepted: {other:?}"),
        }
    }
    let pending = flow.start(AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]).param("prompt", "login")).unwrap();
    assert_eq!(value(&query(pending.authorize_url()), "prompt"), Some("login"));
    assert!(flow.start(AuthorizeRequest::new("not a url", ["accounts_details_transactions"])).is_err());
}

#[tokio::test]
async fn a_pending_authorization_survives_a_session_store_and_hides_its_secrets() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(CODE_TOKEN_PATH)).respond_with(customer_tokens("access-1", "refresh-1", 1800)).expect(1).mount(&server).await;
    let client = accounts::Client::new(config(&server).build()).unwrap();
    let pending = start(&client, AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]));
    let state = pending.state().to_string();
    let debug = format!("{pending:?}");
    assert!(!debug.contains(&state), "{debug}");
    // Between the redirect and the callback the web application keeps it in its session store.
    let kept = serde_json::to_string(&pending).unwrap();
    drop(pending);
    let restored: PendingAuthorization = serde_json::from_str(&kept).unwrap();
    let code_callback = format!("{REDIRECT_URI}?state={state}&code=the-code");
    let session = client.api_client().authorization_code().unwrap().complete(restored, &code_callback, "customer-1").await.unwrap();
    assert!(session.tokens().await.unwrap().is_some());
    let exchange = form(&token_requests(&server, CODE_TOKEN_PATH).await[0].body);
    assert!(value(&exchange, "code_verifier").is_some(), "the verifier survives the store");
}

#[tokio::test]
async fn single_use_grants_are_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(CODE_TOKEN_PATH)).respond_with(ResponseTemplate::new(502).insert_header("retry-after", "0")).expect(1).mount(&server).await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0")).expect(1).mount(&server).await;
    let config = config(&server).build();
    let client = accounts::Client::new(config.clone()).unwrap();
    let flow = client.api_client().authorization_code().unwrap();
    let pending = start(&client, AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"]));
    let code_callback = callback(&pending, "the-code");
    match flow.complete(pending, &code_callback, "customer-1").await {
        Err(AuthError::TokenRejected { status: 502, .. }) => {}
        other => panic!("expected the 502, got {other:?}"),
    }
    store(&token_store(&config), "customer-2", stored_tokens("old-access", "refresh-2", Duration::from_secs(100), Duration::from_secs(100))).await;
    let session = flow.session("customer-2");
    match session.access_token().await {
        Err(AuthError::TokenRejected { status: 503, .. }) => {}
        other => panic!("expected the 503, got {other:?}"),
    }
    server.verify().await;
}

#[tokio::test]
async fn a_client_credentials_token_request_is_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(503)).up_to_n_times(2).expect(2).mount(&server).await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(header("authorization", "Bearer app-token")).respond_with(crate::runtime_support::reference_data()).expect(1).mount(&server).await;
    let client = utilities::Client::new(config(&server).build()).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    server.verify().await;
}

#[tokio::test]
async fn client_credentials_are_form_encoded_before_basic_encoding() {
    let server = MockServer::start().await;
    // RFC 6749 §2.3.1 and Appendix B: `id:part` -> `id%3Apart`, `s3 cr+t/=` -> `s3+cr%2Bt%2F%3D`.
    let expected = format!("Basic {}", base64::engine::general_purpose::STANDARD.encode("id%3Apart:s3+cr%2Bt%2F%3D"));
    Mock::given(method("POST")).and(path(TOKEN_PATH)).and(header("authorization", expected.as_str())).respond_with(app_token("app-token", 1800)).expect(1).mount(&server).await;
    Mock::given(method("GET")).respond_with(crate::runtime_support::reference_data()).mount(&server).await;
    let config = Config::builder("id:part", "s3 cr+t/=").base_url(server.uri()).build();
    utilities::Client::new(config).unwrap().retrieve_reference_data("accountStatus").await.unwrap();
    server.verify().await;
}

fn token_store(config: &Config) -> Arc<dyn TokenStore> {
    config.token_store().clone()
}

#[tokio::test]
async fn a_session_is_refreshed_at_most_half_way_through_its_token_lifetime() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).respond_with(customer_tokens("access-2", "refresh-2", 1800)).expect(1).mount(&server).await;
    let config = config(&server).build();
    let client = accounts::Client::new(config.clone()).unwrap();
    let session = client.api_client().authorization_code().unwrap().session("customer-1");
    // A ten-minute token, two minutes old: the default margin (60 s) applies, no refresh.
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(120), Duration::from_secs(600))).await;
    assert_eq!(session.access_token().await.unwrap().expose_secret(), "access-1");
    // A 100-second token 40 s old: 60 s are left, which is not within the 60 s margin of a long
    // token, but the margin of a short one is capped at half its life (50 s).
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(40), Duration::from_secs(100))).await;
    assert_eq!(session.access_token().await.unwrap().expose_secret(), "access-1", "refreshed before half of its life was used");
    // Past half its life: refreshed.
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(55), Duration::from_secs(100))).await;
    assert_eq!(session.access_token().await.unwrap().expose_secret(), "access-2");
    server.verify().await;
}

/// Refresh-token requests that carried `refresh`.
async fn refreshes_with(server: &MockServer, refresh: &str) -> usize {
    token_requests(server, REFRESH_PATH).await.iter().filter(|r| value(&form(&r.body), "refresh_token") == Some(refresh)).count()
}

/// Two handles of one stored session: one from each of two clients made from clones of one
/// configuration.
fn two_handles(config: &Config) -> (accounts::Client, accounts::Client) {
    let first = accounts::Client::new(config.clone()).unwrap();
    let second = accounts::Client::new(config.clone()).unwrap();
    let one = first.api_client().authorization_code().unwrap().session("customer-1");
    let two = second.api_client().authorization_code().unwrap().session("customer-1");
    (first.with_session(one), second.with_session(two))
}

async fn hundred_calls(first: &accounts::Client, second: &accounts::Client) -> Vec<Result<(), Error<accounts::types::ErrorResponse>>> {
    let calls = (0..100).map(|i| {
        let client = if i % 2 == 0 { first } else { second };
        async move { client.retrieve_accounts_summary().await.map(|_| ()) }
    });
    futures::future::join_all(calls).await
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_calls_through_two_handles_refresh_an_expired_session_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(REFRESH_PATH))
        .and(body_string_contains("refresh_token=refresh-1"))
        .respond_with(customer_tokens("access-2", "refresh-2", 1800).set_delay(Duration::from_millis(300)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).and(body_string_contains("refresh_token=refresh-2")).respond_with(customer_tokens("access-3", "refresh-3", 1800)).expect(1).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/accounts")).and(header("authorization", "Bearer access-2")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).expect(100).mount(&server).await;
    let config = config(&server).build();
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(1800), Duration::from_secs(1800))).await;
    let (first, second) = two_handles(&config);
    let results = hundred_calls(&first, &second).await;
    assert!(results.iter().all(Result::is_ok), "{:?}", results.iter().find(|r| r.is_err()));
    assert_eq!(refreshes_with(&server, "refresh-1").await, 1, "one refresh for a hundred calls through two handles");
    // The rotated refresh token was stored before anyone could use the old one again.
    let stored = second.api_client().session().unwrap().tokens().await.unwrap().unwrap();
    assert_eq!(stored.refresh_token.unwrap().expose_secret(), "refresh-2");
    first.api_client().session().unwrap().refresh().await.unwrap();
    assert_eq!(refreshes_with(&server, "refresh-1").await, 1, "the old refresh token is never sent again");
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_calls_rejected_with_401_refresh_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(REFRESH_PATH))
        .respond_with(customer_tokens("access-2", "refresh-2", 1800).set_delay(Duration::from_millis(300)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/accounts")).and(header("authorization", "Bearer access-1")).respond_with(ResponseTemplate::new(401)).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/accounts")).and(header("authorization", "Bearer access-2")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).expect(100).mount(&server).await;
    let config = config(&server).build();
    // Fresh by the clock, but revoked at the bank.
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::ZERO, Duration::from_secs(1800))).await;
    let (first, second) = two_handles(&config);
    let results = hundred_calls(&first, &second).await;
    assert!(results.iter().all(Result::is_ok), "{:?}", results.iter().find(|r| r.is_err()));
    assert_eq!(refreshes_with(&server, "refresh-1").await, 1);
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_refresh_reaches_every_waiter_of_its_flight_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(REFRESH_PATH))
        .respond_with(ResponseTemplate::new(500).set_body_json(json!({"error": "server_error"})).set_delay(Duration::from_millis(300)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).expect(0).mount(&server).await;
    let config = config(&server).build();
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(1800), Duration::from_secs(1800))).await;
    let (first, second) = two_handles(&config);
    let results = hundred_calls(&first, &second).await;
    assert_eq!(results.len(), 100);
    for result in &results {
        assert!(matches!(result, Err(Error::Auth(AuthError::TokenRejected { status: 500, .. }))), "{result:?}");
    }
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_client_credentials_request_reaches_every_waiter_of_its_flight_once() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(401).set_body_json(json!({"error": "invalid_client"})).set_delay(Duration::from_millis(300)))
        .expect(1)
        .mount(&server)
        .await;
    let client = utilities::Client::new(config(&server).build()).unwrap();
    let calls = (0..100).map(|_| client.retrieve_reference_data("accountStatus").send());
    for result in futures::future::join_all(calls).await {
        assert!(matches!(&result, Err(Error::Auth(AuthError::TokenRejected { status: 401, error: Some(e), .. })) if e.error == "invalid_client"), "{result:?}");
    }
    server.verify().await;
}

#[tokio::test]
async fn a_rejected_refresh_token_ends_the_session_and_is_not_sent_again() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).respond_with(ResponseTemplate::new(400).set_body_json(json!({"error": "invalid_grant"}))).expect(1).mount(&server).await;
    let config = config(&server).build();
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(1800), Duration::from_secs(1800))).await;
    let (client, _) = two_handles(&config);
    for _ in 0..2 {
        let error = client.retrieve_accounts_summary().await.unwrap_err();
        assert!(matches!(error, Error::Auth(AuthError::SessionExpired { .. })), "{error:?}");
    }
    assert!(client.api_client().session().unwrap().tokens().await.unwrap().is_none());
    server.verify().await;
}

#[tokio::test]
async fn revoking_waits_for_a_refresh_in_flight_and_revokes_what_it_stored() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(REFRESH_PATH))
        .respond_with(customer_tokens("access-2", "refresh-2", 1800).set_delay(Duration::from_secs(1)))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/authCode/oauth2/revoke"))
        .and(body_string_contains("token=refresh-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success"})))
        .expect(1)
        .mount(&server)
        .await;
    let config = config(&server).build();
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::from_secs(1800), Duration::from_secs(1800))).await;
    let (first, second) = two_handles(&config);
    let refreshing = first.api_client().session().unwrap().clone();
    let refresh = tokio::spawn(async move { refreshing.access_token().await });
    // Revoke while the refresh request is at the bank.
    while token_requests(&server, REFRESH_PATH).await.is_empty() {
        tokio::time::sleep(Duration::from_millis(10)).await;
    }
    second.api_client().session().unwrap().revoke().await.unwrap();
    refresh.await.unwrap().unwrap();
    assert!(token_store(&config).load("customer-1").await.unwrap().is_none(), "the refreshed tokens were revoked and forgotten");
    server.verify().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_401_that_arrives_after_the_refresh_uses_the_new_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).respond_with(customer_tokens("access-2", "refresh-2", 1800)).expect(1).mount(&server).await;
    // Two calls go out with the same token; the bank's answer to the second is slow, and comes
    // after the first one's refresh has already replaced the token.
    Mock::given(method("GET")).and(path("/v1/accounts")).and(header("authorization", "Bearer access-1")).respond_with(ResponseTemplate::new(401)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("GET"))
        .and(path("/v1/accounts"))
        .and(header("authorization", "Bearer access-1"))
        .respond_with(ResponseTemplate::new(401).set_delay(Duration::from_millis(800)))
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/accounts")).and(header("authorization", "Bearer access-2")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).expect(2).mount(&server).await;
    let config = config(&server).build();
    store(&token_store(&config), "customer-1", stored_tokens("access-1", "refresh-1", Duration::ZERO, Duration::from_secs(1800))).await;
    let (first, second) = two_handles(&config);
    let (a, b) = futures::join!(first.retrieve_accounts_summary().send(), second.retrieve_accounts_summary().send());
    a.unwrap();
    b.unwrap();
    server.verify().await;
}
