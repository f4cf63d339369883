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
/// Confirm whether an account has sufficient funds
///
/// Confirmation of funds - answers yes or no to whether the account covers the given amount.
///
/// `GET /v1/accounts/{accountId}/funds/sufficiencyCheck` (`checkFundsSufficiency`). Built by [`Client::check_funds_sufficiency`](super::Client::check_funds_sufficiency); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CheckFundsSufficiency {
    client: super::Client,
    account_id: String,
    sufficiency_check_amount: String,
    currency_code: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl CheckFundsSufficiency {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "checkFundsSufficiency",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/funds/sufficiencyCheck",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        sufficiency_check_amount: String,
        currency_code: String,
    ) -> Self {
        Self {
            client,
            account_id,
            sufficiency_check_amount,
            currency_code,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::SufficiencyOfFundsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request
            .query(
                "sufficiencyCheckAmount",
                &self.sufficiency_check_amount,
                rt::ParamStyle::FORM,
            );
        request.query("currencyCode", &self.currency_code, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    CheckFundsSufficiency, super::types::SufficiencyOfFundsResponse,
    super::types::ErrorResponse
);
/// Get the transactions of an account after MFA step-up
///
/// Completes a transaction enquiry that asked for a multi-factor authentication step-up (403 with `moreInfo.controlFlowId`): returns the transactions once the customer has completed the step-up.
///
/// `POST /v1/accounts/{accountId}/transactions/confirmation` (`confirmAccountTransactionsAfterMfa`). Built by [`Client::confirm_account_transactions_after_mfa`](super::Client::confirm_account_transactions_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmAccountTransactionsAfterMfa {
    client: super::Client,
    account_id: String,
    control_flow_id: String,
    client_details: Option<String>,
    body: super::types::TransactionDetailsConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmAccountTransactionsAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmAccountTransactionsAfterMfa",
        method: rt::Method::Post,
        path: "/v1/accounts/{accountId}/transactions/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        control_flow_id: String,
        body: super::types::TransactionDetailsConfirmationRequest,
    ) -> Self {
        Self {
            client,
            account_id,
            control_flow_id,
            client_details: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::TransactionDetailsConfirmationResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.query("controlFlowId", &self.control_flow_id, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    ConfirmAccountTransactionsAfterMfa,
    super::types::TransactionDetailsConfirmationResponse, super::types::ErrorResponse
);
/// Download the transaction history of one account as a file
///
/// Returns the transaction history of one account as a base64-encoded document in the requested format.
///
/// `GET /v1/accounts/{accountId}/transactions/documents` (`downloadAccountTransactionsDocument`). Built by [`Client::download_account_transactions_document`](super::Client::download_account_transactions_document); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DownloadAccountTransactionsDocument {
    client: super::Client,
    account_id: String,
    download_format: String,
    transaction_start_date: Option<::chrono::NaiveDate>,
    transaction_end_date: Option<::chrono::NaiveDate>,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl DownloadAccountTransactionsDocument {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "downloadAccountTransactionsDocument",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/documents",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        download_format: String,
    ) -> Self {
        Self {
            client,
            account_id,
            download_format,
            transaction_start_date: None,
            transaction_end_date: None,
            next_start_index: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Start of the period of the history, YYYY-MM-DD.
    ///
    /// The query parameter `transactionStartDate`.
    pub fn transaction_start_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_start_date = Some(value.into());
        self
    }
    /// End of the period of the history, YYYY-MM-DD.
    ///
    /// The query parameter `transactionEndDate`.
    pub fn transaction_end_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_end_date = Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ViewTransactionDetailsDocumentResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.query("downloadFormat", &self.download_format, rt::ParamStyle::FORM);
        request
            .query(
                "transactionStartDate",
                &self.transaction_start_date,
                rt::ParamStyle::FORM,
            );
        request
            .query(
                "transactionEndDate",
                &self.transaction_end_date,
                rt::ParamStyle::FORM,
            );
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<
            super::types::ViewTransactionDetailsDocumentResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::ViewTransactionDetailsDocumentResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
rt::operation_impls!(
    DownloadAccountTransactionsDocument,
    super::types::ViewTransactionDetailsDocumentResponse, super::types::ErrorResponse
);
/// Request the closure of an account
///
/// Submits a request to close an account and returns the reference of the closure request.
///
/// `POST /v1/accounts/closure` (`requestAccountClosure`). Built by [`Client::request_account_closure`](super::Client::request_account_closure); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RequestAccountClosure {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AccountClosureRequest,
    extra_headers: Vec<(String, String)>,
}
impl RequestAccountClosure {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "requestAccountClosure",
        method: rt::Method::Post,
        path: "/v1/accounts/closure",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountClosureRequest,
    ) -> Self {
        Self {
            client,
            client_details: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AccountClosureResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RequestAccountClosure, super::types::AccountClosureResponse,
    super::types::ErrorResponse
);
/// Get what an account owes if it is closed
///
/// Returns the outstanding amounts of a credit-card or ready credit account at the time of the call (outstanding amount, accrued interest, amount to pay, disputed transactions), for a customer considering closing it.
///
/// `GET /v1/accounts/{accountId}/closure/balances` (`retrieveAccountClosureBalances`). Built by [`Client::retrieve_account_closure_balances`](super::Client::retrieve_account_closure_balances); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountClosureBalances {
    client: super::Client,
    account_id: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountClosureBalances {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountClosureBalances",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/closure/balances",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: String) -> Self {
        Self {
            client,
            account_id,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AccountBalancesSummaryInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveAccountClosureBalances, super::types::AccountBalancesSummaryInquiryResponse,
    super::types::ErrorResponse
);
/// Get the consents on an account
///
/// Returns the consents of the given type recorded on one account.
///
/// `GET /v1/accounts/{accountId}/consents` (`retrieveAccountConsents`). Built by [`Client::retrieve_account_consents`](super::Client::retrieve_account_consents); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountConsents {
    client: super::Client,
    account_id: String,
    consent_type: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountConsents {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountConsents",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/consents",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        consent_type: String,
    ) -> Self {
        Self {
            client,
            account_id,
            consent_type,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ConsentsDetailsInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.query("consentType", &self.consent_type, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveAccountConsents, super::types::ConsentsDetailsInquiryResponse,
    super::types::ErrorResponse
);
/// Get the details of one account
///
/// Returns the details of one account; the property matching the account kind is populated.
///
/// `GET /v1/accounts/{accountId}` (`retrieveAccountDetails`). Built by [`Client::retrieve_account_details`](super::Client::retrieve_account_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountDetails {
    client: super::Client,
    account_id: String,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountDetails",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: String) -> Self {
        Self {
            client,
            account_id,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AccountDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveAccountDetails, super::types::AccountDetailsResponse,
    super::types::ErrorResponse
);
/// Get one statement with its summary and transactions
///
/// Returns the summary and the transactions of one statement.
///
/// `GET /v1/accounts/{accountId}/statements/{statementId}` (`retrieveAccountStatementDetails`). Built by [`Client::retrieve_account_statement_details`](super::Client::retrieve_account_statement_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountStatementDetails {
    client: super::Client,
    account_id: String,
    statement_id: String,
    currency_code: Option<String>,
    next_start_index: Option<String>,
    statement_date: Option<::chrono::NaiveDate>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountStatementDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountStatementDetails",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/statements/{statementId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        statement_id: String,
    ) -> Self {
        Self {
            client,
            account_id,
            statement_id,
            currency_code: None,
            next_start_index: None,
            statement_date: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Currency of the statement in ISO 4217 format.
    ///
    /// The query parameter `currencyCode`.
    pub fn currency_code(mut self, value: impl Into<String>) -> Self {
        self.currency_code = Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Date of the statement, YYYY-MM-DD.
    ///
    /// The query parameter `statementDate`.
    pub fn statement_date(mut self, value: impl Into<::chrono::NaiveDate>) -> Self {
        self.statement_date = Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::StatementsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.path_param("statementId", &self.statement_id, rt::ParamStyle::SIMPLE);
        request.query("currencyCode", &self.currency_code, rt::ParamStyle::FORM);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.query("statementDate", &self.statement_date, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveAccountStatementDetails, super::types::StatementsResponse,
    super::types::ErrorResponse
);
/// List the statements of one account
///
/// Returns the list of statements available for one account.
///
/// `GET /v1/accounts/{accountId}/statements` (`retrieveAccountStatements`). Built by [`Client::retrieve_account_statements`](super::Client::retrieve_account_statements); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountStatements {
    client: super::Client,
    account_id: String,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountStatements {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountStatements",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/statements",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: String) -> Self {
        Self {
            client,
            account_id,
            next_start_index: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AccountStatementListResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<
            super::types::AccountStatementListResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::AccountStatementListResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
rt::operation_impls!(
    RetrieveAccountStatements, super::types::AccountStatementListResponse,
    super::types::ErrorResponse
);
/// Get the transactions of one account
///
/// Returns the transactions of one account. The period may go back at most 12 months for
/// current and savings accounts and covers the last 3 statement cycles for cards.
///
/// `GET /v1/accounts/{accountId}/transactions` (`retrieveAccountTransactions`). Built by [`Client::retrieve_account_transactions`](super::Client::retrieve_account_transactions); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountTransactions {
    client: super::Client,
    account_id: String,
    transaction_status: Option<String>,
    next_start_index: Option<String>,
    request_size: Option<String>,
    transaction_from_date: Option<::chrono::NaiveDate>,
    transaction_to_date: Option<::chrono::NaiveDate>,
    amount_from: Option<String>,
    amount_to: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountTransactions {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountTransactions",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/transactions",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: String) -> Self {
        Self {
            client,
            account_id,
            transaction_status: None,
            next_start_index: None,
            request_size: None,
            transaction_from_date: None,
            transaction_to_date: None,
            amount_from: None,
            amount_to: None,
            extra_headers: Vec::new(),
        }
    }
    /// Status of the transactions to return; credit cards only. Reference-data code; valid values
    /// come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode
    /// `transactionStatus`).
    ///
    /// The query parameter `transactionStatus`.
    pub fn transaction_status(mut self, value: impl Into<String>) -> Self {
        self.transaction_status = Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Number of records per page (maximum 50, default 20). Documented as not currently supported.
    ///
    /// The query parameter `requestSize`.
    pub fn request_size(mut self, value: impl Into<String>) -> Self {
        self.request_size = Some(value.into());
        self
    }
    /// Start of the period, YYYY-MM-DD. At most 12 months back for current and savings accounts;
    /// the last 3 statement cycles for cards.
    ///
    /// The query parameter `transactionFromDate`.
    pub fn transaction_from_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = Some(value.into());
        self
    }
    /// End of the period, YYYY-MM-DD.
    ///
    /// The query parameter `transactionToDate`.
    pub fn transaction_to_date(mut self, value: impl Into<::chrono::NaiveDate>) -> Self {
        self.transaction_to_date = Some(value.into());
        self
    }
    /// Lower bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountFrom`.
    pub fn amount_from(mut self, value: impl Into<String>) -> Self {
        self.amount_from = Some(value.into());
        self
    }
    /// Upper bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountTo`.
    pub fn amount_to(mut self, value: impl Into<String>) -> Self {
        self.amount_to = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::TransactionDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request
            .query("transactionStatus", &self.transaction_status, rt::ParamStyle::FORM);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.query("requestSize", &self.request_size, rt::ParamStyle::FORM);
        request
            .query(
                "transactionFromDate",
                &self.transaction_from_date,
                rt::ParamStyle::FORM,
            );
        request
            .query("transactionToDate", &self.transaction_to_date, rt::ParamStyle::FORM);
        request.query("amountFrom", &self.amount_from, rt::ParamStyle::FORM);
        request.query("amountTo", &self.amount_to, rt::ParamStyle::FORM);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<
            super::types::TransactionDetailsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::TransactionDetailsResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
rt::operation_impls!(
    RetrieveAccountTransactions, super::types::TransactionDetailsResponse,
    super::types::ErrorResponse
);
/// Get the transactions of one account within a limited day range (PSD2)
///
/// PSD2-style transaction history of one account, limited to a window of at most 90 days.
/// Takes the same query parameters as the full transactions call.
///
/// `GET /v1/accounts/{accountId}/transactions/limited/dayRange` (`retrieveAccountTransactionsLimitedDayRange`). Built by [`Client::retrieve_account_transactions_limited_day_range`](super::Client::retrieve_account_transactions_limited_day_range); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountTransactionsLimitedDayRange {
    client: super::Client,
    account_id: String,
    transaction_status: Option<String>,
    next_start_index: Option<String>,
    request_size: Option<String>,
    transaction_from_date: Option<::chrono::NaiveDate>,
    transaction_to_date: Option<::chrono::NaiveDate>,
    amount_from: Option<String>,
    amount_to: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountTransactionsLimitedDayRange {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountTransactionsLimitedDayRange",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/limited/dayRange",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: String) -> Self {
        Self {
            client,
            account_id,
            transaction_status: None,
            next_start_index: None,
            request_size: None,
            transaction_from_date: None,
            transaction_to_date: None,
            amount_from: None,
            amount_to: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Status of the transactions to return; credit cards only. Reference-data code; valid values
    /// come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode
    /// `transactionStatus`).
    ///
    /// The query parameter `transactionStatus`.
    pub fn transaction_status(mut self, value: impl Into<String>) -> Self {
        self.transaction_status = Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Number of records per page (maximum 50, default 20). Documented as not currently supported.
    ///
    /// The query parameter `requestSize`.
    pub fn request_size(mut self, value: impl Into<String>) -> Self {
        self.request_size = Some(value.into());
        self
    }
    /// Start of the period, YYYY-MM-DD. At most 12 months back for current and savings accounts;
    /// the last 3 statement cycles for cards.
    ///
    /// The query parameter `transactionFromDate`.
    pub fn transaction_from_date(
        mut self,
        value: impl Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = Some(value.into());
        self
    }
    /// End of the period, YYYY-MM-DD.
    ///
    /// The query parameter `transactionToDate`.
    pub fn transaction_to_date(mut self, value: impl Into<::chrono::NaiveDate>) -> Self {
        self.transaction_to_date = Some(value.into());
        self
    }
    /// Lower bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountFrom`.
    pub fn amount_from(mut self, value: impl Into<String>) -> Self {
        self.amount_from = Some(value.into());
        self
    }
    /// Upper bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountTo`.
    pub fn amount_to(mut self, value: impl Into<String>) -> Self {
        self.amount_to = Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::TransactionDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request
            .query("transactionStatus", &self.transaction_status, rt::ParamStyle::FORM);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.query("requestSize", &self.request_size, rt::ParamStyle::FORM);
        request
            .query(
                "transactionFromDate",
                &self.transaction_from_date,
                rt::ParamStyle::FORM,
            );
        request
            .query("transactionToDate", &self.transaction_to_date, rt::ParamStyle::FORM);
        request.query("amountFrom", &self.amount_from, rt::ParamStyle::FORM);
        request.query("amountTo", &self.amount_to, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<
            super::types::TransactionDetailsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::TransactionDetailsResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
rt::operation_impls!(
    RetrieveAccountTransactionsLimitedDayRange, super::types::TransactionDetailsResponse,
    super::types::ErrorResponse
);
/// Get a summary of all accounts, grouped
///
/// Returns a summary of all the customer's accounts, grouped by account group (for example
/// checking, savings, credit card), with group totals. Under PSD2 only checking, savings and
/// credit-card accounts are returned.
///
/// `GET /v1/accounts` (`retrieveAccountsSummary`). Built by [`Client::retrieve_accounts_summary`](super::Client::retrieve_accounts_summary); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountsSummary {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountsSummary {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountsSummary",
        method: rt::Method::Get,
        path: "/v1/accounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client) -> Self {
        Self {
            client,
            next_start_index: None,
            extra_headers: Vec::new(),
        }
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AccountsGroupList,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<super::types::AccountsGroupList, rt::Error<super::types::ErrorResponse>>,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::AccountsGroupList| page.next_start_index.clone(),
        )
    }
}
rt::operation_impls!(
    RetrieveAccountsSummary, super::types::AccountsGroupList, super::types::ErrorResponse
);
/// Get extra detail of one transaction
///
/// Returns additional detail of one transaction (payment type, parties, clearing and settlement data).
///
/// `GET /v1/accounts/{accountId}/transactions/{transactionReferenceId}/details` (`retrieveTransactionDetailedView`). Built by [`Client::retrieve_transaction_detailed_view`](super::Client::retrieve_transaction_detailed_view); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveTransactionDetailedView {
    client: super::Client,
    account_id: String,
    transaction_reference_id: String,
    transaction_code: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveTransactionDetailedView {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveTransactionDetailedView",
        method: rt::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/{transactionReferenceId}/details",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        transaction_reference_id: String,
    ) -> Self {
        Self {
            client,
            account_id,
            transaction_reference_id,
            transaction_code: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Transaction code of the transaction, as returned in the transaction list.
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    ///
    /// The query parameter `transactionCode`.
    pub fn transaction_code(mut self, value: impl Into<String>) -> Self {
        self.transaction_code = Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::TransactionDetailedViewResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request
            .path_param(
                "transactionReferenceId",
                &self.transaction_reference_id,
                rt::ParamStyle::SIMPLE,
            );
        request.query("transactionCode", &self.transaction_code, rt::ParamStyle::FORM);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveTransactionDetailedView, super::types::TransactionDetailedViewResponse,
    super::types::ErrorResponse
);
/// Get the unmasked account numbers of accounts
///
/// Returns the clear (unmasked) account number, an IBAN, for each account id sent.
///
/// `POST /v1/accounts/clearData/retrieve` (`retrieveUnmaskedAccountData`). Built by [`Client::retrieve_unmasked_account_data`](super::Client::retrieve_unmasked_account_data); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveUnmaskedAccountData {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::RetrieveUnmaskedAccountDataRequest,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveUnmaskedAccountData {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveUnmaskedAccountData",
        method: rt::Method::Post,
        path: "/v1/accounts/clearData/retrieve",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RetrieveUnmaskedAccountDataRequest,
    ) -> Self {
        Self {
            client,
            client_details: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::RetrieveUnmaskedAccountDataResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    RetrieveUnmaskedAccountData, super::types::RetrieveUnmaskedAccountDataResponse,
    super::types::ErrorResponse
);
/// Get the transactions of several accounts
///
/// Returns the transactions (and statements) of several accounts in one call, with a per-account error where an account fails.
///
/// `POST /v1/accounts/transactions/search` (`searchAccountsTransactions`). Built by [`Client::search_accounts_transactions`](super::Client::search_accounts_transactions); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SearchAccountsTransactions {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::CompositeTransactionDetailsRequest,
    extra_headers: Vec<(String, String)>,
}
impl SearchAccountsTransactions {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "searchAccountsTransactions",
        method: rt::Method::Post,
        path: "/v1/accounts/transactions/search",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CompositeTransactionDetailsRequest,
    ) -> Self {
        Self {
            client,
            client_details: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::CompositeTransactionDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(
    SearchAccountsTransactions, super::types::CompositeTransactionDetailsResponse,
    super::types::ErrorResponse
);
/// Update the consents on an account
///
/// Records the customer's consents on one account. Returns no body.
///
/// `POST /v1/accounts/{accountId}/consents` (`updateAccountConsents`). Built by [`Client::update_account_consents`](super::Client::update_account_consents); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateAccountConsents {
    client: super::Client,
    account_id: String,
    client_details: Option<String>,
    body: super::types::ConsentsDetailsUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateAccountConsents {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateAccountConsents",
        method: rt::Method::Post,
        path: "/v1/accounts/{accountId}/consents",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: String,
        body: super::types::ConsentsDetailsUpdateRequest,
    ) -> Self {
        Self {
            client,
            account_id,
            client_details: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(mut self, value: impl Into<String>) -> Self {
        self.client_details = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(UpdateAccountConsents, (), super::types::ErrorResponse);
