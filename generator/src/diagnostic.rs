//! Diagnostics: every problem found in a spec, located by file and JSON pointer.
//!
//! Stages push diagnostics instead of returning at the first problem; the driver sorts them and
//! reports them together as `specs/FILE.yaml#/json/pointer: message`. Errors stop generation;
//! warnings (a name that had to be disambiguated, a construct mapped to a looser type) do not,
//! unless the caller asks for strictness.

use std::fmt;

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    Error,
    Warning,
}

/// One problem, located in a spec file.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Diagnostic {
    /// The spec file as the user named it, e.g. `specs/accounts.yaml`.
    pub file: String,
    /// A JSON pointer into that file (RFC 6901), e.g. `/paths/~1v1~1accounts/get`; empty for the
    /// whole document.
    pub pointer: String,
    pub severity: Severity,
    pub message: String,
}

impl Diagnostic {
    pub fn error(file: impl Into<String>, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { file: file.into(), pointer: pointer.into(), severity: Severity::Error, message: message.into() }
    }

    pub fn warning(file: impl Into<String>, pointer: impl Into<String>, message: impl Into<String>) -> Self {
        Diagnostic { file: file.into(), pointer: pointer.into(), severity: Severity::Warning, message: message.into() }
    }

    pub fn is_error(&self) -> bool {
        self.severity == Severity::Error
    }
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let label = match self.severity {
            Severity::Error => "",
            Severity::Warning => "warning: ",
        };
        write!(f, "{}#{}: {}{}", self.file, self.pointer, label, self.message)
    }
}

/// A sorted, de-duplicated set of diagnostics; the error type of every fallible stage.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Diagnostics {
    items: Vec<Diagnostic>,
}

impl Diagnostics {
    pub fn new() -> Self {
        Diagnostics::default()
    }

    pub fn push(&mut self, diagnostic: Diagnostic) {
        self.items.push(diagnostic);
    }

    pub fn extend(&mut self, other: Diagnostics) {
        self.items.extend(other.items);
    }

    pub fn has_errors(&self) -> bool {
        self.items.iter().any(Diagnostic::is_error)
    }

    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }

    pub fn len(&self) -> usize {
        self.items.len()
    }

    /// Turns every warning into an error (used for the project's own specs, which must be clean).
    pub fn deny_warnings(&mut self) {
        for diagnostic in &mut self.items {
            diagnostic.severity = Severity::Error;
        }
    }

    /// The diagnostics in report order: by file, then pointer, then message.
    pub fn sorted(&self) -> Vec<Diagnostic> {
        let mut items = self.items.clone();
        items.sort();
        items.dedup();
        items
    }

    pub fn warnings(&self) -> Vec<Diagnostic> {
        self.sorted().into_iter().filter(|d| !d.is_error()).collect()
    }
}

impl fmt::Display for Diagnostics {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let sorted = self.sorted();
        for (index, diagnostic) in sorted.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl std::error::Error for Diagnostics {}

impl From<Diagnostic> for Diagnostics {
    fn from(diagnostic: Diagnostic) -> Self {
        Diagnostics { items: vec![diagnostic] }
    }
}

/// A JSON pointer under construction; segments are escaped as RFC 6901 requires.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Pointer(String);

impl Pointer {
    pub fn root() -> Self {
        Pointer(String::new())
    }

    /// A pointer from its already-escaped text, e.g. `/components/schemas/Pet`.
    pub fn from_escaped(text: &str) -> Self {
        Pointer(text.to_string())
    }

