// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Completes a transfer to a proxy after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl AccountProxyTransfersConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to a proxy, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_enrollment_status: Option<String>,
}
/// Preprocess request of a transfer to an account registered under a proxy (such as a phone number).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    pub proxy_payment_type: String,
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// The proxy the destination account is registered under (for example a mobile phone number).
    pub proxy_account_id: String,
    /// Kind of proxy in `proxyAccountId`. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyAccountIdType`).
    pub proxy_account_id_type: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Reference of the bill the transfer pays, when it pays one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
}
impl AccountProxyTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        proxy_payment_type: impl Into<String>,
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        proxy_account_id: impl Into<String>,
        proxy_account_id_type: impl Into<String>,
        charge_bearer: impl Into<String>,
    ) -> Self {
        Self {
            proxy_payment_type: proxy_payment_type.into(),
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            proxy_account_id: proxy_account_id.into(),
            proxy_account_id_type: proxy_account_id_type.into(),
            charge_bearer: charge_bearer.into(),
            bill_reference_number: None,
            remarks: None,
            transfer_purpose: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `bill_reference_number`.
    #[must_use]
    pub fn with_bill_reference_number(mut self, value: impl Into<String>) -> Self {
        self.bill_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
}
/// A preprocessed transfer to a proxy, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_type: Option<String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
    /// Transaction fee in the local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
}
/// Confirms a preprocessed transfer to a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl AccountProxyTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed transfer to a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_enrollment_status: Option<String>,
}
/// The accounts that can pay a transfer to an account registered under a proxy.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountProxyTransfersSourceAccountEligibilityResponse {
    /// The eligible source accounts.
    pub source_accounts: Vec<SourceAccounts>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Preprocess request of a transfer to a proxy, optionally adding the payee to the registered payees.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    pub proxy_payment_type: String,
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// The proxy the destination account is registered under (for example a mobile phone number).
    pub proxy_account_id: String,
    /// Kind of proxy in `proxyAccountId`. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyAccountIdType`).
    pub proxy_account_id_type: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Reference of the bill the transfer pays, when it pays one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Nickname to register the payee under.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    /// Whether to add the payee to the registered payees when the transfer is confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_enrollment_flag: Option<bool>,
    /// Name of the bank holding the proxy account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Name of the holder of the proxy account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<String>,
}
impl AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        proxy_payment_type: impl Into<String>,
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        proxy_account_id: impl Into<String>,
        proxy_account_id_type: impl Into<String>,
        charge_bearer: impl Into<String>,
    ) -> Self {
        Self {
            proxy_payment_type: proxy_payment_type.into(),
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            proxy_account_id: proxy_account_id.into(),
            proxy_account_id_type: proxy_account_id_type.into(),
            charge_bearer: charge_bearer.into(),
            bill_reference_number: None,
            remarks: None,
            transfer_purpose: None,
            payee_nick_name: None,
            payee_enrollment_flag: None,
            bank_name: None,
            customer_name: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `bill_reference_number`.
    #[must_use]
    pub fn with_bill_reference_number(mut self, value: impl Into<String>) -> Self {
        self.bill_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
    /// Sets `payee_enrollment_flag`.
    #[must_use]
    pub fn with_payee_enrollment_flag(mut self, value: impl Into<bool>) -> Self {
        self.payee_enrollment_flag = Some(value.into());
        self
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(mut self, value: impl Into<String>) -> Self {
        self.bank_name = Some(value.into());
        self
    }
    /// Sets `customer_name`.
    #[must_use]
    pub fn with_customer_name(mut self, value: impl Into<String>) -> Self {
        self.customer_name = Some(value.into());
        self
    }
}
/// A preprocessed transfer to a proxy with payee creation, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_type: Option<String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
    /// Transaction fee in the local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
    /// Range of amounts the customer may transfer to this proxy.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_limit_range: Option<String>,
}
/// Preprocess request of a Citi Global Transfer to an unregistered Citi account abroad.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
impl AdhocCitiGlobalTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<
            PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
        >,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            transfer_purpose: None,
            remarks: None,
        }
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Result of an adhoc Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Preprocess request of a cross-border wire transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
}
impl AdhocCrossBorderWireTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<
            PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
        >,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        charge_bearer: impl Into<String>,
        payment_schedule_type: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            charge_bearer: charge_bearer.into(),
            payment_schedule_type: payment_schedule_type.into(),
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Result of an adhoc cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(with = "rt::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_fee: ::rust_decimal::Decimal,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Preprocess request of a transfer to an unregistered account at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_details: Option<PayeeAccountDetailsAdhocExtTransferPreprocess>,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_details: Option<TaxPaymentDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
}
impl AdhocExtDmstcTransferPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        charge_bearer: impl Into<String>,
        payment_method: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: None,
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            payment_type: None,
            fx_deal_reference_number: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            tax_payment_details: None,
            remarks: None,
            transfer_purpose: None,
        }
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl Into<PayeeAccountDetailsAdhocExtTransferPreprocess>,
    ) -> Self {
        self.payee_account_details = Some(value.into());
        self
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
        self
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `tax_payment_details`.
    #[must_use]
    pub fn with_tax_payment_details(
        mut self,
        value: impl Into<TaxPaymentDetails>,
    ) -> Self {
        self.tax_payment_details = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
}
/// Result of an adhoc external domestic preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Preprocess request of an adhoc external domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_bearer: Option<String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
}
impl AdhocExtDmstcTransferPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<PayeeAccountDetails>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: None,
            payment_method: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
            transfer_purpose: None,
        }
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(mut self, value: impl Into<String>) -> Self {
        self.charge_bearer = Some(value.into());
        self
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
}
/// Result of an adhoc external domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_type: Option<String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
    /// The transaction fee in local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
}
/// Preprocess request of a transfer to an unregistered Citi Handlowy account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocIntTransferPreprocess,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
impl AdhocInternalDmstcTransferPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<PayeeAccountDetailsAdhocIntTransferPreprocess>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Result of an adhoc internal domestic preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(with = "rt::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_fee: ::rust_decimal::Decimal,
}
/// Preprocess request of an adhoc internal domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_bearer: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Sub-purpose of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_sub_purpose: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
}
impl AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<PayeeAccountDetails>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            transfer_purpose: None,
            transfer_sub_purpose: None,
            remarks: None,
            payment_priority: None,
        }
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(mut self, value: impl Into<String>) -> Self {
        self.charge_bearer = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `transfer_sub_purpose`.
    #[must_use]
    pub fn with_transfer_sub_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_sub_purpose = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `payment_priority`.
    #[must_use]
    pub fn with_payment_priority(mut self, value: impl Into<String>) -> Self {
        self.payment_priority = Some(value.into());
        self
    }
}
/// Result of an adhoc internal domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_type: Option<String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
    /// The transaction fee in local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
}
/// Preprocess request of a SEPA transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: String,
    /// Payment notes.
    pub remarks: Vec<Remarks>,
}
impl AdhocSepaTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_account_details: impl Into<PayeeAccountDetails>,
        transaction_currency_code: impl Into<String>,
        remarks: impl Into<Vec<Remarks>>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_account_details: payee_account_details.into(),
            transaction_amount: None,
            transaction_currency_code: transaction_currency_code.into(),
            remarks: remarks.into(),
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
}
/// Result of an adhoc SEPA preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(with = "rt::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Address of the beneficiary's bank.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BankAddress {
    /// Address line 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line1: Option<String>,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// Address line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line3: Option<String>,
}
/// Bank of a payee.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BankDetails {
    /// Local bank code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
}
/// Bank of an unregistered domestic beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BankDetailsExtTransfer {
    /// Local bank code.
    pub bank_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_address: Option<PayeeBankAddress>,
}
impl BankDetailsExtTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(bank_code: impl Into<String>) -> Self {
        Self {
            bank_code: bank_code.into(),
            payee_bank_address: None,
        }
    }
    /// Sets `payee_bank_address`.
    #[must_use]
    pub fn with_payee_bank_address(
        mut self,
        value: impl Into<PayeeBankAddress>,
    ) -> Self {
        self.payee_bank_address = Some(value.into());
        self
    }
}
/// Bank of a SEPA payee.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BankDetailsSepaTransfer {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
}
/// An outstanding bill of a biller payee.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillDetails {
    /// Sequence number of the bill with the biller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_sequence_number: Option<String>,
    /// Amount of the bill.
    #[serde(with = "rt::decimal")]
    pub bill_amount: ::rust_decimal::Decimal,
    /// Due date of the bill (YYYY-MM-DD).
    pub bill_due_date: ::chrono::NaiveDate,
}
/// The outstanding bills of a biller payee, and the references the biller keeps for the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillDetailsInquiryResponse {
    /// Number of the invoice the bills belong to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub invoice_number: Option<String>,
    /// The outstanding bills.
    pub bill_details: Vec<BillDetails>,
    /// The biller's references for the customer.
    pub customer_merchant_reference_details: Vec<CustomerMerchantReferenceDetails>,
}
/// Eligible source accounts and payees for bill payments.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<BillPaymentSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        BillPaymentPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Payee that is a biller (merchant).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Name of the merchant in the local language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name_local: Option<String>,
    /// Identifier of the merchant (biller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_number: Option<String>,
    /// The customer's relationships with the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_information: Option<Vec<MerchantInformation>>,
}
/// A biller payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_payee_account_number: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Identifier of the merchant (biller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_number: Option<String>,
    /// Bill type (sub-category of the merchant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_type_code: Option<String>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
