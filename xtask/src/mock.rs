//! `mock` and `example`: the local mock of the Citi API, alone or with an example run against it.

use std::io::{BufRead, BufReader};
use std::process::{Child, Stdio};

use anyhow::{bail, Context, Result};

use crate::project_root;
use crate::test::{cargo, install_tools};

/// The examples of the generated crate.
const EXAMPLES: [&str; 2] = ["two_legged", "three_legged"];

/// A running `citi-mock`; stopped (its input closed) when dropped.
struct Mock {
    child: Child,
    base_url: String,
}

impl Mock {
    fn start() -> Result<Mock> {
        let root = project_root();
        install_tools(&root)?;
        let mut child = cargo(&root)
            .args(["run", "--quiet", "-p", "integration-tests", "--bin", "citi-mock"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .spawn()
            .context("starting citi-mock")?;
        let stdout = child.stdout.take().context("citi-mock's output")?;
        for line in BufReader::new(stdout).lines() {
            let line = line?;
            if let Some(url) = line.strip_prefix("citi-mock listening on ") {
                return Ok(Mock { child, base_url: url.trim().to_string() });
            }
        }
        let status = child.wait()?;
        bail!("citi-mock exited ({status}) before listening")
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

pub(crate) fn mock(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask mock");
    }
    let mut mock = Mock::start()?;
    println!("the Citi API mock is listening on {}", mock.base_url);
    println!("  CITI_POLAND_BASE_URL={} cargo run -p citi-poland --example two_legged", mock.base_url);
    println!("stop it with Ctrl-C");
    mock.child.wait()?;
    Ok(())
}

pub(crate) fn example(args: &[String]) -> Result<()> {
    let [name] = args else { bail!("usage: cargo xtask example <{}>", EXAMPLES.join("|")) };
    run_example(name)
}

/// Runs one example of the generated crate against a fresh mock.
pub(crate) fn run_example(name: &str) -> Result<()> {
    if !EXAMPLES.contains(&name) {
        bail!("no example `{name}` (examples: {})", EXAMPLES.join(", "));
    }
    let mock = Mock::start()?;
    let root = project_root();
    let status = cargo(&root)
        .args(["run", "--quiet", "-p", "citi-poland", "--example", name])
        .env("CITI_POLAND_BASE_URL", &mock.base_url)
        .status()
        .context("running the example")?;
    drop(mock);
    if !status.success() {
        bail!("example `{name}` failed ({status})");
    }
    Ok(())
}

/// Every example, each against its own mock (used by the test suite).
pub(crate) fn run_all_examples() -> Result<()> {
    for name in EXAMPLES {
        println!("--- example {name}");
        run_example(name)?;
    }
    Ok(())
}
