//! `import` and `diff`: taking in a document the portal publishes, and judging what it changes.

use std::path::Path;
use std::process::Command;

use anyhow::{bail, Context, Result};
use generator::config::ProjectConfig;
use generator::diff::{diff_apis, Impact};
use generator::load::{load_spec, load_spec_text, normalize_text, SourceFormat};
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
    println!("  cargo xtask diff {product}     # what the change does to the Rust API (breaking or not)");
    println!("  cargo xtask generate           # regenerate generated/");
    println!("  cargo insta review             # review the API surface snapshot, then commit");
    Ok(())
}

/// `diff [PRODUCT] [--base REV] [--deny-breaking]`: the changes of the specs since REV
/// (default HEAD), judged by what they do to the generated Rust API.
pub(crate) fn diff(args: &[String]) -> Result<()> {
    let mut base = "HEAD".to_string();
    let mut only = None;
    let mut deny = false;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--base" => base = rest.next().context("--base needs a revision")?.clone(),
            "--deny-breaking" => deny = true,
            other if !other.starts_with('-') && only.is_none() => only = Some(other.to_string()),
            other => bail!("unknown argument `{other}`\nusage: cargo xtask diff [PRODUCT] [--base REV] [--deny-breaking]"),
        }
    }
    let root = project_root();
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE).map_err(|d| anyhow::anyhow!("{d}"))?;
    // The specs at the base revision, in a folder of their own (so relative `$ref`s resolve).
    let old_specs = std::env::temp_dir().join(format!("citi-spec-diff-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&old_specs);
    std::fs::create_dir_all(old_specs.join("specs"))?;
    let listing = git(&root, &["ls-tree", "--name-only", &format!("{base}:specs")])?;
    for name in listing.lines().filter(|n| n.ends_with(".yaml") || n.ends_with(".json")) {
        let text = git(&root, &["show", &format!("{base}:specs/{name}")])?;
        std::fs::write(old_specs.join("specs").join(name), text)?;
    }
    let mut breaking = 0;
    for product in &config.products {
        if only.as_deref().is_some_and(|p| p != product.name) {
            continue;
        }
        let old = lower(&old_specs.join("specs").join(&product.spec), &format!("{base}:specs/{}", product.spec), product, &config);
        let new = lower(&root.join("specs").join(&product.spec), &format!("specs/{}", product.spec), product, &config);
        let (old, new) = match (old, new) {
            (Ok(old), Ok(new)) => (old, new),
            (Err(error), _) | (_, Err(error)) => {
                println!("{}: cannot compare: {error}", product.name);
                continue;
            }
        };
        let changes = diff_apis(&old, &new);
        let count = changes.iter().filter(|c| c.impact == Impact::Breaking).count();
        breaking += count;
        if changes.is_empty() {
            println!("{}: no change to the Rust API", product.name);
            continue;
        }
        println!("{}: {count} breaking, {} compatible change(s) since {base}", product.name, changes.len() - count);
        for change in &changes {
            println!("  {change}");
        }
    }
    let _ = std::fs::remove_dir_all(&old_specs);
    if deny && breaking > 0 {
        bail!("{breaking} breaking change(s)");
    }
    Ok(())
}

fn lower(path: &Path, display: &str, product: &generator::config::ProductConfig, config: &ProjectConfig) -> Result<generator::model::Api, String> {
    let mut diagnostics = Diagnostics::new();
    let spec = load_spec(path, display, &mut diagnostics).ok_or_else(|| diagnostics.to_string())?;
    let options = LowerOptions { module: product.module(), feature: product.name.clone(), conventions: &config.conventions };
    let api = lower_api(&spec, &options, &mut diagnostics);
    if diagnostics.has_errors() {
        return Err(diagnostics.to_string());
    }
    Ok(api)
}

fn git(root: &Path, args: &[&str]) -> Result<String> {
    let output = Command::new("git").args(args).current_dir(root).output().context("running git")?;
    if !output.status.success() {
        bail!("git {}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim());
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}
