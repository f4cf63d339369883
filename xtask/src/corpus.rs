//! `corpus`: the generator on real specs no one here wrote. Every OpenAPI 3.0, 3.1 and Swagger
//! 2.0 document of the npm package `@readme/oas-examples` (installed by the test command) either
//! becomes a crate that compiles, or stops with diagnostics naming the file and pointer. Panics
//! and crates that do not compile are failures.
//!
//! All generated crates join one throwaway workspace (`target-corpus/`) and are checked by one
//! `cargo clippy` with warnings denied, sharing the repository's target folder and lock file.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::Instant;

use anyhow::{bail, Context, Result};
use generator::standalone::{crate_name_for, generate_standalone, StandaloneOptions};

use crate::project_root;
use crate::test::{cargo, install_tools};

#[derive(Debug)]
enum Outcome {
    Generated { crate_name: String, operations: usize, types: usize, warnings: usize },
    Diagnostics(String),
    Panicked(String),
}

pub(crate) fn run(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask corpus");
    }
    let root = project_root();
    install_tools(&root)?;
    let corpus = root.join(".tools/node/node_modules/@readme/oas-examples");
    let mut documents = Vec::new();
    for version in ["2.0", "3.0", "3.1"] {
        collect(&corpus.join(version), &mut documents);
    }
    documents.sort();
    if documents.is_empty() {
        bail!("no documents under {}", corpus.display());
    }
    let out = root.join("target-corpus");
    let crates_dir = out.join("crates");
    let _ = std::fs::remove_dir_all(&crates_dir);
    std::fs::create_dir_all(&crates_dir)?;

    let started = Instant::now();
    let mut results: Vec<(PathBuf, Outcome)> = Vec::new();
    // The generator must not panic; a panic is caught only to be reported as a failure.
    let quiet_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    for document in &documents {
        let relative = document.strip_prefix(&corpus).unwrap_or(document).to_string_lossy().replace('\\', "/");
        let crate_name = crate_name_for(&relative.trim_end_matches(".json").trim_end_matches(".yaml").replace('/', "-"));
        let options = StandaloneOptions { crate_name: crate_name.clone(), own_workspace: false, command: "cargo xtask corpus".into(), tag_features: false };
        let display = format!("oas-examples/{relative}");
        let attempt = std::panic::catch_unwind(|| generate_standalone(document, &display, &options));
        let outcome = match attempt {
            Ok(Ok(output)) => {
                output.files.write(&crates_dir.join(&crate_name)).with_context(|| format!("writing {crate_name}"))?;
                Outcome::Generated {
                    crate_name,
                    operations: output.api.operations.len(),
                    types: output.api.types.len(),
                    warnings: output.warnings.warnings().len(),
                }
            }
            Ok(Err(diagnostics)) => Outcome::Diagnostics(diagnostics.sorted().into_iter().find(|d| d.is_error()).map(|d| d.to_string()).unwrap_or_default()),
            Err(panic) => Outcome::Panicked(panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default()),
        };
        results.push((PathBuf::from(relative), outcome));
    }
    std::panic::set_hook(quiet_hook);
    let generation_time = started.elapsed();

    // One workspace, one `cargo check` for every generated crate.
    let members: Vec<String> = results
        .iter()
        .filter_map(|(_, outcome)| match outcome {
            Outcome::Generated { crate_name, .. } => Some(format!("\"crates/{crate_name}\"")),
            _ => None,
        })
        .collect();
    std::fs::write(out.join("Cargo.toml"), format!("# Written by `cargo xtask corpus`.\n[workspace]\nresolver = \"2\"\nmembers = [{}]\n", members.join(", ")))?;
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))?;
    let check_started = Instant::now();
    let failed_crates = check_all(&root, &out)?;
    let check_time = check_started.elapsed();

    println!("\n{:<58} {:<10} details", "document", "outcome");
    let mut counts: BTreeMap<&str, [usize; 4]> = BTreeMap::new();
    for (path, outcome) in &results {
        let version = path.components().next().map(|c| c.as_os_str().to_str().unwrap_or("")).unwrap_or("");
        let version = match version {
            "2.0" => "Swagger 2.0",
            "3.0" => "OpenAPI 3.0",
            _ => "OpenAPI 3.1",
        };
        let entry = counts.entry(version).or_default();
        let (label, details) = match outcome {
            Outcome::Generated { crate_name, operations, types, warnings } => {
                if let Some(error) = failed_crates.get(crate_name) {
                    entry[2] += 1;
                    ("COMPILE", error.clone())
                } else {
                    entry[0] += 1;
                    ("ok", format!("{operations} operations, {types} types, {warnings} warnings"))
                }
            }
            Outcome::Diagnostics(first) => {
                entry[1] += 1;
                ("diagnosed", first.clone())
            }
            Outcome::Panicked(message) => {
                entry[3] += 1;
                ("PANIC", message.clone())
            }
        };
        println!("{:<58} {label:<10} {details}", path.display());
    }
    println!("\n{:<12} {:>10} {:>10} {:>16} {:>7}", "", "compiled", "diagnosed", "did not compile", "panics");
    let mut failures = 0;
    for (version, [ok, diagnosed, compile, panics]) in &counts {
        println!("{version:<12} {ok:>10} {diagnosed:>10} {compile:>16} {panics:>7}");
        failures += compile + panics;
    }
    println!(
        "\n{} documents: generation {:.2} s, cargo clippy (warnings denied) of the generated crates {:.1} s",
        results.len(),
        generation_time.as_secs_f64(),
        check_time.as_secs_f64()
    );
    if failures > 0 {
        bail!("{failures} document(s) panicked or produced a crate that does not compile");
    }
    Ok(())
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, out);
        } else if matches!(path.extension().and_then(|e| e.to_str()), Some("json" | "yaml" | "yml")) {
            out.push(path);
        }
    }
}

