//! The changelog entry of a drift check (Keep a Changelog format) and the version line of the
//! crate's manifest: text in, text out; `cargo xtask diff --changelog` writes the files.
//!
//! The entry lists what changes for users of the crate: every Rust API change, every wire
//! change that breaks or may break, wire additions with no Rust counterpart, and one line per
//! product for documentation. Writing the entry for a version that is already in the file
//! replaces it, so running the command twice gives the same file.

use std::collections::BTreeSet;

use super::report::DiffReport;
use super::verdict::Version;
use super::{Category, Change, Level, Severity};

/// The top of a new changelog.
pub const HEADER: &str = "\
# Changelog

All notable changes to `citi-poland` are recorded here. The format follows
[Keep a Changelog](https://keepachangelog.com/en/1.1.0/); versions follow semantic versioning as
Cargo reads it (before 1.0.0, a breaking change bumps the minor version). Entries for spec
changes are written by `cargo xtask diff --base REV --changelog`.

## [Unreleased]
";

fn section_of(category: Category) -> &'static str {
    match category {
        Category::Added => "Added",
        Category::Changed | Category::Documentation => "Changed",
        Category::Deprecated => "Deprecated",
        Category::Removed => "Removed",
    }
}

const SECTIONS: [&str; 4] = ["Added", "Changed", "Deprecated", "Removed"];

fn entry_line(product: &str, change: &Change) -> String {
    let prefix = match (change.severity(), change.level()) {
        (Severity::Breaking, Level::Wire) => "**Breaking (wire):** ",
        (Severity::Breaking, Level::Rust) => "**Breaking (Rust API):** ",
        (Severity::Possible, _) => "**Possible break (wire):** ",
        (Severity::Compatible, _) => "",
    };
    let items = if change.rust_items.is_empty() {
        String::new()
    } else {
        format!(" ({})", change.rust_items.iter().map(|i| format!("`{}`", super::clean_text(i, 200))).collect::<Vec<_>>().join(", "))
    };
    format!("- {prefix}{product}: {}{items}", change.reason)
}

/// The entry for `version`, released on `date` (`YYYY-MM-DD`).
pub fn render_entry(report: &DiffReport, version: &Version, date: &str) -> String {
    let mut sections: Vec<(&str, Vec<String>)> = SECTIONS.iter().map(|s| (*s, Vec::new())).collect();
    for product in &report.products {
        let rust_items: BTreeSet<&String> = product.changes.iter().filter(|c| c.level() == Level::Rust).flat_map(|c| c.rust_items.iter()).collect();
        let mut documentation = 0;
        for change in &product.changes {
            if change.rule.category() == Category::Documentation {
                documentation += 1;
                continue;
            }
            let duplicate = change.level() == Level::Wire
                && change.severity() == Severity::Compatible
                && change.rust_items.iter().any(|item| rust_items.iter().any(|r| r.starts_with(item.as_str()) || item.starts_with(r.as_str())));
            if duplicate {
                continue;
            }
            let section = section_of(change.rule.category());
            if let Some((_, lines)) = sections.iter_mut().find(|(name, _)| *name == section) {
                lines.push(entry_line(&product.product, change));
            }
        }
        if documentation > 0 {
            if let Some((_, lines)) = sections.iter_mut().find(|(name, _)| *name == "Changed") {
                lines.push(format!("- {}: documentation updated ({documentation} place{})", product.product, if documentation == 1 { "" } else { "s" }));
            }
        }
    }
    let mut out = format!("## [{version}] - {date}\n\n");
    let base = report.base.as_deref().map(|b| format!(" since `{}`", super::clean_text(b, 100))).unwrap_or_default();
    out.push_str(&format!("Spec changes{base}: {} ({} bump; {}).\n", report.verdict.bump.kind(), report.verdict.component, report.verdict.rule));
    for (name, lines) in sections {
        if lines.is_empty() {
            continue;
        }
        out.push_str(&format!("\n### {name}\n\n"));
        for line in lines {
            out.push_str(&line);
            out.push('\n');
        }
    }
    out
}

