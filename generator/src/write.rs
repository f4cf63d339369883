//! Stage 4, write: token streams -> file text (prettyplease, a header naming the spec and the
//! command), and file sets -> disk. This module is the only producer of generated file text and
//! the only path to disk.
//!
//! Writing is all or nothing: a new tree is staged next to the output, checked, and swapped in
//! with renames, so a failed run leaves the output as it was. Unchanged files are not touched.

use std::collections::BTreeSet;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::emit::RustFile;

/// One generated file, relative to the output root.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GeneratedFile {
    pub path: PathBuf,
    pub contents: String,
}

/// The first line of every generated Rust file.
pub fn header(source: &str, command: &str) -> String {
    format!("// @generated from {source} by `{command}`. Do not edit by hand.\n")
}

/// Pretty-prints tokens as a Rust file under `header`. Fails only on a generator bug (tokens
/// that are not a valid file), reported as text.
pub fn format_rust(tokens: TokenStream, header: &str) -> Result<String, String> {
    let file: syn::File = syn::parse2(tokens.clone()).map_err(|error| {
        let text = tokens.to_string();
        let excerpt: String = text.chars().take(400).collect();
        format!("internal error: generated tokens are not valid Rust ({error}); start of output: {excerpt}")
    })?;
    Ok(format!("{header}\n{}", prettyplease::unparse(&file)))
}

/// Formats a file under `header`. A file of many items is made, parsed and pretty-printed in
/// contiguous chunks on every core; the chunks' text joined is the text of the whole file.
pub fn format_file(file: RustFile<'_>, header: &str) -> Result<String, String> {
    let (inner, len, item) = match file {
        RustFile::Single(tokens) => return format_rust(tokens, header),
        RustFile::Items { inner, len, item } => (inner, len, item),
    };
    let threads = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 8);
    let chunk_size = len.div_ceil(threads).max(1);
    let ranges: Vec<std::ops::Range<usize>> = (0..len).step_by(chunk_size).map(|start| start..(start + chunk_size).min(len)).collect();
    let item = &item;
    let texts: Vec<Result<String, String>> = std::thread::scope(|scope| {
        let handles: Vec<_> = ranges
            .into_iter()
            .map(|range| {
                scope.spawn(move || {
                    let items = range.map(item);
                    format_rust(quote::quote! { #(#items)* }, "")
                })
            })
            .collect();
        handles.into_iter().map(|handle| handle.join().unwrap_or_else(|_| Err("internal error: formatting panicked".to_string()))).collect()
    });
    let mut out = format_rust(inner, header)?;
    for text in texts {
        // Each chunk was formatted without a header: `format_rust` put only a newline first.
        out.push_str(text?.strip_prefix('\n').unwrap_or_default());
    }
    Ok(out)
}

/// How a file on disk compares with the generated one.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Drift {
    /// On disk, but with other contents.
    Stale(PathBuf),
    /// Generated, not on disk.
    Missing(PathBuf),
    /// On disk in a generated folder, but no longer generated.
    Extra(PathBuf),
}

impl Drift {
    pub fn path(&self) -> &Path {
        match self {
            Drift::Stale(path) | Drift::Missing(path) | Drift::Extra(path) => path,
        }
    }
}

/// A set of generated files and the folders that hold nothing else (their other files are
/// stale leftovers), all relative to `root`.
#[derive(Clone, Debug, Default)]
pub struct FileSet {
    pub files: Vec<GeneratedFile>,
    pub owned_dirs: Vec<PathBuf>,
}

impl FileSet {
    /// Compares the set with the disk under `root`; writes nothing.
    pub fn check(&self, root: &Path) -> io::Result<Vec<Drift>> {
        let mut drift = Vec::new();
        let generated: BTreeSet<&Path> = self.files.iter().map(|f| f.path.as_path()).collect();
        for file in &self.files {
            match fs::read(root.join(&file.path)) {
                Ok(bytes) if bytes == file.contents.as_bytes() => {}
                Ok(_) => drift.push(Drift::Stale(file.path.clone())),
                Err(error) if error.kind() == io::ErrorKind::NotFound => drift.push(Drift::Missing(file.path.clone())),
                Err(error) => return Err(error),
            }
        }
        for dir in &self.owned_dirs {
            for existing in list_files(&root.join(dir))? {
                let relative = dir.join(existing);
                if !generated.contains(relative.as_path()) {
                    drift.push(Drift::Extra(relative));
                }
            }
        }
        drift.sort();
        Ok(drift)
    }

