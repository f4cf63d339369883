// @generated from specs/onboarding.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Accept the offered product
///
/// Accepts the requested product, a counter-offer or a cross-sell offer, with the applicant's selections (credit limit, card delivery, insurance).
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/offerAcceptance` (`acceptApplicationOffer`). Built by [`Client::accept_application_offer`](super::Client::accept_application_offer); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct AcceptApplicationOffer {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::OfferAcceptanceRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl AcceptApplicationOffer {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "acceptApplicationOffer",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/offerAcceptance",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::OfferAcceptanceRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for AcceptApplicationOffer {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Add a supplementary applicant
///
/// Adds a supplementary applicant (for example a supplementary card holder) to the application. The request and response bodies are inferred.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/applicants` (`addApplicant`). Built by [`Client::add_applicant`](super::Client::add_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct AddApplicant {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::ApplicantAddRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl AddApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "addApplicant",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::ApplicantAddRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::ApplicantAddResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for AddApplicant {
    type Output = ::std::result::Result<
        super::types::ApplicantAddResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Create a credit-card application
///
/// Creates an application for the chosen product with the primary applicant's details. Returns the application identifier, its stage and the `controlFlowId` to send on the later calls. Poland, Russia and UAE use a different create-application call than APAC (portal text); the request shape here is the APAC one.
///
/// `POST /v1/emea/onboarding/applications` (`createApplication`). Built by [`Client::create_application`](super::Client::create_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct CreateApplication {
    client: super::Client,
    accept_language: ::std::option::Option<::std::string::String>,
    body: super::types::ApplicationAddRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CreateApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "createApplication",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ApplicationAddRequest,
    ) -> Self {
        Self {
            client,
            accept_language: ::std::option::Option::None,
            body,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accept_language = ::std::option::Option::Some(value.into());
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
        super::types::ApplicationAddResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .header(
                "Accept-Language",
                &self.accept_language,
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
impl ::std::future::IntoFuture for CreateApplication {
    type Output = ::std::result::Result<
        super::types::ApplicationAddResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
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
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl CreateProspect {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "createProspect",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/prospects",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        body: super::types::ProspectAddRequest,
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
        super::types::ProspectAddResponse,
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
impl ::std::future::IntoFuture for CreateProspect {
    type Output = ::std::result::Result<
        super::types::ProspectAddResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Remove a supplementary applicant
///
/// Removes a supplementary applicant from the application. The request body and the 204 response are inferred.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}/delete` (`deleteApplicant`). Built by [`Client::delete_applicant`](super::Client::delete_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct DeleteApplicant {
    client: super::Client,
    application_id: ::std::string::String,
    applicant_id: ::std::string::String,
    body: super::types::ApplicantDeleteRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl DeleteApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "deleteApplicant",
        method: crate::runtime::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}/delete",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        applicant_id: ::std::string::String,
        body: super::types::ApplicantDeleteRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id,
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .path_param(
                "applicantId",
                &self.applicant_id,
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
impl ::std::future::IntoFuture for DeleteApplicant {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Request the credit decision (in-principle approval)
///
/// Requests the credit decision (in-principle approval, IPA) and returns the decision on the requested product with any counter-offers and cross-sell offers and the documents still required.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/inPrincipleApprovals` (`requestInPrincipleApproval`). Built by [`Client::request_in_principle_approval`](super::Client::request_in_principle_approval); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RequestInPrincipleApproval {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::InPrincipleApprovalRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RequestInPrincipleApproval {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "requestInPrincipleApproval",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/inPrincipleApprovals",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::InPrincipleApprovalRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::InPrincipleApprovalResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for RequestInPrincipleApproval {
    type Output = ::std::result::Result<
        super::types::InPrincipleApprovalResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Retrieve the supplementary applicants
///
/// Returns the supplementary applicants of the application, or one of them when `applicantId` is given. The response body is inferred.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}/applicants` (`retrieveApplicants`). Built by [`Client::retrieve_applicants`](super::Client::retrieve_applicants); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplicants {
    client: super::Client,
    application_id: ::std::string::String,
    applicant_id: ::std::option::Option<::std::string::String>,
    control_flow_id: ::std::string::String,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveApplicants {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveApplicants",
        method: crate::runtime::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        control_flow_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id: ::std::option::Option::None,
            control_flow_id,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Identifier of one supplementary applicant to return; omit for all.
    ///
    /// The query parameter `applicantId`.
    pub fn applicant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applicant_id = ::std::option::Option::Some(value.into());
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
        super::types::ApplicantInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query("applicantId", &self.applicant_id, crate::runtime::ParamStyle::FORM);
        request
            .query(
                "controlFlowId",
                &self.control_flow_id,
                crate::runtime::ParamStyle::FORM,
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
impl ::std::future::IntoFuture for RetrieveApplicants {
    type Output = ::std::result::Result<
        super::types::ApplicantInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Retrieve an application
///
/// Returns a saved application: its stage, product, applicant and any decisions and offers.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}` (`retrieveApplication`). Built by [`Client::retrieve_application`](super::Client::retrieve_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplication {
    client: super::Client,
    application_id: ::std::string::String,
    control_flow_id: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveApplication",
        method: crate::runtime::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            application_id,
            control_flow_id: ::std::option::Option::None,
            extra_headers: ::std::vec::Vec::new(),
        }
    }
    /// Identifier of the flow, from the create call.
    ///
    /// The query parameter `controlFlowId`.
    pub fn control_flow_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.control_flow_id = ::std::option::Option::Some(value.into());
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
        super::types::ApplicationInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "controlFlowId",
                &self.control_flow_id,
                crate::runtime::ParamStyle::FORM,
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
impl ::std::future::IntoFuture for RetrieveApplication {
    type Output = ::std::result::Result<
        super::types::ApplicationInquiryResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Retrieve the status of an application
///
/// Returns the stage of the application with the decision on the requested product and any offers.
///
/// `GET /v1/emea/onboarding/applications/{applicationId}/status` (`retrieveApplicationStatus`). Built by [`Client::retrieve_application_status`](super::Client::retrieve_application_status); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveApplicationStatus {
    client: super::Client,
    application_id: ::std::string::String,
    control_flow_id: ::std::string::String,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveApplicationStatus {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveApplicationStatus",
        method: crate::runtime::Method::Get,
        path: "/v1/emea/onboarding/applications/{applicationId}/status",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        control_flow_id: ::std::string::String,
    ) -> Self {
        Self {
            client,
            application_id,
            control_flow_id,
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
        super::types::ApplicationStatusResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .query(
                "controlFlowId",
                &self.control_flow_id,
                crate::runtime::ParamStyle::FORM,
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
impl ::std::future::IntoFuture for RetrieveApplicationStatus {
    type Output = ::std::result::Result<
        super::types::ApplicationStatusResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Retrieve the product catalogue
///
/// Returns the credit products that can be applied for, with their limits, fees, interest rate, terms and the codes to use when creating an application. Paged with `nextStartIndex` (the paging parameter is inferred).
///
/// `GET /v1/emea/onboarding/products` (`retrieveProductCatalogue`). Built by [`Client::retrieve_product_catalogue`](super::Client::retrieve_product_catalogue); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveProductCatalogue {
    client: super::Client,
    next_start_index: ::std::option::Option<::std::string::String>,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl RetrieveProductCatalogue {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "retrieveProductCatalogue",
        method: crate::runtime::Method::Get,
        path: "/v1/emea/onboarding/products",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
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
        super::types::ProductCatalogueResponse,
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
            400 | 401 | 403 | 404 | 422 | 500 => {
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
            super::types::ProductCatalogueResponse,
            crate::runtime::Error<super::types::ErrorResponse>,
        >,
    > {
        crate::runtime::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::ProductCatalogueResponse| page.next_start_index.clone(),
        )
    }
}
impl ::std::future::IntoFuture for RetrieveProductCatalogue {
    type Output = ::std::result::Result<
        super::types::ProductCatalogueResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Run the background screening
///
/// Runs the background screening of the applicant and returns the stage the application has reached.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/backgroundScreening` (`screenApplicant`). Built by [`Client::screen_applicant`](super::Client::screen_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ScreenApplicant {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::BackgroundScreeningRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ScreenApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "screenApplicant",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/backgroundScreening",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::BackgroundScreeningRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::BackgroundScreeningResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for ScreenApplicant {
    type Output = ::std::result::Result<
        super::types::BackgroundScreeningResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Send a one-time password to the applicant
///
/// Generates a one-time password and sends it to the applicant's phone; returns the masked number it was sent to.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/mfa/otp` (`sendApplicationOtp`). Built by [`Client::send_application_otp`](super::Client::send_application_otp); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SendApplicationOtp {
    client: super::Client,
    application_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::UnsecuredApplicationGenerateAndSendOtpRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl SendApplicationOtp {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "sendApplicationOtp",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/mfa/otp",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::UnsecuredApplicationGenerateAndSendOtpRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::UnsecuredApplicationGenerateAndSendOtpResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
            200 => response.json(),
            400 | 401 | 403 | 404 | 422 | 500 => {
                ::std::result::Result::Err(response.error_json(::std::convert::identity))
            }
            _ => ::std::result::Result::Err(response.unexpected()),
        }
    }
}
impl ::std::future::IntoFuture for SendApplicationOtp {
    type Output = ::std::result::Result<
        super::types::UnsecuredApplicationGenerateAndSendOtpResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Submit the application
///
/// Submits the completed application for final processing.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/submission` (`submitApplication`). Built by [`Client::submit_application`](super::Client::submit_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SubmitApplication {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::FinalSubmitRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl SubmitApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "submitApplication",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/submission",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::FinalSubmitRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for SubmitApplication {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Update a supplementary applicant
///
/// Changes the details of a supplementary applicant. The request body and the 204 response are inferred.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}` (`updateApplicant`). Built by [`Client::update_applicant`](super::Client::update_applicant); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateApplicant {
    client: super::Client,
    application_id: ::std::string::String,
    applicant_id: ::std::string::String,
    body: super::types::ApplicantUpdateRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl UpdateApplicant {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "updateApplicant",
        method: crate::runtime::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        applicant_id: ::std::string::String,
        body: super::types::ApplicantUpdateRequest,
    ) -> Self {
        Self {
            client,
            application_id,
            applicant_id,
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
    ) -> ::std::result::Result<(), crate::runtime::Error<super::types::ErrorResponse>> {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
                crate::runtime::ParamStyle::SIMPLE,
            );
        request
            .path_param(
                "applicantId",
                &self.applicant_id,
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
impl ::std::future::IntoFuture for UpdateApplicant {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Update a saved application
///
/// Changes the product or applicant details of a saved application.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}` (`updateApplication`). Built by [`Client::update_application`](super::Client::update_application); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UpdateApplication {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::ApplicationUpdateRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl UpdateApplication {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "updateApplication",
        method: crate::runtime::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::ApplicationUpdateRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::ApplicationUpdateResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for UpdateApplication {
    type Output = ::std::result::Result<
        super::types::ApplicationUpdateResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Upload a document
///
/// Attaches a base64-encoded document (for example proof of income or identity) to the application.
///
/// `POST /v1/emea/onboarding/applications/{applicationId}/documents` (`uploadApplicationDocument`). Built by [`Client::upload_application_document`](super::Client::upload_application_document); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct UploadApplicationDocument {
    client: super::Client,
    application_id: ::std::string::String,
    body: super::types::InsertDocumentRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl UploadApplicationDocument {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "uploadApplicationDocument",
        method: crate::runtime::Method::Post,
        path: "/v1/emea/onboarding/applications/{applicationId}/documents",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::InsertDocumentRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
        super::types::InsertDocumentResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    > {
        let mut request = crate::runtime::Request::new(&Self::OPERATION);
        request
            .path_param(
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for UploadApplicationDocument {
    type Output = ::std::result::Result<
        super::types::InsertDocumentResponse,
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
/// Validate the applicant's one-time password
///
/// Checks the one-time password the applicant entered.
///
/// `PUT /v1/emea/onboarding/applications/{applicationId}/mfa/otp` (`validateApplicationOtp`). Built by [`Client::validate_application_otp`](super::Client::validate_application_otp); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct ValidateApplicationOtp {
    client: super::Client,
    application_id: ::std::string::String,
    client_details: ::std::option::Option<::std::string::String>,
    body: super::types::UnsecuredApplicationValidateOtpRequest,
    extra_headers: ::std::vec::Vec<(::std::string::String, ::std::string::String)>,
}
impl ValidateApplicationOtp {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: crate::runtime::OperationInfo = crate::runtime::OperationInfo {
        id: "validateApplicationOtp",
        method: crate::runtime::Method::Put,
        path: "/v1/emea/onboarding/applications/{applicationId}/mfa/otp",
        security: &[
            &[
                crate::runtime::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["onboarding"],
                },
            ],
        ],
        request_id_header: ::std::option::Option::Some("uuid"),
        client_id_header: ::std::option::Option::Some("client_id"),
        accept: ::std::option::Option::Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        application_id: ::std::string::String,
        body: super::types::UnsecuredApplicationValidateOtpRequest,
    ) -> Self {
        Self {
            client,
            application_id,
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
                "applicationId",
                &self.application_id,
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
impl ::std::future::IntoFuture for ValidateApplicationOtp {
    type Output = ::std::result::Result<
        (),
        crate::runtime::Error<super::types::ErrorResponse>,
    >;
    type IntoFuture = crate::runtime::BoxFuture<'static, Self::Output>;
    fn into_future(self) -> Self::IntoFuture {
        ::std::boxed::Box::pin(self.send())
    }
}