    /// This pointer with one more (unescaped) segment.
    pub fn join(&self, segment: impl fmt::Display) -> Self {
        use fmt::Write as _;
        let mut text = String::with_capacity(self.0.len() + 24);
        text.push_str(&self.0);
        text.push('/');
        // Written straight into the pointer, escaped on the way (every node of a document walk
        // joins one segment: one allocation each, not four).
        let _ = write!(Escaped(&mut text), "{segment}");
        Pointer(text)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The pointer without its last segment (the root stays the root).
    pub fn parent(&self) -> Self {
        match self.0.rfind('/') {
            Some(index) => Pointer(self.0[..index].to_string()),
            None => Pointer::root(),
        }
    }

    /// The unescaped segments.
    pub fn segments(&self) -> Vec<String> {
        split_pointer(&self.0)
    }

    /// The unescaped segment `back` places from the end (0: the last), without splitting the
    /// whole pointer.
    pub fn segment_from_end(&self, back: usize) -> Option<std::borrow::Cow<'_, str>> {
        if back >= self.0.matches('/').count() {
            return None;
        }
        let segment = self.0.rsplit('/').nth(back)?;
        Some(if segment.contains('~') { segment.replace("~1", "/").replace("~0", "~").into() } else { segment.into() })
    }
}

impl fmt::Display for Pointer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One segment escaped for a JSON pointer (RFC 6901: `~` -> `~0`, `/` -> `~1`).
pub fn escape_segment(segment: &str) -> String {
    use fmt::Write as _;
    let mut text = String::with_capacity(segment.len());
    let _ = Escaped(&mut text).write_str(segment);
    text
}

/// Escapes what is written through it as a pointer segment (`~` -> `~0`, `/` -> `~1`).
struct Escaped<'a>(&'a mut String);

impl fmt::Write for Escaped<'_> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        let mut rest = text;
        while let Some(at) = rest.find(['~', '/']) {
            self.0.push_str(&rest[..at]);
            self.0.push_str(if rest.as_bytes()[at] == b'~' { "~0" } else { "~1" });
            rest = &rest[at + 1..];
        }
        self.0.push_str(rest);
        Ok(())
    }
}

/// Splits an escaped JSON pointer into unescaped segments.
pub fn split_pointer(pointer: &str) -> Vec<String> {
    pointer
        .split('/')
        .skip(1)
        .map(|segment| segment.replace("~1", "/").replace("~0", "~"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pointer_escapes_segments() {
        let pointer = Pointer::root().join("paths").join("/v1/accounts/{id}").join("get");
        assert_eq!(pointer.as_str(), "/paths/~1v1~1accounts~1{id}/get");
        assert_eq!(pointer.segments(), vec!["paths", "/v1/accounts/{id}", "get"]);
        assert_eq!(Pointer::root().join("a~b").as_str(), "/a~0b");
        assert_eq!(Pointer::root().join("~/~1/").join(7).as_str(), "/~0~1~01~1/7");
        assert_eq!(Pointer::root().join("~/~1/").segments(), vec!["~/~1/"]);
        let segments = pointer.segments();
        for back in 0..5 {
            assert_eq!(pointer.segment_from_end(back).as_deref(), segments.iter().rev().nth(back).map(String::as_str), "{back}");
        }
        assert_eq!(Pointer::root().segment_from_end(0), None);
        // Written out, not only compared with `Pointer::join` (which shares the escaping writer).
        assert_eq!(escape_segment("~/~1/"), "~0~1~01~1");
        assert_eq!(escape_segment("application/json"), "application~1json");
        assert_eq!(escape_segment("żółw"), "żółw");
        for segment in ["", "plain", "~", "/", "~/~1/", "a~0b/c", "żółw/~"] {
            assert_eq!(format!("/{}", escape_segment(segment)), Pointer::root().join(segment).as_str(), "{segment}");
            assert_eq!(split_pointer(&format!("/{}", escape_segment(segment))), vec![segment], "{segment}");
        }
    }

    #[test]
    fn diagnostics_sort_and_render() {
        let mut diagnostics = Diagnostics::new();
        diagnostics.push(Diagnostic::error("b.yaml", "/x", "second"));
        diagnostics.push(Diagnostic::warning("a.yaml", "/y", "first"));
        diagnostics.push(Diagnostic::error("b.yaml", "/x", "second"));
        assert_eq!(diagnostics.to_string(), "a.yaml#/y: warning: first\nb.yaml#/x: second");
        assert!(diagnostics.has_errors());
    }
}
