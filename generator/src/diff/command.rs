//! `cargo xtask diff` without the process around it: the options, the inputs (two spec files,
//! or products against a git revision), the report, the version check, the changelog update
//! and the exit code. The xtask prints what this returns and writes the changelog files.
//!
//! A revision's specs are read with `git show REV:path` into a temporary folder (removed
//! afterwards), so relative `$ref`s between spec files resolve as they did at that revision.
//! Exit codes: 0 when the comparison was made (and nothing `--fail-on` or `--require-bump`
//! names was found), 1 when it found what they name, 2 when it could not be made (bad
//! arguments, an unknown revision, an unreadable spec).

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use super::changelog::{insert_entry, package_version, render_entry, set_package_version};
use super::report::{DiffReport, ProductReport};
use super::verdict::{check_version, verdict, Version};
use super::{diff_sides, Change, Level, Location, Rule, Severity, Side};
use crate::config::{Conventions, ProductConfig, ProjectConfig};
use crate::diagnostic::Diagnostics;
use crate::load::{load_spec, LoadedSpec};
use crate::lower::{lower_api, rust_ident, Case, LowerOptions};
use crate::model::Api;
use crate::project::PROJECT_FILE;

pub const USAGE: &str = "\
usage: cargo xtask diff OLD_SPEC NEW_SPEC [OPTIONS]
       cargo xtask diff [PRODUCT...|--all] [--base REV] [OPTIONS]
       cargo xtask diff --rules

Compares two spec files (Swagger 2.0, OpenAPI 3.0 or 3.1; YAML or JSON; relative $refs), or
products of specs/crate.toml (all of them without a PRODUCT) in the working tree against their
specs at the git revision REV (default HEAD).

options:
  --format text|json|markdown   text (default; coloured on a terminal), JSON for tools, or a
                                pull-request comment
  --fail-on breaking|wire|rust|any
                                exit 1 on definite breaks (either level), on wire breaks, on Rust
                                API breaks, or on any change at all
  --require-bump                exit 1 when breaking changes come without the version bump they
                                need (generated/Cargo.toml against its version at REV); for other
                                changes the report only says whether the version covers them
  --changelog                   write the entry into generated/CHANGELOG.md and set the version
                                in generated/Cargo.toml (products against a revision only)
  --date YYYY-MM-DD             the changelog entry's date (default: today, UTC)
  --color auto|always|never     colours in the text format (auto: on a terminal without NO_COLOR)
  --rules                       list the rules: id, level, severity, what each finds

exit codes: 0 compared, 1 --fail-on or --require-bump found something, 2 could not compare";

/// What to compare.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Input {
    Files { old: PathBuf, new: PathBuf },
    /// Products (all when empty) in the working tree against the revision `base`.
    Revision { base: String, products: Vec<String> },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Markdown,
}

/// Which changes make the exit code 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailOn {
    /// A definite break at either level.
    Breaking,
    /// A definite break on the wire.
    Wire,
    /// A definite break of the Rust API.
    Rust,
    /// Any change at all.
    Any,
}

