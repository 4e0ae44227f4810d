//! Chart images to download: a round's map by one area ([`map`]) and a force-round's grades
//! ([`grades`]), drawn from the embeds' views, each under the site's band and over a foot with
//! the credit line, the source and the licence. Every word is a `<text>` element, so the SVG
//! stays readable and editable; its `<title>` and `<desc>` say what it shows.

mod grades;
mod map;

use peel_model::pages::embed::{EmbedContent, EmbedView};
use peel_model::pages::preview::source_line;
use peel_model::round::Round;
use peel_model::widgets::citation::{LICENCE, LICENCE_URL};

use crate::colours::{BORDER, MUTED, TEXT};
use crate::layout::{Measure, Svg, Text, Weight, fit, wrap};
use crate::pages::{LEFT, RIGHT};

/// Every chart image's width, in pixels.
pub const WIDTH: u32 = 1200;

/// A chart image as SVG, and its size in pixels.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chart {
    pub svg: String,
    pub width: u32,
    pub height: u32,
}

/// The chart of an embed's view, for the embeds that have one.
pub fn chart(embed: &EmbedView, m: &dyn Measure) -> Option<Chart> {
    match &embed.content {
        EmbedContent::TileMap(view) => map::map(view, &embed.credit_line(), m),
        EmbedContent::GradeCard(view) => Some(grades::grades(view, &embed.credit_line(), m)),
        EmbedContent::Timeline(_) => None,
    }
}

/// The height of [`foot`]: a rule and three lines.
const FOOT_HEIGHT: f32 = 92.0;

/// From `top`, the rule and the credit line, the round's source and the licence; returns the
/// image's height.
fn foot(svg: &mut Svg, m: &dyn Measure, top: f32, credit: &str, round: Round) -> u32 {
    svg.line(LEFT, RIGHT, top, BORDER, 2.0);
    let licence = format!("Reuse under the {LICENCE}: {LICENCE_URL}");
    let lines = [
        (credit.to_owned(), 18.0, Weight::Bold, TEXT),
        (format!("{}.", source_line(round)), 16.0, Weight::Regular, MUTED),
        (licence, 16.0, Weight::Regular, MUTED),
    ];
    for (i, (text, size, weight, fill)) in lines.iter().enumerate() {
        let (text, size) = fit(m, text, RIGHT - LEFT, *size, 12.0, *weight);
        svg.text(
            LEFT,
            top + 30.0 + 23.0 * i as f32,
            &Text::new(&text, size, *weight, fill),
        );
    }
    (top + FOOT_HEIGHT).ceil() as u32
}

/// `text` in lines from `top` (the first line's top), at most `max_lines`; returns where the
/// next line would start.
#[allow(clippy::too_many_arguments)]
fn paragraph(
    svg: &mut Svg,
    m: &dyn Measure,
    text: &str,
    (x, top, width): (f32, f32, f32),
    size: f32,
    weight: Weight,
    fill: &str,
    max_lines: usize,
) -> f32 {
    let line_height = (size * 1.3).round();
    let lines = wrap(m, text, width, size, weight, max_lines);
    for (i, line) in lines.iter().enumerate() {
        svg.text(
            x,
            (top + size + line_height * i as f32).round(),
            &Text::new(line, size, weight, fill),
        );
    }
    top + line_height * lines.len() as f32
}

#[cfg(test)]
mod tests;
