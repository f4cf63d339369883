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
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Address {
    /// Kind of address, for example `PRIMARY_ADDRESS` or `HOME_ADDRESS`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_type: Option<String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressline1: Option<String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressline2: Option<String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressline3: Option<String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub addressline4: Option<String>,
    /// City.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub city: Option<String>,
    /// State or province. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub state: Option<String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country_name: Option<String>,
    /// Identifier of the address entry, needed to update it (seen in the generic spec only).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_key: Option<i64>,
}
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConfirmationRequest {
    /// Identifier of the flow to finish, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: String,
}
impl ConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(control_flow_id: impl Into<String>) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The customer's addresses.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerAddressResponse {
    /// The customer's addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_list: Option<Vec<Address>>,
}
/// The customer's basic particulars (inferred from a sample response).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerBasicResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<String>,
    /// Customer segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_segment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_particulars: Option<CustomerParticulars>,
}
/// The customer's e-mail addresses (inferred).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CustomerEmailResponse {
    /// The customer's e-mail addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
}
/// One name of the customer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerName {
    /// First name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub first_name: Option<String>,
    /// Middle name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub middle_name: Option<String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_name: Option<String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub full_name: Option<String>,
    /// Kind of name, for example `LOCAL_NAME`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `nameType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_type: Option<String>,
}
/// The customer's names and name prefix/suffix.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CustomerParticulars {
    /// The customer's names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub names: Option<Vec<CustomerName>>,
    /// Name prefix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prefix: Option<String>,
    /// Name suffix.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suffix: Option<String>,
}
/// The customer's phone numbers.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct CustomerPhoneResponse {
    /// The customer's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
}
/// The whole customer profile.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerProfileResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_type: Option<String>,
    /// Customer segment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_segment: Option<String>,
    /// Customer segment at the partner.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub partner_customer_segment: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customer_particulars: Option<CustomerParticulars>,
    /// The customer's addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_list: Option<Vec<Address>>,
    /// The customer's e-mail addresses.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// The customer's phone numbers.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
}
/// Changes to the customer's addresses, e-mail addresses and phone numbers (inferred); entries are identified by their `*Key`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerProfileUpdateRequest {
    /// Addresses to change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_list: Option<Vec<Address>>,
    /// E-mail addresses to change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub emails: Option<Vec<Email>>,
    /// Phone numbers to change.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phones: Option<Vec<Phone>>,
}
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Email {
    /// The e-mail address.
    pub email_address: String,
    /// Kind of e-mail address, for example `PERSONAL`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `emailType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email_type: Option<String>,
    /// True for the customer's preferred e-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_email_flag: Option<bool>,
    /// Identifier of the e-mail entry; update requests name the entry they change with it.
    pub email_key: i64,
}
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct EmailUpdateRequest {
    /// E-mail addresses to change.
    pub emails: Vec<Email>,
}
impl EmailUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(emails: impl Into<Vec<Email>>) -> Self {
        Self { emails: emails.into() }
    }
}
pub use crate::apis::common::ErrorResponse;
/// A phone number of the customer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Phone {
    /// Kind of phone, for example `HOME`, `MOBILE` or `OFFICE`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_type: Option<String>,
    /// Country dialling code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_country_code: Option<String>,
    /// Area code.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub area_code: Option<String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_number: Option<String>,
    /// Extension.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// Identifier of the phone entry, needed to update it (inferred, by analogy with addressKey and emailKey).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone_key: Option<i64>,
}
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
#[derive(Clone, Debug, PartialEq, ::serde::Serialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Deserialize))]
#[non_exhaustive]
pub struct PhoneUpdateRequest {
    /// Phone numbers to change.
    pub phones: Vec<Phone>,
}
impl PhoneUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(phones: impl Into<Vec<Phone>>) -> Self {
        Self { phones: phones.into() }
    }
}
