//! No input can crash the generator.
//!
//! - Mutation fuzzing: a fixture or product spec (or a spec split over files, whose support
//!   files are mutated too) gets a few random mutations (deleting, replacing, retyping or
//!   renaming parts; dangling, external and cyclic `$ref`s; odd names and values; schemas
//!   nested thousands deep; strings of a megabyte), is written as JSON or YAML (sometimes with
//!   its text damaged), and goes through load, lower, emit and format in a child process (the
//!   `generate-spec` binary), so an abort or a stack overflow fails the case instead of ending
//!   the test run. Diagnostics are fine; a crash, a hang, or tokens that do not parse fail the
//!   case with the files that caused it (shrunk by proptest). 800 cases by default
//!   (`PROPTEST_CASES` changes it), from a fixed seed (`CITI_FUZZ_SEED` changes it).
//! - Hostile inputs, each run in a 2 MB thread of this process and in the child process (8 MB
//!   main thread): files that refer to themselves, `$ref` chains thousands long, schemas nested
//!   thousands deep, a one-megabyte one-line description, YAML alias bombs. Each ends within
//!   seconds in a result or in a diagnostic naming the file and pointer.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use generator::config::Conventions;
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use serde_json::{json, Value};

/// How long one spec may take in the child before it counts as a hang.
const CASE_TIMEOUT: Duration = Duration::from_secs(60);

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

/// A scratch folder of this test process.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("citi-fuzz-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch folder");
    dir
}

/// `generate-spec --serve`: one long-lived child that answers one line per spec path.
struct Generator {
    child: Child,
    stdin: ChildStdin,
    lines: Receiver<String>,
    stderr: Arc<Mutex<String>>,
}

