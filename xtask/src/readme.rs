//! The README's commands, run the way a reader runs them, for the test suite: each must do what
//! the README says it does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// How long the mock may take to start (one Prism per product).
const MOCK_START: Duration = Duration::from_secs(180);

/// `cargo xtask mock` serves until it is stopped: a request made after the address is printed
/// (and a pause) is answered, and once the command is killed the mock is gone too.
pub(crate) fn check_mock_command() -> Result<()> {
    let xtask = crate::self_exe()?;
    let mut child = Command::new(xtask).arg("mock").stdin(Stdio::null()).stdout(Stdio::piped()).spawn().context("starting `cargo xtask mock`")?;
    let stdout = child.stdout.take().context("the mock command's output")?;
    let (lines_tx, lines) = mpsc::channel();
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                break;
            }
        }
    });
    let outcome = (|| -> Result<String> {
        let started = Instant::now();
        let base_url = loop {
            let left = MOCK_START.saturating_sub(started.elapsed());
            let line = lines.recv_timeout(left).context("`cargo xtask mock` printed no address")?;
            if let Some(url) = line.strip_prefix("the Citi API mock is listening on ") {
                break url.trim().to_string();
            }
        };
        // The mock must still be there after the command has printed its address.
        std::thread::sleep(Duration::from_secs(2));
        if let Some(status) = child.try_wait()? {
            bail!("`cargo xtask mock` exited ({status}) right after printing its address");
        }
        let address = base_url.strip_prefix("http://").context("the mock's address is not http://host:port")?.to_string();
        let answer = http_get(&address, "/v1/utilities/referenceData/accountStatus")?;
        if !answer.starts_with("HTTP/1.1 ") {
            bail!("the mock answered something that is not HTTP: {answer:.80}");
        }
        println!("`cargo xtask mock` at {base_url} answered `{}` after 2 s", answer.lines().next().unwrap_or_default());
        Ok(address)
    })();
    let _ = child.kill();
    let _ = child.wait();
    let address = outcome?;
    // Killed, the command takes the mock with it (the mock stops when its input closes).
    let started = Instant::now();
    while TcpStream::connect(&address).is_ok() {
        if started.elapsed() > Duration::from_secs(30) {
            bail!("the mock at {address} still serves 30 s after `cargo xtask mock` was killed");
        }
        std::thread::sleep(Duration::from_millis(200));
    }
    println!("killed, `cargo xtask mock` took the mock with it within {:.1} s", started.elapsed().as_secs_f64());
    Ok(())
}

/// A plain HTTP/1.1 GET; the response as text.
fn http_get(address: &str, path: &str) -> Result<String> {
    let mut stream = TcpStream::connect(address).with_context(|| format!("connecting to the mock at {address}"))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(stream, "GET {path} HTTP/1.1\r\nHost: {address}\r\nAccept: application/json\r\nConnection: close\r\n\r\n")?;
    let mut response = String::new();
    stream.read_to_string(&mut response).context("reading the mock's answer")?;
    Ok(response)
}

/// The README's other commands, as a reader runs them: every `cargo xtask TASK` it names exists;
/// `generate` (all, and one product) leaves an up-to-date tree as it is; `diff` compares and its
/// JSON report parses; `generate --spec --out` writes a crate, rewrites nothing the second time,
/// and leaves a folder holding a user's files alone.
pub(crate) fn check_readme_commands(root: &Path) -> Result<()> {
    let readme = std::fs::read_to_string(root.join("README.md")).context("reading README.md")?;
    let help = xtask(root, &["help"])?;
    let mut tasks: Vec<&str> = readme.split("cargo xtask ").skip(1).filter_map(|rest| rest.split(|c: char| !(c.is_ascii_lowercase() || c == '-')).next()).filter(|task| !task.is_empty()).collect();
    tasks.sort_unstable();
    tasks.dedup();
    let missing: Vec<&&str> = tasks.iter().filter(|task| !help.lines().any(|line| line.trim_start().starts_with(&format!("{task} ")) || line.trim() == **task)).collect();
    if !missing.is_empty() {
        bail!("the README names tasks `cargo xtask help` does not list: {missing:?}");
    }
    println!("the README's {} xtask tasks are all in `cargo xtask help`", tasks.len());

    let generated = xtask(root, &["generate"])?;
    if !generated.contains("(0 files changed)") {
        bail!("`cargo xtask generate` changed an up-to-date tree:\n{generated}");
    }
    let one = xtask(root, &["generate", "accounts"])?;
    if !one.lines().any(|line| line.starts_with("accounts ")) {
        bail!("`cargo xtask generate accounts` did not report the product:\n{one}");
    }
    println!("`cargo xtask generate` and `generate accounts` leave an up-to-date tree as it is");

    xtask(root, &["diff"])?;
    let report: serde_json::Value = serde_json::from_str(&xtask(root, &["diff", "--format", "json"])?).context("`cargo xtask diff --format json` is not JSON")?;
    if report["schema_version"] != 1 || report["verdict"]["kind"].as_str().is_none() {
        bail!("`cargo xtask diff --format json` lacks its documented fields: {report}");
    }
    println!("`cargo xtask diff` compares (verdict: {}), and its JSON report parses", report["verdict"]["kind"]);

    let scratch = std::env::temp_dir().join(format!("xtask-readme-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&scratch);
    let outcome = (|| -> Result<()> {
        let out = scratch.join("money-client");
        let spec = root.join("tests/fixtures/money.yaml");
        let spec = spec.to_string_lossy();
        let first = xtask(root, &["generate", "--spec", &spec, "--out", &out.to_string_lossy(), "--name", "money-client"])?;
        if !out.join("Cargo.toml").is_file() || !out.join("src/lib.rs").is_file() {
            bail!("`generate --spec --out` wrote no crate:\n{first}");
        }
        let again = xtask(root, &["generate", "--spec", &spec, "--out", &out.to_string_lossy(), "--name", "money-client"])?;
        if !again.contains("(0 written)") {
            bail!("`generate --spec --out` rewrote an up-to-date crate:\n{again}");
        }
        let users = scratch.join("users-folder");
        std::fs::create_dir_all(&users)?;
        std::fs::write(users.join("notes.txt"), "mine")?;
        if xtask(root, &["generate", "--spec", &spec, "--out", &users.to_string_lossy()]).is_ok() {
            bail!("`generate --spec --out` wrote into a folder holding a user's file");
        }
        if std::fs::read_to_string(users.join("notes.txt"))? != "mine" || std::fs::read_dir(&users)?.count() != 1 {
            bail!("`generate --spec --out` changed a folder it refused");
        }
        println!("`cargo xtask generate --spec --out` writes a crate, rewrites nothing the second time, and refuses a user's folder");
        Ok(())
    })();
    let _ = std::fs::remove_dir_all(&scratch);
    outcome
}

/// Runs this xtask binary with `args` in `root`; its standard output, or an error with both.
fn xtask(root: &Path, args: &[&str]) -> Result<String> {
    let output = Command::new(crate::self_exe()?).args(args).current_dir(root).output().with_context(|| format!("running `cargo xtask {}`", args.join(" ")))?;
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    if !output.status.success() {
        bail!("`cargo xtask {}` failed ({}):\n{stdout}{}", args.join(" "), output.status, String::from_utf8_lossy(&output.stderr));
    }
    Ok(stdout)
}
