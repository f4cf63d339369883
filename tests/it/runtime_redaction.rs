//! What the runtime shows of what it handles: canary values in every secret-bearing field and
//! every error path must not appear in any `Debug` or `Display` text or log line; error messages
//! read as messages; response bodies are read within a size limit.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use citi_poland::runtime::{
    AuthError, AuthorizeRequest, BoxFuture, Config, Credential, Error, Hook, HookError, IncomingResponse, OutgoingRequest, ParamStyle, Request, SecretString,
    TransportErrorKind,
};
use citi_poland::{accounts, authorize, onboarding, pay_with_points, utilities};
use serde_json::json;
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use wiremock::matchers::{any, body_string_contains, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::fixtures::parameters;
use crate::runtime_support::{api_client, capture_logs, config, customer_tokens, form, reference_data, CODE_TOKEN_PATH, GET_PART_PUBLIC, REDIRECT_URI, REFRESH_PATH, TOKEN_PATH};

/// Keeps the `Debug` text of every request and response the hook sees.
#[derive(Default)]
struct Recorder(Mutex<Vec<String>>);

impl Hook for Recorder {
    fn on_request<'a>(&'a self, request: &'a mut OutgoingRequest) -> BoxFuture<'a, Result<(), HookError>> {
        self.0.lock().unwrap().push(format!("{request:?}"));
        Box::pin(async { Ok(()) })
    }
    fn on_response<'a>(&'a self, response: &'a mut IncomingResponse) -> BoxFuture<'a, Result<(), HookError>> {
        self.0.lock().unwrap().push(format!("{response:?}"));
        Box::pin(async { Ok(()) })
    }
}

/// Every text an error shows: `Display`, `Debug` and the `Display` of each source.
fn error_texts(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut texts = vec![error.to_string(), format!("{error:?}")];
    let mut source = error.source();
    while let Some(cause) = source {
        texts.push(cause.to_string());
        source = cause.source();
    }
    texts
}

#[tokio::test]
async fn canaries_never_reach_debug_display_or_logs() {
    let (guard, logs) = capture_logs();
    let client_secret = "cnry-client-secret-01";
    let api_key = "cnry-api-key-02";
    let app_token = "cnry-app-token-03";
    let code = "cnry-authorization-code-04";
    let access = "cnry-customer-access-05";
    let refresh = "cnry-customer-refresh-06";
    let access_2 = "cnry-customer-access-07";
    let refresh_2 = "cnry-customer-refresh-08";
    let in_body = "cnry-customer-data-09";
    let in_query = "cnry-query-value-10";
    let in_header = "cnry-header-value-11";
    let otp = "cnry-one-time-password-12";
    let mut canaries: Vec<String> = [client_secret, api_key, app_token, code, access, refresh, access_2, refresh_2, in_body, in_query, in_header, otp].map(String::from).to_vec();
    let mut texts: Vec<String> = Vec::new();

    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": app_token, "expires_in": 1800}))).mount(&server).await;
    Mock::given(method("POST")).and(path(CODE_TOKEN_PATH)).respond_with(customer_tokens(access, refresh, 1800)).mount(&server).await;
    Mock::given(method("POST")).and(path(REFRESH_PATH)).and(body_string_contains(refresh)).respond_with(customer_tokens(access_2, refresh_2, 1800)).mount(&server).await;
    Mock::given(method("POST")).and(path("/authCode/oauth2/revoke")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"status": "success"}))).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/accountStatus")).respond_with(reference_data()).mount(&server).await;
    Mock::given(method("GET"))
        .and(path("/v1/utilities/referenceData/missing"))
        .respond_with(
            ResponseTemplate::new(404)
                .insert_header("set-cookie", format!("sid={in_body}").as_str())
                .set_body_json(json!({"type": "error", "code": "resourceNotFound", "location": in_body, "moreInfo": {"hint": in_body}})),
        )
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/gateway")).respond_with(ResponseTemplate::new(502).set_body_string(format!("<html>{in_body}</html>"))).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/garbled")).respond_with(ResponseTemplate::new(200).set_body_json(json!({"referenceValues": in_body}))).mount(&server).await;
    Mock::given(method("GET")).and(path("/v1/accounts")).respond_with(ResponseTemplate::new(200).set_body_json(json!({}))).mount(&server).await;

    let recorder = Arc::new(Recorder::default());
    let config = Config::builder("test-client", client_secret).base_url(server.uri()).hook(recorder.clone()).credential("apiKey", Credential::ApiKey(SecretString::from(api_key))).build();

    // Two-legged: a token, a call, and the clients' own Debug.
    let utilities = utilities::Client::new(config.clone()).unwrap();
    utilities.retrieve_reference_data("accountStatus").await.unwrap();
    texts.push(format!("{utilities:?} {:?} {:?}", utilities.api_client(), utilities.api_client().config()));

    // Three-legged: start, complete, refresh, revoke.
    let accounts = accounts::Client::new(config.clone()).unwrap();
    let flow = accounts.api_client().authorization_code().unwrap();
    let pending = flow.start(AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"])).unwrap();
    canaries.push(pending.state().to_string());
    texts.push(format!("{pending:?} {flow:?}"));
    let callback = format!("{REDIRECT_URI}?code={code}&state={}", pending.state());
    let session = flow.complete(pending, &callback, "customer-1").await.unwrap();
    let exchange = server.received_requests().await.unwrap().into_iter().find(|r| r.url.path() == CODE_TOKEN_PATH).unwrap();
    let verifier = form(&exchange.body).into_iter().find(|(k, _)| k == "code_verifier").unwrap().1;
    canaries.push(verifier);
    let accounts = accounts.with_session(session.clone());
    accounts.retrieve_accounts_summary().await.unwrap();
    texts.push(format!("{session:?} {:?} {accounts:?}", session.tokens().await.unwrap()));
    session.refresh().await.unwrap();
    texts.push(format!("{:?}", session.tokens().await.unwrap()));

    // Callbacks that are refused.
    for bad in [format!("{REDIRECT_URI}?code={code}&state=other"), format!("code={code}&code={code}&state=x")] {
        let pending = flow.start(AuthorizeRequest::new(REDIRECT_URI, ["accounts_details_transactions"])).unwrap();
        canaries.push(pending.state().to_string());
        texts.extend(error_texts(&flow.complete(pending, &bad, "k").await.unwrap_err()));
    }

    // API errors: a documented body whose other fields hold customer data, an undocumented one,
    // and a success body that does not match (serde would quote the value).
    for reference in ["missing", "gateway", "garbled"] {
        let error = utilities.retrieve_reference_data(reference).await.unwrap_err();
        if let Error::Decode(decode) = &error {
            assert!(String::from_utf8_lossy(decode.body()).contains(in_body), "the body stays available");
        }
        texts.extend(error_texts(&error));
    }

    // Token endpoints that answer with something else than a token.
    let broken = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(400).set_body_string(format!("<html>{client_secret} {in_body}</html>"))).up_to_n_times(1).mount(&broken).await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(200).set_body_json(json!({"token": app_token, "expires_in": in_body}))).mount(&broken).await;
    let broken_client = utilities::Client::new(Config::builder("test-client", client_secret).base_url(broken.uri()).build()).unwrap();
    for _ in 0..2 {
        texts.extend(error_texts(&broken_client.retrieve_reference_data("accountStatus").await.unwrap_err()));
    }

    // A transport failure of a URL whose query holds a value, and values that cannot be sent.
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let closed = api_client(Config::builder("test-client", client_secret).base_url(format!("http://127.0.0.1:{port}")).build());
    let mut request = Request::new(&GET_PART_PUBLIC);
    request.path_param("itemId", &"i-1", ParamStyle::Simple { explode: false });
    request.path_param("partId", &"p-1", ParamStyle::Simple { explode: false });
    request.query("q", &in_query, ParamStyle::Form { explode: true });
    let error = closed.execute::<()>(request).await.unwrap_err();
    assert!(matches!(&error, Error::Transport(t) if t.kind == TransportErrorKind::Connect), "{error:?}");
    texts.extend(error_texts(&error));
    let mut request = Request::new(&GET_PART_PUBLIC);
    request.extra_header("authorization", in_header);
    request.extra_header("x-ok", &format!("{in_header}\r\n"));
    texts.push(format!("{request:?}"));
    texts.extend(error_texts(&closed.execute::<()>(request).await.unwrap_err()));
    let fixture = parameters::Client::new(config.clone()).unwrap();
    texts.extend(error_texts(&fixture.list_entries("acc", 1).x_request_source(format!("{in_header}\n")).await.unwrap_err()));

    // Generated types that carry tokens, codes and one-time passwords, and their builders.
    let token_response: authorize::types::AuthCodeTokenResponse =
        serde_json::from_value(json!({"access_token": access, "refresh_token": refresh, "expires_in": 1800, "token_type": "bearer", "scope": "s"})).unwrap();
    let app_response: authorize::types::ClientCredentialsTokenResponse = serde_json::from_value(json!({"access_token": app_token})).unwrap();
    let exchange_body: authorize::types::AuthorizationCodeTokenRequest =
        serde_json::from_value(json!({"grant_type": "authorization_code", "code": code, "redirect_uri": REDIRECT_URI})).unwrap();
    let refresh_body: authorize::types::RefreshTokenRequest = serde_json::from_value(json!({"grant_type": "refresh_token", "refresh_token": refresh})).unwrap();
    let revoke_body: authorize::types::RevokeTokenRequest = serde_json::from_value(json!({"token": access, "token_type_hint": "access_token"})).unwrap();
    let otp_body: onboarding::types::UnsecuredApplicationValidateOtpRequest = serde_json::from_value(json!({"otpToken": otp, "controlFlowId": "cf-1"})).unwrap();
    let activation: pay_with_points::types::RewardsActivationRequest = serde_json::from_value(json!({"linkageConfirmationCode": otp})).unwrap();
    // Serde still writes the values (request bodies need them).
    assert!(serde_json::to_string(&exchange_body).unwrap().contains(code));
    let authorize = authorize::Client::new(config.clone()).unwrap();
    let onboarding = onboarding::Client::new(config.clone()).unwrap();
    let pay_with_points = pay_with_points::Client::new(config.clone()).unwrap();
    texts.push(format!("{token_response:?} {app_response:?} {exchange_body:?} {refresh_body:?} {revoke_body:?} {otp_body:?} {activation:?}"));
    texts.push(format!(
        "{:?} {:?} {:?} {:?} {:?}",
        authorize.exchange_authorization_code(exchange_body.clone()),
        authorize.refresh_access_token(refresh_body.clone()),
        authorize.revoke_token(revoke_body.clone()),
        onboarding.validate_application_otp("application-1", otp_body.clone()),
        pay_with_points.activate_rewards_link("link-1", activation.clone()),
    ));
    // The generated operations send the secrets where they belong.
    authorize.exchange_authorization_code(exchange_body).await.unwrap();
    session.revoke().await.unwrap();

    drop(guard);
    texts.extend(recorder.0.lock().unwrap().iter().cloned());
    let logs = logs.text();
    assert!(logs.contains("citi_api_call") && logs.contains("retrieveReferenceData"), "the calls are logged:\n{logs}");
    for canary in &canaries {
        for text in &texts {
            assert!(!text.contains(canary.as_str()), "`{canary}` appears in:\n{text}");
        }
        assert!(!logs.contains(canary.as_str()), "`{canary}` appears in the logs:\n{logs}");
    }
    // Not vacuous: the secrets did travel.
    let received = server.received_requests().await.unwrap();
    let bodies: String = received.iter().map(|r| String::from_utf8_lossy(&r.body).into_owned()).collect();
    assert!(bodies.contains(code) && bodies.contains(refresh), "the code and refresh token were sent");
}

