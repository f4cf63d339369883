//! External `$ref`s -> one self-contained document.
//!
//! A `$ref` to another file (`common.yaml#/components/schemas/ErrorResponse`) is replaced by a
//! local ref, and the referenced part is copied into the main document's `components` under the
//! same kind and name (path items, which cannot be components in OpenAPI 3.0, are inlined). Refs
//! inside copied parts are resolved relative to the file they came from, so chains and cycles
//! across files work. Every copied part is recorded as an [`Origin`], so later stages can report
//! problems inside it against the file and pointer where it was written.
//!
//! Copied parts wait in a queue and are rewritten one after the other, so a chain of refs from
//! file to file, however long, never deepens the stack; path items, which are inlined, follow
//! their `$ref` chains in a loop, and one that contains itself is a diagnostic.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Component, Path, PathBuf};
use std::rc::Rc;

use serde_json::{Map, Value};

use crate::diagnostic::{split_pointer, Diagnostic, Diagnostics, Pointer};
use crate::load::parse::parse_document;

/// Where a part of the bundled document was written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// Escaped pointer of the part in the bundled document, e.g. `/components/schemas/ErrorResponse`.
    pub pointer: String,
    /// The file it came from, as diagnostics name it.
    pub file: String,
    /// Escaped pointer of the part in that file.
    pub source_pointer: String,
}

/// The component kinds of OpenAPI 3.0 (`components/<kind>/<name>`).
const COMPONENT_KINDS: [&str; 9] =
    ["schemas", "responses", "parameters", "examples", "requestBodies", "headers", "securitySchemes", "links", "callbacks"];

/// Replaces external refs in `document` (read from `path`, named `display` in diagnostics).
pub(crate) fn bundle(document: &mut Value, path: &Path, display: &str, diagnostics: &mut Diagnostics) -> Vec<Origin> {
    let main_path = normalize(path);
    let mut bundler = Bundler {
        main_path: main_path.clone(),
        files: BTreeMap::new(),
        displays: BTreeMap::from([(main_path.clone(), display.to_string())]),
        imported: BTreeMap::new(),
        reexports: BTreeMap::new(),
        taken: BTreeSet::new(),
        additions: Vec::new(),
        pending: VecDeque::new(),
        inlining: Vec::new(),
        origins: Vec::new(),
        diagnostics,
    };
    if let Some(components) = document.get("components").and_then(Value::as_object) {
        for kind in COMPONENT_KINDS {
            if let Some(items) = components.get(kind).and_then(Value::as_object) {
                for (name, item) in items {
                    bundler.taken.insert((kind.to_string(), name.clone()));
                    // `components/<kind>/<name>: {$ref: other.yaml#...}` re-exports a part of
                    // another file: that entry becomes the part's one copy.
                    if let Some(Value::String(reference)) = item.get("$ref") {
                        if let Some((file_part, fragment)) = external_parts(reference) {
                            let target = normalize(&main_path.parent().unwrap_or(Path::new("")).join(percent_decode(file_part)));
                            let local = Pointer::root().join("components").join(kind).join(name);
                            bundler.imported.insert((target.clone(), fragment.clone()), format!("#{local}"));
                            bundler.reexports.insert(local.to_string(), (target, fragment));
                        }
                    }
                }
            }
        }
    }
    // A document of one file (GitHub's 13 MB description, say) has nothing to rewrite: the
    // walk below, a pointer per node, is skipped when no `$ref` anywhere names another file.
    if bundler.reexports.is_empty() && !has_external_ref(document) {
        return Vec::new();
    }
    bundler.rewrite(document, &main_path, &Pointer::root());
    // Parts copied in, rewritten in turn; rewriting one may queue more.
    while let Some(mut part) = bundler.pending.pop_front() {
        bundler.rewrite(&mut part.content, &part.file, &part.source_at);
        bundler.additions.push((part.kind, part.name, part.content));
    }
    let additions = std::mem::take(&mut bundler.additions);
    let origins = std::mem::take(&mut bundler.origins);
    if !additions.is_empty() {
        let Some(root) = document.as_object_mut() else { return origins };
        let components = root.entry("components").or_insert_with(|| Value::Object(Map::new()));
        if !components.is_object() {
            *components = Value::Object(Map::new());
        }
        if let Some(components) = components.as_object_mut() {
            for (kind, name, value) in additions {
                let items = components.entry(kind).or_insert_with(|| Value::Object(Map::new()));
                if let Some(items) = items.as_object_mut() {
                    items.insert(name, value);
                }
            }
        }
    }
    origins
}

