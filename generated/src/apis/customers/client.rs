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
/// Client for Citi Poland - Customers: one method per operation of `specs/customers.yaml`.
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
    /// Confirm an e-mail address change after MFA
    ///
    /// Finishes an e-mail address change that required a multi-factor step-up, identified by the step-up's `controlFlowId`. The request body is inferred.
    ///
    /// `POST /v1/customers/profiles/emails/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_customer_emails_update(
        &self,
        body: impl Into<super::types::ConfirmationRequest>,
    ) -> super::operations::ConfirmCustomerEmailsUpdate {
        super::operations::ConfirmCustomerEmailsUpdate::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Confirm a phone number change after MFA
    ///
    /// Finishes a phone number change that required a multi-factor step-up, identified by the step-up's `controlFlowId`. The request body is inferred.
    ///
    /// `POST /v1/customers/profiles/phoneNumbers/confirmation`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn confirm_customer_phone_numbers_update(
        &self,
        body: impl Into<super::types::ConfirmationRequest>,
    ) -> super::operations::ConfirmCustomerPhoneNumbersUpdate {
        super::operations::ConfirmCustomerPhoneNumbersUpdate::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Retrieve the customer's addresses
    ///
    /// Returns the addresses of the customer's profile.
    ///
    /// `GET /v1/customers/profiles/addresses`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_customer_addresses(
        &self,
    ) -> super::operations::RetrieveCustomerAddresses {
        super::operations::RetrieveCustomerAddresses::new(Clone::clone(self))
    }
    /// Retrieve the customer's basic particulars
    ///
    /// Returns the customer's particulars (names, prefix, suffix) with the customer type and segment.
    ///
    /// `GET /v1/customers/profiles/basic`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_customer_basic_profile(
        &self,
    ) -> super::operations::RetrieveCustomerBasicProfile {
        super::operations::RetrieveCustomerBasicProfile::new(Clone::clone(self))
    }
    /// Retrieve the customer's e-mail addresses
    ///
    /// Returns the e-mail addresses of the customer's profile.
    ///
    /// `GET /v1/customers/profiles/emails`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_customer_emails(&self) -> super::operations::RetrieveCustomerEmails {
        super::operations::RetrieveCustomerEmails::new(Clone::clone(self))
    }
    /// Retrieve the customer's phone numbers
    ///
    /// Returns the phone numbers of the customer's profile.
    ///
    /// `GET /v1/customers/profiles/phoneNumbers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_customer_phone_numbers(
        &self,
    ) -> super::operations::RetrieveCustomerPhoneNumbers {
        super::operations::RetrieveCustomerPhoneNumbers::new(Clone::clone(self))
    }
    /// Retrieve the customer profile
    ///
    /// Returns the customer's type and segment, names and particulars, addresses, e-mail addresses and phone numbers in one call.
    ///
    /// `GET /v1/customers/profiles`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn retrieve_customer_profile(
        &self,
    ) -> super::operations::RetrieveCustomerProfile {
        super::operations::RetrieveCustomerProfile::new(Clone::clone(self))
    }
    /// Update the customer's e-mail addresses
    ///
    /// Changes the customer's e-mail addresses. The change may require a multi-factor step-up:
    /// the call then answers 403 with `moreInfo.controlFlowId`, and the change is finished with
    /// `POST /v1/customers/profiles/emails/confirmation`. The request body is inferred.
    ///
    /// `PUT /v1/customers/profiles/emails`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_customer_emails(
        &self,
        body: impl Into<super::types::EmailUpdateRequest>,
    ) -> super::operations::UpdateCustomerEmails {
        super::operations::UpdateCustomerEmails::new(Clone::clone(self), body.into())
    }
    /// Update the customer's phone numbers
    ///
    /// Changes the customer's phone numbers. The change may require a multi-factor step-up:
    /// the call then answers 403 with `moreInfo.controlFlowId`, and the change is finished with
    /// `POST /v1/customers/profiles/phoneNumbers/confirmation`. The request body is inferred.
    ///
    /// `PUT /v1/customers/profiles/phoneNumbers`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_customer_phone_numbers(
        &self,
        body: impl Into<super::types::PhoneUpdateRequest>,
    ) -> super::operations::UpdateCustomerPhoneNumbers {
        super::operations::UpdateCustomerPhoneNumbers::new(
            Clone::clone(self),
            body.into(),
        )
    }
    /// Update the customer profile
    ///
    /// Updates the customer's addresses, phone numbers and e-mail addresses in one call. Entries
    /// are identified by their `addressKey`, `emailKey` and `phoneKey`. The request body is
    /// inferred; the catalog only records the operation's summary.
    ///
    /// `PUT /v1/customers/profiles`
    ///
    /// Documented errors: `400`, `401`, `403`, `404`, `500` with an [`ErrorResponse`](super::types::ErrorResponse) body. Each is an [`Error::Api`](crate::runtime::Error::Api) carrying the decoded body (when it matches) and the raw one.
    pub fn update_customer_profile(
        &self,
        body: impl Into<super::types::CustomerProfileUpdateRequest>,
    ) -> super::operations::UpdateCustomerProfile {
        super::operations::UpdateCustomerProfile::new(Clone::clone(self), body.into())
    }
}
