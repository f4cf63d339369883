//! The runtime's hot paths, as a consumer's build compiles them (this crate's own workspace: no
//! serde_json feature of the generator reaches it), each next to its baseline:
//!
//! - decoding a page of 5,000 transactions (exact decimals, dates, the decode-error path
//!   tracking) against plain serde_json into the same shape with `f64` amounts and `String`
//!   dates, and into a `serde_json::Value`;
//! - one call through a generated client (request building, managed headers, the cached
//!   client-credentials token, send, status check, decode) against a bare reqwest GET of the same
//!   URL decoded by serde_json into the same type, both to the same local HTTP/1.1 server, so the
//!   difference is the client's own overhead.
//!
//! `cargo bench --manifest-path tests/consumer/Cargo.toml --bench runtime`. Prints figures;
//! asserts nothing about time.

use std::fmt::Write as _;
use std::net::SocketAddr;

use citi_poland::{accounts, utilities, Config};
use divan::{black_box, Bencher};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn main() {
    divan::main();
}

const TRANSACTIONS: usize = 5_000;

/// A `GET /v1/accounts/{accountId}/transactions` page: 5,000 transactions with every field set.
fn page() -> String {
    let mut out = String::from(r#"{"transactions": ["#);
    for i in 0..TRANSACTIONS {
        if i > 0 {
            out.push(',');
        }
        let _ = write!(
            out,
            r#"{{"displayAccountNumber": "XXXXXX{i:04}", "transactionDate": "2026-11-{day:02}", "transactionDescription": "Card payment {i} BIEDRONKA WARSZAWA", "transactionReferenceId": "REF{i:010}", "checkSerialNumber": "{i}", "transactionAmount": {units}.{cents:02}, "currencyCode": "PLN", "foreignTransactionAmount": {cents}.50, "foreignCurrencyCode": "EUR", "foreignExchangeRate": 4.3215, "transactionType": "DEBIT", "transactionStatus": "POSTED", "runningBalance": 123456.78, "transactionPostingDate": "2026-11-{day:02}", "transactionCode": "POS", "merchantName": "BIEDRONKA", "eligibleForEqualPaymentPlan": "N"}}"#,
            day = i % 28 + 1,
            units = i * 7 % 10_000,
            cents = i % 100,
        );
    }
    out.push_str(r#"], "nextStartIndex": "5001"}"#);
    out
}

/// The same shape as plain serde_json users would write it: `f64` money, `String` dates.
#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct PlainPage {
    transactions: Vec<PlainTransaction>,
    next_start_index: Option<String>,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[allow(dead_code)]
struct PlainTransaction {
    display_account_number: Option<String>,
    transaction_date: Option<String>,
    transaction_description: Option<String>,
    transaction_reference_id: Option<String>,
    check_serial_number: Option<String>,
    transaction_amount: Option<f64>,
    currency_code: Option<String>,
    foreign_transaction_amount: Option<f64>,
    foreign_currency_code: Option<String>,
    foreign_exchange_rate: Option<f64>,
    transaction_type: Option<String>,
    transaction_status: Option<String>,
    running_balance: Option<f64>,
    transaction_posting_date: Option<String>,
    transaction_code: Option<String>,
    merchant_name: Option<String>,
    eligible_for_equal_payment_plan: Option<String>,
}

mod decode_5000_transactions {
    use super::*;

    #[divan::bench]
    fn citi_poland_exact(bencher: Bencher) {
        let body = page().into_bytes();
        let decoded: accounts::types::TransactionDetailsResponse = citi_poland::runtime::json::from_slice(&body).unwrap();
        assert_eq!(decoded.transactions.as_ref().map(Vec::len), Some(TRANSACTIONS));
        bencher.counter(divan::counter::BytesCount::new(body.len())).bench(|| {
            citi_poland::runtime::json::from_slice::<accounts::types::TransactionDetailsResponse>(black_box(&body)).unwrap()
        });
    }

    #[divan::bench]
    fn serde_json_plain_f64(bencher: Bencher) {
        let body = page().into_bytes();
        bencher.counter(divan::counter::BytesCount::new(body.len())).bench(|| serde_json::from_slice::<PlainPage>(black_box(&body)).unwrap());
    }

    #[divan::bench]
    fn serde_json_value(bencher: Bencher) {
        let body = page().into_bytes();
        bencher.counter(divan::counter::BytesCount::new(body.len())).bench(|| serde_json::from_slice::<serde_json::Value>(black_box(&body)).unwrap());
    }
}

/// A keep-alive HTTP/1.1 server on 127.0.0.1 that answers every request with `token` for the
/// token path and `body` otherwise; it reads each request's headers and body first.
fn serve(runtime: &tokio::runtime::Runtime, body: &'static str) -> SocketAddr {
    const TOKEN: &str = r#"{"access_token": "bench", "token_type": "bearer", "expires_in": 3600}"#;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = listener.local_addr().unwrap();
        tokio::spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else { return };
                tokio::spawn(async move {
                    let mut buffer = Vec::with_capacity(8192);
                    loop {
                        // One request: headers up to the blank line, then Content-Length bytes.
                        let header_end = loop {
                            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                                break end + 4;
                            }
                            let mut chunk = [0u8; 4096];
                            match socket.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                            }
                        };
                        let head = String::from_utf8_lossy(&buffer[..header_end]).to_ascii_lowercase();
                        let length: usize = head.lines().find_map(|l| l.strip_prefix("content-length:")).and_then(|v| v.trim().parse().ok()).unwrap_or(0);
                        while buffer.len() < header_end + length {
                            let mut chunk = [0u8; 4096];
                            match socket.read(&mut chunk).await {
                                Ok(0) | Err(_) => return,
                                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
                            }
                        }
                        let answer = if head.contains("/oauth2/token") { TOKEN } else { body };
                        buffer.drain(..header_end + length);
                        let response = format!("HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n{answer}", answer.len());
                        if socket.write_all(response.as_bytes()).await.is_err() {
                            return;
                        }
                    }
                });
            }
        });
        address
    })
}

