//! Component tests: components mounted in headless Chromium (wasm-bindgen-test), asserting
//! what a reader sees. Run by `cargo xtask test`.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use peel_explorer::components::breadcrumbs::Breadcrumbs;
use peel_explorer::components::grade_tag::GradeTag;
use peel_model::{Grade, Judgement};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Mounts a view into a fresh element and returns that element.
fn mount<F, N>(view: F) -> web_sys::HtmlElement
where
    F: FnOnce() -> N + 'static,
    N: IntoView,
{
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    leptos::mount::mount_to(host.clone(), view).forget();
    host
}

/// Resolves in the browser's next task, once Leptos' effects and async rendering have run.
async fn next_task() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A static block of a prerendered page is taken as the server wrote it while the app hydrates
/// (its HTML kept, its view never run: that is its saving), and rendered as usual when the app
/// renders a page itself (a page the reader navigated to).
#[wasm_bindgen_test]
async fn a_static_block_is_adopted_while_hydrating_and_rendered_otherwise() {
    use std::cell::Cell;
    use std::rc::Rc;

    use peel_explorer::components::static_content::{StaticContent, hydrating, while_hydrating};

    let runs = Rc::new(Cell::new(0));
    let block = {
        let runs = runs.clone();
        move || {
            let runs = runs.clone();
            view! {
                <StaticContent class="report" content=move || {
                    runs.set(runs.get() + 1);
                    view! { <p>"As the app renders it"</p> }
                }/>
            }
        }
    };
    let prerendered = r#"<div class="report"><p>As the server wrote it</p></div>"#;
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    host.set_inner_html(prerendered);
    document.body().unwrap().append_child(&host).unwrap();
    let hydrated = while_hydrating(|| {
        assert!(hydrating());
        leptos::mount::hydrate_from(host.clone(), block.clone())
    });
    assert!(!hydrating());
    next_task().await;
    assert_eq!(host.inner_html(), prerendered);
    assert_eq!(runs.get(), 0, "the view of an adopted block is not run");
    hydrated.forget();

    let rendered = mount(block);
    next_task().await;
    let paragraph = rendered
        .query_selector("div.report > p")
        .unwrap()
        .expect("the block rendered");
    assert_eq!(paragraph.text_content().unwrap(), "As the app renders it");
    assert_eq!(runs.get(), 1);
}

#[wasm_bindgen_test]
fn grade_tag_always_shows_the_word() {
    let host = mount(|| {
        view! {
            <GradeTag judgement=Some(Judgement::Graded(Grade::RequiresImprovement))/>
            <GradeTag judgement=Some(Judgement::NotGraded)/>
            <GradeTag judgement=None/>
        }
    });
    let tags = host.query_selector_all(".grade-tag").unwrap();
    let text = |i| tags.get(i).unwrap().text_content().unwrap();
    assert_eq!(text(0), "Requires improvement");
    assert_eq!(text(1), "Not graded");
    assert_eq!(text(2), "Not held in this dataset");
    let class = tags
        .get(0)
        .unwrap()
        .unchecked_into::<web_sys::Element>()
        .class_name();
    assert!(class.contains("grade-tag--requires-improvement"), "{class}");
}

#[wasm_bindgen_test]
fn breadcrumbs_mark_the_current_page() {
    let host = mount(|| {
        view! {
            <Breadcrumbs trail=vec![
                ("Home".to_owned(), peel_model::Route::Home),
                ("Kent Police".to_owned(), peel_model::Route::parse("/force/kent/")),
            ]/>
        }
    });
    let current = host.query_selector("[aria-current='page']").unwrap().unwrap();
    assert_eq!(current.text_content().unwrap(), "Kent Police");
    assert_eq!(current.get_attribute("href").unwrap(), "/force/kent/");
    assert_eq!(host.query_selector_all("a").unwrap().length(), 2);
}

#[wasm_bindgen_test]
async fn a_missing_bundle_file_is_a_clear_message_not_a_panic() {
    let url = format!("/{}/no-such-file.json", peel_model::bundle::Layout::CURRENT.dir());
    let error = peel_explorer::data::fetch_json(&url)
        .await
        .expect_err("a missing file cannot load");
    assert_eq!(error, peel_model::load::LoadError::Missing { url: url.clone() });
    assert!(error.sentence().contains("missing"), "{}", error.sentence());
}

