//! Page data: the view embedded in the prerendered HTML, or built in the browser from fetched
//! bundle files when the reader navigates.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use peel_model::load::LoadError;
#[cfg(feature = "hydrate")]
use peel_model::pages::Sources;
use peel_model::pages::{EmbeddedPage, PageData};
use peel_model::route::Route;

use crate::site::Site;
#[cfg(feature = "hydrate")]
use peel_model::bundle::{BundleFile, Layout};
#[cfg(feature = "hydrate")]
use peel_model::{ForceFile, ForceSlug, Index, PlacesFile};

/// Where a page's data is.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready(Arc<PageData>),
    Failed(LoadError),
}

/// The page the HTML was rendered with, and the bundle files fetched since.
#[derive(Clone, Copy)]
pub struct PageStore {
    #[cfg(feature = "hydrate")]
    site: StoredValue<Site>,
    /// Keyed by the path of the route's data ([`Route::data_route`]).
    initial: StoredValue<Option<(String, Arc<PageData>)>>,
    #[cfg(feature = "hydrate")]
    index: StoredValue<Option<Arc<Index>>>,
    #[cfg(feature = "hydrate")]
    forces: StoredValue<HashMap<ForceSlug, Arc<ForceFile>>>,
    /// Place names for search, fetched when a reader first types.
    #[cfg(feature = "hydrate")]
    places: StoredValue<Option<Arc<PlacesFile>>>,
    /// Views built in this session, so going back to a page does not rebuild it.
    built: StoredValue<HashMap<String, Arc<PageData>>>,
}

impl PageStore {
    pub fn new(#[allow(unused_variables)] site: Site, initial: Option<EmbeddedPage>) -> Self {
        PageStore {
            #[cfg(feature = "hydrate")]
            site: StoredValue::new(site),
            initial: StoredValue::new(
                initial.map(|page| (page.route.data_route().path(), Arc::new(page.data))),
            ),
            #[cfg(feature = "hydrate")]
            index: StoredValue::new(None),
            #[cfg(feature = "hydrate")]
            forces: StoredValue::new(HashMap::new()),
            #[cfg(feature = "hydrate")]
            places: StoredValue::new(None),
            built: StoredValue::new(HashMap::new()),
        }
    }

    /// The data at hand for `route` without fetching: the embedded page or a built one.
    fn at_hand(&self, route: &Route) -> Option<Arc<PageData>> {
        let key = route.data_route().path();
        let embedded = self.initial.with_value(|initial| {
            initial
                .as_ref()
                .filter(|(k, _)| *k == key)
                .map(|(_, d)| d.clone())
        });
        embedded.or_else(|| self.built.with_value(|built| built.get(&key).cloned()))
    }

    /// A bundle file's address (captured with the store: async tasks run outside any owner).
    #[cfg(feature = "hydrate")]
    fn bundle_url(&self, file: BundleFile) -> String {
        self.site
            .with_value(|site| site.file(&Layout::CURRENT.path(file)))
    }

    #[cfg(feature = "hydrate")]
    async fn load(&self, route: &Route) -> Load {
        match self.fetch_and_build(route).await {
            Ok(data) => {
                let data = Arc::new(data);
                self.built.update_value(|built| {
                    built.insert(route.data_route().path(), data.clone());
                });
                release::loaded();
                Load::Ready(data)
            }
            Err(error) => {
                leptos::logging::warn!("PEEL Explorer could not load {}: {}", route, error.detail());
                if release::load_in_full(&error) {
                    Load::Loading
                } else {
                    Load::Failed(error)
                }
            }
        }
    }

    /// The bundle's index, fetched once.
    #[cfg(feature = "hydrate")]
    pub async fn index(&self) -> Result<Arc<Index>, LoadError> {
        if let Some(index) = self.index.get_value() {
            return Ok(index);
        }
        let url = self.bundle_url(BundleFile::Index);
        let index: Index = decode(&url, fetch_json(&url).await?)?;
        let index = Arc::new(index);
        self.index.set_value(Some(index.clone()));
        Ok(index)
    }

    /// A force's file, fetched once.
    #[cfg(feature = "hydrate")]
    async fn force_file(&self, slug: ForceSlug) -> Result<Arc<ForceFile>, LoadError> {
        if let Some(file) = self.forces.with_value(|forces| forces.get(&slug).cloned()) {
            return Ok(file);
        }
        let url = self.bundle_url(BundleFile::Force(&slug));
        let file: ForceFile = decode(&url, fetch_json(&url).await?)?;
        let file = Arc::new(file);
        self.forces.update_value(|forces| {
            forces.insert(slug, file.clone());
        });
        Ok(file)
    }

