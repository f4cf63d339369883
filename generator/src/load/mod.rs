//! Stage 1, load: a spec file -> a bundled OpenAPI 3.0 document (`openapiv3::OpenAPI`).
//!
//! Reads YAML or JSON, converts Swagger 2.0 and OpenAPI 3.1 documents to OpenAPI 3.0, copies
//! external `$ref` targets into the document, and deserializes it with `serde_path_to_error`, so
//! every problem is reported with the file and JSON pointer where it was written.

pub mod bundle;
mod check;
mod locate;
mod openapi31;
mod parse;
mod swagger2;
mod yaml;

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::diagnostic::{Diagnostic, Diagnostics, Pointer};
pub use bundle::Origin;

/// How deeply arrays and objects may nest in a spec file. Every later stage recurses at most
/// about this deep (plus a few levels a conversion adds), so the limit bounds their stack; real
/// specs stay far below it.
pub const MAX_DEPTH: usize = 128;

/// The stack of the thread [`on_large_stack`] runs a stage on. serde's derived deserializers of
/// `openapiv3` take up to about 35 KB per level of nesting in a debug build (a 2 MB thread
/// overflowed at 60 levels of `allOf`), so [`MAX_DEPTH`] levels need about 5 MB; this leaves a
/// wide margin. It is reserved, not committed: pages never touched cost nothing.
const STAGE_STACK: usize = 64 << 20;

/// Runs `stage` on a thread with a stack sized for [`MAX_DEPTH`], so the caller's own stack
/// (a test thread's 2 MB, say) never decides whether a deep document loads. A panic in the
/// stage is resumed in the caller.
pub(crate) fn on_large_stack<R: Send>(stage: impl FnOnce() -> R + Send) -> R {
    let stage = std::sync::Mutex::new(Some(stage));
    let take = || stage.lock().ok().and_then(|mut slot| slot.take());
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new()
            .name("generator-stage".into())
            .stack_size(STAGE_STACK)
            .spawn_scoped(scope, || take().map(|stage| stage()));
        let result = match worker {
            Ok(worker) => worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)),
            Err(_) => None,
        };
        // No thread to be had (a process at its limit): run on this one.
        result.unwrap_or_else(|| take().map(|stage| stage()).unwrap_or_else(|| unreachable!("the stage runs exactly once")))
    })
}

/// What the file was before it was normalized to OpenAPI 3.0.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SourceFormat {
    OpenApi30,
    OpenApi31,
    Swagger20,
}

/// A loaded, bundled, OpenAPI 3.0 document.
#[derive(Clone, Debug)]
pub struct LoadedSpec {
    /// The file as diagnostics name it, e.g. `specs/accounts.yaml`.
    pub file: String,
    pub path: PathBuf,
    pub format: SourceFormat,
    pub document: openapiv3::OpenAPI,
    /// The same document as JSON, for pointer lookups and extensions.
    pub raw: Value,
    /// Parts copied from other files (or renamed by a conversion), for locating diagnostics.
    pub origins: Vec<Origin>,
}

impl LoadedSpec {
    /// The file and pointer where the part at `pointer` (in the bundled document) was written.
    pub fn locate(&self, pointer: &str) -> (String, String) {
        locate(&self.file, &self.origins, pointer)
    }

    /// A diagnostic at `pointer` of the bundled document, located in its source file.
    pub fn error(&self, pointer: &Pointer, message: impl Into<String>) -> Diagnostic {
        let (file, pointer) = self.locate(pointer.as_str());
        Diagnostic::error(file, pointer, message)
    }

    pub fn warning(&self, pointer: &Pointer, message: impl Into<String>) -> Diagnostic {
        let (file, pointer) = self.locate(pointer.as_str());
        Diagnostic::warning(file, pointer, message)
    }

    /// The raw JSON at an escaped pointer of the bundled document.
    pub fn raw_at(&self, pointer: &str) -> Option<&Value> {
        self.raw.pointer(pointer)
    }
}

