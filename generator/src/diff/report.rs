//! The report of a drift check, and its three forms: text for a terminal (grouped by product
//! and severity, coloured only when asked), JSON for tools, markdown for a pull request.
//!
//! The JSON form is stable: `schema_version` changes if a field changes meaning or goes away
//! (fields may be added). Its fields:
//!
//! - `schema_version`: `1`.
//! - `base`: the git revision compared against, or `null` for two files.
//! - `verdict`: `kind` (`breaking`, `feature`, `documentation`, `none`), `bump` (`major`,
//!   `minor`, `patch`, `none`: what the changes need in 1.x terms), `component` (the part of
//!   the version that moves), `current_version`, `next_version`, `rule` (the semver rule
//!   applied), `counts`.
//! - `counts` (here and per product): `wire_breaking`, `rust_breaking`, `possible`,
//!   `compatible`.
//! - `version_check`: `null`, or (with `--require-bump`) `base_version`, `version`,
//!   `required_version`, `ok` (the version is at least the required one), `fails` (breaking
//!   changes without their bump, or a version that went down).
//! - `products[]`: `product`, `old_file`, `new_file` (`null` for a product added or removed),
//!   `bump`, `counts`, `changes[]`.
//! - `changes[]`: `level` (`wire`, `rust`), `severity` (`breaking`, `possible`, `compatible`),
//!   `rule` (a stable id; `cargo xtask diff --rules` lists them), `category` (`added`,
//!   `changed`, `deprecated`, `removed`, `documentation`), `file`, `pointer`, `rust_items[]`,
//!   `operations[]`, `reason`.
//! - `problems[]`: why a product could not be compared (the diagnostics).

use std::fmt::Write;

use serde::Serialize;

use super::verdict::{Verdict, VersionCheck};
use super::{clean_text, Change, Level, Severity};

/// The changes of one product.
#[derive(Clone, Debug)]
pub struct ProductReport {
    pub product: String,
    /// The old spec as named in the report (`HEAD:specs/accounts.yaml`); `None` when the
    /// product is new.
    pub old_file: Option<String>,
    pub new_file: Option<String>,
    pub changes: Vec<Change>,
}

/// Everything one run found.
#[derive(Clone, Debug)]
pub struct DiffReport {
    pub base: Option<String>,
    pub products: Vec<ProductReport>,
    pub verdict: Verdict,
    pub version_check: Option<VersionCheck>,
    /// Products that could not be compared, with the diagnostics.
    pub problems: Vec<String>,
}

impl DiffReport {
    pub fn changes(&self) -> impl Iterator<Item = &Change> {
        self.products.iter().flat_map(|p| p.changes.iter())
    }

    pub fn counts(&self) -> Counts {
        Counts::of(self.changes())
    }
}

/// How many changes of each kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub wire_breaking: usize,
    pub rust_breaking: usize,
    pub possible: usize,
    pub compatible: usize,
}

impl Counts {
    pub fn of<'c>(changes: impl Iterator<Item = &'c Change>) -> Counts {
        let mut counts = Counts::default();
        for change in changes {
            match (change.severity(), change.level()) {
                (Severity::Breaking, Level::Wire) => counts.wire_breaking += 1,
                (Severity::Breaking, Level::Rust) => counts.rust_breaking += 1,
                (Severity::Possible, _) => counts.possible += 1,
                (Severity::Compatible, _) => counts.compatible += 1,
            }
        }
        counts
    }
}

/// The groups a product's changes are listed in, most severe first.
const GROUPS: [(Severity, Option<Level>, &str); 4] = [
    (Severity::Breaking, Some(Level::Wire), "breaking on the wire"),
    (Severity::Breaking, Some(Level::Rust), "breaking for Rust code"),
    (Severity::Possible, None, "possible breaks"),
    (Severity::Compatible, None, "compatible"),
];

fn in_group(change: &Change, severity: Severity, level: Option<Level>) -> bool {
    change.severity() == severity && level.is_none_or(|l| change.level() == l)
}

fn operations_text(change: &Change) -> Option<String> {
    if change.operations.is_empty() {
        return None;
    }
    let shown: Vec<&str> = change.operations.iter().take(5).map(String::as_str).collect();
    let more = if change.operations.len() > 5 { format!(" and {} more", change.operations.len() - 5) } else { String::new() };
    Some(format!("{}{more}", shown.join(", ")))
}

// ---------------------------------------------------------------------------------------------
// Text

struct Style {
    color: bool,
}

impl Style {
    fn paint(&self, code: &str, text: &str) -> String {
        if self.color {
            format!("\u{1b}[{code}m{text}\u{1b}[0m")
        } else {
            text.to_string()
        }
    }
}

