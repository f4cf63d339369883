//! Integration tests: drift, snapshots (fixture code, diagnostics, product API surfaces),
//! compilation of every fixture's output, and a serde round trip of every spec example.

/// Generated fixture code calls `crate::runtime`, as it would inside a generated crate.
#[allow(unused_imports)]
mod runtime {
    pub use citi_poland::runtime::*;
}

/// Every fixture spec's generated code (written by build.rs): it must compile.
#[allow(dead_code, unused_imports, clippy::all)]
mod fixtures {
    include!(concat!(env!("OUT_DIR"), "/fixtures.rs"));
}

mod diff;
mod drift;
mod error_bodies;
mod examples;
mod fixture_clients;
mod fuzz;
mod runtime_behaviour;
mod runtime_oauth;
mod runtime_redaction;
mod runtime_requests;
mod runtime_support;
mod snapshots;