/// An account that can be debited for bill payments.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}
/// Preprocess request of a bill payment to a biller payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentsPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Bill type (sub-category of the merchant).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_type_code: Option<String>,
    /// Free-text bill payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// The customer's reference with the biller.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
}
impl BillPaymentsPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        payee_id: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            bill_type_code: None,
            remarks: None,
            customer_reference_number: None,
            payment_schedule_type: None,
            payment_method: None,
            future_dated_transaction: None,
            standing_instruction: None,
        }
    }
    /// Sets `bill_type_code`.
    #[must_use]
    pub fn with_bill_type_code(mut self, value: impl Into<String>) -> Self {
        self.bill_type_code = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `customer_reference_number`.
    #[must_use]
    pub fn with_customer_reference_number(mut self, value: impl Into<String>) -> Self {
        self.customer_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `payment_method`.
    #[must_use]
    pub fn with_payment_method(mut self, value: impl Into<String>) -> Self {
        self.payment_method = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
}
/// Result of a bill payment preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentsPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Identifier of the merchant (biller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_number: Option<String>,
}
/// Confirms a preprocessed bill payment.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentsRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl BillPaymentsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed bill payment.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BillPaymentsResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Payee reached by Citi Global Transfer (a Citi account in another country).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransferpayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub payee_country_code: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
/// Eligible source accounts and payees for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccountsCitiGlobalTransfer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsCitiGlobalTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Preprocess request of a Citi Global Transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
}
impl CitiGlobalTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            transfer_purpose: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
}
/// Result of a Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Confirms a preprocessed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl CitiGlobalTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CitiGlobalTransfersResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
/// Amount credited to the destination account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditDetails {
    /// Amount credited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_credit_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the credited amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
}
/// An ad hoc international wire transfer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderDetails {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_exchange_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
}
impl CrossBorderDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transfer_currency_indicator: impl Into<String>,
        charge_bearer: impl Into<String>,
        payment_method: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            transaction_amount: transaction_amount.into(),
            payment_type: None,
            foreign_exchange_reference_number: None,
            payment_schedule_type: None,
            payee_account_details: None,
            remarks: None,
        }
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
        self
    }
    /// Sets `foreign_exchange_reference_number`.
    #[must_use]
    pub fn with_foreign_exchange_reference_number(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.foreign_exchange_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Eligible source accounts and payees for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccountsCrossBorderWireTransfer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsCrossBorderWireTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Payee reached by cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub payee_country_code: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Name of the beneficiary's bank.
    pub beneficiary_bank_name: String,
    /// Local bank code of the beneficiary's bank.
    pub beneficiary_bank_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_address: Option<BankAddress>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
/// Preprocess request of a cross-border wire transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
}
impl CrossBorderWireTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        charge_bearer: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            charge_bearer: charge_bearer.into(),
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Result of a cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Confirms a preprocessed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl CrossBorderWireTransfersRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossBorderWireTransfersResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
/// A reference the biller keeps for the customer (for example the customer's number with the biller).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerMerchantReferenceDetails {
    /// Code of the reference.
    pub customer_merchant_reference_code: String,
    /// What the reference is.
    pub customer_merchant_reference_description: String,
}
/// Amount debited from the source account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DebitDetails {
    /// Amount debited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_debit_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the debited amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
}
/// Destination account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DestinationAccount {
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Available balance of the destination account after the transfer.
    #[serde(with = "rt::decimal")]
    pub destination_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the destination account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_currency_code: Option<String>,
}
/// The countries transfers can be sent to, one page at a time.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DestinationListResponse {
    /// The destination countries of this page.
    pub payment_country: Vec<PaymentCountry>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// An own destination account and the source accounts that may fund it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Currency of the destination account (ISO 4217).
    pub destination_account_currency_code: String,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
}
pub use crate::apis::common::ErrorResponse;
/// A bundle of ad hoc transfers to unregistered payees, one of each kind at most.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_domestic_details: Option<InternalDomesticDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_domestic_details: Option<ExternalDomesticDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_details: Option<CrossBorderDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sepa: Option<Sepa>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            internal_domestic_details: None,
            external_domestic_details: None,
            cross_border_details: None,
            sepa: None,
        }
    }
    /// Sets `internal_domestic_details`.
    #[must_use]
    pub fn with_internal_domestic_details(
        mut self,
        value: impl Into<InternalDomesticDetails>,
    ) -> Self {
        self.internal_domestic_details = Some(value.into());
        self
    }
    /// Sets `external_domestic_details`.
    #[must_use]
    pub fn with_external_domestic_details(
        mut self,
        value: impl Into<ExternalDomesticDetails>,
    ) -> Self {
        self.external_domestic_details = Some(value.into());
        self
    }
    /// Sets `cross_border_details`.
    #[must_use]
    pub fn with_cross_border_details(
        mut self,
        value: impl Into<CrossBorderDetails>,
    ) -> Self {
        self.cross_border_details = Some(value.into());
        self
    }
    /// Sets `sepa`.
    #[must_use]
    pub fn with_sepa(mut self, value: impl Into<Sepa>) -> Self {
        self.sepa = Some(value.into());
        self
    }
}
/// The accepted bundle of ad hoc transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Identifier the application gives the bundle of transfers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citi_bundle_id: Option<String>,
    /// Number of transfers in the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_transaction_count: Option<String>,
}
/// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId` (sic: the portal spells this field `controlFllowId`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_fllow_id: Option<String>,
}
impl ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { control_fllow_id: None }
    }
    /// Sets `control_fllow_id`.
    #[must_use]
    pub fn with_control_fllow_id(mut self, value: impl Into<String>) -> Self {
        self.control_fllow_id = Some(value.into());
        self
    }
}
/// The accepted bundle of ad hoc transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Identifier the application gives the bundle of transfers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citi_bundle_id: Option<String>,
    /// Number of transfers in the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_transaction_count: Option<String>,
}
/// A bundle of transfers from one source account to registered payees.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest {
    /// Identifier the application gives the bundle of transfers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bundle_id: Option<String>,
    /// Sum of the amounts of the transfers in the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_transfer_amount: Option<::rust_decimal::Decimal>,
    /// Kind of the transfers in the bundle. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `typeOfTransfers`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub type_of_transfers: Option<String>,
    /// Identifier of the account that pays every transfer of the bundle (encrypted, opaque).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_id: Option<String>,
    /// Internal domestic payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_domestic_payments: Option<Vec<InternalDomesticPayments>>,
    /// External domestic payments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_domestic_payments: Option<Vec<ExternalDomesticPayments>>,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bundle_id: None,
            total_transfer_amount: None,
            type_of_transfers: None,
            source_account_id: None,
            internal_domestic_payments: None,
            external_domestic_payments: None,
        }
    }
    /// Sets `bundle_id`.
    #[must_use]
    pub fn with_bundle_id(mut self, value: impl Into<String>) -> Self {
        self.bundle_id = Some(value.into());
        self
    }
    /// Sets `total_transfer_amount`.
    #[must_use]
    pub fn with_total_transfer_amount(
        mut self,
        value: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_transfer_amount = Some(value.into());
        self
    }
    /// Sets `type_of_transfers`.
    #[must_use]
    pub fn with_type_of_transfers(mut self, value: impl Into<String>) -> Self {
        self.type_of_transfers = Some(value.into());
        self
    }
    /// Sets `source_account_id`.
    #[must_use]
    pub fn with_source_account_id(mut self, value: impl Into<String>) -> Self {
        self.source_account_id = Some(value.into());
        self
    }
    /// Sets `internal_domestic_payments`.
    #[must_use]
    pub fn with_internal_domestic_payments(
        mut self,
        value: impl Into<Vec<InternalDomesticPayments>>,
    ) -> Self {
        self.internal_domestic_payments = Some(value.into());
        self
    }
    /// Sets `external_domestic_payments`.
    #[must_use]
    pub fn with_external_domestic_payments(
        mut self,
        value: impl Into<Vec<ExternalDomesticPayments>>,
    ) -> Self {
        self.external_domestic_payments = Some(value.into());
        self
    }
}
/// The accepted bundle of transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Identifier the application (third-party provider) gave the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tpp_bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citi_bundle_id: Option<String>,
}
/// Completes a bundle of transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_flow_id: Option<String>,
}
impl ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { control_flow_id: None }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(mut self, value: impl Into<String>) -> Self {
        self.control_flow_id = Some(value.into());
        self
    }
}
/// The accepted bundle of transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Identifier the application (third-party provider) gave the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tpp_bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citi_bundle_id: Option<String>,
}
/// Eligible source accounts and payees for external domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExtDmstcValidPayeeDestAcctsResponse {
    pub source_accounts: Vec<ExternalDomesticSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        ExternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// An ad hoc transfer to an account at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticDetails {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_exchange_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
}
impl ExternalDomesticDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transfer_currency_indicator: impl Into<String>,
        charge_bearer: impl Into<String>,
        payment_method: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            transaction_amount: transaction_amount.into(),
            payment_type: None,
            foreign_exchange_reference_number: None,
            payment_schedule_type: None,
            payee_account_details: None,
            remarks: None,
            transfer_purpose: None,
        }
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
        self
    }
    /// Sets `foreign_exchange_reference_number`.
    #[must_use]
    pub fn with_foreign_exchange_reference_number(
        mut self,
        value: impl Into<String>,
    ) -> Self {
        self.foreign_exchange_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
}
/// Payee holding an account with another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Name of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_code: Option<String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility_bill_payment_indicator: Option<String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_individual_tax_number: Option<String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_tax_registration_code: Option<String>,
    /// Type of tax declaration (field name spelled `taxDeclarationype` in the source). Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_declarationype: Option<String>,
    /// Year of the tax payment. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_year: Option<String>,
    /// Period of the tax payment. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_period: Option<String>,
    /// Type of identification document. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_type: Option<String>,
    /// Number of the identification document. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub id_number: Option<String>,
}
/// An external domestic payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    pub bank_details: BankDetails,
    /// Payment methods available for the payee.
    pub payment_methods: Vec<PaymentMethod>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
