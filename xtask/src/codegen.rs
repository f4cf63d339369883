//! `generate` and `check`: the same generation, written to disk or compared with it.

use std::time::Instant;

use anyhow::{bail, Context, Result};
use generator::{generate_project, Drift};

use crate::project_root;

const GENERATE_USAGE: &str = "usage: cargo xtask generate [PRODUCT]\n       cargo xtask generate --spec FILE --out DIR [--name CRATE] [--tag-features]";

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

/// `generate-one SPEC` (internal): the generator on one spec, in memory (load, lower, emit,
/// format; nothing written), for runs that need each spec in a process of its own so that an
/// abort is seen as a crash of that spec. Prints `generated<TAB>operations<TAB>types<TAB>warnings`
/// or `diagnosed<TAB>errors`, then every diagnostic on a line of its own.
pub(crate) fn generate_one(args: &[String]) -> Result<()> {
    use std::io::Write;
    let [spec] = args else { bail!("usage: cargo xtask generate-one SPEC") };
    let conventions = generator::config::Conventions::default();
    let mut lines = Vec::new();
    match generator::generate_module_file(std::path::Path::new(spec), spec, "corpus", &conventions, "cargo xtask generate-one") {
        Ok((_, _, api, warnings)) => {
            lines.push(format!("generated\t{}\t{}\t{}", api.operations.len(), api.types.len(), warnings.len()));
            lines.extend(warnings.sorted().iter().map(|warning| one_line(&warning.to_string())));
        }
        Err(diagnostics) => {
            let sorted = diagnostics.sorted();
            lines.push(format!("diagnosed\t{}", sorted.iter().filter(|d| d.is_error()).count()));
            let errors_first = sorted.iter().filter(|d| d.is_error()).chain(sorted.iter().filter(|d| !d.is_error()));
            lines.extend(errors_first.map(|diagnostic| one_line(&diagnostic.to_string())));
        }
    }
    // A reader that stops early (`| head`) is no failure of the generation.
    let mut stdout = std::io::stdout().lock();
    for line in lines {
        if writeln!(stdout, "{line}").is_err() {
            break;
        }
    }
    Ok(())
}

/// A diagnostic on one line (spec text quoted in messages may hold line breaks), at most 2,000
/// characters.
fn one_line(text: &str) -> String {
    let flat: String = text.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    if flat.chars().count() > 2000 {
        format!("{}…", flat.chars().take(2000).collect::<String>())
    } else {
        flat
    }
}

/// `generate --spec FILE --out DIR [--name CRATE]`: a standalone crate for any spec.
fn generate_standalone(args: &[String]) -> Result<()> {
    let (mut spec, mut out, mut name, mut tag_features) = (None, None, None, false);
    let mut rest = args.iter();
    while let Some(flag) = rest.next() {
        if flag == "--tag-features" {
            tag_features = true;
            continue;
        }
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
        command: format!("cargo xtask generate --spec {display}{}", if tag_features { " --tag-features" } else { "" }),
        tag_features,
    };
    let output = generator::standalone::generate_standalone(&spec, &display, &options)
        .map_err(|diagnostics| anyhow::anyhow!("{diagnostics}\ngeneration failed; {} was not changed", out.display()))?;
    for warning in output.warnings.warnings() {
        eprintln!("{warning}");
    }
    let changes = output.files.write_managed(&out).map_err(|error| match error {
        generator::write::WriteError::Refused(message) => anyhow::anyhow!("{message}"),
        generator::write::WriteError::Io(error) => anyhow::anyhow!("writing {}: {error}; {} was left as it was before this run where the error allowed", out.display(), out.display()),
    })?;
    for change in &changes {
        if let Drift::Extra(path) = change {
            println!("removed {} (no longer generated)", out.join(path).display());
        }
    }
    println!(
        "{crate_name}: {} operations, {} types, {} files ({} written) in {} in {:.1} ms",
        output.api.operations.len(),
        output.api.types.len(),
        output.files.files.len(),
        changes.len(),
        out.display(),
        started.elapsed().as_secs_f64() * 1000.0
    );
    // The process ends here: freeing the IR and the files' text (a few hundred thousand
    // allocations for a large spec) would only delay the exit.
    std::mem::forget(output);
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn fixture(name: &str) -> String {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures").join(name).to_string_lossy().into_owned()
    }

    /// Every file below `dir` with its contents.
    fn snapshot(dir: &std::path::Path) -> Vec<(std::path::PathBuf, Vec<u8>)> {
        let mut out = Vec::new();
        let mut stack = vec![dir.to_path_buf()];
        while let Some(folder) = stack.pop() {
            for entry in std::fs::read_dir(&folder).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else {
                    out.push((path.clone(), std::fs::read(&path).unwrap()));
                }
            }
        }
        out.sort();
        out
    }

    #[test]
    fn standalone_generation_never_harms_the_output_folder() {
        let out = std::env::temp_dir().join(format!("xtask-standalone-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&out);
        let args = |spec: &str| vec!["--spec".to_string(), spec.to_string(), "--out".to_string(), out.to_string_lossy().into_owned()];
        // A folder of the user's: refused, untouched.
        std::fs::create_dir_all(out.join("src")).unwrap();
        std::fs::write(out.join("src/main.rs"), "fn main() {}\n").unwrap();
        let error = generate_standalone(&args(&fixture("objects.yaml"))).unwrap_err().to_string();
        assert!(error.contains("holds files the generator did not write (src/main.rs); nothing was changed"), "{error}");
        assert_eq!(snapshot(&out).len(), 1);
        std::fs::remove_dir_all(&out).unwrap();
        // A new folder: generated, with a manifest.
        generate_standalone(&args(&fixture("objects.yaml"))).unwrap();
        assert!(out.join("src/lib.rs").exists() && out.join(generator::write::MANIFEST).exists());
        std::fs::write(out.join("src/mine.rs"), "// the user's\n").unwrap();
        let before = snapshot(&out);
        // A spec that does not generate: the folder stays as it was.
        let error = generate_standalone(&args(&fixture("errors/bad_ref.yaml"))).unwrap_err().to_string();
        assert!(error.contains("generation failed;") && error.contains("was not changed"), "{error}");
        assert_eq!(snapshot(&out), before);
        // Another spec into the same folder: its files replace the generated ones; the user's stays.
        generate_standalone(&args(&fixture("enums.yaml"))).unwrap();
        assert_eq!(std::fs::read_to_string(out.join("src/mine.rs")).unwrap(), "// the user's\n");
        assert_ne!(snapshot(&out), before);
        std::fs::remove_dir_all(&out).unwrap();
    }
}
