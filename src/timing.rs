//! User Timing marks (`performance.mark`), so that a trace of a load can tell start-up,
//! hydration and the effects that follow apart (docs/performance.md).

/// Marks the moment `name` in the page's performance timeline.
pub(crate) fn mark(name: &str) {
    if let Some(performance) = web_sys::window().and_then(|w| w.performance()) {
        let _ = performance.mark(name);
    }
}
