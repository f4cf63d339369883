//! The suite's check of `generate --spec --tag-features`: the crate generated for
//! `tests/fixtures/tags.yaml` (operations under one tag, two tags and none; types used by one
//! tag, by several, by an untagged operation and by no operation) passes clippy with warnings
//! denied with no feature, with each feature alone and with the default (all). A gate missing
//! from an item that needs another gated item fails to compile; a gate missing from a helper
//! that only a gated item uses is dead code, which the denied warnings catch.

use std::path::Path;

use anyhow::{bail, Context, Result};
use generator::standalone::{generate_standalone, StandaloneOptions};

use crate::test::{cargo, run_command};

const FIXTURE: &str = "tests/fixtures/tags.yaml";

pub(crate) fn run(root: &Path) -> Result<()> {
    let out = root.join("target/tag-features");
    let _ = std::fs::remove_dir_all(&out);
    let options = StandaloneOptions { crate_name: "tag-features".into(), own_workspace: true, command: "cargo xtask test".into(), tag_features: true };
    let output = generate_standalone(&root.join(FIXTURE), FIXTURE, &options).map_err(|diagnostics| anyhow::anyhow!("{diagnostics}"))?;
    let Some(tags) = &output.api.tag_features else { bail!("{FIXTURE}: no tag features assigned") };
    let features: Vec<String> = tags.features.keys().cloned().collect();
    if features.len() < 3 {
        bail!("{FIXTURE}: expected features for two tags and the unused types, got {features:?}");
    }
    output.files.write(&out).with_context(|| format!("writing {}", out.display()))?;
    // The repository's lockfile, so the dependencies built for the workspace are reused.
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock")).context("copying Cargo.lock")?;
    let mut configurations: Vec<(String, Vec<String>)> = vec![("no feature".into(), vec!["--no-default-features".into()])];
    for feature in &features {
        configurations.push((format!("`{feature}` alone"), vec!["--no-default-features".into(), "--features".into(), feature.clone()]));
    }
    configurations.push(("the default (every feature)".into(), Vec::new()));
    for (label, args) in &configurations {
        println!("--tag-features crate, {label}: cargo clippy -D warnings");
        let mut command = cargo(root);
        command.args(["clippy", "-q", "--manifest-path"]).arg(out.join("Cargo.toml")).args(args).args(["--", "-D", "warnings"]);
        if std::env::var_os("CARGO_TARGET_DIR").is_none() {
            command.env("CARGO_TARGET_DIR", root.join("target"));
        }
        run_command(&mut command).with_context(|| format!("the --tag-features crate with {label}"))?;
    }
    println!("the --tag-features crate of {FIXTURE} passes clippy with no feature, each of {} alone, and all", features.join(", "));
    Ok(())
}
