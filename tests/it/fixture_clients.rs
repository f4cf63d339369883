//! What the fixture specs' generated clients put on the wire, and how they read it back, checked
//! against wiremock: parameter styles, body encodings, response variants and headers, explicit
//! nulls, tagged unions, and security alternatives.

use std::str::FromStr;

use citi_poland::runtime::{Binary, Config, Credential, Error, Nullable};
use rust_decimal::Decimal;
use serde_json::json;
use wiremock::matchers::{body_json, body_string, header, method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

use crate::fixtures::{nullable, one_of_discriminator, parameters, request_bodies, responses, security};

fn config(server: &MockServer) -> Config {
    Config::builder("fixture-client", "fixture-secret").base_url(server.uri()).build()
}

#[tokio::test]
async fn parameters_are_written_in_their_styles() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/accounts/acc%201/entries")).respond_with(ResponseTemplate::new(200).set_body_json(json!(["e1"]))).mount(&server).await;
    let client = parameters::Client::new(config(&server)).unwrap();
    let range = parameters::types::DateRange::new().with_from(chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap()).with_to(chrono::NaiveDate::from_ymd_opt(2026, 1, 31).unwrap());
    let entries = client
        .list_entries("acc 1", 50)
        .status(vec!["open".to_string(), "held".to_string()])
        .ids(vec![1_i64, 2])
        .filter(range.clone())
        .tags(vec!["a".to_string(), "b".to_string()])
        .x_request_source("tests")
        .session("s3ss10n")
        .where_(range)
        .await
        .unwrap();
    assert_eq!(entries, ["e1"]);
    let request = &server.received_requests().await.unwrap()[0];
    let query = request.url.query().unwrap_or_default().to_string();
    let pairs: Vec<(String, String)> = request.url.query_pairs().map(|(k, v)| (k.into_owned(), v.into_owned())).collect();
    let expected = [
        ("status", "open"),
        ("status", "held"),
        ("ids", "1,2"),
        ("filter[from]", "2026-01-01"),
        ("filter[to]", "2026-01-31"),
        ("tags", "a|b"),
        ("limit", "50"),
        ("where", r#"{"from":"2026-01-01","to":"2026-01-31"}"#),
    ];
    for (key, value) in expected {
        assert!(pairs.iter().any(|(k, v)| k == key && v == value), "{key}={value} missing from {query}");
    }
    assert_eq!(request.headers.get("x-request-source").unwrap(), "tests");
    assert_eq!(request.headers.get("cookie").unwrap(), "session=s3ss10n");
}

#[tokio::test]
async fn bodies_are_encoded_by_content_type() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/token"))
        .and(header("content-type", "application/x-www-form-urlencoded"))
        .and(body_string("grant_type=client_credentials&scope=read"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"access_token": "abc"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("PUT"))
        .and(path("/documents/raw"))
        .and(header("content-type", "application/octet-stream"))
        .and(body_string("%PDF-1.7"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .and(path("/notes"))
        .and(header("content-type", "text/plain"))
        .and(body_string("hello"))
        .respond_with(ResponseTemplate::new(201).set_body_json(json!({"text": "hello"})))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("POST")).and(path("/documents")).respond_with(ResponseTemplate::new(204)).expect(1).mount(&server).await;
    let client = request_bodies::Client::new(config(&server)).unwrap();
    // `grant_type` has one allowed value: the constructor fills it in.
    let token = client.request_token(request_bodies::types::RequestTokenBody::new().with_scope("read")).await.unwrap();
    assert_eq!(token.access_token.as_deref(), Some("abc"));
    client.put_raw_document(citi_poland::runtime::Bytes::from_static(b"%PDF-1.7")).await.unwrap();
    let note = client.create_note().body(request_bodies::operations::CreateNoteBody::Text("hello".into())).await.unwrap();
    assert_eq!(note.text, "hello");
    let file = Binary::new(b"scan bytes".to_vec()).with_file_name("scan.pdf").with_content_type("application/pdf");
    let upload = request_bodies::types::UploadDocumentBody::new(file).with_title("Umowa").with_pages(3_i64);
    client.upload_document(upload).await.unwrap();
    let requests = server.received_requests().await.unwrap();
    let multipart = requests.iter().find(|r| r.url.path() == "/documents").unwrap();
    let content_type = multipart.headers.get("content-type").unwrap().to_str().unwrap().to_string();
    assert!(content_type.starts_with("multipart/form-data; boundary="), "{content_type}");
    let body = String::from_utf8_lossy(&multipart.body);
    assert!(body.contains(r#"name="file"; filename="scan.pdf""#) && body.contains("Content-Type: application/pdf") && body.contains("scan bytes"), "{body}");
    assert!(body.contains(r#"name="title""#) && body.contains("Umowa") && body.contains(r#"name="pages""#), "{body}");
    assert!(!body.contains(r#"name="meta""#), "absent optional parts are not sent: {body}");
    server.verify().await;
}

#[tokio::test]
async fn each_status_decodes_into_its_variant() {
    let server = MockServer::start().await;
    let client = responses::Client::new(config(&server)).unwrap();
    let respond = |template: ResponseTemplate| async {
        server.reset().await;
        Mock::given(method("POST")).and(path("/jobs")).respond_with(template).mount(&server).await;
    };
    respond(ResponseTemplate::new(202).insert_header("location", "/jobs/j-1").insert_header("retry-after", "5").set_body_json(json!({"id": "j-1"}))).await;
    match client.start_job().await.unwrap() {
        responses::operations::StartJobResponse::Accepted { location, retry_after, body } => {
            assert_eq!((location.as_str(), retry_after, body.id.as_deref()), ("/jobs/j-1", Some(5), Some("j-1")));
        }
        other => panic!("expected Accepted, got {other:?}"),
    }
    respond(ResponseTemplate::new(204)).await;
    assert_eq!(client.start_job().await.unwrap(), responses::operations::StartJobResponse::NoContent);
    respond(ResponseTemplate::new(409).set_body_json(json!({"current": "j-0"}))).await;
    let Err(Error::Api(error)) = client.start_job().await else { panic!("expected an API error") };
    assert!(matches!(&error.body, Some(responses::operations::StartJobError::Conflict(c)) if c.current.as_deref() == Some("j-0")), "{error:?}");
    respond(ResponseTemplate::new(503)).await;
    let Err(Error::Api(error)) = client.start_job().await else { panic!("expected an API error") };
    assert_eq!(error.body, Some(responses::operations::StartJobError::Status5xx));
    respond(ResponseTemplate::new(418).set_body_json(json!({"title": "teapot"}))).await;
    let Err(Error::Api(error)) = client.start_job().await else { panic!("expected an API error") };
    assert!(matches!(&error.body, Some(responses::operations::StartJobError::Default(p)) if p.title.as_deref() == Some("teapot")), "{error:?}");

    Mock::given(method("GET")).and(path("/jobs/j-1/report")).respond_with(ResponseTemplate::new(200).set_body_bytes(b"%PDF".to_vec())).mount(&server).await;
    assert_eq!(&client.download_report("j-1").await.unwrap()[..], b"%PDF");
    Mock::given(method("GET")).and(path("/jobs/j-1/log")).respond_with(ResponseTemplate::new(200).set_body_string("line 1\n")).mount(&server).await;
    assert_eq!(client.get_log("j-1").await.unwrap(), "line 1\n");
}

#[tokio::test]
async fn a_patch_sends_explicit_nulls_and_leaves_absent_fields_out() {
    let server = MockServer::start().await;
    Mock::given(method("PATCH"))
        .and(path("/profile"))
        .and(body_json(json!({"nickname": null})))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"id": "p-1", "middleName": null})))
        .expect(1)
        .mount(&server)
        .await;
    let client = nullable::Client::new(config(&server)).unwrap();
    let mut patch = nullable::types::ProfilePatch::new();
    patch.nickname = Nullable::Null;
    let profile = client.patch_profile(patch).await.unwrap();
    assert_eq!((profile.id.as_str(), profile.middle_name), ("p-1", None));
    server.verify().await;
}

#[tokio::test]
async fn tagged_unions_write_and_read_their_tag() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/payments"))
        // Exact bytes: the tag is written, and the amount keeps its digits (10.50, not 10.5).
        // The tag comes first, then the fields in declaration order.
        .and(body_string(r#"{"kind":"card","cardNumber":"4111111111111111","amount":10.50}"#))
        .respond_with(ResponseTemplate::new(201).set_body_string(r#"{"kind": "transfer", "iban": "PL61109010140000071219812874", "amount": 99.99}"#))
        .expect(1)
        .mount(&server)
        .await;
    let client = one_of_discriminator::Client::new(config(&server)).unwrap();
    let card = one_of_discriminator::types::CardPayment::new("card", "4111111111111111", Decimal::from_str("10.50").unwrap());
    let payment = client.create_payment(card).await.unwrap();
    match payment {
        one_of_discriminator::types::Payment::TransferPayment(transfer) => assert_eq!(transfer.amount, Decimal::from_str("99.99").unwrap()),
        other => panic!("expected a transfer, got {other:?}"),
    }
    server.verify().await;
}

#[tokio::test]
async fn security_alternatives_use_what_the_client_has() {
    let server = MockServer::start().await;
    Mock::given(method("GET")).and(path("/public")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    Mock::given(method("GET")).and(path("/keyed")).and(header("x-api-key", "k-123")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    // Bearer or basic: this client has no bearer token, so it authenticates with basic.
    Mock::given(method("GET")).and(path("/either")).and(header("authorization", "Basic Zml4dHVyZS1jbGllbnQ6Zml4dHVyZS1zZWNyZXQ=")).respond_with(ResponseTemplate::new(204)).mount(&server).await;
    let with_key = Config::builder("fixture-client", "fixture-secret").base_url(server.uri()).credential("apiKey", Credential::ApiKey("k-123".to_string().into())).build();
    let client = security::Client::new(with_key).unwrap();
    client.get_public().await.unwrap();
    client.get_keyed().await.unwrap();
    client.get_either().await.unwrap();
    // No key configured: the call fails before anything is sent, naming what is missing.
    let bare = security::Client::new(config(&server)).unwrap();
    let Err(Error::Auth(error)) = bare.get_keyed().await else { panic!("expected an auth error") };
    assert!(error.to_string().contains("apiKey"), "{error}");
}

#[tokio::test]
async fn builders_send_extra_headers_but_never_over_the_managed_or_declared_ones() {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .and(path("/accounts/acc-1/entries"))
        .and(header("x-correlation-id", "c-42"))
        .and(header("x-request-source", "declared"))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!([])))
        .expect(1)
        .mount(&server)
        .await;
    let client = parameters::Client::new(config(&server)).unwrap();
    let entries = client.list_entries("acc-1", 10).x_request_source("declared").extra_header("X-Correlation-Id", "c-42").await.unwrap();
    assert!(entries.is_empty());
    // A managed header, a header the operation declares (it has its own setter) and a value
    // with a line break are refused before anything is sent.
    for (name, value) in [("Authorization", "Bearer forged"), ("X-Request-Source", "sneaked"), ("x-correlation-id", "c-1\r\nAuthorization: x")] {
        let Err(Error::Request(error)) = client.list_entries("acc-1", 10).extra_header(name, value).await else { panic!("`{name}` was accepted") };
        assert!(error.to_string().contains(&name.to_ascii_lowercase()), "{error}");
    }
    assert_eq!(server.received_requests().await.unwrap().len(), 1);
    server.verify().await;
}
