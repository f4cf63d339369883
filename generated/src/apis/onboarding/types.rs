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
/// Further details of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct AdditionalData {
    /// Number of children.
    pub number_of_children: Option<f64>,
    /// Number of dependents.
    pub number_of_dependents: Option<f64>,
    /// Staff indicator.
    pub staff_indicator: Option<bool>,
    pub country_specific_group: Option<CountrySpecificGroup>,
}
rt::object::serde_impls!(
    AdditionalData, always, full_serde,
    (number_of_children, "numberOfChildren", optional),
    (number_of_dependents, "numberOfDependents", optional),
    (staff_indicator, "staffIndicator", optional),
    (country_specific_group, "countrySpecificGroup", optional),
);
rt::object::builder!(
    AdditionalData,
    (set number_of_children, with_number_of_children, f64, optional),
    (set number_of_dependents, with_number_of_dependents, f64, optional),
    (set staff_indicator, with_staff_indicator, bool, optional),
    (set country_specific_group, with_country_specific_group, CountrySpecificGroup, optional),
);
/// An address of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Address {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: String,
    /// First address line.
    pub address_line1: String,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Province code.
    pub province_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
}
rt::object::serde_impls!(
    Address, always, full_serde,
    (address_type, "addressType", required),
    (address_line1, "addressLine1", required),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (province_code, "provinceCode", optional),
    (country_code, "countryCode", optional),
    (ok_to_mail, "okToMail", optional),
);
rt::object::builder!(
    Address,
    (new address_type, String, required),
    (new address_line1, String, required),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set address_line4, with_address_line4, String, optional),
    (set city_name, with_city_name, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set province_code, with_province_code, String, optional),
    (set country_code, with_country_code, String, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
);
/// Further details of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<i64>,
}
rt::object::serde_impls!(
    ApplicantAddAdditionalData, always, full_serde,
    (number_of_dependents, "numberOfDependents", optional),
);
rt::object::builder!(
    ApplicantAddAdditionalData,
    (set number_of_dependents, with_number_of_dependents, i64, optional),
);
/// An address of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicantAddCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicantAddAddress, always, full_serde,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (country_code, "countryCode", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
rt::object::builder!(
    ApplicantAddAddress,
    (set address_type, with_address_type, String, optional),
    (set address_line1, with_address_line1, String, optional),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set address_line4, with_address_line4, String, optional),
    (set city_name, with_city_name, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set country_code, with_country_code, String, optional),
    (set residence_duration_in_years, with_residence_duration_in_years, i64, optional),
    (set residence_duration_in_months, with_residence_duration_in_months, i64, optional),
    (set country_specific_address, with_country_specific_address, ApplicantAddCountrySpecificAddress, optional),
);
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: String,
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: ApplicantAddName,
    pub demographics: Option<ApplicantAddDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicantAddAddress>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicantAddEmail>>,
    /// The applicant's phone numbers.
    pub phone: Option<Vec<ApplicantAddPhone>>,
    pub financial_information: Option<ApplicantAddFinancialInformation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicantAddEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicantAddIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicantAddAdditionalData>,
    pub partner_customer_details: Option<ApplicantAddPartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicantAddConsentDetails>>,
    pub kyc_information: Option<ApplicantAddKycInformation>,
    pub contact_consent: Option<ApplicantAddContactConsent>,
}
rt::object::serde_impls!(
    ApplicantAddApplicant, always, full_serde,
    (applicant_type, "applicantType", required),
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (email, "email", optional),
    (phone, "phone", optional),
    (financial_information, "financialInformation", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (kyc_information, "kycInformation", optional),
    (contact_consent, "contactConsent", optional),
);
rt::object::builder!(
    ApplicantAddApplicant,
    (new applicant_type, String, required),
    (new name, ApplicantAddName, required),
    (set mother_maiden_name, with_mother_maiden_name, String, optional),
    (set demographics, with_demographics, ApplicantAddDemographics, optional),
    (set address, with_address, Vec<ApplicantAddAddress>, optional),
    (set email, with_email, Vec<ApplicantAddEmail>, optional),
    (set phone, with_phone, Vec<ApplicantAddPhone>, optional),
    (set financial_information, with_financial_information, ApplicantAddFinancialInformation, optional),
    (set employment_details, with_employment_details, Vec<ApplicantAddEmploymentDetails>, optional),
    (set identification_document_details, with_identification_document_details, Vec<ApplicantAddIdentificationDocumentDetails>, optional),
    (set additional_data, with_additional_data, ApplicantAddAdditionalData, optional),
    (set partner_customer_details, with_partner_customer_details, ApplicantAddPartnerCustomerDetails, optional),
    (set consent_details, with_consent_details, Vec<ApplicantAddConsentDetails>, optional),
    (set kyc_information, with_kyc_information, ApplicantAddKycInformation, optional),
    (set contact_consent, with_contact_consent, ApplicantAddContactConsent, optional),
);
/// One consent of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddConsentDetails, always, full_serde,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
rt::object::builder!(
    ApplicantAddConsentDetails,
    (set consent_type, with_consent_type, String, optional),
    (set is_consent_given, with_is_consent_given, bool, optional),
);
/// The applicant's consent to be contacted. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddContactConsent, always, full_serde,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
rt::object::builder!(
    ApplicantAddContactConsent,
    (set ok_to_call, with_ok_to_call, bool, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddCountrySpecificAddress, always, full_serde,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
);
rt::object::builder!(
    ApplicantAddCountrySpecificAddress,
    (set unit_number, with_unit_number, String, optional),
    (set floor_number, with_floor_number, String, optional),
    (set block_number, with_block_number, String, optional),
    (set building_name, with_building_name, String, optional),
    (set estate_name, with_estate_name, String, optional),
    (set street_number, with_street_number, String, optional),
    (set street_name, with_street_name, String, optional),
    (set street_type, with_street_type, String, optional),
);
/// The supplementary card requested for a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddCreditCardProduct {
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Credit limit requested.
    pub requested_credit_limit: Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    pub overseas_card_activation_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddCreditCardProduct, always, full_serde,
    (emboss_name, "embossName", optional),
    (requested_credit_limit, "requestedCreditLimit", optional, number),
    (overseas_card_activation_flag, "overseasCardActivationFlag", optional),
);
rt::object::builder!(
    ApplicantAddCreditCardProduct,
    (set emboss_name, with_emboss_name, String, optional),
    (set requested_credit_limit, with_requested_credit_limit, ::rust_decimal::Decimal, optional),
    (set overseas_card_activation_flag, with_overseas_card_activation_flag, bool, optional),
);
/// The applicant's demographic details. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<::chrono::NaiveDate>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residential_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddDemographics, always, full_serde,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (marital_status, "maritalStatus", optional),
    (residential_status, "residentialStatus", optional),
);
rt::object::builder!(
    ApplicantAddDemographics,
    (set gender, with_gender, String, optional),
    (set date_of_birth, with_date_of_birth, ::chrono::NaiveDate, optional),
    (set place_of_birth, with_place_of_birth, String, optional),
    (set country_of_birth, with_country_of_birth, String, optional),
    (set nationality, with_nationality, String, optional),
    (set marital_status, with_marital_status, String, optional),
    (set residential_status, with_residential_status, String, optional),
);
/// An e-mail address of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddEmail {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddEmail, always, full_serde,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
rt::object::builder!(
    ApplicantAddEmail,
    (new email_address, String, required),
    (set ok_to_email, with_ok_to_email, bool, optional),
    (set is_preferred_email_address, with_is_preferred_email_address, bool, optional),
);
/// One employment of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddEmploymentDetails {
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Employment durationi in months.
    pub employment_durationi_in_months: Option<i64>,
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddEmploymentDetails, always, full_serde,
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_durationi_in_months, "employmentDurationiInMonths", optional),
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (employment_status, "employmentStatus", optional),
);
rt::object::builder!(
    ApplicantAddEmploymentDetails,
    (set employment_duration_in_years, with_employment_duration_in_years, i64, optional),
    (set employment_durationi_in_months, with_employment_durationi_in_months, i64, optional),
    (set employer_name, with_employer_name, String, optional),
    (set job_title, with_job_title, String, optional),
    (set occupation_code, with_occupation_code, String, optional),
    (set employment_status, with_employment_status, String, optional),
);
/// The applicant's income, expenses and existing loans. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddFinancialInformation {
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicantAddIncomeDetails>>,
}
rt::object::serde_impls!(
    ApplicantAddFinancialInformation, always, full_serde,
    (income_details, "incomeDetails", optional),
);
rt::object::builder!(
    ApplicantAddFinancialInformation,
    (set income_details, with_income_details, Vec<ApplicantAddIncomeDetails>, optional),
);
/// One identity document of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddIdentificationDocumentDetails, always, full_serde,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
rt::object::builder!(
    ApplicantAddIdentificationDocumentDetails,
    (set id_type, with_id_type, String, optional),
    (set id_number, with_id_number, String, optional),
    (set id_expiry_date, with_id_expiry_date, ::chrono::NaiveDate, optional),
    (set id_issue_date, with_id_issue_date, ::chrono::NaiveDate, optional),
    (set id_issue_place, with_id_issue_place, String, optional),
    (set id_issue_state, with_id_issue_state, String, optional),
    (set id_issue_country, with_id_issue_country, String, optional),
    (set is_primary_id, with_is_primary_id, bool, optional),
);
/// One income of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddIncomeDetails, always, full_serde,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
);
rt::object::builder!(
    ApplicantAddIncomeDetails,
    (set income_type, with_income_type, String, optional),
    (set fixed_amount, with_fixed_amount, ::rust_decimal::Decimal, optional),
    (set variable_amount, with_variable_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
);
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddKycInformation, always, full_serde,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
);
rt::object::builder!(
    ApplicantAddKycInformation,
    (set self_public_figure_declaration_flag, with_self_public_figure_declaration_flag, bool, optional),
);
/// The applicant's name. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddName, always, full_serde,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (alias_name, "aliasName", optional),
);
rt::object::builder!(
    ApplicantAddName,
    (new given_name, String, required),
    (set salutation, with_salutation, String, optional),
    (set middle_name, with_middle_name, String, optional),
    (set surname, with_surname, String, optional),
    (set alias_name, with_alias_name, String, optional),
);
/// The applicant's identity at a partner of Citi. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantAddPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicantAddPartnerCustomerDetails, always, full_serde,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
rt::object::builder!(
    ApplicantAddPartnerCustomerDetails,
    (set partner_customer_internal_id, with_partner_customer_internal_id, String, optional),
    (set partner_customer_id, with_partner_customer_id, String, optional),
    (set partner_customer_segment, with_partner_customer_segment, String, optional),
);
/// A phone number of the applicant. Of a supplementary applicant being added.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantAddPhone, always, full_serde,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
rt::object::builder!(
    ApplicantAddPhone,
    (new phone_type, String, required),
    (new phone_country_code, String, required),
    (new phone_number, String, required),
    (set area_code, with_area_code, String, optional),
    (set extension, with_extension, String, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
    (set ok_to_call, with_ok_to_call, bool, optional),
);
/// A supplementary applicant to add (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
    pub applicant: ApplicantAddApplicant,
    pub credit_card_product: Option<ApplicantAddCreditCardProduct>,
}
rt::object::serde_impls!(
    ApplicantAddRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
    (applicant, "applicant", required),
    (credit_card_product, "creditCardProduct", optional),
);
rt::object::builder!(
    ApplicantAddRequest,
    (new control_flow_id, String, required),
    (new applicant, ApplicantAddApplicant, required),
    (set credit_card_product, with_credit_card_product, ApplicantAddCreditCardProduct, optional),
);
/// Result of adding a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantAddResponse {
    /// Identifier of the added applicant.
    pub applicant_id: String,
}
rt::object::serde_impls!(
    ApplicantAddResponse, full_serde, always,
    (applicant_id, "applicantId", required),
);
/// Removal of a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantDeleteRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ApplicantDeleteRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    ApplicantDeleteRequest,
    (new control_flow_id, String, required),
);
/// A supplementary applicant of the application and the card requested for them.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantDetail {
    pub applicant: ApplicantInquiryApplicant,
    pub credit_card_product: Option<ApplicantInquiryCreditCardProduct>,
}
rt::object::serde_impls!(
    ApplicantDetail, full_serde, always,
    (applicant, "applicant", required),
    (credit_card_product, "creditCardProduct", optional),
);
/// Further details of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<i64>,
}
rt::object::serde_impls!(
    ApplicantInquiryAdditionalData, full_serde, always,
    (number_of_dependents, "numberOfDependents", optional),
);
/// An address of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicantInquiryCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicantInquiryAddress, full_serde, always,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (country_code, "countryCode", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantInquiryApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: String,
    /// Identifier of the added applicant.
    pub applicant_id: Option<String>,
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: ApplicantInquiryName,
    pub demographics: Option<ApplicantInquiryDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicantInquiryAddress>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicantInquiryEmail>>,
    /// The applicant's phone numbers.
    pub phone: Option<Vec<ApplicantInquiryPhone>>,
    pub financial_information: Option<ApplicantInquiryFinancialInformation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicantInquiryEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicantInquiryIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicantInquiryAdditionalData>,
    pub partner_customer_details: Option<ApplicantInquiryPartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicantInquiryConsentDetails>>,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<ApplicantInquiryRequiredDocuments>>,
    pub kyc_information: Option<ApplicantInquiryKycInformation>,
    pub contact_consent: Option<ApplicantInquiryContactConsent>,
}
rt::object::serde_impls!(
    ApplicantInquiryApplicant, full_serde, always,
    (applicant_type, "applicantType", required),
    (applicant_id, "applicantId", optional),
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (email, "email", optional),
    (phone, "phone", optional),
    (financial_information, "financialInformation", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (required_documents, "requiredDocuments", optional),
    (kyc_information, "kycInformation", optional),
    (contact_consent, "contactConsent", optional),
);
/// One consent of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryConsentDetails, full_serde, always,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
/// The applicant's consent to be contacted. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryContactConsent, full_serde, always,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryCountrySpecificAddress, full_serde, always,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
);
/// The supplementary card requested for a supplementary applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryCreditCardProduct {
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Credit limit requested.
    pub requested_credit_limit: Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    pub overseas_card_activation_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryCreditCardProduct, full_serde, always,
    (emboss_name, "embossName", optional),
    (requested_credit_limit, "requestedCreditLimit", optional, number),
    (overseas_card_activation_flag, "overseasCardActivationFlag", optional),
);
/// The applicant's demographic details. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<::chrono::NaiveDate>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residential_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryDemographics, full_serde, always,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (marital_status, "maritalStatus", optional),
    (residential_status, "residentialStatus", optional),
);
/// An e-mail address of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantInquiryEmail {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryEmail, full_serde, always,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
/// One employment of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryEmploymentDetails {
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Employment durationi in months.
    pub employment_durationi_in_months: Option<i64>,
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryEmploymentDetails, full_serde, always,
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_durationi_in_months, "employmentDurationiInMonths", optional),
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (employment_status, "employmentStatus", optional),
);
/// The applicant's income, expenses and existing loans. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryFinancialInformation {
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicantInquiryIncomeDetails>>,
}
rt::object::serde_impls!(
    ApplicantInquiryFinancialInformation, full_serde, always,
    (income_details, "incomeDetails", optional),
);
/// One identity document of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryIdentificationDocumentDetails, full_serde, always,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
/// One income of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryIncomeDetails, full_serde, always,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
);
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryKycInformation, full_serde, always,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
);
/// The applicant's name. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantInquiryName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryName, full_serde, always,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (alias_name, "aliasName", optional),
);
/// The applicant's identity at a partner of Citi. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryPartnerCustomerDetails, full_serde, always,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
/// A phone number of the applicant. Of a supplementary applicant, as the applicant inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantInquiryPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantInquiryPhone, full_serde, always,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
/// A document a supplementary applicant still needs to provide.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantInquiryRequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    pub document_id_type: Option<String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    pub document_status: Option<String>,
    /// Code of the product.
    pub product_code: Option<String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    pub proof_type: Option<String>,
    /// Identifier of the linked document.
    pub linked_document_id: Option<String>,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicantInquiryRequiredDocuments, full_serde, always,
    (document_id_type, "documentIdType", optional),
    (document_status, "documentStatus", optional),
    (product_code, "productCode", optional),
    (proof_type, "proofType", optional),
    (linked_document_id, "linkedDocumentId", optional),
    (applicant_type, "applicantType", optional),
);
/// The supplementary applicants of an application (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantInquiryResponse {
    /// The supplementary applicants.
    pub applicants: Vec<ApplicantDetail>,
}
rt::object::serde_impls!(
    ApplicantInquiryResponse, full_serde, always,
    (applicants, "applicants", required),
);
/// Further details of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<i64>,
}
rt::object::serde_impls!(
    ApplicantUpdateAdditionalData, always, full_serde,
    (number_of_dependents, "numberOfDependents", optional),
);
rt::object::builder!(
    ApplicantUpdateAdditionalData,
    (set number_of_dependents, with_number_of_dependents, i64, optional),
);
/// An address of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicantUpdateCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicantUpdateAddress, always, full_serde,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (country_code, "countryCode", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
rt::object::builder!(
    ApplicantUpdateAddress,
    (set address_type, with_address_type, String, optional),
    (set address_line1, with_address_line1, String, optional),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set address_line4, with_address_line4, String, optional),
    (set city_name, with_city_name, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set country_code, with_country_code, String, optional),
    (set residence_duration_in_years, with_residence_duration_in_years, i64, optional),
    (set residence_duration_in_months, with_residence_duration_in_months, i64, optional),
    (set country_specific_address, with_country_specific_address, ApplicantUpdateCountrySpecificAddress, optional),
);
/// The applicant's personal, contact, financial and employment details. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantUpdateApplicant {
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: String,
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: ApplicantUpdateName,
    pub demographics: Option<ApplicantUpdateDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicantUpdateAddress>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicantUpdateEmail>>,
    /// The applicant's phone numbers.
    pub phone: Option<Vec<ApplicantUpdatePhone>>,
    pub financial_information: Option<ApplicantUpdateFinancialInformation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicantUpdateEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicantUpdateIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicantUpdateAdditionalData>,
    pub partner_customer_details: Option<ApplicantUpdatePartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicantUpdateConsentDetails>>,
    pub kyc_information: Option<ApplicantUpdateKycInformation>,
    pub contact_consent: Option<ApplicantUpdateContactConsent>,
}
rt::object::serde_impls!(
    ApplicantUpdateApplicant, always, full_serde,
    (applicant_type, "applicantType", required),
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (email, "email", optional),
    (phone, "phone", optional),
    (financial_information, "financialInformation", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (kyc_information, "kycInformation", optional),
    (contact_consent, "contactConsent", optional),
);
rt::object::builder!(
    ApplicantUpdateApplicant,
    (new applicant_type, String, required),
    (new name, ApplicantUpdateName, required),
    (set mother_maiden_name, with_mother_maiden_name, String, optional),
    (set demographics, with_demographics, ApplicantUpdateDemographics, optional),
    (set address, with_address, Vec<ApplicantUpdateAddress>, optional),
    (set email, with_email, Vec<ApplicantUpdateEmail>, optional),
    (set phone, with_phone, Vec<ApplicantUpdatePhone>, optional),
    (set financial_information, with_financial_information, ApplicantUpdateFinancialInformation, optional),
    (set employment_details, with_employment_details, Vec<ApplicantUpdateEmploymentDetails>, optional),
    (set identification_document_details, with_identification_document_details, Vec<ApplicantUpdateIdentificationDocumentDetails>, optional),
    (set additional_data, with_additional_data, ApplicantUpdateAdditionalData, optional),
    (set partner_customer_details, with_partner_customer_details, ApplicantUpdatePartnerCustomerDetails, optional),
    (set consent_details, with_consent_details, Vec<ApplicantUpdateConsentDetails>, optional),
    (set kyc_information, with_kyc_information, ApplicantUpdateKycInformation, optional),
    (set contact_consent, with_contact_consent, ApplicantUpdateContactConsent, optional),
);
/// One consent of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateConsentDetails, always, full_serde,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
rt::object::builder!(
    ApplicantUpdateConsentDetails,
    (set consent_type, with_consent_type, String, optional),
    (set is_consent_given, with_is_consent_given, bool, optional),
);
/// The applicant's consent to be contacted. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateContactConsent, always, full_serde,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
rt::object::builder!(
    ApplicantUpdateContactConsent,
    (set ok_to_call, with_ok_to_call, bool, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdateCountrySpecificAddress, always, full_serde,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
);
rt::object::builder!(
    ApplicantUpdateCountrySpecificAddress,
    (set unit_number, with_unit_number, String, optional),
    (set floor_number, with_floor_number, String, optional),
    (set block_number, with_block_number, String, optional),
    (set building_name, with_building_name, String, optional),
    (set estate_name, with_estate_name, String, optional),
    (set street_number, with_street_number, String, optional),
    (set street_name, with_street_name, String, optional),
    (set street_type, with_street_type, String, optional),
);
/// The supplementary card requested for a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateCreditCardProduct {
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Credit limit requested.
    pub requested_credit_limit: Option<::rust_decimal::Decimal>,
    /// Overseas card activation flag.
    pub overseas_card_activation_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateCreditCardProduct, always, full_serde,
    (emboss_name, "embossName", optional),
    (requested_credit_limit, "requestedCreditLimit", optional, number),
    (overseas_card_activation_flag, "overseasCardActivationFlag", optional),
);
rt::object::builder!(
    ApplicantUpdateCreditCardProduct,
    (set emboss_name, with_emboss_name, String, optional),
    (set requested_credit_limit, with_requested_credit_limit, ::rust_decimal::Decimal, optional),
    (set overseas_card_activation_flag, with_overseas_card_activation_flag, bool, optional),
);
/// The applicant's demographic details. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<::chrono::NaiveDate>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residential status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residential_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdateDemographics, always, full_serde,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (marital_status, "maritalStatus", optional),
    (residential_status, "residentialStatus", optional),
);
rt::object::builder!(
    ApplicantUpdateDemographics,
    (set gender, with_gender, String, optional),
    (set date_of_birth, with_date_of_birth, ::chrono::NaiveDate, optional),
    (set place_of_birth, with_place_of_birth, String, optional),
    (set country_of_birth, with_country_of_birth, String, optional),
    (set nationality, with_nationality, String, optional),
    (set marital_status, with_marital_status, String, optional),
    (set residential_status, with_residential_status, String, optional),
);
/// An e-mail address of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantUpdateEmail {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateEmail, always, full_serde,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
rt::object::builder!(
    ApplicantUpdateEmail,
    (new email_address, String, required),
    (set ok_to_email, with_ok_to_email, bool, optional),
    (set is_preferred_email_address, with_is_preferred_email_address, bool, optional),
);
/// One employment of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateEmploymentDetails {
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Employment durationi in months.
    pub employment_durationi_in_months: Option<i64>,
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdateEmploymentDetails, always, full_serde,
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_durationi_in_months, "employmentDurationiInMonths", optional),
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (employment_status, "employmentStatus", optional),
);
rt::object::builder!(
    ApplicantUpdateEmploymentDetails,
    (set employment_duration_in_years, with_employment_duration_in_years, i64, optional),
    (set employment_durationi_in_months, with_employment_durationi_in_months, i64, optional),
    (set employer_name, with_employer_name, String, optional),
    (set job_title, with_job_title, String, optional),
    (set occupation_code, with_occupation_code, String, optional),
    (set employment_status, with_employment_status, String, optional),
);
/// The applicant's income, expenses and existing loans. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateFinancialInformation {
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicantUpdateIncomeDetails>>,
}
rt::object::serde_impls!(
    ApplicantUpdateFinancialInformation, always, full_serde,
    (income_details, "incomeDetails", optional),
);
rt::object::builder!(
    ApplicantUpdateFinancialInformation,
    (set income_details, with_income_details, Vec<ApplicantUpdateIncomeDetails>, optional),
);
/// One identity document of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateIdentificationDocumentDetails, always, full_serde,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
rt::object::builder!(
    ApplicantUpdateIdentificationDocumentDetails,
    (set id_type, with_id_type, String, optional),
    (set id_number, with_id_number, String, optional),
    (set id_expiry_date, with_id_expiry_date, ::chrono::NaiveDate, optional),
    (set id_issue_date, with_id_issue_date, ::chrono::NaiveDate, optional),
    (set id_issue_place, with_id_issue_place, String, optional),
    (set id_issue_state, with_id_issue_state, String, optional),
    (set id_issue_country, with_id_issue_country, String, optional),
    (set is_primary_id, with_is_primary_id, bool, optional),
);
/// One income of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdateIncomeDetails, always, full_serde,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
);
rt::object::builder!(
    ApplicantUpdateIncomeDetails,
    (set income_type, with_income_type, String, optional),
    (set fixed_amount, with_fixed_amount, ::rust_decimal::Decimal, optional),
    (set variable_amount, with_variable_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
);
/// Know-your-customer information (public figures, FATCA). Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdateKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdateKycInformation, always, full_serde,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
);
rt::object::builder!(
    ApplicantUpdateKycInformation,
    (set self_public_figure_declaration_flag, with_self_public_figure_declaration_flag, bool, optional),
);
/// The applicant's name. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantUpdateName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdateName, always, full_serde,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (alias_name, "aliasName", optional),
);
rt::object::builder!(
    ApplicantUpdateName,
    (new given_name, String, required),
    (set salutation, with_salutation, String, optional),
    (set middle_name, with_middle_name, String, optional),
    (set surname, with_surname, String, optional),
    (set alias_name, with_alias_name, String, optional),
);
/// The applicant's identity at a partner of Citi. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicantUpdatePartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicantUpdatePartnerCustomerDetails, always, full_serde,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
rt::object::builder!(
    ApplicantUpdatePartnerCustomerDetails,
    (set partner_customer_internal_id, with_partner_customer_internal_id, String, optional),
    (set partner_customer_id, with_partner_customer_id, String, optional),
    (set partner_customer_segment, with_partner_customer_segment, String, optional),
);
/// A phone number of the applicant. Of a supplementary applicant being updated.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantUpdatePhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicantUpdatePhone, always, full_serde,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
rt::object::builder!(
    ApplicantUpdatePhone,
    (new phone_type, String, required),
    (new phone_country_code, String, required),
    (new phone_number, String, required),
    (set area_code, with_area_code, String, optional),
    (set extension, with_extension, String, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
    (set ok_to_call, with_ok_to_call, bool, optional),
);
/// Changes to a supplementary applicant (inferred).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicantUpdateRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
    pub applicant: ApplicantUpdateApplicant,
    pub credit_card_product: Option<ApplicantUpdateCreditCardProduct>,
}
rt::object::serde_impls!(
    ApplicantUpdateRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
    (applicant, "applicant", required),
    (credit_card_product, "creditCardProduct", optional),
);
rt::object::builder!(
    ApplicantUpdateRequest,
    (new control_flow_id, String, required),
    (new applicant, ApplicantUpdateApplicant, required),
    (set credit_card_product, with_credit_card_product, ApplicantUpdateCreditCardProduct, optional),
);
/// Further details of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<f64>,
    /// Staff indicator.
    pub staff_indicator: Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    pub business_nature: Option<String>,
    /// Name of the emergency contact.
    pub emergency_contact_name: Option<String>,
    /// Phone number of the emergency contact.
    pub emergency_contact_phone_number: Option<String>,
    /// Applicant's consent to exceed the credit limit.
    pub over_limit_consent_flag: Option<bool>,
    pub country_specific_group: Option<ApplicationAddCountrySpecificGroup>,
    pub primary_bank_details: Option<ApplicationAddPrimaryBankDetails>,
    /// Given name of the person who referred the applicant.
    pub referral_given_name: Option<String>,
    /// Surname of the person who referred the applicant.
    pub referral_surname: Option<String>,
    /// True if the applicant is related to a Citi employee.
    pub related_to_citi_employee_flag: Option<bool>,
    /// Name of the related Citi employee.
    pub related_citi_employee_name: Option<String>,
    /// Department of the related Citi employee.
    pub related_citi_employee_department: Option<String>,
    /// Purpose for which the card will be used.
    pub credit_card_usage_purpose: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddAdditionalData, always, full_serde,
    (number_of_dependents, "numberOfDependents", optional),
    (staff_indicator, "staffIndicator", optional),
    (business_nature, "businessNature", optional),
    (emergency_contact_name, "emergencyContactName", optional),
    (emergency_contact_phone_number, "emergencyContactPhoneNumber", optional),
    (over_limit_consent_flag, "overLimitConsentFlag", optional),
    (country_specific_group, "countrySpecificGroup", optional),
    (primary_bank_details, "primaryBankDetails", optional),
    (referral_given_name, "referralGivenName", optional),
    (referral_surname, "referralSurname", optional),
    (related_to_citi_employee_flag, "relatedToCitiEmployeeFlag", optional),
    (related_citi_employee_name, "relatedCitiEmployeeName", optional),
    (related_citi_employee_department, "relatedCitiEmployeeDepartment", optional),
    (credit_card_usage_purpose, "creditCardUsagePurpose", optional),
);
rt::object::builder!(
    ApplicationAddAdditionalData,
    (set number_of_dependents, with_number_of_dependents, f64, optional),
    (set staff_indicator, with_staff_indicator, bool, optional),
    (set business_nature, with_business_nature, String, optional),
    (set emergency_contact_name, with_emergency_contact_name, String, optional),
    (set emergency_contact_phone_number, with_emergency_contact_phone_number, String, optional),
    (set over_limit_consent_flag, with_over_limit_consent_flag, bool, optional),
    (set country_specific_group, with_country_specific_group, ApplicationAddCountrySpecificGroup, optional),
    (set primary_bank_details, with_primary_bank_details, ApplicationAddPrimaryBankDetails, optional),
    (set referral_given_name, with_referral_given_name, String, optional),
    (set referral_surname, with_referral_surname, String, optional),
    (set related_to_citi_employee_flag, with_related_to_citi_employee_flag, bool, optional),
    (set related_citi_employee_name, with_related_citi_employee_name, String, optional),
    (set related_citi_employee_department, with_related_citi_employee_department, String, optional),
    (set credit_card_usage_purpose, with_credit_card_usage_purpose, String, optional),
);
/// An address of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Province code.
    pub province_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicationAddCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicationAddAddress, always, full_serde,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (province_code, "provinceCode", optional),
    (country_code, "countryCode", optional),
    (ok_to_mail, "okToMail", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
rt::object::builder!(
    ApplicationAddAddress,
    (set address_type, with_address_type, String, optional),
    (set address_line1, with_address_line1, String, optional),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set address_line4, with_address_line4, String, optional),
    (set city_name, with_city_name, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set province_code, with_province_code, String, optional),
    (set country_code, with_country_code, String, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set residence_duration_in_years, with_residence_duration_in_years, i64, optional),
    (set residence_duration_in_months, with_residence_duration_in_months, i64, optional),
    (set country_specific_address, with_country_specific_address, ApplicationAddCountrySpecificAddress, optional),
);
/// The applicant's personal, contact, financial and employment details.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddApplicant {
    pub ocr: Option<ApplicationAddOcr>,
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: ApplicationAddName,
    pub demographics: Option<ApplicationAddDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicationAddAddress>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicationAddEmail>>,
    /// The applicant's phone numbers.
    pub phone: Vec<ApplicationAddPhone>,
    pub contact_preference: Option<ApplicationAddContactPreference>,
    pub contact_consent: Option<ApplicationAddContactConsent>,
    pub financial_information: Option<ApplicationAddFinancialInformation>,
    pub education: Option<ApplicationAddEducation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicationAddEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicationAddIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicationAddAdditionalData>,
    pub partner_customer_details: Option<ApplicationAddPartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicationAddConsentDetails>>,
    pub marketing_consent: Option<ApplicationAddMarketingConsent>,
    pub self_declaration: Option<ApplicationAddSelfDeclaration>,
    pub kyc_information: Option<ApplicationAddKycInformation>,
}
rt::object::serde_impls!(
    ApplicationAddApplicant, always, full_serde,
    (ocr, "ocr", optional),
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (email, "email", optional),
    (phone, "phone", required),
    (contact_preference, "contactPreference", optional),
    (contact_consent, "contactConsent", optional),
    (financial_information, "financialInformation", optional),
    (education, "education", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (marketing_consent, "marketingConsent", optional),
    (self_declaration, "selfDeclaration", optional),
    (kyc_information, "kycInformation", optional),
);
rt::object::builder!(
    ApplicationAddApplicant,
    (new name, ApplicationAddName, required),
    (new phone, Vec<ApplicationAddPhone>, required),
    (set ocr, with_ocr, ApplicationAddOcr, optional),
    (set mother_maiden_name, with_mother_maiden_name, String, optional),
    (set demographics, with_demographics, ApplicationAddDemographics, optional),
    (set address, with_address, Vec<ApplicationAddAddress>, optional),
    (set email, with_email, Vec<ApplicationAddEmail>, optional),
    (set contact_preference, with_contact_preference, ApplicationAddContactPreference, optional),
    (set contact_consent, with_contact_consent, ApplicationAddContactConsent, optional),
    (set financial_information, with_financial_information, ApplicationAddFinancialInformation, optional),
    (set education, with_education, ApplicationAddEducation, optional),
    (set employment_details, with_employment_details, Vec<ApplicationAddEmploymentDetails>, optional),
    (set identification_document_details, with_identification_document_details, Vec<ApplicationAddIdentificationDocumentDetails>, optional),
    (set additional_data, with_additional_data, ApplicationAddAdditionalData, optional),
    (set partner_customer_details, with_partner_customer_details, ApplicationAddPartnerCustomerDetails, optional),
    (set consent_details, with_consent_details, Vec<ApplicationAddConsentDetails>, optional),
    (set marketing_consent, with_marketing_consent, ApplicationAddMarketingConsent, optional),
    (set self_declaration, with_self_declaration, ApplicationAddSelfDeclaration, optional),
    (set kyc_information, with_kyc_information, ApplicationAddKycInformation, optional),
);
/// One consent of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddConsentDetails, always, full_serde,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
rt::object::builder!(
    ApplicationAddConsentDetails,
    (set consent_type, with_consent_type, String, optional),
    (set is_consent_given, with_is_consent_given, bool, optional),
);
/// The applicant's consent to be contacted.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Consent to mail.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddContactConsent, always, full_serde,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
rt::object::builder!(
    ApplicationAddContactConsent,
    (set ok_to_call, with_ok_to_call, bool, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
);
/// How the applicant wants to be contacted.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddContactPreference {
    /// True to receive advices by text message.
    pub send_sms_advice_flag: Option<bool>,
    /// True to receive advices by e-mail.
    pub send_email_advice_flag: Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub preferred_mailing_address: Option<String>,
    /// True to enrol in electronic statements.
    pub e_statement_enrollment_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddContactPreference, always, full_serde,
    (send_sms_advice_flag, "sendSmsAdviceFlag", optional),
    (send_email_advice_flag, "sendEmailAdviceFlag", optional),
    (preferred_mailing_address, "preferredMailingAddress", optional),
    (e_statement_enrollment_flag, "eStatementEnrollmentFlag", optional),
);
rt::object::builder!(
    ApplicationAddContactPreference,
    (set send_sms_advice_flag, with_send_sms_advice_flag, bool, optional),
    (set send_email_advice_flag, with_send_email_advice_flag, bool, optional),
    (set preferred_mailing_address, with_preferred_mailing_address, String, optional),
    (set e_statement_enrollment_flag, with_e_statement_enrollment_flag, bool, optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
    /// Town.
    pub town: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddCountrySpecificAddress, always, full_serde,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
    (town, "town", optional),
);
rt::object::builder!(
    ApplicationAddCountrySpecificAddress,
    (set unit_number, with_unit_number, String, optional),
    (set floor_number, with_floor_number, String, optional),
    (set block_number, with_block_number, String, optional),
    (set building_name, with_building_name, String, optional),
    (set estate_name, with_estate_name, String, optional),
    (set street_number, with_street_number, String, optional),
    (set street_name, with_street_name, String, optional),
    (set street_type, with_street_type, String, optional),
    (set town, with_town, String, optional),
);
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    pub bumiputra_indicator: Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    pub disability_indicator: Option<bool>,
    /// UnionPay card number to link to the product.
    pub union_pay_card_number: Option<String>,
    /// Tax file number (Australia).
    pub tax_file_number: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddCountrySpecificGroup, always, full_serde,
    (bumiputra_indicator, "bumiputraIndicator", optional),
    (disability_indicator, "disabilityIndicator", optional),
    (union_pay_card_number, "unionPayCardNumber", optional),
    (tax_file_number, "taxFileNumber", optional),
);
rt::object::builder!(
    ApplicationAddCountrySpecificGroup,
    (set bumiputra_indicator, with_bumiputra_indicator, bool, optional),
    (set disability_indicator, with_disability_indicator, bool, optional),
    (set union_pay_card_number, with_union_pay_card_number, String, optional),
    (set tax_file_number, with_tax_file_number, String, optional),
);
/// A credit-card product applied for.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddCreditCardProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the card-issuing organisation.
    pub organization: String,
    /// Code of the card design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddCreditCardProduct, always, full_serde,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
);
rt::object::builder!(
    ApplicationAddCreditCardProduct,
    (new product_code, String, required),
    (new source_code, String, required),
    (new organization, String, required),
    (new logo, String, required),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set emboss_name, with_emboss_name, String, optional),
    (set billing_address, with_billing_address, String, optional),
    (set card_delivery_address, with_card_delivery_address, String, optional),
    (set pin_delivery_address, with_pin_delivery_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set credit_limit_increase_indicator, with_credit_limit_increase_indicator, bool, optional),
);
/// The applicant's demographic details.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<::chrono::NaiveDate>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub domicile_country_code: Option<String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub permanent_residency_country_code: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residency_status: Option<String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    pub residence_type: Option<String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub tax_domicile_country_code: Option<String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub spoken_language_code: Option<String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub correspondence_language_code: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddDemographics, always, full_serde,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (domicile_country_code, "domicileCountryCode", optional),
    (permanent_residency_country_code, "permanentResidencyCountryCode", optional),
    (marital_status, "maritalStatus", optional),
    (residency_status, "residencyStatus", optional),
    (residence_type, "residenceType", optional),
    (tax_domicile_country_code, "taxDomicileCountryCode", optional),
    (spoken_language_code, "spokenLanguageCode", optional),
    (correspondence_language_code, "correspondenceLanguageCode", optional),
);
rt::object::builder!(
    ApplicationAddDemographics,
    (set gender, with_gender, String, optional),
    (set date_of_birth, with_date_of_birth, ::chrono::NaiveDate, optional),
    (set place_of_birth, with_place_of_birth, String, optional),
    (set country_of_birth, with_country_of_birth, String, optional),
    (set nationality, with_nationality, String, optional),
    (set domicile_country_code, with_domicile_country_code, String, optional),
    (set permanent_residency_country_code, with_permanent_residency_country_code, String, optional),
    (set marital_status, with_marital_status, String, optional),
    (set residency_status, with_residency_status, String, optional),
    (set residence_type, with_residence_type, String, optional),
    (set tax_domicile_country_code, with_tax_domicile_country_code, String, optional),
    (set spoken_language_code, with_spoken_language_code, String, optional),
    (set correspondence_language_code, with_correspondence_language_code, String, optional),
);
/// The applicant's education.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    pub highest_education_level: Option<String>,
    /// Year of graduation.
    pub year_of_graduation: Option<String>,
    /// Student identifier.
    pub student_id: Option<String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    pub university: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddEducation, always, full_serde,
    (highest_education_level, "highestEducationLevel", optional),
    (year_of_graduation, "yearOfGraduation", optional),
    (student_id, "studentId", optional),
    (university, "university", optional),
);
rt::object::builder!(
    ApplicationAddEducation,
    (set highest_education_level, with_highest_education_level, String, optional),
    (set year_of_graduation, with_year_of_graduation, String, optional),
    (set student_id, with_student_id, String, optional),
    (set university, with_university, String, optional),
);
/// An e-mail address of the applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddEmail {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddEmail, always, full_serde,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
rt::object::builder!(
    ApplicationAddEmail,
    (new email_address, String, required),
    (set ok_to_email, with_ok_to_email, bool, optional),
    (set is_preferred_email_address, with_is_preferred_email_address, bool, optional),
);
/// One employment of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddEmploymentDetails {
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    pub industry_code: Option<String>,
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Months in this employment.
    pub employment_duration_in_months: Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
    /// Months in the previous employment.
    pub months_in_previous_employment: Option<i64>,
    /// Years in the previous employment.
    pub years_in_previous_employment: Option<i64>,
    /// Name of the accountant.
    pub accountant_name: Option<String>,
    /// Name of the accountant's firm.
    pub accountant_firm_name: Option<String>,
    /// Years in the industry.
    pub years_in_industry: Option<i64>,
    /// Months in the industry.
    pub months_in_industry: Option<i64>,
}
rt::object::serde_impls!(
    ApplicationAddEmploymentDetails, always, full_serde,
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (industry_code, "industryCode", optional),
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_duration_in_months, "employmentDurationInMonths", optional),
    (employment_status, "employmentStatus", optional),
    (months_in_previous_employment, "monthsInPreviousEmployment", optional),
    (years_in_previous_employment, "yearsInPreviousEmployment", optional),
    (accountant_name, "accountantName", optional),
    (accountant_firm_name, "accountantFirmName", optional),
    (years_in_industry, "yearsInIndustry", optional),
    (months_in_industry, "monthsInIndustry", optional),
);
rt::object::builder!(
    ApplicationAddEmploymentDetails,
    (set employer_name, with_employer_name, String, optional),
    (set job_title, with_job_title, String, optional),
    (set occupation_code, with_occupation_code, String, optional),
    (set industry_code, with_industry_code, String, optional),
    (set employment_duration_in_years, with_employment_duration_in_years, i64, optional),
    (set employment_duration_in_months, with_employment_duration_in_months, i64, optional),
    (set employment_status, with_employment_status, String, optional),
    (set months_in_previous_employment, with_months_in_previous_employment, i64, optional),
    (set years_in_previous_employment, with_years_in_previous_employment, i64, optional),
    (set accountant_name, with_accountant_name, String, optional),
    (set accountant_firm_name, with_accountant_firm_name, String, optional),
    (set years_in_industry, with_years_in_industry, i64, optional),
    (set months_in_industry, with_months_in_industry, i64, optional),
);
/// One existing loan of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    pub loan_type: Option<String>,
    /// Kind of another debt obligation.
    pub other_debt_obligation_type: Option<String>,
    /// Monthly instalment.
    pub monthly_installment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    pub outstanding_balance_amount: Option<::rust_decimal::Decimal>,
    /// Ownership of the debt.
    pub debt_ownership: Option<String>,
    /// Name of the lender.
    pub lender_name: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddExistingLoanDetails, always, full_serde,
    (loan_type, "loanType", optional),
    (other_debt_obligation_type, "otherDebtObligationType", optional),
    (monthly_installment_amount, "monthlyInstallmentAmount", optional, number),
    (outstanding_balance_amount, "outstandingBalanceAmount", optional, number),
    (debt_ownership, "debtOwnership", optional),
    (lender_name, "lenderName", optional),
);
rt::object::builder!(
    ApplicationAddExistingLoanDetails,
    (set loan_type, with_loan_type, String, optional),
    (set other_debt_obligation_type, with_other_debt_obligation_type, String, optional),
    (set monthly_installment_amount, with_monthly_installment_amount, ::rust_decimal::Decimal, optional),
    (set outstanding_balance_amount, with_outstanding_balance_amount, ::rust_decimal::Decimal, optional),
    (set debt_ownership, with_debt_ownership, String, optional),
    (set lender_name, with_lender_name, String, optional),
);
/// One expense of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    pub expense_type: Option<String>,
    /// Amount of the expense.
    pub expense_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddExpenseDetails, always, full_serde,
    (expense_type, "expenseType", optional),
    (expense_amount, "expenseAmount", optional, number),
    (frequency, "frequency", optional),
);
rt::object::builder!(
    ApplicationAddExpenseDetails,
    (set expense_type, with_expense_type, String, optional),
    (set expense_amount, with_expense_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
);
/// The applicant's income, expenses and existing loans.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    pub has_foreseeable_financial_changes: Option<bool>,
    /// True if the applicant has debt obligations outside banks.
    pub non_bank_debt_obligation_flag: Option<bool>,
    /// The applicant's expenses.
    pub expense_details: Option<Vec<ApplicationAddExpenseDetails>>,
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicationAddIncomeDetails>>,
    /// The applicant's existing loans.
    pub existing_loan_details: Option<Vec<ApplicationAddExistingLoanDetails>>,
}
rt::object::serde_impls!(
    ApplicationAddFinancialInformation, always, full_serde,
    (has_foreseeable_financial_changes, "hasForeseeableFinancialChanges", optional),
    (non_bank_debt_obligation_flag, "nonBankDebtObligationFlag", optional),
    (expense_details, "expenseDetails", optional),
    (income_details, "incomeDetails", optional),
    (existing_loan_details, "existingLoanDetails", optional),
);
rt::object::builder!(
    ApplicationAddFinancialInformation,
    (set has_foreseeable_financial_changes, with_has_foreseeable_financial_changes, bool, optional),
    (set non_bank_debt_obligation_flag, with_non_bank_debt_obligation_flag, bool, optional),
    (set expense_details, with_expense_details, Vec<ApplicationAddExpenseDetails>, optional),
    (set income_details, with_income_details, Vec<ApplicationAddIncomeDetails>, optional),
    (set existing_loan_details, with_existing_loan_details, Vec<ApplicationAddExistingLoanDetails>, optional),
);
/// One identity document of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddIdentificationDocumentDetails, always, full_serde,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
rt::object::builder!(
    ApplicationAddIdentificationDocumentDetails,
    (set id_type, with_id_type, String, optional),
    (set id_number, with_id_number, String, optional),
    (set id_expiry_date, with_id_expiry_date, ::chrono::NaiveDate, optional),
    (set id_issue_date, with_id_issue_date, ::chrono::NaiveDate, optional),
    (set id_issue_place, with_id_issue_place, String, optional),
    (set id_issue_state, with_id_issue_state, String, optional),
    (set id_issue_country, with_id_issue_country, String, optional),
    (set is_primary_id, with_is_primary_id, bool, optional),
);
/// One income of the applicant.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the income is received. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
    /// Description of another kind of income.
    pub other_income_description: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddIncomeDetails, always, full_serde,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
    (other_income_description, "otherIncomeDescription", optional),
);
rt::object::builder!(
    ApplicationAddIncomeDetails,
    (set income_type, with_income_type, String, optional),
    (set fixed_amount, with_fixed_amount, ::rust_decimal::Decimal, optional),
    (set variable_amount, with_variable_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
    (set other_income_description, with_other_income_description, String, optional),
);
/// Know-your-customer information (public figures, FATCA).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
    /// Status of the public office.
    pub public_figure_office_status: Option<String>,
    /// Details of the public office.
    pub public_figure_office_details: Option<String>,
    /// Start date of the public office.
    pub public_figure_office_start_date: Option<::chrono::NaiveDate>,
    /// End date of the public office.
    pub public_figure_office_end_date: Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    pub is_related_to_senior_public_figure: Option<bool>,
    /// Name of the related senior public figure.
    pub related_senior_public_figure_name: Option<String>,
    /// Country of government of the related senior public figure.
    pub related_spf_country_of_government: Option<String>,
    /// Department of the related senior public figure.
    pub related_senior_public_figure_department: Option<String>,
    /// Relationship with the senior public figure.
    pub relationship_with_senior_public_figure: Option<String>,
    /// Last name of the related senior public figure.
    pub related_senior_public_figure_last_name: Option<String>,
    /// US tax status (FATCA).
    pub us_tax_status: Option<String>,
    /// US tax identifier.
    pub us_tax_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddKycInformation, always, full_serde,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
    (public_figure_office_status, "publicFigureOfficeStatus", optional),
    (public_figure_office_details, "publicFigureOfficeDetails", optional),
    (public_figure_office_start_date, "publicFigureOfficeStartDate", optional),
    (public_figure_office_end_date, "publicFigureOfficeEndDate", optional),
    (is_related_to_senior_public_figure, "isRelatedToSeniorPublicFigure", optional),
    (related_senior_public_figure_name, "relatedSeniorPublicFigureName", optional),
    (related_spf_country_of_government, "relatedSpfCountryOfGovernment", optional),
    (related_senior_public_figure_department, "relatedSeniorPublicFigureDepartment", optional),
    (relationship_with_senior_public_figure, "relationshipWithSeniorPublicFigure", optional),
    (related_senior_public_figure_last_name, "relatedSeniorPublicFigureLastName", optional),
    (us_tax_status, "usTaxStatus", optional),
    (us_tax_id, "usTaxId", optional),
);
rt::object::builder!(
    ApplicationAddKycInformation,
    (set self_public_figure_declaration_flag, with_self_public_figure_declaration_flag, bool, optional),
    (set public_figure_office_status, with_public_figure_office_status, String, optional),
    (set public_figure_office_details, with_public_figure_office_details, String, optional),
    (set public_figure_office_start_date, with_public_figure_office_start_date, ::chrono::NaiveDate, optional),
    (set public_figure_office_end_date, with_public_figure_office_end_date, ::chrono::NaiveDate, optional),
    (set is_related_to_senior_public_figure, with_is_related_to_senior_public_figure, bool, optional),
    (set related_senior_public_figure_name, with_related_senior_public_figure_name, String, optional),
    (set related_spf_country_of_government, with_related_spf_country_of_government, String, optional),
    (set related_senior_public_figure_department, with_related_senior_public_figure_department, String, optional),
    (set relationship_with_senior_public_figure, with_relationship_with_senior_public_figure, String, optional),
    (set related_senior_public_figure_last_name, with_related_senior_public_figure_last_name, String, optional),
    (set us_tax_status, with_us_tax_status, String, optional),
    (set us_tax_id, with_us_tax_id, String, optional),
);
/// The applicant's marketing consent.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddMarketingConsent {
    /// True to opt out of sharing personal data with others.
    pub personal_data_opt_out_others_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddMarketingConsent, always, full_serde,
    (personal_data_opt_out_others_flag, "personalDataOptOutOthersFlag", optional),
);
rt::object::builder!(
    ApplicationAddMarketingConsent,
    (set personal_data_opt_out_others_flag, with_personal_data_opt_out_others_flag, bool, optional),
);
/// The applicant's name.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Given name in English (Latin) script.
    pub local_english_given_name: Option<String>,
    /// Surname in English (Latin) script.
    pub local_english_surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
    /// Full name.
    pub full_name: Option<String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    pub salute_by: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddName, always, full_serde,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (local_english_given_name, "localEnglishGivenName", optional),
    (local_english_surname, "localEnglishSurname", optional),
    (alias_name, "aliasName", optional),
    (full_name, "fullName", optional),
    (salute_by, "saluteBy", optional),
);
rt::object::builder!(
    ApplicationAddName,
    (new given_name, String, required),
    (set salutation, with_salutation, String, optional),
    (set middle_name, with_middle_name, String, optional),
    (set surname, with_surname, String, optional),
    (set local_english_given_name, with_local_english_given_name, String, optional),
    (set local_english_surname, with_local_english_surname, String, optional),
    (set alias_name, with_alias_name, String, optional),
    (set full_name, with_full_name, String, optional),
    (set salute_by, with_salute_by, String, optional),
);
/// Result of scanning the applicant's identity document (OCR).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddOcr {
    /// Reference number of the OCR scan.
    pub ocr_reference_number: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddOcr, always, full_serde,
    (ocr_reference_number, "ocrReferenceNumber", optional),
);
rt::object::builder!(
    ApplicationAddOcr,
    (set ocr_reference_number, with_ocr_reference_number, String, optional),
);
/// The applicant's identity at a partner of Citi.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddPartnerCustomerDetails, always, full_serde,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
rt::object::builder!(
    ApplicationAddPartnerCustomerDetails,
    (set partner_customer_internal_id, with_partner_customer_internal_id, String, optional),
    (set partner_customer_id, with_partner_customer_id, String, optional),
    (set partner_customer_segment, with_partner_customer_segment, String, optional),
);
/// A phone number of the applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Applicant's consent to receive text messages.
    pub ok_to_sms: Option<bool>,
    /// Applicant's consent to receive calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddPhone, always, full_serde,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
