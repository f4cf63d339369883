//! `import`: taking in a document the portal publishes.

use std::path::Path;

use anyhow::{bail, Context, Result};
use generator::config::ProjectConfig;
use generator::load::{load_spec_text, normalize_text, SourceFormat};
use generator::lower::{lower_api, LowerOptions};
use generator::project::PROJECT_FILE;
use generator::Diagnostics;

use crate::project_root;

/// `import PRODUCT FILE`: a downloaded Swagger 2.0 / OpenAPI 3.x document (JSON or YAML) ->
/// `specs/<product>.yaml` as OpenAPI 3.0 with a stable key order.
pub(crate) fn import(args: &[String]) -> Result<()> {
    let [product, file] = args else { bail!("usage: cargo xtask import PRODUCT FILE") };
    let root = project_root();
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE).map_err(|d| anyhow::anyhow!("{d}"))?;
    let Some(entry) = config.products.iter().find(|p| &p.name == product) else {
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
