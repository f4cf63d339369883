//! What the runtime puts on the wire, against wiremock: path parameters that cannot leave their
//! segment, header and cookie values that cannot inject, one request id per call across its
//! retries, one deadline per call, per-request extra headers that cannot replace managed ones,
//! the request hook, the retry decision belonging to the request, and the call's tracing span.

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use citi_poland::runtime::{
    BoxFuture, Error, Hook, HookError, HeaderValue, IncomingResponse, Method, OutgoingRequest, ParamStyle, Request, TransportErrorKind, CLIENT_CREDENTIALS_TOKEN,
};
use citi_poland::utilities;
use proptest::prelude::*;
use serde_json::json;
use wiremock::matchers::{any, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::fixtures::parameters;
use crate::runtime_support::{api_client, app_token, capture_logs, config, reference_data, GET_PART, GET_PART_PUBLIC, POST_NOTE, TOKEN_PATH};

const REFERENCE_PATH: &str = "/v1/utilities/referenceData/accountStatus";

fn simple() -> ParamStyle {
    ParamStyle::Simple { explode: false }
}

fn percent_decoded(segment: &str) -> String {
    url::form_urlencoded::parse(format!("v={segment}").as_bytes()).next().map(|(_, v)| v.into_owned()).unwrap_or_default()
}

#[test]
fn path_parameters_never_reach_a_path_the_operation_does_not_declare() {
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap();
    let server = runtime.block_on(MockServer::start());
    runtime.block_on(Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).mount(&server));
    let client = api_client(config(&server).build());
    let check = |value: &str| -> Result<(), TestCaseError> {
        let before = runtime.block_on(server.received_requests()).unwrap().len();
        let mut request = Request::new(&GET_PART_PUBLIC);
        request.path_param("itemId", &value, simple());
        request.path_param("partId", &"p-1", simple());
        let result = runtime.block_on(client.execute::<()>(request));
        let received = runtime.block_on(server.received_requests()).unwrap();
        match result {
            Err(Error::Request(error)) => {
                prop_assert!(matches!(value, "" | "." | ".."), "`{value:?}` was refused: {error}");
                prop_assert_eq!(received.len(), before, "a refused request was sent");
            }
            Ok(_) => {
                prop_assert!(!matches!(value, "" | "." | ".."), "`{value:?}` was sent");
                prop_assert_eq!(received.len(), before + 1);
                let path = received[before].url.path();
                let segments: Vec<&str> = path.split('/').collect();
                prop_assert_eq!(segments.len(), 6, "`{:?}` reached {}", value, path);
                prop_assert_eq!(&segments[..3], &["", "v1", "items"][..]);
                prop_assert_eq!(&segments[4..], &["parts", "p-1"][..]);
                prop_assert_eq!(percent_decoded(segments[3]), value, "the segment holds the value exactly");
            }
            Err(other) => prop_assert!(false, "`{value:?}`: {other}"),
        }
        Ok(())
    };
    let hostile = [
        ".", "..", "", "%2e%2e", "%2E.", ".%2e", "%2e", "a/b", "../admin", "..%2fadmin", "..\\admin", "?debug=1", "#top", " ", "a b", "ż", "..;", ";x=..", "%00",
        "\r\nX: y", "/", "//", "./.", "...", "%252e", "@evil.example", "http://evil.example/", "~", "a+b",
    ];
    for value in hostile {
        check(value).unwrap();
    }
    let strategy = prop_oneof![proptest::arbitrary::any::<String>(), "[./%2eE?#;\\\\ a-z]{0,6}"];
    proptest!(ProptestConfig { cases: 200, failure_persistence: None, ..ProptestConfig::default() }, |(value in strategy)| check(&value)?);
}

#[tokio::test]
async fn header_and_cookie_values_cannot_inject() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).respond_with(ResponseTemplate::new(200).set_body_json(json!(["e1"]))).mount(&server).await;
    let client = parameters::Client::new(config(&server).build()).unwrap();
    let error = client.list_entries("acc", 50).x_request_source("tests\r\nAuthorization: Bearer stolen").await.unwrap_err();
    let Error::Request(error) = error else { panic!("expected a request error, got {error:?}") };
    assert!(error.message.contains("x-request-source") && !error.message.contains("stolen"), "{error}");
    assert!(server.received_requests().await.unwrap().is_empty(), "nothing was sent");
    client.list_entries("acc", 50).session("s1; admin=1\r\nX: y").await.unwrap();
    let received = server.received_requests().await.unwrap();
    assert_eq!(received[0].headers.get("cookie").unwrap(), "session=s1%3B%20admin=1%0D%0AX:%20y");
    assert!(received[0].headers.get("x").is_none());
}