rt::object::builder!(
    ApplicationAddPhone,
    (new phone_type, String, required),
    (new phone_country_code, String, required),
    (new phone_number, String, required),
    (set area_code, with_area_code, String, optional),
    (set extension, with_extension, String, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
    (set ok_to_call, with_ok_to_call, bool, optional),
);
/// The applicant's primary bank.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddPrimaryBankDetails {
    /// Name of the bank.
    pub bank_name: Option<String>,
    /// Type of account held there.
    pub account_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddPrimaryBankDetails, always, full_serde,
    (bank_name, "bankName", optional),
    (account_type, "accountType", optional),
);
rt::object::builder!(
    ApplicationAddPrimaryBankDetails,
    (set bank_name, with_bank_name, String, optional),
    (set account_type, with_account_type, String, optional),
);
/// The product applied for (one of the three kinds).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddProduct {
    pub credit_card_product: Option<ApplicationAddCreditCardProduct>,
    pub ready_credit_product: Option<ApplicationAddReadyCreditProduct>,
    pub unsecured_loan_product: Option<ApplicationAddUnsecuredLoanProduct>,
}
rt::object::serde_impls!(
    ApplicationAddProduct, always, full_serde,
    (credit_card_product, "creditCardProduct", optional),
    (ready_credit_product, "readyCreditProduct", optional),
    (unsecured_loan_product, "unsecuredLoanProduct", optional),
);
rt::object::builder!(
    ApplicationAddProduct,
    (set credit_card_product, with_credit_card_product, ApplicationAddCreditCardProduct, optional),
    (set ready_credit_product, with_ready_credit_product, ApplicationAddReadyCreditProduct, optional),
    (set unsecured_loan_product, with_unsecured_loan_product, ApplicationAddUnsecuredLoanProduct, optional),
);
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddReadyCreditProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the card-issuing organisation.
    pub organization: String,
    /// Code of the card design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
    /// True if an ATM card is required.
    pub atm_required_flag: Option<bool>,
    /// True if a cheque book is required.
    pub cheque_book_required_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationAddReadyCreditProduct, always, full_serde,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
    (atm_required_flag, "atmRequiredFlag", optional),
    (cheque_book_required_flag, "chequeBookRequiredFlag", optional),
);
rt::object::builder!(
    ApplicationAddReadyCreditProduct,
    (new product_code, String, required),
    (new source_code, String, required),
    (new organization, String, required),
    (new logo, String, required),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set emboss_name, with_emboss_name, String, optional),
    (set billing_address, with_billing_address, String, optional),
    (set card_delivery_address, with_card_delivery_address, String, optional),
    (set pin_delivery_address, with_pin_delivery_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set credit_limit_increase_indicator, with_credit_limit_increase_indicator, bool, optional),
    (set atm_required_flag, with_atm_required_flag, bool, optional),
    (set cheque_book_required_flag, with_cheque_book_required_flag, bool, optional),
);
/// Request to create a credit-card application: the requested product and the primary applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddRequest {
    pub product: ApplicationAddProduct,
    pub applicant: ApplicationAddApplicant,
}
rt::object::serde_impls!(
    ApplicationAddRequest, always, full_serde,
    (product, "product", required),
    (applicant, "applicant", required),
);
rt::object::builder!(
    ApplicationAddRequest,
    (new product, ApplicationAddProduct, required),
    (new applicant, ApplicationAddApplicant, required),
);
/// Result of creating an application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddResponse {
    /// Citi's identifier of the application.
    pub application_id: String,
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: String,
    /// Identifier of the flow, sent on the later calls of this application.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ApplicationAddResponse, full_serde, always,
    (application_id, "applicationId", required),
    (application_stage, "applicationStage", required),
    (control_flow_id, "controlFlowId", required),
);
/// The applicant's declarations about existing credit.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationAddSelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    pub total_active_credit_card_limit_amount: Option<::rust_decimal::Decimal>,
    /// Anticipated decrease of income.
    pub anticipated_income_decrease_code: Option<String>,
    /// True if the applicant has taken loans.
    pub loan_taken_indicator: Option<bool>,
    /// Monthly repayment for all external loans.
    pub monthly_repayment_for_all_ext_loans: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    ApplicationAddSelfDeclaration, always, full_serde,
    (total_active_credit_card_limit_amount, "totalActiveCreditCardLimitAmount", optional, number),
    (anticipated_income_decrease_code, "anticipatedIncomeDecreaseCode", optional),
    (loan_taken_indicator, "loanTakenIndicator", optional),
    (monthly_repayment_for_all_ext_loans, "monthlyRepaymentForAllExtLoans", optional, number),
);
rt::object::builder!(
    ApplicationAddSelfDeclaration,
    (set total_active_credit_card_limit_amount, with_total_active_credit_card_limit_amount, ::rust_decimal::Decimal, optional),
    (set anticipated_income_decrease_code, with_anticipated_income_decrease_code, String, optional),
    (set loan_taken_indicator, with_loan_taken_indicator, bool, optional),
    (set monthly_repayment_for_all_ext_loans, with_monthly_repayment_for_all_ext_loans, ::rust_decimal::Decimal, optional),
);
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationAddUnsecuredLoanProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the issuing organisation.
    pub organization: String,
    /// Code of the product design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Loan amount requested.
    pub requested_loan_amount: Option<::rust_decimal::Decimal>,
    /// Loan tenor.
    pub tenor: Option<String>,
}
rt::object::serde_impls!(
    ApplicationAddUnsecuredLoanProduct, always, full_serde,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (billing_address, "billingAddress", optional),
    (gift_code, "giftCode", optional),
    (requested_loan_amount, "requestedLoanAmount", optional, number),
    (tenor, "tenor", optional),
);
rt::object::builder!(
    ApplicationAddUnsecuredLoanProduct,
    (new product_code, String, required),
    (new source_code, String, required),
    (new organization, String, required),
    (new logo, String, required),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set billing_address, with_billing_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set requested_loan_amount, with_requested_loan_amount, ::rust_decimal::Decimal, optional),
    (set tenor, with_tenor, String, optional),
);
/// Further details of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<f64>,
    /// Staff indicator.
    pub staff_indicator: Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    pub business_nature: Option<String>,
    /// Name of the emergency contact.
    pub emergency_contact_name: Option<String>,
    /// Phone number of the emergency contact.
    pub emergency_contact_phone_number: Option<String>,
    /// Applicant's consent to exceed the credit limit.
    pub over_limit_consent_flag: Option<bool>,
    pub country_specific_group: Option<ApplicationInquiryCountrySpecificGroup>,
    /// Given name of the person who referred the applicant.
    pub referral_given_name: Option<String>,
    /// Surname of the person who referred the applicant.
    pub referral_surname: Option<String>,
    /// True if the applicant is related to a Citi employee.
    pub related_to_citi_employee_flag: Option<bool>,
    /// Name of the related Citi employee.
    pub related_citi_employee_name: Option<String>,
    /// Department of the related Citi employee.
    pub related_citi_employee_department: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryAdditionalData, full_serde, always,
    (number_of_dependents, "numberOfDependents", optional),
    (staff_indicator, "staffIndicator", optional),
    (business_nature, "businessNature", optional),
    (emergency_contact_name, "emergencyContactName", optional),
    (emergency_contact_phone_number, "emergencyContactPhoneNumber", optional),
    (over_limit_consent_flag, "overLimitConsentFlag", optional),
    (country_specific_group, "countrySpecificGroup", optional),
    (referral_given_name, "referralGivenName", optional),
    (referral_surname, "referralSurname", optional),
    (related_to_citi_employee_flag, "relatedToCitiEmployeeFlag", optional),
    (related_citi_employee_name, "relatedCitiEmployeeName", optional),
    (related_citi_employee_department, "relatedCitiEmployeeDepartment", optional),
);
/// An address of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Province code.
    pub province_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicationInquiryCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicationInquiryAddress, full_serde, always,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (province_code, "provinceCode", optional),
    (country_code, "countryCode", optional),
    (ok_to_mail, "okToMail", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
/// The applicant of a saved application (same shape as ApplicationAddApplicant; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryApplicant {
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: ApplicationInquiryName,
    pub demographics: Option<ApplicationInquiryDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicationInquiryAddress>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicationInquiryEmail>>,
    /// The applicant's phone numbers.
    pub phone: Vec<ApplicationInquiryPhone>,
    pub contact_preference: Option<ApplicationInquiryContactPreference>,
    pub contact_consent: Option<ApplicationInquiryContactConsent>,
    pub financial_information: Option<ApplicationInquiryFinancialInformation>,
    pub education: Option<ApplicationInquiryEducation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicationInquiryEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicationInquiryIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicationInquiryAdditionalData>,
    pub partner_customer_details: Option<ApplicationInquiryPartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicationInquiryConsentDetails>>,
    pub marketing_consent: Option<ApplicationInquiryMarketingConsent>,
    pub self_declaration: Option<ApplicationInquirySelfDeclaration>,
    pub kyc_information: Option<ApplicationInquiryKycInformation>,
}
rt::object::serde_impls!(
    ApplicationInquiryApplicant, full_serde, always,
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (email, "email", optional),
    (phone, "phone", required),
    (contact_preference, "contactPreference", optional),
    (contact_consent, "contactConsent", optional),
    (financial_information, "financialInformation", optional),
    (education, "education", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (marketing_consent, "marketingConsent", optional),
    (self_declaration, "selfDeclaration", optional),
    (kyc_information, "kycInformation", optional),
);
/// A balance transfer requested with the card, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryBalanceTransferDetails {
    /// Amount to transfer.
    pub amount_to_transfer: ::rust_decimal::Decimal,
    /// Issuing organization name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardIssuingOrganization`).
    pub issuing_organization_name: Option<String>,
    /// Account name.
    pub account_name: Option<String>,
    /// Account reference number.
    pub account_reference_number: Option<String>,
    /// Biller code.
    pub biller_code: String,
    /// Marketing campaign identifier.
    pub campaign_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryBalanceTransferDetails, full_serde, always,
    (amount_to_transfer, "amountToTransfer", required, number),
    (issuing_organization_name, "issuingOrganizationName", optional),
    (account_name, "accountName", optional),
    (account_reference_number, "accountReferenceNumber", optional),
    (biller_code, "billerCode", required),
    (campaign_id, "campaignId", optional),
);
/// One consent of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryConsentDetails, full_serde, always,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
/// The applicant's consent to be contacted. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryContactConsent, full_serde, always,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
/// How the applicant wants to be contacted. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryContactPreference {
    /// True to receive advices by text message.
    pub send_sms_advice_flag: Option<bool>,
    /// True to receive advices by e-mail.
    pub send_email_advice_flag: Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub preferred_mailing_address: Option<String>,
    /// True to enrol in electronic statements.
    pub e_statement_enrollment_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryContactPreference, full_serde, always,
    (send_sms_advice_flag, "sendSmsAdviceFlag", optional),
    (send_email_advice_flag, "sendEmailAdviceFlag", optional),
    (preferred_mailing_address, "preferredMailingAddress", optional),
    (e_statement_enrollment_flag, "eStatementEnrollmentFlag", optional),
);
/// A counter-offer, as read back with the application (same shape as CounterOffer).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryCounterOffer {
    /// Code of the offered product.
    pub offer_product_code: Option<String>,
    /// Issuing organisation of the offered product.
    pub offer_product_organisation: Option<String>,
    /// Source code of the offered product.
    pub offer_source_code: Option<String>,
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<
        Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<
        Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<ApplicationInquiryRequiredDocuments>>,
}
rt::object::serde_impls!(
    ApplicationInquiryCounterOffer, full_serde, always,
    (offer_product_code, "offerProductCode", optional),
    (offer_product_organisation, "offerProductOrganisation", optional),
    (offer_source_code, "offerSourceCode", optional),
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (required_documents, "requiredDocuments", optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
    /// Town.
    pub town: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryCountrySpecificAddress, full_serde, always,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
    (town, "town", optional),
);
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    pub bumiputra_indicator: Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    pub disability_indicator: Option<bool>,
    /// UnionPay card number to link to the product.
    pub union_pay_card_number: Option<String>,
    /// Tax file number (Australia).
    pub tax_file_number: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryCountrySpecificGroup, full_serde, always,
    (bumiputra_indicator, "bumiputraIndicator", optional),
    (disability_indicator, "disabilityIndicator", optional),
    (union_pay_card_number, "unionPayCardNumber", optional),
    (tax_file_number, "taxFileNumber", optional),
);
/// A credit-card product applied for. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryCreditCardProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the card-issuing organisation.
    pub organization: String,
    /// Code of the card design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
    /// Credit limit requested.
    pub requested_credit_limit: Option<::rust_decimal::Decimal>,
    /// Balance transfer details.
    pub balance_transfer_details: Option<Vec<ApplicationInquiryBalanceTransferDetails>>,
}
rt::object::serde_impls!(
    ApplicationInquiryCreditCardProduct, full_serde, always,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
    (requested_credit_limit, "requestedCreditLimit", optional, number),
    (balance_transfer_details, "balanceTransferDetails", optional),
);
/// The credit terms offered for a card product, as the application inquiry returns them.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryCreditSpecificRecommendations {
    /// Credit limit offered.
    pub recommended_credit_limit: Option<::rust_decimal::Decimal>,
    /// Maximum balance-transfer loan percentage.
    pub bt_maximum_loan_percentage: Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of a balance transfer.
    pub bt_monthly_interest_rate: Option<::rust_decimal::Decimal>,
    /// Maximum equal-payment-plan loan percentage.
    pub epp_maximum_loan_percentage: Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of an equal payment plan.
    pub epp_monthly_interest_rate: Option<::rust_decimal::Decimal>,
    /// Balance-transfer campaign identifier.
    pub bt_campaign_id: Option<String>,
    /// Equal-payment-plan promotion identifier.
    pub epp_promo_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryCreditSpecificRecommendations, full_serde, always,
    (recommended_credit_limit, "recommendedCreditLimit", optional, number),
    (bt_maximum_loan_percentage, "btMaximumLoanPercentage", optional, number),
    (bt_monthly_interest_rate, "btMonthlyInterestRate", optional, number),
    (epp_maximum_loan_percentage, "eppMaximumLoanPercentage", optional, number),
    (epp_monthly_interest_rate, "eppMonthlyInterestRate", optional, number),
    (bt_campaign_id, "btCampaignId", optional),
    (epp_promo_id, "eppPromoId", optional),
);
/// A cross-sell offer, as read back with the application (same shape as CrossSellOffer).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryCrossSellOffer {
    /// Code of the offered product.
    pub offer_product_code: Option<String>,
    /// Issuing organisation of the offered product.
    pub offer_product_organisation: Option<String>,
    /// Source code of the offered product.
    pub offer_source_code: Option<String>,
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<
        Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<
        Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<ApplicationInquiryRequiredDocuments>>,
}
rt::object::serde_impls!(
    ApplicationInquiryCrossSellOffer, full_serde, always,
    (offer_product_code, "offerProductCode", optional),
    (offer_product_organisation, "offerProductOrganisation", optional),
    (offer_source_code, "offerSourceCode", optional),
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (required_documents, "requiredDocuments", optional),
);
/// The applicant's demographic details. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<::chrono::NaiveDate>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub domicile_country_code: Option<String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub permanent_residency_country_code: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residency_status: Option<String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    pub residence_type: Option<String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub tax_domicile_country_code: Option<String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub spoken_language_code: Option<String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub correspondence_language_code: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryDemographics, full_serde, always,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (domicile_country_code, "domicileCountryCode", optional),
    (permanent_residency_country_code, "permanentResidencyCountryCode", optional),
    (marital_status, "maritalStatus", optional),
    (residency_status, "residencyStatus", optional),
    (residence_type, "residenceType", optional),
    (tax_domicile_country_code, "taxDomicileCountryCode", optional),
    (spoken_language_code, "spokenLanguageCode", optional),
    (correspondence_language_code, "correspondenceLanguageCode", optional),
);
/// The applicant's education. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    pub highest_education_level: Option<String>,
    /// Year of graduation.
    pub year_of_graduation: Option<String>,
    /// Student identifier.
    pub student_id: Option<String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    pub university: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryEducation, full_serde, always,
    (highest_education_level, "highestEducationLevel", optional),
    (year_of_graduation, "yearOfGraduation", optional),
    (student_id, "studentId", optional),
    (university, "university", optional),
);
/// An e-mail address of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryEmail {
    /// The e-mail address.
    pub email_address: Option<String>,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryEmail, full_serde, always,
    (email_address, "emailAddress", optional),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
