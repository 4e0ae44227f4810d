//! The templates: a force's round, one pillar, a round's national table, and enhanced monitoring
//! ([`monitoring`]). Each draws what its page's view holds (nothing else), in a frame of the
//! site's name and the source.

mod monitoring;

use peel_model::Judgement;
use peel_model::pages::pillar::{NEVER_GRADED_SENTENCE, PillarGrade};
use peel_model::pages::preview::source_line;
use peel_model::pages::{ForceRoundView, PageData, PillarView, RoundTableView};
use peel_model::route::GradeFilter;
use peel_model::widgets::distribution;
use peel_model::wording::NOT_HELD_LABEL;

use crate::colours::{self, BORDER, BRAND, MUTED, NOT_HELD_STROKE, PANEL, TEXT};
use crate::layout::{Anchor, Measure, Svg, Text, Weight, fit, wrap};

/// The content's left and right edges, and the line above the source.
pub(crate) const LEFT: f32 = 60.0;
pub(crate) const RIGHT: f32 = 1140.0;
pub(crate) const CONTENT_BOTTOM: f32 = 566.0;

/// The page's preview as SVG, for the pages that have one.
pub fn svg(page: &PageData, m: &dyn Measure) -> Option<String> {
    match page {
        PageData::ForceRound(view) => Some(force_round(view, m)),
        PageData::Pillar(view) => Some(pillar(view, m)),
        PageData::RoundTable(view) => Some(round_table(view, m)),
        PageData::Monitoring(view) => Some(monitoring::monitoring(view, m)),
        _ => None,
    }
}

/// The site's name on a band at the top; `source` at the foot.
pub(crate) fn frame(svg: &mut Svg, m: &dyn Measure, source: &str) {
    band(svg);
    svg.line(LEFT, RIGHT, 578.0, BORDER, 2.0);
    let (source, size) = fit(m, source, RIGHT - LEFT, 20.0, 14.0, Weight::Regular);
    svg.text(LEFT, 613.0, &Text::new(&source, size, Weight::Regular, MUTED));
}

/// The site's name and what it is, on a band 64 px high across the top.
pub(crate) fn band(svg: &mut Svg) {
    svg.rect(0.0, 0.0, 1200.0, 64.0, BRAND, 0.0);
    svg.text(
        LEFT,
        43.0,
        &Text::new("PEEL Explorer", 28.0, Weight::Bold, "#ffffff"),
    );
    svg.text(
        RIGHT,
        41.0,
        &Text::new(
            "Police inspection grades, England and Wales",
            19.0,
            Weight::Regular,
            "#ffffff",
        )
        .anchor(Anchor::End),
    );
}

/// Which tag a judgement gets, and its word: `None` is not held, never "not graded".
pub(crate) fn judgement_tag(judgement: Option<Judgement>) -> (GradeFilter, &'static str) {
    match judgement {
        Some(Judgement::Graded(g)) => (GradeFilter::Grade(g), g.label()),
        Some(Judgement::NotGraded) => (GradeFilter::NotGraded, Judgement::NotGraded.label()),
        None => (GradeFilter::NotHeld, NOT_HELD_LABEL),
    }
}

/// Where a grade tag goes and how large it is.
pub(crate) struct TagBox {
    pub x: f32,
    pub top: f32,
    pub height: f32,
    /// The text's size (it shrinks to fit `max_width`).
    pub size: f32,
    /// A fixed width, or as wide as its word.
    pub width: Option<f32>,
    pub max_width: f32,
}

