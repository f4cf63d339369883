//! The pipeline end to end: `specs/crate.toml` -> load -> lower -> emit -> write, for the
//! project's crate; and one spec -> one Rust file, for fixtures and tools.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::time::Instant;

use crate::config::{Conventions, ProductConfig, ProjectConfig};
use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::emit::{emit_api, emit_api_single_file, emit_apis_index, emit_shared_module};
use crate::load::{load_spec, LoadedSpec};
use crate::lower::merge::merge_identical;
use crate::lower::{lower_api, LowerOptions};
use crate::model::{Api, TypeDef, TypeKind};
use crate::write::{format_file, format_files, format_rust, header, FileSet, GeneratedFile};

/// The command that regenerates the project's crate; named in every generated file.
pub const GENERATE_COMMAND: &str = "cargo xtask generate";

/// The project file, relative to the workspace root.
pub const PROJECT_FILE: &str = "specs/crate.toml";

/// What the products share (headers, error bodies, security schemes), relative to `specs/`;
/// its schemas become the crate's shared module.
pub const SHARED_SPEC: &str = "common.yaml";

/// The Rust module of the shared types (`crate::apis::common`, re-exported as `crate::common`).
pub const SHARED_MODULE: &str = "common";

/// One generated product.
#[derive(Clone, Debug)]
pub struct ProductOutput {
    pub name: String,
    pub api: Api,
    /// Generated files of this product (relative to the workspace root).
    pub files: Vec<PathBuf>,
    /// Time spent loading, lowering, emitting and formatting it.
    pub elapsed: std::time::Duration,
}

/// Everything `cargo xtask generate` writes.
#[derive(Clone, Debug)]
pub struct ProjectOutput {
    pub config: ProjectConfig,
    pub files: FileSet,
    pub products: Vec<ProductOutput>,
    /// Warnings of generation that did not stop it (none for a clean project).
    pub warnings: Diagnostics,
}

impl ProjectOutput {
    /// The spec a generated file (relative to the workspace root) comes from.
    pub fn source_of(&self, path: &Path) -> Option<String> {
        let apis_dir = Path::new(&self.config.krate.output).join("src").join("apis");
        for product in &self.products {
            if path.starts_with(apis_dir.join(&product.api.module)) {
                return Some(product.api.spec_file.clone());
            }
        }
        if path == apis_dir.join(format!("{SHARED_MODULE}.rs")) {
            return Some(format!("specs/{SHARED_SPEC}"));
        }
        path.starts_with(&apis_dir).then(|| PROJECT_FILE.to_string())
    }
}

/// Generates the project's crate in memory. `only` limits it to one product. The project's own
/// specs must be clean: warnings are errors here.
pub fn generate_project(root: &Path, only: Option<&str>) -> Result<ProjectOutput, Diagnostics> {
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE)?;
    if let Some(only) = only {
        if !config.products.iter().any(|p| p.name == only) {
            let names: Vec<&str> = config.products.iter().map(|p| p.name.as_str()).collect();
            return Err(Diagnostic::error(PROJECT_FILE, "", format!("no product `{only}` (products: {})", names.join(", "))).into());
        }
    }
    let output = PathBuf::from(&config.krate.output);
    let apis_dir = output.join("src").join("apis");
    let mut diagnostics = Diagnostics::new();
    check_manifest_features(root, &config, &mut diagnostics);
    let mut files = FileSet::default();
    let mut products = Vec::new();
    let shared = lower_shared(root, &config, &mut diagnostics);
    if let Some(shared) = &shared {
        let display = format!("specs/{SHARED_SPEC}");
        match format_file(emit_shared_module(shared), &header(&display, GENERATE_COMMAND)) {
            Ok(contents) => files.files.push(GeneratedFile { path: apis_dir.join(format!("{SHARED_MODULE}.rs")), contents }),
            Err(message) => diagnostics.push(Diagnostic::error(&display, "", message)),
        }
    }
    // The products are independent: each is loaded, lowered, emitted and formatted on a worker
    // of its own (as many as there are cores), and their results are merged in the config's order.
    let selected: Vec<&ProductConfig> = config.products.iter().filter(|p| only.is_none_or(|only| only == p.name)).collect();
    let results = crate::parallel::map(&selected, |product| generate_product(root, &config, product, shared.as_ref(), &apis_dir));
    for (output, product_files, product_diagnostics) in results {
        diagnostics.extend(product_diagnostics);
        files.files.extend(product_files);
        if let Some((output, module_dir)) = output {
            files.owned_dirs.push(module_dir);
            products.push(output);
        }
    }
    let index: Vec<(String, String)> = config.products.iter().map(|p| (p.module(), p.name.clone())).collect();
    match format_rust(emit_apis_index(shared.as_ref().map(|_| SHARED_MODULE), &index), &header(PROJECT_FILE, GENERATE_COMMAND)) {
        Ok(contents) => files.files.push(GeneratedFile { path: apis_dir.join("mod.rs"), contents }),
        Err(message) => diagnostics.push(Diagnostic::error(PROJECT_FILE, "", message)),
    }
    if only.is_none() {
        // The whole apis folder is generated; anything else in it is a leftover.
        files.owned_dirs = vec![apis_dir];
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    files.files.sort_by(|a, b| a.path.cmp(&b.path));
    Ok(ProjectOutput { config, files, products, warnings: diagnostics })
}