    /// The place names of the bundle, fetched once.
    #[cfg(feature = "hydrate")]
    pub async fn places(&self) -> Result<Arc<PlacesFile>, LoadError> {
        if let Some(places) = self.places.get_value() {
            return Ok(places);
        }
        let url = self.bundle_url(BundleFile::Places);
        let places: PlacesFile = decode(&url, fetch_json(&url).await?)?;
        let places = Arc::new(places);
        self.places.set_value(Some(places.clone()));
        Ok(places)
    }

    #[cfg(feature = "hydrate")]
    async fn fetch_and_build(&self, route: &Route) -> Result<PageData, LoadError> {
        let index = self.index().await?;
        // The force files at once, not one after another: a four-force comparison waited for
        // four round trips in turn (docs/performance.md).
        let known = route
            .force_files()
            .into_iter()
            .filter(|slug| index.force(slug).is_some());
        let files = all_at_once(known.map(|slug| self.force_file(slug)).collect())
            .await
            .into_iter()
            .collect::<Result<Vec<Arc<ForceFile>>, LoadError>>()?;
        let places = if route.needs_places() {
            Some(self.places().await?)
        } else {
            None
        };
        let sources = Sources::new(&index, files.iter().map(Arc::as_ref), places.as_deref());
        Ok(peel_model::pages::build_page(route, &sources))
    }
}

/// Every future's output, the futures run at once. Hand-written: `futures`' `join_all` brings
/// its `FuturesOrdered` machinery along, several KB of wasm for at most four fetches.
#[cfg(feature = "hydrate")]
async fn all_at_once<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    use std::task::Poll;
    let mut futures: Vec<_> = futures.into_iter().map(Box::pin).collect();
    let mut outputs: Vec<Option<F::Output>> = futures.iter().map(|_| None).collect();
    std::future::poll_fn(move |context| {
        let mut waiting = false;
        for (future, output) in futures.iter_mut().zip(outputs.iter_mut()) {
            if output.is_none() {
                match future.as_mut().poll(context) {
                    Poll::Ready(value) => *output = Some(value),
                    Poll::Pending => waiting = true,
                }
            }
        }
        if waiting {
            Poll::Pending
        } else {
            Poll::Ready(outputs.iter_mut().filter_map(Option::take).collect())
        }
    })
    .await
}

/// Releases without breakage: a page loaded before a new release asks for bundle files the new
/// release no longer has (404) or has in another version. The address the reader navigated to
/// is then loaded in full, which brings the new release's page and app; once per address, so a
/// page that fails again after its full load shows its error instead of loading in a loop.
#[cfg(feature = "hydrate")]
mod release {
    use peel_model::load::LoadError;

    /// The address last loaded in full for a new release (session storage).
    const KEY: &str = "peel-explorer-full-load";

    fn storage() -> Option<web_sys::Storage> {
        web_sys::window()?.session_storage().ok().flatten()
    }

    /// Whether `error` means a new release, and the current address is being loaded in full.
    pub fn load_in_full(error: &LoadError) -> bool {
        if !matches!(error, LoadError::Missing { .. } | LoadError::OtherVersion { .. }) {
            return false;
        }
        let (Some(window), Some(storage)) = (web_sys::window(), storage()) else {
            // Without session storage there is no guard against a loop: the error is shown.
            return false;
        };
        let Ok(address) = window.location().href() else {
            return false;
        };
        if storage.get_item(KEY).ok().flatten().as_deref() == Some(address.as_str()) {
            return false;
        }
        storage.set_item(KEY, &address).is_ok() && window.location().replace(&address).is_ok()
    }

    /// A load succeeded: a later release may load a page in full again.
    pub fn loaded() {
        if let Some(storage) = storage() {
            let _ = storage.remove_item(KEY);
        }
    }
}

/// Decodes a bundle file as [`peel_model::load::decode`] does (the same version rule and
/// [`LoadError`] kinds), parsed by the browser's `JSON.parse` instead of serde_json.
#[cfg(feature = "hydrate")]
pub fn decode<T: serde::de::DeserializeOwned>(
    url: &str,
    value: wasm_bindgen::JsValue,
) -> Result<T, LoadError> {
    let head = value.clone();
    peel_model::load::decode_with(
        url,
        move || serde_wasm_bindgen::from_value(head),
        move || serde_wasm_bindgen::from_value(value),
    )
}

