//! Headless Chromium through ChromeDriver, against the built site served by a plain static
//! server. `cargo xtask test` starts both and passes their addresses in the environment.

use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::time::Duration;

use fantoccini::wd::WebDriverCompatibleCommand;
use fantoccini::{Client, ClientBuilder, Locator};
use futures::FutureExt;
use serde_json::{Value, json};

pub fn env(name: &str) -> String {
    std::env::var(name).unwrap_or_else(|_| {
        panic!("{name} is not set: run the end-to-end tests with `cargo xtask test`, which builds and serves the site")
    })
}

/// The site at the host's root: `http://127.0.0.1:PORT/`.
pub fn site() -> String {
    env("PEEL_E2E_SITE")
}

/// The same site built for and served under a sub-path.
pub fn subpath_site() -> String {
    env("PEEL_E2E_SUBPATH_SITE")
}

/// The sub-path of [`subpath_site`]: `/peel/explorer/`.
pub fn subpath() -> String {
    subpath_site()
        .splitn(4, '/')
        .nth(3)
        .map(|p| format!("/{p}"))
        .unwrap_or_default()
}

pub struct Options {
    pub javascript: bool,
    pub width: u32,
    pub height: u32,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            javascript: true,
            width: 1280,
            height: 900,
        }
    }
}

/// Runs `test` with a fresh browser; the session is closed (and Chromium ends) whether the
/// test passes, fails or panics.
pub async fn with_browser<F, Fut>(options: Options, test: F)
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = ()>,
{
    let profile = std::env::temp_dir().join(format!(
        "peel-e2e-profile-{}-{}",
        std::process::id(),
        PROFILE_COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    ));
    let mut args = chromium_flags();
    args.extend([
        // Smooth scrolling (on unless reduced motion is preferred) moves elements under
        // WebDriver's clicks.
        "--force-prefers-reduced-motion".into(),
        format!("--user-data-dir={}", profile.display()),
        format!("--window-size={},{}", options.width, options.height),
        "--lang=en-GB".into(),
    ]);
    let mut chrome = json!({ "args": args });
    if !options.javascript {
        chrome["prefs"] = json!({ "profile.managed_default_content_settings.javascript": 2 });
    }
    let mut capabilities = serde_json::Map::new();
    capabilities.insert("browserName".into(), json!("chrome"));
    capabilities.insert("goog:chromeOptions".into(), chrome);
    capabilities.insert("goog:loggingPrefs".into(), json!({ "browser": "ALL" }));
    let client = ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(capabilities)
        .connect(&env("PEEL_E2E_WEBDRIVER"))
        .await
        .expect("cannot start a Chromium session through ChromeDriver");
    let browser = Browser {
        client: client.clone(),
    };
    let outcome = AssertUnwindSafe(test(browser)).catch_unwind().await;
    let _ = client.close().await;
    let _ = std::fs::remove_dir_all(&profile);
    if let Err(panic) = outcome {
        std::panic::resume_unwind(panic);
    }
}

/// The flags Chromium needs on this machine (headless, as root, no network beyond loopback),
/// kept once in `webdriver.json`, which the component tests' runner reads too.
fn chromium_flags() -> Vec<String> {
    let settings: Value =
        serde_json::from_str(include_str!("../../webdriver.json")).expect("webdriver.json is valid JSON");
    settings["goog:chromeOptions"]["args"]
        .as_array()
        .expect("webdriver.json lists goog:chromeOptions.args")
        .iter()
        .filter_map(|arg| arg.as_str().map(str::to_owned))
        .collect()
}

static PROFILE_COUNTER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub struct Browser {
    pub client: Client,
}

impl Browser {
    pub async fn goto(&self, url: &str) {
        self.client
            .goto(url)
            .await
            .unwrap_or_else(|e| panic!("cannot open {url}: {e}"));
    }

    /// Opens `url` and waits until the app has hydrated (or mounted) it.
    pub async fn open(&self, url: &str) {
        self.goto(url).await;
        self.wait_for_app().await;
    }

    /// Waits until the app has started and the page's data is shown (a page rendered in the
    /// browser shows "Loading…" while it fetches).
    pub async fn wait_for_app(&self) {
        self.wait_until(
            "the app to start and the page to load",
            "return document.documentElement.dataset.app === 'ready' && !document.querySelector('main p.status')",
        )
        .await;
    }