#[tokio::test]
async fn one_request_id_serves_every_retry_of_a_call() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(503)).up_to_n_times(2).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(reference_data()).mount(&server).await;
    let client = utilities::Client::new(config(&server).build()).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    let ids: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .filter(|r| r.url.path() == REFERENCE_PATH)
        .map(|r| r.headers.get("uuid").unwrap().to_str().unwrap().to_string())
        .collect();
    assert_eq!(ids.len(), 4, "two attempts that got 503, the success, the second call");
    assert!(ids[0] == ids[1] && ids[1] == ids[2], "one id for the call and its retries: {ids:?}");
    assert_ne!(ids[2], ids[3], "a new call, a new id");
    assert!(ids.iter().all(|id| uuid::Uuid::parse_str(id).is_ok()));
}

#[tokio::test]
async fn one_deadline_covers_a_call_its_retries_and_their_waits() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(503).insert_header("retry-after", "2")).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/slow")).respond_with(reference_data().set_delay(Duration::from_secs(5))).mount(&server).await;
    let client = utilities::Client::new(config(&server).call_timeout(Duration::from_secs(3)).build()).unwrap();
    // Fetch the token first: the timings below are the calls' own.
    let _ = client.retrieve_reference_data("warmUp").await;

    // 503 with `Retry-After: 2`: one retry fits in 3 s, a second would not, so the call
    // returns the last answer instead of waiting past its deadline (the policy allows three).
    let started = Instant::now();
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    let elapsed = started.elapsed();
    assert_eq!(error.status(), Some(503));
    let attempts = server.received_requests().await.unwrap().iter().filter(|r| r.url.path() == REFERENCE_PATH).count();
    assert_eq!(attempts, 2, "retried once, then the deadline");
    assert!(elapsed >= Duration::from_secs(2) && elapsed < Duration::from_secs(3), "{elapsed:?}");

    // A response slower than the deadline (the per-attempt timeout is 30 s).
    let client = utilities::Client::from_api_client(&api_client(config(&server).call_timeout(Duration::from_secs(1)).build()));
    let started = Instant::now();
    let error = client.retrieve_reference_data("slow").await.unwrap_err();
    let Error::Transport(transport) = &error else { panic!("expected a transport error, got {error:?}") };
    assert_eq!(transport.kind, TransportErrorKind::DeadlineExceeded);
    assert!(started.elapsed() < Duration::from_millis(2500), "{:?}", started.elapsed());
}

#[tokio::test]
async fn the_deadline_includes_the_token_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800).set_delay(Duration::from_secs(5))).mount(&server).await;
    let client = utilities::Client::new(config(&server).call_timeout(Duration::from_millis(800)).build()).unwrap();
    let started = Instant::now();
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    assert!(started.elapsed() < Duration::from_secs(2), "{:?}", started.elapsed());
    assert!(
        matches!(&error, Error::Transport(t) if t.kind == TransportErrorKind::DeadlineExceeded)
            || matches!(&error, Error::Auth(citi_poland::runtime::AuthError::Transport(t)) if t.kind == TransportErrorKind::DeadlineExceeded),
        "{error:?}"
    );
}

#[tokio::test]
async fn extra_headers_are_sent_and_cannot_replace_managed_ones() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path("/v1/notes")).and(header("x-trace-id", "t-1")).respond_with(ResponseTemplate::new(201)).expect(1).mount(&server).await;
    let client = api_client(config(&server).build());
    let note = || {
        let mut request = Request::new(&POST_NOTE);
        request.json(&json!({"text": "hello"}), "application/json");
        request
    };
    let mut request = note();
    request.extra_header("X-Trace-Id", "t-1");
    let response = client.execute::<()>(request).await.unwrap();
    assert_eq!(response.status(), 201);
    let sent = &server.received_requests().await.unwrap()[0];
    assert_eq!(sent.headers.get("content-type").unwrap(), "application/json");
    assert_eq!(sent.headers.get("client_id").unwrap(), "test-client");
    for managed in ["Authorization", "authorization", "uuid", "client_id", "Content-Type", "Cookie", "Accept", "User-Agent", "Host", "Content-Length"] {
        let mut request = note();
        request.extra_header(managed, "attacker");
        let Err(Error::Request(error)) = client.execute::<()>(request).await else { panic!("`{managed}` replaced a managed header") };
        assert!(error.message.contains(&managed.to_ascii_lowercase()) && !error.message.contains("attacker"), "{error}");
    }
    let mut request = note();
    request.extra_header("X-Trace-Id", "t-1\r\nAuthorization: Bearer stolen");
    let Err(Error::Request(error)) = client.execute::<()>(request).await else { panic!("a line break was sent") };
    assert!(!error.message.contains("stolen"), "{error}");
    assert_eq!(server.received_requests().await.unwrap().len(), 1, "refused requests are not sent");
    server.verify().await;
}

