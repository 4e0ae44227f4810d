//! Text folded for matching and for ids, with one table of letters: the force search, the place
//! search, the national table's and the places list's order by name, and the ids of areas and
//! headings all fold the same letters the same way.

/// Text folded for matching: lower case; accents dropped (`Ynys Môn` -> `ynys mon`, `Straße` ->
/// `strasse`); apostrophes dropped (`King's Lynn` -> `kings lynn`); `&` read as `and`; every other
/// character that is not a letter or digit (hyphens, dots, commas) a space; spaces collapsed and
/// trimmed.
pub fn normalise(text: &str) -> String {
    /// Adds `c`, after a single space if one is pending and the text has begun.
    fn push(out: &mut String, space: &mut bool, c: char) {
        if *space && !out.is_empty() {
            out.push(' ');
        }
        *space = false;
        out.push(c);
    }
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        if c == '&' {
            space = true;
            for c in "and".chars() {
                push(&mut out, &mut space, c);
            }
            space = true;
            continue;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
            if let Some(folded) = fold_letter(lower) {
                for c in folded.chars() {
                    push(&mut out, &mut space, c);
                }
            } else if lower.is_alphanumeric() {
                push(&mut out, &mut space, lower);
            } else {
                space = true;
            }
        }
    }
    out
}

/// A readable, stable id from a name: `Treatment of the public` -> `treatment-of-the-public`.
/// Letters are folded as [`normalise`] folds them (`ë` -> `e`) and kept only when that makes them
/// ASCII, so ids stay plain in URLs; apostrophes are dropped; anything else separates words.
pub fn slugify(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_dash = false;
    let mut push = |slug: &mut String, c: char| {
        if c.is_ascii_alphanumeric() {
            if pending_dash && !slug.is_empty() {
                slug.push('-');
            }
            pending_dash = false;
            slug.push(c);
        } else {
            pending_dash = true;
        }
    };
    for c in text.chars() {
        if is_apostrophe(c) {
            continue;
        }
        for lower in c.to_lowercase() {
            if is_combining_mark(lower) {
                continue;
            }
            match fold_letter(lower) {
                Some(folded) => folded.chars().for_each(|c| push(&mut slug, c)),
                None => push(&mut slug, lower),
            }
        }
    }
    slug
}

fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2018}' | '\u{2019}' | '\u{201B}' | '\u{02BC}' | '\u{2032}' | '`' | '\u{00B4}'
    )
}

/// Combining diacritical marks, as in text typed with decomposed accents (`o` + U+0302).
fn is_combining_mark(c: char) -> bool {
    matches!(
        c,
        '\u{0300}'..='\u{036F}'
            | '\u{1AB0}'..='\u{1AFF}'
            | '\u{1DC0}'..='\u{1DFF}'
            | '\u{20D0}'..='\u{20FF}'
            | '\u{FE20}'..='\u{FE2F}'
    )
}

/// A lower-case Latin letter with an accent, as plain ASCII (Latin-1, Latin Extended-A and the
/// Welsh circumflex and grave letters).
fn fold_letter(c: char) -> Option<&'static str> {
    Some(match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => "a",
        'æ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ď' | 'đ' | 'ð' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' | 'ĸ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' | 'ŋ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' | 'ſ' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' => "u",
        'ŵ' | 'ẁ' | 'ẃ' | 'ẅ' => "w",
        'ý' | 'ÿ' | 'ŷ' | 'ỳ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        _ => return None,
    })
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
        assert_eq!(slugify("ZOË & Straße"), "zoe-strasse");
        assert_eq!(slugify("Ynys Mo\u{0302}n"), "ynys-mon");
    }

    #[test]
    fn normalise_ignores_case_punctuation_and_spacing() {
        for text in [
            "St. Helens",
            "st helens",
            "ST-HELENS",
            "  St.  Helens ",
            "st.helens",
            "St\tHelens",
        ] {
            assert_eq!(normalise(text), "st helens", "{text:?}");
        }
        assert_eq!(normalise("Newcastle-under-Lyme"), "newcastle under lyme");
        assert_eq!(
            normalise("Bournemouth, Christchurch and Poole"),
            "bournemouth christchurch and poole"
        );
        assert_eq!(normalise("Brighton & Hove"), normalise("Brighton and Hove"));
        assert_eq!(normalise("Brighton&Hove"), "brighton and hove");
        assert_eq!(normalise("Stoke-on-Trent"), "stoke on trent");
        assert_eq!(normalise("M4"), "m4");
    }

    #[test]
    fn normalise_drops_apostrophes_and_accents() {
        assert_eq!(normalise("King's Lynn"), "kings lynn");
        assert_eq!(normalise("King’s Lynn"), "kings lynn");
        assert_eq!(normalise("Ynys Môn"), "ynys mon");
        assert_eq!(normalise("Ynys Môn"), normalise("ynys mon"));
        assert_eq!(normalise("YNYS MÔN"), "ynys mon");
        // Decomposed: o followed by a combining circumflex.
        assert_eq!(normalise("Ynys Mo\u{0302}n"), "ynys mon");
        assert_eq!(normalise("Llanfair Caereinion ŵ ŷ"), "llanfair caereinion w y");
        assert_eq!(normalise("Straße"), "strasse");
        assert_eq!(normalise("Æthelred"), "aethelred");
    }

    #[test]
    fn normalise_of_nothing_is_empty() {
        for text in ["", " ", "\n\t", "...", "-", "'", "’ ’"] {
            assert_eq!(normalise(text), "", "{text:?}");
        }
    }

    #[test]
    fn every_folded_letter_is_plain_lower_case_ascii() {
        for c in '\u{00C0}'..='\u{024F}' {
            for lower in c.to_lowercase() {
                if let Some(folded) = fold_letter(lower) {
                    assert!(folded.chars().all(|f| f.is_ascii_lowercase()), "{c} -> {folded}");
                    assert_eq!(normalise(&c.to_string()), folded, "{c}");
                }
            }
        }
        // The letters of the force names, towns and places the data holds, and of Welsh.
        assert_eq!(normalise("ÀÁÂÃÄÅ àáâãäå ÈÉÊË èéêë"), "aaaaaa aaaaaa eeee eeee");
        assert_eq!(normalise("Ŵŵ Ŷŷ Ẁẁ Ẃẃ Ẅẅ Ỳỳ Ÿÿ"), "ww yy ww ww ww yy yy");
        assert_eq!(normalise("Çç Ññ Øø Łł Œœ Þþ Ðð"), "cc nn oo ll oeoe thth dd");
    }

    mod properties {
        use super::super::*;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn normalise_is_plain_and_stable(text in any::<String>()) {
                let once = normalise(&text);
                prop_assert!(!once.starts_with(' ') && !once.ends_with(' ') && !once.contains("  "));
                prop_assert!(!once.contains(|c: char| c != ' ' && !c.is_alphanumeric()));
                prop_assert_eq!(normalise(&once), once.clone());
            }

            #[test]
            fn normalise_ignores_what_it_promises_to(text in "[A-Za-z ]{0,20}") {
                let noisy: String = text
                    .chars()
                    .map(|c| match c {
                        ' ' => "-. ".to_owned(),
                        c => format!("{}'", c.to_ascii_uppercase()),
                    })
                    .collect();
                prop_assert_eq!(normalise(&noisy), normalise(&text));
            }

            #[test]
            fn slugs_are_plain_and_stable(text in any::<String>()) {
                let slug = slugify(&text);
                prop_assert!(!slug.starts_with('-') && !slug.ends_with('-') && !slug.contains("--"));
                prop_assert!(slug.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'));
                prop_assert_eq!(slugify(&slug), slug.clone());
            }
        }
    }
}