impl FailOn {
    pub fn triggered(self, changes: &[&Change]) -> bool {
        changes.iter().any(|change| match self {
            FailOn::Breaking => change.severity() == Severity::Breaking,
            FailOn::Wire => change.severity() == Severity::Breaking && change.level() == Level::Wire,
            FailOn::Rust => change.severity() == Severity::Breaking && change.level() == Level::Rust,
            FailOn::Any => true,
        })
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Options {
    pub input: Input,
    pub format: Format,
    pub fail_on: Option<FailOn>,
    pub require_bump: bool,
    pub changelog: bool,
    pub date: Option<String>,
    /// `None`: colour when printing to a terminal.
    pub color: Option<bool>,
    /// Print the rule table instead of comparing.
    pub rules: bool,
}

impl Options {
    /// Parses the arguments after `diff`.
    pub fn parse(args: &[String]) -> Result<Options, String> {
        let mut positional = Vec::new();
        let mut base = None;
        let mut all = false;
        let mut options = Options {
            input: Input::Revision { base: String::new(), products: Vec::new() },
            format: Format::Text,
            fail_on: None,
            require_bump: false,
            changelog: false,
            date: None,
            color: None,
            rules: false,
        };
        let mut rest = args.iter();
        while let Some(arg) = rest.next() {
            let mut value = |name: &str| rest.next().cloned().ok_or_else(|| format!("{name} needs a value"));
            match arg.as_str() {
                "--base" => base = Some(value("--base")?),
                "--all" => all = true,
                "--format" => {
                    options.format = match value("--format")?.as_str() {
                        "text" => Format::Text,
                        "json" => Format::Json,
                        "markdown" => Format::Markdown,
                        other => return Err(format!("unknown format `{other}` (text, json, markdown)")),
                    }
                }
                "--fail-on" => {
                    options.fail_on = Some(match value("--fail-on")?.as_str() {
                        "breaking" => FailOn::Breaking,
                        "wire" => FailOn::Wire,
                        "rust" => FailOn::Rust,
                        "any" => FailOn::Any,
                        other => return Err(format!("unknown --fail-on `{other}` (breaking, wire, rust, any)")),
                    })
                }
                "--require-bump" => options.require_bump = true,
                "--changelog" => options.changelog = true,
                "--date" => {
                    let date = value("--date")?;
                    let valid = date.len() == 10 && date.chars().enumerate().all(|(i, c)| if i == 4 || i == 7 { c == '-' } else { c.is_ascii_digit() });
                    if !valid {
                        return Err(format!("--date `{date}` is not YYYY-MM-DD"));
                    }
                    options.date = Some(date);
                }
                "--color" => {
                    options.color = match value("--color")?.as_str() {
                        "auto" => None,
                        "always" => Some(true),
                        "never" => Some(false),
                        other => return Err(format!("unknown --color `{other}` (auto, always, never)")),
                    }
                }
                "--rules" => options.rules = true,
                "--deny-breaking" => return Err("--deny-breaking is now `--fail-on breaking`".into()),
                other if other.starts_with('-') => return Err(format!("unknown option `{other}`")),
                other => positional.push(other.to_string()),
            }
        }
        let looks_like_file = |arg: &str| arg.contains('.') || arg.contains('/') || arg.contains('\\');
        let files = positional.iter().filter(|p| looks_like_file(p)).count();
        options.input = match (files, positional.as_slice()) {
            (0, _) => {
                if all && !positional.is_empty() {
                    return Err("--all compares every product: name no product with it".into());
                }
                Input::Revision { base: base.unwrap_or_else(|| "HEAD".to_string()), products: positional }
            }
            (2, [old, new]) => {
                if base.is_some() || all {
                    return Err("two spec files are compared with each other: --base and --all do not apply".into());
                }
                Input::Files { old: PathBuf::from(old), new: PathBuf::from(new) }
            }
            _ => return Err(format!("expected two spec files or product names, got `{}`", positional.join(" "))),
        };
        if matches!(options.input, Input::Files { .. }) && (options.require_bump || options.changelog) {
            return Err("--require-bump and --changelog need products against a revision (`--base REV`)".into());
        }
        Ok(options)
    }
}

/// The new texts of the changelog and the manifest.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangelogUpdate {
    pub version: Version,
    /// `generated/CHANGELOG.md`'s new text.
    pub changelog: String,
    /// `generated/Cargo.toml`'s new text.
    pub manifest: String,
}

/// What a run found.
#[derive(Clone, Debug)]
pub struct Outcome {
    pub report: DiffReport,
    /// 0, 1 or 2 (see the module documentation).
    pub exit_code: i32,
    pub changelog: Option<ChangelogUpdate>,
    /// Why `--changelog` wrote nothing, when it did not.
    pub changelog_note: Option<String>,
    pub elapsed: Duration,
}

/// Where the crate's manifest and changelog are, relative to the root.
pub const MANIFEST: &str = "generated/Cargo.toml";
pub const CHANGELOG: &str = "generated/CHANGELOG.md";

/// Runs the comparison `options` asks for in the repository at `root`. `Err` (exit code 2)
/// when nothing could be compared.
pub fn run(root: &Path, options: &Options) -> Result<Outcome, String> {
    let started = Instant::now();
    let current = read_version(&root.join(MANIFEST), MANIFEST)?;
    let (products, problems, base_version) = match &options.input {
        Input::Files { old, new } => {
            let (products, problems) = compare_files(root, old, new);
            (products, problems, current.clone())
        }
        Input::Revision { base, products } => {
            let checkout = Checkout::new(root, base)?;
            let base_version = checkout.file(MANIFEST).ok().and_then(|text| package_version(&text).ok()).unwrap_or_else(|| current.clone());
            let (products, problems) = compare_revision(root, &checkout, base, products)?;
            (products, problems, base_version)
        }
    };
    let all: Vec<Change> = products.iter().flat_map(|p| p.changes.iter().cloned()).collect();
    let verdict = verdict(&all, &base_version);
    let version_check = options.require_bump.then(|| check_version(&base_version, &current, verdict.bump));
    let base = match &options.input {
        Input::Revision { base, .. } => Some(base.clone()),
        Input::Files { .. } => None,
    };
    let report = DiffReport { base, products, verdict, version_check, problems };
    let refs: Vec<&Change> = all.iter().collect();
    let failed = options.fail_on.is_some_and(|fail_on| fail_on.triggered(&refs)) || report.version_check.as_ref().is_some_and(|check| check.fails());
    let exit_code = if !report.problems.is_empty() {
        2
    } else if failed {
        1
    } else {
        0
    };
    let (changelog, changelog_note) = if options.changelog {
        match changelog_update(root, &report, &current, options.date.clone().unwrap_or_else(super::changelog::today_utc)) {
            Ok(update) => (update, None),
            Err(note) => (None, Some(note)),
        }
    } else {
        (None, None)
    };
    Ok(Outcome { report, exit_code, changelog, changelog_note, elapsed: started.elapsed() })
}

fn read_version(path: &Path, display: &str) -> Result<Version, String> {
    let text = std::fs::read_to_string(path).map_err(|error| format!("{display}: cannot read the crate manifest: {error}"))?;
    package_version(&text).map_err(|error| format!("{display}: {error}"))
}

/// The changelog entry and version for `report`: the version the changes need (counted from
/// the base revision's), or the current one if it is already at least that.
fn changelog_update(root: &Path, report: &DiffReport, current: &Version, date: String) -> Result<Option<ChangelogUpdate>, String> {
    if !report.problems.is_empty() {
        return Err("some products could not be compared: the changelog was not written".into());
    }
    if report.changes().next().is_none() {
        return Err("no change: the changelog was not written".into());
    }
    let version = if current >= &report.verdict.next { current.clone() } else { report.verdict.next.clone() };
    let manifest_path = root.join(MANIFEST);
    let manifest = std::fs::read_to_string(&manifest_path).map_err(|error| format!("{MANIFEST}: {error}"))?;
    let manifest = set_package_version(&manifest, &version).map_err(|error| format!("{MANIFEST}: {error}"))?;
    let existing = std::fs::read_to_string(root.join(CHANGELOG)).ok();
    let entry = render_entry(report, &version, &date);
    let changelog = insert_entry(existing.as_deref(), &entry, &version);
    Ok(Some(ChangelogUpdate { version, changelog, manifest }))
}

/// One side of a comparison, loaded and lowered (warnings allowed: the old side of a drift
/// check must load even if today's rules would warn about it).
struct Loaded {
    spec: LoadedSpec,
    api: Api,
}

fn load(path: &Path, display: &str, module: &str, feature: &str, conventions: &Conventions) -> Result<Loaded, String> {
    let mut diagnostics = Diagnostics::new();
    let spec = load_spec(path, display, &mut diagnostics).ok_or_else(|| diagnostics.to_string())?;
    let options = LowerOptions { module: module.to_string(), feature: feature.to_string(), conventions };
    let api = lower_api(&spec, &options, &mut diagnostics);
    if diagnostics.has_errors() {
        let errors: Vec<String> = diagnostics.sorted().iter().filter(|d| d.is_error()).map(ToString::to_string).collect();
        return Err(errors.join("\n"));
    }
    Ok(Loaded { spec, api })
}

fn compare(product: &str, old: &Loaded, new: &Loaded) -> ProductReport {
    let changes = diff_sides(Side { spec: &old.spec, api: &old.api }, Side { spec: &new.spec, api: &new.api });
    ProductReport { product: product.to_string(), old_file: Some(old.spec.file.clone()), new_file: Some(new.spec.file.clone()), changes }
}

/// Two spec files. The product (its module and conventions) is the project's whose spec has
/// the same file name, else one named after the new file.
fn compare_files(root: &Path, old: &Path, new: &Path) -> (Vec<ProductReport>, Vec<String>) {
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE).ok();
    let conventions = config.as_ref().map(|c| c.conventions.clone()).unwrap_or_default();
    let stem = |path: &Path| path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    let product = config.as_ref().and_then(|config| {
        config.products.iter().find(|p| Path::new(&p.spec).file_stem().is_some_and(|s| s.to_string_lossy() == stem(new) || s.to_string_lossy() == stem(old))).cloned()
    });
    let (name, module) = match &product {
        Some(product) => (product.name.clone(), product.module()),
        None => {
            let module = rust_ident(&stem(new), Case::Snake);
            (stem(new), if module.is_empty() { "api".to_string() } else { module })
        }
    };
    let display = |path: &Path| path.to_string_lossy().replace('\\', "/");
    let old_side = load(old, &display(old), &module, &name, &conventions);
    let new_side = load(new, &display(new), &module, &name, &conventions);
    match (old_side, new_side) {
        (Ok(old), Ok(new)) => (vec![compare(&name, &old, &new)], Vec::new()),
        (old, new) => {
            let problems = [old.err(), new.err()].into_iter().flatten().collect();
            (Vec::new(), problems)
        }
    }
}

