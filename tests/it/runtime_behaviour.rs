//! The runtime against wiremock, for what a spec mock cannot show: token caching and single
//! flight, refresh on expiry, retries (and their absence for POST), `Retry-After`, timeouts,
//! error bodies, decode errors with their path, the headers the client fills, paging, and that
//! secrets never reach `Debug` output or logs.

use std::time::{Duration, Instant};

use citi_poland::runtime::{AuthError, AuthorizeRequest, Config, Environment, RetryPolicy, TransportErrorKind};
use citi_poland::{accounts, pay_with_points, utilities, Error};
use futures::StreamExt;
use serde_json::json;
use wiremock::matchers::{body_string_contains, header, header_exists, method, path, query_param};
use wiremock::{Mock, MockServer, Request, ResponseTemplate};

const TOKEN_PATH: &str = "/clientCredentials/oauth2/token/pl/gcb";
const REFERENCE_PATH: &str = "/v1/utilities/referenceData/accountStatus";
const SECRET: &str = "s3cr3t-client-secret-value";
const APP_TOKEN: &str = "app-access-token-7f3a";

fn config(server: &MockServer) -> Config {
    Config::builder("test-client", SECRET)
        .base_url(server.uri())
        .retry_policy(RetryPolicy { max_retries: 3, base_delay: Duration::from_millis(10), max_delay: Duration::from_millis(50), ..RetryPolicy::default() })
        .build()
}

fn token_response(expires_in: u64) -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "token_type": "bearer", "access_token": APP_TOKEN, "expires_in": expires_in, "scope": "reference_data"
    }))
}

fn reference_data() -> ResponseTemplate {
    ResponseTemplate::new(200).set_body_json(json!({
        "referenceCode": "accountStatus",
        "referenceValues": [{"code": "ACTIVE", "description": "Aktywny"}]
    }))
}

async fn mount_token(server: &MockServer, expires_in: u64, expected: u64) {
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .and(header("authorization", "Basic dGVzdC1jbGllbnQ6czNjcjN0LWNsaWVudC1zZWNyZXQtdmFsdWU="))
        .and(body_string_contains("grant_type=client_credentials"))
        .and(body_string_contains("scope=reference_data"))
        .respond_with(token_response(expires_in).set_delay(Duration::from_millis(200)))
        .expect(expected)
        .mount(server)
        .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn one_token_request_serves_a_hundred_concurrent_calls() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .and(header("authorization", format!("Bearer {APP_TOKEN}").as_str()))
        .respond_with(reference_data())
        .expect(100)
        .mount(&server)
        .await;
    let client = utilities::Client::new(config(&server)).unwrap();
    let calls = (0..100).map(|_| client.retrieve_reference_data("accountStatus").send());
    let results = futures::future::join_all(calls).await;
    assert!(results.iter().all(Result::is_ok), "{:?}", results.iter().find(|r| r.is_err()));
    assert_eq!(client.api_client().token_requests(), 1);
    server.verify().await;
}

#[tokio::test]
async fn an_expiring_token_is_refreshed_before_use() {
    let server = MockServer::start().await;
    // A four-second token is refreshed two seconds in (the margin never exceeds half its life),
    // with room to spare on a busy machine.
    mount_token(&server, 4, 2).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).expect(3).mount(&server).await;
    let client = utilities::Client::new(config(&server)).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    tokio::time::sleep(Duration::from_millis(2500)).await;
    client.retrieve_reference_data("accountStatus").await.unwrap();
    assert_eq!(client.api_client().token_requests(), 2);
    server.verify().await;
}

#[tokio::test]
async fn a_get_is_retried_after_503_and_succeeds() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(503)).up_to_n_times(2).expect(2).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).expect(1).mount(&server).await;
    let client = utilities::Client::new(config(&server)).unwrap();
    let data = client.retrieve_reference_data("accountStatus").await.unwrap();
    assert_eq!(data.reference_values.unwrap()[0].code, "ACTIVE");
    server.verify().await;
}

#[tokio::test]
async fn a_post_is_never_retried() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(token_response(1800)).mount(&server).await;
    Mock::given(method("POST"))
        .and(path("/v1/apac/rewards/linkage"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "0"))
        .expect(1)
        .mount(&server)
        .await;
    let client = pay_with_points::Client::new(config(&server)).unwrap();
    let request = pay_with_points::types::RewardsLinkageRequest::new("+48600100200", "2874", "merchant-customer-1");
    let error = client.link_rewards_card(request).await.unwrap_err();
    assert_eq!(error.status(), Some(503));
    server.verify().await;
}

