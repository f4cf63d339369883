//! Each generator stage on the project's own seven product specs: load (read, parse, bundle
//! `common.yaml`, check), lower (the IR), emit (token streams) and format (syn + prettyplease),
//! and the whole product end to end. Prints divan's figures; asserts nothing about time.
//!
//! `cargo bench -p generator --bench stages`

use std::path::PathBuf;

use divan::{black_box, Bencher};
use generator::config::ProjectConfig;
use generator::diagnostic::Diagnostics;
use generator::emit::{emit_api, EmittedApi};
use generator::load::{load_spec, LoadedSpec};
use generator::lower::{lower_api, LowerOptions};
use generator::model::Api;
use generator::write::format_file;

fn main() {
    divan::main();
}

const PRODUCTS: [&str; 7] = ["accounts", "authorize", "customers", "money-movement", "onboarding", "pay-with-points", "utilities"];

fn specs_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../specs")
}

fn config() -> ProjectConfig {
    let path = specs_dir().join("crate.toml");
    ProjectConfig::load(&path, "specs/crate.toml").expect("specs/crate.toml loads")
}

fn load(product: &str) -> LoadedSpec {
    let path = specs_dir().join(format!("{product}.yaml"));
    let mut diagnostics = Diagnostics::new();
    load_spec(&path, &format!("specs/{product}.yaml"), &mut diagnostics).expect("the product spec loads")
}

fn lower(spec: &LoadedSpec, config: &ProjectConfig, product: &str) -> Api {
    let module = product.replace('-', "_");
    let options = LowerOptions { module, feature: product.to_string(), conventions: &config.conventions };
    let mut diagnostics = Diagnostics::new();
    let api = lower_api(spec, &options, &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{product} lowers cleanly");
    api
}

fn format(emitted: EmittedApi<'_>) -> usize {
    let EmittedApi { module, types, operations, client } = emitted;
    [module, types, operations, client].into_iter().map(|file| format_file(file, "").expect("valid code").len()).sum()
}

#[divan::bench(args = PRODUCTS)]
fn load_stage(product: &str) -> LoadedSpec {
    load(black_box(product))
}

#[divan::bench(args = PRODUCTS)]
fn lower_stage(bencher: Bencher, product: &str) {
    let config = config();
    let spec = load(product);
    bencher.bench_local(|| lower(black_box(&spec), &config, product));
}

/// Emit alone: the token streams of every item, made and dropped (the writer makes them on its
/// threads, item by item, as it formats).
#[divan::bench(args = PRODUCTS)]
fn emit_stage(bencher: Bencher, product: &str) {
    let config = config();
    let api = lower(&load(product), &config, product);
    bencher.bench_local(|| {
        let EmittedApi { module, types, operations, client } = emit_api(black_box(&api));
        [module, types, operations, client].into_iter().map(|file| file.into_tokens().into_iter().count()).sum::<usize>()
    });
}

/// Emit and format together (the writer interleaves them across cores).
#[divan::bench(args = PRODUCTS)]
fn emit_and_format_stage(bencher: Bencher, product: &str) {
    let config = config();
    let api = lower(&load(product), &config, product);
    bencher.bench_local(|| format(emit_api(black_box(&api))));
}

#[divan::bench(args = PRODUCTS)]
fn whole_product(bencher: Bencher, product: &str) {
    let config = config();
    bencher.bench_local(|| {
        let spec = load(black_box(product));
        let api = lower(&spec, &config, product);
        format(emit_api(&api))
    });
}
