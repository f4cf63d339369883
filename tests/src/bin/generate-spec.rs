//! The generator in a process of its own, for the tests that feed it hostile input: a stack
//! overflow or an abort then ends this process, which the test sees, instead of the test run.
//!
//! `generate-spec SPEC` runs load, lower, emit and format on one spec (nothing is written) and
//! prints one line: `generated`, `lowered` (lowering reported errors), `diagnosed` (loading
//! failed), or `bug: ...` (tokens that do not parse, from a spec that lowered cleanly), followed
//! by the first diagnostics. `generate-spec --serve` reads one spec path per line from standard
//! input and answers each with that line, so a long fuzz run starts few processes.

use std::io::{BufRead, Write};
use std::path::Path;
use std::process::ExitCode;

use generator::config::{Conventions, PagingConvention};
use generator::emit::emit_api_single_file;
use generator::load::load_spec;
use generator::lower::{lower_api, LowerOptions};
use generator::write::format_rust;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.as_slice() {
        [flag] if flag == "--serve" => {
            let stdin = std::io::stdin();
            let mut stdout = std::io::stdout();
            for line in stdin.lock().lines() {
                let Ok(path) = line else { break };
                let (summary, _) = generate(Path::new(&path));
                if writeln!(stdout, "{summary}").and_then(|()| stdout.flush()).is_err() {
                    break;
                }
            }
            ExitCode::SUCCESS
        }
        [spec] => {
            let (summary, details) = generate(Path::new(spec));
            println!("{summary}");
            for line in details {
                println!("{line}");
            }
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("usage: generate-spec SPEC | generate-spec --serve");
            ExitCode::from(2)
        }
    }
}

/// The outcome of one spec, and its first diagnostics.
fn generate(path: &Path) -> (String, Vec<String>) {
    let display = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut diagnostics = generator::Diagnostics::new();
    let details = |diagnostics: &generator::Diagnostics| diagnostics.sorted().iter().take(20).map(|d| d.to_string().chars().take(500).collect()).collect();
    let Some(spec) = load_spec(path, &display, &mut diagnostics) else { return ("diagnosed".to_string(), details(&diagnostics)) };
    let conventions = Conventions { paging: Some(PagingConvention { query: "cursor".into(), field: "next".into() }), ..Conventions::default() };
    let options = LowerOptions { module: "fuzz".into(), feature: String::new(), conventions: &conventions };
    let api = lower_api(&spec, &options, &mut diagnostics);
    let _ = generator::emit::surface::api_surface(&api);
    let _ = generator::examples::collect_examples(&spec, &api);
    if diagnostics.has_errors() {
        return ("lowered".to_string(), details(&diagnostics));
    }
    match format_rust(emit_api_single_file(&api), "// fuzz\n") {
        Ok(_) => ("generated".to_string(), details(&diagnostics)),
        Err(message) => (format!("bug: {}", message.replace('\n', " ")), details(&diagnostics)),
    }
}
