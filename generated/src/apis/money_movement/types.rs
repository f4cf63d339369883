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
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    AccountProxyTransfersConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    AccountProxyTransfersConfirmationRequest,
    (new control_flow_id, String, required),
);
/// Result of a transfer to a proxy, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersConfirmationResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    pub payee_enrollment_status: Option<String>,
}
rt::object::serde_impls!(
    AccountProxyTransfersConfirmationResponse, full_serde, always,
    (source_account, "sourceAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
    (payee_enrollment_status, "payeeEnrollmentStatus", optional),
);
/// Preprocess request of a transfer to an account registered under a proxy (such as a phone number).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    pub proxy_payment_type: String,
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
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
    pub bill_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
}
rt::object::serde_impls!(
    AccountProxyTransfersPreprocessRequest, always, full_serde,
    (proxy_payment_type, "proxyPaymentType", required),
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (proxy_account_id, "proxyAccountId", required),
    (proxy_account_id_type, "proxyAccountIdType", required),
    (charge_bearer, "chargeBearer", required),
    (bill_reference_number, "billReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
);
rt::object::builder!(
    AccountProxyTransfersPreprocessRequest,
    (new proxy_payment_type, String, required),
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new proxy_account_id, String, required),
    (new proxy_account_id_type, String, required),
    (new charge_bearer, String, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set bill_reference_number, with_bill_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
);
/// A preprocessed transfer to a proxy, to be confirmed.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    pub forex_type: Option<String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
    /// Transaction fee in the local currency.
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    pub local_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AccountProxyTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (forex_type, "forexType", optional),
    (forex_conversion_indicator, "forexConversionIndicator", optional),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
    (local_currency_transaction_fee, "localCurrencyTransactionFee", optional, number),
    (local_currency_code, "localCurrencyCode", optional),
);
/// Confirms a preprocessed transfer to a proxy.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    AccountProxyTransfersRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    AccountProxyTransfersRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed transfer to a proxy.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    pub payee_enrollment_status: Option<String>,
}
rt::object::serde_impls!(
    AccountProxyTransfersResponse, full_serde, always,
    (source_account, "sourceAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
    (payee_enrollment_status, "payeeEnrollmentStatus", optional),
);
/// The accounts that can pay a transfer to an account registered under a proxy.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountProxyTransfersSourceAccountEligibilityResponse {
    /// The eligible source accounts.
    pub source_accounts: Vec<SourceAccounts>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    AccountProxyTransfersSourceAccountEligibilityResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (next_start_index, "nextStartIndex", optional),
);
/// Preprocess request of a transfer to a proxy, optionally adding the payee to the registered payees.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest {
    /// Kind of proxy payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proxyPaymentType`).
    pub proxy_payment_type: String,
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction (ISO 4217).
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
    pub bill_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Nickname to register the payee under.
    pub payee_nick_name: Option<String>,
    /// Whether to add the payee to the registered payees when the transfer is confirmed.
    pub payee_enrollment_flag: Option<bool>,
    /// Name of the bank holding the proxy account.
    pub bank_name: Option<String>,
    /// Name of the holder of the proxy account.
    pub customer_name: Option<String>,
}
rt::object::serde_impls!(
    AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest, always, full_serde,
    (proxy_payment_type, "proxyPaymentType", required),
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (proxy_account_id, "proxyAccountId", required),
    (proxy_account_id_type, "proxyAccountIdType", required),
    (charge_bearer, "chargeBearer", required),
    (bill_reference_number, "billReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_enrollment_flag, "payeeEnrollmentFlag", optional),
    (bank_name, "bankName", optional),
    (customer_name, "customerName", optional),
);
rt::object::builder!(
    AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
    (new proxy_payment_type, String, required),
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new proxy_account_id, String, required),
    (new proxy_account_id_type, String, required),
    (new charge_bearer, String, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set bill_reference_number, with_bill_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set payee_nick_name, with_payee_nick_name, String, optional),
    (set payee_enrollment_flag, with_payee_enrollment_flag, bool, optional),
    (set bank_name, with_bank_name, String, optional),
    (set customer_name, with_customer_name, String, optional),
);
/// A preprocessed transfer to a proxy with payee creation, to be confirmed.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Kind of exchange rate applied. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    pub forex_type: Option<String>,
    /// Whether a currency conversion applies. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
    /// Transaction fee in the local currency.
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    pub local_currency_code: Option<String>,
    /// Range of amounts the customer may transfer to this proxy.
    pub transaction_limit_range: Option<String>,
}
rt::object::serde_impls!(
    AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (forex_type, "forexType", optional),
    (forex_conversion_indicator, "forexConversionIndicator", optional),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
    (local_currency_transaction_fee, "localCurrencyTransactionFee", optional, number),
    (local_currency_code, "localCurrencyCode", optional),
    (transaction_limit_range, "transactionLimitRange", optional),
);
/// Preprocess request of a Citi Global Transfer to an unregistered Citi account abroad.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    AdhocCitiGlobalTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (transfer_purpose, "transferPurpose", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    AdhocCitiGlobalTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set remarks, with_remarks, String, optional),
);
/// Result of an adhoc Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocCitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AdhocCitiGlobalTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Preprocess request of a cross-border wire transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: String,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Payment notes.
    pub remarks: Option<Vec<Remarks>>,
}
rt::object::serde_impls!(
    AdhocCrossBorderWireTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (charge_bearer, "chargeBearer", required),
    (payment_schedule_type, "paymentScheduleType", required),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    AdhocCrossBorderWireTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new charge_bearer, String, required),
    (new payment_schedule_type, String, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
);
/// Result of an adhoc cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocCrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    pub transaction_fee: ::rust_decimal::Decimal,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AdhocCrossBorderWireTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", required, number),
    (transaction_fee, "transactionFee", required, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Preprocess request of a transfer to an unregistered account at another domestic bank.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: Option<PayeeAccountDetailsAdhocExtTransferPreprocess>,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    pub tax_payment_details: Option<TaxPaymentDetails>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
}
rt::object::serde_impls!(
    AdhocExtDmstcTransferPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", optional),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (charge_bearer, "chargeBearer", required),
    (payment_method, "paymentMethod", required),
    (payment_type, "paymentType", optional),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (tax_payment_details, "taxPaymentDetails", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
);
rt::object::builder!(
    AdhocExtDmstcTransferPreprocessRequest,
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new charge_bearer, String, required),
    (new payment_method, String, required),
    (set payee_account_details, with_payee_account_details, PayeeAccountDetailsAdhocExtTransferPreprocess, optional),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set payment_type, with_payment_type, String, optional),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set tax_payment_details, with_tax_payment_details, TaxPaymentDetails, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
);
/// Result of an adhoc external domestic preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AdhocExtDmstcTransferPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", required),
    (credit_details, "creditDetails", required),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Preprocess request of an adhoc external domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: Option<String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
}
rt::object::serde_impls!(
    AdhocExtDmstcTransferPreprocessWithAddPayeeRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (charge_bearer, "chargeBearer", optional),
    (payment_method, "paymentMethod", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
);
rt::object::builder!(
    AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetails, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (set charge_bearer, with_charge_bearer, String, optional),
    (set payment_method, with_payment_method, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
);
/// Result of an adhoc external domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocExtDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    pub forex_type: Option<String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
    /// The transaction fee in local currency.
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    pub local_currency_code: Option<String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
}
rt::object::serde_impls!(
    AdhocExtDmstcTransferPreprocessWithAddPayeeResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", required),
    (credit_details, "creditDetails", required),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (forex_type, "forexType", optional),
    (forex_conversion_indicator, "forexConversionIndicator", optional),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
    (local_currency_transaction_fee, "localCurrencyTransactionFee", optional, number),
    (local_currency_code, "localCurrencyCode", optional),
    (payment_priority, "paymentPriority", optional),
);
/// Preprocess request of a transfer to an unregistered Citi Handlowy account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetailsAdhocIntTransferPreprocess,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    AdhocInternalDmstcTransferPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    AdhocInternalDmstcTransferPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetailsAdhocIntTransferPreprocess, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, String, optional),
);
/// Result of an adhoc internal domestic preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    pub transaction_fee: ::rust_decimal::Decimal,
}
rt::object::serde_impls!(
    AdhocInternalDmstcTransferPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", required, number),
    (transaction_fee, "transactionFee", required, number),
);
/// Preprocess request of an adhoc internal domestic transfer that also asks to register the beneficiary as a payee (the payee is registered by the confirm call).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Sub-purpose of the transfer.
    pub transfer_sub_purpose: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Priority (urgency) of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
}
rt::object::serde_impls!(
    AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (charge_bearer, "chargeBearer", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (transfer_purpose, "transferPurpose", optional),
    (transfer_sub_purpose, "transferSubPurpose", optional),
    (remarks, "remarks", optional),
    (payment_priority, "paymentPriority", optional),
);
rt::object::builder!(
    AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetails, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (set charge_bearer, with_charge_bearer, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set transfer_sub_purpose, with_transfer_sub_purpose, String, optional),
    (set remarks, with_remarks, String, optional),
    (set payment_priority, with_payment_priority, String, optional),
);
/// Result of an adhoc internal domestic preprocess call with payee creation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Whether the exchange rate is a counter or a live rate. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexType`).
    pub forex_type: Option<String>,
    /// Whether the rate is per unit of source currency or per unit of destination currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `forexConversionIndicator`).
    pub forex_conversion_indicator: Option<String>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
    /// The transaction fee in local currency.
    pub local_currency_transaction_fee: Option<::rust_decimal::Decimal>,
    /// Local currency (ISO 4217).
    pub local_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (forex_type, "forexType", optional),
    (forex_conversion_indicator, "forexConversionIndicator", optional),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
    (local_currency_transaction_fee, "localCurrencyTransactionFee", optional, number),
    (local_currency_code, "localCurrencyCode", optional),
);
/// Preprocess request of a SEPA transfer to an unregistered account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    pub payee_account_details: PayeeAccountDetails,
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: String,
    /// Payment notes.
    pub remarks: Vec<Remarks>,
}
rt::object::serde_impls!(
    AdhocSepaTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_account_details, "payeeAccountDetails", required),
    (transaction_amount, "transactionAmount", optional, number),
    (transaction_currency_code, "transactionCurrencyCode", required),
    (remarks, "remarks", required),
);
rt::object::builder!(
    AdhocSepaTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_account_details, PayeeAccountDetails, required),
    (new transaction_currency_code, String, required),
    (new remarks, Vec<Remarks>, required),
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
);
/// Result of an adhoc SEPA preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AdhocSepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    AdhocSepaTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", required, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Address of the beneficiary's bank.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct BankAddress {
    /// Address line 1.
    pub address_line1: Option<String>,
    /// Address line 2.
    pub address_line2: Option<String>,
    /// Address line 3.
    pub address_line3: Option<String>,
}
rt::object::serde_impls!(
    BankAddress, full_serde, always,
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
);
/// Bank of a payee.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct BankDetails {
    /// Local bank code.
    pub bank_code: Option<String>,
    /// Name of the bank.
    pub bank_name: Option<String>,
}
rt::object::serde_impls!(
    BankDetails, full_serde, always,
    (bank_code, "bankCode", optional),
    (bank_name, "bankName", optional),
);
/// Bank of an unregistered domestic beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BankDetailsExtTransfer {
    /// Local bank code.
    pub bank_code: String,
    pub payee_bank_address: Option<PayeeBankAddress>,
}
rt::object::serde_impls!(
    BankDetailsExtTransfer, always, full_serde,
    (bank_code, "bankCode", required),
    (payee_bank_address, "payeeBankAddress", optional),
);
rt::object::builder!(
    BankDetailsExtTransfer,
    (new bank_code, String, required),
    (set payee_bank_address, with_payee_bank_address, PayeeBankAddress, optional),
);
/// Bank of a SEPA payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BankDetailsSepaTransfer {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Name of the bank.
    pub bank_name: Option<String>,
}
rt::object::serde_impls!(
    BankDetailsSepaTransfer, full_serde, always,
    (global_bank_code, "globalBankCode", required),
    (bank_name, "bankName", optional),
);
/// An outstanding bill of a biller payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillDetails {
    /// Sequence number of the bill with the biller.
    pub bill_sequence_number: Option<String>,
    /// Amount of the bill.
    pub bill_amount: ::rust_decimal::Decimal,
    /// Due date of the bill (YYYY-MM-DD).
    pub bill_due_date: ::chrono::NaiveDate,
}
rt::object::serde_impls!(
    BillDetails, full_serde, always,
    (bill_sequence_number, "billSequenceNumber", optional),
    (bill_amount, "billAmount", required, number),
    (bill_due_date, "billDueDate", required),
);
/// The outstanding bills of a biller payee, and the references the biller keeps for the customer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillDetailsInquiryResponse {
    /// Number of the invoice the bills belong to.
    pub invoice_number: Option<String>,
    /// The outstanding bills.
    pub bill_details: Vec<BillDetails>,
    /// The biller's references for the customer.
    pub customer_merchant_reference_details: Vec<CustomerMerchantReferenceDetails>,
}
rt::object::serde_impls!(
    BillDetailsInquiryResponse, full_serde, always,
    (invoice_number, "invoiceNumber", optional),
    (bill_details, "billDetails", required),
    (customer_merchant_reference_details, "customerMerchantReferenceDetails", required),
);
/// Eligible source accounts and payees for bill payments.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<BillPaymentSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        BillPaymentPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    BillPaymentAccountPayeeEligibilityResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", required),
    (next_start_index, "nextStartIndex", optional),
);
/// Payee that is a biller (merchant).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Name of the merchant.
    pub merchant_name: Option<String>,
    /// Name of the merchant in the local language.
    pub merchant_name_local: Option<String>,
    /// Identifier of the merchant (biller).
    pub merchant_number: Option<String>,
    /// The customer's relationships with the merchant.
    pub merchant_information: Option<Vec<MerchantInformation>>,
}
rt::object::serde_impls!(
    BillPaymentPayee, full_serde, always,
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_nick_name, "payeeNickName", required),
    (payment_priority, "paymentPriority", optional),
    (payee_notes, "payeeNotes", required),
    (merchant_name, "merchantName", optional),
    (merchant_name_local, "merchantNameLocal", optional),
    (merchant_number, "merchantNumber", optional),
    (merchant_information, "merchantInformation", optional),
);
/// A biller payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentPayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Identifier of the merchant (biller).
    pub merchant_number: Option<String>,
    /// Bill type (sub-category of the merchant).
    pub bill_type_code: Option<String>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
