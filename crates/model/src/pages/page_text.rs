//! What a reader reads on each page of the fixture bundle, as plain text: the fixture tests'
//! `check(path, expect![...])`. Each view is written out through the same methods and widgets
//! its page component calls, in the page's order: titles, sentences, grades in words, and links
//! as `text <address>`. The components' own fixed words (headings, button labels) are theirs and
//! not repeated here; `UPDATE_EXPECT=1 cargo test -p peel-model` writes the expected texts anew.

use expect_test::Expect;

use crate::fixture::Fixture;
use crate::grade::Judgement;
use crate::report::{KeyFacts, Report};
use crate::round::RoundKind;
use crate::route::Route;
use crate::widgets::changes::{Changes, Comparison};
use crate::widgets::distribution::{Distribution, chart};
use crate::widgets::footnotes::{Cited, Footnotes};
use crate::widgets::force_monitoring::{EngageNotice, ForceMonitoring, national_page};
use crate::widgets::history::{History, framework_changes_note, intros, rounds_of, timelines};
use crate::widgets::key_facts::describe_key_facts;
use crate::widgets::tile_map::TileMapView;
use crate::wording::{NOT_HELD, NOT_HELD_LABEL, sentence_case};

use super::compare::{self, CompareView};
use super::force_round::{ForceRoundView, NAME_SEPARATOR, OfficialReport};
use super::monitoring::{MonitoringView, NO_CONCERNS};
use super::pillar::{NEVER_GRADED_SENTENCE, PillarGrade, PillarView};
use super::round_table::{RoundTableView, Standing, cell_path, column_counts, row_path};
use super::{ForceLatestView, ForceYear, HomeView, NotFoundView, PageData, PlacesView};

/// Checks the text of the fixture's page at `path` against `expected`.
pub(crate) fn check(path: &str, expected: Expect) {
    check_in(&Fixture::load(), path, expected);
}

/// Checks the text of `fixture`'s page at `path` (the fixture, or one a test added rows to).
pub(crate) fn check_in(fixture: &Fixture, path: &str, expected: Expect) {
    expected.assert_eq(&text_of(fixture, path));
}

/// What a reader reads on `fixture`'s page at `path`.
pub(crate) fn text_of(fixture: &Fixture, path: &str) -> String {
    page_text(path, &fixture.page(path))
}

/// Checks the text of `page`, built for `path`, against `expected`.
pub(crate) fn check_page(path: &str, page: &PageData, expected: Expect) {
    expected.assert_eq(&page_text(path, page));
}

/// The page's text: its kind, then what it shows.
fn page_text(path: &str, page: &PageData) -> String {
    let mut text = Text::default();
    match page {
        PageData::Home(view) => home(&mut text, view),
        PageData::ForceLatest(view) => force_latest(&mut text, view),
        PageData::ForceRound(view) => force_round(&mut text, view),
        PageData::Pillar(view) => pillar(&mut text, view),
        PageData::RoundTable(view) => round_table(&mut text, view, &Route::parse(path)),
        PageData::Compare(view) => compare(&mut text, view),
        PageData::Places(view) => places(&mut text, view),
        PageData::Monitoring(view) => monitoring(&mut text, view, &Route::parse(path)),
        PageData::Data(view) => data(&mut text, view),
        PageData::NotFound(view) => not_found(&mut text, view),
    }
    text.0
}

/// Lines of text, indented two spaces a level under what they belong to.
#[derive(Default)]
struct Text(String);

impl Text {
    fn line(&mut self, depth: usize, line: impl AsRef<str>) {
        self.0.push_str(&"  ".repeat(depth));
        self.0.push_str(line.as_ref());
        self.0.push('\n');
    }

    /// A link: its words and where it leads.
    fn link(&mut self, depth: usize, words: impl AsRef<str>, route: &Route) {
        self.line(depth, format!("{} <{}>", words.as_ref(), route.path()));
    }
}

/// A grade as its tag reads: the grade's word, or that none is held.
fn tag(judgement: Option<Judgement>) -> &'static str {
    judgement.map_or(NOT_HELD_LABEL, Judgement::label)
}

