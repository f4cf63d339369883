// @generated from specs/accounts.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// What the account owes if it is closed now, by kind of account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountBalancesSummaryInquiryResponse {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_account_balance_summary: ::std::option::Option<
        CreditCardAccountBalanceSummary,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_account_balance_summary: ::std::option::Option<
        ReadyCreditAccountBalanceSummary,
    >,
}
/// Request to close an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountClosureRequest {
    /// Identifier, in encrypted format, of the account to close.
    pub account_id: ::std::string::String,
    /// Reason for the closure. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClosureReasonCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_closure_reason_code: ::std::option::Option<::std::string::String>,
    /// Whether the customer consents to the closure.
    pub consent_given_flag: bool,
}
impl AccountClosureRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_id: impl ::std::convert::Into<::std::string::String>,
        consent_given_flag: impl ::std::convert::Into<bool>,
    ) -> Self {
        Self {
            account_id: account_id.into(),
            account_closure_reason_code: ::std::option::Option::None,
            consent_given_flag: consent_given_flag.into(),
        }
    }
    /// Sets `account_closure_reason_code`.
    #[must_use]
    pub fn with_account_closure_reason_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_closure_reason_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a closure request.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountClosureResponse {
    /// Reference of the closure request.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_closure_reference_id: ::std::option::Option<::std::string::String>,
}
/// One consent on an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountConsentDetails {
    /// Type of consent. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: ::std::string::String,
    /// Whether the customer gave the consent.
    pub consent_given_flag: bool,
    /// Date the consent was last updated, YYYY-MM-DD.
    pub consent_update_date: ::chrono::NaiveDate,
    /// Card identifier in encrypted format, for card consents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_id: ::std::option::Option<::std::string::String>,
}
impl AccountConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        consent_type: impl ::std::convert::Into<::std::string::String>,
        consent_given_flag: impl ::std::convert::Into<bool>,
        consent_update_date: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            consent_type: consent_type.into(),
            consent_given_flag: consent_given_flag.into(),
            consent_update_date: consent_update_date.into(),
            card_id: ::std::option::Option::None,
        }
    }
    /// Sets `card_id`.
    #[must_use]
    pub fn with_card_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of one account. Wrapper object: all properties are optional and the one matching
/// the account kind is populated (inferred). Under PSD2 only checkingAccount, savingsAccount
/// and creditCardAccount occur.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountDetailsResponse {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_account: ::std::option::Option<CreditCardAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_account: ::std::option::Option<ReadyCreditAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub checking_account: ::std::option::Option<CheckingAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub savings_account: ::std::option::Option<SavingsAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time_deposit_account: ::std::option::Option<TimeDepositAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_account: ::std::option::Option<LoanAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_fund_account: ::std::option::Option<MutualFundAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub securities_brokerage_account: ::std::option::Option<SecuritiesBrokerageAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub call_deposit_account: ::std::option::Option<CallDepositAccount>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub premium_deposit_account: ::std::option::Option<PremiumDepositAccount>,
}
/// The accounts of one account group, with group totals.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountGroupSummary {
    /// Account group, for example CHECKING, SAVINGS or CREDITCARD. Reference-data code; valid
    /// values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}`
    /// (referenceCode `accountGroup`).
    pub account_group: ::std::string::String,
    /// The accounts of the group.
    pub accounts: ::std::vec::Vec<AccountSummary>,
    /// Insurance policies of the group.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub insurance_policies: ::std::option::Option<
        ::std::vec::Vec<InsurancePolicySummary>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_current_balance: ::std::option::Option<GroupBalance>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_available_balance: ::std::option::Option<GroupBalance>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub total_outstanding_balance: ::std::option::Option<GroupBalance>,
}
/// One account whose unmasked number is wanted.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountInfo {
    /// Account identifier in encrypted format.
    pub account_id: ::std::string::String,
}
impl AccountInfo {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            account_id: account_id.into(),
        }
    }
}
/// Statements of one account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountStatementListResponse {
    /// The statements.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_list: ::std::option::Option<::std::vec::Vec<StatementList>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// One account of a group. Wrapper object: all properties are optional and one of them, the
