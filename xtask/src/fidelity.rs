//! `fidelity`: how close the specs are to the portal's real definitions, measured against the
//! models and operations of Citi's own generated clients (`specs/reference/`, listed in
//! `specs/fidelity.toml`).
//!
//! For each compared product, every operation of the client is matched with the spec's operation
//! (method and path, after the path prefixes the config maps), and its body and response models
//! are paired with the spec's schemas; pairing continues through every nested model. Each field
//! of a paired model is compared by name, type family (money the client types `double` must be
//! `format: decimal`), required flag and enum values, and the fields' order. A difference the
//! spec notes under `x-poland-differences` (on the schema, the operation, or `info` for a whole
//! operation) counts as noted; any other is a disagreement, and the command fails. Output is
//! sorted, so two runs print the same text. The command also checks that every spec is in the
//! canonical form `cargo xtask import` writes, so a real import shows only what the portal
//! changed.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};
use serde::Deserialize;
use serde_json::Value;

use crate::project_root;

const USAGE: &str = "usage: cargo xtask fidelity [--verbose] [--specs DIR] [--normalize]";

/// The evidence a note may cite: a fact of the catalog, another real client, or a reasoned
/// inference.
const EVIDENCE: [&str; 3] = ["catalog", "client", "inference"];

pub(crate) fn run(args: &[String]) -> Result<()> {
    let mut verbose = false;
    let mut normalize = false;
    let mut specs = project_root().join("specs");
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--verbose" | "-v" => verbose = true,
            "--normalize" => normalize = true,
            "--specs" => specs = PathBuf::from(rest.next().context(USAGE)?),
            other => bail!("unknown argument `{other}`\n{USAGE}"),
        }
    }
    if normalize {
        let changed = normalize_specs(&specs, true)?;
        println!("{} spec(s) rewritten in canonical form", changed.len());
        for name in changed {
            println!("  {name}");
        }
        return Ok(());
    }
    let config_path = specs.join("fidelity.toml");
    let config: Config = toml::from_str(&read(&config_path)?).with_context(|| config_path.display().to_string())?;
    let mut failed = 0;
    for product in &config.product {
        let reference_path = specs.join(&product.reference);
        let reference: Reference = serde_json::from_str(&read(&reference_path)?).with_context(|| reference_path.display().to_string())?;
        let spec = Spec::load(&specs, &product.spec)?;
        let report = compare(product, &reference, &spec)?;
        print!("{}", report.render(product, &reference, verbose));
        failed += report.disagreement_count();
    }
    let not_canonical = normalize_specs(&specs, false)?;
    for name in &not_canonical {
        println!("specs/{name} is not in the canonical form `cargo xtask import` writes");
    }
    if !not_canonical.is_empty() {
        bail!("{} spec(s) not in canonical form; run `cargo xtask fidelity --normalize`", not_canonical.len());
    }
    if failed > 0 {
        bail!("{failed} disagreement(s) with the reference clients are neither fixed nor noted in the specs (`x-poland-differences`)");
    }
    Ok(())
}

fn read(path: &Path) -> Result<String> {
    std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))
}

// --- Canonical form ------------------------------------------------------------------------

/// The specs (`*.yaml` in `dir`) that are not in canonical form; with `write`, rewritten.
fn normalize_specs(dir: &Path, write: bool) -> Result<Vec<String>> {
    let mut names: Vec<String> = std::fs::read_dir(dir)?
        .filter_map(|entry| entry.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|name| name.ends_with(".yaml"))
        .collect();
    names.sort();
    let mut changed = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let text = read(&path)?;
        let canonical = canonical_text(&text, &name)?;
        if canonical != text {
            if write {
                std::fs::write(&path, &canonical)?;
            }
            changed.push(name);
        }
    }
    Ok(changed)
}

fn canonical_text(text: &str, name: &str) -> Result<String> {
    let mut diagnostics = generator::Diagnostics::new();
    let Some((document, _)) = generator::load::normalize_text(text, &format!("specs/{name}"), &mut diagnostics) else {
        bail!("{diagnostics}");
    };
    generator::import::to_canonical_yaml(&document).map_err(|error| anyhow::anyhow!("specs/{name}: {error}"))
}

// --- Inputs --------------------------------------------------------------------------------

#[derive(Deserialize)]
struct Config {
    product: Vec<ProductConfig>,
}

#[derive(Deserialize)]
struct ProductConfig {
    name: String,
    spec: String,
    reference: String,
    /// Path prefixes the client uses for another market, and the spec's prefix for Poland.
    #[serde(default)]
    path: Vec<PathPrefix>,
    /// Reference models the spec names differently.
    #[serde(default)]
    rename: Vec<Rename>,
}

#[derive(Deserialize)]
struct PathPrefix {
    reference: String,
    spec: String,
    reason: String,
}

#[derive(Deserialize)]
struct Rename {
    reference: String,
    schema: String,
    reason: String,
}

#[derive(Deserialize)]
struct Reference {
    source: String,
    models: BTreeMap<String, RefModel>,
    operations: Vec<RefOperation>,
}

#[derive(Deserialize)]
struct RefModel {
    fields: Vec<RefField>,
}

#[derive(Deserialize)]
struct RefField {
    name: String,
    #[serde(rename = "type")]
    ty: String,
    required: bool,
    #[serde(default)]
    r#enum: Option<Vec<String>>,
}

#[derive(Deserialize)]
struct RefOperation {
    method: String,
    path: String,
    body: Option<String>,
    response: Option<String>,
    parameters: Vec<RefParameter>,
}

#[derive(Deserialize)]
struct RefParameter {
    name: String,
    #[serde(rename = "in")]
    location: String,
    required: bool,
}

/// A product spec and the files its `$ref`s reach (by file name, relative to `specs/`).
struct Spec {
    name: String,
    documents: BTreeMap<String, Value>,
}

