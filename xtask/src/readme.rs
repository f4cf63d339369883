//! The README's commands, run the way a reader runs them, for the test suite: each must do what
//! the README says it does.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use anyhow::{bail, Context, Result};

/// How long the mock may take to start (one Prism per product).
const MOCK_START: Duration = Duration::from_secs(180);

/// `cargo xtask mock` serves until it is stopped: a request made after the address is printed
/// (and a pause) is answered, and once the command is killed the mock is gone too.
pub(crate) fn check_mock_command() -> Result<()> {
    let xtask = std::env::current_exe().context("finding the xtask binary")?;
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