/// Whether any `$ref` string in `document` names a file (a part before `#`). Data (examples,
/// extensions) is searched too: a false alarm only costs the full walk.
fn has_external_ref(document: &Value) -> bool {
    let mut stack = vec![document];
    while let Some(node) = stack.pop() {
        match node {
            Value::Object(object) => {
                if let Some(Value::String(reference)) = object.get("$ref") {
                    if !reference.split('#').next().unwrap_or_default().is_empty() {
                        return true;
                    }
                }
                stack.extend(object.values());
            }
            Value::Array(items) => stack.extend(items),
            _ => {}
        }
    }
    false
}

struct Bundler<'a> {
    main_path: PathBuf,
    /// Parsed external files; `None` when the file could not be read (reported once).
    files: BTreeMap<PathBuf, Option<Rc<Value>>>,
    displays: BTreeMap<PathBuf, String>,
    /// (file, pointer) already imported -> the local ref that now stands for it.
    imported: BTreeMap<(PathBuf, String), String>,
    /// Component entries of the main document that are a `$ref` to another file: pointer ->
    /// (file, fragment) of the part they stand for.
    reexports: BTreeMap<String, (PathBuf, String)>,
    /// (kind, name) pairs already used in the bundled `components`.
    taken: BTreeSet<(String, String)>,
    additions: Vec<(String, String, Value)>,
    /// Copied parts whose refs are still to be rewritten.
    pending: VecDeque<Pending>,
    /// The path items being inlined right now (file, pointer), outermost first.
    inlining: Vec<(PathBuf, String)>,
    origins: Vec<Origin>,
    diagnostics: &'a mut Diagnostics,
}

/// A part copied into `components/<kind>/<name>`, from `file` at `source_at`.
struct Pending {
    kind: String,
    name: String,
    content: Value,
    file: PathBuf,
    source_at: Pointer,
}

/// How many path items may be inlined one inside another (through callbacks).
const MAX_INLINE_NESTING: usize = 8;

enum Import {
    Ref(String),
    Inline(Value),
    Failed,
}

