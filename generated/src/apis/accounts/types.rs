// @generated from specs/accounts.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// What the account owes if it is closed now, by kind of account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountBalancesSummaryInquiryResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_card_account_balance_summary: Option<CreditCardAccountBalanceSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_credit_account_balance_summary: Option<ReadyCreditAccountBalanceSummary>,
}
/// Request to close an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountClosureRequest {
    /// Identifier, in encrypted format, of the account to close.
    pub account_id: String,
    /// Reason for the closure. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClosureReasonCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_closure_reason_code: Option<String>,
    /// Whether the customer consents to the closure.
    pub consent_given_flag: bool,
}
impl AccountClosureRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_id: impl Into<String>,
        consent_given_flag: impl Into<bool>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            account_closure_reason_code: None,
            consent_given_flag: consent_given_flag.into(),
        }
    }
    /// Sets `account_closure_reason_code`.
    #[must_use]
    pub fn with_account_closure_reason_code(mut self, value: impl Into<String>) -> Self {
        self.account_closure_reason_code = Some(value.into());
        self
    }
}
/// Result of a closure request.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountClosureResponse {
    /// Reference of the closure request.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_closure_reference_id: Option<String>,
}
/// One consent on an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountConsentDetails {
    /// Type of consent. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: String,
    /// Whether the customer gave the consent.
    pub consent_given_flag: bool,
    /// Date the consent was last updated, YYYY-MM-DD.
    pub consent_update_date: ::chrono::NaiveDate,
    /// Card identifier in encrypted format, for card consents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_id: Option<String>,
}
impl AccountConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        consent_type: impl Into<String>,
        consent_given_flag: impl Into<bool>,
        consent_update_date: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            consent_type: consent_type.into(),
            consent_given_flag: consent_given_flag.into(),
            consent_update_date: consent_update_date.into(),
            card_id: None,
        }
    }
    /// Sets `card_id`.
    #[must_use]
    pub fn with_card_id(mut self, value: impl Into<String>) -> Self {
        self.card_id = Some(value.into());
        self
    }
}
/// Details of one account. Wrapper object: all properties are optional and the one matching
/// the account kind is populated (inferred). Under PSD2 only checkingAccount, savingsAccount
/// and creditCardAccount occur.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountDetailsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_card_account: Option<CreditCardAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_credit_account: Option<ReadyCreditAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checking_account: Option<CheckingAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub savings_account: Option<SavingsAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_deposit_account: Option<TimeDepositAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan_account: Option<LoanAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutual_fund_account: Option<MutualFundAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub securities_brokerage_account: Option<SecuritiesBrokerageAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_deposit_account: Option<CallDepositAccount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_deposit_account: Option<PremiumDepositAccount>,
}
/// The accounts of one account group, with group totals.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountGroupSummary {
    /// Account group, for example CHECKING, SAVINGS or CREDITCARD. Reference-data code; valid
    /// values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}`
    /// (referenceCode `accountGroup`).
    pub account_group: String,
    /// The accounts of the group.
    pub accounts: Vec<AccountSummary>,
    /// Insurance policies of the group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub insurance_policies: Option<Vec<InsurancePolicySummary>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_current_balance: Option<GroupBalance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_available_balance: Option<GroupBalance>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub total_outstanding_balance: Option<GroupBalance>,
}
/// One account whose unmasked number is wanted.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountInfo {
    /// Account identifier in encrypted format.
    pub account_id: String,
}
impl AccountInfo {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
        }
    }
}
/// Statements of one account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountStatementListResponse {
    /// The statements.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_list: Option<Vec<StatementList>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// One account of a group. Wrapper object: all properties are optional and one of them, the