    /// Waits (up to 15 s) until `script` returns true.
    pub async fn wait_until(&self, what: &str, script: &str) {
        for _ in 0..150 {
            if self.eval(script).await == Value::Bool(true) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        let errors = self.console_errors().await;
        panic!(
            "timed out waiting for {what} at {}\nconsole errors: {errors:#?}\npage text:\n{}",
            self.url().await,
            self.text("body").await
        );
    }

    pub async fn eval(&self, script: &str) -> Value {
        self.client
            .execute(script, vec![])
            .await
            .unwrap_or_else(|e| panic!("script failed: {e}\n{script}"))
    }

    pub async fn url(&self) -> String {
        self.client
            .current_url()
            .await
            .map(|u| u.to_string())
            .unwrap_or_default()
    }

    /// The visible text of the first element matching `css` (empty when there is none).
    pub async fn text(&self, css: &str) -> String {
        match self.client.find(Locator::Css(css)).await {
            Ok(element) => element.text().await.unwrap_or_default(),
            Err(_) => String::new(),
        }
    }

    /// The visible texts of every element matching `css`.
    pub async fn texts(&self, css: &str) -> Vec<String> {
        let mut texts = Vec::new();
        for element in self.client.find_all(Locator::Css(css)).await.unwrap_or_default() {
            texts.push(element.text().await.unwrap_or_default());
        }
        texts
    }

    pub async fn count(&self, css: &str) -> usize {
        self.client
            .find_all(Locator::Css(css))
            .await
            .map(|v| v.len())
            .unwrap_or(0)
    }

    pub async fn click(&self, css: &str) {
        let element = self.client.find(Locator::Css(css)).await.unwrap_or_else(|e| {
            panic!(
                "nothing to click at `{css}` on {}: {e}",
                futures::executor::block_on(self.url())
            )
        });
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click `{css}`: {e}"));
    }

    /// Clicks the link whose text is exactly `text`.
    pub async fn click_link(&self, text: &str) {
        let element = self
            .client
            .find(Locator::LinkText(text))
            .await
            .unwrap_or_else(|e| {
                panic!(
                    "no link “{text}” on {}: {e}",
                    futures::executor::block_on(self.url())
                )
            });
        element
            .click()
            .await
            .unwrap_or_else(|e| panic!("cannot click “{text}”: {e}"));
    }

    /// Marks the current document, so a later check can tell client-side navigation (the
    /// mark survives) from a full page load (it does not).
    pub async fn mark_document(&self) {
        self.eval("window.__peelSameDocument = true; return true").await;
    }

    pub async fn same_document(&self) -> bool {
        self.eval("return window.__peelSameDocument === true").await == Value::Bool(true)
    }

    /// Console messages at error level since the session started (uncaught exceptions,
    /// panics, failed loads).
    pub async fn console_errors(&self) -> Vec<String> {
        let logs = self.client.issue_cmd(BrowserLog).await.unwrap_or(Value::Null);
        logs.as_array()
            .map(|entries| {
                entries
                    .iter()
                    .filter(|e| e["level"] == "SEVERE")
                    .map(|e| e["message"].as_str().unwrap_or_default().to_owned())
                    .collect()
            })
            .unwrap_or_default()
    }

    pub async fn assert_no_console_errors(&self) {
        let errors = self.console_errors().await;
        assert!(
            errors.is_empty(),
            "console errors on {}: {errors:#?}",
            self.url().await
        );
    }
}

impl Browser {
    /// A Chrome DevTools Protocol command, through ChromeDriver (print media emulation,
    /// clipboard permission).
    pub async fn cdp(&self, command: &str, params: Value) -> Value {
        self.client
            .issue_cmd(Cdp {
                command: command.to_owned(),
                params,
            })
            .await
            .unwrap_or_else(|e| panic!("DevTools command {command} failed: {e}"))
    }

    /// Emulates a screen `width` CSS pixels wide, a phone's (touch, its pixel density) where
    /// `mobile`: headless Chromium will not make a window as narrow as a phone.
    pub async fn emulate_screen(&self, width: u32, height: u32, mobile: bool) {
        let scale = if mobile { 2 } else { 1 };
        self.cdp(
            "Emulation.setDeviceMetricsOverride",
            json!({ "width": width, "height": height, "deviceScaleFactor": scale, "mobile": mobile }),
        )
        .await;
    }

