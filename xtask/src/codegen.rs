//! `generate` and `check`: the same generation, written to disk or compared with it.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use generator::{generate_project, Drift};

use crate::project_root;

pub(crate) fn generate(args: &[String]) -> Result<()> {
    let only = match args {
        [] => None,
        [product] if !product.starts_with('-') => Some(product.as_str()),
        _ => bail!("usage: cargo xtask generate [PRODUCT]"),
    };
    let started = Instant::now();
    let root = project_root();
    let output = generate_project(&root, only).map_err(|diagnostics| anyhow::anyhow!("{diagnostics}\ngeneration failed; generated/ was not changed"))?;
    let changes = output.files.write(&root).context("writing generated/")?;
    for product in &output.products {
        let written = product.files.iter().filter(|f| changes.iter().any(|c| c.path() == f.as_path())).count();
        println!(
            "{:<16} {:>3} operations {:>4} types  {} files ({written} written, {} unchanged)  {:.1} ms",
            product.name,
            product.api.operations.len(),
            product.api.types.len(),
            product.files.len(),
            product.files.len() - written,
            product.elapsed.as_secs_f64() * 1000.0
        );
    }
    for change in &changes {
        if let Drift::Extra(path) = change {
            println!("removed {}", path.display());
        }
    }
    println!("generated in {:.1} ms ({} files changed)", started.elapsed().as_secs_f64() * 1000.0, changes.len());
    Ok(())
}

pub(crate) fn check(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask check");
    }
    let root = project_root();
    let drift = check_drift(&root)?;
    if drift.is_empty() {
        println!("generated/ is up to date with specs/");
        return Ok(());
    }
    bail!("{}", drift_report(&drift))
}

/// The drift between `specs/` and `generated/` (empty when up to date). The test suite's drift
/// test calls the same generator function.
pub(crate) fn check_drift(root: &std::path::Path) -> Result<Vec<Drift>> {
    let output = generate_project(root, None).map_err(|diagnostics| anyhow::anyhow!("{diagnostics}\nthe specs do not generate"))?;
    output.files.check(root).context("reading generated/")
}

pub(crate) fn drift_report(drift: &[Drift]) -> String {
    let mut report = String::from("generated/ is out of date with specs/:\n");
    for item in drift {
        let (label, path) = match item {
            Drift::Stale(path) => ("stale  ", path),
            Drift::Missing(path) => ("missing", path),
            Drift::Extra(path) => ("extra  ", path),
        };
        report.push_str(&format!("  {label} {}\n", path.display()));
    }
    report.push_str("run `cargo xtask generate` and commit the result");
    report
}