/// A transfer to a registered payee at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticPayments {
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Sub-purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferSubPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_sub_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anticipatory_payment_flag: Option<bool>,
    /// Identifier the application gives the payment, unique within the bundle.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unique_payment_id: Option<String>,
}
impl ExternalDomesticPayments {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        payee_id: impl Into<String>,
        charge_bearer: impl Into<String>,
        payment_method: impl Into<String>,
    ) -> Self {
        Self {
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            fx_deal_reference_number: None,
            remarks: None,
            transfer_purpose: None,
            transfer_sub_purpose: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            anticipatory_payment_flag: None,
            unique_payment_id: None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `transfer_sub_purpose`.
    #[must_use]
    pub fn with_transfer_sub_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_sub_purpose = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `anticipatory_payment_flag`.
    #[must_use]
    pub fn with_anticipatory_payment_flag(mut self, value: impl Into<bool>) -> Self {
        self.anticipatory_payment_flag = Some(value.into());
        self
    }
    /// Sets `unique_payment_id`.
    #[must_use]
    pub fn with_unique_payment_id(mut self, value: impl Into<String>) -> Self {
        self.unique_payment_id = Some(value.into());
        self
    }
}
/// An account that can be debited for external domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}
/// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl ExternalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to an account at another domestic bank, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_enrollment_status: Option<String>,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Confirms a preprocessed external domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl ExternalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed external domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ExternalDomesticTransferResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// One-time future-dated execution.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FutureDatedTransaction {
    /// Date the transfer is executed. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub schedule_date: ::chrono::NaiveDate,
}
impl FutureDatedTransaction {
    /// A value with the required fields set and every optional field empty.
    pub fn new(schedule_date: impl Into<::chrono::NaiveDate>) -> Self {
        Self {
            schedule_date: schedule_date.into(),
        }
    }
}
/// IBBS payee (interbank bill payment payee; not a Polish scheme).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct IbbsPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Name of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_code: Option<String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub utility_bill_payment_indicator: Option<String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_individual_tax_number: Option<String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_tax_registration_code: Option<String>,
}
/// An ad hoc transfer to another Citi Handlowy customer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticDetails {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
}
impl InternalDomesticDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transfer_currency_indicator: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            transaction_amount: transaction_amount.into(),
            payee_account_details: None,
            remarks: None,
            payment_schedule_type: None,
        }
    }
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
}
/// Payee holding an account with Citi Handlowy.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Masked payee account number for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Identifier of the payee account (encrypted, opaque).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Masked card number of the payee for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_card_number: Option<String>,
    /// Identifier of the payee card (encrypted, opaque).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
}
/// An internal payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
/// A transfer to a registered payee at Citi Handlowy, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticPayments {
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_id: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub charge_bearer: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub anticipatory_payment_flag: Option<bool>,
}
impl InternalDomesticPayments {
    /// A value with the required fields set and every optional field empty.
    pub fn new(transfer_currency_indicator: impl Into<String>) -> Self {
        Self {
            transaction_amount: None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: None,
            charge_bearer: None,
            fx_deal_reference_number: None,
            remarks: None,
            transfer_purpose: None,
            future_dated_transaction: None,
            standing_instruction: None,
            anticipatory_payment_flag: None,
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
    /// Sets `payee_id`.
    #[must_use]
    pub fn with_payee_id(mut self, value: impl Into<String>) -> Self {
        self.payee_id = Some(value.into());
        self
    }
    /// Sets `charge_bearer`.
    #[must_use]
    pub fn with_charge_bearer(mut self, value: impl Into<String>) -> Self {
        self.charge_bearer = Some(value.into());
        self
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `anticipatory_payment_flag`.
    #[must_use]
    pub fn with_anticipatory_payment_flag(mut self, value: impl Into<bool>) -> Self {
        self.anticipatory_payment_flag = Some(value.into());
        self
    }
}
/// An account that can be debited for internal domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
}
/// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl InternalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer to another Citi Handlowy customer, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_enrollment_status: Option<String>,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Confirms a preprocessed internal domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl InternalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed internal domestic transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticTransferResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Eligible source accounts and payees for internal domestic transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InternalDomesticValidSourceDestinationAcccountsResponse {
    pub source_accounts: Vec<InternalDomesticSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        InternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// A biller.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Merchant {
    /// Name of the merchant.
    pub merchant_name: String,
    /// Name of the merchant in the local language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name_local: Option<String>,
    /// Identifier of the merchant.
    pub merchant_number: String,
}
/// A relationship type the customer can have with the merchant.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantDetails {
    /// Relationship of the customer with the merchant.
    pub merchant_customer_relationship_type: String,
    /// Code of the relationship of the customer with the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_customer_relationship_type_code: Option<String>,
    /// Relationship of the customer with the merchant, in the local language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_customer_relationship_type_local: Option<String>,
}
/// Details of one biller.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantDetailsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_details: Option<Vec<MerchantDetails>>,
}
/// A relationship of the customer with a merchant (bill payment payee).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantInformation {
    /// Relationship of the customer with the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_customer_relationship_type: Option<String>,
    /// Relationship of the customer with the merchant, in the local language.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_customer_relationship_type_local: Option<String>,
    /// The customer's bill payment account number with the merchant.
    pub bill_reference_number: String,
}
/// The merchants of one biller category.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantInformationMl {
    /// Biller category. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billerCategoryCode`).
    pub biller_category_code: String,
    pub merchants: Vec<Merchant>,
}
/// Billers (merchants) grouped by biller category.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MerchantListResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_information: Option<Vec<MerchantInformationMl>>,
}
/// A registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Payee {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee (spelled `payeeNickname` in this model).
    pub payee_nickname: String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Payment methods available for the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_methods: Option<Vec<PaymentMethod>>,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: String,
    /// Identifier of the merchant, for a biller payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_number: Option<String>,
    /// Type of bill, for a biller payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billTypeCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_type_code: Option<String>,
}
/// Unregistered beneficiary (SEPA; also used by the adhocWithPayeeCreation requests).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAccountDetails {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_details: Option<PayeeBankDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
}
impl PayeeAccountDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl Into<String>,
        payee_name: impl Into<String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: payee_name.into(),
            payee_nick_name: None,
            payee_bank_details: None,
            payee_address: None,
        }
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl Into<PayeeBankDetails>,
    ) -> Self {
        self.payee_bank_details = Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(mut self, value: impl Into<PayeeAddress>) -> Self {
        self.payee_address = Some(value.into());
        self
    }
}
/// Unregistered Citi Global Transfer beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub payee_country_name: String,
}
impl PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl Into<String>,
        payee_country_name: impl Into<String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: None,
            payee_nick_name: None,
            payee_country_name: payee_country_name.into(),
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(mut self, value: impl Into<String>) -> Self {
        self.payee_name = Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
}
/// Unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// True if payeeAccountNumber is an IBAN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_iban_flag: Option<bool>,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_currency_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_details: Option<
        PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess,
    >,
}
impl PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl Into<String>,
        payee_currency_code: impl Into<String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            account_iban_flag: None,
            payee_name: None,
            payee_nick_name: None,
            payee_currency_code: payee_currency_code.into(),
            payee_address: None,
            payee_bank_details: None,
        }
    }
    /// Sets `account_iban_flag`.
    #[must_use]
    pub fn with_account_iban_flag(mut self, value: impl Into<bool>) -> Self {
        self.account_iban_flag = Some(value.into());
        self
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(mut self, value: impl Into<String>) -> Self {
        self.payee_name = Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(mut self, value: impl Into<PayeeAddress>) -> Self {
        self.payee_address = Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl Into<PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess>,
    ) -> Self {
        self.payee_bank_details = Some(value.into());
        self
    }
}
/// Unregistered beneficiary at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocExtTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_currency_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_details: Option<BankDetailsExtTransfer>,
}
impl PayeeAccountDetailsAdhocExtTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payee_account_number: impl Into<String>,
        payee_currency_code: impl Into<String>,
    ) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: None,
            payee_nick_name: None,
            payee_currency_code: payee_currency_code.into(),
            payee_address: None,
            bank_details: None,
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(mut self, value: impl Into<String>) -> Self {
        self.payee_name = Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(mut self, value: impl Into<PayeeAddress>) -> Self {
        self.payee_address = Some(value.into());
        self
    }
    /// Sets `bank_details`.
    #[must_use]
    pub fn with_bank_details(
        mut self,
        value: impl Into<BankDetailsExtTransfer>,
    ) -> Self {
        self.bank_details = Some(value.into());
        self
    }
}
/// Unregistered Citi Handlowy beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocIntTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
}
impl PayeeAccountDetailsAdhocIntTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(payee_account_number: impl Into<String>) -> Self {
        Self {
            payee_account_number: payee_account_number.into(),
            payee_name: None,
            payee_nick_name: None,
        }
    }
    /// Sets `payee_name`.
    #[must_use]
    pub fn with_payee_name(mut self, value: impl Into<String>) -> Self {
        self.payee_name = Some(value.into());
        self
    }
    /// Sets `payee_nick_name`.
    #[must_use]
    pub fn with_payee_nick_name(mut self, value: impl Into<String>) -> Self {
        self.payee_nick_name = Some(value.into());
        self
    }
}
/// Address of the payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeAddress {
    /// Address line 1.
    pub address_line1: String,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// Address line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line3: Option<String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
}
impl PayeeAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new(address_line1: impl Into<String>) -> Self {
        Self {
            address_line1: address_line1.into(),
            address_line2: None,
            address_line3: None,
            country_name: None,
        }
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(mut self, value: impl Into<String>) -> Self {
        self.address_line3 = Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
}
/// Address of the payee's bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeBankAddress {
    /// Address line 1.
    pub address_line1: String,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// Address line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line3: Option<String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
}
impl PayeeBankAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new(address_line1: impl Into<String>) -> Self {
        Self {
            address_line1: address_line1.into(),
            address_line2: None,
            address_line3: None,
            country_name: None,
        }
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(mut self, value: impl Into<String>) -> Self {
        self.address_line2 = Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(mut self, value: impl Into<String>) -> Self {
        self.address_line3 = Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
}
/// Bank of an unregistered beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeBankDetails {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
}
impl PayeeBankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(global_bank_code: impl Into<String>) -> Self {
        Self {
            global_bank_code: global_bank_code.into(),
            country_name: None,
        }
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
}
/// Bank of an unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_name: Option<String>,
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_address: Option<PayeeBankAddress>,
}
impl PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess {
    /// A value with the required fields set and every optional field empty.
    pub fn new(global_bank_code: impl Into<String>) -> Self {
        Self {
            payee_bank_name: None,
            global_bank_code: global_bank_code.into(),
            payee_bank_address: None,
        }
    }
    /// Sets `payee_bank_name`.
    #[must_use]
    pub fn with_payee_bank_name(mut self, value: impl Into<String>) -> Self {
        self.payee_bank_name = Some(value.into());
        self
    }
    /// Sets `payee_bank_address`.
    #[must_use]
    pub fn with_payee_bank_address(
        mut self,
        value: impl Into<PayeeBankAddress>,
    ) -> Self {
        self.payee_bank_address = Some(value.into());
        self
    }
}
/// Bank of a Citi Global Transfer payee.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeBankDetailsCitiGlobalTransfer {
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
}
/// Bank of a cross-border payee.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeBankDetailsCrossBorderWireTransfer {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_address: Option<PayeeBankAddress>,
}
/// Details of one payee; the object matching the payee's destination type is populated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeDetailsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub internal_domestic_payee: Option<InternalDomesticPayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub external_domestic_payee: Option<ExternalDomesticPayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bill_payment_payee: Option<BillPaymentPayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ibbs_payee: Option<IbbsPayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub citi_global_transferpayee: Option<CitiGlobalTransferpayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cross_border_wire_transfers_payee: Option<CrossBorderWireTransfersPayee>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sepa_transfer_payee: Option<SepaTransferPayee>,
}
/// Registered payees of the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeListResponse {
    pub payee_list: Vec<Payee>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// A payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_payee_account_number: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_details: Option<BankDetails>,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// Payment methods available for the payee.
    pub payment_methods: Vec<PaymentMethod>,
    /// Identifier of the merchant (biller).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_number: Option<String>,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
