//! Error bodies as Citi's products really send them never make a call fail to decode: the kind
//! of error in capitals, `moreInfo` as a link or as an MFA object, and bodies that do not match
//! the error schema at all, which still give the caller the status and the raw body.

use citi_poland::runtime::{Config, RetryPolicy};
use citi_poland::{utilities, Error};
use serde_json::json;
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const TOKEN_PATH: &str = "/clientCredentials/oauth2/token/pl/gcb";

async fn server_answering(body: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path(TOKEN_PATH))
        .respond_with(ResponseTemplate::new(200).set_body_json(json!({"token_type": "bearer", "access_token": "token", "expires_in": 1800})))
        .mount(&server)
        .await;
    Mock::given(method("GET")).and(path("/v1/utilities/referenceData/accountStatus")).respond_with(body).mount(&server).await;
    server
}

async fn call(server: &MockServer) -> Error<utilities::types::ErrorResponse> {
    let config = Config::builder("client", "secret").base_url(server.uri()).retry_policy(RetryPolicy { max_retries: 0, ..RetryPolicy::default() }).build();
    let client = utilities::Client::new(config).unwrap();
    client.retrieve_reference_data("accountStatus").await.unwrap_err()
}

#[tokio::test]
async fn a_documentation_link_and_a_capitalised_kind_decode() {
    let body = json!({"type": "INVALID", "code": "invalidRequest", "details": "Bad referenceCode.", "moreInfo": "https://developer.citi.com/errors#invalidRequest"});
    let server = server_answering(ResponseTemplate::new(400).set_body_json(&body)).await;
    let error = call(&server).await;
    let typed = error.api_body().expect("the error body decodes");
    assert_eq!(typed.type_, "INVALID");
    assert_eq!(typed.more_info, Some(json!("https://developer.citi.com/errors#invalidRequest")));
}

#[tokio::test]
async fn an_mfa_step_up_keeps_its_control_flow_id() {
    let body = json!({"type": "error", "code": "mfaRequired", "moreInfo": {"controlFlowId": "7f3b9d1e", "channel": "SMS"}});
    let server = server_answering(ResponseTemplate::new(403).set_body_json(&body)).await;
    let error = call(&server).await;
    let typed = error.api_body().expect("the error body decodes");
    let control_flow_id = typed.more_info.as_ref().and_then(|info| info.get("controlFlowId")).and_then(|id| id.as_str());
    assert_eq!(control_flow_id, Some("7f3b9d1e"));
}

#[tokio::test]
async fn a_body_that_is_not_an_error_response_still_gives_status_and_raw_body() {
    for (status, raw) in [(500, r#"{"error": "upstream timeout"}"#), (502, "<html>Bad gateway</html>"), (404, "")] {
        let server = server_answering(ResponseTemplate::new(status).set_body_string(raw)).await;
        let Error::Api(api) = call(&server).await else { panic!("HTTP {status}: expected an API error") };
        assert_eq!((api.status, api.body.is_none(), api.raw_body.as_str()), (status, true, raw));
    }
}

/// The error body of every product is one type, defined once in `citi_poland::common`: a team
/// handles the errors of all products with one function.
#[test]
fn every_product_shares_one_error_body_type() {
    use std::any::TypeId;
    let shared = TypeId::of::<citi_poland::common::ErrorResponse>();
    let products = [
        ("accounts", TypeId::of::<citi_poland::accounts::types::ErrorResponse>()),
        ("customers", TypeId::of::<citi_poland::customers::types::ErrorResponse>()),
        ("money_movement", TypeId::of::<citi_poland::money_movement::types::ErrorResponse>()),
        ("onboarding", TypeId::of::<citi_poland::onboarding::types::ErrorResponse>()),
        ("pay_with_points", TypeId::of::<citi_poland::pay_with_points::types::ErrorResponse>()),
        ("utilities", TypeId::of::<citi_poland::utilities::types::ErrorResponse>()),
    ];
    for (product, id) in products {
        assert_eq!(id, shared, "{product}::types::ErrorResponse is a type of its own");
    }
    assert_eq!(TypeId::of::<citi_poland::authorize::types::OAuthErrorResponse>(), TypeId::of::<citi_poland::common::OAuthErrorResponse>());
}