impl Spec {
    fn load(dir: &Path, name: &str) -> Result<Spec> {
        let mut documents = BTreeMap::new();
        let mut pending = vec![name.to_string()];
        while let Some(file) = pending.pop() {
            if documents.contains_key(&file) {
                continue;
            }
            let text = read(&dir.join(&file))?;
            let mut diagnostics = generator::Diagnostics::new();
            let Some((document, _)) = generator::load::normalize_text(&text, &format!("specs/{file}"), &mut diagnostics) else {
                bail!("{diagnostics}");
            };
            let mut refs = Vec::new();
            collect_refs(&document, &mut refs);
            for reference in refs {
                if let Some((other, _)) = reference.split_once('#') {
                    if !other.is_empty() {
                        pending.push(other.to_string());
                    }
                }
            }
            documents.insert(file, document);
        }
        Ok(Spec { name: name.to_string(), documents })
    }

    fn root(&self) -> &Value {
        &self.documents[&self.name]
    }

    /// Follows `$ref`s from `value` (found in `file`): the target, its file, and the component
    /// name when the target is a schema.
    fn resolve<'a>(&'a self, file: &'a str, value: &'a Value) -> Option<Resolved<'a>> {
        let mut file = file;
        let mut value = value;
        let mut name = None;
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else {
                return Some(Resolved { file, value, name });
            };
            let (target_file, pointer) = reference.split_once('#').unwrap_or((reference, ""));
            if !target_file.is_empty() {
                file = self.documents.get_key_value(target_file)?.0;
            }
            value = self.documents.get(file)?.pointer(pointer)?;
            name = pointer.strip_prefix("/components/schemas/").map(unescape);
        }
        None
    }
}

struct Resolved<'a> {
    file: &'a str,
    value: &'a Value,
    name: Option<String>,
}

fn collect_refs(value: &Value, out: &mut Vec<String>) {
    match value {
        Value::Object(object) => {
            if let Some(Value::String(reference)) = object.get("$ref") {
                out.push(reference.clone());
            }
            object.values().for_each(|v| collect_refs(v, out));
        }
        Value::Array(items) => items.iter().for_each(|v| collect_refs(v, out)),
        _ => {}
    }
}

fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

// --- Type families -------------------------------------------------------------------------

/// What a field holds, as far as both a client's types and a spec's schemas can say.
#[derive(Clone, Debug, PartialEq)]
enum Family {
    Text,
    Date,
    /// A client's `double`: money, so the spec must say `format: decimal`.
    Double,
    /// `number` without a format in the portal (a client's `BigDecimal`), or the spec's plain
    /// `number`.
    Number,
    Decimal,
    Integer,
    Boolean,
    Any,
    Array(Box<Family>),
    Map(Box<Family>),
    /// A named model (client) or a schema (spec, with its component name when it has one).
    Model(Option<String>),
    Unknown(String),
}

impl Family {
    fn describe(&self) -> String {
        match self {
            Family::Text => "string".into(),
            Family::Date => "date string".into(),
            Family::Double => "double".into(),
            Family::Number => "number".into(),
            Family::Decimal => "decimal number".into(),
            Family::Integer => "integer".into(),
            Family::Boolean => "boolean".into(),
            Family::Any => "free-form value".into(),
            Family::Array(item) => format!("array of {}", item.describe()),
            Family::Map(item) => format!("map of {}", item.describe()),
            Family::Model(Some(name)) => format!("model {name}"),
            Family::Model(None) => "inline object".into(),
            Family::Unknown(text) => format!("unknown type `{text}`"),
        }
    }
}

fn reference_family(ty: &str, models: &BTreeMap<String, RefModel>) -> Family {
    let ty = ty.trim();
    for (open, wrap) in [("List<", Family::Array as fn(Box<Family>) -> Family), ("IList<", Family::Array)] {
        if let Some(inner) = ty.strip_prefix(open).and_then(|t| t.strip_suffix('>')) {
            return wrap(Box::new(reference_family(inner, models)));
        }
    }
    for open in ["Map<String,", "Dictionary<string,"] {
        if let Some(inner) = ty.strip_prefix(open).and_then(|t| t.strip_suffix('>')) {
            return Family::Map(Box::new(reference_family(inner, models)));
        }
    }
    match ty.trim_end_matches('?') {
        "String" | "string" => Family::Text,
        "LocalDate" | "DateTime" | "OffsetDateTime" | "Date" => Family::Date,
        "Double" | "double" | "Float" | "float" => Family::Double,
        "BigDecimal" | "decimal" => Family::Number,
        "Integer" | "int" | "Long" | "long" => Family::Integer,
        "Boolean" | "bool" => Family::Boolean,
        "Object" => Family::Any,
        name if models.contains_key(name) => Family::Model(Some(name.to_string())),
        other => Family::Unknown(other.to_string()),
    }
}

/// The family of a spec schema, and the schema itself for models (to pair with).
fn spec_family<'a>(spec: &'a Spec, file: &'a str, schema: &'a Value) -> (Family, Option<Resolved<'a>>) {
    let Some(resolved) = spec.resolve(file, schema) else { return (Family::Unknown("unresolvable $ref".into()), None) };
    let value = resolved.value;
    // `allOf` with a single member is a `$ref` with a description of its own.
    if let Some([only]) = value.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return spec_family(spec, resolved.file, only);
    }
    let ty = value.get("type").and_then(Value::as_str);
    let format = value.get("format").and_then(Value::as_str);
    let family = match ty {
        Some("string") if matches!(format, Some("date" | "date-time")) => Family::Date,
        Some("string") => Family::Text,
        Some("number") if format == Some("decimal") => Family::Decimal,
        Some("number") => Family::Number,
        Some("integer") => Family::Integer,
        Some("boolean") => Family::Boolean,
        Some("array") => {
            let (item, _) = spec_family(spec, resolved.file, value.get("items").unwrap_or(&Value::Null));
            return (Family::Array(Box::new(item)), None);
        }
        Some("object") | None if value.get("properties").is_some() => {
            let name = resolved.name.clone();
            return (Family::Model(name), Some(resolved));
        }
        Some("object") | None => match value.get("additionalProperties") {
            Some(Value::Object(item)) if !item.is_empty() => {
                let (item, _) = spec_family(spec, resolved.file, value.get("additionalProperties").unwrap_or(&Value::Null));
                Family::Map(Box::new(item))
            }
            _ => Family::Any,
        },
        Some(other) => Family::Unknown(other.to_string()),
    };
    (family, None)
}

