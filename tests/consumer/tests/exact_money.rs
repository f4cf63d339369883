//! Money keeps its digits in a consumer's build (no `arbitrary_precision`): digits in, the same
//! digits out, for every shape a decimal field takes (plain, optional, nullable, in lists and
//! maps, nested, as an extra property, inside tagged and untagged unions, as a string), through
//! serde alone and through the client on the wire (body, query parameters, response).

use std::str::FromStr;

use citi_poland::runtime::{json, Config, Error, Nullable};
use rust_decimal::Decimal;
use wiremock::matchers::{body_string, method, path, query_param};
use wiremock::{Mock, MockServer, ResponseTemplate};

/// Generated code calls `crate::runtime`, as it does inside a generated crate.
mod runtime {
    pub use citi_poland::runtime::*;
}

include!(concat!(env!("OUT_DIR"), "/money.rs"));

use money::types::{Payment, Share, Statement};

/// Every field set, in declaration order, compact: what the client writes back byte for byte.
const STATEMENT: &str = concat!(
    r#"{"balance":12345678901234567890.125,"fee":0.0000000001,"limit":100.00,"pending":null,"#,
    r#""history":[0.10,1250.50,-7.00],"byCurrency":{"EUR":10.50,"PLN":0.01},"rate":"4.3000","#,
    r#""total":{"value":99.90,"currency":"PLN"},"extra":{"declared":1.10,"bonus":2.20,"fee":0.30},"#,
    r#""payment":{"kind":"card","amount":10.50},"share":1.50}"#
);

fn decimal(text: &str) -> Decimal {
    Decimal::from_str(text).unwrap()
}

#[test]
fn every_shape_reads_the_digits_and_writes_them_back() {
    let statement: Statement = json::from_str(STATEMENT).unwrap();
    assert_eq!(statement.balance, decimal("12345678901234567890.125"));
    assert_eq!(statement.fee.unwrap().to_string(), "0.0000000001");
    assert_eq!(statement.limit, Nullable::Value(decimal("100.00")));
    assert_eq!(statement.limit.as_ref().value().unwrap().to_string(), "100.00");
    assert_eq!(statement.pending, None);
    assert_eq!(statement.history.iter().map(ToString::to_string).collect::<Vec<_>>(), ["0.10", "1250.50", "-7.00"]);
    assert_eq!(statement.by_currency.as_ref().unwrap()["EUR"].to_string(), "10.50");
    assert_eq!(statement.rate.unwrap().to_string(), "4.3000");
    assert_eq!(statement.total.as_ref().unwrap().value.to_string(), "99.90");
    let extra = statement.extra.as_ref().unwrap();
    assert_eq!(extra.declared.unwrap().to_string(), "1.10");
    assert_eq!(extra.additional_properties["bonus"].to_string(), "2.20");
    match statement.payment.as_ref().unwrap() {
        Payment::CardPayment(card) => assert_eq!(card.amount.to_string(), "10.50"),
        other => panic!("expected a card payment, got {other:?}"),
    }
    match statement.share.as_ref().unwrap() {
        Share::Number(share) => assert_eq!(share.to_string(), "1.50"),
        other => panic!("expected a decimal share, got {other:?}"),
    }
    assert_eq!(serde_json::to_string(&statement).unwrap(), STATEMENT);
    // Twice round, still the same.
    let again: Statement = serde_json::from_str(&serde_json::to_string(&statement).unwrap()).unwrap();
    assert_eq!(again, statement);
}

#[test]
fn an_unknown_tag_is_kept_as_sent() {
    let payment: Payment = serde_json::from_str(r#"{"kind": "voucher", "amount": 10.50}"#).unwrap();
    let Payment::Unknown(raw) = &payment else { panic!("expected an unknown variant, got {payment:?}") };
    assert_eq!(raw.get(), r#"{"kind": "voucher", "amount": 10.50}"#);
    assert_eq!(serde_json::to_string(&payment).unwrap(), r#"{"kind": "voucher", "amount": 10.50}"#);
}

#[test]
fn a_number_a_decimal_cannot_hold_is_an_error_not_a_rounding() {
    let text = STATEMENT.replace("12345678901234567890.125", "0.12345678901234567890123456789");
    let error = json::from_str::<Statement>(&text).unwrap_err();
    assert_eq!(error.path, "balance");
    assert!(error.message.contains("not a decimal this client can hold exactly"), "{error}");
}

fn config(server: &MockServer) -> Config {
    Config::builder("consumer", "secret").base_url(server.uri()).build()
}

#[tokio::test]
async fn the_wire_carries_the_same_digits() {
    let server = MockServer::start().await;
    Mock::given(method("POST"))
        .and(path("/statements"))
        .and(body_string(STATEMENT))
        .respond_with(ResponseTemplate::new(200).set_body_string(STATEMENT))
        .expect(1)
        .mount(&server)
        .await;
    Mock::given(method("GET"))
        .and(path("/statements"))
        .and(query_param("minAmount", "10.50"))
        .and(query_param("amounts", "0.10"))
        .and(query_param("amounts", "12345678901234567890.125"))
        .respond_with(ResponseTemplate::new(204))
        .expect(1)
        .mount(&server)
        .await;
    let client = money::Client::new(config(&server)).unwrap();
    let statement: Statement = json::from_str(STATEMENT).unwrap();
    let stored = client.post_statement(statement.clone()).await.unwrap();
    assert_eq!(stored, statement);
    let result: Result<(), Error<()>> = client.find_statements(decimal("10.50")).amounts(vec![decimal("0.10"), decimal("12345678901234567890.125")]).await;
    result.unwrap();
    server.verify().await;
}
