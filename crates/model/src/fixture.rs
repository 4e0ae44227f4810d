//! A tiny hand-made bundle for tests: three real forces, two rounds (a pillar round, 2016, and a
//! graded-area round, 2023-25, held only in part for Kent), copied from the project's data
//! (`tests/fixtures/README.md` says what it holds and leaves out). Compiled for the model's own
//! tests and, with the `fixture` feature, for other crates' tests and the app's component
//! examples; `peel-ingest`'s tests check that every value in it is in the real data.

use crate::bundle::{ForceFile, Index};
use crate::load::{decode, decode_force_file, decode_index};
use crate::monitoring::Spell;
use crate::pages::{PageData, Sources, build_page};
use crate::places::PlacesFile;
use crate::report::{KeyFacts, Report};
use crate::route::Route;

/// The fixture's files, relative to the model's folder, as named in the bundle.
const FILES: [(&str, &str); 5] = [
    ("index.json", include_str!("../tests/fixtures/bundle/index.json")),
    (
        "places.json",
        include_str!("../tests/fixtures/bundle/places.json"),
    ),
    (
        "force/derbyshire.json",
        include_str!("../tests/fixtures/bundle/force/derbyshire.json"),
    ),
    (
        "force/kent.json",
        include_str!("../tests/fixtures/bundle/force/kent.json"),
    ),
    (
        "force/northamptonshire.json",
        include_str!("../tests/fixtures/bundle/force/northamptonshire.json"),
    ),
];

/// The fixture bundle, decoded as the app decodes a fetched bundle.
pub struct Fixture {
    pub index: Index,
    /// One per force of the index, in its order.
    pub forces: Vec<ForceFile>,
    pub places: PlacesFile,
}

impl Fixture {
    /// The fixture; panics, naming the file, where one does not decode (after a change of the
    /// bundle's shape the fixture is brought up to date by hand, as its README says).
    pub fn load() -> Fixture {
        let text = |name: &str| {
            FILES
                .iter()
                .find(|(file, _)| *file == name)
                .map(|(_, text)| *text)
                .unwrap_or_else(|| panic!("the fixture has no {name}"))
        };
        let fail = |name: &str, e: crate::load::LoadError| -> ! {
            panic!("the fixture's {name} does not decode: {}", e.detail())
        };
        let index = decode_index("index.json", text("index.json")).unwrap_or_else(|e| fail("index.json", e));
        let forces = index
            .forces
            .iter()
            .map(|force| {
                let name = format!("force/{}.json", force.slug);
                decode_force_file(&name, text(&name)).unwrap_or_else(|e| fail(&name, e))
            })
            .collect();
        let places = decode("places.json", text("places.json")).unwrap_or_else(|e| fail("places.json", e));
        Fixture {
            index,
            forces,
            places,
        }
    }

    pub fn force_file(&self, slug: &str) -> Option<&ForceFile> {
        self.forces.iter().find(|file| file.force.slug == slug)
    }

    /// Everything pages are built from, as the prerenderer has it.
    pub fn sources(&self) -> Sources<'_> {
        Sources::new(&self.index, &self.forces, Some(&self.places))
    }

    /// The page at `path` (`/force/kent/2016/`), built as the prerenderer builds it. The one call
    /// of the page builder in the fixture's tests.
    pub fn page(&self, path: &str) -> PageData {
        build_page(&Route::parse(path), &self.sources())
    }

    /// The embed at `path` (`/embed/monitoring/`), built as the prerenderer builds it.
    pub fn embed(&self, path: &str) -> crate::pages::embed::EmbedView {
        let route =
            crate::route::EmbedRoute::parse(path).unwrap_or_else(|| panic!("{path} is no embed's address"));
        crate::pages::embed::build(&route, &self.sources())
            .unwrap_or_else(|| panic!("{path} is no embed of the fixture"))
    }

    /// The one report whose text the fixture holds: Northamptonshire's 2016 page, cut short.
    pub fn report(&self) -> &Report {
        self.force_file("northamptonshire")
            .and_then(|file| file.reports.first())
            .expect("the fixture holds Northamptonshire's 2016 page")
    }

    /// Spells of `data/monitoring.csv` as read, for tests of what a force's pages say about
    /// enhanced monitoring (the fixture's own forces were never in Engage): Cleveland (2019 to
    /// September 2023), Staffordshire (June 2022 to 21 May 2024) and Lincolnshire (from 6
    /// December 2024, no move out found).
    pub fn engage_spells() -> Vec<Spell> {
        const ROWS: &str = include_str!("../tests/fixtures/engage_spells.json");
        serde_json::from_str(ROWS).expect("the fixture's spells decode")
    }

    /// Northamptonshire's key facts as its 2016 page publishes them, all nine.
    pub fn key_facts(&self) -> &KeyFacts {
        self.report()
            .key_facts
            .as_ref()
            .expect("the fixture's 2016 page has its key facts")
    }
}