/// Whether a client's family and a spec's agree; models agree here and are paired separately.
fn families_agree(reference: &Family, spec: &Family) -> bool {
    match (reference, spec) {
        (Family::Double, Family::Decimal) => true,
        (Family::Number, Family::Number | Family::Decimal) => true,
        (Family::Array(r), Family::Array(s)) | (Family::Map(r), Family::Map(s)) => families_agree(r, s),
        (Family::Model(_), Family::Model(_)) => true,
        (r, s) => r == s,
    }
}

/// The reference model and spec schema to pair when two agreeing families hold models (also
/// inside arrays and maps).
fn nested_models<'a>(reference: &Family, spec_schema: &'a Value, spec: &'a Spec, file: &'a str) -> Option<(String, Resolved<'a>)> {
    let resolved = spec.resolve(file, spec_schema)?;
    let value = resolved.value;
    if let Some([only]) = value.get("allOf").and_then(Value::as_array).map(Vec::as_slice) {
        return nested_models(reference, only, spec, resolved.file);
    }
    match reference {
        Family::Array(inner) => nested_models(inner, value.get("items")?, spec, resolved.file),
        Family::Map(inner) => nested_models(inner, value.get("additionalProperties")?, spec, resolved.file),
        Family::Model(Some(name)) => Some((name.clone(), resolved)),
        _ => None,
    }
}

// --- Comparison ----------------------------------------------------------------------------

#[derive(Clone, Debug, PartialEq, Eq)]
enum Outcome {
    Agree,
    Noted(String),
    Disagree(String),
}

impl Outcome {
    fn rank(&self) -> u8 {
        match self {
            Outcome::Agree => 0,
            Outcome::Noted(_) => 1,
            Outcome::Disagree(_) => 2,
        }
    }
}

/// A spec schema to pair a reference model with: a component, or an inline schema.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum SchemaAt {
    Named { file: String, name: String },
    Inline { file: String, text: String },
}

impl SchemaAt {
    fn of(resolved: &Resolved<'_>) -> SchemaAt {
        match &resolved.name {
            Some(name) => SchemaAt::Named { file: resolved.file.to_string(), name: name.clone() },
            None => SchemaAt::Inline { file: resolved.file.to_string(), text: resolved.value.to_string() },
        }
    }
}

struct Pairing {
    model: String,
    schema: SchemaAt,
    /// Where the pairing comes from, for messages.
    context: String,
}

#[derive(Default)]
struct Report {
    /// (reference model, field) -> the worst outcome over every pairing of the model.
    fields: BTreeMap<(String, String), Outcome>,
    /// Reference models only operations or fields the spec lacks use: noted (they are noted as
    /// absent) or a disagreement (they are missing).
    omitted_models: BTreeMap<String, Outcome>,
    operations_matched: usize,
    operations_noted: Vec<(String, String)>,
    /// Notes on operations, parameters, bodies, responses and fields only the spec has.
    notes: Vec<(String, String)>,
    disagreements: Vec<String>,
    /// Reference models no operation of the client uses and no spec schema is named after.
    unused_models: Vec<String>,
    /// Models held by fields the spec lacks, with the outcome of the field.
    absent_roots: Vec<(String, Outcome)>,
}

impl Report {
    fn field(&mut self, model: &str, field: &str, outcome: Outcome) {
        let entry = self.fields.entry((model.to_string(), field.to_string())).or_insert(Outcome::Agree);
        if outcome.rank() > entry.rank() {
            *entry = outcome;
        }
    }

    fn render(&self, product: &ProductConfig, reference: &Reference, verbose: bool) -> String {
        let mut out = String::new();
        let agree = self.fields.values().filter(|o| **o == Outcome::Agree).count();
        let noted = self.fields.values().filter(|o| matches!(o, Outcome::Noted(_))).count();
        let disagree = self.fields.values().filter(|o| matches!(o, Outcome::Disagree(_))).count();
        let omitted_fields = |noted: bool| -> usize {
            self.omitted_models.iter().filter(|(_, o)| matches!(o, Outcome::Noted(_)) == noted).map(|(m, _)| reference.models[m].fields.len()).sum()
        };
        let (omitted_noted, omitted_missing) = (omitted_fields(true), omitted_fields(false));
        let total = agree + noted + disagree + omitted_noted + omitted_missing;
        let share = |n: usize| if total == 0 { 0.0 } else { 100.0 * n as f64 / total as f64 };
        let missing = reference.operations.len() - self.operations_matched - self.operations_noted.len();
        let _ = writeln!(out, "{}: specs/{} against {} ({})", product.name, product.spec, product.reference, reference.source);
        let _ = writeln!(
            out,
            "  operations of the client: {}: {} in the spec, {} noted as absent, {missing} missing",
            reference.operations.len(),
            self.operations_matched,
            self.operations_noted.len(),
        );
        let _ = writeln!(
            out,
            "  fields of the client's models in use: {total}: {agree} agree ({:.1}%), {} noted as a Poland difference ({:.1}%), {} disagree ({:.1}%)",
            share(agree),
            noted + omitted_noted,
            share(noted + omitted_noted),
            disagree + omitted_missing,
            share(disagree + omitted_missing),
        );
        let _ = writeln!(
            out,
            "    noted: {noted} in models the spec has, {omitted_noted} in models only absent operations or fields use; disagree: {disagree} in models the spec has, {omitted_missing} in models only missing operations or fields use"
        );
        let mut by_evidence: BTreeMap<&str, usize> = BTreeMap::new();
        let field_notes = self.fields.values().filter_map(|o| match o {
            Outcome::Noted(note) => Some(note.as_str()),
            _ => None,
        });
        let other_notes = self.notes.iter().chain(&self.operations_noted).map(|(_, n)| n.as_str());
        for note in field_notes.chain(other_notes) {
            *by_evidence.entry(evidence_of(note).unwrap_or("none")).or_default() += 1;
        }
        let evidence: Vec<String> = by_evidence.iter().map(|(k, v)| format!("{k} {v}")).collect();
        let _ = writeln!(out, "  notes by evidence: {}", if evidence.is_empty() { "none".to_string() } else { evidence.join(", ") });
        let unused_fields: usize = self.unused_models.iter().map(|m| reference.models[m].fields.len()).sum();
        let _ = writeln!(out, "  not compared: {} models ({unused_fields} fields) that no operation of the client uses", self.unused_models.len());
        if verbose {
            for (key, note) in self.operations_noted.iter().chain(&self.notes) {
                let _ = writeln!(out, "    noted {key}: {note}");
            }
            for ((model, field), outcome) in &self.fields {
                if let Outcome::Noted(note) = outcome {
                    let _ = writeln!(out, "    noted {model}.{field}: {note}");
                }
            }
            for (model, outcome) in &self.omitted_models {
                if let Outcome::Noted(note) = outcome {
                    let _ = writeln!(out, "    noted {model} (whole model): {note}");
                }
            }
            if !self.unused_models.is_empty() {
                let _ = writeln!(out, "    not compared: {}", self.unused_models.join(", "));
            }
        }
        // Fields of one model that disagree for the same reason are listed together.
        let mut grouped: BTreeMap<(&str, &str), Vec<&str>> = BTreeMap::new();
        for ((model, field), outcome) in &self.fields {
            if let Outcome::Disagree(message) = outcome {
                grouped.entry((model, message)).or_default().push(field);
            }
        }
        for ((model, message), fields) in &grouped {
            let fields = if let [field] = fields.as_slice() { (*field).to_string() } else { format!("{{{}}}", fields.join(", ")) };
            let _ = writeln!(out, "  DISAGREE {model}.{fields}: {message}");
        }
        for message in &self.disagreements {
            let _ = writeln!(out, "  DISAGREE {message}");
        }
        out
    }