    /// Makes the disk under `root` match the set: writes changed and missing files, removes
    /// extra ones. Owned folders are replaced as a whole (staged, then swapped by renames);
    /// other files are written to a temporary name and renamed. Returns what changed.
    pub fn write(&self, root: &Path) -> io::Result<Vec<Drift>> {
        let drift = self.check(root)?;
        if drift.is_empty() {
            return Ok(drift);
        }
        let owned: Vec<&PathBuf> = self.owned_dirs.iter().collect();
        let in_owned = |path: &Path| owned.iter().any(|dir| path.starts_with(dir));
        // Stage every owned folder completely, so a failure before the swap changes nothing.
        let mut staged = Vec::new();
        for dir in &owned {
            let target = root.join(dir);
            let staging = sibling(&target, "staging");
            remove_dir_if_exists(&staging)?;
            for file in self.files.iter().filter(|f| f.path.starts_with(dir)) {
                let path = staging.join(file.path.strip_prefix(dir).unwrap_or(&file.path));
                if let Some(parent) = path.parent() {
                    fs::create_dir_all(parent)?;
                }
                fs::write(&path, &file.contents)?;
            }
            fs::create_dir_all(&staging)?;
            staged.push((target, staging));
        }
        let mut loose = Vec::new();
        for file in self.files.iter().filter(|f| !in_owned(&f.path)) {
            let target = root.join(&file.path);
            if fs::read(&target).ok().as_deref() == Some(file.contents.as_bytes()) {
                continue;
            }
            let temporary = sibling(&target, "tmp");
            if let Some(parent) = temporary.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::write(&temporary, &file.contents)?;
            loose.push((temporary, target));
        }
        // Swap: each rename is atomic; the old folder is kept until every swap is done.
        let mut retired = Vec::new();
        for (target, staging) in staged {
            let changed = drift.iter().any(|d| root.join(d.path()).starts_with(&target));
            if !changed {
                remove_dir_if_exists(&staging)?;
                continue;
            }
            if target.exists() {
                let old = sibling(&target, "old");
                remove_dir_if_exists(&old)?;
                fs::rename(&target, &old)?;
                retired.push(old);
            }
            if let Some(parent) = target.parent() {
                fs::create_dir_all(parent)?;
            }
            fs::rename(&staging, &target)?;
        }
        for (temporary, target) in loose {
            fs::rename(&temporary, &target)?;
        }
        for old in retired {
            remove_dir_if_exists(&old)?;
        }
        Ok(drift)
    }
}

/// `dir/.name.<suffix>` next to `path`.
fn sibling(path: &Path, suffix: &str) -> PathBuf {
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    path.with_file_name(format!(".{name}.{suffix}"))
}

fn remove_dir_if_exists(path: &Path) -> io::Result<()> {
    match fs::remove_dir_all(path) {
        Err(error) if error.kind() != io::ErrorKind::NotFound => Err(error),
        _ => Ok(()),
    }
}

/// Every file below `dir`, relative to it, sorted; empty when `dir` does not exist.
fn list_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut out = Vec::new();
    let mut stack = vec![PathBuf::new()];
    while let Some(relative) = stack.pop() {
        let entries = match fs::read_dir(dir.join(&relative)) {
            Ok(entries) => entries,
            Err(error) if error.kind() == io::ErrorKind::NotFound => continue,
            Err(error) => return Err(error),
        };
        for entry in entries {
            let entry = entry?;
            let path = relative.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                stack.push(path);
            } else {
                out.push(path);
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(files: &[(&str, &str)]) -> FileSet {
        FileSet {
            files: files.iter().map(|(p, c)| GeneratedFile { path: PathBuf::from(p), contents: c.to_string() }).collect(),
            owned_dirs: vec![PathBuf::from("out/apis")],
        }
    }

    #[test]
    fn write_then_check_reports_nothing_and_removes_extras() {
        let root = std::env::temp_dir().join(format!("generator-write-test-{}", std::process::id()));
        let _ = fs::remove_dir_all(&root);
        let first = set(&[("out/apis/a.rs", "a"), ("out/apis/b/c.rs", "c"), ("out/lib.rs", "lib")]);
        assert_eq!(first.write(&root).unwrap().len(), 3);
        assert!(first.check(&root).unwrap().is_empty());
        let second = set(&[("out/apis/a.rs", "a2"), ("out/lib.rs", "lib")]);
        assert_eq!(
            second.check(&root).unwrap(),
            vec![Drift::Stale(PathBuf::from("out/apis/a.rs")), Drift::Extra(PathBuf::from("out/apis/b/c.rs"))]
        );
        second.write(&root).unwrap();
        assert!(second.check(&root).unwrap().is_empty());
        assert!(!root.join("out/apis/b").exists());
        assert_eq!(fs::read_dir(root.join("out")).unwrap().count(), 2, "no staging folders left behind");
        fs::remove_dir_all(&root).unwrap();
    }

    #[test]
    fn invalid_tokens_are_an_error_not_a_panic() {
        let tokens: TokenStream = "fn (".parse().unwrap_or_default();
        let result = format_rust(quote::quote! { struct #tokens }, "// h\n");
        assert!(result.is_err());
    }
}
