//! Mutated specs through load + lower + emit + format: never a panic.
//!
//! Each case takes a fixture or product spec, applies a few random mutations (deleting,
//! replacing, retyping or renaming parts; dangling and cyclic `$ref`s; odd names and values),
//! and runs the whole pipeline on the result. Diagnostics are fine; a panic fails the test with
//! the document that caused it (shrunk by proptest). Cases are bounded: 400 per run by default
//! (`PROPTEST_CASES` changes it), from a fixed seed (`CITI_FUZZ_SEED` changes it) so CI is
//! reproducible.

use std::path::{Path, PathBuf};

use generator::config::Conventions;
use generator::emit::emit_api_single_file;
use generator::load::load_spec_text;
use generator::lower::{lower_api, LowerOptions};
use generator::write::format_rust;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

/// Every JSON pointer in a document.
fn pointers(value: &Value, at: &str, out: &mut Vec<String>) {
    out.push(at.to_string());
    match value {
        Value::Object(object) => {
            for (key, child) in object {
                pointers(child, &format!("{at}/{}", key.replace('~', "~0").replace('/', "~1")), out);
            }
        }
        Value::Array(items) => {
            for (index, child) in items.iter().enumerate() {
                pointers(child, &format!("{at}/{index}"), out);
            }
        }
        _ => {}
    }
}

#[derive(Clone, Debug)]
enum Mutation {
    Delete,
    Replace(Value),
    Insert(String, Value),
}

fn odd_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        Just(json!(1e308)),
        Just(json!(-0.5)),
        Just(serde_json::from_str::<Value>("123456789012345678901234567890.5").unwrap_or(Value::Null)),
        prop::sample::select(vec![
            "", "string", "object", "array", "integer", "number", "boolean", "null", "date", "date-time", "decimal", "binary", "byte",
            "uuid", "#/components/schemas/Missing", "#/components/schemas/", "#/", "#", "other.yaml#/x", "{id}", "type", "self",
            "Self", "2fa", "ąę", "💸", "a/b~c", "default", "application/json", "multipart/form-data", "200", "4XX",
        ])
        .prop_map(|s| Value::String(s.to_string())),
        "[a-zA-Z0-9_ -]{0,12}".prop_map(Value::String),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "format", "required", "nullable",
                    "additionalProperties", "discriminator", "default", "schema", "content", "in", "name", "style", "explode",
                ])
                .prop_map(str::to_string),
                inner,
                0..4,
            )
            .prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        Just(Mutation::Delete),
        odd_value().prop_map(Mutation::Replace),
        (
            prop::sample::select(vec!["$ref", "type", "allOf", "oneOf", "items", "properties", "enum", "required", "nullable", "default", "x-y"]),
            odd_value()
        )
            .prop_map(|(k, v)| Mutation::Insert(k.to_string(), v)),
    ]
}

fn apply(document: &mut Value, pointer: &str, mutation: &Mutation) {
    match mutation {
        Mutation::Replace(value) => {
            if let Some(slot) = document.pointer_mut(pointer) {
                *slot = value.clone();
            }
        }
        Mutation::Insert(key, value) => {
            if let Some(Value::Object(object)) = document.pointer_mut(pointer) {
                object.insert(key.clone(), value.clone());
            }
        }
        Mutation::Delete => {
            let Some((parent, last)) = pointer.rsplit_once('/') else { return };
            let last = last.replace("~1", "/").replace("~0", "~");
            match document.pointer_mut(parent) {
                Some(Value::Object(object)) => {
                    object.remove(&last);
                }
                Some(Value::Array(items)) => {
                    if let Ok(index) = last.parse::<usize>() {
                        if index < items.len() {
                            items.remove(index);
                        }
                    }
                }
                _ => {}
            }
        }
    }
}

/// How far a document got through the pipeline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Reached {
    Diagnosed,
    Lowered,
    Emitted,
}