/// `cargo clippy -D warnings` of the corpus workspace; the crates that failed, with their first error.
fn check_all(root: &Path, workspace: &Path) -> Result<BTreeMap<String, String>> {
    let mut child = cargo(root)
        .args(["clippy", "--workspace", "--keep-going", "--message-format", "json", "--manifest-path"])
        .arg(workspace.join("Cargo.toml"))
        .args(["--", "-D", "warnings"])
        .env("CARGO_TARGET_DIR", root.join("target"))
        .stdout(Stdio::piped())
        .spawn()
        .context("running cargo clippy on the corpus")?;
    let mut failed: BTreeMap<String, String> = BTreeMap::new();
    let stdout = child.stdout.take().context("cargo's output")?;
    for line in std::io::BufReader::new(stdout).lines() {
        let line = line?;
        let Some(package) = json_field(&line, "package_id") else { continue };
        if line.contains("\"reason\":\"compiler-message\"") && line.contains("\"level\":\"error\"") {
            let name = package_name(&package);
            let message = json_field(&line, "rendered").unwrap_or_default();
            failed.entry(name).or_insert_with(|| message.lines().next().unwrap_or("").to_string());
        }
    }
    let status = child.wait()?;
    if !status.success() && failed.is_empty() {
        bail!("cargo clippy of the corpus failed ({status}) without a compiler error");
    }
    Ok(failed)
}

/// A string field of a cargo JSON message (no JSON parser in xtask: cargo's messages are flat
/// enough for this).
fn json_field(line: &str, key: &str) -> Option<String> {
    let start = line.find(&format!("\"{key}\":\""))? + key.len() + 4;
    let mut out = String::new();
    let mut chars = line[start..].chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => return Some(out),
            '\\' => match chars.next()? {
                'n' => out.push('\n'),
                't' => out.push('\t'),
                other => out.push(other),
            },
            other => out.push(other),
        }
    }
    None
}

/// `path+file:///.../crates/NAME#0.1.0` -> `NAME`.
fn package_name(package_id: &str) -> String {
    let before_version = package_id.split('#').next().unwrap_or(package_id);
    before_version.rsplit('/').next().unwrap_or(before_version).to_string()
}