fn home(text: &mut Text, view: &HomeView) {
    text.line(0, format!("Home: {} forces", view.force_count()));
    if let Some(line) = &view.engage {
        text.link(0, line, &Route::Monitoring { date: None });
    }
    if let Some(map) = &view.map {
        text.line(0, map.sentence());
        tile_map(text, 1, &map.map);
        text.link(1, map.table_words(), &map.table);
    }
    text.line(0, "Coverage:");
    for c in &view.coverage {
        let round = c.coverage.round;
        text.link(1, format!("PEEL {}", round.label()), &Route::round_table(round));
        text.line(2, c.sentence());
    }
    for region in &view.regions {
        text.line(0, format!("{}:", region.region));
        for force in &region.forces {
            text.link(1, &force.name, &force.route());
            text.line(2, force.round_words());
            for grade in &force.grades {
                text.line(2, format!("{}: {}", grade.area.label(), tag(grade.judgement)));
            }
        }
    }
}

fn tile_map(text: &mut Text, depth: usize, map: &TileMapView) {
    text.line(depth, format!("{} {}", map.title(), map.description()));
    for tile in &map.tiles {
        let shown: Vec<&str> = [
            tile.abbreviation.as_str(),
            map.tile_code(tile),
            map.tile_mark(tile),
        ]
        .into_iter()
        .filter(|s| !s.is_empty())
        .collect();
        text.link(
            depth + 1,
            format!("{} ({})", shown.join(" "), map.tile_description(tile)),
            &tile.route,
        );
    }
    let key: Vec<String> = map
        .legend()
        .iter()
        .map(|entry| format!("{} {} ({})", entry.code(), entry.label(), entry.count))
        .chain(map.mark_legend().into_iter().map(|entry| {
            let shown = [entry.code, entry.label.as_str()];
            let shown: Vec<&str> = shown.into_iter().filter(|s| !s.is_empty()).collect();
            format!("{} ({})", shown.join(" "), entry.count)
        }))
        .collect();
    text.line(depth + 1, format!("Key: {}", key.join(", ")));
}

fn force_latest(text: &mut Text, view: &ForceLatestView) {
    text.line(0, format!("Force: {}", view.force.name));
    if let Some(notice) = view.engage_notice() {
        engage_notice(text, &notice, &view.footnotes);
    }
    text.line(0, view.sentence());
    if let Some(route) = view.latest_route() {
        text.link(1, "Sent on to", &route);
    }
    sources(text, &view.footnotes);
}

/// The notice at the top of a force's pages while it is in enhanced monitoring.
fn engage_notice(text: &mut Text, notice: &EngageNotice, footnotes: &Footnotes) {
    text.line(0, format!("Notice: {}", notice.heading));
    text.line(1, &notice.sentence);
    if !notice.concerns.is_empty() {
        text.line(1, format!("Concerns: {}", notice.concerns.join("; ")));
    }
    if let Some(cited) = footnotes.cite(&notice.source_url) {
        text.line(1, cited_words(&cited));
    }
    text.link(1, "Every force in enhanced monitoring", &national_page());
}

/// A fact's source as it reads beside the fact: "Source: Kent Online [2]", with the link of an
/// official one.
fn cited_words(cited: &Cited) -> String {
    let link = cited.link.as_ref().map(|l| format!(" <{l}>")).unwrap_or_default();
    format!("Source: {}{link} [{}]", cited.publisher, cited.number)
}

/// The page's numbered sources, each address written out once.
fn sources(text: &mut Text, footnotes: &Footnotes) {
    if footnotes.is_empty() {
        return;
    }
    text.line(0, "Sources:");
    for (number, source) in footnotes.numbered() {
        let linked = if source.link().is_some() {
            "linked"
        } else {
            "not linked"
        };
        text.line(
            1,
            format!("{number}. {}: {} ({linked})", source.publisher, source.url),
        );
    }
}

/// The spells of a force's time in enhanced monitoring, in its history.
fn engage_history(text: &mut Text, depth: usize, monitoring: &ForceMonitoring, footnotes: &Footnotes) {
    for (line, url) in monitoring.history() {
        let source = footnotes
            .cite(url)
            .map(|c| format!(". {}", cited_words(&c)))
            .unwrap_or_default();
        text.line(depth, format!("{line}{source}"));
    }
}

