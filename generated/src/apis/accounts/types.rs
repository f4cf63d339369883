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
#[non_exhaustive]
pub struct AccountBalancesSummaryInquiryResponse {
    #[serde(
        rename = "creditCardAccountBalanceSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_card_account_balance_summary: ::std::option::Option<
        CreditCardAccountBalanceSummary,
    >,
    #[serde(
        rename = "readyCreditAccountBalanceSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ready_credit_account_balance_summary: ::std::option::Option<
        ReadyCreditAccountBalanceSummary,
    >,
}
impl AccountBalancesSummaryInquiryResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            credit_card_account_balance_summary: ::std::option::Option::None,
            ready_credit_account_balance_summary: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_account_balance_summary`.
    #[must_use]
    pub fn with_credit_card_account_balance_summary(
        mut self,
        value: impl ::std::convert::Into<CreditCardAccountBalanceSummary>,
    ) -> Self {
        self.credit_card_account_balance_summary = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `ready_credit_account_balance_summary`.
    #[must_use]
    pub fn with_ready_credit_account_balance_summary(
        mut self,
        value: impl ::std::convert::Into<ReadyCreditAccountBalanceSummary>,
    ) -> Self {
        self.ready_credit_account_balance_summary = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// Request to close an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountClosureRequest {
    /// Identifier, in encrypted format, of the account to close.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Reason for the closure. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClosureReasonCode`).
    #[serde(
        rename = "accountClosureReasonCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_closure_reason_code: ::std::option::Option<::std::string::String>,
    /// Whether the customer consents to the closure.
    #[serde(rename = "consentGivenFlag")]
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
#[non_exhaustive]
pub struct AccountClosureResponse {
    /// Reference of the closure request.
    #[serde(
        rename = "accountClosureReferenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_closure_reference_id: ::std::option::Option<::std::string::String>,
}
impl AccountClosureResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            account_closure_reference_id: ::std::option::Option::None,
        }
    }
    /// Sets `account_closure_reference_id`.
    #[must_use]
    pub fn with_account_closure_reference_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_closure_reference_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One consent on an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountConsentDetails {
    /// Type of consent. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(rename = "consentType")]
    pub consent_type: ::std::string::String,
    /// Whether the customer gave the consent.
    #[serde(rename = "consentGivenFlag")]
    pub consent_given_flag: bool,
    /// Date the consent was last updated, YYYY-MM-DD.
    #[serde(rename = "consentUpdateDate")]
    pub consent_update_date: ::chrono::NaiveDate,
    /// Card identifier in encrypted format, for card consents.
    #[serde(
        rename = "cardId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
#[non_exhaustive]
pub struct AccountDetailsResponse {
    #[serde(
        rename = "creditCardAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_card_account: ::std::option::Option<CreditCardAccount>,
    #[serde(
        rename = "readyCreditAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ready_credit_account: ::std::option::Option<ReadyCreditAccount>,
    #[serde(
        rename = "checkingAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub checking_account: ::std::option::Option<CheckingAccount>,
    #[serde(
        rename = "savingsAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub savings_account: ::std::option::Option<SavingsAccount>,
    #[serde(
        rename = "timeDepositAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_deposit_account: ::std::option::Option<TimeDepositAccount>,
    #[serde(
        rename = "loanAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub loan_account: ::std::option::Option<LoanAccount>,
    #[serde(
        rename = "mutualFundAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutual_fund_account: ::std::option::Option<MutualFundAccount>,
    #[serde(
        rename = "securitiesBrokerageAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub securities_brokerage_account: ::std::option::Option<SecuritiesBrokerageAccount>,
    #[serde(
        rename = "callDepositAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub call_deposit_account: ::std::option::Option<CallDepositAccount>,
    #[serde(
        rename = "premiumDepositAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub premium_deposit_account: ::std::option::Option<PremiumDepositAccount>,
}
impl AccountDetailsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            credit_card_account: ::std::option::Option::None,
            ready_credit_account: ::std::option::Option::None,
            checking_account: ::std::option::Option::None,
            savings_account: ::std::option::Option::None,
            time_deposit_account: ::std::option::Option::None,
            loan_account: ::std::option::Option::None,
            mutual_fund_account: ::std::option::Option::None,
            securities_brokerage_account: ::std::option::Option::None,
            call_deposit_account: ::std::option::Option::None,
            premium_deposit_account: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_account`.
    #[must_use]
    pub fn with_credit_card_account(
        mut self,
        value: impl ::std::convert::Into<CreditCardAccount>,
    ) -> Self {
        self.credit_card_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ready_credit_account`.
    #[must_use]
    pub fn with_ready_credit_account(
        mut self,
        value: impl ::std::convert::Into<ReadyCreditAccount>,
    ) -> Self {
        self.ready_credit_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `checking_account`.
    #[must_use]
    pub fn with_checking_account(
        mut self,
        value: impl ::std::convert::Into<CheckingAccount>,
    ) -> Self {
        self.checking_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `savings_account`.
    #[must_use]
    pub fn with_savings_account(
        mut self,
        value: impl ::std::convert::Into<SavingsAccount>,
    ) -> Self {
        self.savings_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `time_deposit_account`.
    #[must_use]
    pub fn with_time_deposit_account(
        mut self,
        value: impl ::std::convert::Into<TimeDepositAccount>,
    ) -> Self {
        self.time_deposit_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loan_account`.
    #[must_use]
    pub fn with_loan_account(
        mut self,
        value: impl ::std::convert::Into<LoanAccount>,
    ) -> Self {
        self.loan_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mutual_fund_account`.
    #[must_use]
    pub fn with_mutual_fund_account(
        mut self,
        value: impl ::std::convert::Into<MutualFundAccount>,
    ) -> Self {
        self.mutual_fund_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securities_brokerage_account`.
    #[must_use]
    pub fn with_securities_brokerage_account(
        mut self,
        value: impl ::std::convert::Into<SecuritiesBrokerageAccount>,
    ) -> Self {
        self.securities_brokerage_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `call_deposit_account`.
    #[must_use]
    pub fn with_call_deposit_account(
        mut self,
        value: impl ::std::convert::Into<CallDepositAccount>,
    ) -> Self {
        self.call_deposit_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `premium_deposit_account`.
    #[must_use]
    pub fn with_premium_deposit_account(
        mut self,
        value: impl ::std::convert::Into<PremiumDepositAccount>,
    ) -> Self {
        self.premium_deposit_account = ::std::option::Option::Some(value.into());
        self
    }
}
/// The accounts of one account group, with group totals.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountGroupSummary {
    /// Account group, for example CHECKING, SAVINGS or CREDITCARD. Reference-data code; valid
    /// values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}`
    /// (referenceCode `accountGroup`).
    #[serde(rename = "accountGroup")]
    pub account_group: ::std::string::String,
    /// The accounts of the group.
    pub accounts: ::std::vec::Vec<AccountSummary>,
    /// Insurance policies of the group.
    #[serde(
        rename = "insurancePolicies",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub insurance_policies: ::std::option::Option<
        ::std::vec::Vec<InsurancePolicySummary>,
    >,
    #[serde(
        rename = "totalCurrentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_current_balance: ::std::option::Option<GroupBalance>,
    #[serde(
        rename = "totalAvailableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_available_balance: ::std::option::Option<GroupBalance>,
    #[serde(
        rename = "totalOutstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub total_outstanding_balance: ::std::option::Option<GroupBalance>,
}
impl AccountGroupSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        account_group: impl ::std::convert::Into<::std::string::String>,
        accounts: impl ::std::convert::Into<::std::vec::Vec<AccountSummary>>,
    ) -> Self {
        Self {
            account_group: account_group.into(),
            accounts: accounts.into(),
            insurance_policies: ::std::option::Option::None,
            total_current_balance: ::std::option::Option::None,
            total_available_balance: ::std::option::Option::None,
            total_outstanding_balance: ::std::option::Option::None,
        }
    }
    /// Sets `insurance_policies`.
    #[must_use]
    pub fn with_insurance_policies(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InsurancePolicySummary>>,
    ) -> Self {
        self.insurance_policies = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_current_balance`.
    #[must_use]
    pub fn with_total_current_balance(
        mut self,
        value: impl ::std::convert::Into<GroupBalance>,
    ) -> Self {
        self.total_current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_available_balance`.
    #[must_use]
    pub fn with_total_available_balance(
        mut self,
        value: impl ::std::convert::Into<GroupBalance>,
    ) -> Self {
        self.total_available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_outstanding_balance`.
    #[must_use]
    pub fn with_total_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<GroupBalance>,
    ) -> Self {
        self.total_outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// One account whose unmasked number is wanted.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountInfo {
    /// Account identifier in encrypted format.
    #[serde(rename = "accountId")]
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
#[non_exhaustive]
pub struct AccountStatementListResponse {
    /// The statements.
    #[serde(
        rename = "statementList",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statement_list: ::std::option::Option<::std::vec::Vec<StatementList>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl AccountStatementListResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            statement_list: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `statement_list`.
    #[must_use]
    pub fn with_statement_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<StatementList>>,
    ) -> Self {
        self.statement_list = ::std::option::Option::Some(value.into());
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
/// One account of a group. Wrapper object: all properties are optional and one of them, the
/// one matching the account kind, is populated (inferred). Under PSD2 only
/// checkingAccountSummary, savingsAccountSummary and creditCardAccountSummary occur.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountSummary {
    #[serde(
        rename = "checkingAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub checking_account_summary: ::std::option::Option<CheckingAccountSummary>,
    #[serde(
        rename = "savingsAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub savings_account_summary: ::std::option::Option<SavingsAccountSummary>,
    #[serde(
        rename = "creditCardAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_card_account_summary: ::std::option::Option<CreditCardAccountSummary>,
    #[serde(
        rename = "readyCreditAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub ready_credit_account_summary: ::std::option::Option<ReadyCreditAccountSummary>,
    #[serde(
        rename = "loanAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub loan_account_summary: ::std::option::Option<LoanAccountSummary>,
    #[serde(
        rename = "mutualFundAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutual_fund_account_summary: ::std::option::Option<MutualFundAccountSummary>,
    #[serde(
        rename = "securitiesBrokerageAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub securities_brokerage_account_summary: ::std::option::Option<
        SecuritiesBrokerageAccountSummary,
    >,
    #[serde(
        rename = "callDepositAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub call_deposit_account_summary: ::std::option::Option<CallDepositAccountSummary>,
    #[serde(
        rename = "premiumDepositAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub premium_deposit_account_summary: ::std::option::Option<
        PremiumDepositAccountSummary,
    >,
    #[serde(
        rename = "timeDepositAccountSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub time_deposit_account_summary: ::std::option::Option<TimeDepositAccountSummary>,
}
impl AccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            checking_account_summary: ::std::option::Option::None,
            savings_account_summary: ::std::option::Option::None,
            credit_card_account_summary: ::std::option::Option::None,
            ready_credit_account_summary: ::std::option::Option::None,
            loan_account_summary: ::std::option::Option::None,
            mutual_fund_account_summary: ::std::option::Option::None,
            securities_brokerage_account_summary: ::std::option::Option::None,
            call_deposit_account_summary: ::std::option::Option::None,
            premium_deposit_account_summary: ::std::option::Option::None,
            time_deposit_account_summary: ::std::option::Option::None,
        }
    }
    /// Sets `checking_account_summary`.
    #[must_use]
    pub fn with_checking_account_summary(
        mut self,
        value: impl ::std::convert::Into<CheckingAccountSummary>,
    ) -> Self {
        self.checking_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `savings_account_summary`.
    #[must_use]
    pub fn with_savings_account_summary(
        mut self,
        value: impl ::std::convert::Into<SavingsAccountSummary>,
    ) -> Self {
        self.savings_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_card_account_summary`.
    #[must_use]
    pub fn with_credit_card_account_summary(
        mut self,
        value: impl ::std::convert::Into<CreditCardAccountSummary>,
    ) -> Self {
        self.credit_card_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ready_credit_account_summary`.
    #[must_use]
    pub fn with_ready_credit_account_summary(
        mut self,
        value: impl ::std::convert::Into<ReadyCreditAccountSummary>,
    ) -> Self {
        self.ready_credit_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loan_account_summary`.
    #[must_use]
    pub fn with_loan_account_summary(
        mut self,
        value: impl ::std::convert::Into<LoanAccountSummary>,
    ) -> Self {
        self.loan_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mutual_fund_account_summary`.
    #[must_use]
    pub fn with_mutual_fund_account_summary(
        mut self,
        value: impl ::std::convert::Into<MutualFundAccountSummary>,
    ) -> Self {
        self.mutual_fund_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `securities_brokerage_account_summary`.
    #[must_use]
    pub fn with_securities_brokerage_account_summary(
        mut self,
        value: impl ::std::convert::Into<SecuritiesBrokerageAccountSummary>,
    ) -> Self {
        self.securities_brokerage_account_summary = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `call_deposit_account_summary`.
    #[must_use]
    pub fn with_call_deposit_account_summary(
        mut self,
        value: impl ::std::convert::Into<CallDepositAccountSummary>,
    ) -> Self {
        self.call_deposit_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `premium_deposit_account_summary`.
    #[must_use]
    pub fn with_premium_deposit_account_summary(
        mut self,
        value: impl ::std::convert::Into<PremiumDepositAccountSummary>,
    ) -> Self {
        self.premium_deposit_account_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `time_deposit_account_summary`.
    #[must_use]
    pub fn with_time_deposit_account_summary(
        mut self,
        value: impl ::std::convert::Into<TimeDepositAccountSummary>,
    ) -> Self {
        self.time_deposit_account_summary = ::std::option::Option::Some(value.into());
        self
    }
}
/// The unmasked number of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Accounts {
    /// Clear (unmasked) account number; the IBAN.
    #[serde(rename = "unmaskedAccountNumber")]
    pub unmasked_account_number: ::std::string::String,
    /// Account identifier in encrypted format.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
}
impl Accounts {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        unmasked_account_number: impl ::std::convert::Into<::std::string::String>,
        account_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            unmasked_account_number: unmasked_account_number.into(),
            account_id: account_id.into(),
        }
    }
}
/// Summary of all the customer's accounts, grouped.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct AccountsGroupList {
    /// One entry per account group.
    #[serde(
        rename = "accountGroupSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_group_summary: ::std::option::Option<
        ::std::vec::Vec<AccountGroupSummary>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl AccountsGroupList {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            account_group_summary: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `account_group_summary`.
    #[must_use]
    pub fn with_account_group_summary(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<AccountGroupSummary>>,
    ) -> Self {
        self.account_group_summary = ::std::option::Option::Some(value.into());
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
/// One line of the address of the beneficiary.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BeneficiaryAddress {
    /// One line of the address.
    #[serde(
        rename = "addressLine",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line: ::std::option::Option<::std::string::String>,
}
impl BeneficiaryAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_line: ::std::option::Option::None,
        }
    }
    /// Sets `address_line`.
    #[must_use]
    pub fn with_address_line(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line = ::std::option::Option::Some(value.into());
        self
    }
}
/// Beneficiary and beneficiary bank of a transaction.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct BeneficiaryBankDetails {
    /// Name of the beneficiary.
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Name of the bank.
    #[serde(rename = "bankName")]
    pub bank_name: ::std::string::String,
    /// Bank code of the beneficiary account.
    #[serde(rename = "bankCode")]
    pub bank_code: ::std::string::String,
    /// Account number of the beneficiary.
    #[serde(
        rename = "accountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_number: ::std::option::Option<::std::string::String>,
}
impl BeneficiaryBankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        full_name: impl ::std::convert::Into<::std::string::String>,
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        bank_name: impl ::std::convert::Into<::std::string::String>,
        bank_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            full_name: full_name.into(),
            display_account_number: display_account_number.into(),
            bank_name: bank_name.into(),
            bank_code: bank_code.into(),
            account_number: ::std::option::Option::None,
        }
    }
    /// Sets `account_number`.
    #[must_use]
    pub fn with_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a call deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CallDepositAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Balance available to transact.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate, in percent.
    #[serde(
        rename = "interestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount due at maturity, in the base currency.
    #[serde(
        rename = "baseCurrencyMaturityAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(
        rename = "lastInterestPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_interest_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last interest payment (YYYY-MM-DD).
    #[serde(
        rename = "lastInterestPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_interest_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl CallDepositAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            currency_code: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
            interest_rate: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
            base_currency_maturity_amount: ::std::option::Option::None,
            last_interest_payment_amount: ::std::option::Option::None,
            last_interest_payment_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
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
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_rate`.
    #[must_use]
    pub fn with_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_currency_maturity_amount`.
    #[must_use]
    pub fn with_base_currency_maturity_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_maturity_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_interest_payment_amount`.
    #[must_use]
    pub fn with_last_interest_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_interest_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_interest_payment_date`.
    #[must_use]
    pub fn with_last_interest_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_interest_payment_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a call deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CallDepositAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl CallDepositAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a checking (current) account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckingAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Overdraft limit of the account.
    #[serde(
        rename = "overdraftLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub overdraft_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Part of the overdraft limit still available.
    #[serde(
        rename = "availableOverdraftLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_overdraft_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(
        rename = "holdAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub hold_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Uncleared funds.
    #[serde(
        rename = "floatAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub float_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(
        rename = "totalInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl CheckingAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            current_balance: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
            overdraft_limit: ::std::option::Option::None,
            available_overdraft_limit: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            hold_amount: ::std::option::Option::None,
            float_amount: ::std::option::Option::None,
            total_interest_amount: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `overdraft_limit`.
    #[must_use]
    pub fn with_overdraft_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.overdraft_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_overdraft_limit`.
    #[must_use]
    pub fn with_available_overdraft_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_overdraft_limit = ::std::option::Option::Some(value.into());
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
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hold_amount`.
    #[must_use]
    pub fn with_hold_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.hold_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `float_amount`.
    #[must_use]
    pub fn with_float_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.float_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_interest_amount`.
    #[must_use]
    pub fn with_total_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_interest_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a checking (current) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CheckingAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl CheckingAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// Accounts whose transactions are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CompositeTransactionDetailsRequest {
    /// One entry per account.
    #[serde(
        rename = "transactionDetailsRequest",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
#[non_exhaustive]
pub struct CompositeTransactionDetailsResponse {
    /// One entry per account requested.
    #[serde(
        rename = "transactionDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_details: ::std::option::Option<::std::vec::Vec<TransactionDetails>>,
}
impl CompositeTransactionDetailsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transaction_details: ::std::option::Option::None,
        }
    }
    /// Sets `transaction_details`.
    #[must_use]
    pub fn with_transaction_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<TransactionDetails>>,
    ) -> Self {
        self.transaction_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Consents on an account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsentsDetailsInquiryResponse {
    /// The consents.
    #[serde(
        rename = "accountConsentDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_consent_details: ::std::option::Option<
        ::std::vec::Vec<AccountConsentDetails>,
    >,
}
impl ConsentsDetailsInquiryResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
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
/// New consents for an account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ConsentsDetailsUpdateRequest {
    /// Account identifier in encrypted format.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// The consents to record.
    #[serde(
        rename = "accountConsentDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
#[non_exhaustive]
pub struct CreditCardAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(
        rename = "lastStatementBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_statement_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Credit used.
    #[serde(
        rename = "creditUsed",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_used: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        rename = "creditLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        rename = "availableCredit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        rename = "cashAdvanceLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(
        rename = "cashAdvanceAvailableAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(
        rename = "lastPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(
        rename = "minimumDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(
        rename = "paymentDueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Reward points available.
    #[serde(
        rename = "availablePointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub available_point_balance: ::std::option::Option<f64>,
}
impl CreditCardAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            currency_code: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            last_statement_balance: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            credit_used: ::std::option::Option::None,
            credit_limit: ::std::option::Option::None,
            available_credit: ::std::option::Option::None,
            cash_advance_limit: ::std::option::Option::None,
            cash_advance_available_amount: ::std::option::Option::None,
            last_payment_amount: ::std::option::Option::None,
            last_payment_date: ::std::option::Option::None,
            minimum_due_amount: ::std::option::Option::None,
            payment_due_date: ::std::option::Option::None,
            available_point_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
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
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_balance`.
    #[must_use]
    pub fn with_last_statement_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_statement_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_used`.
    #[must_use]
    pub fn with_credit_used(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.credit_used = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit`.
    #[must_use]
    pub fn with_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_credit`.
    #[must_use]
    pub fn with_available_credit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_credit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_limit`.
    #[must_use]
    pub fn with_cash_advance_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_available_amount`.
    #[must_use]
    pub fn with_cash_advance_available_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_available_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_amount`.
    #[must_use]
    pub fn with_last_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_date`.
    #[must_use]
    pub fn with_last_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_due_amount`.
    #[must_use]
    pub fn with_minimum_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.minimum_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_due_date`.
    #[must_use]
    pub fn with_payment_due_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.payment_due_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_point_balance`.
    #[must_use]
    pub fn with_available_point_balance(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.available_point_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// What a credit-card account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreditCardAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(
        rename = "totalDisputedTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_disputed_transaction_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount owed at the time of the enquiry.
    #[serde(rename = "currentOutstandingAmount", with = "crate::runtime::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(rename = "currentAccruedInterest", with = "crate::runtime::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(rename = "paymentDueAmount", with = "crate::runtime::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(
        rename = "availablePointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_point_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(
        rename = "partialResponseInformation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_response_information: ::std::option::Option<
        ::std::vec::Vec<PartialResponseInformation>,
    >,
}
impl CreditCardAccountBalanceSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        current_outstanding_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        current_accrued_interest: impl ::std::convert::Into<::rust_decimal::Decimal>,
        payment_due_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            total_disputed_transaction_amount: ::std::option::Option::None,
            current_outstanding_amount: current_outstanding_amount.into(),
            current_accrued_interest: current_accrued_interest.into(),
            payment_due_amount: payment_due_amount.into(),
            available_point_balance: ::std::option::Option::None,
            partial_response_information: ::std::option::Option::None,
        }
    }
    /// Sets `total_disputed_transaction_amount`.
    #[must_use]
    pub fn with_total_disputed_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_disputed_transaction_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `available_point_balance`.
    #[must_use]
    pub fn with_available_point_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_point_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_response_information`.
    #[must_use]
    pub fn with_partial_response_information(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PartialResponseInformation>>,
    ) -> Self {
        self.partial_response_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreditCardAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available on the card account.
    #[serde(
        rename = "availableCredit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        rename = "creditLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Minimum amount due by the payment due date.
    #[serde(
        rename = "minimumDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(
        rename = "paymentDueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Alternate currency of the card account in ISO 4217 format.
    #[serde(
        rename = "alternateCurrency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alternate_currency: ::std::option::Option<::std::string::String>,
    /// Current balance in the alternate currency.
    #[serde(
        rename = "alternateCurrencyCurrentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_current_balance: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(
        rename = "cardHolderType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_type: ::std::option::Option<::std::string::String>,
}
impl CreditCardAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            available_credit: ::std::option::Option::None,
            credit_limit: ::std::option::Option::None,
            minimum_due_amount: ::std::option::Option::None,
            payment_due_date: ::std::option::Option::None,
            alternate_currency: ::std::option::Option::None,
            alternate_currency_current_balance: ::std::option::Option::None,
            card_holder_type: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_credit`.
    #[must_use]
    pub fn with_available_credit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_credit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit`.
    #[must_use]
    pub fn with_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_due_amount`.
    #[must_use]
    pub fn with_minimum_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.minimum_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_due_date`.
    #[must_use]
    pub fn with_payment_due_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.payment_due_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency`.
    #[must_use]
    pub fn with_alternate_currency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alternate_currency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_current_balance`.
    #[must_use]
    pub fn with_alternate_currency_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.alternate_currency_current_balance = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `card_holder_type`.
    #[must_use]
    pub fn with_card_holder_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_holder_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// A credit-card statement with its summary, instalment loans and transactions.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreditCardStatement {
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Date of the statement, YYYY-MM-DD.
    #[serde(rename = "statementDate")]
    pub statement_date: ::chrono::NaiveDate,
    #[serde(
        rename = "statementSummary",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statement_summary: ::std::option::Option<StatementSummary>,
    /// Instalment loans on the card.
    #[serde(
        rename = "unSecuredLoans",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub un_secured_loans: ::std::option::Option<::std::vec::Vec<UnSecuredLoans>>,
    /// Transactions of the statement.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transactions>>,
    /// Index to send as `nextStartIndex` to get the next page of transactions; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl CreditCardStatement {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
        statement_date: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            display_account_number: display_account_number.into(),
            statement_date: statement_date.into(),
            statement_summary: ::std::option::Option::None,
            un_secured_loans: ::std::option::Option::None,
            transactions: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `statement_summary`.
    #[must_use]
    pub fn with_statement_summary(
        mut self,
        value: impl ::std::convert::Into<StatementSummary>,
    ) -> Self {
        self.statement_summary = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `un_secured_loans`.
    #[must_use]
    pub fn with_un_secured_loans(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<UnSecuredLoans>>,
    ) -> Self {
        self.un_secured_loans = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transactions`.
    #[must_use]
    pub fn with_transactions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Transactions>>,
    ) -> Self {
        self.transactions = ::std::option::Option::Some(value.into());
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
/// Proxy identification of the payee (creditor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CreditorDetails {
    /// Type of proxy id used to identify the payee account.
    #[serde(
        rename = "creditorProxyIdType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creditor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy id value used to identify the payee account.
    #[serde(
        rename = "creditorProxyIdValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creditor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
impl CreditorDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            creditor_proxy_id_type: ::std::option::Option::None,
            creditor_proxy_id_value: ::std::option::Option::None,
        }
    }
    /// Sets `creditor_proxy_id_type`.
    #[must_use]
    pub fn with_creditor_proxy_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creditor_proxy_id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `creditor_proxy_id_value`.
    #[must_use]
    pub fn with_creditor_proxy_id_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.creditor_proxy_id_value = ::std::option::Option::Some(value.into());
        self
    }
}
/// Address of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerAddress {
    /// Address line 1.
    #[serde(
        rename = "addressLine1",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Address line 2.
    #[serde(
        rename = "addressLine2",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Address line 3.
    #[serde(
        rename = "addressLine3",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Address line 4.
    #[serde(
        rename = "addressLine4",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(
        rename = "cityName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(
        rename = "postalCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(
        rename = "provinceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// ISO 3166 country code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(
        rename = "countryCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub country_code: ::std::option::Option<::std::string::String>,
}
impl CustomerAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            province_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
        }
    }
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state`.
    #[must_use]
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `postal_code`.
    #[must_use]
    pub fn with_postal_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.postal_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `province_code`.
    #[must_use]
    pub fn with_province_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.province_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// A reference the merchant keeps for the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerMerchantReferenceDetails {
    /// Code of the reference.
    #[serde(rename = "customerMerchantReferenceCode")]
    pub customer_merchant_reference_code: ::std::string::String,
    /// What the reference is.
    #[serde(rename = "customerMerchantReferenceDescription")]
    pub customer_merchant_reference_description: ::std::string::String,
}
impl CustomerMerchantReferenceDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        customer_merchant_reference_code: impl ::std::convert::Into<
            ::std::string::String,
        >,
        customer_merchant_reference_description: impl ::std::convert::Into<
            ::std::string::String,
        >,
    ) -> Self {
        Self {
            customer_merchant_reference_code: customer_merchant_reference_code.into(),
            customer_merchant_reference_description: customer_merchant_reference_description
                .into(),
        }
    }
}
/// Name of the customer in a transaction detail.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerName {
    /// Full name of the customer.
    #[serde(rename = "fullName")]
    pub full_name: ::std::string::String,
}
impl CustomerName {
    /// A value with the required fields set and every optional field empty.
    pub fn new(full_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            full_name: full_name.into(),
        }
    }
}
/// Proxy identification of the payer (debtor) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct DebtorDetails {
    /// Type of proxy id used to identify the payer account.
    #[serde(
        rename = "debtorProxyIdType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debtor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy id value used to identify the payer account.
    #[serde(
        rename = "debtorProxyIdValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debtor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
impl DebtorDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            debtor_proxy_id_type: ::std::option::Option::None,
            debtor_proxy_id_value: ::std::option::Option::None,
        }
    }
    /// Sets `debtor_proxy_id_type`.
    #[must_use]
    pub fn with_debtor_proxy_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debtor_proxy_id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debtor_proxy_id_value`.
    #[must_use]
    pub fn with_debtor_proxy_id_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debtor_proxy_id_value = ::std::option::Option::Some(value.into());
        self
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
/// A group total in local currency and, where applicable, in a foreign currency.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct GroupBalance {
    /// Local currency in ISO 4217 format.
    #[serde(
        rename = "localCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub local_currency_code: ::std::option::Option<::std::string::String>,
    /// Total in local currency.
    #[serde(
        rename = "localCurrencyBalanceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub local_currency_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(
        rename = "foreignCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Total in the foreign currency.
    #[serde(
        rename = "foreignCurrencyBalanceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_currency_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl GroupBalance {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            local_currency_code: ::std::option::Option::None,
            local_currency_balance_amount: ::std::option::Option::None,
            foreign_currency_code: ::std::option::Option::None,
            foreign_currency_balance_amount: ::std::option::Option::None,
        }
    }
    /// Sets `local_currency_code`.
    #[must_use]
    pub fn with_local_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_currency_balance_amount`.
    #[must_use]
    pub fn with_local_currency_balance_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.local_currency_balance_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_currency_code`.
    #[must_use]
    pub fn with_foreign_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_currency_balance_amount`.
    #[must_use]
    pub fn with_foreign_currency_balance_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_currency_balance_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of an insurance policy. The catalog references this model without detailing it;
/// the fields follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InsurancePolicySummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Currency in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Masked policy number that can be displayed to the customer.
    #[serde(rename = "displayPolicyNumber")]
    pub display_policy_number: ::std::string::String,
    /// Insurance application number, used to retrieve the policy details.
    #[serde(rename = "insuranceApplicationId")]
    pub insurance_application_id: ::std::string::String,
    /// Sum assured of the insurance.
    #[serde(
        rename = "insuranceSumAssuredAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub insurance_sum_assured_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total premium paid for the policy.
    #[serde(
        rename = "totalPremiumPaidAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_premium_paid_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl InsurancePolicySummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_policy_number: impl ::std::convert::Into<::std::string::String>,
        insurance_application_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            display_policy_number: display_policy_number.into(),
            insurance_application_id: insurance_application_id.into(),
            insurance_sum_assured_amount: ::std::option::Option::None,
            total_premium_paid_amount: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
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
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `insurance_sum_assured_amount`.
    #[must_use]
    pub fn with_insurance_sum_assured_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.insurance_sum_assured_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_premium_paid_amount`.
    #[must_use]
    pub fn with_total_premium_paid_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_premium_paid_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// One transaction of an investment account (out of PSD2 scope). Field types follow the India SDK documentation.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct InvestmentTransaction {
    /// Order date, YYYY-MM-DD.
    #[serde(
        rename = "orderDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Reference that identifies the investment transaction.
    #[serde(
        rename = "orderReferenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_reference_id: ::std::option::Option<::std::string::String>,
    /// Type of order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderType`).
    #[serde(
        rename = "orderType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_type: ::std::option::Option<::std::string::String>,
    /// Order code that identifies the transaction.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub code: ::std::option::Option<::std::string::String>,
    /// Name of the fund or stock.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<::std::string::String>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in local currency.
    #[serde(
        rename = "transactionAmount",
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
    #[serde(
        rename = "orderStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_status: ::std::option::Option<::std::string::String>,
    /// Total amount of the transaction.
    #[serde(
        rename = "grossAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub gross_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of units ordered.
    #[serde(
        rename = "orderQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub order_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Medium used to place the order. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `orderMedium`).
    #[serde(
        rename = "orderMedium",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub order_medium: ::std::option::Option<::std::string::String>,
    /// Number of units received.
    #[serde(
        rename = "filledQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub filled_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of units not received.
    #[serde(
        rename = "balanceQuantity",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub balance_quantity: ::std::option::Option<::rust_decimal::Decimal>,
    /// Code of the market where the securities trade.
    #[serde(
        rename = "stockMarketCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stock_market_code: ::std::option::Option<::std::string::String>,
}
impl InvestmentTransaction {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            order_date: ::std::option::Option::None,
            order_reference_id: ::std::option::Option::None,
            order_type: ::std::option::Option::None,
            code: ::std::option::Option::None,
            name: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            transaction_amount: ::std::option::Option::None,
            price: ::std::option::Option::None,
            order_status: ::std::option::Option::None,
            gross_amount: ::std::option::Option::None,
            order_quantity: ::std::option::Option::None,
            order_medium: ::std::option::Option::None,
            filled_quantity: ::std::option::Option::None,
            balance_quantity: ::std::option::Option::None,
            stock_market_code: ::std::option::Option::None,
        }
    }
    /// Sets `order_date`.
    #[must_use]
    pub fn with_order_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.order_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order_reference_id`.
    #[must_use]
    pub fn with_order_reference_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_reference_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order_type`.
    #[must_use]
    pub fn with_order_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `code`.
    #[must_use]
    pub fn with_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `name`.
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
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
    /// Sets `transaction_amount`.
    #[must_use]
    pub fn with_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `price`.
    #[must_use]
    pub fn with_price(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order_status`.
    #[must_use]
    pub fn with_order_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gross_amount`.
    #[must_use]
    pub fn with_gross_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.gross_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order_quantity`.
    #[must_use]
    pub fn with_order_quantity(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.order_quantity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `order_medium`.
    #[must_use]
    pub fn with_order_medium(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.order_medium = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `filled_quantity`.
    #[must_use]
    pub fn with_filled_quantity(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.filled_quantity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balance_quantity`.
    #[must_use]
    pub fn with_balance_quantity(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.balance_quantity = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `stock_market_code`.
    #[must_use]
    pub fn with_stock_market_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stock_market_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a loan account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LoanAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Amount originally lent or deposited.
    #[serde(
        rename = "originalPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal still to be repaid.
    #[serde(
        rename = "currentPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount owed on the card account.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the last payment.
    #[serde(
        rename = "lastPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest paid over the interest accumulation period.
    #[serde(
        rename = "interestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest accumulation period. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestAccumulationPeriod`).
    #[serde(
        rename = "interestAccumulationPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interest_accumulation_period: ::std::option::Option<::std::string::String>,
    /// Amount of the next payment due.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// How often payments fall due. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentFrequency`).
    #[serde(
        rename = "paymentFrequency",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_frequency: ::std::option::Option<::std::string::String>,
    /// Interest type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `interestType`).
    #[serde(
        rename = "interestType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub interest_type: ::std::option::Option<::std::string::String>,
    /// Interest rate, in percent.
    #[serde(
        rename = "interestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Effective interest rate, in percent.
    #[serde(
        rename = "effectiveInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub effective_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of one instalment.
    #[serde(
        rename = "installmentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of instalments still to be paid.
    #[serde(
        rename = "remainingTermNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_term_number: ::std::option::Option<f64>,
    /// Amount of payments not made by their due date.
    #[serde(
        rename = "pastDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub past_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal repaid so far.
    #[serde(
        rename = "paidPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub paid_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Charge for payments made after their due date.
    #[serde(
        rename = "lateChargeAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub late_charge_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl LoanAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            original_principal_amount: ::std::option::Option::None,
            current_principal_amount: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
            last_payment_date: ::std::option::Option::None,
            last_payment_amount: ::std::option::Option::None,
            interest_amount: ::std::option::Option::None,
            interest_accumulation_period: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            next_payment_date: ::std::option::Option::None,
            payment_frequency: ::std::option::Option::None,
            interest_type: ::std::option::Option::None,
            interest_rate: ::std::option::Option::None,
            effective_interest_rate: ::std::option::Option::None,
            installment_amount: ::std::option::Option::None,
            remaining_term_number: ::std::option::Option::None,
            past_due_amount: ::std::option::Option::None,
            paid_principal_amount: ::std::option::Option::None,
            late_charge_amount: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_principal_amount`.
    #[must_use]
    pub fn with_original_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_principal_amount`.
    #[must_use]
    pub fn with_current_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
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
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_date`.
    #[must_use]
    pub fn with_last_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_amount`.
    #[must_use]
    pub fn with_last_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_amount`.
    #[must_use]
    pub fn with_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_accumulation_period`.
    #[must_use]
    pub fn with_interest_accumulation_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interest_accumulation_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_date`.
    #[must_use]
    pub fn with_next_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.next_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_frequency`.
    #[must_use]
    pub fn with_payment_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_frequency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_type`.
    #[must_use]
    pub fn with_interest_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.interest_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_rate`.
    #[must_use]
    pub fn with_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `effective_interest_rate`.
    #[must_use]
    pub fn with_effective_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.effective_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `installment_amount`.
    #[must_use]
    pub fn with_installment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.installment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remaining_term_number`.
    #[must_use]
    pub fn with_remaining_term_number(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.remaining_term_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `past_due_amount`.
    #[must_use]
    pub fn with_past_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.past_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `paid_principal_amount`.
    #[must_use]
    pub fn with_paid_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.paid_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `late_charge_amount`.
    #[must_use]
    pub fn with_late_charge_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.late_charge_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a loan account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct LoanAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Amount originally lent or deposited.
    #[serde(
        rename = "originalPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount owed.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl LoanAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            original_principal_amount: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            next_payment_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_principal_amount`.
    #[must_use]
    pub fn with_original_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_date`.
    #[must_use]
    pub fn with_next_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.next_payment_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// A holding of one fund in a mutual fund account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MutualFund {
    /// Net asset value of the holding.
    #[serde(
        rename = "netAssetValueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub net_asset_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Code of the fund.
    #[serde(
        rename = "fundCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fund_code: ::std::option::Option<::std::string::String>,
    /// Name of the fund.
    #[serde(
        rename = "fundName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub fund_name: ::std::option::Option<::std::string::String>,
    /// Amount invested.
    #[serde(
        rename = "investmentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub investment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date the holding matures, for a fund with a maturity (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(
        rename = "availableUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(
        rename = "settledUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub settled_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(
        rename = "assignedUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub assigned_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(
        rename = "confirmedUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub confirmed_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(
        rename = "pendingUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub pending_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(
        rename = "blockUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub block_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(
        rename = "unrealizedGains",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(
        rename = "unrealizedPercentageGain",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_percentage_gain: ::std::option::Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(
        rename = "latestPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub latest_price: ::std::option::Option<::rust_decimal::Decimal>,
}
impl MutualFund {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            net_asset_value_amount: ::std::option::Option::None,
            fund_code: ::std::option::Option::None,
            fund_name: ::std::option::Option::None,
            investment_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
            available_units: ::std::option::Option::None,
            settled_units: ::std::option::Option::None,
            assigned_units: ::std::option::Option::None,
            confirmed_units: ::std::option::Option::None,
            pending_units: ::std::option::Option::None,
            block_units: ::std::option::Option::None,
            unrealized_gains: ::std::option::Option::None,
            unrealized_percentage_gain: ::std::option::Option::None,
            latest_price: ::std::option::Option::None,
        }
    }
    /// Sets `net_asset_value_amount`.
    #[must_use]
    pub fn with_net_asset_value_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.net_asset_value_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fund_code`.
    #[must_use]
    pub fn with_fund_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fund_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fund_name`.
    #[must_use]
    pub fn with_fund_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fund_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `investment_amount`.
    #[must_use]
    pub fn with_investment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.investment_amount = ::std::option::Option::Some(value.into());
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
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_units`.
    #[must_use]
    pub fn with_available_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `settled_units`.
    #[must_use]
    pub fn with_settled_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.settled_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assigned_units`.
    #[must_use]
    pub fn with_assigned_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.assigned_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `confirmed_units`.
    #[must_use]
    pub fn with_confirmed_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.confirmed_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pending_units`.
    #[must_use]
    pub fn with_pending_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.pending_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_units`.
    #[must_use]
    pub fn with_block_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.block_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unrealized_gains`.
    #[must_use]
    pub fn with_unrealized_gains(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.unrealized_gains = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unrealized_percentage_gain`.
    #[must_use]
    pub fn with_unrealized_percentage_gain(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.unrealized_percentage_gain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `latest_price`.
    #[must_use]
    pub fn with_latest_price(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.latest_price = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a mutual fund account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MutualFundAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Net asset value of every fund of the account.
    #[serde(
        rename = "totalNetAssetValueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_net_asset_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(
        rename = "totalTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(
        rename = "totalUnrealizedGains",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship: ::std::option::Option<Relationship>,
    /// The holdings, one per fund.
    #[serde(
        rename = "mutualFund",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub mutual_fund: ::std::option::Option<::std::vec::Vec<MutualFund>>,
}
impl MutualFundAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            currency_code: ::std::option::Option::None,
            total_net_asset_value_amount: ::std::option::Option::None,
            total_transaction_amount: ::std::option::Option::None,
            total_unrealized_gains: ::std::option::Option::None,
            relationship: ::std::option::Option::None,
            mutual_fund: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
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
    /// Sets `total_net_asset_value_amount`.
    #[must_use]
    pub fn with_total_net_asset_value_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_net_asset_value_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_transaction_amount`.
    #[must_use]
    pub fn with_total_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_unrealized_gains`.
    #[must_use]
    pub fn with_total_unrealized_gains(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_unrealized_gains = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `relationship`.
    #[must_use]
    pub fn with_relationship(
        mut self,
        value: impl ::std::convert::Into<Relationship>,
    ) -> Self {
        self.relationship = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mutual_fund`.
    #[must_use]
    pub fn with_mutual_fund(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MutualFund>>,
    ) -> Self {
        self.mutual_fund = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a mutual-fund investment account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MutualFundAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current value of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl MutualFundAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// The account originally credited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OriginalCreditAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank.
    #[serde(
        rename = "bankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_code: ::std::option::Option<::std::string::String>,
}
impl OriginalCreditAccountDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            display_account_number: ::std::option::Option::None,
            bank_name: ::std::option::Option::None,
            bank_code: ::std::option::Option::None,
        }
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_code`.
    #[must_use]
    pub fn with_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The original creditor of a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OriginalCreditorDetails {
    /// Name of the original creditor.
    #[serde(
        rename = "originalCreditorName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_creditor_name: ::std::option::Option<::std::string::String>,
    /// Kind of proxy of the original creditor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `originalCreditorProxyIdType`).
    #[serde(
        rename = "originalCreditorProxyIdType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_creditor_proxy_id_type: ::std::option::Option<::std::string::String>,
    /// Proxy of the original creditor.
    #[serde(
        rename = "originalCreditorProxyIdValue",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_creditor_proxy_id_value: ::std::option::Option<::std::string::String>,
}
impl OriginalCreditorDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            original_creditor_name: ::std::option::Option::None,
            original_creditor_proxy_id_type: ::std::option::Option::None,
            original_creditor_proxy_id_value: ::std::option::Option::None,
        }
    }
    /// Sets `original_creditor_name`.
    #[must_use]
    pub fn with_original_creditor_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_creditor_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_creditor_proxy_id_type`.
    #[must_use]
    pub fn with_original_creditor_proxy_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_creditor_proxy_id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_creditor_proxy_id_value`.
    #[must_use]
    pub fn with_original_creditor_proxy_id_value(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_creditor_proxy_id_value = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The account originally debited, for a returned or forwarded payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OriginalDebitAccountDetails {
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Name of the bank.
    #[serde(
        rename = "bankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank.
    #[serde(
        rename = "bankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_code: ::std::option::Option<::std::string::String>,
}
impl OriginalDebitAccountDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            display_account_number: ::std::option::Option::None,
            bank_name: ::std::option::Option::None,
            bank_code: ::std::option::Option::None,
        }
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_code`.
    #[must_use]
    pub fn with_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The original transaction, for a returned or reversed payment.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct OriginalTransactionDetails {
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(
        rename = "paymentType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_type: ::std::option::Option<::std::string::String>,
    /// Transaction date of the original transaction, YYYY-MM-DD.
    #[serde(
        rename = "transactionDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the original transaction.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the original transaction in ISO 4217 format.
    #[serde(
        rename = "transactionCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the original transaction.
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Reference number of the original transaction.
    #[serde(
        rename = "transactionReferenceNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference_number: ::std::option::Option<::std::string::String>,
    /// Remarks of the original transaction.
    #[serde(
        rename = "transactionRemarks",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_remarks: ::std::option::Option<::std::string::String>,
    /// End-to-end identification of the original transaction.
    #[serde(
        rename = "endToEndIdentification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_to_end_identification: ::std::option::Option<::std::string::String>,
}
impl OriginalTransactionDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            payment_type: ::std::option::Option::None,
            transaction_date: ::std::option::Option::None,
            transaction_amount: ::std::option::Option::None,
            transaction_currency_code: ::std::option::Option::None,
            transaction_status: ::std::option::Option::None,
            transaction_reference_number: ::std::option::Option::None,
            transaction_remarks: ::std::option::Option::None,
            end_to_end_identification: ::std::option::Option::None,
        }
    }
    /// Sets `payment_type`.
    #[must_use]
    pub fn with_payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_date`.
    #[must_use]
    pub fn with_transaction_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_date = ::std::option::Option::Some(value.into());
        self
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
    /// Sets `transaction_currency_code`.
    #[must_use]
    pub fn with_transaction_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_currency_code = ::std::option::Option::Some(value.into());
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
    /// Sets `transaction_reference_number`.
    #[must_use]
    pub fn with_transaction_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_remarks`.
    #[must_use]
    pub fn with_transaction_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `end_to_end_identification`.
    #[must_use]
    pub fn with_end_to_end_identification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_to_end_identification = ::std::option::Option::Some(value.into());
        self
    }
}
/// A part of the answer that could not be produced, and why.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PartialResponseInformation {
    /// Field of the answer that could not be filled.
    #[serde(
        rename = "fieldName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_name: ::std::option::Option<::std::string::String>,
    /// Code of the reason the field could not be filled.
    #[serde(
        rename = "reasonCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reason_code: ::std::option::Option<::std::string::String>,
    /// More about the reason.
    #[serde(
        rename = "additionalInformation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub additional_information: ::std::option::Option<::std::string::String>,
}
impl PartialResponseInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            field_name: ::std::option::Option::None,
            reason_code: ::std::option::Option::None,
            additional_information: ::std::option::Option::None,
        }
    }
    /// Sets `field_name`.
    #[must_use]
    pub fn with_field_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.field_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reason_code`.
    #[must_use]
    pub fn with_reason_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reason_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_information`.
    #[must_use]
    pub fn with_additional_information(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.additional_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a premium (dual-currency) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PremiumDepositAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Principal in the base currency.
    #[serde(
        rename = "baseCurrencyPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Base currency of the deposit (ISO 4217).
    #[serde(
        rename = "baseCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_currency_code: ::std::option::Option<::std::string::String>,
    /// Principal in the alternate currency.
    #[serde(
        rename = "alternateCurrencyPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_principal_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Alternate currency of the deposit (ISO 4217).
    #[serde(
        rename = "alternateCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alternate_currency_code: ::std::option::Option<::std::string::String>,
    /// Account credited at maturity when the deposit is paid in the base currency.
    #[serde(
        rename = "baseCurrencyDisposalAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub base_currency_disposal_account: ::std::option::Option<::std::string::String>,
    /// Account credited at maturity when the deposit is paid in the alternate currency.
    #[serde(
        rename = "alternateCurrencyDisposalAccount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub alternate_currency_disposal_account: ::std::option::Option<
        ::std::string::String,
    >,
    /// Interest in the base currency.
    #[serde(
        rename = "baseCurrencyInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest in the alternate currency.
    #[serde(
        rename = "alternateCurrencyInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_interest_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount due at maturity, in the base currency.
    #[serde(
        rename = "baseCurrencyMaturityAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount due at maturity, in the alternate currency.
    #[serde(
        rename = "alternateCurrencyMaturityAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub alternate_currency_maturity_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Premium of the deposit, in the base currency.
    #[serde(
        rename = "baseCurrencyPremiumAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_premium_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Exchange rate at which the deposit may be converted into the alternate currency.
    #[serde(
        rename = "strikePrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub strike_price: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate paid to the customer, in percent.
    #[serde(
        rename = "customerInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub customer_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Accrued interest rate, in percent.
    #[serde(
        rename = "accruedInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub accrued_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Benchmark interest rate, in percent.
    #[serde(
        rename = "benchmarkInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub benchmark_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the deposit deal. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `dealStatus`).
    #[serde(
        rename = "dealStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub deal_status: ::std::option::Option<::std::string::String>,
    /// Date the conversion option expires (YYYY-MM-DD).
    #[serde(
        rename = "expiryDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(
        rename = "tenorTerm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenor_term: ::std::option::Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(
        rename = "tenorPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenor_period: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship: ::std::option::Option<Relationship>,
}
impl PremiumDepositAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            base_currency_principal_amount: ::std::option::Option::None,
            base_currency_code: ::std::option::Option::None,
            alternate_currency_principal_amount: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
            alternate_currency_code: ::std::option::Option::None,
            base_currency_disposal_account: ::std::option::Option::None,
            alternate_currency_disposal_account: ::std::option::Option::None,
            base_currency_interest_amount: ::std::option::Option::None,
            alternate_currency_interest_amount: ::std::option::Option::None,
            base_currency_maturity_amount: ::std::option::Option::None,
            alternate_currency_maturity_amount: ::std::option::Option::None,
            base_currency_premium_amount: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
            strike_price: ::std::option::Option::None,
            customer_interest_rate: ::std::option::Option::None,
            accrued_interest_rate: ::std::option::Option::None,
            benchmark_interest_rate: ::std::option::Option::None,
            deal_status: ::std::option::Option::None,
            expiry_date: ::std::option::Option::None,
            tenor_term: ::std::option::Option::None,
            tenor_period: ::std::option::Option::None,
            relationship: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_currency_principal_amount`.
    #[must_use]
    pub fn with_base_currency_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_currency_code`.
    #[must_use]
    pub fn with_base_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_principal_amount`.
    #[must_use]
    pub fn with_alternate_currency_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.alternate_currency_principal_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_code`.
    #[must_use]
    pub fn with_alternate_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alternate_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_currency_disposal_account`.
    #[must_use]
    pub fn with_base_currency_disposal_account(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.base_currency_disposal_account = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_disposal_account`.
    #[must_use]
    pub fn with_alternate_currency_disposal_account(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alternate_currency_disposal_account = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `base_currency_interest_amount`.
    #[must_use]
    pub fn with_base_currency_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_interest_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_interest_amount`.
    #[must_use]
    pub fn with_alternate_currency_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.alternate_currency_interest_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `base_currency_maturity_amount`.
    #[must_use]
    pub fn with_base_currency_maturity_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_maturity_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alternate_currency_maturity_amount`.
    #[must_use]
    pub fn with_alternate_currency_maturity_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.alternate_currency_maturity_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `base_currency_premium_amount`.
    #[must_use]
    pub fn with_base_currency_premium_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_premium_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `strike_price`.
    #[must_use]
    pub fn with_strike_price(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.strike_price = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_interest_rate`.
    #[must_use]
    pub fn with_customer_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.customer_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accrued_interest_rate`.
    #[must_use]
    pub fn with_accrued_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.accrued_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `benchmark_interest_rate`.
    #[must_use]
    pub fn with_benchmark_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.benchmark_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `deal_status`.
    #[must_use]
    pub fn with_deal_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.deal_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expiry_date`.
    #[must_use]
    pub fn with_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor_term`.
    #[must_use]
    pub fn with_tenor_term(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.tenor_term = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor_period`.
    #[must_use]
    pub fn with_tenor_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenor_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `relationship`.
    #[must_use]
    pub fn with_relationship(
        mut self,
        value: impl ::std::convert::Into<Relationship>,
    ) -> Self {
        self.relationship = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a premium deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PremiumDepositAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(
        rename = "originalPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl PremiumDepositAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
            original_principal_amount: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_principal_amount`.
    #[must_use]
    pub fn with_original_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a ready credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReadyCreditAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Amount owed on the card account.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance on the last statement.
    #[serde(
        rename = "lastStatementBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_statement_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Minimum amount due by the payment due date.
    #[serde(
        rename = "minimumDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub minimum_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit of the card account.
    #[serde(
        rename = "creditLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        rename = "availableCredit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        rename = "cashAdvanceLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance amount still available.
    #[serde(
        rename = "cashAdvanceAvailableAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last payment.
    #[serde(
        rename = "lastPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date of the last payment (YYYY-MM-DD).
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of the next payment due.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl ReadyCreditAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            currency_code: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            last_statement_balance: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            minimum_due_amount: ::std::option::Option::None,
            credit_limit: ::std::option::Option::None,
            available_credit: ::std::option::Option::None,
            cash_advance_limit: ::std::option::Option::None,
            cash_advance_available_amount: ::std::option::Option::None,
            last_payment_amount: ::std::option::Option::None,
            last_payment_date: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            next_payment_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
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
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_balance`.
    #[must_use]
    pub fn with_last_statement_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_statement_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `minimum_due_amount`.
    #[must_use]
    pub fn with_minimum_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.minimum_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit`.
    #[must_use]
    pub fn with_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_credit`.
    #[must_use]
    pub fn with_available_credit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_credit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_limit`.
    #[must_use]
    pub fn with_cash_advance_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_available_amount`.
    #[must_use]
    pub fn with_cash_advance_available_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_available_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_amount`.
    #[must_use]
    pub fn with_last_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_date`.
    #[must_use]
    pub fn with_last_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_date`.
    #[must_use]
    pub fn with_next_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.next_payment_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// What a ready credit account owes at closure.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReadyCreditAccountBalanceSummary {
    /// Sum of the transactions the customer disputes.
    #[serde(
        rename = "totalDisputedTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_disputed_transaction_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Amount owed at the time of the enquiry.
    #[serde(rename = "currentOutstandingAmount", with = "crate::runtime::decimal")]
    pub current_outstanding_amount: ::rust_decimal::Decimal,
    /// Interest accrued and not yet charged.
    #[serde(rename = "currentAccruedInterest", with = "crate::runtime::decimal")]
    pub current_accrued_interest: ::rust_decimal::Decimal,
    /// Amount to pay to close the account.
    #[serde(rename = "paymentDueAmount", with = "crate::runtime::decimal")]
    pub payment_due_amount: ::rust_decimal::Decimal,
    /// Reward points left on the account.
    #[serde(
        rename = "availablePointBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_point_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Parts of the answer that could not be produced.
    #[serde(
        rename = "partialResponseInformation",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub partial_response_information: ::std::option::Option<
        ::std::vec::Vec<PartialResponseInformation>,
    >,
}
impl ReadyCreditAccountBalanceSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        current_outstanding_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        current_accrued_interest: impl ::std::convert::Into<::rust_decimal::Decimal>,
        payment_due_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            total_disputed_transaction_amount: ::std::option::Option::None,
            current_outstanding_amount: current_outstanding_amount.into(),
            current_accrued_interest: current_accrued_interest.into(),
            payment_due_amount: payment_due_amount.into(),
            available_point_balance: ::std::option::Option::None,
            partial_response_information: ::std::option::Option::None,
        }
    }
    /// Sets `total_disputed_transaction_amount`.
    #[must_use]
    pub fn with_total_disputed_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_disputed_transaction_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `available_point_balance`.
    #[must_use]
    pub fn with_available_point_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_point_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partial_response_information`.
    #[must_use]
    pub fn with_partial_response_information(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<PartialResponseInformation>>,
    ) -> Self {
        self.partial_response_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a ready-credit (revolving credit line) account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReadyCreditAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Amount owed.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit still available.
    #[serde(
        rename = "availableCredit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_credit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the next payment due.
    #[serde(
        rename = "nextPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub next_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the next payment is due (YYYY-MM-DD).
    #[serde(
        rename = "nextPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_payment_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl ReadyCreditAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            outstanding_balance: ::std::option::Option::None,
            available_credit: ::std::option::Option::None,
            next_payment_amount: ::std::option::Option::None,
            next_payment_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_credit`.
    #[must_use]
    pub fn with_available_credit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_credit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_amount`.
    #[must_use]
    pub fn with_next_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.next_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_payment_date`.
    #[must_use]
    pub fn with_next_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.next_payment_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// The relationship under which an investment account is held.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Relationship {
    /// Name of the relationship (the holders of the account).
    #[serde(
        rename = "relationshipName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub relationship_name: ::std::option::Option<::std::string::String>,
    /// Kind of relationship. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `relationshipType`).
    #[serde(
        rename = "relationshipType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub relationship_type: ::std::option::Option<::std::string::String>,
}
impl Relationship {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            relationship_name: ::std::option::Option::None,
            relationship_type: ::std::option::Option::None,
        }
    }
    /// Sets `relationship_name`.
    #[must_use]
    pub fn with_relationship_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.relationship_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `relationship_type`.
    #[must_use]
    pub fn with_relationship_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.relationship_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Accounts whose unmasked numbers are wanted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct RetrieveUnmaskedAccountDataRequest {
    /// One entry per account.
    #[serde(
        rename = "accountInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
impl RetrieveUnmaskedAccountDataResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            accounts: ::std::option::Option::None,
        }
    }
    /// Sets `accounts`.
    #[must_use]
    pub fn with_accounts(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Accounts>>,
    ) -> Self {
        self.accounts = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a savings account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SavingsAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Date of the last statement, YYYY-MM-DD.
    #[serde(
        rename = "lastStatementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_statement_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Blocked funds.
    #[serde(
        rename = "holdAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub hold_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened, YYYY-MM-DD.
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Uncleared funds.
    #[serde(
        rename = "floatAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub float_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest amount.
    #[serde(
        rename = "totalInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SavingsAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            current_balance: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            last_statement_date: ::std::option::Option::None,
            hold_amount: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
            float_amount: ::std::option::Option::None,
            total_interest_amount: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
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
    /// Sets `last_statement_date`.
    #[must_use]
    pub fn with_last_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hold_amount`.
    #[must_use]
    pub fn with_hold_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.hold_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `float_amount`.
    #[must_use]
    pub fn with_float_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.float_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_interest_amount`.
    #[must_use]
    pub fn with_total_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_interest_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a savings account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SavingsAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format; use it in the other account calls.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance available to transact.
    #[serde(
        rename = "availableBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SavingsAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
            available_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_balance`.
    #[must_use]
    pub fn with_available_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// Details of a securities brokerage account and its holdings.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Market value of every security of the account.
    #[serde(
        rename = "totalSecuritiesValueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_securities_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total amount invested.
    #[serde(
        rename = "totalTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gains not yet realised over every holding.
    #[serde(
        rename = "totalUnrealizedGains",
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
impl SecuritiesBrokerageAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            currency_code: ::std::option::Option::None,
            total_securities_value_amount: ::std::option::Option::None,
            total_transaction_amount: ::std::option::Option::None,
            total_unrealized_gains: ::std::option::Option::None,
            relationship: ::std::option::Option::None,
            security: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
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
    /// Sets `total_securities_value_amount`.
    #[must_use]
    pub fn with_total_securities_value_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_securities_value_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_transaction_amount`.
    #[must_use]
    pub fn with_total_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_unrealized_gains`.
    #[must_use]
    pub fn with_total_unrealized_gains(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_unrealized_gains = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `relationship`.
    #[must_use]
    pub fn with_relationship(
        mut self,
        value: impl ::std::convert::Into<Relationship>,
    ) -> Self {
        self.relationship = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `security`.
    #[must_use]
    pub fn with_security(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Security>>,
    ) -> Self {
        self.security = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a securities brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SecuritiesBrokerageAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current value of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
}
impl SecuritiesBrokerageAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
}
/// A holding of one security in a brokerage account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Security {
    /// Name of the security.
    #[serde(
        rename = "securityName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub security_name: ::std::option::Option<::std::string::String>,
    /// Code of the security.
    #[serde(
        rename = "stockCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stock_code: ::std::option::Option<::std::string::String>,
    /// Code of the market the security is traded on.
    #[serde(
        rename = "stockMarketCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub stock_market_code: ::std::option::Option<::std::string::String>,
    /// Market value of the holding.
    #[serde(
        rename = "marketValueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub market_value_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount invested.
    #[serde(
        rename = "investmentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub investment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Average cost of one unit.
    #[serde(
        rename = "averageUnitCost",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub average_unit_cost: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Units available to sell.
    #[serde(
        rename = "availableUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub available_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units settled.
    #[serde(
        rename = "settledUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub settled_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units assigned.
    #[serde(
        rename = "assignedUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub assigned_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units confirmed.
    #[serde(
        rename = "confirmedUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub confirmed_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units pending settlement.
    #[serde(
        rename = "pendingUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub pending_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Units blocked.
    #[serde(
        rename = "blockUnits",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub block_units: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised.
    #[serde(
        rename = "unrealizedGains",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_gains: ::std::option::Option<::rust_decimal::Decimal>,
    /// Gain not yet realised, in percent of the investment.
    #[serde(
        rename = "unrealizedPercentageGain",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub unrealized_percentage_gain: ::std::option::Option<::rust_decimal::Decimal>,
    /// Latest price of one unit.
    #[serde(
        rename = "latestPrice",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub latest_price: ::std::option::Option<::rust_decimal::Decimal>,
}
impl Security {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            security_name: ::std::option::Option::None,
            stock_code: ::std::option::Option::None,
            stock_market_code: ::std::option::Option::None,
            market_value_amount: ::std::option::Option::None,
            investment_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            average_unit_cost: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
            available_units: ::std::option::Option::None,
            settled_units: ::std::option::Option::None,
            assigned_units: ::std::option::Option::None,
            confirmed_units: ::std::option::Option::None,
            pending_units: ::std::option::Option::None,
            block_units: ::std::option::Option::None,
            unrealized_gains: ::std::option::Option::None,
            unrealized_percentage_gain: ::std::option::Option::None,
            latest_price: ::std::option::Option::None,
        }
    }
    /// Sets `security_name`.
    #[must_use]
    pub fn with_security_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.security_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `stock_code`.
    #[must_use]
    pub fn with_stock_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stock_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `stock_market_code`.
    #[must_use]
    pub fn with_stock_market_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.stock_market_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `market_value_amount`.
    #[must_use]
    pub fn with_market_value_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.market_value_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `investment_amount`.
    #[must_use]
    pub fn with_investment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.investment_amount = ::std::option::Option::Some(value.into());
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
    /// Sets `average_unit_cost`.
    #[must_use]
    pub fn with_average_unit_cost(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.average_unit_cost = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `available_units`.
    #[must_use]
    pub fn with_available_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.available_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `settled_units`.
    #[must_use]
    pub fn with_settled_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.settled_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `assigned_units`.
    #[must_use]
    pub fn with_assigned_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.assigned_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `confirmed_units`.
    #[must_use]
    pub fn with_confirmed_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.confirmed_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pending_units`.
    #[must_use]
    pub fn with_pending_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.pending_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_units`.
    #[must_use]
    pub fn with_block_units(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.block_units = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unrealized_gains`.
    #[must_use]
    pub fn with_unrealized_gains(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.unrealized_gains = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unrealized_percentage_gain`.
    #[must_use]
    pub fn with_unrealized_percentage_gain(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.unrealized_percentage_gain = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `latest_price`.
    #[must_use]
    pub fn with_latest_price(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.latest_price = ::std::option::Option::Some(value.into());
        self
    }
}
/// One statement of the list.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StatementList {
    /// Identifier of the statement; use it to get the statement.
    #[serde(
        rename = "statementId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statement_id: ::std::option::Option<::std::string::String>,
    /// Date of the statement, YYYY-MM-DD.
    #[serde(
        rename = "statementDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub statement_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl StatementList {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            statement_id: ::std::option::Option::None,
            statement_date: ::std::option::Option::None,
        }
    }
    /// Sets `statement_id`.
    #[must_use]
    pub fn with_statement_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.statement_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `statement_date`.
    #[must_use]
    pub fn with_statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.statement_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a credit-card statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StatementSummary {
    /// Amount owed at the statement date.
    #[serde(
        rename = "outstandingBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Credit limit.
    #[serde(
        rename = "creditLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Number of active instalment (equal payment) plans.
    #[serde(
        rename = "activeEqualPaymentPlanCount",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub active_equal_payment_plan_count: ::std::option::Option<f64>,
    /// Balance at the start of the statement cycle.
    #[serde(
        rename = "beginningBalanceAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub beginning_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of the debits in the cycle.
    #[serde(
        rename = "totalDebitAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_debit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of the credits in the cycle.
    #[serde(
        rename = "totalCreditAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_credit_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Net interest charged in the cycle.
    #[serde(
        rename = "netInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub net_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Payment due date, YYYY-MM-DD.
    #[serde(
        rename = "paymentDueDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount past due.
    #[serde(
        rename = "pastDueAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub past_due_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Cash advance limit.
    #[serde(
        rename = "cashAdvanceLimit",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Fees charged in the cycle to date.
    #[serde(
        rename = "cycleToDateFeeAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cycle_to_date_fee_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest paid.
    #[serde(
        rename = "interestPaidAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_paid_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Billing currency in ISO 4217 format.
    #[serde(
        rename = "billingCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub billing_currency_code: ::std::option::Option<::std::string::String>,
    /// Cash advance amount still available.
    #[serde(
        rename = "cashAdvanceAvailableAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_advance_available_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate on purchases for the cycle.
    #[serde(
        rename = "retailCycleInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub retail_cycle_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest rate on cash advances for the cycle.
    #[serde(
        rename = "cashCycleInterestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub cash_cycle_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
}
impl StatementSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            outstanding_balance: ::std::option::Option::None,
            credit_limit: ::std::option::Option::None,
            active_equal_payment_plan_count: ::std::option::Option::None,
            beginning_balance_amount: ::std::option::Option::None,
            total_debit_amount: ::std::option::Option::None,
            total_credit_amount: ::std::option::Option::None,
            net_interest_amount: ::std::option::Option::None,
            payment_due_date: ::std::option::Option::None,
            past_due_amount: ::std::option::Option::None,
            cash_advance_limit: ::std::option::Option::None,
            cycle_to_date_fee_amount: ::std::option::Option::None,
            interest_paid_amount: ::std::option::Option::None,
            billing_currency_code: ::std::option::Option::None,
            cash_advance_available_amount: ::std::option::Option::None,
            retail_cycle_interest_rate: ::std::option::Option::None,
            cash_cycle_interest_rate: ::std::option::Option::None,
        }
    }
    /// Sets `outstanding_balance`.
    #[must_use]
    pub fn with_outstanding_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit`.
    #[must_use]
    pub fn with_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `active_equal_payment_plan_count`.
    #[must_use]
    pub fn with_active_equal_payment_plan_count(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.active_equal_payment_plan_count = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beginning_balance_amount`.
    #[must_use]
    pub fn with_beginning_balance_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.beginning_balance_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_debit_amount`.
    #[must_use]
    pub fn with_total_debit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_debit_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `total_credit_amount`.
    #[must_use]
    pub fn with_total_credit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_credit_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `net_interest_amount`.
    #[must_use]
    pub fn with_net_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.net_interest_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_due_date`.
    #[must_use]
    pub fn with_payment_due_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.payment_due_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `past_due_amount`.
    #[must_use]
    pub fn with_past_due_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.past_due_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_limit`.
    #[must_use]
    pub fn with_cash_advance_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cycle_to_date_fee_amount`.
    #[must_use]
    pub fn with_cycle_to_date_fee_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cycle_to_date_fee_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_paid_amount`.
    #[must_use]
    pub fn with_interest_paid_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_paid_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_currency_code`.
    #[must_use]
    pub fn with_billing_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_advance_available_amount`.
    #[must_use]
    pub fn with_cash_advance_available_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_advance_available_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `retail_cycle_interest_rate`.
    #[must_use]
    pub fn with_retail_cycle_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.retail_cycle_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cash_cycle_interest_rate`.
    #[must_use]
    pub fn with_cash_cycle_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.cash_cycle_interest_rate = ::std::option::Option::Some(value.into());
        self
    }
}
/// One statement of an account (the field name `statmentId` is misspelled in the source spec and kept so).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Statements {
    /// Identifier of the statement (sic, spelled so in the spec).
    #[serde(rename = "statmentId")]
    pub statment_id: ::std::string::String,
    /// Date of the statement, YYYY-MM-DD.
    #[serde(rename = "statementDate")]
    pub statement_date: ::chrono::NaiveDate,
}
impl Statements {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        statment_id: impl ::std::convert::Into<::std::string::String>,
        statement_date: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            statment_id: statment_id.into(),
            statement_date: statement_date.into(),
        }
    }
}
/// One statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct StatementsResponse {
    #[serde(
        rename = "creditCardStatement",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub credit_card_statement: ::std::option::Option<CreditCardStatement>,
}
impl StatementsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            credit_card_statement: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_statement`.
    #[must_use]
    pub fn with_credit_card_statement(
        mut self,
        value: impl ::std::convert::Into<CreditCardStatement>,
    ) -> Self {
        self.credit_card_statement = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of a confirmation-of-funds check.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct SufficiencyOfFundsResponse {
    /// True if the account covers the amount.
    #[serde(rename = "sufficientFundsIndicator")]
    pub sufficient_funds_indicator: bool,
}
impl SufficiencyOfFundsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(sufficient_funds_indicator: impl ::std::convert::Into<bool>) -> Self {
        Self {
            sufficient_funds_indicator: sufficient_funds_indicator.into(),
        }
    }
}
/// Details of a time (term) deposit account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TimeDepositAccount {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(rename = "displayAccountNumber")]
    pub display_account_number: ::std::string::String,
    /// Amount originally lent or deposited.
    #[serde(
        rename = "originalPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Interest rate, in percent.
    #[serde(
        rename = "interestRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the account was opened (YYYY-MM-DD).
    #[serde(
        rename = "openingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub opening_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Date of the next interest payment (YYYY-MM-DD).
    #[serde(
        rename = "nextInterestPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_interest_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Interest due at the next interest payment.
    #[serde(
        rename = "interestAmountDue",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount_due: ::std::option::Option<::rust_decimal::Decimal>,
    /// What happens to the deposit at maturity. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `renewalInstructions`).
    #[serde(
        rename = "renewalInstructions",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub renewal_instructions: ::std::option::Option<::std::string::String>,
    /// Length of the deposit term, in units of `tenorPeriod`.
    #[serde(
        rename = "tenorTerm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenor_term: ::std::option::Option<i64>,
    /// Unit of `tenorTerm` (for example months). Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenorPeriod`).
    #[serde(
        rename = "tenorPeriod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub tenor_period: ::std::option::Option<::std::string::String>,
    /// Amount due at maturity, in the base currency.
    #[serde(
        rename = "baseCurrencyMaturityAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub base_currency_maturity_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest due at maturity.
    #[serde(
        rename = "maturityInterestAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub maturity_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount of the last interest payment.
    #[serde(
        rename = "lastInterestPaymentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub last_interest_payment_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl TimeDepositAccount {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_account_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            display_account_number: display_account_number.into(),
            original_principal_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            interest_rate: ::std::option::Option::None,
            opening_date: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
            next_interest_payment_date: ::std::option::Option::None,
            interest_amount_due: ::std::option::Option::None,
            renewal_instructions: ::std::option::Option::None,
            tenor_term: ::std::option::Option::None,
            tenor_period: ::std::option::Option::None,
            base_currency_maturity_amount: ::std::option::Option::None,
            maturity_interest_amount: ::std::option::Option::None,
            last_interest_payment_amount: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_principal_amount`.
    #[must_use]
    pub fn with_original_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_principal_amount = ::std::option::Option::Some(value.into());
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
    /// Sets `interest_rate`.
    #[must_use]
    pub fn with_interest_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `opening_date`.
    #[must_use]
    pub fn with_opening_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.opening_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_interest_payment_date`.
    #[must_use]
    pub fn with_next_interest_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.next_interest_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `interest_amount_due`.
    #[must_use]
    pub fn with_interest_amount_due(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.interest_amount_due = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `renewal_instructions`.
    #[must_use]
    pub fn with_renewal_instructions(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.renewal_instructions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor_term`.
    #[must_use]
    pub fn with_tenor_term(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.tenor_term = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor_period`.
    #[must_use]
    pub fn with_tenor_period(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenor_period = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `base_currency_maturity_amount`.
    #[must_use]
    pub fn with_base_currency_maturity_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.base_currency_maturity_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_interest_amount`.
    #[must_use]
    pub fn with_maturity_interest_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.maturity_interest_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_interest_payment_amount`.
    #[must_use]
    pub fn with_last_interest_payment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.last_interest_payment_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// Summary of a time deposit account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TimeDepositAccountSummary {
    /// Name of the product.
    #[serde(
        rename = "productName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_name: ::std::option::Option<::std::string::String>,
    /// Code that identifies the product.
    #[serde(
        rename = "productCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Nickname of the account given by the customer.
    #[serde(
        rename = "accountNickname",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_nickname: ::std::option::Option<::std::string::String>,
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Account identifier in encrypted format.
    #[serde(
        rename = "accountId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_id: ::std::option::Option<::std::string::String>,
    /// Currency of the account in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Status of the account. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountStatus`).
    #[serde(
        rename = "accountStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_status: ::std::option::Option<::std::string::String>,
    /// ASSET or LIABILITY. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountClassification`).
    #[serde(
        rename = "accountClassification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub account_classification: ::std::option::Option<::std::string::String>,
    /// Current balance of the account.
    #[serde(
        rename = "currentBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub current_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Amount originally lent or deposited.
    #[serde(
        rename = "originalPrincipalAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Date the loan or deposit matures (YYYY-MM-DD).
    #[serde(
        rename = "maturityDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub maturity_date: ::std::option::Option<::chrono::NaiveDate>,
}
impl TimeDepositAccountSummary {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_name: ::std::option::Option::None,
            product_code: ::std::option::Option::None,
            account_nickname: ::std::option::Option::None,
            display_account_number: ::std::option::Option::None,
            account_id: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            account_status: ::std::option::Option::None,
            account_classification: ::std::option::Option::None,
            current_balance: ::std::option::Option::None,
            original_principal_amount: ::std::option::Option::None,
            maturity_date: ::std::option::Option::None,
        }
    }
    /// Sets `product_name`.
    #[must_use]
    pub fn with_product_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_nickname`.
    #[must_use]
    pub fn with_account_nickname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_nickname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_id`.
    #[must_use]
    pub fn with_account_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_id = ::std::option::Option::Some(value.into());
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
    /// Sets `account_status`.
    #[must_use]
    pub fn with_account_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_classification`.
    #[must_use]
    pub fn with_account_classification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_classification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_balance`.
    #[must_use]
    pub fn with_current_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.current_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_principal_amount`.
    #[must_use]
    pub fn with_original_principal_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_principal_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `maturity_date`.
    #[must_use]
    pub fn with_maturity_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.maturity_date = ::std::option::Option::Some(value.into());
        self
    }
}
/// One transaction of a checking, savings or credit-card account.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Transaction {
    /// Masked account number that can be displayed to the customer.
    #[serde(
        rename = "displayAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_account_number: ::std::option::Option<::std::string::String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(
        rename = "transactionDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(
        rename = "transactionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Bank reference of the transaction.
    #[serde(
        rename = "transactionReferenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference_id: ::std::option::Option<::std::string::String>,
    /// Cheque number; checking accounts only.
    #[serde(
        rename = "checkSerialNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub check_serial_number: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the account currency.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the foreign currency.
    #[serde(
        rename = "foreignTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(
        rename = "foreignCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<::std::string::String>,
    /// Status of the transaction; credit cards only. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Account balance after the transaction.
    #[serde(
        rename = "runningBalance",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub running_balance: ::std::option::Option<::rust_decimal::Decimal>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(
        rename = "transactionPostingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(
        rename = "transactionCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_code: ::std::option::Option<::std::string::String>,
    /// Name of the merchant.
    #[serde(
        rename = "merchantName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan; credit cards only.
    #[serde(
        rename = "eligibleForEqualPaymentPlan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eligible_for_equal_payment_plan: ::std::option::Option<::std::string::String>,
}
impl Transaction {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            display_account_number: ::std::option::Option::None,
            transaction_date: ::std::option::Option::None,
            transaction_description: ::std::option::Option::None,
            transaction_reference_id: ::std::option::Option::None,
            check_serial_number: ::std::option::Option::None,
            transaction_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            foreign_transaction_amount: ::std::option::Option::None,
            foreign_currency_code: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_type: ::std::option::Option::None,
            transaction_status: ::std::option::Option::None,
            running_balance: ::std::option::Option::None,
            transaction_posting_date: ::std::option::Option::None,
            transaction_code: ::std::option::Option::None,
            merchant_name: ::std::option::Option::None,
            eligible_for_equal_payment_plan: ::std::option::Option::None,
        }
    }
    /// Sets `display_account_number`.
    #[must_use]
    pub fn with_display_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_account_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_date`.
    #[must_use]
    pub fn with_transaction_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_date = ::std::option::Option::Some(value.into());
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
    /// Sets `transaction_reference_id`.
    #[must_use]
    pub fn with_transaction_reference_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_reference_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `check_serial_number`.
    #[must_use]
    pub fn with_check_serial_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.check_serial_number = ::std::option::Option::Some(value.into());
        self
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
    /// Sets `foreign_transaction_amount`.
    #[must_use]
    pub fn with_foreign_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_currency_code`.
    #[must_use]
    pub fn with_foreign_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_type`.
    #[must_use]
    pub fn with_transaction_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_type = ::std::option::Option::Some(value.into());
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
    /// Sets `running_balance`.
    #[must_use]
    pub fn with_running_balance(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.running_balance = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_posting_date`.
    #[must_use]
    pub fn with_transaction_posting_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_posting_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_code`.
    #[must_use]
    pub fn with_transaction_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_name`.
    #[must_use]
    pub fn with_merchant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `eligible_for_equal_payment_plan`.
    #[must_use]
    pub fn with_eligible_for_equal_payment_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eligible_for_equal_payment_plan = ::std::option::Option::Some(value.into());
        self
    }
}
/// Additional detail of one transaction (India-specific, instant-payment oriented).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TransactionDetailedViewResponse {
    /// Masked number of the account the transaction was made from.
    #[serde(
        rename = "displaySourceAccountNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub display_source_account_number: ::std::option::Option<::std::string::String>,
    /// Payment type. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    #[serde(rename = "paymentType")]
    pub payment_type: ::std::string::String,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(
        rename = "transactionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the account currency.
    #[serde(rename = "transactionAmount", with = "crate::runtime::decimal")]
    pub transaction_amount: ::rust_decimal::Decimal,
    /// Currency of the transaction amount in ISO 4217 format.
    #[serde(rename = "transactionCurrencyCode")]
    pub transaction_currency_code: ::std::string::String,
    /// Transaction date, YYYY-MM-DD.
    #[serde(rename = "transactionDate")]
    pub transaction_date: ::chrono::NaiveDate,
    /// Transaction amount in the foreign currency.
    #[serde(
        rename = "foreignTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency in ISO 4217 format.
    #[serde(
        rename = "foreignCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Exchange rate applied to the foreign transaction.
    #[serde(
        rename = "foreignExchangeRate",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_exchange_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(
        rename = "transactionPostingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    #[serde(
        rename = "customerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_name: ::std::option::Option<CustomerName>,
    #[serde(
        rename = "customerAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_address: ::std::option::Option<CustomerAddress>,
    #[serde(
        rename = "beneficiaryBankDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_bank_details: ::std::option::Option<BeneficiaryBankDetails>,
    /// The merchant's references for the customer.
    #[serde(
        rename = "customerMerchantReferenceDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub customer_merchant_reference_details: ::std::option::Option<
        ::std::vec::Vec<CustomerMerchantReferenceDetails>,
    >,
    /// Payment notes (free text).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub remarks: ::std::option::Option<::std::string::String>,
    /// Priority of the payment. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentPriorityCode`).
    #[serde(
        rename = "paymentPriorityCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub payment_priority_code: ::std::option::Option<::std::string::String>,
    /// Code that identifies the merchant.
    #[serde(
        rename = "merchantCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_code: ::std::option::Option<::std::string::String>,
    /// Name of the merchant.
    #[serde(
        rename = "merchantName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Why the transaction was reversed, for a reversal.
    #[serde(
        rename = "transactionReversalDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reversal_description: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "originalTransactionDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_transaction_details: ::std::option::Option<OriginalTransactionDetails>,
    /// End-to-end identification of the payment.
    #[serde(
        rename = "endToEndIdentification",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub end_to_end_identification: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "creditorDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub creditor_details: ::std::option::Option<CreditorDetails>,
    #[serde(
        rename = "debtorDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub debtor_details: ::std::option::Option<DebtorDetails>,
    /// Name of the bank the transaction came from.
    #[serde(
        rename = "sourceBankName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_bank_name: ::std::option::Option<::std::string::String>,
    /// Code of the bank the transaction came from.
    #[serde(
        rename = "sourceBankCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub source_bank_code: ::std::option::Option<::std::string::String>,
    /// Clearing date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(
        rename = "clearingTimeStamp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub clearing_time_stamp: ::std::option::Option<::std::string::String>,
    /// Settlement date and time reported by the central bank, YYYY-MM-DDTHH:MM:SS.
    #[serde(
        rename = "settlementTimeStamp",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub settlement_time_stamp: ::std::option::Option<::std::string::String>,
    /// Reference of the transaction in the central bank's clearing.
    #[serde(
        rename = "centralBankTransactionReferenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub central_bank_transaction_reference_id: ::std::option::Option<
        ::std::string::String,
    >,
    #[serde(
        rename = "originalCreditorDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_creditor_details: ::std::option::Option<OriginalCreditorDetails>,
    #[serde(
        rename = "originalCreditAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_credit_account_details: ::std::option::Option<
        OriginalCreditAccountDetails,
    >,
    /// Name of the original debtor, for a returned or forwarded payment.
    #[serde(
        rename = "originalDebtorName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_debtor_name: ::std::option::Option<::std::string::String>,
    #[serde(
        rename = "originalDebitAccountDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_debit_account_details: ::std::option::Option<
        OriginalDebitAccountDetails,
    >,
    /// Fee charged for the debit.
    #[serde(
        rename = "transactionDebitFeeAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_debit_fee_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Identifier of the bank in the clearing scheme.
    #[serde(
        rename = "bankMemberId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub bank_member_id: ::std::option::Option<::std::string::String>,
    /// Legal name of the beneficiary.
    #[serde(
        rename = "beneficiaryLegalName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_legal_name: ::std::option::Option<::std::string::String>,
    /// Address lines of the beneficiary.
    #[serde(
        rename = "beneficiaryAddress",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_address: ::std::option::Option<::std::vec::Vec<BeneficiaryAddress>>,
    /// Tax identifier of the beneficiary.
    #[serde(
        rename = "beneficiaryTaxId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub beneficiary_tax_id: ::std::option::Option<::std::string::String>,
}
impl TransactionDetailedViewResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        payment_type: impl ::std::convert::Into<::std::string::String>,
        transaction_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        transaction_currency_code: impl ::std::convert::Into<::std::string::String>,
        transaction_date: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        Self {
            display_source_account_number: ::std::option::Option::None,
            payment_type: payment_type.into(),
            transaction_description: ::std::option::Option::None,
            transaction_amount: transaction_amount.into(),
            transaction_currency_code: transaction_currency_code.into(),
            transaction_date: transaction_date.into(),
            foreign_transaction_amount: ::std::option::Option::None,
            foreign_currency_code: ::std::option::Option::None,
            foreign_exchange_rate: ::std::option::Option::None,
            transaction_status: ::std::option::Option::None,
            transaction_posting_date: ::std::option::Option::None,
            customer_name: ::std::option::Option::None,
            customer_address: ::std::option::Option::None,
            beneficiary_bank_details: ::std::option::Option::None,
            customer_merchant_reference_details: ::std::option::Option::None,
            remarks: ::std::option::Option::None,
            payment_priority_code: ::std::option::Option::None,
            merchant_code: ::std::option::Option::None,
            merchant_name: ::std::option::Option::None,
            transaction_reversal_description: ::std::option::Option::None,
            original_transaction_details: ::std::option::Option::None,
            end_to_end_identification: ::std::option::Option::None,
            creditor_details: ::std::option::Option::None,
            debtor_details: ::std::option::Option::None,
            source_bank_name: ::std::option::Option::None,
            source_bank_code: ::std::option::Option::None,
            clearing_time_stamp: ::std::option::Option::None,
            settlement_time_stamp: ::std::option::Option::None,
            central_bank_transaction_reference_id: ::std::option::Option::None,
            original_creditor_details: ::std::option::Option::None,
            original_credit_account_details: ::std::option::Option::None,
            original_debtor_name: ::std::option::Option::None,
            original_debit_account_details: ::std::option::Option::None,
            transaction_debit_fee_amount: ::std::option::Option::None,
            bank_member_id: ::std::option::Option::None,
            beneficiary_legal_name: ::std::option::Option::None,
            beneficiary_address: ::std::option::Option::None,
            beneficiary_tax_id: ::std::option::Option::None,
        }
    }
    /// Sets `display_source_account_number`.
    #[must_use]
    pub fn with_display_source_account_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.display_source_account_number = ::std::option::Option::Some(value.into());
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
    /// Sets `foreign_transaction_amount`.
    #[must_use]
    pub fn with_foreign_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_currency_code`.
    #[must_use]
    pub fn with_foreign_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_exchange_rate`.
    #[must_use]
    pub fn with_foreign_exchange_rate(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_exchange_rate = ::std::option::Option::Some(value.into());
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
    /// Sets `transaction_posting_date`.
    #[must_use]
    pub fn with_transaction_posting_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_posting_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_name`.
    #[must_use]
    pub fn with_customer_name(
        mut self,
        value: impl ::std::convert::Into<CustomerName>,
    ) -> Self {
        self.customer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_address`.
    #[must_use]
    pub fn with_customer_address(
        mut self,
        value: impl ::std::convert::Into<CustomerAddress>,
    ) -> Self {
        self.customer_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_bank_details`.
    #[must_use]
    pub fn with_beneficiary_bank_details(
        mut self,
        value: impl ::std::convert::Into<BeneficiaryBankDetails>,
    ) -> Self {
        self.beneficiary_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `customer_merchant_reference_details`.
    #[must_use]
    pub fn with_customer_merchant_reference_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<CustomerMerchantReferenceDetails>,
        >,
    ) -> Self {
        self.customer_merchant_reference_details = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `remarks`.
    #[must_use]
    pub fn with_remarks(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.remarks = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `payment_priority_code`.
    #[must_use]
    pub fn with_payment_priority_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_priority_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_code`.
    #[must_use]
    pub fn with_merchant_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_name`.
    #[must_use]
    pub fn with_merchant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_reversal_description`.
    #[must_use]
    pub fn with_transaction_reversal_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_reversal_description = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `original_transaction_details`.
    #[must_use]
    pub fn with_original_transaction_details(
        mut self,
        value: impl ::std::convert::Into<OriginalTransactionDetails>,
    ) -> Self {
        self.original_transaction_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `end_to_end_identification`.
    #[must_use]
    pub fn with_end_to_end_identification(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.end_to_end_identification = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `creditor_details`.
    #[must_use]
    pub fn with_creditor_details(
        mut self,
        value: impl ::std::convert::Into<CreditorDetails>,
    ) -> Self {
        self.creditor_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debtor_details`.
    #[must_use]
    pub fn with_debtor_details(
        mut self,
        value: impl ::std::convert::Into<DebtorDetails>,
    ) -> Self {
        self.debtor_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_bank_name`.
    #[must_use]
    pub fn with_source_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_bank_code`.
    #[must_use]
    pub fn with_source_bank_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_bank_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `clearing_time_stamp`.
    #[must_use]
    pub fn with_clearing_time_stamp(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.clearing_time_stamp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `settlement_time_stamp`.
    #[must_use]
    pub fn with_settlement_time_stamp(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.settlement_time_stamp = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `central_bank_transaction_reference_id`.
    #[must_use]
    pub fn with_central_bank_transaction_reference_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.central_bank_transaction_reference_id = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `original_creditor_details`.
    #[must_use]
    pub fn with_original_creditor_details(
        mut self,
        value: impl ::std::convert::Into<OriginalCreditorDetails>,
    ) -> Self {
        self.original_creditor_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_credit_account_details`.
    #[must_use]
    pub fn with_original_credit_account_details(
        mut self,
        value: impl ::std::convert::Into<OriginalCreditAccountDetails>,
    ) -> Self {
        self.original_credit_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_debtor_name`.
    #[must_use]
    pub fn with_original_debtor_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.original_debtor_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_debit_account_details`.
    #[must_use]
    pub fn with_original_debit_account_details(
        mut self,
        value: impl ::std::convert::Into<OriginalDebitAccountDetails>,
    ) -> Self {
        self.original_debit_account_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_debit_fee_amount`.
    #[must_use]
    pub fn with_transaction_debit_fee_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.transaction_debit_fee_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `bank_member_id`.
    #[must_use]
    pub fn with_bank_member_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_member_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_legal_name`.
    #[must_use]
    pub fn with_beneficiary_legal_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_legal_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_address`.
    #[must_use]
    pub fn with_beneficiary_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<BeneficiaryAddress>>,
    ) -> Self {
        self.beneficiary_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `beneficiary_tax_id`.
    #[must_use]
    pub fn with_beneficiary_tax_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.beneficiary_tax_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Transactions, statements or the error of one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TransactionDetails {
    /// Account identifier in encrypted format.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Statements of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub statements: ::std::option::Option<::std::vec::Vec<Statements>>,
    /// Transactions of an investment account.
    #[serde(
        rename = "investmentTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    #[serde(
        rename = "transactionErrorDetails",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_error_details: ::std::option::Option<ErrorResponse>,
    /// Index to send to get the next page for this account; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl TransactionDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(account_id: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            account_id: account_id.into(),
            transactions: ::std::option::Option::None,
            statements: ::std::option::Option::None,
            investment_transaction: ::std::option::Option::None,
            transaction_error_details: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `transactions`.
    #[must_use]
    pub fn with_transactions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Transaction>>,
    ) -> Self {
        self.transactions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `statements`.
    #[must_use]
    pub fn with_statements(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Statements>>,
    ) -> Self {
        self.statements = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `investment_transaction`.
    #[must_use]
    pub fn with_investment_transaction(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InvestmentTransaction>>,
    ) -> Self {
        self.investment_transaction = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_error_details`.
    #[must_use]
    pub fn with_transaction_error_details(
        mut self,
        value: impl ::std::convert::Into<ErrorResponse>,
    ) -> Self {
        self.transaction_error_details = ::std::option::Option::Some(value.into());
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
/// Confirms a transaction enquiry after a multi-factor authentication step-up.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TransactionDetailsConfirmationRequest {
    /// Identifier of the flow to complete, from the step-up response's `moreInfo.controlFlowId`.
    #[serde(rename = "controlFlowId")]
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
#[non_exhaustive]
pub struct TransactionDetailsConfirmationResponse {
    /// Transactions of the account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Orders of an investment account.
    #[serde(
        rename = "investmentTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl TransactionDetailsConfirmationResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transactions: ::std::option::Option::None,
            investment_transaction: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `transactions`.
    #[must_use]
    pub fn with_transactions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Transaction>>,
    ) -> Self {
        self.transactions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `investment_transaction`.
    #[must_use]
    pub fn with_investment_transaction(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InvestmentTransaction>>,
    ) -> Self {
        self.investment_transaction = ::std::option::Option::Some(value.into());
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
/// Transaction criteria for one account.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct TransactionDetailsRequest {
    /// Account identifier in encrypted format.
    #[serde(rename = "accountId")]
    pub account_id: ::std::string::String,
    /// Currency in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Start of the period, YYYY-MM-DD.
    #[serde(
        rename = "transactionFromDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_from_date: ::std::option::Option<::chrono::NaiveDate>,
    /// End of the period, YYYY-MM-DD.
    #[serde(
        rename = "transactionToDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_to_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Lower bound of the transaction amount.
    #[serde(
        rename = "amountFrom",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub amount_from: ::std::option::Option<::rust_decimal::Decimal>,
    /// Upper bound of the transaction amount.
    #[serde(
        rename = "amountTo",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub amount_to: ::std::option::Option<::rust_decimal::Decimal>,
    /// Status of the transactions to return. Reference-data code; valid values come from
    /// Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionStatus`).
    #[serde(
        rename = "transactionStatus",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_status: ::std::option::Option<::std::string::String>,
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionIndicator`).
    #[serde(
        rename = "transactionIndicator",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_indicator: ::std::option::Option<::std::string::String>,
    /// Index of the first record of the next page for this account, as returned by the previous response.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
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
#[non_exhaustive]
pub struct TransactionDetailsResponse {
    /// Transactions of a checking, savings or credit-card account.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub transactions: ::std::option::Option<::std::vec::Vec<Transaction>>,
    /// Transactions of an investment account (out of PSD2 scope).
    #[serde(
        rename = "investmentTransaction",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub investment_transaction: ::std::option::Option<
        ::std::vec::Vec<InvestmentTransaction>,
    >,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl TransactionDetailsResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            transactions: ::std::option::Option::None,
            investment_transaction: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `transactions`.
    #[must_use]
    pub fn with_transactions(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Transaction>>,
    ) -> Self {
        self.transactions = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `investment_transaction`.
    #[must_use]
    pub fn with_investment_transaction(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<InvestmentTransaction>>,
    ) -> Self {
        self.investment_transaction = ::std::option::Option::Some(value.into());
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
/// One transaction line of a credit-card statement.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Transactions {
    /// Masked card number that can be displayed to the customer.
    #[serde(rename = "displayCardNumber")]
    pub display_card_number: ::std::string::String,
    /// Whether the card is primary or supplementary. Reference-data code; valid values come
    /// from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardHolderType`).
    #[serde(
        rename = "cardHolderType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub card_holder_type: ::std::option::Option<::std::string::String>,
    /// Transaction date, YYYY-MM-DD.
    #[serde(
        rename = "transactionDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Posting date of the transaction, YYYY-MM-DD.
    #[serde(
        rename = "transactionPostingDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_posting_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Name of the merchant.
    #[serde(
        rename = "merchantName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub merchant_name: ::std::option::Option<::std::string::String>,
    /// Transaction code. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    #[serde(
        rename = "transactionCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_code: ::std::option::Option<::std::string::String>,
    /// Description of the transaction from the merchant, point of sale or bank.
    #[serde(
        rename = "transactionDescription",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_description: ::std::option::Option<::std::string::String>,
    /// Type of the transaction. Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionType`).
    #[serde(
        rename = "transactionType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_type: ::std::option::Option<::std::string::String>,
    /// Transaction amount in the foreign currency.
    #[serde(
        rename = "foreignTransactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub foreign_transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Foreign currency of the transaction in ISO 4217 format.
    #[serde(
        rename = "foreignCurrencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub foreign_currency_code: ::std::option::Option<::std::string::String>,
    /// Transaction amount in local currency.
    #[serde(
        rename = "transactionAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub transaction_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Currency of the transaction in ISO 4217 format.
    #[serde(
        rename = "currencyCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// Whether the transaction may be converted to an instalment (equal payment) plan.
    #[serde(
        rename = "eligibleForEqualPaymentPlan",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub eligible_for_equal_payment_plan: ::std::option::Option<::std::string::String>,
    /// Bank reference of the transaction.
    #[serde(
        rename = "transactionReferenceId",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub transaction_reference_id: ::std::option::Option<::std::string::String>,
}
impl Transactions {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        display_card_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            display_card_number: display_card_number.into(),
            card_holder_type: ::std::option::Option::None,
            transaction_date: ::std::option::Option::None,
            transaction_posting_date: ::std::option::Option::None,
            merchant_name: ::std::option::Option::None,
            transaction_code: ::std::option::Option::None,
            transaction_description: ::std::option::Option::None,
            transaction_type: ::std::option::Option::None,
            foreign_transaction_amount: ::std::option::Option::None,
            foreign_currency_code: ::std::option::Option::None,
            transaction_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            eligible_for_equal_payment_plan: ::std::option::Option::None,
            transaction_reference_id: ::std::option::Option::None,
        }
    }
    /// Sets `card_holder_type`.
    #[must_use]
    pub fn with_card_holder_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_holder_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_date`.
    #[must_use]
    pub fn with_transaction_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_posting_date`.
    #[must_use]
    pub fn with_transaction_posting_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_posting_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `merchant_name`.
    #[must_use]
    pub fn with_merchant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.merchant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_code`.
    #[must_use]
    pub fn with_transaction_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_code = ::std::option::Option::Some(value.into());
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
    /// Sets `transaction_type`.
    #[must_use]
    pub fn with_transaction_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_transaction_amount`.
    #[must_use]
    pub fn with_foreign_transaction_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.foreign_transaction_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `foreign_currency_code`.
    #[must_use]
    pub fn with_foreign_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.foreign_currency_code = ::std::option::Option::Some(value.into());
        self
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
    /// Sets `eligible_for_equal_payment_plan`.
    #[must_use]
    pub fn with_eligible_for_equal_payment_plan(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.eligible_for_equal_payment_plan = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `transaction_reference_id`.
    #[must_use]
    pub fn with_transaction_reference_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_reference_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// An instalment loan on a credit card, as shown on the statement.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct UnSecuredLoans {
    /// Original amount of the loan.
    #[serde(
        rename = "originalDisclosedAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub original_disclosed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Original number of instalments.
    #[serde(
        rename = "originalTerm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub original_term: ::std::option::Option<i64>,
    /// Current instalment number.
    #[serde(
        rename = "currentTerm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub current_term: ::std::option::Option<i64>,
    /// Number of instalments remaining.
    #[serde(
        rename = "remainingTerm",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub remaining_term: ::std::option::Option<i64>,
    /// Date of the last payment, YYYY-MM-DD.
    #[serde(
        rename = "lastPaymentDate",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub last_payment_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Amount of one instalment.
    #[serde(
        rename = "installmentAmount",
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
impl UnSecuredLoans {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            original_disclosed_amount: ::std::option::Option::None,
            original_term: ::std::option::Option::None,
            current_term: ::std::option::Option::None,
            remaining_term: ::std::option::Option::None,
            last_payment_date: ::std::option::Option::None,
            installment_amount: ::std::option::Option::None,
        }
    }
    /// Sets `original_disclosed_amount`.
    #[must_use]
    pub fn with_original_disclosed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.original_disclosed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `original_term`.
    #[must_use]
    pub fn with_original_term(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.original_term = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `current_term`.
    #[must_use]
    pub fn with_current_term(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.current_term = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `remaining_term`.
    #[must_use]
    pub fn with_remaining_term(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.remaining_term = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `last_payment_date`.
    #[must_use]
    pub fn with_last_payment_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.last_payment_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `installment_amount`.
    #[must_use]
    pub fn with_installment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.installment_amount = ::std::option::Option::Some(value.into());
        self
    }
}
/// A transaction history document.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ViewTransactionDetailsDocumentResponse {
    /// The document, base64-encoded.
    #[serde(rename = "binaryData")]
    pub binary_data: crate::runtime::Base64,
    /// Index to send as `nextStartIndex` to get the next part; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl ViewTransactionDetailsDocumentResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(binary_data: impl ::std::convert::Into<crate::runtime::Base64>) -> Self {
        Self {
            binary_data: binary_data.into(),
            next_start_index: ::std::option::Option::None,
        }
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
