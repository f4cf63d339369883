// @generated from specs/crate.toml by `cargo xtask generate`. Do not edit by hand.

/// The `accounts` product (cargo feature `accounts`).
#[cfg(feature = "accounts")]
pub mod accounts;
/// The `authorize` product (cargo feature `authorize`).
#[cfg(feature = "authorize")]
pub mod authorize;
/// The `customers` product (cargo feature `customers`).
#[cfg(feature = "customers")]
pub mod customers;
/// The `money-movement` product (cargo feature `money-movement`).
#[cfg(feature = "money-movement")]
pub mod money_movement;
/// The `onboarding` product (cargo feature `onboarding`).
#[cfg(feature = "onboarding")]
pub mod onboarding;
/// The `pay-with-points` product (cargo feature `pay-with-points`).
#[cfg(feature = "pay-with-points")]
pub mod pay_with_points;
/// The `utilities` product (cargo feature `utilities`).
#[cfg(feature = "utilities")]
pub mod utilities;