/// A grade tag as the app draws it: the word, in the grade's colours, bordered (dashed and
/// regular weight for "not held"). Returns its width.
pub(crate) fn tag(svg: &mut Svg, m: &dyn Measure, at: TagBox, filter: GradeFilter, word: &str) -> f32 {
    let style = colours::tag(filter);
    let weight = if style.dashed {
        Weight::Regular
    } else {
        Weight::Bold
    };
    let pad = (at.size * 0.6).round();
    let room = at.width.unwrap_or(at.max_width).min(at.max_width) - 2.0 * pad;
    let (text, size) = fit(m, word, room, at.size, (at.size * 0.7).round(), weight);
    let width = at
        .width
        .unwrap_or_else(|| m.width(&text, size, weight) + 2.0 * pad)
        .min(at.max_width);
    let stroke = (size / 12.0).clamp(1.5, 3.0);
    svg.outlined_rect(
        at.x,
        at.top,
        width,
        at.height,
        style.background,
        (size * 0.2).round(),
        style.text,
        stroke,
        style.dashed,
    );
    svg.text(
        at.x + width / 2.0,
        baseline(at.top, at.height, size),
        &Text::new(&text, size, weight, style.text).anchor(Anchor::Middle),
    );
    width
}

/// The baseline that centres one line of text of `size` in a box.
pub(crate) fn baseline(top: f32, height: f32, size: f32) -> f32 {
    (top + height / 2.0 + size * 0.36).round()
}

/// `text` in at most as many lines as fit `height`, at the largest size from `max_size` down to
/// `min_size` at which it fits `width` unshortened (else shortened at `min_size`), drawn
/// centred in the box.
#[allow(clippy::too_many_arguments)]
pub(crate) fn text_block(
    svg: &mut Svg,
    m: &dyn Measure,
    text: &str,
    (x, top, width, height): (f32, f32, f32, f32),
    (max_size, min_size): (f32, f32),
    weight: Weight,
    fill: &str,
    anchor: Anchor,
) {
    let mut size = max_size;
    let (lines, size) = loop {
        let allowed = ((height / (size * 1.15)).floor() as usize).clamp(1, 3);
        let lines = wrap(m, text, width, size, weight, usize::MAX);
        let fits = lines.len() <= allowed && lines.iter().all(|l| m.width(l, size, weight) <= width);
        if fits {
            break (lines, size);
        }
        if size <= min_size {
            break (wrap(m, text, width, size, weight, allowed), size);
        }
        size -= 1.0;
    };
    let line_height = size * 1.15;
    let first = top + height / 2.0 - line_height * lines.len() as f32 / 2.0 + line_height * 0.78;
    for (i, line) in lines.iter().enumerate() {
        svg.text(
            x,
            (first + line_height * i as f32).round(),
            &Text::new(line, size, weight, fill).anchor(anchor),
        );
    }
}

