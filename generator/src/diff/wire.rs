//! Wire rules: the two bundled OpenAPI 3.0 documents, compared by what a client sends and
//! reads. Operations are matched by method and path (variable names erased), parameters by
//! location and name (path parameters by their place in the template), responses by status,
//! content by media type; schemas are compared in [`super::schema`], by direction.
//!
//! Changes are located where they were written (a part copied from `common.yaml` is reported
//! against `common.yaml`), and a change in a schema several operations share is reported once,
//! naming them all. Keys no rule judges are reported as unclassified, never dropped.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};

use serde_json::Value;

use super::{clean_text, escape, normalized_path, quoted, template_names, ChangeKey, Changes, Location, Rule, Side};
use crate::model::{Operation, ParamLocation, TypeKind, TypeRef};

pub(super) const METHODS: [&str; 8] = ["get", "put", "post", "delete", "options", "head", "patch", "trace"];

/// Keys that document rather than specify: their changes are documentation.
const DOC_KEYS: [&str; 7] = ["description", "summary", "title", "example", "examples", "externalDocs", "tags"];

/// Extensions the generator reads: judged by the security rules, not as documentation.
const SEMANTIC_EXTENSIONS: [&str; 2] = ["x-revocation-url", "x-authorization-parameters"];

/// Header parameters OpenAPI says to ignore (the client sets them from the operation).
const IGNORED_HEADERS: [&str; 3] = ["accept", "content-type", "authorization"];

/// Keys under which the next level holds names, not keywords (`properties/description` is a
/// property).
const NAME_MAPS: [&str; 16] = [
    "properties",
    "patternProperties",
    "responses",
    "schemas",
    "definitions",
    "parameters",
    "headers",
    "securitySchemes",
    "requestBodies",
    "links",
    "callbacks",
    "paths",
    "content",
    "encoding",
    "variables",
    "scopes",
];

pub(super) fn is_doc_key(key: &str) -> bool {
    DOC_KEYS.contains(&key) || (key.starts_with("x-") && !SEMANTIC_EXTENSIONS.contains(&key))
}

/// Which way a value travels: what the client sends, or what it reads.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(super) enum Direction {
    Request,
    Response,
}

/// One side of the comparison, as a JSON document.
#[derive(Clone, Copy)]
pub(super) struct Doc<'a> {
    pub(super) side: Side<'a>,
}

impl<'a> Doc<'a> {
    pub(super) fn raw(&self) -> &'a Value {
        &self.side.spec.raw
    }

    pub(super) fn get(&self, pointer: &str) -> Option<&'a Value> {
        self.raw().pointer(pointer)
    }

    /// Follows local `$ref`s (at most 32) to the value they name, with its pointer.
    pub(super) fn resolve(&self, value: &'a Value, pointer: &str) -> (&'a Value, String) {
        let mut value = value;
        let mut pointer = pointer.to_string();
        for _ in 0..32 {
            let Some(reference) = value.get("$ref").and_then(Value::as_str) else { break };
            let Some(target_pointer) = reference.strip_prefix('#') else { break };
            let Some(target) = self.get(target_pointer) else { break };
            value = target;
            pointer = target_pointer.to_string();
        }
        (value, pointer)
    }

    pub(super) fn location(&self, pointer: &str) -> Location {
        let (file, pointer) = self.side.spec.locate(pointer);
        Location { file, pointer }
    }

    pub(super) fn module(&self) -> &'a str {
        &self.side.api.module
    }

    pub(super) fn operation_at(&self, pointer: &str) -> Option<&'a Operation> {
        self.side.api.operations.iter().find(|op| op.pointer == pointer)
    }

    /// `module::Client::method` of the operation at `pointer`.
    pub(super) fn method_item(&self, pointer: &str) -> Option<String> {
        self.operation_at(pointer).map(|op| format!("{}::Client::{}", self.module(), op.method_name))
    }

    /// The Rust type generated for the schema at `pointer`, when it is a named type.
    pub(super) fn type_item(&self, pointer: &str) -> Option<String> {
        match self.side.api.schema_types.get(pointer) {
            Some(TypeRef::Named(name)) => Some(format!("{}::types::{name}", self.module())),
            _ => None,
        }
    }

    /// `module::types::Type::field` for the property `wire` of the object schema at `pointer`.
    pub(super) fn field_item(&self, pointer: &str, wire: &str) -> Option<String> {
        let Some(TypeRef::Named(name)) = self.side.api.schema_types.get(pointer) else { return None };
        let def = self.side.api.types.iter().find(|t| &t.name == name)?;
        match &def.kind {
            TypeKind::Struct(s) => match s.fields.iter().find(|f| f.wire == wire) {
                Some(field) => Some(format!("{}::types::{name}::{}", self.module(), field.name)),
                None => Some(format!("{}::types::{name}", self.module())),
            },
            _ => Some(format!("{}::types::{name}", self.module())),
        }
    }
}

