//! The site's Content-Security-Policy: no inline script or style runs unless its sha256 hash,
//! computed here at build time from the page shell, is listed; no `eval` (WebAssembly needs
//! only `'wasm-unsafe-eval'`). Page data is a non-executed `application/json` script.
//!
//! Every page carries the policy in `<meta http-equiv="Content-Security-Policy">`, placed before
//! anything it governs; hosts can send the same policy as a header (README, Hosting). Frames may
//! show the site's own pages only: the live preview of an embed (`frame-src 'self'`). The embeds
//! have a policy of their own (`crate::embeds::POLICY`).

use base64::Engine;
use sha2::{Digest, Sha256};

/// The policy for a page whose inline scripts and styles have these contents.
pub fn policy(inline_scripts: &[&str], inline_styles: &[&str]) -> String {
    let hashes = |contents: &[&str]| -> String {
        contents
            .iter()
            .map(|c| {
                format!(
                    " 'sha256-{}'",
                    base64::engine::general_purpose::STANDARD.encode(Sha256::digest(c))
                )
            })
            .collect()
    };
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'{}; img-src 'self' data:; \
         font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'self'; \
         form-action 'self'",
        hashes(inline_scripts),
        hashes(inline_styles)
    )
}

/// The contents of every `<tag …>…</tag>` in `html` whose opening tag passes `keep`.
fn inline_contents<'a>(html: &'a str, tag: &str, keep: impl Fn(&str) -> bool) -> Vec<&'a str> {
    let open = format!("<{tag}");
    let close = format!("</{tag}>");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find(&open) {
        let Some(open_end) = rest[start..].find('>').map(|e| start + e + 1) else {
            break;
        };
        let Some(end) = rest[open_end..].find(&close).map(|e| open_end + e) else {
            break;
        };
        let opening = &rest[start..open_end];
        // `<script src=…>` has no inline content to hash.
        if keep(opening) && !opening.contains(" src=") {
            found.push(&rest[open_end..end]);
        }
        rest = &rest[end + close.len()..];
    }
    found
}

/// Whether a `<script>` opening tag is of a type the browser runs.
fn executable(opening: &str) -> bool {
    !opening.contains("application/json") && !opening.contains("application/ld+json")
}

/// `head` with the policy for its inline scripts and styles added right after `<meta charset>`
/// (a policy in a meta element governs only what follows it); `None` for a head without a
/// complete `<meta charset>`.
pub fn add_to_head(head: &str) -> Option<String> {
    let scripts = inline_contents(head, "script", executable);
    let styles = inline_contents(head, "style", |_| true);
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&scripts, &styles)
    );
    let charset = head.find("<meta charset")?;
    let after = charset + head[charset..].find('>')? + 1;
    Some(format!("{}{meta}{}", &head[..after], &head[after..]))
}

/// The policy a page carries, read back from its HTML (for the header a host may send).
pub fn of_page(html: &str) -> Option<&str> {
    let start = html.find("<meta http-equiv=\"Content-Security-Policy\" content=\"")?;
    let value = &html[start + "<meta http-equiv=\"Content-Security-Policy\" content=\"".len()..];
    value.split('"').next()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inline_scripts_and_styles_are_hashed_and_nothing_is_unsafe() {
        let head = "<head><meta charset=\"utf-8\"><noscript><style>.js-only { display: none }</style></noscript>\
                    <script type=\"module\">import init from '/app.js'; init();</script>\
                    <script src=\"/other.js\"></script><script id=\"page-data\" type=\"application/json\">{}</script>";
        let with_policy = add_to_head(head).unwrap();
        let policy = of_page(&with_policy).unwrap();
        assert!(
            with_policy
                .starts_with("<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\"")
        );
        assert!(
            !policy.contains("unsafe-inline") && !policy.contains("'unsafe-eval'"),
            "{policy}"
        );
        assert!(policy.contains("'wasm-unsafe-eval'"));
        // One hash for the module script (not the external one, not the JSON), one for the style.
        let script_src = policy.split("; ").find(|d| d.starts_with("script-src")).unwrap();
        assert_eq!(script_src.matches("'sha256-").count(), 1, "{script_src}");
        let expected = base64::engine::general_purpose::STANDARD
            .encode(Sha256::digest("import init from '/app.js'; init();"));
        assert!(script_src.contains(&expected));
        let style_src = policy.split("; ").find(|d| d.starts_with("style-src")).unwrap();
        assert_eq!(style_src.matches("'sha256-").count(), 1, "{style_src}");
    }
}