    fn disagreement_count(&self) -> usize {
        self.disagreements.len() + self.fields.values().filter(|o| matches!(o, Outcome::Disagree(_))).count()
    }
}

fn evidence_of(note: &str) -> Option<&'static str> {
    let (head, _) = note.split_once(':')?;
    EVIDENCE.iter().copied().find(|e| *e == head.trim())
}

/// A note from the `x-poland-differences` mapping of `value`; a note without its evidence is a
/// disagreement of its own.
fn note_in(value: &Value, key: &str, at: &str, report: &mut Report) -> Option<String> {
    let note = value.get("x-poland-differences")?.get(key)?;
    let Some(text) = note.as_str().filter(|t| !t.trim().is_empty()) else {
        report.disagreements.push(format!("{at}: the note on `{key}` is not text"));
        return None;
    };
    if evidence_of(text).is_none() {
        report.disagreements.push(format!("{at}: the note on `{key}` must start with its evidence (`catalog:`, `client:` or `inference:`)"));
    }
    Some(text.to_string())
}

/// A difference on an operation: noted there, or a disagreement.
fn note_or_disagree(value: &Value, key: &str, at: &str, message: String, report: &mut Report) {
    match note_in(value, key, at, report) {
        Some(note) => report.notes.push((format!("{at} {key}"), note)),
        None => report.disagreements.push(format!("{at}: {message}")),
    }
}

const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