rt::object::serde_impls!(
    BillPaymentPayeeSourceAccountCombinations, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", optional),
    (payee_account_currency_code, "payeeAccountCurrencyCode", required),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", required),
    (merchant_number, "merchantNumber", optional),
    (bill_type_code, "billTypeCode", optional),
    (source_account_ids, "sourceAccountIds", required),
);
/// An account that can be debited for bill payments.
#[derive(Clone, Debug, PartialEq)]
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
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    pub product_name: Option<String>,
}
rt::object::serde_impls!(
    BillPaymentSourceAccounts, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (account_nick_name, "accountNickName", optional),
    (product_name, "productName", optional),
);
/// Preprocess request of a bill payment to a biller payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentsPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Bill type (sub-category of the merchant).
    pub bill_type_code: Option<String>,
    /// Free-text bill payment note.
    pub remarks: Option<String>,
    /// The customer's reference with the biller.
    pub customer_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
}
rt::object::serde_impls!(
    BillPaymentsPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payee_id, "payeeId", required),
    (bill_type_code, "billTypeCode", optional),
    (remarks, "remarks", optional),
    (customer_reference_number, "customerReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (payment_method, "paymentMethod", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
);
rt::object::builder!(
    BillPaymentsPreprocessRequest,
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new payee_id, String, required),
    (set bill_type_code, with_bill_type_code, String, optional),
    (set remarks, with_remarks, String, optional),
    (set customer_reference_number, with_customer_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set payment_method, with_payment_method, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
);
/// Result of a bill payment preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentsPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Identifier of the merchant (biller).
    pub merchant_number: Option<String>,
}
rt::object::serde_impls!(
    BillPaymentsPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
    (payee_name, "payeeName", optional),
    (merchant_number, "merchantNumber", optional),
);
/// Confirms a preprocessed bill payment.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentsRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    BillPaymentsRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    BillPaymentsRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed bill payment.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BillPaymentsResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    BillPaymentsResponse, full_serde, always,
    (source_account, "sourceAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Payee reached by Citi Global Transfer (a Citi account in another country).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransferpayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub payee_country_code: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    pub payee_address: Option<PayeeAddress>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
rt::object::serde_impls!(
    CitiGlobalTransferpayee, full_serde, always,
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_country_code, "payeeCountryCode", required),
    (account_id, "accountId", required),
    (display_account_number, "displayAccountNumber", required),
    (payee_address, "payeeAddress", optional),
    (payee_notes, "payeeNotes", required),
);
/// Eligible source accounts and payees for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccountsCitiGlobalTransfer>,
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsCitiGlobalTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    CitiGlobalTransfersAccountPayeeEligibilityResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Preprocess request of a Citi Global Transfer to a registered payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
}
rt::object::serde_impls!(
    CitiGlobalTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_id, "payeeId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (transfer_purpose, "transferPurpose", optional),
);
rt::object::builder!(
    CitiGlobalTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
);
/// Result of a Citi Global Transfer preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    CitiGlobalTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Confirms a preprocessed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    CitiGlobalTransfersRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    CitiGlobalTransfersRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed Citi Global Transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CitiGlobalTransfersResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
rt::object::serde_impls!(
    CitiGlobalTransfersResponse, full_serde, always,
    (transaction_reference_id, "transactionReferenceId", required),
    (source_account_details, "sourceAccountDetails", required),
);
/// Amount credited to the destination account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditDetails {
    /// Amount credited.
    pub transaction_credit_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the credited amount (ISO 4217).
    pub currency_code: Option<String>,
}
rt::object::serde_impls!(
    CreditDetails, full_serde, always,
    (transaction_credit_amount, "transactionCreditAmount", optional, number),
    (currency_code, "currencyCode", optional),
);
/// An ad hoc international wire transfer, within a bundle.
#[derive(Clone, Debug, PartialEq)]
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
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    pub foreign_exchange_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    pub remarks: Option<Vec<Remarks>>,
}
rt::object::serde_impls!(
    CrossBorderDetails, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (charge_bearer, "chargeBearer", required),
    (payment_method, "paymentMethod", required),
    (transaction_amount, "transactionAmount", required, number),
    (payment_type, "paymentType", optional),
    (foreign_exchange_reference_number, "foreignExchangeReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (payee_account_details, "payeeAccountDetails", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    CrossBorderDetails,
    (new source_account_id, String, required),
    (new transfer_currency_indicator, String, required),
    (new charge_bearer, String, required),
    (new payment_method, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (set payment_type, with_payment_type, String, optional),
    (set foreign_exchange_reference_number, with_foreign_exchange_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set payee_account_details, with_payee_account_details, PayeeAccountDetails, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
);
/// Eligible source accounts and payees for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccountsCrossBorderWireTransfer>,
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsCrossBorderWireTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersAccountPayeeEligibilityResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Payee reached by cross-border wire transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
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
    pub payee_address: Option<PayeeAddress>,
    pub bank_address: Option<BankAddress>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersPayee, full_serde, always,
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_country_code, "payeeCountryCode", required),
    (account_id, "accountId", required),
    (display_account_number, "displayAccountNumber", required),
    (beneficiary_bank_name, "beneficiaryBankName", required),
    (beneficiary_bank_code, "beneficiaryBankCode", required),
    (payee_address, "payeeAddress", optional),
    (bank_address, "bankAddress", optional),
    (payee_notes, "payeeNotes", required),
);
/// Preprocess request of a cross-border wire transfer to a registered payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Payment notes.
    pub remarks: Option<Vec<Remarks>>,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_id, "payeeId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (charge_bearer, "chargeBearer", required),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    CrossBorderWireTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new charge_bearer, String, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
);
/// Result of a cross-border wire preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Confirms a preprocessed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    CrossBorderWireTransfersRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed cross-border wire transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CrossBorderWireTransfersResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
rt::object::serde_impls!(
    CrossBorderWireTransfersResponse, full_serde, always,
    (transaction_reference_id, "transactionReferenceId", required),
    (source_account_details, "sourceAccountDetails", required),
);
/// A reference the biller keeps for the customer (for example the customer's number with the biller).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CustomerMerchantReferenceDetails {
    /// Code of the reference.
    pub customer_merchant_reference_code: String,
    /// What the reference is.
    pub customer_merchant_reference_description: String,
}
rt::object::serde_impls!(
    CustomerMerchantReferenceDetails, full_serde, always,
    (customer_merchant_reference_code, "customerMerchantReferenceCode", required),
    (customer_merchant_reference_description, "customerMerchantReferenceDescription", required),
);
/// Amount debited from the source account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct DebitDetails {
    /// Amount debited.
    pub transaction_debit_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the debited amount (ISO 4217).
    pub currency_code: Option<String>,
}
rt::object::serde_impls!(
    DebitDetails, full_serde, always,
    (transaction_debit_amount, "transactionDebitAmount", optional, number),
    (currency_code, "currencyCode", optional),
);
/// Destination account after the transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DestinationAccount {
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Available balance of the destination account after the transfer.
    pub destination_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the destination account (ISO 4217).
    pub destination_currency_code: Option<String>,
}
rt::object::serde_impls!(
    DestinationAccount, full_serde, always,
    (display_destination_account_number, "displayDestinationAccountNumber", required),
    (destination_account_available_balance, "destinationAccountAvailableBalance", required, number),
    (destination_currency_code, "destinationCurrencyCode", optional),
);
/// The countries transfers can be sent to, one page at a time.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DestinationListResponse {
    /// The destination countries of this page.
    pub payment_country: Vec<PaymentCountry>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    DestinationListResponse, full_serde, always,
    (payment_country, "paymentCountry", required),
    (next_start_index, "nextStartIndex", optional),
);
/// An own destination account and the source accounts that may fund it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Currency of the destination account (ISO 4217).
    pub destination_account_currency_code: String,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Available balance of the account.
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
}
rt::object::serde_impls!(
    DestinationSourceAcctCombinations, full_serde, always,
    (destination_account_id, "destinationAccountId", required),
    (display_destination_account_number, "displayDestinationAccountNumber", required),
    (destination_account_currency_code, "destinationAccountCurrencyCode", required),
    (product_name, "productName", optional),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (outstanding_balance, "outstandingBalance", optional, number),
    (minimum_due_amount, "minimumDueAmount", optional, number),
    (last_statement_date, "lastStatementDate", optional),
    (payment_due_date, "paymentDueDate", optional),
    (source_account_ids, "sourceAccountIds", required),
    (account_nick_name, "accountNickName", optional),
);
pub use crate::apis::common::ErrorResponse;
/// A bundle of ad hoc transfers to unregistered payees, one of each kind at most.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest {
    pub internal_domestic_details: Option<InternalDomesticDetails>,
    pub external_domestic_details: Option<ExternalDomesticDetails>,
    pub cross_border_details: Option<CrossBorderDetails>,
    pub sepa: Option<Sepa>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest, always, full_serde,
    (internal_domestic_details, "internalDomesticDetails", optional),
    (external_domestic_details, "externalDomesticDetails", optional),
    (cross_border_details, "crossBorderDetails", optional),
    (sepa, "sepa", optional),
);
rt::object::builder!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
    (set internal_domestic_details, with_internal_domestic_details, InternalDomesticDetails, optional),
    (set external_domestic_details, with_external_domestic_details, ExternalDomesticDetails, optional),
    (set cross_border_details, with_cross_border_details, CrossBorderDetails, optional),
    (set sepa, with_sepa, Sepa, optional),
);
/// The accepted bundle of ad hoc transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Identifier the application gives the bundle of transfers.
    pub bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    pub citi_bundle_id: Option<String>,
    /// Number of transfers in the bundle.
    pub total_transaction_count: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse, full_serde, always,
    (transaction_status, "transactionStatus", optional),
    (bundle_id, "bundleId", optional),
    (citi_bundle_id, "citiBundleId", optional),
    (total_transaction_count, "totalTransactionCount", optional),
);
/// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId` (sic: the portal spells this field `controlFllowId`).
    pub control_fllow_id: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest, always, full_serde,
    (control_fllow_id, "controlFllowId", optional),
);
rt::object::builder!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
    (set control_fllow_id, with_control_fllow_id, String, optional),
);
/// The accepted bundle of ad hoc transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Identifier the application gives the bundle of transfers.
    pub bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    pub citi_bundle_id: Option<String>,
    /// Number of transfers in the bundle.
    pub total_transaction_count: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse, full_serde, always,
    (transaction_status, "transactionStatus", optional),
    (bundle_id, "bundleId", optional),
    (citi_bundle_id, "citiBundleId", optional),
    (total_transaction_count, "totalTransactionCount", optional),
);
/// A bundle of transfers from one source account to registered payees.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest {
    /// Identifier the application gives the bundle of transfers.
    pub bundle_id: Option<String>,
    /// Sum of the amounts of the transfers in the bundle.
    pub total_transfer_amount: Option<::rust_decimal::Decimal>,
    /// Kind of the transfers in the bundle. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `typeOfTransfers`).
    pub type_of_transfers: Option<String>,
    /// Identifier of the account that pays every transfer of the bundle (encrypted, opaque).
    pub source_account_id: Option<String>,
    /// Internal domestic payments.
    pub internal_domestic_payments: Option<Vec<InternalDomesticPayments>>,
    /// External domestic payments.
    pub external_domestic_payments: Option<Vec<ExternalDomesticPayments>>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest, always, full_serde,
    (bundle_id, "bundleId", optional),
    (total_transfer_amount, "totalTransferAmount", optional, number),
    (type_of_transfers, "typeOfTransfers", optional),
    (source_account_id, "sourceAccountId", optional),
    (internal_domestic_payments, "internalDomesticPayments", optional),
    (external_domestic_payments, "externalDomesticPayments", optional),
);
rt::object::builder!(
    ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
    (set bundle_id, with_bundle_id, String, optional),
    (set total_transfer_amount, with_total_transfer_amount, ::rust_decimal::Decimal, optional),
    (set type_of_transfers, with_type_of_transfers, String, optional),
    (set source_account_id, with_source_account_id, String, optional),
    (set internal_domestic_payments, with_internal_domestic_payments, Vec<InternalDomesticPayments>, optional),
    (set external_domestic_payments, with_external_domestic_payments, Vec<ExternalDomesticPayments>, optional),
);
/// The accepted bundle of transfers; they are executed asynchronously.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Identifier the application (third-party provider) gave the bundle.
    pub tpp_bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    pub citi_bundle_id: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse, full_serde, always,
    (transaction_status, "transactionStatus", optional),
    (tpp_bundle_id, "tppBundleId", optional),
    (citi_bundle_id, "citiBundleId", optional),
);
/// Completes a bundle of transfers after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest, always, full_serde,
    (control_flow_id, "controlFlowId", optional),
);
rt::object::builder!(
    ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
    (set control_flow_id, with_control_flow_id, String, optional),
);
/// The accepted bundle of transfers, after the step-up.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse {
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Identifier the application (third-party provider) gave the bundle.
    pub tpp_bundle_id: Option<String>,
    /// Citi's identifier of the bundle, for the status call.
    pub citi_bundle_id: Option<String>,
}
rt::object::serde_impls!(
    ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse, full_serde, always,
    (transaction_status, "transactionStatus", optional),
    (tpp_bundle_id, "tppBundleId", optional),
    (citi_bundle_id, "citiBundleId", optional),
);
/// Eligible source accounts and payees for external domestic transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExtDmstcValidPayeeDestAcctsResponse {
    pub source_accounts: Vec<ExternalDomesticSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        ExternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    ExtDmstcValidPayeeDestAcctsResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", required),
    (next_start_index, "nextStartIndex", optional),
);
/// An ad hoc transfer to an account at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq)]
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
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    pub foreign_exchange_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    pub remarks: Option<Vec<Remarks>>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
}
rt::object::serde_impls!(
    ExternalDomesticDetails, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (charge_bearer, "chargeBearer", required),
    (payment_method, "paymentMethod", required),
    (transaction_amount, "transactionAmount", required, number),
    (payment_type, "paymentType", optional),
    (foreign_exchange_reference_number, "foreignExchangeReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (payee_account_details, "payeeAccountDetails", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
);
rt::object::builder!(
    ExternalDomesticDetails,
    (new source_account_id, String, required),
    (new transfer_currency_indicator, String, required),
    (new charge_bearer, String, required),
    (new payment_method, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (set payment_type, with_payment_type, String, optional),
    (set foreign_exchange_reference_number, with_foreign_exchange_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set payee_account_details, with_payee_account_details, PayeeAccountDetails, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
);
/// Payee holding an account with another domestic bank.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Name of the beneficiary's bank.
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    pub beneficiary_bank_code: Option<String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    pub utility_bill_payment_indicator: Option<String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    pub beneficiary_individual_tax_number: Option<String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    pub beneficiary_tax_registration_code: Option<String>,
    /// Type of tax declaration (field name spelled `taxDeclarationype` in the source). Russia only; not used in Poland.
    pub tax_declarationype: Option<String>,
    /// Year of the tax payment. Russia only; not used in Poland.
    pub tax_year: Option<String>,
    /// Period of the tax payment. Russia only; not used in Poland.
    pub tax_period: Option<String>,
    /// Type of identification document. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Number of the identification document. Russia only; not used in Poland.
    pub id_number: Option<String>,
}
rt::object::serde_impls!(
    ExternalDomesticPayee, full_serde, always,
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payment_priority, "paymentPriority", optional),
    (payee_notes, "payeeNotes", required),
    (display_account_number, "displayAccountNumber", required),
    (account_id, "accountId", required),
    (beneficiary_bank_name, "beneficiaryBankName", optional),
    (beneficiary_bank_code, "beneficiaryBankCode", optional),
    (utility_bill_payment_indicator, "utilityBillPaymentIndicator", optional),
    (beneficiary_individual_tax_number, "beneficiaryIndividualTaxNumber", optional),
    (beneficiary_tax_registration_code, "beneficiaryTaxRegistrationCode", optional),
    (tax_declarationype, "taxDeclarationype", optional),
    (tax_year, "taxYear", optional),
    (tax_period, "taxPeriod", optional),
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
);
/// An external domestic payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
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
rt::object::serde_impls!(
    ExternalDomesticPayeeSourceAccountCombinations, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", required),
    (payee_account_currency_code, "payeeAccountCurrencyCode", required),
    (payee_nick_name, "payeeNickName", required),
    (bank_details, "bankDetails", required),
    (payment_methods, "paymentMethods", required),
    (source_account_ids, "sourceAccountIds", required),
);
/// A transfer to a registered payee at another domestic bank, within a bundle.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticPayments {
    /// Amount of the transfer.
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
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Sub-purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferSubPurpose`).
    pub transfer_sub_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    pub anticipatory_payment_flag: Option<bool>,
    /// Identifier the application gives the payment, unique within the bundle.
    pub unique_payment_id: Option<String>,
}
rt::object::serde_impls!(
    ExternalDomesticPayments, always, full_serde,
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payee_id, "payeeId", required),
    (charge_bearer, "chargeBearer", required),
    (payment_method, "paymentMethod", required),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
    (transfer_sub_purpose, "transferSubPurpose", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (anticipatory_payment_flag, "anticipatoryPaymentFlag", optional),
    (unique_payment_id, "uniquePaymentId", optional),
);
rt::object::builder!(
    ExternalDomesticPayments,
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new payee_id, String, required),
    (new charge_bearer, String, required),
    (new payment_method, String, required),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set transfer_sub_purpose, with_transfer_sub_purpose, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set anticipatory_payment_flag, with_anticipatory_payment_flag, bool, optional),
    (set unique_payment_id, with_unique_payment_id, String, optional),
);
/// An account that can be debited for external domestic transfers.
#[derive(Clone, Debug, PartialEq)]
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
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    pub product_name: Option<String>,
}
rt::object::serde_impls!(
    ExternalDomesticSourceAccounts, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (account_nick_name, "accountNickName", optional),
    (product_name, "productName", optional),
);
/// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ExternalDomesticTransferConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    ExternalDomesticTransferConfirmationRequest,
    (new control_flow_id, String, required),
);
/// Result of a transfer to an account at another domestic bank, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticTransferConfirmationResponse {
    pub source_account: Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    pub payee_enrollment_status: Option<String>,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    ExternalDomesticTransferConfirmationResponse, full_serde, always,
    (source_account, "sourceAccount", optional),
    (payee_enrollment_status, "payeeEnrollmentStatus", optional),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Confirms a preprocessed external domestic transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ExternalDomesticTransferRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    ExternalDomesticTransferRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed external domestic transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ExternalDomesticTransferResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    ExternalDomesticTransferResponse, full_serde, always,
    (source_account, "sourceAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// One-time future-dated execution.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FutureDatedTransaction {
    /// Date the transfer is executed. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub schedule_date: ::chrono::NaiveDate,
}
rt::object::serde_impls!(
    FutureDatedTransaction, always, always,
    (schedule_date, "scheduleDate", required),
);
rt::object::builder!(
    FutureDatedTransaction,
    (new schedule_date, ::chrono::NaiveDate, required),
);
/// IBBS payee (interbank bill payment payee; not a Polish scheme).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct IbbsPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Name of the beneficiary's bank.
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    pub beneficiary_bank_code: Option<String>,
    /// Whether the transfer is a utility bill payment. Russia only; not used in Poland. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `utilityBillPaymentIndicator`).
    pub utility_bill_payment_indicator: Option<String>,
    /// Individual tax number of the beneficiary. Russia only; not used in Poland.
    pub beneficiary_individual_tax_number: Option<String>,
    /// Tax registration code of the beneficiary. Russia only; not used in Poland.
    pub beneficiary_tax_registration_code: Option<String>,
}
rt::object::serde_impls!(
    IbbsPayee, full_serde, always,
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payee_notes, "payeeNotes", required),
    (payment_priority, "paymentPriority", optional),
    (display_account_number, "displayAccountNumber", required),
    (account_id, "accountId", required),
    (beneficiary_bank_name, "beneficiaryBankName", optional),
    (beneficiary_bank_code, "beneficiaryBankCode", optional),
    (utility_bill_payment_indicator, "utilityBillPaymentIndicator", optional),
    (beneficiary_individual_tax_number, "beneficiaryIndividualTaxNumber", optional),
    (beneficiary_tax_registration_code, "beneficiaryTaxRegistrationCode", optional),
);
/// An ad hoc transfer to another Citi Handlowy customer, within a bundle.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticDetails {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    pub payee_account_details: Option<PayeeAccountDetails>,
    /// Free-text payment note.
    pub remarks: Option<Vec<Remarks>>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
}
rt::object::serde_impls!(
    InternalDomesticDetails, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (transaction_amount, "transactionAmount", required, number),
    (payee_account_details, "payeeAccountDetails", optional),
    (remarks, "remarks", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
);
rt::object::builder!(
    InternalDomesticDetails,
    (new source_account_id, String, required),
    (new transfer_currency_indicator, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (set payee_account_details, with_payee_account_details, PayeeAccountDetails, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
);
/// Payee holding an account with Citi Handlowy.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticPayee {
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Priority (urgency) of payments to the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriority`).
    pub payment_priority: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
    /// Masked payee account number for display.
    pub display_account_number: Option<String>,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: Option<String>,
    /// Masked card number of the payee for display.
    pub display_card_number: Option<String>,
    /// Identifier of the payee card (encrypted, opaque).
    pub card_id: Option<String>,
}
rt::object::serde_impls!(
    InternalDomesticPayee, full_serde, always,
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payment_priority, "paymentPriority", optional),
    (payee_notes, "payeeNotes", required),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (display_card_number, "displayCardNumber", optional),
    (card_id, "cardId", optional),
);
/// An internal payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
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
rt::object::serde_impls!(
    InternalDomesticPayeeSourceAccountCombinations, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", required),
    (payee_account_currency_code, "payeeAccountCurrencyCode", required),
    (payee_nick_name, "payeeNickName", required),
    (source_account_ids, "sourceAccountIds", required),
);
/// A transfer to a registered payee at Citi Handlowy, within a bundle.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticPayments {
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: Option<String>,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: Option<String>,
    /// Reference of a pre-booked foreign-exchange deal.
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Whether the payment is made ahead of its due date.
    pub anticipatory_payment_flag: Option<bool>,
}
rt::object::serde_impls!(
    InternalDomesticPayments, always, full_serde,
    (transaction_amount, "transactionAmount", optional, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payee_id, "payeeId", optional),
    (charge_bearer, "chargeBearer", optional),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (anticipatory_payment_flag, "anticipatoryPaymentFlag", optional),
);
rt::object::builder!(
    InternalDomesticPayments,
    (new transfer_currency_indicator, String, required),
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
    (set payee_id, with_payee_id, String, optional),
    (set charge_bearer, with_charge_bearer, String, optional),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set anticipatory_payment_flag, with_anticipatory_payment_flag, bool, optional),
);
/// An account that can be debited for internal domestic transfers.
#[derive(Clone, Debug, PartialEq)]
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
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
    /// Product name of the account.
    pub product_name: Option<String>,
}
rt::object::serde_impls!(
    InternalDomesticSourceAccounts, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (account_nick_name, "accountNickName", optional),
    (product_name, "productName", optional),
);
/// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    InternalDomesticTransferConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    InternalDomesticTransferConfirmationRequest,
    (new control_flow_id, String, required),
);
/// Result of a transfer to another Citi Handlowy customer, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticTransferConfirmationResponse {
    pub source_account: Option<SourceAccount>,
    /// Whether the payee of an ad hoc transfer was added to the registered payees, when the preprocess call asked for it. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeEnrollmentStatus`).
    pub payee_enrollment_status: Option<String>,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    InternalDomesticTransferConfirmationResponse, full_serde, always,
    (source_account, "sourceAccount", optional),
    (payee_enrollment_status, "payeeEnrollmentStatus", optional),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Confirms a preprocessed internal domestic transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    InternalDomesticTransferRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    InternalDomesticTransferRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed internal domestic transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticTransferResponse {
    pub source_account: SourceAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    InternalDomesticTransferResponse, full_serde, always,
    (source_account, "sourceAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Eligible source accounts and payees for internal domestic transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InternalDomesticValidSourceDestinationAcccountsResponse {
    pub source_accounts: Vec<InternalDomesticSourceAccounts>,
    pub payee_source_account_combinations: Vec<
        InternalDomesticPayeeSourceAccountCombinations,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    InternalDomesticValidSourceDestinationAcccountsResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", required),
    (next_start_index, "nextStartIndex", optional),
);
/// A biller.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Merchant {
    /// Name of the merchant.
    pub merchant_name: String,
    /// Name of the merchant in the local language.
    pub merchant_name_local: Option<String>,
    /// Identifier of the merchant.
    pub merchant_number: String,
}
rt::object::serde_impls!(
    Merchant, full_serde, always,
    (merchant_name, "merchantName", required),
    (merchant_name_local, "merchantNameLocal", optional),
    (merchant_number, "merchantNumber", required),
);
/// A relationship type the customer can have with the merchant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MerchantDetails {
    /// Relationship of the customer with the merchant.
    pub merchant_customer_relationship_type: String,
    /// Code of the relationship of the customer with the merchant.
    pub merchant_customer_relationship_type_code: Option<String>,
    /// Relationship of the customer with the merchant, in the local language.
    pub merchant_customer_relationship_type_local: Option<String>,
}
rt::object::serde_impls!(
    MerchantDetails, full_serde, always,
    (merchant_customer_relationship_type, "merchantCustomerRelationshipType", required),
    (merchant_customer_relationship_type_code, "merchantCustomerRelationshipTypeCode", optional),
    (merchant_customer_relationship_type_local, "merchantCustomerRelationshipTypeLocal", optional),
);
/// Details of one biller.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MerchantDetailsResponse {
    pub merchant_details: Option<Vec<MerchantDetails>>,
}
rt::object::serde_impls!(
    MerchantDetailsResponse, full_serde, always,
    (merchant_details, "merchantDetails", optional),
);
/// A relationship of the customer with a merchant (bill payment payee).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MerchantInformation {
    /// Relationship of the customer with the merchant.
    pub merchant_customer_relationship_type: Option<String>,
    /// Relationship of the customer with the merchant, in the local language.
    pub merchant_customer_relationship_type_local: Option<String>,
    /// The customer's bill payment account number with the merchant.
    pub bill_reference_number: String,
}
rt::object::serde_impls!(
    MerchantInformation, full_serde, always,
    (merchant_customer_relationship_type, "merchantCustomerRelationshipType", optional),
    (merchant_customer_relationship_type_local, "merchantCustomerRelationshipTypeLocal", optional),
    (bill_reference_number, "billReferenceNumber", required),
);
/// The merchants of one biller category.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MerchantInformationMl {
    /// Biller category. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billerCategoryCode`).
    pub biller_category_code: String,
    pub merchants: Vec<Merchant>,
}
rt::object::serde_impls!(
    MerchantInformationMl, full_serde, always,
    (biller_category_code, "billerCategoryCode", required),
    (merchants, "merchants", required),
);
/// Billers (merchants) grouped by biller category.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MerchantListResponse {
    pub merchant_information: Option<Vec<MerchantInformationMl>>,
}
rt::object::serde_impls!(
    MerchantListResponse, full_serde, always,
    (merchant_information, "merchantInformation", optional),
);
/// A registered payee.
#[derive(Clone, Debug, PartialEq)]
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
    pub currency_code: Option<String>,
    /// Payment methods available for the payee.
    pub payment_methods: Option<Vec<PaymentMethod>>,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: String,
    /// Identifier of the merchant, for a biller payee.
    pub merchant_number: Option<String>,
    /// Type of bill, for a biller payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billTypeCode`).
    pub bill_type_code: Option<String>,
}
rt::object::serde_impls!(
    Payee, full_serde, always,
    (payee_id, "payeeId", required),
    (payee_name, "payeeName", required),
    (payee_nickname, "payeeNickname", required),
    (payment_type, "paymentType", required),
    (display_account_number, "displayAccountNumber", required),
    (account_id, "accountId", required),
    (currency_code, "currencyCode", optional),
    (payment_methods, "paymentMethods", optional),
    (payee_status, "payeeStatus", required),
    (merchant_number, "merchantNumber", optional),
    (bill_type_code, "billTypeCode", optional),
);
/// Unregistered beneficiary (SEPA; also used by the adhocWithPayeeCreation requests).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAccountDetails {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    pub payee_bank_details: Option<PayeeBankDetails>,
    pub payee_address: Option<PayeeAddress>,
}
rt::object::serde_impls!(
    PayeeAccountDetails, always, full_serde,
    (payee_account_number, "payeeAccountNumber", required),
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", optional),
    (payee_bank_details, "payeeBankDetails", optional),
    (payee_address, "payeeAddress", optional),
);
rt::object::builder!(
    PayeeAccountDetails,
    (new payee_account_number, String, required),
    (new payee_name, String, required),
    (set payee_nick_name, with_payee_nick_name, String, optional),
    (set payee_bank_details, with_payee_bank_details, PayeeBankDetails, optional),
    (set payee_address, with_payee_address, PayeeAddress, optional),
);
/// Unregistered Citi Global Transfer beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub payee_country_name: String,
}
rt::object::serde_impls!(
    PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess, always, full_serde,
    (payee_account_number, "payeeAccountNumber", required),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_country_name, "payeeCountryName", required),
);
rt::object::builder!(
    PayeeAccountDetailsAdhocCitiGlobalTransferPreprocess,
    (new payee_account_number, String, required),
    (new payee_country_name, String, required),
    (set payee_name, with_payee_name, String, optional),
    (set payee_nick_name, with_payee_nick_name, String, optional),
);
/// Unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// True if payeeAccountNumber is an IBAN.
    pub account_iban_flag: Option<bool>,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_currency_code: String,
    pub payee_address: Option<PayeeAddress>,
    pub payee_bank_details: Option<
        PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess,
    >,
}
rt::object::serde_impls!(
    PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess, always, full_serde,
    (payee_account_number, "payeeAccountNumber", required),
    (account_iban_flag, "accountIbanFlag", optional),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_currency_code, "payeeCurrencyCode", required),
    (payee_address, "payeeAddress", optional),
    (payee_bank_details, "payeeBankDetails", optional),
);
rt::object::builder!(
    PayeeAccountDetailsAdhocCrossBorderWireTransferPreprocess,
    (new payee_account_number, String, required),
    (new payee_currency_code, String, required),
    (set account_iban_flag, with_account_iban_flag, bool, optional),
    (set payee_name, with_payee_name, String, optional),
    (set payee_nick_name, with_payee_nick_name, String, optional),
    (set payee_address, with_payee_address, PayeeAddress, optional),
    (set payee_bank_details, with_payee_bank_details, PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess, optional),
);
/// Unregistered beneficiary at another domestic bank.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocExtTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_currency_code: String,
    pub payee_address: Option<PayeeAddress>,
    pub bank_details: Option<BankDetailsExtTransfer>,
}
rt::object::serde_impls!(
    PayeeAccountDetailsAdhocExtTransferPreprocess, always, full_serde,
    (payee_account_number, "payeeAccountNumber", required),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_currency_code, "payeeCurrencyCode", required),
    (payee_address, "payeeAddress", optional),
    (bank_details, "bankDetails", optional),
);
rt::object::builder!(
    PayeeAccountDetailsAdhocExtTransferPreprocess,
    (new payee_account_number, String, required),
    (new payee_currency_code, String, required),
    (set payee_name, with_payee_name, String, optional),
    (set payee_nick_name, with_payee_nick_name, String, optional),
    (set payee_address, with_payee_address, PayeeAddress, optional),
    (set bank_details, with_bank_details, BankDetailsExtTransfer, optional),
);
/// Unregistered Citi Handlowy beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAccountDetailsAdhocIntTransferPreprocess {
    /// Clear (unmasked) account number or IBAN of the payee.
    pub payee_account_number: String,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
}
rt::object::serde_impls!(
    PayeeAccountDetailsAdhocIntTransferPreprocess, always, full_serde,
    (payee_account_number, "payeeAccountNumber", required),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
);
rt::object::builder!(
    PayeeAccountDetailsAdhocIntTransferPreprocess,
    (new payee_account_number, String, required),
    (set payee_name, with_payee_name, String, optional),
    (set payee_nick_name, with_payee_nick_name, String, optional),
);
/// Address of the payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeAddress {
    /// Address line 1.
    pub address_line1: String,
    /// Address line 2.
    pub address_line2: Option<String>,
    /// Address line 3.
    pub address_line3: Option<String>,
    /// Country of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub country_name: Option<String>,
}
rt::object::serde_impls!(
    PayeeAddress, always, always,
    (address_line1, "addressLine1", required),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (country_name, "countryName", optional),
);
rt::object::builder!(
    PayeeAddress,
    (new address_line1, String, required),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set country_name, with_country_name, String, optional),
);
/// Address of the payee's bank.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeBankAddress {
    /// Address line 1.
    pub address_line1: String,
    /// Address line 2.
    pub address_line2: Option<String>,
    /// Address line 3.
    pub address_line3: Option<String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub country_name: Option<String>,
}
rt::object::serde_impls!(
    PayeeBankAddress, always, always,
    (address_line1, "addressLine1", required),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (country_name, "countryName", optional),
);
rt::object::builder!(
    PayeeBankAddress,
    (new address_line1, String, required),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set country_name, with_country_name, String, optional),
);
/// Bank of an unregistered beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeBankDetails {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub country_name: Option<String>,
}
rt::object::serde_impls!(
    PayeeBankDetails, always, full_serde,
    (global_bank_code, "globalBankCode", required),
    (country_name, "countryName", optional),
);
rt::object::builder!(
    PayeeBankDetails,
    (new global_bank_code, String, required),
    (set country_name, with_country_name, String, optional),
);
/// Bank of an unregistered cross-border beneficiary.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess {
    /// Name of the bank.
    pub payee_bank_name: Option<String>,
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    pub payee_bank_address: Option<PayeeBankAddress>,
}
rt::object::serde_impls!(
    PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess, always, full_serde,
    (payee_bank_name, "payeeBankName", optional),
    (global_bank_code, "globalBankCode", required),
    (payee_bank_address, "payeeBankAddress", optional),
);
rt::object::builder!(
    PayeeBankDetailsAdhocCrossBorderWireTransferPreprocess,
    (new global_bank_code, String, required),
    (set payee_bank_name, with_payee_bank_name, String, optional),
    (set payee_bank_address, with_payee_bank_address, PayeeBankAddress, optional),
);
/// Bank of a Citi Global Transfer payee.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PayeeBankDetailsCitiGlobalTransfer {
    /// Name of the bank.
    pub bank_name: Option<String>,
    /// Country of the bank. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub country_name: Option<String>,
}
rt::object::serde_impls!(
    PayeeBankDetailsCitiGlobalTransfer, full_serde, always,
    (bank_name, "bankName", optional),
    (country_name, "countryName", optional),
);
/// Bank of a cross-border payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeBankDetailsCrossBorderWireTransfer {
    /// SWIFT/BIC of the payee's bank.
    pub global_bank_code: String,
    /// Name of the bank.
    pub bank_name: Option<String>,
    pub payee_bank_address: Option<PayeeBankAddress>,
}
rt::object::serde_impls!(
    PayeeBankDetailsCrossBorderWireTransfer, full_serde, always,
    (global_bank_code, "globalBankCode", required),
    (bank_name, "bankName", optional),
    (payee_bank_address, "payeeBankAddress", optional),
);
/// Details of one payee; the object matching the payee's destination type is populated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PayeeDetailsResponse {
    pub internal_domestic_payee: Option<InternalDomesticPayee>,
    pub external_domestic_payee: Option<ExternalDomesticPayee>,
    pub bill_payment_payee: Option<BillPaymentPayee>,
    pub ibbs_payee: Option<IbbsPayee>,
    pub citi_global_transferpayee: Option<CitiGlobalTransferpayee>,
    pub cross_border_wire_transfers_payee: Option<CrossBorderWireTransfersPayee>,
    pub sepa_transfer_payee: Option<SepaTransferPayee>,
}
rt::object::serde_impls!(
    PayeeDetailsResponse, full_serde, always,
    (internal_domestic_payee, "internalDomesticPayee", optional),
    (external_domestic_payee, "externalDomesticPayee", optional),
    (bill_payment_payee, "billPaymentPayee", optional),
    (ibbs_payee, "ibbsPayee", optional),
    (citi_global_transferpayee, "citiGlobalTransferpayee", optional),
    (cross_border_wire_transfers_payee, "crossBorderWireTransfersPayee", optional),
    (sepa_transfer_payee, "sepaTransferPayee", optional),
);
/// Registered payees of the customer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeListResponse {
    pub payee_list: Vec<Payee>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    PayeeListResponse, full_serde, always,
    (payee_list, "payeeList", required),
    (next_start_index, "nextStartIndex", optional),
);
/// A payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinations {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    pub bank_details: Option<BankDetails>,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    /// Payment methods available for the payee.
    pub payment_methods: Vec<PaymentMethod>,
    /// Identifier of the merchant (biller).
    pub merchant_number: Option<String>,
    /// Name of the payee.
    pub payee_name: Option<String>,
    pub payee_address: Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
