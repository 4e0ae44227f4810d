//! "Download CSV" and "Download JSON": the data on show, made in the browser from the bundle.

use leptos::prelude::*;
use peel_model::explore::Format;

/// `make` returns the file's name and content for a format, when the reader asks for it.
#[component]
pub fn DownloadLinks(
    /// What is downloaded, for the buttons' accessible names: "the table".
    what: &'static str,
    #[prop(into)] make: Callback<Format, (String, String)>,
) -> impl IntoView {
    let save = move |format: Format| {
        let (name, content) = make.run(format);
        #[cfg(feature = "hydrate")]
        save_file(&name, format.mime_type(), &content);
        #[cfg(not(feature = "hydrate"))]
        let _ = (name, content);
    };
    view! {
        <div class="download js-only">
            <button type="button" class="button button--secondary" on:click=move |_| save(Format::Csv)>
                "Download CSV" <span class="visually-hidden">{format!(" of {what}")}</span>
            </button>
            <button type="button" class="button button--secondary" on:click=move |_| save(Format::Json)>
                "Download JSON" <span class="visually-hidden">{format!(" of {what}")}</span>
            </button>
            // The files hold the rows only, so the licence's terms are said where they are taken.
            <p class="download__licence">
                "Each row names the page its grades came from. Reuse the files under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    "Open Government Licence v3.0"
                </a>
                ", crediting: “Contains public sector information licensed under the Open Government Licence v3.0.”"
            </p>
        </div>
    }
}

/// Hands `content` to the browser as a download named `name`.
#[cfg(feature = "hydrate")]
fn save_file(name: &str, mime: &str, content: &str) {
    use wasm_bindgen::JsCast;
    let parts = web_sys::js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(content));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    let document = document();
    if let Some(link) = document
        .create_element("a")
        .ok()
        .and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        link.set_href(&url);
        link.set_download(name);
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
}
