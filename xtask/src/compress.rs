//! Precompressed copies of a built site's text and wasm files: `x.br` (brotli, quality 11) and
//! `x.gz` (gzip, best) beside each `x`, written once at build time, so that a host sends the
//! smallest form without compressing on every request (nginx `brotli_static`/`gzip_static`,
//! `cargo xtask serve`). Content compressed by an earlier build is copied from a cache instead.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::compress_cache::{CompressCache, Compressed};
use crate::process::root;

/// The files worth compressing: text, and wasm (about a third of its size in brotli).
/// Images other than SVG are compressed already.
const EXTENSIONS: [&str; 8] = ["html", "js", "css", "json", "wasm", "svg", "txt", "xml"];

/// What was written.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Written {
    pub files: usize,
    /// Of `files`, those whose compressed forms came from the cache.
    pub reused: usize,
    pub raw: u64,
    pub brotli: u64,
    pub gzip: u64,
}

/// Writes `.br` and `.gz` beside every file of `dir` that is worth it (replacing older ones),
/// when smaller than the file; with `cache`, content compressed before is copied from it.
pub fn precompress(dir: &Path, cache: Option<&Path>) -> Result<Written, String> {
    let mut files = Vec::new();
    collect(dir, &mut files).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    precompress_files(&files, cache)
}

/// The project's cache of compressed copies, shared by every build of this tree.
pub fn project_cache() -> PathBuf {
    root().join("target/xtask/compressed")
}

/// Whether `dir` holds precompressed files (sites built before `dist` wrote them do not).
pub fn is_precompressed(dir: &Path) -> bool {
    dir.join("index.html.br").is_file() && dir.join("index.html.gz").is_file()
}

/// Writes `.br` and `.gz` beside each of `files`; with `cache`, as [`precompress`].
pub fn precompress_files(files: &[PathBuf], cache: Option<&Path>) -> Result<Written, String> {
    let cache = cache
        .map(CompressCache::open)
        .transpose()
        .map_err(|e| format!("cannot create the compression cache: {e}"))?;
    let next = AtomicUsize::new(0);
    let total = Mutex::new(Ok(Written::default()));
    // Brotli at quality 11 is slow (about 1 MB/s): one worker per core.
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(8);
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                loop {
                    let i = next.fetch_add(1, Ordering::Relaxed);
                    let Some(file) = files.get(i) else { break };
                    let result = compress_file(file, cache.as_ref());
                    let Ok(mut total) = total.lock() else { break };
                    match (&mut *total, result) {
                        (Ok(sum), Ok(one)) => {
                            sum.files += 1;
                            sum.reused += one.reused;
                            sum.raw += one.raw;
                            sum.brotli += one.brotli;
                            sum.gzip += one.gzip;
                        }
                        (Ok(_), Err(e)) => *total = Err(e),
                        (Err(_), _) => break,
                    }
                }
            });
        }
    });
    if let Some(cache) = &cache {
        cache.prune();
    }
    total
        .into_inner()
        .unwrap_or_else(|_| Err("a compression worker panicked".into()))
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(&path, out)?;
        } else if path
            .extension()
            .and_then(|e| e.to_str())
            .is_some_and(|e| EXTENSIONS.contains(&e))
        {
            out.push(path);
        }
    }
    Ok(())
}

