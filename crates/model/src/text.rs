//! Small text helpers shared by ingest, prerender and the app.

/// A readable, stable id from a name: `Treatment of the public` -> `treatment-of-the-public`.
/// Letters other than ASCII are kept only when they are ASCII-foldable (`ë` -> `e`), so
/// ids stay plain in URLs.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    for c in text.chars() {
        let c = fold_accent(c).to_ascii_lowercase();
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c);
        } else if c != '\u{2019}' && c != '\'' {
            pending_dash = true;
        }
    }
    slug
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ä' | 'ã' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ŵ' => 'w',
        'ŷ' | 'ÿ' => 'y',
        'ç' => 'c',
        other => other,
    }
}

/// Folds text for matching in search: lower case, accents folded, curly quotes straightened.
pub fn fold_for_search(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{2018}' | '\u{2019}' => '\'',
            c => fold_accent(c.to_lowercase().next().unwrap_or(c)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain() {
        assert_eq!(slugify("Treatment of the public"), "treatment-of-the-public");
        assert_eq!(slugify("  HMI's observations "), "hmis-observations");
        assert_eq!(slugify("Force’s area, 2019/20"), "forces-area-2019-20");
        assert_eq!(slugify("Zoë"), "zoe");
    }

    #[test]
    fn search_folding() {
        assert_eq!(fold_for_search("Zoë’s"), "zoe's");
    }
}