/// Whether `key` holds data (an example, a default, enum values) rather than more document:
/// true for `example`, `examples`, `default`, `enum`, `const` and extensions, except where the
/// parent is a map of names (`properties/default` is a property, `responses/default` a response).
pub(crate) fn is_data_key(key: &str, parent: Option<&str>) -> bool {
    const NAME_MAPS: [&str; 16] = [
        "properties",
        "patternProperties",
        "responses",
        "schemas",
        "definitions",
        "parameters",
        "headers",
        "securitySchemes",
        "securityDefinitions",
        "requestBodies",
        "links",
        "callbacks",
        "paths",
        "content",
        "encoding",
        "variables",
    ];
    if parent.is_some_and(|parent| NAME_MAPS.contains(&parent)) {
        return false;
    }
    matches!(key, "example" | "examples" | "default" | "enum" | "const") || key.starts_with("x-")
}

fn locate(file: &str, origins: &[Origin], pointer: &str) -> (String, String) {
    let best = origins
        .iter()
        .filter(|origin| pointer == origin.pointer || pointer.starts_with(&format!("{}/", origin.pointer)))
        .max_by_key(|origin| origin.pointer.len());
    match best {
        Some(origin) => (origin.file.clone(), format!("{}{}", origin.source_pointer, &pointer[origin.pointer.len()..])),
        None => (file.to_string(), pointer.to_string()),
    }
}

/// Loads the spec at `path`; `display` names it in diagnostics. Problems go to `diagnostics`;
/// `None` when the document could not be loaded at all.
pub fn load_spec(path: &Path, display: &str, diagnostics: &mut Diagnostics) -> Option<LoadedSpec> {
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            diagnostics.push(Diagnostic::error(display, "", format!("cannot read the spec: {error}")));
            return None;
        }
    };
    load_spec_text(&text, path, display, diagnostics)
}

/// [`load_spec`] for text already in memory; `path` resolves relative `$ref`s.
pub fn load_spec_text(text: &str, path: &Path, display: &str, diagnostics: &mut Diagnostics) -> Option<LoadedSpec> {
    on_large_stack(|| load_on_this_thread(text, path, display, diagnostics))
}

fn load_on_this_thread(text: &str, path: &Path, display: &str, diagnostics: &mut Diagnostics) -> Option<LoadedSpec> {
    let (mut raw, format, mut origins) = parse_and_normalize(text, display, diagnostics)?;
    origins.extend(bundle::bundle(&mut raw, path, display, diagnostics));
    // The checks run even when a part could not be bundled, so one run reports every problem.
    // The document is typed beside them, on the assumption that they change nothing (true of
    // most documents); when they do, it is typed again once the changes are made.
    let (fixes, typed) = beside(|| typed_attempt(&raw), || check::collect_fixes(&raw, display, &origins, diagnostics));
    let typed = if fixes.is_empty() {
        typed
    } else {
        check::apply_fixes(&mut raw, fixes);
        None
    };
    if diagnostics.has_errors() {
        return None;
    }
    let typed = typed.unwrap_or_else(|| typed_attempt(&raw));
    let document = deserialize_document(&raw, typed, display, &origins, diagnostics)?;
    Some(LoadedSpec { file: display.to_string(), path: path.to_path_buf(), format, document, raw, origins })
}

/// `other` on a thread of its own (with the stage's stack) while `here` runs on this one;
/// `None` for `other` when no thread could be started (the caller then does that work itself).
fn beside<A: Send, B>(other: impl FnOnce() -> A + Send, here: impl FnOnce() -> B) -> (B, Option<A>) {
    std::thread::scope(|scope| {
        let worker = std::thread::Builder::new().name("generator-stage".into()).stack_size(STAGE_STACK).spawn_scoped(scope, other);
        let here = here();
        let other = worker.ok().map(|worker| worker.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)));
        (here, other)
    })
}

/// Parses a document and converts it to OpenAPI 3.0 (no `$ref` bundling, no typed check): what
/// `cargo xtask import` writes.
pub fn normalize_text(text: &str, display: &str, diagnostics: &mut Diagnostics) -> Option<(Value, SourceFormat)> {
    on_large_stack(|| parse_and_normalize(text, display, diagnostics).map(|(raw, format, _)| (raw, format)))
}

