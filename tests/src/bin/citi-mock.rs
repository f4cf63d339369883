//! The local mock of the Citi API (Prism per product spec behind one proxy), for running the
//! examples or any client against it: prints `citi-mock listening on <base URL>` and serves
//! until Ctrl-C or until its standard input closes.

use std::io::Read;
use std::path::Path;

use integration_tests::mock::MockServer;

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace root").to_path_buf();
    let mock = match MockServer::start(&root).await {
        Ok(mock) => mock,
        Err(error) => {
            eprintln!("citi-mock: {error}");
            return std::process::ExitCode::FAILURE;
        }
    };
    println!("citi-mock listening on {}", mock.base_url());
    let stdin_closed = tokio::task::spawn_blocking(|| {
        let mut sink = Vec::new();
        let _ = std::io::stdin().read_to_end(&mut sink);
    });
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        _ = stdin_closed => {}
    }
    let violations = mock.take_violations();
    if !violations.is_empty() {
        eprintln!("citi-mock: Prism found invalid requests:\n  {}", violations.join("\n  "));
    }
    drop(mock);
    std::process::ExitCode::SUCCESS
}
