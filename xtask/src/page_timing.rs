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
pub const PAGES: [(&str, &str); 6] = [
    (
        "force page (Northamptonshire 2016)",
        "force/northamptonshire/2016/",
    ),
    ("national table (2016)", "round/2016/"),
    // Shared addresses: a table's state in the query, a comparison built in the browser.
    (
        "national table, good grades by region (2016)",
        "round/2016/?grade=good&group=region",
    ),
    (
        "comparison of four forces (2023-25)",
        "compare/?forces=kent,essex,surrey,sussex&round=2023-25",
    ),
    ("home page", ""),
    // Lighthouse cannot score a page served with status 404; its clocks here can.
    ("page not found (404)", "no/such/page/"),
];

pub const CPU_SLOWDOWN: u32 = 4;

/// The browser window of a first visit: a large phone's.
const WINDOW: (u32, u32) = (412, 915);

/// Notes when the app marks the page as its own, and every long task (over 50 ms) of the main
/// thread; installed before any of the page's scripts, when there is no `<html>` element yet, so
/// it watches the whole document.
const READY_RECORDER: &str = "new MutationObserver((changes, observer) => {\
    if (document.documentElement?.dataset.app === 'ready') {\
        window.__benchReady = performance.now(); observer.disconnect();\
    }\
}).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });\
window.__benchLongTasks = [];\
new PerformanceObserver((list) => {\
    for (const task of list.getEntries()) window.__benchLongTasks.push([task.startTime, task.duration]);\
}).observe({ type: 'longtask', buffered: true });";

/// Waits (up to 30 s) until the app is ready, the page has painted and its load event has
/// ended (they may come in any order), then a little longer for the long-task entries (queued
/// after their task), and reports the three clocks, the app's User Timing marks and the long
/// tasks.
const READ_CLOCKS: &str = "const done = arguments[arguments.length - 1];\
const started = performance.now();\
const mark = (name) => performance.getEntriesByName(name, 'mark')[0]?.startTime ?? null;\
(function poll() {\
    const ready = window.__benchReady ?? null;\
    const navigation = performance.getEntriesByType('navigation')[0];\
    const load = navigation && navigation.loadEventEnd > 0 ? navigation.loadEventEnd : null;\
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;\
    if ((ready === null || load === null || paint === null) && performance.now() - started < 30000) {\
        setTimeout(poll, 20); return;\
    }\
    setTimeout(() => done({\
        ready, paint, load,\
        marks: { start: mark('peel:start'), hydrated: mark('peel:hydrated') ?? mark('peel:mounted') },\
        tasks: window.__benchLongTasks ?? [],\
    }), 300);\
})();";

/// One load's clocks in milliseconds since navigation, then how long its start-up took, in
/// milliseconds; `None` where the page never got there (or, for the start-up, has no marks).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Clocks {
    pub paint: Option<f64>,
    pub load: Option<f64>,
    pub ready: Option<f64>,
    pub startup: StartUp,
}

impl Clocks {
    /// What is measured, clocks in the order a page reaches them, then the start-up's parts;
    /// [`Clocks::values`] follows it.
    pub const NAMES: [&'static str; 7] = [
        "first contentful paint",
        "load event",
        "app ready (hydrated or mounted)",
        "hydrate (peel:start to peel:hydrated)",
        "the long task holding hydration",
        "blocking time of the start-up (each long task's time over 50 ms, start to ready)",
        "longest main-thread task",
    ];

    /// The first of [`Clocks::NAMES`] read from the app's marks and the long tasks.
    pub const FIRST_STARTUP: usize = 3;

    pub fn values(&self) -> [Option<f64>; 7] {
        [
            self.paint,
            self.load,
            self.ready,
            self.startup.hydrate,
            self.startup.hydrate_task,
            self.startup.blocking,
            self.startup.longest_task,
        ]
    }
}

/// The main thread's work when the app starts, read in the page: the app's User Timing marks
/// (`peel:start` when the wasm's start function runs, `peel:hydrated` or `peel:mounted` when the
/// page is the app's), when it was ready, and the browser's long-task entries. The start-up may be
/// one task or several (src/start.rs splits it): what a reader feels is the longest, and the
/// blocking time sums them as Lighthouse does. Not a trace: compilation is not told apart from
/// running (`tools/perf/` has a trace probe for that).
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct StartUp {
    pub hydrate: Option<f64>,
    /// The long task in which hydration ends (`None` if under 50 ms: no long task).
    pub hydrate_task: Option<f64>,
    /// Each long task's time over 50 ms, summed from the task the app starts in to ready.
    pub blocking: Option<f64>,
    pub longest_task: Option<f64>,
}

impl StartUp {
    /// From the marks and the ready clock (ms since navigation) and the long tasks (start,
    /// duration in ms).
    pub fn read(
        start: Option<f64>,
        hydrated: Option<f64>,
        ready: Option<f64>,
        tasks: &[(f64, f64)],
    ) -> StartUp {
        // Long-task times are coarsened by the browser (to a few ms): allow for it at the edges.
        const SLACK: f64 = 5.0;
        let holding = |at: f64| {
            tasks
                .iter()
                .find(|(begin, duration)| *begin - SLACK <= at && at <= begin + duration + SLACK)
        };
        let blocking = start.zip(ready).map(|(start, ready)| {
            tasks
                .iter()
                .filter(|(begin, duration)| begin + duration + SLACK >= start && *begin <= ready + SLACK)
                .map(|(_, duration)| (duration - 50.0).max(0.0))
                // A fold from +0.0: an empty float `sum` is -0.0, printed "-0".
                .fold(0.0, |total, over| total + over)
        });
        StartUp {
            hydrate: start.zip(hydrated).map(|(start, hydrated)| hydrated - start),
            hydrate_task: hydrated.and_then(holding).map(|(_, duration)| *duration),
            blocking,
            longest_task: tasks.iter().map(|(_, duration)| *duration).reduce(f64::max),
        }
    }
}

