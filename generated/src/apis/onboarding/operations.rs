// @generated from specs/onboarding.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Accept the offered product
///
/// Accepts the requested product, a counter-offer or a cross-sell offer, with the applicant's selections (credit limit, card delivery, insurance).
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/offerAcceptance` (`acceptApplicationOffer`). Built by [`Client::accept_application_offer`](super::Client::accept_application_offer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct AcceptApplicationOffer {
    client: super::Client,
    application_id: String,
    body: super::types::OfferAcceptanceRequest,
    extra_headers: Vec<(String, String)>,
}
impl AcceptApplicationOffer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "acceptApplicationOffer",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/offerAcceptance",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::OfferAcceptanceRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(AcceptApplicationOffer, (), super::types::ErrorResponse);
/// Add a supplementary applicant
///
/// Adds a supplementary applicant (for example a supplementary card holder) to the application. The request and response bodies are inferred.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/applicants` (`addApplicant`). Built by [`Client::add_applicant`](super::Client::add_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct AddApplicant {
    client: super::Client,
    application_id: String,
    body: super::types::ApplicantAddRequest,
    extra_headers: Vec<(String, String)>,
}
impl AddApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "addApplicant",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::ApplicantAddRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicantAddResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    AddApplicant, super::types::ApplicantAddResponse, super::types::ErrorResponse
);
/// Create a credit-card application
///
/// Creates an application for the chosen product with the primary applicant's details. Returns the application identifier, its stage and the `controlFlowId` to send on the later calls. Poland, Russia and UAE use a different create-application call than APAC (portal text); the request shape here is the APAC one.
///
/// `POST /v1/emea/onboarding/applications` (`createApplication`). Built by [`Client::create_application`](super::Client::create_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CreateApplication {
    client: super::Client,
    accept_language: Option<String>,
    body: super::types::ApplicationAddRequest,
    extra_headers: Vec<(String, String)>,
}
impl CreateApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "createApplication",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ApplicationAddRequest,
    ) -> Self {
        Self {
            client,
            accept_language: None,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicationAddResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
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
    CreateApplication, super::types::ApplicationAddResponse, super::types::ErrorResponse
);
/// Capture a prospect (lead)
///
/// Records a prospect interested in a product group, for the bank to follow up (lead capture).
///
/// `POST /v1/emea/onboarding/prospects` (`createProspect`). Built by [`Client::create_prospect`](super::Client::create_prospect); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CreateProspect {
    client: super::Client,
    body: super::types::ProspectAddRequest,
    extra_headers: Vec<(String, String)>,
}
impl CreateProspect {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "createProspect",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/prospects",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ProspectAddRequest,
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
        super::types::ProspectAddResponse,
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
    CreateProspect, super::types::ProspectAddResponse, super::types::ErrorResponse
);
/// Remove a supplementary applicant
///
/// Removes a supplementary applicant from the application. The request body and the 204 response are inferred.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}/delete` (`deleteApplicant`). Built by [`Client::delete_applicant`](super::Client::delete_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DeleteApplicant {
    client: super::Client,
    application_id: String,
    applicant_id: String,
    body: super::types::ApplicantDeleteRequest,
    extra_headers: Vec<(String, String)>,
}
impl DeleteApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "deleteApplicant",
        method: rt::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}/delete",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        applicant_id: String,
        body: super::types::ApplicantDeleteRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
        request.path_param("applicantId", &self.applicant_id, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(DeleteApplicant, (), super::types::ErrorResponse);
/// Request the credit decision (in-principle approval)
///
/// Requests the credit decision (in-principle approval, IPA) and returns the decision on the requested product with any counter-offers and cross-sell offers and the documents still required.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/inPrincipleApprovals` (`requestInPrincipleApproval`). Built by [`Client::request_in_principle_approval`](super::Client::request_in_principle_approval); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RequestInPrincipleApproval {
    client: super::Client,
    application_id: String,
    body: super::types::InPrincipleApprovalRequest,
    extra_headers: Vec<(String, String)>,
}
impl RequestInPrincipleApproval {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "requestInPrincipleApproval",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/inPrincipleApprovals",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::InPrincipleApprovalRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::InPrincipleApprovalResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    RequestInPrincipleApproval, super::types::InPrincipleApprovalResponse,
    super::types::ErrorResponse
);
/// Retrieve the supplementary applicants
///
/// Returns the supplementary applicants of the application, or one of them when `applicantId` is given. The response body is inferred.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}/applicants` (`retrieveApplicants`). Built by [`Client::retrieve_applicants`](super::Client::retrieve_applicants); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplicants {
    client: super::Client,
    application_id: String,
    applicant_id: Option<String>,
    control_flow_id: String,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveApplicants {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveApplicants",
        method: rt::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        control_flow_id: String,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id: None,
            control_flow_id,
            extra_headers: Vec::new(),
        }
    }
    /// Identifier of one supplementary applicant to return; omit for all.
    ///
    /// The query parameter `applicantId`.
    pub fn applicant_id(mut self, value: impl Into<String>) -> Self {
        self.applicant_id = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicantInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
        request.query("applicantId", &self.applicant_id, rt::ParamStyle::FORM);
        request.query("controlFlowId", &self.control_flow_id, rt::ParamStyle::FORM);
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
    RetrieveApplicants, super::types::ApplicantInquiryResponse,
    super::types::ErrorResponse
);
/// Retrieve an application
///
/// Returns a saved application: its stage, product, applicant and any decisions and offers.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}` (`retrieveApplication`). Built by [`Client::retrieve_application`](super::Client::retrieve_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplication {
    client: super::Client,
    application_id: String,
    control_flow_id: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveApplication",
        method: rt::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, application_id: String) -> Self {
        Self {
            client,
            application_id,
            control_flow_id: None,
            extra_headers: Vec::new(),
        }
    }
    /// Identifier of the flow, from the create call.
    ///
    /// The query parameter `controlFlowId`.
    pub fn control_flow_id(mut self, value: impl Into<String>) -> Self {
        self.control_flow_id = Some(value.into());
        self
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicationInquiryResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
        request.query("controlFlowId", &self.control_flow_id, rt::ParamStyle::FORM);
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
    RetrieveApplication, super::types::ApplicationInquiryResponse,
    super::types::ErrorResponse
);
/// Retrieve the status of an application
///
/// Returns the stage of the application with the decision on the requested product and any offers.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}/status` (`retrieveApplicationStatus`). Built by [`Client::retrieve_application_status`](super::Client::retrieve_application_status); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplicationStatus {
    client: super::Client,
    application_id: String,
    control_flow_id: String,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveApplicationStatus {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveApplicationStatus",
        method: rt::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}/status",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        control_flow_id: String,
    ) -> Self {
        Self {
            client,
            application_id,
            control_flow_id,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicationStatusResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
        request.query("controlFlowId", &self.control_flow_id, rt::ParamStyle::FORM);
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
    RetrieveApplicationStatus, super::types::ApplicationStatusResponse,
    super::types::ErrorResponse
);
/// Retrieve the product catalogue
///
/// Returns the credit products that can be applied for, with their limits, fees, interest rate, terms and the codes to use when creating an application. Paged with `nextStartIndex` (the paging parameter is inferred).
///
/// `GET /v1/emea/onboarding/products` (`retrieveProductCatalogue`). Built by [`Client::retrieve_product_catalogue`](super::Client::retrieve_product_catalogue); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveProductCatalogue {
    client: super::Client,
    next_start_index: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveProductCatalogue {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveProductCatalogue",
        method: rt::Method::Get,
        path: "/v1/emea/onboarding/products",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
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
        super::types::ProductCatalogueResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
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
    /// Every page of the list, starting at this request's cursor and following the cursor
    /// each page returns until a page returns none. A cursor the server already returned
    /// ends the stream with an error that says so, after the page that returned it.
    pub fn pages(
        self,
    ) -> rt::BoxStream<
        'static,
        Result<
            super::types::ProductCatalogueResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::ProductCatalogueResponse| page.next_start_index.clone(),
        )
    }
}
rt::operation_impls!(
    RetrieveProductCatalogue, super::types::ProductCatalogueResponse,
    super::types::ErrorResponse
);
/// Run the background screening
///
/// Runs the background screening of the applicant and returns the stage the application has reached.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/backgroundScreening` (`screenApplicant`). Built by [`Client::screen_applicant`](super::Client::screen_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ScreenApplicant {
    client: super::Client,
    application_id: String,
    body: super::types::BackgroundScreeningRequest,
    extra_headers: Vec<(String, String)>,
}
impl ScreenApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "screenApplicant",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/backgroundScreening",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::BackgroundScreeningRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::BackgroundScreeningResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    ScreenApplicant, super::types::BackgroundScreeningResponse,
    super::types::ErrorResponse
);
/// Send a one-time password to the applicant
///
/// Generates a one-time password and sends it to the applicant's phone; returns the masked number it was sent to.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/mfa/otp` (`sendApplicationOtp`). Built by [`Client::send_application_otp`](super::Client::send_application_otp); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SendApplicationOtp {
    client: super::Client,
    application_id: String,
    client_details: Option<String>,
    body: super::types::UnsecuredApplicationGenerateAndSendOtpRequest,
    extra_headers: Vec<(String, String)>,
}
impl SendApplicationOtp {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "sendApplicationOtp",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/mfa/otp",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::UnsecuredApplicationGenerateAndSendOtpRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::UnsecuredApplicationGenerateAndSendOtpResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    SendApplicationOtp, super::types::UnsecuredApplicationGenerateAndSendOtpResponse,
    super::types::ErrorResponse
);
/// Submit the application
///
/// Submits the completed application for final processing.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/submission` (`submitApplication`). Built by [`Client::submit_application`](super::Client::submit_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SubmitApplication {
    client: super::Client,
    application_id: String,
    body: super::types::FinalSubmitRequest,
    extra_headers: Vec<(String, String)>,
}
impl SubmitApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "submitApplication",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/submission",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::FinalSubmitRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(SubmitApplication, (), super::types::ErrorResponse);
/// Update a supplementary applicant
///
/// Changes the details of a supplementary applicant. The request body and the 204 response are inferred.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}` (`updateApplicant`). Built by [`Client::update_applicant`](super::Client::update_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateApplicant {
    client: super::Client,
    application_id: String,
    applicant_id: String,
    body: super::types::ApplicantUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateApplicant",
        method: rt::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        applicant_id: String,
        body: super::types::ApplicantUpdateRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(self) -> rt::ResponseFuture<(), super::types::ErrorResponse> {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
        request.path_param("applicantId", &self.applicant_id, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(UpdateApplicant, (), super::types::ErrorResponse);
/// Update a saved application
///
/// Changes the product or applicant details of a saved application.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}` (`updateApplication`). Built by [`Client::update_application`](super::Client::update_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateApplication {
    client: super::Client,
    application_id: String,
    body: super::types::ApplicationUpdateRequest,
    extra_headers: Vec<(String, String)>,
}
impl UpdateApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "updateApplication",
        method: rt::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::ApplicationUpdateRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::ApplicationUpdateResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    UpdateApplication, super::types::ApplicationUpdateResponse,
    super::types::ErrorResponse
);
/// Upload a document
///
/// Attaches a base64-encoded document (for example proof of income or identity) to the application.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/documents` (`uploadApplicationDocument`). Built by [`Client::upload_application_document`](super::Client::upload_application_document); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UploadApplicationDocument {
    client: super::Client,
    application_id: String,
    body: super::types::InsertDocumentRequest,
    extra_headers: Vec<(String, String)>,
}
impl UploadApplicationDocument {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "uploadApplicationDocument",
        method: rt::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/documents",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::InsertDocumentRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            body,
            extra_headers: Vec::new(),
        }
    }
    /// Sends the request and decodes the response, when awaited.
    pub fn send(
        self,
    ) -> rt::ResponseFuture<
        super::types::InsertDocumentResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
    UploadApplicationDocument, super::types::InsertDocumentResponse,
    super::types::ErrorResponse
);
/// Validate the applicant's one-time password
///
/// Checks the one-time password the applicant entered.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/mfa/otp` (`validateApplicationOtp`). Built by [`Client::validate_application_otp`](super::Client::validate_application_otp); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ValidateApplicationOtp {
    client: super::Client,
    application_id: String,
    client_details: Option<String>,
    body: super::types::UnsecuredApplicationValidateOtpRequest,
    extra_headers: Vec<(String, String)>,
}
impl ValidateApplicationOtp {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "validateApplicationOtp",
        method: rt::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/mfa/otp",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: String,
        body: super::types::UnsecuredApplicationValidateOtpRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        request
            .path_param("applicationId", &self.application_id, rt::ParamStyle::SIMPLE);
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
rt::operation_impls!(ValidateApplicationOtp, (), super::types::ErrorResponse);
