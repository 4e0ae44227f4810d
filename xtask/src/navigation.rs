//! Client navigation in `cargo xtask bench`: how long the app takes to show another force page
//! once a reader is on one, for two built sites side by side.
//!
//! On a loaded force page (a phone-wide viewport, the CPU slowed as for first visits) the
//! in-page link to the next round is clicked, then the link back, five hops in all; each is timed
//! from the click to the first frame painted after the new page's heading shows with no loading
//! status left. The first hop fetches the data bundle's index and the force's file; the others
//! find them in the app's memory (warm). Each run is a new browser profile.

use std::path::Path;

use serde_json::json;

use crate::page_timing::{CPU_SLOWDOWN, Driver, Summary, summarise};
use crate::process::{Result, fail};
use crate::serve::StaticServer;

/// The page each run starts on (loaded, not timed).
pub const START: &str = "force/northamptonshire/2016/";

/// The links clicked, in turn. Absolute paths, as the app writes its links on a site built at the
/// root (the bench serves and builds sites there).
pub const HOPS: [&str; 5] = [
    "/force/northamptonshire/2017/",
    "/force/northamptonshire/2016/",
    "/force/northamptonshire/2017/",
    "/force/northamptonshire/2016/",
    "/force/northamptonshire/2017/",
];

/// The viewport: a phone's width, where the page's layout is its narrowest.
pub const VIEWPORT: (u32, u32) = (390, 844);

/// Waits (up to 30 s) until the app has taken the page over; reports whether it did.
const WAIT_FOR_APP: &str = "const done = arguments[arguments.length - 1];\
const started = performance.now();\
(function poll() {\
    if (document.documentElement.dataset.app === 'ready') { done(true); return; }\
    if (performance.now() - started > 30000) { done(false); return; }\
    setTimeout(poll, 20);\
})();";

/// Clicks the in-page link to `arguments[0]` and reports the milliseconds from the click to the
/// frame painted after the new page shows (`ms`, null after 10 s), or `missing` if the page has no
/// such link. The new page shows when the address is the link's, `main` has a heading and no
/// loading status, and its content has changed since the click: the app may reuse the old page's
/// elements (the same heading, for another round of the same force), so the change is what tells
/// the new page from the old. The timeout after the next animation frame runs once that frame is
/// painted.
const HOP: &str = "const [path, done] = [arguments[0], arguments[arguments.length - 1]];\
const link = [...document.querySelectorAll('main a, header a')]\
    .find((a) => a.getAttribute('href') === path);\
if (!link) { done({ missing: true }); return; }\
const main = document.querySelector('main');\
let changed = false;\
const watcher = new MutationObserver(() => { changed = true; });\
watcher.observe(main, { childList: true, characterData: true, subtree: true });\
const started = performance.now();\
const check = () => {\
    if (changed && location.pathname === path && main.querySelector('h1')\
        && !main.querySelector('p.status')) {\
        watcher.disconnect();\
        requestAnimationFrame(() => setTimeout(() => done({ ms: performance.now() - started })));\
    } else if (performance.now() - started > 10000) {\
        watcher.disconnect();\
        done({ ms: null });\
    } else {\
        requestAnimationFrame(check);\
    }\
};\
link.click();\
requestAnimationFrame(check);";

/// One run: each hop's milliseconds, `None` where the new page never showed.
pub type Walk = Vec<Option<f64>>;

/// For each site in the order given, every run's walk.
pub type Walks = Vec<Vec<Walk>>;

/// Walks between the force pages of every site `runs` times.
pub fn measure(sites: &[&Path], runs: usize) -> Result<Walks> {
    let servers = StaticServer::start_each(sites)?;
    // Ended (with its browsers) when dropped at the end of this function, also on failure.
    let (_chromedriver, port) = crate::test::start_chromedriver()?;
    let driver = Driver::new(port)?;
    let mut walks: Walks = vec![Vec::new(); sites.len()];
    for run in 0..runs {
        // Alternate which site goes first, so neither always runs on a warmer machine.
        let mut order: Vec<usize> = (0..sites.len()).collect();
        if run % 2 == 1 {
            order.reverse();
        }
        for site in order {
            let origin = format!("http://127.0.0.1:{}", servers[site].port);
            walks[site].push(driver.in_session(VIEWPORT, |id| walk(&driver, id, &origin))?);
        }
    }
    Ok(walks)
}

