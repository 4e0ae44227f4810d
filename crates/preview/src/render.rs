//! From SVG to PNG: the fonts loaded once, each image laid out, drawn by resvg and written as
//! an indexed (palette) PNG.

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;

use peel_model::pages::PageData;
use peel_model::pages::embed::EmbedView;
use resvg::{tiny_skia, usvg};
use skrifa::instance::{LocationRef, Size};
use skrifa::{FontRef, MetadataProvider};

use crate::charts::Chart;
use crate::fonts;
use crate::layout::{FAMILY, Measure, Weight};

/// How an SVG becomes a PNG here: change it with anything that changes the pixels or the file
/// for the same SVG (the renderer's version, the encoding), so that cached images are redrawn.
pub const DRAWING: &str = "resvg 0.49, white background, indexed PNG of the 256 most frequent colours, v1";

/// Lays out and draws preview images; shareable between threads.
pub struct Renderer {
    options: usvg::Options<'static>,
    regular: Arc<Vec<u8>>,
    bold: Arc<Vec<u8>>,
}

impl Renderer {
    /// With the system's DejaVu Sans ([`fonts::FILES`]); says what to install where it is missing.
    pub fn new() -> Result<Renderer, String> {
        Renderer::with_fonts(Path::new(fonts::REGULAR), Path::new(fonts::BOLD))
    }

    /// With DejaVu Sans from these files.
    pub fn with_fonts(regular: &Path, bold: &Path) -> Result<Renderer, String> {
        let read = |path: &Path| {
            std::fs::read(path).map(Arc::new).map_err(|e| {
                format!(
                    "cannot read the link-preview font {}: {e}. It is in the Debian package {}: \
                     `apt-get install {}` (as root), or run `cargo xtask install`, which installs it",
                    path.display(),
                    fonts::DEBIAN_PACKAGE,
                    fonts::DEBIAN_PACKAGE
                )
            })
        };
        let (regular, bold) = (read(regular)?, read(bold)?);
        let mut options = usvg::Options {
            font_family: FAMILY.to_owned(),
            ..usvg::Options::default()
        };
        let db = options.fontdb_mut();
        for data in [&regular, &bold] {
            db.load_font_source(usvg::fontdb::Source::Binary(data.clone()));
        }
        db.set_sans_serif_family(FAMILY);
        for weight in [usvg::fontdb::Weight::NORMAL, usvg::fontdb::Weight::BOLD] {
            let query = usvg::fontdb::Query {
                families: &[usvg::fontdb::Family::Name(FAMILY)],
                weight,
                ..usvg::fontdb::Query::default()
            };
            let found = db
                .query(&query)
                .and_then(|id| db.face(id))
                .filter(|face| face.weight == weight);
            if found.is_none() {
                return Err(format!(
                    "the link-preview fonts hold no {FAMILY} of weight {}: are {} and {} the files of {}?",
                    weight.0,
                    fonts::REGULAR,
                    fonts::BOLD,
                    fonts::DEBIAN_PACKAGE
                ));
            }
        }
        Ok(Renderer {
            options,
            regular,
            bold,
        })
    }

    /// A file name for the image of `svg`, for a cache of drawn images across builds: it changes
    /// with the SVG, the font files and [`DRAWING`]. (FNV-1a, 64 bits: stable across Rust
    /// versions, unlike `std`'s hasher.)
    pub fn cache_name(&self, svg: &str) -> String {
        let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
        let lengths = format!("{}/{}", self.regular.len(), self.bold.len());
        for bytes in [DRAWING.as_bytes(), lengths.as_bytes(), svg.as_bytes()] {
            for byte in bytes.iter().chain([&0xff]) {
                hash ^= u64::from(*byte);
                hash = hash.wrapping_mul(0x0100_0000_01b3);
            }
        }
        format!("{hash:016x}.png")
    }

    /// The page's preview laid out as SVG, for the pages that have one.
    pub fn svg(&self, page: &PageData) -> Option<String> {
        crate::pages::svg(page, self)
    }

    /// A chart image of the embed's view, for the embeds that have one (a map, a grade card).
    pub fn chart(&self, embed: &EmbedView) -> Option<Chart> {
        crate::charts::chart(embed, self)
    }

