//! Why the site could not be prerendered: one [`PrerenderError`] kind per cause, each with its
//! sentence (its `Display`), naming the file or page and what to do where there is something to
//! do.

use std::fmt;
use std::io;
use std::path::PathBuf;

use peel_model::BUNDLE_VERSION;
use peel_model::route::Route;

#[derive(Debug)]
pub enum PrerenderError {
    /// A file could not be read.
    Read { path: PathBuf, error: io::Error },
    /// A file could not be written.
    Write { path: PathBuf, error: io::Error },
    /// A folder could not be created.
    CreateFolder { path: PathBuf, error: io::Error },
    /// A cached link-preview image could not be copied to its page.
    Copy {
        from: PathBuf,
        to: PathBuf,
        error: io::Error,
    },
    /// Trunk's page shell lacks a part every page is built around (`what`: `</head>`, ...).
    ShellLacks { path: PathBuf, what: &'static str },
    /// Trunk's page shell is not laid out as `<head>…</head><body>…</body>`.
    ShellOutOfOrder { path: PathBuf },
    /// Trunk's page shell has a `<title>` (each page sets its own).
    ShellHasTitle { path: PathBuf },
    /// A bundle file is not valid JSON of its kind.
    BundleFile { path: PathBuf, detail: String },
    /// The bundle is of another version than this program renders.
    BundleVersion { found: u32 },
    /// A page of the site map has no page data: the site map and the pages disagree.
    NoPage { route: Route, message: String },
    /// An embed of the embeds' map has no data.
    NoEmbed { path: String },
    /// A page with a link-preview image has no template to draw it.
    NoPreviewTemplate { route: Route },
    /// A page's data could not be written as JSON.
    PageData { route: Route, detail: String },
    /// The fonts the link-preview images are set in could not be loaded.
    Fonts(String),
    /// A link-preview image could not be drawn.
    Draw { file: PathBuf, detail: String },
    /// A link-preview or chart image came out larger than such an image may be.
    PreviewTooLarge {
        file: PathBuf,
        bytes: usize,
        limit: usize,
    },
    /// A thread drawing link-preview images panicked.
    PreviewThread,
}

impl fmt::Display for PrerenderError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PrerenderError::Read { path, error } => write!(f, "cannot read {}: {error}", path.display()),
            PrerenderError::Write { path, error } => write!(f, "cannot write {}: {error}", path.display()),
            PrerenderError::CreateFolder { path, error } => {
                write!(f, "cannot create {}: {error}", path.display())
            }
            PrerenderError::Copy { from, to, error } => {
                write!(f, "cannot copy {} to {}: {error}", from.display(), to.display())
            }
            PrerenderError::ShellLacks { path, what } => {
                write!(f, "the shell {} has no {what}", path.display())
            }
            PrerenderError::ShellOutOfOrder { path } => write!(
                f,
                "the shell {} is not laid out as <head>…</head><body>…</body>",
                path.display()
            ),
            PrerenderError::ShellHasTitle { path } => {
                write!(
                    f,
                    "the shell {} has a <title>; each page sets its own",
                    path.display()
                )
            }
            PrerenderError::BundleFile { path, detail } => {
                write!(f, "{}: not a valid bundle file: {detail}", path.display())
            }
            PrerenderError::BundleVersion { found } => write!(
                f,
                "the bundle is version {found}, this program renders version {BUNDLE_VERSION}"
            ),
            PrerenderError::NoPage { route, message } => write!(f, "route {route} has no page: {message}"),
            PrerenderError::NoEmbed { path } => write!(f, "the embed {path} has no data"),
            PrerenderError::NoPreviewTemplate { route } => {
                write!(f, "{route} has a preview image but its page no template")
            }
            PrerenderError::PageData { route, detail } => {
                write!(f, "{route}: its page data cannot be written as JSON: {detail}")
            }
            PrerenderError::Fonts(detail) => f.write_str(detail),
            PrerenderError::Draw { file, detail } => write!(f, "{}: {detail}", file.display()),
            PrerenderError::PreviewTooLarge { file, bytes, limit } => write!(
                f,
                "{} is {} KB, over the {} KB such an image may be: simplify its template",
                file.display(),
                bytes.div_ceil(1024),
                limit / 1024
            ),
            PrerenderError::PreviewThread => f.write_str("a thread drawing link previews panicked"),
        }
    }
}

impl std::error::Error for PrerenderError {}
