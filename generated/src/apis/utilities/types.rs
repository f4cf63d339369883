// @generated from specs/utilities.yaml by `cargo xtask generate`. Do not edit by hand.

#![allow(deprecated)]
#![allow(
    clippy::too_many_arguments,
    clippy::large_enum_variant,
    clippy::enum_variant_names,
    clippy::type_complexity
)]
/// One employer (unnamed in the catalog; reconstructed).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct Employer {
    /// Name of the employer.
    #[serde(
        rename = "employerName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub employer_name: ::std::option::Option<::std::string::String>,
    /// Registration number of the employer.
    #[serde(
        rename = "employerRegistrationNumber",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub employer_registration_number: ::std::option::Option<::std::string::String>,
    /// Address of the employer, as one string.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub address: ::std::option::Option<::std::string::String>,
}
impl Employer {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employer_name: ::std::option::Option::None,
            employer_registration_number: ::std::option::Option::None,
            address: ::std::option::Option::None,
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
    /// Sets `employer_registration_number`.
    #[must_use]
    pub fn with_employer_registration_number(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.employer_registration_number = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `address`.
    #[must_use]
    pub fn with_address(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.address = ::std::option::Option::Some(value.into());
        self
    }
}
/// Employers matching a search (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct EmployerListResponse {
    /// The employers found.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub employers: ::std::option::Option<::std::vec::Vec<Employer>>,
    /// Index to send as `nextStartIndex` to get the next page; absent or blank when there is no more data.
    #[serde(
        rename = "nextStartIndex",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub next_start_index: ::std::option::Option<::std::string::String>,
}
impl EmployerListResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            employers: ::std::option::Option::None,
            next_start_index: ::std::option::Option::None,
        }
    }
    /// Sets `employers`.
    #[must_use]
    pub fn with_employers(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<Employer>>,
    ) -> Self {
        self.employers = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `next_start_index`.
    #[must_use]
    pub fn with_next_start_index(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.next_start_index = ::std::option::Option::Some(value.into());
        self
    }
}
/// Error body returned by every resource API. The client decodes it when it can; an error body that does not match this schema still reaches the caller as the status and the raw body.
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ErrorResponse {
    /// Kind of error. Citi documents `invalid` (request rejected as malformed), `warn` (request partially processed), `error` (request accepted but failed) and `fatal` (technical fault on Citi's side; retry later); other Citi products send the same kinds in capitals (`ERROR`, ...). Any string is accepted.
    #[serde(rename = "type")]
    pub type_: ::std::string::String,
    /// Machine-readable error code, for example `invalidRequest` or `resourceNotFound`.
    pub code: ::std::string::String,
    /// Human-readable description of the error.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub details: ::std::option::Option<::std::string::String>,
    /// The request field that caused the error, when there is one.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub location: ::std::option::Option<::std::string::String>,
    /// Further information, free-form: usually a link to documentation of the error (a string); in an MFA step-up (403) an object carrying the `controlFlowId` of the flow to continue.
    #[serde(
        rename = "moreInfo",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub more_info: ::std::option::Option<::serde_json::Value>,
}
impl ErrorResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new(
        type_: impl ::std::convert::Into<::std::string::String>,
        code: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            type_: type_.into(),
            code: code.into(),
            details: ::std::option::Option::None,
            location: ::std::option::Option::None,
            more_info: ::std::option::Option::None,
        }
    }
    /// Sets `details`.
    #[must_use]
    pub fn with_details(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.details = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `location`.
    #[must_use]
    pub fn with_location(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.location = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `more_info`.
    #[must_use]
    pub fn with_more_info(
        mut self,
        value: impl ::std::convert::Into<::serde_json::Value>,
    ) -> Self {
        self.more_info = ::std::option::Option::Some(value.into());
        self
    }
}
/// Properties and validations of one field of an API (unnamed in the catalog; reconstructed).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetaDataField {
    /// Name of the field.
    #[serde(
        rename = "fieldName",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub field_name: ::std::option::Option<::std::string::String>,
    /// Data type of the field.
    #[serde(
        rename = "dataType",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub data_type: ::std::option::Option<::std::string::String>,
    /// Whether the field is mandatory.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub mandatory: ::std::option::Option<bool>,
    /// Minimum length of the field.
    #[serde(
        rename = "minLength",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub min_length: ::std::option::Option<i64>,
    /// Maximum length of the field.
    #[serde(
        rename = "maxLength",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub max_length: ::std::option::Option<i64>,
    /// Regular expression the field's value must match.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub pattern: ::std::option::Option<::std::string::String>,
}
impl MetaDataField {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            field_name: ::std::option::Option::None,
            data_type: ::std::option::Option::None,
            mandatory: ::std::option::Option::None,
            min_length: ::std::option::Option::None,
            max_length: ::std::option::Option::None,
            pattern: ::std::option::Option::None,
        }
    }
    /// Sets `field_name`.
    #[must_use]
    pub fn with_field_name(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.field_name = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `data_type`.
    #[must_use]
    pub fn with_data_type(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.data_type = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `mandatory`.
    #[must_use]
    pub fn with_mandatory(mut self, value: impl ::std::convert::Into<bool>) -> Self {
        self.mandatory = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `min_length`.
    #[must_use]
    pub fn with_min_length(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.min_length = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `max_length`.
    #[must_use]
    pub fn with_max_length(mut self, value: impl ::std::convert::Into<i64>) -> Self {
        self.max_length = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `pattern`.
    #[must_use]
    pub fn with_pattern(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.pattern = ::std::option::Option::Some(value.into());
        self
    }
}
/// Field properties and validations of one API (reconstructed; the model was not seen).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct MetaDataResponse {
    /// URI of the API described.
    #[serde(
        rename = "apiUri",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_uri: ::std::option::Option<::std::string::String>,
    /// HTTP method of the API described.
    #[serde(
        rename = "apiMethod",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub api_method: ::std::option::Option<::std::string::String>,
    /// Properties and validations of the API's fields.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub fields: ::std::option::Option<::std::vec::Vec<MetaDataField>>,
}
impl MetaDataResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            api_uri: ::std::option::Option::None,
            api_method: ::std::option::Option::None,
            fields: ::std::option::Option::None,
        }
    }
    /// Sets `api_uri`.
    #[must_use]
    pub fn with_api_uri(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_uri = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `api_method`.
    #[must_use]
    pub fn with_api_method(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api_method = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fields`.
    #[must_use]
    pub fn with_fields(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<MetaDataField>>,
    ) -> Self {
        self.fields = ::std::option::Option::Some(value.into());
        self
    }
}
/// The valid values of one reference-data field (reconstructed; no response schema was readable).
#[derive(Clone, Debug, PartialEq, Default, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceDataResponse {
    /// Name of the reference-data field, as sent in the path.
    #[serde(
        rename = "referenceCode",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reference_code: ::std::option::Option<::std::string::String>,
    /// The valid values of the field.
    #[serde(
        rename = "referenceValues",
        default,
        skip_serializing_if = "::std::option::Option::is_none"
    )]
    pub reference_values: ::std::option::Option<::std::vec::Vec<ReferenceValue>>,
}
impl ReferenceDataResponse {
    /// A value with the required fields set and every optional field empty.
    pub fn new() -> Self {
        Self {
            reference_code: ::std::option::Option::None,
            reference_values: ::std::option::Option::None,
        }
    }
    /// Sets `reference_code`.
    #[must_use]
    pub fn with_reference_code(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.reference_code = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `reference_values`.
    #[must_use]
    pub fn with_reference_values(
        mut self,
        value: impl ::std::convert::Into<::std::vec::Vec<ReferenceValue>>,
    ) -> Self {
        self.reference_values = ::std::option::Option::Some(value.into());
        self
    }
}
/// One valid value of a reference-data field (reconstructed; verify naming against a live call).
#[derive(Clone, Debug, PartialEq, ::serde::Serialize, ::serde::Deserialize)]
#[non_exhaustive]
pub struct ReferenceValue {
    /// The value to send or expect in the field.
    pub code: ::std::string::String,
    /// Human-readable description of the value.
    #[serde(default, skip_serializing_if = "::std::option::Option::is_none")]
    pub description: ::std::option::Option<::std::string::String>,
}
impl ReferenceValue {
    /// A value with the required fields set and every optional field empty.
    pub fn new(code: impl ::std::convert::Into<::std::string::String>) -> Self {
        Self {
            code: code.into(),
            description: ::std::option::Option::None,
        }
    }
    /// Sets `description`.
    #[must_use]
    pub fn with_description(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.description = ::std::option::Option::Some(value.into());
        self
    }
}
