//! Which addresses from the data become links, and who published them.
//!
//! A source on an official domain (the inspectorate and the rest of government, the police and
//! their commissioners) is linked; any other (a newspaper) is named and its address shown, not
//! linked: nothing in the data can make the site send a reader somewhere unvetted.

/// Who published a page, from its address: `hmicfrs.justiceinspectorates.gov.uk`,
/// `northumbria-pcc.gov.uk` (the host, without `www.`), so a reader sees what kind of source it
/// is. The address itself where it has no host.
pub fn publisher(url: &str) -> String {
    let rest = url.split_once("://").map_or(url, |(_, rest)| rest);
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.rsplit_once('@').map_or(host, |(_, h)| h);
    let host = host.split(':').next().unwrap_or(host);
    let host = host.strip_prefix("www.").unwrap_or(host);
    if host.is_empty() {
        url.to_owned()
    } else {
        host.to_ascii_lowercase()
    }
}

/// Whether an address from the data may become a link: `https://` or `http://` with a host,
/// and nothing a browser would read otherwise (no spaces, quotes or angle brackets).
pub fn is_web_address(url: &str) -> bool {
    let lower = url.to_ascii_lowercase();
    let rest = lower
        .strip_prefix("https://")
        .or_else(|| lower.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or("");
        !host.is_empty()
            && host
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || ".-:@".contains(c))
            && !url
                .chars()
                .any(|c| c.is_whitespace() || c.is_control() || "\"'<>`\\".contains(c))
    })
}

/// The domains whose pages become links (see the module's notes).
pub const OFFICIAL_DOMAINS: [&str; 4] = ["gov.uk", "police.uk", "gov.wales", "llyw.cymru"];

/// The link for an address from the data: `https://` on a host of [`OFFICIAL_DOMAINS`] (an
/// `http://` address of such a host is read over https), else `None`.
pub fn official_link(url: &str) -> Option<String> {
    if !is_web_address(url) {
        return None;
    }
    let rest = url.split_once("://").map(|(_, rest)| rest)?;
    let host = publisher(url);
    let official = OFFICIAL_DOMAINS
        .iter()
        .any(|domain| host == *domain || host.ends_with(&format!(".{domain}")));
    official.then(|| format!("https://{rest}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_publisher_is_the_host_of_its_page() {
        assert_eq!(
            publisher("https://www.justiceinspectorates.gov.uk/hmicfrs/peel/kent/"),
            "justiceinspectorates.gov.uk"
        );
        assert_eq!(
            publisher("http://Northumbria-PCC.gov.uk:443/news?id=1"),
            "northumbria-pcc.gov.uk"
        );
        assert_eq!(publisher("not a url"), "not a url");
    }

    #[test]
    fn only_official_web_addresses_become_links() {
        assert_eq!(
            official_link("http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?")
                .as_deref(),
            Some("https://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?")
        );
        assert!(official_link("https://www.staffordshire.police.uk/news/").is_some());
        assert!(official_link("https://democracy.carmarthenshire.gov.wales/x").is_some());
        assert_eq!(official_link("https://policeprofessional.com/news/peel/"), None);
        assert_eq!(official_link("https://gov.uk.evil.example/"), None);
        assert_eq!(official_link("https://evilgov.uk/"), None);
        assert_eq!(official_link("javascript:alert(1)//gov.uk"), None);
    }

    #[test]
    fn only_web_addresses_become_links() {
        assert!(is_web_address(
            "https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2021-22/"
        ));
        assert!(is_web_address(
            "http://www.justiceinspectorates.gov.uk/hmic/peel-assessments/peel-2016/kent/?"
        ));
        for bad in [
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            "data:text/html,<script>alert(1)</script>",
            "//evil.example/",
            "/force/kent/",
            "https://",
            "https://exa mple.org/",
            "https://example.org/\"onmouseover=\"alert(1)",
            "https://example.org/<script>",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
    }
}
