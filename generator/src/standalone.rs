//! One spec -> a standalone crate: the generated API at the crate root, the hand-written runtime
//! copied in verbatim (one source of truth: `generated/src/runtime`, compiled and tested there),
//! and a manifest with the runtime's dependencies (taken from `generated/Cargo.toml`).

use std::path::{Path, PathBuf};

use quote::quote;

use crate::config::Conventions;
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::emit::{emit_api, emit_module_file, EmittedApi, RustFile};
use crate::load::load_spec;
use crate::lower::merge::merge_identical;
use crate::lower::{lower_api, LowerOptions};
use crate::model::{Api, FULL_SERDE_FEATURE};
use crate::write::{format_files, header, FileSet, GeneratedFile};

/// The runtime's files, relative to `src/runtime/`, with their text.
pub const RUNTIME_FILES: [(&str, &str); 24] = [
    ("api.rs", include_str!("../../generated/src/runtime/api.rs")),
    ("auth/app.rs", include_str!("../../generated/src/runtime/auth/app.rs")),
    ("auth/flight.rs", include_str!("../../generated/src/runtime/auth/flight.rs")),
    ("auth/mod.rs", include_str!("../../generated/src/runtime/auth/mod.rs")),
    ("auth/pending.rs", include_str!("../../generated/src/runtime/auth/pending.rs")),
    ("auth/session.rs", include_str!("../../generated/src/runtime/auth/session.rs")),
    ("auth/token.rs", include_str!("../../generated/src/runtime/auth/token.rs")),
    ("client.rs", include_str!("../../generated/src/runtime/client.rs")),
    ("config.rs", include_str!("../../generated/src/runtime/config.rs")),
    ("decimal.rs", include_str!("../../generated/src/runtime/decimal.rs")),
    ("enums.rs", include_str!("../../generated/src/runtime/enums.rs")),
    ("error.rs", include_str!("../../generated/src/runtime/error.rs")),
    ("hook.rs", include_str!("../../generated/src/runtime/hook.rs")),
    ("json.rs", include_str!("../../generated/src/runtime/json.rs")),
    ("json_path.rs", include_str!("../../generated/src/runtime/json_path.rs")),
    ("mod.rs", include_str!("../../generated/src/runtime/mod.rs")),
    ("object.rs", include_str!("../../generated/src/runtime/object.rs")),
    ("paging.rs", include_str!("../../generated/src/runtime/paging.rs")),
    ("request.rs", include_str!("../../generated/src/runtime/request.rs")),
    ("response.rs", include_str!("../../generated/src/runtime/response.rs")),
    ("retry.rs", include_str!("../../generated/src/runtime/retry.rs")),
    ("secret.rs", include_str!("../../generated/src/runtime/secret.rs")),
    ("trace.rs", include_str!("../../generated/src/runtime/trace.rs")),
    ("values.rs", include_str!("../../generated/src/runtime/values.rs")),
];

/// The project crate's manifest: the source of the runtime's dependencies.
const RUNTIME_MANIFEST: &str = include_str!("../../generated/Cargo.toml");

#[derive(Clone, Debug)]
pub struct StandaloneOptions {
    /// The package name (`--name`).
    pub crate_name: String,
    /// Give the crate its own `[workspace]` (off when it joins another workspace, as in the
    /// corpus run).
    pub own_workspace: bool,
    /// The command named in headers.
    pub command: String,
    /// A cargo feature per tag (`--tag-features`), all on by default: a team compiles only the
    /// tags it uses with `default-features = false, features = [...]`.
    pub tag_features: bool,
}

/// A generated standalone crate, in memory.
#[derive(Clone, Debug)]
pub struct StandaloneOutput {
    /// Files relative to the crate's folder.
    pub files: FileSet,
    pub api: Api,
    pub warnings: Diagnostics,
}

/// A valid package name from a file stem or title: lowercase letters, digits and `-`.
pub fn crate_name_for(text: &str) -> String {
    let mut name: String = text
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_lowercase() } else { '-' })
        .collect::<String>()
        .split('-')
        .filter(|part| !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if name.is_empty() {
        name = "openapi-client".to_string();
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name = format!("api-{name}");
    }
    name
}

