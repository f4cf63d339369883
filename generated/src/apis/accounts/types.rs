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
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountBalancesSummaryInquiryResponse {
    pub credit_card_account_balance_summary: Option<CreditCardAccountBalanceSummary>,
    pub ready_credit_account_balance_summary: Option<ReadyCreditAccountBalanceSummary>,
}
rt::object::serde_impls!(
    AccountBalancesSummaryInquiryResponse, full_serde, always,
    (credit_card_account_balance_summary, "creditCardAccountBalanceSummary", optional),
    (ready_credit_account_balance_summary, "readyCreditAccountBalanceSummary", optional),
);
/// Request to close an account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountClosureRequest {
    /// Identifier, in encrypted format, of the account to close.
    pub account_id: String,
    /// Reason for the closure. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClosureReasonCode`).
    pub account_closure_reason_code: Option<String>,
    /// Whether the customer consents to the closure.
    pub consent_given_flag: bool,
}
rt::object::serde_impls!(
    AccountClosureRequest, always, full_serde,
    (account_id, "accountId", required),
    (account_closure_reason_code, "accountClosureReasonCode", optional),
    (consent_given_flag, "consentGivenFlag", required),
);
rt::object::builder!(
    AccountClosureRequest,
    (new account_id, String, required),
    (new consent_given_flag, bool, required),
    (set account_closure_reason_code, with_account_closure_reason_code, String, optional),
);
/// Result of a closure request.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountClosureResponse {
    /// Reference of the closure request.
    pub account_closure_reference_id: Option<String>,
}
rt::object::serde_impls!(
    AccountClosureResponse, full_serde, always,
    (account_closure_reference_id, "accountClosureReferenceId", optional),
);
/// One consent on an account.
#[derive(Clone, Debug, PartialEq)]
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
    pub card_id: Option<String>,
}
rt::object::serde_impls!(
    AccountConsentDetails, always, always,
    (consent_type, "consentType", required),
    (consent_given_flag, "consentGivenFlag", required),
    (consent_update_date, "consentUpdateDate", required),
    (card_id, "cardId", optional),
);
rt::object::builder!(
    AccountConsentDetails,
    (new consent_type, String, required),
    (new consent_given_flag, bool, required),
    (new consent_update_date, ::chrono::NaiveDate, required),
    (set card_id, with_card_id, String, optional),
);
/// Details of one account. Wrapper object: all properties are optional and the one matching
/// the account kind is populated (inferred). Under PSD2 only checkingAccount, savingsAccount
/// and creditCardAccount occur.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountDetailsResponse {
    pub credit_card_account: Option<CreditCardAccount>,
    pub ready_credit_account: Option<ReadyCreditAccount>,
    pub checking_account: Option<CheckingAccount>,
    pub savings_account: Option<SavingsAccount>,
    pub time_deposit_account: Option<TimeDepositAccount>,
    pub loan_account: Option<LoanAccount>,
    pub mutual_fund_account: Option<MutualFundAccount>,
    pub securities_brokerage_account: Option<SecuritiesBrokerageAccount>,
    pub call_deposit_account: Option<CallDepositAccount>,
    pub premium_deposit_account: Option<PremiumDepositAccount>,
}
rt::object::serde_impls!(
    AccountDetailsResponse, full_serde, always,
    (credit_card_account, "creditCardAccount", optional),
    (ready_credit_account, "readyCreditAccount", optional),
    (checking_account, "checkingAccount", optional),
    (savings_account, "savingsAccount", optional),
    (time_deposit_account, "timeDepositAccount", optional),
    (loan_account, "loanAccount", optional),
    (mutual_fund_account, "mutualFundAccount", optional),
    (securities_brokerage_account, "securitiesBrokerageAccount", optional),
    (call_deposit_account, "callDepositAccount", optional),
    (premium_deposit_account, "premiumDepositAccount", optional),
);
/// The accounts of one account group, with group totals.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountGroupSummary {
    /// Account group, for example CHECKING, SAVINGS or CREDITCARD. Reference-data code; valid
    /// values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}`
    /// (referenceCode `accountGroup`).
    pub account_group: String,
    /// The accounts of the group.
    pub accounts: Vec<AccountSummary>,
    /// Insurance policies of the group.
    pub insurance_policies: Option<Vec<InsurancePolicySummary>>,
    pub total_current_balance: Option<GroupBalance>,
    pub total_available_balance: Option<GroupBalance>,
    pub total_outstanding_balance: Option<GroupBalance>,
}
rt::object::serde_impls!(
    AccountGroupSummary, full_serde, always,
    (account_group, "accountGroup", required),
    (accounts, "accounts", required),
    (insurance_policies, "insurancePolicies", optional),
    (total_current_balance, "totalCurrentBalance", optional),
    (total_available_balance, "totalAvailableBalance", optional),
    (total_outstanding_balance, "totalOutstandingBalance", optional),
);
/// One account whose unmasked number is wanted.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct AccountInfo {
    /// Account identifier in encrypted format.
    pub account_id: String,
}
rt::object::serde_impls!(
    AccountInfo, always, full_serde,
    (account_id, "accountId", required),
);
rt::object::builder!(
    AccountInfo,
    (new account_id, String, required),
);
/// Statements of one account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountStatementListResponse {
    /// The statements.
    pub statement_list: Option<Vec<StatementList>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    AccountStatementListResponse, full_serde, always,
    (statement_list, "statementList", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// One account of a group. Wrapper object: all properties are optional and one of them, the
/// one matching the account kind, is populated (inferred). Under PSD2 only
/// checkingAccountSummary, savingsAccountSummary and creditCardAccountSummary occur.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountSummary {
    pub checking_account_summary: Option<CheckingAccountSummary>,
    pub savings_account_summary: Option<SavingsAccountSummary>,
    pub credit_card_account_summary: Option<CreditCardAccountSummary>,
    pub ready_credit_account_summary: Option<ReadyCreditAccountSummary>,
    pub loan_account_summary: Option<LoanAccountSummary>,
    pub mutual_fund_account_summary: Option<MutualFundAccountSummary>,
    pub securities_brokerage_account_summary: Option<SecuritiesBrokerageAccountSummary>,
    pub call_deposit_account_summary: Option<CallDepositAccountSummary>,
    pub premium_deposit_account_summary: Option<PremiumDepositAccountSummary>,
    pub time_deposit_account_summary: Option<TimeDepositAccountSummary>,
}
rt::object::serde_impls!(
    AccountSummary, full_serde, always,
    (checking_account_summary, "checkingAccountSummary", optional),
    (savings_account_summary, "savingsAccountSummary", optional),
    (credit_card_account_summary, "creditCardAccountSummary", optional),
    (ready_credit_account_summary, "readyCreditAccountSummary", optional),
    (loan_account_summary, "loanAccountSummary", optional),
    (mutual_fund_account_summary, "mutualFundAccountSummary", optional),
    (securities_brokerage_account_summary, "securitiesBrokerageAccountSummary", optional),
    (call_deposit_account_summary, "callDepositAccountSummary", optional),
    (premium_deposit_account_summary, "premiumDepositAccountSummary", optional),
    (time_deposit_account_summary, "timeDepositAccountSummary", optional),
);
/// The unmasked number of one account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Accounts {
    /// Clear (unmasked) account number; the IBAN.
    pub unmasked_account_number: String,
    /// Account identifier in encrypted format.
    pub account_id: String,
}
rt::object::serde_impls!(
    Accounts, full_serde, always,
    (unmasked_account_number, "unmaskedAccountNumber", required),
    (account_id, "accountId", required),
);
/// Summary of all the customer's accounts, grouped.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AccountsGroupList {
    /// One entry per account group.
    pub account_group_summary: Option<Vec<AccountGroupSummary>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    AccountsGroupList, full_serde, always,
    (account_group_summary, "accountGroupSummary", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// One line of the address of the beneficiary.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct BeneficiaryAddress {
    /// One line of the address.
    pub address_line: Option<String>,
}
rt::object::serde_impls!(
    BeneficiaryAddress, full_serde, always,
    (address_line, "addressLine", optional),
);
/// Beneficiary and beneficiary bank of a transaction.
#[derive(Clone, Debug, PartialEq)]
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
    pub account_number: Option<String>,
}
rt::object::serde_impls!(
    BeneficiaryBankDetails, full_serde, always,
    (full_name, "fullName", required),
    (display_account_number, "displayAccountNumber", required),
    (bank_name, "bankName", required),
    (bank_code, "bankCode", required),
    (account_number, "accountNumber", optional),
);
/// Details of a call deposit account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CallDepositAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Balance available to transact.
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Interest rate, in percent.
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Amount due at maturity, in the base currency.
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    pub last_interest_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last interest payment (YYYY-MM-DD).
    pub last_interest_payment_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    CallDepositAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (currency_code, "currencyCode", optional),
    (available_balance, "availableBalance", optional, number),
    (current_balance, "currentBalance", optional, number),
    (interest_rate, "interestRate", optional, number),
    (opening_date, "openingDate", optional),
    (base_currency_maturity_amount, "baseCurrencyMaturityAmount", optional, number),
    (last_interest_payment_amount, "lastInterestPaymentAmount", optional, number),
    (last_interest_payment_date, "lastInterestPaymentDate", optional),
);
/// Summary of a call deposit account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CallDepositAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    CallDepositAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
);
/// Details of a checking (current) account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CheckingAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Overdraft limit of the account.
    pub overdraft_limit: Option<::rust_decimal::Decimal>,
    /// Part of the overdraft limit still available.
    pub available_overdraft_limit: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Date of the last statement, YYYY-MM-DD.
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Blocked funds.
    pub hold_amount: Option<::rust_decimal::Decimal>,
    /// Uncleared funds.
    pub float_amount: Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    pub opening_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    CheckingAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (current_balance, "currentBalance", optional, number),
    (available_balance, "availableBalance", optional, number),
    (overdraft_limit, "overdraftLimit", optional, number),
    (available_overdraft_limit, "availableOverdraftLimit", optional, number),
    (currency_code, "currencyCode", optional),
    (last_statement_date, "lastStatementDate", optional),
    (hold_amount, "holdAmount", optional, number),
    (float_amount, "floatAmount", optional, number),
    (total_interest_amount, "totalInterestAmount", optional, number),
    (opening_date, "openingDate", optional),
);
/// Summary of a checking (current) account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CheckingAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    pub available_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    CheckingAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
    (available_balance, "availableBalance", optional, number),
);
/// Accounts whose transactions are wanted.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CompositeTransactionDetailsRequest {
    /// One entry per account.
    pub transaction_details_request: Option<Vec<TransactionDetailsRequest>>,
}
rt::object::serde_impls!(
    CompositeTransactionDetailsRequest, always, full_serde,
    (transaction_details_request, "transactionDetailsRequest", optional),
);
rt::object::builder!(
    CompositeTransactionDetailsRequest,
    (set transaction_details_request, with_transaction_details_request, Vec<TransactionDetailsRequest>, optional),
);
/// Transactions of several accounts.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CompositeTransactionDetailsResponse {
    /// One entry per account requested.
    pub transaction_details: Option<Vec<TransactionDetails>>,
}
rt::object::serde_impls!(
    CompositeTransactionDetailsResponse, full_serde, always,
    (transaction_details, "transactionDetails", optional),
);
/// Consents on an account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ConsentsDetailsInquiryResponse {
    /// The consents.
    pub account_consent_details: Option<Vec<AccountConsentDetails>>,
}
rt::object::serde_impls!(
    ConsentsDetailsInquiryResponse, full_serde, always,
    (account_consent_details, "accountConsentDetails", optional),
);
/// New consents for an account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ConsentsDetailsUpdateRequest {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// The consents to record.
    pub account_consent_details: Option<Vec<AccountConsentDetails>>,
}
rt::object::serde_impls!(
    ConsentsDetailsUpdateRequest, always, full_serde,
    (account_id, "accountId", required),
    (account_consent_details, "accountConsentDetails", optional),
);
rt::object::builder!(
    ConsentsDetailsUpdateRequest,
    (new account_id, String, required),
    (set account_consent_details, with_account_consent_details, Vec<AccountConsentDetails>, optional),
);
/// Details of a credit-card account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CreditCardAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Amount owed on the card account.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    pub last_statement_balance: Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Credit used.
    pub credit_used: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last payment, YYYY-MM-DD.
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Reward points available.
    pub available_point_balance: Option<f64>,
}
rt::object::serde_impls!(
    CreditCardAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (currency_code, "currencyCode", optional),
    (outstanding_balance, "outstandingBalance", optional, number),
    (last_statement_balance, "lastStatementBalance", optional, number),
    (last_statement_date, "lastStatementDate", optional),
    (credit_used, "creditUsed", optional, number),
    (credit_limit, "creditLimit", optional, number),
    (available_credit, "availableCredit", optional, number),
    (cash_advance_limit, "cashAdvanceLimit", optional, number),
    (cash_advance_available_amount, "cashAdvanceAvailableAmount", optional, number),
    (last_payment_amount, "lastPaymentAmount", optional, number),
    (last_payment_date, "lastPaymentDate", optional),
    (minimum_due_amount, "minimumDueAmount", optional, number),
    (payment_due_date, "paymentDueDate", optional),
    (available_point_balance, "availablePointBalance", optional),
);
/// What a credit-card account owes at closure.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CreditCardAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    pub total_disputed_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed at the time of the enquiry.
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    pub available_point_balance: Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    pub partial_response_information: Option<Vec<PartialResponseInformation>>,
}
rt::object::serde_impls!(
    CreditCardAccountBalanceSummary, full_serde, always,
    (total_disputed_transaction_amount, "totalDisputedTransactionAmount", optional, number),
    (current_outstanding_amount, "currentOutstandingAmount", required, number),
    (current_accrued_interest, "currentAccruedInterest", required, number),
    (payment_due_amount, "paymentDueAmount", required, number),
    (available_point_balance, "availablePointBalance", optional, number),
    (partial_response_information, "partialResponseInformation", optional),
);
/// Summary of a credit-card account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditCardAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// Amount owed on the card account.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit still available on the card account.
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Minimum amount due by the payment due date.
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Alternate currency of the card account in ISO 4217 format.
    pub alternate_currency: Option<String>,
    /// Current balance in the alternate currency.
    pub alternate_currency_current_balance: Option<::rust_decimal::Decimal>,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    pub card_holder_type: Option<String>,
}
rt::object::serde_impls!(
    CreditCardAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_classification, "accountClassification", optional),
    (account_status, "accountStatus", optional),
    (outstanding_balance, "outstandingBalance", optional, number),
    (available_credit, "availableCredit", optional, number),
    (credit_limit, "creditLimit", optional, number),
    (minimum_due_amount, "minimumDueAmount", optional, number),
    (payment_due_date, "paymentDueDate", optional),
    (alternate_currency, "alternateCurrency", optional),
    (alternate_currency_current_balance, "alternateCurrencyCurrentBalance", optional, number),
    (card_holder_type, "cardHolderType", optional),
);
/// A credit-card statement with its summary, instalment loans and transactions.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CreditCardStatement {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
    pub statement_summary: Option<StatementSummary>,
    /// Instalment loans on the card.
    pub un_secured_loans: Option<Vec<UnSecuredLoans>>,
    /// Transactions of the statement.
    pub transactions: Option<Vec<Transactions>>,
    /// Index to send as `nextStartIndex` to get the next page of transactions; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    CreditCardStatement, full_serde, always,
    (display_account_number, "displayAccountNumber", required),
    (statement_date, "statementDate", required),
    (statement_summary, "statementSummary", optional),
    (un_secured_loans, "unSecuredLoans", optional),
    (transactions, "transactions", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Proxy identification of the payee (creditor) account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditorDetails {
    /// Type of proxy id used to identify the payee account.
    pub creditor_proxy_id_type: Option<String>,
    /// Proxy id value used to identify the payee account.
    pub creditor_proxy_id_value: Option<String>,
}
rt::object::serde_impls!(
    CreditorDetails, full_serde, always,
    (creditor_proxy_id_type, "creditorProxyIdType", optional),
    (creditor_proxy_id_value, "creditorProxyIdValue", optional),
);
/// Address of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerAddress {
    /// Address line 1.
    pub address_line1: Option<String>,
    /// Address line 2.
    pub address_line2: Option<String>,
    /// Address line 3.
    pub address_line3: Option<String>,
    /// Address line 4.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Province code.
    pub province_code: Option<String>,
    /// ISO 3166 country code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
}
rt::object::serde_impls!(
    CustomerAddress, full_serde, always,
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (province_code, "provinceCode", optional),
    (country_code, "countryCode", optional),
);
/// A reference the merchant keeps for the customer.
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
/// Name of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct CustomerName {
    /// Full name of the customer.
    pub full_name: String,
}
rt::object::serde_impls!(
    CustomerName, full_serde, always,
    (full_name, "fullName", required),
);
/// Proxy identification of the payer (debtor) account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct DebtorDetails {
    /// Type of proxy id used to identify the payer account.
    pub debtor_proxy_id_type: Option<String>,
    /// Proxy id value used to identify the payer account.
    pub debtor_proxy_id_value: Option<String>,
}
rt::object::serde_impls!(
    DebtorDetails, full_serde, always,
    (debtor_proxy_id_type, "debtorProxyIdType", optional),
    (debtor_proxy_id_value, "debtorProxyIdValue", optional),
);
pub use crate::apis::common::ErrorResponse;
/// A group total in local currency and, where applicable, in a foreign currency.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct GroupBalance {
    /// Local currency in ISO 4217 format.
    pub local_currency_code: Option<String>,
    /// Total in local currency.
    pub local_currency_balance_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    pub foreign_currency_code: Option<String>,
    /// Total in the foreign currency.
    pub foreign_currency_balance_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    GroupBalance, full_serde, always,
    (local_currency_code, "localCurrencyCode", optional),
    (local_currency_balance_amount, "localCurrencyBalanceAmount", optional, number),
    (foreign_currency_code, "foreignCurrencyCode", optional),
    (foreign_currency_balance_amount, "foreignCurrencyBalanceAmount", optional, number),
);
/// Summary of an insurance policy. The catalog references this model without detailing it;
/// the fields follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InsurancePolicySummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Currency in ISO 4217 format.
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// Masked policy number that can be displayed to the customer.
    pub display_policy_number: String,
    /// Insurance application number, used to retrieve the policy details.
    pub insurance_application_id: String,
    /// Sum assured of the insurance.
    pub insurance_sum_assured_amount: Option<::rust_decimal::Decimal>,
    /// Total premium paid for the policy.
    pub total_premium_paid_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    InsurancePolicySummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", optional),
    (currency_code, "currencyCode", optional),
    (account_classification, "accountClassification", optional),
    (account_status, "accountStatus", optional),
    (display_policy_number, "displayPolicyNumber", required),
    (insurance_application_id, "insuranceApplicationId", required),
    (insurance_sum_assured_amount, "insuranceSumAssuredAmount", optional, number),
    (total_premium_paid_amount, "totalPremiumPaidAmount", optional, number),
);
/// One transaction of an investment account (out of PSD2 scope). Field types follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct InvestmentTransaction {
    /// Order date, YYYY-MM-DD.
    pub order_date: Option<::chrono::NaiveDate>,
    /// Reference that identifies the investment transaction.
    pub order_reference_id: Option<String>,
    /// Type of order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderType`).
    pub order_type: Option<String>,
    /// Order code that identifies the transaction.
    pub code: Option<String>,
    /// Name of the fund or stock.
    pub name: Option<String>,
    /// Currency of the transaction in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Transaction amount in local currency.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Order price of the trade.
    pub price: Option<::rust_decimal::Decimal>,
    /// Status of the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderStatus`).
    pub order_status: Option<String>,
    /// Total amount of the transaction.
    pub gross_amount: Option<::rust_decimal::Decimal>,
    /// Number of units ordered.
    pub order_quantity: Option<::rust_decimal::Decimal>,
    /// Medium used to place the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderMedium`).
    pub order_medium: Option<String>,
    /// Number of units received.
    pub filled_quantity: Option<::rust_decimal::Decimal>,
    /// Number of units not received.
    pub balance_quantity: Option<::rust_decimal::Decimal>,
    /// Code of the market where the securities trade.
    pub stock_market_code: Option<String>,
}
rt::object::serde_impls!(
    InvestmentTransaction, full_serde, always,
    (order_date, "orderDate", optional),
    (order_reference_id, "orderReferenceId", optional),
    (order_type, "orderType", optional),
    (code, "code", optional),
    (name, "name", optional),
    (currency_code, "currencyCode", optional),
    (transaction_amount, "transactionAmount", optional, number),
    (price, "price", optional, number),
    (order_status, "orderStatus", optional),
    (gross_amount, "grossAmount", optional, number),
    (order_quantity, "orderQuantity", optional, number),
    (order_medium, "orderMedium", optional),
    (filled_quantity, "filledQuantity", optional, number),
    (balance_quantity, "balanceQuantity", optional, number),
    (stock_market_code, "stockMarketCode", optional),
);
/// Details of a loan account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LoanAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Amount originally lent or deposited.
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Principal still to be repaid.
    pub current_principal_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed on the card account.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Date the account was opened (YYYY-MM-DD).
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Date of the last payment (YYYY-MM-DD).
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of the last payment.
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Interest paid over the interest accumulation period.
    pub interest_amount: Option<::rust_decimal::Decimal>,
    /// Interest accumulation period. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestAccumulationPeriod`).
    pub interest_accumulation_period: Option<String>,
    /// Amount of the next payment due.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    pub next_payment_date: Option<::chrono::NaiveDate>,
    /// How often payments fall due. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    pub payment_frequency: Option<String>,
    /// Interest type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestType`).
    pub interest_type: Option<String>,
    /// Interest rate, in percent.
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Effective interest rate, in percent.
    pub effective_interest_rate: Option<::rust_decimal::Decimal>,
    /// Amount of one instalment.
    pub installment_amount: Option<::rust_decimal::Decimal>,
    /// Number of instalments still to be paid.
    pub remaining_term_number: Option<f64>,
    /// Amount of payments not made by their due date.
    pub past_due_amount: Option<::rust_decimal::Decimal>,
    /// Principal repaid so far.
    pub paid_principal_amount: Option<::rust_decimal::Decimal>,
    /// Charge for payments made after their due date.
    pub late_charge_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    LoanAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (original_principal_amount, "originalPrincipalAmount", optional, number),
    (current_principal_amount, "currentPrincipalAmount", optional, number),
    (outstanding_balance, "outstandingBalance", optional, number),
    (currency_code, "currencyCode", optional),
    (maturity_date, "maturityDate", optional),
    (opening_date, "openingDate", optional),
    (last_payment_date, "lastPaymentDate", optional),
    (last_payment_amount, "lastPaymentAmount", optional, number),
    (interest_amount, "interestAmount", optional, number),
    (interest_accumulation_period, "interestAccumulationPeriod", optional),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (next_payment_date, "nextPaymentDate", optional),
    (payment_frequency, "paymentFrequency", optional),
    (interest_type, "interestType", optional),
    (interest_rate, "interestRate", optional, number),
    (effective_interest_rate, "effectiveInterestRate", optional, number),
    (installment_amount, "installmentAmount", optional, number),
    (remaining_term_number, "remainingTermNumber", optional),
    (past_due_amount, "pastDueAmount", optional, number),
    (paid_principal_amount, "paidPrincipalAmount", optional, number),
    (late_charge_amount, "lateChargeAmount", optional, number),
);
/// Summary of a loan account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct LoanAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// Amount originally lent or deposited.
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    LoanAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_classification, "accountClassification", optional),
    (account_status, "accountStatus", optional),
    (original_principal_amount, "originalPrincipalAmount", optional, number),
    (outstanding_balance, "outstandingBalance", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (next_payment_date, "nextPaymentDate", optional),
);
/// A holding of one fund in a mutual fund account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MutualFund {
    /// Net asset value of the holding.
    pub net_asset_value_amount: Option<::rust_decimal::Decimal>,
    /// Code of the fund.
    pub fund_code: Option<String>,
    /// Name of the fund.
    pub fund_name: Option<String>,
    /// Amount invested.
    pub investment_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Date the holding matures, for a fund with a maturity (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Units available to sell.
    pub available_units: Option<::rust_decimal::Decimal>,
    /// Units settled.
    pub settled_units: Option<::rust_decimal::Decimal>,
    /// Units assigned.
    pub assigned_units: Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    pub confirmed_units: Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    pub pending_units: Option<::rust_decimal::Decimal>,
    /// Units blocked.
    pub block_units: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    pub unrealized_gains: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    pub unrealized_percentage_gain: Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    pub latest_price: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    MutualFund, full_serde, always,
    (net_asset_value_amount, "netAssetValueAmount", optional, number),
    (fund_code, "fundCode", optional),
    (fund_name, "fundName", optional),
    (investment_amount, "investmentAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (maturity_date, "maturityDate", optional),
    (available_units, "availableUnits", optional, number),
    (settled_units, "settledUnits", optional, number),
    (assigned_units, "assignedUnits", optional, number),
    (confirmed_units, "confirmedUnits", optional, number),
    (pending_units, "pendingUnits", optional, number),
    (block_units, "blockUnits", optional, number),
    (unrealized_gains, "unrealizedGains", optional, number),
    (unrealized_percentage_gain, "unrealizedPercentageGain", optional, number),
    (latest_price, "latestPrice", optional, number),
);
/// Details of a mutual fund account and its holdings.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct MutualFundAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Net asset value of every fund of the account.
    pub total_net_asset_value_amount: Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    pub total_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    pub total_unrealized_gains: Option<::rust_decimal::Decimal>,
    pub relationship: Option<Relationship>,
    /// The holdings, one per fund.
    pub mutual_fund: Option<Vec<MutualFund>>,
}
rt::object::serde_impls!(
    MutualFundAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (currency_code, "currencyCode", optional),
    (total_net_asset_value_amount, "totalNetAssetValueAmount", optional, number),
    (total_transaction_amount, "totalTransactionAmount", optional, number),
    (total_unrealized_gains, "totalUnrealizedGains", optional, number),
    (relationship, "relationship", optional),
    (mutual_fund, "mutualFund", optional),
);
/// Summary of a mutual-fund investment account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MutualFundAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current value of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    MutualFundAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
);
/// The account originally credited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct OriginalCreditAccountDetails {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Name of the bank.
    pub bank_name: Option<String>,
    /// Code of the bank.
    pub bank_code: Option<String>,
}
rt::object::serde_impls!(
    OriginalCreditAccountDetails, full_serde, always,
    (display_account_number, "displayAccountNumber", optional),
    (bank_name, "bankName", optional),
    (bank_code, "bankCode", optional),
);
/// The original creditor of a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct OriginalCreditorDetails {
    /// Name of the original creditor.
    pub original_creditor_name: Option<String>,
    /// Kind of proxy of the original creditor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `originalCreditorProxyIdType`).
    pub original_creditor_proxy_id_type: Option<String>,
    /// Proxy of the original creditor.
    pub original_creditor_proxy_id_value: Option<String>,
}
rt::object::serde_impls!(
    OriginalCreditorDetails, full_serde, always,
    (original_creditor_name, "originalCreditorName", optional),
    (original_creditor_proxy_id_type, "originalCreditorProxyIdType", optional),
    (original_creditor_proxy_id_value, "originalCreditorProxyIdValue", optional),
);
/// The account originally debited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct OriginalDebitAccountDetails {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Name of the bank.
    pub bank_name: Option<String>,
    /// Code of the bank.
    pub bank_code: Option<String>,
}
rt::object::serde_impls!(
    OriginalDebitAccountDetails, full_serde, always,
    (display_account_number, "displayAccountNumber", optional),
    (bank_name, "bankName", optional),
    (bank_code, "bankCode", optional),
);
/// The original transaction, for a returned or reversed payment.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct OriginalTransactionDetails {
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: Option<String>,
    /// Transaction date of the original transaction, YYYY-MM-DD.
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Amount of the original transaction.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the original transaction in ISO 4217 format.
    pub transaction_currency_code: Option<String>,
    /// Status of the original transaction.
    pub transaction_status: Option<String>,
    /// Reference number of the original transaction.
    pub transaction_reference_number: Option<String>,
    /// Remarks of the original transaction.
    pub transaction_remarks: Option<String>,
    /// End-to-end identification of the original transaction.
    pub end_to_end_identification: Option<String>,
}
rt::object::serde_impls!(
    OriginalTransactionDetails, full_serde, always,
    (payment_type, "paymentType", optional),
    (transaction_date, "transactionDate", optional),
    (transaction_amount, "transactionAmount", optional, number),
    (transaction_currency_code, "transactionCurrencyCode", optional),
    (transaction_status, "transactionStatus", optional),
    (transaction_reference_number, "transactionReferenceNumber", optional),
    (transaction_remarks, "transactionRemarks", optional),
    (end_to_end_identification, "endToEndIdentification", optional),
);
/// A part of the answer that could not be produced, and why.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PartialResponseInformation {
    /// Field of the answer that could not be filled.
    pub field_name: Option<String>,
    /// Code of the reason the field could not be filled.
    pub reason_code: Option<String>,
    /// More about the reason.
    pub additional_information: Option<String>,
}
rt::object::serde_impls!(
    PartialResponseInformation, full_serde, always,
    (field_name, "fieldName", optional),
    (reason_code, "reasonCode", optional),
    (additional_information, "additionalInformation", optional),
);
/// Details of a premium (dual-currency) deposit account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PremiumDepositAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Principal in the base currency.
    pub base_currency_principal_amount: Option<::rust_decimal::Decimal>,
    /// Base currency of the deposit (ISO 4217).
    pub base_currency_code: Option<String>,
    /// Principal in the alternate currency.
    pub alternate_currency_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Alternate currency of the deposit (ISO 4217).
    pub alternate_currency_code: Option<String>,
    /// Account credited at maturity when the deposit is paid in the base currency.
    pub base_currency_disposal_account: Option<String>,
    /// Account credited at maturity when the deposit is paid in the alternate currency.
    pub alternate_currency_disposal_account: Option<String>,
    /// Interest in the base currency.
    pub base_currency_interest_amount: Option<::rust_decimal::Decimal>,
    /// Interest in the alternate currency.
    pub alternate_currency_interest_amount: Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the base currency.
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the alternate currency.
    pub alternate_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Premium of the deposit, in the base currency.
    pub base_currency_premium_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Exchange rate at which the deposit may be converted into the alternate currency.
    pub strike_price: Option<::rust_decimal::Decimal>,
    /// Interest rate paid to the customer, in percent.
    pub customer_interest_rate: Option<::rust_decimal::Decimal>,
    /// Accrued interest rate, in percent.
    pub accrued_interest_rate: Option<::rust_decimal::Decimal>,
    /// Benchmark interest rate, in percent.
    pub benchmark_interest_rate: Option<::rust_decimal::Decimal>,
    /// Status of the deposit deal. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `dealStatus`).
    pub deal_status: Option<String>,
    /// Date the conversion option expires (YYYY-MM-DD).
    pub expiry_date: Option<::chrono::NaiveDate>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    pub tenor_term: Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    pub tenor_period: Option<String>,
    pub relationship: Option<Relationship>,
}
rt::object::serde_impls!(
    PremiumDepositAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (base_currency_principal_amount, "baseCurrencyPrincipalAmount", optional, number),
    (base_currency_code, "baseCurrencyCode", optional),
    (alternate_currency_principal_amount, "alternateCurrencyPrincipalAmount", optional, number),
    (opening_date, "openingDate", optional),
    (alternate_currency_code, "alternateCurrencyCode", optional),
    (base_currency_disposal_account, "baseCurrencyDisposalAccount", optional),
    (alternate_currency_disposal_account, "alternateCurrencyDisposalAccount", optional),
    (base_currency_interest_amount, "baseCurrencyInterestAmount", optional, number),
    (alternate_currency_interest_amount, "alternateCurrencyInterestAmount", optional, number),
    (base_currency_maturity_amount, "baseCurrencyMaturityAmount", optional, number),
    (alternate_currency_maturity_amount, "alternateCurrencyMaturityAmount", optional, number),
    (base_currency_premium_amount, "baseCurrencyPremiumAmount", optional, number),
    (maturity_date, "maturityDate", optional),
    (strike_price, "strikePrice", optional, number),
    (customer_interest_rate, "customerInterestRate", optional, number),
    (accrued_interest_rate, "accruedInterestRate", optional, number),
    (benchmark_interest_rate, "benchmarkInterestRate", optional, number),
    (deal_status, "dealStatus", optional),
    (expiry_date, "expiryDate", optional),
    (tenor_term, "tenorTerm", optional),
    (tenor_period, "tenorPeriod", optional),
    (relationship, "relationship", optional),
);
/// Summary of a premium deposit account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct PremiumDepositAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    PremiumDepositAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_classification, "accountClassification", optional),
    (account_status, "accountStatus", optional),
    (current_balance, "currentBalance", optional, number),
    (original_principal_amount, "originalPrincipalAmount", optional, number),
    (maturity_date, "maturityDate", optional),
);
/// Details of a ready credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReadyCreditAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Amount owed on the card account.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    pub last_statement_balance: Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    pub minimum_due_amount: Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    pub last_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date of the last payment (YYYY-MM-DD).
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of the next payment due.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    ReadyCreditAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (currency_code, "currencyCode", optional),
    (outstanding_balance, "outstandingBalance", optional, number),
    (last_statement_balance, "lastStatementBalance", optional, number),
    (last_statement_date, "lastStatementDate", optional),
    (minimum_due_amount, "minimumDueAmount", optional, number),
    (credit_limit, "creditLimit", optional, number),
    (available_credit, "availableCredit", optional, number),
    (cash_advance_limit, "cashAdvanceLimit", optional, number),
    (cash_advance_available_amount, "cashAdvanceAvailableAmount", optional, number),
    (last_payment_amount, "lastPaymentAmount", optional, number),
    (last_payment_date, "lastPaymentDate", optional),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (next_payment_date, "nextPaymentDate", optional),
);
/// What a ready credit account owes at closure.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReadyCreditAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    pub total_disputed_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Amount owed at the time of the enquiry.
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    pub available_point_balance: Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    pub partial_response_information: Option<Vec<PartialResponseInformation>>,
}
rt::object::serde_impls!(
    ReadyCreditAccountBalanceSummary, full_serde, always,
    (total_disputed_transaction_amount, "totalDisputedTransactionAmount", optional, number),
    (current_outstanding_amount, "currentOutstandingAmount", required, number),
    (current_accrued_interest, "currentAccruedInterest", required, number),
    (payment_due_amount, "paymentDueAmount", required, number),
    (available_point_balance, "availablePointBalance", optional, number),
    (partial_response_information, "partialResponseInformation", optional),
);
/// Summary of a ready-credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ReadyCreditAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Amount owed.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit still available.
    pub available_credit: Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    pub next_payment_amount: Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    pub next_payment_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    ReadyCreditAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (outstanding_balance, "outstandingBalance", optional, number),
    (available_credit, "availableCredit", optional, number),
    (next_payment_amount, "nextPaymentAmount", optional, number),
    (next_payment_date, "nextPaymentDate", optional),
);
/// The relationship under which an investment account is held.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Relationship {
    /// Name of the relationship (the holders of the account).
    pub relationship_name: Option<String>,
    /// Kind of relationship. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `relationshipType`).
    pub relationship_type: Option<String>,
}
rt::object::serde_impls!(
    Relationship, full_serde, always,
    (relationship_name, "relationshipName", optional),
    (relationship_type, "relationshipType", optional),
);
/// Accounts whose unmasked numbers are wanted.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataRequest {
    /// One entry per account.
    pub account_info: Option<Vec<AccountInfo>>,
}
rt::object::serde_impls!(
    RetrieveUnmaskedAccountDataRequest, always, full_serde,
    (account_info, "accountInfo", optional),
);
rt::object::builder!(
    RetrieveUnmaskedAccountDataRequest,
    (set account_info, with_account_info, Vec<AccountInfo>, optional),
);
/// Unmasked account numbers.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataResponse {
    /// One entry per account requested.
    pub accounts: Option<Vec<Accounts>>,
}
rt::object::serde_impls!(
    RetrieveUnmaskedAccountDataResponse, full_serde, always,
    (accounts, "accounts", optional),
);
/// Details of a savings account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SavingsAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    pub available_balance: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Date of the last statement, YYYY-MM-DD.
    pub last_statement_date: Option<::chrono::NaiveDate>,
    /// Blocked funds.
    pub hold_amount: Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Uncleared funds.
    pub float_amount: Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SavingsAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (current_balance, "currentBalance", optional, number),
    (available_balance, "availableBalance", optional, number),
    (currency_code, "currencyCode", optional),
    (last_statement_date, "lastStatementDate", optional),
    (hold_amount, "holdAmount", optional, number),
    (opening_date, "openingDate", optional),
    (float_amount, "floatAmount", optional, number),
    (total_interest_amount, "totalInterestAmount", optional, number),
);
/// Summary of a savings account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct SavingsAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    pub available_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SavingsAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
    (available_balance, "availableBalance", optional, number),
);
/// Details of a securities brokerage account and its holdings.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Market value of every security of the account.
    pub total_securities_value_amount: Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    pub total_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    pub total_unrealized_gains: Option<::rust_decimal::Decimal>,
    pub relationship: Option<Relationship>,
    /// The holdings, one per security.
    pub security: Option<Vec<Security>>,
}
rt::object::serde_impls!(
    SecuritiesBrokerageAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (currency_code, "currencyCode", optional),
    (total_securities_value_amount, "totalSecuritiesValueAmount", optional, number),
    (total_transaction_amount, "totalTransactionAmount", optional, number),
    (total_unrealized_gains, "totalUnrealizedGains", optional, number),
    (relationship, "relationship", optional),
    (security, "security", optional),
);
/// Summary of a securities brokerage account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current value of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    SecuritiesBrokerageAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
);
/// A holding of one security in a brokerage account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Security {
    /// Name of the security.
    pub security_name: Option<String>,
    /// Code of the security.
    pub stock_code: Option<String>,
    /// Code of the market the security is traded on.
    pub stock_market_code: Option<String>,
    /// Market value of the holding.
    pub market_value_amount: Option<::rust_decimal::Decimal>,
    /// Amount invested.
    pub investment_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Average cost of one unit.
    pub average_unit_cost: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Units available to sell.
    pub available_units: Option<::rust_decimal::Decimal>,
    /// Units settled.
    pub settled_units: Option<::rust_decimal::Decimal>,
    /// Units assigned.
    pub assigned_units: Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    pub confirmed_units: Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    pub pending_units: Option<::rust_decimal::Decimal>,
    /// Units blocked.
    pub block_units: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    pub unrealized_gains: Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    pub unrealized_percentage_gain: Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    pub latest_price: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    Security, full_serde, always,
    (security_name, "securityName", optional),
    (stock_code, "stockCode", optional),
    (stock_market_code, "stockMarketCode", optional),
    (market_value_amount, "marketValueAmount", optional, number),
    (investment_amount, "investmentAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (average_unit_cost, "averageUnitCost", optional, number),
    (maturity_date, "maturityDate", optional),
    (available_units, "availableUnits", optional, number),
    (settled_units, "settledUnits", optional, number),
    (assigned_units, "assignedUnits", optional, number),
    (confirmed_units, "confirmedUnits", optional, number),
    (pending_units, "pendingUnits", optional, number),
    (block_units, "blockUnits", optional, number),
    (unrealized_gains, "unrealizedGains", optional, number),
    (unrealized_percentage_gain, "unrealizedPercentageGain", optional, number),
    (latest_price, "latestPrice", optional, number),
);
/// One statement of the list.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct StatementList {
    /// Identifier of the statement; use it to get the statement.
    pub statement_id: Option<String>,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    StatementList, full_serde, always,
    (statement_id, "statementId", optional),
    (statement_date, "statementDate", optional),
);
/// Summary of a credit-card statement.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct StatementSummary {
    /// Amount owed at the statement date.
    pub outstanding_balance: Option<::rust_decimal::Decimal>,
    /// Credit limit.
    pub credit_limit: Option<::rust_decimal::Decimal>,
    /// Number of active instalment (equal payment) plans.
    pub active_equal_payment_plan_count: Option<f64>,
    /// Balance at the start of the statement cycle.
    pub beginning_balance_amount: Option<::rust_decimal::Decimal>,
    /// Total of the debits in the cycle.
    pub total_debit_amount: Option<::rust_decimal::Decimal>,
    /// Total of the credits in the cycle.
    pub total_credit_amount: Option<::rust_decimal::Decimal>,
    /// Net interest charged in the cycle.
    pub net_interest_amount: Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Amount past due.
    pub past_due_amount: Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    pub cash_advance_limit: Option<::rust_decimal::Decimal>,
    /// Fees charged in the cycle to date.
    pub cycle_to_date_fee_amount: Option<::rust_decimal::Decimal>,
    /// Interest paid.
    pub interest_paid_amount: Option<::rust_decimal::Decimal>,
    /// Billing currency in ISO 4217 format.
    pub billing_currency_code: Option<String>,
    /// Cash advance amount still available.
    pub cash_advance_available_amount: Option<::rust_decimal::Decimal>,
    /// Interest rate on purchases for the cycle.
    pub retail_cycle_interest_rate: Option<::rust_decimal::Decimal>,
    /// Interest rate on cash advances for the cycle.
    pub cash_cycle_interest_rate: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    StatementSummary, full_serde, always,
    (outstanding_balance, "outstandingBalance", optional, number),
    (credit_limit, "creditLimit", optional, number),
    (active_equal_payment_plan_count, "activeEqualPaymentPlanCount", optional),
    (beginning_balance_amount, "beginningBalanceAmount", optional, number),
    (total_debit_amount, "totalDebitAmount", optional, number),
    (total_credit_amount, "totalCreditAmount", optional, number),
    (net_interest_amount, "netInterestAmount", optional, number),
    (payment_due_date, "paymentDueDate", optional),
    (past_due_amount, "pastDueAmount", optional, number),
    (cash_advance_limit, "cashAdvanceLimit", optional, number),
    (cycle_to_date_fee_amount, "cycleToDateFeeAmount", optional, number),
    (interest_paid_amount, "interestPaidAmount", optional, number),
    (billing_currency_code, "billingCurrencyCode", optional),
    (cash_advance_available_amount, "cashAdvanceAvailableAmount", optional, number),
    (retail_cycle_interest_rate, "retailCycleInterestRate", optional, number),
    (cash_cycle_interest_rate, "cashCycleInterestRate", optional, number),
);
/// One statement of an account (the field name `statmentId` is misspelled in the source spec and kept so).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Statements {
    /// Identifier of the statement (sic, spelled so in the spec).
    pub statment_id: String,
    /// Date of the statement, YYYY-MM-DD.
    pub statement_date: ::chrono::NaiveDate,
}
rt::object::serde_impls!(
    Statements, full_serde, always,
    (statment_id, "statmentId", required),
    (statement_date, "statementDate", required),
);
/// One statement.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct StatementsResponse {
    pub credit_card_statement: Option<CreditCardStatement>,
}
rt::object::serde_impls!(
    StatementsResponse, full_serde, always,
    (credit_card_statement, "creditCardStatement", optional),
);
/// Result of a confirmation-of-funds check.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct SufficiencyOfFundsResponse {
    /// True if the account covers the amount.
    pub sufficient_funds_indicator: bool,
}
rt::object::serde_impls!(
    SufficiencyOfFundsResponse, full_serde, always,
    (sufficient_funds_indicator, "sufficientFundsIndicator", required),
);
/// Details of a time (term) deposit account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TimeDepositAccount {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: String,
    /// Amount originally lent or deposited.
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Interest rate, in percent.
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    pub opening_date: Option<::chrono::NaiveDate>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
    /// Date of the next interest payment (YYYY-MM-DD).
    pub next_interest_payment_date: Option<::chrono::NaiveDate>,
    /// Interest due at the next interest payment.
    pub interest_amount_due: Option<::rust_decimal::Decimal>,
    /// What happens to the deposit at maturity. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `renewalInstructions`).
    pub renewal_instructions: Option<String>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    pub tenor_term: Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    pub tenor_period: Option<String>,
    /// Amount due at maturity, in the base currency.
    pub base_currency_maturity_amount: Option<::rust_decimal::Decimal>,
    /// Interest due at maturity.
    pub maturity_interest_amount: Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    pub last_interest_payment_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    TimeDepositAccount, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (display_account_number, "displayAccountNumber", required),
    (original_principal_amount, "originalPrincipalAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (interest_rate, "interestRate", optional, number),
    (opening_date, "openingDate", optional),
    (maturity_date, "maturityDate", optional),
    (next_interest_payment_date, "nextInterestPaymentDate", optional),
    (interest_amount_due, "interestAmountDue", optional, number),
    (renewal_instructions, "renewalInstructions", optional),
    (tenor_term, "tenorTerm", optional),
    (tenor_period, "tenorPeriod", optional),
    (base_currency_maturity_amount, "baseCurrencyMaturityAmount", optional, number),
    (maturity_interest_amount, "maturityInterestAmount", optional, number),
    (last_interest_payment_amount, "lastInterestPaymentAmount", optional, number),
);
/// Summary of a time deposit account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct TimeDepositAccountSummary {
    /// Name of the product.
    pub product_name: Option<String>,
    /// Code that identifies the product.
    pub product_code: Option<String>,
    /// Nickname of the account given by the customer.
    pub account_nickname: Option<String>,
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Account identifier in encrypted format.
    pub account_id: Option<String>,
    /// Currency of the account in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    pub account_status: Option<String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    pub account_classification: Option<String>,
    /// Current balance of the account.
    pub current_balance: Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    pub original_principal_amount: Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    pub maturity_date: Option<::chrono::NaiveDate>,
}
rt::object::serde_impls!(
    TimeDepositAccountSummary, full_serde, always,
    (product_name, "productName", optional),
    (product_code, "productCode", optional),
    (account_nickname, "accountNickname", optional),
    (display_account_number, "displayAccountNumber", optional),
    (account_id, "accountId", optional),
    (currency_code, "currencyCode", optional),
    (account_status, "accountStatus", optional),
    (account_classification, "accountClassification", optional),
    (current_balance, "currentBalance", optional, number),
    (original_principal_amount, "originalPrincipalAmount", optional, number),
    (maturity_date, "maturityDate", optional),
);
/// One transaction of a checking, savings or credit-card account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Transaction {
    /// Masked account number that can be displayed to the customer.
    pub display_account_number: Option<String>,
    /// Transaction date, YYYY-MM-DD.
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Description of the transaction from the merchant, point of sale or bank.
    pub transaction_description: Option<String>,
    /// Bank reference of the transaction.
    pub transaction_reference_id: Option<String>,
    /// Cheque number; checking accounts only.
    pub check_serial_number: Option<String>,
    /// Transaction amount in the account currency.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Transaction amount in the foreign currency.
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    pub foreign_currency_code: Option<String>,
    /// Exchange rate applied to the foreign transaction.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    pub transaction_type: Option<String>,
    /// Status of the transaction; credit cards only. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Account balance after the transaction.
    pub running_balance: Option<::rust_decimal::Decimal>,
    /// Posting date of the transaction, YYYY-MM-DD.
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    pub transaction_code: Option<String>,
    /// Name of the merchant.
    pub merchant_name: Option<String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan; credit cards only.
    pub eligible_for_equal_payment_plan: Option<String>,
}
rt::object::serde_impls!(
    Transaction, full_serde, always,
    (display_account_number, "displayAccountNumber", optional),
    (transaction_date, "transactionDate", optional),
    (transaction_description, "transactionDescription", optional),
    (transaction_reference_id, "transactionReferenceId", optional),
    (check_serial_number, "checkSerialNumber", optional),
    (transaction_amount, "transactionAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (foreign_transaction_amount, "foreignTransactionAmount", optional, number),
    (foreign_currency_code, "foreignCurrencyCode", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_type, "transactionType", optional),
    (transaction_status, "transactionStatus", optional),
    (running_balance, "runningBalance", optional, number),
    (transaction_posting_date, "transactionPostingDate", optional),
    (transaction_code, "transactionCode", optional),
    (merchant_name, "merchantName", optional),
    (eligible_for_equal_payment_plan, "eligibleForEqualPaymentPlan", optional),
);
/// Additional detail of one transaction (India-specific, instant-payment oriented).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TransactionDetailedViewResponse {
    /// Masked number of the account the transaction was made from.
    pub display_source_account_number: Option<String>,
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    pub payment_type: String,
    /// Description of the transaction from the merchant, point of sale or bank.
    pub transaction_description: Option<String>,
    /// Transaction amount in the account currency.
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount in ISO 4217 format.
    pub transaction_currency_code: String,
    /// Transaction date, YYYY-MM-DD.
    pub transaction_date: ::chrono::NaiveDate,
    /// Transaction amount in the foreign currency.
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    pub foreign_currency_code: Option<String>,
    /// Exchange rate applied to the foreign transaction.
    pub foreign_exchange_rate: Option<::rust_decimal::Decimal>,
    /// Status of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Posting date of the transaction, YYYY-MM-DD.
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    pub customer_name: Option<CustomerName>,
    pub customer_address: Option<CustomerAddress>,
    pub beneficiary_bank_details: Option<BeneficiaryBankDetails>,
    /// The merchant's references for the customer.
    pub customer_merchant_reference_details: Option<
        Vec<CustomerMerchantReferenceDetails>,
    >,
    /// Payment notes (free text).
    pub remarks: Option<String>,
    /// Priority of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriorityCode`).
    pub payment_priority_code: Option<String>,
    /// Code that identifies the merchant.
    pub merchant_code: Option<String>,
    /// Name of the merchant.
    pub merchant_name: Option<String>,
    /// Why the transaction was reversed, for a reversal.
    pub transaction_reversal_description: Option<String>,
    pub original_transaction_details: Option<OriginalTransactionDetails>,
    /// End-to-end identification of the payment.
    pub end_to_end_identification: Option<String>,
    pub creditor_details: Option<CreditorDetails>,
    pub debtor_details: Option<DebtorDetails>,
    /// Name of the bank the transaction came from.
    pub source_bank_name: Option<String>,
    /// Code of the bank the transaction came from.
    pub source_bank_code: Option<String>,
    /// Clearing date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    pub clearing_time_stamp: Option<String>,
    /// Settlement date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    pub settlement_time_stamp: Option<String>,
    /// Reference of the transaction in the central bank's clearing.
    pub central_bank_transaction_reference_id: Option<String>,
    pub original_creditor_details: Option<OriginalCreditorDetails>,
    pub original_credit_account_details: Option<OriginalCreditAccountDetails>,
    /// Name of the original debtor, for a returned or forwarded payment.
    pub original_debtor_name: Option<String>,
    pub original_debit_account_details: Option<OriginalDebitAccountDetails>,
    /// Fee charged for the debit.
    pub transaction_debit_fee_amount: Option<::rust_decimal::Decimal>,
    /// Identifier of the bank in the clearing scheme.
    pub bank_member_id: Option<String>,
    /// Legal name of the beneficiary.
    pub beneficiary_legal_name: Option<String>,
    /// Address lines of the beneficiary.
    pub beneficiary_address: Option<Vec<BeneficiaryAddress>>,
    /// Tax identifier of the beneficiary.
    pub beneficiary_tax_id: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetailedViewResponse, full_serde, always,
    (display_source_account_number, "displaySourceAccountNumber", optional),
    (payment_type, "paymentType", required),
    (transaction_description, "transactionDescription", optional),
    (transaction_amount, "transactionAmount", required, number),
    (transaction_currency_code, "transactionCurrencyCode", required),
    (transaction_date, "transactionDate", required),
    (foreign_transaction_amount, "foreignTransactionAmount", optional, number),
    (foreign_currency_code, "foreignCurrencyCode", optional),
    (foreign_exchange_rate, "foreignExchangeRate", optional, number),
    (transaction_status, "transactionStatus", optional),
    (transaction_posting_date, "transactionPostingDate", optional),
    (customer_name, "customerName", optional),
    (customer_address, "customerAddress", optional),
    (beneficiary_bank_details, "beneficiaryBankDetails", optional),
    (customer_merchant_reference_details, "customerMerchantReferenceDetails", optional),
    (remarks, "remarks", optional),
    (payment_priority_code, "paymentPriorityCode", optional),
    (merchant_code, "merchantCode", optional),
    (merchant_name, "merchantName", optional),
    (transaction_reversal_description, "transactionReversalDescription", optional),
    (original_transaction_details, "originalTransactionDetails", optional),
    (end_to_end_identification, "endToEndIdentification", optional),
    (creditor_details, "creditorDetails", optional),
    (debtor_details, "debtorDetails", optional),
    (source_bank_name, "sourceBankName", optional),
    (source_bank_code, "sourceBankCode", optional),
    (clearing_time_stamp, "clearingTimeStamp", optional),
    (settlement_time_stamp, "settlementTimeStamp", optional),
    (central_bank_transaction_reference_id, "centralBankTransactionReferenceId", optional),
    (original_creditor_details, "originalCreditorDetails", optional),
    (original_credit_account_details, "originalCreditAccountDetails", optional),
    (original_debtor_name, "originalDebtorName", optional),
    (original_debit_account_details, "originalDebitAccountDetails", optional),
    (transaction_debit_fee_amount, "transactionDebitFeeAmount", optional, number),
    (bank_member_id, "bankMemberId", optional),
    (beneficiary_legal_name, "beneficiaryLegalName", optional),
    (beneficiary_address, "beneficiaryAddress", optional),
    (beneficiary_tax_id, "beneficiaryTaxId", optional),
);
/// Transactions, statements or the error of one account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// Transactions of the account.
    pub transactions: Option<Vec<Transaction>>,
    /// Statements of the account.
    pub statements: Option<Vec<Statements>>,
    /// Transactions of an investment account.
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    pub transaction_error_details: Option<ErrorResponse>,
    /// Index to send to get the next page for this account; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetails, full_serde, always,
    (account_id, "accountId", required),
    (transactions, "transactions", optional),
    (statements, "statements", optional),
    (investment_transaction, "investmentTransaction", optional),
    (transaction_error_details, "transactionErrorDetails", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Confirms a transaction enquiry after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    TransactionDetailsConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    TransactionDetailsConfirmationRequest,
    (new control_flow_id, String, required),
);
/// The transactions of the account, once the step-up is complete.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationResponse {
    /// Transactions of the account.
    pub transactions: Option<Vec<Transaction>>,
    /// Orders of an investment account.
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetailsConfirmationResponse, full_serde, always,
    (transactions, "transactions", optional),
    (investment_transaction, "investmentTransaction", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// Transaction criteria for one account.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct TransactionDetailsRequest {
    /// Account identifier in encrypted format.
    pub account_id: String,
    /// Currency in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Start of the period, YYYY-MM-DD.
    pub transaction_from_date: Option<::chrono::NaiveDate>,
    /// End of the period, YYYY-MM-DD.
    pub transaction_to_date: Option<::chrono::NaiveDate>,
    /// Lower bound of the transaction amount.
    pub amount_from: Option<::rust_decimal::Decimal>,
    /// Upper bound of the transaction amount.
    pub amount_to: Option<::rust_decimal::Decimal>,
    /// Status of the transactions to return. Reference-data code; valid values come from
    /// Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    pub transaction_status: Option<String>,
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionIndicator`).
    pub transaction_indicator: Option<String>,
    /// Index of the first record of the next page for this account, as returned by the previous response.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetailsRequest, always, full_serde,
    (account_id, "accountId", required),
    (currency_code, "currencyCode", optional),
    (transaction_from_date, "transactionFromDate", optional),
    (transaction_to_date, "transactionToDate", optional),
    (amount_from, "amountFrom", optional, number),
    (amount_to, "amountTo", optional, number),
    (transaction_status, "transactionStatus", optional),
    (transaction_indicator, "transactionIndicator", optional),
    (next_start_index, "nextStartIndex", optional),
);
rt::object::builder!(
    TransactionDetailsRequest,
    (new account_id, String, required),
    (set currency_code, with_currency_code, String, optional),
    (set transaction_from_date, with_transaction_from_date, ::chrono::NaiveDate, optional),
    (set transaction_to_date, with_transaction_to_date, ::chrono::NaiveDate, optional),
    (set amount_from, with_amount_from, ::rust_decimal::Decimal, optional),
    (set amount_to, with_amount_to, ::rust_decimal::Decimal, optional),
    (set transaction_status, with_transaction_status, String, optional),
    (set transaction_indicator, with_transaction_indicator, String, optional),
    (set next_start_index, with_next_start_index, String, optional),
);
/// Transactions of one account.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct TransactionDetailsResponse {
    /// Transactions of a checking, savings or credit-card account.
    pub transactions: Option<Vec<Transaction>>,
    /// Transactions of an investment account (out of PSD2 scope).
    pub investment_transaction: Option<Vec<InvestmentTransaction>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    TransactionDetailsResponse, full_serde, always,
    (transactions, "transactions", optional),
    (investment_transaction, "investmentTransaction", optional),
    (next_start_index, "nextStartIndex", optional),
);
/// One transaction line of a credit-card statement.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Transactions {
    /// Masked card number that can be displayed to the customer.
    pub display_card_number: String,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    pub card_holder_type: Option<String>,
    /// Transaction date, YYYY-MM-DD.
    pub transaction_date: Option<::chrono::NaiveDate>,
    /// Posting date of the transaction, YYYY-MM-DD.
    pub transaction_posting_date: Option<::chrono::NaiveDate>,
    /// Name of the merchant.
    pub merchant_name: Option<String>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    pub transaction_code: Option<String>,
    /// Description of the transaction from the merchant, point of sale or bank.
    pub transaction_description: Option<String>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    pub transaction_type: Option<String>,
    /// Transaction amount in the foreign currency.
    pub foreign_transaction_amount: Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    pub foreign_currency_code: Option<String>,
    /// Transaction amount in local currency.
    pub transaction_amount: Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    pub currency_code: Option<String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan.
    pub eligible_for_equal_payment_plan: Option<String>,
    /// Bank reference of the transaction.
    pub transaction_reference_id: Option<String>,
}
rt::object::serde_impls!(
    Transactions, full_serde, always,
    (display_card_number, "displayCardNumber", required),
    (card_holder_type, "cardHolderType", optional),
    (transaction_date, "transactionDate", optional),
    (transaction_posting_date, "transactionPostingDate", optional),
    (merchant_name, "merchantName", optional),
    (transaction_code, "transactionCode", optional),
    (transaction_description, "transactionDescription", optional),
    (transaction_type, "transactionType", optional),
    (foreign_transaction_amount, "foreignTransactionAmount", optional, number),
    (foreign_currency_code, "foreignCurrencyCode", optional),
    (transaction_amount, "transactionAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (eligible_for_equal_payment_plan, "eligibleForEqualPaymentPlan", optional),
    (transaction_reference_id, "transactionReferenceId", optional),
);
/// An instalment loan on a credit card, as shown on the statement.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct UnSecuredLoans {
    /// Original amount of the loan.
    pub original_disclosed_amount: Option<::rust_decimal::Decimal>,
    /// Original number of instalments.
    pub original_term: Option<i64>,
    /// Current instalment number.
    pub current_term: Option<i64>,
    /// Number of instalments remaining.
    pub remaining_term: Option<i64>,
    /// Date of the last payment, YYYY-MM-DD.
    pub last_payment_date: Option<::chrono::NaiveDate>,
    /// Amount of one instalment.
    pub installment_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    UnSecuredLoans, full_serde, always,
    (original_disclosed_amount, "originalDisclosedAmount", optional, number),
    (original_term, "originalTerm", optional),
    (current_term, "currentTerm", optional),
    (remaining_term, "remainingTerm", optional),
    (last_payment_date, "lastPaymentDate", optional),
    (installment_amount, "installmentAmount", optional, number),
);
/// A transaction history document.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ViewTransactionDetailsDocumentResponse {
    /// The document, base64-encoded.
    pub binary_data: crate::runtime::Base64,
    /// Index to send as `nextStartIndex` to get the next part; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    ViewTransactionDetailsDocumentResponse, full_serde, always,
    (binary_data, "binaryData", required),
    (next_start_index, "nextStartIndex", optional),
);