rt::object::serde_impls!(
    PayeeSourceAccountCombinations, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", optional),
    (payee_account_currency_code, "payeeAccountCurrencyCode", required),
    (payee_nick_name, "payeeNickName", required),
    (bank_details, "bankDetails", optional),
    (payment_type, "paymentType", optional),
    (payment_methods, "paymentMethods", required),
    (merchant_number, "merchantNumber", optional),
    (payee_name, "payeeName", optional),
    (payee_address, "payeeAddress", optional),
    (source_account_ids, "sourceAccountIds", required),
);
/// A Citi Global Transfer payee and the source account that may pay it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCitiGlobalTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    pub payee_bank_details: Option<PayeeBankDetailsCitiGlobalTransfer>,
    pub source_account_ids: Option<SourceAccountIds>,
}
rt::object::serde_impls!(
    PayeeSourceAccountCombinationsCitiGlobalTransfer, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", required),
    (payee_account_currency_code, "payeeAccountCurrencyCode", optional),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_bank_details, "payeeBankDetails", optional),
    (source_account_ids, "sourceAccountIds", optional),
);
/// A cross-border payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsCrossBorderWireTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: Option<String>,
    /// Name of the payee.
    pub payee_name: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    pub payee_bank_details: Option<PayeeBankDetailsCrossBorderWireTransfer>,
    pub payee_address: Option<PayeeAddress>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Option<Vec<SourceAccountIds>>,
}
rt::object::serde_impls!(
    PayeeSourceAccountCombinationsCrossBorderWireTransfer, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", required),
    (payee_account_currency_code, "payeeAccountCurrencyCode", optional),
    (payee_name, "payeeName", optional),
    (payee_nick_name, "payeeNickName", optional),
    (payee_bank_details, "payeeBankDetails", optional),
    (payee_address, "payeeAddress", optional),
    (source_account_ids, "sourceAccountIds", optional),
);
/// A SEPA payee and the source accounts that may pay it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PayeeSourceAccountCombinationsSepaTransfer {
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Masked payee account number for display.
    pub display_payee_account_number: String,
    /// Currency of the payee account (ISO 4217).
    pub payee_account_currency_code: Option<String>,
    /// Nickname of the payee.
    pub payee_nick_name: Option<String>,
    pub bank_details: Option<BankDetailsSepaTransfer>,
    pub payee_address: Option<PayeeAddress>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
}
rt::object::serde_impls!(
    PayeeSourceAccountCombinationsSepaTransfer, full_serde, always,
    (payee_id, "payeeId", required),
    (display_payee_account_number, "displayPayeeAccountNumber", required),
    (payee_account_currency_code, "payeeAccountCurrencyCode", optional),
    (payee_nick_name, "payeeNickName", optional),
    (bank_details, "bankDetails", optional),
    (payee_address, "payeeAddress", optional),
    (transfer_purpose, "transferPurpose", optional),
    (source_account_ids, "sourceAccountIds", required),
);
/// A country transfers can be sent to, with what a transfer there needs.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PaymentCountry {
    /// Name of the country.
    pub country_name: String,
    /// ISO 3166 alpha-2 code of the country.
    pub country_code: String,
    /// Local currency of the country (ISO 4217).
    pub local_currency_code: Option<String>,
    /// Name of the bank or branch identifier transfers to this country use (for example `SORT CODE` or `IFSC`), when there is one.
    pub country_bank_branch_identifier: Option<String>,
    /// Whether accounts in this country are identified by IBAN.
    pub country_iban_flag: Option<bool>,
}
rt::object::serde_impls!(
    PaymentCountry, full_serde, always,
    (country_name, "countryName", required),
    (country_code, "countryCode", required),
    (local_currency_code, "localCurrencyCode", optional),
    (country_bank_branch_identifier, "countryBankBranchIdentifier", optional),
    (country_iban_flag, "countryIbanFlag", optional),
);
/// A payment method.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PaymentMethod {
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: Option<String>,
}
rt::object::serde_impls!(
    PaymentMethod, full_serde, always,
    (payment_method, "paymentMethod", optional),
);
/// An own destination account and the source accounts that may fund it (personal transfers).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticDestinationSourceAcctCombinations {
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Masked destination account number for display.
    pub display_destination_account_number: String,
    /// Currency of the destination account (ISO 4217).
    pub destination_account_currency_code: String,
    /// Available balance of the account.
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance (credit cards).
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Minimum amount due (credit cards).
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last statement. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Payment due date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Source accounts that may pay this destination.
    pub source_account_ids: Vec<SourceAccountIds>,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
}
rt::object::serde_impls!(
    PersonalDomesticDestinationSourceAcctCombinations, full_serde, always,
    (destination_account_id, "destinationAccountId", required),
    (display_destination_account_number, "displayDestinationAccountNumber", required),
    (destination_account_currency_code, "destinationAccountCurrencyCode", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (outstanding_balance, "outstandingBalance", optional, number),
    (minimum_due_amount, "minimumDueAmount", optional, number),
    (last_statement_date, "lastStatementDate", optional),
    (payment_due_date, "paymentDueDate", optional),
    (source_account_ids, "sourceAccountIds", required),
    (product_name, "productName", optional),
    (account_nick_name, "accountNickName", optional),
);
/// An account that can be debited for personal (own-account) transfers.
#[derive(Clone, Debug, PartialEq)]
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
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
}
rt::object::serde_impls!(
    PersonalDomesticSourceAccounts, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (product_name, "productName", optional),
    (account_nick_name, "accountNickName", optional),
);
/// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    PersonalDomesticTransferConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    PersonalDomesticTransferConfirmationRequest,
    (new control_flow_id, String, required),
);
/// Result of a transfer between the customer's own accounts, completed after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticTransferConfirmationResponse {
    pub source_account: Option<SourceAccount>,
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    PersonalDomesticTransferConfirmationResponse, full_serde, always,
    (source_account, "sourceAccount", optional),
    (destination_account, "destinationAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Confirms a preprocessed personal transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    PersonalDomesticTransferRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    PersonalDomesticTransferRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed personal transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticTransferResponse {
    pub source_account: Option<SourceAccount>,
    pub destination_account: DestinationAccount,
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    PersonalDomesticTransferResponse, full_serde, always,
    (source_account, "sourceAccount", optional),
    (destination_account, "destinationAccount", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// Eligible source and destination accounts for personal transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PersonalDomesticValidSrcDesAcctRes {
    pub source_accounts: Vec<PersonalDomesticSourceAccounts>,
    pub destination_source_acct_combinations: Vec<
        PersonalDomesticDestinationSourceAcctCombinations,
    >,
}
rt::object::serde_impls!(
    PersonalDomesticValidSrcDesAcctRes, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (destination_source_acct_combinations, "destinationSourceAcctCombinations", required),
);
/// Result of a preprocess call: the flow id to confirm, amounts, FX rate and fees.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreprocessForFundTransferResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: DebitDetails,
    pub credit_details: CreditDetails,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: ::rust_decimal::Decimal,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    PreprocessForFundTransferResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", required),
    (credit_details, "creditDetails", required),
    (foreign_exchange_rate, "foreignExchangeRate", required, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Preprocess request of a transfer to an account at another domestic bank, by destination account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the destination account (encrypted, opaque), from the eligibility call.
    pub destination_account_id: String,
    /// Who bears the transfer charges. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `chargeBearer`).
    pub charge_bearer: String,
    /// Reference of a pre-booked foreign-exchange deal.
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    PreprocessFundTransferRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (destination_account_id, "destinationAccountId", required),
    (charge_bearer, "chargeBearer", required),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    PreprocessFundTransferRequest,
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new destination_account_id, String, required),
    (new charge_bearer, String, required),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, String, optional),
);
/// Preprocess request of a transfer to a registered payee at another domestic bank.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestExternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
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
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    pub tax_payment_details: Option<TaxPaymentDetails>,
}
rt::object::serde_impls!(
    PreprocessFundTransferRequestExternalTransfer, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payee_id, "payeeId", required),
    (charge_bearer, "chargeBearer", required),
    (payment_method, "paymentMethod", required),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (tax_payment_details, "taxPaymentDetails", optional),
);
rt::object::builder!(
    PreprocessFundTransferRequestExternalTransfer,
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new payee_id, String, required),
    (new charge_bearer, String, required),
    (new payment_method, String, required),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set tax_payment_details, with_tax_payment_details, TaxPaymentDetails, optional),
);
/// Preprocess request of a transfer to a registered Citi payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestInternalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Reference of a pre-booked foreign-exchange deal.
    pub fx_deal_reference_number: Option<String>,
    /// Free-text payment note.
    pub remarks: Option<String>,
    /// Purpose of the transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferPurpose`).
    pub transfer_purpose: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
}
rt::object::serde_impls!(
    PreprocessFundTransferRequestInternalTransfer, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", optional, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (payee_id, "payeeId", required),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (remarks, "remarks", optional),
    (transfer_purpose, "transferPurpose", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
);
rt::object::builder!(
    PreprocessFundTransferRequestInternalTransfer,
    (new source_account_id, String, required),
    (new transfer_currency_indicator, String, required),
    (new payee_id, String, required),
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set remarks, with_remarks, String, optional),
    (set transfer_purpose, with_transfer_purpose, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
);
/// Preprocess request of a transfer between own accounts.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PreprocessFundTransferRequestPersonalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Whether transactionAmount is in the source or the destination account currency. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transferCurrencyIndicator`).
    pub transfer_currency_indicator: String,
    /// Identifier of the destination account (encrypted, opaque).
    pub destination_account_id: String,
    /// Reference of a pre-booked foreign-exchange deal.
    pub fx_deal_reference_number: Option<String>,
    /// Payment schedule type. Poland allows only immediate and one-time future-dated schedules. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentScheduleType`).
    pub payment_schedule_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    PreprocessFundTransferRequestPersonalTransfer, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transfer_currency_indicator, "transferCurrencyIndicator", required),
    (destination_account_id, "destinationAccountId", required),
    (fx_deal_reference_number, "fxDealReferenceNumber", optional),
    (payment_schedule_type, "paymentScheduleType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    PreprocessFundTransferRequestPersonalTransfer,
    (new source_account_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (new transfer_currency_indicator, String, required),
    (new destination_account_id, String, required),
    (set fx_deal_reference_number, with_fx_deal_reference_number, String, optional),
    (set payment_schedule_type, with_payment_schedule_type, String, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, String, optional),
);
/// A payment note line.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Remarks {
    /// Free-text payment note.
    pub remarks: String,
}
rt::object::serde_impls!(
    Remarks, always, full_serde,
    (remarks, "remarks", required),
);
rt::object::builder!(
    Remarks,
    (new remarks, String, required),
);
/// The source accounts and payees a bundle of transfers can use, per payment method.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse {
    /// Source account and payee.
    pub source_account_and_payee: Option<Vec<SourceAccountAndPayee>>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse, full_serde, always,
    (source_account_and_payee, "sourceAccountAndPayee", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Status of every transfer of a bundle.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse {
    /// Transaction details.
    pub transaction_details: Option<Vec<TransactionDetails>>,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse, full_serde, always,
    (transaction_details, "transactionDetails", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// The customer's standing instructions.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RetrievePaymentInitiationTransactionRepeatingPaymentsResponse {
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
    /// Standing instructions.
    pub standing_instructions: Option<Vec<StandingInstructions>>,
}
rt::object::serde_impls!(
    RetrievePaymentInitiationTransactionRepeatingPaymentsResponse, full_serde, always,
    (next_start_index, "nextStartIndex", optional),
    (standing_instructions, "standingInstructions", optional),
);
/// An ad hoc SEPA transfer, within a bundle.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Sepa {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Currency of the transaction (ISO 4217).
    pub transaction_currency_code: String,
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    pub payee_account_details: Option<PayeeAccountDetails>,
    pub payee_address: Option<PayeeAddress>,
    pub payee_bank_details: Option<PayeeBankDetails>,
    /// Free-text payment note.
    pub remarks: Option<Vec<Remarks>>,
}
rt::object::serde_impls!(
    Sepa, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (transaction_currency_code, "transactionCurrencyCode", required),
    (transaction_amount, "transactionAmount", optional, number),
    (payee_account_details, "payeeAccountDetails", optional),
    (payee_address, "payeeAddress", optional),
    (payee_bank_details, "payeeBankDetails", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    Sepa,
    (new source_account_id, String, required),
    (new transaction_currency_code, String, required),
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
    (set payee_account_details, with_payee_account_details, PayeeAccountDetails, optional),
    (set payee_address, with_payee_address, PayeeAddress, optional),
    (set payee_bank_details, with_payee_bank_details, PayeeBankDetails, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
);
/// Payee reached by SEPA transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransferPayee {
    /// Name of the payee.
    pub payee_name: String,
    /// Nickname of the payee.
    pub payee_nick_name: String,
    /// Type of the payee, by destination. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeType`).
    pub payee_type: String,
    /// Status of the payee. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `payeeStatus`).
    pub payee_status: Option<String>,
    /// Currency of the payee account (ISO 4217).
    pub currency_code: Option<String>,
    /// Country of the payee (ISO 3166 alpha-2). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub payee_country_code: String,
    /// Identifier of the payee account (encrypted, opaque).
    pub account_id: String,
    /// Masked payee account number for display.
    pub display_account_number: String,
    /// Name of the beneficiary's bank.
    pub beneficiary_bank_name: Option<String>,
    /// Local bank code of the beneficiary's bank.
    pub beneficiary_bank_code: Option<String>,
    /// Free-text notes on the payee.
    pub payee_notes: String,
}
rt::object::serde_impls!(
    SepaTransferPayee, full_serde, always,
    (payee_name, "payeeName", required),
    (payee_nick_name, "payeeNickName", required),
    (payee_type, "payeeType", required),
    (payee_status, "payeeStatus", optional),
    (currency_code, "currencyCode", optional),
    (payee_country_code, "payeeCountryCode", required),
    (account_id, "accountId", required),
    (display_account_number, "displayAccountNumber", required),
    (beneficiary_bank_name, "beneficiaryBankName", optional),
    (beneficiary_bank_code, "beneficiaryBankCode", optional),
    (payee_notes, "payeeNotes", required),
);
/// Confirms a preprocessed SEPA transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransferRequest {
    /// The controlFlowId returned by the preprocess call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    SepaTransferRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    SepaTransferRequest,
    (new control_flow_id, String, required),
);
/// Result of a confirmed SEPA transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransferResponse {
    /// Reference of the executed transaction.
    pub transaction_reference_id: String,
    pub source_account_details: SourceAccountDetails,
}
rt::object::serde_impls!(
    SepaTransferResponse, full_serde, always,
    (transaction_reference_id, "transactionReferenceId", required),
    (source_account_details, "sourceAccountDetails", required),
);
/// Eligible source accounts and payees for SEPA transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransfersAccountPayeeEligibilityResponse {
    pub source_accounts: Vec<SourceAccounts>,
    pub payee_source_account_combinations: Option<
        Vec<PayeeSourceAccountCombinationsSepaTransfer>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    SepaTransfersAccountPayeeEligibilityResponse, full_serde, always,
    (source_accounts, "sourceAccounts", required),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Preprocess request of a SEPA transfer to a registered payee.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransfersPreprocessRequest {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Identifier of the payee (encrypted, opaque).
    pub payee_id: String,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Payment notes.
    pub remarks: Option<Vec<Remarks>>,
}
rt::object::serde_impls!(
    SepaTransfersPreprocessRequest, always, full_serde,
    (source_account_id, "sourceAccountId", required),
    (payee_id, "payeeId", required),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    SepaTransfersPreprocessRequest,
    (new source_account_id, String, required),
    (new payee_id, String, required),
    (new transaction_amount, ::rust_decimal::Decimal, required),
    (set transaction_currency_code, with_transaction_currency_code, String, optional),
    (set remarks, with_remarks, Vec<Remarks>, optional),
);
/// Result of a SEPA preprocess call.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SepaTransfersPreprocessResponse {
    /// Identifier of the transfer flow, returned by the preprocess call and posted to the confirm call.
    pub control_flow_id: String,
    pub debit_details: Option<DebitDetails>,
    pub credit_details: Option<CreditDetails>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    SepaTransfersPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SourceAccount {
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Available balance of the source account after the transfer.
    pub source_account_available_balance: ::rust_decimal::Decimal,
    /// Currency of the source account (ISO 4217).
    pub source_currency_code: Option<String>,
}
rt::object::serde_impls!(
    SourceAccount, full_serde, always,
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_available_balance, "sourceAccountAvailableBalance", required, number),
    (source_currency_code, "sourceCurrencyCode", optional),
);
/// For one payment method: the accounts that can pay and the payees they can pay.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct SourceAccountAndPayee {
    /// Payment method these accounts and payees are for. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: Option<String>,
    /// The eligible source accounts.
    pub source_accounts: Option<Vec<SourceAccounts>>,
    /// Payee source account combinations.
    pub payee_source_account_combinations: Option<Vec<PayeeSourceAccountCombinations>>,
}
rt::object::serde_impls!(
    SourceAccountAndPayee, full_serde, always,
    (payment_method, "paymentMethod", optional),
    (source_accounts, "sourceAccounts", optional),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", optional),
);
/// Source account after the transfer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SourceAccountDetails {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: Option<String>,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: Option<String>,
    /// Available balance of the source account after the transfer.
    pub source_account_available_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SourceAccountDetails, full_serde, always,
    (source_account_id, "sourceAccountId", optional),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", optional),
    (source_account_available_balance, "sourceAccountAvailableBalance", optional, number),
);
/// Reference to a source account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SourceAccountIds {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
}
rt::object::serde_impls!(
    SourceAccountIds, full_serde, always,
    (source_account_id, "sourceAccountId", required),
);
/// An account that can be debited.
#[derive(Clone, Debug, PartialEq)]
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
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Next payment amount.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Nickname of the account.
    pub account_nick_name: Option<String>,
}
rt::object::serde_impls!(
    SourceAccounts, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (product_name, "productName", optional),
    (account_nick_name, "accountNickName", optional),
);
/// An account that can be debited for Citi Global Transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SourceAccountsCitiGlobalTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    pub account_nickname: Option<String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: Option<String>,
    /// Available balance of the account.
    pub available_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SourceAccountsCitiGlobalTransfer, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (product_name, "productName", optional),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_nickname, "accountNickname", optional),
    (account_group, "accountGroup", optional),
    (available_balance, "availableBalance", optional, number),
);
/// An account that can be debited for cross-border wire transfers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SourceAccountsCrossBorderWireTransfer {
    /// Identifier of the source account (encrypted, opaque).
    pub source_account_id: String,
    /// Masked source account number for display.
    pub display_source_account_number: String,
    /// Product name of the account.
    pub product_name: Option<String>,
    /// Currency of the source account (ISO 4217).
    pub source_account_currency_code: String,
    /// Nickname of the account (spelled `accountNickname` in this model).
    pub account_nickname: Option<String>,
    /// Account group of the source account. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountGroup`).
    pub account_group: String,
    /// Available balance of the account.
    pub available_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SourceAccountsCrossBorderWireTransfer, full_serde, always,
    (source_account_id, "sourceAccountId", required),
    (display_source_account_number, "displaySourceAccountNumber", required),
    (product_name, "productName", optional),
    (source_account_currency_code, "sourceAccountCurrencyCode", required),
    (account_nickname, "accountNickname", optional),
    (account_group, "accountGroup", required),
    (available_balance, "availableBalance", optional, number),
);
/// Recurring execution (standing instruction); kept for fidelity: Poland allows only immediate and one-time future-dated schedules.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct StandingInstruction {
    /// First execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub standing_instruction_start_date: ::chrono::NaiveDate,
    /// Frequency of the payments. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    pub payment_frequency: String,
    /// True if the instruction runs until cancelled.
    pub perpetual_flag: Option<bool>,
    /// Last execution date. Format YYYY-MM-DD (typed DateTime by the SDK, documented as a date).
    pub standing_instruction_end_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    StandingInstruction, always, always,
    (standing_instruction_start_date, "standingInstructionStartDate", required),
    (payment_frequency, "paymentFrequency", required),
    (perpetual_flag, "perpetualFlag", optional),
    (standing_instruction_end_date, "standingInstructionEndDate", optional),
);
rt::object::builder!(
    StandingInstruction,
    (new standing_instruction_start_date, ::chrono::NaiveDate, required),
    (new payment_frequency, String, required),
    (set perpetual_flag, with_perpetual_flag, bool, optional),
    (set standing_instruction_end_date, with_standing_instruction_end_date, ::chrono::NaiveDate, optional),
);
/// A standing instruction (repeating or future-dated payment) of the customer.
#[derive(Clone, Debug, PartialEq)]
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
    pub bank_sort_code: Option<String>,
    /// Amount of the transfer.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Name of the payee of the standing instruction.
    pub payee: String,
    /// Payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    StandingInstructions, full_serde, always,
    (transaction_reference_id, "transactionReferenceId", required),
    (display_account_number, "displayAccountNumber", required),
    (account_id, "accountId", required),
    (payment_method, "paymentMethod", required),
    (bank_sort_code, "bankSortCode", optional),
    (transaction_amount, "transactionAmount", required, number),
    (payee, "payee", required),
    (payment_type, "paymentType", optional),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
