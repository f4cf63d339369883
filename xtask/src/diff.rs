//! `diff`: what a spec change does to the wire and to the Rust API, the version bump it needs,
//! and (with `--changelog`) the changelog entry. The work is `generator::diff::command`; this
//! prints its report, writes the changelog files and turns the outcome into the exit code.

use std::io::{IsTerminal, Write};
use std::process::ExitCode;

use generator::diff::command::{run as run_diff, Format, Options, CHANGELOG, MANIFEST, USAGE};
use generator::diff::report::{render_json, render_markdown, render_text};
use generator::diff::rules_table;

use crate::project_root;

pub(crate) fn run(args: &[String]) -> ExitCode {
    if args.iter().any(|a| a == "--help" || a == "-h") {
        println!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let options = match Options::parse(args) {
        Ok(options) => options,
        Err(message) => {
            eprintln!("error: {message}\n\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if options.rules {
        print!("{}", rules_table());
        return ExitCode::SUCCESS;
    }
    let root = project_root();
    let outcome = match run_diff(&root, &options) {
        Ok(outcome) => outcome,
        Err(message) => {
            eprintln!("error: {message}\nthe comparison could not be made");
            return ExitCode::from(2);
        }
    };
    let color = options.color.unwrap_or_else(|| std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none());
    let text = match options.format {
        Format::Text => render_text(&outcome.report, color),
        Format::Json => render_json(&outcome.report),
        Format::Markdown => render_markdown(&outcome.report),
    };
    let mut stdout = std::io::stdout().lock();
    if stdout.write_all(text.as_bytes()).and_then(|()| stdout.flush()).is_err() {
        return ExitCode::from(2);
    }
    if options.format != Format::Text {
        for problem in &outcome.report.problems {
            eprintln!("cannot compare: {problem}");
        }
    }
    if let Some(update) = &outcome.changelog {
        let written = std::fs::write(root.join(CHANGELOG), &update.changelog).and_then(|()| std::fs::write(root.join(MANIFEST), &update.manifest));
        match written {
            Ok(()) => eprintln!("wrote the {} entry into {CHANGELOG} and set the version in {MANIFEST}", update.version),
            Err(error) => {
                eprintln!("error: writing {CHANGELOG} and {MANIFEST}: {error}");
                return ExitCode::from(2);
            }
        }
    }
    if let Some(note) = &outcome.changelog_note {
        eprintln!("{note}");
    }
    let products = outcome.report.products.len();
    eprintln!("compared {products} product(s) in {:.2} s", outcome.elapsed.as_secs_f64());
    ExitCode::from(u8::try_from(outcome.exit_code).unwrap_or(2))
}
