//! Stage 4, write: token streams -> file text (prettyplease, a header naming the spec and the
//! command), and file sets -> disk. This module is the only producer of generated file text and
//! the only path to disk.
//!
//! Writing is all or nothing: a new tree is staged next to the output, checked, and swapped in
//! with renames, so a failed run leaves the output as it was. Unchanged files are not touched.
//!
//! A folder the generator shares with its user (a standalone crate, `generate --spec --out`) is
//! written with [`FileSet::write_managed`]: a manifest records what the generator wrote, and
//! only those files are ever changed or removed; anything else there is the user's.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};

use proc_macro2::TokenStream;

use crate::emit::{RustFile, DOC_LINE_BREAK, OBJECT_SERDE_CALL, OBJECT_BUILDER_CALL};

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
    // No copy is kept for the error message: parsing a shared token stream deep-copies it
    // (proc-macro2's `RcVec::make_owned`), which cost about a tenth of generation.
    let file: syn::File = syn::parse2(tokens).map_err(|error| format!("internal error: generated tokens are not valid Rust ({error})"))?;
    Ok(format!("{header}\n{}", unparse(&file)))
}

/// prettyplease's text of `file`, with each doc attribute's lines on lines of their own and
/// each `serde_impls!` call laid out one field per line.
fn unparse(file: &syn::File) -> String {
    lay_out_object_calls(split_doc_lines(prettyplease::unparse(file)))
}

/// Makes each line of a joined doc attribute (`emit::doc_attrs`, its lines separated by
/// [`DOC_LINE_BREAK`], which prettyplease writes as one `///` line) a `///` line of its own,
/// at the same indentation.
fn split_doc_lines(text: String) -> String {
    if !text.contains(DOC_LINE_BREAK) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    for line in text.split_inclusive('\n') {
        let body = line.trim_start();
        let marker = ["///", "//!"].into_iter().find(|marker| body.starts_with(marker));
        let Some(marker) = marker.filter(|_| line.contains(DOC_LINE_BREAK)) else {
            out.push_str(line);
            continue;
        };
        let indent = &line[..line.len() - body.len()];
        for (index, piece) in body[marker.len()..].split(DOC_LINE_BREAK).enumerate() {
            if index > 0 {
                out.push('\n');
            }
            out.push_str(indent);
            out.push_str(marker);
            out.push_str(piece);
        }
    }
    out
}

/// Lays out every call of the runtime's `serde_impls!` and `builder!` (see `emit::types`) one
/// field per line. prettyplease fills a macro call's lines with as many tokens as fit, so a field
/// would start on one line and end on the next, and a field added to a spec would reflow all that
/// follow it.
fn lay_out_object_calls(text: String) -> String {
    // The struct and its two gates head a `serde_impls!` call; the struct alone, a `builder!` one.
    let text = lay_out_calls(text, OBJECT_SERDE_CALL, 3);
    lay_out_calls(text, OBJECT_BUILDER_CALL, 1)
}

/// Lays out every call of `call` one argument per line, its first `head` arguments on one.
fn lay_out_calls(text: String, call: &str, head: usize) -> String {
    if !text.contains(call) {
        return text;
    }
    let mut out = String::with_capacity(text.len() + text.len() / 8);
    let mut rest = text.as_str();
    while let Some(at) = rest.find(call) {
        let line_start = rest[..at].rfind('\n').map_or(0, |newline| newline + 1);
        let indent = &rest[line_start..at];
        // Only a call that starts its line is one: the same text in a doc comment or a string
        // (from a spec's prose) is left as it is.
        if !indent.chars().all(char::is_whitespace) {
            out.push_str(&rest[..at + call.len()]);
            rest = &rest[at + call.len()..];
            continue;
        }
        let Some((arguments, length)) = call_arguments(&rest[at + call.len()..]) else { break };
        out.push_str(&rest[..at]);
        out.push_str(call);
        let (head, fields) = arguments.split_at(arguments.len().min(head));
        let head = head.join(", ");
        if fields.is_empty() {
            out.push_str(&head);
        } else {
            out.push('\n');
            out.push_str(&format!("{indent}    {head},\n"));
            for field in fields {
                out.push_str(&format!("{indent}    {field},\n"));
            }
            out.push_str(indent);
        }
        out.push(')');
        rest = &rest[at + call.len() + length..];
    }
    out.push_str(rest);
    out
}

