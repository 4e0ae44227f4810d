//! Where the site is served: its base path (`""` at a host's root, `"/peel"` under a sub-path)
//! and, where the deployer gave it, its public origin for absolute links in link previews; and
//! the page the site's "National tables" link opens (the latest round's table, from the data).
//!
//! All three are read at start-up from `<meta name="peel-base-path">`, `<meta name="peel-origin">`
//! and `<meta name="peel-national-tables">`, which the prerenderer writes into every page, so one
//! wasm build works at any address and the header needs no data of its own.

use leptos::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Site {
    base: String,
    origin: String,
    /// The site path of the national table the header links to (`/round/2023-25/`); empty where
    /// not known (the header then links the home page).
    national_tables: String,
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
            national_tables: String::new(),
        }
    }

    /// The same site whose "National tables" link opens `path` (a site path, `/round/2023-25/`).
    pub fn with_national_tables(mut self, path: &str) -> Self {
        self.national_tables = path.trim().to_owned();
        self
    }

    /// The site path the "National tables" link opens: the latest round's table, or `/`.
    pub fn national_tables(&self) -> &str {
        if self.national_tables.starts_with('/') {
            &self.national_tables
        } else {
            "/"
        }
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
