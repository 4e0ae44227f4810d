//! A force-round's grades as its page leads with them: the notice of enhanced monitoring where
//! the force is in it, each grade held with its place among the forces held, the one line of
//! areas not held, and the areas graded for some forces only.

use peel_model::pages::ForceRoundView;
use peel_model::pages::force_round::area_names;
use peel_model::wording::sentence_case;

use super::{Chart, FOOT_HEIGHT, WIDTH, foot, paragraph};
use crate::colours::{BRAND, MUTED, PANEL, TEXT};
use crate::layout::{Anchor, Measure, Svg, Text, Weight, fit};
use crate::pages::{LEFT, RIGHT, TagBox, band, judgement_tag, tag, text_block};

/// Where a grade's tag starts: the area's name to its left.
const TAG_X: f32 = 520.0;
const ROW: f32 = 64.0;

pub fn grades(view: &ForceRoundView, credit: &str, m: &dyn Measure) -> Chart {
    let title = format!("{}: grades held", view.title());
    let mut svg = Svg::chart(WIDTH, &title, &description(view, credit));
    band(&mut svg);
    let round = view.year.round;
    svg.text(
        LEFT,
        110.0,
        &Text::new(&format!("PEEL {}", round.label()), 26.0, Weight::Regular, MUTED),
    );
    let name = &view.year.force.name;
    let (name, size) = fit(m, name, RIGHT - LEFT, 48.0, 30.0, Weight::Bold);
    svg.text(LEFT, 164.0, &Text::new(&name, size, Weight::Bold, TEXT));
    let mut y = 186.0;
    if let Some(notice) = view.year.monitoring.notice(&view.year.force.name) {
        let top = y;
        let inner = (LEFT + 24.0, RIGHT - LEFT - 40.0);
        // Drawn first and sized after: the box goes under its text.
        let mut text = Svg::chart(WIDTH, "", "");
        let mut bottom = paragraph(
            &mut text,
            m,
            &notice.heading,
            (inner.0, top + 14.0, inner.1),
            22.0,
            Weight::Bold,
            TEXT,
            2,
        );
        bottom = paragraph(
            &mut text,
            m,
            &notice.sentence,
            (inner.0, bottom + 4.0, inner.1),
            18.0,
            Weight::Regular,
            TEXT,
            4,
        );
        svg.rect(LEFT, top, RIGHT - LEFT, bottom + 16.0 - top, PANEL, 0.0);
        svg.rect(LEFT, top, 8.0, bottom + 16.0 - top, BRAND, 0.0);
        svg.append(text);
        y = bottom + 32.0;
    }
    y = paragraph(
        &mut svg,
        m,
        &view.judgements_intro(),
        (LEFT, y, RIGHT - LEFT),
        18.0,
        Weight::Regular,
        MUTED,
        2,
    ) + 8.0;
    if let Some(sentence) = view.no_grades_sentence() {
        y = paragraph(
            &mut svg,
            m,
            &sentence,
            (LEFT, y, RIGHT - LEFT),
            20.0,
            Weight::Regular,
            TEXT,
            3,
        ) + 8.0;
    }
    for grade in view.held_grades() {
        text_block(
            &mut svg,
            m,
            &grade.area.label(),
            (LEFT, y, TAG_X - LEFT - 20.0, ROW),
            (24.0, 15.0),
            Weight::Regular,
            TEXT,
            Anchor::Start,
        );
        let (filter, word) = judgement_tag(Some(grade.judgement));
        let at = TagBox {
            x: TAG_X,
            top: y + 10.0,
            height: ROW - 20.0,
            size: 22.0,
            width: None,
            max_width: 320.0,
        };
        let width = tag(&mut svg, m, at, filter, word);
        if let Some(context) = &grade.context {
            let x = TAG_X + width + 18.0;
            text_block(
                &mut svg,
                m,
                &format!("{}.", sentence_case(context)),
                (x, y, RIGHT - x, ROW),
                (17.0, 13.0),
                Weight::Regular,
                MUTED,
                Anchor::Start,
            );
        }
        y += ROW;
    }
    // The areas not held, with where their grades are; the areas graded for some forces only.
    let not_held = view.not_held().map(|not_held| {
        format!(
            "{}{}{} {}: {}",
            not_held.lead(),
            area_names(&not_held.areas),
            not_held.tail(),
            not_held.link_words(),
            not_held.url()
        )
    });
    let graded_for_some = view
        .graded_for_some_forces_not_held()
        .map(|some| format!("{}{}", area_names(&some.areas), some.tail()));
    for line in not_held.iter().chain(&graded_for_some) {
        y = paragraph(
            &mut svg,
            m,
            line,
            (LEFT, y + 12.0, RIGHT - LEFT),
            18.0,
            Weight::Regular,
            TEXT,
            6,
        );
    }
    let height = foot(&mut svg, m, y + 24.0, credit, round);
    debug_assert!(height as f32 >= y + FOOT_HEIGHT);
    Chart {
        svg: svg.finish_chart(height),
        width: WIDTH,
        height,
    }
}

/// The grades in words (as the link preview's alt text says them), and the credit line.
fn description(view: &ForceRoundView, credit: &str) -> String {
    format!("{} {credit}", view.preview_alt())
}
