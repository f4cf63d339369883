//! Generates the money fixture (`tests/fixtures/money.yaml`: decimals in every field shape) into
//! OUT_DIR, for the exactness tests.

use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let spec = manifest_dir.join("../fixtures/money.yaml");
    println!("cargo:rerun-if-changed={}", spec.display());
    let conventions = generator::config::Conventions::default();
    let (code, ..) = match generator::generate_module_file(&spec, "tests/fixtures/money.yaml", "money", &conventions, "cargo test (tests/consumer)") {
        Ok(generated) => generated,
        Err(diagnostics) => panic!("tests/fixtures/money.yaml does not generate:\n{diagnostics}"),
    };
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("money.rs");
    // Without its `@generated` header line, as the module `money` (its docs are inner docs).
    let body: String = code.lines().skip(1).collect::<Vec<_>>().join("\n");
    std::fs::write(out, format!("#[allow(dead_code, clippy::all)]\npub mod money {{\n{body}\n}}\n")).expect("writing money.rs");
}