/// How the grades changed since the force's previous round.
fn changes(text: &mut Text, view: &ForceRoundView, changes: &Changes) {
    text.line(0, format!("{}:", changes.title()));
    if let Comparison::Compared { changes: list, .. } = &changes.compared {
        for change in list {
            text.line(1, change.sentence(changes.previous));
        }
    }
    if let Some(note) = changes.note(view.year.round) {
        text.line(1, note);
    }
}

fn force_round(text: &mut Text, view: &ForceRoundView) {
    let year = &view.year;
    text.line(0, format!("Force round: {}", view.title()));
    text.line(0, format!("Description: {}", view.description()));
    text.line(0, format!("Region: {}", year.force.region));
    round_links(text, &year.round_links(None));
    if let Some(notice) = year.monitoring.notice(&year.force.name) {
        engage_notice(text, &notice, &view.footnotes);
    }
    if let Some(report) = &view.report {
        for paragraph in &report.introduction {
            text.line(0, paragraph);
        }
    }
    text.line(0, view.judgements_intro());
    if let Some(sentence) = view.no_grades_sentence() {
        text.line(0, sentence);
    }
    for grade in view.held_grades() {
        let words = format!("{}: {}", grade.area.label(), tag(Some(grade.judgement)));
        match &grade.link {
            Some(route) => text.link(1, words, route),
            None => text.line(1, words),
        }
        if let Some(sentence) = grade.sentence {
            text.line(2, sentence);
        }
        if let Some(context) = grade.context {
            text.line(2, sentence_case(&context));
        }
        if let Some(source) = grade.source {
            text.line(2, cited_words(&source));
        }
    }
    if let Some(not_held) = view.not_held() {
        let names: Vec<String> = not_held
            .areas
            .iter()
            .map(|a| format!("{} (#{})", a.label(), a.slug()))
            .collect();
        text.line(
            0,
            format!(
                "{}{}{} {} <{}>",
                not_held.lead(),
                names.join(NAME_SEPARATOR),
                not_held.tail(),
                not_held.link_words(),
                not_held.url()
            ),
        );
    }
    if let Some(some) = view.graded_for_some_forces_not_held() {
        let names: Vec<String> = some
            .areas
            .iter()
            .map(|a| format!("{} (#{})", a.label(), a.slug()))
            .collect();
        text.line(0, format!("{}{}", names.join(NAME_SEPARATOR), some.tail()));
    }
    if let Some(since) = &view.changes {
        changes(text, view, since);
    }
    text.link(
        0,
        format!("Compare {} with other forces", year.force.name),
        &view.compare_route(),
    );
    match (&view.report, view.official_report()) {
        (Some(report), _) => report_sections(text, view, report),
        (None, OfficialReport::Report { url }) => text.line(0, format!("Official report <{url}>")),
        (None, OfficialReport::ForcePage { url }) => {
            text.line(0, format!("The force's HMICFRS page <{url}>"))
        }
    }
    text.line(0, view.national_title());
    for distribution in &view.distributions {
        grade_distribution(text, 1, distribution, Some(&year.force.name));
    }
    grade_history(text, 0, &view.history, &view.round_kinds, &year.force.name);
    if let Some(note) = view.history_not_held_note() {
        text.line(1, note);
    }
    engage_history(text, 1, &year.monitoring, &view.footnotes);
    sources(text, &view.footnotes);
    citation(text, year, &view.title(), &year.round_route(), &view.footnotes);
}

/// "Cite this page", with the page's address as a reader on the site's root would see it.
fn citation(text: &mut Text, year: &ForceYear, title: &str, route: &Route, sources: &Footnotes) {
    citation_lines(text, &year.citation(title, &route.path(), sources));
}

/// A page's citation, one line of it a line.
fn citation_lines(text: &mut Text, citation: &str) {
    text.line(0, "Citation:");
    for line in citation.lines() {
        text.line(1, line);
    }
}

/// The same page in each round held, this page's round marked.
fn round_links(text: &mut Text, links: &[(crate::round::Round, Route)]) {
    let links: Vec<String> = links
        .iter()
        .map(|(round, route)| format!("{} <{}>", round.label(), route.path()))
        .collect();
    text.line(0, format!("Rounds: {}", links.join(", ")));
}

