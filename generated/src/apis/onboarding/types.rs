// @generated from specs/onboarding.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// Further details of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct AdditionalData {
    /// Number of children.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_children: ::std::option::Option<f64>,
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<f64>,
    /// Staff indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_indicator: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_group: ::std::option::Option<CountrySpecificGroup>,
}
impl AdditionalData {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            number_of_children: ::std::option::Option::None,
            number_of_dependents: ::std::option::Option::None,
            staff_indicator: ::std::option::Option::None,
            country_specific_group: ::std::option::Option::None,
        }
    }
    /// Sets `number_of_children`.
    #[must_use]
    pub fn with_number_of_children(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.number_of_children = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `number_of_dependents`.
    #[must_use]
    pub fn with_number_of_dependents(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.number_of_dependents = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `staff_indicator`.
    #[must_use]
    pub fn with_staff_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.staff_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_group`.
    #[must_use]
    pub fn with_country_specific_group(
        mut self,
        value: impl ::std::convert::Into<CountrySpecificGroup>,
    ) -> Self {
        self.country_specific_group = ::std::option::Option::Some(value.into());
        self
    }
}
/// An address of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Address {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: ::std::string::String,
    /// First address line.
    pub address_line1: ::std::string::String,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
}
impl Address {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        address_type: impl ::std::convert::Into<::std::string::String>,
        address_line1: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            address_type: address_type.into(),
            address_line1: address_line1.into(),
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            province_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
        }
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
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
    /// Sets `province_code`.
    #[must_use]
    pub fn with_province_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.province_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
}
/// Further details of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<i64>,
}
impl ApplicantAddAdditionalData {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            number_of_dependents: ::std::option::Option::None,
        }
    }
    /// Sets `number_of_dependents`.
    #[must_use]
    pub fn with_number_of_dependents(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.number_of_dependents = ::std::option::Option::Some(value.into());
        self
    }
}
/// An address of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicantAddCountrySpecificAddress,
    >,
}
impl ApplicantAddAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: ::std::option::Option::None,
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            residence_duration_in_years: ::std::option::Option::None,
            residence_duration_in_months: ::std::option::Option::None,
            country_specific_address: ::std::option::Option::None,
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
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
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
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_years`.
    #[must_use]
    pub fn with_residence_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_months`.
    #[must_use]
    pub fn with_residence_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_address`.
    #[must_use]
    pub fn with_country_specific_address(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddCountrySpecificAddress>,
    ) -> Self {
        self.country_specific_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: ::std::string::String,
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: ApplicantAddName,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicantAddDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicantAddAddress>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicantAddEmail>>,
    /// The applicant's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::vec::Vec<ApplicantAddPhone>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<ApplicantAddFinancialInformation>,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantAddEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantAddIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicantAddAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicantAddPartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantAddConsentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicantAddKycInformation>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicantAddContactConsent>,
}
impl ApplicantAddApplicant {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        applicant_type: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<ApplicantAddName>,
    ) -> Self {
        Self {
            applicant_type: applicant_type.into(),
            mother_maiden_name: ::std::option::Option::None,
            name: name.into(),
            demographics: ::std::option::Option::None,
            address: ::std::option::Option::None,
            email: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            financial_information: ::std::option::Option::None,
            employment_details: ::std::option::Option::None,
            identification_document_details: ::std::option::Option::None,
            additional_data: ::std::option::Option::None,
            partner_customer_details: ::std::option::Option::None,
            consent_details: ::std::option::Option::None,
            kyc_information: ::std::option::Option::None,
            contact_consent: ::std::option::Option::None,
        }
    }
    /// Sets `mother_maiden_name`.
    #[must_use]
    pub fn with_mother_maiden_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mother_maiden_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `demographics`.
    #[must_use]
    pub fn with_demographics(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddDemographics>,
    ) -> Self {
        self.demographics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address`.
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddAddress>>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `email`.
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddEmail>>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddPhone>>,
    ) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `financial_information`.
    #[must_use]
    pub fn with_financial_information(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddFinancialInformation>,
    ) -> Self {
        self.financial_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_details`.
    #[must_use]
    pub fn with_employment_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddEmploymentDetails>>,
    ) -> Self {
        self.employment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `identification_document_details`.
    #[must_use]
    pub fn with_identification_document_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicantAddIdentificationDocumentDetails>,
        >,
    ) -> Self {
        self.identification_document_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_data`.
    #[must_use]
    pub fn with_additional_data(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddAdditionalData>,
    ) -> Self {
        self.additional_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_details`.
    #[must_use]
    pub fn with_partner_customer_details(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddPartnerCustomerDetails>,
    ) -> Self {
        self.partner_customer_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consent_details`.
    #[must_use]
    pub fn with_consent_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddConsentDetails>>,
    ) -> Self {
        self.consent_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kyc_information`.
    #[must_use]
    pub fn with_kyc_information(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddKycInformation>,
    ) -> Self {
        self.kyc_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_consent`.
    #[must_use]
    pub fn with_contact_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddContactConsent>,
    ) -> Self {
        self.contact_consent = ::std::option::Option::Some(value.into());
        self
    }
}
/// One consent of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
impl ApplicantAddConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            consent_type: ::std::option::Option::None,
            is_consent_given: ::std::option::Option::None,
        }
    }
    /// Sets `consent_type`.
    #[must_use]
    pub fn with_consent_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_consent_given`.
    #[must_use]
    pub fn with_is_consent_given(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_consent_given = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's consent to be contacted. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
impl ApplicantAddContactConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ok_to_call: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddCountrySpecificAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            unit_number: ::std::option::Option::None,
            floor_number: ::std::option::Option::None,
            block_number: ::std::option::Option::None,
            building_name: ::std::option::Option::None,
            estate_name: ::std::option::Option::None,
            street_number: ::std::option::Option::None,
            street_name: ::std::option::Option::None,
            street_type: ::std::option::Option::None,
        }
    }
    /// Sets `unit_number`.
    #[must_use]
    pub fn with_unit_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unit_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `floor_number`.
    #[must_use]
    pub fn with_floor_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.floor_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_number`.
    #[must_use]
    pub fn with_block_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.block_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `building_name`.
    #[must_use]
    pub fn with_building_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.building_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `estate_name`.
    #[must_use]
    pub fn with_estate_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.estate_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_number`.
    #[must_use]
    pub fn with_street_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_name`.
    #[must_use]
    pub fn with_street_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_type`.
    #[must_use]
    pub fn with_street_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The supplementary card requested for a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddCreditCardProduct {
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Credit limit requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overseas_card_activation_flag: ::std::option::Option<bool>,
}
impl ApplicantAddCreditCardProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            emboss_name: ::std::option::Option::None,
            requested_credit_limit: ::std::option::Option::None,
            overseas_card_activation_flag: ::std::option::Option::None,
        }
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requested_credit_limit`.
    #[must_use]
    pub fn with_requested_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.requested_credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `overseas_card_activation_flag`.
    #[must_use]
    pub fn with_overseas_card_activation_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.overseas_card_activation_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's demographic details. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residential_status: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddDemographics {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            gender: ::std::option::Option::None,
            date_of_birth: ::std::option::Option::None,
            place_of_birth: ::std::option::Option::None,
            country_of_birth: ::std::option::Option::None,
            nationality: ::std::option::Option::None,
            marital_status: ::std::option::Option::None,
            residential_status: ::std::option::Option::None,
        }
    }
    /// Sets `gender`.
    #[must_use]
    pub fn with_gender(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gender = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    #[must_use]
    pub fn with_date_of_birth(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.date_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `place_of_birth`.
    #[must_use]
    pub fn with_place_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.place_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_of_birth`.
    #[must_use]
    pub fn with_country_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nationality`.
    #[must_use]
    pub fn with_nationality(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nationality = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `marital_status`.
    #[must_use]
    pub fn with_marital_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marital_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residential_status`.
    #[must_use]
    pub fn with_residential_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residential_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddEmail {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
impl ApplicantAddEmail {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            email_address: email_address.into(),
            ok_to_email: ::std::option::Option::None,
            is_preferred_email_address: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_email`.
    #[must_use]
    pub fn with_ok_to_email(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_preferred_email_address`.
    #[must_use]
    pub fn with_is_preferred_email_address(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_preferred_email_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// One employment of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddEmploymentDetails {
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Employment durationi in months.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_durationi_in_months: ::std::option::Option<i64>,
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddEmploymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employment_duration_in_years: ::std::option::Option::None,
            employment_durationi_in_months: ::std::option::Option::None,
            employer_name: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            occupation_code: ::std::option::Option::None,
            employment_status: ::std::option::Option::None,
        }
    }
    /// Sets `employment_duration_in_years`.
    #[must_use]
    pub fn with_employment_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_durationi_in_months`.
    #[must_use]
    pub fn with_employment_durationi_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_durationi_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employer_name`.
    #[must_use]
    pub fn with_employer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `job_title`.
    #[must_use]
    pub fn with_job_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `occupation_code`.
    #[must_use]
    pub fn with_occupation_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.occupation_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_status`.
    #[must_use]
    pub fn with_employment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's income, expenses and existing loans. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddFinancialInformation {
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantAddIncomeDetails>,
    >,
}
impl ApplicantAddFinancialInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_details: ::std::option::Option::None,
        }
    }
    /// Sets `income_details`.
    #[must_use]
    pub fn with_income_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantAddIncomeDetails>>,
    ) -> Self {
        self.income_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// One identity document of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
impl ApplicantAddIdentificationDocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
            id_expiry_date: ::std::option::Option::None,
            id_issue_date: ::std::option::Option::None,
            id_issue_place: ::std::option::Option::None,
            id_issue_state: ::std::option::Option::None,
            id_issue_country: ::std::option::Option::None,
            is_primary_id: ::std::option::Option::None,
        }
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_expiry_date`.
    #[must_use]
    pub fn with_id_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_date`.
    #[must_use]
    pub fn with_id_issue_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_issue_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_place`.
    #[must_use]
    pub fn with_id_issue_place(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_place = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_state`.
    #[must_use]
    pub fn with_id_issue_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_country`.
    #[must_use]
    pub fn with_id_issue_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_primary_id`.
    #[must_use]
    pub fn with_is_primary_id(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_primary_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One income of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddIncomeDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_type: ::std::option::Option::None,
            fixed_amount: ::std::option::Option::None,
            variable_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
        }
    }
    /// Sets `income_type`.
    #[must_use]
    pub fn with_income_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.income_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fixed_amount`.
    #[must_use]
    pub fn with_fixed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.fixed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `variable_amount`.
    #[must_use]
    pub fn with_variable_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.variable_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
}
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
}
impl ApplicantAddKycInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            self_public_figure_declaration_flag: ::std::option::Option::None,
        }
    }
    /// Sets `self_public_figure_declaration_flag`.
    #[must_use]
    pub fn with_self_public_figure_declaration_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.self_public_figure_declaration_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The applicant's name. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddName {
    /// A value with the required fields set and every optional field empty.
    pub fn new(given_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            salutation: ::std::option::Option::None,
            given_name: given_name.into(),
            middle_name: ::std::option::Option::None,
            surname: ::std::option::Option::None,
            alias_name: ::std::option::Option::None,
        }
    }
    /// Sets `salutation`.
    #[must_use]
    pub fn with_salutation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salutation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `middle_name`.
    #[must_use]
    pub fn with_middle_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.middle_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `surname`.
    #[must_use]
    pub fn with_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alias_name`.
    #[must_use]
    pub fn with_alias_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's identity at a partner of Citi. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
impl ApplicantAddPartnerCustomerDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            partner_customer_internal_id: ::std::option::Option::None,
            partner_customer_id: ::std::option::Option::None,
            partner_customer_segment: ::std::option::Option::None,
        }
    }
    /// Sets `partner_customer_internal_id`.
    #[must_use]
    pub fn with_partner_customer_internal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_internal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_id`.
    #[must_use]
    pub fn with_partner_customer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_segment`.
    #[must_use]
    pub fn with_partner_customer_segment(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_segment = ::std::option::Option::Some(value.into());
        self
    }
}
/// A phone number of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
impl ApplicantAddPhone {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        phone_type: impl ::std::convert::Into<::std::string::String>,
        phone_country_code: impl ::std::convert::Into<::std::string::String>,
        phone_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            phone_type: phone_type.into(),
            phone_country_code: phone_country_code.into(),
            area_code: ::std::option::Option::None,
            phone_number: phone_number.into(),
            extension: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
            ok_to_call: ::std::option::Option::None,
        }
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
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
}
/// A supplementary applicant to add (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
    pub applicant: ApplicantAddApplicant,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicantAddCreditCardProduct>,
}
impl ApplicantAddRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        applicant: impl ::std::convert::Into<ApplicantAddApplicant>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            applicant: applicant.into(),
            credit_card_product: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_product`.
    #[must_use]
    pub fn with_credit_card_product(
        mut self,
        value: impl ::std::convert::Into<ApplicantAddCreditCardProduct>,
    ) -> Self {
        self.credit_card_product = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of adding a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantAddResponse {
    /// Identifier of the added applicant.
    pub applicant_id: ::std::string::String,
}
/// Removal of a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantDeleteRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl ApplicantDeleteRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// A supplementary applicant of the application and the card requested for them.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantDetail {
    pub applicant: ApplicantInquiryApplicant,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicantInquiryCreditCardProduct>,
}
/// Further details of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<i64>,
}
/// An address of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicantInquiryCountrySpecificAddress,
    >,
}
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: ::std::string::String,
    /// Identifier of the added applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_id: ::std::option::Option<::std::string::String>,
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: ApplicantInquiryName,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicantInquiryDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicantInquiryAddress>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicantInquiryEmail>>,
    /// The applicant's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::vec::Vec<ApplicantInquiryPhone>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<
        ApplicantInquiryFinancialInformation,
    >,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantInquiryEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantInquiryIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicantInquiryAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicantInquiryPartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantInquiryConsentDetails>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<
        ::std::vec::Vec<ApplicantInquiryRequiredDocuments>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicantInquiryKycInformation>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicantInquiryContactConsent>,
}
/// One consent of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
/// The applicant's consent to be contacted. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
}
/// The supplementary card requested for a supplementary applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryCreditCardProduct {
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Credit limit requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overseas_card_activation_flag: ::std::option::Option<bool>,
}
/// The applicant's demographic details. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residential_status: ::std::option::Option<::std::string::String>,
}
/// An e-mail address of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryEmail {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
/// One employment of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryEmploymentDetails {
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Employment durationi in months.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_durationi_in_months: ::std::option::Option<i64>,
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
}
/// The applicant's income, expenses and existing loans. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryFinancialInformation {
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantInquiryIncomeDetails>,
    >,
}
/// One identity document of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
/// One income of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
}
/// The applicant's name. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
}
/// The applicant's identity at a partner of Citi. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
/// A phone number of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
/// A document a supplementary applicant still needs to provide.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantInquiryRequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_id_type: ::std::option::Option<::std::string::String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_status: ::std::option::Option<::std::string::String>,
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proof_type: ::std::option::Option<::std::string::String>,
    /// Identifier of the linked document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linked_document_id: ::std::option::Option<::std::string::String>,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_type: ::std::option::Option<::std::string::String>,
}
/// The supplementary applicants of an application (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicantInquiryResponse {
    /// The supplementary applicants.
    pub applicants: ::std::vec::Vec<ApplicantDetail>,
}
/// Further details of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<i64>,
}
impl ApplicantUpdateAdditionalData {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            number_of_dependents: ::std::option::Option::None,
        }
    }
    /// Sets `number_of_dependents`.
    #[must_use]
    pub fn with_number_of_dependents(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.number_of_dependents = ::std::option::Option::Some(value.into());
        self
    }
}
/// An address of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicantUpdateCountrySpecificAddress,
    >,
}
impl ApplicantUpdateAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: ::std::option::Option::None,
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            residence_duration_in_years: ::std::option::Option::None,
            residence_duration_in_months: ::std::option::Option::None,
            country_specific_address: ::std::option::Option::None,
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
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
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
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_years`.
    #[must_use]
    pub fn with_residence_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_months`.
    #[must_use]
    pub fn with_residence_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_address`.
    #[must_use]
    pub fn with_country_specific_address(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateCountrySpecificAddress>,
    ) -> Self {
        self.country_specific_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: ::std::string::String,
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: ApplicantUpdateName,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicantUpdateDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicantUpdateAddress>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicantUpdateEmail>>,
    /// The applicant's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::vec::Vec<ApplicantUpdatePhone>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<
        ApplicantUpdateFinancialInformation,
    >,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantUpdateEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantUpdateIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicantUpdateAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicantUpdatePartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantUpdateConsentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicantUpdateKycInformation>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicantUpdateContactConsent>,
}
impl ApplicantUpdateApplicant {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        applicant_type: impl ::std::convert::Into<::std::string::String>,
        name: impl ::std::convert::Into<ApplicantUpdateName>,
    ) -> Self {
        Self {
            applicant_type: applicant_type.into(),
            mother_maiden_name: ::std::option::Option::None,
            name: name.into(),
            demographics: ::std::option::Option::None,
            address: ::std::option::Option::None,
            email: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            financial_information: ::std::option::Option::None,
            employment_details: ::std::option::Option::None,
            identification_document_details: ::std::option::Option::None,
            additional_data: ::std::option::Option::None,
            partner_customer_details: ::std::option::Option::None,
            consent_details: ::std::option::Option::None,
            kyc_information: ::std::option::Option::None,
            contact_consent: ::std::option::Option::None,
        }
    }
    /// Sets `mother_maiden_name`.
    #[must_use]
    pub fn with_mother_maiden_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mother_maiden_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `demographics`.
    #[must_use]
    pub fn with_demographics(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateDemographics>,
    ) -> Self {
        self.demographics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address`.
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantUpdateAddress>>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `email`.
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantUpdateEmail>>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantUpdatePhone>>,
    ) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `financial_information`.
    #[must_use]
    pub fn with_financial_information(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateFinancialInformation>,
    ) -> Self {
        self.financial_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_details`.
    #[must_use]
    pub fn with_employment_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicantUpdateEmploymentDetails>,
        >,
    ) -> Self {
        self.employment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `identification_document_details`.
    #[must_use]
    pub fn with_identification_document_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicantUpdateIdentificationDocumentDetails>,
        >,
    ) -> Self {
        self.identification_document_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_data`.
    #[must_use]
    pub fn with_additional_data(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateAdditionalData>,
    ) -> Self {
        self.additional_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_details`.
    #[must_use]
    pub fn with_partner_customer_details(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdatePartnerCustomerDetails>,
    ) -> Self {
        self.partner_customer_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consent_details`.
    #[must_use]
    pub fn with_consent_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantUpdateConsentDetails>>,
    ) -> Self {
        self.consent_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kyc_information`.
    #[must_use]
    pub fn with_kyc_information(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateKycInformation>,
    ) -> Self {
        self.kyc_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_consent`.
    #[must_use]
    pub fn with_contact_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateContactConsent>,
    ) -> Self {
        self.contact_consent = ::std::option::Option::Some(value.into());
        self
    }
}
/// One consent of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
impl ApplicantUpdateConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            consent_type: ::std::option::Option::None,
            is_consent_given: ::std::option::Option::None,
        }
    }
    /// Sets `consent_type`.
    #[must_use]
    pub fn with_consent_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_consent_given`.
    #[must_use]
    pub fn with_is_consent_given(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_consent_given = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's consent to be contacted. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
impl ApplicantUpdateContactConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ok_to_call: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdateCountrySpecificAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            unit_number: ::std::option::Option::None,
            floor_number: ::std::option::Option::None,
            block_number: ::std::option::Option::None,
            building_name: ::std::option::Option::None,
            estate_name: ::std::option::Option::None,
            street_number: ::std::option::Option::None,
            street_name: ::std::option::Option::None,
            street_type: ::std::option::Option::None,
        }
    }
    /// Sets `unit_number`.
    #[must_use]
    pub fn with_unit_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unit_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `floor_number`.
    #[must_use]
    pub fn with_floor_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.floor_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_number`.
    #[must_use]
    pub fn with_block_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.block_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `building_name`.
    #[must_use]
    pub fn with_building_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.building_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `estate_name`.
    #[must_use]
    pub fn with_estate_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.estate_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_number`.
    #[must_use]
    pub fn with_street_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_name`.
    #[must_use]
    pub fn with_street_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_type`.
    #[must_use]
    pub fn with_street_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The supplementary card requested for a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateCreditCardProduct {
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Credit limit requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub overseas_card_activation_flag: ::std::option::Option<bool>,
}
impl ApplicantUpdateCreditCardProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            emboss_name: ::std::option::Option::None,
            requested_credit_limit: ::std::option::Option::None,
            overseas_card_activation_flag: ::std::option::Option::None,
        }
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requested_credit_limit`.
    #[must_use]
    pub fn with_requested_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.requested_credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `overseas_card_activation_flag`.
    #[must_use]
    pub fn with_overseas_card_activation_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.overseas_card_activation_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's demographic details. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residential_status: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdateDemographics {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            gender: ::std::option::Option::None,
            date_of_birth: ::std::option::Option::None,
            place_of_birth: ::std::option::Option::None,
            country_of_birth: ::std::option::Option::None,
            nationality: ::std::option::Option::None,
            marital_status: ::std::option::Option::None,
            residential_status: ::std::option::Option::None,
        }
    }
    /// Sets `gender`.
    #[must_use]
    pub fn with_gender(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gender = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    #[must_use]
    pub fn with_date_of_birth(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.date_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `place_of_birth`.
    #[must_use]
    pub fn with_place_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.place_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_of_birth`.
    #[must_use]
    pub fn with_country_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nationality`.
    #[must_use]
    pub fn with_nationality(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nationality = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `marital_status`.
    #[must_use]
    pub fn with_marital_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marital_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residential_status`.
    #[must_use]
    pub fn with_residential_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residential_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateEmail {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
impl ApplicantUpdateEmail {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            email_address: email_address.into(),
            ok_to_email: ::std::option::Option::None,
            is_preferred_email_address: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_email`.
    #[must_use]
    pub fn with_ok_to_email(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_preferred_email_address`.
    #[must_use]
    pub fn with_is_preferred_email_address(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_preferred_email_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// One employment of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateEmploymentDetails {
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Employment durationi in months.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_durationi_in_months: ::std::option::Option<i64>,
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdateEmploymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employment_duration_in_years: ::std::option::Option::None,
            employment_durationi_in_months: ::std::option::Option::None,
            employer_name: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            occupation_code: ::std::option::Option::None,
            employment_status: ::std::option::Option::None,
        }
    }
    /// Sets `employment_duration_in_years`.
    #[must_use]
    pub fn with_employment_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_durationi_in_months`.
    #[must_use]
    pub fn with_employment_durationi_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_durationi_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employer_name`.
    #[must_use]
    pub fn with_employer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `job_title`.
    #[must_use]
    pub fn with_job_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `occupation_code`.
    #[must_use]
    pub fn with_occupation_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.occupation_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_status`.
    #[must_use]
    pub fn with_employment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employment_status = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's income, expenses and existing loans. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateFinancialInformation {
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicantUpdateIncomeDetails>,
    >,
}
impl ApplicantUpdateFinancialInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_details: ::std::option::Option::None,
        }
    }
    /// Sets `income_details`.
    #[must_use]
    pub fn with_income_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicantUpdateIncomeDetails>>,
    ) -> Self {
        self.income_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// One identity document of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
impl ApplicantUpdateIdentificationDocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
            id_expiry_date: ::std::option::Option::None,
            id_issue_date: ::std::option::Option::None,
            id_issue_place: ::std::option::Option::None,
            id_issue_state: ::std::option::Option::None,
            id_issue_country: ::std::option::Option::None,
            is_primary_id: ::std::option::Option::None,
        }
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_expiry_date`.
    #[must_use]
    pub fn with_id_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_date`.
    #[must_use]
    pub fn with_id_issue_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_issue_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_place`.
    #[must_use]
    pub fn with_id_issue_place(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_place = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_state`.
    #[must_use]
    pub fn with_id_issue_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_country`.
    #[must_use]
    pub fn with_id_issue_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_primary_id`.
    #[must_use]
    pub fn with_is_primary_id(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_primary_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One income of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdateIncomeDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_type: ::std::option::Option::None,
            fixed_amount: ::std::option::Option::None,
            variable_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
        }
    }
    /// Sets `income_type`.
    #[must_use]
    pub fn with_income_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.income_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fixed_amount`.
    #[must_use]
    pub fn with_fixed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.fixed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `variable_amount`.
    #[must_use]
    pub fn with_variable_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.variable_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
}
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
}
impl ApplicantUpdateKycInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            self_public_figure_declaration_flag: ::std::option::Option::None,
        }
    }
    /// Sets `self_public_figure_declaration_flag`.
    #[must_use]
    pub fn with_self_public_figure_declaration_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.self_public_figure_declaration_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The applicant's name. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdateName {
    /// A value with the required fields set and every optional field empty.
    pub fn new(given_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            salutation: ::std::option::Option::None,
            given_name: given_name.into(),
            middle_name: ::std::option::Option::None,
            surname: ::std::option::Option::None,
            alias_name: ::std::option::Option::None,
        }
    }
    /// Sets `salutation`.
    #[must_use]
    pub fn with_salutation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salutation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `middle_name`.
    #[must_use]
    pub fn with_middle_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.middle_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `surname`.
    #[must_use]
    pub fn with_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alias_name`.
    #[must_use]
    pub fn with_alias_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's identity at a partner of Citi. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdatePartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
impl ApplicantUpdatePartnerCustomerDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            partner_customer_internal_id: ::std::option::Option::None,
            partner_customer_id: ::std::option::Option::None,
            partner_customer_segment: ::std::option::Option::None,
        }
    }
    /// Sets `partner_customer_internal_id`.
    #[must_use]
    pub fn with_partner_customer_internal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_internal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_id`.
    #[must_use]
    pub fn with_partner_customer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_segment`.
    #[must_use]
    pub fn with_partner_customer_segment(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_segment = ::std::option::Option::Some(value.into());
        self
    }
}
/// A phone number of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdatePhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
impl ApplicantUpdatePhone {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        phone_type: impl ::std::convert::Into<::std::string::String>,
        phone_country_code: impl ::std::convert::Into<::std::string::String>,
        phone_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            phone_type: phone_type.into(),
            phone_country_code: phone_country_code.into(),
            area_code: ::std::option::Option::None,
            phone_number: phone_number.into(),
            extension: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
            ok_to_call: ::std::option::Option::None,
        }
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
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicantUpdateRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
    pub applicant: ApplicantUpdateApplicant,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicantUpdateCreditCardProduct>,
}
impl ApplicantUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
        applicant: impl ::std::convert::Into<ApplicantUpdateApplicant>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
            applicant: applicant.into(),
            credit_card_product: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_product`.
    #[must_use]
    pub fn with_credit_card_product(
        mut self,
        value: impl ::std::convert::Into<ApplicantUpdateCreditCardProduct>,
    ) -> Self {
        self.credit_card_product = ::std::option::Option::Some(value.into());
        self
    }
}
/// Further details of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<f64>,
    /// Staff indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_indicator: ::std::option::Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub business_nature: ::std::option::Option<::std::string::String>,
    /// Name of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_name: ::std::option::Option<::std::string::String>,
    /// Phone number of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_phone_number: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to exceed the credit limit.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub over_limit_consent_flag: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_group: ::std::option::Option<
        ApplicationAddCountrySpecificGroup,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_bank_details: ::std::option::Option<ApplicationAddPrimaryBankDetails>,
    /// Given name of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_given_name: ::std::option::Option<::std::string::String>,
    /// Surname of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_surname: ::std::option::Option<::std::string::String>,
    /// True if the applicant is related to a Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_to_citi_employee_flag: ::std::option::Option<bool>,
    /// Name of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_name: ::std::option::Option<::std::string::String>,
    /// Department of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_department: ::std::option::Option<::std::string::String>,
    /// Purpose for which the card will be used.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_usage_purpose: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddAdditionalData {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            number_of_dependents: ::std::option::Option::None,
            staff_indicator: ::std::option::Option::None,
            business_nature: ::std::option::Option::None,
            emergency_contact_name: ::std::option::Option::None,
            emergency_contact_phone_number: ::std::option::Option::None,
            over_limit_consent_flag: ::std::option::Option::None,
            country_specific_group: ::std::option::Option::None,
            primary_bank_details: ::std::option::Option::None,
            referral_given_name: ::std::option::Option::None,
            referral_surname: ::std::option::Option::None,
            related_to_citi_employee_flag: ::std::option::Option::None,
            related_citi_employee_name: ::std::option::Option::None,
            related_citi_employee_department: ::std::option::Option::None,
            credit_card_usage_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `number_of_dependents`.
    #[must_use]
    pub fn with_number_of_dependents(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.number_of_dependents = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `staff_indicator`.
    #[must_use]
    pub fn with_staff_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.staff_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `business_nature`.
    #[must_use]
    pub fn with_business_nature(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.business_nature = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emergency_contact_name`.
    #[must_use]
    pub fn with_emergency_contact_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_contact_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emergency_contact_phone_number`.
    #[must_use]
    pub fn with_emergency_contact_phone_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_contact_phone_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `over_limit_consent_flag`.
    #[must_use]
    pub fn with_over_limit_consent_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.over_limit_consent_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_group`.
    #[must_use]
    pub fn with_country_specific_group(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddCountrySpecificGroup>,
    ) -> Self {
        self.country_specific_group = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primary_bank_details`.
    #[must_use]
    pub fn with_primary_bank_details(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddPrimaryBankDetails>,
    ) -> Self {
        self.primary_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `referral_given_name`.
    #[must_use]
    pub fn with_referral_given_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_given_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `referral_surname`.
    #[must_use]
    pub fn with_referral_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_to_citi_employee_flag`.
    #[must_use]
    pub fn with_related_to_citi_employee_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.related_to_citi_employee_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_citi_employee_name`.
    #[must_use]
    pub fn with_related_citi_employee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_citi_employee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_citi_employee_department`.
    #[must_use]
    pub fn with_related_citi_employee_department(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_citi_employee_department = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `credit_card_usage_purpose`.
    #[must_use]
    pub fn with_credit_card_usage_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_card_usage_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// An address of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicationAddCountrySpecificAddress,
    >,
}
impl ApplicationAddAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: ::std::option::Option::None,
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            province_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            residence_duration_in_years: ::std::option::Option::None,
            residence_duration_in_months: ::std::option::Option::None,
            country_specific_address: ::std::option::Option::None,
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
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
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
    /// Sets `province_code`.
    #[must_use]
    pub fn with_province_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.province_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_years`.
    #[must_use]
    pub fn with_residence_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_months`.
    #[must_use]
    pub fn with_residence_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_address`.
    #[must_use]
    pub fn with_country_specific_address(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddCountrySpecificAddress>,
    ) -> Self {
        self.country_specific_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's personal, contact, financial and employment details.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddApplicant {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr: ::std::option::Option<ApplicationAddOcr>,
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: ApplicationAddName,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicationAddDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicationAddAddress>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicationAddEmail>>,
    /// The applicant's phone numbers.
    pub phone: ::std::vec::Vec<ApplicationAddPhone>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_preference: ::std::option::Option<ApplicationAddContactPreference>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicationAddContactConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<ApplicationAddFinancialInformation>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub education: ::std::option::Option<ApplicationAddEducation>,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicationAddAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicationAddPartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddConsentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marketing_consent: ::std::option::Option<ApplicationAddMarketingConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_declaration: ::std::option::Option<ApplicationAddSelfDeclaration>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicationAddKycInformation>,
}
impl ApplicationAddApplicant {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        name: impl ::std::convert::Into<ApplicationAddName>,
        phone: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddPhone>>,
    ) -> Self {
        Self {
            ocr: ::std::option::Option::None,
            mother_maiden_name: ::std::option::Option::None,
            name: name.into(),
            demographics: ::std::option::Option::None,
            address: ::std::option::Option::None,
            email: ::std::option::Option::None,
            phone: phone.into(),
            contact_preference: ::std::option::Option::None,
            contact_consent: ::std::option::Option::None,
            financial_information: ::std::option::Option::None,
            education: ::std::option::Option::None,
            employment_details: ::std::option::Option::None,
            identification_document_details: ::std::option::Option::None,
            additional_data: ::std::option::Option::None,
            partner_customer_details: ::std::option::Option::None,
            consent_details: ::std::option::Option::None,
            marketing_consent: ::std::option::Option::None,
            self_declaration: ::std::option::Option::None,
            kyc_information: ::std::option::Option::None,
        }
    }
    /// Sets `ocr`.
    #[must_use]
    pub fn with_ocr(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddOcr>,
    ) -> Self {
        self.ocr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mother_maiden_name`.
    #[must_use]
    pub fn with_mother_maiden_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mother_maiden_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `demographics`.
    #[must_use]
    pub fn with_demographics(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddDemographics>,
    ) -> Self {
        self.demographics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address`.
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddAddress>>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `email`.
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddEmail>>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_preference`.
    #[must_use]
    pub fn with_contact_preference(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddContactPreference>,
    ) -> Self {
        self.contact_preference = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_consent`.
    #[must_use]
    pub fn with_contact_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddContactConsent>,
    ) -> Self {
        self.contact_consent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `financial_information`.
    #[must_use]
    pub fn with_financial_information(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddFinancialInformation>,
    ) -> Self {
        self.financial_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `education`.
    #[must_use]
    pub fn with_education(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddEducation>,
    ) -> Self {
        self.education = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_details`.
    #[must_use]
    pub fn with_employment_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationAddEmploymentDetails>,
        >,
    ) -> Self {
        self.employment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `identification_document_details`.
    #[must_use]
    pub fn with_identification_document_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationAddIdentificationDocumentDetails>,
        >,
    ) -> Self {
        self.identification_document_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_data`.
    #[must_use]
    pub fn with_additional_data(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddAdditionalData>,
    ) -> Self {
        self.additional_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_details`.
    #[must_use]
    pub fn with_partner_customer_details(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddPartnerCustomerDetails>,
    ) -> Self {
        self.partner_customer_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consent_details`.
    #[must_use]
    pub fn with_consent_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddConsentDetails>>,
    ) -> Self {
        self.consent_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `marketing_consent`.
    #[must_use]
    pub fn with_marketing_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddMarketingConsent>,
    ) -> Self {
        self.marketing_consent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_declaration`.
    #[must_use]
    pub fn with_self_declaration(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddSelfDeclaration>,
    ) -> Self {
        self.self_declaration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kyc_information`.
    #[must_use]
    pub fn with_kyc_information(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddKycInformation>,
    ) -> Self {
        self.kyc_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// One consent of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
impl ApplicationAddConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            consent_type: ::std::option::Option::None,
            is_consent_given: ::std::option::Option::None,
        }
    }
    /// Sets `consent_type`.
    #[must_use]
    pub fn with_consent_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_consent_given`.
    #[must_use]
    pub fn with_is_consent_given(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_consent_given = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's consent to be contacted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Consent to mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
impl ApplicationAddContactConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ok_to_call: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
}
/// How the applicant wants to be contacted.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddContactPreference {
    /// True to receive advices by text message.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_sms_advice_flag: ::std::option::Option<bool>,
    /// True to receive advices by e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_email_advice_flag: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preferred_mailing_address: ::std::option::Option<::std::string::String>,
    /// True to enrol in electronic statements.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub e_statement_enrollment_flag: ::std::option::Option<bool>,
}
impl ApplicationAddContactPreference {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            send_sms_advice_flag: ::std::option::Option::None,
            send_email_advice_flag: ::std::option::Option::None,
            preferred_mailing_address: ::std::option::Option::None,
            e_statement_enrollment_flag: ::std::option::Option::None,
        }
    }
    /// Sets `send_sms_advice_flag`.
    #[must_use]
    pub fn with_send_sms_advice_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.send_sms_advice_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send_email_advice_flag`.
    #[must_use]
    pub fn with_send_email_advice_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.send_email_advice_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferred_mailing_address`.
    #[must_use]
    pub fn with_preferred_mailing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_mailing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `e_statement_enrollment_flag`.
    #[must_use]
    pub fn with_e_statement_enrollment_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.e_statement_enrollment_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
    /// Town.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub town: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddCountrySpecificAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            unit_number: ::std::option::Option::None,
            floor_number: ::std::option::Option::None,
            block_number: ::std::option::Option::None,
            building_name: ::std::option::Option::None,
            estate_name: ::std::option::Option::None,
            street_number: ::std::option::Option::None,
            street_name: ::std::option::Option::None,
            street_type: ::std::option::Option::None,
            town: ::std::option::Option::None,
        }
    }
    /// Sets `unit_number`.
    #[must_use]
    pub fn with_unit_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unit_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `floor_number`.
    #[must_use]
    pub fn with_floor_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.floor_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_number`.
    #[must_use]
    pub fn with_block_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.block_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `building_name`.
    #[must_use]
    pub fn with_building_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.building_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `estate_name`.
    #[must_use]
    pub fn with_estate_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.estate_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_number`.
    #[must_use]
    pub fn with_street_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_name`.
    #[must_use]
    pub fn with_street_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_type`.
    #[must_use]
    pub fn with_street_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `town`.
    #[must_use]
    pub fn with_town(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.town = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bumiputra_indicator: ::std::option::Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disability_indicator: ::std::option::Option<bool>,
    /// UnionPay card number to link to the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub union_pay_card_number: ::std::option::Option<::std::string::String>,
    /// Tax file number (Australia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_file_number: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddCountrySpecificGroup {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bumiputra_indicator: ::std::option::Option::None,
            disability_indicator: ::std::option::Option::None,
            union_pay_card_number: ::std::option::Option::None,
            tax_file_number: ::std::option::Option::None,
        }
    }
    /// Sets `bumiputra_indicator`.
    #[must_use]
    pub fn with_bumiputra_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bumiputra_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `disability_indicator`.
    #[must_use]
    pub fn with_disability_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disability_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union_pay_card_number`.
    #[must_use]
    pub fn with_union_pay_card_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union_pay_card_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_file_number`.
    #[must_use]
    pub fn with_tax_file_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_file_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// A credit-card product applied for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddCreditCardProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the card-issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the card design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
}
impl ApplicationAddCreditCardProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        product_code: impl ::std::convert::Into<::std::string::String>,
        source_code: impl ::std::convert::Into<::std::string::String>,
        organization: impl ::std::convert::Into<::std::string::String>,
        logo: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_code: product_code.into(),
            source_code: source_code.into(),
            organization: organization.into(),
            logo: logo.into(),
            request_credit_shield: ::std::option::Option::None,
            emboss_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            card_delivery_address: ::std::option::Option::None,
            pin_delivery_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            credit_limit_increase_indicator: ::std::option::Option::None,
        }
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_delivery_address`.
    #[must_use]
    pub fn with_card_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin_delivery_address`.
    #[must_use]
    pub fn with_pin_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pin_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit_increase_indicator`.
    #[must_use]
    pub fn with_credit_limit_increase_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.credit_limit_increase_indicator = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's demographic details.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub permanent_residency_country_code: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residency_status: ::std::option::Option<::std::string::String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_type: ::std::option::Option<::std::string::String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spoken_language_code: ::std::option::Option<::std::string::String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub correspondence_language_code: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddDemographics {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            gender: ::std::option::Option::None,
            date_of_birth: ::std::option::Option::None,
            place_of_birth: ::std::option::Option::None,
            country_of_birth: ::std::option::Option::None,
            nationality: ::std::option::Option::None,
            domicile_country_code: ::std::option::Option::None,
            permanent_residency_country_code: ::std::option::Option::None,
            marital_status: ::std::option::Option::None,
            residency_status: ::std::option::Option::None,
            residence_type: ::std::option::Option::None,
            tax_domicile_country_code: ::std::option::Option::None,
            spoken_language_code: ::std::option::Option::None,
            correspondence_language_code: ::std::option::Option::None,
        }
    }
    /// Sets `gender`.
    #[must_use]
    pub fn with_gender(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gender = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    #[must_use]
    pub fn with_date_of_birth(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.date_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `place_of_birth`.
    #[must_use]
    pub fn with_place_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.place_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_of_birth`.
    #[must_use]
    pub fn with_country_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nationality`.
    #[must_use]
    pub fn with_nationality(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nationality = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domicile_country_code`.
    #[must_use]
    pub fn with_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `permanent_residency_country_code`.
    #[must_use]
    pub fn with_permanent_residency_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permanent_residency_country_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `marital_status`.
    #[must_use]
    pub fn with_marital_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marital_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residency_status`.
    #[must_use]
    pub fn with_residency_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residency_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_type`.
    #[must_use]
    pub fn with_residence_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residence_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_domicile_country_code`.
    #[must_use]
    pub fn with_tax_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `spoken_language_code`.
    #[must_use]
    pub fn with_spoken_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spoken_language_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `correspondence_language_code`.
    #[must_use]
    pub fn with_correspondence_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.correspondence_language_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's education.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub highest_education_level: ::std::option::Option<::std::string::String>,
    /// Year of graduation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub year_of_graduation: ::std::option::Option<::std::string::String>,
    /// Student identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub student_id: ::std::option::Option<::std::string::String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub university: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddEducation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            highest_education_level: ::std::option::Option::None,
            year_of_graduation: ::std::option::Option::None,
            student_id: ::std::option::Option::None,
            university: ::std::option::Option::None,
        }
    }
    /// Sets `highest_education_level`.
    #[must_use]
    pub fn with_highest_education_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.highest_education_level = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `year_of_graduation`.
    #[must_use]
    pub fn with_year_of_graduation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.year_of_graduation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `student_id`.
    #[must_use]
    pub fn with_student_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.student_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `university`.
    #[must_use]
    pub fn with_university(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.university = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddEmail {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
impl ApplicationAddEmail {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            email_address: email_address.into(),
            ok_to_email: ::std::option::Option::None,
            is_preferred_email_address: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_email`.
    #[must_use]
    pub fn with_ok_to_email(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_preferred_email_address`.
    #[must_use]
    pub fn with_is_preferred_email_address(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_preferred_email_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// One employment of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddEmploymentDetails {
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub industry_code: ::std::option::Option<::std::string::String>,
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Months in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_months: ::std::option::Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
    /// Months in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_previous_employment: ::std::option::Option<i64>,
    /// Years in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_previous_employment: ::std::option::Option<i64>,
    /// Name of the accountant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_name: ::std::option::Option<::std::string::String>,
    /// Name of the accountant's firm.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_firm_name: ::std::option::Option<::std::string::String>,
    /// Years in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_industry: ::std::option::Option<i64>,
    /// Months in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_industry: ::std::option::Option<i64>,
}
impl ApplicationAddEmploymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employer_name: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            occupation_code: ::std::option::Option::None,
            industry_code: ::std::option::Option::None,
            employment_duration_in_years: ::std::option::Option::None,
            employment_duration_in_months: ::std::option::Option::None,
            employment_status: ::std::option::Option::None,
            months_in_previous_employment: ::std::option::Option::None,
            years_in_previous_employment: ::std::option::Option::None,
            accountant_name: ::std::option::Option::None,
            accountant_firm_name: ::std::option::Option::None,
            years_in_industry: ::std::option::Option::None,
            months_in_industry: ::std::option::Option::None,
        }
    }
    /// Sets `employer_name`.
    #[must_use]
    pub fn with_employer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `job_title`.
    #[must_use]
    pub fn with_job_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `occupation_code`.
    #[must_use]
    pub fn with_occupation_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.occupation_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `industry_code`.
    #[must_use]
    pub fn with_industry_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.industry_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_duration_in_years`.
    #[must_use]
    pub fn with_employment_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_duration_in_months`.
    #[must_use]
    pub fn with_employment_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_status`.
    #[must_use]
    pub fn with_employment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employment_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `months_in_previous_employment`.
    #[must_use]
    pub fn with_months_in_previous_employment(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.months_in_previous_employment = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `years_in_previous_employment`.
    #[must_use]
    pub fn with_years_in_previous_employment(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.years_in_previous_employment = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountant_name`.
    #[must_use]
    pub fn with_accountant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accountant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountant_firm_name`.
    #[must_use]
    pub fn with_accountant_firm_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accountant_firm_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `years_in_industry`.
    #[must_use]
    pub fn with_years_in_industry(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.years_in_industry = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `months_in_industry`.
    #[must_use]
    pub fn with_months_in_industry(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.months_in_industry = ::std::option::Option::Some(value.into());
        self
    }
}
/// One existing loan of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_type: ::std::option::Option<::std::string::String>,
    /// Kind of another debt obligation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_debt_obligation_type: ::std::option::Option<::std::string::String>,
    /// Monthly instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Ownership of the debt.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub debt_ownership: ::std::option::Option<::std::string::String>,
    /// Name of the lender.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lender_name: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddExistingLoanDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            loan_type: ::std::option::Option::None,
            other_debt_obligation_type: ::std::option::Option::None,
            monthly_installment_amount: ::std::option::Option::None,
            outstanding_balance_amount: ::std::option::Option::None,
            debt_ownership: ::std::option::Option::None,
            lender_name: ::std::option::Option::None,
        }
    }
    /// Sets `loan_type`.
    #[must_use]
    pub fn with_loan_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.loan_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other_debt_obligation_type`.
    #[must_use]
    pub fn with_other_debt_obligation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_debt_obligation_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monthly_installment_amount`.
    #[must_use]
    pub fn with_monthly_installment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.monthly_installment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance_amount`.
    #[must_use]
    pub fn with_outstanding_balance_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debt_ownership`.
    #[must_use]
    pub fn with_debt_ownership(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debt_ownership = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lender_name`.
    #[must_use]
    pub fn with_lender_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lender_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// One expense of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_type: ::std::option::Option<::std::string::String>,
    /// Amount of the expense.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub expense_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddExpenseDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            expense_type: ::std::option::Option::None,
            expense_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
        }
    }
    /// Sets `expense_type`.
    #[must_use]
    pub fn with_expense_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expense_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expense_amount`.
    #[must_use]
    pub fn with_expense_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.expense_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's income, expenses and existing loans.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub has_foreseeable_financial_changes: ::std::option::Option<bool>,
    /// True if the applicant has debt obligations outside banks.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub non_bank_debt_obligation_flag: ::std::option::Option<bool>,
    /// The applicant's expenses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddExpenseDetails>,
    >,
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddIncomeDetails>,
    >,
    /// The applicant's existing loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub existing_loan_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationAddExistingLoanDetails>,
    >,
}
impl ApplicationAddFinancialInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            has_foreseeable_financial_changes: ::std::option::Option::None,
            non_bank_debt_obligation_flag: ::std::option::Option::None,
            expense_details: ::std::option::Option::None,
            income_details: ::std::option::Option::None,
            existing_loan_details: ::std::option::Option::None,
        }
    }
    /// Sets `has_foreseeable_financial_changes`.
    #[must_use]
    pub fn with_has_foreseeable_financial_changes(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.has_foreseeable_financial_changes = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `non_bank_debt_obligation_flag`.
    #[must_use]
    pub fn with_non_bank_debt_obligation_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.non_bank_debt_obligation_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expense_details`.
    #[must_use]
    pub fn with_expense_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddExpenseDetails>>,
    ) -> Self {
        self.expense_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `income_details`.
    #[must_use]
    pub fn with_income_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationAddIncomeDetails>>,
    ) -> Self {
        self.income_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `existing_loan_details`.
    #[must_use]
    pub fn with_existing_loan_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationAddExistingLoanDetails>,
        >,
    ) -> Self {
        self.existing_loan_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// One identity document of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
impl ApplicationAddIdentificationDocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
            id_expiry_date: ::std::option::Option::None,
            id_issue_date: ::std::option::Option::None,
            id_issue_place: ::std::option::Option::None,
            id_issue_state: ::std::option::Option::None,
            id_issue_country: ::std::option::Option::None,
            is_primary_id: ::std::option::Option::None,
        }
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_expiry_date`.
    #[must_use]
    pub fn with_id_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_date`.
    #[must_use]
    pub fn with_id_issue_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_issue_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_place`.
    #[must_use]
    pub fn with_id_issue_place(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_place = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_state`.
    #[must_use]
    pub fn with_id_issue_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_country`.
    #[must_use]
    pub fn with_id_issue_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_primary_id`.
    #[must_use]
    pub fn with_is_primary_id(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_primary_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One income of the applicant.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the income is received. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// Description of another kind of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_income_description: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddIncomeDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_type: ::std::option::Option::None,
            fixed_amount: ::std::option::Option::None,
            variable_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
            other_income_description: ::std::option::Option::None,
        }
    }
    /// Sets `income_type`.
    #[must_use]
    pub fn with_income_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.income_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fixed_amount`.
    #[must_use]
    pub fn with_fixed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.fixed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `variable_amount`.
    #[must_use]
    pub fn with_variable_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.variable_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other_income_description`.
    #[must_use]
    pub fn with_other_income_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_income_description = ::std::option::Option::Some(value.into());
        self
    }
}
/// Know-your-customer information (public figures, FATCA).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
    /// Status of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_status: ::std::option::Option<::std::string::String>,
    /// Details of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_details: ::std::option::Option<::std::string::String>,
    /// Start date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_start_date: ::std::option::Option<::chrono::NaiveDate>,
    /// End date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_end_date: ::std::option::Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_related_to_senior_public_figure: ::std::option::Option<bool>,
    /// Name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_name: ::std::option::Option<::std::string::String>,
    /// Country of government of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_spf_country_of_government: ::std::option::Option<::std::string::String>,
    /// Department of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_department: ::std::option::Option<
        ::std::string::String,
    >,
    /// Relationship with the senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship_with_senior_public_figure: ::std::option::Option<
        ::std::string::String,
    >,
    /// Last name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_last_name: ::std::option::Option<
        ::std::string::String,
    >,
    /// US tax status (FATCA).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_status: ::std::option::Option<::std::string::String>,
    /// US tax identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_id: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddKycInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            self_public_figure_declaration_flag: ::std::option::Option::None,
            public_figure_office_status: ::std::option::Option::None,
            public_figure_office_details: ::std::option::Option::None,
            public_figure_office_start_date: ::std::option::Option::None,
            public_figure_office_end_date: ::std::option::Option::None,
            is_related_to_senior_public_figure: ::std::option::Option::None,
            related_senior_public_figure_name: ::std::option::Option::None,
            related_spf_country_of_government: ::std::option::Option::None,
            related_senior_public_figure_department: ::std::option::Option::None,
            relationship_with_senior_public_figure: ::std::option::Option::None,
            related_senior_public_figure_last_name: ::std::option::Option::None,
            us_tax_status: ::std::option::Option::None,
            us_tax_id: ::std::option::Option::None,
        }
    }
    /// Sets `self_public_figure_declaration_flag`.
    #[must_use]
    pub fn with_self_public_figure_declaration_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.self_public_figure_declaration_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `public_figure_office_status`.
    #[must_use]
    pub fn with_public_figure_office_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_figure_office_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_details`.
    #[must_use]
    pub fn with_public_figure_office_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_figure_office_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_start_date`.
    #[must_use]
    pub fn with_public_figure_office_start_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.public_figure_office_start_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_end_date`.
    #[must_use]
    pub fn with_public_figure_office_end_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.public_figure_office_end_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_related_to_senior_public_figure`.
    #[must_use]
    pub fn with_is_related_to_senior_public_figure(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_related_to_senior_public_figure = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_name`.
    #[must_use]
    pub fn with_related_senior_public_figure_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_name = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_spf_country_of_government`.
    #[must_use]
    pub fn with_related_spf_country_of_government(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_spf_country_of_government = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_department`.
    #[must_use]
    pub fn with_related_senior_public_figure_department(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_department = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `relationship_with_senior_public_figure`.
    #[must_use]
    pub fn with_relationship_with_senior_public_figure(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.relationship_with_senior_public_figure = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_last_name`.
    #[must_use]
    pub fn with_related_senior_public_figure_last_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_last_name = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `us_tax_status`.
    #[must_use]
    pub fn with_us_tax_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `us_tax_id`.
    #[must_use]
    pub fn with_us_tax_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's marketing consent.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddMarketingConsent {
    /// True to opt out of sharing personal data with others.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub personal_data_opt_out_others_flag: ::std::option::Option<bool>,
}
impl ApplicationAddMarketingConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            personal_data_opt_out_others_flag: ::std::option::Option::None,
        }
    }
    /// Sets `personal_data_opt_out_others_flag`.
    #[must_use]
    pub fn with_personal_data_opt_out_others_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.personal_data_opt_out_others_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The applicant's name.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Given name in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_given_name: ::std::option::Option<::std::string::String>,
    /// Surname in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salute_by: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddName {
    /// A value with the required fields set and every optional field empty.
    pub fn new(given_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            salutation: ::std::option::Option::None,
            given_name: given_name.into(),
            middle_name: ::std::option::Option::None,
            surname: ::std::option::Option::None,
            local_english_given_name: ::std::option::Option::None,
            local_english_surname: ::std::option::Option::None,
            alias_name: ::std::option::Option::None,
            full_name: ::std::option::Option::None,
            salute_by: ::std::option::Option::None,
        }
    }
    /// Sets `salutation`.
    #[must_use]
    pub fn with_salutation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salutation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `middle_name`.
    #[must_use]
    pub fn with_middle_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.middle_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `surname`.
    #[must_use]
    pub fn with_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_given_name`.
    #[must_use]
    pub fn with_local_english_given_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_given_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_surname`.
    #[must_use]
    pub fn with_local_english_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alias_name`.
    #[must_use]
    pub fn with_alias_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `full_name`.
    #[must_use]
    pub fn with_full_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.full_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `salute_by`.
    #[must_use]
    pub fn with_salute_by(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salute_by = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of scanning the applicant's identity document (OCR).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddOcr {
    /// Reference number of the OCR scan.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr_reference_number: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddOcr {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ocr_reference_number: ::std::option::Option::None,
        }
    }
    /// Sets `ocr_reference_number`.
    #[must_use]
    pub fn with_ocr_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ocr_reference_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's identity at a partner of Citi.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddPartnerCustomerDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            partner_customer_internal_id: ::std::option::Option::None,
            partner_customer_id: ::std::option::Option::None,
            partner_customer_segment: ::std::option::Option::None,
        }
    }
    /// Sets `partner_customer_internal_id`.
    #[must_use]
    pub fn with_partner_customer_internal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_internal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_id`.
    #[must_use]
    pub fn with_partner_customer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_segment`.
    #[must_use]
    pub fn with_partner_customer_segment(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_segment = ::std::option::Option::Some(value.into());
        self
    }
}
/// A phone number of the applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Applicant's consent to receive calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
impl ApplicationAddPhone {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        phone_type: impl ::std::convert::Into<::std::string::String>,
        phone_country_code: impl ::std::convert::Into<::std::string::String>,
        phone_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            phone_type: phone_type.into(),
            phone_country_code: phone_country_code.into(),
            area_code: ::std::option::Option::None,
            phone_number: phone_number.into(),
            extension: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
            ok_to_call: ::std::option::Option::None,
        }
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
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's primary bank.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddPrimaryBankDetails {
    /// Name of the bank.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Type of account held there.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddPrimaryBankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bank_name: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
        }
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_type`.
    #[must_use]
    pub fn with_account_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// The product applied for (one of the three kinds).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddProduct {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicationAddCreditCardProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_product: ::std::option::Option<ApplicationAddReadyCreditProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unsecured_loan_product: ::std::option::Option<
        ApplicationAddUnsecuredLoanProduct,
    >,
}
impl ApplicationAddProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            credit_card_product: ::std::option::Option::None,
            ready_credit_product: ::std::option::Option::None,
            unsecured_loan_product: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_product`.
    #[must_use]
    pub fn with_credit_card_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddCreditCardProduct>,
    ) -> Self {
        self.credit_card_product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ready_credit_product`.
    #[must_use]
    pub fn with_ready_credit_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddReadyCreditProduct>,
    ) -> Self {
        self.ready_credit_product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsecured_loan_product`.
    #[must_use]
    pub fn with_unsecured_loan_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationAddUnsecuredLoanProduct>,
    ) -> Self {
        self.unsecured_loan_product = ::std::option::Option::Some(value.into());
        self
    }
}
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddReadyCreditProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the card-issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the card design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
    /// True if an ATM card is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub atm_required_flag: ::std::option::Option<bool>,
    /// True if a cheque book is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cheque_book_required_flag: ::std::option::Option<bool>,
}
impl ApplicationAddReadyCreditProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        product_code: impl ::std::convert::Into<::std::string::String>,
        source_code: impl ::std::convert::Into<::std::string::String>,
        organization: impl ::std::convert::Into<::std::string::String>,
        logo: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_code: product_code.into(),
            source_code: source_code.into(),
            organization: organization.into(),
            logo: logo.into(),
            request_credit_shield: ::std::option::Option::None,
            emboss_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            card_delivery_address: ::std::option::Option::None,
            pin_delivery_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            credit_limit_increase_indicator: ::std::option::Option::None,
            atm_required_flag: ::std::option::Option::None,
            cheque_book_required_flag: ::std::option::Option::None,
        }
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_delivery_address`.
    #[must_use]
    pub fn with_card_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin_delivery_address`.
    #[must_use]
    pub fn with_pin_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pin_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit_increase_indicator`.
    #[must_use]
    pub fn with_credit_limit_increase_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.credit_limit_increase_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `atm_required_flag`.
    #[must_use]
    pub fn with_atm_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.atm_required_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cheque_book_required_flag`.
    #[must_use]
    pub fn with_cheque_book_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cheque_book_required_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// Request to create a credit-card application: the requested product and the primary applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ApplicationAddRequest {
    pub product: ApplicationAddProduct,
    pub applicant: ApplicationAddApplicant,
}
impl ApplicationAddRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        product: impl ::std::convert::Into<ApplicationAddProduct>,
        applicant: impl ::std::convert::Into<ApplicationAddApplicant>,
    ) -> Self {
        Self {
            product: product.into(),
            applicant: applicant.into(),
        }
    }
}
/// Result of creating an application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddResponse {
    /// Citi's identifier of the application.
    pub application_id: ::std::string::String,
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: ::std::string::String,
    /// Identifier of the flow, sent on the later calls of this application.
    pub control_flow_id: ::std::string::String,
}
/// The applicant's declarations about existing credit.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddSelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_active_credit_card_limit_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Anticipated decrease of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anticipated_income_decrease_code: ::std::option::Option<::std::string::String>,
    /// True if the applicant has taken loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_taken_indicator: ::std::option::Option<bool>,
    /// Monthly repayment for all external loans.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_repayment_for_all_ext_loans: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
}
impl ApplicationAddSelfDeclaration {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            total_active_credit_card_limit_amount: ::std::option::Option::None,
            anticipated_income_decrease_code: ::std::option::Option::None,
            loan_taken_indicator: ::std::option::Option::None,
            monthly_repayment_for_all_ext_loans: ::std::option::Option::None,
        }
    }
    /// Sets `total_active_credit_card_limit_amount`.
    #[must_use]
    pub fn with_total_active_credit_card_limit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_active_credit_card_limit_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `anticipated_income_decrease_code`.
    #[must_use]
    pub fn with_anticipated_income_decrease_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.anticipated_income_decrease_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `loan_taken_indicator`.
    #[must_use]
    pub fn with_loan_taken_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.loan_taken_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monthly_repayment_for_all_ext_loans`.
    #[must_use]
    pub fn with_monthly_repayment_for_all_ext_loans(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.monthly_repayment_for_all_ext_loans = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationAddUnsecuredLoanProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the product design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Loan amount requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_loan_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Loan tenor.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor: ::std::option::Option<::std::string::String>,
}
impl ApplicationAddUnsecuredLoanProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        product_code: impl ::std::convert::Into<::std::string::String>,
        source_code: impl ::std::convert::Into<::std::string::String>,
        organization: impl ::std::convert::Into<::std::string::String>,
        logo: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product_code: product_code.into(),
            source_code: source_code.into(),
            organization: organization.into(),
            logo: logo.into(),
            request_credit_shield: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            requested_loan_amount: ::std::option::Option::None,
            tenor: ::std::option::Option::None,
        }
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requested_loan_amount`.
    #[must_use]
    pub fn with_requested_loan_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.requested_loan_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor`.
    #[must_use]
    pub fn with_tenor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenor = ::std::option::Option::Some(value.into());
        self
    }
}
/// Further details of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<f64>,
    /// Staff indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_indicator: ::std::option::Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub business_nature: ::std::option::Option<::std::string::String>,
    /// Name of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_name: ::std::option::Option<::std::string::String>,
    /// Phone number of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_phone_number: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to exceed the credit limit.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub over_limit_consent_flag: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_group: ::std::option::Option<
        ApplicationInquiryCountrySpecificGroup,
    >,
    /// Given name of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_given_name: ::std::option::Option<::std::string::String>,
    /// Surname of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_surname: ::std::option::Option<::std::string::String>,
    /// True if the applicant is related to a Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_to_citi_employee_flag: ::std::option::Option<bool>,
    /// Name of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_name: ::std::option::Option<::std::string::String>,
    /// Department of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_department: ::std::option::Option<::std::string::String>,
}
/// An address of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicationInquiryCountrySpecificAddress,
    >,
}
/// The applicant of a saved application (same shape as ApplicationAddApplicant; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryApplicant {
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: ApplicationInquiryName,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicationInquiryDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicationInquiryAddress>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicationInquiryEmail>>,
    /// The applicant's phone numbers.
    pub phone: ::std::vec::Vec<ApplicationInquiryPhone>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_preference: ::std::option::Option<ApplicationInquiryContactPreference>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicationInquiryContactConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<
        ApplicationInquiryFinancialInformation,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub education: ::std::option::Option<ApplicationInquiryEducation>,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicationInquiryAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicationInquiryPartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryConsentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marketing_consent: ::std::option::Option<ApplicationInquiryMarketingConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_declaration: ::std::option::Option<ApplicationInquirySelfDeclaration>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicationInquiryKycInformation>,
}
/// A balance transfer requested with the card, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryBalanceTransferDetails {
    /// Amount to transfer.
    #[serde(with = "crate::runtime::decimal")]
    pub amount_to_transfer: ::rust_decimal::Decimal,
    /// Issuing organization name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardIssuingOrganization`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuing_organization_name: ::std::option::Option<::std::string::String>,
    /// Account name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// Account reference number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_reference_number: ::std::option::Option<::std::string::String>,
    /// Biller code.
    pub biller_code: ::std::string::String,
    /// Marketing campaign identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub campaign_id: ::std::option::Option<::std::string::String>,
}
/// One consent of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
/// The applicant's consent to be contacted. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
/// How the applicant wants to be contacted. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryContactPreference {
    /// True to receive advices by text message.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_sms_advice_flag: ::std::option::Option<bool>,
    /// True to receive advices by e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_email_advice_flag: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preferred_mailing_address: ::std::option::Option<::std::string::String>,
    /// True to enrol in electronic statements.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub e_statement_enrollment_flag: ::std::option::Option<bool>,
}
/// A counter-offer, as read back with the application (same shape as CounterOffer).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCounterOffer {
    /// Code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_organisation: ::std::option::Option<::std::string::String>,
    /// Source code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_source_code: ::std::option::Option<::std::string::String>,
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryRequiredDocuments>,
    >,
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
    /// Town.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub town: ::std::option::Option<::std::string::String>,
}
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bumiputra_indicator: ::std::option::Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disability_indicator: ::std::option::Option<bool>,
    /// UnionPay card number to link to the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub union_pay_card_number: ::std::option::Option<::std::string::String>,
    /// Tax file number (Australia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_file_number: ::std::option::Option<::std::string::String>,
}
/// A credit-card product applied for. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCreditCardProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the card-issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the card design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
    /// Credit limit requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance transfer details.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub balance_transfer_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryBalanceTransferDetails>,
    >,
}
/// The credit terms offered for a card product, as the application inquiry returns them.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCreditSpecificRecommendations {
    /// Credit limit offered.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub recommended_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Maximum balance-transfer loan percentage.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub bt_maximum_loan_percentage: ::std::option::Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of a balance transfer.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub bt_monthly_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Maximum equal-payment-plan loan percentage.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub epp_maximum_loan_percentage: ::std::option::Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of an equal payment plan.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub epp_monthly_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance-transfer campaign identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bt_campaign_id: ::std::option::Option<::std::string::String>,
    /// Equal-payment-plan promotion identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub epp_promo_id: ::std::option::Option<::std::string::String>,
}
/// A cross-sell offer, as read back with the application (same shape as CrossSellOffer).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryCrossSellOffer {
    /// Code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_organisation: ::std::option::Option<::std::string::String>,
    /// Source code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_source_code: ::std::option::Option<::std::string::String>,
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryRequiredDocuments>,
    >,
}
/// The applicant's demographic details. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub permanent_residency_country_code: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residency_status: ::std::option::Option<::std::string::String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_type: ::std::option::Option<::std::string::String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spoken_language_code: ::std::option::Option<::std::string::String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub correspondence_language_code: ::std::option::Option<::std::string::String>,
}
/// The applicant's education. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub highest_education_level: ::std::option::Option<::std::string::String>,
    /// Year of graduation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub year_of_graduation: ::std::option::Option<::std::string::String>,
    /// Student identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub student_id: ::std::option::Option<::std::string::String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub university: ::std::option::Option<::std::string::String>,
}
/// An e-mail address of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryEmail {
    /// The e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email_address: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
