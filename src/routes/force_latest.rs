//! `/force/<force>/`: leads to the latest round held for the force.

use leptos::prelude::*;
use leptos_meta::Meta;
use peel_model::pages::ForceLatestView;

use crate::components::monitoring_notice::MonitoringNotice;
use crate::components::page_meta::PageMeta;
use crate::components::source_list::SourceList;
use crate::site::link;

#[component]
pub fn ForceLatestPage(latest: ForceLatestView) -> impl IntoView {
    let name = latest.force.name.clone();
    let notice = latest.engage_notice();
    let footnotes = latest.footnotes.clone();
    match latest.latest.zip(latest.latest_route()) {
        Some((round, route)) => {
            let target = link(&route);
            #[cfg(feature = "hydrate")]
            {
                let navigate = leptos_router::hooks::use_navigate();
                let target = target.clone();
                Effect::new(move |_| {
                    navigate(
                        &target,
                        leptos_router::NavigateOptions {
                            replace: true,
                            ..Default::default()
                        },
                    )
                });
            }
            view! {
                <PageMeta
                    title=format!("{name}: latest PEEL assessment")
                    description=latest.sentence()
                    route=latest.route()
                />
                <Meta http_equiv="refresh" content=format!("0; url={target}")/>
                <h1>{name.clone()}</h1>
                {notice.map(|notice| view! { <MonitoringNotice notice footnotes=footnotes.clone()/> })}
                <p class="lead">
                    "The latest PEEL assessment held for " {name.clone()} " is "
                    <a href=target>{format!("PEEL {}", round.label())}</a>
                    {latest.areas_held.map(|(held, all)| format!(" ({held} of {all} areas held)"))}
                    "."
                </p>
                <SourceList footnotes/>
            }
            .into_any()
        }
        None => view! {
            <PageMeta
                title=name.clone()
                description=latest.sentence()
                route=latest.route()
            />
            <h1>{name.clone()}</h1>
            {notice.map(|notice| view! { <MonitoringNotice notice footnotes=footnotes.clone()/> })}
            <p>"No PEEL grades are held for this force in this dataset."</p>
            <SourceList footnotes/>
        }
        .into_any(),
    }
}
