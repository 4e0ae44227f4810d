//! The reader's side of `cargo xtask bench`: how long a first visit takes in headless Chromium,
//! for two built sites side by side in one run.
//!
//! Each load is a new browser profile (nothing cached, as for a first-time reader) with the CPU
//! slowed four times, as Lighthouse does to stand for a mid-range phone. The network is loopback
//! and not slowed: what the network costs is the sizes the bench prints beside these timings (the
//! server sends the precompressed files the browser accepts, as a host would). What is read are
//! the browser's own clocks: first contentful paint, the load event, and when the app
//! had taken the page over (`data-app="ready"` on `<html>`, noted by a script installed before
//! the page's own). Loads alternate between the two sites so that the machine's noise falls on
//! both alike; medians are reported with the range of the loads.
//!
//! ChromeDriver is spoken to directly over its W3C WebDriver HTTP API (a handful of JSON
//! requests, with blocking `ureq`), which keeps this side free of async code.

use std::path::Path;
use std::time::Duration;

use serde_json::{Value, json};

use crate::process::{Result, fail, root};
use crate::serve::StaticServer;

/// The pages measured, each a first visit.
pub const PAGES: [(&str, &str); 3] = [
    (
        "force page (Northamptonshire 2016)",
        "force/northamptonshire/2016/",
    ),
    ("national table (2016)", "round/2016/"),
    ("home page", ""),
];

pub const CPU_SLOWDOWN: u32 = 4;

/// Notes when the app marks the page as its own; installed before any of the page's scripts,
/// when there is no `<html>` element yet, so it watches the whole document.
const READY_RECORDER: &str = "new MutationObserver((changes, observer) => {\
    if (document.documentElement?.dataset.app === 'ready') {\
        window.__benchReady = performance.now(); observer.disconnect();\
    }\
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });";

/// Waits (up to 30 s) until the app is ready, the page has painted and its load event has
/// ended (they may come in any order), then reports the three clocks.
const READ_CLOCKS: &str = "const done = arguments[arguments.length - 1];\
const started = performance.now();\
(function poll() {\
    const ready = window.__benchReady ?? null;\
    const navigation = performance.getEntriesByType('navigation')[0];\
    const load = navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : null;\
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;\
    if ((ready === null || load === null || paint === null) && performance.now() - started < 30000) {\
        setTimeout(poll, 20); return;\
    }\
    done({ ready, paint, load });\
})();";

/// One load's clocks in milliseconds since navigation, `None` where the page never got there.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Clocks {
    pub paint: Option<f64>,
    pub load: Option<f64>,
    pub ready: Option<f64>,
}

impl Clocks {
    /// The clocks' names, in the order a page reaches them; [`Clocks::values`] follows it.
    pub const NAMES: [&'static str; 3] = [
        "first contentful paint",
        "load event",
        "app ready (hydrated or mounted)",
    ];

    pub fn values(&self) -> [Option<f64>; 3] {
        [self.paint, self.load, self.ready]
    }
}

/// For each page in [`PAGES`]: every load's clocks, for each site in the order given.
pub type Timings = Vec<(&'static str, Vec<Vec<Clocks>>)>;

/// Loads every page of every site `runs` times.
pub fn measure(sites: &[&Path], runs: usize) -> Result<Timings> {
    let servers = sites
        .iter()
        .map(|dist| StaticServer::start(dist, "/", 0))
        .collect::<std::result::Result<Vec<_>, _>>()
        .or_else(|e| fail("serve the built sites", e, "Free a loopback port and retry."))?;
    // Ended (with its browsers) when dropped at the end of this function.
    let (_chromedriver, port) = crate::test::start_chromedriver()?;
    let driver = Driver::new(port)?;

    // One load per site first, not counted: the first browser start after a build reads
    // Chromium and the site from a cold disk cache.
    for server in &servers {
        driver.first_visit(&format!("http://127.0.0.1:{}/", server.port))?;
    }

    let mut timings = Vec::new();
    for (name, path) in PAGES {
        let mut samples: Vec<Vec<Clocks>> = vec![Vec::new(); sites.len()];
        for run in 0..runs {
            // Alternate which site goes first, so neither always loads onto a warmer machine.
            let mut order: Vec<usize> = (0..sites.len()).collect();
            if run % 2 == 1 {
                order.reverse();
            }
            for site in order {
                let url = format!("http://127.0.0.1:{}/{path}", servers[site].port);
                samples[site].push(driver.first_visit(&url)?);
            }
        }
        timings.push((name, samples));
    }
    Ok(timings)
}

/// The median and range of one clock over several loads.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Summary {
    pub median: f64,
    pub low: f64,
    pub high: f64,
}

/// `None` if there are no values or any is missing: a page that sometimes never got there has
/// no honest median.
pub fn summarise(values: impl Iterator<Item = Option<f64>>) -> Option<Summary> {
    let mut values: Vec<f64> = values.collect::<Option<Vec<f64>>>()?;
    values.sort_by(f64::total_cmp);
    let (low, high) = (*values.first()?, *values.last()?);
    let middle = values.len() / 2;
    let median = if values.len() % 2 == 1 {
        values[middle]
    } else {
        (values[middle - 1] + values[middle]) / 2.0
    };
    Some(Summary { median, low, high })
}

