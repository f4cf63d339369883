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
/// Get field properties and validations of an API
///
/// Returns the properties and validations (data type, mandatory flag, lengths, pattern) of
/// the fields of another API, identified by its URI and HTTP method.
///
/// `GET /v1/utilities/metaData` (`retrieveMetaData`). Built by [`Client::retrieve_meta_data`](super::Client::retrieve_meta_data); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveMetaData {
    client: super::Client,
    api_uri: String,
    api_method: String,
    country_code: Option<String>,
    business_code: Option<String>,
    accept_language: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveMetaData {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveMetaData",
        method: rt::Method::Get,
        path: "/v1/utilities/metaData",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["meta_data"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(
        client: super::Client,
        api_uri: String,
        api_method: String,
    ) -> Self {
        Self {
            client,
            api_uri,
            api_method,
            country_code: None,
            business_code: None,
            accept_language: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// ISO 3166 alpha-2 country code of the business (`PL`).
    ///
    /// The header parameter `countryCode`.
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }
    /// Three-letter business code (`GCB`).
    ///
    /// The header parameter `businessCode`.
    pub fn business_code(mut self, value: impl Into<String>) -> Self {
        self.business_code = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
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
        super::types::MetaDataResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("apiUri", &self.api_uri, rt::ParamStyle::FORM);
        request.query("apiMethod", &self.api_method, rt::ParamStyle::FORM);
        request.header("countryCode", &self.country_code, rt::ParamStyle::SIMPLE);
        request.header("businessCode", &self.business_code, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
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
    RetrieveMetaData, super::types::MetaDataResponse, super::types::ErrorResponse
);
/// Get the valid values of a reference-data field
///
/// Returns the valid values, with descriptions, of a reference-data field. The
/// `referenceCode` is the name of the field, for example `accountStatus`, `paymentType`,
/// `chargeBearer`, `payeeStatus`, `addressType`, `phoneType`, `applicationStage` or `locale`.
///
/// `GET /v1/utilities/referenceData/{referenceCode}` (`retrieveReferenceData`). Built by [`Client::retrieve_reference_data`](super::Client::retrieve_reference_data); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct RetrieveReferenceData {
    client: super::Client,
    reference_code: String,
    country_code: Option<String>,
    business_code: Option<String>,
    accept_language: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl RetrieveReferenceData {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "retrieveReferenceData",
        method: rt::Method::Get,
        path: "/v1/utilities/referenceData/{referenceCode}",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["reference_data"],
                },
            ],
        ],
        request_id_header: Some("uuid"),
        client_id_header: Some("client_id"),
        accept: Some("application/json"),
    };
    pub(super) fn new(client: super::Client, reference_code: String) -> Self {
        Self {
            client,
            reference_code,
            country_code: None,
            business_code: None,
            accept_language: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// ISO 3166 alpha-2 country code of the business (`PL`).
    ///
    /// The header parameter `countryCode`.
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }
    /// Three-letter business code (`GCB`).
    ///
    /// The header parameter `businessCode`.
    pub fn business_code(mut self, value: impl Into<String>) -> Self {
        self.business_code = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
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
        super::types::ReferenceDataResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request
            .path_param("referenceCode", &self.reference_code, rt::ParamStyle::SIMPLE);
        request.header("countryCode", &self.country_code, rt::ParamStyle::SIMPLE);
        request.header("businessCode", &self.business_code, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
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
    RetrieveReferenceData, super::types::ReferenceDataResponse,
    super::types::ErrorResponse
);
/// Search employers
///
/// Searches employers by name or registration number; supports the employment part of
/// onboarding applications.
///
/// `GET /v1/emea/utilities/employers` (`searchEmployers`). Built by [`Client::search_employers`](super::Client::search_employers); send it with `.await` or [`send`](Self::send).
#[derive(Clone, Debug)]
#[must_use = "a request does nothing until it is sent (`.await` or `.send()`)"]
pub struct SearchEmployers {
    client: super::Client,
    employer_name: Option<String>,
    employer_registration_number: Option<String>,
    next_start_index: Option<String>,
    country_code: Option<String>,
    business_code: Option<String>,
    accept_language: Option<String>,
    client_details: Option<String>,
    extra_headers: Vec<(String, String)>,
}
impl SearchEmployers {
    /// What the runtime needs to know about this operation.
    pub const OPERATION: rt::OperationInfo = rt::OperationInfo {
        id: "searchEmployers",
        method: rt::Method::Get,
        path: "/v1/emea/utilities/employers",
        security: &[
            &[
                rt::SecurityRequirement {
                    scheme: "clientCredentials",
                    scopes: &["reference_data"],
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
            employer_name: None,
            employer_registration_number: None,
            next_start_index: None,
            country_code: None,
            business_code: None,
            accept_language: None,
            client_details: None,
            extra_headers: Vec::new(),
        }
    }
    /// Name, or part of the name, of the employer to search for.
    ///
    /// The query parameter `employerName`.
    pub fn employer_name(mut self, value: impl Into<String>) -> Self {
        self.employer_name = Some(value.into());
        self
    }
    /// Registration number of the employer to search for.
    ///
    /// The query parameter `employerRegistrationNumber`.
    pub fn employer_registration_number(mut self, value: impl Into<String>) -> Self {
        self.employer_registration_number = Some(value.into());
        self
    }
    /// Index of the first record of the next page, as returned by the previous page's `nextStartIndex`; omit for the first page.
    ///
    /// The query parameter `nextStartIndex`.
    pub fn next_start_index(mut self, value: impl Into<String>) -> Self {
        self.next_start_index = Some(value.into());
        self
    }
    /// ISO 3166 alpha-2 country code of the business (`PL`).
    ///
    /// The header parameter `countryCode`.
    pub fn country_code(mut self, value: impl Into<String>) -> Self {
        self.country_code = Some(value.into());
        self
    }
    /// Three-letter business code (`GCB`).
    ///
    /// The header parameter `businessCode`.
    pub fn business_code(mut self, value: impl Into<String>) -> Self {
        self.business_code = Some(value.into());
        self
    }
    /// Preferred language of the response, for example `pl-pl` or `en-us`.
    ///
    /// The header parameter `Accept-Language`.
    pub fn accept_language(mut self, value: impl Into<String>) -> Self {
        self.accept_language = Some(value.into());
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
        super::types::EmployerListResponse,
        super::types::ErrorResponse,
    > {
        let mut request = rt::Request::new(&Self::OPERATION);
        request.query("employerName", &self.employer_name, rt::ParamStyle::FORM);
        request
            .query(
                "employerRegistrationNumber",
                &self.employer_registration_number,
                rt::ParamStyle::FORM,
            );
        request.query("nextStartIndex", &self.next_start_index, rt::ParamStyle::FORM);
        request.header("countryCode", &self.country_code, rt::ParamStyle::SIMPLE);
        request.header("businessCode", &self.business_code, rt::ParamStyle::SIMPLE);
        request.header("Accept-Language", &self.accept_language, rt::ParamStyle::SIMPLE);
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
            super::types::EmployerListResponse,
            rt::Error<super::types::ErrorResponse>,
        >,
    > {
        rt::pages(
            self,
            Self::OPERATION.id,
            "nextStartIndex",
            |request, cursor| request.next_start_index(cursor),
            |page: &super::types::EmployerListResponse| page.next_start_index.clone(),
        )
    }
}
rt::operation_impls!(
    SearchEmployers, super::types::EmployerListResponse, super::types::ErrorResponse
);