#[tokio::test]
async fn api_errors_read_as_a_message() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": "t", "expires_in": 1800}))).mount(&server).await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(404).set_body_json(json!({"type": "error", "code": "resourceNotFound", "details": "No such reference code.\r\nINFO forged", "location": "referenceCode"})))
        .mount(&server)
        .await;
    let client = utilities::Client::new(config(&server).build()).unwrap();
    let error = client.retrieve_reference_data("unknown").await.unwrap_err();
    assert_eq!(error.to_string(), "`retrieveReferenceData` failed with HTTP 404 Not Found: resourceNotFound: No such reference code.  INFO forged");
    let Error::Api(api) = &error else { panic!("expected an API error") };
    assert_eq!(api.code_and_details().0.as_deref(), Some("resourceNotFound"));
    let debug = format!("{error:?}");
    assert!(debug.contains("resourceNotFound") && !debug.contains("raw_body: \"{"), "{debug}");
}

/// A server that answers every request with a chunked body that never ends.
async fn endless_server() -> String {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    tokio::spawn(async move {
        while let Ok((mut socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let mut buffer = [0u8; 4096];
                let _ = socket.read(&mut buffer).await;
                let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
                if socket.write_all(head.as_bytes()).await.is_err() {
                    return;
                }
                let chunk = format!("{:x}\r\n{}\r\n", 64 * 1024, "x".repeat(64 * 1024));
                while socket.write_all(chunk.as_bytes()).await.is_ok() {}
            });
        }
    });
    format!("http://{address}")
}