/// The arguments of a macro call whose text (after the opening parenthesis) is `text`, split at
/// its top-level commas, each with its runs of whitespace made one space (none beside a type's
/// angle brackets); and the length of the text up to and including the closing parenthesis.
/// `None` if the call does not close.
fn call_arguments(text: &str) -> Option<(Vec<String>, usize)> {
    let mut arguments = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    let mut chars = text.char_indices();
    while let Some((index, c)) = chars.next() {
        match c {
            '"' => {
                // A string literal, escapes and all (a wire name is written with `\"` and `\\`).
                current.push(c);
                while let Some((_, c)) = chars.next() {
                    current.push(c);
                    match c {
                        '\\' => current.extend(chars.next().map(|(_, c)| c)),
                        '"' => break,
                        _ => {}
                    }
                }
            }
            '(' | '[' | '{' => {
                depth += 1;
                current.push(c);
            }
            ')' | ']' | '}' if depth == 0 => {
                let last = current.trim();
                if !last.is_empty() {
                    arguments.push(last.to_string());
                }
                return Some((arguments, index + 1));
            }
            ')' | ']' | '}' => {
                depth -= 1;
                if current.ends_with(' ') {
                    current.pop();
                }
                current.push(c);
            }
            ',' if depth == 0 => arguments.push(std::mem::take(&mut current).trim().to_string()),
            c if c.is_whitespace() => {
                if !current.is_empty() && !current.ends_with(' ') && !current.ends_with(['(', '[', '<']) {
                    current.push(' ');
                }
            }
            // A type's angle brackets (prettyplease spaces them out in a macro call's tokens).
            '<' | '>' => {
                if current.ends_with(' ') {
                    current.pop();
                }
                current.push(c);
            }
            c => current.push(c),
        }
    }
    None
}

/// The start of an item's tokens, for the message of a file that does not parse.
fn excerpt(tokens: &TokenStream) -> String {
    tokens.to_string().chars().take(400).collect()
}

/// Items per formatting chunk: small enough that a chunk's tokens and syntax tree stay a few
/// megabytes (one chunk per core took 300 MB at once on GitHub's spec), large enough that the
/// per-chunk cost is nothing.
const CHUNK_ITEMS: usize = 64;

/// Formats a file under `header`: [`format_files`] for one file.
pub fn format_file(file: RustFile<'_>, header: &str) -> Result<String, String> {
    format_files(vec![(file, header)]).pop().unwrap_or_else(|| Err("internal error: no file formatted".to_string()))
}

/// A chunk of a file's items: the file's index, its item maker, the items' indices.
type Chunk<'a> = (usize, &'a (dyn Fn(usize) -> TokenStream + Sync), std::ops::Range<usize>);

/// Formats files, each under its header. A file of many items is made, parsed and
/// pretty-printed in chunks of [`CHUNK_ITEMS`] items; the chunks of every file form one queue
/// that the cores take from in turn, while this thread formats the files' heads (small files,
/// inner attributes: token streams cannot leave the thread that made them). A file's text is
/// its head's followed by its chunks' in order.
pub fn format_files(files: Vec<(RustFile<'_>, &str)>) -> Vec<Result<String, String>> {
    let mut heads = Vec::new();
    let mut jobs: Vec<Chunk<'_>> = Vec::new();
    let mut items = Vec::new();
    for (file, header) in files {
        match file {
            RustFile::Single(tokens) => heads.push((tokens, header)),
            RustFile::Items { inner, len, item } => {
                heads.push((inner, header));
                items.push((heads.len() - 1, len, item));
            }
        }
    }
    for (index, len, item) in &items {
        jobs.extend((0..*len).step_by(CHUNK_ITEMS).map(|start| (*index, &**item, start..(start + CHUNK_ITEMS).min(*len))));
    }
    let (mut out, texts) = crate::parallel::map_beside(
        &jobs,
        |(_, item, range)| {
            // Each item is parsed on its own and the syntax trees joined (joining the token
            // streams first copied every token once more).
            let mut chunk: Option<syn::File> = None;
            for index in range.clone() {
                match syn::parse2::<syn::File>(item(index)) {
                    Ok(file) => match &mut chunk {
                        Some(chunk) => chunk.items.extend(file.items),
                        None => chunk = Some(file),
                    },
                    Err(error) => {
                        // Made again for the message: the failed parse consumed the tokens.
                        return Err(format!("internal error: generated tokens are not valid Rust ({error}); the item: {}", excerpt(&item(index))));
                    }
                }
            }
            Ok(chunk.map(|chunk| unparse(&chunk)).unwrap_or_default())
        },
        || heads.into_iter().map(|(tokens, header)| format_rust(tokens, header)).collect::<Vec<_>>(),
    );
    for ((index, _, _), text) in jobs.iter().zip(texts) {
        let Ok(file) = &mut out[*index] else { continue };
        match text {
            Ok(text) => file.push_str(&text),
            Err(message) => out[*index] = Err(message),
        }
    }
    out
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

/// The manifest of a folder written by [`FileSet::write_managed`].
pub const MANIFEST: &str = ".generator-manifest";

/// Why [`FileSet::write_managed`] did not write.
#[derive(Debug)]
pub enum WriteError {
    /// The folder holds files the generator may not touch; the message names them.
    Refused(String),
    Io(io::Error),
}

impl std::fmt::Display for WriteError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            WriteError::Refused(message) => f.write_str(message),
            WriteError::Io(error) => write!(f, "{error}"),
        }
    }
}

