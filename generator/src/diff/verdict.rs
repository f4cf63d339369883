//! The verdict: which semver bump a set of changes needs, and the version that makes.
//!
//! A definite break at either level (wire or Rust API) is a breaking change; anything else
//! that adds or changes behaviour (possible breaks included) is a feature; documentation alone
//! is a fix. Before 1.0.0 the crate follows Cargo's reading of semver, where the left-most
//! non-zero component is the compatibility boundary: a breaking change bumps the minor version
//! (`0.1.3` -> `0.2.0`) and everything else bumps the patch version (`0.1.3` -> `0.1.4`); under
//! `0.0.x` every release is breaking, so every bump is a patch bump.

use std::cmp::Ordering;
use std::fmt;

use super::{Category, Change, Severity};

/// What kind of release a set of changes needs, in semver's terms for a 1.x crate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Bump {
    None,
    Patch,
    Minor,
    Major,
}

impl Bump {
    pub fn as_str(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "patch",
            Bump::Minor => "minor",
            Bump::Major => "major",
        }
    }

    /// What the changes amount to: `breaking`, `feature`, `documentation` or `none`.
    pub fn kind(self) -> &'static str {
        match self {
            Bump::None => "none",
            Bump::Patch => "documentation",
            Bump::Minor => "feature",
            Bump::Major => "breaking",
        }
    }
}

/// The bump `changes` need.
pub fn needed(changes: &[Change]) -> Bump {
    changes.iter().map(change_bump).max().unwrap_or(Bump::None)
}

fn change_bump(change: &Change) -> Bump {
    match (change.severity(), change.rule.category()) {
        (Severity::Breaking, _) => Bump::Major,
        (_, Category::Documentation) => Bump::Patch,
        _ => Bump::Minor,
    }
}

/// A `MAJOR.MINOR.PATCH` version (a pre-release or build suffix is kept but not bumped).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Version {
    pub major: u64,
    pub minor: u64,
    pub patch: u64,
    pub suffix: String,
}

impl Version {
    pub fn parse(text: &str) -> Result<Version, String> {
        let text = text.trim();
        let (core, suffix) = match text.find(['-', '+']) {
            Some(index) => (&text[..index], &text[index..]),
            None => (text, ""),
        };
        let parts: Vec<&str> = core.split('.').collect();
        let [major, minor, patch] = parts.as_slice() else { return Err(format!("`{text}` is not a MAJOR.MINOR.PATCH version")) };
        let number = |part: &str| part.parse::<u64>().map_err(|_| format!("`{text}` is not a MAJOR.MINOR.PATCH version"));
        Ok(Version { major: number(major)?, minor: number(minor)?, patch: number(patch)?, suffix: suffix.to_string() })
    }

    /// The version after a release of kind `bump`, and which component moved
    /// (`major`, `minor`, `patch` or `none`).
    pub fn bumped(&self, bump: Bump) -> (Version, &'static str) {
        let next = |major, minor, patch| Version { major, minor, patch, suffix: String::new() };
        match (bump, self.major, self.minor) {
            (Bump::None, _, _) => (self.clone(), "none"),
            (Bump::Major, 0, 0) | (Bump::Minor, 0, 0) | (Bump::Patch, _, _) => (next(self.major, self.minor, self.patch + 1), "patch"),
            (Bump::Major, 0, _) => (next(0, self.minor + 1, 0), "minor"),
            (Bump::Minor, 0, _) => (next(0, self.minor, self.patch + 1), "patch"),
            (Bump::Major, _, _) => (next(self.major + 1, 0, 0), "major"),
            (Bump::Minor, _, _) => (next(self.major, self.minor + 1, 0), "minor"),
        }
    }
}

impl PartialOrd for Version {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Version {
    /// Numeric order; a pre-release (`1.0.0-rc.1`) comes before its release.
    fn cmp(&self, other: &Self) -> Ordering {
        (self.major, self.minor, self.patch).cmp(&(other.major, other.minor, other.patch)).then_with(|| {
            let pre = |v: &Version| v.suffix.starts_with('-');
            match (pre(self), pre(other)) {
                (true, false) => Ordering::Less,
                (false, true) => Ordering::Greater,
                _ => self.suffix.cmp(&other.suffix),
            }
        })
    }
}

impl fmt::Display for Version {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}{}", self.major, self.minor, self.patch, self.suffix)
    }
}

