// @generated from specs/utilities.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
#[allow(unused_imports)]
use crate::runtime as rt;
/// Client for Citi Poland - Utilities: one method per operation of `specs/utilities.yaml`.
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
    /// Get field properties and validations of an API
    ///
    /// Returns the properties and validations (data type, mandatory flag, lengths, pattern) of
    /// the fields of another API, identified by its URI and HTTP method.
    ///
    /// `GET /v1/utilities/metaData`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_meta_data(
        &self,
        api_uri: impl Into<String>,
        api_method: impl Into<String>,
    ) -> super::operations::RetrieveMetaData {
        super::operations::RetrieveMetaData::new(
            Clone::clone(self),
            api_uri.into(),
            api_method.into(),
        )
    }
    /// Get the valid values of a reference-data field
    ///
    /// Returns the valid values, with descriptions, of a reference-data field. The
    /// `referenceCode` is the name of the field, for example `accountStatus`, `paymentType`,
    /// `chargeBearer`, `payeeStatus`, `addressType`, `phoneType`, `applicationStage` or `locale`.
    ///
    /// `GET /v1/utilities/referenceData/{referenceCode}`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_reference_data(
        &self,
        reference_code: impl Into<String>,
    ) -> super::operations::RetrieveReferenceData {
        super::operations::RetrieveReferenceData::new(
            Clone::clone(self),
            reference_code.into(),
        )
    }
    /// Search employers
    ///
    /// Searches employers by name or registration number; supports the employment part of
    /// onboarding applications.
    ///
    /// `GET /v1/emea/utilities/employers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn search_employers(&self) -> super::operations::SearchEmployers {
        super::operations::SearchEmployers::new(Clone::clone(self))
    }
}
