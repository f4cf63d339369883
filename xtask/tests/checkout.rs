//! The built xtask binary acts on the checkout it is run in, not on the one it was built from
//! (with a shared `CARGO_TARGET_DIR`, one binary serves several checkouts).

use std::path::{Path, PathBuf};
use std::process::Command;

/// The project's root, where this binary was built.
fn built_from() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf()
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

/// The xtask binary run directly, as another checkout sharing the target folder would run it.
fn xtask(current_dir: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_xtask")).args(args).current_dir(current_dir).env_remove("CARGO_MANIFEST_DIR").output().expect("running xtask")
}

#[test]
fn xtask_acts_on_the_checkout_it_runs_in() {
    let other = std::env::temp_dir().join(format!("xtask-other-checkout-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&other);
    copy_dir(&built_from().join("specs"), &other.join("specs"));
    std::fs::create_dir_all(other.join("generated")).unwrap();
    std::fs::copy(built_from().join("generated/Cargo.toml"), other.join("generated/Cargo.toml")).unwrap();
    std::fs::write(other.join("Cargo.toml"), "[workspace]\n").unwrap();
    // A change only this checkout has.
    let utilities = other.join("specs/utilities.yaml");
    let text = std::fs::read_to_string(&utilities).unwrap();
    let marker = "Utilities of the other checkout";
    assert!(text.contains("\n  title: Citi Poland - Utilities\n"), "the spec's title line");
    std::fs::write(&utilities, text.replacen("\n  title: Citi Poland - Utilities\n", &format!("\n  title: {marker}\n"), 1)).unwrap();
    let real_module = built_from().join("generated/src/apis/utilities/mod.rs");
    let real_before = std::fs::read(&real_module).unwrap();

    // Run from a folder inside the other checkout.
    let output = xtask(&other.join("specs"), &["generate"]);
    assert!(output.status.success(), "{}\n{}", String::from_utf8_lossy(&output.stdout), String::from_utf8_lossy(&output.stderr));
    let generated = std::fs::read_to_string(other.join("generated/src/apis/utilities/mod.rs")).unwrap();
    assert!(generated.contains(marker), "the other checkout's spec was generated into the other checkout");
    assert_eq!(std::fs::read(&real_module).unwrap(), real_before, "the checkout the binary was built from is untouched");
    let output = xtask(&other, &["check"]);
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    assert!(String::from_utf8_lossy(&output.stdout).contains("generated/ is up to date with specs/"));

    // Outside any checkout: a clear error, nothing done.
    let nowhere = std::env::temp_dir().join(format!("xtask-no-checkout-{}", std::process::id()));
    std::fs::create_dir_all(&nowhere).unwrap();
    let output = xtask(&nowhere, &["check"]);
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is not inside a checkout of this project"), "{}", String::from_utf8_lossy(&output.stderr));
    std::fs::remove_dir_all(&nowhere).unwrap();
    std::fs::remove_dir_all(&other).unwrap();
}
