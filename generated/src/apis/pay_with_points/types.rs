// @generated from specs/pay-with-points.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// One card to read.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CardDetails {
    /// Encrypted identifier of the card.
    pub card_id: String,
}
impl CardDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(card_id: impl Into<String>) -> Self {
        Self { card_id: card_id.into() }
    }
}
pub use crate::apis::common::ErrorResponse;
/// Point balance of a linked card.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PointBalanceResponse {
    /// Points available for redemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_point_balance: Option<i64>,
    /// Value of one point in the currency (currency per point).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub program_conversion_rate: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the conversion rate.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Maximum number of points that may be redeemed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maximum_points_to_redeem: Option<i64>,
    /// Minimum number of points that may be redeemed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub minimum_points_to_redeem: Option<i64>,
}
/// The order paid with points.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RedemptionOrder {
    /// Amount paid with points.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amount.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Number of points to redeem.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_to_redeem: Option<i64>,
    /// Description of the order.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_description: Option<String>,
}
impl RedemptionOrder {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_amount: None,
            currency_code: None,
            points_to_redeem: None,
            transaction_description: None,
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(mut self, value: impl Into<String>) -> Self {
        self.currency_code = Some(value.into());
        self
    }
    /// Sets `points_to_redeem`.
    #[must_use]
    pub fn with_points_to_redeem(mut self, value: impl Into<i64>) -> Self {
        self.points_to_redeem = Some(value.into());
        self
    }
    /// Sets `transaction_description`.
    #[must_use]
    pub fn with_transaction_description(mut self, value: impl Into<String>) -> Self {
        self.transaction_description = Some(value.into());
        self
    }
}
/// Redemption of points for a merchant order.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RedemptionRequest {
    /// The merchant's order reference.
    pub transaction_reference_number: String,
    pub redemption_order: RedemptionOrder,
}
impl RedemptionRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_number: impl Into<String>,
        redemption_order: impl Into<RedemptionOrder>,
    ) -> Self {
        Self {
            transaction_reference_number: transaction_reference_number.into(),
            redemption_order: redemption_order.into(),
        }
    }
}
/// Result of the redemption (seen only in the US/MX mock; inferred for Poland).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RedemptionResponse {
    /// Identifier of the redemption order.
    #[serde(rename = "orderID", default, skip_serializing_if = "Option::is_none")]
    pub order_id: Option<String>,
    /// Points left after the redemption.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_point_balance: Option<i64>,
}
/// Reward point balance of one card.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardAccount {
    /// Encrypted identifier of the card.
    pub card_id: String,
    /// Masked card number.
    pub display_card_number: String,
    /// Points available.
    pub available_point_balance: f64,
    /// Reward category of the card. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `rewardCategoryCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward_category_code: Option<String>,
    /// Point balance at the last statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_point_balance: Option<f64>,
    /// Points earned.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub points_earned: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward_account_error_details: Option<ErrorResponse>,
}
/// Activation of a card link.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardsActivationRequest {
    /// The 6-digit one-time password the card holder received by SMS.
    pub linkage_confirmation_code: crate::runtime::SecretString,
}
impl RewardsActivationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        linkage_confirmation_code: impl Into<crate::runtime::SecretString>,
    ) -> Self {
        Self {
            linkage_confirmation_code: linkage_confirmation_code.into(),
        }
    }
}
/// The cards whose reward point balances are requested.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardsInquiryRequest {
    /// The cards to read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_details: Option<Vec<CardDetails>>,
}
impl RewardsInquiryRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { card_details: None }
    }
    /// Sets `card_details`.
    #[must_use]
    pub fn with_card_details(mut self, value: impl Into<Vec<CardDetails>>) -> Self {
        self.card_details = Some(value.into());
        self
    }
}
/// Reward point balances of the requested cards.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardsInquiryResponse {
    /// One entry per requested card.
    pub reward_accounts: Vec<RewardAccount>,
}
/// Enrolment of a card for paying with points.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardsLinkageRequest {
    /// Last four digits of the card number.
    pub last_four_digits_card_number: String,
    /// The card holder's mobile phone number registered with Citi.
    pub citi_card_holder_phone_number: String,
    /// The merchant's identifier of the customer.
    pub merchant_customer_reference_id: String,
}
impl RewardsLinkageRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        last_four_digits_card_number: impl Into<String>,
        citi_card_holder_phone_number: impl Into<String>,
        merchant_customer_reference_id: impl Into<String>,
    ) -> Self {
        Self {
            last_four_digits_card_number: last_four_digits_card_number.into(),
            citi_card_holder_phone_number: citi_card_holder_phone_number.into(),
            merchant_customer_reference_id: merchant_customer_reference_id.into(),
        }
    }
}
/// Result of the enrolment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RewardsLinkageResponse {
    /// Link code used on all later calls for this card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reward_link_code: Option<String>,
}