/// An operation of a document.
pub(super) struct OpRef<'a> {
    pub(super) method: &'static str,
    pub(super) path: String,
    pub(super) pointer: String,
    pub(super) node: &'a Value,
    pub(super) item: &'a Value,
    pub(super) item_pointer: String,
}

impl OpRef<'_> {
    pub(super) fn display(&self) -> String {
        format!("{} {}", self.method.to_uppercase(), clean_text(&self.path, 200))
    }
}

/// Every operation, by (normalized path, method).
pub(super) fn operations<'a>(doc: Doc<'a>) -> BTreeMap<(String, &'static str), OpRef<'a>> {
    let mut out = BTreeMap::new();
    let Some(paths) = doc.raw().get("paths").and_then(Value::as_object) else { return out };
    for (path, item) in paths {
        let item_pointer = format!("/paths/{}", escape(path));
        let (item, item_pointer) = doc.resolve(item, &item_pointer);
        let Some(object) = item.as_object() else { continue };
        for method in METHODS {
            if let Some(node) = object.get(method).filter(|n| n.is_object()) {
                let pointer = format!("{item_pointer}/{method}");
                out.insert((normalized_path(path), method), OpRef { method, path: path.clone(), pointer, node, item, item_pointer: item_pointer.clone() });
            }
        }
    }
    out
}

/// A parameter of an operation, resolved.
pub(super) struct ParamRef<'a> {
    pub(super) name: String,
    pub(super) location: String,
    pub(super) node: &'a Value,
    pub(super) pointer: String,
}

impl<'a> ParamRef<'a> {
    fn required(&self) -> bool {
        self.location == "path" || self.node.get("required").and_then(Value::as_bool).unwrap_or(false)
    }

    fn describe(&self) -> String {
        format!("{} parameter {}", self.location, quoted(&self.name))
    }

    /// (style, explode, serialized as content) with OpenAPI's defaults filled in.
    fn style(&self) -> (String, bool, bool) {
        let style = self.node.get("style").and_then(Value::as_str).map(str::to_string).unwrap_or_else(|| match self.location.as_str() {
            "query" | "cookie" => "form".to_string(),
            _ => "simple".to_string(),
        });
        let explode = self.node.get("explode").and_then(Value::as_bool).unwrap_or(style == "form");
        (style, explode, self.node.get("content").is_some())
    }

    /// The parameter's schema (from `schema`, or from its single `content` entry) and its pointer.
    fn schema(&self) -> Option<(&'a Value, String)> {
        if let Some(schema) = self.node.get("schema") {
            return Some((schema, format!("{}/schema", self.pointer)));
        }
        let (media, entry) = self.node.get("content")?.as_object()?.iter().next()?;
        let schema = entry.get("schema")?;
        Some((schema, format!("{}/content/{}/schema", self.pointer, escape(media))))
    }
}

/// The parameters of an operation (path-item ones included, operation ones winning), keyed by
/// location and name; path parameters by their place in the template, so renaming a path
/// variable is no wire change.
pub(super) fn parameters<'a>(doc: Doc<'a>, op: &OpRef<'a>) -> BTreeMap<(String, String), ParamRef<'a>> {
    let template = template_names(&op.path);
    let mut out = BTreeMap::new();
    let lists = [(op.item.get("parameters"), format!("{}/parameters", op.item_pointer)), (op.node.get("parameters"), format!("{}/parameters", op.pointer))];
    for (list, list_pointer) in lists {
        let Some(list) = list.and_then(Value::as_array) else { continue };
        for (index, parameter) in list.iter().enumerate() {
            let (node, pointer) = doc.resolve(parameter, &format!("{list_pointer}/{index}"));
            let (Some(name), Some(location)) = (node.get("name").and_then(Value::as_str), node.get("in").and_then(Value::as_str)) else { continue };
            if location == "header" && IGNORED_HEADERS.contains(&name.to_ascii_lowercase().as_str()) {
                continue;
            }
            let key = match location {
                "header" => name.to_ascii_lowercase(),
                "path" => match template.iter().position(|t| t == name) {
                    Some(position) => format!("#{position}"),
                    None => name.to_string(),
                },
                _ => name.to_string(),
            };
            out.insert((location.to_string(), key), ParamRef { name: name.to_string(), location: location.to_string(), node, pointer });
        }
    }
    out
}

/// `application/json; charset=utf-8` -> `application/json`.
fn media_key(media: &str) -> String {
    media.split(';').next().unwrap_or(media).trim().to_ascii_lowercase()
}

fn content_map<'a>(node: &'a Value, pointer: &str) -> BTreeMap<String, (&'a str, &'a Value, String)> {
    let mut out = BTreeMap::new();
    if let Some(content) = node.get("content").and_then(Value::as_object) {
        for (media, entry) in content {
            out.insert(media_key(media), (media.as_str(), entry, format!("{pointer}/content/{}", escape(media))));
        }
    }
    out
}