impl std::error::Error for WriteError {}

impl From<io::Error> for WriteError {
    fn from(error: io::Error) -> Self {
        WriteError::Io(error)
    }
}

impl FileSet {
    /// Writes the set into `dir`, which the generator shares with its user. `dir` must be new,
    /// empty, or written by this function before: its manifest ([`MANIFEST`]) lists the files
    /// written then, with a hash of their contents. Only those files are overwritten or (when
    /// no longer generated) removed, and only while they are as the generator left them; any
    /// other file is never touched, and one in the way of a generated file stops the run.
    /// Every new file is staged before anything is renamed into place, so a refusal or an IO
    /// error while staging leaves the folder as it was. Returns what changed.
    pub fn write_managed(&self, dir: &Path) -> Result<Vec<Drift>, WriteError> {
        if dir.exists() && !dir.is_dir() {
            return Err(WriteError::Refused(format!("{} exists and is not a folder", dir.display())));
        }
        let manifest = read_manifest(dir)?;
        let existing = list_files(dir)?;
        let Some(manifest) = manifest else {
            if !existing.is_empty() {
                let shown: Vec<String> = existing.iter().take(5).map(|p| p.display().to_string()).collect();
                let more = if existing.len() > 5 { format!(" and {} more", existing.len() - 5) } else { String::new() };
                return Err(WriteError::Refused(format!(
                    "{} holds files the generator did not write ({}{more}); nothing was changed: generate into a new or empty folder, or move those files away",
                    dir.display(),
                    shown.join(", ")
                )));
            }
            return self.write_new_managed(dir, &BTreeMap::new(), &existing);
        };
        self.write_new_managed(dir, &manifest, &existing)
    }

