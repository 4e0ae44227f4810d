//! The tile map of England and Wales: a grid of links, one square per force, each showing its
//! letters and its grade's letters on the grade's colour, with a key. A force in enhanced
//! monitoring on the map's day is outlined and marked "E" ("E?" and dashed where it may have
//! been), with its own key. Pointing at or focusing a square writes its force, grade and mark in
//! words under the map (CSS only, so it works before and without JavaScript). Placement is by
//! class (`tile-map__cell--c3`), never an inline style.

use leptos::prelude::*;
use peel_model::monitoring::Presence;
use peel_model::widgets::tile_map::{TileMapView, fill_class};

use crate::site::link;

/// `id` names the map on its page (its caption is `<id>-title`; the skip link's target is
/// `<id>-after`).
#[component]
pub fn TileMap(map: TileMapView, id: &'static str) -> impl IntoView {
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    let key_id = format!("{id}-key");
    let key_labelled_by = key_id.clone();
    let after_id = format!("{id}-after");
    let grid_class = format!("tile-map__grid tile-map__grid--columns-{}", map.columns);
    let legend = map.legend();
    let tiles = map
        .tiles
        .iter()
        .map(|tile| {
            let cell = format!(
                "tile-map__cell tile-map__cell--c{} tile-map__cell--r{}",
                tile.column, tile.row
            );
            let name = map.tile_name(tile);
            let tip = map.tile_description(tile);
            let mark = map.tile_mark(tile);
            view! {
                <li class=cell>
                    <a
                        class=format!("tile-map__tile {}", map.tile_class(tile))
                        href=link(&tile.route)
                        aria-label=name
                        data-force=tile.force.to_string()
                    >
                        <span class="tile-map__abbreviation" aria-hidden="true">{tile.abbreviation.clone()}</span>
                        <span class="tile-map__codes" aria-hidden="true">
                            <span class="tile-map__code">{map.tile_code(tile)}</span>
                            {(!mark.is_empty()).then(|| view! { <span class="tile-map__mark">{mark}</span> })}
                        </span>
                        <span class="tile-map__tip" aria-hidden="true">{tip}</span>
                    </a>
                </li>
            }
        })
        .collect_view();
    let key = legend
        .into_iter()
        .map(|entry| {
            view! {
                <li class="tile-map__key-item">
                    <span class=format!("tile-map__swatch {}", fill_class(entry.kind)) aria-hidden="true">{entry.code()}</span>
                    <span class="tile-map__key-label">{entry.label()}</span>
                    " "
                    <span class="tile-map__key-count">{format!("({})", entry.count)}</span>
                </li>
            }
        })
        .collect_view();
    let marks = map
        .mark_legend()
        .into_iter()
        .map(|entry| {
            let swatch = match entry.presence {
                Presence::In => "tile-map__swatch tile-map__tile--plain tile-map__tile--engage",
                Presence::Unsure => "tile-map__swatch tile-map__tile--plain tile-map__tile--engage-unsure",
                Presence::Out => "tile-map__swatch tile-map__tile--plain",
            };
            view! {
                <li class="tile-map__mark-item">
                    <span class=swatch aria-hidden="true">{entry.code}</span>
                    <span class="tile-map__key-label">{entry.label}</span>
                    " "
                    <span class="tile-map__key-count">{format!("({})", entry.count)}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <figure class="tile-map" id=id aria-labelledby=labelled_by>
            <figcaption class="tile-map__caption">
                <span class="tile-map__title" id=title_id>{map.title()}</span>
                " "
                <span class="tile-map__description">{map.description()}</span>
            </figcaption>
            <a class="tile-map__skip" href=format!("#{after_id}") target="_self">"Skip the map"</a>
            <div class="tile-map__layout">
                <div class="tile-map__board">
                    <ul class=grid_class role="list">{tiles}</ul>
                    <p class="tile-map__hint" aria-hidden="true">"Point at or tab to a square to see its force and grade."</p>
                </div>
                <div class="tile-map__key">
                    <p class="tile-map__key-title" id=key_id>"Key"</p>
                    <ul class="tile-map__key-list" role="list" aria-labelledby=key_labelled_by>{key}{marks}</ul>
                </div>
            </div>
            <span id=after_id tabindex="-1"></span>
        </figure>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use peel_model::pages::PageData;

    use super::examples::Example;
    let PageData::Home(home) = fixture.page("/") else {
        panic!("the fixture's home page")
    };
    let map = home.map.expect("the fixture's home page has a map").map;
    vec![Example::new(
        "The three forces of the fixture, by a graded area",
        move || {
            view! { <TileMap map id="example-map"/> }
        },
    )]
}

#[cfg(test)]
mod tests {
    use peel_model::Tile;

    /// Every column and row ingest accepts has its placement class in the style sheet.
    #[test]
    fn the_style_sheet_places_every_column_and_row_the_data_may_use() {
        let css = include_str!("../../style/components/tile_map.css");
        for n in 1..=Tile::MAX_COLUMN {
            for rule in [
                format!(
                    ".tile-map__grid--columns-{n} {{ grid-template-columns: repeat({n}, minmax(0, 1fr)); }}"
                ),
                format!(".tile-map__cell--c{n} {{ grid-column: {n}; }}"),
            ] {
                assert!(
                    css.contains(&rule),
                    "style/components/tile_map.css lacks `{rule}`"
                );
            }
        }
        for n in 1..=Tile::MAX_ROW {
            let rule = format!(".tile-map__cell--r{n} {{ grid-row: {n}; }}");
            assert!(
                css.contains(&rule),
                "style/components/tile_map.css lacks `{rule}`"
            );
        }
    }
}
