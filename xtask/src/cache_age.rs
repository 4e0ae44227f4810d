//! How long the caches of `target/xtask/` keep an entry: each use marks it, and an entry no
//! build has used for a day is removed.

use std::path::Path;
use std::time::{Duration, SystemTime};

/// How long an entry no build has used is kept.
pub const KEPT_UNUSED: Duration = Duration::from_secs(24 * 60 * 60);

/// Marks `entry` (a file or a folder) as used now.
pub fn mark_used(entry: &Path) {
    let _ = std::fs::File::open(entry).and_then(|f| f.set_modified(SystemTime::now()));
}

/// Removes the entries of `dir` (files or folders) no build has used for [`KEPT_UNUSED`];
/// returns how many. What cannot be removed stays: it is a cache.
pub fn remove_unused(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let now = SystemTime::now();
    entries
        .filter_map(|entry| entry.ok())
        .filter(|entry| {
            entry
                .metadata()
                .and_then(|m| m.modified())
                .is_ok_and(|used| now.duration_since(used).unwrap_or_default() > KEPT_UNUSED)
        })
        .filter(|entry| {
            let path = entry.path();
            if path.is_dir() {
                std::fs::remove_dir_all(&path).is_ok()
            } else {
                std::fs::remove_file(&path).is_ok()
            }
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_used_lately_stay_and_long_unused_ones_go() {
        let dir = std::env::temp_dir().join(format!("xtask-cache-age-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("old-folder")).unwrap();
        std::fs::write(dir.join("old-folder/index.html"), "x").unwrap();
        std::fs::write(dir.join("old.br"), "x").unwrap();
        std::fs::write(dir.join("new.br"), "x").unwrap();
        let two_days_ago = SystemTime::now() - 2 * KEPT_UNUSED;
        for old in ["old-folder", "old.br", "new.br"] {
            std::fs::File::open(dir.join(old))
                .and_then(|f| f.set_modified(two_days_ago))
                .unwrap();
        }
        mark_used(&dir.join("new.br"));

        assert_eq!(remove_unused(&dir), 2);
        assert!(dir.join("new.br").exists());
        assert!(!dir.join("old.br").exists() && !dir.join("old-folder").exists());
        let _ = std::fs::remove_dir_all(&dir);
    }
}