/// `/force/<force>/<round>/`: the force, the round, each headline area with its grade.
fn force_round(view: &ForceRoundView, m: &dyn Measure) -> String {
    let mut svg = Svg::new();
    let round = view.year.round;
    frame(&mut svg, m, &source_line(round));
    let caption = format!("PEEL {}", round.label());
    let name = &view.year.force.name;
    let rows: Vec<(String, Option<Judgement>)> = view
        .headline
        .iter()
        .map(|h| (h.area.label(), h.judgement))
        .collect();
    let count = rows.len().max(1) as f32;
    if rows.len() <= 4 {
        // Three pillars: large, the area on the left, its grade beside it.
        svg.text(LEFT, 116.0, &Text::new(&caption, 28.0, Weight::Regular, MUTED));
        let (name, size) = fit(m, name, RIGHT - LEFT, 58.0, 34.0, Weight::Bold);
        svg.text(LEFT, 180.0, &Text::new(&name, size, Weight::Bold, TEXT));
        let top = 222.0;
        let row = ((CONTENT_BOTTOM - top) / count).min(104.0);
        let tag_x = LEFT + 440.0;
        for (i, (label, judgement)) in rows.iter().enumerate() {
            let y = top + row * i as f32;
            text_block(
                &mut svg,
                m,
                label,
                (LEFT, y, tag_x - LEFT - 20.0, row),
                (36.0, 22.0),
                Weight::Regular,
                TEXT,
                Anchor::Start,
            );
            let height = (row - 30.0).min(66.0);
            let (filter, word) = judgement_tag(*judgement);
            let at = TagBox {
                x: tag_x,
                top: y + (row - height) / 2.0,
                height,
                size: (height * 0.52).round(),
                width: None,
                max_width: RIGHT - tag_x,
            };
            tag(&mut svg, m, at, filter, word);
        }
    } else {
        // A graded-area round: up to ten areas, each a line with its grade first.
        svg.text(LEFT, 104.0, &Text::new(&caption, 24.0, Weight::Regular, MUTED));
        let (name, size) = fit(m, name, RIGHT - LEFT, 44.0, 30.0, Weight::Bold);
        svg.text(LEFT, 152.0, &Text::new(&name, size, Weight::Bold, TEXT));
        let mut top = 174.0;
        if let Some(sentence) = view.areas_held_sentence() {
            let (sentence, size) = fit(m, &sentence, RIGHT - LEFT, 20.0, 15.0, Weight::Regular);
            svg.text(LEFT, 190.0, &Text::new(&sentence, size, Weight::Regular, MUTED));
            top = 204.0;
        }
        let row = ((CONTENT_BOTTOM - top) / count).min(46.0);
        let tag_width = 290.0;
        let label_x = LEFT + tag_width + 20.0;
        for (i, (label, judgement)) in rows.iter().enumerate() {
            let y = top + row * i as f32;
            let height = (row - 6.0).min(38.0);
            let (filter, word) = judgement_tag(*judgement);
            let at = TagBox {
                x: LEFT,
                top: y + (row - height) / 2.0,
                height,
                size: (height * 0.58).round().min(19.0),
                width: Some(tag_width),
                max_width: tag_width,
            };
            tag(&mut svg, m, at, filter, word);
            text_block(
                &mut svg,
                m,
                label,
                (label_x, y, RIGHT - label_x, row),
                (21.0, 14.0),
                Weight::Regular,
                TEXT,
                Anchor::Start,
            );
        }
    }
    svg.finish()
}

/// `/force/<force>/<round>/<pillar>/`: the force and round, the pillar, its grade, and how every
/// force was graded for it, this force's bar marked.
fn pillar(view: &PillarView, m: &dyn Measure) -> String {
    let mut svg = Svg::new();
    let round = view.year.round;
    frame(&mut svg, m, &source_line(round));
    let (caption, size) = fit(m, &view.year.title(), RIGHT - LEFT, 30.0, 22.0, Weight::Regular);
    svg.text(LEFT, 116.0, &Text::new(&caption, size, Weight::Regular, MUTED));
    svg.text(
        LEFT,
        182.0,
        &Text::new(view.pillar.label(), 58.0, Weight::Bold, TEXT),
    );
    let (filter, word) = match view.grade {
        PillarGrade::Graded(_) => judgement_tag(view.judgement()),
        PillarGrade::NeverGraded => judgement_tag(Some(Judgement::NotGraded)),
    };
    let at = TagBox {
        x: LEFT,
        top: 206.0,
        height: 66.0,
        size: 36.0,
        width: None,
        max_width: RIGHT - LEFT,
    };
    let width = tag(&mut svg, m, at, filter, word);
    if view.grade == PillarGrade::NeverGraded {
        let x = LEFT + width + 24.0;
        let (sentence, size) = fit(m, NEVER_GRADED_SENTENCE, RIGHT - x, 24.0, 16.0, Weight::Regular);
        svg.text(
            x,
            baseline(206.0, 66.0, size),
            &Text::new(&sentence, size, Weight::Regular, MUTED),
        );
    }
    let Some(dist) = &view.distribution else {
        return svg.finish();
    };
    let chart = distribution::chart(dist, true);
    let heading = format!(
        "How the {} forces were graded for {} in {}",
        dist.total_forces,
        view.pillar.label().to_lowercase(),
        round.label()
    );
    let (heading, size) = fit(m, &heading, RIGHT - LEFT, 26.0, 18.0, Weight::Bold);
    svg.text(LEFT, 334.0, &Text::new(&heading, size, Weight::Bold, TEXT));
    let top = 350.0;
    let row = ((CONTENT_BOTTOM - top) / chart.bars.len().max(1) as f32).min(44.0);
    let bar_x = LEFT + 290.0;
    let marker = format!("\u{2190} {}", view.year.force.name);
    let room_after = 30.0 + m.width(&marker, 20.0, Weight::Bold);
    let longest = (RIGHT - bar_x - room_after).max(200.0);
    for (i, bar) in chart.bars.iter().enumerate() {
        let y = top + row * i as f32;
        let weight = if bar.this_force {
            Weight::Bold
        } else {
            Weight::Regular
        };
        text_block(
            &mut svg,
            m,
            bar.label,
            (LEFT, y, bar_x - LEFT - 16.0, row),
            (22.0, 15.0),
            weight,
            TEXT,
            Anchor::Start,
        );
        let length = if bar.count > 0 {
            (bar.fraction as f32 * longest).max(4.0)
        } else {
            0.0
        };
        let height = (row - 12.0).max(8.0);
        let bar_top = y + (row - height) / 2.0;
        if bar.filter == GradeFilter::NotHeld {
            svg.outlined_rect(
                bar_x,
                bar_top,
                length.max(4.0),
                height,
                "#ffffff",
                0.0,
                NOT_HELD_STROKE,
                2.0,
                true,
            );
        } else if length > 0.0 {
            svg.rect(bar_x, bar_top, length, height, colours::fill(bar.filter), 0.0);
        }
        let count = bar.count.to_string();
        let count_x = bar_x + length.max(4.0) + 10.0;
        let size = (row * 0.5).round().min(22.0);
        let text_y = baseline(y, row, size);
        svg.text(count_x, text_y, &Text::new(&count, size, Weight::Bold, TEXT));
        if bar.this_force {
            let x = count_x + m.width(&count, size, Weight::Bold) + 14.0;
            let (marker, size) = fit(m, &marker, RIGHT - x, size, 12.0, Weight::Bold);
            svg.text(x, text_y, &Text::new(&marker, size, Weight::Bold, TEXT));
        }
    }
    svg.finish()
}