/// What a hook saw of each attempt.
#[derive(Clone, Debug, PartialEq)]
struct Seen {
    operation: &'static str,
    attempt: u32,
    authorization: bool,
    request_id: Option<String>,
}

/// Signs each request (a header over method, path and body) and records what it saw.
#[derive(Default)]
struct Signer {
    seen: Mutex<Vec<Seen>>,
    statuses: Mutex<Vec<u16>>,
}

impl Hook for Signer {
    fn on_request<'a>(&'a self, request: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), HookError>> {
        Box::pin(async move {
            // A real signer might call an HSM here.
            tokio::task::yield_now().await;
            self.seen.lock().unwrap().push(Seen {
                operation: request.operation(),
                attempt: request.attempt(),
                authorization: request.headers.contains_key("authorization"),
                request_id: request.headers.get("uuid").map(|v| v.to_str().unwrap().to_string()),
            });
            let signature = format!("{} {} {}", request.method.as_str(), request.url.path(), request.body.len());
            request.headers.insert("x-signature", HeaderValue::from_str(&signature).map_err(HookError::new)?);
            Ok(())
        })
    }

    fn on_response<'a>(&'a self, response: &'a mut IncomingResponse) -> BoxFuture<'a, Result<(), HookError>> {
        self.statuses.lock().unwrap().push(response.status);
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn the_hook_sees_each_attempt_as_sent_and_can_sign_it() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).and(header("x-signature", format!("POST {TOKEN_PATH} 50").as_str())).respond_with(app_token("app-token", 1800)).expect(1).mount(&server).await;
    Mock::given(method("GET"))
        .and(path(REFERENCE_PATH))
        .and(header("x-signature", format!("GET {REFERENCE_PATH} 0").as_str()))
        .respond_with(ResponseTemplate::new(503))
        .up_to_n_times(1)
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).and(header("x-signature", format!("GET {REFERENCE_PATH} 0").as_str())).respond_with(reference_data()).expect(1).mount(&server).await;
    let signer = Arc::new(Signer::default());
    let client = utilities::Client::new(config(&server).hook(signer.clone()).build()).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap();
    let seen = signer.seen.lock().unwrap().clone();
    assert_eq!(seen.len(), 3, "{seen:?}");
    assert_eq!((seen[0].operation, seen[0].attempt, seen[0].authorization), (CLIENT_CREDENTIALS_TOKEN, 1, true));
    // Both attempts of the call, after the runtime added the bearer token and the request id.
    assert_eq!((seen[1].operation, seen[1].attempt, seen[1].authorization), ("retrieveReferenceData", 1, true));
    assert_eq!((seen[2].operation, seen[2].attempt, seen[2].authorization), ("retrieveReferenceData", 2, true));
    assert!(seen[1].request_id.is_some() && seen[1].request_id == seen[2].request_id);
    assert_eq!(*signer.statuses.lock().unwrap(), [200, 503, 200]);
    server.verify().await;
}

/// Asks the mock for its documented 404, the way Prism's `Prefer: code=404` works, or turns
/// a success into a server error.
struct ForceErrors;

impl Hook for ForceErrors {
    fn on_request<'a>(&'a self, request: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), HookError>> {
        if request.url.path().ends_with("/notFound") {
            request.headers.insert("prefer", HeaderValue::from_static("code=404"));
        }
        if request.url.path().ends_with("/refused") {
            return Box::pin(async { Err(HookError::new("outside business hours")) });
        }
        Box::pin(async { Ok(()) })
    }

    fn on_response<'a>(&'a self, response: &'a mut IncomingResponse) -> BoxFuture<'a, Result<(), HookError>> {
        if response.operation() == "retrieveReferenceData" && response.status == 200 && response.body.starts_with(b"{\"referenceCode\":\"broken") {
            response.status = 500;
            response.body = br#"{"type":"fatal","code":"serverUnavailable","details":"Injected by the hook"}"#.to_vec().into();
        }
        Box::pin(async { Ok(()) })
    }
}

