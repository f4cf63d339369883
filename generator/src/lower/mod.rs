//! Stage 2, lower: a loaded OpenAPI document -> the IR ([`crate::model::Api`]).
//!
//! All interpretation of the spec happens here: which Rust type a schema becomes and what it is
//! called, which headers the runtime fills, how each response is returned, what must be boxed.
//! Problems are diagnostics located by file and JSON pointer; lowering never stops early, so one
//! run reports everything.

mod docs;
pub mod merge;
mod names;
mod operation;
mod post;
mod schema;
mod security;
mod shape;
pub mod tag_features;

use std::collections::{BTreeMap, HashMap, HashSet};

use openapiv3::{OpenAPI, ReferenceOr, Schema};

use crate::config::Conventions;
use crate::diagnostic::{Diagnostics, Pointer};
use crate::load::LoadedSpec;
use crate::model::{Api, Operation, Server, TypeDef, TypeRef, STD_PRELUDE_NAMES};
pub use docs::clean as clean_docs;
pub use names::{rust_ident, Case, NameScope};

/// What the caller knows about the spec besides its content.
#[derive(Clone, Debug)]
pub struct LowerOptions<'a> {
    /// Rust module name of the product (`money_movement`).
    pub module: String,
    /// Cargo feature (`money-movement`); empty for a standalone crate.
    pub feature: String,
    pub conventions: &'a Conventions,
}

/// A spec's text (`t.yaml`) loaded and lowered as the module `t`, for tests: panics on an error.
#[cfg(test)]
pub(crate) fn lower_test_spec(text: &str) -> (LoadedSpec, Api) {
    let mut diagnostics = Diagnostics::new();
    let spec = crate::load::load_spec_text(text, std::path::Path::new("t.yaml"), "t.yaml", &mut diagnostics).expect("the spec loads");
    let conventions = Conventions::default();
    let options = LowerOptions { module: "t".into(), feature: String::new(), conventions: &conventions };
    let api = lower_api(&spec, &options, &mut diagnostics);
    assert!(!diagnostics.has_errors(), "{diagnostics}");
    (spec, api)
}

/// Lowers one spec. Problems go to `diagnostics`; the returned API is complete enough to emit
/// whenever `diagnostics` holds no errors.
pub fn lower_api(spec: &LoadedSpec, options: &LowerOptions<'_>, diagnostics: &mut Diagnostics) -> Api {
    crate::load::on_large_stack(|| lower_on_this_thread(spec, options, diagnostics))
}

fn lower_on_this_thread(spec: &LoadedSpec, options: &LowerOptions<'_>, diagnostics: &mut Diagnostics) -> Api {
    let raw_schemas = non_component_ref_targets(spec);
    let mut lowerer = Lowerer::new(spec, &raw_schemas, options.conventions, diagnostics);
    let servers = lowerer.servers();
    let security_schemes = lowerer.security_schemes(&servers);
    lowerer.component_schemas();
    let operations = lowerer.operations();
    let short_std_names = !STD_PRELUDE_NAMES.iter().any(|name| lowerer.type_names.contains(name) || lowerer.operation_names.contains(name));
    let Lowerer { types, lowered, .. } = lowerer;
    let schema_types = lowered.into_iter().map(|(pointer, lowered)| (pointer, lowered.ty)).collect();
    let info = &spec.document.info;
    let mut api = Api {
        module: options.module.clone(),
        feature: options.feature.clone(),
        spec_file: spec.file.clone(),
        title: info.title.clone(),
        version: info.version.clone(),
        description: info.description.as_deref().map(docs::clean).filter(|d| !d.is_empty()),
        servers,
        security_schemes,
        types: types.into_values().collect(),
        operations,
        schema_types,
        shared_types: Default::default(),
        tag_features: None,
        short_std_names,
    };
    post::finish(&mut api, options.conventions);
    api
}

/// The Rust type a schema lowered to, and whether the schema allows `null`.
#[derive(Clone, Debug, PartialEq)]
struct Lowered {
    ty: TypeRef,
    nullable: bool,
}