/// One employment of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryEmploymentDetails {
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    pub industry_code: Option<String>,
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Months in this employment.
    pub employment_duration_in_months: Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
    /// Months in the previous employment.
    pub months_in_previous_employment: Option<i64>,
    /// Years in the previous employment.
    pub years_in_previous_employment: Option<i64>,
    /// Name of the accountant.
    pub accountant_name: Option<String>,
    /// Name of the accountant's firm.
    pub accountant_firm_name: Option<String>,
    /// Years in the industry.
    pub years_in_industry: Option<i64>,
    /// Months in the industry.
    pub months_in_industry: Option<i64>,
}
rt::object::serde_impls!(
    ApplicationInquiryEmploymentDetails, full_serde, always,
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (industry_code, "industryCode", optional),
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_duration_in_months, "employmentDurationInMonths", optional),
    (employment_status, "employmentStatus", optional),
    (months_in_previous_employment, "monthsInPreviousEmployment", optional),
    (years_in_previous_employment, "yearsInPreviousEmployment", optional),
    (accountant_name, "accountantName", optional),
    (accountant_firm_name, "accountantFirmName", optional),
    (years_in_industry, "yearsInIndustry", optional),
    (months_in_industry, "monthsInIndustry", optional),
);
/// One existing loan of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    pub loan_type: Option<String>,
    /// Monthly instalment.
    pub monthly_installment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    pub outstanding_balance_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    ApplicationInquiryExistingLoanDetails, full_serde, always,
    (loan_type, "loanType", optional),
    (monthly_installment_amount, "monthlyInstallmentAmount", optional, number),
    (outstanding_balance_amount, "outstandingBalanceAmount", optional, number),
);
/// One expense of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    pub expense_type: Option<String>,
    /// Amount of the expense.
    pub expense_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryExpenseDetails, full_serde, always,
    (expense_type, "expenseType", optional),
    (expense_amount, "expenseAmount", optional, number),
    (frequency, "frequency", optional),
);
/// The applicant's income, expenses and existing loans. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    pub has_foreseeable_financial_changes: Option<bool>,
    /// The applicant's expenses.
    pub expense_details: Option<Vec<ApplicationInquiryExpenseDetails>>,
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicationInquiryIncomeDetails>>,
    /// The applicant's existing loans.
    pub existing_loan_details: Option<Vec<ApplicationInquiryExistingLoanDetails>>,
}
rt::object::serde_impls!(
    ApplicationInquiryFinancialInformation, full_serde, always,
    (has_foreseeable_financial_changes, "hasForeseeableFinancialChanges", optional),
    (expense_details, "expenseDetails", optional),
    (income_details, "incomeDetails", optional),
    (existing_loan_details, "existingLoanDetails", optional),
);
/// One identity document of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: String,
    /// Document number.
    pub id_number: String,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryIdentificationDocumentDetails, full_serde, always,
    (id_type, "idType", required),
    (id_number, "idNumber", required),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
