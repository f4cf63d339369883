//! Spec drift: two versions of a product's spec -> every change, judged at two levels, and the
//! version bump the crate needs.
//!
//! [`wire`] compares the two bundled OpenAPI 3.0 documents (what any client sends and reads);
//! [`rust`] compares the two IRs (what Rust code written against the generated crate sees).
//! Every change is a [`Change`]: the [`Rule`] that found it (a stable id with its level and
//! severity), where it was written (spec file and JSON pointer), the Rust items it touches and a
//! one-line reason. [`verdict`] turns a set of changes into the semver bump, [`report`] prints
//! them (text, JSON, markdown), [`changelog`] writes the Keep a Changelog entry, and
//! [`command`] is `cargo xtask diff` without the process around it (inputs, git revisions,
//! exit codes). Nothing reachable from spec input panics: schema recursion is bounded and
//! `$ref` cycles are followed once.

pub mod changelog;
pub mod command;
pub mod report;
mod rules;
mod rust;
mod schema;
pub mod verdict;
mod wire;

use std::collections::BTreeMap;

pub(crate) use crate::diagnostic::escape_segment as escape;
use crate::load::LoadedSpec;
use crate::model::Api;
pub use rules::{rules_table, Category, Level, Rule, Severity};

/// One version of a product: its loaded document and its IR.
#[derive(Clone, Copy)]
pub struct Side<'a> {
    pub spec: &'a LoadedSpec,
    pub api: &'a Api,
}

/// Where a change was written: the spec file (as diagnostics name it) and a JSON pointer in it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Location {
    pub file: String,
    pub pointer: String,
}

impl std::fmt::Display for Location {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}#{}", self.file, self.pointer)
    }
}

/// One change between two versions of a spec.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Change {
    pub rule: Rule,
    /// In the new spec; in the old one for what was removed.
    pub location: Location,
    /// The Rust items it touches, e.g. `accounts::Client::retrieve_accounts` or
    /// `accounts::types::Account::balance`.
    pub rust_items: Vec<String>,
    /// The operations it affects (`GET /v1/accounts`), for changes in shared schemas.
    pub operations: Vec<String>,
    /// One line, naming spec and Rust names in backticks.
    pub reason: String,
}

impl Change {
    pub fn level(&self) -> Level {
        self.rule.level()
    }

    pub fn severity(&self) -> Severity {
        self.rule.severity()
    }

    pub fn is_breaking(&self) -> bool {
        self.severity() == Severity::Breaking
    }

    fn sort_key(&self) -> (Severity, Level, &Location, Rule, &str) {
        (self.severity(), self.level(), &self.location, self.rule, &self.reason)
    }
}

/// Every change from `old` to `new`, most severe first; wire changes before Rust API changes of
/// the same severity.
pub fn diff_sides(old: Side<'_>, new: Side<'_>) -> Vec<Change> {
    let mut changes = Changes::default();
    wire::diff_wire(old, new, &mut changes);
    rust::diff_rust(old, new, &mut changes);
    changes.into_sorted()
}

/// The changes found so far, merged by rule, location and reason (a schema shared by several
/// operations is reported once, with every operation it affects).
#[derive(Default)]
pub(crate) struct Changes {
    items: BTreeMap<(Rule, Location, String), Change>,
}

/// The key of one merged change.
pub(crate) type ChangeKey = (Rule, Location, String);

impl Changes {
    pub(crate) fn push(&mut self, rule: Rule, location: Location, reason: String, rust_item: Option<String>, operation: Option<&str>) -> ChangeKey {
        let key = (rule, location.clone(), reason.clone());
        let change = self.items.entry(key.clone()).or_insert_with(|| Change { rule, location, rust_items: Vec::new(), operations: Vec::new(), reason });
        if let Some(item) = rust_item {
            if !change.rust_items.contains(&item) {
                change.rust_items.push(item);
            }
        }
        if let Some(operation) = operation {
            add_operation(change, operation);
        }
        key
    }

    /// Records that the change `key` also affects `operation`.
    pub(crate) fn affects(&mut self, key: &ChangeKey, operation: &str) {
        if let Some(change) = self.items.get_mut(key) {
            add_operation(change, operation);
        }
    }

    fn into_sorted(self) -> Vec<Change> {
        let mut changes: Vec<Change> = self.items.into_values().collect();
        for change in &mut changes {
            change.rust_items.sort();
            change.operations.sort();
        }
        changes.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
        changes
    }
}

fn add_operation(change: &mut Change, operation: &str) {
    if !change.operations.iter().any(|o| o == operation) {
        change.operations.push(operation.to_string());
    }
}

/// A spec or Rust name for a reason line: in backticks, with backticks and control characters
/// replaced, so a hostile name cannot break out of the code span or drive a terminal.
pub(crate) fn quoted(name: &str) -> String {
    format!("`{}`", clean_text(name, 120))
}

/// Text from a spec made safe for a terminal, a log line or markdown: no control characters,
/// no backticks, at most `limit` characters.
pub(crate) fn clean_text(text: &str, limit: usize) -> String {
    let mut out = String::new();
    for (count, c) in text.chars().enumerate() {
        if count == limit {
            out.push('…');
            break;
        }
        match c {
            '`' => out.push('\''),
            c if c.is_control() => out.push_str(&c.escape_unicode().to_string()),
            c => out.push(c),
        }
    }
    out
}

/// `{name}` segments of a path template, in order.
pub(crate) fn template_names(path: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut rest = path;
    while let Some(start) = rest.find('{') {
        let Some(end) = rest[start..].find('}') else { break };
        names.push(rest[start + 1..start + end].to_string());
        rest = &rest[start + end + 1..];
    }
    names
}

/// A path template with its variable names erased (`/a/{}/b`): the same route whatever its
/// variables are called.
pub(crate) fn normalized_path(path: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in path.chars() {
        match c {
            '{' => {
                depth += 1;
                if depth == 1 {
                    out.push_str("{}");
                }
            }
            '}' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            c => out.push(c),
        }
    }
    out.trim_end_matches('/').to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_normalize_their_variables() {
        assert_eq!(normalized_path("/a/{id}/b/{x}"), "/a/{}/b/{}");
        assert_eq!(normalized_path("/a/{accountId}/"), "/a/{}");
        assert_eq!(template_names("/a/{id}/b/{x}"), vec!["id", "x"]);
        assert_eq!(template_names("/a/{broken"), Vec::<String>::new());
    }

    #[test]
    fn quoted_names_cannot_escape() {
        assert_eq!(quoted("a`b"), "`a'b`");
        assert_eq!(quoted("\u{1b}[31mred"), "`\\u{1b}[31mred`");
        assert_eq!(clean_text(&"x".repeat(10), 4), "xxxx…");
    }
}
