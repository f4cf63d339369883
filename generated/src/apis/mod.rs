// @generated from specs/crate.toml by `cargo xtask generate`. Do not edit by hand.

pub mod common;
#[cfg(feature = "accounts")]
#[cfg_attr(docsrs, doc(cfg(feature = "accounts")))]
pub mod accounts;
#[cfg(feature = "authorize")]
#[cfg_attr(docsrs, doc(cfg(feature = "authorize")))]
pub mod authorize;
#[cfg(feature = "customers")]
#[cfg_attr(docsrs, doc(cfg(feature = "customers")))]
pub mod customers;
#[cfg(feature = "money-movement")]
#[cfg_attr(docsrs, doc(cfg(feature = "money-movement")))]
pub mod money_movement;
#[cfg(feature = "onboarding")]
#[cfg_attr(docsrs, doc(cfg(feature = "onboarding")))]
pub mod onboarding;
#[cfg(feature = "pay-with-points")]
#[cfg_attr(docsrs, doc(cfg(feature = "pay-with-points")))]
pub mod pay_with_points;
#[cfg(feature = "utilities")]
#[cfg_attr(docsrs, doc(cfg(feature = "utilities")))]
pub mod utilities;
