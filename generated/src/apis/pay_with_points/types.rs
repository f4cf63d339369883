// @generated from specs/pay-with-points.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// One card to read.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CardDetails {
    /// Encrypted identifier of the card.
    #[serde(rename = "cardId")]
    pub card_id: ::std::string::String,
}
impl CardDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(card_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self { card_id: card_id.into() }
    }
}
/// Error body returned by every resource API. The client decodes it when it can; an error body that does not match this schema still reaches the caller as the status and the raw body.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// Kind of error. Citi documents `invalid` (request rejected as malformed), `warn` (request partially processed), `error` (request accepted but failed) and `fatal` (technical fault on Citi's side; retry later); other Citi products send the same kinds in capitals (`ERROR`, ...). Any string is accepted.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    /// Machine-readable error code, for example `invalidRequest` or `resourceNotFound`.
    pub code: ::std::string::String,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    /// The request field that caused the error, when there is one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// Further information, free-form: usually a link to documentation of the error (a string); in an MFA step-up (403) an object carrying the `controlFlowId` of the flow to continue.
    #[serde(
        rename = "moreInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub more_info: ::std::option::Option<::serde_json::Value>,
}
impl ErrorResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            code: code.into(),
            details: ::std::option::Option::None,
            location: ::std::option::Option::None,
            more_info: ::std::option::Option::None,
        }
    }
    /// Sets `details`.
    #[must_use]
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `location`.
    #[must_use]
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `more_info`.
    #[must_use]
    pub fn with_more_info(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.more_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// Point balance of a linked card.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PointBalanceResponse {
    /// Points available for redemption.
    #[serde(
        rename = "availablePointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_point_balance: ::std::option::Option<i64>,
    /// Value of one point in the currency (currency per point).
    #[serde(
        rename = "programConversionRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub program_conversion_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the conversion rate.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Maximum number of points that may be redeemed.
    #[serde(
        rename = "maximumPointsToRedeem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maximum_points_to_redeem: ::std::option::Option<i64>,
    /// Minimum number of points that may be redeemed.
    #[serde(
        rename = "minimumPointsToRedeem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub minimum_points_to_redeem: ::std::option::Option<i64>,
}
impl PointBalanceResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            available_point_balance: ::std::option::Option::None,
            program_conversion_rate: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            maximum_points_to_redeem: ::std::option::Option::None,
            minimum_points_to_redeem: ::std::option::Option::None,
        }
    }
    /// Sets `available_point_balance`.
    #[must_use]
    pub fn with_available_point_balance(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.available_point_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `program_conversion_rate`.
    #[must_use]
    pub fn with_program_conversion_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.program_conversion_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maximum_points_to_redeem`.
    #[must_use]
    pub fn with_maximum_points_to_redeem(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.maximum_points_to_redeem = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_points_to_redeem`.
    #[must_use]
    pub fn with_minimum_points_to_redeem(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.minimum_points_to_redeem = ::std::option::Option::Some(value.into());
        self
    }
}
/// The order paid with points.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RedemptionOrder {
    /// Amount paid with points.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amount.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Number of points to redeem.
    #[serde(
        rename = "pointsToRedeem",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub points_to_redeem: ::std::option::Option<i64>,
    /// Description of the order.
    #[serde(
        rename = "transactionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_description: ::std::option::Option<::std::string::String>,
}
impl RedemptionOrder {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            points_to_redeem: ::std::option::Option::None,
            transaction_description: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `points_to_redeem`.
    #[must_use]
    pub fn with_points_to_redeem(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.points_to_redeem = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_description`.
    #[must_use]
    pub fn with_transaction_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_description = ::std::option::Option::Some(value.into());
        self
    }
}
/// Redemption of points for a merchant order.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RedemptionRequest {
    /// The merchant's order reference.
    #[serde(rename = "transactionReferenceNumber")]
    pub transaction_reference_number: ::std::string::String,
    #[serde(rename = "redemptionOrder")]
    pub redemption_order: RedemptionOrder,
}
impl RedemptionRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_reference_number: impl ::std::convert::Into<::std::string::String>,
        redemption_order: impl ::std::convert::Into<RedemptionOrder>,
    ) -> Self {
        Self {
            transaction_reference_number: transaction_reference_number.into(),
            redemption_order: redemption_order.into(),
        }
    }
}
/// Result of the redemption (seen only in the US/MX mock; inferred for Poland).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RedemptionResponse {
    /// Identifier of the redemption order.
    #[serde(
        rename = "orderID",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_id: ::std::option::Option<::std::string::String>,
    /// Points left after the redemption.
    #[serde(
        rename = "availablePointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_point_balance: ::std::option::Option<i64>,
}
impl RedemptionResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            order_id: ::std::option::Option::None,
            available_point_balance: ::std::option::Option::None,
        }
    }
    /// Sets `order_id`.
    #[must_use]
    pub fn with_order_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_point_balance`.
    #[must_use]
    pub fn with_available_point_balance(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.available_point_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// Reward point balance of one card.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardAccount {
    /// Encrypted identifier of the card.
    #[serde(rename = "cardId")]
    pub card_id: ::std::string::String,
    /// Masked card number.
    #[serde(rename = "displayCardNumber")]
    pub display_card_number: ::std::string::String,
    /// Points available.
    #[serde(rename = "availablePointBalance")]
    pub available_point_balance: f64,
    /// Reward category of the card. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `rewardCategoryCode`).
    #[serde(
        rename = "rewardCategoryCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reward_category_code: ::std::option::Option<::std::string::String>,
    /// Point balance at the last statement.
    #[serde(
        rename = "lastStatementPointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_point_balance: ::std::option::Option<f64>,
    /// Points earned.
    #[serde(
        rename = "pointsEarned",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub points_earned: ::std::option::Option<f64>,
    #[serde(
        rename = "rewardAccountErrorDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reward_account_error_details: ::std::option::Option<ErrorResponse>,
}
impl RewardAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        card_id: impl ::std::convert::Into<::std::string::String>,
        display_card_number: impl ::std::convert::Into<::std::string::String>,
        available_point_balance: impl ::std::convert::Into<f64>,
    ) -> Self {
        Self {
            card_id: card_id.into(),
            display_card_number: display_card_number.into(),
            available_point_balance: available_point_balance.into(),
            reward_category_code: ::std::option::Option::None,
            last_statement_point_balance: ::std::option::Option::None,
            points_earned: ::std::option::Option::None,
            reward_account_error_details: ::std::option::Option::None,
        }
    }
    /// Sets `reward_category_code`.
    #[must_use]
    pub fn with_reward_category_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reward_category_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_point_balance`.
    #[must_use]
    pub fn with_last_statement_point_balance(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.last_statement_point_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `points_earned`.
    #[must_use]
    pub fn with_points_earned(mut self, value: impl ::std::convert::Into<f64>) -> Self {
        self.points_earned = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reward_account_error_details`.
    #[must_use]
    pub fn with_reward_account_error_details(
        mut self,
        value: impl ::std::convert::Into<ErrorResponse>,
    ) -> Self {
        self.reward_account_error_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Activation of a card link.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardsActivationRequest {
    /// The 6-digit one-time password the card holder received by SMS.
    #[serde(rename = "linkageConfirmationCode")]
    pub linkage_confirmation_code: crate::runtime::SecretString,
}
impl RewardsActivationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        linkage_confirmation_code: impl ::std::convert::Into<
            crate::runtime::SecretString,
        >,
    ) -> Self {
        Self {
            linkage_confirmation_code: linkage_confirmation_code.into(),
        }
    }
}
/// The cards whose reward point balances are requested.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardsInquiryRequest {
    /// The cards to read.
    #[serde(
        rename = "cardDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_details: ::std::option::Option<::std::vec::Vec<CardDetails>>,
}
impl RewardsInquiryRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            card_details: ::std::option::Option::None,
        }
    }
    /// Sets `card_details`.
    #[must_use]
    pub fn with_card_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<CardDetails>>,
    ) -> Self {
        self.card_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Reward point balances of the requested cards.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardsInquiryResponse {
    /// One entry per requested card.
    #[serde(rename = "rewardAccounts")]
    pub reward_accounts: ::std::vec::Vec<RewardAccount>,
}
impl RewardsInquiryResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        reward_accounts: impl ::std::convert::Into<::std::vec::Vec<RewardAccount>>,
    ) -> Self {
        Self {
            reward_accounts: reward_accounts.into(),
        }
    }
}
/// Enrolment of a card for paying with points.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardsLinkageRequest {
    /// Last four digits of the card number.
    #[serde(rename = "lastFourDigitsCardNumber")]
    pub last_four_digits_card_number: ::std::string::String,
    /// The card holder's mobile phone number registered with Citi.
    #[serde(rename = "citiCardHolderPhoneNumber")]
    pub citi_card_holder_phone_number: ::std::string::String,
    /// The merchant's identifier of the customer.
    #[serde(rename = "merchantCustomerReferenceId")]
    pub merchant_customer_reference_id: ::std::string::String,
}
impl RewardsLinkageRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        last_four_digits_card_number: impl ::std::convert::Into<::std::string::String>,
        citi_card_holder_phone_number: impl ::std::convert::Into<::std::string::String>,
        merchant_customer_reference_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            last_four_digits_card_number: last_four_digits_card_number.into(),
            citi_card_holder_phone_number: citi_card_holder_phone_number.into(),
            merchant_customer_reference_id: merchant_customer_reference_id.into(),
        }
    }
}
/// Result of the enrolment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RewardsLinkageResponse {
    /// Link code used on all later calls for this card.
    #[serde(
        rename = "rewardLinkCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reward_link_code: ::std::option::Option<::std::string::String>,
}
impl RewardsLinkageResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            reward_link_code: ::std::option::Option::None,
        }
    }
    /// Sets `reward_link_code`.
    #[must_use]
    pub fn with_reward_link_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reward_link_code = ::std::option::Option::Some(value.into());
        self
    }
}