/// one matching the account kind, is populated (inferred). Under PSD2 only
/// checkingAccountSummary, savingsAccountSummary and creditCardAccountSummary occur.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountSummary {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checking_account_summary: Option<CheckingAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub savings_account_summary: Option<SavingsAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_card_account_summary: Option<CreditCardAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ready_credit_account_summary: Option<ReadyCreditAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub loan_account_summary: Option<LoanAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutual_fund_account_summary: Option<MutualFundAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub securities_brokerage_account_summary: Option<SecuritiesBrokerageAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub call_deposit_account_summary: Option<CallDepositAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub premium_deposit_account_summary: Option<PremiumDepositAccountSummary>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub time_deposit_account_summary: Option<TimeDepositAccountSummary>,
}
/// The unmasked number of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Accounts {
    /// Clear (unmasked) account number; the IBAN.
    pub unmasked_account_number: String,
    /// Account identifier in encrypted format.
    pub account_id: String,
}
/// Summary of all the customer's accounts, grouped.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountsGroupList {
    /// One entry per account group.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_group_summary: Option<Vec<AccountGroupSummary>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// One line of the address of the beneficiary.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BeneficiaryAddress {
    /// One line of the address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line: Option<String>,
}
/// Beneficiary and beneficiary bank of a transaction.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BeneficiaryBankDetails {
    /// Name of the beneficiary.
    pub full_name: String,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Name of the bank.
    pub bank_name: String,
    /// Bank code of the beneficiary account.
    pub bank_code: String,
    /// Account number of the beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_number: Option<String>,
}
/// Details of a call deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CallDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Balance available to transact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Amount due at maturity, in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_interest_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last interest payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_interest_payment_date: Option<::chrono::NaiveDate>,
}
/// Summary of a call deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CallDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
}
/// Details of a checking (current) account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CheckingAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Overdraft limit of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub overdraft_limit: Option<::rust_decimal::Decimal>,
    /// Part of the overdraft limit still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_overdraft_limit: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub hold_amount: Option<::rust_decimal::Decimal>,
    /// Uncleared funds.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub float_amount: Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
}
/// Summary of a checking (current) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CheckingAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
}
/// Accounts whose transactions are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CompositeTransactionDetailsRequest {
    /// One entry per account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_details_request: Option<Vec<TransactionDetailsRequest>>,
}
impl CompositeTransactionDetailsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_details_request: None,
        }
    }
    /// Sets `transaction_details_request`.
    #[must_use]
    pub fn with_transaction_details_request(
        mut self,
        value: impl Into<Vec<TransactionDetailsRequest>>,
    ) -> Self {
        self.transaction_details_request = Some(value.into());
        self
    }
}
/// Transactions of several accounts.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CompositeTransactionDetailsResponse {
    /// One entry per account requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_details: Option<Vec<TransactionDetails>>,
}
/// Consents on an account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConsentsDetailsInquiryResponse {
    /// The consents.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_consent_details: Option<Vec<AccountConsentDetails>>,
}
/// New consents for an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConsentsDetailsUpdateRequest {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// The consents to record.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_consent_details: Option<Vec<AccountConsentDetails>>,
}
impl ConsentsDetailsUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            account_consent_details: None,
        }
    }
    /// Sets `account_consent_details`.
    #[must_use]
    pub fn with_account_consent_details(
        mut self,
        value: impl Into<Vec<AccountConsentDetails>>,
    ) -> Self {
        self.account_consent_details = Some(value.into());
        self
    }
}
/// Details of a credit-card account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Amount owed on the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_statement_balance: Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Credit used.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub credit_used: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Reward points available.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub available_point_balance: Option<f64>,
}
/// What a credit-card account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_disputed_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed at the time of the enquiry.
    #[serde(with = "rt::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(with = "rt::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(with = "rt::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_point_balance: Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_response_information: Option<Vec<PartialResponseInformation>>,
}
/// Summary of a credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// Amount owed on the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit still available on the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Minimum amount due by the payment due date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Alternate currency of the card account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_currency: Option<String>,
    /// Current balance in the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub alternate_currency_current_balance: Option<::rust_decimal::Decimal>,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_holder_type: Option<String>,
}
/// A credit-card statement with its summary, instalment loans and transactions.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardStatement {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_summary: Option<StatementSummary>,
    /// Instalment loans on the card.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub un_secured_loans: Option<Vec<UnSecuredLoans>>,
    /// Transactions of the statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Transactions>>,
    /// Index to send as `nextStartIndex` to get the next page of transactions; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Proxy identification of the payee (creditor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditorDetails {
    /// Type of proxy id used to identify the payee account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditor_proxy_id_type: Option<String>,
    /// Proxy id value used to identify the payee account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditor_proxy_id_value: Option<String>,
}
/// Address of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerAddress {
    /// Address line 1.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line1: Option<String>,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line2: Option<String>,
    /// Address line 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line3: Option<String>,
    /// Address line 4.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_line4: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city_name: Option<String>,
    /// State. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub province_code: Option<String>,
    /// ISO 3166 country code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_code: Option<String>,
}
/// A reference the merchant keeps for the customer.
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
/// Name of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerName {
    /// Full name of the customer.
    pub full_name: String,
}
/// Proxy identification of the payer (debtor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DebtorDetails {
    /// Type of proxy id used to identify the payer account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debtor_proxy_id_type: Option<String>,
    /// Proxy id value used to identify the payer account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debtor_proxy_id_value: Option<String>,
}
pub use crate::apis::common::ErrorResponse;
/// A group total in local currency and, where applicable, in a foreign currency.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GroupBalance {
    /// Local currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub local_currency_code: Option<String>,
    /// Total in local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub local_currency_balance_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_currency_code: Option<String>,
    /// Total in the foreign currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_currency_balance_amount: Option<::rust_decimal::Decimal>,
}
/// Summary of an insurance policy. The catalog references this model without detailing it;
/// the fields follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InsurancePolicySummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// Masked policy number that can be displayed to the customer.
    pub display_policy_number: String,
    /// Insurance application number, used to retrieve the policy details.
    pub insurance_application_id: String,
    /// Sum assured of the insurance.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub insurance_sum_assured_amount: Option<::rust_decimal::Decimal>,
    /// Total premium paid for the policy.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_premium_paid_amount: Option<::rust_decimal::Decimal>,
}
/// One transaction of an investment account (out of PSD2 scope). Field types follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InvestmentTransaction {
    /// Order date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_date: Option<::chrono::NaiveDate>,
    /// Reference that identifies the investment transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_reference_id: Option<String>,
    /// Type of order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_type: Option<String>,
    /// Order code that identifies the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
    /// Name of the fund or stock.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Transaction amount in local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Order price of the trade.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub price: Option<::rust_decimal::Decimal>,
    /// Status of the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_status: Option<String>,
    /// Total amount of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub gross_amount: Option<::rust_decimal::Decimal>,
    /// Number of units ordered.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub order_quantity: Option<::rust_decimal::Decimal>,
    /// Medium used to place the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderMedium`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub order_medium: Option<String>,
    /// Number of units received.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub filled_quantity: Option<::rust_decimal::Decimal>,
    /// Number of units not received.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub balance_quantity: Option<::rust_decimal::Decimal>,
    /// Code of the market where the securities trade.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_market_code: Option<String>,
}
/// Details of a loan account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Amount originally lent or deposited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Principal still to be repaid.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_principal_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed on the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of the last payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Interest paid over the interest accumulation period.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_amount: Option<::rust_decimal::Decimal>,
    /// Interest accumulation period. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestAccumulationPeriod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_accumulation_period: Option<String>,
    /// Amount of the next payment due.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_date: Option<::chrono::NaiveDate>,
    /// How often payments fall due. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_frequency: Option<String>,
    /// Interest type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interest_type: Option<String>,
    /// Interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Effective interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub effective_interest_rate: Option<::rust_decimal::Decimal>,
    /// Amount of one instalment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub installment_amount: Option<::rust_decimal::Decimal>,
    /// Number of instalments still to be paid.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_term_number: Option<f64>,
    /// Amount of payments not made by their due date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub past_due_amount: Option<::rust_decimal::Decimal>,
    /// Principal repaid so far.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub paid_principal_amount: Option<::rust_decimal::Decimal>,
    /// Charge for payments made after their due date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub late_charge_amount: Option<::rust_decimal::Decimal>,
}
/// Summary of a loan account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// Amount originally lent or deposited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
/// A holding of one fund in a mutual fund account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFund {
    /// Net asset value of the holding.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub net_asset_value_amount: Option<::rust_decimal::Decimal>,
    /// Code of the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fund_code: Option<String>,
    /// Name of the fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fund_name: Option<String>,
    /// Amount invested.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub investment_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Date the holding matures, for a fund with a maturity (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_units: Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub settled_units: Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub assigned_units: Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub confirmed_units: Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub pending_units: Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub block_units: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub unrealized_gains: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub unrealized_percentage_gain: Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub latest_price: Option<::rust_decimal::Decimal>,
}
/// Details of a mutual fund account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFundAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Net asset value of every fund of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_net_asset_value_amount: Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_unrealized_gains: Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<Relationship>,
    /// The holdings, one per fund.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mutual_fund: Option<Vec<MutualFund>>,
}
/// Summary of a mutual-fund investment account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFundAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current value of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
}
/// The account originally credited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalCreditAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Code of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
}
/// The original creditor of a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalCreditorDetails {
    /// Name of the original creditor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_creditor_name: Option<String>,
    /// Kind of proxy of the original creditor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `originalCreditorProxyIdType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_creditor_proxy_id_type: Option<String>,
    /// Proxy of the original creditor.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_creditor_proxy_id_value: Option<String>,
}
/// The account originally debited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalDebitAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_name: Option<String>,
    /// Code of the bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_code: Option<String>,
}
/// The original transaction, for a returned or reversed payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalTransactionDetails {
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_type: Option<String>,
    /// Transaction date of the original transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Amount of the original transaction.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the original transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_currency_code: Option<String>,
    /// Status of the original transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Reference number of the original transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reference_number: Option<String>,
    /// Remarks of the original transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_remarks: Option<String>,
    /// End-to-end identification of the original transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_to_end_identification: Option<String>,
}
/// A part of the answer that could not be produced, and why.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PartialResponseInformation {
    /// Field of the answer that could not be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// Code of the reason the field could not be filled.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason_code: Option<String>,
    /// More about the reason.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub additional_information: Option<String>,
}
/// Details of a premium (dual-currency) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PremiumDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Principal in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_principal_amount: Option<::rust_decimal::Decimal>,
    /// Base currency of the deposit (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_currency_code: Option<String>,
    /// Principal in the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub alternate_currency_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Alternate currency of the deposit (ISO 4217).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_currency_code: Option<String>,
    /// Account credited at maturity when the deposit is paid in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub base_currency_disposal_account: Option<String>,
    /// Account credited at maturity when the deposit is paid in the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub alternate_currency_disposal_account: Option<String>,
    /// Interest in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_interest_amount: Option<::rust_decimal::Decimal>,
    /// Interest in the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub alternate_currency_interest_amount: Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub alternate_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Premium of the deposit, in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_premium_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Exchange rate at which the deposit may be converted into the alternate currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub strike_price: Option<::rust_decimal::Decimal>,
    /// Interest rate paid to the customer, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub customer_interest_rate: Option<::rust_decimal::Decimal>,
    /// Accrued interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub accrued_interest_rate: Option<::rust_decimal::Decimal>,
    /// Benchmark interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub benchmark_interest_rate: Option<::rust_decimal::Decimal>,
    /// Status of the deposit deal. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `dealStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deal_status: Option<String>,
    /// Date the conversion option expires (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expiry_date: Option<::chrono::NaiveDate>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenor_term: Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenor_period: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<Relationship>,
}
/// Summary of a premium deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PremiumDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
}
/// Details of a ready credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Amount owed on the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_statement_balance: Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of the next payment due.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
/// What a ready credit account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_disputed_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed at the time of the enquiry.
    #[serde(with = "rt::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(with = "rt::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(with = "rt::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_point_balance: Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partial_response_information: Option<Vec<PartialResponseInformation>>,
}
/// Summary of a ready-credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Amount owed.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
/// The relationship under which an investment account is held.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Relationship {
    /// Name of the relationship (the holders of the account).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship_name: Option<String>,
    /// Kind of relationship. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `relationshipType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship_type: Option<String>,
}
/// Accounts whose unmasked numbers are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataRequest {
    /// One entry per account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_info: Option<Vec<AccountInfo>>,
}
impl RetrieveUnmaskedAccountDataRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self { account_info: None }
    }
    /// Sets `account_info`.
    #[must_use]
    pub fn with_account_info(mut self, value: impl Into<Vec<AccountInfo>>) -> Self {
        self.account_info = Some(value.into());
        self
    }
}
/// Unmasked account numbers.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataResponse {
    /// One entry per account requested.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accounts: Option<Vec<Accounts>>,
}
/// Details of a savings account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SavingsAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub hold_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Uncleared funds.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub float_amount: Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
}
/// Summary of a savings account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SavingsAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_balance: Option<::rust_decimal::Decimal>,
}
/// Details of a securities brokerage account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Market value of every security of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_securities_value_amount: Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_unrealized_gains: Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub relationship: Option<Relationship>,
    /// The holdings, one per security.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security: Option<Vec<Security>>,
}
/// Summary of a securities brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current value of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
}
/// A holding of one security in a brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Security {
    /// Name of the security.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub security_name: Option<String>,
    /// Code of the security.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_code: Option<String>,
    /// Code of the market the security is traded on.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stock_market_code: Option<String>,
    /// Market value of the holding.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub market_value_amount: Option<::rust_decimal::Decimal>,
    /// Amount invested.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub investment_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Average cost of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub average_unit_cost: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub available_units: Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub settled_units: Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub assigned_units: Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub confirmed_units: Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub pending_units: Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub block_units: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub unrealized_gains: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub unrealized_percentage_gain: Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub latest_price: Option<::rust_decimal::Decimal>,
}
/// One statement of the list.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementList {
    /// Identifier of the statement; use it to get the statement.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_id: Option<String>,
    /// Date of the statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statement_date: Option<::chrono::NaiveDate>,
}
/// Summary of a credit-card statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementSummary {
    /// Amount owed at the statement date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit limit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Number of active instalment (equal payment) plans.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub active_equal_payment_plan_count: Option<f64>,
    /// Balance at the start of the statement cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub beginning_balance_amount: Option<::rust_decimal::Decimal>,
    /// Total of the debits in the cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_debit_amount: Option<::rust_decimal::Decimal>,
    /// Total of the credits in the cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub total_credit_amount: Option<::rust_decimal::Decimal>,
    /// Net interest charged in the cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub net_interest_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Amount past due.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub past_due_amount: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Fees charged in the cycle to date.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cycle_to_date_fee_amount: Option<::rust_decimal::Decimal>,
    /// Interest paid.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_paid_amount: Option<::rust_decimal::Decimal>,
    /// Billing currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub billing_currency_code: Option<String>,
    /// Cash advance amount still available.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Interest rate on purchases for the cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub retail_cycle_interest_rate: Option<::rust_decimal::Decimal>,
    /// Interest rate on cash advances for the cycle.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub cash_cycle_interest_rate: Option<::rust_decimal::Decimal>,
}
/// One statement of an account (the field name `statmentId` is misspelled in the source spec and kept so).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Statements {
    /// Identifier of the statement (sic, spelled so in the spec).
    pub statment_id: String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
}
/// One statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementsResponse {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub credit_card_statement: Option<CreditCardStatement>,
}
/// Result of a confirmation-of-funds check.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SufficiencyOfFundsResponse {
    /// True if the account covers the amount.
    pub sufficient_funds_indicator: bool,
}
/// Details of a time (term) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TimeDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Amount originally lent or deposited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Interest rate, in percent.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Date of the next interest payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_interest_payment_date: Option<::chrono::NaiveDate>,
    /// Interest due at the next interest payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub interest_amount_due: Option<::rust_decimal::Decimal>,
    /// What happens to the deposit at maturity. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `renewalInstructions`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub renewal_instructions: Option<String>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenor_term: Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tenor_period: Option<String>,
    /// Amount due at maturity, in the base currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Interest due at maturity.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub maturity_interest_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub last_interest_payment_amount: Option<::rust_decimal::Decimal>,
}
/// Summary of a time deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TimeDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_name: Option<String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub account_classification: Option<String>,
    /// Current balance of the account.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub maturity_date: Option<::chrono::NaiveDate>,
}
/// One transaction of a checking, savings or credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Transaction {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_account_number: Option<String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_description: Option<String>,
    /// Bank reference of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reference_id: Option<String>,
    /// Cheque number; checking accounts only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub check_serial_number: Option<String>,
    /// Transaction amount in the account currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Transaction amount in the foreign currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_currency_code: Option<String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<String>,
    /// Status of the transaction; credit cards only. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Account balance after the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub running_balance: Option<::rust_decimal::Decimal>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_code: Option<String>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan; credit cards only.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_for_equal_payment_plan: Option<String>,
}
/// Additional detail of one transaction (India-specific, instant-payment oriented).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailedViewResponse {
    /// Masked number of the account the transaction was made from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub display_source_account_number: Option<String>,
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: String,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_description: Option<String>,
    /// Transaction amount in the account currency.
    #[serde(with = "rt::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount in ISO 4217 format.
    pub transaction_currency_code: String,
    /// Transaction date, YYYY-MM-DD.
    pub transaction_date: ::chrono::NaiveDate,
    /// Transaction amount in the foreign currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_currency_code: Option<String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Status of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_name: Option<CustomerName>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_address: Option<CustomerAddress>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_bank_details: Option<BeneficiaryBankDetails>,
    /// The merchant's references for the customer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_merchant_reference_details: Option<
        Vec<CustomerMerchantReferenceDetails>,
    >,
    /// Payment notes (free text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remarks: Option<String>,
    /// Priority of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriorityCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub payment_priority_code: Option<String>,
    /// Code that identifies the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_code: Option<String>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Why the transaction was reversed, for a reversal.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reversal_description: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_transaction_details: Option<OriginalTransactionDetails>,
    /// End-to-end identification of the payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end_to_end_identification: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub creditor_details: Option<CreditorDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub debtor_details: Option<DebtorDetails>,
    /// Name of the bank the transaction came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_bank_name: Option<String>,
    /// Code of the bank the transaction came from.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source_bank_code: Option<String>,
    /// Clearing date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub clearing_time_stamp: Option<String>,
    /// Settlement date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub settlement_time_stamp: Option<String>,
    /// Reference of the transaction in the central bank's clearing.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub central_bank_transaction_reference_id: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_creditor_details: Option<OriginalCreditorDetails>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_credit_account_details: Option<OriginalCreditAccountDetails>,
    /// Name of the original debtor, for a returned or forwarded payment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_debtor_name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_debit_account_details: Option<OriginalDebitAccountDetails>,
    /// Fee charged for the debit.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_debit_fee_amount: Option<::rust_decimal::Decimal>,
    /// Identifier of the bank in the clearing scheme.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bank_member_id: Option<String>,
    /// Legal name of the beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_legal_name: Option<String>,
    /// Address lines of the beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_address: Option<Vec<BeneficiaryAddress>>,
    /// Tax identifier of the beneficiary.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub beneficiary_tax_id: Option<String>,
}
/// Transactions, statements or the error of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Transaction>>,
    /// Statements of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub statements: Option<Vec<Statements>>,
    /// Transactions of an investment account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_error_details: Option<ErrorResponse>,
    /// Index to send to get the next page for this account; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Confirms a transaction enquiry after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl TransactionDetailsConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The transactions of the account, once the step-up is complete.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationResponse {
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Transaction>>,
    /// Orders of an investment account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// Transaction criteria for one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsRequest {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// Currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Start of the period, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_from_date: Option<::chrono::NaiveDate>,
    /// End of the period, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_to_date: Option<::chrono::NaiveDate>,
    /// Lower bound of the transaction amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub amount_from: Option<::rust_decimal::Decimal>,
    /// Upper bound of the transaction amount.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub amount_to: Option<::rust_decimal::Decimal>,
    /// Status of the transactions to return. Reference-data code; valid values come from
    /// Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_status: Option<String>,
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionIndicator`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_indicator: Option<String>,
    /// Index of the first record of the next page for this account, as returned by the previous response.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
impl TransactionDetailsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl Into<String>) -> Self {
        Self {
            account_id: account_id.into(),
            currency_code: None,
            transaction_from_date: None,
            transaction_to_date: None,
            amount_from: None,
            amount_to: None,
            transaction_status: None,
            transaction_indicator: None,
            next_start_index: None,
        }
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(mut self, value: impl Into<String>) -> Self {
        self.currency_code = Some(value.into());
        self
    }
    /// Sets `transaction_from_date`.
    #[must_use]
    pub fn with_transaction_from_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = Some(value.into());
        self
    }
    /// Sets `transaction_to_date`.
    #[must_use]
    pub fn with_transaction_to_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_to_date = Some(value.into());
        self
    }
    /// Sets `amount_from`.
    #[must_use]
    pub fn with_amount_from(
        mut self,
        value: impl Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.amount_from = Some(value.into());
        self
    }
    /// Sets `amount_to`.
    #[must_use]
    pub fn with_amount_to(mut self, value: impl Into<::rust_decimal::Decimal>) -> Self {
        self.amount_to = Some(value.into());
        self
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(mut self, value: impl Into<String>) -> Self {
        self.transaction_status = Some(value.into());
        self
    }
    /// Sets `transaction_indicator`.
    #[must_use]
    pub fn with_transaction_indicator(mut self, value: impl Into<String>) -> Self {
        self.transaction_indicator = Some(value.into());
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
}
/// Transactions of one account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsResponse {
    /// Transactions of a checking, savings or credit-card account.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transactions: Option<Vec<Transaction>>,
    /// Transactions of an investment account (out of PSD2 scope).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
/// One transaction line of a credit-card statement.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Transactions {
    /// Masked card number that can be displayed to the customer.
    pub display_card_number: String,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub card_holder_type: Option<String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub merchant_name: Option<String>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_code: Option<String>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_description: Option<String>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_type: Option<String>,
    /// Transaction amount in the foreign currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub foreign_currency_code: Option<String>,
    /// Transaction amount in local currency.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub currency_code: Option<String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligible_for_equal_payment_plan: Option<String>,
    /// Bank reference of the transaction.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub transaction_reference_id: Option<String>,
}
/// An instalment loan on a credit card, as shown on the statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnSecuredLoans {
    /// Original amount of the loan.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub original_disclosed_amount: Option<::rust_decimal::Decimal>,
    /// Original number of instalments.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub original_term: Option<i64>,
    /// Current instalment number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub current_term: Option<i64>,
    /// Number of instalments remaining.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remaining_term: Option<i64>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of one instalment.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "rt::decimal")]
    pub installment_amount: Option<::rust_decimal::Decimal>,
}
/// A transaction history document.
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ViewTransactionDetailsDocumentResponse {
    /// The document, base64-encoded.
    pub binary_data: crate::runtime::Base64,
    /// Index to send as `nextStartIndex` to get the next part; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