fn compress_file(file: &Path, cache: Option<&CompressCache>) -> Result<Written, String> {
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let key = cache.map(|_| CompressCache::key(&bytes));
    let cached = cache.zip(key.as_deref()).and_then(|(cache, key)| cache.get(key));
    let reused = usize::from(cached.is_some());
    let compressed = match cached {
        Some(compressed) => compressed,
        None => {
            let compressed = Compressed {
                brotli: brotli(&bytes),
                gzip: gzip(&bytes).map_err(|e| format!("cannot gzip {}: {e}", file.display()))?,
            };
            if let Some((cache, key)) = cache.zip(key.as_deref()) {
                cache.put(key, &compressed);
            }
            compressed
        }
    };
    let mut sent = [bytes.len(); 2];
    for (i, (suffix, data)) in [("br", &compressed.brotli), ("gz", &compressed.gzip)]
        .into_iter()
        .enumerate()
    {
        let mut name = file.as_os_str().to_owned();
        name.push(".");
        name.push(suffix);
        let target = PathBuf::from(name);
        if data.len() < bytes.len() {
            std::fs::write(&target, data).map_err(|e| format!("cannot write {}: {e}", target.display()))?;
            sent[i] = data.len();
        } else {
            // A tiny file grows when compressed: the file itself is sent instead.
            let _ = std::fs::remove_file(&target);
        }
    }
    Ok(Written {
        files: 1,
        reused,
        raw: bytes.len() as u64,
        brotli: sent[0] as u64,
        gzip: sent[1] as u64,
    })
}

/// Brotli at its best quality, with its default 4 MB window.
pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        lgwin: 22,
        size_hint: bytes.len(),
        ..Default::default()
    };
    // Writing to memory cannot fail.
    let _ = brotli::BrotliCompress(&mut &bytes[..], &mut out, &params);
    out
}

pub fn gzip(bytes: &[u8]) -> std::io::Result<Vec<u8>> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes)?;
    encoder.finish()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read;

    #[test]
    fn writes_brotli_and_gzip_beside_text_and_wasm_only_and_reuses_them_by_content() {
        let temp = std::env::temp_dir().join(format!("xtask-compress-{}", std::process::id()));
        let (dir, cache) = (temp.join("site"), temp.join("cache"));
        let _ = std::fs::remove_dir_all(&temp);
        std::fs::create_dir_all(dir.join("force/kent")).unwrap();
        let page = "<!DOCTYPE html><p>Kent</p>".repeat(50);
        std::fs::write(dir.join("index.html"), &page).unwrap();
        std::fs::write(dir.join("force/kent/index.html"), &page).unwrap();
        std::fs::write(dir.join("app_bg.wasm"), [0u8, 97, 115, 109].repeat(100)).unwrap();
        std::fs::write(dir.join("photo.png"), [137u8, 80, 78, 71]).unwrap();
        std::fs::write(dir.join("robots.txt"), "x").unwrap();

        let written = precompress(&dir, Some(&cache)).unwrap();
        assert_eq!(written.files, 4);
        assert!(is_precompressed(&dir));
        assert!(written.brotli < written.raw && written.gzip < written.raw);
        assert!(dir.join("app_bg.wasm.br").is_file());
        assert!(!dir.join("photo.png.br").exists());
        // One byte compressed is more than one byte.
        assert!(!dir.join("robots.txt.br").exists() && !dir.join("robots.txt.gz").exists());

        // Once more, after a page changed: the compressed files are not compressed again, the
        // unchanged files' forms come from the cache, the changed page's are made afresh.
        let changed = "<!DOCTYPE html><p>Kent and Essex</p>".repeat(50);
        std::fs::write(dir.join("index.html"), &changed).unwrap();
        let again = precompress(&dir, Some(&cache)).unwrap();
        assert_eq!((again.files, again.reused), (4, 3));
        assert!(!dir.join("index.html.br.br").exists());
        assert!(!dir.join("robots.txt.br").exists());

        let mut unbrotli = Vec::new();
        brotli::Decompressor::new(
            &std::fs::read(dir.join("force/kent/index.html.br")).unwrap()[..],
            4096,
        )
        .read_to_end(&mut unbrotli)
        .unwrap();
        assert_eq!(unbrotli, page.as_bytes());
        let mut ungzip = Vec::new();
        flate2::read::GzDecoder::new(&std::fs::read(dir.join("index.html.gz")).unwrap()[..])
            .read_to_end(&mut ungzip)
            .unwrap();
        assert_eq!(ungzip, changed.as_bytes());
        let _ = std::fs::remove_dir_all(&temp);
    }
}
