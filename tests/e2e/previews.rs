//! Link-preview images: the force-round, pillar and national-table pages name a 1200x630 PNG
//! of at most 60 KB in `og:image` (with its size, alt text and `twitter:card`), the image is in
//! the built site and served, and the tags follow the reader through client-side navigation.

use std::path::PathBuf;

use peel_model::Round;
use peel_model::pages::preview::{HEIGHT, MAX_BYTES, WIDTH};
use peel_model::widgets::headline::latest_graded_round;

use crate::browser::{Options, env, http_get, site, subpath, subpath_site, with_browser};
use crate::data::{force_names, grades, index};

/// The `content` of the page's `<meta>` whose `property` or `name` is `key`, entities decoded.
fn meta(html: &str, key: &str) -> Option<String> {
    ["property", "name"].iter().find_map(|attribute| {
        let start = html.find(&format!("<meta {attribute}=\"{key}\" content=\""))?;
        let value = html[start..].split("content=\"").nth(1)?.split('"').next()?;
        Some(
            value
                .replace("&quot;", "\"")
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&"),
        )
    })
}

/// Width and height from a PNG's header: the signature, then the `IHDR` chunk.
fn png_size(bytes: &[u8]) -> Option<(u32, u32)> {
    if bytes.len() < 24 || &bytes[..8] != b"\x89PNG\r\n\x1a\n" || &bytes[12..16] != b"IHDR" {
        return None;
    }
    let word = |at: usize| u32::from_be_bytes([bytes[at], bytes[at + 1], bytes[at + 2], bytes[at + 3]]);
    Some((word(16), word(20)))
}

/// The pages checked, each with words its image's alt text must hold (from the data): a
/// force's round of the pillar rounds, one of its pillars, a force's latest graded-area round,
/// and a national table.
fn pages() -> Vec<(String, Vec<String>)> {
    let grades = grades();
    let names = force_names();
    let northants = &names["northamptonshire"];
    let grade = |pillar: &str| {
        grades[&(
            "northamptonshire".to_owned(),
            "2016".to_owned(),
            pillar.to_owned(),
        )]
            .clone()
    };
    let index = index();
    let (force, round) = index
        .forces
        .iter()
        .find_map(|f| {
            latest_graded_round(&index, &f.slug)
                .filter(|r| !index.has_pillars(*r))
                .map(|r| (f.slug.to_string(), r))
        })
        .expect("a force graded in a graded-area round");
    let area_grades: Vec<String> = grades
        .iter()
        .filter(|((f, r, _), _)| *f == force && *r == round.label())
        .map(|(_, word)| word.clone())
        .collect();
    vec![
        (
            "force/northamptonshire/2016/".to_owned(),
            vec![
                northants.clone(),
                grade("effectiveness"),
                grade("efficiency"),
                grade("legitimacy"),
            ],
        ),
        (
            "force/northamptonshire/2016/effectiveness/".to_owned(),
            vec![
                northants.clone(),
                "effectiveness".to_owned(),
                grade("effectiveness"),
            ],
        ),
        (format!("force/{force}/{}/", round.slug()), {
            let mut words = vec![names[&force].clone()];
            words.extend(area_grades);
            words
        }),
        (
            format!("round/{}/", Round::from_label("2023-25").unwrap().slug()),
            vec!["PEEL 2023-25".to_owned(), "Investigating crime".to_owned()],
        ),
    ]
}

#[test]
fn pages_name_a_preview_image_that_the_site_holds() {
    let dist = PathBuf::from(env("PEEL_E2E_DIST"));
    for (page, words) in pages() {
        let (status, html) = http_get(&format!("{}{page}", site()));
        assert_eq!(status, 200, "{page}");
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{page}: no og:image"));
        // Built without --origin: the image's path under the site's root.
        assert_eq!(image, format!("/{page}preview.png"), "{page}");
        assert_eq!(
            meta(&html, "twitter:card").as_deref(),
            Some("summary_large_image"),
            "{page}"
        );
        assert_eq!(meta(&html, "og:image:width"), Some(WIDTH.to_string()), "{page}");
        assert_eq!(meta(&html, "og:image:height"), Some(HEIGHT.to_string()), "{page}");
        assert_eq!(
            meta(&html, "og:image:type").as_deref(),
            Some("image/png"),
            "{page}"
        );
        let alt = meta(&html, "og:image:alt").unwrap_or_default();
        for word in &words {
            assert!(
                alt.to_lowercase().contains(&word.to_lowercase()),
                "{page}: the alt text “{alt}” lacks “{word}”"
            );
        }

        let file = dist.join(image.trim_start_matches('/'));
        let bytes = std::fs::read(&file).unwrap_or_else(|e| panic!("{page}: {}: {e}", file.display()));
        assert_eq!(
            png_size(&bytes),
            Some((WIDTH, HEIGHT)),
            "{page}: {} is no 1200x630 PNG",
            file.display()
        );
        assert!(
            bytes.len() <= MAX_BYTES,
            "{page}: the image is {} bytes",
            bytes.len()
        );
        let (status, _) = http_get(&format!("{}{}", site(), image.trim_start_matches('/')));
        assert_eq!(status, 200, "{page}: {image} is not served");
    }
}

#[test]
fn under_a_sub_path_the_image_is_under_it_too() {
    let base = subpath_site();
    let base_path = subpath();
    let origin = base.trim_end_matches(&base_path).to_owned();
    for (page, _) in pages() {
        let (status, html) = http_get(&format!("{base}{page}"));
        assert_eq!(status, 200, "{page}");
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{page}: no og:image"));
        assert_eq!(image, format!("{base_path}{page}preview.png"), "{page}");
        let (status, _) = http_get(&format!("{origin}{image}"));
        assert_eq!(status, 200, "{page}: {image} is not served");
    }
}

#[test]
fn pages_without_an_image_name_none() {
    for page in ["", "force/kent/", "compare/", "places/"] {
        let (status, html) = http_get(&format!("{}{page}", site()));
        assert_eq!(status, 200, "/{page}");
        assert_eq!(meta(&html, "og:image"), None, "/{page}");
        assert_eq!(meta(&html, "twitter:card"), None, "/{page}");
    }
}

#[tokio::test]
async fn the_image_tags_follow_client_side_navigation() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}force/northamptonshire/2016/", site())).await;
        browser.mark_document().await;
        let images = "return [...document.querySelectorAll('meta[property=\"og:image\"]')].map(m => m.content).join(' ')";
        assert_eq!(browser.eval(images).await, "/force/northamptonshire/2016/preview.png");
        browser.click("#judgements a[href$='/effectiveness/']").await;
        browser
            .wait_until(
                "the pillar page's image",
                "return document.querySelector('meta[property=\"og:image\"]')?.content === '/force/northamptonshire/2016/effectiveness/preview.png'",
            )
            .await;
        assert!(browser.same_document().await, "the link reloaded the page");
        assert_eq!(
            browser.eval(images).await,
            "/force/northamptonshire/2016/effectiveness/preview.png",
            "exactly one og:image"
        );
        assert_eq!(browser.count("meta[name='twitter:card']").await, 1);
        browser.assert_no_console_errors().await;
    })
    .await;
}
