//! A plain static file server for `dist/`, behaving like GitHub Pages or nginx with
//! `error_page 404 /404.html`, `brotli_static on` and `gzip_static on`: files and directory
//! `index.html` only, no rewrite to the app, a missing file answered with status 404 and the
//! body of `404.html`, and the `.br`/`.gz` files `cargo xtask dist` writes sent to clients that
//! accept them.
//!
//! The files are served by tower-http's `ServeDir` (kept, and widely used): it negotiates
//! `Accept-Encoding` against precompressed files (brotli before gzip), sends the original
//! file's `Content-Type` with `Content-Encoding` and `Vary: Accept-Encoding`, answers ranges,
//! conditional requests and HEAD, refuses paths that leave its folder, redirects a folder
//! without its trailing slash, and hands missing files to a not-found service given the 404
//! status. Around it, this file adds only what is the site's own: the base path, the cache
//! policy (hashed assets are immutable), who may frame a page (`frame-ancestors`: any site an
//! embed, none the rest), `charset=utf-8` on text, and 301 for the folder
//! redirect as nginx sends (ServeDir sends 307). Served by hyper on a small tokio runtime in a
//! background thread, so callers stay synchronous.

use std::convert::Infallible;
use std::net::TcpListener;
use std::path::Path;
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::Duration;

use http_body_util::BodyExt;
use http_body_util::combinators::UnsyncBoxBody;
use hyper::body::{Bytes, Incoming};
use hyper::header::{self, HeaderValue};
use hyper::http::uri::PathAndQuery;
use hyper::{Request, Response, StatusCode, Uri};
use tower::ServiceExt;
use tower::util::MapRequest;
use tower_http::services::{ServeDir, ServeFile};
use tower_http::set_status::SetStatus;

/// A year: the longest `max-age` caches honour.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Everything else is checked with the server before each use (an ETag makes that cheap).
pub const REVALIDATE: &str = "no-cache";

pub struct StaticServer {
    pub port: u16,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

impl StaticServer {
    /// Each built site at the root of a free loopback port, as the bench measures them.
    pub fn start_each(sites: &[&Path]) -> crate::process::Result<Vec<StaticServer>> {
        sites
            .iter()
            .map(|dist| StaticServer::start(dist, "/", 0))
            .collect::<Result<Vec<_>, _>>()
            .or_else(|e| crate::process::fail("serve the built sites", e, "Free a loopback port and retry."))
    }

    /// Serves `root` under `base` (`"/"` or `"/sub/path/"`) on 127.0.0.1:`port` (0: any free
    /// port), in a background thread, until dropped or the process ends.
    pub fn start(root: &Path, base: &str, port: u16) -> Result<StaticServer, String> {
        let listener = TcpListener::bind(("127.0.0.1", port))
            .map_err(|e| format!("cannot listen on 127.0.0.1:{port}: {e}"))?;
        let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
        listener
            .set_nonblocking(true)
            .map_err(|e| format!("cannot set up the listening socket: {e}"))?;
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_io()
            .enable_time()
            .build()
            .map_err(|e| format!("cannot start the server's runtime: {e}"))?;
        let site = Arc::new(Site::new(root, base));
        let (stop, stopped) = tokio::sync::oneshot::channel();
        let thread = std::thread::Builder::new()
            .name(format!("serve {}", root.display()))
            .spawn(move || runtime.block_on(accept(listener, site, stopped)))
            .map_err(|e| format!("cannot start the server's thread: {e}"))?;
        Ok(StaticServer {
            port,
            stop: Some(stop),
            thread: Some(thread),
        })
    }