    fn write_new_managed(&self, dir: &Path, manifest: &BTreeMap<PathBuf, String>, existing: &[PathBuf]) -> Result<Vec<Drift>, WriteError> {
        let generated: BTreeSet<&Path> = self.files.iter().map(|f| f.path.as_path()).collect();
        let mut problems = Vec::new();
        let mut changes = Vec::new();
        let unchanged_since_written = |path: &Path| -> io::Result<bool> {
            let recorded = manifest.get(path);
            match fs::read(dir.join(path)) {
                Ok(bytes) => Ok(recorded.is_some_and(|hash| *hash == content_hash(&bytes))),
                Err(error) if error.kind() == io::ErrorKind::NotFound => Ok(true),
                Err(error) => Err(error),
            }
        };
        for file in &self.files {
            let target = dir.join(&file.path);
            match fs::symlink_metadata(&target) {
                Err(error) if error.kind() == io::ErrorKind::NotFound => changes.push(Drift::Missing(file.path.clone())),
                Err(error) => return Err(error.into()),
                Ok(metadata) if !metadata.is_file() => problems.push(format!("{} is in the way of a generated file", file.path.display())),
                Ok(_) if !manifest.contains_key(&file.path) => problems.push(format!("{} was not written by the generator", file.path.display())),
                Ok(_) => {
                    if !unchanged_since_written(&file.path)? {
                        problems.push(format!("{} was changed since it was generated", file.path.display()));
                    } else if fs::read(&target)? != file.contents.as_bytes() {
                        changes.push(Drift::Stale(file.path.clone()));
                    }
                }
            }
        }
        let mut stale = Vec::new();
        for path in manifest.keys().filter(|path| !generated.contains(path.as_path())) {
            if !existing.contains(path) {
                continue;
            }
            if unchanged_since_written(path)? {
                stale.push(path.clone());
            } else {
                problems.push(format!("{} is no longer generated, but was changed since it was: it is left for you to remove", path.display()));
            }
        }
        if !problems.is_empty() {
            return Err(WriteError::Refused(format!(
                "{} was not changed: {}; move those files away (or restore them) and run again",
                dir.display(),
                problems.join("; ")
            )));
        }
        let mut new_manifest = String::from(
            "# Files written by the generator, with a hash of their contents. It changes or removes\n# only these (and only while unchanged); every other file in this folder is yours.\n",
        );
        for file in &self.files {
            new_manifest.push_str(&format!("{} {}\n", content_hash(file.contents.as_bytes()), file.path.to_string_lossy().replace('\\', "/")));
        }
        if changes.is_empty() && stale.is_empty() && fs::read_to_string(dir.join(MANIFEST)).ok().as_deref() == Some(new_manifest.as_str()) {
            return Ok(Vec::new());
        }
        // Stage every new file; on any error, remove what was staged and stop.
        let mut staged: Vec<(PathBuf, PathBuf)> = Vec::new();
        let outcome = (|| -> io::Result<()> {
            for file in self.files.iter().filter(|f| changes.iter().any(|c| c.path() == f.path)) {
                let target = dir.join(&file.path);
                if let Some(parent) = target.parent() {
                    fs::create_dir_all(parent)?;
                }
                let temporary = sibling(&target, "tmp");
                fs::write(&temporary, &file.contents)?;
                staged.push((temporary, target));
            }
            let target = dir.join(MANIFEST);
            let temporary = sibling(&target, "tmp");
            fs::write(&temporary, &new_manifest)?;
            staged.push((temporary, target));
            Ok(())
        })();
        if let Err(error) = outcome {
            for (temporary, _) in &staged {
                let _ = fs::remove_file(temporary);
            }
            return Err(error.into());
        }
        for (temporary, target) in staged {
            fs::rename(&temporary, &target)?;
        }
        for path in &stale {
            fs::remove_file(dir.join(path))?;
            // Folders the removal left empty go too (never `dir` itself).
            let mut parent = path.parent();
            while let Some(folder) = parent.filter(|p| !p.as_os_str().is_empty()) {
                if fs::remove_dir(dir.join(folder)).is_err() {
                    break;
                }
                parent = folder.parent();
            }
            changes.push(Drift::Extra(path.clone()));
        }
        changes.sort();
        Ok(changes)
    }
}

/// The manifest of `dir`: path -> content hash; `None` when there is none.
fn read_manifest(dir: &Path) -> Result<Option<BTreeMap<PathBuf, String>>, WriteError> {
    let text = match fs::read_to_string(dir.join(MANIFEST)) {
        Ok(text) => text,
        Err(error) if error.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(error) => return Err(error.into()),
    };
    let mut entries = BTreeMap::new();
    for line in text.lines().filter(|line| !line.starts_with('#') && !line.trim().is_empty()) {
        let Some((hash, path)) = line.split_once(' ') else {
            return Err(WriteError::Refused(format!("{} is not a manifest this generator wrote (line `{line}`)", dir.join(MANIFEST).display())));
        };
        let path = PathBuf::from(path);
        // A manifest names files inside the folder only.
        if path.is_absolute() || path.components().any(|c| !matches!(c, std::path::Component::Normal(_))) {
            return Err(WriteError::Refused(format!("{} names `{}`, which is outside the folder", dir.join(MANIFEST).display(), path.display())));
        }
        entries.insert(path, hash.to_string());
    }
    Ok(Some(entries))
}

/// FNV-1a (64 bits) of `bytes`, as hex: enough to tell a file was edited (not a security check).
fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    format!("{hash:016x}")
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