#[wasm_bindgen_test]
fn a_damaged_file_says_so_without_blaming_the_connection() {
    use peel_explorer::components::loaded::Loaded;
    use peel_explorer::data::Load;
    use peel_model::load::LoadError;
    let host = mount(|| {
        let (load, _) = signal(Load::Failed(LoadError::Damaged {
            url: "index.json".to_owned(),
            detail: "expected value at line 1".to_owned(),
        }));
        view! { <Loaded load retry=Callback::new(|()| ()) page=|_| ().into_any()/> }
    });
    let alert = host.query_selector("[role='alert']").unwrap().expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("This page could not be loaded"), "{text}");
    assert!(text.contains("damaged"), "{text}");
    assert!(!text.contains("connection"), "{text}");
    // Retrying cannot mend a damaged file: no Retry button, but a way to the page without the app.
    assert!(host.query_selector("button").unwrap().is_none());
    assert!(text.contains("Open this page without the app"), "{text}");
}

#[wasm_bindgen_test]
fn an_offline_reader_can_retry() {
    use peel_explorer::components::loaded::Loaded;
    use peel_explorer::data::Load;
    use peel_model::load::LoadError;
    let retried = RwSignal::new(0);
    let host = mount(move || {
        let (load, _) = signal(Load::Failed(LoadError::Offline));
        view! { <Loaded load retry=Callback::new(move |()| retried.update(|n| *n += 1)) page=|_| ().into_any()/> }
    });
    let text = host.text_content().unwrap();
    assert!(text.contains("offline"), "{text}");
    let button: web_sys::HtmlElement = host
        .query_selector("button")
        .unwrap()
        .expect("Retry")
        .unchecked_into();
    assert_eq!(button.text_content().unwrap(), "Retry");
    button.click();
    assert_eq!(retried.get_untracked(), 1);
}

#[wasm_bindgen_test]
fn only_official_web_addresses_from_the_data_become_links() {
    use peel_explorer::components::external_link::ExternalLink;
    let host = mount(|| {
        view! {
            <ExternalLink href="https://hmicfrs.justiceinspectorates.gov.uk/peel-reports/kent-2021-22/">"Kent's report"</ExternalLink>
            <ExternalLink href="javascript:alert(1)">"A hostile source"</ExternalLink>
            <ExternalLink href="https://policeprofessional.com/news/">"policeprofessional.com"</ExternalLink>
        }
    });
    let links = host.query_selector_all("a").unwrap();
    assert_eq!(links.length(), 1);
    let text = host.text_content().unwrap();
    assert!(
        text.contains("A hostile source (not a web address, so not linked: javascript:alert(1))"),
        "{text}"
    );
    assert!(
        text.contains("policeprofessional.com (not an official site, so not linked: https://policeprofessional.com/news/)"),
        "{text}"
    );
}

/// The app reads bundle files with the browser's JSON.parse (`data::decode`), not the model's
/// serde_json decoder (`load::decode`, fuzzed natively): both give the same value or the same
/// kind of error.
#[wasm_bindgen_test]
fn the_browser_decoder_agrees_with_the_model() {
    use peel_model::load::{self, LoadError};
    use peel_model::{BUNDLE_VERSION, PlacesFile};
    let kind = |r: &Result<PlacesFile, LoadError>| match r {
        Ok(file) => format!("ok {file:?}"),
        Err(LoadError::Damaged { url, .. }) => format!("damaged {url}"),
        Err(other) => format!("{other:?}"),
    };
    let v = BUNDLE_VERSION;
    let inputs = [
        format!(
            r#"{{"version": {v}, "places": [{{"name": "Newport <b>&amp;</b> \"x\" \u2019", "kind": "city", "force": "gwent"}},
                {{"name": "Corby", "kind": "town", "force": "northamptonshire", "within": "North Northamptonshire"}}]}}"#
        ),
        format!(r#"{{"version": {}, "places": "whatever"}}"#, v + 1),
        format!(r#"{{"version": {v}}}"#),
        format!(r#"{{"version": {v}, "places": [{{"name": 1, "kind": "city", "force": "x"}}]}}"#),
        format!(r#"{{"version": {v}, "places": [{{"name": "x", "kind": "village", "force": "x"}}]}}"#),
        format!(r#"{{"version": {v}.5, "places": []}}"#),
        r#"{"version": "2", "places": []}"#.to_owned(),
        r#"{"version": -1, "places": []}"#.to_owned(),
        "".to_owned(),
        "{".to_owned(),
        "[]".to_owned(),
        "null".to_owned(),
        "<html>".to_owned(),
    ];
    for input in &inputs {
        let browser = peel_explorer::data::decode_text::<PlacesFile>("places.json", input);
        let model = load::decode::<PlacesFile>("places.json", input);
        assert_eq!(kind(&browser), kind(&model), "{input}");
    }
    let first = peel_explorer::data::decode_text::<PlacesFile>("places.json", &inputs[0]).unwrap();
    assert_eq!(first.places[0].name, "Newport <b>&amp;</b> \"x\" ’");
    assert_eq!(first.places[1].within.as_deref(), Some("North Northamptonshire"));
}