/// one matching the account kind, is populated (inferred). Under PSD2 only
/// checkingAccountSummary, savingsAccountSummary and creditCardAccountSummary occur.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountSummary {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub checking_account_summary: ::std::option::Option<CheckingAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub savings_account_summary: ::std::option::Option<SavingsAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_account_summary: ::std::option::Option<CreditCardAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_account_summary: ::std::option::Option<ReadyCreditAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_account_summary: ::std::option::Option<LoanAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_fund_account_summary: ::std::option::Option<MutualFundAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub securities_brokerage_account_summary: ::std::option::Option<
        SecuritiesBrokerageAccountSummary,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub call_deposit_account_summary: ::std::option::Option<CallDepositAccountSummary>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub premium_deposit_account_summary: ::std::option::Option<
        PremiumDepositAccountSummary,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub time_deposit_account_summary: ::std::option::Option<TimeDepositAccountSummary>,
}
/// The unmasked number of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Accounts {
    /// Clear (unmasked) account number; the IBAN.
    pub unmasked_account_number: ::std::string::String,
    /// Account identifier in encrypted format.
    pub account_id: ::std::string::String,
}
/// Summary of all the customer's accounts, grouped.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AccountsGroupList {
    /// One entry per account group.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_group_summary: ::std::option::Option<
        ::std::vec::Vec<AccountGroupSummary>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// One line of the address of the beneficiary.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BeneficiaryAddress {
    /// One line of the address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line: ::std::option::Option<::std::string::String>,
}
/// Beneficiary and beneficiary bank of a transaction.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BeneficiaryBankDetails {
    /// Name of the beneficiary.
    pub full_name: ::std::string::String,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Name of the bank.
    pub bank_name: ::std::string::String,
    /// Bank code of the beneficiary account.
    pub bank_code: ::std::string::String,
    /// Account number of the beneficiary.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_number: ::std::option::Option<::std::string::String>,
}
/// Details of a call deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CallDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Balance available to transact.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount due at maturity, in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_interest_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last interest payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_interest_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// Summary of a call deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CallDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Details of a checking (current) account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CheckingAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Overdraft limit of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub overdraft_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Part of the overdraft limit still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_overdraft_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub hold_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Uncleared funds.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub float_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// Summary of a checking (current) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CheckingAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Accounts whose transactions are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CompositeTransactionDetailsRequest {
    /// One entry per account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_details_request: ::std::option::Option<
        ::std::vec::Vec<TransactionDetailsRequest>,
    >,
}
impl CompositeTransactionDetailsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_details_request: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_details_request`.
    #[must_use]
    pub fn with_transaction_details_request(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<TransactionDetailsRequest>>,
    ) -> Self {
        self.transaction_details_request = ::std::option::Option::Some(value.into());
        self
    }
}
/// Transactions of several accounts.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CompositeTransactionDetailsResponse {
    /// One entry per account requested.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_details: ::std::option::Option<::std::vec::Vec<TransactionDetails>>,
}
/// Consents on an account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConsentsDetailsInquiryResponse {
    /// The consents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_consent_details: ::std::option::Option<
        ::std::vec::Vec<AccountConsentDetails>,
    >,
}
/// New consents for an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConsentsDetailsUpdateRequest {
    /// Account identifier in encrypted format.
    pub account_id: ::std::string::String,
    /// The consents to record.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_consent_details: ::std::option::Option<
        ::std::vec::Vec<AccountConsentDetails>,
    >,
}
impl ConsentsDetailsUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            account_id: account_id.into(),
            account_consent_details: ::std::option::Option::None,
        }
    }
    /// Sets `account_consent_details`.
    #[must_use]
    pub fn with_account_consent_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AccountConsentDetails>>,
    ) -> Self {
        self.account_consent_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a credit-card account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_statement_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Credit used.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_used: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Reward points available.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub available_point_balance: ::std::option::Option<f64>,
}
/// What a credit-card account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_disputed_transaction_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount owed at the time of the enquiry.
    #[serde(with = "crate::runtime::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(with = "crate::runtime::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(with = "crate::runtime::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_point_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partial_response_information: ::std::option::Option<
        ::std::vec::Vec<PartialResponseInformation>,
    >,
}
/// Summary of a credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available on the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Minimum amount due by the payment due date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Alternate currency of the card account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_currency: ::std::option::Option<::std::string::String>,
    /// Current balance in the alternate currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_current_balance: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_holder_type: ::std::option::Option<::std::string::String>,
}
/// A credit-card statement with its summary, instalment loans and transactions.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditCardStatement {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_summary: ::std::option::Option<StatementSummary>,
    /// Instalment loans on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub un_secured_loans: ::std::option::Option<::std::vec::Vec<UnSecuredLoans>>,
    /// Transactions of the statement.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transactions>>,
    /// Index to send as `nextStartIndex` to get the next page of transactions; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// Proxy identification of the payee (creditor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditorDetails {
    /// Type of proxy id used to identify the payee account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creditor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy id value used to identify the payee account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creditor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
/// Address of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerAddress {
    /// Address line 1.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Address line 2.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Address line 3.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Address line 4.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// ISO 3166 country code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
}
/// A reference the merchant keeps for the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerMerchantReferenceDetails {
    /// Code of the reference.
    pub customer_merchant_reference_code: ::std::string::String,
    /// What the reference is.
    pub customer_merchant_reference_description: ::std::string::String,
}
/// Name of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerName {
    /// Full name of the customer.
    pub full_name: ::std::string::String,
}
/// Proxy identification of the payer (debtor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DebtorDetails {
    /// Type of proxy id used to identify the payer account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub debtor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy id value used to identify the payer account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub debtor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
pub use crate::apis::common::ErrorResponse;
/// A group total in local currency and, where applicable, in a foreign currency.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct GroupBalance {
    /// Local currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
    /// Total in local currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Total in the foreign currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_currency_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Summary of an insurance policy. The catalog references this model without detailing it;
/// the fields follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InsurancePolicySummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Masked policy number that can be displayed to the customer.
    pub display_policy_number: ::std::string::String,
    /// Insurance application number, used to retrieve the policy details.
    pub insurance_application_id: ::std::string::String,
    /// Sum assured of the insurance.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub insurance_sum_assured_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total premium paid for the policy.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_premium_paid_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// One transaction of an investment account (out of PSD2 scope). Field types follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InvestmentTransaction {
    /// Order date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Reference that identifies the investment transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_reference_id: ::std::option::Option<::std::string::String>,
    /// Type of order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_type: ::std::option::Option<::std::string::String>,
    /// Order code that identifies the transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Name of the fund or stock.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in local currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Order price of the trade.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub price: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_status: ::std::option::Option<::std::string::String>,
    /// Total amount of the transaction.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub gross_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of units ordered.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub order_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Medium used to place the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderMedium`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub order_medium: ::std::option::Option<::std::string::String>,
    /// Number of units received.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub filled_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of units not received.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub balance_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Code of the market where the securities trade.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stock_market_code: ::std::option::Option<::std::string::String>,
}
/// Details of a loan account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Amount originally lent or deposited.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal still to be repaid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount owed on the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the last payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest paid over the interest accumulation period.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest accumulation period. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestAccumulationPeriod`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interest_accumulation_period: ::std::option::Option<::std::string::String>,
    /// Amount of the next payment due.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// How often payments fall due. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_frequency: ::std::option::Option<::std::string::String>,
    /// Interest type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub interest_type: ::std::option::Option<::std::string::String>,
    /// Interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Effective interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub effective_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of one instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of instalments still to be paid.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remaining_term_number: ::std::option::Option<f64>,
    /// Amount of payments not made by their due date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub past_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal repaid so far.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub paid_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Charge for payments made after their due date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub late_charge_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Summary of a loan account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Amount originally lent or deposited.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount owed.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// A holding of one fund in a mutual fund account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFund {
    /// Net asset value of the holding.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub net_asset_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Code of the fund.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_code: ::std::option::Option<::std::string::String>,
    /// Name of the fund.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fund_name: ::std::option::Option<::std::string::String>,
    /// Amount invested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub investment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date the holding matures, for a fund with a maturity (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub settled_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub assigned_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub confirmed_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub pending_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub block_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_percentage_gain: ::std::option::Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub latest_price: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Details of a mutual fund account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFundAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Net asset value of every fund of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_net_asset_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship: ::std::option::Option<Relationship>,
    /// The holdings, one per fund.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mutual_fund: ::std::option::Option<::std::vec::Vec<MutualFund>>,
}
/// Summary of a mutual-fund investment account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MutualFundAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current value of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
/// The account originally credited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalCreditAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
}
/// The original creditor of a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalCreditorDetails {
    /// Name of the original creditor.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_creditor_name: ::std::option::Option<::std::string::String>,
    /// Kind of proxy of the original creditor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `originalCreditorProxyIdType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_creditor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy of the original creditor.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_creditor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
