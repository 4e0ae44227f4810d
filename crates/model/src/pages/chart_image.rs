//! Chart images: a round's map by one area or pillar, and a force-round's grades, as PNG and
//! SVG beside their page (`/round/2016/map-effectiveness.png`, `/force/kent/2016/grades.svg`),
//! drawn at build time by `crates/preview` from the embeds' views ([`super::embed`]), with the
//! title, the round, the key, the credit line and the licence inside the image.
//!
//! A file's size is known only once it is written, so the prerenderer fills each page's links
//! in, as one pre-escaped block of HTML ([`links_html`]): the browser shows it as it is, with no
//! view code or data types of its own to load.

use crate::html::escape;
use crate::route::{EmbedRoute, Route};

use super::data::size_words;

/// An image's file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageFormat {
    Png,
    Svg,
}

impl ImageFormat {
    pub const ALL: [ImageFormat; 2] = [ImageFormat::Png, ImageFormat::Svg];

    /// `png`.
    pub fn extension(self) -> &'static str {
        match self {
            ImageFormat::Png => "png",
            ImageFormat::Svg => "svg",
        }
    }

    /// `PNG`.
    pub fn label(self) -> &'static str {
        match self {
            ImageFormat::Png => "PNG",
            ImageFormat::Svg => "SVG",
        }
    }
}

/// The site path of an embed's image, for the embeds that have one (a map, a grade card):
/// beside the page it comes from.
pub fn image_path(embed: &EmbedRoute, format: ImageFormat) -> Option<String> {
    let extension = format.extension();
    match embed {
        EmbedRoute::TileMap { round, area } => Some(format!(
            "{}map-{area}.{extension}",
            Route::round_table(*round).path()
        )),
        EmbedRoute::GradeCard { force, round } => Some(format!(
            "{}grades.{extension}",
            Route::ForceRound {
                force: force.clone(),
                round: *round,
            }
            .path()
        )),
        EmbedRoute::Timeline => None,
    }
}

/// The name a downloaded image is saved under: `peel-2016-map-effectiveness.png`,
/// `peel-2016-kent-grades.svg`.
pub fn download_name(embed: &EmbedRoute, format: ImageFormat) -> Option<String> {
    let extension = format.extension();
    match embed {
        EmbedRoute::TileMap { round, area } => Some(format!("peel-{}-map-{area}.{extension}", round.slug())),
        EmbedRoute::GradeCard { force, round } => {
            Some(format!("peel-{}-{force}-grades.{extension}", round.slug()))
        }
        EmbedRoute::Timeline => None,
    }
}

/// One image file as its link says it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartImage {
    /// Its site path below the base.
    pub path: String,
    /// The name it is saved under.
    pub name: String,
    /// `PNG, 1200 x 900, 48.2 KB`.
    pub words: String,
}

impl ChartImage {
    /// The image of `embed` in `format`, `width` x `height` pixels and `bytes` long; `None` for
    /// an embed with no image.
    pub fn new(
        embed: &EmbedRoute,
        format: ImageFormat,
        (width, height): (u32, u32),
        bytes: u64,
    ) -> Option<ChartImage> {
        Some(ChartImage {
            path: image_path(embed, format)?,
            name: download_name(embed, format)?,
            words: format!("{}, {width} x {height}, {}", format.label(), size_words(bytes)),
        })
    }
}

/// A view's image in both formats.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChartImages {
    pub png: ChartImage,
    pub svg: ChartImage,
}

/// The links to `images` ("Download this map: PNG, 1200 x 900, 48.2 KB or SVG, …"), `what`
/// being "this map" or "these grades", then what the images hold and where the data is, as
/// HTML; `href` makes a site path a link's address.
pub fn links_html(images: &ChartImages, what: &str, href: impl Fn(&str) -> String) -> String {
    let link = |image: &ChartImage| {
        format!(
            "<a href=\"{}\" download=\"{}\">{}</a>",
            escape(&href(&image.path)),
            escape(&image.name),
            escape(&image.words)
        )
    };
    format!(
        "<p class=\"chart-images__links\">Download {}: {} or {}</p>\
         <p class=\"chart-images__note\">Each image holds its title, the key, the credit line and \
         the licence; the SVG keeps its words as text. Every grade as data is on \
         <a href=\"{}\">the data page</a>.</p>",
        escape(what),
        link(&images.png),
        link(&images.svg),
        escape(&href(&Route::Data.path()))
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::force::ForceSlug;
    use crate::round::Round;

    #[test]
    fn images_live_beside_their_page_with_their_size_in_words() {
        let round = Round::from_slug("2023-25").unwrap();
        let map = EmbedRoute::TileMap {
            round,
            area: "responding-to-the-public".to_owned(),
        };
        let card = EmbedRoute::GradeCard {
            force: ForceSlug::new("kent").unwrap(),
            round,
        };
        assert_eq!(
            ChartImage::new(&map, ImageFormat::Png, (1200, 900), 48_213),
            Some(ChartImage {
                path: "/round/2023-25/map-responding-to-the-public.png".to_owned(),
                name: "peel-2023-25-map-responding-to-the-public.png".to_owned(),
                words: "PNG, 1200 x 900, 48.2 KB".to_owned(),
            })
        );
        assert_eq!(
            ChartImage::new(&card, ImageFormat::Svg, (1200, 610), 999),
            Some(ChartImage {
                path: "/force/kent/2023-25/grades.svg".to_owned(),
                name: "peel-2023-25-kent-grades.svg".to_owned(),
                words: "SVG, 1200 x 610, 999 bytes".to_owned(),
            })
        );
        assert_eq!(image_path(&EmbedRoute::Timeline, ImageFormat::Png), None);
    }

    #[test]
    fn the_links_say_each_files_format_size_and_length_under_the_base_path() {
        let round = Round::from_slug("2016").unwrap();
        let map = EmbedRoute::TileMap {
            round,
            area: "effectiveness".to_owned(),
        };
        let image = |format, bytes| ChartImage::new(&map, format, (1200, 900), bytes).unwrap();
        let images = ChartImages {
            png: image(ImageFormat::Png, 48_213),
            svg: image(ImageFormat::Svg, 17_020),
        };
        assert_eq!(
            links_html(&images, "this map", |path| format!("/peel{path}")),
            "<p class=\"chart-images__links\">Download this map: \
             <a href=\"/peel/round/2016/map-effectiveness.png\" download=\"peel-2016-map-effectiveness.png\">\
             PNG, 1200 x 900, 48.2 KB</a> or \
             <a href=\"/peel/round/2016/map-effectiveness.svg\" download=\"peel-2016-map-effectiveness.svg\">\
             SVG, 1200 x 900, 17 KB</a></p>\
             <p class=\"chart-images__note\">Each image holds its title, the key, the credit line and the \
             licence; the SVG keeps its words as text. Every grade as data is on \
             <a href=\"/peel/data/\">the data page</a>.</p>"
        );
    }
}