fn compare_revision(root: &Path, checkout: &Checkout, base: &str, only: &[String]) -> Result<(Vec<ProductReport>, Vec<String>), String> {
    let new_config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE).map_err(|d| d.to_string())?;
    let old_display = format!("{base}:{PROJECT_FILE}");
    // A revision from before the project file had the same products as today, where their
    // specs exist.
    let old_config = if checkout.dir.join(PROJECT_FILE).exists() {
        ProjectConfig::load(&checkout.dir.join(PROJECT_FILE), &old_display).map_err(|d| d.to_string())?
    } else {
        new_config.clone()
    };
    let mut names: Vec<&ProductConfig> = new_config.products.iter().collect();
    names.extend(old_config.products.iter().filter(|old| !new_config.products.iter().any(|new| new.name == old.name)));
    for wanted in only {
        if !names.iter().any(|p| &p.name == wanted) {
            let known: Vec<&str> = names.iter().map(|p| p.name.as_str()).collect();
            return Err(format!("no product `{wanted}` in {PROJECT_FILE} or at {base} (products: {})", known.join(", ")));
        }
    }
    let mut reports = Vec::new();
    let mut problems = Vec::new();
    for product in names {
        if !only.is_empty() && !only.contains(&product.name) {
            continue;
        }
        let old_entry = old_config.products.iter().find(|p| p.name == product.name && checkout.dir.join("specs").join(&p.spec).exists());
        let new_entry = new_config.products.iter().find(|p| p.name == product.name);
        let old = old_entry.map(|entry| {
            let display = format!("{base}:specs/{}", entry.spec);
            load(&checkout.dir.join("specs").join(&entry.spec), &display, &entry.module(), &entry.name, &old_config.conventions)
        });
        let new = new_entry.map(|entry| {
            let display = format!("specs/{}", entry.spec);
            load(&root.join("specs").join(&entry.spec), &display, &entry.module(), &entry.name, &new_config.conventions)
        });
        match (old, new) {
            (Some(Ok(old)), Some(Ok(new))) => reports.push(compare(&product.name, &old, &new)),
            (None, Some(Ok(new))) => {
                let change = Change {
                    rule: Rule::ProductAdded,
                    location: Location { file: new.spec.file.clone(), pointer: String::new() },
                    rust_items: vec![format!("{} (cargo feature `{}`)", new.api.module, product.name)],
                    operations: Vec::new(),
                    reason: format!("product `{}` added ({} operations)", product.name, new.api.operations.len()),
                };
                reports.push(ProductReport { product: product.name.clone(), old_file: None, new_file: Some(new.spec.file.clone()), changes: vec![change] });
            }
            (Some(Ok(old)), None) => {
                let change = Change {
                    rule: Rule::ProductRemoved,
                    location: Location { file: old.spec.file.clone(), pointer: String::new() },
                    rust_items: vec![format!("{} (cargo feature `{}`)", old.api.module, product.name)],
                    operations: Vec::new(),
                    reason: format!("product `{}` removed with its module and cargo feature", product.name),
                };
                reports.push(ProductReport { product: product.name.clone(), old_file: Some(old.spec.file.clone()), new_file: None, changes: vec![change] });
            }
            (old, new) => {
                for error in [old.and_then(Result::err), new.and_then(Result::err)].into_iter().flatten() {
                    problems.push(format!("{}: {error}", product.name));
                }
            }
        }
    }
    Ok((reports, problems))
}

