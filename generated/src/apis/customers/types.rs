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
/// A postal address of the customer.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Address {
    /// Kind of address, for example `PRIMARY_ADDRESS` or `HOME_ADDRESS`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub addressline1: Option<String>,
    /// Second address line.
    pub addressline2: Option<String>,
    /// Third address line.
    pub addressline3: Option<String>,
    /// Fourth address line.
    pub addressline4: Option<String>,
    /// City.
    pub city: Option<String>,
    /// State or province. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    pub country_name: Option<String>,
    /// Identifier of the address entry, needed to update it (seen in the generic spec only).
    pub address_key: Option<i64>,
}
rt::object::serde_impls!(
    Address, always, always,
    (address_type, "addressType", optional),
    (addressline1, "addressline1", optional),
    (addressline2, "addressline2", optional),
    (addressline3, "addressline3", optional),
    (addressline4, "addressline4", optional),
    (city, "city", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (country_name, "countryName", optional),
    (address_key, "addressKey", optional),
);
impl Address {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: None,
            addressline1: None,
            addressline2: None,
            addressline3: None,
            addressline4: None,
            city: None,
            state: None,
            postal_code: None,
            country_name: None,
            address_key: None,
        }
    }
    /// Sets `address_type`.
    #[must_use]
    pub fn with_address_type(mut self, value: impl Into<String>) -> Self {
        self.address_type = Some(value.into());
        self
    }
    /// Sets `addressline1`.
    #[must_use]
    pub fn with_addressline1(mut self, value: impl Into<String>) -> Self {
        self.addressline1 = Some(value.into());
        self
    }
    /// Sets `addressline2`.
    #[must_use]
    pub fn with_addressline2(mut self, value: impl Into<String>) -> Self {
        self.addressline2 = Some(value.into());
        self
    }
    /// Sets `addressline3`.
    #[must_use]
    pub fn with_addressline3(mut self, value: impl Into<String>) -> Self {
        self.addressline3 = Some(value.into());
        self
    }
    /// Sets `addressline4`.
    #[must_use]
    pub fn with_addressline4(mut self, value: impl Into<String>) -> Self {
        self.addressline4 = Some(value.into());
        self
    }
    /// Sets `city`.
    #[must_use]
    pub fn with_city(mut self, value: impl Into<String>) -> Self {
        self.city = Some(value.into());
        self
    }
    /// Sets `state`.
    #[must_use]
    pub fn with_state(mut self, value: impl Into<String>) -> Self {
        self.state = Some(value.into());
        self
    }
    /// Sets `postal_code`.
    #[must_use]
    pub fn with_postal_code(mut self, value: impl Into<String>) -> Self {
        self.postal_code = Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(mut self, value: impl Into<String>) -> Self {
        self.country_name = Some(value.into());
        self
    }
    /// Sets `address_key`.
    #[must_use]
    pub fn with_address_key(mut self, value: impl Into<i64>) -> Self {
        self.address_key = Some(value.into());
        self
    }
}
/// Finishes a change after a multi-factor step-up (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ConfirmationRequest {
    /// Identifier of the flow to finish, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ConfirmationRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