/// A Citi Global Transfer payee and the source account that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCitiGlobalTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_currency_code: Option<String>,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_details: Option<PayeeBankDetailsCitiGlobalTransfer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_ids: Option<SourceAccountIds>,
}
/// A cross-border payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCrossBorderWireTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_currency_code: Option<String>,
    /// Name of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_details: Option<PayeeBankDetailsCrossBorderWireTransfer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_ids: Option<Vec<SourceAccountIds>>,
}
/// A SEPA payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsSepaTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_currency_code: Option<String>,
    /// Nickname of the payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_nick_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_details: Option<BankDetailsSepaTransfer>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
/// A country transfers can be sent to, with what a transfer there needs.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentCountry {
    /// Name of the country.
    pub country_name: String,
    /// ISO 3166 alpha-2 code of the country.
    pub country_code: String,
    /// Local currency of the country (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
    /// Name of the bank or branch identifier transfers to this country use (for example `SORT CODE` or `IFSC`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_bank_branch_identifier: Option<String>,
    /// Whether accounts in this country are identified by IBAN.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_iban_flag: Option<bool>,
}
/// A payment method.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PaymentMethod {
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
}
/// An own destination account and the source accounts that may fund it (personal transfers).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticDestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Currency of the destination account (ISO 4217).
    pub destination_account_currency_code: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
}
/// An account that can be debited for personal (own-account) transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticSourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
}
/// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl PersonalDomesticTransferConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a transfer between the customer's own accounts, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<SourceAccount>,
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Confirms a preprocessed personal transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl PersonalDomesticTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed personal transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticTransferResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account: Option<SourceAccount>,
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
/// Eligible source and destination accounts for personal transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PersonalDomesticValidSrcDesAcctRes {
    pub source_accounts: Vec<PersonalDomesticSourceAccounts>,
    pub destination_source_acct_combinations: Vec<
        PersonalDomesticDestinationSourceAcctCombinations,
    >,
}
/// Result of a preprocess call: the flow id to confirm, amounts, FX rate and fees.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PreprocessForFundTransferResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(with = "rt::decimal")]
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Preprocess request of a transfer to an account at another domestic bank, by destination account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PreprocessFundTransferRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the destination account (encrypted, opaque), from the eligibility call.
    pub destination_account_id: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