fn compare(product: &ProductConfig, reference: &Reference, spec: &Spec) -> Result<Report> {
    let mut report = Report::default();
    let root = spec.root();
    let file = spec.name.as_str();
    let info = root.get("info").cloned().unwrap_or(Value::Null);
    let empty = serde_json::Map::new();
    let paths = root.get("paths").and_then(Value::as_object).unwrap_or(&empty);
    let mut queue: VecDeque<Pairing> = VecDeque::new();
    let mut matched = BTreeSet::new();
    let mut omitted_roots: Vec<(String, Outcome)> = Vec::new();

    for prefix in &product.path {
        if prefix.reason.trim().is_empty() {
            report.disagreements.push(format!("specs/fidelity.toml: the path prefix {} has no reason", prefix.reference));
        }
    }
    for rename in &product.rename {
        if rename.reason.trim().is_empty() {
            report.disagreements.push(format!("specs/fidelity.toml: the rename {} -> {} has no reason", rename.reference, rename.schema));
        }
    }

    for operation in &reference.operations {
        let key = format!("{} {}", operation.method.to_uppercase(), operation.path);
        // The longest matching prefix wins.
        let spec_path = product
            .path
            .iter()
            .filter_map(|prefix| operation.path.strip_prefix(&prefix.reference).map(|rest| (prefix.reference.len(), format!("{}{rest}", prefix.spec))))
            .max_by_key(|(length, _)| *length)
            .map_or_else(|| operation.path.clone(), |(_, path)| path);
        let method = operation.method.to_lowercase();
        let at = format!("{} {spec_path}", method.to_uppercase());
        let item = paths.get(&spec_path);
        let Some(spec_operation) = item.and_then(|item| item.get(&method)) else {
            match note_in(&info, &key, &format!("specs/{file}#/info"), &mut report) {
                Some(note) => {
                    for model in operation.body.iter().chain(&operation.response) {
                        omitted_roots.push((model.clone(), Outcome::Noted(format!("reached through {key}; {note}"))));
                    }
                    report.operations_noted.push((key, note));
                }
                None => {
                    for model in operation.body.iter().chain(&operation.response) {
                        omitted_roots.push((model.clone(), Outcome::Disagree(format!("reached through {key}, which the spec lacks"))));
                    }
                    report.disagreements.push(format!("{key}: operation of the client missing from the spec (at {at}; or note it under info.x-poland-differences)"));
                }
            }
            continue;
        };
        report.operations_matched += 1;
        matched.insert((spec_path.clone(), method.clone()));
        compare_parameters(operation, item.unwrap_or(&Value::Null), spec_operation, spec, file, &at, &mut report);

        let body = spec_operation.get("requestBody").and_then(|b| spec.resolve(file, b)).and_then(|b| json_schema(b.value).map(|s| (b.file, s)));
        let success = spec_operation
            .get("responses")
            .and_then(Value::as_object)
            .and_then(|responses| responses.iter().filter(|(status, _)| status.starts_with('2')).min_by(|a, b| a.0.cmp(b.0)).map(|(_, r)| r));
        let response = success.and_then(|r| spec.resolve(file, r)).and_then(|r| json_schema(r.value).map(|s| (r.file, s)));
        for (key, model, schema) in [("(body)", &operation.body, body), ("(response)", &operation.response, response)] {
            let what = if key == "(body)" { "request body" } else { "response body" };
            match (model, schema) {
                (Some(model), Some((schema_file, schema))) => match spec.resolve(schema_file, schema) {
                    Some(resolved) => queue.push_back(Pairing { model: model.clone(), schema: SchemaAt::of(&resolved), context: format!("{at} {what}") }),
                    None => report.disagreements.push(format!("{at}: the {what} schema does not resolve")),
                },
                (None, None) => {}
                (Some(model), None) => note_or_disagree(spec_operation, key, &at, format!("the client has a {model} {what}, the spec none"), &mut report),
                (None, Some(_)) => note_or_disagree(spec_operation, key, &at, format!("the spec has a {what}, the client none"), &mut report),
            }
        }
    }

    // Operations of the spec the client does not have must say why.
    for (path, item) in paths {
        for method in METHODS {
            let Some(operation) = item.get(method) else { continue };
            if matched.contains(&(path.clone(), method.to_string())) {
                continue;
            }
            let at = format!("{} {path}", method.to_uppercase());
            match note_in(operation, "(operation)", &at, &mut report) {
                Some(note) => report.notes.push((format!("{at} (operation not in the client)"), note)),
                None => report.disagreements.push(format!("{at}: operation the client does not have (note why under `x-poland-differences` key `(operation)`)")),
            }
        }
    }

    // Reference models named like a schema of the spec or of a file it references (or renamed
    // to one) are compared even when no operation pairs them.
    let files = std::iter::once(file).chain(spec.documents.keys().map(String::as_str).filter(|f| *f != file));
    let schemas: Vec<(&str, &serde_json::Map<String, Value>)> =
        files.filter_map(|f| Some((f, spec.documents[f].get("components")?.get("schemas")?.as_object()?))).collect();
    for name in reference.models.keys() {
        let schema = product.rename.iter().find(|r| &r.reference == name).map_or(name.as_str(), |r| r.schema.as_str());
        if let Some((found_in, _)) = schemas.iter().find(|(_, in_file)| in_file.contains_key(schema)) {
            let at = SchemaAt::Named { file: found_in.to_string(), name: schema.to_string() };
            queue.push_back(Pairing { model: name.clone(), schema: at, context: format!("{name} (named like a spec schema)") });
        }
    }

    let mut paired: BTreeSet<(String, SchemaAt)> = BTreeSet::new();
    let mut reached: BTreeSet<String> = BTreeSet::new();
    while let Some(pairing) = queue.pop_front() {
        if !paired.insert((pairing.model.clone(), pairing.schema.clone())) {
            continue;
        }
        let Some(model) = reference.models.get(&pairing.model) else {
            report.disagreements.push(format!("{}: the reference has no model {}", pairing.context, pairing.model));
            continue;
        };
        let inline;
        let (schema_file, schema_value, schema_name) = match &pairing.schema {
            SchemaAt::Named { file, name } => {
                let pointer = format!("/components/schemas/{}", name.replace('~', "~0").replace('/', "~1"));
                match spec.documents.get(file).and_then(|d| d.pointer(&pointer)) {
                    Some(value) => (file.as_str(), value, Some(name.clone())),
                    None => {
                        report.disagreements.push(format!("{}: no schema {name} in specs/{file}", pairing.context));
                        continue;
                    }
                }
            }
            SchemaAt::Inline { file, text } => {
                inline = serde_json::from_str::<Value>(text).unwrap_or(Value::Null);
                (file.as_str(), &inline, None)
            }
        };
        reached.insert(pairing.model.clone());
        // A model the spec names differently without a reason disagrees in every field.
        let misnamed = schema_name.as_ref().filter(|schema_name| {
            *schema_name != &pairing.model && !product.rename.iter().any(|r| r.reference == pairing.model && &r.schema == *schema_name)
        });
        let misnamed = misnamed.map(|schema_name| {
            format!(
                "the client's model {} is the spec's schema {schema_name} (via {}; rename the schema, or add a [[product.rename]] with a reason to specs/fidelity.toml)",
                pairing.model, pairing.context
            )
        });
        let resolved = Resolved { file: schema_file, value: schema_value, name: schema_name };
        compare_model(&pairing.model, model, &resolved, misnamed.as_deref(), reference, spec, &mut queue, &mut report);
    }

    // What only absent operations or fields use is noted with them, or missing with them (a
    // model a noted and a missing one share counts as missing); what nothing uses is not
    // compared.
    omitted_roots.append(&mut report.absent_roots);
    omitted_roots.sort_by_key(|(_, outcome)| std::cmp::Reverse(outcome.rank()));
    let mut pending: VecDeque<(String, Outcome)> = omitted_roots.into();
    while let Some((name, outcome)) = pending.pop_front() {
        if reached.contains(&name) || report.omitted_models.contains_key(&name) {
            continue;
        }
        let Some(model) = reference.models.get(&name) else { continue };
        for field in &model.fields {
            if let Some(nested) = held_model(&reference_family(&field.ty, &reference.models)) {
                pending.push_back((nested, outcome.clone()));
            }
        }
        report.omitted_models.insert(name, outcome);
    }
    report.unused_models = reference.models.keys().filter(|m| !reached.contains(*m) && !report.omitted_models.contains_key(*m)).cloned().collect();
    report.disagreements.sort();
    report.disagreements.dedup();
    report.notes.sort();
    report.notes.dedup();
    report.operations_noted.sort();
    Ok(report)
}

/// The JSON schema of a request body or response.
fn json_schema(value: &Value) -> Option<&Value> {
    let content = value.get("content")?.as_object()?;
    let (_, media) = content.iter().find(|(media, _)| media.starts_with("application/json"))?;
    media.get("schema")
}

fn held_model(family: &Family) -> Option<String> {
    match family {
        Family::Array(inner) | Family::Map(inner) => held_model(inner),
        Family::Model(Some(name)) => Some(name.clone()),
        _ => None,
    }
}

