//! `generate` and `check`: the same generation, written to disk or compared with it.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use generator::{generate_project, Drift};

use crate::project_root;

const GENERATE_USAGE: &str = "usage: cargo xtask generate [PRODUCT]\n       cargo xtask generate --spec FILE --out DIR [--name CRATE]";

pub(crate) fn generate(args: &[String]) -> Result<()> {
    if args.iter().any(|a| a.starts_with("--")) {
        return generate_standalone(args);
    }
    let only = match args {
        [] => None,
        [product] => Some(product.as_str()),
        _ => bail!("{GENERATE_USAGE}"),
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
    match check_drift(&root)? {
        None => {
            println!("generated/ is up to date with specs/");
            Ok(())
        }
        Some(report) => bail!("{report}"),
    }
}

/// `None` when `generated/` is up to date with `specs/`, else the report naming every stale,
/// missing and extra file and the spec it comes from. The test suite's drift test runs the
/// same generator function.
pub(crate) fn check_drift(root: &std::path::Path) -> Result<Option<String>> {
    let output = generate_project(root, None).map_err(|diagnostics| anyhow::anyhow!("{diagnostics}\nthe specs do not generate"))?;
    let drift = output.files.check(root).context("reading generated/")?;
    if drift.is_empty() {
        return Ok(None);
    }
    let mut report = String::from("generated/ is out of date with specs/:\n");
    for item in &drift {
        let (label, path) = match item {
            Drift::Stale(path) => ("stale  ", path),
            Drift::Missing(path) => ("missing", path),
            Drift::Extra(path) => ("extra  ", path),
        };
        let source = match output.source_of(path) {
            Some(spec) => format!(" (from {spec})"),
            None => " (no longer generated)".to_string(),
        };
        report.push_str(&format!("  {label} {}{source}\n", path.display()));
    }
    report.push_str("run `cargo xtask generate` and commit the result");
    Ok(Some(report))
}

/// `generate --spec FILE --out DIR [--name CRATE]`: a standalone crate for any spec.
fn generate_standalone(args: &[String]) -> Result<()> {
    let (mut spec, mut out, mut name) = (None, None, None);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        let value = rest.next().with_context(|| format!("{flag} needs a value\n{GENERATE_USAGE}"))?;
        match flag.as_str() {
            "--spec" => spec = Some(std::path::PathBuf::from(value)),
            "--out" => out = Some(std::path::PathBuf::from(value)),
            "--name" => name = Some(value.clone()),
            other => bail!("unknown option `{other}`\n{GENERATE_USAGE}"),
        }
    }
    let (Some(spec), Some(out)) = (spec, out) else { bail!("{GENERATE_USAGE}") };
    let started = Instant::now();
    let display = spec.display().to_string();
    let stem = spec.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let crate_name = name.unwrap_or_else(|| generator::standalone::crate_name_for(&stem));
    let options = generator::standalone::StandaloneOptions {
        crate_name: crate_name.clone(),
        own_workspace: true,
        command: format!("cargo xtask generate --spec {display}"),
    };
    let output = generator::standalone::generate_standalone(&spec, &display, &options)
        .map_err(|diagnostics| anyhow::anyhow!("{diagnostics}\ngeneration failed; {} was not changed", out.display()))?;
    for warning in output.warnings.warnings() {
        eprintln!("{warning}");
    }
    let changes = output.files.write(&out).with_context(|| format!("writing {}", out.display()))?;
    println!(
        "{crate_name}: {} operations, {} types, {} files ({} written) in {} in {:.1} ms",
        output.api.operations.len(),
        output.api.types.len(),
        output.files.files.len(),
        changes.len(),
        out.display(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    Ok(())
}