/// The rule applied to a version, in one sentence.
pub fn rule_text(version: &Version) -> &'static str {
    match (version.major, version.minor) {
        (0, 0) => "before 0.1.0 every release is breaking (Cargo's semver): every change bumps the patch version",
        (0, _) => "before 1.0.0 Cargo treats 0.y.z releases with the same y as compatible: a breaking change bumps the minor version, any other change the patch version",
        _ => "semver: a breaking change bumps the major version, an addition the minor version, documentation the patch version",
    }
}

/// The verdict on a set of changes for the crate at `version`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verdict {
    pub bump: Bump,
    /// The crate's version the changes are judged against.
    pub current: Version,
    /// The version after the bump.
    pub next: Version,
    /// The component that moves: `major`, `minor`, `patch` or `none`.
    pub component: &'static str,
    pub rule: &'static str,
}

pub fn verdict(changes: &[Change], current: &Version) -> Verdict {
    let bump = needed(changes);
    let (next, component) = current.bumped(bump);
    Verdict { bump, current: current.clone(), next, component, rule: rule_text(current) }
}

/// Whether the crate's version was bumped enough: `base` is its version at the base revision,
/// `head` its version now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct VersionCheck {
    pub base: Version,
    pub head: Version,
    /// The version the changes need (the base version bumped by the verdict).
    pub required: Version,
    /// `head` is at least `required`.
    pub ok: bool,
    /// The changes are breaking, so a missing bump fails the check; other changes only report
    /// whether the version covers them (a release can bump for them later).
    pub enforced: bool,
}

impl VersionCheck {
    /// Whether the check fails: a breaking change without its bump, or a version that went down.
    pub fn fails(&self) -> bool {
        (!self.ok && self.enforced) || self.head < self.base
    }
}

pub fn check_version(base: &Version, head: &Version, bump: Bump) -> VersionCheck {
    let (required, _) = base.bumped(bump);
    VersionCheck { base: base.clone(), head: head.clone(), ok: head >= &required, required, enforced: bump == Bump::Major }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn v(text: &str) -> Version {
        Version::parse(text).unwrap()
    }

    #[test]
    fn before_one_breaking_changes_bump_the_minor_version() {
        assert_eq!(v("0.1.3").bumped(Bump::Major), (v("0.2.0"), "minor"));
        assert_eq!(v("0.1.3").bumped(Bump::Minor), (v("0.1.4"), "patch"));
        assert_eq!(v("0.1.3").bumped(Bump::Patch), (v("0.1.4"), "patch"));
        assert_eq!(v("0.1.3").bumped(Bump::None), (v("0.1.3"), "none"));
        assert_eq!(v("0.0.7").bumped(Bump::Major), (v("0.0.8"), "patch"));
    }

    #[test]
    fn from_one_semver_applies_as_written() {
        assert_eq!(v("1.4.2").bumped(Bump::Major), (v("2.0.0"), "major"));
        assert_eq!(v("1.4.2").bumped(Bump::Minor), (v("1.5.0"), "minor"));
        assert_eq!(v("1.4.2").bumped(Bump::Patch), (v("1.4.3"), "patch"));
        assert_eq!(v("1.0.0-rc.1").bumped(Bump::Patch).0, v("1.0.1"));
    }

    #[test]
    fn versions_parse_and_order() {
        assert!(Version::parse("1.2").is_err());
        assert!(Version::parse("a.b.c").is_err());
        assert!(v("1.0.0-rc.1") < v("1.0.0"));
        assert!(v("0.10.0") > v("0.9.9"));
        assert_eq!(v("1.2.3+build").to_string(), "1.2.3+build");
    }

    #[test]
    fn the_version_check_fails_breaking_changes_without_their_bump() {
        assert!(!check_version(&v("0.1.0"), &v("0.2.0"), Bump::Major).fails());
        assert!(!check_version(&v("0.1.0"), &v("1.0.0"), Bump::Major).fails());
        assert!(check_version(&v("0.1.0"), &v("0.1.1"), Bump::Major).fails());
        assert!(check_version(&v("0.1.0"), &v("0.1.0"), Bump::Major).fails());
        let unbumped_feature = check_version(&v("0.1.0"), &v("0.1.0"), Bump::Minor);
        assert!(!unbumped_feature.ok && !unbumped_feature.fails(), "a compatible change without a bump is reported, not failed");
        assert!(check_version(&v("0.1.0"), &v("0.1.1"), Bump::Minor).ok);
        assert!(check_version(&v("0.1.0"), &v("0.1.0"), Bump::None).ok);
        assert!(check_version(&v("0.2.0"), &v("0.1.0"), Bump::None).fails(), "a version that went down fails");
    }
}
