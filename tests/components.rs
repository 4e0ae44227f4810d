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
                ("Home".to_owned(), "/".to_owned()),
                ("Kent Police".to_owned(), "/force/kent/".to_owned()),
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
    let result: Result<peel_model::Index, String> =
        peel_explorer::data::fetch_json("/data/v1/no-such-file.json").await;
    let message = result.expect_err("a missing file cannot load");
    assert!(
        message.contains("/data/v1/no-such-file.json answered 404"),
        "{message}"
    );
}

#[wasm_bindgen_test]
fn a_page_that_failed_to_load_says_so() {
    use peel_explorer::components::loaded::Loaded;
    use peel_explorer::data::Load;
    let host = mount(|| {
        let (load, _) = signal(Load::Failed("the data file is not valid JSON".to_owned()));
        view! { <Loaded load page=|_| ()/> }
    });
    let alert = host.query_selector("[role='alert']").unwrap().expect("an alert");
    let text = alert.text_content().unwrap();
    assert!(text.contains("This page could not be loaded"), "{text}");
    assert!(text.contains("the data file is not valid JSON"), "{text}");
}
