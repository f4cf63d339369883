//! `import`: taking in a document the portal publishes.

use std::path::Path;

use anyhow::{bail, Context, Result};
use generator::config::ProjectConfig;
use generator::load::{load_spec_text, normalize_text, SourceFormat};
use generator::lower::{lower_api, LowerOptions};
use generator::project::PROJECT_FILE;
use generator::Diagnostics;

use crate::project_root;

const IMPORT_USAGE: &str = "usage: cargo xtask import PRODUCT FILE [--force]";

/// `import PRODUCT FILE [--force]`: a downloaded Swagger 2.0 / OpenAPI 3.x document (JSON or
/// YAML) -> `specs/<product>.yaml` as OpenAPI 3.0 with a stable key order. A document that looks
/// like another API than the spec it replaces (another title, most operations new or gone) is
/// written only with `--force`.
pub(crate) fn import(args: &[String]) -> Result<()> {
    let force = args.iter().any(|a| a == "--force");
    let positional: Vec<&String> = args.iter().filter(|a| *a != "--force").collect();
    if let Some(unknown) = positional.iter().find(|a| a.starts_with("--")) {
        bail!("unknown option `{unknown}`\n{IMPORT_USAGE}");
    }
    let [product, file] = positional.as_slice() else { bail!("{IMPORT_USAGE}") };
    import_into(&project_root(), product, file, force)
}

fn import_into(root: &Path, product: &str, file: &str, force: bool) -> Result<()> {
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE).map_err(|d| anyhow::anyhow!("{d}"))?;
    let Some(entry) = config.products.iter().find(|p| p.name == product) else {
        let names: Vec<&str> = config.products.iter().map(|p| p.name.as_str()).collect();
        bail!(
            "no product `{product}` in {PROJECT_FILE} (products: {}); for a new product add a [[product]] entry there and a cargo feature to generated/Cargo.toml first",
            names.join(", ")
        );
    };
    let text = std::fs::read_to_string(file).with_context(|| format!("reading {file}"))?;
    let mut diagnostics = Diagnostics::new();
    let Some((mut document, format)) = normalize_text(&text, file, &mut diagnostics) else {
        bail!("{diagnostics}\nnothing was written");
    };
    if let Some(info) = document.get_mut("info").and_then(|i| i.as_object_mut()) {
        let name = Path::new(file).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        info.insert("x-imported-from".into(), name.into());
    }
    let yaml = generator::import::to_canonical_yaml(&document).map_err(|e| anyhow::anyhow!(e))?;
    // The written spec must generate: check it where it will live, before writing it.
    let target = root.join("specs").join(&entry.spec);
    let display = format!("specs/{}", entry.spec);
    // A document of another product (or another API) replacing this one is most likely a
    // mix-up: it takes `--force`.
    if let Ok(current_text) = std::fs::read_to_string(&target) {
        let mut ignored = Diagnostics::new();
        if let Some((current, _)) = normalize_text(&current_text, &display, &mut ignored) {
            let resemblance = generator::import::compare_documents(&current, &document);
            let differences = resemblance.differences();
            if !differences.is_empty() {
                let report = format!("{file} looks like a different API than {display}: {}", differences.join("; "));
                if !force {
                    bail!("{report}\ncheck that {file} is the `{product}` document; if it is, run again with --force\nnothing was written");
                }
                eprintln!("warning: {report} (written anyway: --force)");
            }
        }
    }
    let mut check = Diagnostics::new();
    let spec = load_spec_text(&yaml, &target, &display, &mut check);
    if let Some(spec) = &spec {
        let options = LowerOptions { module: entry.module(), feature: entry.name.clone(), conventions: &config.conventions };
        let _ = lower_api(spec, &options, &mut check);
    }
    for warning in diagnostics.warnings().iter().chain(check.warnings().iter()) {
        eprintln!("{warning}");
    }
    if check.has_errors() || spec.is_none() {
        bail!("{check}\nthe imported document does not generate; {display} was not changed");
    }
    let temporary = target.with_extension("yaml.importing");
    std::fs::write(&temporary, &yaml)?;
    std::fs::rename(&temporary, &target)?;
    let from = match format {
        SourceFormat::Swagger20 => "Swagger 2.0, converted to OpenAPI 3.0",
        SourceFormat::OpenApi30 => "OpenAPI 3.0",
        SourceFormat::OpenApi31 => "OpenAPI 3.1, converted to OpenAPI 3.0",
    };
    println!("{display} written from {file} ({from}).");
    println!("Next:");
    println!("  cargo xtask diff {product}     # what the change does to the wire and the Rust API, and the version bump");
    println!("  cargo xtask generate           # regenerate generated/");
    println!("  cargo insta review             # review the API surface snapshot, then commit");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A throwaway checkout with the project's specs (imports check that the result generates).
    fn checkout(name: &str) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-import-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("specs")).unwrap();
        let specs = Path::new(env!("CARGO_MANIFEST_DIR")).join("../specs");
        for entry in std::fs::read_dir(&specs).unwrap() {
            let path = entry.unwrap().path();
            // The spec files (not `reference/`, which import does not read).
            if path.is_file() {
                std::fs::copy(&path, root.join("specs").join(path.file_name().unwrap())).unwrap();
            }
        }
        root
    }

    #[test]
    fn another_api_needs_force() {
        let root = checkout("force");
        let before = std::fs::read_to_string(root.join("specs/utilities.yaml")).unwrap();
        let other = root.join("specs/pay-with-points.yaml").to_string_lossy().into_owned();
        let error = import_into(&root, "utilities", &other, false).unwrap_err().to_string();
        assert!(error.contains("looks like a different API than specs/utilities.yaml: the title changes from"), "{error}");
        assert!(error.contains("operations are in the new document"), "{error}");
        assert!(error.contains("run again with --force\nnothing was written"), "{error}");
        assert_eq!(std::fs::read_to_string(root.join("specs/utilities.yaml")).unwrap(), before, "nothing written without --force");
        import_into(&root, "utilities", &other, true).unwrap();
        let after = std::fs::read_to_string(root.join("specs/utilities.yaml")).unwrap();
        assert!(after.contains("x-imported-from: pay-with-points.yaml"), "written with --force");
        // The same API again (a re-import of what is there) goes through without --force.
        let same = root.join("utilities-again.yaml");
        std::fs::write(&same, &after).unwrap();
        import_into(&root, "utilities", &same.to_string_lossy(), false).unwrap();
        std::fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn numbers_keep_their_digits_through_import() {
        let root = checkout("numbers");
        let source = root.join("utilities-portal.yaml");
        let text = std::fs::read_to_string(root.join("specs/utilities.yaml")).unwrap();
        let text = text.replacen("components:\n", "components:\n  examples:\n    Amounts:\n      value: {fee: 10.50, total: 12345678901234567890.125}\n", 1);
        assert!(text.contains("Amounts"), "the example was added");
        std::fs::write(&source, text).unwrap();
        import_into(&root, "utilities", &source.to_string_lossy(), false).unwrap();
        let written = std::fs::read_to_string(root.join("specs/utilities.yaml")).unwrap();
        assert!(written.contains("fee: 10.50\n"), "{written}");
        assert!(written.contains("total: 12345678901234567890.125\n"), "{written}");
        std::fs::remove_dir_all(&root).unwrap();
    }
}