/// One product's files: what `generate_project` does for each product, on a worker thread.
fn generate_product(
    root: &Path,
    config: &ProjectConfig,
    product: &ProductConfig,
    shared: Option<&Api>,
    apis_dir: &Path,
) -> (Option<(ProductOutput, PathBuf)>, Vec<GeneratedFile>, Diagnostics) {
    let started = Instant::now();
    let mut diagnostics = Diagnostics::new();
    let mut files = Vec::new();
    let Some((spec, mut api)) = lower_product(root, config, product, &mut diagnostics) else { return (None, files, diagnostics) };
    if let Some(shared) = shared {
        api.shared_types = shared_types(&api, &spec, shared);
    }
    let module_dir = apis_dir.join(product.module());
    let file_header = header(&spec.file, GENERATE_COMMAND);
    let mut product_files = Vec::new();
    {
        let emitted = emit_api(&api);
        let names = ["mod.rs", "types.rs", "operations.rs", "client.rs"];
        let texts = format_files([emitted.module, emitted.types, emitted.operations, emitted.client].into_iter().map(|file| (file, file_header.as_str())).collect());
        for (name, text) in names.into_iter().zip(texts) {
            match text {
                Ok(contents) => {
                    let path = module_dir.join(name);
                    product_files.push(path.clone());
                    files.push(GeneratedFile { path, contents });
                }
                Err(message) => diagnostics.push(Diagnostic::error(&spec.file, "", message)),
            }
        }
    }
    let output = ProductOutput { name: product.name.clone(), api, files: product_files, elapsed: started.elapsed() };
    (Some((output, module_dir)), files, diagnostics)
}

/// Loads and lowers one product of the project (strictly: warnings count as errors).
pub fn lower_product(root: &Path, config: &ProjectConfig, product: &ProductConfig, diagnostics: &mut Diagnostics) -> Option<(LoadedSpec, Api)> {
    let spec_display = format!("specs/{}", product.spec);
    let spec_path = root.join("specs").join(&product.spec);
    let mut product_diagnostics = Diagnostics::new();
    let spec = load_spec(&spec_path, &spec_display, &mut product_diagnostics);
    let api = spec.as_ref().map(|spec| {
        let options = LowerOptions { module: product.module(), feature: product.name.clone(), conventions: &config.conventions };
        let mut api = lower_api(spec, &options, &mut product_diagnostics);
        merge_identical(&mut api, spec);
        api
    });
    product_diagnostics.deny_warnings();
    let failed = product_diagnostics.has_errors();
    diagnostics.extend(product_diagnostics);
    match (spec, api) {
        (Some(spec), Some(api)) if !failed => Some((spec, api)),
        _ => None,
    }
}

/// Loads and lowers the shared spec (`specs/common.yaml`), when the project has one, as a module
/// of types (strictly: warnings count as errors).
fn lower_shared(root: &Path, config: &ProjectConfig, diagnostics: &mut Diagnostics) -> Option<Api> {
    let path = root.join("specs").join(SHARED_SPEC);
    if !path.exists() {
        return None;
    }
    if config.products.iter().any(|product| product.module() == SHARED_MODULE) {
        diagnostics.push(Diagnostic::error(PROJECT_FILE, "", format!("a product's module is named `{SHARED_MODULE}`, the name of the shared module")));
        return None;
    }
    let display = format!("specs/{SHARED_SPEC}");
    let mut shared_diagnostics = Diagnostics::new();
    let api = load_spec(&path, &display, &mut shared_diagnostics).map(|spec| {
        let options = LowerOptions { module: SHARED_MODULE.to_string(), feature: String::new(), conventions: &config.conventions };
        lower_api(&spec, &options, &mut shared_diagnostics)
    });
    shared_diagnostics.deny_warnings();
    let failed = shared_diagnostics.has_errors();
    diagnostics.extend(shared_diagnostics);
    api.filter(|_| !failed)
}

