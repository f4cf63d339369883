// @generated from specs/customers.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// A postal address of the customer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Address {
    /// Kind of address, for example `PRIMARY_ADDRESS` or `HOME_ADDRESS`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addressline1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addressline2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addressline3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub addressline4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city: ::std::option::Option<::std::string::String>,
    /// State or province. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `countryName`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_name: ::std::option::Option<::std::string::String>,
    /// Identifier of the address entry, needed to update it (seen in the generic spec only).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_key: ::std::option::Option<i64>,
}
impl Address {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: ::std::option::Option::None,
            addressline1: ::std::option::Option::None,
            addressline2: ::std::option::Option::None,
            addressline3: ::std::option::Option::None,
            addressline4: ::std::option::Option::None,
            city: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            country_name: ::std::option::Option::None,
            address_key: ::std::option::Option::None,
        }
    }
    /// Sets `address_type`.
    #[must_use]
    pub fn with_address_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressline1`.
    #[must_use]
    pub fn with_addressline1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addressline1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressline2`.
    #[must_use]
    pub fn with_addressline2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addressline2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressline3`.
    #[must_use]
    pub fn with_addressline3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addressline3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `addressline4`.
    #[must_use]
    pub fn with_addressline4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.addressline4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city`.
    #[must_use]
    pub fn with_city(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `state`.
    #[must_use]
    pub fn with_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `postal_code`.
    #[must_use]
    pub fn with_postal_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.postal_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_name`.
    #[must_use]
    pub fn with_country_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_key`.
    #[must_use]
    pub fn with_address_key(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.address_key = ::std::option::Option::Some(value.into());
        self
    }
}
/// Finishes a change after a multi-factor step-up (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ConfirmationRequest {
    /// Identifier of the flow to finish, from the step-up response's `moreInfo.controlFlowId`.
    pub control_flow_id: ::std::string::String,
}
impl ConfirmationRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The customer's addresses.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerAddressResponse {
    /// The customer's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_list: ::std::option::Option<::std::vec::Vec<Address>>,
}
/// The customer's basic particulars (inferred from a sample response).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerBasicResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_type: ::std::option::Option<::std::string::String>,
    /// Customer segment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_segment: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_particulars: ::std::option::Option<CustomerParticulars>,
}
/// The customer's e-mail addresses (inferred).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerEmailResponse {
    /// The customer's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
}
/// One name of the customer.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerName {
    /// First name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub first_name: ::std::option::Option<::std::string::String>,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Last name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub last_name: ::std::option::Option<::std::string::String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// Kind of name, for example `LOCAL_NAME`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `nameType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name_type: ::std::option::Option<::std::string::String>,
}
/// The customer's names and name prefix/suffix.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerParticulars {
    /// The customer's names.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub names: ::std::option::Option<::std::vec::Vec<CustomerName>>,
    /// Name prefix.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prefix: ::std::option::Option<::std::string::String>,
    /// Name suffix.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suffix: ::std::option::Option<::std::string::String>,
}
/// The customer's phone numbers.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct CustomerPhoneResponse {
    /// The customer's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phones: ::std::option::Option<::std::vec::Vec<Phone>>,
}
/// The whole customer profile.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerProfileResponse {
    /// Type of customer, for example `INDIVIDUAL`.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_type: ::std::option::Option<::std::string::String>,
    /// Customer segment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_segment: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub customer_particulars: ::std::option::Option<CustomerParticulars>,
    /// The customer's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_list: ::std::option::Option<::std::vec::Vec<Address>>,
    /// The customer's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
    /// The customer's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phones: ::std::option::Option<::std::vec::Vec<Phone>>,
}
/// Changes to the customer's addresses, e-mail addresses and phone numbers (inferred); entries are identified by their `*Key`.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CustomerProfileUpdateRequest {
    /// Addresses to change.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_list: ::std::option::Option<::std::vec::Vec<Address>>,
    /// E-mail addresses to change.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emails: ::std::option::Option<::std::vec::Vec<Email>>,
    /// Phone numbers to change.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phones: ::std::option::Option<::std::vec::Vec<Phone>>,
}
impl CustomerProfileUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_list: ::std::option::Option::None,
            emails: ::std::option::Option::None,
            phones: ::std::option::Option::None,
        }
    }
    /// Sets `address_list`.
    #[must_use]
    pub fn with_address_list(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Address>>,
    ) -> Self {
        self.address_list = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emails`.
    #[must_use]
    pub fn with_emails(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Email>>,
    ) -> Self {
        self.emails = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phones`.
    #[must_use]
    pub fn with_phones(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Phone>>,
    ) -> Self {
        self.phones = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the customer.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Email {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Kind of e-mail address, for example `PERSONAL`. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `emailType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email_type: ::std::option::Option<::std::string::String>,
    /// True for the customer's preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preferred_email_flag: ::std::option::Option<bool>,
    /// Identifier of the e-mail entry; update requests name the entry they change with it.
    pub email_key: i64,
}
impl Email {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        email_address: impl ::std::convert::Into<::std::string::String>,
        email_key: impl ::std::convert::Into<i64>,
    ) -> Self {
        Self {
            email_address: email_address.into(),
            email_type: ::std::option::Option::None,
            preferred_email_flag: ::std::option::Option::None,
            email_key: email_key.into(),
        }
    }
    /// Sets `email_type`.
    #[must_use]
    pub fn with_email_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.email_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferred_email_flag`.
    #[must_use]
    pub fn with_preferred_email_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.preferred_email_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to the customer's e-mail addresses (inferred); entries are identified by `emailKey`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EmailUpdateRequest {
    /// E-mail addresses to change.
    pub emails: ::std::vec::Vec<Email>,
}
impl EmailUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(emails: impl ::std::convert::Into<::std::vec::Vec<Email>>) -> Self {
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
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_type: ::std::option::Option<::std::string::String>,
    /// Country dialling code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_country_code: ::std::option::Option<::std::string::String>,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_number: ::std::option::Option<::std::string::String>,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Identifier of the phone entry, needed to update it (inferred, by analogy with addressKey and emailKey).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_key: ::std::option::Option<i64>,
}
impl Phone {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            phone_type: ::std::option::Option::None,
            phone_country_code: ::std::option::Option::None,
            area_code: ::std::option::Option::None,
            phone_number: ::std::option::Option::None,
            extension: ::std::option::Option::None,
            phone_key: ::std::option::Option::None,
        }
    }
    /// Sets `phone_type`.
    #[must_use]
    pub fn with_phone_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone_country_code`.
    #[must_use]
    pub fn with_phone_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `area_code`.
    #[must_use]
    pub fn with_area_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.area_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone_number`.
    #[must_use]
    pub fn with_phone_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.phone_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone_key`.
    #[must_use]
    pub fn with_phone_key(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.phone_key = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to the customer's phone numbers (inferred); entries are identified by `phoneKey`.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct PhoneUpdateRequest {
    /// Phone numbers to change.
    pub phones: ::std::vec::Vec<Phone>,
}
impl PhoneUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(phones: impl ::std::convert::Into<::std::vec::Vec<Phone>>) -> Self {
        Self { phones: phones.into() }
    }
}
