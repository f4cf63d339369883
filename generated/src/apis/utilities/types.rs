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
/// One employer (unnamed in the catalog; reconstructed).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct Employer {
    /// Name of the employer.
    pub employer_name: Option<String>,
    /// Registration number of the employer.
    pub employer_registration_number: Option<String>,
    /// Address of the employer, as one string.
    pub address: Option<String>,
}
rt::object::serde_impls!(
    Employer, full_serde, always,
    (employer_name, "employerName", optional),
    (employer_registration_number, "employerRegistrationNumber", optional),
    (address, "address", optional),
);
/// Employers matching a search (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct EmployerListResponse {
    /// The employers found.
    pub employers: Option<Vec<Employer>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    pub next_start_index: Option<String>,
}
rt::object::serde_impls!(
    EmployerListResponse, full_serde, always,
    (employers, "employers", optional),
    (next_start_index, "nextStartIndex", optional),
);
pub use crate::apis::common::ErrorResponse;
/// Properties and validations of one field of an API (unnamed in the catalog; reconstructed).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MetaDataField {
    /// Name of the field.
    pub field_name: Option<String>,
    /// Data type of the field.
    pub data_type: Option<String>,
    /// Whether the field is mandatory.
    pub mandatory: Option<bool>,
    /// Minimum length of the field.
    pub min_length: Option<i64>,
    /// Maximum length of the field.
    pub max_length: Option<i64>,
    /// Regular expression the field's value must match.
    pub pattern: Option<String>,
}
rt::object::serde_impls!(
    MetaDataField, full_serde, always,
    (field_name, "fieldName", optional),
    (data_type, "dataType", optional),
    (mandatory, "mandatory", optional),
    (min_length, "minLength", optional),
    (max_length, "maxLength", optional),
    (pattern, "pattern", optional),
);
/// Field properties and validations of one API (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct MetaDataResponse {
    /// URI of the API described.
    pub api_uri: Option<String>,
    /// HTTP method of the API described.
    pub api_method: Option<String>,
    /// Properties and validations of the API's fields.
    pub fields: Option<Vec<MetaDataField>>,
}
rt::object::serde_impls!(
    MetaDataResponse, full_serde, always,
    (api_uri, "apiUri", optional),
    (api_method, "apiMethod", optional),
    (fields, "fields", optional),
);
/// The valid values of one reference-data field (reconstructed; no response schema was readable).
#[derive(Clone, Debug, PartialEq, Default)]
#[non_exhaustive]
pub struct ReferenceDataResponse {
    /// Name of the reference-data field, as sent in the path.
    pub reference_code: Option<String>,
    /// The valid values of the field.
    pub reference_values: Option<Vec<ReferenceValue>>,
}
rt::object::serde_impls!(
    ReferenceDataResponse, full_serde, always,
    (reference_code, "referenceCode", optional),
    (reference_values, "referenceValues", optional),
);
/// One valid value of a reference-data field (reconstructed; verify naming against a live call).
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct ReferenceValue {
    /// The value to send or expect in the field.
    pub code: String,
    /// Human-readable description of the value.
    pub description: Option<String>,
}
rt::object::serde_impls!(
    ReferenceValue, full_serde, always,
    (code, "code", required),
    (description, "description", optional),
);
