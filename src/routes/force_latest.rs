//! `/force/<slug>/`: leads to the latest round held for the force.

use leptos::prelude::*;
use leptos_meta::Meta;
use peel_model::views::{PageData, PageRequest};

use super::param;
use crate::components::loaded::Loaded;
use crate::components::page_meta::PageMeta;
use crate::data::use_page;
use crate::site::href;

#[component]
pub fn ForceLatestPage() -> impl IntoView {
    let force = param("force");
    let load = use_page(move || PageRequest::ForceLatest { force: force() });
    view! {
        <Loaded load page=|data| {
            let PageData::ForceLatest(view) = &*data else { return ().into_any() };
            let name = view.force.name.clone();
            match view.latest {
                Some(round) => {
                    let path = format!("/force/{}/{}/", view.force.slug, round.slug());
                    let target = href(&path);
                    #[cfg(feature = "hydrate")]
                    {
                        let navigate = leptos_router::hooks::use_navigate();
                        let target = target.clone();
                        Effect::new(move |_| {
                            navigate(&target, leptos_router::NavigateOptions { replace: true, ..Default::default() })
                        });
                    }
                    view! {
                        <PageMeta
                            title=format!("{name}: latest PEEL assessment")
                            description=format!("The latest PEEL assessment held for {name} is PEEL {}.", round.label())
                            path=format!("/force/{}/", view.force.slug)
                        />
                        <Meta http_equiv="refresh" content=format!("0; url={target}")/>
                        <h1>{name.clone()}</h1>
                        <p class="lead">
                            "The latest PEEL assessment held for " {name.clone()} " is "
                            <a href=target>{format!("PEEL {}", round.label())}</a> "."
                        </p>
                    }
                    .into_any()
                }
                None => view! {
                    <PageMeta
                        title=name.clone()
                        description=format!("No PEEL grades are held for {name}.")
                        path=format!("/force/{}/", view.force.slug)
                    />
                    <h1>{name.clone()}</h1>
                    <p>"No PEEL grades are held for this force in this dataset."</p>
                }
                .into_any(),
            }
        }/>
    }
}