/// The report text held, section by section, as the force-round page shows it.
fn report_sections(text: &mut Text, view: &ForceRoundView, report: &Report) {
    if let Some(inspector) = &report.inspector {
        text.line(0, format!("Inspector: {}, {}", inspector.name, inspector.title));
    }
    text.line(0, "HMI’s observations:");
    for paragraph in &report.hmi_observations {
        text.line(1, paragraph);
    }
    let pillar_pages = view.year.pillar_pages();
    for section in &report.pillars {
        let heading = format!("{}: {}", section.pillar.label(), tag(section.judgement));
        if pillar_pages.contains(&section.pillar) {
            text.link(0, heading, &view.year.pillar_route(section.pillar));
        } else {
            text.line(0, heading);
        }
        text.line(1, &section.question);
        for paragraph in &section.paragraphs {
            text.line(1, paragraph);
        }
    }
    if let Some(other) = &report.other_inspections {
        text.line(0, &other.question);
        for inspection in &other.inspections {
            let label = inspection.pillar.map_or("Inspection", |p| p.label());
            text.line(1, format!("{label}: {}", tag(Some(Judgement::NotGraded))));
            for paragraph in &inspection.paragraphs {
                text.line(2, paragraph);
            }
        }
    }
    if let Some(facts) = &report.key_facts {
        key_facts(text, facts);
    }
}

fn key_facts(text: &mut Text, facts: &KeyFacts) {
    text.line(0, format!("Key facts – {}", facts.period));
    for figure in describe_key_facts(facts) {
        text.line(1, format!("{}: {}", figure.label, figure.sentence));
    }
}

/// A grade distribution as its component reads: caption, summary, the count of each bar.
fn grade_distribution(text: &mut Text, depth: usize, distribution: &Distribution, force: Option<&str>) {
    let chart = chart(distribution, force.is_some());
    text.line(
        depth,
        format!(
            "{} in PEEL {}: {}",
            distribution.area.label(),
            distribution.round.label(),
            chart.summary
        ),
    );
    let bars: Vec<String> = chart
        .bars
        .iter()
        .map(|bar| {
            let marker = if bar.this_force { " (this force)" } else { "" };
            format!("{} {}{marker}", bar.label, bar.count)
        })
        .collect();
    text.line(depth + 1, bars.join(", "));
    text.line(depth + 1, chart.coverage);
}

fn grade_history(text: &mut Text, depth: usize, histories: &[History], kinds: &[RoundKind], force: &str) {
    let timelines = timelines(histories, kinds);
    text.line(depth, format!("{force}: grades over time"));
    text.line(depth + 1, framework_changes_note(kinds));
    for intro in intros(&timelines) {
        text.line(depth + 1, intro);
    }
    let rounds = rounds_of(&timelines);
    for timeline in &timelines {
        let points: Vec<String> = rounds
            .iter()
            .map(|round| {
                let word = timeline.point(*round).map_or("–", |p| tag(p.judgement));
                format!("{} {word}", round.label())
            })
            .collect();
        text.line(
            depth + 1,
            format!("{} [{}]", timeline.sentence, points.join(", ")),
        );
    }
}

