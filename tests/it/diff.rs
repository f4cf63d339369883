//! The drift check (`cargo xtask diff`): one before/after pair per rule
//! (`fixtures/diff/cases.yaml`), the input formats, edits of the real product specs with their
//! verdicts and exit codes, revisions of a git repository, the report formats, the changelog,
//! the drift check after spec edits, the CI workflow, and an independent tool on the same pairs.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use generator::diff::command::{run, FailOn, Format, Input, Options, Outcome};
use generator::diff::report::{render_json, render_markdown, render_text};
use generator::diff::{Rule, Severity};
use serde_json::Value;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

/// A folder for one test's files, removed when dropped.
struct Scratch(PathBuf);

impl Scratch {
    fn new(name: &str) -> Scratch {
        let dir = std::env::temp_dir().join(format!("citi-diff-test-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).expect("creating a scratch folder");
        Scratch(dir)
    }

    fn write(&self, relative: &str, text: &str) -> PathBuf {
        let path = self.0.join(relative);
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("creating folders");
        std::fs::write(&path, text).expect("writing a scratch file");
        path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// RFC 7386: maps merge, `null` deletes, anything else replaces.
fn merge_patch(target: &mut Value, patch: &Value) {
    match patch {
        Value::Object(patch) => {
            if !target.is_object() {
                *target = Value::Object(serde_json::Map::new());
            }
            let object = target.as_object_mut().expect("an object");
            for (key, value) in patch {
                if value.is_null() {
                    object.remove(key);
                } else {
                    merge_patch(object.entry(key.clone()).or_insert(Value::Null), value);
                }
            }
        }
        other => *target = other.clone(),
    }
}

fn options(input: Input) -> Options {
    Options { input, format: Format::Text, fail_on: None, require_bump: false, changelog: false, date: None, color: Some(false), rules: false }
}

fn compare_files(old: &Path, new: &Path, fail_on: Option<FailOn>) -> Outcome {
    let mut options = options(Input::Files { old: old.to_path_buf(), new: new.to_path_buf() });
    options.fail_on = fail_on;
    run(&root(), &options).unwrap_or_else(|error| panic!("{error}"))
}

/// A change as the table writes it: `<level> <severity> <rule> <file>#<pointer>`, the file
/// relative to `base`.
fn change_line(change: &generator::diff::Change, base: &Path) -> String {
    let file = change.location.file.replace('\\', "/");
    let prefix = format!("{}/", base.to_string_lossy().replace('\\', "/"));
    let file = file.strip_prefix(&prefix).unwrap_or(&file);
    format!("{} {} {} {file}#{}", change.level().as_str(), change.severity().as_str(), change.rule.id(), change.location.pointer)
}

struct Case {
    name: String,
    expect: Vec<String>,
    openapi_diff: Option<String>,
    old: PathBuf,
    new: PathBuf,
}

/// Writes every case of the table as old/payments.json and new/payments.json.
fn write_cases(scratch: &Scratch) -> Vec<Case> {
    let text = std::fs::read_to_string(root().join("tests/fixtures/diff/cases.yaml")).expect("reading the case table");
    let table: Value = serde_yaml::from_str(&text).expect("the case table is YAML");
    let base = &table["base"];
    let mut cases = Vec::new();
    for (index, case) in table["cases"].as_array().expect("a list of cases").iter().enumerate() {
        let name = case["name"].as_str().expect("a case name").to_string();
        let side = |key: &str| {
            let mut document = base.clone();
            if let Some(patch) = case.get(key) {
                merge_patch(&mut document, patch);
            }
            // JSON, which keeps exact numbers (YAML output of `serde_json` values does not).
            serde_json::to_string_pretty(&document).expect("writing JSON")
        };
        let old = scratch.write(&format!("{index:02}/old/payments.json"), &side("old"));
        let new = scratch.write(&format!("{index:02}/new/payments.json"), &side("new"));
        let expect = case.get("expect").and_then(Value::as_array).map(|e| e.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default();
        let openapi_diff = case.get("openapi_diff").and_then(Value::as_str).map(str::to_string);
        cases.push(Case { name, expect, openapi_diff, old, new });
    }
    cases
}

/// Every pair of the table gives exactly the changes it lists, with their level, severity and
/// location (and the Rust items named there); and every rule has a pair.
#[test]
fn every_rule_has_a_pair_with_its_expected_changes() {
    let scratch = Scratch::new("cases");
    let cases = write_cases(&scratch);
    let mut failures = Vec::new();
    let mut covered = BTreeSet::new();
    for case in &cases {
        let outcome = compare_files(&case.old, &case.new, None);
        assert!(outcome.report.problems.is_empty(), "{}: {:?}", case.name, outcome.report.problems);
        let base = case.old.parent().and_then(Path::parent).expect("the case folder");
        let changes: Vec<&generator::diff::Change> = outcome.report.changes().collect();
        let actual: BTreeSet<String> = changes.iter().map(|c| change_line(c, base)).collect();
        let mut expected = BTreeSet::new();
        let mut problems = Vec::new();
        for line in &case.expect {
            let (change, item) = match line.split_once(" -> ") {
                Some((change, item)) => (change.to_string(), Some(item)),
                None => (line.clone(), None),
            };
            let mut words = change.split(' ');
            let (level, severity, rule) = (words.next().unwrap_or(""), words.next().unwrap_or(""), words.next().unwrap_or(""));
            match Rule::from_id(rule) {
                Some(rule) if rule.level().as_str() == level && rule.severity().as_str() == severity => {
                    covered.insert(rule);
                }
                Some(rule) => problems.push(format!("`{line}`: {rule} is {} {}", rule.level().as_str(), rule.severity().as_str())),
                None => problems.push(format!("`{line}`: no rule `{rule}`")),
            }
            if let Some(item) = item {
                let found = changes.iter().any(|c| change_line(c, base) == change && c.rust_items.iter().any(|i| i == item));
                if !found {
                    problems.push(format!("`{line}`: the change does not name `{item}`"));
                }
            }
            expected.insert(change);
        }
        if expected != actual || !problems.is_empty() {
            let missing: Vec<&String> = expected.difference(&actual).collect();
            let extra: Vec<&String> = actual.difference(&expected).collect();
            let listing: Vec<String> = changes
                .iter()
                .map(|c| format!("      - \"{}{}\"  # {}", change_line(c, base), c.rust_items.first().map(|i| format!(" -> {i}")).unwrap_or_default(), c.reason))
                .collect();
            failures.push(format!("{}:\n    missing: {missing:?}\n    unexpected: {extra:?}\n    {problems:?}\n    actual:\n{}", case.name, listing.join("\n")));
        }
    }
    let exempt = [Rule::ProductAdded, Rule::ProductRemoved];
    let uncovered: Vec<&str> = Rule::ALL.iter().filter(|r| !covered.contains(r) && !exempt.contains(r)).map(|r| r.id()).collect();
    assert!(failures.is_empty(), "{} of {} cases differ:\n{}", failures.len(), cases.len(), failures.join("\n"));
    assert!(uncovered.is_empty(), "rules without a pair in fixtures/diff/cases.yaml: {uncovered:?}");
}

/// The same API as Swagger 2.0 JSON and as OpenAPI 3.1 YAML whose schema lives in another file:
/// only the one real change is reported, against the file it was written in.
#[test]
fn formats_and_relative_refs_compare_by_meaning() {
    let dir = root().join("tests/fixtures/diff/formats");
    let outcome = compare_files(&dir.join("swagger2.json"), &dir.join("openapi31.yaml"), Some(FailOn::Any));
    let base = root().join("tests/fixtures/diff");
    let lines: BTreeSet<String> = outcome.report.changes().map(|c| change_line(c, &base)).collect();
    let expected: BTreeSet<String> = [
        "wire compatible response-property-added formats/shared/account.yaml#/components/schemas/Account/properties/currency",
        "rust compatible field-added formats/shared/account.yaml#/components/schemas/Account/properties/currency",
    ]
    .into_iter()
    .map(String::from)
    .collect();
    assert_eq!(lines, expected);
    assert_eq!(outcome.exit_code, 1, "--fail-on any fails on a compatible change");
    let back = compare_files(&dir.join("openapi31.yaml"), &dir.join("swagger2.json"), Some(FailOn::Breaking));
    let rules: BTreeSet<&str> = back.report.changes().map(|c| c.rule.id()).collect();
    assert_eq!(rules, BTreeSet::from(["field-removed", "response-optional-property-removed"]));
    assert_eq!(back.exit_code, 1);
}

/// An edit of a real product spec, made on the parsed document at a JSON pointer and written
/// back in canonical form, so unrelated changes to the specs do not break it.
struct Edit {
    name: &'static str,
    file: &'static str,
    pointer: &'static str,
    change: Change,
    /// The product whose spec is compared.
    product: &'static str,
    kind: &'static str,
    next_version: &'static str,
    /// The exit code under `--fail-on breaking`.
    exit_code: i32,
    /// Rules that must be among the changes (all of them, for documentation).
    rules: &'static [&'static str],
}

/// What an edit does at its pointer (values are JSON text).
enum Change {
    /// Sets the value (adding the key if it is new).
    Set(&'static str),
    /// Inserts into the array at the pointer, at this index.
    Insert(usize, &'static str),
    /// Removes the key.
    Remove,
}

const EDITS: &[Edit] = &[
    Edit {
        name: "add an optional response field",
        file: "utilities.yaml",
        pointer: "/components/schemas/ReferenceValue/properties/shortName",
        change: Change::Set(r#"{"description": "A short label for the value.", "type": "string"}"#),
        product: "utilities",
        kind: "feature",
        next_version: "0.1.1",
        exit_code: 0,
        rules: &["response-property-added", "field-added"],
    },
    Edit {
        name: "add a required query parameter",
        file: "utilities.yaml",
        pointer: "/paths/~1v1~1utilities~1metaData/get/parameters",
        change: Change::Insert(
            2,
            r#"{"name": "apiVersion", "in": "query", "required": true, "description": "Version of the API.", "schema": {"type": "string"}, "example": "v1"}"#,
        ),
        product: "utilities",
        kind: "breaking",
        next_version: "0.2.0",
        exit_code: 1,
        rules: &["request-parameter-added-required", "argument-added"],
    },
    Edit {
        name: "remove an operation",
        file: "accounts.yaml",
        pointer: "/paths/~1v1~1accounts~1{accountId}~1statements~1{statementId}",
        change: Change::Remove,
        product: "accounts",
        kind: "breaking",
        next_version: "0.2.0",
        exit_code: 1,
        rules: &["operation-removed", "method-removed"],
    },
    Edit {
        name: "change a response field's type",
        file: "utilities.yaml",
        pointer: "/components/schemas/MetaDataField/properties/maxLength/type",
        change: Change::Set(r#""string""#),
        product: "utilities",
        kind: "breaking",
        next_version: "0.2.0",
        exit_code: 1,
        rules: &["response-type-changed", "field-type-changed"],
    },
    Edit {
        name: "add an enum value",
        file: "common.yaml",
        pointer: "/components/schemas/OAuthErrorResponse/properties/error/enum",
        change: Change::Insert(11, r#""slow_down""#),
        product: "authorize",
        kind: "feature",
        next_version: "0.1.1",
        exit_code: 0,
        rules: &["response-enum-value-added", "enum-variant-added"],
    },
    Edit {
        name: "reword a description",
        file: "utilities.yaml",
        pointer: "/components/schemas/MetaDataField/properties/fieldName/description",
        change: Change::Set(r#""The name of the field, as the API spells it.""#),
        product: "utilities",
        kind: "documentation",
        next_version: "0.1.1",
        exit_code: 0,
        rules: &["documentation-changed"],
    },
];

/// Applies `edit` to the spec files under `specs`.
fn apply(edit: &Edit, specs: &Path) {
    let path = specs.join(edit.file);
    let text = std::fs::read_to_string(&path).expect("reading a spec");
    let mut document: Value = serde_yaml::from_str(&text).expect("a spec in canonical form");
    let (parent, key) = edit.pointer.rsplit_once('/').expect("a pointer below the root");
    let key = key.replace("~1", "/").replace("~0", "~");
    let parse = |json: &str| -> Value { serde_json::from_str(json).expect("the edit's JSON") };
    let target = document.pointer_mut(parent).unwrap_or_else(|| panic!("{}: no `{parent}` in {}", edit.name, edit.file));
    match &edit.change {
        Change::Set(json) => {
            target.as_object_mut().expect("an object").insert(key, parse(json));
        }
        Change::Remove => {
            assert!(target.as_object_mut().expect("an object").remove(&key).is_some(), "{}: no `{key}` to remove", edit.name);
        }
        Change::Insert(index, json) => {
            let items = target.get_mut(&key).and_then(Value::as_array_mut).unwrap_or_else(|| panic!("{}: `{}` is not an array", edit.name, edit.pointer));
            assert!(*index <= items.len(), "{}: index {index} past the end", edit.name);
            items.insert(*index, parse(json));
        }
    }
    let edited = generator::import::to_canonical_yaml(&document).expect("writing the spec");
    std::fs::write(&path, edited).expect("writing a spec");
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("creating a folder");
    for entry in std::fs::read_dir(from).expect("reading a folder").flatten() {
        let target = to.join(entry.file_name());
        if entry.path().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copying a file");
        }
    }
}

/// The six edits the team meets most on the real specs, each with its verdict, the version it
/// needs and its exit code under `--fail-on breaking`.
#[test]
fn edits_of_the_real_specs_get_their_verdicts() {
    let scratch = Scratch::new("edits");
    for (index, edit) in EDITS.iter().enumerate() {
        let old = scratch.0.join(format!("{index}/old"));
        let new = scratch.0.join(format!("{index}/new"));
        copy_dir(&root().join("specs"), &old);
        copy_dir(&root().join("specs"), &new);
        apply(edit, &new);
        let spec = format!("{}.yaml", edit.product);
        let outcome = compare_files(&old.join(&spec), &new.join(&spec), Some(FailOn::Breaking));
        let rules: BTreeSet<&str> = outcome.report.changes().map(|c| c.rule.id()).collect();
        for rule in edit.rules {
            assert!(rules.contains(rule), "{}: no `{rule}` among {rules:?}", edit.name);
        }
        if edit.kind == "documentation" {
            assert_eq!(rules, edit.rules.iter().copied().collect(), "{}: documentation only", edit.name);
        }
        assert_eq!(outcome.report.verdict.bump.kind(), edit.kind, "{}: {rules:?}", edit.name);
        assert_eq!(outcome.report.verdict.next.to_string(), edit.next_version, "{}", edit.name);
        assert_eq!(outcome.exit_code, edit.exit_code, "{}: exit code under --fail-on breaking", edit.name);
        // Every change names where it was written: the edited file, or the old one for removals.
        for change in outcome.report.changes() {
            assert!(change.location.file.ends_with(edit.file), "{}: {} is located in {}", edit.name, change.rule, change.location);
        }
    }
}

/// A copy of the repository's specs and generated crate, where the drift check runs as
/// `cargo xtask check` and `cargo xtask generate` run it.
fn drift(root: &Path) -> Vec<String> {
    let output = generator::generate_project(root, None).unwrap_or_else(|d| panic!("the specs do not generate:\n{d}"));
    output.files.check(root).expect("reading generated/").iter().map(|d| format!("{d:?}")).collect()
}

/// After any of the edits the drift check fails, naming the stale files; after regeneration it
/// passes.
#[test]
fn the_drift_check_fails_after_each_edit_and_passes_after_generate() {
    let scratch = Scratch::new("drift");
    let project = &scratch.0;
    copy_dir(&root().join("specs"), &project.join("specs"));
    copy_dir(&root().join("generated/src/apis"), &project.join("generated/src/apis"));
    std::fs::copy(root().join("generated/Cargo.toml"), project.join("generated/Cargo.toml")).expect("copying the manifest");
    assert_eq!(drift(project), Vec::<String>::new(), "the copy starts up to date");
    for edit in EDITS {
        apply(edit, &project.join("specs"));
        let stale = drift(project);
        // What `common.yaml` defines is generated once, in the shared module.
        let module = edit.product.replace('-', "_");
        let expected = if edit.file == "common.yaml" { "apis/common.rs".to_string() } else { format!("apis/{module}/") };
        assert!(stale.iter().any(|s| s.contains(&expected)), "{}: the drift check must name {expected}: {stale:?}", edit.name);
        let output = generator::generate_project(project, None).unwrap_or_else(|d| panic!("{d}"));
        output.files.write(project).expect("writing generated/");
        assert_eq!(drift(project), Vec::<String>::new(), "{}: up to date after generating", edit.name);
    }
}

fn git(dir: &Path, args: &[&str]) {
    let output = Command::new("git")
        .args(["-c", "user.name=Drift Test", "-c", "user.email=drift@example.test", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("running git");
    assert!(output.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&output.stderr));
}

/// Products against a git revision: every product, one, a product added and one removed, the
/// version check, the changelog (written twice: the same file), and a bad revision or product.
#[test]
fn products_compare_against_a_git_revision() {
    let scratch = Scratch::new("revision");
    let project = &scratch.0;
    copy_dir(&root().join("specs"), &project.join("specs"));
    std::fs::create_dir_all(project.join("generated")).expect("creating generated/");
    std::fs::copy(root().join("generated/Cargo.toml"), project.join("generated/Cargo.toml")).expect("copying the manifest");
    git(project, &["init", "--quiet"]);
    git(project, &["add", "."]);
    git(project, &["commit", "--quiet", "-m", "base"]);
    apply(&EDITS[2], &project.join("specs"));
    let revision = |products: &[&str]| options(Input::Revision { base: "HEAD".into(), products: products.iter().map(|p| p.to_string()).collect() });

    // Every product, within the minute the team has when the portal changes.
    let mut all = revision(&[]);
    all.fail_on = Some(FailOn::Breaking);
    let outcome = run(project, &all).expect("comparing");
    assert_eq!(outcome.report.products.len(), 7);
    assert!(outcome.elapsed.as_secs() < 60, "all seven products took {:?}", outcome.elapsed);
    let changed: Vec<&str> = outcome.report.products.iter().filter(|p| !p.changes.is_empty()).map(|p| p.product.as_str()).collect();
    assert_eq!(changed, ["accounts"]);
    assert_eq!(outcome.report.products[0].old_file.as_deref(), Some("HEAD:specs/accounts.yaml"));
    assert_eq!(outcome.exit_code, 1);
    let one = run(project, &revision(&["accounts"])).expect("comparing one product");
    assert_eq!(one.report.products.len(), 1);
    assert_eq!(one.exit_code, 0, "without --fail-on a comparison that was made exits 0");

    // The version check: 0.1.0 is not enough for a breaking change, 0.2.0 is.
    let mut check = revision(&[]);
    check.require_bump = true;
    let outcome = run(project, &check).expect("comparing");
    let version = outcome.report.version_check.clone().expect("a version check");
    assert!(!version.ok && version.fails() && version.required.to_string() == "0.2.0", "{version:?}");
    assert_eq!(outcome.exit_code, 1);

    // The changelog entry and the version, written twice: the same files.
    let mut changelog = revision(&[]);
    changelog.changelog = true;
    changelog.date = Some("2026-01-15".into());
    let update = run(project, &changelog).expect("comparing").changelog.expect("a changelog update");
    assert_eq!(update.version.to_string(), "0.2.0");
    assert!(update.manifest.contains("\nversion = \"0.2.0\"\n"), "{}", update.manifest);
    assert!(update.changelog.contains("## [0.2.0] - 2026-01-15\n"), "{}", update.changelog);
    assert!(update.changelog.contains("### Removed\n\n- **Breaking (wire):** accounts: `GET /v1/accounts/{accountId}/statements/{statementId}` removed"), "{}", update.changelog);
    std::fs::write(project.join("generated/CHANGELOG.md"), &update.changelog).expect("writing the changelog");
    std::fs::write(project.join("generated/Cargo.toml"), &update.manifest).expect("writing the manifest");
    let again = run(project, &changelog).expect("comparing").changelog.expect("a changelog update");
    assert_eq!(again, update, "a second run writes the same entry and version");
    let outcome = run(project, &check).expect("comparing");
    assert!(outcome.report.version_check.as_ref().is_some_and(|c| c.ok) && outcome.exit_code == 0, "bumped: {:?}", outcome.report.version_check);

    // A product removed and one added.
    let config = std::fs::read_to_string(project.join("specs/crate.toml")).expect("reading crate.toml");
    let config = config.replace("[[product]]\nname = \"pay-with-points\"\nspec = \"pay-with-points.yaml\"\n", "[[product]]\nname = \"extra\"\nspec = \"extra.yaml\"\n");
    std::fs::write(project.join("specs/crate.toml"), config).expect("writing crate.toml");
    std::fs::copy(project.join("specs/utilities.yaml"), project.join("specs/extra.yaml")).expect("copying a spec");
    let outcome = run(project, &revision(&[])).expect("comparing");
    let rules: BTreeMap<&str, Vec<&str>> = outcome.report.products.iter().map(|p| (p.product.as_str(), p.changes.iter().map(|c| c.rule.id()).collect())).collect();
    assert_eq!(rules.get("extra"), Some(&vec!["product-added"]));
    assert_eq!(rules.get("pay-with-points"), Some(&vec!["product-removed"]));
    assert_eq!(outcome.report.verdict.bump.kind(), "breaking");

    // What cannot be compared is an error (exit code 2), with the reason.
    let error = run(project, &options(Input::Revision { base: "no-such-revision".into(), products: vec![] })).unwrap_err();
    assert!(error.contains("unknown git revision `no-such-revision`"), "{error}");
    let error = run(project, &revision(&["nonsense"])).unwrap_err();
    assert!(error.contains("no product `nonsense`"), "{error}");
}

/// An unreadable spec: exit code 2 with the diagnostic; `--fail-on` picks the changes that fail.
#[test]
fn exit_codes_follow_fail_on_and_unreadable_specs() {
    let dir = root().join("tests/fixtures/diff");
    let (v1, v2) = (dir.join("v1.yaml"), dir.join("v2.yaml"));
    for fail_on in [FailOn::Breaking, FailOn::Wire, FailOn::Rust, FailOn::Any] {
        assert_eq!(compare_files(&v1, &v2, Some(fail_on)).exit_code, 1, "{fail_on:?}");
        assert_eq!(compare_files(&v1, &v1, Some(fail_on)).exit_code, 0, "{fail_on:?}: no change");
    }
    assert_eq!(compare_files(&v1, &v2, None).exit_code, 0);
    let scratch = Scratch::new("exit");
    let docs_only = scratch.write("v1-doc.yaml", &std::fs::read_to_string(&v1).expect("reading v1").replace("description: ok", "description: The list."));
    assert_eq!(compare_files(&v1, &docs_only, Some(FailOn::Breaking)).exit_code, 0);
    assert_eq!(compare_files(&v1, &docs_only, Some(FailOn::Any)).exit_code, 1);
    // Only a wire break (no Rust change): `rust` passes, `wire` fails.
    let tightened = scratch.write("v1-tight.yaml", &std::fs::read_to_string(&v1).expect("reading v1").replace("\n        name: {type: string}", "\n        name: {type: string, maxLength: 10}"));
    let outcome = compare_files(&v1, &tightened, Some(FailOn::Rust));
    assert_eq!(outcome.report.changes().map(|c| c.rule.id()).collect::<Vec<_>>(), ["response-constraint-tightened"]);
    let request_tight = scratch.write("v1-request.yaml", &std::fs::read_to_string(&v1).expect("reading v1").replace("- {name: type, in: query, schema: {type: string}}", "- {name: type, in: query, schema: {type: string, maxLength: 3}}"));
    assert_eq!(compare_files(&v1, &request_tight, Some(FailOn::Rust)).exit_code, 0);
    assert_eq!(compare_files(&v1, &request_tight, Some(FailOn::Wire)).exit_code, 1);
    let broken = scratch.write("broken.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses: {'200': {description: 5}}\n");
    let outcome = compare_files(&v1, &broken, Some(FailOn::Breaking));
    assert_eq!(outcome.exit_code, 2);
    assert!(outcome.report.problems.iter().any(|p| p.contains("broken.yaml#/paths/~1a/get/responses/200")), "{:?}", outcome.report.problems);
    assert!(render_text(&outcome.report, false).contains("verdict: incomplete"));
    let missing = compare_files(&v1, &scratch.0.join("missing.yaml"), None);
    assert_eq!(missing.exit_code, 2);
    assert!(missing.report.problems.iter().any(|p| p.contains("missing.yaml#: cannot read the spec")), "{:?}", missing.report.problems);
}

/// The fixture pair rendered as the three formats, paths relative to the repository.
fn reports() -> (String, String, String) {
    let dir = root().join("tests/fixtures/diff");
    let outcome = compare_files(&dir.join("v1.yaml"), &dir.join("v2.yaml"), None);
    let prefix = format!("{}/", root().to_string_lossy().replace('\\', "/"));
    let relative = |text: String| text.replace(&prefix, "");
    (relative(render_text(&outcome.report, false)), relative(render_json(&outcome.report)), relative(render_markdown(&outcome.report)))
}

#[test]
fn the_markdown_and_text_reports_are_snapshotted() {
    let (text, _, markdown) = reports();
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings.bind(|| {
        insta::assert_snapshot!("diff_report_markdown", markdown);
        insta::assert_snapshot!("diff_report_text", text);
    });
}

/// The JSON report parses and has exactly the documented fields, and the README documents
/// each of them.
#[test]
fn the_json_report_keeps_its_documented_fields() {
    let (_, json, _) = reports();
    let report: Value = serde_json::from_str(&json).expect("the JSON report parses");
    let keys = |value: &Value| -> BTreeSet<String> { value.as_object().map(|o| o.keys().cloned().collect()).unwrap_or_default() };
    let set = |names: &[&str]| -> BTreeSet<String> { names.iter().map(|n| n.to_string()).collect() };
    let counts = ["wire_breaking", "rust_breaking", "possible", "compatible"];
    let documented: [(&str, &Value, &[&str]); 5] = [
        ("report", &report, &["schema_version", "base", "verdict", "version_check", "products", "problems"]),
        ("verdict", &report["verdict"], &["kind", "bump", "component", "current_version", "next_version", "rule", "counts"]),
        ("counts", &report["verdict"]["counts"], &counts),
        ("product", &report["products"][0], &["product", "old_file", "new_file", "bump", "counts", "changes"]),
        ("change", &report["products"][0]["changes"][0], &["level", "severity", "rule", "category", "file", "pointer", "rust_items", "operations", "reason"]),
    ];
    let readme = std::fs::read_to_string(root().join("README.md")).expect("reading README.md");
    for (what, value, fields) in documented {
        assert_eq!(keys(value), set(fields), "the fields of a {what}");
        for field in fields {
            assert!(readme.contains(&format!("`{field}`")), "README.md does not document the JSON field `{field}` ({what})");
        }
    }
    assert_eq!(report["schema_version"], 1);
    assert_eq!(report["verdict"]["kind"], "breaking");
    assert_eq!(report["verdict"]["next_version"], "0.2.0");
    for change in report["products"][0]["changes"].as_array().expect("changes") {
        let rule = Rule::from_id(change["rule"].as_str().expect("a rule id")).expect("a known rule");
        assert_eq!(change["level"], rule.level().as_str());
        assert_eq!(change["severity"], rule.severity().as_str());
        assert!(change["pointer"].as_str().is_some_and(|p| p.is_empty() || p.starts_with('/')));
    }
    let breaking = report["products"][0]["changes"].as_array().expect("changes").iter().filter(|c| c["severity"] == Severity::Breaking.as_str()).count();
    assert_eq!(report["verdict"]["counts"]["wire_breaking"].as_u64().unwrap_or(0) + report["verdict"]["counts"]["rust_breaking"].as_u64().unwrap_or(0), breaking as u64);
}

/// Shell words of one command line, up to the first redirection, pipe or `;`; quotes removed.
fn command_words(line: &str) -> Vec<String> {
    let mut words = Vec::new();
    for word in line.split_whitespace() {
        if word.starts_with('>') || word.starts_with('|') || word.starts_with('&') || word.starts_with(';') || word.starts_with("2>") {
            break;
        }
        words.push(word.trim_matches('"').trim_matches('\'').to_string());
    }
    words
}

/// The CI workflow parses, runs the tests through `.ci/run`, runs the drift verdict on pull
/// requests that touch specs/ into the job summary and a comment, and every `cargo xtask`
/// command it runs exists (and `diff`'s options parse). GitHub Actions itself cannot run here.
#[test]
fn the_ci_workflow_runs_the_tests_and_the_drift_verdict() {
    let text = std::fs::read_to_string(root().join(".github/workflows/ci.yml")).expect("reading the workflow");
    let workflow: Value = serde_yaml::from_str(&text).expect("the workflow is YAML");
    let triggers = &workflow["on"];
    assert!(triggers.get("push").is_some() && triggers.get("pull_request").is_some(), "runs on every push and pull request: {triggers}");
    let jobs = workflow["jobs"].as_object().expect("jobs");
    let runs = |job: &str| -> Vec<String> {
        jobs[job]["steps"].as_array().expect("steps").iter().filter_map(|s| s.get("run").and_then(Value::as_str)).map(str::to_string).collect()
    };
    let test_runs = runs("test");
    assert!(test_runs.iter().any(|r| r.trim() == "bash .ci/run"), "the test job runs .ci/run: {test_runs:?}");
    assert!(test_runs.iter().any(|r| r.trim() == "cargo xtask check"), "the test job runs the drift check: {test_runs:?}");
    let ci_run = std::fs::read_to_string(root().join(".ci/run")).expect("reading .ci/run");
    assert!(ci_run.lines().any(|l| l.trim() == "cargo xtask test"), ".ci/run stays the one command for the tests");

    let drift = &jobs["spec-drift"];
    assert_eq!(drift["if"], "github.event_name == 'pull_request'");
    assert_eq!(drift["permissions"]["pull-requests"], "write", "the comment needs pull-requests: write");
    let drift_runs = runs("spec-drift").join("\n");
    assert!(drift_runs.contains("-- specs/"), "the verdict runs when the pull request touches specs/");
    assert!(drift_runs.contains("GITHUB_STEP_SUMMARY") && drift_runs.contains("gh pr comment"), "summary and comment: {drift_runs}");
    let verdict_steps: Vec<&Value> = drift["steps"].as_array().expect("steps").iter().filter(|s| s["id"] == "verdict").collect();
    assert_eq!(verdict_steps.len(), 1);

    // Every `cargo xtask TASK` names a task of `cargo xtask help`; `diff`'s arguments parse and
    // ask for what the job promises.
    let main = std::fs::read_to_string(root().join("xtask/src/main.rs")).expect("reading xtask/src/main.rs");
    let help = main.split("TASKS:").nth(1).and_then(|rest| rest.split("\";").next()).expect("the HELP text");
    let tasks: BTreeSet<&str> = help.lines().filter(|l| l.starts_with("    ") && !l.starts_with("     ")).filter_map(|l| l.split_whitespace().next()).collect();
    let mut diff_commands = 0;
    for job in jobs.keys() {
        for run_text in runs(job) {
            for line in run_text.lines() {
                if !line.trim_start().starts_with("cargo xtask ") {
                    continue;
                }
                let words = command_words(line.trim_start());
                let task = words.get(2).map(String::as_str).unwrap_or("");
                assert!(tasks.contains(task), "`{line}` runs `cargo xtask {task}`, which is not in `cargo xtask help` ({tasks:?})");
                if task == "diff" {
                    diff_commands += 1;
                    let options = Options::parse(&words[3..]).unwrap_or_else(|e| panic!("`{line}`: {e}"));
                    assert_eq!(options.format, Format::Markdown, "{line}");
                    assert!(options.require_bump, "{line}: fails on breaking changes without their bump");
                    assert!(matches!(&options.input, Input::Revision { base, products } if base == "origin/$BASE_REF" && products.is_empty()), "{line}");
                }
            }
        }
    }
    assert_eq!(diff_commands, 1, "one drift verdict");
}

/// The JavaScript driver of the independent check: reads pairs, prints one verdict per pair.
const OPENAPI_DIFF_DRIVER: &str = r#"
const fs = require('fs');
const openapiDiff = require('openapi-diff');
const pairs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const spec = (path) => {
  const content = fs.readFileSync(path, 'utf8');
  const format = /"?swagger"?\s*:\s*['"]?2/.test(content) ? 'swagger2' : 'openapi3';
  return { content, location: path, format };
};
const compare = async ([old, young]) => {
  try {
    const result = await openapiDiff.diffSpecs({ sourceSpec: spec(old), destinationSpec: spec(young) });
    return { breaking: result.breakingDifferencesFound, codes: (result.breakingDifferences || []).map((d) => d.code) };
  } catch (error) {
    return { error: String(error && error.message ? error.message : error) };
  }
};
// All pairs at once: the tool spends most of its time waiting, not computing.
Promise.all(pairs.map(compare)).then((out) => process.stdout.write(JSON.stringify(out)));
"#;

/// Where `cargo xtask test` installs openapi-diff (`tests/tools/package.json`).
fn openapi_diff_modules() -> PathBuf {
    match std::env::var_os("CITI_POLAND_TOOLS") {
        Some(tools) => PathBuf::from(tools).join("node/node_modules"),
        None => root().join(".tools/node/node_modules"),
    }
}

/// The independent check: the npm package openapi-diff (pinned in tests/tools/package.json) on
/// every pair of the table and the fixture pair. Where it calls a change breaking, our wire
/// level does too, or the pair explains why not (`openapi_diff`), and no explanation is left
/// once it is no longer needed.
#[test]
fn an_independent_tool_agrees_where_it_finds_breaks() {
    let modules = openapi_diff_modules();
    if !modules.join("openapi-diff/package.json").exists() {
        let message = format!(
            "\n*** SKIPPED an_independent_tool_agrees_where_it_finds_breaks: openapi-diff is not installed in {} ***\n*** run `cargo xtask test` (it installs the pinned tools and always runs this check) ***\n\n",
            modules.display()
        );
        // Past the test harness's capture, so a plain `cargo test` shows it.
        let _ = std::io::Write::write_all(&mut std::io::stderr(), message.as_bytes());
        assert!(std::env::var_os("CITI_POLAND_TOOLS").is_none(), "openapi-diff must be installed when the test command runs this check");
        return;
    }
    let scratch = Scratch::new("independent");
    let mut cases = write_cases(&scratch);
    let dir = root().join("tests/fixtures/diff");
    cases.push(Case { name: "fixtures/diff v1 -> v2".into(), expect: vec![], openapi_diff: None, old: dir.join("v1.yaml"), new: dir.join("v2.yaml") });
    let pairs: Vec<[String; 2]> = cases.iter().map(|c| [c.old.to_string_lossy().into_owned(), c.new.to_string_lossy().into_owned()]).collect();
    let pairs_file = scratch.write("pairs.json", &serde_json::to_string(&pairs).expect("pairs as JSON"));
    let driver = scratch.write("driver.js", OPENAPI_DIFF_DRIVER);
    let output = Command::new("node").arg(&driver).arg(&pairs_file).env("NODE_PATH", &modules).output().expect("running node");
    assert!(output.status.success(), "the openapi-diff driver failed: {}", String::from_utf8_lossy(&output.stderr));
    let verdicts: Vec<Value> = serde_json::from_slice(&output.stdout).expect("the driver prints JSON");
    assert_eq!(verdicts.len(), cases.len());
    let mut disagreements = Vec::new();
    let mut agreed = 0;
    for (case, theirs) in cases.iter().zip(&verdicts) {
        if let Some(error) = theirs.get("error") {
            disagreements.push(format!("{}: openapi-diff could not compare the pair: {error}", case.name));
            continue;
        }
        let they_break = theirs["breaking"].as_bool().unwrap_or(false);
        let outcome = compare_files(&case.old, &case.new, None);
        let we_break = outcome.report.changes().any(|c| c.level() == generator::diff::Level::Wire && c.is_breaking());
        match (they_break && !we_break, &case.openapi_diff) {
            (true, None) => disagreements.push(format!("{}: openapi-diff finds a break ({}) that our wire level does not: fix the rules or explain it in `openapi_diff`", case.name, theirs["codes"])),
            (false, Some(_)) => disagreements.push(format!("{}: the `openapi_diff` explanation is no longer needed (openapi-diff breaking: {they_break}, ours: {we_break})", case.name)),
            _ => agreed += 1,
        }
    }
    assert!(disagreements.is_empty(), "{} of {} pairs:\n{}", disagreements.len(), cases.len(), disagreements.join("\n"));
    assert_eq!(agreed, cases.len());
}

/// Any document compared with itself has no change: every fixture spec, every product spec,
/// a union naming one schema twice, and (when `cargo xtask test` installed it) every document
/// of the OpenAPI example corpus.
#[test]
fn a_document_compared_with_itself_has_no_change() {
    let mut documents: Vec<PathBuf> = Vec::new();
    for dir in [root().join("tests/fixtures"), root().join("tests/fixtures/diff"), root().join("specs")] {
        for entry in std::fs::read_dir(&dir).expect("reading a folder").flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "yaml" || e == "json") && path.file_name().is_some_and(|n| n != "cases.yaml" && n != "common.yaml") {
                documents.push(path);
            }
        }
    }
    let scratch = Scratch::new("self");
    documents.push(scratch.write(
        "twice.yaml",
        "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema:\n                oneOf:\n                  - {title: one, $ref: '#/components/schemas/A'}\n                  - {title: two, $ref: '#/components/schemas/A'}\ncomponents:\n  schemas:\n    A: {type: object, properties: {a: {type: string}}}\n",
    ));
    let corpus = openapi_diff_modules().join("@readme/oas-examples");
    for version in ["2.0", "3.0", "3.1"] {
        for format in ["json", "yaml"] {
            if let Ok(entries) = std::fs::read_dir(corpus.join(version).join(format)) {
                documents.extend(entries.flatten().map(|e| e.path()));
            }
        }
    }
    documents.sort();
    let mut compared = 0;
    for document in &documents {
        let outcome = compare_files(document, document, Some(FailOn::Any));
        if !outcome.report.problems.is_empty() {
            // Documents the generator diagnoses (the corpus has some) cannot be compared at all.
            assert_eq!(outcome.exit_code, 2);
            continue;
        }
        compared += 1;
        let changes: Vec<String> = outcome.report.changes().map(|c| format!("{} {}", c.rule, c.location)).collect();
        assert!(changes.is_empty(), "{} compared with itself: {changes:?}", document.display());
        assert_eq!(outcome.exit_code, 0);
    }
    assert!(compared >= 30, "only {compared} documents compared");
}
