//! `/monitoring/`: every spell in enhanced monitoring (Engage) on one timeline, as the page
//! draws it ([`peel_model::widgets::engage_timeline`]), rescaled to the image: a row per spell,
//! the force's name beside a bar from the move in to the move out, a date known only to its
//! month or year outlined with dashes, an open spell ending in an arrow at the sources' end.

use peel_model::pages::MonitoringView;

use super::{CONTENT_BOTTOM, LEFT, RIGHT, frame};
use crate::colours::{BORDER, BRAND, MUTED, TEXT};
use crate::layout::{Anchor, Measure, Svg, Text, Weight, fit};

/// Where the bars run, after the names.
const BARS_LEFT: f32 = 360.0;
/// A date known only to its month or year.
const UNSURE_FILL: &str = "#c8d6e8";

pub(super) fn monitoring(view: &MonitoringView, m: &dyn Measure) -> String {
    let mut svg = Svg::new();
    frame(&mut svg, m, &view.preview_source_line());
    let (title, size) = fit(m, &view.title(), RIGHT - LEFT, 40.0, 26.0, Weight::Bold);
    svg.text(LEFT, 122.0, &Text::new(&title, size, Weight::Bold, TEXT));
    if let Some(sentence) = view.as_of_sentence() {
        let (sentence, size) = fit(m, &sentence, RIGHT - LEFT, 24.0, 15.0, Weight::Regular);
        svg.text(LEFT, 162.0, &Text::new(&sentence, size, Weight::Regular, MUTED));
    }
    let timeline = view.timeline();
    let span = (timeline.right - timeline.left).max(1.0);
    let x = |at: f64| BARS_LEFT + ((at - timeline.left) / span) as f32 * (RIGHT - 14.0 - BARS_LEFT);
    let axis = 204.0;
    let top = axis + 14.0;
    let row = ((CONTENT_BOTTOM - top) / timeline.rows.len().max(1) as f32).min(40.0);
    let bottom = top + row * timeline.rows.len() as f32;
    for tick in &timeline.years {
        svg.rect(x(tick.x), axis - 18.0, 1.5, bottom - axis + 18.0, BORDER, 0.0);
        svg.text(
            x(tick.x) + 5.0,
            axis,
            &Text::new(&tick.year.to_string(), 18.0, Weight::Regular, MUTED),
        );
    }
    svg.rect(
        x(timeline.sources_end),
        axis - 18.0,
        2.0,
        bottom - axis + 18.0,
        MUTED,
        0.0,
    );
    let height = (row * 0.55).round();
    for (i, bar) in timeline.rows.iter().enumerate() {
        let y = top + row * i as f32;
        let bar_top = y + (row - height) / 2.0;
        let (name, size) = fit(
            m,
            &bar.name,
            BARS_LEFT - LEFT - 16.0,
            (row * 0.55).min(21.0),
            13.0,
            Weight::Regular,
        );
        svg.text(
            LEFT,
            (y + row / 2.0 + size * 0.36).round(),
            &Text::new(&name, size, Weight::Regular, TEXT),
        );
        for (from, to) in [bar.unsure_in, bar.unsure_out].into_iter().flatten() {
            let width = (x(to) - x(from)).max(3.0);
            svg.outlined_rect(
                x(from),
                bar_top,
                width,
                height,
                UNSURE_FILL,
                0.0,
                BRAND,
                1.5,
                true,
            );
        }
        if let Some((from, to)) = bar.certain {
            svg.rect(x(from), bar_top, (x(to) - x(from)).max(2.0), height, BRAND, 0.0);
        }
        if bar.open {
            svg.text(
                x(timeline.sources_end) + 2.0,
                (bar_top + height / 2.0 + 6.0).round(),
                &Text::new("\u{25B6}", 16.0, Weight::Regular, BRAND).anchor(Anchor::Start),
            );
        }
    }
    svg.finish()
}
