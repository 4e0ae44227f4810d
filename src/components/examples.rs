//! Every component's examples, as GOV.UK Frontend keeps one per component that doubles as its
//! fixture: each component that renders something a reader sees has an `examples` function
//! beside it, with props from the fixture bundle ([`peel_model::fixture`]). They are rendered
//! natively (feature `ssr`): this module's tests check what each reads, and the end-to-end tests
//! run axe on [`page`] on a desktop and a phone (`tests/e2e/accessibility.rs`).

use std::sync::Arc;

use hydration_context::SsrSharedContext;
use leptos::prelude::*;
use leptos_router::components::Router;
use leptos_router::location::RequestUrl;
use peel_model::fixture::Fixture;
use peel_model::pages::{ForceRoundView, PageData, PillarView, RoundTableView};
use peel_model::widgets::force_monitoring::ForceMonitoring;

use super::announcer::Announcer;
use super::{
    accordion, breadcrumbs, cite_this_page, cited_source, copy_link, download, embed_this, engage_timeline,
    external_link, force_search, grade_distribution, grade_history, grade_tag, key_facts, last_updated,
    linked_paragraphs, monitoring_history, monitoring_notice, pillar_card, round_switcher, scroll_region,
    site_footer, site_header, source_list, source_note, tile_map,
};
use crate::data::PageStore;
use crate::site::Site;

/// One example: what it shows, and the view, built when rendered (inside the app's contexts).
pub struct Example {
    pub title: String,
    view: Box<dyn FnOnce() -> AnyView + Send>,
}

impl Example {
    pub fn new<V: IntoView + 'static>(
        title: impl Into<String>,
        view: impl FnOnce() -> V + Send + 'static,
    ) -> Example {
        Example {
            title: title.into(),
            view: Box::new(move || view().into_any()),
        }
    }
}

/// A component's `examples` function.
pub type Examples = fn(&Fixture) -> Vec<Example>;

/// The components with examples, by name, in the order of `components/`. Not here: those that
/// show nothing of their own (`Loaded`, `PageMeta`, `StaticContent`, the announcer's empty live
/// region) and `NotFoundMessage`, which the not-found page's examples cover.
pub const COMPONENTS: [(&str, Examples); 26] = [
    ("Accordion", accordion::examples),
    ("Breadcrumbs", breadcrumbs::examples),
    ("CiteThisPage", cite_this_page::examples),
    ("CitedSource", cited_source::examples),
    ("CopyLink", copy_link::examples),
    ("DownloadLinks", download::examples),
    ("EmbedThis", embed_this::examples),
    ("EngageTimeline", engage_timeline::examples),
    ("ExternalLink", external_link::examples),
    ("ForceSearch", force_search::examples),
    ("GradeDistribution", grade_distribution::examples),
    ("GradeHistory", grade_history::examples),
    ("GradeTag", grade_tag::examples),
    ("KeyFactsComparison", key_facts::examples),
    ("LastUpdated", last_updated::examples),
    ("LinkedParagraphs", linked_paragraphs::examples),
    ("MonitoringHistory", monitoring_history::examples),
    ("MonitoringNotice", monitoring_notice::examples),
    ("PillarCard", pillar_card::examples),
    ("RoundSwitcher", round_switcher::examples),
    ("ScrollRegion", scroll_region::examples),
    ("SiteFooter", site_footer::examples),
    ("SiteHeader", site_header::examples),
    ("SourceList", source_list::examples),
    ("SourceNote", source_note::examples),
    ("TileMap", tile_map::examples),
];

/// One example rendered.
pub struct Rendered {
    pub component: &'static str,
    pub title: String,
    pub html: String,
}

