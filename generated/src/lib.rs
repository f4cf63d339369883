//! Typed async client for the Citi Handlowy (Poland) APIs on the Citi Developer Portal.
//!
//! One module per product, each behind a cargo feature of the same name (all on by default):
//! [`accounts`], [`authorize`], [`customers`], [`money_movement`], [`onboarding`],
//! [`pay_with_points`], [`utilities`]. Each has a `Client` with one method per operation,
//! request and response types in `types`, and request builders in `operations`. The product
//! modules are generated from the OpenAPI definitions in the repository's `specs/` folder;
//! [`runtime`] is written by hand.
//!
//! # Calling the API
//!
//! A [`Config`] holds the application's credentials and the environment (the sandbox by
//! default). Every client made from it, or from another client, shares one connection pool and
//! one token cache.
//!
//! ```no_run
//! use citi_poland::runtime::{AuthorizeRequest, Config, Environment};
//! use citi_poland::{accounts, money_movement, utilities, Error};
//!
//! # async fn run(callback_url: &str) -> Result<(), Box<dyn std::error::Error>> {
//! let config = Config::builder("my-client-id", "my-client-secret")
//!     .environment(Environment::Sandbox)
//!     .default_header("Accept-Language", "pl-pl")
//!     .build();
//!
//! // Two-legged (client credentials): the token is fetched, cached and refreshed for you.
//! let utilities = utilities::Client::new(config)?;
//! let statuses = utilities.retrieve_reference_data("accountStatus").await?;
//! println!("{} account statuses", statuses.reference_values.unwrap_or_default().len());
//!
//! // Three-legged (authorization code): starting an authorization makes a fresh `state` and a
//! // PKCE challenge; send the customer to its URL and keep `pending` (server side, e.g. in the
//! // web session) until Citi sends them back.
//! let accounts = accounts::Client::from_api_client(utilities.api_client());
//! let flow = accounts.api_client().authorization_code()?;
//! let request = AuthorizeRequest::new("https://partner.example.pl/callback", ["accounts_details_transactions"]).locale("pl");
//! let pending = flow.start(request)?;
//! println!("log in at {}", pending.authorize_url());
//! // `callback_url` is the URL the customer's browser came back to. Completing checks its
//! // `state` (a forged callback is `AuthError::StateMismatch`, a refusal
//! // `AuthError::AuthorizationDenied`, and neither sends anything), then exchanges the code.
//! let session = flow.complete(pending, callback_url, "customer-42").await?;
//! let accounts = accounts.with_session(session);
//!
//! match accounts.retrieve_account_details("8d1e1b4c6f2a4e0b9b1f3c5d7e9a0b2c").await {
//!     Ok(details) => println!("{:?}", details.checking_account.map(|a| a.available_balance)),
//!     // Citi's error body, decoded: type, code, details, location, moreInfo.
//!     Err(Error::Api(error)) if error.status == 404 => println!("no such account: {:?}", error.body),
//!     Err(error) => return Err(error.into()),
//! }
//!
//! // A money transfer is two calls: preprocess returns a control flow id, confirm executes.
//! // Neither is ever retried automatically.
//! let transfers = money_movement::Client::from_api_client(accounts.api_client());
//! let payees = transfers.retrieve_payees().await?;
//! println!("{} payees", payees.payee_list.len());
//! # Ok(())
//! # }
//! ```
//!
//! # Errors
//!
//! Every call returns `Result<T, Error<E>>`: [`Error::Api`] when the server answered with an
//! error status (with the documented body `E` when it matches, and always the raw body),
//! [`Error::Transport`] when the request did not complete (including the call's deadline and an
//! oversized body), [`Error::Decode`] when a success body does not match the spec (with the JSON
//! path), [`Error::Auth`] when no token could be had, [`Error::Request`] when the request could
//! not be built, and [`Error::Hook`] when the configured [`Hook`](runtime::Hook) refused it.
//!
//! The path of a decode error is read off the body at the place serde_json stopped, so a body is
//! decoded once, failed or not. A `Deserialize` of your own, used inside these types' bodies,
//! that rejects a value after reading all of it (as the generated unions do) should make its
//! error with [`runtime::json::invalid`] or [`runtime::json::invalid_raw`]; for any other such
//! error the path may name the object or array around the value, or the element after it.
//!
//! An error's `Display` reads as a message (`` `retrieveAccountDetails` failed with HTTP 404 Not
//! Found: resourceNotFound: No such account ``). Neither `Display` nor `Debug` of any error shows
//! a body, a header value, a URL query or a token; tokens, codes and client secrets are
//! [`SecretString`](runtime::SecretString)s, in generated types too, and print as `[REDACTED]`.
//!
//! # Exact amounts
//!
//! Money is [`rust_decimal::Decimal`], read from the digits of the JSON number and written back
//! the same way (`10.50` stays `10.50`): never through `f64`. A number that a `Decimal` cannot
//! hold exactly is a decode error, not a rounding. This needs only serde_json's additive
//! `raw_value` feature; serde_json behaves for the rest of your build as it does without this
//! crate (its `arbitrary_precision` feature stays off).
//!
//! # Serde
//!
//! A type implements `Serialize` when a request sends it and `Deserialize` when a response
//! brings it (both when it does both, or when it is outside every operation or part of a type
//! that is; enums always have both).
//! Turn on the `full-serde` feature to give every type both, for example to store a
//! response as JSON or read a request from a file.
//!
//! # Dependencies you may need to name
//!
//! The crates whose types appear in the API are re-exported: [`chrono`], [`rust_decimal`],
//! [`uuid`], [`serde_json`], [`secrecy`], [`url`], [`bytes`] and [`reqwest`], so
//! `citi_poland::rust_decimal::Decimal` is always the version the client uses.
#![forbid(unsafe_code)]
// On docs.rs (and `cargo xtask test`'s docs check), each product's items carry a badge naming the
// cargo feature they need.
#![cfg_attr(docsrs, feature(doc_cfg))]

mod apis;
#[warn(missing_docs)]
pub mod runtime;

#[doc(inline)]
pub use apis::*;
pub use runtime::{Config, Environment, Error};

// The crates whose types appear in this crate's public API, so that callers name the same
// versions without adding (and guessing) the dependencies themselves.
/// Dates and times (`NaiveDate`, `DateTime<FixedOffset>`) of generated types.
pub use chrono;
/// Exact decimals (`Decimal`): every amount of money.
pub use rust_decimal;
/// `Uuid` fields, and the request-id header.
pub use uuid;
/// `Value`: free-form JSON fields.
pub use serde_json;
/// `SecretString`: client secrets and tokens.
pub use secrecy;
/// `Url`: base URLs and the authorize URL.
pub use url;
/// `Bytes`: binary bodies.
pub use bytes;
/// The HTTP client: `reqwest::header::HeaderMap` in responses and errors.
pub use reqwest;
