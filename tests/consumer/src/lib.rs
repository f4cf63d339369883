//! Code a team that depends on `citi-poland` might write: its own serde types next to the
//! client, amounts named through the client's re-exports (this crate does not depend on
//! `rust_decimal`, `chrono` or `uuid` itself), and calls spawned onto the runtime.

use std::collections::BTreeMap;

use citi_poland::chrono::NaiveDate;
use citi_poland::rust_decimal::Decimal;
use citi_poland::utilities;
use serde::Deserialize;

/// The team's untagged enum: which shape a reading has.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(untagged)]
pub enum Reading {
    Number { a: f64 },
    Text { b: String },
}

/// The team's struct that keeps unknown fields in a flattened map.
#[derive(Debug, PartialEq, Deserialize)]
pub struct Envelope {
    pub a: f64,
    #[serde(flatten)]
    pub rest: BTreeMap<String, serde_json::Value>,
}

/// The team's internally tagged enum.
#[derive(Debug, PartialEq, Deserialize)]
#[serde(tag = "kind")]
pub enum Event {
    Measured { a: f64 },
    Named { b: String },
}

/// The sum of some amounts, exactly.
pub fn total(amounts: &[Decimal]) -> Decimal {
    amounts.iter().sum()
}

/// The first day of a month, as the client's dates are typed.
pub fn first_of(year: i32, month: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year, month, 1)
}

/// Looks up reference data on a task of its own: the request's future owns everything it
/// needs (`'static + Send`), so it can outlive the borrow of `client`.
pub fn spawn_lookup(client: &utilities::Client, code: &str) -> tokio::task::JoinHandle<Result<String, String>> {
    let call = client.retrieve_reference_data(code).send();
    tokio::spawn(async move { call.await.map(|response| format!("{response:?}")).map_err(|error| error.to_string()) })
}
