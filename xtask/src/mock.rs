//! `mock` and `example`: the local mock of the Citi API, alone or with an example run against it.

use std::io::{BufRead, BufReader};
use std::process::{Child, ChildStdin, Stdio};

use anyhow::{bail, Context, Result};

use crate::project_root;
use crate::test::{cargo, install_tools};

/// The examples of the generated crate.
const EXAMPLES: [&str; 2] = ["two_legged", "three_legged"];

/// A running `citi-mock`. It serves while its standard input stays open: this process holds the
/// other end, so the mock stops when this value is dropped and also when this process dies
/// (killed or not), never outliving it.
struct Mock {
    child: Child,
    /// The mock's standard input; dropping it tells the mock to stop.
    input: Option<ChildStdin>,
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
        let input = child.stdin.take();
        let stdout = child.stdout.take().context("citi-mock's output")?;
        let mut lines = BufReader::new(stdout).lines();
        while let Some(line) = lines.next() {
            let line = line?;
            if let Some(url) = line.strip_prefix("citi-mock listening on ") {
                // Keep reading (and passing on) what it prints later, so its writes never fail.
                std::thread::spawn(move || lines.map_while(Result::ok).for_each(|line| println!("{line}")));
                return Ok(Mock { child, input, base_url: url.trim().to_string() });
            }
        }
        drop(input);
        let status = child.wait()?;
        bail!("citi-mock exited ({status}) before listening")
    }

    /// Waits until the mock ends on its own (Ctrl-C reaches it with the rest of the terminal's
    /// foreground processes), keeping its input open meanwhile.
    fn wait(mut self) -> Result<std::process::ExitStatus> {
        // `Child::wait` closes a child's piped input first: the input is held apart for that.
        Ok(self.child.wait()?)
    }
}

impl Drop for Mock {
    fn drop(&mut self) {
        drop(self.input.take());
        let _ = self.child.wait();
    }
}

pub(crate) fn mock(args: &[String]) -> Result<()> {
    if !args.is_empty() {
        bail!("usage: cargo xtask mock");
    }
    let mock = Mock::start()?;
    println!("the Citi API mock is listening on {}", mock.base_url);
    println!("  CITI_POLAND_BASE_URL={} cargo run -p citi-poland --example two_legged", mock.base_url);
    println!("stop it with Ctrl-C");
    let status = mock.wait()?;
    if !status.success() {
        bail!("the mock stopped ({status})");
    }
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
