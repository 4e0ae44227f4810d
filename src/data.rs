//! Page data: the view embedded in the prerendered HTML, or built in the browser from fetched
//! bundle files when the reader navigates.

use std::collections::HashMap;
use std::sync::Arc;

use leptos::prelude::*;
use peel_model::views::{EmbeddedPage, PageData, PageRequest};

use crate::site::Site;
#[cfg(feature = "hydrate")]
use peel_model::{ForceFile, Index};

/// Where a page's data is.
#[derive(Clone, Debug, PartialEq)]
pub enum Load {
    Loading,
    Ready(Arc<PageData>),
    /// A sentence saying what went wrong, for the reader.
    Failed(String),
}

/// The page the HTML was rendered with, and the bundle files fetched since.
#[derive(Clone, Copy)]
pub struct PageStore {
    #[cfg(feature = "hydrate")]
    site: StoredValue<Site>,
    initial: StoredValue<Option<(PageRequest, Arc<PageData>)>>,
    #[cfg(feature = "hydrate")]
    index: StoredValue<Option<Arc<Index>>>,
    #[cfg(feature = "hydrate")]
    forces: StoredValue<HashMap<String, Arc<ForceFile>>>,
    /// Views built in this session, so going back to a page does not rebuild it.
    built: StoredValue<HashMap<PageRequest, Arc<PageData>>>,
}

impl PageStore {
    pub fn new(#[allow(unused_variables)] site: Site, initial: Option<EmbeddedPage>) -> Self {
        PageStore {
            #[cfg(feature = "hydrate")]
            site: StoredValue::new(site),
            initial: StoredValue::new(initial.map(|page| (page.request, Arc::new(page.data)))),
            #[cfg(feature = "hydrate")]
            index: StoredValue::new(None),
            #[cfg(feature = "hydrate")]
            forces: StoredValue::new(HashMap::new()),
            built: StoredValue::new(HashMap::new()),
        }
    }

    /// The data at hand for `request` without fetching: the embedded page or a built one.
    fn at_hand(&self, request: &PageRequest) -> Option<Arc<PageData>> {
        let embedded = self.initial.with_value(|initial| {
            initial
                .as_ref()
                .filter(|(r, _)| r == request)
                .map(|(_, d)| d.clone())
        });
        embedded.or_else(|| self.built.with_value(|built| built.get(request).cloned()))
    }

    /// A bundle file's address (captured with the store: async tasks run outside any owner).
    #[cfg(feature = "hydrate")]
    fn bundle_url(&self, file: &str) -> String {
        self.site.with_value(|site| site.href(&format!("/{file}")))
    }

    #[cfg(feature = "hydrate")]
    async fn load(&self, request: &PageRequest) -> Load {
        match self.fetch_and_build(request).await {
            Ok(data) => {
                let data = Arc::new(data);
                self.built.update_value(|built| {
                    built.insert(request.clone(), data.clone());
                });
                Load::Ready(data)
            }
            Err(message) => Load::Failed(message),
        }
    }

    /// The bundle's index, fetched once.
    #[cfg(feature = "hydrate")]
    pub async fn index(&self) -> Result<Arc<Index>, String> {
        match self.index.get_value() {
            Some(index) => Ok(index),
            None => {
                let index: Index = fetch_json(&self.bundle_url(&peel_model::bundle::index_path())).await?;
                if index.version != peel_model::BUNDLE_VERSION {
                    return Err(format!(
                        "the data on the server is version {}, this page expects version {}; reload the page",
                        index.version,
                        peel_model::BUNDLE_VERSION
                    ));
                }
                let index = Arc::new(index);
                self.index.set_value(Some(index.clone()));
                Ok(index)
            }
        }
    }

    #[cfg(feature = "hydrate")]
    async fn fetch_and_build(&self, request: &PageRequest) -> Result<PageData, String> {
        let index = self.index().await?;
        let mut files: HashMap<String, Arc<ForceFile>> = HashMap::new();
        for slug in request.force_files() {
            if index.force(&slug).is_none() {
                continue; // the view says the force is unknown
            }
            let cached = self.forces.with_value(|forces| forces.get(&slug).cloned());
            let file = match cached {
                Some(file) => file,
                None => {
                    let url = self.bundle_url(&peel_model::bundle::force_path(&slug));
                    let file: Arc<ForceFile> = Arc::new(fetch_json(&url).await?);
                    self.forces.update_value(|forces| {
                        forces.insert(slug.clone(), file.clone());
                    });
                    file
                }
            };
            files.insert(slug, file);
        }
        Ok(peel_model::views::build_page(request, &index, &|slug| {
            files.get(slug).map(|f| f.as_ref())
        }))
    }
}

/// Fetches and decodes one bundle file, with a message a reader can act on.
#[cfg(feature = "hydrate")]
pub async fn fetch_json<T: serde::de::DeserializeOwned>(url: &str) -> Result<T, String> {
    let response = gloo_net::http::Request::get(url)
        .send()
        .await
        .map_err(|e| format!("could not reach {url} ({e})"))?;
    if !response.ok() {
        return Err(format!(
            "{url} answered {} {}",
            response.status(),
            response.status_text()
        ));
    }
    let text = response
        .text()
        .await
        .map_err(|e| format!("could not read {url} ({e})"))?;
    serde_json::from_str(&text).map_err(|e| format!("{url} is not a PEEL Explorer data file ({e})"))
}

/// The data of the page `request` describes: at once when the HTML was rendered with it,
/// otherwise fetched whenever the request changes.
pub fn use_page(request: impl Fn() -> PageRequest + Send + Sync + 'static) -> ReadSignal<Load> {
    let store = expect_context::<PageStore>();
    let request = Memo::new(move |_| request());
    let state = RwSignal::new(match store.at_hand(&request.get_untracked()) {
        Some(data) => Load::Ready(data),
        None => Load::Loading,
    });
    #[cfg(feature = "hydrate")]
    Effect::new(move |previous: Option<PageRequest>| {
        let current = request.get();
        if previous.as_ref() == Some(&current) {
            return current;
        }
        if let Some(data) = store.at_hand(&current) {
            state.set(Load::Ready(data));
            return current;
        }
        state.set(Load::Loading);
        let wanted = current.clone();
        leptos::task::spawn_local(async move {
            let loaded = store.load(&wanted).await;
            // A newer request may have started meanwhile; only the latest is shown.
            if request.try_get_untracked().as_ref() == Some(&wanted) {
                state.try_set(loaded);
            }
        });
        current
    });
    state.read_only()
}