/// The types of a product that are the shared module's own: written in the shared spec, lowered
/// to the same definition under the same name (whether callers build it aside), and referring
/// only to types that are shared too. The product re-exports them instead of defining copies.
fn shared_types(api: &Api, spec: &LoadedSpec, shared: &Api) -> BTreeSet<String> {
    let shared_file = &shared.spec_file;
    let mut names: BTreeSet<String> = api
        .types
        .iter()
        .filter(|def| {
            let (file, pointer) = spec.locate(&def.pointer);
            if &file != shared_file {
                return false;
            }
            shared.types.iter().any(|common| common.name == def.name && common.pointer == pointer && same_definition(def, common))
        })
        .map(|def| def.name.clone())
        .collect();
    // A shared type's fields name the shared module's types: each of those must be shared too.
    loop {
        let before = names.len();
        let keep: BTreeSet<String> = names
            .iter()
            .filter(|name| {
                let Some(def) = api.types.iter().find(|def| &def.name == *name) else { return false };
                def.named_types().iter().all(|used| names.contains(used))
            })
            .cloned()
            .collect();
        names = keep;
        if names.len() == before {
            return names;
        }
    }
}

/// Two definitions of one schema are the same type, up to whether callers build values of it
/// and which ways it travels: the shared module has no operations, so its types are decoded
/// only (no `new()`) and implement both serde traits.
fn same_definition(product: &TypeDef, common: &TypeDef) -> bool {
    let mut product = product.clone();
    product.directions = common.directions;
    if let (TypeKind::Struct(p), TypeKind::Struct(c)) = (&mut product.kind, &common.kind) {
        p.built_by_callers = c.built_by_callers;
    }
    let mut common = common.clone();
    common.pointer = product.pointer.clone();
    product == common
}


/// Loads and lowers every product of the project, without emitting.
pub fn lower_project(root: &Path) -> Result<Vec<(ProductConfig, LoadedSpec, Api)>, Diagnostics> {
    let config = ProjectConfig::load(&root.join(PROJECT_FILE), PROJECT_FILE)?;
    let mut diagnostics = Diagnostics::new();
    let mut out = Vec::new();
    for product in &config.products {
        if let Some((spec, api)) = lower_product(root, &config, product, &mut diagnostics) {
            out.push((product.clone(), spec, api));
        }
    }
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    Ok(out)
}

/// The crate's hand-written manifest must offer one feature per product, all on by default.
fn check_manifest_features(root: &Path, config: &ProjectConfig, diagnostics: &mut Diagnostics) {
    let manifest_display = format!("{}/Cargo.toml", config.krate.output);
    let text = match std::fs::read_to_string(root.join(&config.krate.output).join("Cargo.toml")) {
        Ok(text) => text,
        Err(error) => {
            diagnostics.push(Diagnostic::error(manifest_display, "", format!("cannot read the crate manifest: {error}")));
            return;
        }
    };
    let manifest: toml::Table = match text.parse() {
        Ok(manifest) => manifest,
        Err(error) => {
            diagnostics.push(Diagnostic::error(manifest_display, "", format!("invalid TOML: {error}")));
            return;
        }
    };
    let features = manifest.get("features").and_then(|f| f.as_table());
    let default: Vec<&str> = features
        .and_then(|f| f.get("default"))
        .and_then(|d| d.as_array())
        .map(|d| d.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default();
    for product in &config.products {
        if features.and_then(|f| f.get(&product.name)).is_none() {
            diagnostics.push(Diagnostic::error(&manifest_display, "/features", format!("no cargo feature `{}` for product `{}`", product.name, product.name)));
        } else if !default.contains(&product.name.as_str()) {
            diagnostics.push(Diagnostic::error(&manifest_display, "/features/default", format!("the default features do not enable `{}`", product.name)));
        }
    }
}

/// One spec -> one Rust file holding the whole product module (submodules inline), with the
/// loaded spec, its IR and the warnings. Used for fixture snapshots and compile checks; `command`
/// is named in the header line.
pub fn generate_module_file(
    spec_path: &Path,
    display: &str,
    module: &str,
    conventions: &Conventions,
    command: &str,
) -> Result<(String, LoadedSpec, Api, Diagnostics), Diagnostics> {
    let mut diagnostics = Diagnostics::new();
    let Some(spec) = load_spec(spec_path, display, &mut diagnostics) else { return Err(diagnostics) };
    let options = LowerOptions { module: module.to_string(), feature: String::new(), conventions };
    let mut api = lower_api(&spec, &options, &mut diagnostics);
    merge_identical(&mut api, &spec);
    if diagnostics.has_errors() {
        return Err(diagnostics);
    }
    let text = format_rust(emit_api_single_file(&api), &header(display, command)).map_err(|message| Diagnostics::from(Diagnostic::error(display, "", message)))?;
    Ok((text, spec, api, diagnostics))
}