#[tokio::test]
async fn response_bodies_are_read_within_the_limit() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/v1/items/big/parts/p-1")).respond_with(ResponseTemplate::new(200).set_body_string("y".repeat(4096))).mount(&server).await;
    Mock::given(any()).respond_with(ResponseTemplate::new(200).set_body_string("y".repeat(1024))).mount(&server).await;
    let get = |item: &str| {
        let mut request = Request::new(&GET_PART_PUBLIC);
        request.path_param("itemId", &item, ParamStyle::Simple { explode: false });
        request.path_param("partId", &"p-1", ParamStyle::Simple { explode: false });
        request
    };
    let client = api_client(config(&server).max_response_body(2048).build());
    // Within the limit.
    client.execute::<()>(get("small")).await.unwrap();
    // A declared length over the limit is refused before reading.
    let error = client.execute::<()>(get("big")).await.unwrap_err();
    assert!(matches!(&error, Error::Transport(t) if t.kind == TransportErrorKind::BodyTooLarge), "{error:?}");
    assert!(error.to_string().contains("2048 bytes"), "{error}");
    // No declared length, and no end: reading stops at the limit.
    let endless = api_client(Config::builder("id", "secret").base_url(endless_server().await).max_response_body(1024 * 1024).build());
    let result = tokio::time::timeout(Duration::from_secs(10), endless.execute::<()>(get("i-1"))).await.expect("reading stops at the limit");
    assert!(matches!(&result, Err(Error::Transport(t)) if t.kind == TransportErrorKind::BodyTooLarge), "{result:?}");
    // The default leaves room for the largest transaction page.
    assert_eq!(Config::builder("id", "secret").build().max_response_body(), 16 * 1024 * 1024);
}

