//! Expandable sections, after the GOV.UK accordion, and better at links:
//! - without JavaScript (and while hydrating) every section is open;
//! - each heading holds a real `<button>` with `aria-expanded` and `aria-controls`;
//! - closed content is `hidden="until-found"`, so find-in-page opens it (`beforematch`);
//! - a `#fragment` inside a closed section opens it and scrolls to it, on load and on
//!   client-side navigation alike;
//! - "Show all sections" / "Hide all sections";
//! - which sections are open is remembered per page for the browsing session.

use leptos::prelude::*;

use super::copy_link::CopyLink;

#[derive(Clone, Copy)]
struct AccordionState {
    /// Ids of the open sections (once enhanced).
    open: RwSignal<Vec<String>>,
    /// False in the prerendered page and during hydration: then every section is open.
    enhanced: RwSignal<bool>,
    /// Every section's id and title, in page order.
    sections: StoredValue<Vec<(String, String)>>,
    /// Session storage key: one per page (read in the browser only).
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    storage_key: StoredValue<String>,
}

impl AccordionState {
    fn is_open(&self, id: &str) -> bool {
        !self.enhanced.get() || self.open.with(|open| open.iter().any(|o| o == id))
    }

    fn all_open(&self) -> bool {
        !self.enhanced.get()
            || self
                .sections
                .with_value(|all| self.open.with(|open| all.iter().all(|(id, _)| open.contains(id))))
    }

    fn register(&self, id: &str, title: &str) {
        self.sections.update_value(|all| {
            if !all.iter().any(|(s, _)| s == id) {
                all.push((id.to_owned(), title.to_owned()));
            }
        });
    }

    fn set(&self, id: &str, open: bool) {
        self.open.update(|ids| {
            ids.retain(|i| i != id);
            if open {
                ids.push(id.to_owned());
            }
        });
        self.save();
    }

    fn set_all(&self, open: bool) {
        self.open.set(if open {
            self.sections
                .with_value(|all| all.iter().map(|(id, _)| id.clone()).collect())
        } else {
            Vec::new()
        });
        self.save();
    }

    fn save(&self) {
        #[cfg(feature = "hydrate")]
        if let Some(storage) = session_storage() {
            let value = self.open.with_untracked(|open| open.join(" "));
            let _ = storage.set_item(&self.storage_key.get_value(), &value);
        }
    }

    /// Takes over from the all-open prerendered state: the remembered sections (or none)
    /// are open, plus the one holding the address's fragment.
    #[cfg(feature = "hydrate")]
    fn enhance(&self) {
        let remembered =
            session_storage().and_then(|s| s.get_item(&self.storage_key.get_value()).ok().flatten());
        let mut open: Vec<String> = remembered
            .map(|ids| ids.split_whitespace().map(str::to_owned).collect())
            .unwrap_or_default();
        let fragment = current_fragment();
        if let Some(section) = fragment.as_deref().and_then(section_holding)
            && !open.contains(&section)
        {
            open.push(section);
        }
        self.sections
            .with_value(|all| open.retain(|id| all.iter().any(|(known, _)| known == id)));
        self.open.set(open);
        self.enhanced.set(true);
        if let Some(fragment) = fragment {
            reveal_later(fragment);
        }
    }

    /// A fragment reached by a link inside the app: open its section, then go to it.
    #[cfg(feature = "hydrate")]
    fn reveal(&self, fragment: &str) {
        if let Some(section) = section_holding(fragment)
            && !self.open.with_untracked(|open| open.contains(&section))
        {
            self.set(&section, true);
        }
        reveal_later(fragment.to_owned());
    }
}

#[cfg(feature = "hydrate")]
fn session_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.session_storage().ok().flatten()
}

#[cfg(feature = "hydrate")]
fn current_fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let id = hash.strip_prefix('#')?;
    (!id.is_empty()).then(|| id.to_owned())
}

/// The id of the accordion section that holds the element with this id (itself included).
#[cfg(feature = "hydrate")]
fn section_holding(id: &str) -> Option<String> {
    let element = document().get_element_by_id(id)?;
    let section = element.closest(".accordion__section").ok().flatten()?;
    Some(section.id())
}

/// Scrolls to the fragment's element once the opened section is laid out, moves focus there
/// for keyboard and screen-reader users, and highlights a linked paragraph.
#[cfg(feature = "hydrate")]
fn reveal_later(id: String) {
    request_animation_frame(move || {
        let Some(element) = document().get_element_by_id(&id) else {
            return;
        };
        for previous in collect(document().query_selector_all(".is-linked").ok()) {
            let _ = previous.class_list().remove_1("is-linked");
        }
        if element.matches("p, li").unwrap_or(false) {
            let _ = element.class_list().add_1("is-linked");
        }
        element.scroll_into_view();
    });
}

#[cfg(feature = "hydrate")]
fn collect(list: Option<web_sys::NodeList>) -> Vec<web_sys::Element> {
    use wasm_bindgen::JsCast;
    let Some(list) = list else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.get(i)?.dyn_into().ok())
        .collect()
}