impl PreprocessFundTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        destination_account_id: impl Into<String>,
        charge_bearer: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            destination_account_id: destination_account_id.into(),
            charge_bearer: charge_bearer.into(),
            fx_deal_reference_number: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to a registered payee at another domestic bank.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestExternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_details: Option<TaxPaymentDetails>,
}
impl PreprocessFundTransferRequestExternalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        payee_id: impl Into<String>,
        charge_bearer: impl Into<String>,
        payment_method: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            charge_bearer: charge_bearer.into(),
            payment_method: payment_method.into(),
            fx_deal_reference_number: None,
            remarks: None,
            transfer_purpose: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            tax_payment_details: None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `tax_payment_details`.
    #[must_use]
    pub fn with_tax_payment_details(
        mut self,
        value: impl Into<TaxPaymentDetails>,
    ) -> Self {
        self.tax_payment_details = Some(value.into());
        self
    }
}
/// Preprocess request of a transfer to a registered Citi payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestInternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transfer_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
}
impl PreprocessFundTransferRequestInternalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transfer_currency_indicator: impl Into<String>,
        payee_id: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: None,
            transfer_currency_indicator: transfer_currency_indicator.into(),
            payee_id: payee_id.into(),
            fx_deal_reference_number: None,
            remarks: None,
            transfer_purpose: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
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
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
    /// Sets `transfer_purpose`.
    #[must_use]
    pub fn with_transfer_purpose(mut self, value: impl Into<String>) -> Self {
        self.transfer_purpose = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
}
/// Preprocess request of a transfer between own accounts.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestPersonalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Reference of a pre-booked foreign-exchange deal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_schedule_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
impl PreprocessFundTransferRequestPersonalTransfer {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
        transfer_currency_indicator: impl Into<String>,
        destination_account_id: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_amount: transaction_amount.into(),
            transfer_currency_indicator: transfer_currency_indicator.into(),
            destination_account_id: destination_account_id.into(),
            fx_deal_reference_number: None,
            payment_schedule_type: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `fx_deal_reference_number`.
    #[must_use]
    pub fn with_fx_deal_reference_number(mut self, value: impl Into<String>) -> Self {
        self.fx_deal_reference_number = Some(value.into());
        self
    }
    /// Sets `payment_schedule_type`.
    #[must_use]
    pub fn with_payment_schedule_type(mut self, value: impl Into<String>) -> Self {
        self.payment_schedule_type = Some(value.into());
        self
    }
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// A payment note line.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct Remarks {
    /// Free-text payment note.
    pub remarks: String,
}
impl Remarks {
    /// A value with the required fields set and every optional field empty.
    pub fn new(remarks: impl Into<String>) -> Self {
        Self { remarks: remarks.into() }
    }
}
/// The source accounts and payees a bundle of transfers can use, per payment method.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse {
    /// Source account and payee.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_and_payee: Option<Vec<SourceAccountAndPayee>>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Status of every transfer of a bundle.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse {
    /// Transaction details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_details: Option<Vec<TransactionDetails>>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// The customer's standing instructions.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionRepeatingPaymentsResponse {
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
    /// Standing instructions.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instructions: Option<Vec<StandingInstructions>>,
}
/// An ad hoc SEPA transfer, within a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Sepa {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Currency of the transaction (ISO 4217).
    pub transaction_currency_code: String,
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_account_details: Option<PayeeAccountDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_address: Option<PayeeAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_bank_details: Option<PayeeBankDetails>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
}
impl Sepa {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        transaction_currency_code: impl Into<String>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            transaction_currency_code: transaction_currency_code.into(),
            transaction_amount: None,
            payee_account_details: None,
            payee_address: None,
            payee_bank_details: None,
            remarks: None,
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
    /// Sets `payee_account_details`.
    #[must_use]
    pub fn with_payee_account_details(
        mut self,
        value: impl Into<PayeeAccountDetails>,
    ) -> Self {
        self.payee_account_details = Some(value.into());
        self
    }
    /// Sets `payee_address`.
    #[must_use]
    pub fn with_payee_address(mut self, value: impl Into<PayeeAddress>) -> Self {
        self.payee_address = Some(value.into());
        self
    }
    /// Sets `payee_bank_details`.
    #[must_use]
    pub fn with_payee_bank_details(
        mut self,
        value: impl Into<PayeeBankDetails>,
    ) -> Self {
        self.payee_bank_details = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Payee reached by SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransferPayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub payee_country_code: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Name of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_code: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
/// Confirms a preprocessed SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
impl SepaTransferRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of a confirmed SEPA transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransferResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
/// Eligible source accounts and payees for SEPA transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccounts>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsSepaTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Preprocess request of a SEPA transfer to a registered payee.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Payment notes.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<Vec<Remarks>>,
}
impl SepaTransfersPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        source_account_id: impl Into<String>,
        payee_id: impl Into<String>,
        transaction_amount: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            source_account_id: source_account_id.into(),
            payee_id: payee_id.into(),
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: None,
            remarks: None,
        }
    }
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_currency_code = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<Vec<Remarks>>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// Result of a SEPA preprocess call.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<DebitDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccount {
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Available balance of the source account after the transfer.
    #[serde(with = "rt::decimal")]
    pub source_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the source account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_currency_code: Option<String>,
}
/// For one payment method: the accounts that can pay and the payees they can pay.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccountAndPayee {
    /// Payment method these accounts and payees are for. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_method: Option<String>,
    /// The eligible source accounts.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_accounts: Option<Vec<SourceAccounts>>,
    /// Payee source account combinations.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_source_account_combinations: Option<Vec<PayeeSourceAccountCombinations>>,
}
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccountDetails {
    /// Identifier of the source account (encrypted, opaque).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_id: Option<String>,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_account_currency_code: Option<String>,
    /// Available balance of the source account after the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub source_account_available_balance: Option<::rust_decimal::Decimal>,
}
/// Reference to a source account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccountIds {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
}
/// An account that can be debited.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccounts {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Nickname of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nick_name: Option<String>,
}
/// An account that can be debited for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccountsCitiGlobalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_group: Option<String>,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
}
/// An account that can be debited for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SourceAccountsCrossBorderWireTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Product name of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
}
/// Recurring execution (standing instruction); kept for fidelity: Poland allows only immediate and one-time future-dated schedules.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StandingInstruction {
    /// First execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub standing_instruction_start_date: ::chrono::NaiveDate,
    /// Frequency of the payments. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    pub payment_frequency: String,
    /// True if the instruction runs until cancelled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub perpetual_flag: Option<bool>,
    /// Last execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction_end_date: Option<::chrono::NaiveDate>,
}
impl StandingInstruction {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        standing_instruction_start_date: impl Into<::chrono::NaiveDate>,
        payment_frequency: impl Into<String>,
    ) -> Self {
        Self {
            standing_instruction_start_date: standing_instruction_start_date.into(),
            payment_frequency: payment_frequency.into(),
            perpetual_flag: None,
            standing_instruction_end_date: None,
        }
    }
    /// Sets `perpetual_flag`.
    #[must_use]
    pub fn with_perpetual_flag(mut self, value: impl Into<bool>) -> Self {
        self.perpetual_flag = Some(value.into());
        self
    }
    /// Sets `standing_instruction_end_date`.
    #[must_use]
    pub fn with_standing_instruction_end_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.standing_instruction_end_date = Some(value.into());
        self
    }
}
/// A standing instruction (repeating or future-dated payment) of the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StandingInstructions {
    /// Reference of the standing instruction (the transaction that set it up).
    pub transaction_reference_id: String,
    /// Masked number of the account the standing instruction debits.
    pub display_account_number: String,
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    pub account_id: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Sort code (bank code) of the payee account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_sort_code: Option<String>,
    /// Amount of the transfer.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Name of the payee of the standing instruction.
    pub payee: String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
