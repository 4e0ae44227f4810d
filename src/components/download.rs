//! "Download CSV" and "Download JSON": the data on show, made in the browser from the bundle.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::export::{Download, ExportError, Format};

use crate::site::link;

/// `make` returns the file for a format, when the reader asks for it; a file that cannot be made
/// or saved is said, never saved empty.
#[component]
pub fn DownloadLinks(
    /// What is downloaded, for the buttons' accessible names: "the table".
    what: &'static str,
    #[prop(into)] make: Callback<Format, Result<Download, ExportError>>,
) -> impl IntoView {
    let failure = RwSignal::new(None::<String>);
    let save = move |format: Format| {
        let saved = make
            .run(format)
            .and_then(|file| save_file(&file, format.mime_type()));
        failure.set(saved.err().map(|error| error.sentence()));
    };
    view! {
        <div class="download js-only">
            <button type="button" class="button button--secondary" on:click=move |_| save(Format::Csv)>
                "Download CSV" <span class="visually-hidden">{format!(" of {what}")}</span>
            </button>
            <button type="button" class="button button--secondary" on:click=move |_| save(Format::Json)>
                "Download JSON" <span class="visually-hidden">{format!(" of {what}")}</span>
            </button>
            {move || failure.get().map(|message| view! { <p class="download__error" role="alert">{message}</p> })}
            // The files hold the rows only, so the licence's terms are said where they are taken.
            <p class="download__licence">
                "Each row names the page its grades came from. Reuse the files under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    "Open Government Licence v3.0"
                </a>
                ", crediting: “Contains public sector information licensed under the Open Government Licence v3.0.” Every grade of every round is on "
                <a href=link(&Route::Data)>"the data page"</a>
                "."
            </p>
        </div>
    }
}

#[cfg(not(feature = "hydrate"))]
fn save_file(_: &Download, _: &str) -> Result<(), ExportError> {
    Ok(())
}

/// Hands the file to the browser as a download.
#[cfg(feature = "hydrate")]
fn save_file(file: &Download, mime: &str) -> Result<(), ExportError> {
    use wasm_bindgen::JsCast;
    let failed = || ExportError::NotSaved;
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(&file.content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(|_| failed())?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|_| failed())?;
    let document = document();
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(&file.name);
        if let Some(body) = document.body() {
            let _ = body.append_child(&link);
            link.click();
            let _ = body.remove_child(&link);
        }
    }
    // Released once the browser has had time to start the download.
    set_timeout(
        move || drop(web_sys::Url::revoke_object_url(&url)),
        std::time::Duration::from_secs(10),
    );
    Ok(())
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use peel_model::pages::export::table_download;

    use super::examples::{Example, round_table};
    let table = round_table(fixture, "/round/2016/");
    let make = move |format: Format| {
        let rows: Vec<_> = table.rows.iter().collect();
        table_download(&table, &Default::default(), &rows, format)
    };
    vec![Example::new(
        "A round's table as files",
        move || view! { <DownloadLinks what="the table" make/> },
    )]
}