impl ConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The customer's addresses.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerAddressResponse {
    /// The customer's addresses.
    pub address_list: Option<Vec<Address>>,
}
rt::object::serde_impls!(
    CustomerAddressResponse, full_serde, always,
    (address_list, "addressList", optional),
);
/// The customer's basic particulars (inferred from a sample response).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerBasicResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    pub customer_type: Option<String>,
    /// Customer segment.
    pub customer_segment: Option<String>,
    pub customer_particulars: Option<CustomerParticulars>,
}
rt::object::serde_impls!(
    CustomerBasicResponse, full_serde, always,
    (customer_type, "customerType", optional),
    (customer_segment, "customerSegment", optional),
    (customer_particulars, "customerParticulars", optional),
);
/// The customer's e-mail addresses (inferred).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerEmailResponse {
    /// The customer's e-mail addresses.
    pub emails: Option<Vec<Email>>,
}
rt::object::serde_impls!(
    CustomerEmailResponse, full_serde, always,
    (emails, "emails", optional),
);
/// One name of the customer.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerName {
    /// First name.
    pub first_name: Option<String>,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Last name.
    pub last_name: Option<String>,
    /// Full name.
    pub full_name: Option<String>,
    /// Kind of name, for example `LOCAL_NAME`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `nameType`).
    pub name_type: Option<String>,
}
rt::object::serde_impls!(
    CustomerName, full_serde, always,
    (first_name, "firstName", optional),
    (middle_name, "middleName", optional),
    (last_name, "lastName", optional),
    (full_name, "fullName", optional),
    (name_type, "nameType", optional),
);
/// The customer's names and name prefix/suffix.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerParticulars {
    /// The customer's names.
    pub names: Option<Vec<CustomerName>>,
    /// Name prefix.
    pub prefix: Option<String>,
    /// Name suffix.
    pub suffix: Option<String>,
}
rt::object::serde_impls!(
    CustomerParticulars, full_serde, always,
    (names, "names", optional),
    (prefix, "prefix", optional),
    (suffix, "suffix", optional),
);
/// The customer's phone numbers.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerPhoneResponse {
    /// The customer's phone numbers.
    pub phones: Option<Vec<Phone>>,
}
rt::object::serde_impls!(
    CustomerPhoneResponse, full_serde, always,
    (phones, "phones", optional),
);
/// The whole customer profile.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerProfileResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    pub customer_type: Option<String>,
    /// Customer segment.
    pub customer_segment: Option<String>,
    /// Customer segment at the partner.
    pub partner_customer_segment: Option<String>,
    pub customer_particulars: Option<CustomerParticulars>,
    /// The customer's addresses.
    pub address_list: Option<Vec<Address>>,
    /// The customer's e-mail addresses.
    pub emails: Option<Vec<Email>>,
    /// The customer's phone numbers.
    pub phones: Option<Vec<Phone>>,
}
rt::object::serde_impls!(
    CustomerProfileResponse, full_serde, always,
    (customer_type, "customerType", optional),
    (customer_segment, "customerSegment", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
    (customer_particulars, "customerParticulars", optional),
    (address_list, "addressList", optional),
    (emails, "emails", optional),
    (phones, "phones", optional),
);
/// Changes to the customer's addresses, e-mail addresses and phone numbers (inferred); entries are identified by their `*Key`.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CustomerProfileUpdateRequest {
    /// Addresses to change.
    pub address_list: Option<Vec<Address>>,
    /// E-mail addresses to change.
    pub emails: Option<Vec<Email>>,
    /// Phone numbers to change.
    pub phones: Option<Vec<Phone>>,
}
rt::object::serde_impls!(
    CustomerProfileUpdateRequest, always, full_serde,
    (address_list, "addressList", optional),
    (emails, "emails", optional),
    (phones, "phones", optional),
);
impl CustomerProfileUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_list: None,
            emails: None,
            phones: None,
        }
    }
    /// Sets `address_list`.
    #[must_use]
    pub fn with_address_list(mut self, value: impl Into<Vec<Address>>) -> Self {
        self.address_list = Some(value.into());
        self
    }
    /// Sets `emails`.
    #[must_use]
    pub fn with_emails(mut self, value: impl Into<Vec<Email>>) -> Self {
        self.emails = Some(value.into());
        self
    }
    /// Sets `phones`.
    #[must_use]
    pub fn with_phones(mut self, value: impl Into<Vec<Phone>>) -> Self {
        self.phones = Some(value.into());
        self
    }
}
/// An e-mail address of the customer.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Email {
    /// The e-mail address.
    pub email_address: String,
    /// Kind of e-mail address, for example `PERSONAL`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `emailType`).
    pub email_type: Option<String>,
    /// True for the customer's preferred e-mail address.
    pub preferred_email_flag: Option<bool>,
    /// Identifier of the e-mail entry; update requests name the entry they change with it.
    pub email_key: i64,
}
rt::object::serde_impls!(
    Email, always, always,
    (email_address, "emailAddress", required),
    (email_type, "emailType", optional),
    (preferred_email_flag, "preferredEmailFlag", optional),
    (email_key, "emailKey", required),
);
impl Email {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl Into<String>, email_key: impl Into<i64>) -> Self {
        Self {
            email_address: email_address.into(),
            email_type: None,
            preferred_email_flag: None,
            email_key: email_key.into(),
        }
    }
    /// Sets `email_type`.
    #[must_use]
    pub fn with_email_type(mut self, value: impl Into<String>) -> Self {
        self.email_type = Some(value.into());
        self
    }
    /// Sets `preferred_email_flag`.
    #[must_use]
    pub fn with_preferred_email_flag(mut self, value: impl Into<bool>) -> Self {
        self.preferred_email_flag = Some(value.into());
        self
    }
}
/// Changes to the customer's e-mail addresses (inferred); entries are identified by `emailKey`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct EmailUpdateRequest {
    /// E-mail addresses to change.
    pub emails: Vec<Email>,
}
rt::object::serde_impls!(
    EmailUpdateRequest, always, full_serde,
    (emails, "emails", required),
);
impl EmailUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(emails: impl Into<Vec<Email>>) -> Self {
        Self { emails: emails.into() }
    }
}
pub use crate::apis::common::ErrorResponse;
/// A phone number of the customer.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Phone {
    /// Kind of phone, for example `HOME`, `MOBILE` or `OFFICE`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: Option<String>,
    /// Country dialling code.
    pub phone_country_code: Option<String>,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: Option<String>,
    /// Extension.
    pub extension: Option<String>,
    /// Identifier of the phone entry, needed to update it (inferred, by analogy with addressKey and emailKey).
    pub phone_key: Option<i64>,
}
rt::object::serde_impls!(
    Phone, always, always,
    (phone_type, "phoneType", optional),
    (phone_country_code, "phoneCountryCode", optional),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", optional),
    (extension, "extension", optional),
    (phone_key, "phoneKey", optional),
);
impl Phone {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            phone_type: None,
            phone_country_code: None,
            area_code: None,
            phone_number: None,
            extension: None,
            phone_key: None,
        }
    }
    /// Sets `phone_type`.
    #[must_use]
    pub fn with_phone_type(mut self, value: impl Into<String>) -> Self {
        self.phone_type = Some(value.into());
        self
    }
    /// Sets `phone_country_code`.
    #[must_use]
    pub fn with_phone_country_code(mut self, value: impl Into<String>) -> Self {
        self.phone_country_code = Some(value.into());
        self
    }
    /// Sets `area_code`.
    #[must_use]
    pub fn with_area_code(mut self, value: impl Into<String>) -> Self {
        self.area_code = Some(value.into());
        self
    }
    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(mut self, value: impl Into<String>) -> Self {
        self.phone_number = Some(value.into());
        self
    }
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(mut self, value: impl Into<String>) -> Self {
        self.extension = Some(value.into());
        self
    }
    /// Sets `phone_key`.
    #[must_use]
    pub fn with_phone_key(mut self, value: impl Into<i64>) -> Self {
        self.phone_key = Some(value.into());
        self
    }
}
/// Changes to the customer's phone numbers (inferred); entries are identified by `phoneKey`.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct PhoneUpdateRequest {
    /// Phone numbers to change.
    pub phones: Vec<Phone>,
}
rt::object::serde_impls!(
    PhoneUpdateRequest, always, full_serde,
    (phones, "phones", required),
);
impl PhoneUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(phones: impl Into<Vec<Phone>>) -> Self {
        Self { phones: phones.into() }
    }
}
