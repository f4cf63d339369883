//! `cargo xtask`: the project's tasks, a thin command line over the `generator` crate.

mod codegen;
mod corpus;
mod diff;
mod fidelity;
mod mock;
mod readme;
mod spec_update;
mod test;

use std::path::PathBuf;
use std::process::ExitCode;

const HELP: &str = "\
cargo xtask: tasks of the Citi Poland client generator

USAGE:
    cargo xtask <TASK> [ARGS]

TASKS:
    generate [PRODUCT]     Regenerate generated/src/apis from specs/ (all products, or one)
    generate --spec FILE --out DIR [--name CRATE]
                           Generate a standalone crate (runtime included) for any OpenAPI 3.0/3.1
                           or Swagger 2.0 document, YAML or JSON
    check                  Fail if generated/ is out of date with specs/ (writes nothing)
    import PRODUCT FILE    Convert a document downloaded from the portal (Swagger 2.0 or OpenAPI 3.x,
                           JSON or YAML) to specs/PRODUCT.yaml (OpenAPI 3.0, stable key order)
    diff [PRODUCT...] [--base REV] | diff OLD NEW  [--format text|json|markdown] [--fail-on ...]
                           What spec changes do to the wire and the Rust API, and the version bump
                           (`cargo xtask diff --help` for all options)
    fidelity [--verbose] [--specs DIR] [--normalize]
                           Compare the specs with Citi's own clients (specs/reference/, specs/fidelity.toml);
                           fails on a difference the specs neither fix nor note, or a spec not in
                           canonical form (--normalize rewrites them)
    test                   Run the whole test suite, installing the tools it needs into .tools/
    bench                  Generation time of a spec with 1,200 operations and 2,400 schemas (release build)
    corpus                 Generate and compile a crate for every document of @readme/oas-examples
    mock                   Serve the specs on 127.0.0.1 (Prism per product behind one proxy)
    example <NAME>         Run an example of citi-poland against the mock (two_legged, three_legged)
    help                   Print this help
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        None | Some("help" | "--help" | "-h") => {
            print!("{HELP}");
            Ok(())
        }
        Some("generate") => codegen::generate(&args[1..]),
        Some("check") => codegen::check(&args[1..]),
        Some("test") => test::run(&args[1..]),
        Some("mock") => mock::mock(&args[1..]),
        Some("corpus") => corpus::run(&args[1..]),
        Some("import") => spec_update::import(&args[1..]),
        Some("diff") => return diff::run(&args[1..]),
        Some("fidelity") => fidelity::run(&args[1..]),
        Some("bench") => test::bench(&args[1..]),
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

/// The repository root (the folder holding `specs/`).
pub(crate) fn project_root() -> PathBuf {
    let manifest_dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest_dir.parent().map(PathBuf::from).unwrap_or(manifest_dir)
}
