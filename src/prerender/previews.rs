//! Drawing the link-preview images while the pages render: worker threads take each image's
//! SVG from a queue, draw it to PNG (or copy it from the cache of earlier builds, where the same
//! SVG was drawn before) and write it beside its page.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, mpsc};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use peel_preview::Renderer;

use super::PrerenderError;

/// The link-preview images written.
#[derive(Debug, Default)]
pub struct Previews {
    pub count: usize,
    /// How many were drawn; the others were copied from the cache.
    pub drawn: usize,
    pub smallest: usize,
    pub largest: usize,
    pub total_bytes: u64,
    /// Time spent drawing (or copying) and writing them, summed over the threads.
    pub time: Duration,
    pub threads: usize,
}

/// An image to write: its file and its SVG.
type Job = (PathBuf, String);

/// The worker threads, one per core.
pub struct Workers {
    jobs: mpsc::Sender<Job>,
    threads: Vec<JoinHandle<Result<Drawn, PrerenderError>>>,
    cache: Option<PathBuf>,
}

/// What one worker wrote.
#[derive(Default)]
struct Drawn {
    /// Each image's size in bytes.
    sizes: Vec<usize>,
    /// How many it drew rather than copied.
    drawn: usize,
    /// The cache's files it used or wrote.
    cached: Vec<String>,
    time: Duration,
}

impl Workers {
    /// `cache`: where drawn images are kept between builds, named by their SVG; `None`: draw
    /// every image. An image over `max_bytes` is an error.
    pub fn start(
        renderer: Arc<Renderer>,
        cache: Option<PathBuf>,
        max_bytes: usize,
    ) -> Result<Workers, PrerenderError> {
        if let Some(cache) = &cache {
            std::fs::create_dir_all(cache).map_err(|error| PrerenderError::CreateFolder {
                path: cache.clone(),
                error,
            })?;
        }
        let (jobs, queue) = mpsc::channel::<Job>();
        let queue = Arc::new(Mutex::new(queue));
        let failed = Arc::new(AtomicBool::new(false));
        let count = std::thread::available_parallelism().map_or(2, |n| n.get());
        let threads = (0..count)
            .map(|_| {
                let (renderer, queue, failed, cache) =
                    (renderer.clone(), queue.clone(), failed.clone(), cache.clone());
                std::thread::spawn(move || work(&renderer, cache.as_deref(), max_bytes, &queue, &failed))
            })
            .collect();
        Ok(Workers { jobs, threads, cache })
    }

    /// Queues an image. (A worker's failure is reported by [`Workers::finish`].)
    pub fn write(&self, file: PathBuf, svg: String) {
        let _ = self.jobs.send((file, svg));
    }

    /// Waits for every image to be written; then the cache keeps this build's images only (the
    /// site's other build, under another base path, has the same ones).
    pub fn finish(self) -> Result<Previews, PrerenderError> {
        drop(self.jobs);
        let mut previews = Previews {
            threads: self.threads.len(),
            ..Previews::default()
        };
        let mut used = BTreeSet::new();
        let mut failure = None;
        for thread in self.threads {
            match thread.join() {
                Ok(Ok(drawn)) => {
                    previews.count += drawn.sizes.len();
                    previews.drawn += drawn.drawn;
                    previews.smallest = drawn
                        .sizes
                        .iter()
                        .copied()
                        .chain((previews.smallest > 0).then_some(previews.smallest))
                        .min()
                        .unwrap_or(0);
                    previews.largest = drawn.sizes.iter().copied().fold(previews.largest, usize::max);
                    previews.total_bytes += drawn.sizes.iter().map(|s| *s as u64).sum::<u64>();
                    previews.time += drawn.time;
                    used.extend(drawn.cached);
                }
                Ok(Err(e)) => failure = failure.or(Some(e)),
                Err(_) => failure = failure.or(Some(PrerenderError::PreviewThread)),
            }
        }
        if let Some(e) = failure {
            return Err(e);
        }
        if let Some(cache) = &self.cache {
            prune(cache, &used);
        }
        Ok(previews)
    }
}

/// Writes images from the queue until it closes. A failure ends the worker with its error;
/// the other workers then only empty the queue.
fn work(
    renderer: &Renderer,
    cache: Option<&Path>,
    max_bytes: usize,
    queue: &Mutex<mpsc::Receiver<Job>>,
    failed: &AtomicBool,
) -> Result<Drawn, PrerenderError> {
    let mut drawn = Drawn::default();
    loop {
        // Poisoned only by another worker's panic.
        let job = queue.lock().map_err(|_| PrerenderError::PreviewThread)?.recv();
        let Ok((file, svg)) = job else {
            return Ok(drawn);
        };
        if failed.load(Ordering::Relaxed) {
            continue;
        }
        let started = Instant::now();
        let name = renderer.cache_name(&svg);
        let cached = cache.map(|dir| dir.join(&name));
        let result = match cached.as_deref().filter(|c| c.is_file()) {
            Some(cached) => copy(cached, &file),
            None => draw(renderer, &file, &svg, cached.as_deref(), max_bytes).inspect(|_| drawn.drawn += 1),
        };
        drawn.time += started.elapsed();
        match result {
            Ok(size) => {
                drawn.sizes.push(size);
                if cached.is_some() {
                    drawn.cached.push(name);
                }
            }
            Err(e) => {
                failed.store(true, Ordering::Relaxed);
                return Err(e);
            }
        }
    }
}

/// Draws the image of `svg` into `file`, and into `cached` where given.
fn draw(
    renderer: &Renderer,
    file: &Path,
    svg: &str,
    cached: Option<&Path>,
    max_bytes: usize,
) -> Result<usize, PrerenderError> {
    let png = renderer.png(svg).map_err(|detail| PrerenderError::Draw {
        file: file.to_owned(),
        detail,
    })?;
    if png.len() > max_bytes {
        return Err(PrerenderError::PreviewTooLarge {
            file: file.to_owned(),
            bytes: png.len(),
            limit: max_bytes,
        });
    }
    create_parent(file)?;
    std::fs::write(file, &png).map_err(|error| PrerenderError::Write {
        path: file.to_owned(),
        error,
    })?;
    if let Some(cached) = cached {
        // Written aside and renamed, so that the cache never holds half an image.
        let partial = cached.with_extension("partial");
        std::fs::write(&partial, &png)
            .and_then(|()| std::fs::rename(&partial, cached))
            .map_err(|error| PrerenderError::Write {
                path: cached.to_owned(),
                error,
            })?;
    }
    Ok(png.len())
}

/// Copies an image drawn by an earlier build.
fn copy(cached: &Path, file: &Path) -> Result<usize, PrerenderError> {
    create_parent(file)?;
    std::fs::copy(cached, file)
        .map(|bytes| bytes as usize)
        .map_err(|error| PrerenderError::Copy {
            from: cached.to_owned(),
            to: file.to_owned(),
            error,
        })
}

fn create_parent(file: &Path) -> Result<(), PrerenderError> {
    match file.parent() {
        Some(dir) => std::fs::create_dir_all(dir).map_err(|error| PrerenderError::CreateFolder {
            path: dir.to_owned(),
            error,
        }),
        None => Ok(()),
    }
}

/// Removes the cache's files other than `used`; what cannot be removed stays (it is a cache).
fn prune(cache: &Path, used: &BTreeSet<String>) {
    let Ok(entries) = std::fs::read_dir(cache) else {
        return;
    };
    for entry in entries.flatten() {
        if !used.contains(entry.file_name().to_string_lossy().as_ref()) {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}