/// Text -> an OpenAPI 3.0 JSON tree, with the origins of parts a conversion moved.
fn parse_and_normalize(text: &str, display: &str, diagnostics: &mut Diagnostics) -> Option<(Value, SourceFormat, Vec<Origin>)> {
    let mut raw = match parse::parse_document(text, display) {
        Ok(raw) => raw,
        Err(errors) => {
            diagnostics.extend(errors);
            return None;
        }
    };
    let mut origins = Vec::new();
    let format = normalize_version(&mut raw, display, &mut origins, diagnostics)?;
    Some((raw, format, origins))
}

/// Converts the document to OpenAPI 3.0 in place, by its `swagger`/`openapi` field.
fn normalize_version(raw: &mut Value, display: &str, origins: &mut Vec<Origin>, diagnostics: &mut Diagnostics) -> Option<SourceFormat> {
    if !raw.is_object() {
        diagnostics.push(Diagnostic::error(display, "", "the document is not a mapping (expected an OpenAPI or Swagger object)"));
        return None;
    }
    let swagger = raw.get("swagger").map(version_text);
    let openapi = raw.get("openapi").map(version_text);
    match (swagger.as_deref(), openapi.as_deref()) {
        (Some(version), _) if version.starts_with("2.") => {
            swagger2::convert(raw, display, origins, diagnostics);
            Some(SourceFormat::Swagger20)
        }
        (_, Some(version)) if version.starts_with("3.0") => Some(SourceFormat::OpenApi30),
        (_, Some(version)) if version.starts_with("3.1") => {
            openapi31::convert(raw, display, diagnostics);
            Some(SourceFormat::OpenApi31)
        }
        (Some(version), _) | (_, Some(version)) => {
            let field = if swagger.is_some() { "/swagger" } else { "/openapi" };
            diagnostics.push(Diagnostic::error(display, field, format!("unsupported version `{version}` (supported: Swagger 2.0, OpenAPI 3.0.x and 3.1.x)")));
            None
        }
        (None, None) => {
            diagnostics.push(Diagnostic::error(display, "", "no `openapi` or `swagger` field: this is not an OpenAPI document"));
            None
        }
    }
}

fn version_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Deserializes an `openapiv3` type from a part of the document (see [`typed_view`]).
pub(crate) fn typed<T: serde::de::DeserializeOwned>(value: &Value) -> Result<T, serde_json::Error> {
    T::deserialize(&*typed_view(value))
}

/// The value as `openapiv3` can read it. An integer beyond 64 bits (within 128) would reach
/// serde's buffering of flattened fields as an `i128`, which that cannot hold, and fail the
/// whole document; in this copy it is written as a decimal (`…0` as `…0.0`), the same number.
/// The document itself keeps the number as written.
pub(crate) fn typed_view(value: &Value) -> std::borrow::Cow<'_, Value> {
    fn is_wide_integer(number: &serde_json::Number) -> bool {
        number.as_i64().is_none() && number.as_u64().is_none() && (number.as_i128().is_some() || number.as_u128().is_some())
    }
    let mut stack = vec![value];
    let mut found = false;
    while let Some(node) = stack.pop() {
        match node {
            Value::Number(number) if is_wide_integer(number) => {
                found = true;
                break;
            }
            Value::Array(items) => stack.extend(items),
            Value::Object(object) => stack.extend(object.values()),
            _ => {}
        }
    }
    if !found {
        return std::borrow::Cow::Borrowed(value);
    }
    let mut copy = value.clone();
    let mut stack = vec![&mut copy];
    while let Some(node) = stack.pop() {
        match node {
            Value::Number(number) if is_wide_integer(number) => {
                if let Ok(decimal) = format!("{number}.0").parse::<serde_json::Number>() {
                    *number = decimal;
                }
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            Value::Object(object) => stack.extend(object.values_mut()),
            _ => {}
        }
    }
    std::borrow::Cow::Owned(copy)
}

/// The outcome of typing the document: the document, the error with its path, or a panic.
type TypedAttempt = std::thread::Result<Result<openapiv3::OpenAPI, serde_path_to_error::Error<serde_json::Error>>>;

