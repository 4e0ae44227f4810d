//! The chart images readers download ([`peel_model::pages::chart_image`]): for every map and
//! grade card of `embed_map`, its SVG written beside its page and its PNG drawn by worker
//! threads (or copied from the cache, where the same SVG was drawn before). They are written
//! before the pages, whose links state each file's size.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use peel_model::pages::chart_image::{ChartImage, ChartImages, ImageFormat, image_path, links_html};
use peel_model::pages::embed::{self, embed_map};
use peel_model::pages::{PageData, Sources};
use peel_model::route::EmbedRoute;
use peel_preview::Renderer;

use super::PrerenderError;
use super::previews::{Previews, Workers};
use crate::site::Site;

/// The most a chart image's PNG may be: a force-round's grades with the notice of enhanced
/// monitoring and ten areas is the largest (about 85 KB).
const MAX_BYTES: usize = 200 * 1024;

/// The images written, by their embed's path.
pub struct ChartImageFiles {
    by_embed: HashMap<String, ChartImages>,
    /// The PNGs, as the link previews are counted.
    pub pngs: Previews,
    /// The SVGs' bytes in all.
    pub svg_bytes: u64,
}

/// Writes every chart image into `dist`; `cache`: where drawn PNGs are kept between builds.
pub fn write(
    dist: &Path,
    sources: &Sources,
    renderer: &Arc<Renderer>,
    cache: Option<PathBuf>,
) -> Result<ChartImageFiles, PrerenderError> {
    let workers = Workers::start(renderer.clone(), cache, MAX_BYTES)?;
    // Each image's embed, size in pixels, files and SVG length, for its links once drawn.
    let mut written = Vec::new();
    let mut svg_bytes = 0;
    for route in embed_map(sources) {
        let file = |format| image_path(&route, format).map(|path| dist.join(path.trim_start_matches('/')));
        let (Some(png), Some(svg)) = (file(ImageFormat::Png), file(ImageFormat::Svg)) else {
            continue;
        };
        let view =
            embed::build(&route, sources).ok_or_else(|| PrerenderError::NoEmbed { path: route.path() })?;
        let Some(chart) = renderer.chart(&view) else {
            continue;
        };
        if let Some(dir) = svg.parent() {
            std::fs::create_dir_all(dir).map_err(|error| PrerenderError::CreateFolder {
                path: dir.to_owned(),
                error,
            })?;
        }
        std::fs::write(&svg, &chart.svg).map_err(|error| PrerenderError::Write {
            path: svg.clone(),
            error,
        })?;
        svg_bytes += chart.svg.len() as u64;
        written.push((
            route,
            (chart.width, chart.height),
            png.clone(),
            chart.svg.len() as u64,
        ));
        workers.write(png, chart.svg);
    }
    let pngs = workers.finish()?;
    let mut by_embed = HashMap::with_capacity(written.len());
    for (route, size, png, svg_len) in written {
        let png_len = std::fs::metadata(&png)
            .map_err(|error| PrerenderError::Read { path: png, error })?
            .len();
        let image = |format, bytes| ChartImage::new(&route, format, size, bytes);
        if let (Some(png), Some(svg)) = (image(ImageFormat::Png, png_len), image(ImageFormat::Svg, svg_len)) {
            by_embed.insert(route.path(), ChartImages { png, svg });
        }
    }
    Ok(ChartImageFiles {
        by_embed,
        pngs,
        svg_bytes,
    })
}

impl ChartImageFiles {
    /// How many images, each as PNG and SVG.
    pub fn count(&self) -> usize {
        self.by_embed.len()
    }

    /// Gives a national table's page the links to its map's images, for each column, and a
    /// force-round's page the links to its grades'.
    pub fn link_from(&self, page: &mut PageData, site: &Site) {
        let links = |route: &EmbedRoute, what| {
            self.by_embed
                .get(&route.path())
                .map(|images| links_html(images, what, |path| site.href(path)))
        };
        match page {
            PageData::RoundTable(table) => {
                let round = table.round;
                table.map_images = table
                    .areas
                    .iter()
                    .filter_map(|area| {
                        let route = EmbedRoute::TileMap {
                            round,
                            area: area.slug(),
                        };
                        Some((area.slug(), links(&route, "this map")?))
                    })
                    .collect();
            }
            PageData::ForceRound(view) => {
                let route = EmbedRoute::GradeCard {
                    force: view.year.slug.clone(),
                    round: view.year.round,
                };
                view.images = links(&route, "these grades");
            }
            _ => {}
        }
    }
}
