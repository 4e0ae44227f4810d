//! Every spell in enhanced monitoring (Engage) on one timeline: a row per spell, its force and
//! dates in words above a bar from the move in to the move out, years along the top. Laid out
//! here in the drawing's own units (an SVG `viewBox`), drawn by the monitoring page and its
//! link-preview image alike.
//!
//! A date known only to its month or year is drawn as that whole month or year, hatched: the
//! force may or may not have been in Engage then. A spell with no move out found runs to the end
//! of the sources' month, open-ended.

use crate::date::Date;
use crate::force::ForceSlug;
use crate::monitoring::{Monitoring, Spell};
use crate::partial_date::PartialDate;

/// The drawing's width; its height follows from the rows.
pub const WIDTH: f64 = 640.0;
/// Where the bars may run, left to right.
const LEFT: f64 = 8.0;
const RIGHT: f64 = WIDTH - 16.0;
/// Above the first row: the years.
const AXIS: f64 = 28.0;
/// A row: its words, then its bar.
const ROW: f64 = 40.0;
const LABEL: f64 = 14.0;
const BAR_TOP: f64 = 19.0;
pub const BAR_HEIGHT: f64 = 12.0;

/// The timeline laid out.
#[derive(Clone, Debug, PartialEq)]
pub struct SpellTimeline {
    pub width: f64,
    pub height: f64,
    /// Where the bars may run, left to right: a drawing at another size rescales from these.
    pub left: f64,
    pub right: f64,
    /// The first day drawn (1 January of the first spell's year) and the day after the last
    /// (the end of the sources' month), as [`Date::day_number`]s.
    start: i64,
    end: i64,
    /// A line and a label at each 1 January.
    pub years: Vec<YearTick>,
    pub rows: Vec<SpellBar>,
    /// Where the sources end (the right end of every open spell).
    pub sources_end: f64,
    /// "October 2025".
    pub sources_month: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct YearTick {
    pub x: f64,
    pub year: u16,
}

/// One spell's row.
#[derive(Clone, Debug, PartialEq)]
pub struct SpellBar {
    pub force: ForceSlug,
    /// `Cleveland Police`.
    pub name: String,
    /// "Cleveland Police: 2019 to September 2023": the words above the bar, and its name.
    pub words: String,
    /// The words' baseline.
    pub label_y: f64,
    /// The bar's top.
    pub bar_y: f64,
    /// The days certainly in Engage, left and right; `None` where no day is certain.
    pub certain: Option<(f64, f64)>,
    /// The month or year of a move in or out not known to the day.
    pub unsure_in: Option<(f64, f64)>,
    pub unsure_out: Option<(f64, f64)>,
    /// No move out found: the bar runs to the sources' end.
    pub open: bool,
}

/// A spell's dates in words: "2019 to September 2023", "from 6 December 2024, no move out found
/// up to October 2025".
pub fn span_words(spell: &Spell, sources_up_to: Option<PartialDate>) -> String {
    match (spell.left, sources_up_to) {
        (Some(left), _) => format!("{} to {}", spell.entered.words(), left.words()),
        (None, Some(up_to)) => format!(
            "from {}, no move out found up to {}",
            spell.entered.words(),
            up_to.words()
        ),
        (None, None) => format!("from {}, no move out found", spell.entered.words()),
    }
}

impl SpellTimeline {
    /// Where `day` is drawn, if within the timeline.
    pub fn x_of(&self, day: Date) -> Option<f64> {
        let n = day.day_number();
        (self.start..self.end).contains(&n).then(|| self.x(n))
    }

    fn x(&self, day_number: i64) -> f64 {
        let span = (self.end - self.start).max(1) as f64;
        let at = (day_number.clamp(self.start, self.end) - self.start) as f64;
        LEFT + (RIGHT - LEFT) * at / span
    }