/// The report for a terminal; `color` adds ANSI colours.
pub fn render_text(report: &DiffReport, color: bool) -> String {
    let style = Style { color };
    let mut out = String::new();
    for product in &report.products {
        let files = match (&product.old_file, &product.new_file) {
            (Some(old), Some(new)) => format!("{} against {}", clean_text(new, 200), clean_text(old, 200)),
            (None, Some(new)) => format!("{} (new product)", clean_text(new, 200)),
            (Some(old), None) => format!("{} (product removed)", clean_text(old, 200)),
            (None, None) => String::new(),
        };
        let _ = writeln!(out, "{} {files}", style.paint("1", &product.product));
        if product.changes.is_empty() {
            let _ = writeln!(out, "  no change");
            continue;
        }
        for (severity, level, title) in GROUPS {
            let changes: Vec<&Change> = product.changes.iter().filter(|c| in_group(c, severity, level)).collect();
            if changes.is_empty() {
                continue;
            }
            let code = match severity {
                Severity::Breaking => "1;31",
                Severity::Possible => "1;33",
                Severity::Compatible => "32",
            };
            let _ = writeln!(out, "  {} ({})", style.paint(code, title), changes.len());
            for change in changes {
                let level = if level.is_none() { format!("{} ", change.level().as_str()) } else { String::new() };
                let _ = writeln!(out, "    {level}{}: {}", change.rule.id(), change.reason);
                let _ = writeln!(out, "      at {}", clean_text(&change.location.to_string(), 400));
                if !change.rust_items.is_empty() {
                    let _ = writeln!(out, "      rust: {}", clean_text(&change.rust_items.join(", "), 400));
                }
                if let Some(operations) = operations_text(change) {
                    let _ = writeln!(out, "      operations: {operations}");
                }
            }
        }
    }
    for problem in &report.problems {
        let _ = writeln!(out, "{} {}", style.paint("1;31", "cannot compare:"), terminal_safe(problem));
    }
    if !report.problems.is_empty() {
        let _ = writeln!(out, "\nverdict: {} ({} product(s) could not be compared)", style.paint("1;31", "incomplete"), report.problems.len());
        if report.products.is_empty() {
            return out;
        }
    }
    let counts = report.counts();
    let verdict = &report.verdict;
    let kind = match verdict.bump.kind() {
        "breaking" => style.paint("1;31", "breaking"),
        "feature" => style.paint("1;33", "feature"),
        other => style.paint("32", other),
    };
    let _ = writeln!(
        out,
        "\nverdict: {kind} ({} breaking on the wire, {} breaking for Rust code, {} possible, {} compatible)",
        counts.wire_breaking, counts.rust_breaking, counts.possible, counts.compatible
    );
    if verdict.component == "none" {
        let _ = writeln!(out, "version: no bump needed ({})", verdict.current);
    } else {
        let _ = writeln!(out, "version: {} bump, {} -> {} ({})", verdict.component, verdict.current, verdict.next, verdict.rule);
    }
    if let Some(check) = &report.version_check {
        let status = match (check.ok, check.fails()) {
            (true, false) => style.paint("32", "ok"),
            (_, true) => style.paint("1;31", "not bumped enough (fails)"),
            (false, false) => style.paint("1;33", "not bumped yet (does not fail: no breaking change)"),
        };
        let _ = writeln!(out, "version check: generated/Cargo.toml is {} (was {} at the base, needs at least {}): {status}", check.head, check.base, check.required);
    }
    out
}

// ---------------------------------------------------------------------------------------------
// JSON

#[derive(Serialize)]
struct JsonReport<'a> {
    schema_version: u32,
    base: Option<&'a str>,
    verdict: JsonVerdict,
    version_check: Option<JsonVersionCheck>,
    products: Vec<JsonProduct<'a>>,
    problems: &'a [String],
}

#[derive(Serialize)]
struct JsonVerdict {
    kind: &'static str,
    bump: &'static str,
    component: &'static str,
    current_version: String,
    next_version: String,
    rule: &'static str,
    counts: Counts,
}

#[derive(Serialize)]
struct JsonVersionCheck {
    base_version: String,
    version: String,
    required_version: String,
    ok: bool,
    fails: bool,
}

#[derive(Serialize)]
struct JsonProduct<'a> {
    product: &'a str,
    old_file: Option<&'a str>,
    new_file: Option<&'a str>,
    bump: &'static str,
    counts: Counts,
    changes: Vec<JsonChange<'a>>,
}

