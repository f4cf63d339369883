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
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct Employer {
    /// Name of the employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_name: Option<String>,
    /// Registration number of the employer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employer_registration_number: Option<String>,
    /// Address of the employer, as one string.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
}
/// Employers matching a search (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct EmployerListResponse {
    /// The employers found.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub employers: Option<Vec<Employer>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_start_index: Option<String>,
}
pub use crate::apis::common::ErrorResponse;
/// Properties and validations of one field of an API (unnamed in the catalog; reconstructed).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MetaDataField {
    /// Name of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub field_name: Option<String>,
    /// Data type of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub data_type: Option<String>,
    /// Whether the field is mandatory.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mandatory: Option<bool>,
    /// Minimum length of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub min_length: Option<i64>,
    /// Maximum length of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<i64>,
    /// Regular expression the field's value must match.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pattern: Option<String>,
}
/// Field properties and validations of one API (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct MetaDataResponse {
    /// URI of the API described.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_uri: Option<String>,
    /// HTTP method of the API described.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub api_method: Option<String>,
    /// Properties and validations of the API's fields.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fields: Option<Vec<MetaDataField>>,
}
/// The valid values of one reference-data field (reconstructed; no response schema was readable).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[serde(rename_all = "camelCase")]
#[non_exhaustive]
pub struct ReferenceDataResponse {
    /// Name of the reference-data field, as sent in the path.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_code: Option<String>,
    /// The valid values of the field.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference_values: Option<Vec<ReferenceValue>>,
}
/// One valid value of a reference-data field (reconstructed; verify naming against a live call).
#[derive(Clone, Debug, PartialEq, ::serde::Deserialize)]
#[cfg_attr(feature = "full-serde", derive(::serde::Serialize))]
#[non_exhaustive]
pub struct ReferenceValue {
    /// The value to send or expect in the field.
    pub code: String,
    /// Human-readable description of the value.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
}
