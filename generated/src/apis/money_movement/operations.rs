// @generated from specs/money-movement.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Complete a transfer to a proxy after MFA step-up
///
/// Completes a transfer to an account registered under a proxy after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/confirmation` (`completeAccountProxyTransferAfterMfa`). Built by [`Client::complete_account_proxy_transfer_after_mfa`](super::Client::complete_account_proxy_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteAccountProxyTransferAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AccountProxyTransfersConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteAccountProxyTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeAccountProxyTransferAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersConfirmationRequest,
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
        super::types::AccountProxyTransfersConfirmationResponse,
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
impl ::std::future::IntoFuture for CompleteAccountProxyTransferAfterMfa {
    type Output = ::std::result::Result<
        super::types::AccountProxyTransfersConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a bundle of ad hoc transfers after MFA step-up
///
/// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response (sent as `controlFllowId`, the portal's spelling).
///
/// `POST /v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async` (`completeAdhocMultipleTransfersAfterMfa`). Built by [`Client::complete_adhoc_multiple_transfers_after_mfa`](super::Client::complete_adhoc_multiple_transfers_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteAdhocMultipleTransfersAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteAdhocMultipleTransfersAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeAdhocMultipleTransfersAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse,
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
impl ::std::future::IntoFuture for CompleteAdhocMultipleTransfersAfterMfa {
    type Output = ::std::result::Result<
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a transfer to an account at another domestic bank after MFA step-up
///
/// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/confirmation` (`completeExternalDomesticTransferAfterMfa`). Built by [`Client::complete_external_domestic_transfer_after_mfa`](super::Client::complete_external_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteExternalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ExternalDomesticTransferConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteExternalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeExternalDomesticTransferAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExternalDomesticTransferConfirmationRequest,
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
        super::types::ExternalDomesticTransferConfirmationResponse,
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
impl ::std::future::IntoFuture for CompleteExternalDomesticTransferAfterMfa {
    type Output = ::std::result::Result<
        super::types::ExternalDomesticTransferConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a transfer to another Citi Handlowy customer after MFA step-up
///
/// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/confirmation` (`completeInternalDomesticTransferAfterMfa`). Built by [`Client::complete_internal_domestic_transfer_after_mfa`](super::Client::complete_internal_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteInternalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::InternalDomesticTransferConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteInternalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeInternalDomesticTransferAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::InternalDomesticTransferConfirmationRequest,
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
        super::types::InternalDomesticTransferConfirmationResponse,
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
impl ::std::future::IntoFuture for CompleteInternalDomesticTransferAfterMfa {
    type Output = ::std::result::Result<
        super::types::InternalDomesticTransferConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a bundle of transfers after MFA step-up
///
/// Completes a bundle of transfers after a multi-factor authentication step-up: when the bundle call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/paymentInitiation/multipleTransfers/confirmation/async` (`completeMultipleTransfersAfterMfa`). Built by [`Client::complete_multiple_transfers_after_mfa`](super::Client::complete_multiple_transfers_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteMultipleTransfersAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteMultipleTransfersAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeMultipleTransfersAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/paymentInitiation/multipleTransfers/confirmation/async",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse,
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
impl ::std::future::IntoFuture for CompleteMultipleTransfersAfterMfa {
    type Output = ::std::result::Result<
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a transfer between the customer's own accounts after MFA step-up
///
/// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/personalDomesticTransfers/confirmation` (`completePersonalDomesticTransferAfterMfa`). Built by [`Client::complete_personal_domestic_transfer_after_mfa`](super::Client::complete_personal_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompletePersonalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::PersonalDomesticTransferConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompletePersonalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completePersonalDomesticTransferAfterMfa",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PersonalDomesticTransferConfirmationRequest,
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
        super::types::PersonalDomesticTransferConfirmationResponse,
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
impl ::std::future::IntoFuture for CompletePersonalDomesticTransferAfterMfa {
    type Output = ::std::result::Result<
        super::types::PersonalDomesticTransferConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Complete a change to a standing instruction after MFA step-up
///
/// Completes a change to a standing instruction after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response.
///
/// `PUT /v1/paymentInitiation/repeatingPayments/confirmation` (`completeRepeatingPaymentUpdateAfterMfa`). Built by [`Client::complete_repeating_payment_update_after_mfa`](super::Client::complete_repeating_payment_update_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteRepeatingPaymentUpdateAfterMfa {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CompleteRepeatingPaymentUpdateAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "completeRepeatingPaymentUpdateAfterMfa",
        method: crate::runtime::Method::Put,
        path: "/v1/paymentInitiation/repeatingPayments/confirmation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
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
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse,
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
impl ::std::future::IntoFuture for CompleteRepeatingPaymentUpdateAfterMfa {
    type Output = ::std::result::Result<
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a transfer to a proxy
///
/// Step 3 of a transfer to an account registered under a proxy: executes the preprocessed transfer. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/moneyMovement/accountProxyTransfers` (`confirmAccountProxyTransfer`). Built by [`Client::confirm_account_proxy_transfer`](super::Client::confirm_account_proxy_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmAccountProxyTransfer {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AccountProxyTransfersRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmAccountProxyTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmAccountProxyTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersRequest,
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
        super::types::AccountProxyTransfersResponse,
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
impl ::std::future::IntoFuture for ConfirmAccountProxyTransfer {
    type Output = ::std::result::Result<
        super::types::AccountProxyTransfersResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a bill payment
///
/// Step 3: executes the preprocessed bill payment identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/billPayments` (`confirmBillPayment`). Built by [`Client::confirm_bill_payment`](super::Client::confirm_bill_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmBillPayment {
    client: super::Client,
    body: super::types::BillPaymentsRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmBillPayment",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/billPayments",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::BillPaymentsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for ConfirmBillPayment {
    type Output = ::std::result::Result<
        super::types::BillPaymentsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a Citi Global Transfer (to a Citi account in another country)
///
/// Step 3: executes the preprocessed Citi Global Transfer (to a Citi account in another country) identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/citiGlobalTransfers` (`confirmCitiGlobalTransfer`). Built by [`Client::confirm_citi_global_transfer`](super::Client::confirm_citi_global_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCitiGlobalTransfer {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::CitiGlobalTransfersRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmCitiGlobalTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CitiGlobalTransfersRequest,
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
        super::types::CitiGlobalTransfersResponse,
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
impl ::std::future::IntoFuture for ConfirmCitiGlobalTransfer {
    type Output = ::std::result::Result<
        super::types::CitiGlobalTransfersResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a cross-border wire transfer
///
/// Step 3: executes the preprocessed cross-border wire transfer identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/crossBorderWireTransfers` (`confirmCrossBorderWireTransfer`). Built by [`Client::confirm_cross_border_wire_transfer`](super::Client::confirm_cross_border_wire_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCrossBorderWireTransfer {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::CrossBorderWireTransfersRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmCrossBorderWireTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CrossBorderWireTransfersRequest,
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
        super::types::CrossBorderWireTransfersResponse,
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
impl ::std::future::IntoFuture for ConfirmCrossBorderWireTransfer {
    type Output = ::std::result::Result<
        super::types::CrossBorderWireTransfersResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a transfer to an account at another domestic bank
///
/// Step 3: executes the preprocessed transfer to an account at another domestic bank identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers` (`confirmExternalDomesticTransfer`). Built by [`Client::confirm_external_domestic_transfer`](super::Client::confirm_external_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmExternalDomesticTransfer {
    client: super::Client,
    body: super::types::ExternalDomesticTransferRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmExternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExternalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::ExternalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for ConfirmExternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::ExternalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a transfer to another Citi Handlowy customer
///
/// Step 3: executes the preprocessed transfer to another Citi Handlowy customer identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
///
/// `POST /v1/moneyMovement/internalDomesticTransfers` (`confirmInternalDomesticTransfer`). Built by [`Client::confirm_internal_domestic_transfer`](super::Client::confirm_internal_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmInternalDomesticTransfer {
    client: super::Client,
    body: super::types::InternalDomesticTransferRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmInternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::InternalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::InternalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for ConfirmInternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::InternalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a transfer between the customer's own accounts
///
/// Step 3: executes the preprocessed transfer between the customer's own accounts identified by `controlFlowId` and returns the transaction reference. A 403 may ask for an MFA step-up; see the `/confirmation` call.
///
/// `POST /v1/moneyMovement/personalDomesticTransfers` (`confirmPersonalDomesticTransfer`). Built by [`Client::confirm_personal_domestic_transfer`](super::Client::confirm_personal_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmPersonalDomesticTransfer {
    client: super::Client,
    body: super::types::PersonalDomesticTransferRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmPersonalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmPersonalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PersonalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::PersonalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for ConfirmPersonalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::PersonalDomesticTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Confirm a SEPA transfer
///
/// Step 3: executes the preprocessed SEPA transfer identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/sepaTransfers` (`confirmSepaTransfer`). Built by [`Client::confirm_sepa_transfer`](super::Client::confirm_sepa_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmSepaTransfer {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::SepaTransferRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ConfirmSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "confirmSepaTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/sepaTransfers",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::SepaTransferRequest,
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
        super::types::SepaTransferResponse,
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
impl ::std::future::IntoFuture for ConfirmSepaTransfer {
    type Output = ::std::result::Result<
        super::types::SepaTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Cancel a standing instruction
///
/// Cancels a standing instruction of the account.
///
/// `DELETE /v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}` (`deleteRepeatingPayment`). Built by [`Client::delete_repeating_payment`](super::Client::delete_repeating_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DeleteRepeatingPayment {
    client: super::Client,
    account_id: ::std::string::String,
    transaction_reference_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl DeleteRepeatingPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "deleteRepeatingPayment",
        method: crate::runtime::Method::Delete,
        path: "/v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
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
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for DeleteRepeatingPayment {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Send a bundle of ad hoc transfers
///
/// Submits up to one ad hoc transfer of each kind (Citi Handlowy, other domestic bank, international wire, SEPA) to payees that are not registered, as one bundle executed asynchronously. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/paymentInitiation/adhoc/multipleTransfers/async` (`executeAdhocMultipleTransfers`). Built by [`Client::execute_adhoc_multiple_transfers`](super::Client::execute_adhoc_multiple_transfers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ExecuteAdhocMultipleTransfers {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ExecuteAdhocMultipleTransfers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "executeAdhocMultipleTransfers",
        method: crate::runtime::Method::Post,
        path: "/v1/paymentInitiation/adhoc/multipleTransfers/async",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
    ) -> Self {
        Self {
            client,
            next_start_index: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            body,
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
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for ExecuteAdhocMultipleTransfers {
    type Output = ::std::result::Result<
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Send a bundle of transfers to registered payees
///
/// Submits several transfers from one source account to registered payees (Citi Handlowy and other domestic banks) as one bundle, executed asynchronously; follow it with the status call. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/paymentInitiation/multipleTransfers/async` (`executeMultipleTransfers`). Built by [`Client::execute_multiple_transfers`](super::Client::execute_multiple_transfers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ExecuteMultipleTransfers {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ExecuteMultipleTransfers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "executeMultipleTransfers",
        method: crate::runtime::Method::Post,
        path: "/v1/paymentInitiation/multipleTransfers/async",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse,
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
impl ::std::future::IntoFuture for ExecuteMultipleTransfers {
    type Output = ::std::result::Result<
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to a proxy
///
/// Step 2 of a transfer to an account registered under a proxy: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/preprocess` (`preprocessAccountProxyTransfer`). Built by [`Client::preprocess_account_proxy_transfer`](super::Client::preprocess_account_proxy_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAccountProxyTransfer {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AccountProxyTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAccountProxyTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAccountProxyTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersPreprocessRequest,
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
        super::types::AccountProxyTransfersPreprocessResponse,
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
impl ::std::future::IntoFuture for PreprocessAccountProxyTransfer {
    type Output = ::std::result::Result<
        super::types::AccountProxyTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to a proxy and register the payee
///
/// As the proxy preprocess call, and asks to add the payee to the registered payees; the payee is added when the transfer is confirmed.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocAccountProxyTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_account_proxy_transfer_with_payee_creation`](super::Client::preprocess_adhoc_account_proxy_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocAccountProxyTransferWithPayeeCreation {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocAccountProxyTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocAccountProxyTransferWithPayeeCreation",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
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
        super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse,
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
impl ::std::future::IntoFuture for PreprocessAdhocAccountProxyTransferWithPayeeCreation {
    type Output = ::std::result::Result<
        super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a bill payment to an unregistered beneficiary
///
/// Step 2 of a bill payment, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees. Uses the same request and response models as the preprocess call for a registered payee.
///
/// `POST /v1/moneyMovement/billPayments/preprocess/adhoc` (`preprocessAdhocBillPayment`). Built by [`Client::preprocess_adhoc_bill_payment`](super::Client::preprocess_adhoc_bill_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocBillPayment {
    client: super::Client,
    body: super::types::BillPaymentsPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocBillPayment",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/billPayments/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::BillPaymentsPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocBillPayment {
    type Output = ::std::result::Result<
        super::types::BillPaymentsPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a Citi Global Transfer (to a Citi account in another country) to an unregistered beneficiary
///
/// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
///
/// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess/adhoc` (`preprocessAdhocCitiGlobalTransfer`). Built by [`Client::preprocess_adhoc_citi_global_transfer`](super::Client::preprocess_adhoc_citi_global_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocCitiGlobalTransfer {
    client: super::Client,
    body: super::types::AdhocCitiGlobalTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocCitiGlobalTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocCitiGlobalTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::AdhocCitiGlobalTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocCitiGlobalTransfer {
    type Output = ::std::result::Result<
        super::types::AdhocCitiGlobalTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a cross-border wire transfer to an unregistered beneficiary
///
/// Step 2 of a cross-border wire transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
///
/// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess/adhoc` (`preprocessAdhocCrossBorderWireTransfer`). Built by [`Client::preprocess_adhoc_cross_border_wire_transfer`](super::Client::preprocess_adhoc_cross_border_wire_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocCrossBorderWireTransfer {
    client: super::Client,
    body: super::types::AdhocCrossBorderWireTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocCrossBorderWireTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocCrossBorderWireTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::AdhocCrossBorderWireTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocCrossBorderWireTransfer {
    type Output = ::std::result::Result<
        super::types::AdhocCrossBorderWireTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary
///
/// Step 2 of a transfer to an account at another domestic bank, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhoc` (`preprocessAdhocExternalDomesticTransfer`). Built by [`Client::preprocess_adhoc_external_domestic_transfer`](super::Client::preprocess_adhoc_external_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocExternalDomesticTransfer {
    client: super::Client,
    body: super::types::AdhocExtDmstcTransferPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocExternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocExtDmstcTransferPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::AdhocExtDmstcTransferPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocExternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::AdhocExtDmstcTransferPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary and register it as a payee
///
/// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocExternalDomesticTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_external_domestic_transfer_with_payee_creation`](super::Client::preprocess_adhoc_external_domestic_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocExternalDomesticTransferWithPayeeCreation",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
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
        super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeResponse,
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
impl ::std::future::IntoFuture
for PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
    type Output = ::std::result::Result<
        super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary
///
/// Step 2 of a transfer to another Citi Handlowy customer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhoc` (`preprocessAdhocInternalDomesticTransfer`). Built by [`Client::preprocess_adhoc_internal_domestic_transfer`](super::Client::preprocess_adhoc_internal_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocInternalDomesticTransfer {
    client: super::Client,
    body: super::types::AdhocInternalDmstcTransferPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocInternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocInternalDmstcTransferPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::AdhocInternalDmstcTransferPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocInternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::AdhocInternalDmstcTransferPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary and register it as a payee
///
/// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocInternalDomesticTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_internal_domestic_transfer_with_payee_creation`](super::Client::preprocess_adhoc_internal_domestic_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocInternalDomesticTransferWithPayeeCreation",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
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
        super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse,
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
impl ::std::future::IntoFuture
for PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
    type Output = ::std::result::Result<
        super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a SEPA transfer to an unregistered beneficiary
///
/// Step 2 of a SEPA transfer, to a beneficiary that is not a registered payee (adhoc): returns a `controlFlowId`, the amounts, the exchange rate and fees.
///
/// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess/adhoc` (`preprocessAdhocSepaTransfer`). Built by [`Client::preprocess_adhoc_sepa_transfer`](super::Client::preprocess_adhoc_sepa_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocSepaTransfer {
    client: super::Client,
    body: super::types::AdhocSepaTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessAdhocSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessAdhocSepaTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/moneyMovement/sepaTransfers/preprocess/adhoc",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocSepaTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::AdhocSepaTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessAdhocSepaTransfer {
    type Output = ::std::result::Result<
        super::types::AdhocSepaTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a bill payment
///
/// Step 2 of a bill payment, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/billPayments/preprocess` (`preprocessBillPayment`). Built by [`Client::preprocess_bill_payment`](super::Client::preprocess_bill_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessBillPayment {
    client: super::Client,
    body: super::types::BillPaymentsPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessBillPayment",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/billPayments/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::BillPaymentsPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessBillPayment {
    type Output = ::std::result::Result<
        super::types::BillPaymentsPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a Citi Global Transfer (to a Citi account in another country)
///
/// Step 2 of a Citi Global Transfer (to a Citi account in another country), to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/citiGlobalTransfers/preprocess` (`preprocessCitiGlobalTransfer`). Built by [`Client::preprocess_citi_global_transfer`](super::Client::preprocess_citi_global_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessCitiGlobalTransfer {
    client: super::Client,
    body: super::types::CitiGlobalTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessCitiGlobalTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CitiGlobalTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::CitiGlobalTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessCitiGlobalTransfer {
    type Output = ::std::result::Result<
        super::types::CitiGlobalTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a cross-border wire transfer
///
/// Step 2 of a cross-border wire transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/crossBorderWireTransfers/preprocess` (`preprocessCrossBorderWireTransfer`). Built by [`Client::preprocess_cross_border_wire_transfer`](super::Client::preprocess_cross_border_wire_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessCrossBorderWireTransfer {
    client: super::Client,
    body: super::types::CrossBorderWireTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessCrossBorderWireTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CrossBorderWireTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::CrossBorderWireTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessCrossBorderWireTransfer {
    type Output = ::std::result::Result<
        super::types::CrossBorderWireTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to an account at another domestic bank
///
/// Step 2 of a transfer to an account at another domestic bank, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/externalDomesticTransfer/preprocess` (`preprocessExternalDomesticTransfer`). Built by [`Client::preprocess_external_domestic_transfer`](super::Client::preprocess_external_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessExternalDomesticTransfer {
    client: super::Client,
    body: super::types::PreprocessFundTransferRequestExternalTransfer,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessExternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfer/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestExternalTransfer,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessExternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to an account at another domestic bank, by destination account
///
/// Step 2 of a transfer to an account at another domestic bank, naming the destination account rather than a registered payee (the newer form of `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`): validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess` (`preprocessExternalDomesticTransferToAccount`). Built by [`Client::preprocess_external_domestic_transfer_to_account`](super::Client::preprocess_external_domestic_transfer_to_account); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessExternalDomesticTransferToAccount {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::PreprocessFundTransferRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessExternalDomesticTransferToAccount {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessExternalDomesticTransferToAccount",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequest,
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
        super::types::PreprocessForFundTransferResponse,
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
impl ::std::future::IntoFuture for PreprocessExternalDomesticTransferToAccount {
    type Output = ::std::result::Result<
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer to another Citi Handlowy customer
///
/// Step 2 of a transfer to another Citi Handlowy customer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess` (`preprocessInternalDomesticTransfer`). Built by [`Client::preprocess_internal_domestic_transfer`](super::Client::preprocess_internal_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessInternalDomesticTransfer {
    client: super::Client,
    body: super::types::PreprocessFundTransferRequestInternalTransfer,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessInternalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestInternalTransfer,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessInternalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a transfer between the customer's own accounts
///
/// Step 2 of a transfer between the customer's own accounts: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/personalDomesticTransfers/preprocess` (`preprocessPersonalDomesticTransfer`). Built by [`Client::preprocess_personal_domestic_transfer`](super::Client::preprocess_personal_domestic_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessPersonalDomesticTransfer {
    client: super::Client,
    body: super::types::PreprocessFundTransferRequestPersonalTransfer,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessPersonalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessPersonalDomesticTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestPersonalTransfer,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessPersonalDomesticTransfer {
    type Output = ::std::result::Result<
        super::types::PreprocessForFundTransferResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a change to a standing instruction
///
/// Step 1 of changing a standing instruction: validates the change and returns a `controlFlowId`, the amounts, the exchange rate and fees. Nothing changes until the update call.
///
/// `POST /v1/paymentInitiation/repeatingPayments/preprocess` (`preprocessRepeatingPaymentUpdate`). Built by [`Client::preprocess_repeating_payment_update`](super::Client::preprocess_repeating_payment_update); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessRepeatingPaymentUpdate {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessRepeatingPaymentUpdate {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessRepeatingPaymentUpdate",
        method: crate::runtime::Method::Post,
        path: "/v1/paymentInitiation/repeatingPayments/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
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
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse,
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
impl ::std::future::IntoFuture for PreprocessRepeatingPaymentUpdate {
    type Output = ::std::result::Result<
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Preprocess a SEPA transfer
///
/// Step 2 of a SEPA transfer, to a registered payee: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/emea/moneyMovement/sepaTransfers/preprocess` (`preprocessSepaTransfer`). Built by [`Client::preprocess_sepa_transfer`](super::Client::preprocess_sepa_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessSepaTransfer {
    client: super::Client,
    body: super::types::SepaTransfersPreprocessRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl PreprocessSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "preprocessSepaTransfer",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/moneyMovement/sepaTransfers/preprocess",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::SepaTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
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
        super::types::SepaTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for PreprocessSepaTransfer {
    type Output = ::std::result::Result<
        super::types::SepaTransfersPreprocessResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List the accounts that can pay a transfer to a proxy
///
/// Step 1 of a transfer to an account registered under a proxy: the customer's accounts that can pay such a transfer, for one kind of proxy payment. Pages with `nextStartIndex`.
///
/// `GET /v1/moneyMovement/accountProxyTransfers/sourceAccounts` (`retrieveAccountProxyTransferEligibility`). Built by [`Client::retrieve_account_proxy_transfer_eligibility`](super::Client::retrieve_account_proxy_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountProxyTransferEligibility {
    client: super::Client,
    proxy_payment_type: ::std::string::String,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveAccountProxyTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveAccountProxyTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/accountProxyTransfers/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        proxy_payment_type: ::std::string::String,
    ) -> Self {
        Self {
            client,
            proxy_payment_type,
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
        super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query(
                "proxyPaymentType",
                &self.proxy_payment_type,
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
            super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::AccountProxyTransfersSourceAccountEligibilityResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrieveAccountProxyTransferEligibility {
    type Output = ::std::result::Result<
        super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a bill payment
///
/// Returns the accounts that can be debited and the registered billers each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/billPayments/payees/sourceAccounts` (`retrieveBillPaymentEligibility`). Built by [`Client::retrieve_bill_payment_eligibility`](super::Client::retrieve_bill_payment_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveBillPaymentEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveBillPaymentEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/billPayments/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
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
        super::types::BillPaymentAccountPayeeEligibilityResponse,
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
            super::types::BillPaymentAccountPayeeEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::BillPaymentAccountPayeeEligibilityResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrieveBillPaymentEligibility {
    type Output = ::std::result::Result<
        super::types::BillPaymentAccountPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get one biller
///
/// Returns the details of one biller (merchant).
///
/// `GET /v1/moneyMovement/billPayments/merchants/{merchantNumber}` (`retrieveBillPaymentMerchantDetails`). Built by [`Client::retrieve_bill_payment_merchant_details`](super::Client::retrieve_bill_payment_merchant_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentMerchantDetails {
    client: super::Client,
    merchant_number: ::std::string::String,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveBillPaymentMerchantDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveBillPaymentMerchantDetails",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/billPayments/merchants/{merchantNumber}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        merchant_number: ::std::string::String,
    ) -> Self {
        Self {
            client,
            merchant_number,
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
        super::types::MerchantDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "merchantNumber",
                &self.merchant_number,
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
impl ::std::future::IntoFuture for RetrieveBillPaymentMerchantDetails {
    type Output = ::std::result::Result<
        super::types::MerchantDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List billers
///
/// Returns the billers (merchants), grouped by biller category, optionally for one category.
///
/// `GET /v1/moneyMovement/billPayments/merchants` (`retrieveBillPaymentMerchants`). Built by [`Client::retrieve_bill_payment_merchants`](super::Client::retrieve_bill_payment_merchants); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentMerchants {
    client: super::Client,
    biller_category_code: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveBillPaymentMerchants {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveBillPaymentMerchants",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/billPayments/merchants",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
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
            biller_category_code: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Only billers of this category. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billerCategoryCode`).
    ///
    /// The query parameter `billerCategoryCode`.
    pub fn biller_category_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.biller_category_code = ::std::option::Option::Some(value.into());
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
        super::types::MerchantListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query(
                "billerCategoryCode",
                &self.biller_category_code,
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
}
impl ::std::future::IntoFuture for RetrieveBillPaymentMerchants {
    type Output = ::std::result::Result<
        super::types::MerchantListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the outstanding bills of a biller payee
///
/// Returns the outstanding bills of a registered biller payee (amount and due date of each) and the references the biller keeps for the customer.
///
/// `GET /v1/moneyMovement/billPayments/payees/{payeeId}/billDetails` (`retrieveBillPaymentPayeeBillDetails`). Built by [`Client::retrieve_bill_payment_payee_bill_details`](super::Client::retrieve_bill_payment_payee_bill_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentPayeeBillDetails {
    client: super::Client,
    payee_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveBillPaymentPayeeBillDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveBillPaymentPayeeBillDetails",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/billPayments/payees/{payeeId}/billDetails",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: ::std::string::String) -> Self {
        Self {
            client,
            payee_id,
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
        super::types::BillDetailsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param("payeeId", &self.payee_id, crate::runtime::ParamStyle::SIMPLE);
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
impl ::std::future::IntoFuture for RetrieveBillPaymentPayeeBillDetails {
    type Output = ::std::result::Result<
        super::types::BillDetailsInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List the source accounts and payees a bundle of transfers can use
///
/// Step 1 of a bundle of transfers: per payment method, the accounts that can pay and the registered payees they can pay. Pages with `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility` (`retrieveBulkTransferEligibility`). Built by [`Client::retrieve_bulk_transfer_eligibility`](super::Client::retrieve_bulk_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBulkTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveBulkTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveBulkTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
        super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
            super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |
                page: &super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse|
            page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveBulkTransferEligibility {
    type Output = ::std::result::Result<
        super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a Citi Global Transfer (to a Citi account in another country)
///
/// Returns the accounts that can be debited and the registered Citi Global Transfer payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts` (`retrieveCitiGlobalTransferEligibility`). Built by [`Client::retrieve_citi_global_transfer_eligibility`](super::Client::retrieve_citi_global_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCitiGlobalTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveCitiGlobalTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveCitiGlobalTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
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
            super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrieveCitiGlobalTransferEligibility {
    type Output = ::std::result::Result<
        super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a cross-border wire transfer
///
/// Returns the accounts that can be debited and the registered cross-border payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts` (`retrieveCrossBorderWireTransferEligibility`). Built by [`Client::retrieve_cross_border_wire_transfer_eligibility`](super::Client::retrieve_cross_border_wire_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCrossBorderWireTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveCrossBorderWireTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveCrossBorderWireTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
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
            super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |
                page: &super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse|
            page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveCrossBorderWireTransferEligibility {
    type Output = ::std::result::Result<
        super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List destination countries
///
/// Returns the countries transfers can be sent to, with each country's code, local currency, bank-branch identifier and whether it uses IBANs. Pages with `nextStartIndex`.
///
/// `GET /v1/moneyMovement/destinationCountries` (`retrieveDestinationCountries`). Built by [`Client::retrieve_destination_countries`](super::Client::retrieve_destination_countries); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveDestinationCountries {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveDestinationCountries {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveDestinationCountries",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/destinationCountries",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::DestinationListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
            super::types::DestinationListResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::DestinationListResponse| page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveDestinationCountries {
    type Output = ::std::result::Result<
        super::types::DestinationListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a transfer to an account at another domestic bank
///
/// Returns the accounts that can be debited and the registered payees at other domestic banks each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts` (`retrieveExternalDomesticTransferEligibility`). Built by [`Client::retrieve_external_domestic_transfer_eligibility`](super::Client::retrieve_external_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveExternalDomesticTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveExternalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveExternalDomesticTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::ExtDmstcValidPayeeDestAcctsResponse,
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
            super::types::ExtDmstcValidPayeeDestAcctsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::ExtDmstcValidPayeeDestAcctsResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrieveExternalDomesticTransferEligibility {
    type Output = ::std::result::Result<
        super::types::ExtDmstcValidPayeeDestAcctsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a transfer to another Citi Handlowy customer
///
/// Returns the accounts that can be debited and the registered Citi Handlowy payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts` (`retrieveInternalDomesticTransferEligibility`). Built by [`Client::retrieve_internal_domestic_transfer_eligibility`](super::Client::retrieve_internal_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveInternalDomesticTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveInternalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveInternalDomesticTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
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
        super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
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
            super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |
                page: &super::types::InternalDomesticValidSourceDestinationAcccountsResponse|
            page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveInternalDomesticTransferEligibility {
    type Output = ::std::result::Result<
        super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get the status of every transfer of a bundle
///
/// Returns the status of each transfer of a bundle submitted with one of the bundle calls. Pages with `startIndex` (the index of the first transfer to return) and answers `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/multipleTransfers/{citiBundleId}/status` (`retrieveMultipleTransfersStatus`). Built by [`Client::retrieve_multiple_transfers_status`](super::Client::retrieve_multiple_transfers_status); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveMultipleTransfersStatus {
    client: super::Client,
    citi_bundle_id: ::std::string::String,
    start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveMultipleTransfersStatus {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveMultipleTransfersStatus",
        method: crate::runtime::Method::Get,
        path: "/v1/paymentInitiation/multipleTransfers/{citiBundleId}/status",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        citi_bundle_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            citi_bundle_id,
            start_index: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Index of the first transfer to return, as returned in the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `startIndex`.
    pub fn start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.start_index = ::std::option::Option::Some(value.into());
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
        super::types::RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "citiBundleId",
                &self.citi_bundle_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request.query("startIndex", &self.start_index, crate::runtime::ParamStyle::FORM);
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
impl ::std::future::IntoFuture for RetrieveMultipleTransfersStatus {
    type Output = ::std::result::Result<
        super::types::RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get one payee
///
/// Returns one registered payee; the object matching the payee's destination type is populated.
///
/// `GET /v1/moneyMovement/payees/{payeeId}` (`retrievePayee`). Built by [`Client::retrieve_payee`](super::Client::retrieve_payee); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayee {
    client: super::Client,
    payee_id: ::std::string::String,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePayee {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePayee",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/payees/{payeeId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: ::std::string::String) -> Self {
        Self {
            client,
            payee_id,
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
        super::types::PayeeDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param("payeeId", &self.payee_id, crate::runtime::ParamStyle::SIMPLE);
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
impl ::std::future::IntoFuture for RetrievePayee {
    type Output = ::std::result::Result<
        super::types::PayeeDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Get additional details of one payee
///
/// Returns the additional details of one registered payee (newer API of the same SDK). Response model inferred: PayeeDetailsResponse.
///
/// `GET /v1/moneyMovement/payees/{payeeId}/details` (`retrievePayeeDetails`). Built by [`Client::retrieve_payee_details`](super::Client::retrieve_payee_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayeeDetails {
    client: super::Client,
    payee_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePayeeDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePayeeDetails",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/payees/{payeeId}/details",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: ::std::string::String) -> Self {
        Self {
            client,
            payee_id,
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
        super::types::PayeeDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param("payeeId", &self.payee_id, crate::runtime::ParamStyle::SIMPLE);
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
impl ::std::future::IntoFuture for RetrievePayeeDetails {
    type Output = ::std::result::Result<
        super::types::PayeeDetailsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List valid source and destination combinations
///
/// Returns the valid source account / payee / own destination account combinations for all transfer types, optionally filtered by payment type.
///
/// `GET /v1/moneyMovement/payees/sourceAccounts` (`retrievePayeeSourceAccounts`). Built by [`Client::retrieve_payee_source_accounts`](super::Client::retrieve_payee_source_accounts); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayeeSourceAccounts {
    client: super::Client,
    payment_type: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePayeeSourceAccounts {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePayeeSourceAccounts",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
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
            payment_type: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
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
        super::types::ValidSourceDestinationAccountsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query("paymentType", &self.payment_type, crate::runtime::ParamStyle::FORM);
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
            super::types::ValidSourceDestinationAccountsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::ValidSourceDestinationAccountsResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrievePayeeSourceAccounts {
    type Output = ::std::result::Result<
        super::types::ValidSourceDestinationAccountsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List registered payees
///
/// Returns the customer's registered payees, optionally filtered by payment type, one page at a time.
///
/// `GET /v1/moneyMovement/payees` (`retrievePayees`). Built by [`Client::retrieve_payees`](super::Client::retrieve_payees); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayees {
    client: super::Client,
    payment_type: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePayees {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePayees",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/payees",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
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
            payment_type: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
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
        super::types::PayeeListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query("paymentType", &self.payment_type, crate::runtime::ParamStyle::FORM);
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
            super::types::PayeeListResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::PayeeListResponse| page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrievePayees {
    type Output = ::std::result::Result<
        super::types::PayeeListResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a transfer between the customer's own accounts
///
/// Returns the customer's accounts that can be debited and the own accounts each can credit. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts` (`retrievePersonalDomesticTransferEligibility`). Built by [`Client::retrieve_personal_domestic_transfer_eligibility`](super::Client::retrieve_personal_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePersonalDomesticTransferEligibility {
    client: super::Client,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrievePersonalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrievePersonalDomesticTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
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
        super::types::PersonalDomesticValidSrcDesAcctRes,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
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
impl ::std::future::IntoFuture for RetrievePersonalDomesticTransferEligibility {
    type Output = ::std::result::Result<
        super::types::PersonalDomesticValidSrcDesAcctRes,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List the standing instructions
///
/// Returns the customer's standing instructions (repeating and future-dated payments), optionally of one payment type. Pages with `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/repeatingPayments` (`retrieveRepeatingPayments`). Built by [`Client::retrieve_repeating_payments`](super::Client::retrieve_repeating_payments); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveRepeatingPayments {
    client: super::Client,
    payment_type: ::std::option::Option<::std::string::String>,
    next_start_index: ::std::option::Option<::std::string::String>,
    client_details: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveRepeatingPayments {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveRepeatingPayments",
        method: crate::runtime::Method::Get,
        path: "/v1/paymentInitiation/repeatingPayments",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
            payment_type: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
            client_details: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.payment_type = ::std::option::Option::Some(value.into());
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
        super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .query("paymentType", &self.payment_type, crate::runtime::ParamStyle::FORM);
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
            super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |
                page: &super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse|
            page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveRepeatingPayments {
    type Output = ::std::result::Result<
        super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// List eligible accounts for a SEPA transfer
///
/// Returns the accounts that can be debited and the registered SEPA payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts` (`retrieveSepaTransferEligibility`). Built by [`Client::retrieve_sepa_transfer_eligibility`](super::Client::retrieve_sepa_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveSepaTransferEligibility {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveSepaTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveSepaTransferEligibility",
        method: crate::runtime::Method::Get,
        path: "/v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::SepaTransfersAccountPayeeEligibilityResponse,
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
            super::types::SepaTransfersAccountPayeeEligibilityResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::SepaTransfersAccountPayeeEligibilityResponse| {
                page.next_start_index.clone()
            },
        )
    }
}
impl ::std::future::IntoFuture for RetrieveSepaTransferEligibility {
    type Output = ::std::result::Result<
        super::types::SepaTransfersAccountPayeeEligibilityResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Change a standing instruction
///
/// Step 2 of changing a standing instruction: applies the preprocessed change. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `PUT /v1/paymentInitiation/repeatingPayments` (`updateRepeatingPayment`). Built by [`Client::update_repeating_payment`](super::Client::update_repeating_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateRepeatingPayment {
    client: super::Client,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl UpdateRepeatingPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "updateRepeatingPayment",
        method: crate::runtime::Method::Put,
        path: "/v1/paymentInitiation/repeatingPayments",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
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
            204 => response.empty(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for UpdateRepeatingPayment {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