struct Lowerer<'a> {
    spec: &'a LoadedSpec,
    document: &'a OpenAPI,
    conventions: &'a Conventions,
    diagnostics: &'a mut Diagnostics,
    /// Generated types by Rust name.
    types: BTreeMap<String, TypeDef>,
    /// Type names of the module (the `types` module of the product).
    type_names: NameScope,
    /// Component schema name -> Rust type name, claimed before anything else is named.
    component_names: BTreeMap<String, String>,
    /// Schema pointer -> what it lowered to (so each schema becomes one type). Hashed: the
    /// pointers share long prefixes, which a sorted map compares again at every step.
    lowered: HashMap<String, Lowered>,
    /// Pointers being lowered right now (to catch alias cycles).
    in_progress: HashSet<String>,
    /// How many schemas deep the lowering is right now.
    depth: usize,
    /// Schemas at the targets of `$ref`s that do not point into `components/schemas`.
    raw_schemas: &'a BTreeMap<String, Schema>,
    /// Names in the operations module: request builders and per-operation types.
    operation_names: NameScope,
    /// Client method names.
    method_names: NameScope,
}

impl<'a> Lowerer<'a> {
    fn new(
        spec: &'a LoadedSpec,
        raw_schemas: &'a BTreeMap<String, Schema>,
        conventions: &'a Conventions,
        diagnostics: &'a mut Diagnostics,
    ) -> Self {
        Lowerer {
            spec,
            document: &spec.document,
            conventions,
            diagnostics,
            types: BTreeMap::new(),
            type_names: NameScope::new(),
            component_names: BTreeMap::new(),
            lowered: HashMap::new(),
            in_progress: HashSet::new(),
            depth: 0,
            raw_schemas,
            operation_names: NameScope::new(),
            method_names: NameScope::with_reserved(&["new", "from_api_client", "api_client", "with_session", "clone", "fmt"]),
        }
    }

    fn error(&mut self, at: &Pointer, message: impl Into<String>) {
        let diagnostic = self.spec.error(at, message);
        self.diagnostics.push(diagnostic);
    }

    fn warn(&mut self, at: &Pointer, message: impl Into<String>) {
        let diagnostic = self.spec.warning(at, message);
        self.diagnostics.push(diagnostic);
    }

    /// Servers with their variables replaced by the defaults.
    fn servers(&mut self) -> Vec<Server> {
        let mut servers = Vec::new();
        for (index, server) in self.document.servers.iter().enumerate() {
            let mut url = server.url.clone();
            if let Some(variables) = &server.variables {
                for (name, variable) in variables {
                    url = url.replace(&format!("{{{name}}}"), &variable.default);
                }
            }
            if url.contains('{') {
                self.warn(&Pointer::root().join("servers").join(index).join("url"), format!("server URL `{url}` has a variable without a default"));
            }
            let url = url.trim_end_matches('/').to_string();
            servers.push(Server { url, description: server.description.clone() });
        }
        servers
    }

    /// Claims Rust names for every component schema (so inline names never take them), then
    /// lowers each one, referenced or not.
    fn component_schemas(&mut self) {
        let Some(components) = &self.document.components else { return };
        for name in components.schemas.keys() {
            let at = Pointer::root().join("components").join("schemas").join(name);
            let rust = rust_ident(name, Case::Pascal);
            let (claimed, collision) = self.type_names.claim_free(&rust, at.as_str(), "");
            if let Some(owner) = collision {
                self.warn(&at, format!("schema `{name}` would be named `{rust}`, which `{owner}` already uses; it is named `{claimed}`"));
            }
            self.component_names.insert(name.clone(), claimed);
        }
        for name in components.schemas.keys() {
            self.define_component(name, &Pointer::root().join("components").join("schemas").join(name));
        }
    }

    fn operations(&mut self) -> Vec<Operation> {
        let mut operations = Vec::new();
        for (route, item) in &self.document.paths.paths {
            let at = Pointer::root().join("paths").join(route);
            let Some((item, _, _)) = self.resolve_item(item, &at, "pathItems", "path item") else { continue };
            for (method, operation) in item.iter() {
                if let Some(lowered) = self.operation(route, method, operation, &item.parameters, &at.join(method)) {
                    operations.push(lowered);
                }
            }
        }
        operations.sort_by(|a, b| a.method_name.cmp(&b.method_name));
        operations
    }