impl Bundler<'_> {
    /// Rewrites the refs in `node`, which sits at `at` in `file`.
    fn rewrite(&mut self, node: &mut Value, file: &Path, at: &Pointer) {
        match node {
            Value::Object(object) => {
                if let Some((target, fragment)) = self.reexports.get(at.as_str()).cloned() {
                    if file == self.main_path {
                        if let Some(content) = self.reexport(&target, &fragment, at) {
                            *node = content;
                        }
                        return;
                    }
                }
                if let Some(Value::String(reference)) = object.get("$ref") {
                    let reference = reference.clone();
                    if let Some(replacement) = self.rewrite_ref(&reference, file, at) {
                        match replacement {
                            Import::Ref(local) => {
                                object.insert("$ref".to_string(), Value::String(local));
                            }
                            Import::Inline(value) => *node = value,
                            Import::Failed => {}
                        }
                    }
                    return;
                }
                let parent = at.segment_from_end(0);
                let grandparent = at.segment_from_end(1);
                for (key, child) in object.iter_mut() {
                    // Examples, defaults and extensions are data: a `$ref` key inside them is not a reference.
                    if super::is_data_key(key, parent.as_deref()) && key != "examples" {
                        continue;
                    }
                    if key == "value" && grandparent.as_deref() == Some("examples") {
                        continue;
                    }
                    let child_at = at.join(key);
                    self.rewrite(child, file, &child_at);
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter_mut().enumerate() {
                    let child_at = at.join(index);
                    self.rewrite(item, file, &child_at);
                }
            }
            _ => {}
        }
    }

    /// `None` leaves the ref as it is.
    fn rewrite_ref(&mut self, reference: &str, file: &Path, at: &Pointer) -> Option<Import> {
        let (file_part, fragment) = match reference.split_once('#') {
            Some((file_part, fragment)) => (file_part, fragment.to_string()),
            None => (reference, String::new()),
        };
        if file_part.is_empty() && file == self.main_path {
            return None;
        }
        if file_part.contains("://") {
            self.report(file, at, format!("remote reference `{reference}` is not supported; download the document and refer to it by a relative path"));
            return Some(Import::Failed);
        }
        let target = if file_part.is_empty() {
            file.to_path_buf()
        } else {
            normalize(&file.parent().unwrap_or(Path::new("")).join(percent_decode(file_part)))
        };
        if target == self.main_path {
            return Some(Import::Ref(format!("#{fragment}")));
        }
        Some(self.import(&target, &fragment, file, at))
    }

    /// The content of a re-exported part, with its refs rewritten, recorded as coming from its file.
    fn reexport(&mut self, target: &Path, fragment: &str, at: &Pointer) -> Option<Value> {
        let main_path = self.main_path.clone();
        let (mut content, _, fragment) = self.fetch(target, fragment, &main_path, at)?;
        let file = self.display(target);
        self.origins.push(Origin { pointer: at.to_string(), file, source_pointer: fragment.clone() });
        self.rewrite(&mut content, target, &Pointer::from_escaped(&fragment));
        Some(content)
    }

    fn import(&mut self, target: &Path, fragment: &str, from_file: &Path, at: &Pointer) -> Import {
        let key = (target.to_path_buf(), fragment.to_string());
        if let Some(local) = self.imported.get(&key) {
            return Import::Ref(local.clone());
        }
        let Some((content, segments, fragment)) = self.fetch(target, fragment, from_file, at) else { return Import::Failed };
        let source_at = Pointer::from_escaped(&fragment);
        let kind = component_kind(&segments).or_else(|| context_kind(&at.segments()));
        let Some(kind) = kind else {
            // A path item (or something else that cannot be a component): inline it.
            return self.inline(target.to_path_buf(), fragment, content, from_file, at);
        };
        let name = self.free_name(&kind, &component_name(&segments, target));
        let local = format!("#/components/{kind}/{}", name.replace('~', "~0").replace('/', "~1"));
        self.imported.insert(key, local.clone());
        self.taken.insert((kind.clone(), name.clone()));
        let file = self.display(target);
        self.origins.push(Origin {
            pointer: Pointer::root().join("components").join(&kind).join(&name).to_string(),
            file,
            source_pointer: fragment.to_string(),
        });
        self.pending.push_back(Pending { kind, name, content, file: target.to_path_buf(), source_at });
        Import::Ref(local)
    }

    /// The part at `fragment` of `target` and the fragment's segments; `None` (reported) when
    /// the file or the part is missing.
    fn fetch(&mut self, target: &Path, fragment: &str, from_file: &Path, at: &Pointer) -> Option<(Value, Vec<String>, String)> {
        let document = self.load(target, from_file, at)?;
        // In a URI, the pointer is percent-encoded (`~1pets~1%7Bid%7D` for `/pets/{id}`).
        let decoded = percent_decode(fragment);
        let fragment = if document.pointer(fragment).is_none() && document.pointer(&decoded).is_some() { decoded.as_str() } else { fragment };
        let segments = split_pointer(fragment);
        let mut node: &Value = &document;
        for (index, segment) in segments.iter().enumerate() {
            let next = match node {
                Value::Object(object) => object.get(segment),
                Value::Array(items) => segment.parse::<usize>().ok().and_then(|index| items.get(index)),
                _ => None,
            };
            match next {
                Some(next) => node = next,
                None => {
                    let display = self.display(target);
                    let mut message = format!("`$ref` target `{display}#{fragment}` does not exist");
                    if let Value::Object(object) = node {
                        if let Some(nearest) = super::check::nearest_name(segment, object.keys().map(String::as_str)) {
                            let mut suggestion = Pointer::root();
                            for segment in &segments[..index] {
                                suggestion = suggestion.join(segment);
                            }
                            message.push_str(&format!("; did you mean `{display}#{}`?", suggestion.join(nearest)));
                        }
                    }
                    self.report(from_file, at, message);
                    return None;
                }
            }
        }
        Some((node.clone(), segments, fragment.to_string()))
    }

    /// A path item from another file, its own `$ref`s followed in a loop and its inner refs
    /// rewritten; the result replaces the referring node.
    fn inline(&mut self, mut file: PathBuf, mut fragment: String, mut content: Value, from_file: &Path, at: &Pointer) -> Import {
        let mut chain = vec![(file.clone(), fragment.clone())];
        // `{$ref: ...}` alone: follow it to the path item it stands for.
        while let Some(Value::String(reference)) = content.get("$ref").cloned() {
            if reference.contains("://") {
                self.report(&file, &Pointer::from_escaped(&fragment), format!("remote reference `{reference}` is not supported; download the document and refer to it by a relative path"));
                return Import::Failed;
            }
            let (file_part, next_fragment) = reference.split_once('#').unwrap_or((reference.as_str(), ""));
            let next_file = if file_part.is_empty() { file.clone() } else { normalize(&file.parent().unwrap_or(Path::new("")).join(percent_decode(file_part))) };
            if next_file == self.main_path {
                // Back in the main document: a local ref the later stages resolve.
                return Import::Ref(format!("#{next_fragment}"));
            }
            let next = (next_file.clone(), next_fragment.to_string());
            if chain.contains(&next) || self.inlining.contains(&next) {
                let names: Vec<String> = chain.iter().chain(std::iter::once(&next)).map(|(f, p)| format!("{}#{p}", self.display(f))).collect();
                self.report(&file, &Pointer::from_escaped(&fragment), format!("this path item refers to itself (`$ref`s: {})", names.join(" -> ")));
                return Import::Failed;
            }
            let at_here = Pointer::from_escaped(&fragment);
            let Some((next_content, _, next_fragment)) = self.fetch(&next_file, next_fragment, &file, &at_here) else { return Import::Failed };
            chain.push(next.clone());
            (file, fragment, content) = (next_file, next_fragment, next_content);
        }
        let key = (file.clone(), fragment.clone());
        if self.inlining.contains(&key) {
            self.report(from_file, at, "this path item contains itself (through a callback)".to_string());
            return Import::Failed;
        }
        if self.inlining.len() >= MAX_INLINE_NESTING {
            self.report(from_file, at, format!("path items nest more than {MAX_INLINE_NESTING} deep through callbacks"));
            return Import::Failed;
        }
        if from_file == self.main_path {
            // `at` is where the path item lands in the bundled document.
            let display = self.display(&file);
            self.origins.push(Origin { pointer: at.to_string(), file: display, source_pointer: fragment.clone() });
        }
        self.inlining.push(key);
        self.rewrite(&mut content, &file, &Pointer::from_escaped(&fragment));
        self.inlining.pop();
        Import::Inline(content)
    }

    /// A component name not yet used for `kind`: the wanted one, else with a numeric suffix.
    fn free_name(&self, kind: &str, wanted: &str) -> String {
        if !self.taken.contains(&(kind.to_string(), wanted.to_string())) {
            return wanted.to_string();
        }
        (2..).map(|n| format!("{wanted}{n}")).find(|name| !self.taken.contains(&(kind.to_string(), name.clone()))).unwrap_or_default()
    }

    fn load(&mut self, target: &Path, from_file: &Path, at: &Pointer) -> Option<Rc<Value>> {
        if let Some(loaded) = self.files.get(target) {
            return loaded.clone();
        }
        let display = self.display(target);
        let loaded = match std::fs::read_to_string(target) {
            Ok(text) => match parse_document(&text, &display) {
                Ok(value) => Some(Rc::new(value)),
                Err(errors) => {
                    self.diagnostics.extend(errors);
                    None
                }
            },
            Err(error) => {
                self.report(from_file, at, format!("cannot read `$ref` target `{display}`: {error}"));
                None
            }
        };
        self.files.insert(target.to_path_buf(), loaded.clone());
        loaded
    }

    /// How diagnostics name a file: relative to the main file's display name.
    fn display(&mut self, path: &Path) -> String {
        if let Some(display) = self.displays.get(path) {
            return display.clone();
        }
        let main_display = self.displays.get(&self.main_path).cloned().unwrap_or_default();
        let relative = relative_to(path, self.main_path.parent().unwrap_or(Path::new("")));
        let display = match Path::new(&main_display).parent() {
            Some(parent) if !parent.as_os_str().is_empty() => normalize_relative(&parent.join(&relative)),
            _ => relative,
        };
        let display = display.to_string_lossy().replace('\\', "/");
        self.displays.insert(path.to_path_buf(), display.clone());
        display
    }

    fn report(&mut self, file: &Path, at: &Pointer, message: String) {
        let display = self.display(file);
        self.diagnostics.push(Diagnostic::error(display, at.to_string(), message));
    }
}