#[tokio::test]
async fn retry_after_is_honoured() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .respond_with(ResponseTemplate::new(429).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).mount(&server).await;
    let client = utilities::Client::new(config(&server)).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    let started = Instant::now();
    // The token is cached now: only the resource call and its one-second wait remain.
    Mock::given(method("GET"))
        .and(path("/v1/utilities/referenceData/paymentType"))
        .respond_with(ResponseTemplate::new(503).insert_header("retry-after", "1"))
        .up_to_n_times(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/paymentType")).respond_with(reference_data()).mount(&server).await;
    client.retrieve_reference_data("paymentType").await.unwrap();
    let waited = started.elapsed();
    assert!(waited >= Duration::from_secs(1), "retried after {waited:?}, before Retry-After");
    assert!(waited < Duration::from_secs(5), "{waited:?}");
}

#[tokio::test]
async fn a_slow_response_times_out_and_is_not_retried() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .respond_with(reference_data().set_delay(Duration::from_secs(3)))
        .expect(1)
        .mount(&server)
        .await;
    let config = Config::builder("test-client", SECRET).base_url(server.uri()).request_timeout(Duration::from_millis(600)).build();
    let client = utilities::Client::new(config).unwrap();
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    let Error::Transport(transport) = error else { panic!("expected a transport error, got {error:?}") };
    assert_eq!(transport.kind, TransportErrorKind::Timeout);
    assert_eq!(transport.attempts, 1);
    server.verify().await;
}

#[tokio::test]
async fn connection_failures_are_retried_for_get_only() {
    // A port nobody listens on.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let config = Config::builder("test-client", SECRET)
        .base_url(format!("http://127.0.0.1:{port}"))
        .retry_policy(RetryPolicy { max_retries: 2, base_delay: Duration::from_millis(5), ..RetryPolicy::default() })
        .build();
    let client = utilities::Client::new(config).unwrap();
    // The token request (safe to repeat) fails to connect three times.
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    let Error::Auth(AuthError::Transport(transport)) = error else { panic!("expected a token transport error, got {error:?}") };
    assert_eq!((transport.kind, transport.attempts), (TransportErrorKind::Connect, 3));
}

#[tokio::test]
async fn error_bodies_are_typed_and_raw_bodies_kept() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path("/v1/utilities/referenceData/unknown"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"type": "error", "code": "resourceNotFound", "details": "No such reference code.", "location": "referenceCode"})))
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/utilities/referenceData/gateway"))
        .respond_with(ResponseTemplate::new(500).set_body_string("<html>Bad gateway</html>"))
        .mount(&server)
        .await;
    let client = utilities::Client::new(config(&server)).unwrap();
    let error = client.retrieve_reference_data("unknown").await.unwrap_err();
    let body = error.api_body().expect("a typed ErrorResponse");
    assert_eq!((body.code.as_str(), body.type_.as_str(), body.location.as_deref()), ("resourceNotFound", "error", Some("referenceCode")));
    let Error::Api(api) = client.retrieve_reference_data("gateway").await.unwrap_err() else { panic!("expected an API error") };
    assert_eq!((api.status, api.body.is_none(), api.raw_body.as_str()), (500, true, "<html>Bad gateway</html>"));
}

#[tokio::test]
async fn a_body_that_does_not_match_names_the_json_path() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"referenceValues": [{"code": "ACTIVE"}, {"code": 42}]}"#))
        .mount(&server)
        .await;
    let client = utilities::Client::new(config(&server)).unwrap();
    let Error::Decode(decode) = client.retrieve_reference_data("accountStatus").await.unwrap_err() else { panic!("expected a decode error") };
    assert_eq!(decode.path, "referenceValues[1].code");
    assert_eq!(decode.status, 200);
    assert!(String::from_utf8_lossy(decode.body()).contains("\"code\": 42"));
}

#[tokio::test]
async fn a_rejected_token_is_replaced_and_a_get_retried_once() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 2).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(401)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).mount(&server).await;
    let client = utilities::Client::new(config(&server)).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    server.verify().await;
}

#[tokio::test]
async fn the_client_fills_the_common_headers_and_defaults() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .and(header("client_id", "test-client"))
        .and(header("accept", "application/json"))
        .and(header("accept-language", "pl-pl"))
        .and(header_exists("uuid"))
        .respond_with(reference_data())
        .expect(2)
        .mount(&server)
        .await;
    let config = Config::builder("test-client", SECRET).base_url(server.uri()).default_header("Accept-Language", "pl-pl").build();
    let client = utilities::Client::new(config).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    let requests: Vec<Request> = server.received_requests().await.unwrap();
    let ids: Vec<String> = requests
        .iter()
        .filter(|r| r.url.path() == REFERENCE_PATH)
        .map(|r| r.headers.get("uuid").unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 2);
    assert_ne!(ids[0], ids[1], "a fresh uuid per request");
    assert!(ids.iter().all(|id| uuid::Uuid::parse_str(id).is_ok()));
    server.verify().await;
}