/// The whole pipeline on one document; `Err` only for a panic.
fn run_pipeline(text: &str, path: &Path) -> Result<Reached, String> {
    std::panic::catch_unwind(|| {
        let mut diagnostics = generator::Diagnostics::new();
        let Some(spec) = load_spec_text(text, path, "fuzz.yaml", &mut diagnostics) else { return Reached::Diagnosed };
        let conventions = Conventions { paging: Some(generator::config::PagingConvention { query: "cursor".into(), field: "next".into() }), ..Conventions::default() };
        let options = LowerOptions { module: "fuzz".into(), feature: String::new(), conventions: &conventions };
        let api = lower_api(&spec, &options, &mut diagnostics);
        let _ = generator::emit::surface::api_surface(&api);
        let _ = generator::examples::collect_examples(&spec, &api);
        if diagnostics.has_errors() {
            return Reached::Lowered;
        }
        // Invalid tokens from a spec that lowered cleanly are a generator bug, reported as such.
        match format_rust(emit_api_single_file(&api), "// fuzz\n") {
            Ok(_) => Reached::Emitted,
            Err(message) => panic!("{message}"),
        }
    })
    .map_err(|panic| panic.downcast_ref::<String>().cloned().or_else(|| panic.downcast_ref::<&str>().map(|s| s.to_string())).unwrap_or_default())
}

fn bases() -> Vec<(PathBuf, Value)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf();
    let mut paths: Vec<PathBuf> = std::fs::read_dir(root.join("tests/fixtures")).expect("fixtures").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.push(root.join("specs/utilities.yaml"));
    paths.push(root.join("specs/authorize.yaml"));
    paths.retain(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "json")));
    paths.sort();
    paths
        .into_iter()
        .filter_map(|path| {
            let text = std::fs::read_to_string(&path).ok()?;
            let value: Value = if path.extension().and_then(|e| e.to_str()) == Some("json") { serde_json::from_str(&text).ok()? } else { serde_yaml::from_str(&text).ok()? };
            Some((path, value))
        })
        .collect()
}

#[test]
fn mutated_specs_never_panic() {
    let bases = bases();
    assert!(bases.len() > 10, "fixtures to mutate");
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(400);
    let seed: u64 = std::env::var("CITI_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20_261_125);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config { cases, failure_persistence: None, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes));
    // Silence the default panic message: a panic is reported as the test's failure below.
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let strategy = (0..bases.len(), prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..6));
    let reached = std::cell::RefCell::new(std::collections::BTreeMap::<Reached, usize>::new());
    let result = runner.run(&strategy, |(base, mutations)| {
        let (path, original) = &bases[base];
        let mut document = original.clone();
        for (index, mutation) in &mutations {
            let mut all = Vec::new();
            pointers(&document, "", &mut all);
            let pointer = index.get(&all).clone();
            apply(&mut document, &pointer, mutation);
        }
        let text = serde_json::to_string_pretty(&document).unwrap_or_default();
        match run_pipeline(&text, path) {
            Ok(stage) => *reached.borrow_mut().entry(stage).or_default() += 1,
            Err(panic) => return Err(TestCaseError::fail(format!("panic `{panic}` on a mutation of {}:\n{text}", path.display()))),
        }
        Ok(())
    });
    std::panic::set_hook(hook);
    if let Err(error) = result {
        panic!("{error}");
    }
    let reached = reached.into_inner();
    println!("{cases} mutated specs (seed {seed}): {reached:?}");
    let emitted = reached.get(&Reached::Emitted).copied().unwrap_or(0);
    assert!(emitted * 4 >= cases as usize, "too few mutated specs get through to code ({reached:?}): the mutations no longer exercise lower and emit");
}

#[test]
fn garbage_text_never_panics() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures/fuzz.yaml");
    for text in ["", "\u{feff}", "null", "[]", "openapi: [", "openapi: 3.0.0", "swagger: '2.0'", "openapi: 3.1.0\npaths: 5", "{\"openapi\": \"3.0.3\", \"paths\": {\"x\": []}}", "\t\t: :", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{b}:\n    get:\n      responses: {}\n"] {
        assert!(run_pipeline(text, &path).is_ok(), "on {text:?}");
    }
}