/// The specs of a git revision, in a temporary folder removed on drop.
pub struct Checkout {
    root: PathBuf,
    revision: String,
    pub dir: PathBuf,
}

static CHECKOUTS: AtomicUsize = AtomicUsize::new(0);

impl Checkout {
    /// Writes `specs/**` of `revision` into a new temporary folder.
    pub fn new(root: &Path, revision: &str) -> Result<Checkout, String> {
        if revision.starts_with('-') || revision.is_empty() {
            return Err(format!("`{revision}` is not a git revision"));
        }
        let commit = git(root, &["rev-parse", "--verify", "--quiet", &format!("{revision}^{{commit}}")]).map_err(|_| format!("unknown git revision `{revision}`"))?;
        let commit = String::from_utf8_lossy(&commit).trim().to_string();
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let dir = std::env::temp_dir().join(format!("citi-poland-diff-{}-{nanos}-{}", std::process::id(), CHECKOUTS.fetch_add(1, Ordering::Relaxed)));
        std::fs::create_dir_all(&dir).map_err(|error| format!("creating {}: {error}", dir.display()))?;
        let checkout = Checkout { root: root.to_path_buf(), revision: commit, dir };
        let listing = git(root, &["ls-tree", "-r", "-z", "--name-only", &checkout.revision, "--", "specs"])?;
        for path in listing.split(|b| *b == 0).filter(|p| !p.is_empty()) {
            let path = String::from_utf8_lossy(path).into_owned();
            let relative = Path::new(&path);
            if relative.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
                continue;
            }
            let text = checkout.file(&path)?;
            let target = checkout.dir.join(relative);
            if let Some(parent) = target.parent() {
                std::fs::create_dir_all(parent).map_err(|error| format!("creating {}: {error}", parent.display()))?;
            }
            std::fs::write(&target, text).map_err(|error| format!("writing {}: {error}", target.display()))?;
        }
        Ok(checkout)
    }

    /// A file of the revision (a path relative to the repository root).
    pub fn file(&self, path: &str) -> Result<String, String> {
        let bytes = git(&self.root, &["show", &format!("{}:{path}", self.revision)])?;
        String::from_utf8(bytes).map_err(|_| format!("{}:{path} is not UTF-8", self.revision))
    }
}