/// The account originally debited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalDebitAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_code: ::std::option::Option<::std::string::String>,
}
/// The original transaction, for a returned or reversed payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OriginalTransactionDetails {
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Transaction date of the original transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the original transaction.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the original transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the original transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Reference number of the original transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_reference_number: ::std::option::Option<::std::string::String>,
    /// Remarks of the original transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_remarks: ::std::option::Option<::std::string::String>,
    /// End-to-end identification of the original transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_to_end_identification: ::std::option::Option<::std::string::String>,
}
/// A part of the answer that could not be produced, and why.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PartialResponseInformation {
    /// Field of the answer that could not be filled.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub field_name: ::std::option::Option<::std::string::String>,
    /// Code of the reason the field could not be filled.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub reason_code: ::std::option::Option<::std::string::String>,
    /// More about the reason.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_information: ::std::option::Option<::std::string::String>,
}
/// Details of a premium (dual-currency) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PremiumDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Principal in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Base currency of the deposit (ISO 4217).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub base_currency_code: ::std::option::Option<::std::string::String>,
    /// Principal in the alternate currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_principal_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Alternate currency of the deposit (ISO 4217).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_currency_code: ::std::option::Option<::std::string::String>,
    /// Account credited at maturity when the deposit is paid in the base currency.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub base_currency_disposal_account: ::std::option::Option<::std::string::String>,
    /// Account credited at maturity when the deposit is paid in the alternate currency.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alternate_currency_disposal_account: ::std::option::Option<
        ::std::string::String,
    >,
    /// Interest in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest in the alternate currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_interest_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount due at maturity, in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the alternate currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_maturity_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Premium of the deposit, in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_premium_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Exchange rate at which the deposit may be converted into the alternate currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub strike_price: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate paid to the customer, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub customer_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Accrued interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub accrued_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Benchmark interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub benchmark_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the deposit deal. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `dealStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub deal_status: ::std::option::Option<::std::string::String>,
    /// Date the conversion option expires (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_term: ::std::option::Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_period: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship: ::std::option::Option<Relationship>,
}
/// Summary of a premium deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct PremiumDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// Details of a ready credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_statement_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the next payment due.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// What a ready credit account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_disputed_transaction_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount owed at the time of the enquiry.
    #[serde(with = "crate::runtime::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(with = "crate::runtime::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(with = "crate::runtime::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_point_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partial_response_information: ::std::option::Option<
        ::std::vec::Vec<PartialResponseInformation>,
    >,
}
/// Summary of a ready-credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReadyCreditAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Amount owed.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// The relationship under which an investment account is held.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Relationship {
    /// Name of the relationship (the holders of the account).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship_name: ::std::option::Option<::std::string::String>,
    /// Kind of relationship. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `relationshipType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship_type: ::std::option::Option<::std::string::String>,
}
/// Accounts whose unmasked numbers are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataRequest {
    /// One entry per account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_info: ::std::option::Option<::std::vec::Vec<AccountInfo>>,
}
impl RetrieveUnmaskedAccountDataRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            account_info: ::std::option::Option::None,
        }
    }
    /// Sets `account_info`.
    #[must_use]
    pub fn with_account_info(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AccountInfo>>,
    ) -> Self {
        self.account_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// Unmasked account numbers.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataResponse {
    /// One entry per account requested.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accounts: ::std::option::Option<::std::vec::Vec<Accounts>>,
}
/// Details of a savings account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SavingsAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub hold_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Uncleared funds.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub float_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Summary of a savings account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SavingsAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Details of a securities brokerage account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Market value of every security of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_securities_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship: ::std::option::Option<Relationship>,
    /// The holdings, one per security.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security: ::std::option::Option<::std::vec::Vec<Security>>,
}
/// Summary of a securities brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current value of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
/// A holding of one security in a brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Security {
    /// Name of the security.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub security_name: ::std::option::Option<::std::string::String>,
    /// Code of the security.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stock_code: ::std::option::Option<::std::string::String>,
    /// Code of the market the security is traded on.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub stock_market_code: ::std::option::Option<::std::string::String>,
    /// Market value of the holding.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub market_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount invested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub investment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Average cost of one unit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub average_unit_cost: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub settled_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub assigned_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub confirmed_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub pending_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub block_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_percentage_gain: ::std::option::Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub latest_price: ::std::option::Option<::rust_decimal::Decimal>,
}
/// One statement of the list.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementList {
    /// Identifier of the statement; use it to get the statement.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_id: ::std::option::Option<::std::string::String>,
    /// Date of the statement, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statement_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// Summary of a credit-card statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementSummary {
    /// Amount owed at the statement date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of active instalment (equal payment) plans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub active_equal_payment_plan_count: ::std::option::Option<f64>,
    /// Balance at the start of the statement cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub beginning_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of the debits in the cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_debit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of the credits in the cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_credit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Net interest charged in the cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub net_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount past due.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub past_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fees charged in the cycle to date.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cycle_to_date_fee_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest paid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_paid_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Billing currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_currency_code: ::std::option::Option<::std::string::String>,
    /// Cash advance amount still available.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate on purchases for the cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub retail_cycle_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate on cash advances for the cycle.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_cycle_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
}
/// One statement of an account (the field name `statmentId` is misspelled in the source spec and kept so).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Statements {
    /// Identifier of the statement (sic, spelled so in the spec).
    pub statment_id: ::std::string::String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
}
/// One statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct StatementsResponse {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_statement: ::std::option::Option<CreditCardStatement>,
}
/// Result of a confirmation-of-funds check.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SufficiencyOfFundsResponse {
    /// True if the account covers the amount.
    pub sufficient_funds_indicator: bool,
}
/// Details of a time (term) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TimeDepositAccount {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: ::std::string::String,
    /// Amount originally lent or deposited.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Interest rate, in percent.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date of the next interest payment (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_interest_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Interest due at the next interest payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount_due: ::std::option::Option<::rust_decimal::Decimal>,
    /// What happens to the deposit at maturity. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `renewalInstructions`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub renewal_instructions: ::std::option::Option<::std::string::String>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_term: ::std::option::Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_period: ::std::option::Option<::std::string::String>,
    /// Amount due at maturity, in the base currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest due at maturity.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub maturity_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_interest_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Summary of a time deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TimeDepositAccountSummary {
    /// Name of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
}
/// One transaction of a checking, savings or credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Transaction {
    /// Masked account number that can be displayed to the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Bank reference of the transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_reference_id: ::std::option::Option<::std::string::String>,
    /// Cheque number; checking accounts only.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub check_serial_number: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the account currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the foreign currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_type: ::std::option::Option<::std::string::String>,
    /// Status of the transaction; credit cards only. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Account balance after the transaction.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub running_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_code: ::std::option::Option<::std::string::String>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan; credit cards only.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub eligible_for_equal_payment_plan: ::std::option::Option<::std::string::String>,
}
/// Additional detail of one transaction (India-specific, instant-payment oriented).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailedViewResponse {
    /// Masked number of the account the transaction was made from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub display_source_account_number: ::std::option::Option<::std::string::String>,
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: ::std::string::String,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the account currency.
    #[serde(with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount in ISO 4217 format.
    pub transaction_currency_code: ::std::string::String,
    /// Transaction date, YYYY-MM-DD.
    pub transaction_date: ::chrono::NaiveDate,
    /// Transaction amount in the foreign currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_name: ::std::option::Option<CustomerName>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_address: ::std::option::Option<CustomerAddress>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub beneficiary_bank_details: ::std::option::Option<BeneficiaryBankDetails>,
    /// The merchant's references for the customer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_merchant_reference_details: ::std::option::Option<
        ::std::vec::Vec<CustomerMerchantReferenceDetails>,
    >,
    /// Payment notes (free text).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Priority of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriorityCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_priority_code: ::std::option::Option<::std::string::String>,
    /// Code that identifies the merchant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_code: ::std::option::Option<::std::string::String>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Why the transaction was reversed, for a reversal.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_reversal_description: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_transaction_details: ::std::option::Option<OriginalTransactionDetails>,
    /// End-to-end identification of the payment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub end_to_end_identification: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub creditor_details: ::std::option::Option<CreditorDetails>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub debtor_details: ::std::option::Option<DebtorDetails>,
    /// Name of the bank the transaction came from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank the transaction came from.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_bank_code: ::std::option::Option<::std::string::String>,
    /// Clearing date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub clearing_time_stamp: ::std::option::Option<::std::string::String>,
    /// Settlement date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub settlement_time_stamp: ::std::option::Option<::std::string::String>,
    /// Reference of the transaction in the central bank's clearing.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub central_bank_transaction_reference_id: ::std::option::Option<
        ::std::string::String,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_creditor_details: ::std::option::Option<OriginalCreditorDetails>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_credit_account_details: ::std::option::Option<
        OriginalCreditAccountDetails,
    >,
    /// Name of the original debtor, for a returned or forwarded payment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_debtor_name: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_debit_account_details: ::std::option::Option<
        OriginalDebitAccountDetails,
    >,
    /// Fee charged for the debit.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_debit_fee_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Identifier of the bank in the clearing scheme.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_member_id: ::std::option::Option<::std::string::String>,
    /// Legal name of the beneficiary.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub beneficiary_legal_name: ::std::option::Option<::std::string::String>,
    /// Address lines of the beneficiary.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub beneficiary_address: ::std::option::Option<::std::vec::Vec<BeneficiaryAddress>>,
    /// Tax identifier of the beneficiary.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub beneficiary_tax_id: ::std::option::Option<::std::string::String>,
}
/// Transactions, statements or the error of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Account identifier in encrypted format.
    pub account_id: ::std::string::String,
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Statements of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statements: ::std::option::Option<::std::vec::Vec<Statements>>,
    /// Transactions of an investment account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_error_details: ::std::option::Option<ErrorResponse>,
    /// Index to send to get the next page for this account; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// Confirms a transaction enquiry after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: ::std::string::String,
}
impl TransactionDetailsConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The transactions of the account, once the step-up is complete.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationResponse {
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Orders of an investment account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// Transaction criteria for one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsRequest {
    /// Account identifier in encrypted format.
    pub account_id: ::std::string::String,
    /// Currency in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Start of the period, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_from_date: ::std::option::Option<::chrono::NaiveDate>,
    /// End of the period, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_to_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Lower bound of the transaction amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub amount_from: ::std::option::Option<::rust_decimal::Decimal>,
    /// Upper bound of the transaction amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub amount_to: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the transactions to return. Reference-data code; valid values come from
    /// Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionIndicator`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_indicator: ::std::option::Option<::std::string::String>,
    /// Index of the first record of the next page for this account, as returned by the previous response.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl TransactionDetailsRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            account_id: account_id.into(),
            currency_code: ::std::option::Option::None,
            transaction_from_date: ::std::option::Option::None,
            transaction_to_date: ::std::option::Option::None,
            amount_from: ::std::option::Option::None,
            amount_to: ::std::option::Option::None,
            transaction_status: ::std::option::Option::None,
            transaction_indicator: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
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
    /// Sets `transaction_from_date`.
    #[must_use]
    pub fn with_transaction_from_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_to_date`.
    #[must_use]
    pub fn with_transaction_to_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_to_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `amount_from`.
    #[must_use]
    pub fn with_amount_from(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.amount_from = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `amount_to`.
    #[must_use]
    pub fn with_amount_to(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.amount_to = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_status`.
    #[must_use]
    pub fn with_transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_indicator`.
    #[must_use]
    pub fn with_transaction_indicator(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Transactions of one account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct TransactionDetailsResponse {
    /// Transactions of a checking, savings or credit-card account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Transactions of an investment account (out of PSD2 scope).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// One transaction line of a credit-card statement.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Transactions {
    /// Masked card number that can be displayed to the customer.
    pub display_card_number: ::std::string::String,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_holder_type: ::std::option::Option<::std::string::String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Name of the merchant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_code: ::std::option::Option<::std::string::String>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_type: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the foreign currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in local currency.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub eligible_for_equal_payment_plan: ::std::option::Option<::std::string::String>,
    /// Bank reference of the transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transaction_reference_id: ::std::option::Option<::std::string::String>,
}
/// An instalment loan on a credit card, as shown on the statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnSecuredLoans {
    /// Original amount of the loan.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_disclosed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Original number of instalments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub original_term: ::std::option::Option<i64>,
    /// Current instalment number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub current_term: ::std::option::Option<i64>,
    /// Number of instalments remaining.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remaining_term: ::std::option::Option<i64>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of one instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// A transaction history document.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ViewTransactionDetailsDocumentResponse {
    /// The document, base64-encoded.
    pub binary_data: crate::runtime::Base64,
    /// Index to send as `nextStartIndex` to get the next part; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
