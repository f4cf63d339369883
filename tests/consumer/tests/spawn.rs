//! A request builder's future is `'static + Send`: a call can be handed to `tokio::spawn` and
//! outlive the client handle it was built from; clones share one token cache.

use citi_poland::{utilities, Config};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

fn assert_static_send<T: Send + 'static>(_: &T) {}

#[tokio::test]
async fn spawned_calls_run_on_their_own_and_share_one_token() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/clientCredentials/oauth2/token/pl/gcb"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"access_token": "t", "token_type": "bearer", "expires_in": 1800}"#))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/v1/utilities/referenceData/accountStatus"))
        .respond_with(ResponseTemplate::new(200).set_body_string(r#"{"referenceCode": "accountStatus", "referenceValues": [{"code": "ACTIVE", "description": "Aktywny"}]}"#))
        .expect(8)
        .mount(&server)
        .await;
    let client = utilities::Client::new(Config::builder("consumer", "secret").base_url(server.uri()).build()).unwrap();
    let future = client.retrieve_reference_data("accountStatus").send();
    assert_static_send(&future);
    let mut handles = vec![tokio::spawn(future)];
    for _ in 0..6 {
        handles.push(tokio::spawn(client.clone().retrieve_reference_data("accountStatus").send()));
    }
    // The client handle may go away before the spawned calls run.
    let lookup = consumer_check::spawn_lookup(&client, "accountStatus");
    drop(client);
    for handle in handles {
        let response = handle.await.unwrap().unwrap();
        assert_eq!(response.reference_values.unwrap_or_default()[0].code, "ACTIVE");
    }
    assert!(lookup.await.unwrap().unwrap().contains("ACTIVE"));
    server.verify().await;
}