    /// Serves until the process is stopped.
    pub fn wait(mut self) {
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        // The accept loop ends; connections still open end with the runtime.
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}

async fn accept(listener: TcpListener, site: Arc<Site>, mut stopped: tokio::sync::oneshot::Receiver<()>) {
    let listener = match tokio::net::TcpListener::from_std(listener) {
        Ok(listener) => listener,
        Err(e) => {
            eprintln!("error: the static server cannot use its socket: {e}");
            return;
        }
    };
    loop {
        tokio::select! {
            _ = &mut stopped => break,
            accepted = listener.accept() => {
                let stream = match accepted {
                    Ok((stream, _)) => stream,
                    Err(_) => {
                        // Out of file descriptors, say: wait rather than spin.
                        tokio::time::sleep(Duration::from_millis(50)).await;
                        continue;
                    }
                };
                let site = site.clone();
                tokio::spawn(async move {
                    let service = hyper::service::service_fn(move |request| {
                        let site = site.clone();
                        async move { Ok::<_, Infallible>(site.answer(request).await) }
                    });
                    // A client that goes away is not the server's problem.
                    let _ = hyper::server::conn::http1::Builder::new()
                        .serve_connection(hyper_util::rt::TokioIo::new(stream), service)
                        .await;
                });
            }
        }
    }
}

type Body = UnsyncBoxBody<Bytes, std::io::Error>;
/// `404.html`, whole, with status 404.
type NotFound = SetStatus<MapRequest<ServeFile, fn(Request<Incoming>) -> Request<Incoming>>>;

struct Site {
    /// `/` or `/sub/path/`.
    base: String,
    files: ServeDir<NotFound>,
    not_found: NotFound,
}

impl Site {
    fn new(root: &Path, base: &str) -> Site {
        let base = normalise_base(base);
        let page = ServeFile::new(root.join("404.html"))
            .precompressed_br()
            .precompressed_gzip();
        let not_found = SetStatus::new(
            MapRequest::new(page, unconditional as fn(Request<Incoming>) -> Request<Incoming>),
            StatusCode::NOT_FOUND,
        );
        let files = ServeDir::new(root)
            .precompressed_br()
            .precompressed_gzip()
            // Its folder redirect sees the path below the base; this puts the base back.
            .redirect_path_prefix(base.trim_end_matches('/'))
            .fallback(not_found.clone());
        Site {
            base,
            files,
            not_found,
        }
    }

