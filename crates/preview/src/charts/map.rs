//! A round's tile map coloured by one area, as the national table shows it: each force a square
//! with its letters and its grade's, forces in enhanced monitoring outlined and marked, and the
//! key with each kind's count.

use peel_model::monitoring::Presence;
use peel_model::route::GradeFilter;
use peel_model::widgets::tile_map::{MapTile, TileMapView};

use super::{Chart, WIDTH, foot, paragraph};
use crate::colours::{self, MUTED, NOT_HELD_STROKE, PANEL, TEXT};
use crate::layout::{Anchor, Measure, Svg, Text, Weight, fit};
use crate::pages::{LEFT, RIGHT, band, text_block};

/// The image's height: a map of 12 rows beside its key, and the foot.
pub const HEIGHT: u32 = 900;

/// Where the squares go: from the title's foot to the foot's rule, and half the width.
const GRID_TOP: f32 = 178.0;
const GRID_BOTTOM: f32 = 800.0;
const GRID_WIDTH: f32 = 580.0;
const KEY_X: f32 = 700.0;

/// `None` for a map of no grades.
pub fn map(view: &TileMapView, credit: &str, m: &dyn Measure) -> Option<Chart> {
    let round = view.grades.as_ref()?.round;
    let title = view.title();
    let mut svg = Svg::chart(WIDTH, &title, &description(view, credit));
    band(&mut svg);
    let (title, size) = fit(m, &title, RIGHT - LEFT, 36.0, 24.0, Weight::Bold);
    svg.text(LEFT, 114.0, &Text::new(&title, size, Weight::Bold, TEXT));
    paragraph(
        &mut svg,
        m,
        "Each square is a police force of England and Wales, placed next to its neighbours \
         (a tile map, not to scale), marked with its grade’s letters.",
        (LEFT, 128.0, RIGHT - LEFT),
        17.0,
        Weight::Regular,
        MUTED,
        2,
    );
    let columns = f32::from(view.columns.max(1));
    let rows = f32::from(view.rows.max(1));
    let cell = (GRID_WIDTH / columns)
        .min((GRID_BOTTOM - GRID_TOP) / rows)
        .floor();
    for tile in &view.tiles {
        square(&mut svg, m, view, tile, cell);
    }
    key(&mut svg, m, view);
    let height = foot(&mut svg, m, HEIGHT as f32 - 100.0, credit, round).max(HEIGHT);
    Some(Chart {
        svg: svg.finish_chart(height),
        width: WIDTH,
        height,
    })
}

/// The map in words: what it is, its key, every square, and the credit line.
fn description(view: &TileMapView, credit: &str) -> String {
    let mut text = view
        .description()
        .replace(" Each square links to the force’s page.", "");
    let key: Vec<String> = view
        .legend()
        .iter()
        .map(|entry| format!("{}: {}", entry.label(), entry.count))
        .chain(
            view.mark_legend()
                .iter()
                .map(|entry| format!("{}: {}", entry.label, entry.count)),
        )
        .collect();
    text.push_str(&format!(" Key, forces of each kind: {}.", key.join("; ")));
    let squares: Vec<String> = view.tiles.iter().map(|t| view.tile_description(t)).collect();
    text.push_str(&format!(" {}. {credit}", squares.join("; ")));
    text
}

/// The text colour on a square's fill (`.tile-map .grade-fill--*` of
/// `style/components/tile_map.css`); dark on a square not held.
fn ink(kind: GradeFilter) -> &'static str {
    match kind.slug() {
        "outstanding" | "inadequate" | "not-graded" => "#ffffff",
        _ => TEXT,
    }
}

/// A swatch or square of a grade: its fill (white with a dashed border where not held).
fn grade_box(svg: &mut Svg, (x, y, size): (f32, f32, f32), kind: GradeFilter) {
    if kind == GradeFilter::NotHeld {
        svg.outlined_rect(x, y, size, size, "#ffffff", 2.0, NOT_HELD_STROKE, 1.5, true);
    } else {
        svg.rect(x, y, size, size, colours::fill(kind), 2.0);
    }
}

/// The black outline of a force in enhanced monitoring (dashed where it may have been).
fn engage_outline(svg: &mut Svg, (x, y, size): (f32, f32, f32), engage: Option<Presence>) {
    let dashed = match engage {
        Some(Presence::In) => false,
        Some(Presence::Unsure) => true,
        _ => return,
    };
    svg.outlined_rect(x, y, size, size, "none", 2.0, TEXT, 3.0, dashed);
}

fn square(svg: &mut Svg, m: &dyn Measure, view: &TileMapView, tile: &MapTile, cell: f32) {
    let gap = (cell * 0.08).round().max(3.0);
    let size = cell - gap;
    let x = LEFT + cell * f32::from(tile.column.saturating_sub(1));
    let y = GRID_TOP + cell * f32::from(tile.row.saturating_sub(1));
    let kind = tile.kind();
    grade_box(svg, (x, y, size), kind);
    engage_outline(svg, (x, y, size), tile.engage.as_ref().map(|e| e.presence));
    let ink = ink(kind);
    let middle = x + size / 2.0;
    let (name, name_size) = fit(
        m,
        &tile.abbreviation,
        size - 6.0,
        (size * 0.3).round(),
        9.0,
        Weight::Bold,
    );
    svg.text(
        middle,
        (y + size * 0.44).round(),
        &Text::new(&name, name_size, Weight::Bold, ink).anchor(Anchor::Middle),
    );
    let codes = [view.tile_code(tile), view.tile_mark(tile)]
        .into_iter()
        .filter(|c| !c.is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let (codes, code_size) = fit(m, &codes, size - 6.0, (size * 0.26).round(), 9.0, Weight::Regular);
    svg.text(
        middle,
        (y + size * 0.8).round(),
        &Text::new(&codes, code_size, Weight::Regular, ink).anchor(Anchor::Middle),
    );
}

/// The key: each grade's swatch with its letters, its words and its count, then the marks for
/// enhanced monitoring.
fn key(svg: &mut Svg, m: &dyn Measure, view: &TileMapView) {
    svg.text(
        KEY_X,
        GRID_TOP + 22.0,
        &Text::new("Key", 24.0, Weight::Bold, TEXT),
    );
    let swatch = 40.0;
    let row = 54.0;
    let label_x = KEY_X + swatch + 16.0;
    let mut top = GRID_TOP + 44.0;
    let entries = view
        .legend()
        .into_iter()
        .map(|e| (e.kind, None, e.code(), e.label().to_owned(), e.count))
        .chain(view.mark_legend().into_iter().map(|e| {
            let presence = (e.presence != Presence::Out).then_some(e.presence);
            (GradeFilter::NotHeld, presence, e.code, e.label, e.count)
        }));
    for (kind, engage, code, label, count) in entries {
        let at = (KEY_X, top, swatch);
        let ink = match engage {
            Some(_) => {
                svg.rect(KEY_X, top, swatch, swatch, PANEL, 2.0);
                engage_outline(svg, at, engage);
                TEXT
            }
            None => {
                grade_box(svg, at, kind);
                ink(kind)
            }
        };
        svg.text(
            KEY_X + swatch / 2.0,
            top + swatch / 2.0 + 6.0,
            &Text::new(code, 17.0, Weight::Bold, ink).anchor(Anchor::Middle),
        );
        text_block(
            svg,
            m,
            &format!("{label} ({count})"),
            (label_x, top - 6.0, RIGHT - label_x, row),
            (20.0, 14.0),
            Weight::Regular,
            TEXT,
            Anchor::Start,
        );
        top += row;
    }
}