/// Every file below `dir`, relative to it, sorted (the manifest left out); empty when `dir`
/// does not exist.
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
            } else if path.as_os_str() != MANIFEST {
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

    /// `serde_impls!` calls come out one field per line, and as the same tokens.
    #[test]
    fn object_calls_are_laid_out_one_field_per_line() {
        let awkward = ["a), (b", "quote \" and \\ back", "comma, paren (", "}{][", "  spaced  out  ", "line\nbreak"];
        let fields = awkward.iter().enumerate().map(|(index, wire)| {
            let field = quote::format_ident!("field_{index}");
            quote::quote! { (#field, #wire, default(default_of_a_long_struct_name_field), number) }
        });
        let tokens = quote::quote! {
            mod inner {
                rt::object::serde_impls!(AVeryLongStructNameThatFillsTheLine, full_serde, always #(, #fields)*,);
            }
            rt::object::serde_impls!(Empty, always, always);
            #[doc = " Prose that quotes rt::object::serde_impls!(A, b, c, (d,   e)) as it is."]
            fn after() {}
        };
        let text = format_rust(tokens.clone(), "// header").expect("formats");
        let reparsed: syn::File = syn::parse_str(&text).expect("still Rust");
        assert_eq!(quote::ToTokens::to_token_stream(&reparsed).to_string(), tokens.to_string(), "{text}");
        let lines: Vec<&str> = text.lines().collect();
        let start = lines.iter().position(|line| line.trim_start().starts_with(OBJECT_SERDE_CALL)).expect("a call");
        assert_eq!(lines[start], format!("    {OBJECT_SERDE_CALL}"));
        assert_eq!(lines[start + 1], "        AVeryLongStructNameThatFillsTheLine, full_serde, always,");
        assert_eq!(lines[start + 2], "        (field_0, \"a), (b\", default(default_of_a_long_struct_name_field), number),");
        assert_eq!(lines[start + 2 + awkward.len()], "    );");
        assert!(text.contains("\nrt::object::serde_impls!(Empty, always, always);\n"), "{text}");
        assert!(text.contains("/// Prose that quotes rt::object::serde_impls!(A, b, c, (d,   e)) as it is.\n"), "{text}");
    }

    /// `builder!` calls come out one field per line, the struct's name on the first line and each
    /// type written as in code (prettyplease spaces out the angle brackets of a macro's tokens).
    #[test]
    fn builder_calls_are_laid_out_one_field_per_line_with_their_types_tidy() {
        let tokens = quote::quote! {
            rt::object::builder!(
                AVeryLongStructNameThatFillsTheLine,
                (new id, ::std::collections::BTreeMap<String, Vec<Vec<i64>>>, required),
                (fixed kind, Kind::Fixed),
                (fixed extra, ::std::default::Default::default()),
                (set date, with_date, ::chrono::NaiveDate, nullable, boxed),
                (set tuple_like, with_tuple_like, Vec<(String, i64)>, default(default_tuple_like)),
            );
            rt::object::builder!(Short, (set a, with_a, bool, optional),);
        };
        let text = format_rust(tokens.clone(), "// header").expect("formats");
        let reparsed: syn::File = syn::parse_str(&text).expect("still Rust");
        // The same tokens; only how `>` and `,` are spaced (joined) differs.
        let compact = |tokens: String| tokens.replace(' ', "");
        assert_eq!(compact(quote::ToTokens::to_token_stream(&reparsed).to_string()), compact(tokens.to_string()), "{text}");
        let expected = [
            "rt::object::builder!(",
            "    AVeryLongStructNameThatFillsTheLine,",
            "    (new id, ::std::collections::BTreeMap<String, Vec<Vec<i64>>>, required),",
            "    (fixed kind, Kind::Fixed),",
            "    (fixed extra, ::std::default::Default::default()),",
            "    (set date, with_date, ::chrono::NaiveDate, nullable, boxed),",
            "    (set tuple_like, with_tuple_like, Vec<(String, i64)>, default(default_tuple_like)),",
            ");",
            "rt::object::builder!(",
            "    Short,",
            "    (set a, with_a, bool, optional),",
            ");",
        ];
        assert_eq!(text.lines().skip(1).collect::<Vec<_>>(), expected, "{text}");
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

    fn standalone(files: &[(&str, &str)]) -> FileSet {
        FileSet { files: files.iter().map(|(p, c)| GeneratedFile { path: PathBuf::from(p), contents: c.to_string() }).collect(), owned_dirs: vec![PathBuf::from("src")] }
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("generator-managed-{name}-{}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn a_folder_with_files_of_its_own_is_refused_and_left_alone() {
        let dir = scratch("foreign");
        fs::create_dir_all(dir.join("src")).unwrap();
        fs::write(dir.join("src/main.rs"), "fn main() {}").unwrap();
        fs::write(dir.join("notes.txt"), "mine").unwrap();
        let error = standalone(&[("src/lib.rs", "lib"), ("Cargo.toml", "[package]")]).write_managed(&dir).unwrap_err().to_string();
        assert!(error.contains("holds files the generator did not write (notes.txt, src/main.rs); nothing was changed"), "{error}");
        assert_eq!(fs::read_to_string(dir.join("src/main.rs")).unwrap(), "fn main() {}");
        assert!(!dir.join("src/lib.rs").exists() && !dir.join(MANIFEST).exists());
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn regeneration_touches_only_what_it_wrote() {
        let dir = scratch("regenerate");
        let first = standalone(&[("src/lib.rs", "lib v1"), ("src/old.rs", "old"), ("src/deep/gone.rs", "gone"), ("Cargo.toml", "[package]")]);
        assert_eq!(first.write_managed(&dir).unwrap().len(), 4);
        // The user builds the crate and adds files of their own.
        fs::create_dir_all(dir.join("target/debug")).unwrap();
        fs::write(dir.join("target/debug/out"), "build").unwrap();
        fs::write(dir.join("src/extra.rs"), "mine").unwrap();
        let second = standalone(&[("src/lib.rs", "lib v2"), ("Cargo.toml", "[package]")]);
        let changes = second.write_managed(&dir).unwrap();
        assert_eq!(
            changes,
            vec![Drift::Stale(PathBuf::from("src/lib.rs")), Drift::Extra(PathBuf::from("src/deep/gone.rs")), Drift::Extra(PathBuf::from("src/old.rs"))]
        );
        assert_eq!(fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "lib v2");
        assert_eq!(fs::read_to_string(dir.join("src/extra.rs")).unwrap(), "mine", "the user's file is kept");
        assert!(dir.join("target/debug/out").exists());
        assert!(!dir.join("src/old.rs").exists() && !dir.join("src/deep").exists());
        assert!(second.write_managed(&dir).unwrap().is_empty(), "nothing to do the second time");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn an_edited_generated_file_stops_the_run() {
        let dir = scratch("edited");
        standalone(&[("src/lib.rs", "lib v1"), ("src/old.rs", "old")]).write_managed(&dir).unwrap();
        fs::write(dir.join("src/lib.rs"), "lib v1, edited by hand").unwrap();
        let error = standalone(&[("src/lib.rs", "lib v2")]).write_managed(&dir).unwrap_err().to_string();
        assert!(error.contains("src/lib.rs was changed since it was generated"), "{error}");
        assert_eq!(fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "lib v1, edited by hand");
        assert!(dir.join("src/old.rs").exists(), "nothing removed either");
        // A file of the user's where a new generated file would go.
        fs::write(dir.join("src/lib.rs"), "lib v1").unwrap();
        fs::write(dir.join("src/new.rs"), "mine").unwrap();
        let error = standalone(&[("src/lib.rs", "lib v2"), ("src/new.rs", "generated")]).write_managed(&dir).unwrap_err().to_string();
        assert!(error.contains("src/new.rs was not written by the generator"), "{error}");
        assert_eq!(fs::read_to_string(dir.join("src/new.rs")).unwrap(), "mine");
        assert_eq!(fs::read_to_string(dir.join("src/lib.rs")).unwrap(), "lib v1");
        fs::remove_dir_all(&dir).unwrap();
    }

    #[test]
    fn invalid_tokens_are_an_error_not_a_panic() {
        let tokens: TokenStream = "fn (".parse().unwrap_or_default();
        let result = format_rust(quote::quote! { struct #tokens }, "// h\n");
        assert!(result.is_err());
    }
}