/// `/round/<round>/`: the round, how many forces it holds, and for each column the number of
/// forces per grade: a grid under tags with each grade's word.
fn round_table(view: &RoundTableView, m: &dyn Measure) -> String {
    let mut svg = Svg::new();
    let round = view.round;
    frame(&mut svg, m, &source_line(round));
    let large = view.areas.len() <= 4;
    let caption = format!("PEEL {}", round.label());
    let (caption_y, caption_size, title_y, title_size, cover_y, cover_size) = if large {
        (112.0, 28.0, 170.0, 50.0, 208.0, 22.0)
    } else {
        (102.0, 24.0, 146.0, 40.0, 178.0, 19.0)
    };
    svg.text(
        LEFT,
        caption_y,
        &Text::new(&caption, caption_size, Weight::Regular, MUTED),
    );
    svg.text(
        LEFT,
        title_y,
        &Text::new("Grades of every force", title_size, Weight::Bold, TEXT),
    );
    let (cover, size) = fit(
        m,
        &view.coverage_sentence(),
        RIGHT - LEFT,
        cover_size,
        14.0,
        Weight::Regular,
    );
    svg.text(LEFT, cover_y, &Text::new(&cover, size, Weight::Regular, MUTED));

    // The columns: the scale's grades, then "not graded" and "not held" where any are.
    let mut filters: Vec<GradeFilter> = view
        .scale
        .grades()
        .iter()
        .map(|g| GradeFilter::Grade(*g))
        .collect();
    for extra in [GradeFilter::NotGraded, GradeFilter::NotHeld] {
        if view.distributions.iter().any(|d| d.counts.count(extra) > 0) {
            filters.push(extra);
        }
    }
    let header_size: f32 = if large { 19.0 } else { 15.0 };
    let pad = (header_size * 0.5).round();
    let weight_of = |filter: GradeFilter| {
        if colours::tag(filter).dashed {
            Weight::Regular
        } else {
            Weight::Bold
        }
    };
    // Each column at least as wide as its longest word; the rest shared out.
    let gap = 8.0;
    let least: Vec<f32> = filters
        .iter()
        .map(|f| {
            f.label()
                .split(' ')
                .map(|w| m.width(w, header_size, weight_of(*f)))
                .fold(0.0, f32::max)
                + 2.0 * pad
                + gap
        })
        .collect();
    let label_width = if large { 300.0 } else { 420.0 };
    let grid_x = LEFT + label_width + 10.0;
    let spare = ((RIGHT - grid_x) - least.iter().sum::<f32>()).max(0.0) / filters.len() as f32;
    let widths: Vec<f32> = least.iter().map(|w| w + spare).collect();
    let lefts: Vec<f32> = widths
        .iter()
        .scan(grid_x, |x, w| {
            let left = *x;
            *x += w;
            Some(left)
        })
        .collect();

    let header_top = cover_y + if large { 24.0 } else { 18.0 };
    let words: Vec<Vec<String>> = filters
        .iter()
        .zip(&widths)
        .map(|(f, w)| wrap(m, f.label(), w - gap - 2.0 * pad, header_size, weight_of(*f), 2))
        .collect();
    let lines = words.iter().map(Vec::len).max().unwrap_or(1) as f32;
    let line_height = header_size * 1.2;
    let header_height = lines * line_height + header_size * 0.8;
    for ((filter, lines), (x, w)) in filters.iter().zip(&words).zip(lefts.iter().zip(&widths)) {
        let style = colours::tag(*filter);
        svg.outlined_rect(
            x + gap / 2.0,
            header_top,
            w - gap,
            header_height,
            style.background,
            3.0,
            style.text,
            1.5,
            style.dashed,
        );
        let first =
            header_top + header_height / 2.0 - line_height * lines.len() as f32 / 2.0 + line_height * 0.78;
        for (i, line) in lines.iter().enumerate() {
            svg.text(
                x + w / 2.0,
                (first + line_height * i as f32).round(),
                &Text::new(line, header_size, weight_of(*filter), style.text).anchor(Anchor::Middle),
            );
        }
    }

    let top = header_top + header_height + 6.0;
    let row = ((CONTENT_BOTTOM - top) / view.distributions.len().max(1) as f32).min(if large {
        84.0
    } else {
        44.0
    });
    let (label_sizes, number_size) = if large {
        ((32.0, 20.0), (row * 0.45).round().min(34.0))
    } else {
        ((19.0, 12.0), (row * 0.55).round().min(19.0))
    };
    for (i, dist) in view.distributions.iter().enumerate() {
        let y = top + row * i as f32;
        text_block(
            &mut svg,
            m,
            &dist.area.label(),
            (LEFT, y, label_width, row),
            label_sizes,
            Weight::Regular,
            TEXT,
            Anchor::Start,
        );
        for (filter, (x, w)) in filters.iter().zip(lefts.iter().zip(&widths)) {
            let count = dist.counts.count(*filter);
            let (cell_x, cell_y, cell_w, cell_h) = (x + gap / 2.0, y + 2.0, w - gap, row - 4.0);
            let style = colours::tag(*filter);
            let (fill, weight) = if count == 0 {
                (MUTED, Weight::Regular)
            } else {
                (TEXT, Weight::Bold)
            };
            if count == 0 {
                svg.rect(cell_x, cell_y, cell_w, cell_h, PANEL, 3.0);
            } else if style.dashed {
                svg.outlined_rect(
                    cell_x,
                    cell_y,
                    cell_w,
                    cell_h,
                    style.background,
                    3.0,
                    style.text,
                    1.5,
                    true,
                );
            } else {
                svg.rect(cell_x, cell_y, cell_w, cell_h, style.background, 3.0);
            }
            svg.text(
                x + w / 2.0,
                baseline(cell_y, cell_h, number_size),
                &Text::new(&count.to_string(), number_size, weight, fill).anchor(Anchor::Middle),
            );
        }
    }
    svg.finish()
}
