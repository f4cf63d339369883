//! A local stand-in for the Citi sandbox: one Prism mock server per product spec (Prism checks
//! every request against the spec and answers with the spec's examples), behind one proxy on
//! 127.0.0.1 that sends each path to the product that owns it, so every client (and the OAuth
//! endpoints of Authorize) shares one base URL, as on the real sandbox.
//!
//! Prism marks a request that breaks the spec with an `sl-violations` header; the proxy records
//! them, so a test can fail on any violation. Prism processes are killed when the server is
//! dropped.

use std::convert::Infallible;
use std::net::{SocketAddr, TcpListener as StdListener};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper_util::rt::TokioIo;

include!(concat!(env!("OUT_DIR"), "/routes.rs"));

/// How long one Prism may take to start.
const START_TIMEOUT: Duration = Duration::from_secs(120);

/// The Prism executable: `CITI_POLAND_PRISM`, else the one `cargo xtask test` installs.
pub fn prism_binary(root: &Path) -> Result<PathBuf, String> {
    let path = match std::env::var_os("CITI_POLAND_PRISM") {
        Some(path) => PathBuf::from(path),
        None => root.join(".tools/node/node_modules/.bin/prism"),
    };
    if path.exists() {
        Ok(path)
    } else {
        Err(format!("Prism is not installed at {}: run `cargo xtask test`, which installs the pinned version into .tools/node", path.display()))
    }
}

struct Prism {
    product: &'static str,
    port: u16,
    child: Child,
    log: PathBuf,
}

/// The running mock: its base URL, and what Prism reported.
pub struct MockServer {
    base_url: String,
    prisms: Vec<Prism>,
    violations: Arc<Mutex<Vec<String>>>,
    proxy: tokio::task::JoinHandle<()>,
}