/// A reference to another file, split into (file, fragment); `None` for a local one.
fn external_parts(reference: &str) -> Option<(&str, String)> {
    let (file_part, fragment) = match reference.split_once('#') {
        Some((file_part, fragment)) => (file_part, fragment.to_string()),
        None => (reference, String::new()),
    };
    (!file_part.is_empty() && !file_part.contains("://")).then_some((file_part, fragment))
}

/// `components/<kind>/<name>` (or Swagger's `definitions|parameters|responses/<name>`) -> kind.
fn component_kind(segments: &[String]) -> Option<String> {
    match segments {
        [components, kind, _name] if components == "components" && COMPONENT_KINDS.contains(&kind.as_str()) => Some(kind.clone()),
        [section, _name] if section == "definitions" => Some("schemas".to_string()),
        [section, _name] if section == "parameters" || section == "responses" => Some(section.clone()),
        _ => None,
    }
}

/// The kind of object a `$ref` at `at` must point to, judged by where the ref stands.
fn context_kind(at: &[String]) -> Option<String> {
    // A callback's expression maps to a path item.
    if at.len() >= 3 && at[at.len() - 3] == "callbacks" {
        return None;
    }
    let last = at.last().map(String::as_str).unwrap_or("");
    let parent = at.iter().rev().nth(1).map(String::as_str).unwrap_or("");
    let kind = match (parent, last) {
        (_, "schema" | "items" | "additionalProperties" | "not") => "schemas",
        ("properties" | "allOf" | "oneOf" | "anyOf" | "patternProperties" | "definitions", _) => "schemas",
        ("parameters", _) => "parameters",
        ("responses", _) => "responses",
        (_, "requestBody") => "requestBodies",
        ("headers", _) => "headers",
        ("examples", _) => "examples",
        ("links", _) => "links",
        ("callbacks", _) => "callbacks",
        ("securitySchemes", _) => "securitySchemes",
        ("paths", _) => return None,
        _ if at.len() >= 3 && at[0] == "components" => return Some(at[1].clone()),
        _ => "schemas",
    };
    Some(kind.to_string())
}

