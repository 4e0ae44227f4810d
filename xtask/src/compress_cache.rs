//! Compressed copies kept between builds, named by what they compress: a file whose content was
//! compressed before (by an earlier build, or by the other of `cargo xtask test`'s two builds) is
//! copied from here instead of being compressed again at brotli 11, which is slow.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::cache_age;

/// The settings the entries were made with: part of every name, so that entries made with
/// other settings are never used (and age out).
const SETTINGS: &str = "brotli quality 11 window 22; gzip best";

pub struct CompressCache {
    dir: PathBuf,
}

/// Both compressed forms of one content.
pub struct Compressed {
    pub brotli: Vec<u8>,
    pub gzip: Vec<u8>,
}

impl CompressCache {
    pub fn open(dir: &Path) -> std::io::Result<CompressCache> {
        std::fs::create_dir_all(dir)?;
        Ok(CompressCache {
            dir: dir.to_path_buf(),
        })
    }

    /// The name of `content`'s entries: its SHA-256 with the settings.
    pub fn key(content: &[u8]) -> String {
        let mut hasher = Sha256::new();
        hasher.update(SETTINGS.as_bytes());
        hasher.update([0]);
        hasher.update(content);
        hasher.finalize().iter().map(|b| format!("{b:02x}")).collect()
    }

    /// The compressed forms stored under `key`, if both are there; marks them used.
    pub fn get(&self, key: &str) -> Option<Compressed> {
        let [brotli, gzip] = self.paths(key);
        let compressed = Compressed {
            brotli: std::fs::read(&brotli).ok()?,
            gzip: std::fs::read(&gzip).ok()?,
        };
        cache_age::mark_used(&brotli);
        cache_age::mark_used(&gzip);
        Some(compressed)
    }

    /// Stores `compressed` under `key`. Each file is written aside and renamed, so an entry is
    /// never half written; a failure only means the next build compresses again.
    pub fn put(&self, key: &str, compressed: &Compressed) {
        for (path, bytes) in self
            .paths(key)
            .into_iter()
            .zip([&compressed.brotli, &compressed.gzip])
        {
            let partial = path.with_extension(format!("partial-{}", std::process::id()));
            if std::fs::write(&partial, bytes)
                .and_then(|()| std::fs::rename(&partial, &path))
                .is_err()
            {
                let _ = std::fs::remove_file(&partial);
            }
        }
    }

    /// Removes the entries no build has used lately ([`cache_age`]).
    pub fn prune(&self) {
        cache_age::remove_unused(&self.dir);
    }

    fn paths(&self, key: &str) -> [PathBuf; 2] {
        [
            self.dir.join(format!("{key}.br")),
            self.dir.join(format!("{key}.gz")),
        ]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_entry_is_found_by_its_content() {
        let dir = std::env::temp_dir().join(format!("xtask-compress-cache-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let cache = CompressCache::open(&dir).unwrap();
        let (kent, essex) = (
            CompressCache::key(b"<p>Kent</p>"),
            CompressCache::key(b"<p>Essex</p>"),
        );
        assert_ne!(kent, essex);
        assert_eq!(kent, CompressCache::key(b"<p>Kent</p>"));
        assert!(cache.get(&kent).is_none());

        let compressed = Compressed {
            brotli: vec![1, 2],
            gzip: vec![3],
        };
        cache.put(&kent, &compressed);
        let found = cache.get(&kent).unwrap();
        assert_eq!((found.brotli, found.gzip), (vec![1, 2], vec![3]));
        assert!(cache.get(&essex).is_none());

        let _ = std::fs::remove_dir_all(&dir);
    }
}
