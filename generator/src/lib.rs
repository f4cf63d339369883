//! OpenAPI definitions -> a typed, async Rust client.
//!
//! The pipeline, one module per stage:
//!
//! 1. [`load`]: a spec file (YAML or JSON; OpenAPI 3.0, 3.1 or Swagger 2.0; several files joined by
//!    `$ref`s) -> one OpenAPI 3.0 document.
//! 2. [`lower`]: the document -> the IR in [`model`], where every Rust name and decision lives.
//! 3. [`emit`]: the IR -> token streams (no IO, no decisions).
//! 4. [`write`]: tokens -> formatted file text with a header, and file sets -> disk, atomically.
//!
//! [`project`] runs the pipeline for the project's crate (`specs/crate.toml`) and for single
//! specs. Every problem in a spec is a [`diagnostic::Diagnostic`] naming the file and JSON
//! pointer; nothing reachable from spec input panics.

pub mod config;
pub mod diagnostic;
pub mod diff;
pub mod emit;
pub mod examples;
pub mod import;
pub mod load;
pub mod lower;
pub mod model;
mod parallel;
pub mod project;
pub mod standalone;
pub mod write;

pub use diagnostic::{Diagnostic, Diagnostics, Severity};
pub use project::{generate_module_file, generate_project, ProjectOutput};
pub use write::{Drift, FileSet, GeneratedFile};