    /// Lets the site read and write the clipboard, as a reader who allowed it does.
    pub async fn allow_clipboard(&self) {
        let origin = site().trim_end_matches('/').to_owned();
        self.cdp(
            "Browser.grantPermissions",
            json!({ "origin": origin, "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
        )
        .await;
    }

    /// The WCAG contrast ratio of the text of each element matching `css` on its background (its
    /// own colour, else the first ancestor's, else white): (class, text, ratio).
    pub async fn contrast(&self, css: &str) -> Vec<(String, String, f64)> {
        let found = self
            .eval(&format!("{CONTRAST}\nreturn contrast({});", json!(css)))
            .await;
        found
            .as_array()
            .expect("a list of contrasts")
            .iter()
            .map(|row| {
                (
                    row[0].as_str().unwrap_or_default().to_owned(),
                    row[1].as_str().unwrap_or_default().to_owned(),
                    row[2].as_f64().unwrap_or_default(),
                )
            })
            .collect()
    }

    /// Presses a key wherever the focus is, as a keyboard user would.
    pub async fn press(&self, key: fantoccini::key::Key) {
        self.press_char(char::from(key)).await;
    }

    /// Types one character (or WebDriver key code) wherever the focus is.
    pub async fn press_char(&self, value: char) {
        use fantoccini::actions::{InputSource, KeyAction, KeyActions};
        let keys = KeyActions::new("keyboard".into())
            .then(KeyAction::Down { value })
            .then(KeyAction::Up { value });
        self.client.perform_actions(keys).await.expect("key press");
    }
}

/// WCAG relative luminance contrast, for [`Browser::contrast`].
const CONTRAST: &str = r#"
const lum = c => {
  const [r, g, b] = c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number).map(v => {
    v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = css => [...document.querySelectorAll(css)].map(t => {
  const s = getComputedStyle(t);
  let bg = s.backgroundColor, e = t;
  while (bg === 'rgba(0, 0, 0, 0)' && e.parentElement) { e = e.parentElement; bg = getComputedStyle(e).backgroundColor; }
  if (bg === 'rgba(0, 0, 0, 0)') bg = 'rgb(255, 255, 255)';
  const [a, b] = [lum(s.color), lum(bg)].sort((x, y) => y - x);
  return [t.className, t.textContent.trim(), (a + 0.05) / (b + 0.05)];
});
"#;

#[derive(Debug)]
struct Cdp {
    command: String,
    params: Value,
}

impl WebDriverCompatibleCommand for Cdp {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!(
            "session/{}/goog/cdp/execute",
            session.unwrap_or_default()
        ))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        let body = json!({ "cmd": self.command, "params": self.params });
        (http::Method::POST, Some(body.to_string()))
    }
}

/// ChromeDriver's log endpoint (not part of W3C WebDriver, so fantoccini has no call for it).
#[derive(Debug)]
struct BrowserLog;

impl WebDriverCompatibleCommand for BrowserLog {
    fn endpoint(&self, base: &url::Url, session: Option<&str>) -> Result<url::Url, url::ParseError> {
        base.join(&format!("session/{}/se/log", session.unwrap_or_default()))
    }

    fn method_and_body(&self, _url: &url::Url) -> (http::Method, Option<String>) {
        (http::Method::POST, Some(r#"{"type":"browser"}"#.to_owned()))
    }
}

/// A plain HTTP GET: (status, body). For what a crawler or `curl` sees, without a browser.
pub fn http_get(url: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("http://").expect("http URL");
    let (host, path) = rest
        .split_once('/')
        .map(|(h, p)| (h, format!("/{p}")))
        .unwrap_or((rest, "/".into()));
    let mut stream = std::net::TcpStream::connect(host).expect("connect to the test server");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {host}\r\n\r\n").expect("send request");
    let mut response = Vec::new();
    stream.read_to_end(&mut response).expect("read response");
    let response = String::from_utf8_lossy(&response).into_owned();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, b)| b.to_owned())
        .unwrap_or_default();
    (status, body)
}