impl Drop for Checkout {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn git(root: &Path, args: &[&str]) -> Result<Vec<u8>, String> {
    let output = Command::new("git").args(args).current_dir(root).output().map_err(|error| format!("running git: {error}"))?;
    if !output.status.success() {
        return Err(format!("git {}: {}", args.join(" "), String::from_utf8_lossy(&output.stderr).trim()));
    }
    Ok(output.stdout)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &str) -> Result<Options, String> {
        Options::parse(&args.split_whitespace().map(str::to_string).collect::<Vec<_>>())
    }

    #[test]
    fn inputs_are_files_or_products() {
        assert_eq!(parse("old.yaml new.json").unwrap().input, Input::Files { old: "old.yaml".into(), new: "new.json".into() });
        assert_eq!(parse("accounts --base main").unwrap().input, Input::Revision { base: "main".into(), products: vec!["accounts".into()] });
        assert_eq!(parse("").unwrap().input, Input::Revision { base: "HEAD".into(), products: vec![] });
        assert_eq!(parse("--all --base v1").unwrap().input, Input::Revision { base: "v1".into(), products: vec![] });
        assert!(parse("one.yaml").is_err());
        assert!(parse("a.yaml b.yaml --base HEAD").is_err());
        assert!(parse("a.yaml b.yaml --changelog").is_err());
        assert!(parse("accounts --all").is_err());
    }

    #[test]
    fn options_parse_and_reject_unknown_values() {
        let options = parse("--format json --fail-on wire --require-bump --date 2026-01-02 --color never").unwrap();
        assert_eq!((options.format, options.fail_on, options.require_bump, options.color), (Format::Json, Some(FailOn::Wire), true, Some(false)));
        assert_eq!(options.date.as_deref(), Some("2026-01-02"));
        assert!(parse("--format xml").is_err());
        assert!(parse("--fail-on sometimes").is_err());
        assert!(parse("--date tomorrow").is_err());
        assert!(parse("--base").is_err());
        assert!(parse("--frobnicate").is_err());
        assert!(parse("--deny-breaking").unwrap_err().contains("--fail-on breaking"));
    }
}
