//! Where a page's facts come from: the official page, the date of the data, the licence.

use leptos::prelude::*;
use peel_model::Date;

#[component]
pub fn SourceNote(
    /// The official page for what this page shows.
    page_url: String,
    /// What the official page is, in words: "Northamptonshire Police, PEEL 2016 on the HMICFRS website".
    page_label: String,
    data_date: Option<Date>,
    /// Held page text this page was built from, where there is one.
    source_file: Option<String>,
) -> impl IntoView {
    view! {
        <aside class="source-note" aria-label="Source and licence">
            <h2>"Source"</h2>
            <p>"Official page: " <a href=page_url.clone() class="source-note__url">{page_label}</a></p>
            <p class="print-only">"Source address: " {page_url}</p>
            {source_file.map(|file| view! { <p>"Report text from the captured page held as " <code>{file}</code> "."</p> })}
            <p>
                {match data_date {
                    Some(date) => format!("Data last updated {}.", date.long()),
                    None => "Date of the data not recorded.".to_owned(),
                }}
            </p>
            <p>
                "Crown copyright, reused under the "
                <a href="https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/" rel="license">
                    "Open Government Licence v3.0"
                </a>
                "."
            </p>
        </aside>
    }
}