/// One employment of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryEmploymentDetails {
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub industry_code: ::std::option::Option<::std::string::String>,
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Months in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_months: ::std::option::Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
    /// Months in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_previous_employment: ::std::option::Option<i64>,
    /// Years in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_previous_employment: ::std::option::Option<i64>,
    /// Name of the accountant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_name: ::std::option::Option<::std::string::String>,
    /// Name of the accountant's firm.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_firm_name: ::std::option::Option<::std::string::String>,
    /// Years in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_industry: ::std::option::Option<i64>,
    /// Months in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_industry: ::std::option::Option<i64>,
}
/// One existing loan of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_type: ::std::option::Option<::std::string::String>,
    /// Monthly instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// One expense of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_type: ::std::option::Option<::std::string::String>,
    /// Amount of the expense.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub expense_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
/// The applicant's income, expenses and existing loans. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub has_foreseeable_financial_changes: ::std::option::Option<bool>,
    /// The applicant's expenses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryExpenseDetails>,
    >,
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryIncomeDetails>,
    >,
    /// The applicant's existing loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub existing_loan_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryExistingLoanDetails>,
    >,
}
/// One identity document of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: ::std::string::String,
    /// Document number.
    pub id_number: ::std::string::String,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
/// One income of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// Description of another kind of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_income_description: ::std::option::Option<::std::string::String>,
}
/// Know-your-customer information (public figures, FATCA). As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
    /// Status of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_status: ::std::option::Option<::std::string::String>,
    /// Details of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_details: ::std::option::Option<::std::string::String>,
    /// Start date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_start_date: ::std::option::Option<::chrono::NaiveDate>,
    /// End date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_end_date: ::std::option::Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_related_to_senior_public_figure: ::std::option::Option<bool>,
    /// Name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_name: ::std::option::Option<::std::string::String>,
    /// Related senior public figure designation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_designation: ::std::option::Option<
        ::std::string::String,
    >,
    /// Country of government of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_spf_country_of_government: ::std::option::Option<::std::string::String>,
    /// Department of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_department: ::std::option::Option<
        ::std::string::String,
    >,
    /// Relationship with the senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship_with_senior_public_figure: ::std::option::Option<
        ::std::string::String,
    >,
    /// Last name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_last_name: ::std::option::Option<
        ::std::string::String,
    >,
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_status: ::std::option::Option<::std::string::String>,
    /// US tax identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_id: ::std::option::Option<::std::string::String>,
}
/// The loan terms offered for a loan product, as the application inquiry returns them.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryLoanSpecificRecommendations {
    /// Eligible loan amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub loan_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor: ::std::option::Option<::std::string::String>,
    /// Interest rate.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Handling fee.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub handling_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Instalment amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Annual percentage rate.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub annual_percentage_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total principal to be paid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest to be paid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of all instalments.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Start date of the repayment schedule.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repayment_schedule_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// The instalments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repayment_schedule: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryRepaymentSchedule>,
    >,
}
/// The applicant's marketing consent. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryMarketingConsent {
    /// Personal data opt out flag.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub personal_data_opt_out_flag: ::std::option::Option<bool>,
    /// True to opt out of sharing personal data with others.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub personal_data_opt_out_others_flag: ::std::option::Option<bool>,
}
/// The applicant's name. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Given name in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_given_name: ::std::option::Option<::std::string::String>,
    /// Surname in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salute_by: ::std::option::Option<::std::string::String>,
}
/// The applicant's identity at a partner of Citi. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
/// A phone number of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
/// The product of a saved application (same shape as ApplicationAddProduct; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryProduct {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicationInquiryCreditCardProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_product: ::std::option::Option<
        ApplicationInquiryReadyCreditProduct,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unsecured_loan_product: ::std::option::Option<
        ApplicationInquiryUnsecuredLoanProduct,
    >,
}
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryReadyCreditProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the card-issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the card design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
    /// True if an ATM card is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub atm_required_flag: ::std::option::Option<bool>,
    /// True if a cheque book is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cheque_book_required_flag: ::std::option::Option<bool>,
    /// Balance transfer details.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub balance_transfer_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryBalanceTransferDetails>,
    >,
}
/// One instalment of a loan repayment schedule, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryRepaymentSchedule {
    /// Tenor occurrence of the instalment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_occurence: ::std::option::Option<::std::string::String>,
    /// Due date of the instalment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Monthly instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal part of the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest part of the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal remaining after the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub remaining_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Decision on a requested product, as read back with the application (same shape as RequestedProductDecision).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryRequestedProductDecision {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Issuing organisation.
    pub organisation_name: ::std::string::String,
    /// Source code of the product.
    pub source_code: ::std::string::String,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// Outcome of the credit decision.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_decision: ::std::option::Option<::std::string::String>,
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryRequiredDocuments>,
    >,
}
/// A document the application still needs, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryRequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_id_type: ::std::option::Option<::std::string::String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_status: ::std::option::Option<::std::string::String>,
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proof_type: ::std::option::Option<::std::string::String>,
    /// Identifier of the linked document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linked_document_id: ::std::option::Option<::std::string::String>,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_type: ::std::option::Option<::std::string::String>,
}
/// A saved application with its decisions and offers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: ::std::string::String,
    /// True if supplementary applicants exist.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub has_any_supplementary_flag: ::std::option::Option<bool>,
    /// Expiry date of the in-principle approval.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipa_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    pub product: ApplicationInquiryProduct,
    pub applicant: ApplicationInquiryApplicant,
    /// Decisions on the requested products.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_product_decision: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryRequestedProductDecision>,
    >,
    /// Counter-offers made instead of the requested product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub counter_offers: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryCounterOffer>,
    >,
    /// Further products offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cross_sell_offers: ::std::option::Option<
        ::std::vec::Vec<ApplicationInquiryCrossSellOffer>,
    >,
}
/// The applicant's declarations about existing credit. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquirySelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_active_credit_card_limit_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Anticipated decrease of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anticipated_income_decrease_code: ::std::option::Option<::std::string::String>,
    /// True if the applicant has taken loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_taken_indicator: ::std::option::Option<bool>,
    /// Monthly repayment for all external loans.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_repayment_for_all_ext_loans: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
}
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow). As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationInquiryUnsecuredLoanProduct {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Promotion or channel source code.
    pub source_code: ::std::string::String,
    /// Code of the card-issuing organisation.
    pub organization: ::std::string::String,
    /// Code of the card design.
    pub logo: ::std::string::String,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Loan amount requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_loan_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor: ::std::option::Option<::std::string::String>,
}
/// Decision on a requested product, as returned by the status call (RequestedProductDecision without `logo`, nothing required).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationStatusInqRequestedProductDecision {
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organisation_name: ::std::option::Option<::std::string::String>,
    /// Source code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_code: ::std::option::Option<::std::string::String>,
    /// Outcome of the credit decision.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_decision: ::std::option::Option<::std::string::String>,
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<CreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<LoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<::std::vec::Vec<RequiredDocuments>>,
}
/// Status of an application with its decisions and offers.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationStatusResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: ::std::string::String,
    /// Expiry date of the in-principle approval.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipa_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Decisions on the requested products.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_product_decision: ::std::option::Option<
        ::std::vec::Vec<ApplicationStatusInqRequestedProductDecision>,
    >,
    /// Counter-offers made instead of the requested product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub counter_offers: ::std::option::Option<::std::vec::Vec<CounterOffer>>,
    /// Further products offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cross_sell_offers: ::std::option::Option<::std::vec::Vec<CrossSellOffer>>,
}
/// Further details of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateAdditionalData {
    /// Number of dependents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub number_of_dependents: ::std::option::Option<f64>,
    /// Staff indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub staff_indicator: ::std::option::Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub business_nature: ::std::option::Option<::std::string::String>,
    /// Name of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_name: ::std::option::Option<::std::string::String>,
    /// Phone number of the emergency contact.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emergency_contact_phone_number: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to exceed the credit limit.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub over_limit_consent_flag: ::std::option::Option<bool>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_group: ::std::option::Option<
        ApplicationUpdateCountrySpecificGroup,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub primary_bank_details: ::std::option::Option<ApplicationUpdatePrimaryBankDetails>,
    /// Given name of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_given_name: ::std::option::Option<::std::string::String>,
    /// Surname of the person who referred the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub referral_surname: ::std::option::Option<::std::string::String>,
    /// True if the applicant is related to a Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_to_citi_employee_flag: ::std::option::Option<bool>,
    /// Name of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_name: ::std::option::Option<::std::string::String>,
    /// Department of the related Citi employee.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_citi_employee_department: ::std::option::Option<::std::string::String>,
    /// Credit card usage purpose. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `creditCardUsagePurpose`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_usage_purpose: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateAdditionalData {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            number_of_dependents: ::std::option::Option::None,
            staff_indicator: ::std::option::Option::None,
            business_nature: ::std::option::Option::None,
            emergency_contact_name: ::std::option::Option::None,
            emergency_contact_phone_number: ::std::option::Option::None,
            over_limit_consent_flag: ::std::option::Option::None,
            country_specific_group: ::std::option::Option::None,
            primary_bank_details: ::std::option::Option::None,
            referral_given_name: ::std::option::Option::None,
            referral_surname: ::std::option::Option::None,
            related_to_citi_employee_flag: ::std::option::Option::None,
            related_citi_employee_name: ::std::option::Option::None,
            related_citi_employee_department: ::std::option::Option::None,
            credit_card_usage_purpose: ::std::option::Option::None,
        }
    }
    /// Sets `number_of_dependents`.
    #[must_use]
    pub fn with_number_of_dependents(
        mut self,
        value: impl ::std::convert::Into<f64>,
    ) -> Self {
        self.number_of_dependents = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `staff_indicator`.
    #[must_use]
    pub fn with_staff_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.staff_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `business_nature`.
    #[must_use]
    pub fn with_business_nature(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.business_nature = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emergency_contact_name`.
    #[must_use]
    pub fn with_emergency_contact_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_contact_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emergency_contact_phone_number`.
    #[must_use]
    pub fn with_emergency_contact_phone_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emergency_contact_phone_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `over_limit_consent_flag`.
    #[must_use]
    pub fn with_over_limit_consent_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.over_limit_consent_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_group`.
    #[must_use]
    pub fn with_country_specific_group(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateCountrySpecificGroup>,
    ) -> Self {
        self.country_specific_group = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `primary_bank_details`.
    #[must_use]
    pub fn with_primary_bank_details(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdatePrimaryBankDetails>,
    ) -> Self {
        self.primary_bank_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `referral_given_name`.
    #[must_use]
    pub fn with_referral_given_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_given_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `referral_surname`.
    #[must_use]
    pub fn with_referral_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.referral_surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_to_citi_employee_flag`.
    #[must_use]
    pub fn with_related_to_citi_employee_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.related_to_citi_employee_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_citi_employee_name`.
    #[must_use]
    pub fn with_related_citi_employee_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_citi_employee_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `related_citi_employee_department`.
    #[must_use]
    pub fn with_related_citi_employee_department(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_citi_employee_department = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `credit_card_usage_purpose`.
    #[must_use]
    pub fn with_credit_card_usage_purpose(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.credit_card_usage_purpose = ::std::option::Option::Some(value.into());
        self
    }
}
/// An address of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_type: ::std::option::Option<::std::string::String>,
    /// First address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line1: ::std::option::Option<::std::string::String>,
    /// Second address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line2: ::std::option::Option<::std::string::String>,
    /// Third address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line3: ::std::option::Option<::std::string::String>,
    /// Fourth address line.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address_line4: ::std::option::Option<::std::string::String>,
    /// City.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub city_name: ::std::option::Option<::std::string::String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub state: ::std::option::Option<::std::string::String>,
    /// Postal code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub postal_code: ::std::option::Option<::std::string::String>,
    /// Province code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub province_code: ::std::option::Option<::std::string::String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_code: ::std::option::Option<::std::string::String>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Years lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_years: ::std::option::Option<i64>,
    /// Months lived at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_duration_in_months: ::std::option::Option<i64>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_specific_address: ::std::option::Option<
        ApplicationUpdateCountrySpecificAddress,
    >,
}
impl ApplicationUpdateAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            address_type: ::std::option::Option::None,
            address_line1: ::std::option::Option::None,
            address_line2: ::std::option::Option::None,
            address_line3: ::std::option::Option::None,
            address_line4: ::std::option::Option::None,
            city_name: ::std::option::Option::None,
            state: ::std::option::Option::None,
            postal_code: ::std::option::Option::None,
            province_code: ::std::option::Option::None,
            country_code: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            residence_duration_in_years: ::std::option::Option::None,
            residence_duration_in_months: ::std::option::Option::None,
            country_specific_address: ::std::option::Option::None,
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
    /// Sets `address_line1`.
    #[must_use]
    pub fn with_address_line1(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line1 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line2`.
    #[must_use]
    pub fn with_address_line2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line3`.
    #[must_use]
    pub fn with_address_line3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address_line4`.
    #[must_use]
    pub fn with_address_line4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address_line4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `city_name`.
    #[must_use]
    pub fn with_city_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.city_name = ::std::option::Option::Some(value.into());
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
    /// Sets `province_code`.
    #[must_use]
    pub fn with_province_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.province_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_code`.
    #[must_use]
    pub fn with_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_years`.
    #[must_use]
    pub fn with_residence_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_duration_in_months`.
    #[must_use]
    pub fn with_residence_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.residence_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_specific_address`.
    #[must_use]
    pub fn with_country_specific_address(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateCountrySpecificAddress>,
    ) -> Self {
        self.country_specific_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to the applicant of a saved application (same shape as ApplicationAddApplicant, all optional; nested parts are the ApplicationAdd* models and keep their required fields).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateApplicant {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub name: ::std::option::Option<ApplicationUpdateName>,
    /// The applicant's phone numbers.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone: ::std::option::Option<::std::vec::Vec<ApplicationUpdatePhone>>,
    /// The applicant's e-mail addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub email: ::std::option::Option<::std::vec::Vec<ApplicationUpdateEmail>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr: ::std::option::Option<ApplicationUpdateOcr>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<ApplicationUpdateDemographics>,
    /// The applicant's addresses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::vec::Vec<ApplicationUpdateAddress>>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_preference: ::std::option::Option<ApplicationUpdateContactPreference>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub contact_consent: ::std::option::Option<ApplicationUpdateContactConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<
        ApplicationUpdateFinancialInformation,
    >,
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub education: ::std::option::Option<ApplicationUpdateEducation>,
    /// The applicant's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateEmploymentDetails>,
    >,
    /// The applicant's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateIdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<ApplicationUpdateAdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_details: ::std::option::Option<
        ApplicationUpdatePartnerCustomerDetails,
    >,
    /// Consents given or refused by the applicant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateConsentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marketing_consent: ::std::option::Option<ApplicationUpdateMarketingConsent>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_declaration: ::std::option::Option<ApplicationUpdateSelfDeclaration>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<ApplicationUpdateKycInformation>,
}
impl ApplicationUpdateApplicant {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            name: ::std::option::Option::None,
            phone: ::std::option::Option::None,
            email: ::std::option::Option::None,
            ocr: ::std::option::Option::None,
            demographics: ::std::option::Option::None,
            address: ::std::option::Option::None,
            contact_preference: ::std::option::Option::None,
            contact_consent: ::std::option::Option::None,
            financial_information: ::std::option::Option::None,
            mother_maiden_name: ::std::option::Option::None,
            education: ::std::option::Option::None,
            employment_details: ::std::option::Option::None,
            identification_document_details: ::std::option::Option::None,
            additional_data: ::std::option::Option::None,
            partner_customer_details: ::std::option::Option::None,
            consent_details: ::std::option::Option::None,
            marketing_consent: ::std::option::Option::None,
            self_declaration: ::std::option::Option::None,
            kyc_information: ::std::option::Option::None,
        }
    }
    /// Sets `name`.
    #[must_use]
    pub fn with_name(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateName>,
    ) -> Self {
        self.name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `phone`.
    #[must_use]
    pub fn with_phone(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationUpdatePhone>>,
    ) -> Self {
        self.phone = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `email`.
    #[must_use]
    pub fn with_email(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationUpdateEmail>>,
    ) -> Self {
        self.email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ocr`.
    #[must_use]
    pub fn with_ocr(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateOcr>,
    ) -> Self {
        self.ocr = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `demographics`.
    #[must_use]
    pub fn with_demographics(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateDemographics>,
    ) -> Self {
        self.demographics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address`.
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationUpdateAddress>>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_preference`.
    #[must_use]
    pub fn with_contact_preference(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateContactPreference>,
    ) -> Self {
        self.contact_preference = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `contact_consent`.
    #[must_use]
    pub fn with_contact_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateContactConsent>,
    ) -> Self {
        self.contact_consent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `financial_information`.
    #[must_use]
    pub fn with_financial_information(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateFinancialInformation>,
    ) -> Self {
        self.financial_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mother_maiden_name`.
    #[must_use]
    pub fn with_mother_maiden_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mother_maiden_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `education`.
    #[must_use]
    pub fn with_education(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateEducation>,
    ) -> Self {
        self.education = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_details`.
    #[must_use]
    pub fn with_employment_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateEmploymentDetails>,
        >,
    ) -> Self {
        self.employment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `identification_document_details`.
    #[must_use]
    pub fn with_identification_document_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateIdentificationDocumentDetails>,
        >,
    ) -> Self {
        self.identification_document_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_data`.
    #[must_use]
    pub fn with_additional_data(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateAdditionalData>,
    ) -> Self {
        self.additional_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_details`.
    #[must_use]
    pub fn with_partner_customer_details(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdatePartnerCustomerDetails>,
    ) -> Self {
        self.partner_customer_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `consent_details`.
    #[must_use]
    pub fn with_consent_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateConsentDetails>,
        >,
    ) -> Self {
        self.consent_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `marketing_consent`.
    #[must_use]
    pub fn with_marketing_consent(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateMarketingConsent>,
    ) -> Self {
        self.marketing_consent = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_declaration`.
    #[must_use]
    pub fn with_self_declaration(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateSelfDeclaration>,
    ) -> Self {
        self.self_declaration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kyc_information`.
    #[must_use]
    pub fn with_kyc_information(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateKycInformation>,
    ) -> Self {
        self.kyc_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// A balance transfer requested with the card, in an update of the application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateBalanceTransferDetails {
    /// Amount to transfer.
    #[serde(with = "crate::runtime::decimal")]
    pub amount_to_transfer: ::rust_decimal::Decimal,
    /// Issuing organization name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardIssuingOrganization`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub issuing_organization_name: ::std::option::Option<::std::string::String>,
    /// Account name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_name: ::std::option::Option<::std::string::String>,
    /// Account reference number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_reference_number: ::std::option::Option<::std::string::String>,
    /// Biller code.
    pub biller_code: ::std::string::String,
    /// Marketing campaign identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub campaign_id: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateBalanceTransferDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        amount_to_transfer: impl ::std::convert::Into<::rust_decimal::Decimal>,
        biller_code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            amount_to_transfer: amount_to_transfer.into(),
            issuing_organization_name: ::std::option::Option::None,
            account_name: ::std::option::Option::None,
            account_reference_number: ::std::option::Option::None,
            biller_code: biller_code.into(),
            campaign_id: ::std::option::Option::None,
        }
    }
    /// Sets `issuing_organization_name`.
    #[must_use]
    pub fn with_issuing_organization_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.issuing_organization_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_name`.
    #[must_use]
    pub fn with_account_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_reference_number`.
    #[must_use]
    pub fn with_account_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_reference_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `campaign_id`.
    #[must_use]
    pub fn with_campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.campaign_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One consent of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub consent_type: ::std::option::Option<::std::string::String>,
    /// True if the consent is given.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_consent_given: ::std::option::Option<bool>,
}
impl ApplicationUpdateConsentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            consent_type: ::std::option::Option::None,
            is_consent_given: ::std::option::Option::None,
        }
    }
    /// Sets `consent_type`.
    #[must_use]
    pub fn with_consent_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.consent_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_consent_given`.
    #[must_use]
    pub fn with_is_consent_given(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_consent_given = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's consent to be contacted. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateContactConsent {
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
    /// Applicant's consent to receive mail at this address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_mail: ::std::option::Option<bool>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
}
impl ApplicationUpdateContactConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ok_to_call: ::std::option::Option::None,
            ok_to_mail: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_mail`.
    #[must_use]
    pub fn with_ok_to_mail(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_mail = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
}
/// How the applicant wants to be contacted. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateContactPreference {
    /// True to receive advices by text message.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_sms_advice_flag: ::std::option::Option<bool>,
    /// True to receive advices by e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_email_advice_flag: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preferred_mailing_address: ::std::option::Option<::std::string::String>,
    /// True to enrol in electronic statements.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub e_statement_enrollment_flag: ::std::option::Option<bool>,
}
impl ApplicationUpdateContactPreference {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            send_sms_advice_flag: ::std::option::Option::None,
            send_email_advice_flag: ::std::option::Option::None,
            preferred_mailing_address: ::std::option::Option::None,
            e_statement_enrollment_flag: ::std::option::Option::None,
        }
    }
    /// Sets `send_sms_advice_flag`.
    #[must_use]
    pub fn with_send_sms_advice_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.send_sms_advice_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `send_email_advice_flag`.
    #[must_use]
    pub fn with_send_email_advice_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.send_email_advice_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferred_mailing_address`.
    #[must_use]
    pub fn with_preferred_mailing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_mailing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `e_statement_enrollment_flag`.
    #[must_use]
    pub fn with_e_statement_enrollment_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.e_statement_enrollment_flag = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateCountrySpecificAddress {
    /// Unit number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unit_number: ::std::option::Option<::std::string::String>,
    /// Floor number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub floor_number: ::std::option::Option<::std::string::String>,
    /// Block number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub block_number: ::std::option::Option<::std::string::String>,
    /// Building name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub building_name: ::std::option::Option<::std::string::String>,
    /// Estate name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub estate_name: ::std::option::Option<::std::string::String>,
    /// Street number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_number: ::std::option::Option<::std::string::String>,
    /// Street name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_name: ::std::option::Option<::std::string::String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub street_type: ::std::option::Option<::std::string::String>,
    /// Town.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub town: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateCountrySpecificAddress {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            unit_number: ::std::option::Option::None,
            floor_number: ::std::option::Option::None,
            block_number: ::std::option::Option::None,
            building_name: ::std::option::Option::None,
            estate_name: ::std::option::Option::None,
            street_number: ::std::option::Option::None,
            street_name: ::std::option::Option::None,
            street_type: ::std::option::Option::None,
            town: ::std::option::Option::None,
        }
    }
    /// Sets `unit_number`.
    #[must_use]
    pub fn with_unit_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.unit_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `floor_number`.
    #[must_use]
    pub fn with_floor_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.floor_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `block_number`.
    #[must_use]
    pub fn with_block_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.block_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `building_name`.
    #[must_use]
    pub fn with_building_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.building_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `estate_name`.
    #[must_use]
    pub fn with_estate_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.estate_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_number`.
    #[must_use]
    pub fn with_street_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_name`.
    #[must_use]
    pub fn with_street_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `street_type`.
    #[must_use]
    pub fn with_street_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.street_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `town`.
    #[must_use]
    pub fn with_town(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.town = ::std::option::Option::Some(value.into());
        self
    }
}
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bumiputra_indicator: ::std::option::Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disability_indicator: ::std::option::Option<bool>,
    /// UnionPay card number to link to the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub union_pay_card_number: ::std::option::Option<::std::string::String>,
    /// Tax file number (Australia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_file_number: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateCountrySpecificGroup {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bumiputra_indicator: ::std::option::Option::None,
            disability_indicator: ::std::option::Option::None,
            union_pay_card_number: ::std::option::Option::None,
            tax_file_number: ::std::option::Option::None,
        }
    }
    /// Sets `bumiputra_indicator`.
    #[must_use]
    pub fn with_bumiputra_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bumiputra_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `disability_indicator`.
    #[must_use]
    pub fn with_disability_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disability_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union_pay_card_number`.
    #[must_use]
    pub fn with_union_pay_card_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union_pay_card_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_file_number`.
    #[must_use]
    pub fn with_tax_file_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_file_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// A credit-card product applied for. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateCreditCardProduct {
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Promotion or channel source code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_code: ::std::option::Option<::std::string::String>,
    /// Code of the card-issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<::std::string::String>,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
    /// Balance transfer details.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub balance_transfer_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateBalanceTransferDetails>,
    >,
}
impl ApplicationUpdateCreditCardProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_code: ::std::option::Option::None,
            source_code: ::std::option::Option::None,
            organization: ::std::option::Option::None,
            logo: ::std::option::Option::None,
            request_credit_shield: ::std::option::Option::None,
            emboss_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            card_delivery_address: ::std::option::Option::None,
            pin_delivery_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            credit_limit_increase_indicator: ::std::option::Option::None,
            balance_transfer_details: ::std::option::Option::None,
        }
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_code`.
    #[must_use]
    pub fn with_source_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `organization`.
    #[must_use]
    pub fn with_organization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organization = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logo`.
    #[must_use]
    pub fn with_logo(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_delivery_address`.
    #[must_use]
    pub fn with_card_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin_delivery_address`.
    #[must_use]
    pub fn with_pin_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pin_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit_increase_indicator`.
    #[must_use]
    pub fn with_credit_limit_increase_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.credit_limit_increase_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balance_transfer_details`.
    #[must_use]
    pub fn with_balance_transfer_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateBalanceTransferDetails>,
        >,
    ) -> Self {
        self.balance_transfer_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's demographic details. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gender: ::std::option::Option<::std::string::String>,
    /// Date of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub date_of_birth: ::std::option::Option<::std::string::String>,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub nationality: ::std::option::Option<::std::string::String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub permanent_residency_country_code: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residency_status: ::std::option::Option<::std::string::String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_type: ::std::option::Option<::std::string::String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spoken_language_code: ::std::option::Option<::std::string::String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub correspondence_language_code: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateDemographics {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            gender: ::std::option::Option::None,
            date_of_birth: ::std::option::Option::None,
            place_of_birth: ::std::option::Option::None,
            country_of_birth: ::std::option::Option::None,
            nationality: ::std::option::Option::None,
            domicile_country_code: ::std::option::Option::None,
            permanent_residency_country_code: ::std::option::Option::None,
            marital_status: ::std::option::Option::None,
            residency_status: ::std::option::Option::None,
            residence_type: ::std::option::Option::None,
            tax_domicile_country_code: ::std::option::Option::None,
            spoken_language_code: ::std::option::Option::None,
            correspondence_language_code: ::std::option::Option::None,
        }
    }
    /// Sets `gender`.
    #[must_use]
    pub fn with_gender(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gender = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `date_of_birth`.
    #[must_use]
    pub fn with_date_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.date_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `place_of_birth`.
    #[must_use]
    pub fn with_place_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.place_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_of_birth`.
    #[must_use]
    pub fn with_country_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `nationality`.
    #[must_use]
    pub fn with_nationality(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.nationality = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domicile_country_code`.
    #[must_use]
    pub fn with_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `permanent_residency_country_code`.
    #[must_use]
    pub fn with_permanent_residency_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permanent_residency_country_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `marital_status`.
    #[must_use]
    pub fn with_marital_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marital_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residency_status`.
    #[must_use]
    pub fn with_residency_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residency_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_type`.
    #[must_use]
    pub fn with_residence_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residence_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_domicile_country_code`.
    #[must_use]
    pub fn with_tax_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `spoken_language_code`.
    #[must_use]
    pub fn with_spoken_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spoken_language_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `correspondence_language_code`.
    #[must_use]
    pub fn with_correspondence_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.correspondence_language_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's education. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub highest_education_level: ::std::option::Option<::std::string::String>,
    /// Year of graduation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub year_of_graduation: ::std::option::Option<::std::string::String>,
    /// Student identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub student_id: ::std::option::Option<::std::string::String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub university: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateEducation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            highest_education_level: ::std::option::Option::None,
            year_of_graduation: ::std::option::Option::None,
            student_id: ::std::option::Option::None,
            university: ::std::option::Option::None,
        }
    }
    /// Sets `highest_education_level`.
    #[must_use]
    pub fn with_highest_education_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.highest_education_level = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `year_of_graduation`.
    #[must_use]
    pub fn with_year_of_graduation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.year_of_graduation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `student_id`.
    #[must_use]
    pub fn with_student_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.student_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `university`.
    #[must_use]
    pub fn with_university(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.university = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateEmail {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// True for the preferred e-mail address.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_preferred_email_address: ::std::option::Option<bool>,
}
impl ApplicationUpdateEmail {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            email_address: email_address.into(),
            ok_to_email: ::std::option::Option::None,
            is_preferred_email_address: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_email`.
    #[must_use]
    pub fn with_ok_to_email(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_preferred_email_address`.
    #[must_use]
    pub fn with_is_preferred_email_address(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_preferred_email_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// One employment of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateEmploymentDetails {
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub industry_code: ::std::option::Option<::std::string::String>,
    /// Years in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_years: ::std::option::Option<i64>,
    /// Months in this employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_duration_in_months: ::std::option::Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_status: ::std::option::Option<::std::string::String>,
    /// Months in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_previous_employment: ::std::option::Option<i64>,
    /// Years in the previous employment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_previous_employment: ::std::option::Option<i64>,
    /// Name of the accountant.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_name: ::std::option::Option<::std::string::String>,
    /// Name of the accountant's firm.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub accountant_firm_name: ::std::option::Option<::std::string::String>,
    /// Years in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub years_in_industry: ::std::option::Option<i64>,
    /// Months in the industry.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub months_in_industry: ::std::option::Option<i64>,
}
impl ApplicationUpdateEmploymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employer_name: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            occupation_code: ::std::option::Option::None,
            industry_code: ::std::option::Option::None,
            employment_duration_in_years: ::std::option::Option::None,
            employment_duration_in_months: ::std::option::Option::None,
            employment_status: ::std::option::Option::None,
            months_in_previous_employment: ::std::option::Option::None,
            years_in_previous_employment: ::std::option::Option::None,
            accountant_name: ::std::option::Option::None,
            accountant_firm_name: ::std::option::Option::None,
            years_in_industry: ::std::option::Option::None,
            months_in_industry: ::std::option::Option::None,
        }
    }
    /// Sets `employer_name`.
    #[must_use]
    pub fn with_employer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `job_title`.
    #[must_use]
    pub fn with_job_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `occupation_code`.
    #[must_use]
    pub fn with_occupation_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.occupation_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `industry_code`.
    #[must_use]
    pub fn with_industry_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.industry_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_duration_in_years`.
    #[must_use]
    pub fn with_employment_duration_in_years(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_years = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_duration_in_months`.
    #[must_use]
    pub fn with_employment_duration_in_months(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.employment_duration_in_months = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_status`.
    #[must_use]
    pub fn with_employment_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employment_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `months_in_previous_employment`.
    #[must_use]
    pub fn with_months_in_previous_employment(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.months_in_previous_employment = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `years_in_previous_employment`.
    #[must_use]
    pub fn with_years_in_previous_employment(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.years_in_previous_employment = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountant_name`.
    #[must_use]
    pub fn with_accountant_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accountant_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `accountant_firm_name`.
    #[must_use]
    pub fn with_accountant_firm_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.accountant_firm_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `years_in_industry`.
    #[must_use]
    pub fn with_years_in_industry(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.years_in_industry = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `months_in_industry`.
    #[must_use]
    pub fn with_months_in_industry(
        mut self,
        value: impl ::std::convert::Into<i64>,
    ) -> Self {
        self.months_in_industry = ::std::option::Option::Some(value.into());
        self
    }
}
/// One existing loan of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_type: ::std::option::Option<::std::string::String>,
    /// Kind of another debt obligation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_debt_obligation_type: ::std::option::Option<::std::string::String>,
    /// Monthly instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub outstanding_balance_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Debt ownership. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `debtOwnership`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub debt_ownership: ::std::option::Option<::std::string::String>,
    /// Name of the lender.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub lender_name: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateExistingLoanDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            loan_type: ::std::option::Option::None,
            other_debt_obligation_type: ::std::option::Option::None,
            monthly_installment_amount: ::std::option::Option::None,
            outstanding_balance_amount: ::std::option::Option::None,
            debt_ownership: ::std::option::Option::None,
            lender_name: ::std::option::Option::None,
        }
    }
    /// Sets `loan_type`.
    #[must_use]
    pub fn with_loan_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.loan_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other_debt_obligation_type`.
    #[must_use]
    pub fn with_other_debt_obligation_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_debt_obligation_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monthly_installment_amount`.
    #[must_use]
    pub fn with_monthly_installment_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.monthly_installment_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `outstanding_balance_amount`.
    #[must_use]
    pub fn with_outstanding_balance_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.outstanding_balance_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `debt_ownership`.
    #[must_use]
    pub fn with_debt_ownership(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.debt_ownership = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `lender_name`.
    #[must_use]
    pub fn with_lender_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.lender_name = ::std::option::Option::Some(value.into());
        self
    }
}
/// One expense of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_type: ::std::option::Option<::std::string::String>,
    /// Amount of the expense.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub expense_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateExpenseDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            expense_type: ::std::option::Option::None,
            expense_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
        }
    }
    /// Sets `expense_type`.
    #[must_use]
    pub fn with_expense_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.expense_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expense_amount`.
    #[must_use]
    pub fn with_expense_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.expense_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's income, expenses and existing loans. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub has_foreseeable_financial_changes: ::std::option::Option<bool>,
    /// True if the applicant has debt obligations outside banks.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub non_bank_debt_obligation_flag: ::std::option::Option<bool>,
    /// The applicant's expenses.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub expense_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateExpenseDetails>,
    >,
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateIncomeDetails>,
    >,
    /// The applicant's existing loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub existing_loan_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateExistingLoanDetails>,
    >,
}
impl ApplicationUpdateFinancialInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            has_foreseeable_financial_changes: ::std::option::Option::None,
            non_bank_debt_obligation_flag: ::std::option::Option::None,
            expense_details: ::std::option::Option::None,
            income_details: ::std::option::Option::None,
            existing_loan_details: ::std::option::Option::None,
        }
    }
    /// Sets `has_foreseeable_financial_changes`.
    #[must_use]
    pub fn with_has_foreseeable_financial_changes(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.has_foreseeable_financial_changes = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `non_bank_debt_obligation_flag`.
    #[must_use]
    pub fn with_non_bank_debt_obligation_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.non_bank_debt_obligation_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `expense_details`.
    #[must_use]
    pub fn with_expense_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateExpenseDetails>,
        >,
    ) -> Self {
        self.expense_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `income_details`.
    #[must_use]
    pub fn with_income_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ApplicationUpdateIncomeDetails>>,
    ) -> Self {
        self.income_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `existing_loan_details`.
    #[must_use]
    pub fn with_existing_loan_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateExistingLoanDetails>,
        >,
    ) -> Self {
        self.existing_loan_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// One identity document of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_state: ::std::option::Option<::std::string::String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_country: ::std::option::Option<::std::string::String>,
    /// True for the primary identity document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_primary_id: ::std::option::Option<bool>,
}
impl ApplicationUpdateIdentificationDocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
            id_expiry_date: ::std::option::Option::None,
            id_issue_date: ::std::option::Option::None,
            id_issue_place: ::std::option::Option::None,
            id_issue_state: ::std::option::Option::None,
            id_issue_country: ::std::option::Option::None,
            is_primary_id: ::std::option::Option::None,
        }
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_expiry_date`.
    #[must_use]
    pub fn with_id_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_date`.
    #[must_use]
    pub fn with_id_issue_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_issue_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_place`.
    #[must_use]
    pub fn with_id_issue_place(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_place = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_state`.
    #[must_use]
    pub fn with_id_issue_state(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_state = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_country`.
    #[must_use]
    pub fn with_id_issue_country(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_country = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_primary_id`.
    #[must_use]
    pub fn with_is_primary_id(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.is_primary_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// One income of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// Description of another kind of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_income_description: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateIncomeDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_type: ::std::option::Option::None,
            fixed_amount: ::std::option::Option::None,
            variable_amount: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
            other_income_description: ::std::option::Option::None,
        }
    }
    /// Sets `income_type`.
    #[must_use]
    pub fn with_income_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.income_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fixed_amount`.
    #[must_use]
    pub fn with_fixed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.fixed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `variable_amount`.
    #[must_use]
    pub fn with_variable_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.variable_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other_income_description`.
    #[must_use]
    pub fn with_other_income_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_income_description = ::std::option::Option::Some(value.into());
        self
    }
}
/// Know-your-customer information (public figures, FATCA). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateKycInformation {
    /// True if the applicant declares being a public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_public_figure_declaration_flag: ::std::option::Option<bool>,
    /// Status of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_status: ::std::option::Option<::std::string::String>,
    /// Details of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_details: ::std::option::Option<::std::string::String>,
    /// Start date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_start_date: ::std::option::Option<::chrono::NaiveDate>,
    /// End date of the public office.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub public_figure_office_end_date: ::std::option::Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_related_to_senior_public_figure: ::std::option::Option<bool>,
    /// Name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_name: ::std::option::Option<::std::string::String>,
    /// Country of government of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_spf_country_of_government: ::std::option::Option<::std::string::String>,
    /// Department of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_department: ::std::option::Option<
        ::std::string::String,
    >,
    /// Relationship with the senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub relationship_with_senior_public_figure: ::std::option::Option<
        ::std::string::String,
    >,
    /// Last name of the related senior public figure.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub related_senior_public_figure_last_name: ::std::option::Option<
        ::std::string::String,
    >,
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_status: ::std::option::Option<::std::string::String>,
    /// US tax identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_id: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateKycInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            self_public_figure_declaration_flag: ::std::option::Option::None,
            public_figure_office_status: ::std::option::Option::None,
            public_figure_office_details: ::std::option::Option::None,
            public_figure_office_start_date: ::std::option::Option::None,
            public_figure_office_end_date: ::std::option::Option::None,
            is_related_to_senior_public_figure: ::std::option::Option::None,
            related_senior_public_figure_name: ::std::option::Option::None,
            related_spf_country_of_government: ::std::option::Option::None,
            related_senior_public_figure_department: ::std::option::Option::None,
            relationship_with_senior_public_figure: ::std::option::Option::None,
            related_senior_public_figure_last_name: ::std::option::Option::None,
            us_tax_status: ::std::option::Option::None,
            us_tax_id: ::std::option::Option::None,
        }
    }
    /// Sets `self_public_figure_declaration_flag`.
    #[must_use]
    pub fn with_self_public_figure_declaration_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.self_public_figure_declaration_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `public_figure_office_status`.
    #[must_use]
    pub fn with_public_figure_office_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_figure_office_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_details`.
    #[must_use]
    pub fn with_public_figure_office_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.public_figure_office_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_start_date`.
    #[must_use]
    pub fn with_public_figure_office_start_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.public_figure_office_start_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `public_figure_office_end_date`.
    #[must_use]
    pub fn with_public_figure_office_end_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.public_figure_office_end_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_related_to_senior_public_figure`.
    #[must_use]
    pub fn with_is_related_to_senior_public_figure(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_related_to_senior_public_figure = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_name`.
    #[must_use]
    pub fn with_related_senior_public_figure_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_name = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_spf_country_of_government`.
    #[must_use]
    pub fn with_related_spf_country_of_government(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_spf_country_of_government = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_department`.
    #[must_use]
    pub fn with_related_senior_public_figure_department(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_department = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `relationship_with_senior_public_figure`.
    #[must_use]
    pub fn with_relationship_with_senior_public_figure(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.relationship_with_senior_public_figure = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `related_senior_public_figure_last_name`.
    #[must_use]
    pub fn with_related_senior_public_figure_last_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.related_senior_public_figure_last_name = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `us_tax_status`.
    #[must_use]
    pub fn with_us_tax_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `us_tax_id`.
    #[must_use]
    pub fn with_us_tax_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's marketing consent. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateMarketingConsent {
    /// True to opt out of sharing personal data with others.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub personal_data_opt_out_others_flag: ::std::option::Option<bool>,
}
impl ApplicationUpdateMarketingConsent {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            personal_data_opt_out_others_flag: ::std::option::Option::None,
        }
    }
    /// Sets `personal_data_opt_out_others_flag`.
    #[must_use]
    pub fn with_personal_data_opt_out_others_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.personal_data_opt_out_others_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// The applicant's name. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub surname: ::std::option::Option<::std::string::String>,
    /// Given name in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_given_name: ::std::option::Option<::std::string::String>,
    /// Surname in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
    /// Full name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub full_name: ::std::option::Option<::std::string::String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salute_by: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateName {
    /// A value with the required fields set and every optional field empty.
    pub fn new(given_name: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            salutation: ::std::option::Option::None,
            given_name: given_name.into(),
            middle_name: ::std::option::Option::None,
            surname: ::std::option::Option::None,
            local_english_given_name: ::std::option::Option::None,
            local_english_surname: ::std::option::Option::None,
            alias_name: ::std::option::Option::None,
            full_name: ::std::option::Option::None,
            salute_by: ::std::option::Option::None,
        }
    }
    /// Sets `salutation`.
    #[must_use]
    pub fn with_salutation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salutation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `middle_name`.
    #[must_use]
    pub fn with_middle_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.middle_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `surname`.
    #[must_use]
    pub fn with_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_given_name`.
    #[must_use]
    pub fn with_local_english_given_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_given_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_surname`.
    #[must_use]
    pub fn with_local_english_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alias_name`.
    #[must_use]
    pub fn with_alias_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `full_name`.
    #[must_use]
    pub fn with_full_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.full_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `salute_by`.
    #[must_use]
    pub fn with_salute_by(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salute_by = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of scanning the applicant's identity document (OCR). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateOcr {
    /// Reference number of the OCR scan.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ocr_reference_number: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateOcr {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            ocr_reference_number: ::std::option::Option::None,
        }
    }
    /// Sets `ocr_reference_number`.
    #[must_use]
    pub fn with_ocr_reference_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ocr_reference_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's identity at a partner of Citi. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdatePartnerCustomerDetails {
    /// Partner's internal customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_internal_id: ::std::option::Option<::std::string::String>,
    /// Partner's customer identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_id: ::std::option::Option<::std::string::String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub partner_customer_segment: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdatePartnerCustomerDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            partner_customer_internal_id: ::std::option::Option::None,
            partner_customer_id: ::std::option::Option::None,
            partner_customer_segment: ::std::option::Option::None,
        }
    }
    /// Sets `partner_customer_internal_id`.
    #[must_use]
    pub fn with_partner_customer_internal_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_internal_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_id`.
    #[must_use]
    pub fn with_partner_customer_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `partner_customer_segment`.
    #[must_use]
    pub fn with_partner_customer_segment(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.partner_customer_segment = ::std::option::Option::Some(value.into());
        self
    }
}
/// A phone number of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdatePhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    pub phone_country_code: ::std::string::String,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
impl ApplicationUpdatePhone {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        phone_type: impl ::std::convert::Into<::std::string::String>,
        phone_country_code: impl ::std::convert::Into<::std::string::String>,
        phone_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            phone_type: phone_type.into(),
            phone_country_code: phone_country_code.into(),
            area_code: ::std::option::Option::None,
            phone_number: phone_number.into(),
            extension: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
            ok_to_call: ::std::option::Option::None,
        }
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
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's primary bank. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdatePrimaryBankDetails {
    /// Bank name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `bankName`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bank_name: ::std::option::Option<::std::string::String>,
    /// Account type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub account_type: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdatePrimaryBankDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bank_name: ::std::option::Option::None,
            account_type: ::std::option::Option::None,
        }
    }
    /// Sets `bank_name`.
    #[must_use]
    pub fn with_bank_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.bank_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `account_type`.
    #[must_use]
    pub fn with_account_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.account_type = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to the product of a saved application (same shape as ApplicationAddProduct, all optional; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateProduct {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_card_product: ::std::option::Option<ApplicationUpdateCreditCardProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ready_credit_product: ::std::option::Option<ApplicationUpdateReadyCreditProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub unsecured_loan_product: ::std::option::Option<
        ApplicationUpdateUnsecuredLoanProduct,
    >,
}
impl ApplicationUpdateProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            credit_card_product: ::std::option::Option::None,
            ready_credit_product: ::std::option::Option::None,
            unsecured_loan_product: ::std::option::Option::None,
        }
    }
    /// Sets `credit_card_product`.
    #[must_use]
    pub fn with_credit_card_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateCreditCardProduct>,
    ) -> Self {
        self.credit_card_product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ready_credit_product`.
    #[must_use]
    pub fn with_ready_credit_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateReadyCreditProduct>,
    ) -> Self {
        self.ready_credit_product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `unsecured_loan_product`.
    #[must_use]
    pub fn with_unsecured_loan_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateUnsecuredLoanProduct>,
    ) -> Self {
        self.unsecured_loan_product = ::std::option::Option::Some(value.into());
        self
    }
}
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateReadyCreditProduct {
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Promotion or channel source code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_code: ::std::option::Option<::std::string::String>,
    /// Code of the card-issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<::std::string::String>,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
    /// True if an ATM card is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub atm_required_flag: ::std::option::Option<bool>,
    /// True if a cheque book is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cheque_book_required_flag: ::std::option::Option<bool>,
    /// Balance transfer details.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub balance_transfer_details: ::std::option::Option<
        ::std::vec::Vec<ApplicationUpdateBalanceTransferDetails>,
    >,
}
impl ApplicationUpdateReadyCreditProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_code: ::std::option::Option::None,
            source_code: ::std::option::Option::None,
            organization: ::std::option::Option::None,
            logo: ::std::option::Option::None,
            request_credit_shield: ::std::option::Option::None,
            emboss_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            card_delivery_address: ::std::option::Option::None,
            pin_delivery_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            credit_limit_increase_indicator: ::std::option::Option::None,
            atm_required_flag: ::std::option::Option::None,
            cheque_book_required_flag: ::std::option::Option::None,
            balance_transfer_details: ::std::option::Option::None,
        }
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_code`.
    #[must_use]
    pub fn with_source_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `organization`.
    #[must_use]
    pub fn with_organization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organization = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logo`.
    #[must_use]
    pub fn with_logo(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_delivery_address`.
    #[must_use]
    pub fn with_card_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin_delivery_address`.
    #[must_use]
    pub fn with_pin_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pin_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit_increase_indicator`.
    #[must_use]
    pub fn with_credit_limit_increase_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.credit_limit_increase_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `atm_required_flag`.
    #[must_use]
    pub fn with_atm_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.atm_required_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cheque_book_required_flag`.
    #[must_use]
    pub fn with_cheque_book_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cheque_book_required_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `balance_transfer_details`.
    #[must_use]
    pub fn with_balance_transfer_details(
        mut self,
        value: impl ::std::convert::Into<
            ::std::vec::Vec<ApplicationUpdateBalanceTransferDetails>,
        >,
    ) -> Self {
        self.balance_transfer_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// Changes to a saved application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateRequest {
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product: ::std::option::Option<ApplicationUpdateProduct>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant: ::std::option::Option<ApplicationUpdateApplicant>,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl ApplicationUpdateRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            product: ::std::option::Option::None,
            applicant: ::std::option::Option::None,
            control_flow_id: control_flow_id.into(),
        }
    }
    /// Sets `product`.
    #[must_use]
    pub fn with_product(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateProduct>,
    ) -> Self {
        self.product = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `applicant`.
    #[must_use]
    pub fn with_applicant(
        mut self,
        value: impl ::std::convert::Into<ApplicationUpdateApplicant>,
    ) -> Self {
        self.applicant = ::std::option::Option::Some(value.into());
        self
    }
}
/// Result of updating an application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: ::std::string::String,
}
/// The applicant's declarations about existing credit. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateSelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_active_credit_card_limit_amount: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
    /// Anticipated decrease of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anticipated_income_decrease_code: ::std::option::Option<::std::string::String>,
    /// True if the applicant has taken loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_taken_indicator: ::std::option::Option<bool>,
    /// Monthly repayment for all external loans.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_repayment_for_all_ext_loans: ::std::option::Option<
        ::rust_decimal::Decimal,
    >,
}
impl ApplicationUpdateSelfDeclaration {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            total_active_credit_card_limit_amount: ::std::option::Option::None,
            anticipated_income_decrease_code: ::std::option::Option::None,
            loan_taken_indicator: ::std::option::Option::None,
            monthly_repayment_for_all_ext_loans: ::std::option::Option::None,
        }
    }
    /// Sets `total_active_credit_card_limit_amount`.
    #[must_use]
    pub fn with_total_active_credit_card_limit_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.total_active_credit_card_limit_amount = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `anticipated_income_decrease_code`.
    #[must_use]
    pub fn with_anticipated_income_decrease_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.anticipated_income_decrease_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `loan_taken_indicator`.
    #[must_use]
    pub fn with_loan_taken_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.loan_taken_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `monthly_repayment_for_all_ext_loans`.
    #[must_use]
    pub fn with_monthly_repayment_for_all_ext_loans(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.monthly_repayment_for_all_ext_loans = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
}
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ApplicationUpdateUnsecuredLoanProduct {
    /// Code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// Promotion or channel source code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_code: ::std::option::Option<::std::string::String>,
    /// Code of the card-issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<::std::string::String>,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Code of the welcome gift.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub gift_code: ::std::option::Option<::std::string::String>,
    /// Loan amount requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_loan_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor: ::std::option::Option<::std::string::String>,
}
impl ApplicationUpdateUnsecuredLoanProduct {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            product_code: ::std::option::Option::None,
            source_code: ::std::option::Option::None,
            organization: ::std::option::Option::None,
            logo: ::std::option::Option::None,
            request_credit_shield: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            gift_code: ::std::option::Option::None,
            requested_loan_amount: ::std::option::Option::None,
            tenor: ::std::option::Option::None,
        }
    }
    /// Sets `product_code`.
    #[must_use]
    pub fn with_product_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.product_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `source_code`.
    #[must_use]
    pub fn with_source_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `organization`.
    #[must_use]
    pub fn with_organization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organization = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `logo`.
    #[must_use]
    pub fn with_logo(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.logo = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `gift_code`.
    #[must_use]
    pub fn with_gift_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.gift_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requested_loan_amount`.
    #[must_use]
    pub fn with_requested_loan_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.requested_loan_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tenor`.
    #[must_use]
    pub fn with_tenor(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tenor = ::std::option::Option::Some(value.into());
        self
    }
}
/// Request to screen the applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BackgroundScreeningRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl BackgroundScreeningRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of the background screening.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct BackgroundScreeningResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub application_stage: ::std::option::Option<::std::string::String>,
}
/// How the applicant wants to be contacted. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ContactPreference {
    /// Whether the prospect wants SMS advices (sic: the portal spells the field `sendSmsAdviceFag`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub send_sms_advice_fag: ::std::option::Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub preferred_mailing_address: ::std::option::Option<::std::string::String>,
}
impl ContactPreference {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            send_sms_advice_fag: ::std::option::Option::None,
            preferred_mailing_address: ::std::option::Option::None,
        }
    }
    /// Sets `send_sms_advice_fag`.
    #[must_use]
    pub fn with_send_sms_advice_fag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.send_sms_advice_fag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `preferred_mailing_address`.
    #[must_use]
    pub fn with_preferred_mailing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.preferred_mailing_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// A product offered instead of the requested one.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CounterOffer {
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<CreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<LoanSpecificRecommendations>,
    >,
    /// Code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_organisation: ::std::option::Option<::std::string::String>,
    /// Source code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_source_code: ::std::option::Option<::std::string::String>,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<::std::vec::Vec<RequiredDocuments>>,
}
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bumiputra_indicator: ::std::option::Option<bool>,
    /// Ethnic group.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ethnic_group: ::std::option::Option<::std::string::String>,
    /// True if the applicant needs special provisions (for example braille statements).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub disability_indicator: ::std::option::Option<bool>,
    /// UnionPay card number to link to the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub union_pay_card_number: ::std::option::Option<::std::string::String>,
    /// Tax file number (Australia).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_file_number: ::std::option::Option<::std::string::String>,
}
impl CountrySpecificGroup {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            bumiputra_indicator: ::std::option::Option::None,
            ethnic_group: ::std::option::Option::None,
            disability_indicator: ::std::option::Option::None,
            union_pay_card_number: ::std::option::Option::None,
            tax_file_number: ::std::option::Option::None,
        }
    }
    /// Sets `bumiputra_indicator`.
    #[must_use]
    pub fn with_bumiputra_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.bumiputra_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ethnic_group`.
    #[must_use]
    pub fn with_ethnic_group(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.ethnic_group = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `disability_indicator`.
    #[must_use]
    pub fn with_disability_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.disability_indicator = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `union_pay_card_number`.
    #[must_use]
    pub fn with_union_pay_card_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.union_pay_card_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_file_number`.
    #[must_use]
    pub fn with_tax_file_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_file_number = ::std::option::Option::Some(value.into());
        self
    }
}
/// Credit terms offered.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditSpecificRecommendations {
    /// Credit limit offered.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub recommended_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// Maximum balance-transfer loan percentage.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub bt_maximum_loan_percentage: ::std::option::Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of a balance transfer.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub bt_monthly_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Maximum equal-payment-plan loan percentage.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub epp_maximum_loan_percentage: ::std::option::Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of an equal payment plan.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub epp_monthly_interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Balance-transfer campaign identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub bt_campaign_id: ::std::option::Option<::std::string::String>,
    /// Equal-payment-plan promotion identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub epp_promo_id: ::std::option::Option<::std::string::String>,
}
/// The applicant's selections for a credit product.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CreditSpecificSelection {
    /// True to enrol in balance insurance (credit shield).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub request_credit_shield: ::std::option::Option<bool>,
    /// Name embossed on the card.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub emboss_name: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub card_delivery_address: ::std::option::Option<::std::string::String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pin_delivery_address: ::std::option::Option<::std::string::String>,
    /// Credit limit requested.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub requested_credit_limit: ::std::option::Option<::rust_decimal::Decimal>,
    /// True if the offered credit limit is accepted.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offered_credit_limit_accepted_flag: ::std::option::Option<bool>,
    /// True if an ATM card is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub atm_required_flag: ::std::option::Option<bool>,
    /// True if a cheque book is required.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cheque_book_required_flag: ::std::option::Option<bool>,
    /// Credit limit increase indicator.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_limit_increase_indicator: ::std::option::Option<bool>,
}
impl CreditSpecificSelection {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            request_credit_shield: ::std::option::Option::None,
            emboss_name: ::std::option::Option::None,
            billing_address: ::std::option::Option::None,
            card_delivery_address: ::std::option::Option::None,
            pin_delivery_address: ::std::option::Option::None,
            requested_credit_limit: ::std::option::Option::None,
            offered_credit_limit_accepted_flag: ::std::option::Option::None,
            atm_required_flag: ::std::option::Option::None,
            cheque_book_required_flag: ::std::option::Option::None,
            credit_limit_increase_indicator: ::std::option::Option::None,
        }
    }
    /// Sets `request_credit_shield`.
    #[must_use]
    pub fn with_request_credit_shield(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.request_credit_shield = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `emboss_name`.
    #[must_use]
    pub fn with_emboss_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.emboss_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `card_delivery_address`.
    #[must_use]
    pub fn with_card_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.card_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pin_delivery_address`.
    #[must_use]
    pub fn with_pin_delivery_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pin_delivery_address = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `requested_credit_limit`.
    #[must_use]
    pub fn with_requested_credit_limit(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.requested_credit_limit = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `offered_credit_limit_accepted_flag`.
    #[must_use]
    pub fn with_offered_credit_limit_accepted_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.offered_credit_limit_accepted_flag = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `atm_required_flag`.
    #[must_use]
    pub fn with_atm_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.atm_required_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `cheque_book_required_flag`.
    #[must_use]
    pub fn with_cheque_book_required_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.cheque_book_required_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_limit_increase_indicator`.
    #[must_use]
    pub fn with_credit_limit_increase_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.credit_limit_increase_indicator = ::std::option::Option::Some(value.into());
        self
    }
}
/// A further product offered.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct CrossSellOffer {
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<CreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<LoanSpecificRecommendations>,
    >,
    /// Code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_product_organisation: ::std::option::Option<::std::string::String>,
    /// Source code of the offered product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub offer_source_code: ::std::option::Option<::std::string::String>,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<::std::vec::Vec<RequiredDocuments>>,
}
/// The applicant's demographic details. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Demographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: ::std::string::String,
    /// Date of birth.
    pub date_of_birth: ::chrono::NaiveDate,
    /// Place of birth.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub place_of_birth: ::std::option::Option<::std::string::String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub country_of_birth: ::std::option::Option<::std::string::String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: ::std::string::String,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub permanent_residency_country_code: ::std::option::Option<::std::string::String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub marital_status: ::std::option::Option<::std::string::String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residency_status: ::std::option::Option<::std::string::String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub residence_type: ::std::option::Option<::std::string::String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tax_domicile_country_code: ::std::option::Option<::std::string::String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub spoken_language_code: ::std::option::Option<::std::string::String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub correspondence_language_code: ::std::option::Option<::std::string::String>,
}
impl Demographics {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        gender: impl ::std::convert::Into<::std::string::String>,
        date_of_birth: impl ::std::convert::Into<::chrono::NaiveDate>,
        nationality: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            gender: gender.into(),
            date_of_birth: date_of_birth.into(),
            place_of_birth: ::std::option::Option::None,
            country_of_birth: ::std::option::Option::None,
            nationality: nationality.into(),
            domicile_country_code: ::std::option::Option::None,
            permanent_residency_country_code: ::std::option::Option::None,
            marital_status: ::std::option::Option::None,
            residency_status: ::std::option::Option::None,
            residence_type: ::std::option::Option::None,
            tax_domicile_country_code: ::std::option::Option::None,
            spoken_language_code: ::std::option::Option::None,
            correspondence_language_code: ::std::option::Option::None,
        }
    }
    /// Sets `place_of_birth`.
    #[must_use]
    pub fn with_place_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.place_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `country_of_birth`.
    #[must_use]
    pub fn with_country_of_birth(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.country_of_birth = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `domicile_country_code`.
    #[must_use]
    pub fn with_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `permanent_residency_country_code`.
    #[must_use]
    pub fn with_permanent_residency_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.permanent_residency_country_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `marital_status`.
    #[must_use]
    pub fn with_marital_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.marital_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residency_status`.
    #[must_use]
    pub fn with_residency_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residency_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `residence_type`.
    #[must_use]
    pub fn with_residence_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.residence_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `tax_domicile_country_code`.
    #[must_use]
    pub fn with_tax_domicile_country_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.tax_domicile_country_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `spoken_language_code`.
    #[must_use]
    pub fn with_spoken_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.spoken_language_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `correspondence_language_code`.
    #[must_use]
    pub fn with_correspondence_language_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.correspondence_language_code = ::std::option::Option::Some(value.into());
        self
    }
}
/// A document and what it proves.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct DocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    pub document_id_type: ::std::string::String,
    /// File format of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentFormat`).
    pub document_format: ::std::string::String,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    pub proof_type: ::std::string::String,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_type: ::std::option::Option<::std::string::String>,
    /// Identifier of the applicant the document belongs to.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_id: ::std::option::Option<::std::string::String>,
    /// The document file, base64-encoded.
    pub binary_data: ::std::string::String,
}
impl DocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        document_id_type: impl ::std::convert::Into<::std::string::String>,
        document_format: impl ::std::convert::Into<::std::string::String>,
        proof_type: impl ::std::convert::Into<::std::string::String>,
        binary_data: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            document_id_type: document_id_type.into(),
            document_format: document_format.into(),
            proof_type: proof_type.into(),
            applicant_type: ::std::option::Option::None,
            applicant_id: ::std::option::Option::None,
            binary_data: binary_data.into(),
        }
    }
    /// Sets `applicant_type`.
    #[must_use]
    pub fn with_applicant_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applicant_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `applicant_id`.
    #[must_use]
    pub fn with_applicant_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.applicant_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's education. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Education {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub highest_education_level: ::std::option::Option<::std::string::String>,
    /// Year of graduation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub year_of_graduation: ::std::option::Option<::std::string::String>,
    /// Student identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub student_id: ::std::option::Option<::std::string::String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub university: ::std::option::Option<::std::string::String>,
}
impl Education {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            highest_education_level: ::std::option::Option::None,
            year_of_graduation: ::std::option::Option::None,
            student_id: ::std::option::Option::None,
            university: ::std::option::Option::None,
        }
    }
    /// Sets `highest_education_level`.
    #[must_use]
    pub fn with_highest_education_level(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.highest_education_level = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `year_of_graduation`.
    #[must_use]
    pub fn with_year_of_graduation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.year_of_graduation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `student_id`.
    #[must_use]
    pub fn with_student_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.student_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `university`.
    #[must_use]
    pub fn with_university(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.university = ::std::option::Option::Some(value.into());
        self
    }
}
/// An e-mail address of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Email {
    /// The e-mail address.
    pub email_address: ::std::string::String,
    /// Applicant's consent to receive e-mail.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_email: ::std::option::Option<bool>,
    /// Whether this is the preferred e-mail address (sic: the portal spells the field `isPrerferredEmailAddress`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub is_prerferred_email_address: ::std::option::Option<bool>,
}
impl Email {
    /// A value with the required fields set and every optional field empty.
    pub fn new(email_address: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            email_address: email_address.into(),
            ok_to_email: ::std::option::Option::None,
            is_prerferred_email_address: ::std::option::Option::None,
        }
    }
    /// Sets `ok_to_email`.
    #[must_use]
    pub fn with_ok_to_email(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_email = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `is_prerferred_email_address`.
    #[must_use]
    pub fn with_is_prerferred_email_address(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.is_prerferred_email_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// One employment of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct EmploymentDetails {
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub job_title: ::std::option::Option<::std::string::String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub occupation_code: ::std::option::Option<::std::string::String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub industry_code: ::std::option::Option<::std::string::String>,
}
impl EmploymentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employer_name: ::std::option::Option::None,
            job_title: ::std::option::Option::None,
            occupation_code: ::std::option::Option::None,
            industry_code: ::std::option::Option::None,
        }
    }
    /// Sets `employer_name`.
    #[must_use]
    pub fn with_employer_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `job_title`.
    #[must_use]
    pub fn with_job_title(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.job_title = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `occupation_code`.
    #[must_use]
    pub fn with_occupation_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.occupation_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `industry_code`.
    #[must_use]
    pub fn with_industry_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.industry_code = ::std::option::Option::Some(value.into());
        self
    }
}
pub use crate::apis::common::ErrorResponse;
/// Final submission of an application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FinalSubmitRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl FinalSubmitRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The applicant's income, expenses and existing loans. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct FinancialInformation {
    /// The applicant's incomes.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_details: ::std::option::Option<::std::vec::Vec<IncomeDetails>>,
}
impl FinancialInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_details: ::std::option::Option::None,
        }
    }
    /// Sets `income_details`.
    #[must_use]
    pub fn with_income_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IncomeDetails>>,
    ) -> Self {
        self.income_details = ::std::option::Option::Some(value.into());
        self
    }
}
/// One identity document of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct IdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_type: ::std::option::Option<::std::string::String>,
    /// Document number.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_number: ::std::option::Option<::std::string::String>,
    /// Expiry date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Place of issue.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issue_place: ::std::option::Option<::std::string::String>,
    /// Id issuing authority.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub id_issuing_authority: ::std::option::Option<::std::string::String>,
}
impl IdentificationDocumentDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            id_type: ::std::option::Option::None,
            id_number: ::std::option::Option::None,
            id_expiry_date: ::std::option::Option::None,
            id_issue_date: ::std::option::Option::None,
            id_issue_place: ::std::option::Option::None,
            id_issuing_authority: ::std::option::Option::None,
        }
    }
    /// Sets `id_type`.
    #[must_use]
    pub fn with_id_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_number`.
    #[must_use]
    pub fn with_id_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_expiry_date`.
    #[must_use]
    pub fn with_id_expiry_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_expiry_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_date`.
    #[must_use]
    pub fn with_id_issue_date(
        mut self,
        value: impl ::std::convert::Into<::chrono::NaiveDate>,
    ) -> Self {
        self.id_issue_date = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issue_place`.
    #[must_use]
    pub fn with_id_issue_place(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issue_place = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `id_issuing_authority`.
    #[must_use]
    pub fn with_id_issuing_authority(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.id_issuing_authority = ::std::option::Option::Some(value.into());
        self
    }
}
/// Request for a credit decision (in-principle approval).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InPrincipleApprovalRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl InPrincipleApprovalRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// The credit decision (in-principle approval) with the offers made.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InPrincipleApprovalResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: ::std::string::String,
    /// Expiry date of the in-principle approval.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ipa_expiry_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Decisions on the requested products.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub requested_product_decision: ::std::option::Option<
        ::std::vec::Vec<RequestedProductDecision>,
    >,
    /// Counter-offers made instead of the requested product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub counter_offers: ::std::option::Option<::std::vec::Vec<CounterOffer>>,
    /// Further products offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub cross_sell_offers: ::std::option::Option<::std::vec::Vec<CrossSellOffer>>,
}
/// One income of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct IncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub income_type: ::std::option::Option<::std::string::String>,
    /// Fixed part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub fixed_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub variable_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amounts.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub currency_code: ::std::option::Option<::std::string::String>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub frequency: ::std::option::Option<::std::string::String>,
    /// Description of another kind of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub other_income_description: ::std::option::Option<::std::string::String>,
}
impl IncomeDetails {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            income_type: ::std::option::Option::None,
            fixed_amount: ::std::option::Option::None,
            variable_amount: ::std::option::Option::None,
            currency_code: ::std::option::Option::None,
            frequency: ::std::option::Option::None,
            other_income_description: ::std::option::Option::None,
        }
    }
    /// Sets `income_type`.
    #[must_use]
    pub fn with_income_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.income_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fixed_amount`.
    #[must_use]
    pub fn with_fixed_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.fixed_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `variable_amount`.
    #[must_use]
    pub fn with_variable_amount(
        mut self,
        value: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        self.variable_amount = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `currency_code`.
    #[must_use]
    pub fn with_currency_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.currency_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `frequency`.
    #[must_use]
    pub fn with_frequency(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.frequency = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `other_income_description`.
    #[must_use]
    pub fn with_other_income_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.other_income_description = ::std::option::Option::Some(value.into());
        self
    }
}
/// A document to attach to an application.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InsertDocumentRequest {
    pub document_details: DocumentDetails,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl InsertDocumentRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        document_details: impl ::std::convert::Into<DocumentDetails>,
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            document_details: document_details.into(),
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Result of the upload.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct InsertDocumentResponse {
    /// Size of the stored file.
    pub binary_data_size: ::std::string::String,
}
/// What the prospect is interested in.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Interest {
    /// Product group of interest. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `productGroup`).
    pub product_group: ::std::string::String,
    /// Marketing campaign identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub campaign_id: ::std::option::Option<::std::string::String>,
    /// Campaign wave identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub wave_id: ::std::option::Option<::std::string::String>,
}
impl Interest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(product_group: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            product_group: product_group.into(),
            campaign_id: ::std::option::Option::None,
            wave_id: ::std::option::Option::None,
        }
    }
    /// Sets `campaign_id`.
    #[must_use]
    pub fn with_campaign_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.campaign_id = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `wave_id`.
    #[must_use]
    pub fn with_wave_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.wave_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Know-your-customer information (public figures, FATCA). Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct KycInformation {
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_status: ::std::option::Option<::std::string::String>,
    /// US tax identifier.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub us_tax_id: ::std::option::Option<::std::string::String>,
}
impl KycInformation {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            us_tax_status: ::std::option::Option::None,
            us_tax_id: ::std::option::Option::None,
        }
    }
    /// Sets `us_tax_status`.
    #[must_use]
    pub fn with_us_tax_status(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_status = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `us_tax_id`.
    #[must_use]
    pub fn with_us_tax_id(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.us_tax_id = ::std::option::Option::Some(value.into());
        self
    }
}
/// Loan terms offered (loan-only; unlikely in the Poland credit-card flow). The catalog lists `totals` and `repaymentSchedule[]` without detail; their fields are taken from the Australia-Onboarding SDK documentation the catalog cites.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanSpecificRecommendations {
    /// Eligible loan amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub loan_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Loan tenor.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor: ::std::option::Option<::std::string::String>,
    /// Interest rate.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Handling fee.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub handling_fee: ::std::option::Option<::rust_decimal::Decimal>,
    /// Instalment amount.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Annual percentage rate.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub annual_percentage_rate: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total principal to be paid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total interest to be paid.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Total of all instalments.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub total_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Start date of the repayment schedule.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repayment_schedule_issue_date: ::std::option::Option<::chrono::NaiveDate>,
    /// The instalments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub repayment_schedule: ::std::option::Option<::std::vec::Vec<RepaymentSchedule>>,
}
/// The applicant's selections for a loan product (loan-only; unlikely in the Poland credit-card flow).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct LoanSpecificSelection {
    /// Loan amount accepted.
    #[serde(with = "crate::runtime::decimal")]
    pub loan_amount: ::rust_decimal::Decimal,
    /// Loan tenor.
    pub tenor: ::std::string::String,
    /// Interest rate.
    #[serde(with = "crate::runtime::decimal")]
    pub interest_rate: ::rust_decimal::Decimal,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub billing_address: ::std::option::Option<::std::string::String>,
}
impl LoanSpecificSelection {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        loan_amount: impl ::std::convert::Into<::rust_decimal::Decimal>,
        tenor: impl ::std::convert::Into<::std::string::String>,
        interest_rate: impl ::std::convert::Into<::rust_decimal::Decimal>,
    ) -> Self {
        Self {
            loan_amount: loan_amount.into(),
            tenor: tenor.into(),
            interest_rate: interest_rate.into(),
            billing_address: ::std::option::Option::None,
        }
    }
    /// Sets `billing_address`.
    #[must_use]
    pub fn with_billing_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.billing_address = ::std::option::Option::Some(value.into());
        self
    }
}
/// The applicant's name. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Name {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salutation: ::std::option::Option<::std::string::String>,
    /// Given (first) name.
    pub given_name: ::std::string::String,
    /// Middle name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub middle_name: ::std::option::Option<::std::string::String>,
    /// Surname.
    pub surname: ::std::string::String,
    /// Given name in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_given_name: ::std::option::Option<::std::string::String>,
    /// Surname in English (Latin) script.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub local_english_surname: ::std::option::Option<::std::string::String>,
    /// Alias name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub alias_name: ::std::option::Option<::std::string::String>,
    /// Name suffix.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub suffix: ::std::option::Option<::std::string::String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub salute_by: ::std::option::Option<::std::string::String>,
}
impl Name {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        given_name: impl ::std::convert::Into<::std::string::String>,
        surname: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            salutation: ::std::option::Option::None,
            given_name: given_name.into(),
            middle_name: ::std::option::Option::None,
            surname: surname.into(),
            local_english_given_name: ::std::option::Option::None,
            local_english_surname: ::std::option::Option::None,
            alias_name: ::std::option::Option::None,
            suffix: ::std::option::Option::None,
            salute_by: ::std::option::Option::None,
        }
    }
    /// Sets `salutation`.
    #[must_use]
    pub fn with_salutation(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salutation = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `middle_name`.
    #[must_use]
    pub fn with_middle_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.middle_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_given_name`.
    #[must_use]
    pub fn with_local_english_given_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_given_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `local_english_surname`.
    #[must_use]
    pub fn with_local_english_surname(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.local_english_surname = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `alias_name`.
    #[must_use]
    pub fn with_alias_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.alias_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `suffix`.
    #[must_use]
    pub fn with_suffix(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.suffix = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `salute_by`.
    #[must_use]
    pub fn with_salute_by(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.salute_by = ::std::option::Option::Some(value.into());
        self
    }
}
/// The products the applicant accepts.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct OfferAcceptanceRequest {
    /// True if the applicant took the counter-offer.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub counter_product_accepted_flag: ::std::option::Option<bool>,
    /// Accepted counter-offered products.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub counter_product_confirmation: ::std::option::Option<
        ::std::vec::Vec<ProductConfirmation>,
    >,
    /// Accepted requested products.
    pub requested_product_confirmation: ::std::vec::Vec<ProductConfirmation>,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl OfferAcceptanceRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        requested_product_confirmation: impl ::std::convert::Into<
            ::std::vec::Vec<ProductConfirmation>,
        >,
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            counter_product_accepted_flag: ::std::option::Option::None,
            counter_product_confirmation: ::std::option::Option::None,
            requested_product_confirmation: requested_product_confirmation.into(),
            control_flow_id: control_flow_id.into(),
        }
    }
    /// Sets `counter_product_accepted_flag`.
    #[must_use]
    pub fn with_counter_product_accepted_flag(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.counter_product_accepted_flag = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `counter_product_confirmation`.
    #[must_use]
    pub fn with_counter_product_confirmation(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ProductConfirmation>>,
    ) -> Self {
        self.counter_product_confirmation = ::std::option::Option::Some(value.into());
        self
    }
}
/// A phone number of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Phone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: ::std::string::String,
    /// Country dialling prefix.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub phone_country_code: ::std::option::Option<::std::string::String>,
    /// Area code.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub area_code: ::std::option::Option<::std::string::String>,
    /// Phone number.
    pub phone_number: ::std::string::String,
    /// Extension.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub extension: ::std::option::Option<::std::string::String>,
    /// Consent to text messages.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_sms: ::std::option::Option<bool>,
    /// Consent to calls.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub ok_to_call: ::std::option::Option<bool>,
}
impl Phone {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        phone_type: impl ::std::convert::Into<::std::string::String>,
        phone_number: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            phone_type: phone_type.into(),
            phone_country_code: ::std::option::Option::None,
            area_code: ::std::option::Option::None,
            phone_number: phone_number.into(),
            extension: ::std::option::Option::None,
            ok_to_sms: ::std::option::Option::None,
            ok_to_call: ::std::option::Option::None,
        }
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
    /// Sets `extension`.
    #[must_use]
    pub fn with_extension(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.extension = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_sms`.
    #[must_use]
    pub fn with_ok_to_sms(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_sms = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `ok_to_call`.
    #[must_use]
    pub fn with_ok_to_call(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.ok_to_call = ::std::option::Option::Some(value.into());
        self
    }
}
/// A product that can be applied for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Product {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Description of the product.
    pub product_description: ::std::string::String,
    /// Source code of the product.
    pub source_code: ::std::string::String,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// Issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organisation: ::std::option::Option<::std::string::String>,
    /// Kind of product. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `productType`).
    pub product_type: ::std::string::String,
    /// Minimum credit limit.
    #[serde(with = "crate::runtime::decimal")]
    pub minimum_credit_limit_amount: ::rust_decimal::Decimal,
    /// Maximum credit limit.
    #[serde(with = "crate::runtime::decimal")]
    pub maximum_credit_limit_amount: ::rust_decimal::Decimal,
    /// Annual fee.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub annual_fee_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amounts.
    pub currency_code: ::std::string::String,
    /// Interest rate.
    #[serde(with = "crate::runtime::decimal")]
    pub interest_rate: ::rust_decimal::Decimal,
    /// Late payment fee.
    #[serde(with = "crate::runtime::decimal")]
    pub late_payment_fee: ::rust_decimal::Decimal,
    /// Important information about the product.
    pub important_informations: ::std::string::String,
    /// Terms and conditions.
    pub terms_and_conditions: ::std::string::String,
    /// Start date of the agreement.
    pub agreement_start_date: ::chrono::NaiveDate,
    /// Expiry date of the agreement.
    pub agreement_expiry_date: ::chrono::NaiveDate,
}
/// The products that can be applied for.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ProductCatalogueResponse {
    /// The products.
    pub products: ::std::vec::Vec<Product>,
    /// Index of the first record of the next page; absent or blank on the last page.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
/// One accepted product with the applicant's selections.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ProductConfirmation {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Source code of the product.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub source_code: ::std::option::Option<::std::string::String>,
    /// Issuing organisation.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub organization: ::std::option::Option<::std::string::String>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_selection: ::std::option::Option<CreditSpecificSelection>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_selection: ::std::option::Option<LoanSpecificSelection>,
}
impl ProductConfirmation {
    /// A value with the required fields set and every optional field empty.
    pub fn new(product_code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            product_code: product_code.into(),
            source_code: ::std::option::Option::None,
            organization: ::std::option::Option::None,
            credit_specific_selection: ::std::option::Option::None,
            loan_specific_selection: ::std::option::Option::None,
        }
    }
    /// Sets `source_code`.
    #[must_use]
    pub fn with_source_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.source_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `organization`.
    #[must_use]
    pub fn with_organization(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.organization = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `credit_specific_selection`.
    #[must_use]
    pub fn with_credit_specific_selection(
        mut self,
        value: impl ::std::convert::Into<CreditSpecificSelection>,
    ) -> Self {
        self.credit_specific_selection = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `loan_specific_selection`.
    #[must_use]
    pub fn with_loan_specific_selection(
        mut self,
        value: impl ::std::convert::Into<LoanSpecificSelection>,
    ) -> Self {
        self.loan_specific_selection = ::std::option::Option::Some(value.into());
        self
    }
}
/// The prospect's details. Nested parts mirror the ApplicationAdd* shapes and refer to those models, except e-mail and contact preference, which keep the prospect spelling (ProspectEmail, ProspectContactPreference).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Prospect {
    /// Mother's maiden name.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mother_maiden_name: ::std::option::Option<::std::string::String>,
    pub name: Name,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub demographics: ::std::option::Option<Demographics>,
    /// The prospect's addresses.
    pub address: ::std::vec::Vec<Address>,
    /// The prospect's e-mail addresses.
    pub email: ::std::vec::Vec<Email>,
    /// The prospect's phone numbers.
    pub phone: ::std::vec::Vec<Phone>,
    pub contact_preference: ContactPreference,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub financial_information: ::std::option::Option<FinancialInformation>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub education: ::std::option::Option<Education>,
    /// The prospect's employments.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employment_details: ::std::option::Option<::std::vec::Vec<EmploymentDetails>>,
    /// The prospect's identity documents.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub identification_document_details: ::std::option::Option<
        ::std::vec::Vec<IdentificationDocumentDetails>,
    >,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub additional_data: ::std::option::Option<AdditionalData>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub self_declaration: ::std::option::Option<SelfDeclaration>,
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub kyc_information: ::std::option::Option<KycInformation>,
}
impl Prospect {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        name: impl ::std::convert::Into<Name>,
        address: impl ::std::convert::Into<::std::vec::Vec<Address>>,
        email: impl ::std::convert::Into<::std::vec::Vec<Email>>,
        phone: impl ::std::convert::Into<::std::vec::Vec<Phone>>,
        contact_preference: impl ::std::convert::Into<ContactPreference>,
    ) -> Self {
        Self {
            mother_maiden_name: ::std::option::Option::None,
            name: name.into(),
            demographics: ::std::option::Option::None,
            address: address.into(),
            email: email.into(),
            phone: phone.into(),
            contact_preference: contact_preference.into(),
            financial_information: ::std::option::Option::None,
            education: ::std::option::Option::None,
            employment_details: ::std::option::Option::None,
            identification_document_details: ::std::option::Option::None,
            additional_data: ::std::option::Option::None,
            self_declaration: ::std::option::Option::None,
            kyc_information: ::std::option::Option::None,
        }
    }
    /// Sets `mother_maiden_name`.
    #[must_use]
    pub fn with_mother_maiden_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.mother_maiden_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `demographics`.
    #[must_use]
    pub fn with_demographics(
        mut self,
        value: impl ::std::convert::Into<Demographics>,
    ) -> Self {
        self.demographics = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `financial_information`.
    #[must_use]
    pub fn with_financial_information(
        mut self,
        value: impl ::std::convert::Into<FinancialInformation>,
    ) -> Self {
        self.financial_information = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `education`.
    #[must_use]
    pub fn with_education(
        mut self,
        value: impl ::std::convert::Into<Education>,
    ) -> Self {
        self.education = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `employment_details`.
    #[must_use]
    pub fn with_employment_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<EmploymentDetails>>,
    ) -> Self {
        self.employment_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `identification_document_details`.
    #[must_use]
    pub fn with_identification_document_details(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<IdentificationDocumentDetails>>,
    ) -> Self {
        self.identification_document_details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `additional_data`.
    #[must_use]
    pub fn with_additional_data(
        mut self,
        value: impl ::std::convert::Into<AdditionalData>,
    ) -> Self {
        self.additional_data = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `self_declaration`.
    #[must_use]
    pub fn with_self_declaration(
        mut self,
        value: impl ::std::convert::Into<SelfDeclaration>,
    ) -> Self {
        self.self_declaration = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `kyc_information`.
    #[must_use]
    pub fn with_kyc_information(
        mut self,
        value: impl ::std::convert::Into<KycInformation>,
    ) -> Self {
        self.kyc_information = ::std::option::Option::Some(value.into());
        self
    }
}
/// A prospect (lead) and the product group they are interested in.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ProspectAddRequest {
    pub interest: Interest,
    pub prospect: Prospect,
}
impl ProspectAddRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        interest: impl ::std::convert::Into<Interest>,
        prospect: impl ::std::convert::Into<Prospect>,
    ) -> Self {
        Self {
            interest: interest.into(),
            prospect: prospect.into(),
        }
    }
}
/// Result of the lead capture.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ProspectAddResponse {
    /// Identifier of the prospect.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub prospect_id: ::std::option::Option<::std::string::String>,
}
/// One instalment of a loan repayment schedule (loan-only; model named in the Australia-Onboarding SDK documentation the catalog cites, not in the catalog itself).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RepaymentSchedule {
    /// Tenor occurrence of the instalment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub tenor_occurence: ::std::option::Option<::std::string::String>,
    /// Due date of the instalment.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub payment_due_date: ::std::option::Option<::chrono::NaiveDate>,
    /// Monthly instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub monthly_installment_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal part of the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Interest part of the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub interest_amount: ::std::option::Option<::rust_decimal::Decimal>,
    /// Principal remaining after the instalment.
    #[serde(
        default,
        skip_serializing_if = "::std::option::Option::is_none",
        with = "crate::runtime::decimal"
    )]
    pub remaining_principal_amount: ::std::option::Option<::rust_decimal::Decimal>,
}
/// Decision on a requested product.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RequestedProductDecision {
    /// Code of the product.
    pub product_code: ::std::string::String,
    /// Issuing organisation.
    pub organisation_name: ::std::string::String,
    /// Source code of the product.
    pub source_code: ::std::string::String,
    /// Code of the card design.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub logo: ::std::option::Option<::std::string::String>,
    /// Outcome of the credit decision.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_decision: ::std::option::Option<::std::string::String>,
    /// Credit terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub credit_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<CreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_specific_recommendations: ::std::option::Option<
        ::std::vec::Vec<LoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub required_documents: ::std::option::Option<::std::vec::Vec<RequiredDocuments>>,
}
/// A document the applicant must provide.
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct RequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_id_type: ::std::option::Option<::std::string::String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub document_status: ::std::option::Option<::std::string::String>,
    /// Product the document is needed for.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub product_code: ::std::option::Option<::std::string::String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub proof_type: ::std::option::Option<::std::string::String>,
    /// Identifier of the linked document.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub linked_document_id: ::std::option::Option<::std::string::String>,
    /// Which applicant must provide it. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub applicant_type: ::std::option::Option<::std::string::String>,
}
/// The applicant's declarations about existing credit. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct SelfDeclaration {
    /// Anticipated decrease of income.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub anticipated_income_decrease_code: ::std::option::Option<::std::string::String>,
    /// True if the applicant has taken loans.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub loan_taken_indicator: ::std::option::Option<bool>,
}
impl SelfDeclaration {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            anticipated_income_decrease_code: ::std::option::Option::None,
            loan_taken_indicator: ::std::option::Option::None,
        }
    }
    /// Sets `anticipated_income_decrease_code`.
    #[must_use]
    pub fn with_anticipated_income_decrease_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.anticipated_income_decrease_code = ::std::option::Option::Some(
            value.into(),
        );
        self
    }
    /// Sets `loan_taken_indicator`.
    #[must_use]
    pub fn with_loan_taken_indicator(
        mut self,
        value: impl ::std::convert::Into<bool>,
    ) -> Self {
        self.loan_taken_indicator = ::std::option::Option::Some(value.into());
        self
    }
}
/// Request to send a one-time password to the applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnsecuredApplicationGenerateAndSendOtpRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl UnsecuredApplicationGenerateAndSendOtpRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            control_flow_id: control_flow_id.into(),
        }
    }
}
/// Where the one-time password was sent.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnsecuredApplicationGenerateAndSendOtpResponse {
    /// Masked phone number the one-time password was sent to.
    pub masked_phone_number: ::std::string::String,
}
/// The one-time password entered by the applicant.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct UnsecuredApplicationValidateOtpRequest {
    /// The one-time password entered.
    pub otp_token: crate::runtime::SecretString,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: ::std::string::String,
}
impl UnsecuredApplicationValidateOtpRequest {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        otp_token: impl ::std::convert::Into<crate::runtime::SecretString>,
        control_flow_id: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            otp_token: otp_token.into(),
            control_flow_id: control_flow_id.into(),
        }
    }
}