#[tokio::test]
async fn token_responses_are_read_within_the_limit_too() {
    let server = MockServer::start().await;
    Mock::given(method("POST")).and(path(TOKEN_PATH)).respond_with(ResponseTemplate::new(200).set_body_string(format!("{{\"access_token\":\"{}\"}}", "z".repeat(4096)))).mount(&server).await;
    let client = utilities::Client::new(config(&server).max_response_body(1024).build()).unwrap();
    let error = client.retrieve_reference_data("accountStatus").await.unwrap_err();
    assert!(matches!(&error, Error::Auth(AuthError::Transport(t)) if t.kind == TransportErrorKind::BodyTooLarge), "{error:?}");
}

#[tokio::test]
async fn password_formatted_fields_are_sent_but_never_shown() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/sessions"))
        .and(body_string_contains("\"password\":\"cnry-password\""))
        .and(wiremock::matchers::header("x-step-up-code", "cnry-step-up"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"token": "cnry-session-token", "backupCodes": ["cnry-backup"]})))
        .expect(1)
        .mount(&server)
        .await;
    let client = crate::fixtures::secrets::Client::new(config(&server).build()).unwrap();
    let login: crate::fixtures::secrets::types::Login = serde_json::from_value(json!({"user": "anna", "password": "cnry-password"})).unwrap();
    let request = client.create_session(login).x_step_up_code("cnry-step-up");
    let shown = format!("{request:?}");
    let session = request.await.unwrap();
    assert_eq!(session.token.expose_secret(), "cnry-session-token");
    let shown = format!("{shown} {session:?}");
    for canary in ["cnry-password", "cnry-step-up", "cnry-session-token", "cnry-backup"] {
        assert!(!shown.contains(canary), "`{canary}` in {shown}");
    }
    server.verify().await;
}