#[tokio::test]
async fn the_hook_can_force_error_responses() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).mount(&server).await;
    Mock::given(method("GET"))
        .and(header("prefer", "code=404"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"type": "error", "code": "resourceNotFound", "details": "No such reference code."})))
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/broken")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"referenceCode": "broken"}))).mount(&server).await;
    let client = utilities::Client::new(config(&server).hook(Arc::new(ForceErrors)).build()).unwrap();
    let error = client.retrieve_reference_data("notFound").await.unwrap_err();
    assert_eq!(error.api_body().map(|body| body.code.as_str()), Some("resourceNotFound"));
    let error = client.retrieve_reference_data("broken").await.unwrap_err();
    assert_eq!(error.status(), Some(500));
    assert_eq!(error.api_body().map(|body| body.code.as_str()), Some("serverUnavailable"));
    let before = server.received_requests().await.unwrap().len();
    let error = client.retrieve_reference_data("refused").await.unwrap_err();
    let Error::Hook(hook) = &error else { panic!("expected a hook error, got {error:?}") };
    assert_eq!(hook.operation(), "retrieveReferenceData");
    assert!(error.to_string().contains("outside business hours"), "{error}");
    assert_eq!(server.received_requests().await.unwrap().len(), before, "a refused request is not sent");
}

#[tokio::test]
async fn the_retry_decision_belongs_to_the_request() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).mount(&server).await;
    Mock::given(any()).respond_with(ResponseTemplate::new(503)).mount(&server).await;
    let client = api_client(config(&server).build());
    // An idempotent POST (say, with an idempotency key) marked retryable is retried...
    let mut request = Request::new(&POST_NOTE);
    request.json(&json!({"text": "hello"}), "application/json");
    request.retryable(true);
    assert_eq!(client.execute::<()>(request).await.unwrap().status(), 503);
    // ...and a GET marked not retryable is not.
    let mut request = Request::new(&GET_PART);
    request.path_param("itemId", &"i-1", simple());
    request.path_param("partId", &"p-1", simple());
    request.retryable(false);
    assert_eq!(client.execute::<()>(request).await.unwrap().status(), 503);
    let received = server.received_requests().await.unwrap();
    assert_eq!(received.iter().filter(|r| r.method.as_str() == "POST" && r.url.path() == "/v1/notes").count(), 4, "one attempt and three retries");
    assert_eq!(received.iter().filter(|r| r.url.path() == "/v1/items/i-1/parts/p-1").count(), 1);
    assert_eq!(Method::Post.as_str(), "POST");
}

#[tokio::test]
async fn the_tracing_span_covers_the_call_from_first_attempt_to_decoded_result() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(app_token("app-token", 1800)).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(503)).up_to_n_times(1).mount(&server).await;
    Mock::given(method("GET")).and(path(REFERENCE_PATH)).respond_with(ResponseTemplate::new(200).set_body_json(json!({"referenceValues": "not a list"}))).mount(&server).await;
    let client = utilities::Client::new(config(&server).build()).unwrap();
    let (guard, captured) = capture_logs();
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    drop(guard);
    assert!(matches!(error, Error::Decode(_)), "{error:?}");
    let logs = captured.text();
    let ours: Vec<&str> = logs.lines().filter(|line| line.contains("citi_api_call")).collect();
    let position = |needle: &str| ours.iter().position(|line| line.contains(needle)).unwrap_or_else(|| panic!("no `{needle}` in the span:\n{logs}"));
    let opened = position(": new");
    let first_attempt = position("attempt=1 status=503");
    let second_attempt = position("attempt=2 status=200");
    let mismatch = position("response does not match the spec");
    let outcome = position("call failed: the response does not match the spec");
    let closed = position(": close");
    assert!(opened < first_attempt && first_attempt < second_attempt && second_attempt < mismatch && mismatch < outcome && outcome < closed, "{logs}");
    assert!(ours[opened].contains("operation=\"retrieveReferenceData\"") && ours[opened].contains("request_id="), "{}", ours[opened]);
}
