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
rt::object::builder!(
    Address,
    (set address_type, with_address_type, String, optional),
    (set addressline1, with_addressline1, String, optional),
    (set addressline2, with_addressline2, String, optional),
    (set addressline3, with_addressline3, String, optional),
    (set addressline4, with_addressline4, String, optional),
    (set city, with_city, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set country_name, with_country_name, String, optional),
    (set address_key, with_address_key, i64, optional),
);
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
rt::object::builder!(
    ConfirmationRequest,
    (new control_flow_id, String, required),
);
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
rt::object::builder!(
    CustomerProfileUpdateRequest,
    (set address_list, with_address_list, Vec<Address>, optional),
    (set emails, with_emails, Vec<Email>, optional),
    (set phones, with_phones, Vec<Phone>, optional),
);
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
rt::object::builder!(
    Email,
    (new email_address, String, required),
    (new email_key, i64, required),
    (set email_type, with_email_type, String, optional),
    (set preferred_email_flag, with_preferred_email_flag, bool, optional),
);
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
rt::object::builder!(
    EmailUpdateRequest,
    (new emails, Vec<Email>, required),
);
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
rt::object::builder!(
    Phone,
    (set phone_type, with_phone_type, String, optional),
    (set phone_country_code, with_phone_country_code, String, optional),
    (set area_code, with_area_code, String, optional),
    (set phone_number, with_phone_number, String, optional),
    (set extension, with_extension, String, optional),
    (set phone_key, with_phone_key, i64, optional),
);
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
rt::object::builder!(
    PhoneUpdateRequest,
    (new phones, Vec<Phone>, required),
);