/// Generates a standalone crate for the spec at `spec_path` (named `display` in diagnostics).
pub fn generate_standalone(spec_path: &Path, display: &str, options: &StandaloneOptions) -> Result<StandaloneOutput, Diagnostics> {
    let valid_name = !options.crate_name.is_empty()
        && options.crate_name.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_')
        && options.crate_name.starts_with(|c: char| c.is_ascii_alphabetic());
    if !valid_name {
        return Err(Diagnostic::error(display, "", format!("`{}` is not a valid crate name (letters, digits, `-`, `_`; starting with a letter)", options.crate_name)).into());
    }
    let mut diagnostics = Diagnostics::new();
    let Some(spec) = load_spec(spec_path, display, &mut diagnostics) else { return Err(diagnostics) };
    let conventions = Conventions::default();
    let lower_options = LowerOptions { module: options.crate_name.replace('-', "_"), feature: String::new(), conventions: &conventions };
    let mut api = lower_api(&spec, &lower_options, &mut diagnostics);
    merge_identical(&mut api, &spec);
    if options.tag_features {
        crate::lower::tag_features::assign(&mut api);
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let file_header = header(display, &options.command);
    let mut files = Vec::new();
    // The loaded document is not needed past lowering: freeing it (a third of the peak memory
    // on GitHub's spec) runs beside emission.
    let freeing = std::thread::Builder::new().spawn(move || drop(spec));
    {
        let EmittedApi { types, operations, client, .. } = emit_api(&api);
        let module = emit_module_file(&api);
        let lib = quote! {
            #![forbid(unsafe_code)]
            #module
            #[warn(missing_docs)]
            pub mod runtime;
        };
        let paths = ["src/lib.rs", "src/types.rs", "src/operations.rs", "src/client.rs"];
        let texts = format_files([RustFile::single(lib), types, operations, client].into_iter().map(|file| (file, file_header.as_str())).collect());
        for (path, contents) in paths.into_iter().zip(texts) {
            let contents = contents.map_err(|message| Diagnostics::from(Diagnostic::error(display, "", message)))?;
            files.push(GeneratedFile { path: PathBuf::from(path), contents });
        }
    }
    if let Ok(freeing) = freeing {
        let _ = freeing.join();
    }
    for (path, text) in RUNTIME_FILES {
        files.push(GeneratedFile { path: Path::new("src/runtime").join(path), contents: text.to_string() });
    }
    let manifest = manifest(&api, display, options).map_err(|message| Diagnostics::from(Diagnostic::error(display, "", message)))?;
    files.push(GeneratedFile { path: PathBuf::from("Cargo.toml"), contents: manifest });
    files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(StandaloneOutput { files: FileSet { files, owned_dirs: vec![PathBuf::from("src")] }, api, warnings: diagnostics })
}

fn manifest(api: &Api, display: &str, options: &StandaloneOptions) -> Result<String, String> {
    let runtime: toml::Table = RUNTIME_MANIFEST.parse().map_err(|e| format!("internal error: the runtime manifest does not parse: {e}"))?;
    let section = |name: &str| runtime.get(name).and_then(|v| v.as_table()).cloned().unwrap_or_default();
    let mut package = toml::Table::new();
    package.insert("name".into(), options.crate_name.clone().into());
    package.insert("version".into(), "0.1.0".into());
    package.insert("edition".into(), "2021".into());
    package.insert("description".into(), format!("Client for {} (API version {}), generated from {display}", api.title.trim(), api.version.trim()).into());
    package.insert("publish".into(), false.into());
    let mut features = toml::Table::new();
    features.insert("tracing".into(), toml::Value::Array(vec!["dep:tracing".into()]));
    features.insert(FULL_SERDE_FEATURE.into(), toml::Value::Array(Vec::new()));
    if let Some(tags) = &api.tag_features {
        let names: Vec<toml::Value> = tags.features.keys().map(|name| toml::Value::from(name.as_str())).collect();
        features.insert("default".into(), toml::Value::Array(names));
        for name in tags.features.keys() {
            features.insert(name.clone(), toml::Value::Array(Vec::new()));
        }
    }
    let mut text = format!("# @generated from {display} by `{}`. Do not edit by hand.\n", options.command);
    // One table at a time, so the sections come in the usual order.
    for (name, table) in [
        ("package", package),
        ("features", features),
        ("dependencies", section("dependencies")),
        ("dev-dependencies", section("dev-dependencies")),
    ] {
        let mut single = toml::Table::new();
        single.insert(name.into(), toml::Value::Table(table));
        text.push('\n');
        text.push_str(&toml::to_string(&single).map_err(|e| e.to_string())?);
    }
    if options.own_workspace {
        text.push_str("\n# A workspace of its own, so the crate builds wherever it is put.\n[workspace]\n");
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_runtime_file_is_copied() {
        let runtime = Path::new(env!("CARGO_MANIFEST_DIR")).join("../generated/src/runtime");
        let mut on_disk = Vec::new();
        let mut stack = vec![runtime.clone()];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    on_disk.push(path.strip_prefix(&runtime).unwrap().to_string_lossy().replace('\\', "/"));
                }
            }
        }
        on_disk.sort();
        let listed: Vec<String> = RUNTIME_FILES.iter().map(|(path, _)| path.to_string()).collect();
        assert_eq!(listed, on_disk, "RUNTIME_FILES must list every file of generated/src/runtime");
    }

    #[test]
    fn crate_names_are_valid() {
        assert_eq!(crate_name_for("Petstore Expanded"), "petstore-expanded");
        assert_eq!(crate_name_for("2.0/json/petstore"), "api-2-0-json-petstore");
        assert_eq!(crate_name_for("***"), "openapi-client");
    }
}