/// A set of expandable sections. `storage_key` names the page (its path) for remembering
/// which sections are open; with `contents`, a list of links to the sections comes first.
#[component]
pub fn Accordion(storage_key: String, #[prop(optional)] contents: bool, children: Children) -> impl IntoView {
    let state = AccordionState {
        open: RwSignal::new(Vec::new()),
        enhanced: RwSignal::new(false),
        sections: StoredValue::new(Vec::new()),
        storage_key: StoredValue::new(format!("peel-accordion:{storage_key}")),
    };
    provide_context(state);
    // Building the sections registers their ids and titles, from which the contents are made.
    let sections = children();
    let contents = contents.then(|| {
        let links = state
            .sections
            .get_value()
            .into_iter()
            .map(|(id, title)| view! { <li><a href=format!("#{id}") target="_self">{title}</a></li> })
            .collect_view();
        view! {
            <nav class="contents" aria-labelledby="contents-heading">
                <h2 id="contents-heading">"Contents"</h2>
                <ul>{links}</ul>
            </nav>
        }
    });

    #[cfg(feature = "hydrate")]
    {
        // Effects run after hydration, so the prerendered (all open) markup is matched first.
        Effect::new(move |_| state.enhance());
        let location = leptos_router::hooks::use_location();
        Effect::new(move |previous: Option<String>| {
            let hash = location.hash.get();
            if previous.is_some_and(|p| p != hash)
                && let Some(id) = hash.strip_prefix('#').filter(|id| !id.is_empty())
            {
                state.reveal(id);
            }
            hash
        });
    }

    let all_open = move || state.all_open();
    view! {
        {contents}
        <div class="accordion">
            <div class="accordion__controls js-only">
                <button
                    type="button"
                    class="accordion__show-all"
                    aria-expanded=move || all_open().to_string()
                    on:click=move |_| state.set_all(!all_open())
                >
                    {move || if all_open() { "Hide all sections" } else { "Show all sections" }}
                </button>
            </div>
            {sections}
        </div>
    }
}

/// One section: its heading (at `level`, 2 or 3) is the button that opens and closes it.
#[component]
pub fn AccordionSection(
    /// The section's stable id, also its link fragment.
    id: String,
    title: String,
    #[prop(default = 2)] level: u8,
    /// Shown under the heading whether open or closed (a grade, a date).
    #[prop(optional)]
    summary: Option<AnyView>,
    children: Children,
) -> impl IntoView {
    let state = expect_context::<AccordionState>();
    state.register(&id, &title);
    let is_open = {
        let id = id.clone();
        move || state.is_open(&id)
    };
    let content_id = format!("{id}-content");
    let toggle = {
        let id = id.clone();
        move |_| state.set(&id, !state.is_open(&id))
    };
    let open_on_find = {
        let id = id.clone();
        move |_: web_sys::Event| state.set(&id, true)
    };
    let button = view! {
        <button
            type="button"
            class="accordion__button"
            aria-expanded={
                let is_open = is_open.clone();
                move || is_open().to_string()
            }
            aria-controls=content_id.clone()
            on:click=toggle
        >
            <span class="accordion__title">{title.clone()}</span>
            <span class="accordion__state js-only" aria-hidden="true">
                {
                    let is_open = is_open.clone();
                    move || if is_open() { "Hide" } else { "Show" }
                }
            </span>
        </button>
    };
    let heading = if level == 3 {
        view! { <h3 class="accordion__heading">{button}</h3> }.into_any()
    } else {
        view! { <h2 class="accordion__heading">{button}</h2> }.into_any()
    };
    view! {
        <section class="accordion__section" id=id.clone()>
            <div class="accordion__header">
                {heading}
                <CopyLink fragment=id.clone() label=title/>
            </div>
            {summary.map(|summary| view! { <div class="accordion__summary">{summary}</div> })}
            <div
                class="accordion__content"
                id=content_id
                hidden=move || (!is_open()).then_some("until-found")
                on:beforematch=open_on_find
            >
                {children()}
            </div>
        </section>
    }
}

/// Examples for the component examples' page and tests (`components::examples`).
#[cfg(feature = "ssr")]
pub fn examples(fixture: &peel_model::fixture::Fixture) -> Vec<super::examples::Example> {
    use super::examples::Example;
    use super::grade_tag::GradeTag;
    use super::linked_paragraphs::LinkedParagraphs;
    let sections = fixture.report().pillars.clone();
    vec![Example::new(
        "A report's pillar sections, with their contents",
        move || {
            view! {
                <Accordion storage_key="/component-examples/".to_owned() contents=true>
                    {sections
                        .into_iter()
                        .map(|section| {
                            let id = format!("example-{}", section.pillar.slug());
                            let summary = view! { <GradeTag judgement=section.judgement/> }.into_any();
                            view! {
                                <AccordionSection id=id.clone() title=section.pillar.label().to_owned() summary>
                                    <LinkedParagraphs prefix=id paragraphs=section.paragraphs/>
                                </AccordionSection>
                            }
                        })
                        .collect_view()}
                </Accordion>
            }
        },
    )]
}
