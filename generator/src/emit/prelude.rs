//! How generated code names the std items it uses: `Option`, `String`, `Result`... short, as
//! std's prelude puts them in scope, unless an item of the API has the same name and would
//! shadow them (a schema called `Result`); then absolute paths (`::std::result::Result`), which
//! no spec name can shadow. Lowering decides which ([`Api::short_std_names`], checked against
//! [`STD_PRELUDE_NAMES`](crate::model::STD_PRELUDE_NAMES)).
//!
//! The names are constants that quote (`#OPTION<#ty>`) asks for their tokens when it builds an
//! item, so the choice is held by the thread that emits: [`for_api`] sets it for the emitting
//! thread, and [`RustFile::items`](super::RustFile::items) takes it with the items it makes on
//! other threads. Outside of both (tools that write a type from outside the crate), paths are
//! absolute.

use std::cell::Cell;

use proc_macro2::{Ident, Punct, Spacing, Span, TokenStream};
use quote::{ToTokens, TokenStreamExt};

use crate::model::Api;

thread_local! {
    static SHORT: Cell<bool> = const { Cell::new(false) };
}

/// A std item as generated code writes it.
pub(crate) struct StdName {
    /// The absolute path's segments after `::`, the last one the name itself.
    path: &'static [&'static str],
}

impl StdName {
    /// The name as text, for paths serde attributes take as strings (`"Option::is_none"`).
    pub(crate) fn text(&self) -> String {
        if current() {
            self.path[self.path.len() - 1].to_string()
        } else {
            self.path.iter().map(|segment| format!("::{segment}")).collect()
        }
    }
}

impl ToTokens for StdName {
    fn to_tokens(&self, tokens: &mut TokenStream) {
        let short = current();
        let segments = if short { &self.path[self.path.len() - 1..] } else { self.path };
        for segment in segments {
            if !short {
                tokens.append(Punct::new(':', Spacing::Joint));
                tokens.append(Punct::new(':', Spacing::Alone));
            }
            tokens.append(Ident::new(segment, Span::call_site()));
        }
    }
}

pub(crate) const OPTION: StdName = StdName { path: &["std", "option", "Option"] };
pub(crate) const SOME: StdName = StdName { path: &["std", "option", "Option", "Some"] };
pub(crate) const NONE: StdName = StdName { path: &["std", "option", "Option", "None"] };
pub(crate) const RESULT: StdName = StdName { path: &["std", "result", "Result"] };
pub(crate) const OK: StdName = StdName { path: &["std", "result", "Result", "Ok"] };
pub(crate) const ERR: StdName = StdName { path: &["std", "result", "Result", "Err"] };
pub(crate) const STRING: StdName = StdName { path: &["std", "string", "String"] };
pub(crate) const VEC: StdName = StdName { path: &["std", "vec", "Vec"] };
pub(crate) const BOX: StdName = StdName { path: &["std", "boxed", "Box"] };
pub(crate) const INTO: StdName = StdName { path: &["std", "convert", "Into"] };
pub(crate) const FROM: StdName = StdName { path: &["std", "convert", "From"] };
pub(crate) const DEFAULT: StdName = StdName { path: &["std", "default", "Default"] };
pub(crate) const CLONE: StdName = StdName { path: &["std", "clone", "Clone"] };

/// Every name above; lowering checks the API's items against their names.
#[cfg(test)]
const ALL: [&StdName; 13] = [&OPTION, &SOME, &NONE, &RESULT, &OK, &ERR, &STRING, &VEC, &BOX, &INTO, &FROM, &DEFAULT, &CLONE];

/// The choice of the emitting thread (also for items made later on other threads).
pub(crate) fn current() -> bool {
    SHORT.with(Cell::get)
}

/// Runs `emit` with the names `api` allows; the previous choice comes back afterwards, also
/// when `emit` panics.
pub(crate) fn for_api<R>(api: &Api, emit: impl FnOnce() -> R) -> R {
    with(api.short_std_names, emit)
}

pub(crate) fn with<R>(short: bool, emit: impl FnOnce() -> R) -> R {
    struct Restore(bool);
    impl Drop for Restore {
        fn drop(&mut self) {
            SHORT.with(|cell| cell.set(self.0));
        }
    }
    let _restore = Restore(SHORT.with(|cell| cell.replace(short)));
    emit()
}

#[cfg(test)]
mod tests {
    use quote::quote;

    use super::*;

    #[test]
    fn names_are_short_only_where_the_api_allows() {
        let tokens = || quote! { #OPTION<#STRING> }.to_string();
        assert_eq!(tokens(), ":: std :: option :: Option < :: std :: string :: String >");
        assert_eq!(with(true, tokens), "Option < String >");
        assert_eq!(with(true, || SOME.text()), "Some");
        assert_eq!(OK.text(), "::std::result::Result::Ok");
        // Restored after the scope, and after a panic inside it.
        assert_eq!(tokens(), ":: std :: option :: Option < :: std :: string :: String >");
        let _ = std::panic::catch_unwind(|| with(true, || panic!("emit failed")));
        assert!(!current());
    }

    /// The generated files of a standalone crate for `spec` (YAML text), and its API.
    fn generate(name: &str, spec: &str) -> (String, Api) {
        use crate::standalone::{generate_standalone, StandaloneOptions};
        let path = std::env::temp_dir().join(format!("prelude-{name}-{}.yaml", std::process::id()));
        std::fs::write(&path, spec).expect("writing the spec");
        let options = StandaloneOptions { crate_name: name.into(), own_workspace: true, command: "test".into(), tag_features: false };
        let output = generate_standalone(&path, "spec.yaml", &options).expect("the spec generates");
        let _ = std::fs::remove_file(&path);
        let code = output.files.files.iter().filter(|f| !f.path.starts_with("src/runtime")).map(|f| f.contents.as_str()).collect();
        (code, output.api)
    }

    const SPEC: &str = "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths:\n  /things/{id}:\n    get:\n      operationId: OPERATION\n      parameters:\n        - {name: id, in: path, required: true, schema: {type: string}}\n        - {name: tag, in: query, schema: {type: string}}\n      responses:\n        '200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/SCHEMA'}}}}\ncomponents:\n  schemas:\n    SCHEMA: {type: object, properties: {names: {type: array, items: {type: string}}}}\n";

    #[test]
    fn a_spec_name_that_would_shadow_a_prelude_name_gets_absolute_paths() {
        let (code, api) = generate("plain", &SPEC.replace("OPERATION", "getThing").replace("SCHEMA", "Thing"));
        assert!(api.short_std_names);
        assert!(code.contains("Option<Vec<String>>") && !code.contains("::std::option::Option"), "{code}");
        for (operation, schema) in [("getThing", "Result"), ("getThing", "String"), ("ok", "Thing"), ("default", "Thing")] {
            let (code, api) = generate("shadowed", &SPEC.replace("OPERATION", operation).replace("SCHEMA", schema));
            assert!(!api.short_std_names, "{operation} / {schema}");
            assert!(code.contains("::std::option::Option<::std::vec::Vec<::std::string::String>>"), "{code}");
            assert!(!code.contains(" Option<") && !code.contains(" Some("), "{code}");
        }
    }

    #[test]
    fn lowering_checks_every_name_written_short() {
        let names: Vec<&str> = ALL.iter().map(|name| name.path[name.path.len() - 1]).collect();
        assert_eq!(names, crate::model::STD_PRELUDE_NAMES);
    }
}