    /// The SVG drawn at its own size (a preview's 1200 x 630), as PNG.
    pub fn png(&self, svg: &str) -> Result<Vec<u8>, String> {
        let tree = usvg::Tree::from_str(svg, &self.options).map_err(|e| format!("the image's SVG: {e}"))?;
        let size = tree.size().to_int_size();
        let (width, height) = (size.width(), size.height());
        let mut pixmap =
            tiny_skia::Pixmap::new(width, height).ok_or_else(|| "cannot allocate the image".to_owned())?;
        pixmap.fill(tiny_skia::Color::WHITE);
        resvg::render(&tree, tiny_skia::Transform::default(), &mut pixmap.as_mut());
        encode(pixmap.data(), width, height)
    }
}

impl Measure for Renderer {
    fn width(&self, text: &str, size: f32, weight: Weight) -> f32 {
        let data = match weight {
            Weight::Regular => &self.regular,
            Weight::Bold => &self.bold,
        };
        let Ok(font) = FontRef::new(data) else {
            // Loading checked the files; an estimate on the wide side rather than a panic.
            return text.chars().count() as f32 * size * 0.75;
        };
        let charmap = font.charmap();
        let metrics = font.glyph_metrics(Size::new(size), LocationRef::default());
        text.chars()
            .map(|c| {
                charmap
                    .map(c)
                    .or_else(|| charmap.map('?'))
                    .and_then(|glyph| metrics.advance_width(glyph))
                    .unwrap_or(size * 0.75)
            })
            .sum()
    }
}

/// Opaque RGBA (drawn on white, so premultiplied is plain) as an indexed PNG: lossless where
/// the image has at most 256 colours (most have); else with the 256 most frequent colours, each
/// other colour (a few anti-aliased edge pixels, well under 1% of the image) drawn as the
/// nearest of them. A third of the size of RGB, and no visible difference.
fn encode(rgba: &[u8], width: u32, height: u32) -> Result<Vec<u8>, String> {
    // Colours as `0xRRGGBB`; long runs of one colour are counted and looked up once.
    let pixels: Vec<u32> = rgba
        .chunks_exact(4)
        .map(|p| u32::from_be_bytes([0, p[0], p[1], p[2]]))
        .collect();
    let mut counts: HashMap<u32, u32> = HashMap::new();
    for run in pixels.chunk_by(|a, b| a == b) {
        *counts.entry(run[0]).or_default() += run.len() as u32;
    }
    let mut colours: Vec<(u32, u32)> = counts.into_iter().collect();
    // Most frequent first; ties by colour, so the same image always gives the same file.
    colours.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let palette: Vec<u32> = colours.iter().take(256).map(|(c, _)| *c).collect();
    let mut index: HashMap<u32, u8> = palette.iter().enumerate().map(|(i, c)| (*c, i as u8)).collect();
    for (colour, _) in colours.iter().skip(256) {
        index.insert(*colour, nearest(&palette, *colour));
    }
    let mut indices = Vec::with_capacity(pixels.len());
    for run in pixels.chunk_by(|a, b| a == b) {
        let i = index[&run[0]];
        indices.extend(std::iter::repeat_n(i, run.len()));
    }
    let palette: Vec<u8> = palette.iter().flat_map(|c| rgb(*c)).collect();
    let mut out = Vec::new();
    let mut encoder = png::Encoder::new(&mut out, width, height);
    encoder.set_color(png::ColorType::Indexed);
    encoder.set_depth(png::BitDepth::Eight);
    encoder.set_palette(palette);
    encoder.set_compression(png::Compression::High);
    // Filters rarely help an indexed image (the PNG specification's advice; measured here too).
    encoder.set_filter(png::Filter::NoFilter);
    let error = |e: png::EncodingError| format!("PNG: {e}");
    let mut writer = encoder.write_header().map_err(error)?;
    writer.write_image_data(&indices).map_err(error)?;
    writer.finish().map_err(error)?;
    Ok(out)
}

fn rgb(colour: u32) -> [u8; 3] {
    let [_, r, g, b] = colour.to_be_bytes();
    [r, g, b]
}

/// The palette entry closest to `colour` (squared distance, green weighted as the eye sees it).
fn nearest(palette: &[u32], colour: u32) -> u8 {
    let target = rgb(colour);
    let distance = |c: &u32| {
        let c = rgb(*c);
        let d = |i: usize, weight: i32| {
            let delta = i32::from(c[i]) - i32::from(target[i]);
            weight * delta * delta
        };
        d(0, 3) + d(1, 4) + d(2, 2)
    };
    palette
        .iter()
        .enumerate()
        .min_by_key(|(_, c)| distance(c))
        .map_or(0, |(i, _)| i as u8)
}

/// A PNG's width and height, from its header (`IHDR`); `None` for what is no PNG.
pub fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if bytes.len() < 24 || &bytes[..8] != SIGNATURE || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}