/// The name a referenced part gets in `components`: its last pointer segment, else the file stem.
fn component_name(segments: &[String], target: &Path) -> String {
    let raw = match segments.last() {
        Some(last) if !last.is_empty() && last.parse::<usize>().is_err() => last.clone(),
        _ => target.file_stem().map(|stem| stem.to_string_lossy().into_owned()).unwrap_or_else(|| "Imported".to_string()),
    };
    let name: String = raw.chars().map(|c| if c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_') { c } else { '_' }).collect();
    if name.is_empty() {
        "Imported".to_string()
    } else {
        name
    }
}

/// `%XX` escapes decoded (as in a URI); anything else is kept as written.
pub(crate) fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' && index + 2 < bytes.len() {
            if let Some(byte) = std::str::from_utf8(&bytes[index + 1..index + 3]).ok().and_then(|hex| u8::from_str_radix(hex, 16).ok()) {
                out.push(byte);
                index += 3;
                continue;
            }
        }
        out.push(bytes[index]);
        index += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// An absolute, lexically normalized path (no `.` or `..`), without touching the file system.
fn normalize(path: &Path) -> PathBuf {
    let absolute = if path.is_absolute() {
        path.to_path_buf()
    } else {
        std::env::current_dir().map(|dir| dir.join(path)).unwrap_or_else(|_| path.to_path_buf())
    };
    normalize_relative(&absolute)
}

