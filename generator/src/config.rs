//! The project file (`specs/crate.toml`): which specs make up the crate, and the conventions the
//! generator applies to them (headers the runtime fills, the paging parameter).

use std::path::Path;

use serde::Deserialize;

use crate::diagnostic::{Diagnostic, Diagnostics, Pointer};

/// `specs/crate.toml`.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProjectConfig {
    #[serde(rename = "crate")]
    pub krate: CrateConfig,
    #[serde(default)]
    pub conventions: Conventions,
    #[serde(rename = "product")]
    pub products: Vec<ProductConfig>,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CrateConfig {
    /// The package name, e.g. `citi-poland`.
    pub name: String,
    /// The crate's folder, relative to the folder that holds `specs/`.
    pub output: String,
}

/// Conventions that turn spec patterns into client features. All optional; a spec that doesn't
/// follow them still generates, just without the feature.
#[derive(Clone, Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Conventions {
    /// A required header that the client fills with a fresh random UUID per request.
    pub request_id_header: Option<String>,
    /// A required header that the client fills with the configured client id.
    pub client_id_header: Option<String>,
    /// Paging by a cursor: the query parameter that asks for a page, and the response field that
    /// returns the cursor of the next one (absent or empty on the last page).
    pub paging: Option<PagingConvention>,
    /// String properties that carry credentials (tokens, authorization codes, one-time
    /// passwords), generated as the runtime's redacting secret type, as `format: password` is:
    /// `Type.property` for one type's property (the generated type name and the wire name), a
    /// bare wire name for that property in every type.
    #[serde(default)]
    pub secret_properties: Vec<String>,
}

impl Conventions {
    /// Whether the property `wire` of the type `type_name` is listed as secret.
    pub fn is_secret_property(&self, type_name: &str, wire: &str) -> bool {
        self.secret_properties.iter().any(|entry| match entry.split_once('.') {
            Some((owner, property)) => owner == type_name && property == wire,
            None => entry == wire,
        })
    }
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PagingConvention {
    pub query: String,
    pub field: String,
}

#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProductConfig {
    /// The product's cargo feature and (in snake case) module name, e.g. `money-movement`.
    pub name: String,
    /// The spec file, relative to the folder of `crate.toml`.
    pub spec: String,
}

impl ProductConfig {
    pub fn module(&self) -> String {
        self.name.replace('-', "_")
    }
}

impl ProjectConfig {
    /// Reads and checks the project file; `display` names it in diagnostics.
    pub fn load(path: &Path, display: &str) -> Result<ProjectConfig, Diagnostics> {
        let text = std::fs::read_to_string(path).map_err(|error| Diagnostic::error(display, "", format!("cannot read the project file: {error}")))?;
        let deserializer = toml::Deserializer::parse(&text).map_err(|error| Diagnostic::error(display, "", format!("invalid TOML: {}", error.message())))?;
        let config: ProjectConfig = serde_path_to_error::deserialize(deserializer).map_err(|error| {
            let mut pointer = Pointer::root();
            for segment in error.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index } => pointer = pointer.join(index),
                    serde_path_to_error::Segment::Map { key } => pointer = pointer.join(key),
                    _ => {}
                }
            }
            Diagnostic::error(display, pointer.to_string(), error.into_inner().message().to_string())
        })?;
        config.check(display)?;
        Ok(config)
    }

    fn check(&self, display: &str) -> Result<(), Diagnostics> {
        let mut diagnostics = Diagnostics::new();
        let mut seen = std::collections::BTreeSet::new();
        for (index, product) in self.products.iter().enumerate() {
            let at = Pointer::root().join("product").join(index).join("name");
            let valid = !product.name.is_empty()
                && product.name.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                && product.name.starts_with(|c: char| c.is_ascii_lowercase());
            if !valid {
                diagnostics.push(Diagnostic::error(display, at.to_string(), format!("product name `{}` must be lowercase letters, digits and `-`, starting with a letter", product.name)));
            }
            if !seen.insert(product.module()) {
                diagnostics.push(Diagnostic::error(display, at.to_string(), format!("product `{}` is listed twice", product.name)));
            }
        }
        if self.products.is_empty() {
            diagnostics.push(Diagnostic::error(display, "", "no `[[product]]` entries"));
        }
        if diagnostics.is_empty() {
            Ok(())
        } else {
            Err(diagnostics)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn secret_properties_name_one_type_or_every_type() {
        let conventions = Conventions { secret_properties: vec!["access_token".into(), "TokenRequest.code".into()], ..Conventions::default() };
        assert!(conventions.is_secret_property("AnyResponse", "access_token"));
        assert!(conventions.is_secret_property("TokenRequest", "code"));
        assert!(!conventions.is_secret_property("ErrorResponse", "code"), "an error code is no secret");
        assert!(!conventions.is_secret_property("TokenRequest", "access"));
    }
}