impl MockServer {
    /// Starts a Prism per product spec of the repository at `root`, and the proxy. Must run
    /// inside a tokio runtime.
    pub async fn start(root: &Path) -> Result<MockServer, String> {
        let prism = prism_binary(root)?;
        let logs = root.join("target/prism-logs");
        std::fs::create_dir_all(&logs).map_err(|e| format!("creating {}: {e}", logs.display()))?;
        let mut prisms = Vec::new();
        for (product, spec) in SPECS {
            let port = free_port()?;
            let log = logs.join(format!("{product}.log"));
            let log_file = std::fs::File::create(&log).map_err(|e| format!("creating {}: {e}", log.display()))?;
            let mut command = Command::new(&prism);
            command
                .args(["mock", "--host", "127.0.0.1", "--port", &port.to_string(), "--errors"])
                .arg(root.join(spec))
                .current_dir(root)
                .stdin(Stdio::null())
                .stdout(log_file.try_clone().map_err(|e| e.to_string())?)
                .stderr(log_file);
            let child = command.spawn().map_err(|e| format!("starting Prism ({}): {e}", prism.display()))?;
            prisms.push(Prism { product, port, child, log });
        }
        let violations = Arc::new(Mutex::new(Vec::new()));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.map_err(|e| format!("binding the proxy: {e}"))?;
        let address = listener.local_addr().map_err(|e| e.to_string())?;
        let routes: Vec<(&'static str, u16)> = prisms.iter().map(|p| (p.product, p.port)).collect();
        let proxy = tokio::spawn(serve(listener, Arc::new(routes), violations.clone()));
        let mut server = MockServer { base_url: format!("http://{address}"), prisms, violations, proxy };
        server.wait_ready().await?;
        Ok(server)
    }

    /// The base URL clients should use.
    pub fn base_url(&self) -> &str {
        &self.base_url
    }

    /// The violations recorded since the last call.
    pub fn take_violations(&self) -> Vec<String> {
        self.violations.lock().map(|mut v| std::mem::take(&mut *v)).unwrap_or_default()
    }

    async fn wait_ready(&mut self) -> Result<(), String> {
        let started = Instant::now();
        for prism in &mut self.prisms {
            loop {
                if let Ok(Some(status)) = prism.child.try_wait() {
                    return Err(format!("Prism for {} exited ({status}) while starting:\n{}", prism.product, tail(&prism.log)));
                }
                if tokio::net::TcpStream::connect(("127.0.0.1", prism.port)).await.is_ok() {
                    break;
                }
                if started.elapsed() > START_TIMEOUT {
                    return Err(format!("Prism for {} did not listen within {START_TIMEOUT:?}:\n{}", prism.product, tail(&prism.log)));
                }
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
        }
        Ok(())
    }
}

impl Drop for MockServer {
    fn drop(&mut self) {
        self.proxy.abort();
        // `prism mock` is one node process: ending it ends the mock.
        for prism in &mut self.prisms {
            let _ = prism.child.kill();
            let _ = prism.child.wait();
        }
    }
}

fn free_port() -> Result<u16, String> {
    let listener = StdListener::bind("127.0.0.1:0").map_err(|e| format!("finding a free port: {e}"))?;
    listener.local_addr().map(|a| a.port()).map_err(|e| e.to_string())
}

fn tail(path: &Path) -> String {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    let lines: Vec<&str> = text.lines().collect();
    lines[lines.len().saturating_sub(20)..].join("\n")
}

/// The product whose operations include a path matching `path` (literal segments must match,
/// `{parameter}` segments match any; the template with the most literal segments wins).
pub fn product_for(path: &str) -> Option<&'static str> {
    let segments: Vec<&str> = path.trim_end_matches('/').split('/').collect();
    ROUTES
        .iter()
        .filter_map(|(product, template)| {
            let parts: Vec<&str> = template.split('/').collect();
            if parts.len() != segments.len() {
                return None;
            }
            let mut literals = 0;
            for (part, segment) in parts.iter().zip(&segments) {
                if part.starts_with('{') && part.ends_with('}') {
                    if segment.is_empty() {
                        return None;
                    }
                } else if part == segment {
                    literals += 1;
                } else {
                    return None;
                }
            }
            Some((literals, *product))
        })
        .max_by_key(|(literals, _)| *literals)
        .map(|(_, product)| product)
}

async fn serve(listener: tokio::net::TcpListener, routes: Arc<Vec<(&'static str, u16)>>, violations: Arc<Mutex<Vec<String>>>) {
    let client = reqwest::Client::builder().redirect(reqwest::redirect::Policy::none()).no_proxy().build().expect("a plain HTTP client");
    loop {
        let Ok((stream, _)) = listener.accept().await else { continue };
        let routes = routes.clone();
        let violations = violations.clone();
        let client = client.clone();
        tokio::spawn(async move {
            let service = service_fn(move |request| forward(request, routes.clone(), violations.clone(), client.clone()));
            let _ = http1::Builder::new().serve_connection(TokioIo::new(stream), service).await;
        });
    }
}

async fn forward(
    request: hyper::Request<Incoming>,
    routes: Arc<Vec<(&'static str, u16)>>,
    violations: Arc<Mutex<Vec<String>>>,
    client: reqwest::Client,
) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
    let method = request.method().clone();
    let path = request.uri().path().to_string();
    let path_and_query = request.uri().path_and_query().map(|p| p.as_str().to_string()).unwrap_or_else(|| path.clone());
    let record = |message: String| {
        if let Ok(mut all) = violations.lock() {
            all.push(message);
        }
    };
    let Some(port) = product_for(&path).and_then(|product| routes.iter().find(|(p, _)| *p == product).map(|(_, port)| *port)) else {
        record(format!("{method} {path}: no product spec has this path"));
        return Ok(plain(404, "no product spec has this path"));
    };
    let headers = request.headers().clone();
    let body = match request.into_body().collect().await {
        Ok(body) => body.to_bytes(),
        Err(error) => return Ok(plain(400, &format!("unreadable request body: {error}"))),
    };
    let address = SocketAddr::from(([127, 0, 0, 1], port));
    let mut outgoing = client.request(method.clone(), format!("http://{address}{path_and_query}")).body(body);
    for (name, value) in &headers {
        if name != hyper::header::HOST && name != hyper::header::CONTENT_LENGTH {
            outgoing = outgoing.header(name, value);
        }
    }
    let response = match outgoing.send().await {
        Ok(response) => response,
        Err(error) => return Ok(plain(502, &format!("Prism did not answer: {error}"))),
    };
    if let Some(found) = response.headers().get("sl-violations") {
        record(format!("{method} {path}: {}", found.to_str().unwrap_or("(unreadable)")));
    }
    let mut builder = hyper::Response::builder().status(response.status().as_u16());
    for (name, value) in response.headers() {
        if name != hyper::header::TRANSFER_ENCODING && name != hyper::header::CONNECTION && name != hyper::header::CONTENT_LENGTH {
            builder = builder.header(name, value);
        }
    }
    let body = response.bytes().await.unwrap_or_default();
    Ok(builder.body(Full::new(body)).unwrap_or_else(|_| plain(502, "unusable response from Prism")))
}

fn plain(status: u16, text: &str) -> hyper::Response<Full<Bytes>> {
    let mut response = hyper::Response::new(Full::new(Bytes::from(text.to_string())));
    *response.status_mut() = hyper::StatusCode::from_u16(status).unwrap_or(hyper::StatusCode::BAD_GATEWAY);
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_route_to_their_product() {
        assert_eq!(product_for("/v1/accounts/abc/transactions"), Some("accounts"));
        assert_eq!(product_for("/v1/moneyMovement/payees/sourceAccounts"), Some("money-movement"));
        assert_eq!(product_for("/clientCredentials/oauth2/token/pl/gcb"), Some("authorize"));
        assert_eq!(product_for("/v1/utilities/referenceData/accountStatus"), Some("utilities"));
        assert_eq!(product_for("/nowhere"), None);
    }
}
