//! Where the site is served: its base path (`""` at a host's root, `"/peel"` under a sub-path)
//! and, where the deployer gave it, its public origin for absolute links in link previews; and
//! the one fact of the data every page's header needs, the round its "National tables" link
//! opens.
//!
//! All are read at start-up from `<meta name="peel-base-path">`, `<meta name="peel-origin">` and
//! `<meta name="peel-tables-round">`, which the prerenderer writes into every page, so one wasm
//! build works at any address and with any data.

use leptos::prelude::*;
use peel_model::Round;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Site {
    base: String,
    origin: String,
    tables_round: Option<Round>,
}

impl Site {
    /// `base` may be `"/peel/"`, `"peel"` or `"/"`; `origin` is `"https://example.org"` or empty.
    pub fn new(base: &str, origin: &str) -> Self {
        let trimmed = base.trim().trim_matches('/');
        Site {
            base: if trimmed.is_empty() {
                String::new()
            } else {
                format!("/{trimmed}")
            },
            origin: origin.trim().trim_end_matches('/').to_owned(),
            tables_round: None,
        }
    }

    /// The same site, its header's "National tables" opening `round`'s table.
    pub fn with_tables_round(self, round: Option<Round>) -> Self {
        Site {
            tables_round: round,
            ..self
        }
    }

    /// The round whose table the header's "National tables" opens, where the data has one.
    pub fn tables_round(&self) -> Option<Round> {
        self.tables_round
    }

    /// The base path without a trailing slash (`""` at the root), as the router wants it.
    pub fn base(&self) -> &str {
        &self.base
    }

    pub fn origin(&self) -> &str {
        &self.origin
    }

    /// A site path (starting with `/`) as a link: `/force/kent/` -> `/peel/force/kent/`.
    pub fn href(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    /// A file of the site (`data/v1/index.json`, relative to the site root) as a URL path.
    pub fn file(&self, file: &str) -> String {
        format!("{}/{}", self.base, file.trim_start_matches('/'))
    }

    /// A route as a link under this base.
    pub fn route(&self, route: &peel_model::Route) -> String {
        self.href(&route.path())
    }

    /// The full address of a site path where the origin is known, else the link.
    pub fn absolute(&self, path: &str) -> String {
        format!("{}{}{path}", self.origin, self.base)
    }

    /// The site path of a location's pathname, if it lies under this base.
    pub fn strip<'a>(&self, pathname: &'a str) -> Option<&'a str> {
        let rest = pathname.strip_prefix(self.base.as_str())?;
        if rest.is_empty() {
            Some("/")
        } else if rest.starts_with('/') {
            Some(rest)
        } else {
            None
        }
    }
}

/// The current site, from context (the root site outside the app, as in component tests).
pub fn use_site() -> Site {
    use_context::<Site>().unwrap_or_default()
}

/// A site path (from [`peel_model::Route::path`]) as a link under the current base.
pub fn href(path: &str) -> String {
    use_site().href(path)
}

/// A route as a link under the current base.
pub fn link(route: &peel_model::Route) -> String {
    use_site().route(route)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_and_prefixes() {
        assert_eq!(Site::new("/", "").href("/force/kent/"), "/force/kent/");
        assert_eq!(Site::new("/peel/explorer/", "").href("/"), "/peel/explorer/");
        assert_eq!(Site::new("peel", "").base(), "/peel");
        assert_eq!(
            Site::new("/peel", "https://x.org/").absolute("/a/"),
            "https://x.org/peel/a/"
        );
        assert_eq!(Site::new("/peel", "").strip("/peel/force/x/"), Some("/force/x/"));
        assert_eq!(Site::new("/peel", "").strip("/peel"), Some("/"));
        assert_eq!(Site::new("/peel", "").strip("/peeler/"), None);
    }
}
