//! A small static server for tests that need what a plain host never does on purpose: a file
//! answered with another body or status, a request that never answers, or the site's
//! Content-Security-Policy sent as a header (with `frame-ancestors` as the README's headers set
//! it per path). Plain files otherwise, `404.html` with status 404
//! for what is missing, as `cargo xtask serve` does. Loopback only; ends with the test process.

use std::collections::HashMap;
use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::Duration;

/// What the server answers for one path instead of its file.
#[derive(Clone, Debug)]
pub enum Answer {
    /// This status and body.
    Status(u16, Vec<u8>),
    /// Status 200 with this body.
    Body(Vec<u8>),
    /// No answer at all (the connection is held open, then dropped).
    Hang,
}

pub struct TestServer {
    pub port: u16,
    overrides: Arc<Mutex<HashMap<String, Answer>>>,
}

impl TestServer {
    /// Serves `root` at `/`; with `csp_header`, each page's policy (from its meta element) is
    /// also sent as a `Content-Security-Policy` header.
    pub fn start(root: &Path, csp_header: bool) -> TestServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("a loopback port");
        let port = listener.local_addr().unwrap().port();
        let overrides: Arc<Mutex<HashMap<String, Answer>>> = Arc::default();
        let root = root.to_owned();
        let shared = overrides.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming().flatten() {
                let root = root.clone();
                let overrides = shared.clone();
                std::thread::spawn(move || {
                    let _ = answer(stream, &root, &overrides, csp_header);
                });
            }
        });
        TestServer { port, overrides }
    }

    /// From now on, `path` (`/data/v2/force/kent.json`) is answered with `answer`.
    pub fn answer(&self, path: &str, answer: Answer) {
        self.overrides.lock().unwrap().insert(path.to_owned(), answer);
    }

    pub fn url(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("css") => "text/css",
        Some("json") => "application/json",
        Some("wasm") => "application/wasm",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        _ => "application/octet-stream",
    }
}

fn answer(
    mut stream: TcpStream,
    root: &Path,
    overrides: &Mutex<HashMap<String, Answer>>,
    csp_header: bool,
) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.read_line(&mut request)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" {
            break;
        }
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let path = target.split(['?', '#']).next().unwrap_or("/").to_owned();
    let overridden = overrides.lock().unwrap().get(&path).cloned();
    let (status, body, file): (u16, Vec<u8>, PathBuf) = match overridden {
        Some(Answer::Hang) => {
            std::thread::sleep(Duration::from_secs(60));
            return Ok(());
        }
        Some(Answer::Status(status, body)) => (status, body, PathBuf::from(&path)),
        Some(Answer::Body(body)) => (200, body, PathBuf::from(&path)),
        None => {
            let relative = path.trim_start_matches('/');
            let mut file = root.join(relative);
            if path.ends_with('/') {
                file = file.join("index.html");
            }
            match std::fs::read(&file) {
                Ok(body) if !relative.contains("..") => (200, body, file),
                _ => {
                    let not_found = root.join("404.html");
                    (404, std::fs::read(&not_found).unwrap_or_default(), not_found)
                }
            }
        }
    };
    let mut head = format!(
        "HTTP/1.1 {status} {}\r\nContent-Type: {}\r\nContent-Length: {}\r\nCache-Control: no-store\r\nConnection: close\r\n",
        if status < 400 { "OK" } else { "Error" },
        content_type(&file),
        body.len()
    );
    if csp_header && content_type(&file).starts_with("text/html") {
        let html = String::from_utf8_lossy(&body);
        if let Some(policy) = peel_explorer::content_security_policy::of_page(&html) {
            // Who may frame it, as the README's headers say: any site an embed, none the rest.
            let ancestors = if status == 200 {
                peel_model::route::frame_ancestors(&path)
            } else {
                "'none'"
            };
            head.push_str(&format!(
                "Content-Security-Policy: {policy}; frame-ancestors {ancestors}\r\n"
            ));
        }
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes())?;
    stream.write_all(&body)?;
    stream.flush()
}