    async fn answer(&self, request: Request<Incoming>) -> Response<Body> {
        let path = request.uri().path().to_owned();
        let query = request.uri().query().map(str::to_owned);
        // The base's characters are all unreserved, which clients send as they are, so it
        // is compared with the raw path.
        let response = if self.base != "/" && format!("{path}/") == self.base {
            // The base itself without its slash is a folder: redirect, as nginx does.
            redirect(&with_query(&self.base, query.as_deref()))
        } else if let Some(below) = path.strip_prefix(self.base.trim_end_matches('/'))
            && below.starts_with('/')
        {
            match below_base(request.uri(), below, query.as_deref()) {
                Some(uri) => {
                    let mut request = request;
                    *request.uri_mut() = uri;
                    boxed(self.files.clone().oneshot(request).await)
                }
                None => boxed(self.not_found.clone().oneshot(request).await),
            }
        } else {
            boxed(self.not_found.clone().oneshot(request).await)
        };
        finish(response, &path, &self.base)
    }
}

/// The request without the headers that ask for part of a file or for none if unchanged: they
/// were meant for the missing file, and would otherwise turn `404.html`'s answer into a 404
/// with part of its body, or none.
fn unconditional(mut request: Request<Incoming>) -> Request<Incoming> {
    let headers = request.headers_mut();
    for name in [
        header::RANGE,
        header::IF_RANGE,
        header::IF_MATCH,
        header::IF_NONE_MATCH,
        header::IF_MODIFIED_SINCE,
        header::IF_UNMODIFIED_SINCE,
    ] {
        headers.remove(name);
    }
    request
}

/// The address with its path relative to the base (`/peel/force/` -> `/force/`), as ServeDir
/// expects.
fn below_base(uri: &Uri, below: &str, query: Option<&str>) -> Option<Uri> {
    let mut parts = uri.clone().into_parts();
    parts.path_and_query = Some(PathAndQuery::try_from(with_query(below, query)).ok()?);
    Uri::from_parts(parts).ok()
}

fn boxed<B>(response: Result<Response<B>, Infallible>) -> Response<Body>
where
    B: hyper::body::Body<Data = Bytes, Error = std::io::Error> + Send + 'static,
{
    match response {
        Ok(response) => response.map(BodyExt::boxed_unsync),
        Err(never) => match never {},
    }
}

fn redirect(location: &str) -> Response<Body> {
    let mut response = Response::new(empty());
    *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    match HeaderValue::from_str(location) {
        Ok(location) => {
            response.headers_mut().insert(header::LOCATION, location);
        }
        Err(_) => *response.status_mut() = StatusCode::BAD_REQUEST,
    }
    response
}

fn empty() -> Body {
    http_body_util::Empty::new()
        .map_err(|never| match never {})
        .boxed_unsync()
}

/// The site's own headers: cache policy, charset, and a permanent folder redirect.
fn finish(mut response: Response<Body>, path: &str, base: &str) -> Response<Body> {
    if response.status() == StatusCode::TEMPORARY_REDIRECT {
        *response.status_mut() = StatusCode::MOVED_PERMANENTLY;
    }
    let found = matches!(
        response.status(),
        StatusCode::OK | StatusCode::PARTIAL_CONTENT | StatusCode::NOT_MODIFIED
    );
    let below = path.strip_prefix(base).unwrap_or("");
    let cache = if found && is_hashed_asset(below) {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    let not_found = response.status() == StatusCode::NOT_FOUND;
    // Embeds may be framed by any site, nothing else by any (README, Hosting); a page's own
    // policy travels in its meta element, which cannot say this.
    let ancestors = if found {
        peel_model::route::frame_ancestors(&format!("/{below}"))
    } else {
        "'none'"
    };
    let headers = response.headers_mut();
    headers.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
    if let Ok(policy) = HeaderValue::from_str(&format!("frame-ancestors {ancestors}")) {
        headers.insert(header::CONTENT_SECURITY_POLICY, policy);
    }
    if not_found {
        // Validators of 404.html would have browsers ask "has it changed?" about an address
        // that has no file; without them they simply ask again.
        for name in [header::ETAG, header::LAST_MODIFIED, header::ACCEPT_RANGES] {
            headers.remove(name);
        }
    }
    // Pages and scripts are UTF-8; saying so spares the browser a guess.
    if let Some(text) = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.starts_with("text/") && !v.contains("charset"))
        .and_then(|v| HeaderValue::from_str(&format!("{v}; charset=utf-8")).ok())
    {
        headers.insert(header::CONTENT_TYPE, text);
    }
    response
}

/// Trunk's cache-busting names, in the site's top folder: `peel-explorer-<hash>.js`,
/// `peel-explorer-<hash>_bg.wasm`, `main-<hash>.css`, `favicon-<hash>.svg`, the hash being a
/// 64-bit hash of the content in lowercase hex (16 digits, fewer if it starts with zeros;
/// under 8 happens once in four billion builds and only costs caching). A new content is a
/// new name, so these never need to be checked again.
pub fn is_hashed_asset(below_base: &str) -> bool {
    if below_base.contains('/') {
        return false;
    }
    let Some((stem, _extension)) = below_base.split_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((name, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    !name.is_empty()
        && (8..=16).contains(&hash.len())
        && hash
            .bytes()
            .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

fn normalise_base(base: &str) -> String {
    let trimmed = base.trim().trim_matches('/');
    if trimmed.is_empty() {
        "/".into()
    } else {
        format!("/{trimmed}/")
    }
}

fn with_query(path: &str, query: Option<&str>) -> String {
    match query {
        Some(q) => format!("{path}?{q}"),
        None => path.to_owned(),
    }
}

#[cfg(test)]
mod tests;