/// For each page in [`PAGES`]: every load's clocks, for each site in the order given.
pub type Timings = Vec<(&'static str, Vec<Vec<Clocks>>)>;

/// Loads every page of every site `runs` times.
pub fn measure(sites: &[&Path], runs: usize) -> Result<Timings> {
    let servers = StaticServer::start_each(sites)?;
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
pub struct Driver {
    agent: ureq::Agent,
    base: String,
    /// Chromium's flags for this machine, from `webdriver.json` (shared with the tests).
    chromium_flags: Vec<String>,
}

impl Driver {
    pub fn new(port: u16) -> Result<Driver> {
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

    /// Runs `work` in a new browser session with a fresh profile (nothing cached, as for a
    /// first-time reader) and a window of `width` x `height`; the session is always closed.
    pub fn in_session<T>(
        &self,
        (width, height): (u32, u32),
        work: impl FnOnce(&str) -> Result<T>,
    ) -> Result<T> {
        let profile = std::env::temp_dir().join(format!("peel-bench-profile-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&profile);
        let mut args = self.chromium_flags.clone();
        args.extend([
            format!("--window-size={width},{height}"),
            format!("--user-data-dir={}", profile.display()),
        ]);
        let capabilities = json!({ "capabilities": { "alwaysMatch": {
            "browserName": "chrome",
            // Longer than the scripts' own waits (30 s), so the page's own wait decides.
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
        let result = work(&id);
        let _ = self.send("DELETE", &format!("/session/{id}"), None);
        let _ = std::fs::remove_dir_all(&profile);
        result
    }

    /// A DevTools protocol command, through ChromeDriver.
    pub fn cdp(&self, id: &str, cmd: &str, params: Value) -> Result<Value> {
        self.send(
            "POST",
            &format!("/session/{id}/goog/cdp/execute"),
            Some(json!({ "cmd": cmd, "params": params })),
        )
    }

    /// Opens `url` and waits for its load event.
    pub fn open(&self, id: &str, url: &str) -> Result<()> {
        self.send("POST", &format!("/session/{id}/url"), Some(json!({ "url": url })))
            .map(|_| ())
    }

    /// Runs `script` (which calls its last argument when done) in the page, with `args`.
    pub fn run_async(&self, id: &str, script: &str, args: Value) -> Result<Value> {
        self.send(
            "POST",
            &format!("/session/{id}/execute/async"),
            Some(json!({ "script": script, "args": args })),
        )
    }

    /// One cold load of `url` in a fresh profile.
    fn first_visit(&self, url: &str) -> Result<Clocks> {
        self.in_session(WINDOW, |id| self.load_in(id, url))
    }

    fn load_in(&self, id: &str, url: &str) -> Result<Clocks> {
        self.cdp(
            id,
            "Emulation.setCPUThrottlingRate",
            json!({ "rate": CPU_SLOWDOWN }),
        )?;
        self.cdp(
            id,
            "Page.addScriptToEvaluateOnNewDocument",
            json!({ "source": READY_RECORDER }),
        )?;
        self.open(id, url)?;
        let clocks = self.run_async(id, READ_CLOCKS, json!([]))?;
        let tasks: Vec<(f64, f64)> = clocks["tasks"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|task| Some((task[0].as_f64()?, task[1].as_f64()?)))
            .collect();
        Ok(Clocks {
            paint: clocks["paint"].as_f64(),
            load: clocks["load"].as_f64(),
            ready: clocks["ready"].as_f64(),
            startup: StartUp::read(
                clocks["marks"]["start"].as_f64(),
                clocks["marks"]["hydrated"].as_f64(),
                clocks["ready"].as_f64(),
                &tasks,
            ),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{StartUp, Summary, summarise};

    #[test]
    fn start_up_in_one_task() {
        // A task for the HTML, then the app's: start at 400, hydrated at 700, the task ending
        // at 820, ready then.
        let tasks = [(100.0, 60.0), (350.0, 470.0)];
        assert_eq!(
            StartUp::read(Some(400.0), Some(700.0), Some(820.0), &tasks),
            StartUp {
                hydrate: Some(300.0),
                hydrate_task: Some(470.0),
                blocking: Some(420.0),
                longest_task: Some(470.0),
            }
        );
    }

    #[test]
    fn start_up_in_three_tasks() {
        // Instantiate (380-450), hydrate (455-615), effects (620-700): the HTML's task before
        // the start is not the app's.
        let tasks = [(100.0, 60.0), (380.0, 70.0), (455.0, 160.0), (620.0, 80.0)];
        assert_eq!(
            StartUp::read(Some(440.0), Some(610.0), Some(700.0), &tasks),
            StartUp {
                hydrate: Some(170.0),
                hydrate_task: Some(160.0),
                blocking: Some(20.0 + 110.0 + 30.0),
                longest_task: Some(160.0),
            }
        );
    }

    #[test]
    fn start_up_without_marks_or_long_tasks() {
        // A baseline built before the marks: only the longest task is known.
        assert_eq!(
            StartUp::read(None, None, Some(900.0), &[(100.0, 60.0)]),
            StartUp {
                hydrate: None,
                hydrate_task: None,
                blocking: None,
                longest_task: Some(60.0),
            }
        );
        // A start-up under 50 ms is no long task, and blocks nothing.
        assert_eq!(
            StartUp::read(Some(400.0), Some(420.0), Some(430.0), &[]),
            StartUp {
                hydrate: Some(20.0),
                hydrate_task: None,
                blocking: Some(0.0),
                longest_task: None,
            }
        );
    }

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