/// Deserializes the bundled JSON into `openapiv3` types.
fn typed_attempt(raw: &Value) -> TypedAttempt {
    let raw = &*typed_view(raw);
    // `openapiv3`'s own deserializer has an `expect` on a path that disagreeing inputs can reach;
    // a panic there becomes a diagnostic, never a crash.
    // A document that deserializes does so once, without path tracking; only a failure is
    // deserialized again with `serde_path_to_error` to say where (the tracking cost about a
    // tenth of loading GitHub's description).
    std::panic::catch_unwind(|| match <openapiv3::OpenAPI as serde::Deserialize>::deserialize(raw) {
        Ok(document) => Ok(document),
        Err(_) => serde_path_to_error::deserialize::<_, openapiv3::OpenAPI>(raw),
    })
}

/// The typed document of [`typed_attempt`], or a diagnostic locating the mismatch by pointer.
fn deserialize_document(raw: &Value, attempt: TypedAttempt, display: &str, origins: &[Origin], diagnostics: &mut Diagnostics) -> Option<openapiv3::OpenAPI> {
    let error = match attempt {
        Ok(Ok(document)) => return Some(document),
        Ok(Err(error)) => error,
        Err(_) => {
            diagnostics.push(Diagnostic::error(display, "", "the OpenAPI parser failed on this document (internal error in `openapiv3`)"));
            return None;
        }
    };
    let raw = &*typed_view(raw);
    let located = std::panic::catch_unwind(|| locate::locate_failure(raw)).ok().flatten();
    let (pointer, message) = match located {
        Some((pointer, message)) => (pointer, message),
        None => {
            let mut pointer = Pointer::root();
            for segment in error.path().iter() {
                match segment {
                    serde_path_to_error::Segment::Seq { index } => pointer = pointer.join(index),
                    serde_path_to_error::Segment::Map { key } => pointer = pointer.join(key),
                    serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
                }
            }
            (pointer, error.into_inner().to_string())
        }
    };
    let (file, pointer) = locate(display, origins, pointer.as_str());
    diagnostics.push(Diagnostic::error(file, pointer, describe_shape_error(&message)));
    None
}

/// serde's messages for OpenAPI's untagged unions are cryptic; say what was expected.
fn describe_shape_error(message: &str) -> String {
    if message.contains("untagged enum ReferenceOr") {
        "not a valid object here, nor a `$ref` (check the keywords and value types against the OpenAPI 3.0 specification)".to_string()
    } else if message.contains("untagged enum") {
        format!("not a valid OpenAPI 3.0 object here ({message})")
    } else {
        format!("not a valid OpenAPI 3.0 document: {message}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_locate_imported_parts() {
        let origins = vec![Origin {
            pointer: "/components/schemas/Error".into(),
            file: "specs/common.yaml".into(),
            source_pointer: "/components/schemas/ErrorResponse".into(),
        }];
        assert_eq!(
            locate("specs/a.yaml", &origins, "/components/schemas/Error/properties/code"),
            ("specs/common.yaml".to_string(), "/components/schemas/ErrorResponse/properties/code".to_string())
        );
        assert_eq!(locate("specs/a.yaml", &origins, "/components/schemas/Errors"), ("specs/a.yaml".to_string(), "/components/schemas/Errors".to_string()));
    }

    #[test]
    fn shape_errors_name_the_pointer() {
        let mut diagnostics = Diagnostics::new();
        let text = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /a:\n    get:\n      responses:\n        '200': {description: 5}\n";
        let spec = load_spec_text(text, Path::new("t.yaml"), "t.yaml", &mut diagnostics);
        assert!(spec.is_none());
        let report = diagnostics.to_string();
        assert!(report.starts_with("t.yaml#/paths/~1a/get/responses/200"), "{report}");
    }

    #[test]
    fn unknown_versions_are_diagnostics() {
        let mut diagnostics = Diagnostics::new();
        assert!(load_spec_text("openapi: 4.0.0\n", Path::new("t.yaml"), "t.yaml", &mut diagnostics).is_none());
        assert_eq!(diagnostics.to_string(), "t.yaml#/openapi: unsupported version `4.0.0` (supported: Swagger 2.0, OpenAPI 3.0.x and 3.1.x)");
    }
}