fn is_success(status: &str) -> bool {
    status.starts_with('2')
}

/// Alternatives of a security requirement: each maps scheme names to the scopes it needs.
type Requirement = Vec<BTreeMap<String, BTreeSet<String>>>;

fn requirement(value: Option<&Value>) -> Option<Requirement> {
    let list = value?.as_array()?;
    Some(
        list.iter()
            .filter_map(Value::as_object)
            .map(|alternative| {
                alternative
                    .iter()
                    .map(|(scheme, scopes)| {
                        let scopes = scopes.as_array().map(|s| s.iter().filter_map(Value::as_str).map(str::to_string).collect()).unwrap_or_default();
                        (scheme.clone(), scopes)
                    })
                    .collect()
            })
            .collect(),
    )
}

fn requirement_text(alternative: &BTreeMap<String, BTreeSet<String>>) -> String {
    if alternative.is_empty() {
        return "no authentication".to_string();
    }
    alternative
        .iter()
        .map(|(scheme, scopes)| {
            let scopes: Vec<&str> = scopes.iter().map(String::as_str).collect();
            format!("{}[{}]", clean_text(scheme, 60), clean_text(&scopes.join(" "), 200))
        })
        .collect::<Vec<_>>()
        .join(" + ")
}

/// The comparison in progress.
pub(super) struct Wire<'a, 'c> {
    pub(super) old: Doc<'a>,
    pub(super) new: Doc<'a>,
    pub(super) out: &'c mut Changes,
    /// The operation being compared (`GET /v1/accounts`), named in every change found in it.
    pub(super) operation: Option<String>,
    /// Schema pairs compared already, with the changes found under them.
    pub(super) memo: HashMap<(String, String, Direction), Vec<ChangeKey>>,
    pub(super) in_progress: HashSet<(String, String, Direction)>,
    /// The changes found under each schema being compared, innermost last.
    pub(super) frames: Vec<Vec<ChangeKey>>,
}

/// Which document a pointer is in.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Which {
    Old,
    New,
}

pub(super) fn diff_wire(old: Side<'_>, new: Side<'_>, out: &mut Changes) {
    let mut wire = Wire { old: Doc { side: old }, new: Doc { side: new }, out, operation: None, memo: HashMap::new(), in_progress: HashSet::new(), frames: Vec::new() };
    wire.info();
    wire.servers();
    wire.security_schemes();
    let old_ops = operations(wire.old);
    let new_ops = operations(wire.new);
    for (key, old_op) in &old_ops {
        match new_ops.get(key) {
            Some(new_op) => wire.operation(old_op, new_op),
            None => {
                wire.operation = Some(old_op.display());
                let deprecated = if old_op.node.get("deprecated").and_then(Value::as_bool) == Some(true) { " (it was deprecated)" } else { "" };
                let item = wire.old.method_item(&old_op.pointer);
                let reason = format!("{} removed{deprecated}", quoted(&old_op.display()));
                wire.report(Rule::OperationRemoved, Which::Old, &old_op.pointer, reason, item);
            }
        }
    }
    for (key, new_op) in &new_ops {
        if !old_ops.contains_key(key) {
            wire.operation = Some(new_op.display());
            let item = wire.new.method_item(&new_op.pointer);
            wire.report(Rule::OperationAdded, Which::New, &new_op.pointer, format!("{} added", quoted(&new_op.display())), item);
        }
    }
    wire.operation = None;
    let (old_raw, new_raw) = (wire.old.raw(), wire.new.raw());
    wire.documentation(old_raw, new_raw, ("", ""), None);
}

