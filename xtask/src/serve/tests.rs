//! The static server's rules, against a small site written for each test.

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
