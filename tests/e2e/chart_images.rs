//! The map and grade images to download: on a national table (following the column the map is
//! coloured by) and on a force-round page, each link opening a PNG or SVG of the size it states,
//! holding the credit line.

use crate::browser::{Browser, Options, site, with_browser};

const CREDIT: &str = "PEEL Explorer, data: HMICFRS, Open Government Licence v3.0.";

/// Fetches every image the page links and checks it against its link's words ("PNG, 1200 x
/// 900, 48.2 KB"): the PNG's size from its header, the SVG's from its root, the length, and the
/// credit line as text. Returns each link's address, or what is wrong.
async fn images_as_stated(browser: &Browser) -> Result<Vec<String>, String> {
    let script = format!(
        r#"
        const links = [...document.querySelectorAll('.chart-images__links a')];
        const problems = [];
        for (const a of links) {{
            const stated = a.textContent.match(/^(PNG|SVG), (\d+) x (\d+), ([\d.,]+) (KB|bytes)$/);
            if (!stated) {{ problems.push(a.href + ': link says ' + a.textContent); continue; }}
            const [, format, width, height, amount, unit] = stated;
            const response = await fetch(a.href);
            if (!response.ok) {{ problems.push(a.href + ': ' + response.status); continue; }}
            const bytes = new Uint8Array(await response.arrayBuffer());
            const length = unit === 'KB' ? bytes.length / 1000 : bytes.length;
            if (Math.abs(length - parseFloat(amount.replace(',', ''))) > 0.051) {{
                problems.push(a.href + ': ' + bytes.length + ' bytes, the link says ' + amount + ' ' + unit);
            }}
            let size;
            if (format === 'PNG') {{
                const view = new DataView(bytes.buffer);
                const signature = [137, 80, 78, 71, 13, 10, 26, 10].every((b, i) => bytes[i] === b);
                if (!signature) {{ problems.push(a.href + ': no PNG'); continue; }}
                size = [view.getUint32(16), view.getUint32(20)];
            }} else {{
                const svg = new DOMParser().parseFromString(new TextDecoder().decode(bytes), 'image/svg+xml').documentElement;
                if (svg.localName !== 'svg') {{ problems.push(a.href + ': no SVG'); continue; }}
                size = [Number(svg.getAttribute('width')), Number(svg.getAttribute('height'))];
                const words = [...svg.querySelectorAll('text')].map(t => t.textContent).join(' ');
                if (!words.includes({CREDIT:?})) problems.push(a.href + ': no credit line in ' + words);
            }}
            if (size[0] !== Number(width) || size[1] !== Number(height)) {{
                problems.push(a.href + ': ' + size.join(' x ') + ', the link says ' + width + ' x ' + height);
            }}
        }}
        return problems.length ? 'problems: ' + problems.join('\n') : links.map(a => a.getAttribute('href')).join(' ');
        "#
    );
    let answer = browser.eval(&script).await;
    let answer = answer.as_str().unwrap_or_default().to_owned();
    match answer.strip_prefix("problems: ") {
        Some(problems) => Err(problems.to_owned()),
        None => Ok(answer.split_whitespace().map(str::to_owned).collect()),
    }
}

#[tokio::test]
async fn the_tables_map_images_follow_the_chosen_column_and_open_as_stated() {
    with_browser(Options::default(), |browser| async move {
        browser.open(&format!("{}round/2023-25/", site())).await;
        let note = browser.text(".round-map .chart-images__links").await;
        assert!(note.starts_with("Download this map: PNG, 1200 x 900, "), "{note}");
        let first = images_as_stated(&browser).await.unwrap();
        assert_eq!(first.len(), 2, "{first:?}");
        assert!(
            first[0].ends_with(".png") && first[1].ends_with(".svg"),
            "{first:?}"
        );
        assert!(
            !first[0].ends_with("/round/2023-25/map-responding-to-the-public.png"),
            "the first column is another: {first:?}"
        );
        browser
            .eval(
                "const s = document.querySelector('#filter-area'); s.value = 'responding-to-the-public'; \
                 s.dispatchEvent(new Event('change', { bubbles: true })); return true;",
            )
            .await;
        browser
            .wait_until(
                "the map's images of the chosen column",
                "return document.querySelector('.chart-images__links a')?.getAttribute('href')\
                 ?.endsWith('/round/2023-25/map-responding-to-the-public.png')",
            )
            .await;
        let chosen = images_as_stated(&browser).await.unwrap();
        assert!(
            chosen[1].ends_with("/round/2023-25/map-responding-to-the-public.svg"),
            "{chosen:?}"
        );
        browser.assert_no_console_errors().await;
    })
    .await;
}

#[tokio::test]
async fn a_force_rounds_grade_images_open_as_stated() {
    with_browser(Options::default(), |browser| async move {
        browser
            .open(&format!("{}force/lincolnshire/2021-22/", site()))
            .await;
        let note = browser.text(".chart-images__links").await;
        assert!(note.starts_with("Download these grades: PNG, 1200 x "), "{note}");
        let links = images_as_stated(&browser).await.unwrap();
        assert_eq!(
            links
                .iter()
                .map(|l| l.rsplit('/').next().unwrap_or_default())
                .collect::<Vec<_>>(),
            ["grades.png", "grades.svg"]
        );
        assert!(
            links[0].ends_with("/force/lincolnshire/2021-22/grades.png"),
            "{links:?}"
        );
    })
    .await;
}