fn pillar(text: &mut Text, view: &PillarView) {
    let year = &view.year;
    text.line(0, format!("Pillar: {}", view.title()));
    text.line(0, format!("Description: {}", view.description()));
    if let Some(question) = &view.question {
        text.line(0, question);
    }
    round_links(text, &year.round_links(Some(view.pillar)));
    if let Some(notice) = year.monitoring.notice(&year.force.name) {
        engage_notice(text, &notice, &view.footnotes);
    }
    match &view.grade {
        PillarGrade::Graded(grade) => {
            text.line(0, format!("Grade: {}", tag(grade.judgement)));
            if let Some(source) = view.grade_source() {
                text.line(1, cited_words(&source));
            }
        }
        PillarGrade::NeverGraded => text.line(
            0,
            format!("{}. {NEVER_GRADED_SENTENCE}", tag(Some(Judgement::NotGraded))),
        ),
    }
    if let Some(date) = view.last_updated {
        text.line(0, format!("Last updated: {}", date.long()));
    }
    if let Some(distribution) = &view.distribution {
        grade_distribution(text, 0, distribution, Some(&year.force.name));
    }
    text.line(0, "Findings:");
    if view.paragraphs.is_empty() {
        text.line(1, format!("Not held; official page <{}>", year.page_url));
    }
    for paragraph in &view.paragraphs {
        text.line(1, paragraph);
    }
    match (&view.questions, view.questions_sentence()) {
        (Some(set), Some(sentence)) => {
            text.line(0, sentence);
            for question in &set.questions {
                let grade = view
                    .question_grades
                    .iter()
                    .find(|g| g.number == question.number)
                    .and_then(|g| g.grade.as_ref());
                let shown = if question.graded {
                    grade.map(|g| g.judgement)
                } else {
                    Some(Judgement::NotGraded)
                };
                let source = view
                    .question_source(question.number)
                    .map(|c| format!(". {}", cited_words(&c)))
                    .unwrap_or_default();
                text.line(
                    1,
                    format!(
                        "{}. {}: {}{source}",
                        question.number,
                        question.display_title(),
                        tag(shown)
                    ),
                );
            }
        }
        _ => text.line(0, view.no_questions_sentence()),
    }
    if let Some(note) = view.not_held_note() {
        text.line(0, note);
    }
    text.line(0, format!("Back: All of {} <{}>", year.title(), view.back_link()));
    sources(text, &view.footnotes);
    citation(text, year, &view.title(), &view.route(), &view.footnotes);
}

fn round_table(text: &mut Text, view: &RoundTableView, route: &Route) {
    let state = match route {
        Route::RoundTable { state, .. } => state.normalise(view),
        _ => Default::default(),
    };
    text.line(0, format!("Round table: {}", view.title()));
    text.line(0, view.coverage_sentence());
    text.line(0, view.scale_note());
    if let Some(map) = view.map(&state) {
        tile_map(text, 0, &map);
    }
    let rows = state.rows(view);
    text.line(0, state.describe(view, rows.len()));
    for counts in column_counts(view, &rows) {
        text.line(1, format!("{}: {}", counts.area.label(), counts.counts.summary()));
    }
    for group in state.groups(view) {
        let depth = match &group.region {
            Some(region) => {
                text.line(1, format!("{region}:"));
                2
            }
            None => 1,
        };
        for row in group.rows {
            text.line(
                depth,
                format!("{} <{}> ({})", row.name, row_path(view, row), row.region),
            );
            text.line(
                depth + 1,
                format!("Standing: {}", Standing::of(view, row).words()),
            );
            for (column, (area, judgement)) in view.areas.iter().zip(&row.grades).enumerate() {
                let cell = cell_path(view, row, column).filter(|_| row.grades.iter().any(Option::is_some));
                let at = cell.map(|path| format!(" <{path}>")).unwrap_or_default();
                text.line(depth + 1, format!("{}: {}{at}", area.label(), tag(*judgement)));
            }
        }
    }
    citation_lines(text, &view.citation(&state, &route.path()));
}

fn compare(text: &mut Text, view: &CompareView) {
    text.line(0, format!("Compare: {}", view.title()));
    text.line(0, compare::describe(view) + ".");
    if let Some(sentence) = view.unknown_sentence() {
        text.line(0, sentence);
    }
    if let Some(sentence) = view.left_out_sentence() {
        text.line(0, sentence);
    }
    for force in &view.forces {
        text.link(
            1,
            format!("{} ({}): remove", force.name, force.region),
            &view.without_force(&force.slug),
        );
    }
    for suggestion in compare::suggestions(&view.shown, &view.force_refs()) {
        text.link(
            1,
            format!("Add {}", suggestion.name),
            &view.with_force(suggestion.slug),
        );
    }
    if view.forces.is_empty() {
        return;
    }
    round_links(text, &view.round_links());
    for sentence in compare::area_sentences(view) {
        text.line(1, sentence);
    }
    for force in &view.forces {
        grade_history(text, 0, &force.history, &view.round_kinds, &force.name);
    }
    key_fact_table(text, view);
    citation_lines(text, &view.citation(&view.route().path()));
}

