//! The model's decoder (`peel_model::load`) on arbitrary and damaged input: real bundle files
//! truncated, with bytes flipped, inserted or cut out, and plain random bytes. It gives a value
//! or an error, never a panic; a damaged file is `Damaged`, never mistaken for a newer version
//! unless its version field says so. The browser app parses with `JSON.parse` instead, through
//! the same rule (`load::decode_with`); the component test
//! `the_browser_decoder_agrees_with_the_model` checks the two give the same answers.
//!
//! Bounded for CI (proptest's default case count); longer on demand:
//! `PROPTEST_CASES=100000 cargo test -p peel-ingest --test decoder_fuzz`.

use std::sync::OnceLock;

use peel_ingest::bundle;
use peel_model::load::{LoadError, decode, decode_force_file, decode_index};
use peel_model::pages::EmbeddedPage;
use peel_model::{PlacesFile, Route};
use proptest::prelude::*;
use proptest::sample::Index;

/// Real bundle files as the site serves them: the index, a force file with a full report, the
/// place names, and an embedded page.
fn files() -> &'static [String] {
    static FILES: OnceLock<Vec<String>> = OnceLock::new();
    FILES.get_or_init(|| {
        let built = bundle::project_bundle();
        let force = built
            .forces
            .iter()
            .find(|f| !f.reports.is_empty())
            .expect("a force file with a report");
        let route = Route::parse(&format!(
            "/force/{}/{}/",
            force.force.slug,
            force.reports[0].round.slug()
        ));
        let data = peel_model::pages::build_page(&route, &built.sources());
        vec![
            serde_json::to_string(&built.index).unwrap(),
            serde_json::to_string(force).unwrap(),
            serde_json::to_string(&built.places).unwrap(),
            serde_json::to_string(&EmbeddedPage { route, data }).unwrap(),
        ]
    })
}

/// Every decoder the app has, on one text; none may panic.
fn decode_all(text: &str) {
    let _ = decode_index("index.json", text);
    let _ = decode_force_file("force.json", text);
    let _ = decode::<PlacesFile>("places.json", text);
    let _ = serde_json::from_str::<EmbeddedPage>(text);
}

#[derive(Clone, Debug)]
enum Damage {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, Vec<u8>),
    Cut(Index, Index),
}

fn damage() -> impl Strategy<Value = Damage> {
    prop_oneof![
        any::<Index>().prop_map(Damage::Truncate),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Damage::Flip(i, b)),
        (any::<Index>(), proptest::collection::vec(any::<u8>(), 1..16))
            .prop_map(|(i, b)| Damage::Insert(i, b)),
        (any::<Index>(), any::<Index>()).prop_map(|(a, b)| Damage::Cut(a, b)),
    ]
}

fn apply(text: &str, damage: &[Damage]) -> String {
    let mut bytes = text.as_bytes().to_vec();
    for d in damage {
        if bytes.is_empty() {
            break;
        }
        match d {
            Damage::Truncate(at) => bytes.truncate(at.index(bytes.len())),
            Damage::Flip(at, byte) => {
                let i = at.index(bytes.len());
                bytes[i] ^= byte | 1;
            }
            Damage::Insert(at, new) => {
                let i = at.index(bytes.len());
                bytes.splice(i..i, new.iter().copied());
            }
            Damage::Cut(a, b) => {
                let (a, b) = (a.index(bytes.len()), b.index(bytes.len()));
                bytes.drain(a.min(b)..a.max(b));
            }
        }
    }
    // The browser reads a response's text as UTF-8, replacing what is not.
    String::from_utf8_lossy(&bytes).into_owned()
}

proptest! {
    #[test]
    fn damaged_bundle_files_are_errors_not_panics(file in 0usize..4, damage in proptest::collection::vec(damage(), 1..4)) {
        let text = apply(&files()[file], &damage);
        decode_all(&text);
    }

    #[test]
    fn random_bytes_are_errors_not_panics(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        decode_all(&String::from_utf8_lossy(&bytes));
    }
}

#[test]
fn undamaged_files_decode_and_a_truncated_one_is_damaged() {
    let files = files();
    assert!(decode_index("index.json", &files[0]).is_ok());
    assert!(decode_force_file("force.json", &files[1]).is_ok());
    assert!(decode::<PlacesFile>("places.json", &files[2]).is_ok());
    assert!(serde_json::from_str::<EmbeddedPage>(&files[3]).is_ok());
    let half = &files[0][..files[0].len() / 2];
    assert!(matches!(
        decode_index("index.json", half),
        Err(LoadError::Damaged { .. })
    ));
}