fn normalize_relative(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for component in path.components() {
        match component {
            Component::CurDir => {}
            Component::ParentDir => {
                if !out.pop() {
                    out.push("..");
                }
            }
            other => out.push(other.as_os_str()),
        }
    }
    out
}

/// `path` relative to `base` (both absolute and normalized).
fn relative_to(path: &Path, base: &Path) -> PathBuf {
    let path_parts: Vec<_> = path.components().collect();
    let base_parts: Vec<_> = base.components().collect();
    let common = path_parts.iter().zip(&base_parts).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..base_parts.len() {
        out.push("..");
    }
    for part in &path_parts[common..] {
        out.push(part.as_os_str());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_decides_the_kind_of_anonymous_targets() {
        let at = |p: &str| split_pointer(p);
        assert_eq!(context_kind(&at("/paths/~1a/get/responses/200/content/application~1json/schema")).as_deref(), Some("schemas"));
        assert_eq!(context_kind(&at("/paths/~1a/get/parameters/0")).as_deref(), Some("parameters"));
        assert_eq!(context_kind(&at("/paths/~1a/get/responses/404")).as_deref(), Some("responses"));
        assert_eq!(context_kind(&at("/paths/~1a")), None);
        assert_eq!(context_kind(&at("/components/schemas/A/properties/b")).as_deref(), Some("schemas"));
    }

    #[test]
    fn only_a_ref_naming_a_file_is_external() {
        let local = serde_json::json!({
            "paths": {"/a": {"get": {"responses": {"200": {"$ref": "#/components/responses/Ok"}}}}},
            "components": {"schemas": {"A": {"items": [{"$ref": "#"}, {"$ref": 7}]}}},
        });
        assert!(!has_external_ref(&local));
        for reference in ["common.yaml#/components/schemas/E", "common.yaml", "../x.json#", "https://example.com/s.json#/a"] {
            let mut document = local.clone();
            document["components"]["schemas"]["A"]["items"][0]["$ref"] = reference.into();
            assert!(has_external_ref(&document), "{reference}");
        }
        // In data too (a false alarm there only costs the full walk, which skips data).
        let mut document = local.clone();
        document["components"]["schemas"]["A"]["example"] = serde_json::json!({"$ref": "other.yaml"});
        assert!(has_external_ref(&document));
        // A document of one file comes out of the bundler as it went in.
        let mut bundled = local.clone();
        let mut diagnostics = Diagnostics::new();
        assert!(bundle(&mut bundled, Path::new("api.yaml"), "api.yaml", &mut diagnostics).is_empty());
        assert_eq!(bundled, local);
        assert!(diagnostics.is_empty(), "{diagnostics}");
    }

    #[test]
    fn paths_relativize() {
        assert_eq!(relative_to(Path::new("/a/b/c.yaml"), Path::new("/a/d")), PathBuf::from("../b/c.yaml"));
        assert_eq!(normalize_relative(Path::new("specs/./x/../common.yaml")), PathBuf::from("specs/common.yaml"));
        assert_eq!(percent_decode("my%20file.yaml"), "my file.yaml");
    }
}
