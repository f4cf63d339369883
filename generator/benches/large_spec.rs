//! Generation time of a large spec: 1,200 operations and 2,400 schemas (objects with nested
//! inline objects, arrays, enums, `allOf`, `$ref`s between them), written by a small generator
//! below. Prints the time of each stage (best and median of several runs); asserts nothing.
//!
//! `cargo bench -p generator --bench large_spec` (or `cargo xtask bench`).

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use generator::config::Conventions;
use generator::emit::emit_api;
use generator::load::load_spec_text;
use generator::lower::{lower_api, LowerOptions};
use generator::write::format_file;

const RESOURCES: usize = 300;
const SCHEMAS_PER_RESOURCE: usize = 8;
const RUNS: usize = 5;

/// 300 resources, each with 4 operations (list, get, create, update) and 8 schemas.
fn large_spec() -> String {
    let mut out = String::from("openapi: 3.0.3\ninfo: {title: Large, version: '1.0'}\nservers: [{url: 'https://api.example.com/v1'}]\npaths:\n");
    for r in 0..RESOURCES {
        let _ = write!(
            out,
            "  /r{r}/items:
    get:
      operationId: listR{r}
      summary: List resource {r}.
      parameters:
        - {{name: cursor, in: query, schema: {{type: string}}}}
        - {{name: status, in: query, schema: {{type: array, items: {{$ref: '#/components/schemas/R{r}Status'}}}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Page'}}}}}}}}
        default: {{description: error, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
    post:
      operationId: createR{r}
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Create'}}}}}}}}
      responses:
        '201': {{description: created, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
        '422': {{description: invalid, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
  /r{r}/items/{{id}}:
    get:
      operationId: getR{r}
      parameters: [{{name: id, in: path, required: true, schema: {{type: string, format: uuid}}}}]
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
        '404': {{description: missing, content: {{application/json: {{schema: {{$ref: '#/components/schemas/Problem'}}}}}}}}
    patch:
      operationId: updateR{r}
      parameters: [{{name: id, in: path, required: true, schema: {{type: string, format: uuid}}}}]
      requestBody: {{required: true, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}Patch'}}}}}}}}
      responses:
        '200': {{description: ok, content: {{application/json: {{schema: {{$ref: '#/components/schemas/R{r}'}}}}}}}}
"
        );
    }
    out.push_str("components:\n  schemas:\n    Problem: {type: object, required: [title], properties: {title: {type: string}, detail: {type: string}}}\n");
    for r in 0..RESOURCES {
        let next = (r + 1) % RESOURCES;
        let _ = write!(
            out,
            "    R{r}Status: {{type: string, enum: [active, blocked, closed]}}
    R{r}Money: {{type: object, required: [amount, currency], properties: {{amount: {{type: number, format: decimal}}, currency: {{type: string}}}}}}
    R{r}Base: {{type: object, required: [id], properties: {{id: {{type: string, format: uuid}}, createdAt: {{type: string, format: date-time}}}}}}
    R{r}:
      allOf:
        - $ref: '#/components/schemas/R{r}Base'
        - type: object
          required: [name, status]
          properties:
            name: {{type: string, maxLength: 100}}
            status: {{$ref: '#/components/schemas/R{r}Status'}}
            balance: {{$ref: '#/components/schemas/R{r}Money'}}
            tags: {{type: array, items: {{type: string}}}}
            address: {{type: object, properties: {{street: {{type: string}}, city: {{type: string}}, postalCode: {{type: string}}}}}}
            related: {{$ref: '#/components/schemas/R{next}Ref'}}
    R{r}Ref: {{type: object, properties: {{id: {{type: string}}, kind: {{type: string, enum: [a, b]}}}}}}
    R{r}Create: {{type: object, required: [name], properties: {{name: {{type: string}}, balance: {{$ref: '#/components/schemas/R{r}Money'}}, notes: {{type: string, nullable: true}}}}}}
    R{r}Patch: {{type: object, properties: {{name: {{type: string}}, notes: {{type: string, nullable: true}}}}}}
    R{r}Page: {{type: object, properties: {{items: {{type: array, items: {{$ref: '#/components/schemas/R{r}'}}}}, next: {{type: string}}}}}}
"
        );
    }
    out
}

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