#[tokio::test]
async fn pages_follow_the_cursor_to_the_end() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    let page = |names: &[&str], next: Option<&str>| {
        let employers: Vec<_> = names.iter().map(|n| json!({"employerName": n})).collect();
        let mut body = json!({"employers": employers});
        if let Some(next) = next {
            body["nextStartIndex"] = json!(next);
        }
        ResponseTemplate::new(200).set_body_json(body)
    };
    Mock::given(method("GET")).and(path("/v1/emea/utilities/employers")).and(query_param("nextStartIndex", "2")).respond_with(page(&["B"], Some("3"))).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/emea/utilities/employers")).and(query_param("nextStartIndex", "3")).respond_with(page(&["C"], None)).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/emea/utilities/employers")).respond_with(page(&["A"], Some("2"))).mount(&server).await;
    let client = utilities::Client::new(config(&server)).unwrap();
    let pages: Vec<_> = client.search_employers().employer_name("Bank").pages().collect().await;
    let names: Vec<String> = pages
        .into_iter()
        .flat_map(|page| page.unwrap().employers.unwrap_or_default())
        .filter_map(|e| e.employer_name)
        .collect();
    assert_eq!(names, ["A", "B", "C"]);
}

#[tokio::test]
async fn a_customer_session_refreshes_itself_and_can_be_revoked() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/authCode/oauth2/token/pl/gcb"))
        .and(body_string_contains("grant_type=authorization_code"))
        .and(body_string_contains("code=the-code"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "customer-token-1", "token_type": "bearer", "expires_in": 1, "refresh_token": "refresh-1", "scope": "accounts_details_transactions"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/authCode/oauth2/refresh"))
        .and(body_string_contains("grant_type=refresh_token"))
        .and(body_string_contains("refresh_token=refresh-1"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({
            "access_token": "customer-token-2", "token_type": "bearer", "expires_in": 1800, "refresh_token": "refresh-2", "scope": "accounts_details_transactions"
        })))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/authCode/oauth2/revoke"))
        .and(body_string_contains("token=refresh-2"))
        .and(body_string_contains("token_type_hint=refresh_token"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/accounts"))
        .and(header("authorization", "Bearer customer-token-2"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"accountGroupSummary": []})))
        .expect(1)
        .mount(&server)
        .await;
    let client = accounts::Client::new(config(&server)).unwrap();
    let error = client.retrieve_accounts_summary().await.unwrap_err();
    assert!(matches!(error, Error::Auth(AuthError::NoUserSession { .. })), "{error:?}");
    let flow = client.api_client().authorization_code().unwrap();
    let pending = flow.start(AuthorizeRequest::new("https://partner.example.pl/cb", ["accounts_details_transactions"]).locale("pl")).unwrap();
    let url = url::Url::parse(pending.authorize_url()).unwrap();
    let query: Vec<(String, String)> = url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    for expected in [("response_type", "code"), ("client_id", "test-client"), ("countryCode", "PL"), ("businessCode", "GCB"), ("locale", "pl"), ("state", pending.state())] {
        assert!(query.iter().any(|(k, v)| k == expected.0 && v == expected.1), "{expected:?} missing from {url}");
    }
    let callback = format!("https://partner.example.pl/cb?code=the-code&state={}", pending.state());
    let session = flow.complete(pending, &callback, "customer-1").await.unwrap();
    // The first access token lives one second: once half of it is gone, it is refreshed.
    tokio::time::sleep(Duration::from_millis(600)).await;
    let client = client.with_session(session.clone());
    client.retrieve_accounts_summary().await.unwrap();
    session.revoke().await.unwrap();
    assert!(session.tokens().await.unwrap().is_none());
    server.verify().await;
}

#[test]
fn plain_http_is_refused_except_on_loopback() {
    let config = Config::builder("id", SECRET).environment(Environment::Custom("http://api.example.com".into())).build();
    let error = utilities::Client::new(config).unwrap_err();
    assert!(error.to_string().contains("refusing plain http"), "{error}");
    let config = Config::builder("id", SECRET).base_url("http://127.0.0.1:9").build();
    assert!(utilities::Client::new(config).is_ok());
}

#[tokio::test]
async fn secrets_never_reach_debug_output_or_logs() {
    let server = MockServer::start().await;
    mount_token(&server, 1800, 1).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).mount(&server).await;
    let (_guard, captured) = crate::runtime_support::capture_logs();

    let client = utilities::Client::new(config(&server)).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    let debug = format!("{client:?} {:?} {:?}", client.api_client().config(), client.api_client());
    let logs = String::from_utf8(captured.0.lock().unwrap().clone()).unwrap();
    assert!(logs.contains("call completed") && logs.contains("retrieveReferenceData"), "the call is logged:\n{logs}");
    for (what, text) in [("Debug output", &debug), ("logs", &logs)] {
        assert!(!text.contains(SECRET), "the client secret appears in {what}");
        assert!(!text.contains(APP_TOKEN), "the access token appears in {what}");
        assert!(!text.contains("dGVzdC1jbGllbnQ6"), "the Basic credentials appear in {what}");
    }
}