/// Every example rendered to HTML, each as the prerenderer renders a page: with the app's
/// contexts and inside its router, at the site's root.
pub fn render_all() -> Vec<Rendered> {
    let fixture = Fixture::load();
    let owner = Owner::new_root(Some(Arc::new(SsrSharedContext::new())));
    let rendered = owner.with(|| {
        provide_context(RequestUrl::new("/"));
        provide_context(PageStore::new(Site::default(), None));
        provide_context(Site::default());
        provide_context(Announcer::new());
        COMPONENTS
            .iter()
            .flat_map(|(component, examples)| {
                examples(&fixture).into_iter().map(|example| {
                    let view = example.view;
                    Rendered {
                        component,
                        title: example.title,
                        html: view! { <Router>{view()}</Router> }.to_html(),
                    }
                })
            })
            .collect()
    });
    drop(owner);
    rendered
}

/// A page of every example under its component's name, styled by `stylesheet` (the address of
/// the site's built style sheet).
pub fn page(stylesheet: &str) -> String {
    let mut body = String::new();
    let mut current = "";
    for example in render_all() {
        if example.component != current {
            if !current.is_empty() {
                body.push_str("</section>");
            }
            current = example.component;
            body.push_str(&format!(
                "<section class=\"component-example\" aria-labelledby=\"component-{current}\">\
                 <h2 id=\"component-{current}\">{current}</h2>"
            ));
        }
        body.push_str(&format!(
            "<h3>{}</h3><div class=\"component-example__view\">{}</div>",
            peel_model::html::escape(&example.title),
            example.html
        ));
    }
    body.push_str("</section>");
    format!(
        "<!DOCTYPE html><html lang=\"en-GB\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>PEEL Explorer: component examples</title>\
         <link rel=\"stylesheet\" href=\"{stylesheet}\"></head>\
         <body><main class=\"page\"><h1>Component examples</h1>{body}</main></body></html>"
    )
}

/// The fixture's page at `path`, which must be a force-round page.
pub fn force_round(fixture: &Fixture, path: &str) -> ForceRoundView {
    match fixture.page(path) {
        PageData::ForceRound(view) => *view,
        _ => panic!("{path} is not a force-round page of the fixture"),
    }
}

/// The fixture's page at `path`, which must be a pillar page.
pub fn pillar(fixture: &Fixture, path: &str) -> PillarView {
    match fixture.page(path) {
        PageData::Pillar(view) => *view,
        _ => panic!("{path} is not a pillar page of the fixture"),
    }
}

/// A force's spells in enhanced monitoring, from real rows of `data/monitoring.csv`
/// ([`Fixture::engage_spells`]; the fixture's own forces were never in Engage) and the fixture's
/// month of the sources.
pub fn engage_monitoring(fixture: &Fixture, force: &str) -> ForceMonitoring {
    let monitoring = peel_model::Monitoring {
        spells: Fixture::engage_spells(),
        sources_up_to: fixture.index.monitoring.sources_up_to,
    };
    ForceMonitoring::of(&monitoring, &force.parse().expect("a force's slug"))
}

/// The fixture's page at `path`, which must be a round's table.
pub fn round_table(fixture: &Fixture, path: &str) -> RoundTableView {
    match fixture.page(path) {
        PageData::RoundTable(view) => view,
        _ => panic!("{path} is not a table of the fixture"),
    }
}

#[cfg(test)]
mod tests {
    use expect_test::expect;

    use super::*;

    /// The text of some HTML as a reader reads it: a line per block, tags and comments left out.
    fn text(html: &str) -> String {
        const BLOCKS: [&str; 25] = [
            "p",
            "li",
            "h1",
            "h2",
            "h3",
            "tr",
            "div",
            "dt",
            "dd",
            "figcaption",
            "caption",
            "section",
            "ul",
            "ol",
            "table",
            "nav",
            "header",
            "footer",
            "aside",
            "article",
            "br",
            "label",
            "button",
            // A drawing's words, each on its own line.
            "title",
            "text",
        ];
        let mut out = String::new();
        let mut rest = html;
        while let Some(start) = rest.find('<') {
            out.push_str(&rest[..start]);
            let end = if rest[start..].starts_with("<!--") {
                rest[start..].find("-->").map_or(rest.len(), |e| start + e + 3)
            } else {
                rest[start..].find('>').map_or(rest.len(), |e| start + e + 1)
            };
            let name: String = rest[start + 1..end]
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect();
            let opening = !rest[start + 1..].starts_with('/');
            if BLOCKS.contains(&name.as_str()) {
                out.push('\n');
            } else if opening && (name == "td" || name == "th") {
                out.push_str(" | ");
            } else if name == "span" {
                out.push(' ');
            }
            rest = &rest[end..];
        }
        out.push_str(rest);
        let decoded = out
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&#x27;", "'")
            .replace("&amp;", "&");
        decoded
            .lines()
            .map(|line| line.split_whitespace().collect::<Vec<_>>().join(" "))
            .map(|line| line.trim_matches(|c| c == ' ' || c == '|').to_owned())
            .filter(|line| !line.is_empty())
            .collect::<Vec<_>>()
            .join("\n")
    }