/// The compared forces' key facts side by side.
fn key_fact_table(text: &mut Text, view: &CompareView) {
    let rows = compare::key_fact_rows(view);
    if rows.is_empty() {
        text.line(0, "No key facts held.");
        return;
    }
    let forces: Vec<String> = view
        .forces
        .iter()
        .map(|force| match &force.key_facts {
            Some((round, facts)) => format!("{} (PEEL {}, {})", force.name, round.label(), facts.period),
            None => force.name.clone(),
        })
        .collect();
    text.line(0, format!("Key facts: {}", forces.join(" | ")));
    for row in rows {
        let values: Vec<String> = row
            .values
            .iter()
            .map(|value| {
                value
                    .as_ref()
                    .map_or_else(|| sentence_case(NOT_HELD), |v| v.sentence.clone())
            })
            .collect();
        text.line(1, format!("{}: {}", row.label, values.join(" | ")));
    }
}

fn places(text: &mut Text, view: &PlacesView) {
    text.line(0, format!("Places: {} places", view.place_count));
    for letter in &view.letters {
        text.line(0, format!("{} (#{})", letter.letter, letter.id()));
        for place in &letter.places {
            let force = view.force_of(place).map_or_else(
                || sentence_case(NOT_HELD),
                |f| format!("{} <{}>", f.name, f.page.path()),
            );
            text.line(1, format!("{} ({}): {force}", place.name, place.what));
        }
    }
}

fn data(text: &mut Text, view: &super::DataView) {
    text.line(0, format!("Data: bundle version {}", view.version));
    for download in &view.downloads {
        text.line(0, &download.title);
        for file in &download.files {
            text.line(
                1,
                format!("{} <{}>: {}; {}", file.format, file.path, file.size, file.changed),
            );
        }
    }
    for set in &view.column_sets {
        text.line(0, &set.title);
        for (name, meaning) in &set.columns {
            text.line(1, format!("{name}: {meaning}"));
        }
    }
    text.line(0, format!("Credit: {}", view.credit));
    for file in &view.bundle_files {
        text.line(0, format!("{}: {}", file.address, file.holds));
    }
}

fn monitoring(text: &mut Text, view: &MonitoringView, route: &Route) {
    text.line(0, format!("Monitoring: {}", view.title()));
    text.line(0, format!("Description: {}", view.description()));
    for paragraph in view.introduction() {
        text.line(0, paragraph);
    }
    if let Some(sentence) = view.as_of_sentence() {
        text.line(0, sentence);
    }
    let asked = match route {
        Route::Monitoring { date } => *date,
        _ => None,
    };
    if let Some(day) = view.day(asked) {
        let on = view.on(day);
        text.line(0, format!("Count: {}", on.sentence()));
        if let Some(map) = view.map_on(&on) {
            tile_map(text, 1, &map);
        }
    }
    text.line(0, format!("Timeline: {}", view.timeline_summary()));
    for bar in view.timeline().rows {
        text.line(1, bar.words);
    }
    text.line(0, "Spells:");
    for row in view.rows() {
        let force = match &row.page {
            Some(page) => format!("{} <{}>", row.force.name, page.path()),
            None => row.force.name.clone(),
        };
        text.line(1, format!("{force}: in {}, out {}", row.entered, row.left));
        let concerns = if row.concerns.is_empty() {
            NO_CONCERNS.to_owned()
        } else {
            row.concerns.join("; ")
        };
        text.line(2, format!("Concerns: {concerns}"));
        let link = row.source.link.as_deref().map_or("not linked", |_| "linked");
        text.line(
            2,
            format!(
                "Source {}: {} ({link}) <{}>",
                row.source.number, row.source.publisher, row.source.url
            ),
        );
        text.line(3, &row.source.note);
    }
    citation_lines(text, &view.citation(&Route::Monitoring { date: None }.path()));
}

fn not_found(text: &mut Text, view: &NotFoundView) {
    text.line(0, format!("Not found: {}", view.message));
    for (name, route) in &view.closest {
        text.link(1, format!("Did you mean {name}?"), route);
    }
    for (words, route) in &view.suggestions {
        text.link(1, words, route);
    }
}