#[derive(Serialize)]
struct JsonChange<'a> {
    level: &'static str,
    severity: &'static str,
    rule: &'static str,
    category: &'static str,
    file: &'a str,
    pointer: &'a str,
    rust_items: &'a [String],
    operations: &'a [String],
    reason: &'a str,
}

/// The report as JSON (see the module documentation for the fields).
pub fn render_json(report: &DiffReport) -> String {
    let verdict = &report.verdict;
    let json = JsonReport {
        schema_version: 1,
        base: report.base.as_deref(),
        verdict: JsonVerdict {
            kind: verdict.bump.kind(),
            bump: verdict.bump.as_str(),
            component: verdict.component,
            current_version: verdict.current.to_string(),
            next_version: verdict.next.to_string(),
            rule: verdict.rule,
            counts: report.counts(),
        },
        version_check: report.version_check.as_ref().map(|check| JsonVersionCheck {
            base_version: check.base.to_string(),
            version: check.head.to_string(),
            required_version: check.required.to_string(),
            ok: check.ok,
            fails: check.fails(),
        }),
        products: report
            .products
            .iter()
            .map(|product| JsonProduct {
                product: &product.product,
                old_file: product.old_file.as_deref(),
                new_file: product.new_file.as_deref(),
                bump: super::verdict::needed(&product.changes).as_str(),
                counts: Counts::of(product.changes.iter()),
                changes: product
                    .changes
                    .iter()
                    .map(|change| JsonChange {
                        level: change.level().as_str(),
                        severity: change.severity().as_str(),
                        rule: change.rule.id(),
                        category: change.rule.category().as_str(),
                        file: &change.location.file,
                        pointer: &change.location.pointer,
                        rust_items: &change.rust_items,
                        operations: &change.operations,
                        reason: &change.reason,
                    })
                    .collect(),
            })
            .collect(),
        problems: &report.problems,
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

// ---------------------------------------------------------------------------------------------
// Markdown

/// The first line of the markdown report, so a CI job can find and update its comment.
pub const MARKDOWN_MARKER: &str = "<!-- citi-poland-spec-drift -->";

/// GitHub refuses comments longer than 65,536 characters: the report stays under this.
pub const MARKDOWN_MAX_CHARS: usize = 60_000;

/// Inline code that spec text cannot break out of.
fn code(text: &str) -> String {
    format!("`{}`", clean_text(text, 300))
}

/// The report as a pull-request comment: every change while it fits in
/// [`MARKDOWN_MAX_CHARS`], else fewer per group (the rest counted), most severe groups first.
pub fn render_markdown(report: &DiffReport) -> String {
    for limit in [usize::MAX, 100, 25, 5, 0] {
        let text = render_markdown_listing(report, limit);
        if text.chars().count() <= MARKDOWN_MAX_CHARS {
            return text;
        }
    }
    let mut text: String = render_markdown_listing(report, 0).chars().take(MARKDOWN_MAX_CHARS - 200).collect();
    text.push_str("\n\n… (cut: the report is too long for a comment; run `cargo xtask diff` for all of it)\n");
    text
}

/// The markdown report listing at most `limit` changes per group and product.
fn render_markdown_listing(report: &DiffReport, limit: usize) -> String {
    let mut out = String::new();
    let verdict = &report.verdict;
    let counts = report.counts();
    let _ = writeln!(out, "{MARKDOWN_MARKER}");
    let headline = match verdict.bump.kind() {
        "breaking" => "breaking changes",
        "feature" => "compatible changes",
        "documentation" => "documentation changes only",
        _ => "no change",
    };
    let base = report.base.as_deref().map(|b| format!(" against {}", code(b))).unwrap_or_default();
    let _ = writeln!(out, "### Spec drift{base}: {headline}\n");
    if !report.problems.is_empty() {
        let _ = writeln!(out, "**Some products could not be compared:**\n");
        for problem in &report.problems {
            let _ = writeln!(out, "```text\n{}\n```", terminal_safe(problem).replace("```", "'''"));
        }
        let _ = writeln!(out);
    }
    if verdict.component == "none" {
        let _ = writeln!(out, "**Verdict: {}**: no version bump needed (`{}`).\n", verdict.bump.kind(), verdict.current);
    } else {
        let _ = writeln!(
            out,
            "**Verdict: {}** ({} bump): `{}` → `{}`. {}.\n",
            verdict.bump.kind(),
            verdict.component,
            verdict.current,
            verdict.next,
            capitalize(verdict.rule)
        );
    }
    if let Some(check) = &report.version_check {
        let status = match (check.ok, check.fails()) {
            (true, false) => "bumped enough",
            (_, true) => "**not bumped enough, so this check fails**: run `cargo xtask diff --base <base> --changelog` to bump it and write the changelog entry, or undo the breaking change",
            (false, false) => "not bumped yet (no breaking change, so this does not fail; bump before the next release)",
        };
        let _ = writeln!(
            out,
            "Version check: `generated/Cargo.toml` is `{}` (`{}` at the base; at least `{}` needed): {status}.\n",
            check.head, check.base, check.required
        );
    }
    let _ = writeln!(out, "| Product | Breaking (wire) | Breaking (Rust API) | Possible breaks | Compatible |");
    let _ = writeln!(out, "|---|---:|---:|---:|---:|");
    for product in &report.products {
        let c = Counts::of(product.changes.iter());
        let _ = writeln!(out, "| {} | {} | {} | {} | {} |", code(&product.product), c.wire_breaking, c.rust_breaking, c.possible, c.compatible);
    }
    let _ = writeln!(out, "| **all** | {} | {} | {} | {} |", counts.wire_breaking, counts.rust_breaking, counts.possible, counts.compatible);
    for product in report.products.iter().filter(|p| !p.changes.is_empty()) {
        let _ = writeln!(out, "\n#### {}\n", code(&product.product));
        for (severity, level, title) in GROUPS {
            let changes: Vec<&Change> = product.changes.iter().filter(|c| in_group(c, severity, level)).collect();
            if changes.is_empty() {
                continue;
            }
            let folded = severity == Severity::Compatible;
            if folded {
                let _ = writeln!(out, "<details><summary>{} ({})</summary>\n", capitalize(title), changes.len());
            } else {
                let _ = writeln!(out, "**{}** ({}):\n", capitalize(title), changes.len());
            }
            for change in changes.iter().take(limit) {
                let level = if level.is_none() { format!("{} ", change.level().as_str()) } else { String::new() };
                let mut line = format!("- {level}`{}`: {} — {}", change.rule.id(), change.reason, code(&change.location.to_string()));
                if !change.rust_items.is_empty() {
                    let items: Vec<String> = change.rust_items.iter().map(|i| code(i)).collect();
                    line.push_str(&format!(" · Rust: {}", items.join(", ")));
                }
                if let Some(operations) = operations_text(change) {
                    line.push_str(&format!(" · operations: {}", code(&operations)));
                }
                let _ = writeln!(out, "{line}");
            }
            if changes.len() > limit {
                let _ = writeln!(out, "- … and {} more (run `cargo xtask diff` for the full list)", changes.len() - limit);
            }
            let _ = writeln!(out, "{}", if folded { "\n</details>\n" } else { "" });
        }
    }
    out
}

/// Text with its line breaks kept and every other control character escaped, so a name in a
/// diagnostic cannot drive a terminal.
fn terminal_safe(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' { c.escape_unicode().to_string() } else { c.to_string() }).collect()
}

fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_markdown_report_fits_in_a_comment() {
        use crate::diff::verdict::{verdict, Version};
        use crate::diff::{Location, Rule};
        let change = |index: usize| Change {
            rule: if index % 2 == 0 { Rule::DocumentationChanged } else { Rule::FieldRemoved },
            location: Location { file: "specs/accounts.yaml".into(), pointer: format!("/components/schemas/A{index}/properties/{}", "x".repeat(60)) },
            rust_items: vec![format!("accounts::types::A{index}::x")],
            operations: vec!["GET /v1/accounts".into()],
            reason: format!("field `x{index}` removed"),
        };
        let changes: Vec<Change> = (0..5000).map(change).collect();
        let version = Version::parse("0.1.0").unwrap();
        let report = DiffReport {
            base: Some("main".into()),
            verdict: verdict(&changes, &version),
            products: vec![ProductReport { product: "accounts".into(), old_file: None, new_file: None, changes }],
            version_check: None,
            problems: Vec::new(),
        };
        let markdown = render_markdown(&report);
        assert!(markdown.chars().count() <= MARKDOWN_MAX_CHARS, "{} characters", markdown.len());
        assert!(markdown.contains("- … and 2400 more (run `cargo xtask diff` for the full list)"), "the rest is counted");
        assert!(markdown.contains("| `accounts` | 0 | 2500 | 0 | 2500 |"), "the counts are complete");
    }

    #[test]
    fn control_characters_are_escaped_and_lines_kept() {
        assert_eq!(terminal_safe("a\u{1b}[2Jb\nc"), "a\\u{1b}[2Jb\nc");
        assert_eq!(code("x`y\u{7}"), "`x'y\\u{7}`");
    }
}
