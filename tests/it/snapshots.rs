//! Snapshots (reviewed with `cargo insta review`, never written by CI):
//! - the full generated code of every fixture spec, with its warnings;
//! - the diagnostics of every broken fixture in `fixtures/errors/`;
//! - the public API surface of every product of the crate.

use std::path::Path;

use generator::config::Conventions;
use generator::emit::surface::api_surface;

fn settings() -> insta::Settings {
    let mut settings = insta::Settings::clone_current();
    settings.set_snapshot_path("../snapshots");
    settings.set_prepend_module_to_snapshot(false);
    settings
}

fn display(path: &Path) -> String {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    path.strip_prefix(root).unwrap_or(path).to_string_lossy().replace('\\', "/")
}

#[test]
fn fixture_code() {
    settings().bind(|| {
        insta::glob!("..", "fixtures/*.{yaml,json}", |path| {
            let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("fixture").replace('-', "_");
            let (code, _, _, warnings) = generator::generate_module_file(path, &display(path), &stem, &Conventions::default(), "cargo test -p integration-tests")
                .unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
            let warnings = if warnings.is_empty() { "(none)".to_string() } else { warnings.to_string() };
            insta::assert_snapshot!(format!("warnings:\n{warnings}\n\n{code}"));
        });
    });
}

#[test]
fn fixture_diagnostics() {
    settings().bind(|| {
        insta::glob!("..", "fixtures/errors/*.{yaml,json}", |path| {
            let result = generator::generate_module_file(path, &display(path), "broken", &Conventions::default(), "test");
            let diagnostics = match result {
                Ok(_) => panic!("{} should not generate", path.display()),
                Err(diagnostics) => diagnostics,
            };
            assert!(diagnostics.has_errors());
            insta::assert_snapshot!(diagnostics.to_string());
        });
    });
}

#[test]
fn product_api_surfaces() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    let products = generator::project::lower_project(root).unwrap_or_else(|diagnostics| panic!("{diagnostics}"));
    assert_eq!(products.len(), 7, "one surface per product");
    settings().bind(|| {
        for (product, _, api) in &products {
            insta::assert_snapshot!(format!("surface_{}", product.module()), api_surface(api));
        }
    });
}