/// `existing` (or a new changelog) with `entry` as the section of `version`: replacing a
/// section of that version, else placed after `[Unreleased]`, before the newest release.
pub fn insert_entry(existing: Option<&str>, entry: &str, version: &Version) -> String {
    let existing = match existing {
        Some(text) if !text.trim().is_empty() => text.to_string(),
        _ => HEADER.to_string(),
    };
    let heading = format!("## [{version}]");
    let lines: Vec<&str> = existing.lines().collect();
    let is_release = |line: &str| line.starts_with("## [") && !line.starts_with("## [Unreleased]");
    let start = lines.iter().position(|line| line.starts_with(&heading) && line[heading.len()..].chars().next().is_none_or(|c| c == ' '));
    let (before, after): (Vec<&str>, Vec<&str>) = match start {
        Some(start) => {
            let end = lines[start + 1..].iter().position(|line| line.starts_with("## [")).map(|i| start + 1 + i).unwrap_or(lines.len());
            (lines[..start].to_vec(), lines[end..].to_vec())
        }
        None => match lines.iter().position(|line| is_release(line)) {
            Some(first) => (lines[..first].to_vec(), lines[first..].to_vec()),
            None => (lines.clone(), Vec::new()),
        },
    };
    let mut out = before.join("\n");
    while out.ends_with("\n\n") {
        out.pop();
    }
    if !out.is_empty() {
        out.push_str(if out.ends_with('\n') { "\n" } else { "\n\n" });
    }
    out.push_str(entry.trim_end());
    out.push('\n');
    if !after.is_empty() {
        out.push('\n');
        out.push_str(&after.join("\n"));
        out.push('\n');
    }
    out
}

/// The `version` of the `[package]` table of a manifest.
pub fn package_version(manifest: &str) -> Result<Version, String> {
    let table: toml::Table = manifest.parse().map_err(|e| format!("invalid TOML: {e}"))?;
    let version = table.get("package").and_then(|p| p.get("version")).and_then(|v| v.as_str()).ok_or("no `version = \"...\"` in [package]")?;
    Version::parse(version)
}

/// The manifest with the `version` line of its `[package]` table set to `version`; every other
/// byte unchanged.
pub fn set_package_version(manifest: &str, version: &Version) -> Result<String, String> {
    let mut out = String::new();
    let mut in_package = false;
    let mut done = false;
    for line in manifest.split_inclusive('\n') {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            in_package = trimmed == "[package]";
        }
        let is_version = in_package && !done && trimmed.strip_prefix("version").is_some_and(|rest| rest.trim_start().starts_with('='));
        if is_version {
            let indent = &line[..line.len() - line.trim_start().len()];
            let ending = if line.ends_with("\r\n") { "\r\n" } else if line.ends_with('\n') { "\n" } else { "" };
            out.push_str(&format!("{indent}version = \"{version}\"{ending}"));
            done = true;
        } else {
            out.push_str(line);
        }
    }
    if !done {
        return Err("no `version = \"...\"` line in [package]".into());
    }
    Ok(out)
}

/// Today's date in UTC, `YYYY-MM-DD`.
pub fn today_utc() -> String {
    let seconds = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs()).unwrap_or(0);
    date_from_days((seconds / 86_400) as i64)
}

/// The civil date `days` after 1970-01-01 (proleptic Gregorian calendar).
fn date_from_days(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z.rem_euclid(146_097);
    let year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 { month_index + 3 } else { month_index - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_civil() {
        assert_eq!(date_from_days(0), "1970-01-01");
        assert_eq!(date_from_days(11_016), "2000-02-29");
        assert_eq!(date_from_days(20_454), "2026-01-01");
    }

    #[test]
    fn the_package_version_line_is_replaced_and_nothing_else() {
        let manifest = "[package]\nname = \"x\"\nversion = \"0.1.0\"\n\n[dependencies]\nversion = \"9\"\n";
        let version = Version::parse("0.2.0").unwrap();
        assert_eq!(set_package_version(manifest, &version).unwrap(), "[package]\nname = \"x\"\nversion = \"0.2.0\"\n\n[dependencies]\nversion = \"9\"\n");
        assert_eq!(package_version(manifest).unwrap(), Version::parse("0.1.0").unwrap());
        assert!(set_package_version("[package]\nversion.workspace = true\n", &version).is_err());
    }

    #[test]
    fn entries_go_after_unreleased_and_replace_their_own_version() {
        let v2 = Version::parse("0.2.0").unwrap();
        let v3 = Version::parse("0.3.0").unwrap();
        let first = insert_entry(None, "## [0.2.0] - 2026-01-01\n\n### Added\n\n- a\n", &v2);
        assert!(first.starts_with("# Changelog\n"));
        assert!(first.contains("## [Unreleased]\n\n## [0.2.0] - 2026-01-01\n\n### Added\n\n- a\n"), "{first}");
        let again = insert_entry(Some(&first), "## [0.2.0] - 2026-01-02\n\n### Added\n\n- b\n", &v2);
        assert!(again.contains("## [0.2.0] - 2026-01-02\n\n### Added\n\n- b\n") && !again.contains("- a"), "{again}");
        let third = insert_entry(Some(&again), "## [0.3.0] - 2026-02-01\n\n### Removed\n\n- c\n", &v3);
        let (newer, older) = (third.find("## [0.3.0]").unwrap(), third.find("## [0.2.0]").unwrap());
        assert!(third.find("## [Unreleased]").unwrap() < newer && newer < older, "{third}");
        assert_eq!(insert_entry(Some(&third), "## [0.3.0] - 2026-02-01\n\n### Removed\n\n- c\n", &v3), third, "idempotent");
    }
}
