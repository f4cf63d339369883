// @generated from specs/customers.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Confirm an e-mail address change after MFA
///
/// Finishes an e-mail address change that required a multi-factor step-up, identified by the step-up's `controlFlowId`. The request body is inferred.
///
/// `POST /v1/customers/profiles/emails/confirmation` (`confirmCustomerEmailsUpdate`). Built by [`Client::confirm_customer_emails_update`](super::Client::confirm_customer_emails_update); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCustomerEmailsUpdate {
    client: super::Client,
    body: super::types::ConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmCustomerEmailsUpdate {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmCustomerEmailsUpdate",
        method: rt::Method::Post,
        path: "/v1/customers/profiles/emails/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ConfirmationRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(ConfirmCustomerEmailsUpdate, (), super::types::ErrorResponse);
/// Confirm a phone number change after MFA
///
/// Finishes a phone number change that required a multi-factor step-up, identified by the step-up's `controlFlowId`. The request body is inferred.
///
/// `POST /v1/customers/profiles/phoneNumbers/confirmation` (`confirmCustomerPhoneNumbersUpdate`). Built by [`Client::confirm_customer_phone_numbers_update`](super::Client::confirm_customer_phone_numbers_update); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ConfirmCustomerPhoneNumbersUpdate {
    client: super::Client,
    body: super::types::ConfirmationRequest,
    extra_headers: Vec<(String, String)>,
}
impl ConfirmCustomerPhoneNumbersUpdate {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "confirmCustomerPhoneNumbersUpdate",
        method: rt::Method::Post,
        path: "/v1/customers/profiles/phoneNumbers/confirmation",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ConfirmationRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(ConfirmCustomerPhoneNumbersUpdate, (), super::types::ErrorResponse);
/// Retrieve the customer's addresses
///
/// Returns the addresses of the customer's profile.
///
/// `GET /v1/customers/profiles/addresses` (`retrieveCustomerAddresses`). Built by [`Client::retrieve_customer_addresses`](super::Client::retrieve_customer_addresses); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCustomerAddresses {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCustomerAddresses {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCustomerAddresses",
        method: rt::Method::Get,
        path: "/v1/customers/profiles/addresses",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
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
        super::types::CustomerAddressResponse,
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
    RetrieveCustomerAddresses, super::types::CustomerAddressResponse,
    super::types::ErrorResponse
);
/// Retrieve the customer's basic particulars
///
/// Returns the customer's particulars (names, prefix, suffix) with the customer type and segment.
///
/// `GET /v1/customers/profiles/basic` (`retrieveCustomerBasicProfile`). Built by [`Client::retrieve_customer_basic_profile`](super::Client::retrieve_customer_basic_profile); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCustomerBasicProfile {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCustomerBasicProfile {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCustomerBasicProfile",
        method: rt::Method::Get,
        path: "/v1/customers/profiles/basic",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
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
        super::types::CustomerBasicResponse,
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
    RetrieveCustomerBasicProfile, super::types::CustomerBasicResponse,
    super::types::ErrorResponse
);
/// Retrieve the customer's e-mail addresses
///
/// Returns the e-mail addresses of the customer's profile.
///
/// `GET /v1/customers/profiles/emails` (`retrieveCustomerEmails`). Built by [`Client::retrieve_customer_emails`](super::Client::retrieve_customer_emails); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCustomerEmails {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCustomerEmails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCustomerEmails",
        method: rt::Method::Get,
        path: "/v1/customers/profiles/emails",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
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
        super::types::CustomerEmailResponse,
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
    RetrieveCustomerEmails, super::types::CustomerEmailResponse,
    super::types::ErrorResponse
);
/// Retrieve the customer's phone numbers
///
/// Returns the phone numbers of the customer's profile.
///
/// `GET /v1/customers/profiles/phoneNumbers` (`retrieveCustomerPhoneNumbers`). Built by [`Client::retrieve_customer_phone_numbers`](super::Client::retrieve_customer_phone_numbers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCustomerPhoneNumbers {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCustomerPhoneNumbers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCustomerPhoneNumbers",
        method: rt::Method::Get,
        path: "/v1/customers/profiles/phoneNumbers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
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
        super::types::CustomerPhoneResponse,
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
    RetrieveCustomerPhoneNumbers, super::types::CustomerPhoneResponse,
    super::types::ErrorResponse
);
/// Retrieve the customer profile
///
/// Returns the customer's type and segment, names and particulars, addresses, e-mail addresses and phone numbers in one call.
///
/// `GET /v1/customers/profiles` (`retrieveCustomerProfile`). Built by [`Client::retrieve_customer_profile`](super::Client::retrieve_customer_profile); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveCustomerProfile {
    client: super::Client,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveCustomerProfile {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveCustomerProfile",
        method: rt::Method::Get,
        path: "/v1/customers/profiles",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
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
        super::types::CustomerProfileResponse,
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
    RetrieveCustomerProfile, super::types::CustomerProfileResponse,
    super::types::ErrorResponse
);
/// Update the customer's e-mail addresses
///
/// Changes the customer's e-mail addresses. The change may require a multi-factor step-up:
/// the call then answers 403 with `moreInfo.controlFlowId`, and the change is finished with
/// `POST /v1/customers/profiles/emails/confirmation`. The request body is inferred.
///
/// `PUT /v1/customers/profiles/emails` (`updateCustomerEmails`). Built by [`Client::update_customer_emails`](super::Client::update_customer_emails); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateCustomerEmails {
    client: super::Client,
    body: super::types::EmailUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateCustomerEmails {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateCustomerEmails",
        method: rt::Method::Put,
        path: "/v1/customers/profiles/emails",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::EmailUpdateRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(UpdateCustomerEmails, (), super::types::ErrorResponse);
/// Update the customer's phone numbers
///
/// Changes the customer's phone numbers. The change may require a multi-factor step-up:
/// the call then answers 403 with `moreInfo.controlFlowId`, and the change is finished with
/// `POST /v1/customers/profiles/phoneNumbers/confirmation`. The request body is inferred.
///
/// `PUT /v1/customers/profiles/phoneNumbers` (`updateCustomerPhoneNumbers`). Built by [`Client::update_customer_phone_numbers`](super::Client::update_customer_phone_numbers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateCustomerPhoneNumbers {
    client: super::Client,
    body: super::types::PhoneUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateCustomerPhoneNumbers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateCustomerPhoneNumbers",
        method: rt::Method::Put,
        path: "/v1/customers/profiles/phoneNumbers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::PhoneUpdateRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(UpdateCustomerPhoneNumbers, (), super::types::ErrorResponse);
/// Update the customer profile
///
/// Updates the customer's addresses, phone numbers and e-mail addresses in one call. Entries
/// are identified by their `addressKey`, `emailKey` and `phoneKey`. The request body is
/// inferred; the catalog only records the operation's summary.
///
/// `PUT /v1/customers/profiles` (`updateCustomerProfile`). Built by [`Client::update_customer_profile`](super::Client::update_customer_profile); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateCustomerProfile {
    client: super::Client,
    body: super::types::CustomerProfileUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateCustomerProfile {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateCustomerProfile",
        method: rt::Method::Put,
        path: "/v1/customers/profiles",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "authorizationCode",
                    scopes: &["customers_profiles"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::CustomerProfileUpdateRequest,
    ) -> Self {
        Self {
            client,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        let body = &self.body;
        request.json(body, "application/json");
        request.extra_headers(&self.extra_headers);
        let decode = |response: rt::Response| match response.status() {
            204 => response.empty(),
            400 | 401 | 403 | 404 | 500 => {
                Err(response.error_json(::std::convert::identity))
            }
            _ => Err(response.unexpected()),
        };
        self.client.api_client().send(request, decode)
    }
}
rt::operation_impls!(UpdateCustomerProfile, (), super::types::ErrorResponse);
