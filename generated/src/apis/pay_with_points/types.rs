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
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CardDetails {
    /// Encrypted identifier of the card.
    pub card_id: String,
}
rt::object::serde_impls!(
    CardDetails, always, full_serde,
    (card_id, "cardId", required),
);
rt::object::builder!(
    CardDetails,
    (new card_id, String, required),
);
pub use crate::apis::common::ErrorResponse;
/// Point balance of a linked card.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PointBalanceResponse {
    /// Points available for redemption.
    pub available_point_balance: Option<i64>,
    /// Value of one point in the currency (currency per point).
    pub program_conversion_rate: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the conversion rate.
    pub currency_code: Option<String>,
    /// Maximum number of points that may be redeemed.
    pub maximum_points_to_redeem: Option<i64>,
    /// Minimum number of points that may be redeemed.
    pub minimum_points_to_redeem: Option<i64>,
}
rt::object::serde_impls!(
    PointBalanceResponse, full_serde, always,
    (available_point_balance, "availablePointBalance", optional),
    (program_conversion_rate, "programConversionRate", optional, number),
    (currency_code, "currencyCode", optional),
    (maximum_points_to_redeem, "maximumPointsToRedeem", optional),
    (minimum_points_to_redeem, "minimumPointsToRedeem", optional),
);
/// The order paid with points.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RedemptionOrder {
    /// Amount paid with points.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amount.
    pub currency_code: Option<String>,
    /// Number of points to redeem.
    pub points_to_redeem: Option<i64>,
    /// Description of the order.
    pub transaction_description: Option<String>,
}
rt::object::serde_impls!(
    RedemptionOrder, always, full_serde,
    (transaction_amount, "transactionAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (points_to_redeem, "pointsToRedeem", optional),
    (transaction_description, "transactionDescription", optional),
);
rt::object::builder!(
    RedemptionOrder,
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
    (set currency_code, with_currency_code, String, optional),
    (set points_to_redeem, with_points_to_redeem, i64, optional),
    (set transaction_description, with_transaction_description, String, optional),
);
/// Redemption of points for a merchant order.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RedemptionRequest {
    /// The merchant's order reference.
    pub transaction_reference_number: String,
    pub redemption_order: RedemptionOrder,
}
rt::object::serde_impls!(
    RedemptionRequest, always, full_serde,
    (transaction_reference_number, "transactionReferenceNumber", required),
    (redemption_order, "redemptionOrder", required),
);
rt::object::builder!(
    RedemptionRequest,
    (new transaction_reference_number, String, required),
    (new redemption_order, RedemptionOrder, required),
);
/// Result of the redemption (seen only in the US/MX mock; inferred for Poland).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RedemptionResponse {
    /// Identifier of the redemption order.
    pub order_id: Option<String>,
    /// Points left after the redemption.
    pub available_point_balance: Option<i64>,
}
rt::object::serde_impls!(
    RedemptionResponse, full_serde, always,
    (order_id, "orderID", optional),
    (available_point_balance, "availablePointBalance", optional),
);
/// Reward point balance of one card.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RewardAccount {
    /// Encrypted identifier of the card.
    pub card_id: String,
    /// Masked card number.
    pub display_card_number: String,
    /// Points available.
    pub available_point_balance: f64,
    /// Reward category of the card. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `rewardCategoryCode`).
    pub reward_category_code: Option<String>,
    /// Point balance at the last statement.
    pub last_statement_point_balance: Option<f64>,
    /// Points earned.
    pub points_earned: Option<f64>,
    pub reward_account_error_details: Option<ErrorResponse>,
}
rt::object::serde_impls!(
    RewardAccount, full_serde, always,
    (card_id, "cardId", required),
    (display_card_number, "displayCardNumber", required),
    (available_point_balance, "availablePointBalance", required),
    (reward_category_code, "rewardCategoryCode", optional),
    (last_statement_point_balance, "lastStatementPointBalance", optional),
    (points_earned, "pointsEarned", optional),
    (reward_account_error_details, "rewardAccountErrorDetails", optional),
);
/// Activation of a card link.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RewardsActivationRequest {
    /// The 6-digit one-time password the card holder received by SMS.
    pub linkage_confirmation_code: crate::runtime::SecretString,
}
rt::object::serde_impls!(
    RewardsActivationRequest, always, full_serde,
    (linkage_confirmation_code, "linkageConfirmationCode", required),
);
rt::object::builder!(
    RewardsActivationRequest,
    (new linkage_confirmation_code, crate ::runtime::SecretString, required),
);
/// The cards whose reward point balances are requested.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RewardsInquiryRequest {
    /// The cards to read.
    pub card_details: Option<Vec<CardDetails>>,
}
rt::object::serde_impls!(
    RewardsInquiryRequest, always, full_serde,
    (card_details, "cardDetails", optional),
);
rt::object::builder!(
    RewardsInquiryRequest,
    (set card_details, with_card_details, Vec<CardDetails>, optional),
);
/// Reward point balances of the requested cards.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RewardsInquiryResponse {
    /// One entry per requested card.
    pub reward_accounts: Vec<RewardAccount>,
}
rt::object::serde_impls!(
    RewardsInquiryResponse, full_serde, always,
    (reward_accounts, "rewardAccounts", required),
);
/// Enrolment of a card for paying with points.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RewardsLinkageRequest {
    /// Last four digits of the card number.
    pub last_four_digits_card_number: String,
    /// The card holder's mobile phone number registered with Citi.
    pub citi_card_holder_phone_number: String,
    /// The merchant's identifier of the customer.
    pub merchant_customer_reference_id: String,
}
rt::object::serde_impls!(
    RewardsLinkageRequest, always, full_serde,
    (last_four_digits_card_number, "lastFourDigitsCardNumber", required),
    (citi_card_holder_phone_number, "citiCardHolderPhoneNumber", required),
    (merchant_customer_reference_id, "merchantCustomerReferenceId", required),
);
rt::object::builder!(
    RewardsLinkageRequest,
    (new last_four_digits_card_number, String, required),
    (new citi_card_holder_phone_number, String, required),
    (new merchant_customer_reference_id, String, required),
);
/// Result of the enrolment.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RewardsLinkageResponse {
    /// Link code used on all later calls for this card.
    pub reward_link_code: Option<String>,
}
rt::object::serde_impls!(
    RewardsLinkageResponse, full_serde, always,
    (reward_link_code, "rewardLinkCode", optional),
);
