//! Generates, into OUT_DIR, the code the integration tests compile against the generator's
//! current output:
//! - `fixtures.rs`: every fixture spec in `fixtures/` as a module (so fixture output must compile);
//! - `examples.rs`: one round-trip test per `example` of every product spec and every fixture.
//!
//! A spec that fails to generate is a build error naming the spec.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use generator::config::Conventions;
use generator::emit::type_tokens_with;
use generator::examples::collect_examples;
use quote::quote;

#[path = "build/e2e.rs"]
mod e2e;

/// Named in the header of generated fixture code.
const FIXTURE_COMMAND: &str = "cargo test -p integration-tests";

fn main() {
    let manifest_dir = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let root = manifest_dir.parent().expect("the tests crate sits in the workspace").to_path_buf();
    let out_dir = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    println!("cargo:rerun-if-changed={}", root.join("specs").display());
    println!("cargo:rerun-if-changed={}", manifest_dir.join("fixtures").display());

    let mut fixtures_rs = String::new();
    let mut examples_rs = String::new();

    // Product specs: examples against the citi-poland crate's types.
    let products = match generator::project::lower_project(&root) {
        Ok(products) => products,
        Err(diagnostics) => panic!("the product specs do not generate:\n{diagnostics}"),
    };
    for (product, spec, api) in &products {
        let module = product.module();
        let types_path: syn::Path = syn::parse_str(&format!("citi_poland::{module}::types")).expect("a valid path");
        for (index, example) in collect_examples(spec, api).iter().enumerate() {
            let ty = type_tokens_with(&example.ty, &|name| {
                let name = quote::format_ident!("{name}");
                quote! { #types_path::#name }
            });
            write_case(&mut examples_rs, &format!("{module}_{index:03}"), &ty.to_string(), &example.location, &example.value);
        }
    }

    // Fixtures: each becomes a module of the test crate; its examples use its own types.
    for path in fixture_paths(&manifest_dir.join("fixtures")) {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("fixture").replace('-', "_");
        let display = format!("tests/fixtures/{}", path.file_name().and_then(|n| n.to_str()).unwrap_or_default());
        let conventions = Conventions::default();
        let (code, spec, api, _warnings) = match generator::generate_module_file(&path, &display, &stem, &conventions, FIXTURE_COMMAND) {
            Ok(generated) => generated,
            Err(diagnostics) => panic!("fixture {display} does not generate:\n{diagnostics}"),
        };
        let body: String = code.lines().skip(1).collect::<Vec<_>>().join("\n");
        let _ = writeln!(fixtures_rs, "pub mod {stem} {{\n{body}\n}}\n");
        let types_path: syn::Path = syn::parse_str(&format!("crate::fixtures::{stem}::types")).expect("a valid path");
        for (index, example) in collect_examples(&spec, &api).iter().enumerate() {
            let ty = type_tokens_with(&example.ty, &|name| {
                let name = quote::format_ident!("{name}");
                quote! { #types_path::#name }
            });
            write_case(&mut examples_rs, &format!("fixture_{stem}_{index:03}"), &ty.to_string(), &example.location, &example.value);
        }
    }

    std::fs::write(out_dir.join("fixtures.rs"), fixtures_rs).expect("writing fixtures.rs");
    std::fs::write(out_dir.join("examples.rs"), examples_rs).expect("writing examples.rs");
    std::fs::write(out_dir.join("routes.rs"), routes(&products)).expect("writing routes.rs");
    std::fs::write(out_dir.join("e2e_cases.rs"), e2e::cases(&products)).expect("writing e2e_cases.rs");
}

/// Which product serves which path template, and each product's spec (for the mock server).
fn routes(products: &[(generator::config::ProductConfig, generator::load::LoadedSpec, generator::model::Api)]) -> String {
    let mut out = String::from("/// (product, path template) of every operation.\npub const ROUTES: &[(&str, &str)] = &[\n");
    for (product, _, api) in products {
        let mut paths: Vec<&str> = api.operations.iter().map(|o| o.path.as_str()).collect();
        paths.sort_unstable();
        paths.dedup();
        for path in paths {
            let _ = writeln!(out, "    ({:?}, {:?}),", product.name, path);
        }
    }
    out.push_str("];\n\n/// (product, spec file relative to the repository root).\npub const SPECS: &[(&str, &str)] = &[\n");
    for (product, spec, _) in products {
        let _ = writeln!(out, "    ({:?}, {:?}),", product.name, spec.file);
    }
    out.push_str("];\n");
    out
}

fn fixture_paths(dir: &Path) -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    paths.retain(|p| p.is_file() && matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "json")));
    paths.sort();
    paths
}

fn write_case(out: &mut String, name: &str, ty: &str, location: &str, value: &serde_json::Value) {
    let json = value.to_string();
    let _ = writeln!(
        out,
        "#[test]\n#[allow(deprecated)]\nfn {name}() {{\n    crate::examples::round_trip::<{ty}>({location:?}, {json:?});\n}}\n"
    );
}
