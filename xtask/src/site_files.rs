//! A built site's files: copying a site, counting its pages.

use std::path::{Path, PathBuf};

/// Copies the site `from` into `to` (a new folder); returns the `.html` files written.
pub fn copy_site(from: &Path, to: &Path) -> std::io::Result<Vec<PathBuf>> {
    fn copy(from: &Path, to: &Path, pages: &mut Vec<PathBuf>) -> std::io::Result<()> {
        std::fs::create_dir_all(to)?;
        for entry in std::fs::read_dir(from)? {
            let entry = entry?;
            let target = to.join(entry.file_name());
            if entry.file_type()?.is_dir() {
                copy(&entry.path(), &target, pages)?;
            } else {
                std::fs::copy(entry.path(), &target)?;
                if target.extension().is_some_and(|e| e == "html") {
                    pages.push(target);
                }
            }
        }
        Ok(())
    }
    let mut pages = Vec::new();
    copy(from, to, &mut pages)?;
    Ok(pages)
}

/// How many `.html` files `dir` holds, in all its folders.
pub fn count_pages(dir: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    entries
        .filter_map(|e| e.ok())
        .map(|e| {
            let path = e.path();
            if path.is_dir() {
                count_pages(&path)
            } else {
                usize::from(path.extension().is_some_and(|x| x == "html"))
            }
        })
        .sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_copied_site_has_every_file_and_its_pages_are_counted() {
        let dir = std::env::temp_dir().join(format!("xtask-site-files-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let from = dir.join("from");
        std::fs::create_dir_all(from.join("force/kent")).unwrap();
        std::fs::write(from.join("index.html"), "<p>home</p>").unwrap();
        std::fs::write(from.join("force/kent/index.html"), "<p>Kent</p>").unwrap();
        std::fs::write(from.join("force/kent/preview.png"), [137u8, 80]).unwrap();

        let mut pages = copy_site(&from, &dir.join("to")).unwrap();
        pages.sort();
        assert_eq!(
            pages,
            [dir.join("to/force/kent/index.html"), dir.join("to/index.html")]
        );
        assert_eq!(
            std::fs::read(dir.join("to/force/kent/preview.png")).unwrap(),
            [137u8, 80]
        );
        assert_eq!(count_pages(&dir.join("to")), 2);
        assert_eq!(count_pages(&dir.join("missing")), 0);
        let _ = std::fs::remove_dir_all(&dir);
    }
}