    /// From a date's first day to the day after its last.
    fn span_of(&self, date: PartialDate) -> (f64, f64) {
        (
            self.x(date.first_day().day_number()),
            self.x(date.last_day().day_number() + 1),
        )
    }
}

/// The timeline of `monitoring`'s spells, in their order; `name_of` names each force. Empty
/// (no rows, no years) where the data holds no spell or does not say how far its sources reach.
pub fn layout(monitoring: &Monitoring, name_of: &dyn Fn(&ForceSlug) -> String) -> SpellTimeline {
    let first = monitoring.first_day();
    let (start, end) = match (first, monitoring.last_day()) {
        (Some(first), Some(last)) if first <= last => {
            let january = Date {
                year: first.year,
                month: 1,
                day: 1,
            };
            (january.day_number(), last.day_number() + 1)
        }
        _ => (0, 0),
    };
    let mut timeline = SpellTimeline {
        width: WIDTH,
        height: AXIS,
        left: LEFT,
        right: RIGHT,
        start,
        end,
        years: Vec::new(),
        rows: Vec::new(),
        sources_end: RIGHT,
        sources_month: monitoring
            .sources_up_to
            .map(PartialDate::words)
            .unwrap_or_default(),
    };
    if start == end {
        return timeline;
    }
    let (Some(first), Some(last)) = (first, monitoring.last_day()) else {
        return timeline;
    };
    timeline.years = (first.year..=last.year)
        .map(|year| YearTick {
            x: timeline.x(Date {
                year,
                month: 1,
                day: 1,
            }
            .day_number()),
            year,
        })
        .collect();
    timeline.sources_end = timeline.x(end);
    for (i, spell) in monitoring.spells.iter().enumerate() {
        let top = AXIS + ROW * i as f64;
        let unsure_in = (!spell.entered.is_day()).then(|| timeline.span_of(spell.entered));
        let unsure_out = spell
            .left
            .filter(|left| !left.is_day())
            .map(|left| timeline.span_of(left));
        let from = match unsure_in {
            Some((_, right)) => right,
            None => timeline.x(spell.entered.first_day().day_number()),
        };
        let to = match (spell.left, unsure_out) {
            (_, Some((left, _))) => left,
            (Some(left), None) => timeline.x(left.first_day().day_number()),
            (None, None) => timeline.sources_end,
        };
        let name = name_of(&spell.force);
        timeline.rows.push(SpellBar {
            force: spell.force.clone(),
            words: format!("{name}: {}", span_words(spell, monitoring.sources_up_to)),
            name,
            label_y: top + LABEL,
            bar_y: top + BAR_TOP,
            certain: (to > from).then_some((from, to)),
            unsure_in,
            unsure_out,
            open: spell.is_open(),
        });
    }
    timeline.height = AXIS + ROW * monitoring.spells.len() as f64;
    timeline
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::widgets::engage::tests::real_monitoring;

    fn name(slug: &ForceSlug) -> String {
        slug.to_string()
    }

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 0.01
    }

    #[test]
    fn years_run_from_the_first_spell_s_year_to_the_sources_month() {
        let timeline = layout(&real_monitoring(), &name);
        let years: Vec<u16> = timeline.years.iter().map(|t| t.year).collect();
        assert_eq!(years, [2019, 2020, 2021, 2022, 2023, 2024, 2025]);
        assert!(close(timeline.years[0].x, LEFT));
        assert!(close(timeline.sources_end, RIGHT));
        assert_eq!(timeline.sources_month, "October 2025");
        assert_eq!(timeline.rows.len(), 10);
        assert!(close(timeline.height, AXIS + ROW * 10.0));
        // Evenly by days: 2020 began 365 days after 2019, of 2,496 drawn.
        let per_day = (RIGHT - LEFT) / 2496.0;
        assert!(close(timeline.years[1].x, LEFT + 365.0 * per_day));
        let day = |text: &str| Date::parse_iso(text).unwrap();
        assert_eq!(timeline.x_of(day("2018-12-31")), None);
        assert_eq!(timeline.x_of(day("2025-11-01")), None);
        assert!(close(timeline.x_of(day("2025-10-31")).unwrap(), RIGHT - per_day));
    }

    #[test]
    fn a_date_known_to_the_year_or_month_is_drawn_as_its_whole_span() {
        let timeline = layout(&real_monitoring(), &name);
        let row = |force: &str| timeline.rows.iter().find(|r| r.force == force).expect("a row");
        let x = |text: &str| timeline.x_of(Date::parse_iso(text).unwrap()).unwrap();
        // Cleveland: in during 2019 (unsure), certainly from 2020 to August 2023, unsure in
        // September 2023.
        let cleveland = row("cleveland");
        assert_eq!(cleveland.words, "cleveland: 2019 to September 2023");
        let (from, to) = cleveland.unsure_in.unwrap();
        assert!(close(from, x("2019-01-01")) && close(to, x("2020-01-01")));
        let (from, to) = cleveland.certain.unwrap();
        assert!(close(from, x("2020-01-01")) && close(to, x("2023-09-01")));
        let (from, to) = cleveland.unsure_out.unwrap();
        assert!(close(from, x("2023-09-01")) && close(to, x("2023-10-01")));
        assert!(!cleveland.open);
        // Metropolitan: both days known, nothing unsure.
        let met = row("metropolitan");
        assert_eq!((met.unsure_in, met.unsure_out), (None, None));
        let (from, to) = met.certain.unwrap();
        assert!(close(from, x("2022-06-28")) && close(to, x("2025-01-23")));
        // Lincolnshire: open, to the end of the sources' month.
        let lincolnshire = row("lincolnshire");
        assert!(lincolnshire.open);
        assert_eq!(
            lincolnshire.words,
            "lincolnshire: from 6 December 2024, no move out found up to October 2025"
        );
        assert!(close(lincolnshire.certain.unwrap().1, timeline.sources_end));
        // Rows go down the page in the data's order.
        assert!(row("cleveland").bar_y < row("greater-manchester").bar_y);
        assert!(cleveland.label_y < cleveland.bar_y);
    }

    #[test]
    fn no_data_lays_out_an_empty_timeline() {
        let timeline = layout(&Monitoring::default(), &name);
        assert!(timeline.rows.is_empty() && timeline.years.is_empty());
        assert_eq!(timeline.x_of(Date::parse_iso("2020-01-01").unwrap()), None);
    }
}