    #[test]
    fn every_example_reads_as_its_component_shows_it() {
        let all: Vec<String> = render_all()
            .into_iter()
            .map(|example| {
                format!(
                    "== {}: {}\n{}",
                    example.component,
                    example.title,
                    text(&example.html)
                )
            })
            .collect();
        expect![[r#"
            == Accordion: A report's pillar sections, with their contents
            Contents
            Effectiveness
            Efficiency
            Legitimacy
            Hide all sections
            Effectiveness Hide
            Copy link to “Effectiveness”
            Requires improvement
            Northamptonshire Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime. Our overall judgment is the same as last year, when we judged the force to require improvement. ¶
            Efficiency Hide
            Copy link to “Efficiency”
            Good
            Northamptonshire Police has been assessed as good in respect of the efficiency with which it keeps people safe and reduces crime. It is taking steps to understand current and future demand better and is developing tools to allow effective monitoring of changes in demand. The force is developing its understanding of hidden demand. While it sets great store on the opportunities for savings and efficiencies from the use of information communication technology (ICT) and closer collaboration with other forces, its future planning needs to be strengthened. ¶
            Legitimacy Hide
            Copy link to “Legitimacy”
            Good
            Northamptonshire Police has been assessed as good in respect of the legitimacy with which it keeps people safe and reduces crime. Our findings this year are consistent with last year’s findings, in which we judged the force to be good in respect of legitimacy. ¶
            == Breadcrumbs: A pillar page's trail
            Home
            Northamptonshire Police
            PEEL 2016
            Effectiveness
            == CiteThisPage: A force-round page's citation
            Cite this page
            Kent Police, PEEL 2023-25. PEEL Explorer. /force/kent/2023-25/
            Data last changed: 1 December 2026.
            Sources: [1] BBC News, https://feeds.bbci.co.uk/news/uk-england-kent-67443845; [2] Kent Online, https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/
            Contains public sector information licensed under the Open Government Licence v3.0.
            Copy the citation
            == CitedSource: A newspaper: named, not linked
            Source: BBC News source [1]
            == CitedSource: An official page: named and linked
            Source: HMICFRS source [1]
            == CopyLink: A link to a report's section
            Copy link to “Effectiveness”
            == DownloadLinks: A round's table as files
            Download CSV of the table
            Download JSON of the table
            Each row names the page its grades came from. Reuse the files under the Open Government Licence v3.0, crediting: “Contains public sector information licensed under the Open Government Licence v3.0.” Every grade of every round is on the data page.
            == EmbedThis: A force-round's grade card
            Embed this
            Paste this code into your page: the embed shows the credit line and the date of the data, and its links open in your reader’s window. Its address is the embed’s path on this site: put this site’s address (its origin, as in your browser’s address bar) before it.
            <iframe src="/embed/force/kent/2016/" title="Kent Police, PEEL 2016: grades held" width="100%" height="600" loading="lazy"></iframe>
            Copy the embed code
            Preview
            == EngageTimeline: The fixture's five spells, one of each kind of date
            Every spell in enhanced monitoring (Engage)
            2019
            2020
            2021
            2022
            2023
            2024
            2025
            cleveland: 2019 to September 2023
            greater-manchester: December 2020 to 28 October 2022
            metropolitan: 28 June 2022 to 23 January 2025
            nottinghamshire: 11 March 2024 to May 2025
            lincolnshire: from 6 December 2024, no move out found up to October 2025
            five spells of five forces in enhanced monitoring (Engage), from 2019 to October 2025, each a bar from the move in to the move out; a month or year shaded with stripes is a date known only to that month or year. The table below gives the same.
            == ExternalLink: An official page: a link
            Kent Police, PEEL 2016
            == ExternalLink: A newspaper: named, its address written out
            kentonline.co.uk (not an official site, so not linked: https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/)
            == ForceSearch: The search box
            Search for a police force
            A force, or a town, city, council or county, such as Kettering
            == GradeDistribution: Every force, for a round's table
            Effectiveness in PEEL 2016: how the forces were graded
            Effectiveness in 2016: two forces graded good and one requires improvement.
            Forces by grade: Effectiveness
            Grade | Forces | Bar
            Outstanding | 0
            Good | 2
            Requires improvement | 1
            Inadequate | 0
            all 3 forces have a grade held
            == GradeDistribution: A force whose grade is not held
            Treating the public fairly, appropriately and respectfully in PEEL 2023-25: how the forces were graded
            No grade for treating the public fairly, appropriately and respectfully is held for this force in 2023-25; of the two forces with one, one was graded good and one adequate.
            Forces by grade: Treating the public fairly, appropriately and respectfully
            Grade | Forces | Bar | This force : Kent Police
            Outstanding | 0
            Good | 1
            Adequate | 1
            Requires improvement | 0
            Inadequate | 0
            Not held | 1 | | ◀ this force
            two of 3 forces have a grade held (one not held)
            == GradeHistory: A force across a pillar round and an area round
            Each line joins the grades of rounds judged the same way. Where HMICFRS changed how it inspects (2023-25, graded areas on a five-point scale) the line breaks, because those grades are not like for like.
            In 2023-25 PEEL graded areas, not pillars, on a five-point scale that adds “adequate”; these grades are not comparable with the pillar grades of earlier rounds.
            Effectiveness
            Effectiveness: good in 2016
            2016
            Efficiency
            Efficiency: good in 2016
            2016
            Legitimacy
            Legitimacy: outstanding in 2016
            2016
            Investigating crime
            Investigating crime: requires improvement in 2023-25
            2023-25
            Preventing and deterring crime and anti-social behaviour, and reducing vulnerability
            Preventing and deterring crime and anti-social behaviour, and reducing vulnerability: good in 2023-25
            2023-25
            Responding to the public
            Responding to the public: requires improvement in 2023-25
            2023-25
            Kent Police: grades by round
            Pillar or area | 2016 | 2023-25
            Effectiveness | Good | –
            Efficiency | Good | –
            Legitimacy | Outstanding | –
            Investigating crime | – | Requires improvement
            Preventing and deterring crime and anti-social behaviour, and reducing vulnerability | – | Good
            Responding to the public | – | Requires improvement
            –: this pillar or area was not part of that round’s framework.
            == GradeTag: Every grade, not graded, and not held
            Outstanding
            Good
            Adequate
            Requires improvement
            Inadequate
            Not graded
            Not held in this dataset
            == KeyFactsComparison: A page's key facts against the national level
            The figures for Northamptonshire Police as published on the page (period 2019/20), against the national level for England and Wales where the page gives one.
            Force area
            914 square miles
            As published: “914 square miles”
            Population
            0.757 million people
            As published: “0.757m people”
            Population change over 10 years
            +10% over 10 years
            As published: “up10% local 10 yr change”
            Police officers in frontline roles
            88% of police officers in frontline roles, 4 percentage points below the national 92%
            Northamptonshire Police: 88% of police officers in frontline roles
            England and Wales: 92% of police officers in frontline roles
            As published: “88% frontline police officers”, “92% national level”
            Police officers per 1,000 population
            3.02 officers per 1,000 people, 18% fewer than the national 3.69
            Northamptonshire Police: 3.02 officers per 1,000 people
            England and Wales: 3.69 officers per 1,000 people
            As published: “3.02 per 1000 population”, “3.69 national level”
            Workforce change over 10 years
            −10% over 10 years, against −5% nationally
            Northamptonshire Police: −10% over 10 years
            England and Wales: −5% over 10 years
            As published: “down10% 10yr change in local workforce”, “down5% 10yr national change”
            Victim-based crimes per person
            0.07 victim-based crimes per person, 17% more than the national 0.06
            Northamptonshire Police: 0.07 victim-based crimes per person
            England and Wales: 0.06 victim-based crimes per person
            As published: “0.07 per person”, “0.06 national level”
            Victim-based crimes, 5-year trend
            +14% over 5 years, against +9% nationally
            Northamptonshire Police: +14% over 5 years
            England and Wales: +9% over 5 years
            As published: “up14% Local 5 year trend”, “up9% National 5 year trend”
            Cost of policing per person per day
            50p per person per day, 15% less than the national 59p
            Northamptonshire Police: 50p per person per day
            England and Wales: 59p per person per day
            As published: “50p per person per day local”, “59p per person per day national”
            Key facts, 2019/20: the numbers
            Figure | Northamptonshire Police | England and Wales | Difference
            Force area | 914 square miles | not given | –
            Population | 0.757 million people | not given | –
            Population change over 10 years | +10% over 10 years | not given | –
            Police officers in frontline roles | 88% of police officers in frontline roles | 92% of police officers in frontline roles | 4 percentage points below
            Police officers per 1,000 population | 3.02 officers per 1,000 people | 3.69 officers per 1,000 people | 18% fewer
            Workforce change over 10 years | −10% over 10 years | −5% over 10 years | –
            Victim-based crimes per person | 0.07 victim-based crimes per person | 0.06 victim-based crimes per person | 17% more
            Victim-based crimes, 5-year trend | +14% over 5 years | +9% over 5 years | –
            Cost of policing per person per day | 50p per person per day | 59p per person per day | 15% less
            == LastUpdated: A section's date
            Last updated 2 March 2017
            == LastUpdated: No date held: nothing

            == LinkedParagraphs: Paragraphs, each with its link
            This is HMIC’s third PEEL (police effectiveness, efficiency and legitimacy) assessment of Northamptonshire Police. PEEL is designed to give the public information about how their local police force is performing in several important areas, in a way that is comparable both across England and Wales, and year on year. The assessment is updated throughout the year with our inspection findings and reports. ¶
            == LinkedParagraphs: A list, each item with its link
            The extent to which the force is effective at keeping people safe and reducing crime requires improvement. ¶
            The extent to which the force is efficient at keeping people safe and reducing crime is good. ¶
            The extent to which the force is legitimate at keeping people safe and reducing crime is good. ¶
            == MonitoringHistory: A force once in enhanced monitoring
            Enhanced monitoring
            In enhanced monitoring from June 2022 to 21 May 2024. Source: HMICFRS source [1]
            == MonitoringNotice: A force in enhanced monitoring as of the sources' month
            In enhanced monitoring as of October 2025
            HMICFRS moved Lincolnshire Police into enhanced monitoring (its Engage phase) on 6 December 2024, and no move out was found in sources up to October 2025.
            The inspectorate’s concerns were about:
            attendance times for calls
            investigations and victim support
            managing registered sex offenders
            understanding demand
            strategic planning
            Source: HMICFRS source [1]
            Every force in enhanced monitoring
            == PillarCard: A grade stated in the section
            Effectiveness
            Requires improvement
            How effective is the force at keeping people safe and reducing crime?
            Last updated 2 March 2017
            Northamptonshire Police requires improvement in respect of its effectiveness at keeping people safe and reducing crime. Our overall judgment is the same as last year, when we judged the force to require improvement.
            Read the effectiveness findings
            == PillarCard: A grade from the headline judgement
            Efficiency
            Good (from the headline judgement)
            How efficient is the force at keeping people safe and reducing crime?
            Last updated 3 November 2016
            Northamptonshire Police has been assessed as good in respect of the efficiency with which it keeps people safe and reduces crime. It is taking steps to understand current and future demand better and is developing tools to allow effective monitoring of changes in demand. The force is developing its understanding of hidden demand. While it sets great store on the opportunities for savings and efficiencies from the use of information communication technology (ICT) and closer collaboration with other forces, its future planning needs to be strengthened.
            Read the efficiency findings
            == RoundSwitcher: A force's rounds
            Rounds
            2016
            2023-25
            == RoundSwitcher: A pillar's page in each round
            Rounds
            2016
            2023-25
            == ScrollRegion: A table that scrolls on a narrow screen
            PEEL 2016: grades of every force
            Force | Effectiveness | Efficiency | Legitimacy
            Derbyshire Constabulary | Good | Good | Outstanding
            Kent Police | Good | Good | Outstanding
            Northamptonshire Police | Requires improvement | Good | Good
            == SiteFooter: On every page
            PEEL Explorer shows findings of HMICFRS PEEL assessments (police effectiveness, efficiency and legitimacy) for the 43 police forces of England and Wales. It is not an official HMICFRS site.
            Contains public sector information licensed under the Open Government Licence v3.0. Published PEEL material is Crown copyright.
            Download the data (every grade as CSV or JSON), with the credit line to use.
            == SiteHeader: On every page
            PEEL Explorer
            Forces
            National tables
            Compare
            Monitoring
            Find a force
            A force, or a town, city, council or county, such as Kettering
            == SourceList: A force-round page's sources: news, not linked
            Sources
            BBC News: https://feeds.bbci.co.uk/news/uk-england-kent-67443845 (not an official site, so not linked)
            Kent Online: https://www.kentonline.co.uk/kent/news/number-of-crimes-solved-by-police-unacceptably-low-298084/ (not an official site, so not linked)
            == SourceNote: A force-round page with its report text held
            Source
            Official page: Northamptonshire Police, PEEL 2016 on the HMICFRS website
            Source: https://hmicfrs.justiceinspectorates.gov.uk/peel-assessments/peel-2016/northamptonshire/
            This page: /force/northamptonshire/2016/
            Report text from the captured page held as data/sources/northamptonshire-2016.txt.
            PEEL Explorer’s data was last changed on 1 December 2026.
            Crown copyright, reused under the Open Government Licence v3.0.
            == TileMap: The three forces of the fixture, by a graded area
            Preventing and deterring crime and anti-social behaviour, and reducing vulnerability in PEEL 2023-25 Each square is a police force, placed next to its neighbours (a tile map, not to scale), coloured by its grade for preventing and deterring crime and anti-social behaviour, and reducing vulnerability in PEEL 2023-25 and marked with the grade’s letters. A square outlined in black and marked E is a force in enhanced monitoring (Engage) as of October 2025. Each square links to the force’s page.
            Skip the map
            DBY G Derbyshire Constabulary: good
            NHT A Northamptonshire Police: adequate
            KEN G Kent Police: good
            Point at or tab to a square to see its force and grade.
            Key
            O Outstanding (0)
            G Good (2)
            A Adequate (1)
            RI Requires improvement (0)
            I Inadequate (0)
            E In enhanced monitoring (Engage) as of October 2025 (0)"#]].assert_eq(&all.join("\n"));
    }

    #[test]
    fn the_page_holds_every_component_once_with_the_style_sheet() {
        let page = page("/main-1.css");
        assert!(
            page.contains("<link rel=\"stylesheet\" href=\"/main-1.css\">"),
            "{page}"
        );
        for (component, _) in COMPONENTS {
            assert_eq!(
                page.matches(&format!("<h2 id=\"component-{component}\">"))
                    .count(),
                1,
                "{component}"
            );
        }
    }
}