    /// Follows a local `$ref` (through chains of refs) to the object it ends at, anywhere in the
    /// document (`#/components/responses/NotFound`, `#/paths/~1a/get/responses/401`), parsed as
    /// `T` (`what` names it in messages). Returns the object and its pointer; a cycle, a target
    /// that does not exist or one of the wrong kind is an error message.
    fn resolve_ref<T: serde::de::DeserializeOwned>(&self, reference: &str, what: &str) -> Result<(T, Pointer), String> {
        let mut reference = reference.to_string();
        let mut chain: Vec<String> = Vec::new();
        loop {
            let Some(pointer) = reference.strip_prefix('#') else {
                return Err(format!("{what} `$ref` `{reference}` points outside the document and was not resolved"));
            };
            if chain.iter().any(|seen| seen == &reference) {
                chain.push(reference.clone());
                return Err(format!("{what} `$ref`s form a cycle: {}", chain.join(" -> ")));
            }
            chain.push(reference.clone());
            let Some(value) = self.spec.raw_at(pointer) else {
                return Err(format!("{what} `$ref` target `{reference}` does not exist"));
            };
            if let Some(serde_json::Value::String(next)) = value.get("$ref") {
                reference = next.clone();
                continue;
            }
            return match crate::load::typed::<T>(value) {
                Ok(item) => Ok((item, Pointer::from_escaped(pointer))),
                Err(error) => Err(format!("{what} `$ref` target `{reference}` is not a valid {what}: {error}")),
            };
        }
    }

    /// A `ReferenceOr<T>` resolved with [`Self::resolve_ref`]: the item, its pointer, and the
    /// component name when it is `#/components/<kind>/<name>`. Errors are reported at `at`.
    fn resolve_item<T: Clone + serde::de::DeserializeOwned>(&mut self, item: &ReferenceOr<T>, at: &Pointer, kind: &str, what: &str) -> Option<(T, Pointer, Option<String>)> {
        match item {
            ReferenceOr::Item(item) => Some((item.clone(), at.clone(), None)),
            ReferenceOr::Reference { reference } => match self.resolve_ref::<T>(reference, what) {
                Ok((item, pointer)) => {
                    let segments = pointer.segments();
                    let name = match segments.as_slice() {
                        [components, item_kind, name] if components == "components" && item_kind == kind => Some(name.clone()),
                        _ => None,
                    };
                    Some((item, pointer, name))
                }
                Err(message) => {
                    self.error(at, message);
                    None
                }
            },
        }
    }

    /// Registers a generated type; names were claimed before, so this cannot collide.
    fn define(&mut self, def: TypeDef) {
        self.types.insert(def.name.clone(), def);
    }
}

/// `#/components/<kind>/<name>` -> `name`.
fn component_name<'r>(reference: &'r str, kind: &str) -> Option<&'r str> {
    let prefix = format!("#/components/{kind}/");
    reference.strip_prefix(prefix.as_str()).filter(|name| !name.contains('/'))
}

/// A component name as written in a ref (`~1` escapes) -> its key.
fn unescape(segment: &str) -> String {
    segment.replace("~1", "/").replace("~0", "~")
}

/// Parses the target of every local `$ref` that does not point at a component, so such schemas
/// can be borrowed like components while lowering.
fn non_component_ref_targets(spec: &LoadedSpec) -> BTreeMap<String, Schema> {
    fn walk(node: &serde_json::Value, parent: Option<&str>, spec: &LoadedSpec, out: &mut BTreeMap<String, Schema>) {
        match node {
            serde_json::Value::Object(object) => {
                if let Some(serde_json::Value::String(reference)) = object.get("$ref") {
                    if let Some(pointer) = reference.strip_prefix('#') {
                        let is_component = component_name(reference, "schemas").is_some();
                        if !is_component && !out.contains_key(pointer) {
                            if let Some(schema) = spec.raw_at(pointer).and_then(|v| crate::load::typed::<Schema>(v).ok()) {
                                out.insert(pointer.to_string(), schema);
                            }
                        }
                    }
                }
                for (key, child) in object {
                    if !crate::load::is_data_key(key, parent) {
                        walk(child, Some(key), spec, out);
                    }
                }
            }
            serde_json::Value::Array(items) => items.iter().for_each(|item| walk(item, parent, spec, out)),
            _ => {}
        }
    }
    let mut out = BTreeMap::new();
    walk(&spec.raw, None, spec, &mut out);
    out
}