/// Tax-office payment data.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TaxPaymentDetails {
    /// Type of identification document. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: String,
    /// Number of the identification document.
    pub id_number: String,
    /// Type of tax declaration. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `taxDeclarationType`).
    pub tax_declaration_type: String,
    /// Year of the tax payment.
    pub tax_payment_year: String,
    /// Month of the tax payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_month: Option<String>,
    /// Day of the tax payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_day: Option<String>,
    /// Period of the tax payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `taxPaymentPeriod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_period: Option<String>,
    /// Number of the tax payment period.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tax_payment_period_number: Option<String>,
}
impl TaxPaymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        id_type: impl Into<String>,
        id_number: impl Into<String>,
        tax_declaration_type: impl Into<String>,
        tax_payment_year: impl Into<String>,
    ) -> Self {
        Self {
            id_type: id_type.into(),
            id_number: id_number.into(),
            tax_declaration_type: tax_declaration_type.into(),
            tax_payment_year: tax_payment_year.into(),
            tax_payment_month: None,
            tax_payment_day: None,
            tax_payment_period: None,
            tax_payment_period_number: None,
        }
    }
    /// Sets `tax_payment_month`.
    #[must_use]
    pub fn with_tax_payment_month(mut self, value: impl Into<String>) -> Self {
        self.tax_payment_month = Some(value.into());
        self
    }
    /// Sets `tax_payment_day`.
    #[must_use]
    pub fn with_tax_payment_day(mut self, value: impl Into<String>) -> Self {
        self.tax_payment_day = Some(value.into());
        self
    }
    /// Sets `tax_payment_period`.
    #[must_use]
    pub fn with_tax_payment_period(mut self, value: impl Into<String>) -> Self {
        self.tax_payment_period = Some(value.into());
        self
    }
    /// Sets `tax_payment_period_number`.
    #[must_use]
    pub fn with_tax_payment_period_number(mut self, value: impl Into<String>) -> Self {
        self.tax_payment_period_number = Some(value.into());
        self
    }
}
/// Status of one transfer of a bundle.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Identifier of the transfer within the bundle.
    pub individual_bundle_id: String,
    /// Identifier of the executed transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_id: Option<String>,
    /// Name of the beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_name: Option<String>,
    /// Name of the beneficiary's bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_name: Option<String>,
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Date of the transaction (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Kind of transaction. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<String>,
}
/// Completes a change to a standing instruction after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_flow_id: Option<String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { control_flow_id: None }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(mut self, value: impl Into<String>) -> Self {
        self.control_flow_id = Some(value.into());
        self
    }
}
/// The changed standing instruction.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    pub account_id: String,
    /// Reference of the standing instruction (the transaction that set it up).
    pub transaction_reference_id: String,
}
/// A change to a standing instruction, to be preprocessed.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    pub account_id: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Sort code (bank code) of the payee account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_sort_code: Option<String>,
    /// Reference of the standing instruction (the transaction that set it up).
    pub transaction_reference_id: String,
    /// Amount of the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_id: impl Into<String>,
        payment_method: impl Into<String>,
        transaction_reference_id: impl Into<String>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            payment_method: payment_method.into(),
            bank_sort_code: None,
            transaction_reference_id: transaction_reference_id.into(),
            transaction_amount: None,
            future_dated_transaction: None,
            standing_instruction: None,
            remarks: None,
        }
    }
    /// Sets `bank_sort_code`.
    #[must_use]
    pub fn with_bank_sort_code(mut self, value: impl Into<String>) -> Self {
        self.bank_sort_code = Some(value.into());
        self
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
    /// Sets `future_dated_transaction`.
    #[must_use]
    pub fn with_future_dated_transaction(
        mut self,
        value: impl Into<FutureDatedTransaction>,
    ) -> Self {
        self.future_dated_transaction = Some(value.into());
        self
    }
    /// Sets `standing_instruction`.
    #[must_use]
    pub fn with_standing_instruction(
        mut self,
        value: impl Into<StandingInstruction>,
    ) -> Self {
        self.standing_instruction = Some(value.into());
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(mut self, value: impl Into<String>) -> Self {
        self.remarks = Some(value.into());
        self
    }
}
/// A preprocessed change to a standing instruction, to be confirmed.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
    /// Debit details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debit_details: Option<Vec<DebitDetails>>,
    /// Credit details.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_details: Option<Vec<CreditDetails>>,
    /// Foreign-exchange rate applied to the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fee_currency_code: Option<String>,
}
/// Confirms a preprocessed change to a standing instruction.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsRequest {
    /// Identifier of the flow, from the preprocess call.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub control_flow_id: Option<String>,
}
impl UpdatePaymentInitiationTransactionRepeatingPaymentsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { control_flow_id: None }
    }
    /// Sets `control_flow_id`.
    #[must_use]
    pub fn with_control_flow_id(mut self, value: impl Into<String>) -> Self {
        self.control_flow_id = Some(value.into());
        self
    }
}
/// Valid source and destination combinations across all transfer types.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ValidSourceDestinationAccountsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_accounts: Option<Vec<SourceAccounts>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payee_source_account_combinations: Option<Vec<PayeeSourceAccountCombinations>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub destination_source_acct_combinations: Option<
        Vec<DestinationSourceAcctCombinations>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