fn compare_parameters(operation: &RefOperation, item: &Value, spec_operation: &Value, spec: &Spec, file: &str, at: &str, report: &mut Report) {
    // (location, name; headers case-folded) -> (name, required)
    let mut declared: BTreeMap<(String, String), (String, bool)> = BTreeMap::new();
    for list in [item.get("parameters"), spec_operation.get("parameters")].into_iter().flatten() {
        for parameter in list.as_array().into_iter().flatten() {
            let Some(resolved) = spec.resolve(file, parameter) else {
                report.disagreements.push(format!("{at}: a parameter `$ref` does not resolve"));
                continue;
            };
            let name = resolved.value.get("name").and_then(Value::as_str).unwrap_or_default().to_string();
            let location = resolved.value.get("in").and_then(Value::as_str).unwrap_or_default().to_string();
            let required = resolved.value.get("required").and_then(Value::as_bool).unwrap_or(false);
            declared.insert((location.clone(), fold(&location, &name)), (name, required));
        }
    }
    let mut expected = BTreeSet::new();
    for parameter in &operation.parameters {
        let key = (parameter.location.clone(), fold(&parameter.location, &parameter.name));
        expected.insert(key.clone());
        let problem = match declared.get(&key) {
            None => Some(format!("{} parameter `{}` of the client is missing", parameter.location, parameter.name)),
            Some((_, required)) if *required != parameter.required => {
                Some(format!("{} parameter `{}`: required {} in the client, {required} in the spec", parameter.location, parameter.name, parameter.required))
            }
            Some(_) => None,
        };
        if let Some(problem) = problem {
            note_or_disagree(spec_operation, &parameter.name, at, problem, report);
        }
    }
    for (key, (name, _)) in &declared {
        if !expected.contains(key) {
            note_or_disagree(spec_operation, name, at, format!("{} parameter `{name}` is not in the client", key.0), report);
        }
    }
}

fn fold(location: &str, name: &str) -> String {
    if location == "header" {
        name.to_ascii_lowercase()
    } else {
        name.to_string()
    }
}

