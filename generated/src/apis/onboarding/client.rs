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
/// Client for Citi Poland - Onboarding: one method per operation of `specs/onboarding.yaml`.
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
    /// Accept the offered product
    ///
    /// Accepts the requested product, a counter-offer or a cross-sell offer, with the applicant's selections (credit limit, card delivery, insurance).
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/offerAcceptance`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn accept_application_offer(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::OfferAcceptanceRequest>,
    ) -> super::operations::AcceptApplicationOffer {
        super::operations::AcceptApplicationOffer::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Add a supplementary applicant
    ///
    /// Adds a supplementary applicant (for example a supplementary card holder) to the application. The request and response bodies are inferred.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/applicants`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn add_applicant(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::ApplicantAddRequest>,
    ) -> super::operations::AddApplicant {
        super::operations::AddApplicant::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Create a credit-card application
    ///
    /// Creates an application for the chosen product with the primary applicant's details. Returns the application identifier, its stage and the `controlFlowId` to send on the later calls. Poland, Russia and UAE use a different create-application call than APAC (portal text); the request shape here is the APAC one.
    ///
    /// `POST /v1/emea/onboarding/applications`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn create_application(
        &self,
        body: impl Into<super::types::ApplicationAddRequest>,
    ) -> super::operations::CreateApplication {
        super::operations::CreateApplication::new(Clone::clone(self), body.into())
    }
    /// Capture a prospect (lead)
    ///
    /// Records a prospect interested in a product group, for the bank to follow up (lead capture).
    ///
    /// `POST /v1/emea/onboarding/prospects`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn create_prospect(
        &self,
        body: impl Into<super::types::ProspectAddRequest>,
    ) -> super::operations::CreateProspect {
        super::operations::CreateProspect::new(Clone::clone(self), body.into())
    }
    /// Remove a supplementary applicant
    ///
    /// Removes a supplementary applicant from the application. The request body and the 204 response are inferred.
    ///
    /// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}/delete`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn delete_applicant(
        &self,
        application_id: impl Into<String>,
        applicant_id: impl Into<String>,
        body: impl Into<super::types::ApplicantDeleteRequest>,
    ) -> super::operations::DeleteApplicant {
        super::operations::DeleteApplicant::new(
            Clone::clone(self),
            application_id.into(),
            applicant_id.into(),
            body.into(),
        )
    }
    /// Request the credit decision (in-principle approval)
    ///
    /// Requests the credit decision (in-principle approval, IPA) and returns the decision on the requested product with any counter-offers and cross-sell offers and the documents still required.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/inPrincipleApprovals`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn request_in_principle_approval(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::InPrincipleApprovalRequest>,
    ) -> super::operations::RequestInPrincipleApproval {
        super::operations::RequestInPrincipleApproval::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Retrieve the supplementary applicants
    ///
    /// Returns the supplementary applicants of the application, or one of them when `applicantId` is given. The response body is inferred.
    ///
    /// `GET /v1/emea/onboarding/applications/{applicationId}/applicants`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_applicants(
        &self,
        application_id: impl Into<String>,
        control_flow_id: impl Into<String>,
    ) -> super::operations::RetrieveApplicants {
        super::operations::RetrieveApplicants::new(
            Clone::clone(self),
            application_id.into(),
            control_flow_id.into(),
        )
    }
    /// Retrieve an application
    ///
    /// Returns a saved application: its stage, product, applicant and any decisions and offers.
    ///
    /// `GET /v1/emea/onboarding/applications/{applicationId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_application(
        &self,
        application_id: impl Into<String>,
    ) -> super::operations::RetrieveApplication {
        super::operations::RetrieveApplication::new(
            Clone::clone(self),
            application_id.into(),
        )
    }
    /// Retrieve the status of an application
    ///
    /// Returns the stage of the application with the decision on the requested product and any offers.
    ///
    /// `GET /v1/emea/onboarding/applications/{applicationId}/status`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_application_status(
        &self,
        application_id: impl Into<String>,
        control_flow_id: impl Into<String>,
    ) -> super::operations::RetrieveApplicationStatus {
        super::operations::RetrieveApplicationStatus::new(
            Clone::clone(self),
            application_id.into(),
            control_flow_id.into(),
        )
    }
    /// Retrieve the product catalogue
    ///
    /// Returns the credit products that can be applied for, with their limits, fees, interest rate, terms and the codes to use when creating an application. Paged with `nextStartIndex` (the paging parameter is inferred).
    ///
    /// `GET /v1/emea/onboarding/products`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_product_catalogue(
        &self,
    ) -> super::operations::RetrieveProductCatalogue {
        super::operations::RetrieveProductCatalogue::new(Clone::clone(self))
    }
    /// Run the background screening
    ///
    /// Runs the background screening of the applicant and returns the stage the application has reached.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/backgroundScreening`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn screen_applicant(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::BackgroundScreeningRequest>,
    ) -> super::operations::ScreenApplicant {
        super::operations::ScreenApplicant::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Send a one-time password to the applicant
    ///
    /// Generates a one-time password and sends it to the applicant's phone; returns the masked number it was sent to.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/mfa/otp`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn send_application_otp(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::UnsecuredApplicationGenerateAndSendOtpRequest>,
    ) -> super::operations::SendApplicationOtp {
        super::operations::SendApplicationOtp::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Submit the application
    ///
    /// Submits the completed application for final processing.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/submission`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn submit_application(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::FinalSubmitRequest>,
    ) -> super::operations::SubmitApplication {
        super::operations::SubmitApplication::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Update a supplementary applicant
    ///
    /// Changes the details of a supplementary applicant. The request body and the 204 response are inferred.
    ///
    /// `PUT /v1/emea/onboarding/applications/{applicationId}/applicants/{applicantId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_applicant(
        &self,
        application_id: impl Into<String>,
        applicant_id: impl Into<String>,
        body: impl Into<super::types::ApplicantUpdateRequest>,
    ) -> super::operations::UpdateApplicant {
        super::operations::UpdateApplicant::new(
            Clone::clone(self),
            application_id.into(),
            applicant_id.into(),
            body.into(),
        )
    }
    /// Update a saved application
    ///
    /// Changes the product or applicant details of a saved application.
    ///
    /// `PUT /v1/emea/onboarding/applications/{applicationId}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_application(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::ApplicationUpdateRequest>,
    ) -> super::operations::UpdateApplication {
        super::operations::UpdateApplication::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Upload a document
    ///
    /// Attaches a base64-encoded document (for example proof of income or identity) to the application.
    ///
    /// `POST /v1/emea/onboarding/applications/{applicationId}/documents`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn upload_application_document(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::InsertDocumentRequest>,
    ) -> super::operations::UploadApplicationDocument {
        super::operations::UploadApplicationDocument::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
    /// Validate the applicant's one-time password
    ///
    /// Checks the one-time password the applicant entered.
    ///
    /// `PUT /v1/emea/onboarding/applications/{applicationId}/mfa/otp`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `422`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn validate_application_otp(
        &self,
        application_id: impl Into<String>,
        body: impl Into<super::types::UnsecuredApplicationValidateOtpRequest>,
    ) -> super::operations::ValidateApplicationOtp {
        super::operations::ValidateApplicationOtp::new(
            Clone::clone(self),
            application_id.into(),
            body.into(),
        )
    }
}