/// A typical small response: a reference-data list of three values.
const SMALL_BODY: &str = r#"{"referenceCode": "accountStatus", "referenceValues": [{"code": "ACTIVE", "description": "Aktywny"}, {"code": "CLOSED", "description": "Zamknięty"}, {"code": "BLOCKED", "description": "Zablokowany"}]}"#;

mod one_call {
    use super::*;

    fn runtime() -> tokio::runtime::Runtime {
        tokio::runtime::Builder::new_current_thread().enable_all().build().unwrap()
    }

    #[divan::bench]
    fn citi_poland_client(bencher: Bencher) {
        let runtime = runtime();
        let address = serve(&runtime, SMALL_BODY);
        let config = Config::builder("bench-client", "bench-secret").base_url(format!("http://{address}")).build();
        let client = runtime.block_on(async { utilities::Client::new(config) }).unwrap();
        // The first call fetches the token; the measured ones use the cached one, as a service does.
        let first = runtime.block_on(client.retrieve_reference_data("accountStatus").send()).unwrap();
        assert_eq!(first.reference_values.map(|values| values.len()), Some(3));
        bencher.bench_local(|| runtime.block_on(client.retrieve_reference_data(black_box("accountStatus")).send()).unwrap());
    }

    #[divan::bench]
    fn bare_reqwest(bencher: Bencher) {
        let runtime = runtime();
        let address = serve(&runtime, SMALL_BODY);
        let http = citi_poland::reqwest::Client::new();
        let url = format!("http://{address}/v1/utilities/referenceData/accountStatus");
        bencher.bench_local(|| {
            runtime.block_on(async {
                let response = http.get(black_box(url.as_str())).header("authorization", "Bearer bench").send().await.unwrap();
                let bytes = response.bytes().await.unwrap();
                serde_json::from_slice::<utilities::types::ReferenceDataResponse>(&bytes).unwrap()
            })
        });
    }
}