fn walk(driver: &Driver, id: &str, origin: &str) -> Result<Walk> {
    let (width, height) = VIEWPORT;
    driver.cdp(
        id,
        "Emulation.setDeviceMetricsOverride",
        json!({ "width": width, "height": height, "deviceScaleFactor": 1, "mobile": false }),
    )?;
    driver.cdp(
        id,
        "Emulation.setCPUThrottlingRate",
        json!({ "rate": CPU_SLOWDOWN }),
    )?;
    driver.open(id, &format!("{origin}/{START}"))?;
    if driver.run_async(id, WAIT_FOR_APP, json!([]))? != json!(true) {
        return fail(
            "time client navigation",
            format!("the app never took over {origin}/{START} (no data-app=\"ready\" in 30 s)"),
            "Open the page in a browser and look at its console; `cargo xtask e2e` tests it.",
        );
    }
    let mut hops = Vec::new();
    for path in HOPS {
        let hop = driver.run_async(id, HOP, json!([path]))?;
        if hop["missing"] == json!(true) {
            return fail(
                "time client navigation",
                format!("the page before {path} has no link to it"),
                "Build the site at the root (`cargo xtask dist` without --base-path), where its \
                 links are absolute paths; if it is, the round switcher lost its link.",
            );
        }
        hops.push(hop["ms"].as_f64());
    }
    Ok(hops)
}

/// Hop `index`'s time over the runs.
pub fn hop(walks: &[Walk], index: usize) -> Option<Summary> {
    summarise(walks.iter().map(|walk| walk.get(index).copied().flatten()))
}

/// Every warm hop (all but each run's first) of every run, pooled.
pub fn warm_hops(walks: &[Walk]) -> Option<Summary> {
    summarise(walks.iter().flat_map(|walk| walk.iter().skip(1).copied()))
}

/// The description of hop `index`, for the report.
pub fn hop_name(index: usize) -> String {
    let from = if index == 0 {
        format!("/{START}")
    } else {
        HOPS[index - 1].to_owned()
    };
    let kind = if index == 0 { "fetches the data" } else { "warm" };
    let year = |path: &str| {
        path.trim_end_matches('/')
            .rsplit('/')
            .next()
            .unwrap_or("")
            .to_owned()
    };
    format!(
        "hop {}: {} → {} ({kind})",
        index + 1,
        year(&from),
        year(HOPS[index])
    )
}

#[cfg(test)]
mod tests {
    use super::{hop, hop_name, warm_hops};
    use crate::page_timing::Summary;

    #[test]
    fn warm_hops_leave_out_each_runs_first() {
        let walks = vec![
            vec![Some(250.0), Some(80.0), Some(60.0), Some(70.0), Some(50.0)],
            vec![Some(200.0), Some(90.0), Some(65.0), Some(75.0), Some(55.0)],
        ];
        // 50 55 60 65 70 75 80 90: the middle two are 65 and 70.
        assert_eq!(
            warm_hops(&walks),
            Some(Summary {
                median: 67.5,
                low: 50.0,
                high: 90.0
            })
        );
        assert_eq!(
            hop(&walks, 0),
            Some(Summary {
                median: 225.0,
                low: 200.0,
                high: 250.0
            })
        );
    }

    #[test]
    fn a_hop_that_never_showed_leaves_no_median() {
        let walks = vec![vec![Some(250.0), None, Some(60.0)]];
        assert_eq!(warm_hops(&walks), None);
        assert!(hop(&walks, 0).is_some());
        assert_eq!(warm_hops(&[vec![Some(250.0)]]), None);
    }

    #[test]
    fn hops_are_named_by_round() {
        assert_eq!(hop_name(0), "hop 1: 2016 → 2017 (fetches the data)");
        assert_eq!(hop_name(1), "hop 2: 2017 → 2016 (warm)");
    }
}
