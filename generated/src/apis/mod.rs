// @generated from specs/crate.toml by `cargo xtask generate`. Do not edit by hand.

#[cfg(feature = "accounts")]
pub mod accounts;
#[cfg(feature = "authorize")]
pub mod authorize;
#[cfg(feature = "customers")]
pub mod customers;
#[cfg(feature = "money-movement")]
pub mod money_movement;
#[cfg(feature = "onboarding")]
pub mod onboarding;
#[cfg(feature = "pay-with-points")]
pub mod pay_with_points;
#[cfg(feature = "utilities")]
pub mod utilities;
