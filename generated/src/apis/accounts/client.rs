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
/// Client for Citi Poland - Accounts: one method per operation of `specs/accounts.yaml`.
///
/// Cheap to clone: clones share the connection pool, credentials and token cache.
#[derive(Clone, Debug)]
pub struct Client {
    api: rt::ApiClient,
}
impl Client {
    /// A client configured by `config` (environment, credentials, timeouts, retries).
    pub fn new(config: rt::Config) -> Result<Self, rt::ConfigError> {
        Ok(Self {
            api: rt::ApiClient::new(config, &super::API)?,
        })
    }
    /// A client for this API that shares `api`'s connection pool, credentials, token cache
    /// and user session (for example one built for another product).
    pub fn from_api_client(api: &rt::ApiClient) -> Self {
        Self {
            api: api.for_api(&super::API),
        }
    }
    /// The runtime client this client sends through.
    pub fn api_client(&self) -> &rt::ApiClient {
        &self.api
    }
    /// The same client acting for a customer: operations that need a customer's token
    /// (three-legged OAuth) use this session's, refreshing it when it expires.
    pub fn with_session(&self, session: rt::UserSession) -> Self {
        Self {
            api: self.api.with_session(session),
        }
    }
    /// Confirm whether an account has sufficient funds
    ///
    /// Confirmation of funds - answers yes or no to whether the account covers the given amount.
    ///
    /// `GET /v1/accounts/{accountId}/funds/sufficiencyCheck`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn check_funds_sufficiency(
        &self,
        account_id: impl Into<String>,
        sufficiency_check_amount: impl Into<String>,
        currency_code: impl Into<String>,
    ) -> super::operations::CheckFundsSufficiency {
        super::operations::CheckFundsSufficiency::new(
            Clone::clone(self),
            account_id.into(),
            sufficiency_check_amount.into(),
            currency_code.into(),
        )
    }
    /// Get the transactions of an account after MFA step-up
    ///
    /// Completes a transaction enquiry that asked for a multi-factor authentication step-up (403 with `moreInfo.controlFlowId`): returns the transactions once the customer has completed the step-up.
    ///
    /// `POST /v1/accounts/{accountId}/transactions/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_account_transactions_after_mfa(
        &self,
        account_id: impl Into<String>,
        control_flow_id: impl Into<String>,
        body: impl Into<super::types::TransactionDetailsConfirmationRequest>,
    ) -> super::operations::ConfirmAccountTransactionsAfterMfa {
        super::operations::ConfirmAccountTransactionsAfterMfa::new(
            Clone::clone(self),
            account_id.into(),
            control_flow_id.into(),
            body.into(),
        )
    }
    /// Download the transaction history of one account as a file
    ///
    /// Returns the transaction history of one account as a base64-encoded document in the requested format.
    ///
    /// `GET /v1/accounts/{accountId}/transactions/documents`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn download_account_transactions_document(
        &self,
        account_id: impl Into<String>,
        download_format: impl Into<String>,
    ) -> super::operations::DownloadAccountTransactionsDocument {
        super::operations::DownloadAccountTransactionsDocument::new(
            Clone::clone(self),
            account_id.into(),
            download_format.into(),
        )
    }
    /// Request the closure of an account
    ///
    /// Submits a request to close an account and returns the reference of the closure request.
    ///
    /// `POST /v1/accounts/closure`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn request_account_closure(
        &self,
        body: impl Into<super::types::AccountClosureRequest>,
    ) -> super::operations::RequestAccountClosure {
        super::operations::RequestAccountClosure::new(Clone::clone(self), body.into())
    }
    /// Get what an account owes if it is closed
    ///
    /// Returns the outstanding amounts of a credit-card or ready credit account at the time of the call (outstanding amount, accrued interest, amount to pay, disputed transactions), for a customer considering closing it.
    ///
    /// `GET /v1/accounts/{accountId}/closure/balances`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_closure_balances(
        &self,
        account_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountClosureBalances {
        super::operations::RetrieveAccountClosureBalances::new(
            Clone::clone(self),
            account_id.into(),
        )
    }
    /// Get the consents on an account
    ///
    /// Returns the consents of the given type recorded on one account.
    ///
    /// `GET /v1/accounts/{accountId}/consents`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_consents(
        &self,
        account_id: impl Into<String>,
        consent_type: impl Into<String>,
    ) -> super::operations::RetrieveAccountConsents {
        super::operations::RetrieveAccountConsents::new(
            Clone::clone(self),
            account_id.into(),
            consent_type.into(),
        )
    }
    /// Get the details of one account
    ///
    /// Returns the details of one account; the property matching the account kind is populated.
    ///
    /// `GET /v1/accounts/{accountId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_details(
        &self,
        account_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountDetails {
        super::operations::RetrieveAccountDetails::new(
            Clone::clone(self),
            account_id.into(),
        )
    }
    /// Get one statement with its summary and transactions
    ///
    /// Returns the summary and the transactions of one statement.
    ///
    /// `GET /v1/accounts/{accountId}/statements/{statementId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_statement_details(
        &self,
        account_id: impl Into<String>,
        statement_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountStatementDetails {
        super::operations::RetrieveAccountStatementDetails::new(
            Clone::clone(self),
            account_id.into(),
            statement_id.into(),
        )
    }
    /// List the statements of one account
    ///
    /// Returns the list of statements available for one account.
    ///
    /// `GET /v1/accounts/{accountId}/statements`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_statements(
        &self,
        account_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountStatements {
        super::operations::RetrieveAccountStatements::new(
            Clone::clone(self),
            account_id.into(),
        )
    }
    /// Get the transactions of one account
    ///
    /// Returns the transactions of one account. The period may go back at most 12 months for
    /// current and savings accounts and covers the last 3 statement cycles for cards.
    ///
    /// `GET /v1/accounts/{accountId}/transactions`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_transactions(
        &self,
        account_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountTransactions {
        super::operations::RetrieveAccountTransactions::new(
            Clone::clone(self),
            account_id.into(),
        )
    }
    /// Get the transactions of one account within a limited day range (PSD2)
    ///
    /// PSD2-style transaction history of one account, limited to a window of at most 90 days.
    /// Takes the same query parameters as the full transactions call.
    ///
    /// `GET /v1/accounts/{accountId}/transactions/limited/dayRange`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_account_transactions_limited_day_range(
        &self,
        account_id: impl Into<String>,
    ) -> super::operations::RetrieveAccountTransactionsLimitedDayRange {
        super::operations::RetrieveAccountTransactionsLimitedDayRange::new(
            Clone::clone(self),
            account_id.into(),
        )
    }
    /// Get a summary of all accounts, grouped
    ///
    /// Returns a summary of all the customer's accounts, grouped by account group (for example
    /// checking, savings, credit card), with group totals. Under PSD2 only checking, savings and
    /// credit-card accounts are returned.
    ///
    /// `GET /v1/accounts`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_accounts_summary(
        &self,
    ) -> super::operations::RetrieveAccountsSummary {
        super::operations::RetrieveAccountsSummary::new(Clone::clone(self))
    }
    /// Get extra detail of one transaction
    ///
    /// Returns additional detail of one transaction (payment type, parties, clearing and settlement data).
    ///
    /// `GET /v1/accounts/{accountId}/transactions/{transactionReferenceId}/details`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_transaction_detailed_view(
        &self,
        account_id: impl Into<String>,
        transaction_reference_id: impl Into<String>,
    ) -> super::operations::RetrieveTransactionDetailedView {
        super::operations::RetrieveTransactionDetailedView::new(
            Clone::clone(self),
            account_id.into(),
            transaction_reference_id.into(),
        )
    }
    /// Get the unmasked account numbers of accounts
    ///
    /// Returns the clear (unmasked) account number, an IBAN, for each account id sent.
    ///
    /// `POST /v1/accounts/clearData/retrieve`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_unmasked_account_data(
        &self,
        body: impl Into<super::types::RetrieveUnmaskedAccountDataRequest>,
    ) -> super::operations::RetrieveUnmaskedAccountData {
        super::operations::RetrieveUnmaskedAccountData::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Get the transactions of several accounts
    ///
    /// Returns the transactions (and statements) of several accounts in one call, with a per-account error where an account fails.
    ///
    /// `POST /v1/accounts/transactions/search`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn search_accounts_transactions(
        &self,
        body: impl Into<super::types::CompositeTransactionDetailsRequest>,
    ) -> super::operations::SearchAccountsTransactions {
        super::operations::SearchAccountsTransactions::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Update the consents on an account
    ///
    /// Records the customer's consents on one account. Returns no body.
    ///
    /// `POST /v1/accounts/{accountId}/consents`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_account_consents(
        &self,
        account_id: impl Into<String>,
        body: impl Into<super::types::ConsentsDetailsUpdateRequest>,
    ) -> super::operations::UpdateAccountConsents {
        super::operations::UpdateAccountConsents::new(
            Clone::clone(self),
            account_id.into(),
            body.into(),
        )
    }
}