impl<'a> Wire<'a, '_> {
    fn doc(&self, which: Which) -> Doc<'a> {
        match which {
            Which::Old => self.old,
            Which::New => self.new,
        }
    }

    /// Records a change at `pointer` (of the bundled document `which`).
    pub(super) fn report(&mut self, rule: Rule, which: Which, pointer: &str, reason: String, rust_item: Option<String>) {
        let location = self.doc(which).location(pointer);
        let key = self.out.push(rule, location, reason, rust_item, self.operation.as_deref());
        if let Some(frame) = self.frames.last_mut() {
            frame.push(key);
        }
    }

    /// Reports every key of two objects that differs and that no rule (`handled`) judges.
    pub(super) fn unclassified(&mut self, old: &Value, new: &Value, old_pointer: &str, new_pointer: &str, handled: &[&str]) {
        let (Some(old_object), Some(new_object)) = (old.as_object(), new.as_object()) else { return };
        let keys: BTreeSet<&String> = old_object.keys().chain(new_object.keys()).collect();
        for key in keys {
            if handled.contains(&key.as_str()) || is_doc_key(key) {
                continue;
            }
            let (before, after) = (old_object.get(key), new_object.get(key));
            if before == after {
                continue;
            }
            let (which, pointer) = if after.is_some() { (Which::New, new_pointer) } else { (Which::Old, old_pointer) };
            let reason = format!("{} changed, and no rule judges it", quoted(key));
            self.report(Rule::UnclassifiedChange, which, &format!("{pointer}/{}", escape(key)), reason, None);
        }
    }

    fn info(&mut self) {
        let version = |doc: Doc<'_>| doc.get("/info/version").map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string()));
        let (old, new) = (version(self.old), version(self.new));
        if old != new {
            let reason = format!("version {} is now {}", quoted(old.as_deref().unwrap_or("")), quoted(new.as_deref().unwrap_or("")));
            self.report(Rule::InfoVersionChanged, Which::New, "/info/version", reason, None);
        }
    }

    fn servers(&mut self) {
        let (old, new) = (&self.old.side.api.servers, &self.new.side.api.servers);
        for (index, server) in old.iter().enumerate() {
            if !new.iter().any(|s| s.url == server.url) {
                self.report(Rule::ServerRemoved, Which::Old, &format!("/servers/{index}"), format!("server {} removed", quoted(&server.url)), None);
            }
        }
        for (index, server) in new.iter().enumerate() {
            if !old.iter().any(|s| s.url == server.url) {
                self.report(Rule::ServerAdded, Which::New, &format!("/servers/{index}"), format!("server {} added", quoted(&server.url)), None);
            }
        }
    }

    fn security_schemes(&mut self) {
        let schemes = |doc: Doc<'a>| doc.get("/components/securitySchemes").and_then(Value::as_object);
        let (old, new) = (schemes(self.old), schemes(self.new));
        let api_item = |doc: Doc<'_>| Some(format!("{}::API", doc.module()));
        for (name, old_scheme) in old.into_iter().flatten() {
            let old_pointer = format!("/components/securitySchemes/{}", escape(name));
            let (old_scheme, old_pointer) = self.old.resolve(old_scheme, &old_pointer);
            let Some(new_scheme) = new.and_then(|n| n.get(name)) else {
                self.report(Rule::SecuritySchemeChanged, Which::Old, &old_pointer, format!("security scheme {} removed", quoted(name)), api_item(self.old));
                continue;
            };
            let new_pointer = format!("/components/securitySchemes/{}", escape(name));
            let (new_scheme, new_pointer) = self.new.resolve(new_scheme, &new_pointer);
            for key in ["type", "scheme", "in", "name", "openIdConnectUrl", "x-revocation-url", "x-authorization-parameters"] {
                let normalize = |v: Option<&Value>| v.map(|v| if key == "scheme" { Value::String(v.as_str().unwrap_or("").to_ascii_lowercase()) } else { v.clone() });
                let (before, after) = (normalize(old_scheme.get(key)), normalize(new_scheme.get(key)));
                if before != after {
                    let text = |v: &Option<Value>| v.as_ref().map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).unwrap_or_else(|| "none".into());
                    let reason = format!("security scheme {}: {} is now {} (was {})", quoted(name), quoted(key), quoted(&text(&after)), quoted(&text(&before)));
                    self.report(Rule::SecuritySchemeChanged, Which::New, &format!("{new_pointer}/{}", escape(key)), reason, api_item(self.new));
                }
            }
            let old_flows = old_scheme.get("flows").and_then(Value::as_object);
            let new_flows = new_scheme.get("flows").and_then(Value::as_object);
            for (flow, old_flow) in old_flows.into_iter().flatten() {
                let Some(new_flow) = new_flows.and_then(|f| f.get(flow)) else {
                    let reason = format!("security scheme {}: the {} flow was removed", quoted(name), quoted(flow));
                    self.report(Rule::SecuritySchemeChanged, Which::Old, &format!("{old_pointer}/flows/{}", escape(flow)), reason, api_item(self.old));
                    continue;
                };
                let flow_pointer = format!("{new_pointer}/flows/{}", escape(flow));
                for url in ["authorizationUrl", "tokenUrl", "refreshUrl"] {
                    if old_flow.get(url) != new_flow.get(url) {
                        let text = |v: Option<&Value>| v.and_then(Value::as_str).unwrap_or("none").to_string();
                        let reason = format!(
                            "security scheme {}, {} flow: {} is now {} (was {})",
                            quoted(name),
                            quoted(flow),
                            quoted(url),
                            quoted(&text(new_flow.get(url))),
                            quoted(&text(old_flow.get(url)))
                        );
                        self.report(Rule::SecuritySchemeChanged, Which::New, &format!("{flow_pointer}/{url}"), reason, api_item(self.new));
                    }
                }
                let scopes = |flow: &'a Value| -> BTreeSet<&'a str> { flow.get("scopes").and_then(Value::as_object).map(|s| s.keys().map(String::as_str).collect()).unwrap_or_default() };
                let (old_scopes, new_scopes) = (scopes(old_flow), scopes(new_flow));
                if old_scopes != new_scopes {
                    let added: Vec<&str> = new_scopes.difference(&old_scopes).copied().collect();
                    let removed: Vec<&str> = old_scopes.difference(&new_scopes).copied().collect();
                    let reason = format!(
                        "security scheme {}, {} flow: scopes added [{}], removed [{}]",
                        quoted(name),
                        quoted(flow),
                        clean_text(&added.join(" "), 200),
                        clean_text(&removed.join(" "), 200)
                    );
                    self.report(Rule::SecuritySchemeScopesChanged, Which::New, &format!("{flow_pointer}/scopes"), reason, api_item(self.new));
                }
            }
            for flow in new_flows.into_iter().flat_map(|f| f.keys()) {
                if !old_flows.is_some_and(|f| f.contains_key(flow)) {
                    let reason = format!("security scheme {}: a {} flow was added", quoted(name), quoted(flow));
                    self.report(Rule::SecuritySchemeAdded, Which::New, &format!("{new_pointer}/flows/{}", escape(flow)), reason, api_item(self.new));
                }
            }
        }
        for name in new.into_iter().flat_map(|n| n.keys()) {
            if !old.is_some_and(|o| o.contains_key(name)) {
                let pointer = format!("/components/securitySchemes/{}", escape(name));
                self.report(Rule::SecuritySchemeAdded, Which::New, &pointer, format!("security scheme {} added", quoted(name)), api_item(self.new));
            }
        }
    }

    fn operation(&mut self, old: &OpRef<'a>, new: &OpRef<'a>) {
        self.operation = Some(new.display());
        let method = self.new.method_item(&new.pointer);
        let id = |op: &OpRef<'_>| op.node.get("operationId").and_then(Value::as_str).map(str::to_string);
        if id(old) != id(new) {
            let reason = format!("operationId {} is now {}", quoted(&id(old).unwrap_or_default()), quoted(&id(new).unwrap_or_default()));
            self.report(Rule::OperationIdChanged, Which::New, &format!("{}/operationId", new.pointer), reason, method.clone());
        }
        let deprecated = |op: &OpRef<'_>| op.node.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
        if !deprecated(old) && deprecated(new) {
            self.report(Rule::OperationDeprecated, Which::New, &format!("{}/deprecated", new.pointer), format!("{} is deprecated", quoted(&new.display())), method.clone());
        }
        self.parameters(old, new);
        self.request_body(old, new);
        self.responses(old, new);
        self.security(old, new);
        let handled = ["operationId", "deprecated", "parameters", "requestBody", "responses", "security"];
        self.unclassified(old.node, new.node, &old.pointer, &new.pointer, &handled);
        let item_handled = ["get", "put", "post", "delete", "options", "head", "patch", "trace", "parameters", "$ref"];
        if old.item_pointer == new.item_pointer || normalized_path(&old.path) == normalized_path(&new.path) {
            self.unclassified(old.item, new.item, &old.item_pointer, &new.item_pointer, &item_handled);
        }
    }

    /// The Rust item a parameter reaches: the method (required) or the builder's setter.
    fn param_item(&self, doc: Doc<'_>, op: &OpRef<'_>, param: &ParamRef<'_>) -> Option<String> {
        let operation = doc.operation_at(&op.pointer)?;
        let location = match param.location.as_str() {
            "path" => ParamLocation::Path,
            "query" => ParamLocation::Query,
            "header" => ParamLocation::Header,
            _ => ParamLocation::Cookie,
        };
        let ir = operation.params.iter().find(|p| p.location == location && p.wire.eq_ignore_ascii_case(&param.name));
        match ir {
            Some(p) if p.required => Some(format!("{}::Client::{}", doc.module(), operation.method_name)),
            Some(p) => Some(format!("{}::operations::{}::{}", doc.module(), operation.builder_name, p.name)),
            None => Some(format!("{}::Client::{}", doc.module(), operation.method_name)),
        }
    }

    fn parameters(&mut self, old_op: &OpRef<'a>, new_op: &OpRef<'a>) {
        let old_params = parameters(self.old, old_op);
        let new_params = parameters(self.new, new_op);
        for (key, old) in &old_params {
            let Some(new) = new_params.get(key) else {
                let item = self.param_item(self.old, old_op, old);
                self.report(Rule::RequestParameterRemoved, Which::Old, &old.pointer, format!("{} removed", old.describe()), item);
                continue;
            };
            let item = self.param_item(self.new, new_op, new);
            if !old.required() && new.required() {
                self.report(Rule::RequestParameterBecameRequired, Which::New, &new.pointer, format!("{} is now required", new.describe()), item.clone());
            } else if old.required() && !new.required() {
                self.report(Rule::RequestParameterBecameOptional, Which::New, &new.pointer, format!("{} is now optional", new.describe()), item.clone());
            }
            let deprecated = |p: &ParamRef<'_>| p.node.get("deprecated").and_then(Value::as_bool).unwrap_or(false);
            if !deprecated(old) && deprecated(new) {
                self.report(Rule::RequestParameterDeprecated, Which::New, &new.pointer, format!("{} is deprecated", new.describe()), item.clone());
            }
            let (old_style, new_style) = (old.style(), new.style());
            if old_style != new_style {
                let text = |(style, explode, content): &(String, bool, bool)| {
                    if *content {
                        "content (JSON text)".to_string()
                    } else {
                        format!("style {}, explode {explode}", clean_text(style, 40))
                    }
                };
                let reason = format!("{} is serialized as {} (was {})", new.describe(), text(&new_style), text(&old_style));
                self.report(Rule::RequestParameterStyleChanged, Which::New, &new.pointer, reason, item.clone());
            }
            if let (Some(old_schema), Some(new_schema)) = (old.schema(), new.schema()) {
                self.schema(old_schema, new_schema, Direction::Request, item.clone(), 0);
            }
            let handled = ["name", "in", "required", "schema", "content", "style", "explode", "deprecated"];
            self.unclassified(old.node, new.node, &old.pointer, &new.pointer, &handled);
        }
        for (key, new) in &new_params {
            if old_params.contains_key(key) {
                continue;
            }
            let item = self.param_item(self.new, new_op, new);
            if new.required() {
                self.report(Rule::RequestParameterAddedRequired, Which::New, &new.pointer, format!("required {} added", new.describe()), item);
            } else {
                self.report(Rule::RequestParameterAdded, Which::New, &new.pointer, format!("optional {} added", new.describe()), item);
            }
        }
    }

    fn body_item(&self, doc: Doc<'_>, op: &OpRef<'_>) -> Option<String> {
        let operation = doc.operation_at(&op.pointer)?;
        match &operation.body {
            Some(body) if !body.required => Some(format!("{}::operations::{}::body", doc.module(), operation.builder_name)),
            _ => Some(format!("{}::Client::{}", doc.module(), operation.method_name)),
        }
    }

    fn request_body(&mut self, old_op: &OpRef<'a>, new_op: &OpRef<'a>) {
        let body = |doc: Doc<'a>, op: &OpRef<'a>| op.node.get("requestBody").map(|b| doc.resolve(b, &format!("{}/requestBody", op.pointer)));
        let required = |body: &Value| body.get("required").and_then(Value::as_bool).unwrap_or(false);
        match (body(self.old, old_op), body(self.new, new_op)) {
            (None, None) => {}
            (None, Some((new, pointer))) => {
                let item = self.body_item(self.new, new_op);
                if required(new) {
                    self.report(Rule::RequestBodyAddedRequired, Which::New, &pointer, "a required request body was added".into(), item);
                } else {
                    self.report(Rule::RequestBodyAdded, Which::New, &pointer, "an optional request body was added".into(), item);
                }
            }
            (Some((_, pointer)), None) => {
                let item = self.body_item(self.old, old_op);
                self.report(Rule::RequestBodyRemoved, Which::Old, &pointer, "the request body was removed".into(), item);
            }
            (Some((old, old_pointer)), Some((new, new_pointer))) => {
                let item = self.body_item(self.new, new_op);
                if !required(old) && required(new) {
                    self.report(Rule::RequestBodyBecameRequired, Which::New, &new_pointer, "the request body is now required".into(), item.clone());
                } else if required(old) && !required(new) {
                    self.report(Rule::RequestBodyBecameOptional, Which::New, &new_pointer, "the request body is now optional".into(), item.clone());
                }
                let (old_content, new_content) = (content_map(old, &old_pointer), content_map(new, &new_pointer));
                for (key, (media, entry, pointer)) in &old_content {
                    match new_content.get(key) {
                        None => self.report(Rule::RequestMediaTypeRemoved, Which::Old, pointer, format!("request content type {} removed", quoted(media)), item.clone()),
                        Some((_, new_entry, new_entry_pointer)) => {
                            if let (Some(old_schema), Some(new_schema)) = (entry.get("schema"), new_entry.get("schema")) {
                                self.schema((old_schema, format!("{pointer}/schema")), (new_schema, format!("{new_entry_pointer}/schema")), Direction::Request, item.clone(), 0);
                            }
                            self.unclassified(entry, new_entry, pointer, new_entry_pointer, &["schema"]);
                        }
                    }
                }
                for (key, (media, _, pointer)) in &new_content {
                    if !old_content.contains_key(key) {
                        self.report(Rule::RequestMediaTypeAdded, Which::New, pointer, format!("request content type {} added", quoted(media)), item.clone());
                    }
                }
                self.unclassified(old, new, &old_pointer, &new_pointer, &["required", "content"]);
            }
        }
    }

    fn responses(&mut self, old_op: &OpRef<'a>, new_op: &OpRef<'a>) {
        let responses = |doc: Doc<'a>, op: &OpRef<'a>| -> BTreeMap<String, (&'a Value, String)> {
            let mut out = BTreeMap::new();
            if let Some(map) = op.node.get("responses").and_then(Value::as_object) {
                for (status, response) in map {
                    let pointer = format!("{}/responses/{}", op.pointer, escape(status));
                    out.insert(status.to_ascii_uppercase(), doc.resolve(response, &pointer));
                }
            }
            out
        };
        let (old_responses, new_responses) = (responses(self.old, old_op), responses(self.new, new_op));
        let method = self.new.method_item(&new_op.pointer);
        for (status, (old, old_pointer)) in &old_responses {
            match new_responses.get(status) {
                None if is_success(status) => {
                    let reason = format!("success status {} is no longer returned", quoted(status));
                    self.report(Rule::ResponseSuccessStatusRemoved, Which::Old, old_pointer, reason, self.old.method_item(&old_op.pointer));
                }
                None => {
                    let reason = format!("status {} is no longer documented", quoted(status));
                    self.report(Rule::ResponseStatusRemoved, Which::Old, old_pointer, reason, self.old.method_item(&old_op.pointer));
                }
                Some((new, new_pointer)) => self.response(status, (old, old_pointer), (new, new_pointer), method.clone()),
            }
        }
        for (status, (_, pointer)) in &new_responses {
            if !old_responses.contains_key(status) {
                self.report(Rule::ResponseStatusAdded, Which::New, pointer, format!("status {} is now documented", quoted(status)), method.clone());
            }
        }
    }

    fn response(&mut self, status: &str, old: (&'a Value, &String), new: (&'a Value, &String), item: Option<String>) {
        let (old, old_pointer) = old;
        let (new, new_pointer) = new;
        let (old_content, new_content) = (content_map(old, old_pointer), content_map(new, new_pointer));
        for (key, (media, entry, pointer)) in &old_content {
            match new_content.get(key) {
                None => {
                    let reason = format!("status {}: content type {} is no longer returned", quoted(status), quoted(media));
                    self.report(Rule::ResponseMediaTypeRemoved, Which::Old, pointer, reason, item.clone());
                }
                Some((_, new_entry, new_entry_pointer)) => {
                    if let (Some(old_schema), Some(new_schema)) = (entry.get("schema"), new_entry.get("schema")) {
                        self.schema((old_schema, format!("{pointer}/schema")), (new_schema, format!("{new_entry_pointer}/schema")), Direction::Response, item.clone(), 0);
                    }
                    self.unclassified(entry, new_entry, pointer, new_entry_pointer, &["schema"]);
                }
            }
        }
        for (key, (media, _, pointer)) in &new_content {
            if !old_content.contains_key(key) {
                let reason = format!("status {}: content type {} added", quoted(status), quoted(media));
                self.report(Rule::ResponseMediaTypeAdded, Which::New, pointer, reason, item.clone());
            }
        }
        let headers = |doc: Doc<'a>, response: &'a Value, pointer: &str| -> BTreeMap<String, (String, &'a Value, String)> {
            let mut out = BTreeMap::new();
            if let Some(map) = response.get("headers").and_then(Value::as_object) {
                for (name, header) in map {
                    let (header, header_pointer) = doc.resolve(header, &format!("{pointer}/headers/{}", escape(name)));
                    out.insert(name.to_ascii_lowercase(), (name.clone(), header, header_pointer));
                }
            }
            out
        };
        let (old_headers, new_headers) = (headers(self.old, old, old_pointer), headers(self.new, new, new_pointer));
        let required = |header: &Value| header.get("required").and_then(Value::as_bool).unwrap_or(false);
        for (key, (name, old_header, old_header_pointer)) in &old_headers {
            match new_headers.get(key) {
                None if required(old_header) => {
                    let reason = format!("status {}: required header {} is no longer sent", quoted(status), quoted(name));
                    self.report(Rule::ResponseHeaderRemoved, Which::Old, old_header_pointer, reason, item.clone());
                }
                None => {
                    let reason = format!("status {}: optional header {} is no longer documented", quoted(status), quoted(name));
                    self.report(Rule::ResponseOptionalHeaderRemoved, Which::Old, old_header_pointer, reason, item.clone());
                }
                Some((_, new_header, new_header_pointer)) => {
                    if required(old_header) && !required(new_header) {
                        let reason = format!("status {}: header {} is now optional", quoted(status), quoted(name));
                        self.report(Rule::ResponseHeaderBecameOptional, Which::New, new_header_pointer, reason, item.clone());
                    }
                    if let (Some(old_schema), Some(new_schema)) = (old_header.get("schema"), new_header.get("schema")) {
                        self.schema((old_schema, format!("{old_header_pointer}/schema")), (new_schema, format!("{new_header_pointer}/schema")), Direction::Response, item.clone(), 0);
                    }
                    self.unclassified(old_header, new_header, old_header_pointer, new_header_pointer, &["required", "schema", "deprecated", "style", "explode"]);
                }
            }
        }
        for (key, (name, _, pointer)) in &new_headers {
            if !old_headers.contains_key(key) {
                let reason = format!("status {}: header {} added", quoted(status), quoted(name));
                self.report(Rule::ResponseHeaderAdded, Which::New, pointer, reason, item.clone());
            }
        }
        self.unclassified(old, new, old_pointer, new_pointer, &["content", "headers"]);
    }

    fn security(&mut self, old_op: &OpRef<'a>, new_op: &OpRef<'a>) {
        let effective = |doc: Doc<'a>, op: &OpRef<'a>| -> (Requirement, String) {
            match requirement(op.node.get("security")) {
                Some(requirement) => (requirement, format!("{}/security", op.pointer)),
                None => (requirement(doc.get("/security")).unwrap_or_default(), "/security".to_string()),
            }
        };
        let (old, _) = effective(self.old, old_op);
        let (new, new_pointer) = effective(self.new, new_op);
        if old == new {
            return;
        }
        let item = self.new.method_item(&new_op.pointer);
        let satisfied = |alternative: &BTreeMap<String, BTreeSet<String>>| {
            new.is_empty() || new.iter().any(|candidate| candidate.iter().all(|(scheme, scopes)| alternative.get(scheme).is_some_and(|held| scopes.is_subset(held))))
        };
        let new_text = if new.is_empty() { "no authentication".to_string() } else { new.iter().map(requirement_text).collect::<Vec<_>>().join(" | ") };
        if old.is_empty() {
            if !satisfied(&BTreeMap::new()) {
                self.report(Rule::SecurityChanged, Which::New, &new_pointer, format!("now requires authentication: {new_text}"), item);
            } else {
                self.report(Rule::SecurityRelaxed, Which::New, &new_pointer, format!("security is now {new_text}"), item);
            }
            return;
        }
        let lost: Vec<String> = old.iter().filter(|alternative| !satisfied(alternative)).map(requirement_text).collect();
        if lost.is_empty() {
            self.report(Rule::SecurityRelaxed, Which::New, &new_pointer, format!("security is now {new_text}"), item);
        } else {
            let reason = format!("credentials {} are no longer enough: security is now {new_text}", lost.join(" | "));
            self.report(Rule::SecurityChanged, Which::New, &new_pointer, reason, item);
        }
    }

    /// Documentation changes anywhere in the two documents: descriptions, summaries, titles,
    /// examples, tags and extensions, compared where both documents have the same keys.
    fn documentation(&mut self, old: &'a Value, new: &'a Value, pointers: (&str, &str), parent: Option<&str>) {
        let (old_pointer, new_pointer) = pointers;
        match (old, new) {
            (Value::Object(old_object), Value::Object(new_object)) => {
                let names = parent.is_some_and(|p| NAME_MAPS.contains(&p));
                let keys: BTreeSet<&String> = old_object.keys().chain(new_object.keys()).collect();
                for key in keys {
                    let (old_child, new_child) = (format!("{old_pointer}/{}", escape(key)), format!("{new_pointer}/{}", escape(key)));
                    let (before, after) = (old_object.get(key), new_object.get(key));
                    if !names && is_doc_key(key) {
                        if before != after {
                            let what = match (before, after) {
                                (None, Some(_)) => "added",
                                (Some(_), None) => "removed",
                                _ => "changed",
                            };
                            let (which, child) = if after.is_some() { (Which::New, &new_child) } else { (Which::Old, &old_child) };
                            self.report(Rule::DocumentationChanged, which, child, format!("{} {what}", quoted(key)), None);
                        }
                        continue;
                    }
                    if !names && matches!(key.as_str(), "enum" | "default" | "const") {
                        continue;
                    }
                    if let (Some(before), Some(after)) = (before, after) {
                        if before != after {
                            self.documentation(before, after, (&old_child, &new_child), Some(key));
                        }
                    }
                }
            }
            (Value::Array(old_items), Value::Array(new_items)) => {
                // Items pair up by what they are (a parameter by location and name, a `$ref` by
                // its target), else by position, so an item inserted in a list does not read as
                // every later item changed. Items of a list are never maps of names.
                let identity = |index: usize, item: &Value| -> String {
                    match (item.get("in").and_then(Value::as_str), item.get("name").and_then(Value::as_str), item.get("$ref").and_then(Value::as_str)) {
                        (Some(location), Some(name), _) => format!("{location} {name}"),
                        (_, _, Some(reference)) => format!("$ref {reference}"),
                        _ => format!("#{index}"),
                    }
                };
                for (new_index, after) in new_items.iter().enumerate() {
                    let key = identity(new_index, after);
                    let Some((old_index, before)) = old_items.iter().enumerate().find(|(i, item)| identity(*i, item) == key) else { continue };
                    if before != after {
                        self.documentation(before, after, (&format!("{old_pointer}/{old_index}"), &format!("{new_pointer}/{new_index}")), None);
                    }
                }
            }
            _ => {}
        }
    }
}
