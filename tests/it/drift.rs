//! `cargo test` fails when generated/ is out of date with specs/ (the check `cargo xtask check` runs).

#[test]
fn generated_code_is_up_to_date_with_the_specs() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root");
    let output = generator::generate_project(root, None).unwrap_or_else(|diagnostics| panic!("the specs do not generate:\n{diagnostics}"));
    let drift = output.files.check(root).expect("reading generated/");
    let report: Vec<String> = drift
        .iter()
        .map(|item| format!("{item:?} (from {})", output.source_of(item.path()).unwrap_or_else(|| "nothing: no longer generated".into())))
        .collect();
    assert!(drift.is_empty(), "generated/ is out of date with specs/:\n  {}\nrun `cargo xtask generate` and commit the result", report.join("\n  "));
}
