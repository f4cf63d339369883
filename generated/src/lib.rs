//! Typed async client for the Citi Handlowy (Poland) APIs on the Citi Developer Portal.
//!
//! One module per product, each behind a cargo feature of the same name (all on by default):
//! [`accounts`], [`authorize`], [`customers`], [`money_movement`], [`onboarding`],
//! [`pay_with_points`], [`utilities`]. Each has a `Client` with one method per operation,
//! request and response types in `types`, and request builders in `operations`.
//!
//! The product modules are generated from the OpenAPI definitions in the repository's `specs/`
//! folder; [`runtime`] is written by hand.
#![forbid(unsafe_code)]

mod apis;
#[warn(missing_docs)]
pub mod runtime;

#[doc(inline)]
pub use apis::*;
pub use runtime::{Config, Environment, Error};