/// Tax-office payment data.
#[derive(Clone, Debug, PartialEq)]
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
    pub tax_payment_month: Option<String>,
    /// Day of the tax payment.
    pub tax_payment_day: Option<String>,
    /// Period of the tax payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `taxPaymentPeriod`).
    pub tax_payment_period: Option<String>,
    /// Number of the tax payment period.
    pub tax_payment_period_number: Option<String>,
}
rt::object::serde_impls!(
    TaxPaymentDetails, always, full_serde,
    (id_type, "idType", required),
    (id_number, "idNumber", required),
    (tax_declaration_type, "taxDeclarationType", required),
    (tax_payment_year, "taxPaymentYear", required),
    (tax_payment_month, "taxPaymentMonth", optional),
    (tax_payment_day, "taxPaymentDay", optional),
    (tax_payment_period, "taxPaymentPeriod", optional),
    (tax_payment_period_number, "taxPaymentPeriodNumber", optional),
);
rt::object::builder!(
    TaxPaymentDetails,
    (new id_type, String, required),
    (new id_number, String, required),
    (new tax_declaration_type, String, required),
    (new tax_payment_year, String, required),
    (set tax_payment_month, with_tax_payment_month, String, optional),
    (set tax_payment_day, with_tax_payment_day, String, optional),
    (set tax_payment_period, with_tax_payment_period, String, optional),
    (set tax_payment_period_number, with_tax_payment_period_number, String, optional),
);
/// Status of one transfer of a bundle.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Identifier of the transfer within the bundle.
    pub individual_bundle_id: String,
    /// Identifier of the executed transaction.
    pub transaction_id: Option<String>,
    /// Name of the beneficiary.
    pub beneficiary_name: Option<String>,
    /// Name of the beneficiary's bank.
    pub beneficiary_bank_name: Option<String>,
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction (ISO 4217).
    pub transaction_currency_code: Option<String>,
    /// Date of the transaction (YYYY-MM-DD).
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Status of the bundle or transfer. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Kind of transaction. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    pub transaction_type: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetails, full_serde, always,
    (individual_bundle_id, "individualBundleId", required),
    (transaction_id, "transactionId", optional),
    (beneficiary_name, "beneficiaryName", optional),
    (beneficiary_bank_name, "beneficiaryBankName", optional),
    (transaction_amount, "transactionAmount", optional, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (transaction_date, "transactionDate", optional),
    (transaction_status, "transactionStatus", optional),
    (transaction_type, "transactionType", optional),
);
/// Completes a change to a standing instruction after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: Option<String>,
}
rt::object::serde_impls!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", optional),
);
rt::object::builder!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
    (set control_flow_id, with_control_flow_id, String, optional),
);
/// The changed standing instruction.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    pub account_id: String,
    /// Reference of the standing instruction (the transaction that set it up).
    pub transaction_reference_id: String,
}
rt::object::serde_impls!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse, full_serde, always,
    (account_id, "accountId", required),
    (transaction_reference_id, "transactionReferenceId", required),
);
/// A change to a standing instruction, to be preprocessed.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest {
    /// Identifier of the account the standing instruction debits (encrypted, opaque).
    pub account_id: String,
    /// Payment method. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentMethod`).
    pub payment_method: String,
    /// Sort code (bank code) of the payee account.
    pub bank_sort_code: Option<String>,
    /// Reference of the standing instruction (the transaction that set it up).
    pub transaction_reference_id: String,
    /// Amount of the transfer.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    pub future_dated_transaction: Option<FutureDatedTransaction>,
    pub standing_instruction: Option<StandingInstruction>,
    /// Free-text payment note.
    pub remarks: Option<String>,
}
rt::object::serde_impls!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest, always, full_serde,
    (account_id, "accountId", required),
    (payment_method, "paymentMethod", required),
    (bank_sort_code, "bankSortCode", optional),
    (transaction_reference_id, "transactionReferenceId", required),
    (transaction_amount, "transactionAmount", optional, number),
    (future_dated_transaction, "futureDatedTransaction", optional),
    (standing_instruction, "standingInstruction", optional),
    (remarks, "remarks", optional),
);
rt::object::builder!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
    (new account_id, String, required),
    (new payment_method, String, required),
    (new transaction_reference_id, String, required),
    (set bank_sort_code, with_bank_sort_code, String, optional),
    (set transaction_amount, with_transaction_amount, ::rust_decimal::Decimal, optional),
    (set future_dated_transaction, with_future_dated_transaction, FutureDatedTransaction, optional),
    (set standing_instruction, with_standing_instruction, StandingInstruction, optional),
    (set remarks, with_remarks, String, optional),
);
/// A preprocessed change to a standing instruction, to be confirmed.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
    /// Debit details.
    pub debit_details: Option<Vec<DebitDetails>>,
    /// Credit details.
    pub credit_details: Option<Vec<CreditDetails>>,
    /// Foreign-exchange rate applied to the transfer.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Fee charged for the transfer.
    pub transaction_fee: Option<::rust_decimal::Decimal>,
    /// Currency of the fee (ISO 4217).
    pub fee_currency_code: Option<String>,
}
rt::object::serde_impls!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse, full_serde, always,
    (control_flow_id, "controlFlowId", required),
    (debit_details, "debitDetails", optional),
    (credit_details, "creditDetails", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_fee, "transactionFee", optional, number),
    (fee_currency_code, "feeCurrencyCode", optional),
);
/// Confirms a preprocessed change to a standing instruction.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct UpdatePaymentInitiationTransactionRepeatingPaymentsRequest {
    /// Identifier of the flow, from the preprocess call.
    pub control_flow_id: Option<String>,
}
rt::object::serde_impls!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsRequest, always, full_serde,
    (control_flow_id, "controlFlowId", optional),
);
rt::object::builder!(
    UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
    (set control_flow_id, with_control_flow_id, String, optional),
);
/// Valid source and destination combinations across all transfer types.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ValidSourceDestinationAccountsResponse {
    pub source_accounts: Option<Vec<SourceAccounts>>,
    pub payee_source_account_combinations: Option<Vec<PayeeSourceAccountCombinations>>,
    pub destination_source_acct_combinations: Option<
        Vec<DestinationSourceAcctCombinations>,
    >,
    /// Index of the first record of the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    ValidSourceDestinationAccountsResponse, full_serde, always,
    (source_accounts, "sourceAccounts", optional),
    (payee_source_account_combinations, "payeeSourceAccountCombinations", optional),
    (destination_source_acct_combinations, "destinationSourceAcctCombinations", optional),
    (next_start_index, "nextStartIndex", optional),
);
