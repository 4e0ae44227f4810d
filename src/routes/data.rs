//! `/data/`: every download with its size, row count and date, what each column means, the
//! licence and the credit line, and the bundle's files as an API with the version rule.

use leptos::prelude::*;
use peel_model::Route;
use peel_model::pages::DataView;

use crate::components::page_meta::PageMeta;
use crate::components::scroll_region::ScrollRegion;
use crate::components::static_content::StaticContent;
use crate::site::use_site;

#[component]
pub fn DataPage(data: DataView) -> impl IntoView {
    let title = "Download the data".to_owned();
    view! {
        <PageMeta
            title=title.clone()
            description="Every PEEL grade of every round in one CSV or JSON file, each round's grades, the forces in enhanced monitoring and the place names, with what each column means, the licence and the credit line.".to_owned()
            route=Route::Data
        />
        <h1>{title}</h1>
        <p class="lead">
            "Every grade this site holds, as CSV (a header line, then one row a line) and JSON (an array of records). Each row names the page its grade was read from and who published it."
        </p>
        <StaticContent content=move || view! { <DataSections data/> }/>
    }
}

#[component]
fn DataSections(data: DataView) -> impl IntoView {
    let site = use_site();
    let bundle_site = site.clone();
    let version = data.version;
    view! {
        <section aria-labelledby="data-downloads-heading">
            <h2 id="data-downloads-heading">"Downloads"</h2>
            <ScrollRegion label="Downloads".to_owned()>
                <table class="data-table">
                    <thead>
                        <tr>
                            <th scope="col">"What it holds"</th>
                            <th scope="col">"Files"</th>
                        </tr>
                    </thead>
                    <tbody>
                        {data
                            .downloads
                            .into_iter()
                            .map(|download| {
                                view! {
                                    <tr>
                                        <th scope="row">{download.title}</th>
                                        <td>
                                            <ul class="data-files">
                                                {download
                                                    .files
                                                    .into_iter()
                                                    .map(|file| {
                                                        view! {
                                                            <li>
                                                                <a href=site.file(&file.path) download=file.name.clone() data-rows=file.rows.to_string()>
                                                                    {file.format}
                                                                </a>
                                                                {format!(" ({}; {})", file.size, file.changed)}
                                                                {file
                                                                    .schema
                                                                    .map(|schema| {
                                                                        view! {
                                                                            " "
                                                                            <a href=site.file(&schema)>"its JSON Schema"</a>
                                                                        }
                                                                    })}
                                                            </li>
                                                        }
                                                    })
                                                    .collect_view()}
                                            </ul>
                                        </td>
                                    </tr>
                                }
                            })
                            .collect_view()}
                    </tbody>
                </table>
            </ScrollRegion>
        </section>
        <section aria-labelledby="data-columns-heading">
            <h2 id="data-columns-heading">"What each column means"</h2>
            {data
                .column_sets
                .into_iter()
                .map(|set| {
                    view! {
                        <h3>{set.title}</h3>
                        <dl class="data-columns">
                            {set
                                .columns
                                .into_iter()
                                .map(|(name, meaning)| view! { <dt><code>{name}</code></dt><dd>{meaning}</dd> })
                                .collect_view()}
                        </dl>
                    }
                })
                .collect_view()}
        </section>
        <section aria-labelledby="data-licence-heading">
            <h2 id="data-licence-heading">"Licence and credit"</h2>
            <p>
                "The data is published under the "
                <a href=data.licence_url rel="license">{data.licence}</a>
                ". Please credit it as:"
            </p>
            <p class="data-credit">{data.credit}</p>
        </section>
        <section aria-labelledby="data-api-heading">
            <h2 id="data-api-heading">"The data bundle as an API"</h2>
            <p>
                "The pages of this site read the same JSON files, which you may read too. Their addresses (below the site's address), each with its JSON Schema (draft 7), generated from the site's own types and checked against every file it ships:"
            </p>
            <dl class="data-columns">
                {data
                    .bundle_files
                    .into_iter()
                    .map(|file| {
                        view! {
                            <dt><a href=bundle_site.file(&file.example)><code>{file.address}</code></a></dt>
                            <dd>
                                {file.holds} " "
                                <a href=bundle_site.file(&file.schema)>"Its JSON Schema"</a>
                                "."
                            </dd>
                        }
                    })
                    .collect_view()}
            </dl>
            <h3>"Versions"</h3>
            <p>
                {format!(
                    "Every address holds the bundle's version: this is version {version} (data/v{version}/). Within a version the addresses, the columns and the fields stay as they are, and the files are updated when the data changes. A change to their shape (a column or field added, renamed or removed) comes with a new version at new addresses, and the files of the older version may then be removed; the number in each bundle file's \"version\" field says which it is."
                )}
            </p>
        </section>
    }
}