impl Generator {
    fn start() -> Generator {
        let mut child = Command::new(env!("CARGO_BIN_EXE_generate-spec"))
            .arg("--serve")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("starting generate-spec");
        let stdin = child.stdin.take().expect("stdin");
        let stdout = child.stdout.take().expect("stdout");
        let mut stderr_pipe = child.stderr.take().expect("stderr");
        let (sender, lines) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if sender.send(line).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(String::new()));
        let sink = stderr.clone();
        std::thread::spawn(move || {
            let mut text = String::new();
            let _ = std::io::Read::read_to_string(&mut stderr_pipe, &mut text);
            if let Ok(mut sink) = sink.lock() {
                sink.push_str(&text);
            }
        });
        Generator { child, stdin, lines, stderr }
    }

    /// The outcome line for `spec`; `Err` when the child crashed or hung (it is then gone).
    fn run(&mut self, spec: &Path) -> Result<String, String> {
        let sent = writeln!(self.stdin, "{}", spec.display()).and_then(|()| self.stdin.flush());
        let answer = match sent {
            Ok(()) => self.lines.recv_timeout(CASE_TIMEOUT),
            Err(_) => Err(RecvTimeoutError::Disconnected),
        };
        match answer {
            Ok(line) => Ok(line),
            Err(RecvTimeoutError::Timeout) => {
                let _ = self.child.kill();
                let _ = self.child.wait();
                Err(format!("no answer within {} s (a hang)", CASE_TIMEOUT.as_secs()))
            }
            Err(RecvTimeoutError::Disconnected) => {
                let status = self.child.wait().map(|s| s.to_string()).unwrap_or_default();
                std::thread::sleep(Duration::from_millis(50));
                let stderr = self.stderr.lock().map(|s| s.clone()).unwrap_or_default();
                let tail: Vec<&str> = stderr.lines().rev().take(8).collect();
                Err(format!("the generator process died ({status}): {}", tail.into_iter().rev().collect::<Vec<_>>().join("\n")))
            }
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Every JSON pointer in a document (the documents mutated here are shallow).
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

/// Stands for a deeply nested value, which is written out only in the text (building it as a
/// `Value` would make this test's own recursion the limit).
const DEEP: &str = "\u{1}deep:";

#[derive(Clone, Debug)]
enum Mutation {
    Delete,
    Replace(Value),
    Insert(String, Value),
}

#[derive(Clone, Copy, Debug)]
enum Format {
    Json,
    CompactJson,
    Yaml,
}

#[derive(Clone, Debug)]
enum TextDamage {
    Truncate,
    Insert(char),
    DuplicateLine,
}

fn odd_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(|n| json!(n)),
        Just(json!(1e308)),
        Just(json!(-0.5)),
        Just(serde_json::from_str::<Value>("123456789012345678901234567890.5").unwrap_or(Value::Null)),
        Just(serde_json::from_str::<Value>("99999999999999999999999").unwrap_or(Value::Null)),
        prop::sample::select(vec![
            "", "string", "object", "array", "integer", "number", "boolean", "null", "strin", "file", "date", "date-time", "decimal",
            "binary", "byte", "uuid", "#/components/schemas/Missing", "#/components/schemas/", "#/", "#", "#foo", "other.yaml#/x", "{id}",
            "type", "self", "Self", "2fa", "ąę", "💸", "a/b~c", "default", "application/json", "multipart/form-data", "200", "4XX",
            "path", "query", "#/paths/~1balance/get/responses/404", "#/components/schemas/Money%20Bag",
            "support/shared.yaml#/components/schemas/Money", "support/shared.yaml#/components/schemas/Mony", "support/balance.yaml",
            "support/cycles.yaml#/components/schemas/Self", "support/cycles.yaml#/components/schemas/ViaOther",
            "support/cycles.yaml#/components/schemas/Node", "support/cycles.yaml#/paths/~1loop", "support/cycles.yaml#/paths/~1via-other",
            "support/cycles.yaml#/paths/~1callback", "support/missing.yaml#/x",
        ])
        .prop_map(|s| Value::String(s.to_string())),
        "[a-zA-Z0-9_ -]{0,12}".prop_map(Value::String),
        // Deep nesting and long strings.
        (prop::sample::select(vec!["items", "properties", "allOf", "array", "additionalProperties"]), prop::sample::select(vec![10usize, 100, 127, 129, 3000]))
            .prop_map(|(kind, depth)| Value::String(format!("{DEEP}{kind}:{depth}"))),
        prop::sample::select(vec![70_000usize, 1_000_000]).prop_map(|len| Value::String("ą".repeat(len / 2))),
    ];
    leaf.prop_recursive(3, 16, 4, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            prop::collection::btree_map(
                prop::sample::select(vec![
                    "type", "properties", "items", "$ref", "allOf", "oneOf", "anyOf", "enum", "format", "required", "nullable",
                    "additionalProperties", "discriminator", "default", "schema", "content", "in", "name", "style", "explode", "minimum",
                    "maximum", "callbacks", "description",
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
            prop::sample::select(vec!["$ref", "type", "allOf", "oneOf", "items", "properties", "enum", "required", "nullable", "default", "x-y", "description"]),
            odd_value()
        )
            .prop_map(|(k, v)| Mutation::Insert(k.to_string(), v)),
    ]
}

fn format() -> impl Strategy<Value = Format> {
    prop_oneof![Just(Format::Json), Just(Format::CompactJson), Just(Format::Yaml)]
}

fn damage() -> impl Strategy<Value = Vec<(prop::sample::Index, TextDamage)>> {
    let one = (
        any::<prop::sample::Index>(),
        prop_oneof![
            Just(TextDamage::Truncate),
            prop::sample::select(vec!['\t', ':', '&', '*', '!', '{', '[', '-', '"', '\'', '\u{0}', '#', '|', '%']).prop_map(TextDamage::Insert),
            Just(TextDamage::DuplicateLine),
        ],
    );
    // Mostly intact text, so most cases get past parsing.
    prop_oneof![4 => Just(Vec::new()), 1 => prop::collection::vec(one, 1..3)]
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
                    object.shift_remove(&last);
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

fn mutate(document: &mut Value, mutations: &[(prop::sample::Index, Mutation)]) {
    for (index, mutation) in mutations {
        let mut all = Vec::new();
        pointers(document, "", &mut all);
        let pointer = index.get(&all).clone();
        apply(document, &pointer, mutation);
    }
}

/// JSON text of a value nested `depth` deep in the way `kind` names.
fn deep_text(kind: &str, depth: usize) -> String {
    let (open, leaf, close) = match kind {
        "items" => (r#"{"type": "array", "items": "#, r#"{"type": "string"}"#, "}"),
        "properties" => (r#"{"type": "object", "properties": {"p": "#, r#"{"type": "string"}"#, "}}"),
        "allOf" => (r#"{"allOf": ["#, r#"{"type": "integer"}"#, "]}"),
        "additionalProperties" => (r#"{"type": "object", "additionalProperties": "#, "true", "}"),
        _ => ("[", "1", "]"),
    };
    let mut text = String::with_capacity(depth * (open.len() + close.len()) + leaf.len());
    for _ in 0..depth {
        text.push_str(open);
    }
    text.push_str(leaf);
    for _ in 0..depth {
        text.push_str(close);
    }
    text
}

/// The document as text in `format`, deep placeholders written out.
fn render(document: &Value, format: Format) -> String {
    let text = match format {
        Format::Json => serde_json::to_string_pretty(document).unwrap_or_default(),
        Format::CompactJson => serde_json::to_string(document).unwrap_or_default(),
        Format::Yaml => generator::import::to_canonical_yaml(document).unwrap_or_default(),
    };
    // The placeholder is written `"\u0001deep:kind:depth"` in JSON and YAML alike.
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(start) = rest.find("\"\\u0001deep:") {
        out.push_str(&rest[..start]);
        let after = &rest[start + "\"\\u0001deep:".len()..];
        let Some(end) = after.find('"') else { break };
        let (kind, depth) = after[..end].split_once(':').unwrap_or(("array", "1"));
        out.push_str(&deep_text(kind, depth.parse().unwrap_or(1)));
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    out
}

fn damage_text(text: &mut String, damage: &[(prop::sample::Index, TextDamage)]) {
    for (index, kind) in damage {
        if text.is_empty() {
            return;
        }
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).step_by(7).collect();
        let at = *index.get(&boundaries);
        match kind {
            TextDamage::Truncate => text.truncate(at),
            TextDamage::Insert(c) => text.insert(at, *c),
            TextDamage::DuplicateLine => {
                let start = text[..at].rfind('\n').map(|i| i + 1).unwrap_or(0);
                let end = text[at..].find('\n').map(|i| at + i + 1).unwrap_or(text.len());
                let line = text[start..end].to_string();
                text.insert_str(start, &line);
            }
        }
    }
}

/// A spec to mutate: its file, its document, and the support files it refers to.
struct Base {
    path: PathBuf,
    document: Value,
    support: Vec<(PathBuf, Value)>,
}

fn read_spec(path: &Path) -> Option<Value> {
    let text = std::fs::read_to_string(path).ok()?;
    let mut diagnostics = generator::Diagnostics::new();
    generator::load::normalize_text(&text, "base", &mut diagnostics).map(|(value, _)| value).or_else(|| serde_yaml::from_str(&text).ok())
}

fn bases() -> Vec<Base> {
    let root = root();
    let fixtures = root.join("tests/fixtures");
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&fixtures).expect("fixtures").filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.push(root.join("specs/utilities.yaml"));
    paths.push(root.join("specs/authorize.yaml"));
    paths.retain(|p| matches!(p.extension().and_then(|e| e.to_str()), Some("yaml" | "json")));
    paths.sort();
    let support: Vec<(PathBuf, Value)> = ["shared.yaml", "balance.yaml", "cycles.yaml", "cycles-other.yaml"]
        .iter()
        .filter_map(|name| {
            let path = fixtures.join("support").join(name);
            let value: Value = serde_yaml::from_str(&std::fs::read_to_string(&path).ok()?).ok()?;
            Some((PathBuf::from("support").join(name), value))
        })
        .collect();
    paths
        .into_iter()
        .filter_map(|path| {
            // Swagger documents are mutated as they are (a conversion first would hide parts).
            let text = std::fs::read_to_string(&path).ok()?;
            let document: Value = if path.extension().and_then(|e| e.to_str()) == Some("json") { serde_json::from_str(&text).ok()? } else { read_spec(&path)? };
            Some(Base { path, document, support: support.clone() })
        })
        .collect()
}

#[derive(Clone, Debug)]
struct Case {
    base: usize,
    mutations: Vec<(prop::sample::Index, Mutation)>,
    /// Mutations of one support file (by index).
    support_mutations: Option<(prop::sample::Index, Vec<(prop::sample::Index, Mutation)>)>,
    format: Format,
    damage: Vec<(prop::sample::Index, TextDamage)>,
}

/// Writes a case's files into `dir`; returns the main file.
fn write_case(case: &Case, bases: &[Base], dir: &Path) -> PathBuf {
    let base = &bases[case.base];
    let mut document = base.document.clone();
    mutate(&mut document, &case.mutations);
    let extension = match case.format {
        Format::Yaml => "yaml",
        _ => "json",
    };
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("support")).expect("case folder");
    let mutated_support = case.support_mutations.as_ref().map(|(index, mutations)| (index.index(base.support.len()), mutations));
    for (index, (path, support)) in base.support.iter().enumerate() {
        let mut support = support.clone();
        if let Some((_, mutations)) = mutated_support.filter(|(chosen, _)| *chosen == index) {
            mutate(&mut support, mutations);
        }
        std::fs::write(dir.join(path), render(&support, Format::Yaml)).expect("support file");
    }
    let mut text = render(&document, case.format);
    damage_text(&mut text, &case.damage);
    let main = dir.join(format!("fuzz.{extension}"));
    std::fs::write(&main, text).expect("case file");
    main
}

#[test]
fn mutated_specs_never_crash_the_generator() {
    let bases = bases();
    assert!(bases.len() > 10, "fixtures to mutate");
    let cases = std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(800);
    let seed: u64 = std::env::var("CITI_FUZZ_SEED").ok().and_then(|s| s.parse().ok()).unwrap_or(20_261_125);
    let mut seed_bytes = [0u8; 32];
    seed_bytes[..8].copy_from_slice(&seed.to_le_bytes());
    let config = Config { cases, failure_persistence: None, max_shrink_iters: 64, ..Config::default() };
    let mut runner = TestRunner::new_with_rng(config, TestRng::from_seed(RngAlgorithm::ChaCha, &seed_bytes));
    let strategy = (
        0..bases.len(),
        prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..6),
        prop::option::weighted(0.3, (any::<prop::sample::Index>(), prop::collection::vec((any::<prop::sample::Index>(), mutation()), 1..4))),
        format(),
        damage(),
    )
        .prop_map(|(base, mutations, support_mutations, format, damage)| Case { base, mutations, support_mutations, format, damage });
    let dir = scratch("mutations");
    let generator = std::cell::RefCell::new(Generator::start());
    let reached = std::cell::RefCell::new(std::collections::BTreeMap::<String, usize>::new());
    let started = Instant::now();
    let result = runner.run(&strategy, |case| {
        let main = write_case(&case, &bases, &dir.join("case"));
        let outcome = generator.borrow_mut().run(&main);
        let line = match outcome {
            Ok(line) => line,
            Err(crash) => {
                *generator.borrow_mut() = Generator::start();
                let kept = dir.join("failing");
                let _ = std::fs::remove_dir_all(&kept);
                let _ = std::fs::rename(dir.join("case"), &kept);
                return Err(TestCaseError::fail(format!("{crash}\non a mutation of {} (files kept in {})", bases[case.base].path.display(), kept.display())));
            }
        };
        if let Some(bug) = line.strip_prefix("bug: ") {
            return Err(TestCaseError::fail(format!("a spec that lowered cleanly gave invalid tokens ({bug}); a mutation of {}", bases[case.base].path.display())));
        }
        *reached.borrow_mut().entry(line).or_default() += 1;
        Ok(())
    });
    let elapsed = started.elapsed();
    if let Err(error) = result {
        panic!("{error}");
    }
    let reached = reached.into_inner();
    println!("{cases} mutated specs (seed {seed}) in child processes, {:.1} s: {reached:?}", elapsed.as_secs_f64());
    let generated = reached.get("generated").copied().unwrap_or(0);
    assert!(generated * 5 >= cases as usize, "too few mutated specs get through to code ({reached:?}): the mutations no longer exercise lower and emit");
    assert!(reached.get("diagnosed").copied().unwrap_or(0) > 0, "some mutations must be refused at load ({reached:?})");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn garbage_text_never_crashes_the_generator() {
    let dir = scratch("garbage");
    let mut generator = Generator::start();
    let texts = [
        "", "\u{feff}", "null", "[]", "openapi: [", "openapi: 3.0.0", "swagger: '2.0'", "openapi: 3.1.0\npaths: 5",
        "{\"openapi\": \"3.0.3\", \"paths\": {\"x\": []}}", "\t\t: :", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a/{b}:\n    get:\n      responses: {}\n",
        "a: &a [*a]", "? [a, b]\n: c", "--- a\n--- b", "!!binary x", "a: !!int x", "<<: 5", "a: *missing",
    ];
    for (index, text) in texts.iter().enumerate() {
        let path = dir.join(format!("garbage{index}.yaml"));
        std::fs::write(&path, text).unwrap();
        let line = generator.run(&path).unwrap_or_else(|crash| panic!("{crash} on {text:?}"));
        assert!(!line.starts_with("bug:"), "{line} on {text:?}");
    }
    let _ = std::fs::remove_dir_all(&dir);
}

/// What a hostile spec must come to.
enum Expect {
    /// Generates (possibly with warnings).
    Generates,
    /// Refused, with a diagnostic starting with this `file#pointer: message` prefix.
    Diagnostic(String),
}

/// Runs the spec at `main` (relative to `dir`) in a 2 MB thread and in a child process, within
/// `limit` each, and checks the outcome.
fn hostile(dir: &Path, main: &str, expect: Expect, limit: Duration) {
    let path = dir.join(main);
    let conventions = Conventions::default();
    let started = Instant::now();
    let in_thread = {
        let path = path.clone();
        let display = main.to_string();
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .stack_size(2 << 20)
            .spawn(move || {
                let outcome = generator::generate_module_file(&path, &display, "hostile", &conventions, "test")
                    .map(|(code, _, api, _)| (code.len(), api.types.len()))
                    .map_err(|d| d.to_string());
                let _ = sender.send(outcome);
            })
            .expect("a 2 MB thread");
        match receiver.recv_timeout(limit) {
            Ok(outcome) => outcome,
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => panic!("{main}: no result within {limit:?} in a 2 MB thread"),
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => panic!("the generator panicked on {main}"),
        }
    };
    let thread_time = started.elapsed();
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_generate-spec")).arg(&path).current_dir(dir).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("generate-spec");
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for generate-spec") {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{main}: no result within {limit:?} in a child process");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let child_time = started.elapsed();
    let mut stdout = String::new();
    let mut stderr = String::new();
    if let Some(mut pipe) = child.stdout.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut stdout);
    }
    if let Some(mut pipe) = child.stderr.take() {
        let _ = std::io::Read::read_to_string(&mut pipe, &mut stderr);
    }
    assert!(status.success(), "the generator process died on {main} ({status}): {stderr}");
    let child = stdout;
    println!("{main}: {:.2} s in a 2 MB thread, {:.2} s in a child process: {}", thread_time.as_secs_f64(), child_time.as_secs_f64(), child.lines().next().unwrap_or(""));
    assert!(thread_time < limit && child_time < limit, "{main} took {thread_time:?} / {child_time:?}");
    match expect {
        Expect::Generates => {
            assert!(in_thread.is_ok(), "{main} should generate: {}", in_thread.unwrap_err());
            assert!(child.starts_with("generated"), "{main} should generate in the child: {child}");
        }
        Expect::Diagnostic(prefix) => {
            let report = in_thread.err().unwrap_or_else(|| panic!("{main} should be refused"));
            assert!(report.lines().any(|line| line.starts_with(&prefix)), "{main}: no diagnostic `{prefix}…` in:\n{}", report.chars().take(3000).collect::<String>());
            assert!(child.starts_with("diagnosed") || child.starts_with("lowered"), "{main} should be refused in the child: {child}");
        }
    }
}

const LIMIT: Duration = Duration::from_secs(30);

fn spec_with_schemas(schemas: &str) -> String {
    format!(
        "openapi: 3.0.3\ninfo: {{title: Hostile, version: '1'}}\npaths:\n  /a:\n    get:\n      operationId: getA\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/S0'}}\ncomponents:\n  schemas:\n{schemas}"
    )
}

#[test]
fn files_that_refer_to_themselves_end_in_a_diagnostic() {
    let dir = scratch("self");
    let fixtures = root().join("tests/fixtures/support");
    std::fs::create_dir_all(dir.join("support")).unwrap();
    for name in ["cycles.yaml", "cycles-other.yaml"] {
        std::fs::copy(fixtures.join(name), dir.join("support").join(name)).unwrap();
    }
    let with_path = |name: &str, item: &str| {
        std::fs::write(dir.join(name), format!("openapi: 3.0.3\ninfo: {{title: t, version: '1'}}\npaths:\n  /x:\n    $ref: '{item}'\n")).unwrap();
    };
    with_path("path_direct.yaml", "support/cycles.yaml#/paths/~1loop");
    hostile(&dir, "path_direct.yaml", Expect::Diagnostic("support/cycles.yaml#/paths/~1loop: this path item refers to itself".to_string()), LIMIT);
    with_path("path_via_other.yaml", "support/cycles.yaml#/paths/~1via-other");
    hostile(&dir, "path_via_other.yaml", Expect::Diagnostic("support/cycles-other.yaml#/paths/~1back: this path item refers to itself".to_string()), LIMIT);
    with_path("path_callback.yaml", "support/cycles.yaml#/paths/~1callback");
    hostile(&dir, "path_callback.yaml", Expect::Diagnostic("support/cycles.yaml#/paths/~1callback/get/callbacks/again/{$request.body#~1url}: this path item contains itself".to_string()), LIMIT);
    let with_schema = |name: &str, schema: &str| {
        std::fs::write(dir.join(name), spec_with_schemas(&format!("    S0: {{$ref: '{schema}'}}\n"))).unwrap();
    };
    with_schema("schema_direct.yaml", "support/cycles.yaml#/components/schemas/Self");
    hostile(&dir, "schema_direct.yaml", Expect::Diagnostic("support/cycles.yaml#/components/schemas/Self: schema `$ref`s form a cycle with no schema in it".to_string()), LIMIT);
    with_schema("schema_via_other.yaml", "support/cycles.yaml#/components/schemas/ViaOther");
    hostile(&dir, "schema_via_other.yaml", Expect::Diagnostic("support/cycles.yaml#/components/schemas/ViaOther: schema `$ref`s form a cycle with no schema in it".to_string()), LIMIT);
    // A recursive type in another file is no problem at all.
    with_schema("schema_recursive.yaml", "support/cycles.yaml#/components/schemas/Node");
    hostile(&dir, "schema_recursive.yaml", Expect::Generates, LIMIT);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn ref_and_alias_chains_thousands_long_end_in_a_result() {
    let dir = scratch("chains");
    let n = 5000;
    // Component aliases: S0 -> S1 -> ... -> S4999 -> an object.
    let mut schemas = String::new();
    for i in 0..n {
        schemas.push_str(&format!("    S{i}: {{$ref: '#/components/schemas/S{}'}}\n", i + 1));
    }
    schemas.push_str(&format!("    S{n}: {{type: object, properties: {{id: {{type: string}}}}}}\n"));
    std::fs::write(dir.join("aliases.yaml"), spec_with_schemas(&schemas)).unwrap();
    hostile(&dir, "aliases.yaml", Expect::Generates, LIMIT);
    // Structs that hold the next one: S0.next -> S1.next -> ...
    let mut schemas = String::new();
    for i in 0..n {
        schemas.push_str(&format!("    S{i}: {{type: object, properties: {{next: {{$ref: '#/components/schemas/S{}'}}}}}}\n", i + 1));
    }
    schemas.push_str(&format!("    S{n}: {{type: string}}\n"));
    std::fs::write(dir.join("structs.yaml"), spec_with_schemas(&schemas)).unwrap();
    hostile(&dir, "structs.yaml", Expect::Generates, Duration::from_secs(60));
    // The same chain in another file, one `$ref` to the next.
    let mut other = String::from("components:\n  schemas:\n");
    for i in 0..n {
        other.push_str(&format!("    E{i}: {{$ref: '#/components/schemas/E{}'}}\n", i + 1));
    }
    other.push_str(&format!("    E{n}: {{type: integer}}\n"));
    std::fs::write(dir.join("chain.yaml"), other).unwrap();
    std::fs::write(dir.join("external.yaml"), spec_with_schemas("    S0: {$ref: 'chain.yaml#/components/schemas/E0'}\n")).unwrap();
    hostile(&dir, "external.yaml", Expect::Generates, LIMIT);
    // Lists of lists through aliases: the nesting limit, at its pointer.
    let mut schemas = String::new();
    for i in 0..n {
        schemas.push_str(&format!("    S{i}: {{type: array, items: {{$ref: '#/components/schemas/S{}'}}}}\n", i + 1));
    }
    schemas.push_str(&format!("    S{n}: {{type: string}}\n"));
    std::fs::write(dir.join("lists.yaml"), spec_with_schemas(&schemas)).unwrap();
    hostile(&dir, "lists.yaml", Expect::Diagnostic("lists.yaml#/components/schemas/S128/items: schemas nest more than 128 levels deep here".to_string()), LIMIT);
    // YAML aliases nested one in the next.
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-chain:\n  a0: &a0 {v: 1}\n");
    for i in 1..n {
        text.push_str(&format!("  a{i}: &a{i} {{v: *a{}}}\n", i - 1));
    }
    std::fs::write(dir.join("yaml_aliases.yaml"), text).unwrap();
    hostile(&dir, "yaml_aliases.yaml", Expect::Diagnostic("yaml_aliases.yaml#/x-chain/a126/v: this alias makes the document nest more than 128 levels deep".to_string()), LIMIT);
    // An alias bomb.
    let mut text = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\nx-bomb:\n  l0: &l0 [a, a, a, a, a, a, a, a, a, a]\n");
    for i in 1..12 {
        let p = i - 1;
        text.push_str(&format!("  l{i}: &l{i} [*l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}, *l{p}]\n"));
    }
    std::fs::write(dir.join("bomb.yaml"), text).unwrap();
    hostile(&dir, "bomb.yaml", Expect::Diagnostic("bomb.yaml#/x-bomb/l5/7: aliases expand to more than".to_string()), LIMIT);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn schemas_nested_thousands_deep_end_in_a_diagnostic() {
    let dir = scratch("deep");
    let depth = 5000;
    let json = format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \"components\": {{\"schemas\": {{\"Deep\": {}}}}}}}",
        deep_text("items", depth)
    );
    std::fs::write(dir.join("deep.json"), json).unwrap();
    let pointer: String = "/items".repeat(125);
    hostile(&dir, "deep.json", Expect::Diagnostic(format!("deep.json#/components/schemas/Deep{pointer}: the document nests more than 128 levels deep here")), LIMIT);
    let mut yaml = String::from("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    Deep:\n");
    for level in 0..depth {
        yaml.push_str(&format!("{}type: object\n{}properties:\n{}p:\n", "  ".repeat(3 + 3 * level), "  ".repeat(3 + 3 * level), "  ".repeat(4 + 3 * level)));
    }
    std::fs::write(dir.join("deep.yaml"), yaml).unwrap();
    let pointer: String = "/properties/p".repeat(62);
    hostile(&dir, "deep.yaml", Expect::Diagnostic(format!("deep.yaml#/components/schemas/Deep{pointer}/properties: the document nests more than 128 levels deep here")), LIMIT);
    // At the limit (128 levels), every stage copes, on a 2 MB stack too.
    let json = format!(
        "{{\"openapi\": \"3.0.3\", \"info\": {{\"title\": \"t\", \"version\": \"1\"}}, \"paths\": {{}}, \"components\": {{\"schemas\": {{\"Deep\": {}}}}}}}",
        deep_text("items", 124)
    );
    std::fs::write(dir.join("almost.json"), json).unwrap();
    hostile(&dir, "almost.json", Expect::Generates, LIMIT);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_one_megabyte_description_generates() {
    let dir = scratch("long");
    let description = "Płatność `kod` <b>bold</b> *x* ".repeat(1 << 15);
    assert!(description.len() > 1 << 20);
    let text = format!(
        "openapi: 3.0.3\ninfo: {{title: t, version: '1', description: \"{description}\"}}\npaths:\n  /a:\n    get:\n      operationId: getA\n      description: \"{description}\"\n      responses:\n        '200':\n          description: \"{description}\"\n          content:\n            application/json:\n              schema: {{$ref: '#/components/schemas/S'}}\ncomponents:\n  schemas:\n    S:\n      type: object\n      description: \"{description}\"\n      properties:\n        a: {{type: string, description: \"{description}\"}}\n"
    );
    std::fs::write(dir.join("long.yaml"), text).unwrap();
    hostile(&dir, "long.yaml", Expect::Generates, LIMIT);
    let _ = std::fs::remove_dir_all(&dir);
}