#[allow(clippy::too_many_arguments)]
fn compare_model(
    model_name: &str,
    model: &RefModel,
    schema: &Resolved<'_>,
    misnamed: Option<&str>,
    reference: &Reference,
    spec: &Spec,
    queue: &mut VecDeque<Pairing>,
    report: &mut Report,
) {
    let value = schema.value;
    let at = match &schema.name {
        Some(name) => format!("specs/{}#/components/schemas/{name}", schema.file),
        None => format!("specs/{} (inline schema)", schema.file),
    };
    let empty = serde_json::Map::new();
    let properties = value.get("properties").and_then(Value::as_object).unwrap_or(&empty);
    let required: BTreeSet<&str> = value.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str).collect();
    let judge = |field: &str, problems: Vec<String>, report: &mut Report| -> Outcome {
        if let Some(misnamed) = misnamed {
            return Outcome::Disagree(misnamed.to_string());
        }
        if problems.is_empty() {
            return Outcome::Agree;
        }
        match note_in(value, field, &at, report) {
            Some(note) => Outcome::Noted(note),
            None => Outcome::Disagree(format!("{} ({at})", problems.join("; "))),
        }
    };
    for field in &model.fields {
        let Some(property) = properties.get(&field.name) else {
            let outcome = judge(&field.name, vec!["missing from the spec".to_string()], report);
            // The model the missing field holds is missing (or noted) with it.
            if let Some(nested) = held_model(&reference_family(&field.ty, &reference.models)) {
                let held = match &outcome {
                    Outcome::Noted(note) => Outcome::Noted(format!("held by {model_name}.{}, noted: {note}", field.name)),
                    _ => Outcome::Disagree(format!("held by {model_name}.{}, which the spec lacks", field.name)),
                };
                report.absent_roots.push((nested, held));
            }
            report.field(model_name, &field.name, outcome);
            continue;
        };
        let reference_kind = reference_family(&field.ty, &reference.models);
        let (spec_kind, _) = spec_family(spec, schema.file, property);
        let mut problems = Vec::new();
        if let Family::Unknown(ty) = &reference_kind {
            problems.push(format!("the reference type `{ty}` is not understood"));
        } else if !families_agree(&reference_kind, &spec_kind) {
            let hint = if reference_kind == Family::Double && spec_kind == Family::Number { " (money is `format: decimal`)" } else { "" };
            problems.push(format!("{} in the client (`{}`), {} in the spec{hint}", reference_kind.describe(), field.ty, spec_kind.describe()));
        } else if let Some((nested, resolved)) = nested_models(&reference_kind, property, spec, schema.file) {
            queue.push_back(Pairing { model: nested, schema: SchemaAt::of(&resolved), context: format!("{model_name}.{}", field.name) });
        }
        let spec_required = required.contains(field.name.as_str());
        if field.required != spec_required {
            problems.push(format!("required {} in the client, {spec_required} in the spec", field.required));
        }
        let spec_enum: Option<BTreeSet<String>> = spec.resolve(schema.file, property).and_then(|p| {
            let values = p.value.get("enum")?.as_array()?;
            Some(values.iter().map(|v| v.as_str().map_or_else(|| v.to_string(), str::to_string)).collect())
        });
        let reference_enum: Option<BTreeSet<String>> = field.r#enum.as_ref().map(|values| values.iter().cloned().collect());
        if spec_enum != reference_enum {
            let show = |values: &Option<BTreeSet<String>>| match values {
                Some(values) => format!("[{}]", values.iter().cloned().collect::<Vec<_>>().join(", ")),
                None => "none".to_string(),
            };
            problems.push(format!("enum {} in the client, {} in the spec", show(&reference_enum), show(&spec_enum)));
        }
        let outcome = judge(&field.name, problems, report);
        report.field(model_name, &field.name, outcome);
    }
    // The fields both have, in the same order (the order of generated fields and constructor
    // arguments, and what an import of the portal's definition would write).
    let spec_order: Vec<&str> = properties.keys().map(String::as_str).filter(|name| model.fields.iter().any(|f| f.name == *name)).collect();
    let client_order: Vec<&str> = model.fields.iter().map(|f| f.name.as_str()).filter(|name| properties.contains_key(*name)).collect();
    if misnamed.is_none() && spec_order != client_order {
        let message = format!("fields in another order than the client's ({})", client_order.join(", "));
        match note_in(value, "(order)", &at, report) {
            Some(note) => report.notes.push((format!("{model_name} (order)"), note)),
            None => report.disagreements.push(format!("{model_name}: {message} ({at})")),
        }
    }
    for name in properties.keys() {
        if model.fields.iter().all(|f| &f.name != name) {
            match judge(name, vec![format!("only the spec has `{name}`")], report) {
                Outcome::Noted(note) => report.notes.push((format!("{model_name}.{name} (only in the spec)"), note)),
                Outcome::Disagree(message) => report.disagreements.push(format!("{model_name}.{name}: {message}")),
                Outcome::Agree => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn product(rename: &[(&str, &str)]) -> ProductConfig {
        ProductConfig {
            name: "payments".into(),
            spec: "payments.yaml".into(),
            reference: "reference/payments.json".into(),
            path: vec![PathPrefix { reference: "/v1/apac/".into(), spec: "/v1/emea/".into(), reason: "catalog: Poland uses the EMEA prefix".into() }],
            rename: rename.iter().map(|(r, s)| Rename { reference: r.to_string(), schema: s.to_string(), reason: "inference: clearer".into() }).collect(),
        }
    }

    /// A client with one operation returning `Transfer { amount: double*, status: string enum }`
    /// and one more operation the spec may lack.
    fn reference() -> Reference {
        serde_json::from_value(json!({
            "source": "test client",
            "models": {
                "Transfer": {"fields": [
                    {"name": "amount", "type": "double?", "required": true},
                    {"name": "status", "type": "string", "required": false, "enum": ["DONE", "PENDING"]},
                    {"name": "payee", "type": "Payee", "required": false}
                ]},
                "Payee": {"fields": [{"name": "name", "type": "String", "required": true}]},
                "Bulk": {"fields": [{"name": "items", "type": "List<Payee>", "required": true}]}
            },
            "operations": [
                {"id": "get", "method": "GET", "path": "/v1/apac/transfers/{id}", "body": null, "response": "Transfer",
                 "parameters": [{"name": "id", "in": "path", "required": true}, {"name": "uuid", "in": "header", "required": true}]},
                {"id": "bulk", "method": "POST", "path": "/v1/bulk", "body": "Bulk", "response": null, "parameters": []}
            ]
        }))
        .unwrap()
    }

    fn spec(transfer: Value, info: Value, payee_name: &str) -> Spec {
        let document = json!({
            "openapi": "3.0.3",
            "info": info,
            "paths": {"/v1/emea/transfers/{id}": {"get": {
                "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string"}}, {"$ref": "common.yaml#/components/parameters/uuid"}],
                "responses": {"200": {"description": "ok", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Transfer"}}}}}
            }}},
            "components": {"schemas": {"Transfer": transfer, payee_name: {"type": "object", "required": ["name"], "properties": {"name": {"type": "string"}}}}}
        });
        let common = json!({"components": {"parameters": {"uuid": {"name": "UUID", "in": "header", "required": true, "schema": {"type": "string"}}}}});
        Spec { name: "payments.yaml".into(), documents: BTreeMap::from([("payments.yaml".to_string(), document), ("common.yaml".to_string(), common)]) }
    }

    fn transfer(amount_format: Option<&str>, extra: Value) -> Value {
        let mut amount = json!({"type": "number"});
        if let Some(format) = amount_format {
            amount["format"] = json!(format);
        }
        let mut schema = json!({
            "type": "object",
            "required": ["amount"],
            "properties": {"amount": amount, "status": {"type": "string", "enum": ["PENDING", "DONE"]}, "payee": {"$ref": "#/components/schemas/Payee"}}
        });
        if let (Some(schema), Some(extra)) = (schema.as_object_mut(), extra.as_object()) {
            schema.extend(extra.clone());
        }
        schema
    }

    fn noted_bulk() -> Value {
        json!({"x-poland-differences": {"POST /v1/bulk": "catalog: bulk payments are not offered"}})
    }

    fn outcome(report: &Report, model: &str, field: &str) -> Outcome {
        report.fields[&(model.to_string(), field.to_string())].clone()
    }

    #[test]
    fn agreeing_models_and_noted_operations_pass() {
        let report = compare(&product(&[]), &reference(), &spec(transfer(Some("decimal"), json!({})), noted_bulk(), "Payee")).unwrap();
        assert_eq!(report.disagreement_count(), 0, "{:?} {:?}", report.disagreements, report.fields);
        assert_eq!(outcome(&report, "Transfer", "amount"), Outcome::Agree);
        assert_eq!(outcome(&report, "Payee", "name"), Outcome::Agree, "nested models are paired through the field");
        assert_eq!(report.operations_matched, 1, "the path prefix maps /v1/apac/ to /v1/emea/, headers compare case-insensitively");
        assert!(matches!(report.omitted_models.get("Bulk"), Some(Outcome::Noted(_))), "models of a noted operation are noted with it");
        let text = report.render(&product(&[]), &reference(), false);
        assert!(text.contains("4 agree (80.0%), 1 noted as a Poland difference (20.0%), 0 disagree"), "{text}");
    }

    #[test]
    fn money_the_client_types_double_must_be_decimal() {
        let report = compare(&product(&[]), &reference(), &spec(transfer(None, json!({})), noted_bulk(), "Payee")).unwrap();
        let Outcome::Disagree(message) = outcome(&report, "Transfer", "amount") else { panic!("a plain number for a double must disagree") };
        assert!(message.contains("money is `format: decimal`"), "{message}");
        let report = compare(&product(&[]), &reference(), &spec(transfer(Some("double"), json!({})), noted_bulk(), "Payee")).unwrap();
        assert!(matches!(outcome(&report, "Transfer", "amount"), Outcome::Disagree(_)));
    }

    #[test]
    fn a_missing_operation_and_its_models_disagree() {
        let report = compare(&product(&[]), &reference(), &spec(transfer(Some("decimal"), json!({})), json!({}), "Payee")).unwrap();
        assert!(report.disagreements.iter().any(|d| d.starts_with("POST /v1/bulk: operation of the client missing")), "{:?}", report.disagreements);
        assert!(matches!(report.omitted_models.get("Bulk"), Some(Outcome::Disagree(_))));
    }

    #[test]
    fn the_model_a_missing_field_holds_counts_with_it() {
        let without_payee = transfer(Some("decimal"), json!({"properties": {
            "amount": {"type": "number", "format": "decimal"}, "status": {"type": "string", "enum": ["PENDING", "DONE"]}
        }}));
        let report = compare(&product(&[]), &reference(), &spec(without_payee.clone(), noted_bulk(), "Unrelated")).unwrap();
        assert!(matches!(outcome(&report, "Transfer", "payee"), Outcome::Disagree(_)));
        assert!(matches!(report.omitted_models.get("Payee"), Some(Outcome::Disagree(m)) if m.contains("held by Transfer.payee")), "{:?}", report.omitted_models);
        let mut noted = without_payee;
        noted["x-poland-differences"] = json!({"payee": "catalog: no payee in Poland"});
        let report = compare(&product(&[]), &reference(), &spec(noted, noted_bulk(), "Unrelated")).unwrap();
        assert!(matches!(report.omitted_models.get("Payee"), Some(Outcome::Noted(_))));
        assert_eq!(report.disagreement_count(), 0, "{:?}", report.disagreements);
    }

    #[test]
    fn required_flags_enums_and_extra_fields_disagree_unless_noted() {
        let changed = transfer(Some("decimal"), json!({"required": [], "properties": {
            "amount": {"type": "number", "format": "decimal"}, "status": {"type": "string", "enum": ["DONE"]}, "payee": {"$ref": "#/components/schemas/Payee"}, "memo": {"type": "string"}
        }}));
        let report = compare(&product(&[]), &reference(), &spec(changed.clone(), noted_bulk(), "Payee")).unwrap();
        assert!(matches!(outcome(&report, "Transfer", "amount"), Outcome::Disagree(m) if m.contains("required true in the client, false in the spec")));
        assert!(matches!(outcome(&report, "Transfer", "status"), Outcome::Disagree(m) if m.contains("enum [DONE, PENDING] in the client, [DONE] in the spec")));
        assert!(report.disagreements.iter().any(|d| d.contains("only the spec has `memo`")), "{:?}", report.disagreements);

        let mut noted = changed;
        noted["x-poland-differences"] = json!({
            "amount": "inference: optional for Poland", "status": "catalog: Poland has no PENDING", "memo": "client: the UK client has it"
        });
        let report = compare(&product(&[]), &reference(), &spec(noted, noted_bulk(), "Payee")).unwrap();
        assert_eq!(report.disagreement_count(), 0, "{:?}", report.disagreements);
        assert_eq!(outcome(&report, "Transfer", "status"), Outcome::Noted("catalog: Poland has no PENDING".into()));
    }

    #[test]
    fn fields_follow_the_clients_order() {
        let reordered = transfer(Some("decimal"), json!({"properties": {
            "status": {"type": "string", "enum": ["PENDING", "DONE"]}, "amount": {"type": "number", "format": "decimal"}, "payee": {"$ref": "#/components/schemas/Payee"}
        }}));
        let report = compare(&product(&[]), &reference(), &spec(reordered, noted_bulk(), "Payee")).unwrap();
        assert!(report.disagreements.iter().any(|d| d.contains("Transfer: fields in another order than the client's (amount, status, payee)")), "{:?}", report.disagreements);
    }

    #[test]
    fn a_note_must_name_its_evidence() {
        let noted = transfer(None, json!({"x-poland-differences": {"amount": "because we said so"}}));
        let report = compare(&product(&[]), &reference(), &spec(noted, noted_bulk(), "Payee")).unwrap();
        assert!(report.disagreements.iter().any(|d| d.contains("must start with its evidence")), "{:?}", report.disagreements);
    }

    #[test]
    fn a_renamed_model_needs_a_reason() {
        let renamed = transfer(Some("decimal"), json!({"properties": {
            "amount": {"type": "number", "format": "decimal"}, "status": {"type": "string", "enum": ["PENDING", "DONE"]}, "payee": {"$ref": "#/components/schemas/Beneficiary"}
        }}));
        let report = compare(&product(&[]), &reference(), &spec(renamed.clone(), noted_bulk(), "Beneficiary")).unwrap();
        assert!(matches!(outcome(&report, "Payee", "name"), Outcome::Disagree(m) if m.contains("the client's model Payee is the spec's schema Beneficiary")));
        let report = compare(&product(&[("Payee", "Beneficiary")]), &reference(), &spec(renamed, noted_bulk(), "Beneficiary")).unwrap();
        assert_eq!(report.disagreement_count(), 0, "{:?}", report.disagreements);
    }

    #[test]
    fn spec_operations_the_client_lacks_must_be_noted() {
        let mut spec = spec(transfer(Some("decimal"), json!({})), noted_bulk(), "Payee");
        let document = spec.documents.get_mut("payments.yaml").unwrap();
        document["paths"]["/v1/emea/extra"] = json!({"get": {"responses": {"204": {"description": "none"}}}});
        let report = compare(&product(&[]), &reference(), &spec).unwrap();
        assert!(report.disagreements.iter().any(|d| d.starts_with("GET /v1/emea/extra: operation the client does not have")));
        let document = spec.documents.get_mut("payments.yaml").unwrap();
        document["paths"]["/v1/emea/extra"]["get"]["x-poland-differences"] = json!({"(operation)": "catalog: seen for Poland only"});
        let report = compare(&product(&[]), &reference(), &spec).unwrap();
        assert_eq!(report.disagreement_count(), 0, "{:?}", report.disagreements);
    }

    #[test]
    fn reference_types_map_to_families() {
        let models = reference().models;
        assert_eq!(reference_family("List<Payee>", &models), Family::Array(Box::new(Family::Model(Some("Payee".into())))));
        assert_eq!(reference_family("DateTime?", &models), Family::Date);
        assert_eq!(reference_family("BigDecimal", &models), Family::Number);
        assert_eq!(reference_family("Mystery", &models), Family::Unknown("Mystery".into()));
        assert!(families_agree(&Family::Number, &Family::Decimal));
        assert!(!families_agree(&Family::Date, &Family::Text));
    }

    #[test]
    fn specs_out_of_canonical_form_are_found() {
        let dir = std::env::temp_dir().join(format!("fidelity-canonical-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let canonical = canonical_text("openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n", "a.yaml").unwrap();
        std::fs::write(dir.join("a.yaml"), &canonical).unwrap();
        std::fs::write(dir.join("b.yaml"), "info: {version: '1', title: t}\nopenapi: 3.0.3\npaths: {}\n").unwrap();
        assert_eq!(normalize_specs(&dir, false).unwrap(), vec!["b.yaml".to_string()]);
        assert_eq!(normalize_specs(&dir, true).unwrap(), vec!["b.yaml".to_string()]);
        assert!(normalize_specs(&dir, false).unwrap().is_empty(), "normalizing makes every spec canonical");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
