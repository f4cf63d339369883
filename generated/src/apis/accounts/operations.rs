// @generated from specs/accounts.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Confirm whether an account has sufficient funds
///
/// Confirmation of funds - answers yes or no to whether the account covers the given amount.
///
/// `GET /v1/accounts/{accountId}/funds/sufficiencyCheck` (`checkFundsSufficiency`). Built by [`Client::check_funds_sufficiency`](super::Client::check_funds_sufficiency); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CheckFundsSufficiency {
    client: super::Client,
    account_id: ::std::string::String,
    sufficiency_check_amount: ::std::string::String,
    currency_code: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CheckFundsSufficiency {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "checkFundsSufficiency",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/funds/sufficiencyCheck",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        sufficiency_check_amount: ::std::string::String,
        currency_code: ::std::string::String,
    ) -> Self {
        Self {
            client,
            account_id,
            sufficiency_check_amount,
            currency_code,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::SufficiencyOfFundsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "sufficiencyCheckAmount",
                &self.sufficiency_check_amount,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "currencyCode",
                &self.currency_code,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for CheckFundsSufficiency {
    type Output = ::std::result::Result<
        super::types::SufficiencyOfFundsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the transactions of an account after MFA step-up
///
/// Completes a transaction enquiry that asked for a multi-factor authentication step-up (403 with `moreInfo.controlFlowId`): returns the transactions once the customer has completed the step-up.
///
/// `POST /v1/accounts/{accountId}/transactions/confirmation` (`confirmAccountTransactionsAfterMfa`). Built by [`Client::confirm_account_transactions_after_mfa`](super::Client::confirm_account_transactions_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmAccountTransactionsAfterMfa {
    client: super::Client,
    account_id: ::std::string::String,
    control_flow_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::TransactionDetailsConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmAccountTransactionsAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmAccountTransactionsAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/accounts/{accountId}/transactions/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        control_flow_id: ::std::string::String,
        body: super::types::TransactionDetailsConfirmationRequest,
    ) -> Self {
        Self {
            client,
            account_id,
            control_flow_id,
            client_details: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::TransactionDetailsConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "controlFlowId",
                &self.control_flow_id,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for ConfirmAccountTransactionsAfterMfa {
    type Output = ::std::result::Result<
        super::types::TransactionDetailsConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Download the transaction history of one account as a file
///
/// Returns the transaction history of one account as a base64-encoded document in the requested format.
///
/// `GET /v1/accounts/{accountId}/transactions/documents` (`downloadAccountTransactionsDocument`). Built by [`Client::download_account_transactions_document`](super::Client::download_account_transactions_document); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DownloadAccountTransactionsDocument {
    client: super::Client,
    account_id: ::std::string::String,
    download_format: ::std::string::String,
    transaction_start_date: ::std::option::Option<::chrono::NaiveDate>,
    transaction_end_date: ::std::option::Option<::chrono::NaiveDate>,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl DownloadAccountTransactionsDocument {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "downloadAccountTransactionsDocument",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/documents",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        download_format: ::std::string::String,
    ) -> Self {
        Self {
            client,
            account_id,
            download_format,
            transaction_start_date: ::std::option::Option::None,
            transaction_end_date: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Start of the period of the history, YYYY-MM-DD.
    ///
    /// The query parameter `transactionStartDate`.
    pub fn transaction_start_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_start_date = ::std::option::Option::Some(value.into());
        self
    }
    /// End of the period of the history, YYYY-MM-DD.
    ///
    /// The query parameter `transactionEndDate`.
    pub fn transaction_end_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_end_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::ViewTransactionDetailsDocumentResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "downloadFormat",
                &self.download_format,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "transactionStartDate",
                &self.transaction_start_date,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "transactionEndDate",
                &self.transaction_end_date,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> crate::runtime::BoxStream<
        'static,
        ::std::result::Result<
            super::types::ViewTransactionDetailsDocumentResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
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
impl ::std::future::IntoFuture for DownloadAccountTransactionsDocument {
    type Output = ::std::result::Result<
        super::types::ViewTransactionDetailsDocumentResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Request the closure of an account
///
/// Submits a request to close an account and returns the reference of the closure request.
///
/// `POST /v1/accounts/closure` (`requestAccountClosure`). Built by [`Client::request_account_closure`](super::Client::request_account_closure); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RequestAccountClosure {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AccountClosureRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RequestAccountClosure {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "requestAccountClosure",
        method: crate::runtime::Method::Post,
        path: "/v1/accounts/closure",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountClosureRequest,
    ) -> Self {
        Self {
            client,
            client_details: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::AccountClosureResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RequestAccountClosure {
    type Output = ::std::result::Result<
        super::types::AccountClosureResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get what an account owes if it is closed
///
/// Returns the outstanding amounts of a credit-card or ready credit account at the time of the call (outstanding amount, accrued interest, amount to pay, disputed transactions), for a customer considering closing it.
///
/// `GET /v1/accounts/{accountId}/closure/balances` (`retrieveAccountClosureBalances`). Built by [`Client::retrieve_account_closure_balances`](super::Client::retrieve_account_closure_balances); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountClosureBalances {
    client: super::Client,
    account_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountClosureBalances {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountClosureBalances",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/closure/balances",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: ::std::string::String) -> Self {
        Self {
            client,
            account_id,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::AccountBalancesSummaryInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveAccountClosureBalances {
    type Output = ::std::result::Result<
        super::types::AccountBalancesSummaryInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the consents on an account
///
/// Returns the consents of the given type recorded on one account.
///
/// `GET /v1/accounts/{accountId}/consents` (`retrieveAccountConsents`). Built by [`Client::retrieve_account_consents`](super::Client::retrieve_account_consents); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountConsents {
    client: super::Client,
    account_id: ::std::string::String,
    consent_type: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountConsents {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountConsents",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/consents",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        consent_type: ::std::string::String,
    ) -> Self {
        Self {
            client,
            account_id,
            consent_type,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::ConsentsDetailsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query("consentType", &self.consent_type, crate::runtime::ParamStyle::FORM);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveAccountConsents {
    type Output = ::std::result::Result<
        super::types::ConsentsDetailsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the details of one account
///
/// Returns the details of one account; the property matching the account kind is populated.
///
/// `GET /v1/accounts/{accountId}` (`retrieveAccountDetails`). Built by [`Client::retrieve_account_details`](super::Client::retrieve_account_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountDetails {
    client: super::Client,
    account_id: ::std::string::String,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountDetails",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: ::std::string::String) -> Self {
        Self {
            client,
            account_id,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::AccountDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveAccountDetails {
    type Output = ::std::result::Result<
        super::types::AccountDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get one statement with its summary and transactions
///
/// Returns the summary and the transactions of one statement.
///
/// `GET /v1/accounts/{accountId}/statements/{statementId}` (`retrieveAccountStatementDetails`). Built by [`Client::retrieve_account_statement_details`](super::Client::retrieve_account_statement_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountStatementDetails {
    client: super::Client,
    account_id: ::std::string::String,
    statement_id: ::std::string::String,
    currency_code: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    statement_date: ::std::option::Option<::chrono::NaiveDate>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountStatementDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountStatementDetails",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/statements/{statementId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        statement_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            account_id,
            statement_id,
            currency_code: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            statement_date: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Currency of the statement in ISO 4217 format.
    ///
    /// The query parameter `currencyCode`.
    pub fn currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Date of the statement, YYYY-MM-DD.
    ///
    /// The query parameter `statementDate`.
    pub fn statement_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.statement_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::StatementsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .path_param(
                "statementId",
                &self.statement_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "currencyCode",
                &self.currency_code,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "statementDate",
                &self.statement_date,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveAccountStatementDetails {
    type Output = ::std::result::Result<
        super::types::StatementsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List the statements of one account
///
/// Returns the list of statements available for one account.
///
/// `GET /v1/accounts/{accountId}/statements` (`retrieveAccountStatements`). Built by [`Client::retrieve_account_statements`](super::Client::retrieve_account_statements); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountStatements {
    client: super::Client,
    account_id: ::std::string::String,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountStatements {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountStatements",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/statements",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: ::std::string::String) -> Self {
        Self {
            client,
            account_id,
            next_start_index: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::AccountStatementListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> crate::runtime::BoxStream<
        'static,
        ::std::result::Result<
            super::types::AccountStatementListResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
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
impl ::std::future::IntoFuture for RetrieveAccountStatements {
    type Output = ::std::result::Result<
        super::types::AccountStatementListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    account_id: ::std::string::String,
    transaction_status: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    request_size: ::std::option::Option<::std::string::String>,
    transaction_from_date: ::std::option::Option<::chrono::NaiveDate>,
    transaction_to_date: ::std::option::Option<::chrono::NaiveDate>,
    amount_from: ::std::option::Option<::std::string::String>,
    amount_to: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountTransactions {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountTransactions",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/transactions",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: ::std::string::String) -> Self {
        Self {
            client,
            account_id,
            transaction_status: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            request_size: ::std::option::Option::None,
            transaction_from_date: ::std::option::Option::None,
            transaction_to_date: ::std::option::Option::None,
            amount_from: ::std::option::Option::None,
            amount_to: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Status of the transactions to return; credit cards only. Reference-data code; valid values
    /// come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode
    /// `transactionStatus`).
    ///
    /// The query parameter `transactionStatus`.
    pub fn transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Number of records per page (maximum 50, default 20). Documented as not currently supported.
    ///
    /// The query parameter `requestSize`.
    pub fn request_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Start of the period, YYYY-MM-DD. At most 12 months back for current and savings accounts;
    /// the last 3 statement cycles for cards.
    ///
    /// The query parameter `transactionFromDate`.
    pub fn transaction_from_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = ::std::option::Option::Some(value.into());
        self
    }
    /// End of the period, YYYY-MM-DD.
    ///
    /// The query parameter `transactionToDate`.
    pub fn transaction_to_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_to_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Lower bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountFrom`.
    pub fn amount_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.amount_from = ::std::option::Option::Some(value.into());
        self
    }
    /// Upper bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountTo`.
    pub fn amount_to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.amount_to = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::TransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "transactionStatus",
                &self.transaction_status,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query("requestSize", &self.request_size, crate::runtime::ParamStyle::FORM);
        request
            .query(
                "transactionFromDate",
                &self.transaction_from_date,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "transactionToDate",
                &self.transaction_to_date,
                crate::runtime::ParamStyle::FORM,
            );
        request.query("amountFrom", &self.amount_from, crate::runtime::ParamStyle::FORM);
        request.query("amountTo", &self.amount_to, crate::runtime::ParamStyle::FORM);
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> crate::runtime::BoxStream<
        'static,
        ::std::result::Result<
            super::types::TransactionDetailsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
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
impl ::std::future::IntoFuture for RetrieveAccountTransactions {
    type Output = ::std::result::Result<
        super::types::TransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    account_id: ::std::string::String,
    transaction_status: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    request_size: ::std::option::Option<::std::string::String>,
    transaction_from_date: ::std::option::Option<::chrono::NaiveDate>,
    transaction_to_date: ::std::option::Option<::chrono::NaiveDate>,
    amount_from: ::std::option::Option<::std::string::String>,
    amount_to: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountTransactionsLimitedDayRange {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountTransactionsLimitedDayRange",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/limited/dayRange",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, account_id: ::std::string::String) -> Self {
        Self {
            client,
            account_id,
            transaction_status: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            request_size: ::std::option::Option::None,
            transaction_from_date: ::std::option::Option::None,
            transaction_to_date: ::std::option::Option::None,
            amount_from: ::std::option::Option::None,
            amount_to: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Status of the transactions to return; credit cards only. Reference-data code; valid values
    /// come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode
    /// `transactionStatus`).
    ///
    /// The query parameter `transactionStatus`.
    pub fn transaction_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Number of records per page (maximum 50, default 20). Documented as not currently supported.
    ///
    /// The query parameter `requestSize`.
    pub fn request_size(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.request_size = ::std::option::Option::Some(value.into());
        self
    }
    /// Start of the period, YYYY-MM-DD. At most 12 months back for current and savings accounts;
    /// the last 3 statement cycles for cards.
    ///
    /// The query parameter `transactionFromDate`.
    pub fn transaction_from_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_from_date = ::std::option::Option::Some(value.into());
        self
    }
    /// End of the period, YYYY-MM-DD.
    ///
    /// The query parameter `transactionToDate`.
    pub fn transaction_to_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.transaction_to_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Lower bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountFrom`.
    pub fn amount_from(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.amount_from = ::std::option::Option::Some(value.into());
        self
    }
    /// Upper bound of the transaction amount, as a decimal number written as text; investment accounts only.
    ///
    /// The query parameter `amountTo`.
    pub fn amount_to(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.amount_to = ::std::option::Option::Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::TransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "transactionStatus",
                &self.transaction_status,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query("requestSize", &self.request_size, crate::runtime::ParamStyle::FORM);
        request
            .query(
                "transactionFromDate",
                &self.transaction_from_date,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .query(
                "transactionToDate",
                &self.transaction_to_date,
                crate::runtime::ParamStyle::FORM,
            );
        request.query("amountFrom", &self.amount_from, crate::runtime::ParamStyle::FORM);
        request.query("amountTo", &self.amount_to, crate::runtime::ParamStyle::FORM);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> crate::runtime::BoxStream<
        'static,
        ::std::result::Result<
            super::types::TransactionDetailsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
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
impl ::std::future::IntoFuture for RetrieveAccountTransactionsLimitedDayRange {
    type Output = ::std::result::Result<
        super::types::TransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountsSummary {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountsSummary",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client) -> Self {
        Self {
            client,
            next_start_index: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::AccountsGroupList,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query(
                "nextStartIndex",
                &self.next_start_index,
                crate::runtime::ParamStyle::FORM,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> crate::runtime::BoxStream<
        'static,
        ::std::result::Result<
            super::types::AccountsGroupList,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::AccountsGroupList| page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveAccountsSummary {
    type Output = ::std::result::Result<
        super::types::AccountsGroupList,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get extra detail of one transaction
///
/// Returns additional detail of one transaction (payment type, parties, clearing and settlement data).
///
/// `GET /v1/accounts/{accountId}/transactions/{transactionReferenceId}/details` (`retrieveTransactionDetailedView`). Built by [`Client::retrieve_transaction_detailed_view`](super::Client::retrieve_transaction_detailed_view); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveTransactionDetailedView {
    client: super::Client,
    account_id: ::std::string::String,
    transaction_reference_id: ::std::string::String,
    transaction_code: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveTransactionDetailedView {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveTransactionDetailedView",
        method: crate::runtime::Method::Get,
        path: "/v1/accounts/{accountId}/transactions/{transactionReferenceId}/details",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        transaction_reference_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            account_id,
            transaction_reference_id,
            transaction_code: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Transaction code of the transaction, as returned in the transaction list.
    /// Reference-data code; valid values come from Utilities
    /// `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `transactionCode`).
    ///
    /// The query parameter `transactionCode`.
    pub fn transaction_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.transaction_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::TransactionDetailedViewResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .path_param(
                "transactionReferenceId",
                &self.transaction_reference_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "transactionCode",
                &self.transaction_code,
                crate::runtime::ParamStyle::FORM,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveTransactionDetailedView {
    type Output = ::std::result::Result<
        super::types::TransactionDetailedViewResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the unmasked account numbers of accounts
///
/// Returns the clear (unmasked) account number, an IBAN, for each account id sent.
///
/// `POST /v1/accounts/clearData/retrieve` (`retrieveUnmaskedAccountData`). Built by [`Client::retrieve_unmasked_account_data`](super::Client::retrieve_unmasked_account_data); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveUnmaskedAccountData {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::RetrieveUnmaskedAccountDataRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveUnmaskedAccountData {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveUnmaskedAccountData",
        method: crate::runtime::Method::Post,
        path: "/v1/accounts/clearData/retrieve",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::RetrieveUnmaskedAccountDataRequest,
    ) -> Self {
        Self {
            client,
            client_details: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::RetrieveUnmaskedAccountDataResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for RetrieveUnmaskedAccountData {
    type Output = ::std::result::Result<
        super::types::RetrieveUnmaskedAccountDataResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the transactions of several accounts
///
/// Returns the transactions (and statements) of several accounts in one call, with a per-account error where an account fails.
///
/// `POST /v1/accounts/transactions/search` (`searchAccountsTransactions`). Built by [`Client::search_accounts_transactions`](super::Client::search_accounts_transactions); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SearchAccountsTransactions {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::CompositeTransactionDetailsRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl SearchAccountsTransactions {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "searchAccountsTransactions",
        method: crate::runtime::Method::Post,
        path: "/v1/accounts/transactions/search",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CompositeTransactionDetailsRequest,
    ) -> Self {
        Self {
            client,
            client_details: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<
        super::types::CompositeTransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for SearchAccountsTransactions {
    type Output = ::std::result::Result<
        super::types::CompositeTransactionDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Update the consents on an account
///
/// Records the customer's consents on one account. Returns no body.
///
/// `POST /v1/accounts/{accountId}/consents` (`updateAccountConsents`). Built by [`Client::update_account_consents`](super::Client::update_account_consents); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateAccountConsents {
    client: super::Client,
    account_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ConsentsDetailsUpdateRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl UpdateAccountConsents {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "updateAccountConsents",
        method: crate::runtime::Method::Post,
        path: "/v1/accounts/{accountId}/consents",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["accounts_details_transactions"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        account_id: ::std::string::String,
        body: super::types::ConsentsDetailsUpdateRequest,
    ) -> Self {
        Self {
            client,
            account_id,
            client_details: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Base64-encoded JSON describing the device, browser and network of the customer
    /// (for example devicePrint, deviceTokenCookie, userIpAddress, userAgent, hardwareId,
    /// deviceModel, deviceOsName, deviceOsVersion, mobileCountryCode, geoLatitude,
    /// geoLongitude, geoTimestamp, wifiMacAddress, serviceSetId).
    ///
    /// The header parameter `clientDetails`.
    pub fn client_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.client_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Adds a header the operation does not declare (a tracing or correlation header).
    /// It cannot replace a header the client manages (authentication, the request id, the
    /// client id, content negotiation) or one this operation declares: such a request
    /// fails before anything is sent, as does a value with a line break.
    pub fn extra_header(
        mut self,
        name: impl ::std::convert::Into<::std::string::String>,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extra_headers.push((name.into(), value.into()));
        self
    }
    /// Sends the request and decodes the response.
    pub async fn send(
        self,
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "accountId",
                &self.account_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .header(
                "clientDetails",
                &self.client_details,
                crate::runtime::ParamStyle::SIMPLE,
            );
        let body = &self.body;
        request.json(body, "application/json");
        for (name, value) in &self.extra_headers {
            request.extra_header(name, value);
        }
        let response = self.client.api_client().execute(request).await?;
        match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for UpdateAccountConsents {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
