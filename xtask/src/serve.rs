//! A plain static file server for `dist/`, behaving like GitHub Pages or nginx with
//! `error_page 404 /404.html`: files and directory `index.html` only, no rewrite to the app,
//! a missing file answered with status 404 and the body of `404.html`.

use std::io::Read;
use std::path::{Component, Path, PathBuf};
use std::sync::Arc;
use std::thread::JoinHandle;

use tiny_http::{Header, Method, Request, Response, Server, StatusCode};

pub struct StaticServer {
    server: Arc<Server>,
    workers: Vec<JoinHandle<()>>,
    pub port: u16,
}

impl StaticServer {
    /// Serves `root` under `base` (`"/"` or `"/sub/path/"`) on 127.0.0.1:`port` (0: any free port).
    pub fn start(root: &Path, base: &str, port: u16) -> Result<StaticServer, String> {
        let server = Server::http(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = server.server_addr().to_ip().map(|a| a.port()).unwrap_or(port);
        let server = Arc::new(server);
        let site = Arc::new(Site {
            root: root.to_path_buf(),
            base: normalise_base(base),
        });
        // Browsers fetch several files at once; a few workers keep the page loads realistic.
        let workers = (0..4)
            .map(|_| {
                let server = server.clone();
                let site = site.clone();
                std::thread::spawn(move || {
                    for request in server.incoming_requests() {
                        site.answer(request);
                    }
                })
            })
            .collect();
        Ok(StaticServer {
            server,
            workers,
            port,
        })
    }

    /// Serves until the process is stopped.
    pub fn wait(mut self) {
        for worker in std::mem::take(&mut self.workers) {
            let _ = worker.join();
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.server.unblock();
    }
}

struct Site {
    root: PathBuf,
    /// `/` or `/sub/path/`.
    base: String,
}

fn normalise_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

enum Answer {
    File(PathBuf),
    Redirect(String),
    NotFound,
    MethodNotAllowed,
}

impl Site {
    fn answer(&self, request: Request) {
        let head_only = *request.method() == Method::Head;
        let answer = match request.method() {
            Method::Get | Method::Head => self.resolve(request.url()),
            _ => Answer::MethodNotAllowed,
        };
        let result = match answer {
            Answer::File(path) => match std::fs::read(&path) {
                Ok(bytes) => respond(request, 200, content_type(&path), bytes, head_only),
                Err(_) => self.not_found(request, head_only),
            },
            Answer::Redirect(location) => match header("Location", &location) {
                Some(location) => request.respond(Response::empty(StatusCode(301)).with_header(location)),
                None => self.not_found(request, head_only),
            },
            Answer::NotFound => self.not_found(request, head_only),
            Answer::MethodNotAllowed => request.respond(Response::empty(StatusCode(405))),
        };
        // A client that went away is not the server's problem.
        let _ = result;
    }

    fn not_found(&self, request: Request, head_only: bool) -> std::io::Result<()> {
        let body = std::fs::read(self.root.join("404.html")).unwrap_or_else(|_| b"Not found".to_vec());
        respond(request, 404, "text/html; charset=utf-8", body, head_only)
    }

    fn resolve(&self, url: &str) -> Answer {
        let (path, query) = match url.split_once('?') {
            Some((path, query)) => (path, Some(query)),
            None => (url, None),
        };
        let Some(decoded) = percent_decode(path) else {
            return Answer::NotFound;
        };
        // The base itself without its slash is a directory: redirect, as nginx does.
        if decoded.len() + 1 == self.base.len() && self.base.starts_with(&decoded) && decoded != "/" {
            return Answer::Redirect(with_query(&self.base, query));
        }
        let Some(relative) = decoded.strip_prefix(&self.base) else {
            return Answer::NotFound;
        };
        let mut file = self.root.clone();
        for component in Path::new(relative).components() {
            match component {
                Component::Normal(part) => file.push(part),
                Component::CurDir => {}
                // `..` and absolute parts could leave the root.
                _ => return Answer::NotFound,
            }
        }
        if file.is_dir() {
            if !decoded.ends_with('/') {
                // The raw path, not the decoded one: a redirect repeats what the client sent.
                return Answer::Redirect(with_query(&format!("{path}/"), query));
            }
            file.push("index.html");
        }
        if file.is_file() {
            Answer::File(file)
        } else {
            Answer::NotFound
        }
    }
}

fn with_query(path: &str, query: Option<&str>) -> String {
    match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    }
}

fn respond(
    request: Request,
    status: u16,
    content_type: &str,
    body: Vec<u8>,
    head_only: bool,
) -> std::io::Result<()> {
    let length = body.len();
    let data: Box<dyn Read + Send> = if head_only {
        Box::new(std::io::empty())
    } else {
        Box::new(std::io::Cursor::new(body))
    };
    let response = Response::new(
        StatusCode(status),
        [
            header("Content-Type", content_type),
            header("Cache-Control", "no-cache"),
        ]
        .into_iter()
        .flatten()
        .collect(),
        data,
        Some(length),
        None,
    );
    request.respond(response)
}

fn header(name: &str, value: &str) -> Option<Header> {
    Header::from_bytes(name.as_bytes(), value.as_bytes()).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "svg" => "image/svg+xml",
        "txt" => "text/plain; charset=utf-8",
        "png" => "image/png",
        "ico" => "image/x-icon",
        "csv" => "text/csv; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn percent_decode(path: &str) -> Option<String> {
    let bytes = path.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(base: &str) -> (Site, PathBuf) {
        let root =
            std::env::temp_dir().join(format!("xtask-serve-test-{}-{}", std::process::id(), base.len()));
        std::fs::create_dir_all(root.join("force/kent")).unwrap();
        std::fs::write(root.join("index.html"), "home").unwrap();
        std::fs::write(root.join("force/kent/index.html"), "kent").unwrap();
        (
            Site {
                root: root.clone(),
                base: normalise_base(base),
            },
            root,
        )
    }

    fn file_of(answer: Answer) -> Option<String> {
        match answer {
            Answer::File(p) => Some(p.to_string_lossy().into_owned()),
            _ => None,
        }
    }

    #[test]
    fn serves_files_and_directory_indexes_only() {
        let (site, _) = site("/");
        assert!(file_of(site.resolve("/")).unwrap().ends_with("index.html"));
        assert!(
            file_of(site.resolve("/force/kent/?x=1"))
                .unwrap()
                .ends_with("kent/index.html")
        );
        assert!(matches!(site.resolve("/force/kent?x=1"), Answer::Redirect(l) if l == "/force/kent/?x=1"));
        assert!(matches!(site.resolve("/force/nowhere/"), Answer::NotFound));
        assert!(matches!(site.resolve("/../etc/passwd"), Answer::NotFound));
        assert!(matches!(site.resolve("/force/%2e%2e/%2e%2e/"), Answer::NotFound));
    }

    #[test]
    fn serves_only_under_the_base() {
        let (site, _) = site("/peel/explorer/");
        assert!(file_of(site.resolve("/peel/explorer/force/kent/")).is_some());
        assert!(matches!(site.resolve("/force/kent/"), Answer::NotFound));
        assert!(matches!(site.resolve("/peel/explorer"), Answer::Redirect(l) if l == "/peel/explorer/"));
    }
}