/// How long a bundle request may take before the reader is told the server did not answer.
#[cfg(feature = "hydrate")]
const FETCH_TIMEOUT_MS: i32 = 10_000;

/// Fetches a bundle file, parsed by the browser (`Response.json()`: the text is never copied
/// into the wasm and back, which took a fifth of loading the index, docs/performance.md); every
/// failure is a [`LoadError`] kind. One small helper for every fetch of the app (the index,
/// force files, place names).
#[cfg(feature = "hydrate")]
pub async fn fetch_json(url: &str) -> Result<wasm_bindgen::JsValue, LoadError> {
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;

    // Gives up after FETCH_TIMEOUT_MS by aborting the request.
    let controller = web_sys::AbortController::new().ok();
    let timed_out = Arc::new(std::sync::atomic::AtomicBool::new(false));
    let timer = controller.as_ref().and_then(|controller| {
        let controller = controller.clone();
        let timed_out = timed_out.clone();
        let abort = Closure::once_into_js(move || {
            timed_out.store(true, std::sync::atomic::Ordering::Relaxed);
            controller.abort();
        });
        web_sys::window()?
            .set_timeout_with_callback_and_timeout_and_arguments_0(abort.unchecked_ref(), FETCH_TIMEOUT_MS)
            .ok()
    });
    let request =
        gloo_net::http::Request::get(url).abort_signal(controller.as_ref().map(|c| c.signal()).as_ref());
    let response = request.send().await;
    if let (Some(timer), Some(window)) = (timer, web_sys::window()) {
        window.clear_timeout_with_handle(timer);
    }
    let response = response.map_err(|_| {
        if timed_out.load(std::sync::atomic::Ordering::Relaxed) {
            LoadError::Timeout
        } else {
            LoadError::Offline
        }
    })?;
    match response.status() {
        200..=299 => {}
        404 | 410 => return Err(LoadError::Missing { url: url.to_owned() }),
        status => {
            return Err(LoadError::Server {
                url: url.to_owned(),
                status,
            });
        }
    }
    let parsed = web_sys::Response::from(response)
        .json()
        .map_err(|_| LoadError::Offline)?;
    wasm_bindgen_futures::JsFuture::from(parsed)
        .await
        .map_err(|error| not_json(url, error))
}

#[cfg(feature = "hydrate")]
fn not_json(url: &str, error: wasm_bindgen::JsValue) -> LoadError {
    LoadError::Damaged {
        url: url.to_owned(),
        detail: format!("not JSON: {error:?}"),
    }
}

/// [`decode`] of a file's text, parsed as [`fetch_json`] parses a response (the tests' way in).
#[cfg(feature = "hydrate")]
pub fn decode_text<T: serde::de::DeserializeOwned>(url: &str, text: &str) -> Result<T, LoadError> {
    decode(
        url,
        js_sys::JSON::parse(text).map_err(|error| not_json(url, error))?,
    )
}

/// The data of the page `route` describes: at once when the HTML was rendered with it,
/// otherwise fetched whenever the route's data changes. The second value retries a failed load.
pub fn use_page(route: Memo<Route>) -> (ReadSignal<Load>, Callback<()>) {
    let store = expect_context::<PageStore>();
    let data_route = Memo::new(move |_| route.get().data_route());
    let state = RwSignal::new(match store.at_hand(&data_route.get_untracked()) {
        Some(data) => Load::Ready(data),
        None => Load::Loading,
    });
    let attempt = RwSignal::new(0u32);
    #[cfg(feature = "hydrate")]
    Effect::new(move |previous: Option<(Route, u32)>| {
        let current = (data_route.get(), attempt.get());
        if previous.as_ref() == Some(&current) {
            return current;
        }
        if let Some(data) = store.at_hand(&current.0) {
            // Setting what is shown already would render the whole page again: after hydration
            // that re-rendered every node of the prerendered page (docs/performance.md).
            let shown = matches!(&*state.read_untracked(), Load::Ready(shown) if Arc::ptr_eq(shown, &data));
            if !shown {
                state.set(Load::Ready(data));
            }
            return current;
        }
        state.set(Load::Loading);
        let wanted = current.0.clone();
        leptos::task::spawn_local(async move {
            let loaded = store.load(&wanted).await;
            // A newer request may have started meanwhile; only the latest is shown.
            if data_route.try_get_untracked().as_ref() == Some(&wanted) {
                state.try_set(loaded);
            }
        });
        current
    });
    let retry = Callback::new(move |()| attempt.update(|n| *n += 1));
    (state.read_only(), retry)
}
