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
/// Complete a transfer to a proxy after MFA step-up
///
/// Completes a transfer to an account registered under a proxy after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/confirmation` (`completeAccountProxyTransferAfterMfa`). Built by [`Client::complete_account_proxy_transfer_after_mfa`](super::Client::complete_account_proxy_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteAccountProxyTransferAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AccountProxyTransfersConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteAccountProxyTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeAccountProxyTransferAfterMfa",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersConfirmationRequest,
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
        super::types::AccountProxyTransfersConfirmationResponse,
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
    CompleteAccountProxyTransferAfterMfa,
    super::types::AccountProxyTransfersConfirmationResponse, super::types::ErrorResponse
);
/// Complete a bundle of ad hoc transfers after MFA step-up
///
/// Completes a bundle of ad hoc transfers after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response (sent as `controlFllowId`, the portal's spelling).
///
/// `POST /v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async` (`completeAdhocMultipleTransfersAfterMfa`). Built by [`Client::complete_adhoc_multiple_transfers_after_mfa`](super::Client::complete_adhoc_multiple_transfers_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteAdhocMultipleTransfersAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteAdhocMultipleTransfersAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeAdhocMultipleTransfersAfterMfa",
        method: rt::Method::Post,
        path: "/v1/paymentInitiation/adhoc/multipleTransfers/confirmation/async",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse,
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
    CompleteAdhocMultipleTransfersAfterMfa,
    super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferConfirmationAsyncResponse,
    super::types::ErrorResponse
);
/// Complete a transfer to an account at another domestic bank after MFA step-up
///
/// Completes a transfer to an account at another domestic bank after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/confirmation` (`completeExternalDomesticTransferAfterMfa`). Built by [`Client::complete_external_domestic_transfer_after_mfa`](super::Client::complete_external_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteExternalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::ExternalDomesticTransferConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteExternalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeExternalDomesticTransferAfterMfa",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExternalDomesticTransferConfirmationRequest,
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
        super::types::ExternalDomesticTransferConfirmationResponse,
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
    CompleteExternalDomesticTransferAfterMfa,
    super::types::ExternalDomesticTransferConfirmationResponse,
    super::types::ErrorResponse
);
/// Complete a transfer to another Citi Handlowy customer after MFA step-up
///
/// Completes a transfer to another Citi Handlowy customer after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/confirmation` (`completeInternalDomesticTransferAfterMfa`). Built by [`Client::complete_internal_domestic_transfer_after_mfa`](super::Client::complete_internal_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteInternalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::InternalDomesticTransferConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteInternalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeInternalDomesticTransferAfterMfa",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::InternalDomesticTransferConfirmationRequest,
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
        super::types::InternalDomesticTransferConfirmationResponse,
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
    CompleteInternalDomesticTransferAfterMfa,
    super::types::InternalDomesticTransferConfirmationResponse,
    super::types::ErrorResponse
);
/// Complete a bundle of transfers after MFA step-up
///
/// Completes a bundle of transfers after a multi-factor authentication step-up: when the bundle call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/paymentInitiation/multipleTransfers/confirmation/async` (`completeMultipleTransfersAfterMfa`). Built by [`Client::complete_multiple_transfers_after_mfa`](super::Client::complete_multiple_transfers_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteMultipleTransfersAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteMultipleTransfersAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeMultipleTransfersAfterMfa",
        method: rt::Method::Post,
        path: "/v1/paymentInitiation/multipleTransfers/confirmation/async",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse,
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
    CompleteMultipleTransfersAfterMfa,
    super::types::ExecutePaymentInitiationTransactionMultipleTransfersConfirmationAsyncResponse,
    super::types::ErrorResponse
);
/// Complete a transfer between the customer's own accounts after MFA step-up
///
/// Completes a transfer between the customer's own accounts after a multi-factor authentication step-up: when the confirm call answers 403 with `moreInfo.controlFlowId`, the customer completes the step-up and the application posts that `controlFlowId` here.
///
/// `POST /v1/moneyMovement/personalDomesticTransfers/confirmation` (`completePersonalDomesticTransferAfterMfa`). Built by [`Client::complete_personal_domestic_transfer_after_mfa`](super::Client::complete_personal_domestic_transfer_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompletePersonalDomesticTransferAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::PersonalDomesticTransferConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompletePersonalDomesticTransferAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completePersonalDomesticTransferAfterMfa",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PersonalDomesticTransferConfirmationRequest,
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
        super::types::PersonalDomesticTransferConfirmationResponse,
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
    CompletePersonalDomesticTransferAfterMfa,
    super::types::PersonalDomesticTransferConfirmationResponse,
    super::types::ErrorResponse
);
/// Complete a change to a standing instruction after MFA step-up
///
/// Completes a change to a standing instruction after a multi-factor authentication step-up, with the `controlFlowId` of the step-up response.
///
/// `PUT /v1/paymentInitiation/repeatingPayments/confirmation` (`completeRepeatingPaymentUpdateAfterMfa`). Built by [`Client::complete_repeating_payment_update_after_mfa`](super::Client::complete_repeating_payment_update_after_mfa); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CompleteRepeatingPaymentUpdateAfterMfa {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl CompleteRepeatingPaymentUpdateAfterMfa {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "completeRepeatingPaymentUpdateAfterMfa",
        method: rt::Method::Put,
        path: "/v1/paymentInitiation/repeatingPayments/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationRequest,
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
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse,
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
    CompleteRepeatingPaymentUpdateAfterMfa,
    super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsConfirmationResponse,
    super::types::ErrorResponse
);
/// Confirm a transfer to a proxy
///
/// Step 3 of a transfer to an account registered under a proxy: executes the preprocessed transfer. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/moneyMovement/accountProxyTransfers` (`confirmAccountProxyTransfer`). Built by [`Client::confirm_account_proxy_transfer`](super::Client::confirm_account_proxy_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmAccountProxyTransfer {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AccountProxyTransfersRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmAccountProxyTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmAccountProxyTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersRequest,
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
        super::types::AccountProxyTransfersResponse,
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
    ConfirmAccountProxyTransfer, super::types::AccountProxyTransfersResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl ConfirmBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmBillPayment",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/billPayments",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::BillPaymentsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    ConfirmBillPayment, super::types::BillPaymentsResponse, super::types::ErrorResponse
);
/// Confirm a Citi Global Transfer (to a Citi account in another country)
///
/// Step 3: executes the preprocessed Citi Global Transfer (to a Citi account in another country) identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/citiGlobalTransfers` (`confirmCitiGlobalTransfer`). Built by [`Client::confirm_citi_global_transfer`](super::Client::confirm_citi_global_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCitiGlobalTransfer {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::CitiGlobalTransfersRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmCitiGlobalTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CitiGlobalTransfersRequest,
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
        super::types::CitiGlobalTransfersResponse,
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
    ConfirmCitiGlobalTransfer, super::types::CitiGlobalTransfersResponse,
    super::types::ErrorResponse
);
/// Confirm a cross-border wire transfer
///
/// Step 3: executes the preprocessed cross-border wire transfer identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/crossBorderWireTransfers` (`confirmCrossBorderWireTransfer`). Built by [`Client::confirm_cross_border_wire_transfer`](super::Client::confirm_cross_border_wire_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCrossBorderWireTransfer {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::CrossBorderWireTransfersRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmCrossBorderWireTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CrossBorderWireTransfersRequest,
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
        super::types::CrossBorderWireTransfersResponse,
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
    ConfirmCrossBorderWireTransfer, super::types::CrossBorderWireTransfersResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl ConfirmExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmExternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExternalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ExternalDomesticTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    ConfirmExternalDomesticTransfer, super::types::ExternalDomesticTransferResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl ConfirmInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmInternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::InternalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::InternalDomesticTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    ConfirmInternalDomesticTransfer, super::types::InternalDomesticTransferResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl ConfirmPersonalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmPersonalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PersonalDomesticTransferRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PersonalDomesticTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    ConfirmPersonalDomesticTransfer, super::types::PersonalDomesticTransferResponse,
    super::types::ErrorResponse
);
/// Confirm a SEPA transfer
///
/// Step 3: executes the preprocessed SEPA transfer identified by `controlFlowId` and returns the transaction reference.
///
/// `POST /v1/moneyMovement/sepaTransfers` (`confirmSepaTransfer`). Built by [`Client::confirm_sepa_transfer`](super::Client::confirm_sepa_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmSepaTransfer {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::SepaTransferRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmSepaTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/sepaTransfers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::SepaTransferRequest,
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
        super::types::SepaTransferResponse,
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
    ConfirmSepaTransfer, super::types::SepaTransferResponse, super::types::ErrorResponse
);
/// Cancel a standing instruction
///
/// Cancels a standing instruction of the account.
///
/// `DELETE /v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}` (`deleteRepeatingPayment`). Built by [`Client::delete_repeating_payment`](super::Client::delete_repeating_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DeleteRepeatingPayment {
    client: super::Client,
    account_id: String,
    transaction_reference_id: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl DeleteRepeatingPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "deleteRepeatingPayment",
        method: rt::Method::Delete,
        path: "/v1/paymentInitiation/{accountId}/repeatingPayments/{transactionReferenceId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("accountId", &self.account_id, rt::ParamStyle::SIMPLE);
        request
            .path_param(
                "transactionReferenceId",
                &self.transaction_reference_id,
                rt::ParamStyle::SIMPLE,
            );
        request.header("clientDetails", &self.client_details, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(DeleteRepeatingPayment, (), super::types::ErrorResponse);
/// Send a bundle of ad hoc transfers
///
/// Submits up to one ad hoc transfer of each kind (Citi Handlowy, other domestic bank, international wire, SEPA) to payees that are not registered, as one bundle executed asynchronously. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/paymentInitiation/adhoc/multipleTransfers/async` (`executeAdhocMultipleTransfers`). Built by [`Client::execute_adhoc_multiple_transfers`](super::Client::execute_adhoc_multiple_transfers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ExecuteAdhocMultipleTransfers {
    client: super::Client,
    next_start_index: Option<String>,
    client_details: Option<String>,
    body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
    extra_headers: Vec<(String, String)>,
}
impl ExecuteAdhocMultipleTransfers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "executeAdhocMultipleTransfers",
        method: rt::Method::Post,
        path: "/v1/paymentInitiation/adhoc/multipleTransfers/async",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncRequest,
    ) -> Self {
        Self {
            client,
            next_start_index: None,
            client_details: None,
            body,
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
        super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
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
    ExecuteAdhocMultipleTransfers,
    super::types::ExecutePaymentInitiationTransactionAdhocMultipleTransferAsyncResponse,
    super::types::ErrorResponse
);
/// Send a bundle of transfers to registered payees
///
/// Submits several transfers from one source account to registered payees (Citi Handlowy and other domestic banks) as one bundle, executed asynchronously; follow it with the status call. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `POST /v1/paymentInitiation/multipleTransfers/async` (`executeMultipleTransfers`). Built by [`Client::execute_multiple_transfers`](super::Client::execute_multiple_transfers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ExecuteMultipleTransfers {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
    extra_headers: Vec<(String, String)>,
}
impl ExecuteMultipleTransfers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "executeMultipleTransfers",
        method: rt::Method::Post,
        path: "/v1/paymentInitiation/multipleTransfers/async",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncRequest,
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
        super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse,
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
    ExecuteMultipleTransfers,
    super::types::ExecutePaymentInitiationTransactionMultipleTransfersAsyncResponse,
    super::types::ErrorResponse
);
/// Preprocess a transfer to a proxy
///
/// Step 2 of a transfer to an account registered under a proxy: validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/preprocess` (`preprocessAccountProxyTransfer`). Built by [`Client::preprocess_account_proxy_transfer`](super::Client::preprocess_account_proxy_transfer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAccountProxyTransfer {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AccountProxyTransfersPreprocessRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAccountProxyTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAccountProxyTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AccountProxyTransfersPreprocessRequest,
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
        super::types::AccountProxyTransfersPreprocessResponse,
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
    PreprocessAccountProxyTransfer,
    super::types::AccountProxyTransfersPreprocessResponse, super::types::ErrorResponse
);
/// Preprocess a transfer to a proxy and register the payee
///
/// As the proxy preprocess call, and asks to add the payee to the registered payees; the payee is added when the transfer is confirmed.
///
/// `POST /v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocAccountProxyTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_account_proxy_transfer_with_payee_creation`](super::Client::preprocess_adhoc_account_proxy_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocAccountProxyTransferWithPayeeCreation {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocAccountProxyTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocAccountProxyTransferWithPayeeCreation",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/accountProxyTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeRequest,
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
        super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse,
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
    PreprocessAdhocAccountProxyTransferWithPayeeCreation,
    super::types::AdhocAccountProxyTransfersPreprocessWithAddPayeeResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocBillPayment",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/billPayments/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::BillPaymentsPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocBillPayment, super::types::BillPaymentsPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocCitiGlobalTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocCitiGlobalTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AdhocCitiGlobalTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocCitiGlobalTransfer,
    super::types::AdhocCitiGlobalTransfersPreprocessResponse, super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocCrossBorderWireTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocCrossBorderWireTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AdhocCrossBorderWireTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocCrossBorderWireTransfer,
    super::types::AdhocCrossBorderWireTransfersPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocExternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocExtDmstcTransferPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AdhocExtDmstcTransferPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocExternalDomesticTransfer,
    super::types::AdhocExtDmstcTransferPreprocessResponse, super::types::ErrorResponse
);
/// Preprocess a transfer to an account at another domestic bank to an unregistered beneficiary and register it as a payee
///
/// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocExternalDomesticTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_external_domestic_transfer_with_payee_creation`](super::Client::preprocess_adhoc_external_domestic_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocExternalDomesticTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocExternalDomesticTransferWithPayeeCreation",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeRequest,
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
        super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeResponse,
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
    PreprocessAdhocExternalDomesticTransferWithPayeeCreation,
    super::types::AdhocExtDmstcTransferPreprocessWithAddPayeeResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocInternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocInternalDmstcTransferPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AdhocInternalDmstcTransferPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocInternalDomesticTransfer,
    super::types::AdhocInternalDmstcTransferPreprocessResponse,
    super::types::ErrorResponse
);
/// Preprocess a transfer to another Citi Handlowy customer to an unregistered beneficiary and register it as a payee
///
/// Like the adhoc preprocess call, and also asks to add the beneficiary to the customer's registered payees; the payee is registered by the subsequent confirm call (newer API of the same SDK).
///
/// `POST /v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation` (`preprocessAdhocInternalDomesticTransferWithPayeeCreation`). Built by [`Client::preprocess_adhoc_internal_domestic_transfer_with_payee_creation`](super::Client::preprocess_adhoc_internal_domestic_transfer_with_payee_creation); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocInternalDomesticTransferWithPayeeCreation {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocInternalDomesticTransferWithPayeeCreation",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess/adhocWithPayeeCreation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeRequest,
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
        super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse,
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
    PreprocessAdhocInternalDomesticTransferWithPayeeCreation,
    super::types::AdhocInternalDmstcTransferPreprocessWithAddPayeeResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessAdhocSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessAdhocSepaTransfer",
        method: rt::Method::Post,
        path: "/v1/emea/moneyMovement/sepaTransfers/preprocess/adhoc",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::AdhocSepaTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::AdhocSepaTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessAdhocSepaTransfer, super::types::AdhocSepaTransfersPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessBillPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessBillPayment",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/billPayments/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::BillPaymentsPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::BillPaymentsPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessBillPayment, super::types::BillPaymentsPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessCitiGlobalTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessCitiGlobalTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/citiGlobalTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CitiGlobalTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::CitiGlobalTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessCitiGlobalTransfer, super::types::CitiGlobalTransfersPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessCrossBorderWireTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessCrossBorderWireTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/crossBorderWireTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CrossBorderWireTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::CrossBorderWireTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessCrossBorderWireTransfer,
    super::types::CrossBorderWireTransfersPreprocessResponse, super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessExternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessExternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfer/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestExternalTransfer,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PreprocessForFundTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessExternalDomesticTransfer, super::types::PreprocessForFundTransferResponse,
    super::types::ErrorResponse
);
/// Preprocess a transfer to an account at another domestic bank, by destination account
///
/// Step 2 of a transfer to an account at another domestic bank, naming the destination account rather than a registered payee (the newer form of `POST /v1/moneyMovement/externalDomesticTransfer/preprocess`): validates the request and returns a `controlFlowId`, the debit and credit amounts, the exchange rate and fees. Nothing is executed until the confirm call.
///
/// `POST /v1/moneyMovement/externalDomesticTransfers/preprocess` (`preprocessExternalDomesticTransferToAccount`). Built by [`Client::preprocess_external_domestic_transfer_to_account`](super::Client::preprocess_external_domestic_transfer_to_account); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessExternalDomesticTransferToAccount {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::PreprocessFundTransferRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessExternalDomesticTransferToAccount {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessExternalDomesticTransferToAccount",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/externalDomesticTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequest,
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
        super::types::PreprocessForFundTransferResponse,
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
    PreprocessExternalDomesticTransferToAccount,
    super::types::PreprocessForFundTransferResponse, super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessInternalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessInternalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/internalDomesticTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestInternalTransfer,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PreprocessForFundTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessInternalDomesticTransfer, super::types::PreprocessForFundTransferResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessPersonalDomesticTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessPersonalDomesticTransfer",
        method: rt::Method::Post,
        path: "/v1/moneyMovement/personalDomesticTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PreprocessFundTransferRequestPersonalTransfer,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PreprocessForFundTransferResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessPersonalDomesticTransfer, super::types::PreprocessForFundTransferResponse,
    super::types::ErrorResponse
);
/// Preprocess a change to a standing instruction
///
/// Step 1 of changing a standing instruction: validates the change and returns a `controlFlowId`, the amounts, the exchange rate and fees. Nothing changes until the update call.
///
/// `POST /v1/paymentInitiation/repeatingPayments/preprocess` (`preprocessRepeatingPaymentUpdate`). Built by [`Client::preprocess_repeating_payment_update`](super::Client::preprocess_repeating_payment_update); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct PreprocessRepeatingPaymentUpdate {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
    extra_headers: Vec<(String, String)>,
}
impl PreprocessRepeatingPaymentUpdate {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessRepeatingPaymentUpdate",
        method: rt::Method::Post,
        path: "/v1/paymentInitiation/repeatingPayments/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessRequest,
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
        super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse,
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
    PreprocessRepeatingPaymentUpdate,
    super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsPreprocessResponse,
    super::types::ErrorResponse
);
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
    extra_headers: Vec<(String, String)>,
}
impl PreprocessSepaTransfer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "preprocessSepaTransfer",
        method: rt::Method::Post,
        path: "/v1/emea/moneyMovement/sepaTransfers/preprocess",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::SepaTransfersPreprocessRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::SepaTransfersPreprocessResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    PreprocessSepaTransfer, super::types::SepaTransfersPreprocessResponse,
    super::types::ErrorResponse
);
/// List the accounts that can pay a transfer to a proxy
///
/// Step 1 of a transfer to an account registered under a proxy: the customer's accounts that can pay such a transfer, for one kind of proxy payment. Pages with `nextStartIndex`.
///
/// `GET /v1/moneyMovement/accountProxyTransfers/sourceAccounts` (`retrieveAccountProxyTransferEligibility`). Built by [`Client::retrieve_account_proxy_transfer_eligibility`](super::Client::retrieve_account_proxy_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveAccountProxyTransferEligibility {
    client: super::Client,
    proxy_payment_type: String,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveAccountProxyTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveAccountProxyTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/accountProxyTransfers/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, proxy_payment_type: String) -> Self {
        Self {
            client,
            proxy_payment_type,
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
        super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .query("proxyPaymentType", &self.proxy_payment_type, rt::ParamStyle::FORM);
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
            super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveAccountProxyTransferEligibility,
    super::types::AccountProxyTransfersSourceAccountEligibilityResponse,
    super::types::ErrorResponse
);
/// List eligible accounts for a bill payment
///
/// Returns the accounts that can be debited and the registered billers each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/billPayments/payees/sourceAccounts` (`retrieveBillPaymentEligibility`). Built by [`Client::retrieve_bill_payment_eligibility`](super::Client::retrieve_bill_payment_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveBillPaymentEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveBillPaymentEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/billPayments/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
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
        super::types::BillPaymentAccountPayeeEligibilityResponse,
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
        Result<
            super::types::BillPaymentAccountPayeeEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveBillPaymentEligibility,
    super::types::BillPaymentAccountPayeeEligibilityResponse, super::types::ErrorResponse
);
/// Get one biller
///
/// Returns the details of one biller (merchant).
///
/// `GET /v1/moneyMovement/billPayments/merchants/{merchantNumber}` (`retrieveBillPaymentMerchantDetails`). Built by [`Client::retrieve_bill_payment_merchant_details`](super::Client::retrieve_bill_payment_merchant_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentMerchantDetails {
    client: super::Client,
    merchant_number: String,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveBillPaymentMerchantDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveBillPaymentMerchantDetails",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/billPayments/merchants/{merchantNumber}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, merchant_number: String) -> Self {
        Self {
            client,
            merchant_number,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::MerchantDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("merchantNumber", &self.merchant_number, rt::ParamStyle::SIMPLE);
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
    RetrieveBillPaymentMerchantDetails, super::types::MerchantDetailsResponse,
    super::types::ErrorResponse
);
/// List billers
///
/// Returns the billers (merchants), grouped by biller category, optionally for one category.
///
/// `GET /v1/moneyMovement/billPayments/merchants` (`retrieveBillPaymentMerchants`). Built by [`Client::retrieve_bill_payment_merchants`](super::Client::retrieve_bill_payment_merchants); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentMerchants {
    client: super::Client,
    biller_category_code: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveBillPaymentMerchants {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveBillPaymentMerchants",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/billPayments/merchants",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
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
            biller_category_code: None,
            extra_headers: Vec::new(),
        }
    }
    /// Only billers of this category. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `billerCategoryCode`).
    ///
    /// The query parameter `billerCategoryCode`.
    pub fn biller_category_code(mut self, value: impl Into<String>) -> Self {
        self.biller_category_code = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::MerchantListResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .query(
                "billerCategoryCode",
                &self.biller_category_code,
                rt::ParamStyle::FORM,
            );
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
    RetrieveBillPaymentMerchants, super::types::MerchantListResponse,
    super::types::ErrorResponse
);
/// Get the outstanding bills of a biller payee
///
/// Returns the outstanding bills of a registered biller payee (amount and due date of each) and the references the biller keeps for the customer.
///
/// `GET /v1/moneyMovement/billPayments/payees/{payeeId}/billDetails` (`retrieveBillPaymentPayeeBillDetails`). Built by [`Client::retrieve_bill_payment_payee_bill_details`](super::Client::retrieve_bill_payment_payee_bill_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBillPaymentPayeeBillDetails {
    client: super::Client,
    payee_id: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveBillPaymentPayeeBillDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveBillPaymentPayeeBillDetails",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/billPayments/payees/{payeeId}/billDetails",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["bill_payments"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: String) -> Self {
        Self {
            client,
            payee_id,
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
        super::types::BillDetailsInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("payeeId", &self.payee_id, rt::ParamStyle::SIMPLE);
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
    RetrieveBillPaymentPayeeBillDetails, super::types::BillDetailsInquiryResponse,
    super::types::ErrorResponse
);
/// List the source accounts and payees a bundle of transfers can use
///
/// Step 1 of a bundle of transfers: per payment method, the accounts that can pay and the registered payees they can pay. Pages with `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility` (`retrieveBulkTransferEligibility`). Built by [`Client::retrieve_bulk_transfer_eligibility`](super::Client::retrieve_bulk_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveBulkTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveBulkTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveBulkTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/paymentInitiation/bulk/sourceAccountAndPayees/eligibility",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
        super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
            super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveBulkTransferEligibility,
    super::types::RetrievePaymentInitiationTransactionBulkSourceAccountAndPayeeEligibilityResponse,
    super::types::ErrorResponse
);
/// List eligible accounts for a Citi Global Transfer (to a Citi account in another country)
///
/// Returns the accounts that can be debited and the registered Citi Global Transfer payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts` (`retrieveCitiGlobalTransferEligibility`). Built by [`Client::retrieve_citi_global_transfer_eligibility`](super::Client::retrieve_citi_global_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCitiGlobalTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCitiGlobalTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCitiGlobalTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/citiGlobalTransfers/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
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
        Result<
            super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveCitiGlobalTransferEligibility,
    super::types::CitiGlobalTransfersAccountPayeeEligibilityResponse,
    super::types::ErrorResponse
);
/// List eligible accounts for a cross-border wire transfer
///
/// Returns the accounts that can be debited and the registered cross-border payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts` (`retrieveCrossBorderWireTransferEligibility`). Built by [`Client::retrieve_cross_border_wire_transfer_eligibility`](super::Client::retrieve_cross_border_wire_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCrossBorderWireTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCrossBorderWireTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCrossBorderWireTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/crossBorderWireTransfers/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
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
        Result<
            super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveCrossBorderWireTransferEligibility,
    super::types::CrossBorderWireTransfersAccountPayeeEligibilityResponse,
    super::types::ErrorResponse
);
/// List destination countries
///
/// Returns the countries transfers can be sent to, with each country's code, local currency, bank-branch identifier and whether it uses IBANs. Pages with `nextStartIndex`.
///
/// `GET /v1/moneyMovement/destinationCountries` (`retrieveDestinationCountries`). Built by [`Client::retrieve_destination_countries`](super::Client::retrieve_destination_countries); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveDestinationCountries {
    client: super::Client,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveDestinationCountries {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveDestinationCountries",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/destinationCountries",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::DestinationListResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
            super::types::DestinationListResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::DestinationListResponse| page.next_start_index.clone(),
        )
    }
}
rt::operation_impls!(
    RetrieveDestinationCountries, super::types::DestinationListResponse,
    super::types::ErrorResponse
);
/// List eligible accounts for a transfer to an account at another domestic bank
///
/// Returns the accounts that can be debited and the registered payees at other domestic banks each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts` (`retrieveExternalDomesticTransferEligibility`). Built by [`Client::retrieve_external_domestic_transfer_eligibility`](super::Client::retrieve_external_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveExternalDomesticTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveExternalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveExternalDomesticTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/externalDomesticTransfers/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::ExtDmstcValidPayeeDestAcctsResponse,
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
        Result<
            super::types::ExtDmstcValidPayeeDestAcctsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveExternalDomesticTransferEligibility,
    super::types::ExtDmstcValidPayeeDestAcctsResponse, super::types::ErrorResponse
);
/// List eligible accounts for a transfer to another Citi Handlowy customer
///
/// Returns the accounts that can be debited and the registered Citi Handlowy payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts` (`retrieveInternalDomesticTransferEligibility`). Built by [`Client::retrieve_internal_domestic_transfer_eligibility`](super::Client::retrieve_internal_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveInternalDomesticTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveInternalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveInternalDomesticTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/internalDomesticTransfers/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["internal_domestic_transfers"],
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
        super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
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
        Result<
            super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveInternalDomesticTransferEligibility,
    super::types::InternalDomesticValidSourceDestinationAcccountsResponse,
    super::types::ErrorResponse
);
/// Get the status of every transfer of a bundle
///
/// Returns the status of each transfer of a bundle submitted with one of the bundle calls. Pages with `startIndex` (the index of the first transfer to return) and answers `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/multipleTransfers/{citiBundleId}/status` (`retrieveMultipleTransfersStatus`). Built by [`Client::retrieve_multiple_transfers_status`](super::Client::retrieve_multiple_transfers_status); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveMultipleTransfersStatus {
    client: super::Client,
    citi_bundle_id: String,
    start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveMultipleTransfersStatus {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveMultipleTransfersStatus",
        method: rt::Method::Get,
        path: "/v1/paymentInitiation/multipleTransfers/{citiBundleId}/status",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, citi_bundle_id: String) -> Self {
        Self {
            client,
            citi_bundle_id,
            start_index: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Index of the first transfer to return, as returned in the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `startIndex`.
    pub fn start_index(mut self, value: impl Into<String>) -> Self {
        self.start_index = Some(value.into());
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
        super::types::RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("citiBundleId", &self.citi_bundle_id, rt::ParamStyle::SIMPLE);
        request.query("startIndex", &self.start_index, rt::ParamStyle::FORM);
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
    RetrieveMultipleTransfersStatus,
    super::types::RetrievePaymentInitiationTransactionMultipleTransfersStatusResponse,
    super::types::ErrorResponse
);
/// Get one payee
///
/// Returns one registered payee; the object matching the payee's destination type is populated.
///
/// `GET /v1/moneyMovement/payees/{payeeId}` (`retrievePayee`). Built by [`Client::retrieve_payee`](super::Client::retrieve_payee); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayee {
    client: super::Client,
    payee_id: String,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePayee {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePayee",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/payees/{payeeId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: String) -> Self {
        Self {
            client,
            payee_id,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PayeeDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("payeeId", &self.payee_id, rt::ParamStyle::SIMPLE);
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
    RetrievePayee, super::types::PayeeDetailsResponse, super::types::ErrorResponse
);
/// Get additional details of one payee
///
/// Returns the additional details of one registered payee (newer API of the same SDK). Response model inferred: PayeeDetailsResponse.
///
/// `GET /v1/moneyMovement/payees/{payeeId}/details` (`retrievePayeeDetails`). Built by [`Client::retrieve_payee_details`](super::Client::retrieve_payee_details); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayeeDetails {
    client: super::Client,
    payee_id: String,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePayeeDetails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePayeeDetails",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/payees/{payeeId}/details",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, payee_id: String) -> Self {
        Self {
            client,
            payee_id,
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
        super::types::PayeeDetailsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.path_param("payeeId", &self.payee_id, rt::ParamStyle::SIMPLE);
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
    RetrievePayeeDetails, super::types::PayeeDetailsResponse, super::types::ErrorResponse
);
/// List valid source and destination combinations
///
/// Returns the valid source account / payee / own destination account combinations for all transfer types, optionally filtered by payment type.
///
/// `GET /v1/moneyMovement/payees/sourceAccounts` (`retrievePayeeSourceAccounts`). Built by [`Client::retrieve_payee_source_accounts`](super::Client::retrieve_payee_source_accounts); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayeeSourceAccounts {
    client: super::Client,
    payment_type: Option<String>,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePayeeSourceAccounts {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePayeeSourceAccounts",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
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
            payment_type: None,
            next_start_index: None,
            extra_headers: Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
        self
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
        super::types::ValidSourceDestinationAccountsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("paymentType", &self.payment_type, rt::ParamStyle::FORM);
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
        Result<
            super::types::ValidSourceDestinationAccountsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrievePayeeSourceAccounts, super::types::ValidSourceDestinationAccountsResponse,
    super::types::ErrorResponse
);
/// List registered payees
///
/// Returns the customer's registered payees, optionally filtered by payment type, one page at a time.
///
/// `GET /v1/moneyMovement/payees` (`retrievePayees`). Built by [`Client::retrieve_payees`](super::Client::retrieve_payees); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePayees {
    client: super::Client,
    payment_type: Option<String>,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePayees {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePayees",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/payees",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["payees"],
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
            payment_type: None,
            next_start_index: None,
            extra_headers: Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
        self
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
        super::types::PayeeListResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("paymentType", &self.payment_type, rt::ParamStyle::FORM);
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
        Result<super::types::PayeeListResponse, rt::Error<super::types::ErrorResponse>>,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::PayeeListResponse| page.next_start_index.clone(),
        )
    }
}
rt::operation_impls!(
    RetrievePayees, super::types::PayeeListResponse, super::types::ErrorResponse
);
/// List eligible accounts for a transfer between the customer's own accounts
///
/// Returns the customer's accounts that can be debited and the own accounts each can credit. Step 1 of the transfer flow.
///
/// `GET /v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts` (`retrievePersonalDomesticTransferEligibility`). Built by [`Client::retrieve_personal_domestic_transfer_eligibility`](super::Client::retrieve_personal_domestic_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrievePersonalDomesticTransferEligibility {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrievePersonalDomesticTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrievePersonalDomesticTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/moneyMovement/personalDomesticTransfers/destinationAccounts/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["personal_domestic_transfers"],
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
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::PersonalDomesticValidSrcDesAcctRes,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
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
    RetrievePersonalDomesticTransferEligibility,
    super::types::PersonalDomesticValidSrcDesAcctRes, super::types::ErrorResponse
);
/// List the standing instructions
///
/// Returns the customer's standing instructions (repeating and future-dated payments), optionally of one payment type. Pages with `nextStartIndex`.
///
/// `GET /v1/paymentInitiation/repeatingPayments` (`retrieveRepeatingPayments`). Built by [`Client::retrieve_repeating_payments`](super::Client::retrieve_repeating_payments); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveRepeatingPayments {
    client: super::Client,
    payment_type: Option<String>,
    next_start_index: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveRepeatingPayments {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveRepeatingPayments",
        method: rt::Method::Get,
        path: "/v1/paymentInitiation/repeatingPayments",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
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
            payment_type: None,
            next_start_index: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Only payees of this payment type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `paymentType`).
    ///
    /// The query parameter `paymentType`.
    pub fn payment_type(mut self, value: impl Into<String>) -> Self {
        self.payment_type = Some(value.into());
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
        super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("paymentType", &self.payment_type, rt::ParamStyle::FORM);
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
            super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveRepeatingPayments,
    super::types::RetrievePaymentInitiationTransactionRepeatingPaymentsResponse,
    super::types::ErrorResponse
);
/// List eligible accounts for a SEPA transfer
///
/// Returns the accounts that can be debited and the registered SEPA payees each can pay. Step 1 of the transfer flow.
///
/// `GET /v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts` (`retrieveSepaTransferEligibility`). Built by [`Client::retrieve_sepa_transfer_eligibility`](super::Client::retrieve_sepa_transfer_eligibility); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveSepaTransferEligibility {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveSepaTransferEligibility {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveSepaTransferEligibility",
        method: rt::Method::Get,
        path: "/v1/emea/moneyMovement/sepaTransfers/payees/sourceAccounts",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["external_domestic_transfers"],
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
        super::types::SepaTransfersAccountPayeeEligibilityResponse,
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
        Result<
            super::types::SepaTransfersAccountPayeeEligibilityResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
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
rt::operation_impls!(
    RetrieveSepaTransferEligibility,
    super::types::SepaTransfersAccountPayeeEligibilityResponse,
    super::types::ErrorResponse
);
/// Change a standing instruction
///
/// Step 2 of changing a standing instruction: applies the preprocessed change. If the call asks for an MFA step-up (403 with `moreInfo.controlFlowId`), complete it with the confirmation call.
///
/// `PUT /v1/paymentInitiation/repeatingPayments` (`updateRepeatingPayment`). Built by [`Client::update_repeating_payment`](super::Client::update_repeating_payment); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateRepeatingPayment {
    client: super::Client,
    client_details: Option<String>,
    body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateRepeatingPayment {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateRepeatingPayment",
        method: rt::Method::Put,
        path: "/v1/paymentInitiation/repeatingPayments",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &[
                        "internal_domestic_transfers",
                        "external_domestic_transfers",
                    ],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::UpdatePaymentInitiationTransactionRepeatingPaymentsRequest,
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
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
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
rt::operation_impls!(UpdateRepeatingPayment, (), super::types::ErrorResponse);