/// `goog:chromeOptions.args` from `webdriver.json`.
pub fn chromium_flags() -> Result<Vec<String>> {
    let path = root().join("webdriver.json");
    let settings: Option<Value> = std::fs::read_to_string(&path)
        .ok()
        .and_then(|text| serde_json::from_str(&text).ok());
    match settings
        .as_ref()
        .and_then(|s| s["goog:chromeOptions"]["args"].as_array())
    {
        Some(args) => Ok(args
            .iter()
            .filter_map(|a| a.as_str().map(str::to_owned))
            .collect()),
        None => fail(
            "read Chromium's flags",
            format!("{} has no goog:chromeOptions.args list", path.display()),
            "webdriver.json is part of the repository; restore it with git.",
        ),
    }
}

/// ChromeDriver's HTTP API.
struct Driver {
    agent: ureq::Agent,
    base: String,
    /// Chromium's flags for this machine, from `webdriver.json` (shared with the tests).
    chromium_flags: Vec<String>,
}

impl Driver {
    fn new(port: u16) -> Result<Driver> {
        let agent = ureq::Agent::config_builder()
            .timeout_global(Some(Duration::from_secs(60)))
            .http_status_as_error(false)
            .build()
            .into();
        Ok(Driver {
            agent,
            base: format!("http://127.0.0.1:{port}"),
            chromium_flags: chromium_flags()?,
        })
    }

    fn send(&self, method: &str, path: &str, body: Option<Value>) -> Result<Value> {
        let url = format!("{}{path}", self.base);
        let response = match (method, body) {
            ("DELETE", _) => self.agent.delete(&url).call(),
            (_, Some(body)) => self.agent.post(&url).send_json(&body),
            (_, None) => self.agent.post(&url).send_json(json!({})),
        };
        let failed = |e: String| {
            fail::<Value>(
                "time the pages in Chromium",
                format!("{method} {path}: {e}"),
                "Check that chromium and chromium-driver are installed at the same version.",
            )
        };
        let mut response = match response {
            Ok(response) => response,
            Err(e) => return failed(e.to_string()),
        };
        let status = response.status();
        let reply: Value = match response.body_mut().read_json() {
            Ok(reply) => reply,
            Err(e) => return failed(e.to_string()),
        };
        if !status.is_success() {
            return failed(format!("{status}: {}", reply["value"]["message"]));
        }
        Ok(reply["value"].clone())
    }

    /// One cold load of `url` in a fresh profile; the session is always closed.
    fn first_visit(&self, url: &str) -> Result<Clocks> {
        let profile = std::env::temp_dir().join(format!("peel-bench-profile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let mut args = self.chromium_flags.clone();
        args.extend([
            "--window-size=412,915".to_owned(),
            format!("--user-data-dir={}", profile.display()),
        ]);
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            // Longer than READ_CLOCKS waits, so the page's own wait decides.
            "timeouts": { "script": 45000, "pageLoad": 60000 },
            "goog:chromeOptions": { "args": args },
        }}});
        let session = self.send("POST", "/session", Some(capabilities))?;
        let Some(id) = session["sessionId"].as_str().map(str::to_owned) else {
            return fail(
                "time the pages in Chromium",
                "ChromeDriver gave no session id",
                "Run chromedriver by hand to see why.",
            );
        };
        let clocks = self.load_in(&id, url);
        let _ = self.send("DELETE", &format!("/session/{id}"), None);
        let _ = std::fs::remove_dir_all(&profile);
        clocks
    }

    fn load_in(&self, id: &str, url: &str) -> Result<Clocks> {
        let cdp = |cmd: &str, params: Value| {
            self.send(
                "POST",
                &format!("/session/{id}/goog/cdp/execute"),
                Some(json!({ "cmd": cmd, "params": params })),
            )
        };
        cdp("Emulation.setCPUThrottlingRate", json!({ "rate": CPU_SLOWDOWN }))?;
        cdp(
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": READY_RECORDER }),
        )?;
        self.send("POST", &format!("/session/{id}/url"), Some(json!({ "url": url })))?;
        let clocks = self.send(
            "POST",
            &format!("/session/{id}/execute/async"),
            Some(json!({ "script": READ_CLOCKS, "args": [] })),
        )?;
        Ok(Clocks {
            paint: clocks["paint"].as_f64(),
            load: clocks["load"].as_f64(),
            ready: clocks["ready"].as_f64(),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{Summary, summarise};

    #[test]
    fn median_and_range_of_odd_and_even_counts() {
        assert_eq!(
            summarise([Some(3.0), Some(1.0), Some(2.0)].into_iter()),
            Some(Summary {
                median: 2.0,
                low: 1.0,
                high: 3.0
            })
        );
        assert_eq!(
            summarise([Some(4.0), Some(1.0), Some(2.0), Some(3.0)].into_iter()),
            Some(Summary {
                median: 2.5,
                low: 1.0,
                high: 4.0
            })
        );
    }

    #[test]
    fn a_missing_sample_means_no_summary() {
        assert_eq!(summarise([Some(3.0), None, Some(2.0)].into_iter()), None);
        assert_eq!(summarise(std::iter::empty()), None);
    }
}