/// One income of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
    /// Description of another kind of income.
    pub other_income_description: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryIncomeDetails, full_serde, always,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
    (other_income_description, "otherIncomeDescription", optional),
);
/// Know-your-customer information (public figures, FATCA). As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
    /// Status of the public office.
    pub public_figure_office_status: Option<String>,
    /// Details of the public office.
    pub public_figure_office_details: Option<String>,
    /// Start date of the public office.
    pub public_figure_office_start_date: Option<::chrono::NaiveDate>,
    /// End date of the public office.
    pub public_figure_office_end_date: Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    pub is_related_to_senior_public_figure: Option<bool>,
    /// Name of the related senior public figure.
    pub related_senior_public_figure_name: Option<String>,
    /// Related senior public figure designation.
    pub related_senior_public_figure_designation: Option<String>,
    /// Country of government of the related senior public figure.
    pub related_spf_country_of_government: Option<String>,
    /// Department of the related senior public figure.
    pub related_senior_public_figure_department: Option<String>,
    /// Relationship with the senior public figure.
    pub relationship_with_senior_public_figure: Option<String>,
    /// Last name of the related senior public figure.
    pub related_senior_public_figure_last_name: Option<String>,
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    pub us_tax_status: Option<String>,
    /// US tax identifier.
    pub us_tax_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryKycInformation, full_serde, always,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
    (public_figure_office_status, "publicFigureOfficeStatus", optional),
    (public_figure_office_details, "publicFigureOfficeDetails", optional),
    (public_figure_office_start_date, "publicFigureOfficeStartDate", optional),
    (public_figure_office_end_date, "publicFigureOfficeEndDate", optional),
    (is_related_to_senior_public_figure, "isRelatedToSeniorPublicFigure", optional),
    (related_senior_public_figure_name, "relatedSeniorPublicFigureName", optional),
    (related_senior_public_figure_designation, "relatedSeniorPublicFigureDesignation", optional),
    (related_spf_country_of_government, "relatedSpfCountryOfGovernment", optional),
    (related_senior_public_figure_department, "relatedSeniorPublicFigureDepartment", optional),
    (relationship_with_senior_public_figure, "relationshipWithSeniorPublicFigure", optional),
    (related_senior_public_figure_last_name, "relatedSeniorPublicFigureLastName", optional),
    (us_tax_status, "usTaxStatus", optional),
    (us_tax_id, "usTaxId", optional),
);
/// The loan terms offered for a loan product, as the application inquiry returns them.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryLoanSpecificRecommendations {
    /// Eligible loan amount.
    pub loan_amount: Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    pub tenor: Option<String>,
    /// Interest rate.
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Handling fee.
    pub handling_fee: Option<::rust_decimal::Decimal>,
    /// Instalment amount.
    pub installment_amount: Option<::rust_decimal::Decimal>,
    /// Annual percentage rate.
    pub annual_percentage_rate: Option<::rust_decimal::Decimal>,
    /// Total principal to be paid.
    pub total_principal_amount: Option<::rust_decimal::Decimal>,
    /// Total interest to be paid.
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
    /// Total of all instalments.
    pub total_installment_amount: Option<::rust_decimal::Decimal>,
    /// Start date of the repayment schedule.
    pub repayment_schedule_issue_date: Option<::chrono::NaiveDate>,
    /// The instalments.
    pub repayment_schedule: Option<Vec<ApplicationInquiryRepaymentSchedule>>,
}
rt::object::serde_impls!(
    ApplicationInquiryLoanSpecificRecommendations, full_serde, always,
    (loan_amount, "loanAmount", optional, number),
    (tenor, "tenor", optional),
    (interest_rate, "interestRate", optional, number),
    (handling_fee, "handlingFee", optional, number),
    (installment_amount, "installmentAmount", optional, number),
    (annual_percentage_rate, "annualPercentageRate", optional, number),
    (total_principal_amount, "totalPrincipalAmount", optional, number),
    (total_interest_amount, "totalInterestAmount", optional, number),
    (total_installment_amount, "totalInstallmentAmount", optional, number),
    (repayment_schedule_issue_date, "repaymentScheduleIssueDate", optional),
    (repayment_schedule, "repaymentSchedule", optional),
);
/// The applicant's marketing consent. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryMarketingConsent {
    /// Personal data opt out flag.
    pub personal_data_opt_out_flag: Option<bool>,
    /// True to opt out of sharing personal data with others.
    pub personal_data_opt_out_others_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryMarketingConsent, full_serde, always,
    (personal_data_opt_out_flag, "personalDataOptOutFlag", optional),
    (personal_data_opt_out_others_flag, "personalDataOptOutOthersFlag", optional),
);
/// The applicant's name. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Given name in English (Latin) script.
    pub local_english_given_name: Option<String>,
    /// Surname in English (Latin) script.
    pub local_english_surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    pub salute_by: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryName, full_serde, always,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (local_english_given_name, "localEnglishGivenName", optional),
    (local_english_surname, "localEnglishSurname", optional),
    (alias_name, "aliasName", optional),
    (salute_by, "saluteBy", optional),
);
/// The applicant's identity at a partner of Citi. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryPartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryPartnerCustomerDetails, full_serde, always,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
/// A phone number of the applicant. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryPhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationInquiryPhone, full_serde, always,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
/// The product of a saved application (same shape as ApplicationAddProduct; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryProduct {
    pub credit_card_product: Option<ApplicationInquiryCreditCardProduct>,
    pub ready_credit_product: Option<ApplicationInquiryReadyCreditProduct>,
    pub unsecured_loan_product: Option<ApplicationInquiryUnsecuredLoanProduct>,
}
rt::object::serde_impls!(
    ApplicationInquiryProduct, full_serde, always,
    (credit_card_product, "creditCardProduct", optional),
    (ready_credit_product, "readyCreditProduct", optional),
    (unsecured_loan_product, "unsecuredLoanProduct", optional),
);
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryReadyCreditProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the card-issuing organisation.
    pub organization: String,
    /// Code of the card design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
    /// True if an ATM card is required.
    pub atm_required_flag: Option<bool>,
    /// True if a cheque book is required.
    pub cheque_book_required_flag: Option<bool>,
    /// Balance transfer details.
    pub balance_transfer_details: Option<Vec<ApplicationInquiryBalanceTransferDetails>>,
}
rt::object::serde_impls!(
    ApplicationInquiryReadyCreditProduct, full_serde, always,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
    (atm_required_flag, "atmRequiredFlag", optional),
    (cheque_book_required_flag, "chequeBookRequiredFlag", optional),
    (balance_transfer_details, "balanceTransferDetails", optional),
);
/// One instalment of a loan repayment schedule, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryRepaymentSchedule {
    /// Tenor occurrence of the instalment.
    pub tenor_occurence: Option<String>,
    /// Due date of the instalment.
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Monthly instalment.
    pub monthly_installment_amount: Option<::rust_decimal::Decimal>,
    /// Principal part of the instalment.
    pub principal_amount: Option<::rust_decimal::Decimal>,
    /// Interest part of the instalment.
    pub interest_amount: Option<::rust_decimal::Decimal>,
    /// Principal remaining after the instalment.
    pub remaining_principal_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    ApplicationInquiryRepaymentSchedule, full_serde, always,
    (tenor_occurence, "tenorOccurence", optional),
    (payment_due_date, "paymentDueDate", optional),
    (monthly_installment_amount, "monthlyInstallmentAmount", optional, number),
    (principal_amount, "principalAmount", optional, number),
    (interest_amount, "interestAmount", optional, number),
    (remaining_principal_amount, "remainingPrincipalAmount", optional, number),
);
/// Decision on a requested product, as read back with the application (same shape as RequestedProductDecision).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryRequestedProductDecision {
    /// Code of the product.
    pub product_code: String,
    /// Issuing organisation.
    pub organisation_name: String,
    /// Source code of the product.
    pub source_code: String,
    /// Code of the card design.
    pub logo: Option<String>,
    /// Outcome of the credit decision.
    pub credit_decision: Option<String>,
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<
        Vec<ApplicationInquiryCreditSpecificRecommendations>,
    >,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<
        Vec<ApplicationInquiryLoanSpecificRecommendations>,
    >,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<ApplicationInquiryRequiredDocuments>>,
}
rt::object::serde_impls!(
    ApplicationInquiryRequestedProductDecision, full_serde, always,
    (product_code, "productCode", required),
    (organisation_name, "organisationName", required),
    (source_code, "sourceCode", required),
    (logo, "logo", optional),
    (credit_decision, "creditDecision", optional),
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (required_documents, "requiredDocuments", optional),
);
/// A document the application still needs, as the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquiryRequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    pub document_id_type: Option<String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    pub document_status: Option<String>,
    /// Code of the product.
    pub product_code: Option<String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    pub proof_type: Option<String>,
    /// Identifier of the linked document.
    pub linked_document_id: Option<String>,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryRequiredDocuments, full_serde, always,
    (document_id_type, "documentIdType", optional),
    (document_status, "documentStatus", optional),
    (product_code, "productCode", optional),
    (proof_type, "proofType", optional),
    (linked_document_id, "linkedDocumentId", optional),
    (applicant_type, "applicantType", optional),
);
/// A saved application with its decisions and offers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: String,
    /// True if supplementary applicants exist.
    pub has_any_supplementary_flag: Option<bool>,
    /// Expiry date of the in-principle approval.
    pub ipa_expiry_date: Option<::chrono::NaiveDate>,
    pub product: ApplicationInquiryProduct,
    pub applicant: ApplicationInquiryApplicant,
    /// Decisions on the requested products.
    pub requested_product_decision: Option<
        Vec<ApplicationInquiryRequestedProductDecision>,
    >,
    /// Counter-offers made instead of the requested product.
    pub counter_offers: Option<Vec<ApplicationInquiryCounterOffer>>,
    /// Further products offered.
    pub cross_sell_offers: Option<Vec<ApplicationInquiryCrossSellOffer>>,
}
rt::object::serde_impls!(
    ApplicationInquiryResponse, full_serde, always,
    (application_stage, "applicationStage", required),
    (has_any_supplementary_flag, "hasAnySupplementaryFlag", optional),
    (ipa_expiry_date, "ipaExpiryDate", optional),
    (product, "product", required),
    (applicant, "applicant", required),
    (requested_product_decision, "requestedProductDecision", optional),
    (counter_offers, "counterOffers", optional),
    (cross_sell_offers, "crossSellOffers", optional),
);
/// The applicant's declarations about existing credit. As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationInquirySelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    pub total_active_credit_card_limit_amount: Option<::rust_decimal::Decimal>,
    /// Anticipated decrease of income.
    pub anticipated_income_decrease_code: Option<String>,
    /// True if the applicant has taken loans.
    pub loan_taken_indicator: Option<bool>,
    /// Monthly repayment for all external loans.
    pub monthly_repayment_for_all_ext_loans: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    ApplicationInquirySelfDeclaration, full_serde, always,
    (total_active_credit_card_limit_amount, "totalActiveCreditCardLimitAmount", optional, number),
    (anticipated_income_decrease_code, "anticipatedIncomeDecreaseCode", optional),
    (loan_taken_indicator, "loanTakenIndicator", optional),
    (monthly_repayment_for_all_ext_loans, "monthlyRepaymentForAllExtLoans", optional, number),
);
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow). As the application inquiry returns it.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationInquiryUnsecuredLoanProduct {
    /// Code of the product.
    pub product_code: String,
    /// Promotion or channel source code.
    pub source_code: String,
    /// Code of the card-issuing organisation.
    pub organization: String,
    /// Code of the card design.
    pub logo: String,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Loan amount requested.
    pub requested_loan_amount: Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    pub tenor: Option<String>,
}
rt::object::serde_impls!(
    ApplicationInquiryUnsecuredLoanProduct, full_serde, always,
    (product_code, "productCode", required),
    (source_code, "sourceCode", required),
    (organization, "organization", required),
    (logo, "logo", required),
    (request_credit_shield, "requestCreditShield", optional),
    (billing_address, "billingAddress", optional),
    (gift_code, "giftCode", optional),
    (requested_loan_amount, "requestedLoanAmount", optional, number),
    (tenor, "tenor", optional),
);
/// Decision on a requested product, as returned by the status call (RequestedProductDecision without `logo`, nothing required).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationStatusInqRequestedProductDecision {
    /// Code of the product.
    pub product_code: Option<String>,
    /// Issuing organisation.
    pub organisation_name: Option<String>,
    /// Source code of the product.
    pub source_code: Option<String>,
    /// Outcome of the credit decision.
    pub credit_decision: Option<String>,
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<Vec<CreditSpecificRecommendations>>,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<Vec<LoanSpecificRecommendations>>,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<RequiredDocuments>>,
}
rt::object::serde_impls!(
    ApplicationStatusInqRequestedProductDecision, full_serde, always,
    (product_code, "productCode", optional),
    (organisation_name, "organisationName", optional),
    (source_code, "sourceCode", optional),
    (credit_decision, "creditDecision", optional),
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (required_documents, "requiredDocuments", optional),
);
/// Status of an application with its decisions and offers.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationStatusResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: String,
    /// Expiry date of the in-principle approval.
    pub ipa_expiry_date: Option<::chrono::NaiveDate>,
    /// Decisions on the requested products.
    pub requested_product_decision: Option<
        Vec<ApplicationStatusInqRequestedProductDecision>,
    >,
    /// Counter-offers made instead of the requested product.
    pub counter_offers: Option<Vec<CounterOffer>>,
    /// Further products offered.
    pub cross_sell_offers: Option<Vec<CrossSellOffer>>,
}
rt::object::serde_impls!(
    ApplicationStatusResponse, full_serde, always,
    (application_stage, "applicationStage", required),
    (ipa_expiry_date, "ipaExpiryDate", optional),
    (requested_product_decision, "requestedProductDecision", optional),
    (counter_offers, "counterOffers", optional),
    (cross_sell_offers, "crossSellOffers", optional),
);
/// Further details of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateAdditionalData {
    /// Number of dependents.
    pub number_of_dependents: Option<f64>,
    /// Staff indicator.
    pub staff_indicator: Option<bool>,
    /// Nature of the applicant's business. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `businessNature`).
    pub business_nature: Option<String>,
    /// Name of the emergency contact.
    pub emergency_contact_name: Option<String>,
    /// Phone number of the emergency contact.
    pub emergency_contact_phone_number: Option<String>,
    /// Applicant's consent to exceed the credit limit.
    pub over_limit_consent_flag: Option<bool>,
    pub country_specific_group: Option<ApplicationUpdateCountrySpecificGroup>,
    pub primary_bank_details: Option<ApplicationUpdatePrimaryBankDetails>,
    /// Given name of the person who referred the applicant.
    pub referral_given_name: Option<String>,
    /// Surname of the person who referred the applicant.
    pub referral_surname: Option<String>,
    /// True if the applicant is related to a Citi employee.
    pub related_to_citi_employee_flag: Option<bool>,
    /// Name of the related Citi employee.
    pub related_citi_employee_name: Option<String>,
    /// Department of the related Citi employee.
    pub related_citi_employee_department: Option<String>,
    /// Credit card usage purpose. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `creditCardUsagePurpose`).
    pub credit_card_usage_purpose: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateAdditionalData, always, full_serde,
    (number_of_dependents, "numberOfDependents", optional),
    (staff_indicator, "staffIndicator", optional),
    (business_nature, "businessNature", optional),
    (emergency_contact_name, "emergencyContactName", optional),
    (emergency_contact_phone_number, "emergencyContactPhoneNumber", optional),
    (over_limit_consent_flag, "overLimitConsentFlag", optional),
    (country_specific_group, "countrySpecificGroup", optional),
    (primary_bank_details, "primaryBankDetails", optional),
    (referral_given_name, "referralGivenName", optional),
    (referral_surname, "referralSurname", optional),
    (related_to_citi_employee_flag, "relatedToCitiEmployeeFlag", optional),
    (related_citi_employee_name, "relatedCitiEmployeeName", optional),
    (related_citi_employee_department, "relatedCitiEmployeeDepartment", optional),
    (credit_card_usage_purpose, "creditCardUsagePurpose", optional),
);
rt::object::builder!(
    ApplicationUpdateAdditionalData,
    (set number_of_dependents, with_number_of_dependents, f64, optional),
    (set staff_indicator, with_staff_indicator, bool, optional),
    (set business_nature, with_business_nature, String, optional),
    (set emergency_contact_name, with_emergency_contact_name, String, optional),
    (set emergency_contact_phone_number, with_emergency_contact_phone_number, String, optional),
    (set over_limit_consent_flag, with_over_limit_consent_flag, bool, optional),
    (set country_specific_group, with_country_specific_group, ApplicationUpdateCountrySpecificGroup, optional),
    (set primary_bank_details, with_primary_bank_details, ApplicationUpdatePrimaryBankDetails, optional),
    (set referral_given_name, with_referral_given_name, String, optional),
    (set referral_surname, with_referral_surname, String, optional),
    (set related_to_citi_employee_flag, with_related_to_citi_employee_flag, bool, optional),
    (set related_citi_employee_name, with_related_citi_employee_name, String, optional),
    (set related_citi_employee_department, with_related_citi_employee_department, String, optional),
    (set credit_card_usage_purpose, with_credit_card_usage_purpose, String, optional),
);
/// An address of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateAddress {
    /// Kind of address. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub address_type: Option<String>,
    /// First address line.
    pub address_line1: Option<String>,
    /// Second address line.
    pub address_line2: Option<String>,
    /// Third address line.
    pub address_line3: Option<String>,
    /// Fourth address line.
    pub address_line4: Option<String>,
    /// City.
    pub city_name: Option<String>,
    /// State or region. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub state: Option<String>,
    /// Postal code.
    pub postal_code: Option<String>,
    /// Province code.
    pub province_code: Option<String>,
    /// Country. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_code: Option<String>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Years lived at this address.
    pub residence_duration_in_years: Option<i64>,
    /// Months lived at this address.
    pub residence_duration_in_months: Option<i64>,
    pub country_specific_address: Option<ApplicationUpdateCountrySpecificAddress>,
}
rt::object::serde_impls!(
    ApplicationUpdateAddress, always, full_serde,
    (address_type, "addressType", optional),
    (address_line1, "addressLine1", optional),
    (address_line2, "addressLine2", optional),
    (address_line3, "addressLine3", optional),
    (address_line4, "addressLine4", optional),
    (city_name, "cityName", optional),
    (state, "state", optional),
    (postal_code, "postalCode", optional),
    (province_code, "provinceCode", optional),
    (country_code, "countryCode", optional),
    (ok_to_mail, "okToMail", optional),
    (residence_duration_in_years, "residenceDurationInYears", optional),
    (residence_duration_in_months, "residenceDurationInMonths", optional),
    (country_specific_address, "countrySpecificAddress", optional),
);
rt::object::builder!(
    ApplicationUpdateAddress,
    (set address_type, with_address_type, String, optional),
    (set address_line1, with_address_line1, String, optional),
    (set address_line2, with_address_line2, String, optional),
    (set address_line3, with_address_line3, String, optional),
    (set address_line4, with_address_line4, String, optional),
    (set city_name, with_city_name, String, optional),
    (set state, with_state, String, optional),
    (set postal_code, with_postal_code, String, optional),
    (set province_code, with_province_code, String, optional),
    (set country_code, with_country_code, String, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set residence_duration_in_years, with_residence_duration_in_years, i64, optional),
    (set residence_duration_in_months, with_residence_duration_in_months, i64, optional),
    (set country_specific_address, with_country_specific_address, ApplicationUpdateCountrySpecificAddress, optional),
);
/// Changes to the applicant of a saved application (same shape as ApplicationAddApplicant, all optional; nested parts are the ApplicationAdd* models and keep their required fields).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateApplicant {
    pub name: Option<ApplicationUpdateName>,
    /// The applicant's phone numbers.
    pub phone: Option<Vec<ApplicationUpdatePhone>>,
    /// The applicant's e-mail addresses.
    pub email: Option<Vec<ApplicationUpdateEmail>>,
    pub ocr: Option<ApplicationUpdateOcr>,
    pub demographics: Option<ApplicationUpdateDemographics>,
    /// The applicant's addresses.
    pub address: Option<Vec<ApplicationUpdateAddress>>,
    pub contact_preference: Option<ApplicationUpdateContactPreference>,
    pub contact_consent: Option<ApplicationUpdateContactConsent>,
    pub financial_information: Option<ApplicationUpdateFinancialInformation>,
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub education: Option<ApplicationUpdateEducation>,
    /// The applicant's employments.
    pub employment_details: Option<Vec<ApplicationUpdateEmploymentDetails>>,
    /// The applicant's identity documents.
    pub identification_document_details: Option<
        Vec<ApplicationUpdateIdentificationDocumentDetails>,
    >,
    pub additional_data: Option<ApplicationUpdateAdditionalData>,
    pub partner_customer_details: Option<ApplicationUpdatePartnerCustomerDetails>,
    /// Consents given or refused by the applicant.
    pub consent_details: Option<Vec<ApplicationUpdateConsentDetails>>,
    pub marketing_consent: Option<ApplicationUpdateMarketingConsent>,
    pub self_declaration: Option<ApplicationUpdateSelfDeclaration>,
    pub kyc_information: Option<ApplicationUpdateKycInformation>,
}
rt::object::serde_impls!(
    ApplicationUpdateApplicant, always, full_serde,
    (name, "name", optional),
    (phone, "phone", optional),
    (email, "email", optional),
    (ocr, "ocr", optional),
    (demographics, "demographics", optional),
    (address, "address", optional),
    (contact_preference, "contactPreference", optional),
    (contact_consent, "contactConsent", optional),
    (financial_information, "financialInformation", optional),
    (mother_maiden_name, "motherMaidenName", optional),
    (education, "education", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (partner_customer_details, "partnerCustomerDetails", optional),
    (consent_details, "consentDetails", optional),
    (marketing_consent, "marketingConsent", optional),
    (self_declaration, "selfDeclaration", optional),
    (kyc_information, "kycInformation", optional),
);
rt::object::builder!(
    ApplicationUpdateApplicant,
    (set name, with_name, ApplicationUpdateName, optional),
    (set phone, with_phone, Vec<ApplicationUpdatePhone>, optional),
    (set email, with_email, Vec<ApplicationUpdateEmail>, optional),
    (set ocr, with_ocr, ApplicationUpdateOcr, optional),
    (set demographics, with_demographics, ApplicationUpdateDemographics, optional),
    (set address, with_address, Vec<ApplicationUpdateAddress>, optional),
    (set contact_preference, with_contact_preference, ApplicationUpdateContactPreference, optional),
    (set contact_consent, with_contact_consent, ApplicationUpdateContactConsent, optional),
    (set financial_information, with_financial_information, ApplicationUpdateFinancialInformation, optional),
    (set mother_maiden_name, with_mother_maiden_name, String, optional),
    (set education, with_education, ApplicationUpdateEducation, optional),
    (set employment_details, with_employment_details, Vec<ApplicationUpdateEmploymentDetails>, optional),
    (set identification_document_details, with_identification_document_details, Vec<ApplicationUpdateIdentificationDocumentDetails>, optional),
    (set additional_data, with_additional_data, ApplicationUpdateAdditionalData, optional),
    (set partner_customer_details, with_partner_customer_details, ApplicationUpdatePartnerCustomerDetails, optional),
    (set consent_details, with_consent_details, Vec<ApplicationUpdateConsentDetails>, optional),
    (set marketing_consent, with_marketing_consent, ApplicationUpdateMarketingConsent, optional),
    (set self_declaration, with_self_declaration, ApplicationUpdateSelfDeclaration, optional),
    (set kyc_information, with_kyc_information, ApplicationUpdateKycInformation, optional),
);
/// A balance transfer requested with the card, in an update of the application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdateBalanceTransferDetails {
    /// Amount to transfer.
    pub amount_to_transfer: ::rust_decimal::Decimal,
    /// Issuing organization name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `cardIssuingOrganization`).
    pub issuing_organization_name: Option<String>,
    /// Account name.
    pub account_name: Option<String>,
    /// Account reference number.
    pub account_reference_number: Option<String>,
    /// Biller code.
    pub biller_code: String,
    /// Marketing campaign identifier.
    pub campaign_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateBalanceTransferDetails, always, full_serde,
    (amount_to_transfer, "amountToTransfer", required, number),
    (issuing_organization_name, "issuingOrganizationName", optional),
    (account_name, "accountName", optional),
    (account_reference_number, "accountReferenceNumber", optional),
    (biller_code, "billerCode", required),
    (campaign_id, "campaignId", optional),
);
rt::object::builder!(
    ApplicationUpdateBalanceTransferDetails,
    (new amount_to_transfer, ::rust_decimal::Decimal, required),
    (new biller_code, String, required),
    (set issuing_organization_name, with_issuing_organization_name, String, optional),
    (set account_name, with_account_name, String, optional),
    (set account_reference_number, with_account_reference_number, String, optional),
    (set campaign_id, with_campaign_id, String, optional),
);
/// One consent of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateConsentDetails {
    /// Kind of consent. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `consentType`).
    pub consent_type: Option<String>,
    /// True if the consent is given.
    pub is_consent_given: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateConsentDetails, always, full_serde,
    (consent_type, "consentType", optional),
    (is_consent_given, "isConsentGiven", optional),
);
rt::object::builder!(
    ApplicationUpdateConsentDetails,
    (set consent_type, with_consent_type, String, optional),
    (set is_consent_given, with_is_consent_given, bool, optional),
);
/// The applicant's consent to be contacted. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateContactConsent {
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
    /// Applicant's consent to receive mail at this address.
    pub ok_to_mail: Option<bool>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateContactConsent, always, full_serde,
    (ok_to_call, "okToCall", optional),
    (ok_to_mail, "okToMail", optional),
    (ok_to_sms, "okToSms", optional),
);
rt::object::builder!(
    ApplicationUpdateContactConsent,
    (set ok_to_call, with_ok_to_call, bool, optional),
    (set ok_to_mail, with_ok_to_mail, bool, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
);
/// How the applicant wants to be contacted. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateContactPreference {
    /// True to receive advices by text message.
    pub send_sms_advice_flag: Option<bool>,
    /// True to receive advices by e-mail.
    pub send_email_advice_flag: Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub preferred_mailing_address: Option<String>,
    /// True to enrol in electronic statements.
    pub e_statement_enrollment_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateContactPreference, always, full_serde,
    (send_sms_advice_flag, "sendSmsAdviceFlag", optional),
    (send_email_advice_flag, "sendEmailAdviceFlag", optional),
    (preferred_mailing_address, "preferredMailingAddress", optional),
    (e_statement_enrollment_flag, "eStatementEnrollmentFlag", optional),
);
rt::object::builder!(
    ApplicationUpdateContactPreference,
    (set send_sms_advice_flag, with_send_sms_advice_flag, bool, optional),
    (set send_email_advice_flag, with_send_email_advice_flag, bool, optional),
    (set preferred_mailing_address, with_preferred_mailing_address, String, optional),
    (set e_statement_enrollment_flag, with_e_statement_enrollment_flag, bool, optional),
);
/// APAC-only structured address parts (unit, floor, block, building, estate, street, town). Field names taken from the Australia-Onboarding SDK documentation the catalog cites; the catalog lists the parts only. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateCountrySpecificAddress {
    /// Unit number.
    pub unit_number: Option<String>,
    /// Floor number.
    pub floor_number: Option<String>,
    /// Block number.
    pub block_number: Option<String>,
    /// Building name.
    pub building_name: Option<String>,
    /// Estate name.
    pub estate_name: Option<String>,
    /// Street number.
    pub street_number: Option<String>,
    /// Street name.
    pub street_name: Option<String>,
    /// Street type. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `streetType`).
    pub street_type: Option<String>,
    /// Town.
    pub town: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateCountrySpecificAddress, always, full_serde,
    (unit_number, "unitNumber", optional),
    (floor_number, "floorNumber", optional),
    (block_number, "blockNumber", optional),
    (building_name, "buildingName", optional),
    (estate_name, "estateName", optional),
    (street_number, "streetNumber", optional),
    (street_name, "streetName", optional),
    (street_type, "streetType", optional),
    (town, "town", optional),
);
rt::object::builder!(
    ApplicationUpdateCountrySpecificAddress,
    (set unit_number, with_unit_number, String, optional),
    (set floor_number, with_floor_number, String, optional),
    (set block_number, with_block_number, String, optional),
    (set building_name, with_building_name, String, optional),
    (set estate_name, with_estate_name, String, optional),
    (set street_number, with_street_number, String, optional),
    (set street_name, with_street_name, String, optional),
    (set street_type, with_street_type, String, optional),
    (set town, with_town, String, optional),
);
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateCountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    pub bumiputra_indicator: Option<bool>,
    /// True if the applicant needs special provisions (for example braille statements).
    pub disability_indicator: Option<bool>,
    /// UnionPay card number to link to the product.
    pub union_pay_card_number: Option<String>,
    /// Tax file number (Australia).
    pub tax_file_number: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateCountrySpecificGroup, always, full_serde,
    (bumiputra_indicator, "bumiputraIndicator", optional),
    (disability_indicator, "disabilityIndicator", optional),
    (union_pay_card_number, "unionPayCardNumber", optional),
    (tax_file_number, "taxFileNumber", optional),
);
rt::object::builder!(
    ApplicationUpdateCountrySpecificGroup,
    (set bumiputra_indicator, with_bumiputra_indicator, bool, optional),
    (set disability_indicator, with_disability_indicator, bool, optional),
    (set union_pay_card_number, with_union_pay_card_number, String, optional),
    (set tax_file_number, with_tax_file_number, String, optional),
);
/// A credit-card product applied for. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateCreditCardProduct {
    /// Code of the product.
    pub product_code: Option<String>,
    /// Promotion or channel source code.
    pub source_code: Option<String>,
    /// Code of the card-issuing organisation.
    pub organization: Option<String>,
    /// Code of the card design.
    pub logo: Option<String>,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
    /// Balance transfer details.
    pub balance_transfer_details: Option<Vec<ApplicationUpdateBalanceTransferDetails>>,
}
rt::object::serde_impls!(
    ApplicationUpdateCreditCardProduct, always, full_serde,
    (product_code, "productCode", optional),
    (source_code, "sourceCode", optional),
    (organization, "organization", optional),
    (logo, "logo", optional),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
    (balance_transfer_details, "balanceTransferDetails", optional),
);
rt::object::builder!(
    ApplicationUpdateCreditCardProduct,
    (set product_code, with_product_code, String, optional),
    (set source_code, with_source_code, String, optional),
    (set organization, with_organization, String, optional),
    (set logo, with_logo, String, optional),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set emboss_name, with_emboss_name, String, optional),
    (set billing_address, with_billing_address, String, optional),
    (set card_delivery_address, with_card_delivery_address, String, optional),
    (set pin_delivery_address, with_pin_delivery_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set credit_limit_increase_indicator, with_credit_limit_increase_indicator, bool, optional),
    (set balance_transfer_details, with_balance_transfer_details, Vec<ApplicationUpdateBalanceTransferDetails>, optional),
);
/// The applicant's demographic details. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateDemographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: Option<String>,
    /// Date of birth.
    pub date_of_birth: Option<String>,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: Option<String>,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub domicile_country_code: Option<String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub permanent_residency_country_code: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residency_status: Option<String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    pub residence_type: Option<String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub tax_domicile_country_code: Option<String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub spoken_language_code: Option<String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub correspondence_language_code: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateDemographics, always, full_serde,
    (gender, "gender", optional),
    (date_of_birth, "dateOfBirth", optional),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", optional),
    (domicile_country_code, "domicileCountryCode", optional),
    (permanent_residency_country_code, "permanentResidencyCountryCode", optional),
    (marital_status, "maritalStatus", optional),
    (residency_status, "residencyStatus", optional),
    (residence_type, "residenceType", optional),
    (tax_domicile_country_code, "taxDomicileCountryCode", optional),
    (spoken_language_code, "spokenLanguageCode", optional),
    (correspondence_language_code, "correspondenceLanguageCode", optional),
);
rt::object::builder!(
    ApplicationUpdateDemographics,
    (set gender, with_gender, String, optional),
    (set date_of_birth, with_date_of_birth, String, optional),
    (set place_of_birth, with_place_of_birth, String, optional),
    (set country_of_birth, with_country_of_birth, String, optional),
    (set nationality, with_nationality, String, optional),
    (set domicile_country_code, with_domicile_country_code, String, optional),
    (set permanent_residency_country_code, with_permanent_residency_country_code, String, optional),
    (set marital_status, with_marital_status, String, optional),
    (set residency_status, with_residency_status, String, optional),
    (set residence_type, with_residence_type, String, optional),
    (set tax_domicile_country_code, with_tax_domicile_country_code, String, optional),
    (set spoken_language_code, with_spoken_language_code, String, optional),
    (set correspondence_language_code, with_correspondence_language_code, String, optional),
);
/// The applicant's education. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateEducation {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    pub highest_education_level: Option<String>,
    /// Year of graduation.
    pub year_of_graduation: Option<String>,
    /// Student identifier.
    pub student_id: Option<String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    pub university: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateEducation, always, full_serde,
    (highest_education_level, "highestEducationLevel", optional),
    (year_of_graduation, "yearOfGraduation", optional),
    (student_id, "studentId", optional),
    (university, "university", optional),
);
rt::object::builder!(
    ApplicationUpdateEducation,
    (set highest_education_level, with_highest_education_level, String, optional),
    (set year_of_graduation, with_year_of_graduation, String, optional),
    (set student_id, with_student_id, String, optional),
    (set university, with_university, String, optional),
);
/// An e-mail address of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdateEmail {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// True for the preferred e-mail address.
    pub is_preferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateEmail, always, full_serde,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_preferred_email_address, "isPreferredEmailAddress", optional),
);
rt::object::builder!(
    ApplicationUpdateEmail,
    (new email_address, String, required),
    (set ok_to_email, with_ok_to_email, bool, optional),
    (set is_preferred_email_address, with_is_preferred_email_address, bool, optional),
);
/// One employment of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateEmploymentDetails {
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    pub industry_code: Option<String>,
    /// Years in this employment.
    pub employment_duration_in_years: Option<i64>,
    /// Months in this employment.
    pub employment_duration_in_months: Option<i64>,
    /// Employment status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `employmentStatus`).
    pub employment_status: Option<String>,
    /// Months in the previous employment.
    pub months_in_previous_employment: Option<i64>,
    /// Years in the previous employment.
    pub years_in_previous_employment: Option<i64>,
    /// Name of the accountant.
    pub accountant_name: Option<String>,
    /// Name of the accountant's firm.
    pub accountant_firm_name: Option<String>,
    /// Years in the industry.
    pub years_in_industry: Option<i64>,
    /// Months in the industry.
    pub months_in_industry: Option<i64>,
}
rt::object::serde_impls!(
    ApplicationUpdateEmploymentDetails, always, full_serde,
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (industry_code, "industryCode", optional),
    (employment_duration_in_years, "employmentDurationInYears", optional),
    (employment_duration_in_months, "employmentDurationInMonths", optional),
    (employment_status, "employmentStatus", optional),
    (months_in_previous_employment, "monthsInPreviousEmployment", optional),
    (years_in_previous_employment, "yearsInPreviousEmployment", optional),
    (accountant_name, "accountantName", optional),
    (accountant_firm_name, "accountantFirmName", optional),
    (years_in_industry, "yearsInIndustry", optional),
    (months_in_industry, "monthsInIndustry", optional),
);
rt::object::builder!(
    ApplicationUpdateEmploymentDetails,
    (set employer_name, with_employer_name, String, optional),
    (set job_title, with_job_title, String, optional),
    (set occupation_code, with_occupation_code, String, optional),
    (set industry_code, with_industry_code, String, optional),
    (set employment_duration_in_years, with_employment_duration_in_years, i64, optional),
    (set employment_duration_in_months, with_employment_duration_in_months, i64, optional),
    (set employment_status, with_employment_status, String, optional),
    (set months_in_previous_employment, with_months_in_previous_employment, i64, optional),
    (set years_in_previous_employment, with_years_in_previous_employment, i64, optional),
    (set accountant_name, with_accountant_name, String, optional),
    (set accountant_firm_name, with_accountant_firm_name, String, optional),
    (set years_in_industry, with_years_in_industry, i64, optional),
    (set months_in_industry, with_months_in_industry, i64, optional),
);
/// One existing loan of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateExistingLoanDetails {
    /// Kind of loan. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `loanType`).
    pub loan_type: Option<String>,
    /// Kind of another debt obligation.
    pub other_debt_obligation_type: Option<String>,
    /// Monthly instalment.
    pub monthly_installment_amount: Option<::rust_decimal::Decimal>,
    /// Outstanding balance.
    pub outstanding_balance_amount: Option<::rust_decimal::Decimal>,
    /// Debt ownership. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `debtOwnership`).
    pub debt_ownership: Option<String>,
    /// Name of the lender.
    pub lender_name: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateExistingLoanDetails, always, full_serde,
    (loan_type, "loanType", optional),
    (other_debt_obligation_type, "otherDebtObligationType", optional),
    (monthly_installment_amount, "monthlyInstallmentAmount", optional, number),
    (outstanding_balance_amount, "outstandingBalanceAmount", optional, number),
    (debt_ownership, "debtOwnership", optional),
    (lender_name, "lenderName", optional),
);
rt::object::builder!(
    ApplicationUpdateExistingLoanDetails,
    (set loan_type, with_loan_type, String, optional),
    (set other_debt_obligation_type, with_other_debt_obligation_type, String, optional),
    (set monthly_installment_amount, with_monthly_installment_amount, ::rust_decimal::Decimal, optional),
    (set outstanding_balance_amount, with_outstanding_balance_amount, ::rust_decimal::Decimal, optional),
    (set debt_ownership, with_debt_ownership, String, optional),
    (set lender_name, with_lender_name, String, optional),
);
/// One expense of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateExpenseDetails {
    /// Kind of expense. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `expenseType`).
    pub expense_type: Option<String>,
    /// Amount of the expense.
    pub expense_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateExpenseDetails, always, full_serde,
    (expense_type, "expenseType", optional),
    (expense_amount, "expenseAmount", optional, number),
    (frequency, "frequency", optional),
);
rt::object::builder!(
    ApplicationUpdateExpenseDetails,
    (set expense_type, with_expense_type, String, optional),
    (set expense_amount, with_expense_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
);
/// The applicant's income, expenses and existing loans. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateFinancialInformation {
    /// True if the applicant foresees changes to their finances.
    pub has_foreseeable_financial_changes: Option<bool>,
    /// True if the applicant has debt obligations outside banks.
    pub non_bank_debt_obligation_flag: Option<bool>,
    /// The applicant's expenses.
    pub expense_details: Option<Vec<ApplicationUpdateExpenseDetails>>,
    /// The applicant's incomes.
    pub income_details: Option<Vec<ApplicationUpdateIncomeDetails>>,
    /// The applicant's existing loans.
    pub existing_loan_details: Option<Vec<ApplicationUpdateExistingLoanDetails>>,
}
rt::object::serde_impls!(
    ApplicationUpdateFinancialInformation, always, full_serde,
    (has_foreseeable_financial_changes, "hasForeseeableFinancialChanges", optional),
    (non_bank_debt_obligation_flag, "nonBankDebtObligationFlag", optional),
    (expense_details, "expenseDetails", optional),
    (income_details, "incomeDetails", optional),
    (existing_loan_details, "existingLoanDetails", optional),
);
rt::object::builder!(
    ApplicationUpdateFinancialInformation,
    (set has_foreseeable_financial_changes, with_has_foreseeable_financial_changes, bool, optional),
    (set non_bank_debt_obligation_flag, with_non_bank_debt_obligation_flag, bool, optional),
    (set expense_details, with_expense_details, Vec<ApplicationUpdateExpenseDetails>, optional),
    (set income_details, with_income_details, Vec<ApplicationUpdateIncomeDetails>, optional),
    (set existing_loan_details, with_existing_loan_details, Vec<ApplicationUpdateExistingLoanDetails>, optional),
);
/// One identity document of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateIdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// State of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressState`).
    pub id_issue_state: Option<String>,
    /// Country of issue. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub id_issue_country: Option<String>,
    /// True for the primary identity document.
    pub is_primary_id: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateIdentificationDocumentDetails, always, full_serde,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issue_state, "idIssueState", optional),
    (id_issue_country, "idIssueCountry", optional),
    (is_primary_id, "isPrimaryId", optional),
);
rt::object::builder!(
    ApplicationUpdateIdentificationDocumentDetails,
    (set id_type, with_id_type, String, optional),
    (set id_number, with_id_number, String, optional),
    (set id_expiry_date, with_id_expiry_date, ::chrono::NaiveDate, optional),
    (set id_issue_date, with_id_issue_date, ::chrono::NaiveDate, optional),
    (set id_issue_place, with_id_issue_place, String, optional),
    (set id_issue_state, with_id_issue_state, String, optional),
    (set id_issue_country, with_id_issue_country, String, optional),
    (set is_primary_id, with_is_primary_id, bool, optional),
);
/// One income of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateIncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
    /// Description of another kind of income.
    pub other_income_description: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateIncomeDetails, always, full_serde,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (frequency, "frequency", optional),
    (other_income_description, "otherIncomeDescription", optional),
);
rt::object::builder!(
    ApplicationUpdateIncomeDetails,
    (set income_type, with_income_type, String, optional),
    (set fixed_amount, with_fixed_amount, ::rust_decimal::Decimal, optional),
    (set variable_amount, with_variable_amount, ::rust_decimal::Decimal, optional),
    (set frequency, with_frequency, String, optional),
    (set other_income_description, with_other_income_description, String, optional),
);
/// Know-your-customer information (public figures, FATCA). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateKycInformation {
    /// True if the applicant declares being a public figure.
    pub self_public_figure_declaration_flag: Option<bool>,
    /// Status of the public office.
    pub public_figure_office_status: Option<String>,
    /// Details of the public office.
    pub public_figure_office_details: Option<String>,
    /// Start date of the public office.
    pub public_figure_office_start_date: Option<::chrono::NaiveDate>,
    /// End date of the public office.
    pub public_figure_office_end_date: Option<::chrono::NaiveDate>,
    /// True if the applicant is related to a senior public figure.
    pub is_related_to_senior_public_figure: Option<bool>,
    /// Name of the related senior public figure.
    pub related_senior_public_figure_name: Option<String>,
    /// Country of government of the related senior public figure.
    pub related_spf_country_of_government: Option<String>,
    /// Department of the related senior public figure.
    pub related_senior_public_figure_department: Option<String>,
    /// Relationship with the senior public figure.
    pub relationship_with_senior_public_figure: Option<String>,
    /// Last name of the related senior public figure.
    pub related_senior_public_figure_last_name: Option<String>,
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    pub us_tax_status: Option<String>,
    /// US tax identifier.
    pub us_tax_id: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateKycInformation, always, full_serde,
    (self_public_figure_declaration_flag, "selfPublicFigureDeclarationFlag", optional),
    (public_figure_office_status, "publicFigureOfficeStatus", optional),
    (public_figure_office_details, "publicFigureOfficeDetails", optional),
    (public_figure_office_start_date, "publicFigureOfficeStartDate", optional),
    (public_figure_office_end_date, "publicFigureOfficeEndDate", optional),
    (is_related_to_senior_public_figure, "isRelatedToSeniorPublicFigure", optional),
    (related_senior_public_figure_name, "relatedSeniorPublicFigureName", optional),
    (related_spf_country_of_government, "relatedSpfCountryOfGovernment", optional),
    (related_senior_public_figure_department, "relatedSeniorPublicFigureDepartment", optional),
    (relationship_with_senior_public_figure, "relationshipWithSeniorPublicFigure", optional),
    (related_senior_public_figure_last_name, "relatedSeniorPublicFigureLastName", optional),
    (us_tax_status, "usTaxStatus", optional),
    (us_tax_id, "usTaxId", optional),
);
rt::object::builder!(
    ApplicationUpdateKycInformation,
    (set self_public_figure_declaration_flag, with_self_public_figure_declaration_flag, bool, optional),
    (set public_figure_office_status, with_public_figure_office_status, String, optional),
    (set public_figure_office_details, with_public_figure_office_details, String, optional),
    (set public_figure_office_start_date, with_public_figure_office_start_date, ::chrono::NaiveDate, optional),
    (set public_figure_office_end_date, with_public_figure_office_end_date, ::chrono::NaiveDate, optional),
    (set is_related_to_senior_public_figure, with_is_related_to_senior_public_figure, bool, optional),
    (set related_senior_public_figure_name, with_related_senior_public_figure_name, String, optional),
    (set related_spf_country_of_government, with_related_spf_country_of_government, String, optional),
    (set related_senior_public_figure_department, with_related_senior_public_figure_department, String, optional),
    (set relationship_with_senior_public_figure, with_relationship_with_senior_public_figure, String, optional),
    (set related_senior_public_figure_last_name, with_related_senior_public_figure_last_name, String, optional),
    (set us_tax_status, with_us_tax_status, String, optional),
    (set us_tax_id, with_us_tax_id, String, optional),
);
/// The applicant's marketing consent. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateMarketingConsent {
    /// True to opt out of sharing personal data with others.
    pub personal_data_opt_out_others_flag: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdateMarketingConsent, always, full_serde,
    (personal_data_opt_out_others_flag, "personalDataOptOutOthersFlag", optional),
);
rt::object::builder!(
    ApplicationUpdateMarketingConsent,
    (set personal_data_opt_out_others_flag, with_personal_data_opt_out_others_flag, bool, optional),
);
/// The applicant's name. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdateName {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: Option<String>,
    /// Given name in English (Latin) script.
    pub local_english_given_name: Option<String>,
    /// Surname in English (Latin) script.
    pub local_english_surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
    /// Full name.
    pub full_name: Option<String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    pub salute_by: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateName, always, full_serde,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", optional),
    (local_english_given_name, "localEnglishGivenName", optional),
    (local_english_surname, "localEnglishSurname", optional),
    (alias_name, "aliasName", optional),
    (full_name, "fullName", optional),
    (salute_by, "saluteBy", optional),
);
rt::object::builder!(
    ApplicationUpdateName,
    (new given_name, String, required),
    (set salutation, with_salutation, String, optional),
    (set middle_name, with_middle_name, String, optional),
    (set surname, with_surname, String, optional),
    (set local_english_given_name, with_local_english_given_name, String, optional),
    (set local_english_surname, with_local_english_surname, String, optional),
    (set alias_name, with_alias_name, String, optional),
    (set full_name, with_full_name, String, optional),
    (set salute_by, with_salute_by, String, optional),
);
/// Result of scanning the applicant's identity document (OCR). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateOcr {
    /// Reference number of the OCR scan.
    pub ocr_reference_number: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateOcr, always, full_serde,
    (ocr_reference_number, "ocrReferenceNumber", optional),
);
rt::object::builder!(
    ApplicationUpdateOcr,
    (set ocr_reference_number, with_ocr_reference_number, String, optional),
);
/// The applicant's identity at a partner of Citi. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdatePartnerCustomerDetails {
    /// Partner's internal customer identifier.
    pub partner_customer_internal_id: Option<String>,
    /// Partner's customer identifier.
    pub partner_customer_id: Option<String>,
    /// Customer segment at the partner. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `partnerCustomerSegment`).
    pub partner_customer_segment: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdatePartnerCustomerDetails, always, full_serde,
    (partner_customer_internal_id, "partnerCustomerInternalId", optional),
    (partner_customer_id, "partnerCustomerId", optional),
    (partner_customer_segment, "partnerCustomerSegment", optional),
);
rt::object::builder!(
    ApplicationUpdatePartnerCustomerDetails,
    (set partner_customer_internal_id, with_partner_customer_internal_id, String, optional),
    (set partner_customer_id, with_partner_customer_id, String, optional),
    (set partner_customer_segment, with_partner_customer_segment, String, optional),
);
/// A phone number of the applicant. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdatePhone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: String,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    ApplicationUpdatePhone, always, full_serde,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", required),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
rt::object::builder!(
    ApplicationUpdatePhone,
    (new phone_type, String, required),
    (new phone_country_code, String, required),
    (new phone_number, String, required),
    (set area_code, with_area_code, String, optional),
    (set extension, with_extension, String, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
    (set ok_to_call, with_ok_to_call, bool, optional),
);
/// The applicant's primary bank. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdatePrimaryBankDetails {
    /// Bank name. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `bankName`).
    pub bank_name: Option<String>,
    /// Account type. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `accountType`).
    pub account_type: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdatePrimaryBankDetails, always, full_serde,
    (bank_name, "bankName", optional),
    (account_type, "accountType", optional),
);
rt::object::builder!(
    ApplicationUpdatePrimaryBankDetails,
    (set bank_name, with_bank_name, String, optional),
    (set account_type, with_account_type, String, optional),
);
/// Changes to the product of a saved application (same shape as ApplicationAddProduct, all optional; nested parts are the ApplicationAdd* models).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateProduct {
    pub credit_card_product: Option<ApplicationUpdateCreditCardProduct>,
    pub ready_credit_product: Option<ApplicationUpdateReadyCreditProduct>,
    pub unsecured_loan_product: Option<ApplicationUpdateUnsecuredLoanProduct>,
}
rt::object::serde_impls!(
    ApplicationUpdateProduct, always, full_serde,
    (credit_card_product, "creditCardProduct", optional),
    (ready_credit_product, "readyCreditProduct", optional),
    (unsecured_loan_product, "unsecuredLoanProduct", optional),
);
rt::object::builder!(
    ApplicationUpdateProduct,
    (set credit_card_product, with_credit_card_product, ApplicationUpdateCreditCardProduct, optional),
    (set ready_credit_product, with_ready_credit_product, ApplicationUpdateReadyCreditProduct, optional),
    (set unsecured_loan_product, with_unsecured_loan_product, ApplicationUpdateUnsecuredLoanProduct, optional),
);
/// A ready-credit (credit line) product applied for: the credit-card product fields plus ATM and cheque-book flags. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateReadyCreditProduct {
    /// Code of the product.
    pub product_code: Option<String>,
    /// Promotion or channel source code.
    pub source_code: Option<String>,
    /// Code of the card-issuing organisation.
    pub organization: Option<String>,
    /// Code of the card design.
    pub logo: Option<String>,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
    /// True if an ATM card is required.
    pub atm_required_flag: Option<bool>,
    /// True if a cheque book is required.
    pub cheque_book_required_flag: Option<bool>,
    /// Balance transfer details.
    pub balance_transfer_details: Option<Vec<ApplicationUpdateBalanceTransferDetails>>,
}
rt::object::serde_impls!(
    ApplicationUpdateReadyCreditProduct, always, full_serde,
    (product_code, "productCode", optional),
    (source_code, "sourceCode", optional),
    (organization, "organization", optional),
    (logo, "logo", optional),
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (gift_code, "giftCode", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
    (atm_required_flag, "atmRequiredFlag", optional),
    (cheque_book_required_flag, "chequeBookRequiredFlag", optional),
    (balance_transfer_details, "balanceTransferDetails", optional),
);
rt::object::builder!(
    ApplicationUpdateReadyCreditProduct,
    (set product_code, with_product_code, String, optional),
    (set source_code, with_source_code, String, optional),
    (set organization, with_organization, String, optional),
    (set logo, with_logo, String, optional),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set emboss_name, with_emboss_name, String, optional),
    (set billing_address, with_billing_address, String, optional),
    (set card_delivery_address, with_card_delivery_address, String, optional),
    (set pin_delivery_address, with_pin_delivery_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set credit_limit_increase_indicator, with_credit_limit_increase_indicator, bool, optional),
    (set atm_required_flag, with_atm_required_flag, bool, optional),
    (set cheque_book_required_flag, with_cheque_book_required_flag, bool, optional),
    (set balance_transfer_details, with_balance_transfer_details, Vec<ApplicationUpdateBalanceTransferDetails>, optional),
);
/// Changes to a saved application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdateRequest {
    pub product: Option<ApplicationUpdateProduct>,
    pub applicant: Option<ApplicationUpdateApplicant>,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    ApplicationUpdateRequest, always, full_serde,
    (product, "product", optional),
    (applicant, "applicant", optional),
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    ApplicationUpdateRequest,
    (new control_flow_id, String, required),
    (set product, with_product, ApplicationUpdateProduct, optional),
    (set applicant, with_applicant, ApplicationUpdateApplicant, optional),
);
/// Result of updating an application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ApplicationUpdateResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: String,
}
rt::object::serde_impls!(
    ApplicationUpdateResponse, full_serde, always,
    (application_stage, "applicationStage", required),
);
/// The applicant's declarations about existing credit. In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateSelfDeclaration {
    /// Total limit of the applicant's active credit cards.
    pub total_active_credit_card_limit_amount: Option<::rust_decimal::Decimal>,
    /// Anticipated decrease of income.
    pub anticipated_income_decrease_code: Option<String>,
    /// True if the applicant has taken loans.
    pub loan_taken_indicator: Option<bool>,
    /// Monthly repayment for all external loans.
    pub monthly_repayment_for_all_ext_loans: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    ApplicationUpdateSelfDeclaration, always, full_serde,
    (total_active_credit_card_limit_amount, "totalActiveCreditCardLimitAmount", optional, number),
    (anticipated_income_decrease_code, "anticipatedIncomeDecreaseCode", optional),
    (loan_taken_indicator, "loanTakenIndicator", optional),
    (monthly_repayment_for_all_ext_loans, "monthlyRepaymentForAllExtLoans", optional, number),
);
rt::object::builder!(
    ApplicationUpdateSelfDeclaration,
    (set total_active_credit_card_limit_amount, with_total_active_credit_card_limit_amount, ::rust_decimal::Decimal, optional),
    (set anticipated_income_decrease_code, with_anticipated_income_decrease_code, String, optional),
    (set loan_taken_indicator, with_loan_taken_indicator, bool, optional),
    (set monthly_repayment_for_all_ext_loans, with_monthly_repayment_for_all_ext_loans, ::rust_decimal::Decimal, optional),
);
/// An unsecured-loan product applied for (loan-only; unlikely in the Poland credit-card flow). In an update of the application; send only what changes.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ApplicationUpdateUnsecuredLoanProduct {
    /// Code of the product.
    pub product_code: Option<String>,
    /// Promotion or channel source code.
    pub source_code: Option<String>,
    /// Code of the card-issuing organisation.
    pub organization: Option<String>,
    /// Code of the card design.
    pub logo: Option<String>,
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Code of the welcome gift.
    pub gift_code: Option<String>,
    /// Loan amount requested.
    pub requested_loan_amount: Option<::rust_decimal::Decimal>,
    /// Tenor. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `tenor`).
    pub tenor: Option<String>,
}
rt::object::serde_impls!(
    ApplicationUpdateUnsecuredLoanProduct, always, full_serde,
    (product_code, "productCode", optional),
    (source_code, "sourceCode", optional),
    (organization, "organization", optional),
    (logo, "logo", optional),
    (request_credit_shield, "requestCreditShield", optional),
    (billing_address, "billingAddress", optional),
    (gift_code, "giftCode", optional),
    (requested_loan_amount, "requestedLoanAmount", optional, number),
    (tenor, "tenor", optional),
);
rt::object::builder!(
    ApplicationUpdateUnsecuredLoanProduct,
    (set product_code, with_product_code, String, optional),
    (set source_code, with_source_code, String, optional),
    (set organization, with_organization, String, optional),
    (set logo, with_logo, String, optional),
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set billing_address, with_billing_address, String, optional),
    (set gift_code, with_gift_code, String, optional),
    (set requested_loan_amount, with_requested_loan_amount, ::rust_decimal::Decimal, optional),
    (set tenor, with_tenor, String, optional),
);
/// Request to screen the applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct BackgroundScreeningRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    BackgroundScreeningRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    BackgroundScreeningRequest,
    (new control_flow_id, String, required),
);
/// Result of the background screening.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct BackgroundScreeningResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: Option<String>,
}
rt::object::serde_impls!(
    BackgroundScreeningResponse, full_serde, always,
    (application_stage, "applicationStage", optional),
);
/// How the applicant wants to be contacted. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ContactPreference {
    /// Whether the prospect wants SMS advices (sic: the portal spells the field `sendSmsAdviceFag`).
    pub send_sms_advice_fag: Option<bool>,
    /// Which of the applicant's addresses is used for mail (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub preferred_mailing_address: Option<String>,
}
rt::object::serde_impls!(
    ContactPreference, always, full_serde,
    (send_sms_advice_fag, "sendSmsAdviceFag", optional),
    (preferred_mailing_address, "preferredMailingAddress", optional),
);
rt::object::builder!(
    ContactPreference,
    (set send_sms_advice_fag, with_send_sms_advice_fag, bool, optional),
    (set preferred_mailing_address, with_preferred_mailing_address, String, optional),
);
/// A product offered instead of the requested one.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CounterOffer {
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<Vec<CreditSpecificRecommendations>>,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<Vec<LoanSpecificRecommendations>>,
    /// Code of the offered product.
    pub offer_product_code: Option<String>,
    /// Issuing organisation of the offered product.
    pub offer_product_organisation: Option<String>,
    /// Source code of the offered product.
    pub offer_source_code: Option<String>,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<RequiredDocuments>>,
}
rt::object::serde_impls!(
    CounterOffer, full_serde, always,
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (offer_product_code, "offerProductCode", optional),
    (offer_product_organisation, "offerProductOrganisation", optional),
    (offer_source_code, "offerSourceCode", optional),
    (required_documents, "requiredDocuments", optional),
);
/// APAC-only country-specific details. Field types taken from the Australia-Onboarding SDK documentation the catalog cites. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CountrySpecificGroup {
    /// Bumiputra indicator (Malaysia).
    pub bumiputra_indicator: Option<bool>,
    /// Ethnic group.
    pub ethnic_group: Option<String>,
    /// True if the applicant needs special provisions (for example braille statements).
    pub disability_indicator: Option<bool>,
    /// UnionPay card number to link to the product.
    pub union_pay_card_number: Option<String>,
    /// Tax file number (Australia).
    pub tax_file_number: Option<String>,
}
rt::object::serde_impls!(
    CountrySpecificGroup, always, full_serde,
    (bumiputra_indicator, "bumiputraIndicator", optional),
    (ethnic_group, "ethnicGroup", optional),
    (disability_indicator, "disabilityIndicator", optional),
    (union_pay_card_number, "unionPayCardNumber", optional),
    (tax_file_number, "taxFileNumber", optional),
);
rt::object::builder!(
    CountrySpecificGroup,
    (set bumiputra_indicator, with_bumiputra_indicator, bool, optional),
    (set ethnic_group, with_ethnic_group, String, optional),
    (set disability_indicator, with_disability_indicator, bool, optional),
    (set union_pay_card_number, with_union_pay_card_number, String, optional),
    (set tax_file_number, with_tax_file_number, String, optional),
);
/// Credit terms offered.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditSpecificRecommendations {
    /// Credit limit offered.
    pub recommended_credit_limit: Option<::rust_decimal::Decimal>,
    /// Maximum balance-transfer loan percentage.
    pub bt_maximum_loan_percentage: Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of a balance transfer.
    pub bt_monthly_interest_rate: Option<::rust_decimal::Decimal>,
    /// Maximum equal-payment-plan loan percentage.
    pub epp_maximum_loan_percentage: Option<::rust_decimal::Decimal>,
    /// Monthly interest rate of an equal payment plan.
    pub epp_monthly_interest_rate: Option<::rust_decimal::Decimal>,
    /// Balance-transfer campaign identifier.
    pub bt_campaign_id: Option<String>,
    /// Equal-payment-plan promotion identifier.
    pub epp_promo_id: Option<String>,
}
rt::object::serde_impls!(
    CreditSpecificRecommendations, full_serde, always,
    (recommended_credit_limit, "recommendedCreditLimit", optional, number),
    (bt_maximum_loan_percentage, "btMaximumLoanPercentage", optional, number),
    (bt_monthly_interest_rate, "btMonthlyInterestRate", optional, number),
    (epp_maximum_loan_percentage, "eppMaximumLoanPercentage", optional, number),
    (epp_monthly_interest_rate, "eppMonthlyInterestRate", optional, number),
    (bt_campaign_id, "btCampaignId", optional),
    (epp_promo_id, "eppPromoId", optional),
);
/// The applicant's selections for a credit product.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CreditSpecificSelection {
    /// True to enrol in balance insurance (credit shield).
    pub request_credit_shield: Option<bool>,
    /// Name embossed on the card.
    pub emboss_name: Option<String>,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
    /// Which of the applicant's addresses the card is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub card_delivery_address: Option<String>,
    /// Which of the applicant's addresses the PIN is delivered to (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub pin_delivery_address: Option<String>,
    /// Credit limit requested.
    pub requested_credit_limit: Option<::rust_decimal::Decimal>,
    /// True if the offered credit limit is accepted.
    pub offered_credit_limit_accepted_flag: Option<bool>,
    /// True if an ATM card is required.
    pub atm_required_flag: Option<bool>,
    /// True if a cheque book is required.
    pub cheque_book_required_flag: Option<bool>,
    /// Credit limit increase indicator.
    pub credit_limit_increase_indicator: Option<bool>,
}
rt::object::serde_impls!(
    CreditSpecificSelection, always, full_serde,
    (request_credit_shield, "requestCreditShield", optional),
    (emboss_name, "embossName", optional),
    (billing_address, "billingAddress", optional),
    (card_delivery_address, "cardDeliveryAddress", optional),
    (pin_delivery_address, "pinDeliveryAddress", optional),
    (requested_credit_limit, "requestedCreditLimit", optional, number),
    (offered_credit_limit_accepted_flag, "offeredCreditLimitAcceptedFlag", optional),
    (atm_required_flag, "atmRequiredFlag", optional),
    (cheque_book_required_flag, "chequeBookRequiredFlag", optional),
    (credit_limit_increase_indicator, "creditLimitIncreaseIndicator", optional),
);
rt::object::builder!(
    CreditSpecificSelection,
    (set request_credit_shield, with_request_credit_shield, bool, optional),
    (set emboss_name, with_emboss_name, String, optional),
    (set billing_address, with_billing_address, String, optional),
    (set card_delivery_address, with_card_delivery_address, String, optional),
    (set pin_delivery_address, with_pin_delivery_address, String, optional),
    (set requested_credit_limit, with_requested_credit_limit, ::rust_decimal::Decimal, optional),
    (set offered_credit_limit_accepted_flag, with_offered_credit_limit_accepted_flag, bool, optional),
    (set atm_required_flag, with_atm_required_flag, bool, optional),
    (set cheque_book_required_flag, with_cheque_book_required_flag, bool, optional),
    (set credit_limit_increase_indicator, with_credit_limit_increase_indicator, bool, optional),
);
/// A further product offered.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct CrossSellOffer {
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<Vec<CreditSpecificRecommendations>>,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<Vec<LoanSpecificRecommendations>>,
    /// Code of the offered product.
    pub offer_product_code: Option<String>,
    /// Issuing organisation of the offered product.
    pub offer_product_organisation: Option<String>,
    /// Source code of the offered product.
    pub offer_source_code: Option<String>,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<RequiredDocuments>>,
}
rt::object::serde_impls!(
    CrossSellOffer, full_serde, always,
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (offer_product_code, "offerProductCode", optional),
    (offer_product_organisation, "offerProductOrganisation", optional),
    (offer_source_code, "offerSourceCode", optional),
    (required_documents, "requiredDocuments", optional),
);
/// The applicant's demographic details. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Demographics {
    /// Gender. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `gender`).
    pub gender: String,
    /// Date of birth.
    pub date_of_birth: ::chrono::NaiveDate,
    /// Place of birth.
    pub place_of_birth: Option<String>,
    /// Country of birth. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub country_of_birth: Option<String>,
    /// Nationality. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub nationality: String,
    /// Country of domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub domicile_country_code: Option<String>,
    /// Country of permanent residency. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub permanent_residency_country_code: Option<String>,
    /// Marital status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `maritalStatus`).
    pub marital_status: Option<String>,
    /// Residency status. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceStatus`).
    pub residency_status: Option<String>,
    /// Type of residence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `residenceType`).
    pub residence_type: Option<String>,
    /// Country of tax domicile. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `country`).
    pub tax_domicile_country_code: Option<String>,
    /// Spoken language. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub spoken_language_code: Option<String>,
    /// Language of correspondence. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `spokenLanguageCode`).
    pub correspondence_language_code: Option<String>,
}
rt::object::serde_impls!(
    Demographics, always, full_serde,
    (gender, "gender", required),
    (date_of_birth, "dateOfBirth", required),
    (place_of_birth, "placeOfBirth", optional),
    (country_of_birth, "countryOfBirth", optional),
    (nationality, "nationality", required),
    (domicile_country_code, "domicileCountryCode", optional),
    (permanent_residency_country_code, "permanentResidencyCountryCode", optional),
    (marital_status, "maritalStatus", optional),
    (residency_status, "residencyStatus", optional),
    (residence_type, "residenceType", optional),
    (tax_domicile_country_code, "taxDomicileCountryCode", optional),
    (spoken_language_code, "spokenLanguageCode", optional),
    (correspondence_language_code, "correspondenceLanguageCode", optional),
);
rt::object::builder!(
    Demographics,
    (new gender, String, required),
    (new date_of_birth, ::chrono::NaiveDate, required),
    (new nationality, String, required),
    (set place_of_birth, with_place_of_birth, String, optional),
    (set country_of_birth, with_country_of_birth, String, optional),
    (set domicile_country_code, with_domicile_country_code, String, optional),
    (set permanent_residency_country_code, with_permanent_residency_country_code, String, optional),
    (set marital_status, with_marital_status, String, optional),
    (set residency_status, with_residency_status, String, optional),
    (set residence_type, with_residence_type, String, optional),
    (set tax_domicile_country_code, with_tax_domicile_country_code, String, optional),
    (set spoken_language_code, with_spoken_language_code, String, optional),
    (set correspondence_language_code, with_correspondence_language_code, String, optional),
);
/// A document and what it proves.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct DocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    pub document_id_type: String,
    /// File format of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentFormat`).
    pub document_format: String,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    pub proof_type: String,
    /// Which applicant the document belongs to. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: Option<String>,
    /// Identifier of the applicant the document belongs to.
    pub applicant_id: Option<String>,
    /// The document file, base64-encoded.
    pub binary_data: String,
}
rt::object::serde_impls!(
    DocumentDetails, always, full_serde,
    (document_id_type, "documentIdType", required),
    (document_format, "documentFormat", required),
    (proof_type, "proofType", required),
    (applicant_type, "applicantType", optional),
    (applicant_id, "applicantId", optional),
    (binary_data, "binaryData", required),
);
rt::object::builder!(
    DocumentDetails,
    (new document_id_type, String, required),
    (new document_format, String, required),
    (new proof_type, String, required),
    (new binary_data, String, required),
    (set applicant_type, with_applicant_type, String, optional),
    (set applicant_id, with_applicant_id, String, optional),
);
/// The applicant's education. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Education {
    /// Highest level of education. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `highestEducationLevel`).
    pub highest_education_level: Option<String>,
    /// Year of graduation.
    pub year_of_graduation: Option<String>,
    /// Student identifier.
    pub student_id: Option<String>,
    /// University. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `universityCode`).
    pub university: Option<String>,
}
rt::object::serde_impls!(
    Education, always, full_serde,
    (highest_education_level, "highestEducationLevel", optional),
    (year_of_graduation, "yearOfGraduation", optional),
    (student_id, "studentId", optional),
    (university, "university", optional),
);
rt::object::builder!(
    Education,
    (set highest_education_level, with_highest_education_level, String, optional),
    (set year_of_graduation, with_year_of_graduation, String, optional),
    (set student_id, with_student_id, String, optional),
    (set university, with_university, String, optional),
);
/// An e-mail address of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Email {
    /// The e-mail address.
    pub email_address: String,
    /// Applicant's consent to receive e-mail.
    pub ok_to_email: Option<bool>,
    /// Whether this is the preferred e-mail address (sic: the portal spells the field `isPrerferredEmailAddress`).
    pub is_prerferred_email_address: Option<bool>,
}
rt::object::serde_impls!(
    Email, always, full_serde,
    (email_address, "emailAddress", required),
    (ok_to_email, "okToEmail", optional),
    (is_prerferred_email_address, "isPrerferredEmailAddress", optional),
);
rt::object::builder!(
    Email,
    (new email_address, String, required),
    (set ok_to_email, with_ok_to_email, bool, optional),
    (set is_prerferred_email_address, with_is_prerferred_email_address, bool, optional),
);
/// One employment of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct EmploymentDetails {
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Job title. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `jobTitle`).
    pub job_title: Option<String>,
    /// Occupation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `occupationCode`).
    pub occupation_code: Option<String>,
    /// Industry. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `industryCode`).
    pub industry_code: Option<String>,
}
rt::object::serde_impls!(
    EmploymentDetails, always, full_serde,
    (employer_name, "employerName", optional),
    (job_title, "jobTitle", optional),
    (occupation_code, "occupationCode", optional),
    (industry_code, "industryCode", optional),
);
rt::object::builder!(
    EmploymentDetails,
    (set employer_name, with_employer_name, String, optional),
    (set job_title, with_job_title, String, optional),
    (set occupation_code, with_occupation_code, String, optional),
    (set industry_code, with_industry_code, String, optional),
);
pub use crate::apis::common::ErrorResponse;
/// Final submission of an application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct FinalSubmitRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    FinalSubmitRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    FinalSubmitRequest,
    (new control_flow_id, String, required),
);
/// The applicant's income, expenses and existing loans. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct FinancialInformation {
    /// The applicant's incomes.
    pub income_details: Option<Vec<IncomeDetails>>,
}
rt::object::serde_impls!(
    FinancialInformation, always, full_serde,
    (income_details, "incomeDetails", optional),
);
rt::object::builder!(
    FinancialInformation,
    (set income_details, with_income_details, Vec<IncomeDetails>, optional),
);
/// One identity document of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct IdentificationDocumentDetails {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `idType`).
    pub id_type: Option<String>,
    /// Document number.
    pub id_number: Option<String>,
    /// Expiry date of the document.
    pub id_expiry_date: Option<::chrono::NaiveDate>,
    /// Issue date of the document.
    pub id_issue_date: Option<::chrono::NaiveDate>,
    /// Place of issue.
    pub id_issue_place: Option<String>,
    /// Id issuing authority.
    pub id_issuing_authority: Option<String>,
}
rt::object::serde_impls!(
    IdentificationDocumentDetails, always, full_serde,
    (id_type, "idType", optional),
    (id_number, "idNumber", optional),
    (id_expiry_date, "idExpiryDate", optional),
    (id_issue_date, "idIssueDate", optional),
    (id_issue_place, "idIssuePlace", optional),
    (id_issuing_authority, "idIssuingAuthority", optional),
);
rt::object::builder!(
    IdentificationDocumentDetails,
    (set id_type, with_id_type, String, optional),
    (set id_number, with_id_number, String, optional),
    (set id_expiry_date, with_id_expiry_date, ::chrono::NaiveDate, optional),
    (set id_issue_date, with_id_issue_date, ::chrono::NaiveDate, optional),
    (set id_issue_place, with_id_issue_place, String, optional),
    (set id_issuing_authority, with_id_issuing_authority, String, optional),
);
/// Request for a credit decision (in-principle approval).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InPrincipleApprovalRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    InPrincipleApprovalRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    InPrincipleApprovalRequest,
    (new control_flow_id, String, required),
);
/// The credit decision (in-principle approval) with the offers made.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InPrincipleApprovalResponse {
    /// Stage the application has reached. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicationStage`).
    pub application_stage: String,
    /// Expiry date of the in-principle approval.
    pub ipa_expiry_date: Option<::chrono::NaiveDate>,
    /// Decisions on the requested products.
    pub requested_product_decision: Option<Vec<RequestedProductDecision>>,
    /// Counter-offers made instead of the requested product.
    pub counter_offers: Option<Vec<CounterOffer>>,
    /// Further products offered.
    pub cross_sell_offers: Option<Vec<CrossSellOffer>>,
}
rt::object::serde_impls!(
    InPrincipleApprovalResponse, full_serde, always,
    (application_stage, "applicationStage", required),
    (ipa_expiry_date, "ipaExpiryDate", optional),
    (requested_product_decision, "requestedProductDecision", optional),
    (counter_offers, "counterOffers", optional),
    (cross_sell_offers, "crossSellOffers", optional),
);
/// One income of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct IncomeDetails {
    /// Kind of income. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `incomeType`).
    pub income_type: Option<String>,
    /// Fixed part of the income.
    pub fixed_amount: Option<::rust_decimal::Decimal>,
    /// Variable part of the income.
    pub variable_amount: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amounts.
    pub currency_code: Option<String>,
    /// How often the expense is paid. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `frequency`).
    pub frequency: Option<String>,
    /// Description of another kind of income.
    pub other_income_description: Option<String>,
}
rt::object::serde_impls!(
    IncomeDetails, always, full_serde,
    (income_type, "incomeType", optional),
    (fixed_amount, "fixedAmount", optional, number),
    (variable_amount, "variableAmount", optional, number),
    (currency_code, "currencyCode", optional),
    (frequency, "frequency", optional),
    (other_income_description, "otherIncomeDescription", optional),
);
rt::object::builder!(
    IncomeDetails,
    (set income_type, with_income_type, String, optional),
    (set fixed_amount, with_fixed_amount, ::rust_decimal::Decimal, optional),
    (set variable_amount, with_variable_amount, ::rust_decimal::Decimal, optional),
    (set currency_code, with_currency_code, String, optional),
    (set frequency, with_frequency, String, optional),
    (set other_income_description, with_other_income_description, String, optional),
);
/// A document to attach to an application.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InsertDocumentRequest {
    pub document_details: DocumentDetails,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    InsertDocumentRequest, always, full_serde,
    (document_details, "documentDetails", required),
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    InsertDocumentRequest,
    (new document_details, DocumentDetails, required),
    (new control_flow_id, String, required),
);
/// Result of the upload.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct InsertDocumentResponse {
    /// Size of the stored file.
    pub binary_data_size: String,
}
rt::object::serde_impls!(
    InsertDocumentResponse, full_serde, always,
    (binary_data_size, "binaryDataSize", required),
);
/// What the prospect is interested in.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Interest {
    /// Product group of interest. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `productGroup`).
    pub product_group: String,
    /// Marketing campaign identifier.
    pub campaign_id: Option<String>,
    /// Campaign wave identifier.
    pub wave_id: Option<String>,
}
rt::object::serde_impls!(
    Interest, always, full_serde,
    (product_group, "productGroup", required),
    (campaign_id, "campaignId", optional),
    (wave_id, "waveId", optional),
);
rt::object::builder!(
    Interest,
    (new product_group, String, required),
    (set campaign_id, with_campaign_id, String, optional),
    (set wave_id, with_wave_id, String, optional),
);
/// Know-your-customer information (public figures, FATCA). Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct KycInformation {
    /// Us tax status. Reference data: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `usTaxStatus`).
    pub us_tax_status: Option<String>,
    /// US tax identifier.
    pub us_tax_id: Option<String>,
}
rt::object::serde_impls!(
    KycInformation, always, full_serde,
    (us_tax_status, "usTaxStatus", optional),
    (us_tax_id, "usTaxId", optional),
);
rt::object::builder!(
    KycInformation,
    (set us_tax_status, with_us_tax_status, String, optional),
    (set us_tax_id, with_us_tax_id, String, optional),
);
/// Loan terms offered (loan-only; unlikely in the Poland credit-card flow). The catalog lists `totals` and `repaymentSchedule[]` without detail; their fields are taken from the Australia-Onboarding SDK documentation the catalog cites.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct LoanSpecificRecommendations {
    /// Eligible loan amount.
    pub loan_amount: Option<::rust_decimal::Decimal>,
    /// Loan tenor.
    pub tenor: Option<String>,
    /// Interest rate.
    pub interest_rate: Option<::rust_decimal::Decimal>,
    /// Handling fee.
    pub handling_fee: Option<::rust_decimal::Decimal>,
    /// Instalment amount.
    pub installment_amount: Option<::rust_decimal::Decimal>,
    /// Annual percentage rate.
    pub annual_percentage_rate: Option<::rust_decimal::Decimal>,
    /// Total principal to be paid.
    pub total_principal_amount: Option<::rust_decimal::Decimal>,
    /// Total interest to be paid.
    pub total_interest_amount: Option<::rust_decimal::Decimal>,
    /// Total of all instalments.
    pub total_installment_amount: Option<::rust_decimal::Decimal>,
    /// Start date of the repayment schedule.
    pub repayment_schedule_issue_date: Option<::chrono::NaiveDate>,
    /// The instalments.
    pub repayment_schedule: Option<Vec<RepaymentSchedule>>,
}
rt::object::serde_impls!(
    LoanSpecificRecommendations, full_serde, always,
    (loan_amount, "loanAmount", optional, number),
    (tenor, "tenor", optional),
    (interest_rate, "interestRate", optional, number),
    (handling_fee, "handlingFee", optional, number),
    (installment_amount, "installmentAmount", optional, number),
    (annual_percentage_rate, "annualPercentageRate", optional, number),
    (total_principal_amount, "totalPrincipalAmount", optional, number),
    (total_interest_amount, "totalInterestAmount", optional, number),
    (total_installment_amount, "totalInstallmentAmount", optional, number),
    (repayment_schedule_issue_date, "repaymentScheduleIssueDate", optional),
    (repayment_schedule, "repaymentSchedule", optional),
);
/// The applicant's selections for a loan product (loan-only; unlikely in the Poland credit-card flow).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct LoanSpecificSelection {
    /// Loan amount accepted.
    pub loan_amount: ::rust_decimal::Decimal,
    /// Loan tenor.
    pub tenor: String,
    /// Interest rate.
    pub interest_rate: ::rust_decimal::Decimal,
    /// Which of the applicant's addresses is the billing address (an addressType value). Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `addressType`).
    pub billing_address: Option<String>,
}
rt::object::serde_impls!(
    LoanSpecificSelection, always, full_serde,
    (loan_amount, "loanAmount", required, number),
    (tenor, "tenor", required),
    (interest_rate, "interestRate", required, number),
    (billing_address, "billingAddress", optional),
);
rt::object::builder!(
    LoanSpecificSelection,
    (new loan_amount, ::rust_decimal::Decimal, required),
    (new tenor, String, required),
    (new interest_rate, ::rust_decimal::Decimal, required),
    (set billing_address, with_billing_address, String, optional),
);
/// The applicant's name. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Name {
    /// Salutation. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `salutation`).
    pub salutation: Option<String>,
    /// Given (first) name.
    pub given_name: String,
    /// Middle name.
    pub middle_name: Option<String>,
    /// Surname.
    pub surname: String,
    /// Given name in English (Latin) script.
    pub local_english_given_name: Option<String>,
    /// Surname in English (Latin) script.
    pub local_english_surname: Option<String>,
    /// Alias name.
    pub alias_name: Option<String>,
    /// Name suffix.
    pub suffix: Option<String>,
    /// How the applicant is to be addressed. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `saluteBy`).
    pub salute_by: Option<String>,
}
rt::object::serde_impls!(
    Name, always, full_serde,
    (salutation, "salutation", optional),
    (given_name, "givenName", required),
    (middle_name, "middleName", optional),
    (surname, "surname", required),
    (local_english_given_name, "localEnglishGivenName", optional),
    (local_english_surname, "localEnglishSurname", optional),
    (alias_name, "aliasName", optional),
    (suffix, "suffix", optional),
    (salute_by, "saluteBy", optional),
);
rt::object::builder!(
    Name,
    (new given_name, String, required),
    (new surname, String, required),
    (set salutation, with_salutation, String, optional),
    (set middle_name, with_middle_name, String, optional),
    (set local_english_given_name, with_local_english_given_name, String, optional),
    (set local_english_surname, with_local_english_surname, String, optional),
    (set alias_name, with_alias_name, String, optional),
    (set suffix, with_suffix, String, optional),
    (set salute_by, with_salute_by, String, optional),
);
/// The products the applicant accepts.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct OfferAcceptanceRequest {
    /// True if the applicant took the counter-offer.
    pub counter_product_accepted_flag: Option<bool>,
    /// Accepted counter-offered products.
    pub counter_product_confirmation: Option<Vec<ProductConfirmation>>,
    /// Accepted requested products.
    pub requested_product_confirmation: Vec<ProductConfirmation>,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    OfferAcceptanceRequest, always, full_serde,
    (counter_product_accepted_flag, "counterProductAcceptedFlag", optional),
    (counter_product_confirmation, "counterProductConfirmation", optional),
    (requested_product_confirmation, "requestedProductConfirmation", required),
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    OfferAcceptanceRequest,
    (new requested_product_confirmation, Vec<ProductConfirmation>, required),
    (new control_flow_id, String, required),
    (set counter_product_accepted_flag, with_counter_product_accepted_flag, bool, optional),
    (set counter_product_confirmation, with_counter_product_confirmation, Vec<ProductConfirmation>, optional),
);
/// A phone number of the applicant. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Phone {
    /// Kind of phone. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `phoneType`).
    pub phone_type: String,
    /// Country dialling prefix.
    pub phone_country_code: Option<String>,
    /// Area code.
    pub area_code: Option<String>,
    /// Phone number.
    pub phone_number: String,
    /// Extension.
    pub extension: Option<String>,
    /// Consent to text messages.
    pub ok_to_sms: Option<bool>,
    /// Consent to calls.
    pub ok_to_call: Option<bool>,
}
rt::object::serde_impls!(
    Phone, always, full_serde,
    (phone_type, "phoneType", required),
    (phone_country_code, "phoneCountryCode", optional),
    (area_code, "areaCode", optional),
    (phone_number, "phoneNumber", required),
    (extension, "extension", optional),
    (ok_to_sms, "okToSms", optional),
    (ok_to_call, "okToCall", optional),
);
rt::object::builder!(
    Phone,
    (new phone_type, String, required),
    (new phone_number, String, required),
    (set phone_country_code, with_phone_country_code, String, optional),
    (set area_code, with_area_code, String, optional),
    (set extension, with_extension, String, optional),
    (set ok_to_sms, with_ok_to_sms, bool, optional),
    (set ok_to_call, with_ok_to_call, bool, optional),
);
/// A product that can be applied for.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Product {
    /// Code of the product.
    pub product_code: String,
    /// Description of the product.
    pub product_description: String,
    /// Source code of the product.
    pub source_code: String,
    /// Code of the card design.
    pub logo: Option<String>,
    /// Issuing organisation.
    pub organisation: Option<String>,
    /// Kind of product. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `productType`).
    pub product_type: String,
    /// Minimum credit limit.
    pub minimum_credit_limit_amount: ::rust_decimal::Decimal,
    /// Maximum credit limit.
    pub maximum_credit_limit_amount: ::rust_decimal::Decimal,
    /// Annual fee.
    pub annual_fee_amount: Option<::rust_decimal::Decimal>,
    /// ISO 4217 currency of the amounts.
    pub currency_code: String,
    /// Interest rate.
    pub interest_rate: ::rust_decimal::Decimal,
    /// Late payment fee.
    pub late_payment_fee: ::rust_decimal::Decimal,
    /// Important information about the product.
    pub important_informations: String,
    /// Terms and conditions.
    pub terms_and_conditions: String,
    /// Start date of the agreement.
    pub agreement_start_date: ::chrono::NaiveDate,
    /// Expiry date of the agreement.
    pub agreement_expiry_date: ::chrono::NaiveDate,
}
rt::object::serde_impls!(
    Product, full_serde, always,
    (product_code, "productCode", required),
    (product_description, "productDescription", required),
    (source_code, "sourceCode", required),
    (logo, "logo", optional),
    (organisation, "organisation", optional),
    (product_type, "productType", required),
    (minimum_credit_limit_amount, "minimumCreditLimitAmount", required, number),
    (maximum_credit_limit_amount, "maximumCreditLimitAmount", required, number),
    (annual_fee_amount, "annualFeeAmount", optional, number),
    (currency_code, "currencyCode", required),
    (interest_rate, "interestRate", required, number),
    (late_payment_fee, "latePaymentFee", required, number),
    (important_informations, "importantInformations", required),
    (terms_and_conditions, "termsAndConditions", required),
    (agreement_start_date, "agreementStartDate", required),
    (agreement_expiry_date, "agreementExpiryDate", required),
);
/// The products that can be applied for.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ProductCatalogueResponse {
    /// The products.
    pub products: Vec<Product>,
    /// Index of the first record of the next page; absent or blank on the last page.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    ProductCatalogueResponse, full_serde, always,
    (products, "products", required),
    (next_start_index, "nextStartIndex", optional),
);
/// One accepted product with the applicant's selections.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ProductConfirmation {
    /// Code of the product.
    pub product_code: String,
    /// Source code of the product.
    pub source_code: Option<String>,
    /// Issuing organisation.
    pub organization: Option<String>,
    pub credit_specific_selection: Option<CreditSpecificSelection>,
    pub loan_specific_selection: Option<LoanSpecificSelection>,
}
rt::object::serde_impls!(
    ProductConfirmation, always, full_serde,
    (product_code, "productCode", required),
    (source_code, "sourceCode", optional),
    (organization, "organization", optional),
    (credit_specific_selection, "creditSpecificSelection", optional),
    (loan_specific_selection, "loanSpecificSelection", optional),
);
rt::object::builder!(
    ProductConfirmation,
    (new product_code, String, required),
    (set source_code, with_source_code, String, optional),
    (set organization, with_organization, String, optional),
    (set credit_specific_selection, with_credit_specific_selection, CreditSpecificSelection, optional),
    (set loan_specific_selection, with_loan_specific_selection, LoanSpecificSelection, optional),
);
/// The prospect's details. Nested parts mirror the ApplicationAdd* shapes and refer to those models, except e-mail and contact preference, which keep the prospect spelling (ProspectEmail, ProspectContactPreference).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Prospect {
    /// Mother's maiden name.
    pub mother_maiden_name: Option<String>,
    pub name: Name,
    pub demographics: Option<Demographics>,
    /// The prospect's addresses.
    pub address: Vec<Address>,
    /// The prospect's e-mail addresses.
    pub email: Vec<Email>,
    /// The prospect's phone numbers.
    pub phone: Vec<Phone>,
    pub contact_preference: ContactPreference,
    pub financial_information: Option<FinancialInformation>,
    pub education: Option<Education>,
    /// The prospect's employments.
    pub employment_details: Option<Vec<EmploymentDetails>>,
    /// The prospect's identity documents.
    pub identification_document_details: Option<Vec<IdentificationDocumentDetails>>,
    pub additional_data: Option<AdditionalData>,
    pub self_declaration: Option<SelfDeclaration>,
    pub kyc_information: Option<KycInformation>,
}
rt::object::serde_impls!(
    Prospect, always, full_serde,
    (mother_maiden_name, "motherMaidenName", optional),
    (name, "name", required),
    (demographics, "demographics", optional),
    (address, "address", required),
    (email, "email", required),
    (phone, "phone", required),
    (contact_preference, "contactPreference", required),
    (financial_information, "financialInformation", optional),
    (education, "education", optional),
    (employment_details, "employmentDetails", optional),
    (identification_document_details, "identificationDocumentDetails", optional),
    (additional_data, "additionalData", optional),
    (self_declaration, "selfDeclaration", optional),
    (kyc_information, "kycInformation", optional),
);
rt::object::builder!(
    Prospect,
    (new name, Name, required),
    (new address, Vec<Address>, required),
    (new email, Vec<Email>, required),
    (new phone, Vec<Phone>, required),
    (new contact_preference, ContactPreference, required),
    (set mother_maiden_name, with_mother_maiden_name, String, optional),
    (set demographics, with_demographics, Demographics, optional),
    (set financial_information, with_financial_information, FinancialInformation, optional),
    (set education, with_education, Education, optional),
    (set employment_details, with_employment_details, Vec<EmploymentDetails>, optional),
    (set identification_document_details, with_identification_document_details, Vec<IdentificationDocumentDetails>, optional),
    (set additional_data, with_additional_data, AdditionalData, optional),
    (set self_declaration, with_self_declaration, SelfDeclaration, optional),
    (set kyc_information, with_kyc_information, KycInformation, optional),
);
/// A prospect (lead) and the product group they are interested in.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ProspectAddRequest {
    pub interest: Interest,
    pub prospect: Prospect,
}
rt::object::serde_impls!(
    ProspectAddRequest, always, full_serde,
    (interest, "interest", required),
    (prospect, "prospect", required),
);
rt::object::builder!(
    ProspectAddRequest,
    (new interest, Interest, required),
    (new prospect, Prospect, required),
);
/// Result of the lead capture.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ProspectAddResponse {
    /// Identifier of the prospect.
    pub prospect_id: Option<String>,
}
rt::object::serde_impls!(
    ProspectAddResponse, full_serde, always,
    (prospect_id, "prospectId", optional),
);
/// One instalment of a loan repayment schedule (loan-only; model named in the Australia-Onboarding SDK documentation the catalog cites, not in the catalog itself).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RepaymentSchedule {
    /// Tenor occurrence of the instalment.
    pub tenor_occurence: Option<String>,
    /// Due date of the instalment.
    pub payment_due_date: Option<::chrono::NaiveDate>,
    /// Monthly instalment.
    pub monthly_installment_amount: Option<::rust_decimal::Decimal>,
    /// Principal part of the instalment.
    pub principal_amount: Option<::rust_decimal::Decimal>,
    /// Interest part of the instalment.
    pub interest_amount: Option<::rust_decimal::Decimal>,
    /// Principal remaining after the instalment.
    pub remaining_principal_amount: Option<::rust_decimal::Decimal>,
}
rt::object::serde_impls!(
    RepaymentSchedule, full_serde, always,
    (tenor_occurence, "tenorOccurence", optional),
    (payment_due_date, "paymentDueDate", optional),
    (monthly_installment_amount, "monthlyInstallmentAmount", optional, number),
    (principal_amount, "principalAmount", optional, number),
    (interest_amount, "interestAmount", optional, number),
    (remaining_principal_amount, "remainingPrincipalAmount", optional, number),
);
/// Decision on a requested product.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct RequestedProductDecision {
    /// Code of the product.
    pub product_code: String,
    /// Issuing organisation.
    pub organisation_name: String,
    /// Source code of the product.
    pub source_code: String,
    /// Code of the card design.
    pub logo: Option<String>,
    /// Outcome of the credit decision.
    pub credit_decision: Option<String>,
    /// Credit terms offered.
    pub credit_specific_recommendations: Option<Vec<CreditSpecificRecommendations>>,
    /// Loan terms offered.
    pub loan_specific_recommendations: Option<Vec<LoanSpecificRecommendations>>,
    /// Documents the applicant must provide.
    pub required_documents: Option<Vec<RequiredDocuments>>,
}
rt::object::serde_impls!(
    RequestedProductDecision, full_serde, always,
    (product_code, "productCode", required),
    (organisation_name, "organisationName", required),
    (source_code, "sourceCode", required),
    (logo, "logo", optional),
    (credit_decision, "creditDecision", optional),
    (credit_specific_recommendations, "creditSpecificRecommendations", optional),
    (loan_specific_recommendations, "loanSpecificRecommendations", optional),
    (required_documents, "requiredDocuments", optional),
);
/// A document the applicant must provide.
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct RequiredDocuments {
    /// Kind of document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentIdType`).
    pub document_id_type: Option<String>,
    /// Status of the document. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `documentStatus`).
    pub document_status: Option<String>,
    /// Product the document is needed for.
    pub product_code: Option<String>,
    /// What the document proves. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `proofType`).
    pub proof_type: Option<String>,
    /// Identifier of the linked document.
    pub linked_document_id: Option<String>,
    /// Which applicant must provide it. Reference-data code: valid values come from Utilities `GET /v1/utilities/referenceData/{referenceCode}` (referenceCode `applicantType`).
    pub applicant_type: Option<String>,
}
rt::object::serde_impls!(
    RequiredDocuments, full_serde, always,
    (document_id_type, "documentIdType", optional),
    (document_status, "documentStatus", optional),
    (product_code, "productCode", optional),
    (proof_type, "proofType", optional),
    (linked_document_id, "linkedDocumentId", optional),
    (applicant_type, "applicantType", optional),
);
/// The applicant's declarations about existing credit. Of a prospect (lead).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct SelfDeclaration {
    /// Anticipated decrease of income.
    pub anticipated_income_decrease_code: Option<String>,
    /// True if the applicant has taken loans.
    pub loan_taken_indicator: Option<bool>,
}
rt::object::serde_impls!(
    SelfDeclaration, always, full_serde,
    (anticipated_income_decrease_code, "anticipatedIncomeDecreaseCode", optional),
    (loan_taken_indicator, "loanTakenIndicator", optional),
);
rt::object::builder!(
    SelfDeclaration,
    (set anticipated_income_decrease_code, with_anticipated_income_decrease_code, String, optional),
    (set loan_taken_indicator, with_loan_taken_indicator, bool, optional),
);
/// Request to send a one-time password to the applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UnsecuredApplicationGenerateAndSendOtpRequest {
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    UnsecuredApplicationGenerateAndSendOtpRequest, always, full_serde,
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    UnsecuredApplicationGenerateAndSendOtpRequest,
    (new control_flow_id, String, required),
);
/// Where the one-time password was sent.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UnsecuredApplicationGenerateAndSendOtpResponse {
    /// Masked phone number the one-time password was sent to.
    pub masked_phone_number: String,
}
rt::object::serde_impls!(
    UnsecuredApplicationGenerateAndSendOtpResponse, full_serde, always,
    (masked_phone_number, "maskedPhoneNumber", required),
);
/// The one-time password entered by the applicant.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct UnsecuredApplicationValidateOtpRequest {
    /// The one-time password entered.
    pub otp_token: crate::runtime::SecretString,
    /// Identifier of the flow, from the create call.
    pub control_flow_id: String,
}
rt::object::serde_impls!(
    UnsecuredApplicationValidateOtpRequest, always, full_serde,
    (otp_token, "otpToken", required),
    (control_flow_id, "controlFlowId", required),
);
rt::object::builder!(
    UnsecuredApplicationValidateOtpRequest,
    (new otp_token, crate ::runtime::SecretString, required),
    (new control_flow_id, String, required),
);
