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
mod tests {
    use super::*;

    const HASHED_JS: &str = "peel-explorer-0f1e2d3c4b5a6978.js";
    /// Long enough for its compressed forms to be smaller.
    const NOT_FOUND_PAGE: &str = "<p>not here</p><p>not here</p><p>not here</p><p>not here</p>";

    /// A small site with precompressed files, as `cargo xtask dist` writes it.
    fn site(name: &str) -> std::path::PathBuf {
        let root = std::env::temp_dir().join(format!("xtask-serve-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&root);
        std::fs::create_dir_all(root.join("force/kent")).unwrap();
        std::fs::create_dir_all(root.join("data/v1")).unwrap();
        std::fs::write(root.join("index.html"), "<p>home</p>".repeat(20)).unwrap();
        std::fs::write(root.join("force/kent/index.html"), "<p>kent</p>".repeat(20)).unwrap();
        std::fs::write(root.join("404.html"), NOT_FOUND_PAGE).unwrap();
        std::fs::write(root.join(HASHED_JS), "export default 1;".repeat(20)).unwrap();
        std::fs::write(root.join("data/v1/index.json"), "{}").unwrap();
        crate::compress::precompress(&root, None).unwrap();
        root
    }

    struct Answer {
        status: u16,
        headers: Vec<(String, String)>,
        body: Vec<u8>,
    }

    impl Answer {
        fn header(&self, name: &str) -> Option<&str> {
            self.headers
                .iter()
                .find(|(n, _)| n.eq_ignore_ascii_case(name))
                .map(|(_, v)| v.as_str())
        }
    }

    fn get(port: u16, path: &str, accept_encoding: Option<&str>) -> Answer {
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .max_redirects(0)
            .build()
            .into();
        let mut request = agent.get(&format!("http://127.0.0.1:{port}{path}"));
        if let Some(accepted) = accept_encoding {
            request = request.header("Accept-Encoding", accepted);
        }
        let mut response = request.call().expect("the server answers");
        Answer {
            status: response.status().as_u16(),
            headers: response
                .headers()
                .iter()
                .map(|(n, v)| (n.to_string(), v.to_str().unwrap_or("").to_owned()))
                .collect(),
            body: response.body_mut().read_to_vec().unwrap(),
        }
    }

    #[test]
    fn sends_brotli_or_gzip_when_accepted_and_the_file_itself_otherwise() {
        let root = site("encodings");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        let original = std::fs::read(root.join("index.html")).unwrap();

        let br = get(server.port, "/", Some("gzip, deflate, br, zstd"));
        assert_eq!(br.status, 200);
        assert_eq!(br.header("content-encoding"), Some("br"));
        assert_eq!(br.body, std::fs::read(root.join("index.html.br")).unwrap());
        assert_eq!(br.header("content-type"), Some("text/html; charset=utf-8"));
        assert_eq!(br.header("vary"), Some("accept-encoding"));

        let gz = get(server.port, "/force/kent/", Some("gzip"));
        assert_eq!(gz.header("content-encoding"), Some("gzip"));
        assert_eq!(
            gz.body,
            std::fs::read(root.join("force/kent/index.html.gz")).unwrap()
        );

        let plain = get(server.port, "/", None);
        assert_eq!(plain.status, 200);
        assert_eq!(plain.header("content-encoding"), None);
        assert_eq!(plain.body, original);
        assert_eq!(plain.header("vary"), Some("accept-encoding"));

        let refused = get(server.port, "/", Some("br;q=0, gzip;q=0"));
        assert_eq!(refused.header("content-encoding"), None);
        assert_eq!(refused.body, original);

        let js = get(server.port, &format!("/{HASHED_JS}"), Some("br"));
        assert_eq!(js.header("content-encoding"), Some("br"));
        assert_eq!(js.header("content-type"), Some("text/javascript; charset=utf-8"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn hashed_assets_are_immutable_and_the_rest_revalidated() {
        let root = site("cache");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        assert_eq!(
            get(server.port, &format!("/{HASHED_JS}"), None).header("cache-control"),
            Some(IMMUTABLE)
        );
        for path in [
            "/",
            "/force/kent/",
            "/data/v1/index.json",
            "/nowhere-0123456789abcdef.js",
        ] {
            assert_eq!(
                get(server.port, path, None).header("cache-control"),
                Some(REVALIDATE),
                "{path}"
            );
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn embeds_may_be_framed_by_any_site_and_nothing_else_by_any() {
        let root = site("frames");
        std::fs::create_dir_all(root.join("embed/monitoring")).unwrap();
        std::fs::write(root.join("embed/monitoring/index.html"), "<p>timeline</p>").unwrap();
        for (base, prefix) in [("/", ""), ("/peel/", "/peel")] {
            let server = StaticServer::start(&root, base, 0).unwrap();
            let policy = |path: &str| {
                get(server.port, &format!("{prefix}{path}"), None)
                    .header("content-security-policy")
                    .map(str::to_owned)
            };
            assert_eq!(
                policy("/embed/monitoring/").as_deref(),
                Some("frame-ancestors *"),
                "{base}"
            );
            for path in ["/", "/force/kent/", "/embed/nowhere/", "/nowhere/"] {
                assert_eq!(
                    policy(path).as_deref(),
                    Some("frame-ancestors 'none'"),
                    "{base}{path}"
                );
            }
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn a_missing_file_is_the_404_page_with_status_404_and_no_fallback() {
        let root = site("missing");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        for path in [
            "/force/nowhere/",
            "/force/kent/index.html/",
            "/force/%2e%2e/%2e%2e/etc/passwd",
        ] {
            let missing = get(server.port, path, None);
            assert_eq!(missing.status, 404, "{path}");
            assert_eq!(missing.body, NOT_FOUND_PAGE.as_bytes(), "{path}");
            assert_eq!(missing.header("content-type"), Some("text/html; charset=utf-8"));
        }
        let compressed = get(server.port, "/nowhere", Some("br"));
        assert_eq!(compressed.status, 404);
        assert_eq!(compressed.header("content-encoding"), Some("br"));
        assert_eq!(compressed.header("etag"), None);
        let _ = std::fs::remove_dir_all(&root);
    }

    /// A request for part of a missing file, or for it only if changed, still gets the whole
    /// 404 page.
    #[test]
    fn the_404_page_is_always_whole() {
        let root = site("missing-conditional");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        let etag = get(server.port, "/404.html", None)
            .header("etag")
            .unwrap()
            .to_owned();
        let agent: ureq::Agent = ureq::Agent::config_builder()
            .http_status_as_error(false)
            .build()
            .into();
        for (name, value) in [("If-None-Match", etag.as_str()), ("Range", "bytes=0-3")] {
            let mut response = agent
                .get(&format!("http://127.0.0.1:{}/nowhere/", server.port))
                .header(name, value)
                .call()
                .unwrap();
            assert_eq!(response.status().as_u16(), 404, "{name}");
            assert_eq!(
                response.body_mut().read_to_vec().unwrap(),
                NOT_FOUND_PAGE.as_bytes(),
                "{name}"
            );
        }
        let _ = std::fs::remove_dir_all(&root);
    }

    /// The end-to-end tests read pages as a crawler does: HTTP/1.0, no Accept-Encoding, the
    /// answer ending when the server closes the connection.
    #[test]
    fn answers_plain_http_1_0_and_closes() {
        use std::io::{Read, Write};
        let root = site("http10");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        let mut stream = std::net::TcpStream::connect(("127.0.0.1", server.port)).unwrap();
        stream.set_read_timeout(Some(Duration::from_secs(10))).unwrap();
        write!(stream, "GET /force/kent/ HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n").unwrap();
        let mut response = Vec::new();
        stream.read_to_end(&mut response).unwrap();
        let response = String::from_utf8(response).unwrap();
        assert!(
            response.starts_with("HTTP/1.0 200") || response.starts_with("HTTP/1.1 200"),
            "{response}"
        );
        assert!(response.ends_with(&"<p>kent</p>".repeat(20)), "{response}");
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn folders_without_their_slash_are_redirected() {
        let root = site("redirect");
        let server = StaticServer::start(&root, "/", 0).unwrap();
        let moved = get(server.port, "/force/kent?round=2016", None);
        assert_eq!(moved.status, 301);
        assert_eq!(moved.header("location"), Some("/force/kent/?round=2016"));
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn serves_only_under_the_base_path() {
        let root = site("sub-path");
        let server = StaticServer::start(&root, "/peel/explorer/", 0).unwrap();
        let kent = get(server.port, "/peel/explorer/force/kent/", Some("br"));
        assert_eq!(kent.status, 200);
        assert_eq!(
            kent.body,
            std::fs::read(root.join("force/kent/index.html.br")).unwrap()
        );
        assert_eq!(get(server.port, "/peel/explorer/", None).status, 200);
        for path in ["/force/kent/", "/", "/peel/explorerx/", "/peel/index.html"] {
            let outside = get(server.port, path, None);
            assert_eq!(outside.status, 404, "{path}");
            assert_eq!(outside.body, NOT_FOUND_PAGE.as_bytes(), "{path}");
        }
        let home = get(server.port, "/peel/explorer?x=1", None);
        assert_eq!(
            (home.status, home.header("location")),
            (301, Some("/peel/explorer/?x=1"))
        );
        let folder = get(server.port, "/peel/explorer/force/kent", None);
        assert_eq!(
            (folder.status, folder.header("location")),
            (301, Some("/peel/explorer/force/kent/"))
        );
        assert_eq!(
            get(server.port, &format!("/peel/explorer/{HASHED_JS}"), None).header("cache-control"),
            Some(IMMUTABLE)
        );
        let _ = std::fs::remove_dir_all(&root);
    }

    #[test]
    fn trunk_hashed_names_are_recognised() {
        assert!(is_hashed_asset("peel-explorer-9d1c0b3a2e4f5a6b.js"));
        assert!(is_hashed_asset("peel-explorer-9d1c0b3a2e4f5a6b_bg.wasm"));
        assert!(is_hashed_asset("main-1a2b3c4d5e6f.css"));
        assert!(!is_hashed_asset("index.html"));
        assert!(!is_hashed_asset("robots.txt"));
        assert!(!is_hashed_asset("data/v1/index-0123456789abcdef.json"));
        assert!(!is_hashed_asset("main-NOTAHASH00.css"));
        assert!(!is_hashed_asset("-0123456789abcdef.js"));
    }
}
