//! Generation time of a large spec: 1,200 operations and 2,400 schemas (objects with nested
//! inline objects, arrays, enums, `allOf`, `$ref`s between them), written by a small generator
//! below. Prints the time of each stage (best and median of several runs); asserts nothing.
//!
//! `cargo bench -p generator --bench large_spec` (or `cargo xtask bench`).

use std::path::Path;
use std::time::{Duration, Instant};

use generator::config::Conventions;
use generator::emit::emit_api;
use generator::load::load_spec_text;
use generator::lower::{lower_api, LowerOptions};
use generator::write::format_file;

const SCHEMAS_PER_RESOURCE: usize = 8;
const RUNS: usize = 5;

include!("support/large_spec_text.rs");

struct Timings {
    load: Duration,
    lower: Duration,
    emit: Duration,
    format: Duration,
}

fn run(text: &str) -> (Timings, usize, usize, usize) {
    let path = Path::new("large.yaml");
    let started = Instant::now();
    let mut diagnostics = generator::Diagnostics::new();
    let spec = load_spec_text(text, path, "large.yaml", &mut diagnostics).expect("the large spec loads");
    let load = started.elapsed();
    let started = Instant::now();
    let conventions = Conventions::default();
    let api = lower_api(&spec, &LowerOptions { module: "large".into(), feature: String::new(), conventions: &conventions }, &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{diagnostics}");
    let lower = started.elapsed();
    // Emission is lazy: each file's items are made where they are formatted, in parallel.
    let started = Instant::now();
    let emitted = emit_api(&api);
    let emit = started.elapsed();
    let started = Instant::now();
    let mut bytes = 0;
    for tokens in [emitted.module, emitted.types, emitted.operations, emitted.client] {
        bytes += format_file(tokens, "// large\n").expect("valid code").len();
    }
    let format = started.elapsed();
    (Timings { load, lower, emit, format }, api.operations.len(), api.types.len(), bytes)
}

fn main() {
    let text = large_spec();
    let mut runs = Vec::new();
    let mut shape = (0, 0, 0);
    for _ in 0..RUNS {
        let (timings, operations, types, bytes) = run(&text);
        shape = (operations, types, bytes);
        runs.push(timings);
    }
    let schemas = RESOURCES * SCHEMAS_PER_RESOURCE + 1;
    println!("large spec: {} KiB of YAML, {} operations, {schemas} component schemas -> {} Rust types, {} KiB of Rust", text.len() / 1024, shape.0, shape.1, shape.2 / 1024);
    let stats = |pick: &dyn Fn(&Timings) -> Duration| {
        let mut values: Vec<f64> = runs.iter().map(|t| pick(t).as_secs_f64() * 1000.0).collect();
        values.sort_by(f64::total_cmp);
        (values[0], values[values.len() / 2])
    };
    for (stage, pick) in [
        ("load (parse + deserialize)", &(|t: &Timings| t.load) as &dyn Fn(&Timings) -> Duration),
        ("lower (spec -> IR)", &|t: &Timings| t.lower),
        ("emit + format (all cores)", &|t: &Timings| t.emit + t.format),
        ("total", &|t: &Timings| t.load + t.lower + t.emit + t.format),
    ] {
        let (best, median) = stats(pick);
        println!("  {stage:<28} best {best:>8.1} ms   median {median:>8.1} ms   ({RUNS} runs)");
    }
}
