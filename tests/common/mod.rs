//! The end-to-end harness: serves the built `dist/` on a free localhost port, starts a browser
//! engine (headless Chromium through chromedriver by default; Firefox through geckodriver, or
//! WebKit through WebKitWebDriver under a virtual display) with a fresh profile, and lets a test
//! work with the page as a person would (labels, roles, visible text). Every test run through
//! `e2e` fails when the page logged an uncaught error or a Rust panic, and saves a screenshot to
//! `target/screenshots/` on failure. `every_engine!` makes one test per engine from one body.
#![allow(dead_code)] // Each e2e_*.rs file is its own crate and uses only part of the harness.

use std::future::Future;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU32, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

pub mod assessment;
pub mod axe;
pub mod calendar;
pub mod clock;
pub mod engine;
pub mod keyboard;

pub use engine::Engine;

use thirtyfour::manager::{BrowserKind, StdioMode};
use thirtyfour::prelude::*;
use thirtyfour::{ChromiumLikeCapabilities, LoggingPrefsLogLevel};
use tokio::task::JoinHandle;

pub type E2eResult<T = ()> = Result<T, Box<dyn std::error::Error + Send + Sync>>;

/// How long a wait may take before the test fails; generous for a loaded 2-core machine.
pub const WAIT: Duration = Duration::from_secs(15);
const POLL: Duration = Duration::from_millis(50);

/// Installed before any page script runs: keeps uncaught errors and rejected promises where the
/// harness can read them even after the browser log was drained.
const ERROR_HOOK: &str = r#"
window.__e2eErrors = [];
window.addEventListener('error', e => window.__e2eErrors.push('uncaught: ' + (e.message || e.type)));
window.addEventListener('unhandledrejection', e => window.__e2eErrors.push('unhandled rejection: ' + e.reason));
// An error thrown later by the page's own code, for the harness's own test: in Firefox, what a
// WebDriver script's callback throws never reaches the page's error listeners.
window.__e2eThrowLater = message => setTimeout(() => { throw new Error(message); }, 0);
"#;

/// Firefox and WebKit have no browser log over WebDriver: there the hook also keeps what the
/// page writes with console.error (where a Rust panic or a failed load is reported).
const CONSOLE_ERROR_HOOK: &str = r#"
(() => {
  const original = console.error;
  console.error = function (...args) {
    window.__e2eErrors.push('console.error: ' + args.map(String).join(' '));
    return original.apply(this, args);
  };
})();
"#;

/// The folder with the built app: `E2E_DIST`, or `dist/` at the crate root.
pub fn dist_dir() -> PathBuf {
    std::env::var_os("E2E_DIST")
        .map(PathBuf::from)
        .unwrap_or_else(|| Path::new(env!("CARGO_MANIFEST_DIR")).join("dist"))
}

fn screenshot_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots")
}

/// Where the test server puts the script that runs before the page's own (see `StaticServer`).
const INIT_SCRIPT_PATH: &str = "/__e2e/init.js";

/// Faults the server itself injects, for engines without Chromium's DevTools protocol.
#[derive(Clone, Default)]
pub struct ServerFaults {
    /// Answer every request for a `.wasm` file with 503, as a dropped connection would.
    pub block_wasm: Arc<AtomicBool>,
}

/// What the server's middleware needs on each request.
#[derive(Clone)]
struct ServeState {
    root: PathBuf,
    faults: ServerFaults,
    /// The script served at `INIT_SCRIPT_PATH` and named in every HTML page, if any.
    init_script: Option<Arc<String>>,
}

/// A static file server on a free port of 127.0.0.1, stopped on drop.
pub struct StaticServer {
    pub addr: SocketAddr,
    pub faults: ServerFaults,
    task: JoinHandle<()>,
}

impl StaticServer {
    pub async fn start(root: &Path) -> E2eResult<StaticServer> {
        StaticServer::start_with(root, None).await
    }

    /// With `init_script`, every HTML page it serves names that script (same origin, so the
    /// page's CSP allows it) just after its CSP, before any script of the page's own: how the
    /// harness runs code before the app in engines that cannot add it over WebDriver. Responses
    /// then ask the browser to revalidate, so that a fault switched on is never hidden by its
    /// HTTP cache.
    pub async fn start_with(root: &Path, init_script: Option<String>) -> E2eResult<StaticServer> {
        if !root.join("index.html").exists() && !root.is_dir() {
            return Err(format!(
                "nothing to serve at {}: run `trunk build --release` first",
                root.display()
            )
            .into());
        }
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
        let addr = listener.local_addr()?;
        let faults = ServerFaults::default();
        let state = ServeState {
            root: root.to_path_buf(),
            faults: faults.clone(),
            init_script: init_script.map(Arc::new),
        };
        let app = axum::Router::new()
            .fallback_service(tower_http::services::ServeDir::new(root))
            .layer(axum::middleware::from_fn_with_state(
                state,
                serve_with_faults,
            ));
        let task = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        Ok(StaticServer { addr, faults, task })
    }

    pub fn url(&self, path: &str) -> String {
        format!("http://{}/{}", self.addr, path.trim_start_matches('/'))
    }
}

/// The server's middleware: injected faults, the init script, and HTML pages that name it.
async fn serve_with_faults(
    axum::extract::State(state): axum::extract::State<ServeState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{header, HeaderValue, StatusCode};
    use axum::response::IntoResponse;
    let path = request.uri().path().to_string();
    if path.ends_with(".wasm") && state.faults.block_wasm.load(Ordering::SeqCst) {
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    let Some(script) = state.init_script.clone() else {
        return next.run(request).await;
    };
    let no_cache = |mut response: axum::response::Response| {
        response
            .headers_mut()
            .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
        response
    };
    if path == INIT_SCRIPT_PATH {
        let headers = [(header::CONTENT_TYPE, "text/javascript")];
        return no_cache((headers, script.as_str().to_owned()).into_response());
    }
    let html = if path.ends_with('/') {
        Some(format!("{path}index.html"))
    } else if path.ends_with(".html") {
        Some(path.clone())
    } else {
        None
    };
    if let Some(html) = html {
        let file = state.root.join(html.trim_start_matches('/'));
        if let Ok(page) = std::fs::read_to_string(&file) {
            let headers = [(header::CONTENT_TYPE, "text/html; charset=utf-8")];
            return no_cache((headers, with_init_script(&page)).into_response());
        }
    }
    no_cache(next.run(request).await)
}

/// `page` with a `<script src>` of the init script just after its CSP `<meta>` (or `<head>`).
fn with_init_script(page: &str) -> String {
    let tag = format!("<script src=\"{INIT_SCRIPT_PATH}\"></script>");
    let after = page
        .find("Content-Security-Policy")
        .and_then(|at| page[at..].find('>').map(|end| at + end + 1))
        .or_else(|| page.find("<head>").map(|at| at + "<head>".len()))
        .unwrap_or(0);
    format!("{}{tag}{}", &page[..after], &page[after..])
}

/// The folder a test's downloads land in (see [`Browser::keep_downloads`]).
pub struct Downloads(pub PathBuf);

impl Downloads {
    /// The names of the files downloaded so far (complete ones: Chromium renames a download
    /// to its name when it is done).
    pub fn names(&self, ending: &str) -> E2eResult<Vec<String>> {
        Ok(std::fs::read_dir(&self.0)?
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(ending))
            .collect())
    }

    /// Waits up to 15 s for a complete file ending in `ending`, and returns its name and text.
    pub async fn wait_file(&self, ending: &str) -> E2eResult<(String, String)> {
        for _ in 0..150 {
            if let Some(name) = self.names(ending)?.into_iter().next() {
                let text = std::fs::read_to_string(self.0.join(&name))?;
                return Ok((name, text));
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        Err(format!("no {ending} file was downloaded into {}", self.0.display()).into())
    }
}

impl Drop for Downloads {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

impl Drop for StaticServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

/// A fresh, empty Chromium profile folder, removed on drop.
pub struct Profile(PathBuf);

impl Profile {
    fn new() -> Profile {
        static COUNTER: AtomicU32 = AtomicU32::new(0);
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let dir = std::env::temp_dir().join(format!("glute-e2e-{}-{n}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        Profile(dir)
    }
}

impl Drop for Profile {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// A window size, in CSS pixels.
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    pub width: u32,
    pub height: u32,
}

pub const PHONE: Viewport = Viewport {
    width: 390,
    height: 844,
};
pub const LAPTOP: Viewport = Viewport {
    width: 1280,
    height: 800,
};

/// One browser session with its own profile, looking at a page of the server.
#[derive(Clone)]
pub struct Browser {
    pub driver: WebDriver,
    pub base: String,
    pub engine: Engine,
    /// Where its screenshots go: `target/screenshots/`, or `target/screenshots/<engine>/` for
    /// the flows that run in every engine.
    shots: PathBuf,
    faults: ServerFaults,
    /// The driver process of Firefox or WebKit (chromedriver is thirtyfour's), stopped when the
    /// last clone is dropped.
    _process: Option<Arc<engine::DriverProcess>>,
    /// What a person did on the page through the helpers: each pick, each field typed, each
    /// button pressed (one tap or one typed answer is one action).
    actions: Arc<std::sync::atomic::AtomicUsize>,
}

impl Browser {
    /// Another browser of the same engine with its own empty profile (another device, as far
    /// as storage goes), looking at the same server. Keep the profile until the browser has quit.
    pub async fn another_device(&self) -> E2eResult<(Browser, Profile)> {
        let profile = Profile::new();
        let mut browser = Browser::launch(
            self.engine,
            self.base.clone(),
            self.faults.clone(),
            &profile,
            LAPTOP,
        )
        .await?;
        browser.shots = self.shots.clone();
        Ok((browser, profile))
    }

    async fn launch(
        engine: Engine,
        base: String,
        faults: ServerFaults,
        profile: &Profile,
        viewport: Viewport,
    ) -> E2eResult<Browser> {
        let (driver, process) = match engine {
            Engine::Chromium => (Browser::launch_chromium(profile, viewport).await?, None),
            other => {
                let (driver, process) = engine::launch(other, viewport).await?;
                (driver, Some(Arc::new(process)))
            }
        };
        let browser = Browser {
            driver,
            base,
            engine,
            shots: screenshot_dir(),
            faults,
            _process: process,
            actions: Default::default(),
        };
        browser.set_viewport(viewport).await?;
        Ok(browser)
    }

    async fn launch_chromium(profile: &Profile, viewport: Viewport) -> E2eResult<WebDriver> {
        let mut caps = DesiredCapabilities::chrome();
        caps.set_binary("/usr/bin/chromium")?;
        // Without these, Chromium floods the closed network with background connections.
        for arg in [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
        ] {
            caps.add_arg(arg)?;
        }
        caps.add_arg(&format!("--user-data-dir={}", profile.0.display()))?;
        caps.add_arg(&format!(
            "--window-size={},{}",
            viewport.width, viewport.height
        ))?;
        caps.set_browser_log_level(LoggingPrefsLogLevel::All)?;
        caps.set_logging_prefs("performance", LoggingPrefsLogLevel::All)?;
        let driver = WebDriver::managed(caps)
            .driver_binary(BrowserKind::Chrome, "/usr/bin/chromedriver")
            .offline()
            .stdio(StdioMode::Null)
            .await?;
        driver
            .cdp()
            .page()
            .add_script_to_evaluate_on_new_document(ERROR_HOOK)
            .await?;
        Ok(driver)
    }

    /// Fails, naming the engine and `what`, unless this is Chromium: for the helpers that need
    /// its DevTools protocol. Tests that need them run in Chromium only.
    fn needs_chromium(&self, what: &str) -> E2eResult {
        match self.engine {
            Engine::Chromium => Ok(()),
            other => {
                Err(format!("{what} needs Chromium's DevTools protocol, not {other:?}").into())
            }
        }
    }

    /// localStorage's value for `key` in the open page.
    pub async fn stored(&self, key: &str) -> E2eResult<Option<String>> {
        let value = self
            .driver
            .execute(
                "return window.localStorage.getItem(arguments[0])",
                vec![serde_json::json!(key)],
            )
            .await?;
        Ok(value.convert::<Option<String>>()?)
    }

    /// Sets localStorage's `key` in the open page.
    pub async fn store(&self, key: &str, value: &str) -> E2eResult {
        self.driver
            .execute(
                "window.localStorage.setItem(arguments[0], arguments[1])",
                vec![serde_json::json!(key), serde_json::json!(value)],
            )
            .await?;
        Ok(())
    }

    /// Picks a file holding `contents` in the history screen's "Import a file" input and waits
    /// for `outcome` to show. The file is removed only then, once the page has read it.
    pub async fn import_history_file(
        &self,
        name: &str,
        contents: &str,
        outcome: &str,
    ) -> E2eResult {
        let path = std::env::temp_dir().join(format!("glute-import-{}-{name}", std::process::id()));
        std::fs::write(&path, contents)?;
        let imported = async {
            let input = self.field("Import a file").await?;
            input.send_keys(path.display().to_string()).await?;
            self.wait_text(outcome).await?;
            E2eResult::Ok(())
        }
        .await;
        let _ = std::fs::remove_file(&path);
        imported
    }

    /// Makes downloads land in a new folder of the test (Chromium; DevTools), which
    /// [`Browser::downloaded`] then reads. Removed with the returned guard.
    pub async fn keep_downloads(&self, name: &str) -> E2eResult<Downloads> {
        let dir =
            std::env::temp_dir().join(format!("glute-downloads-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir)?;
        self.driver
            .cdp()
            .send_raw(
                "Browser.setDownloadBehavior",
                serde_json::json!({ "behavior": "allow", "downloadPath": dir.display().to_string() }),
            )
            .await?;
        Ok(Downloads(dir))
    }

    /// Every localStorage key of the open page.
    pub async fn stored_keys(&self) -> E2eResult<Vec<String>> {
        let value = self
            .driver
            .execute("return Object.keys(window.localStorage)", vec![])
            .await?;
        Ok(value.convert::<Vec<String>>()?)
    }

    /// Sets the page's viewport to exactly this many CSS pixels (window sizes include chrome).
    pub async fn set_viewport(&self, viewport: Viewport) -> E2eResult {
        if self.engine != Engine::Chromium {
            return engine::set_viewport(&self.driver, viewport).await;
        }
        self.driver
            .cdp()
            .send_raw(
                "Emulation.setDeviceMetricsOverride",
                serde_json::json!({
                    "width": viewport.width,
                    "height": viewport.height,
                    "deviceScaleFactor": 1,
                    "mobile": viewport.width < 600,
                }),
            )
            .await?;
        Ok(())
    }

    /// Saves the whole page, not just the viewport, to `target/screenshots/<name>.png` (in
    /// WebKit, which cannot capture beyond the viewport, what is in sight).
    pub async fn screenshot_full(&self, name: &str) -> E2eResult<PathBuf> {
        use base64::Engine as _;
        if self.engine != Engine::Chromium {
            let bytes = engine::screenshot_full(&self.driver, self.engine).await?;
            return save_screenshot(&self.shots, name, &bytes);
        }
        let shot = self
            .driver
            .cdp()
            .send_raw(
                "Page.captureScreenshot",
                serde_json::json!({ "format": "png", "captureBeyondViewport": true }),
            )
            .await?;
        let data = shot
            .get("data")
            .and_then(|d| d.as_str())
            .ok_or("the screenshot came back without data")?;
        let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
        save_screenshot(&self.shots, name, &bytes)
    }

    /// Opens a path of the served site, e.g. `""` or `"#/check/1"`.
    pub async fn goto(&self, path: &str) -> E2eResult {
        let url = format!(
            "{}/{}",
            self.base.trim_end_matches('/'),
            path.trim_start_matches('/')
        );
        self.driver.goto(url).await?;
        self.wait_app_started().await
    }

    /// Reloads the page and waits until the app has started again (see `wait_app_started`): the
    /// reloaded page shows its prerendered screen before the app takes it over.
    pub async fn reload(&self) -> E2eResult {
        self.driver.refresh().await?;
        self.wait_app_started().await
    }

    /// Waits until the wasm app has started. The welcome screen is in the HTML itself, so it can
    /// show before the app runs; the app then renders it again, which would leave a test holding
    /// elements that are gone. Trunk's loader sets `window.wasmBindings` once the app's `main`
    /// has run.
    pub async fn wait_app_started(&self) -> E2eResult {
        self.wait_for("the app to start", || async {
            Ok(self.app_started().await?.then_some(()))
        })
        .await
    }

    /// Whether the wasm app has started on the page shown now (see `wait_app_started`).
    pub async fn app_started(&self) -> E2eResult<bool> {
        let started = self
            .driver
            .execute("return window.wasmBindings !== undefined;", vec![])
            .await?;
        Ok(started.json().as_bool().unwrap_or(false))
    }

    /// Waits until `check` returns `Some`, polling; fails with `what` after `WAIT`.
    pub async fn wait_for<T, F, Fut>(&self, what: &str, mut check: F) -> E2eResult<T>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = E2eResult<Option<T>>>,
    {
        let start = Instant::now();
        loop {
            // A transient error (element replaced mid-read) is just "not yet".
            if let Ok(Some(value)) = check().await {
                return Ok(value);
            }
            if start.elapsed() > WAIT {
                return Err(format!("timed out after {WAIT:?} waiting for {what}").into());
            }
            tokio::time::sleep(POLL).await;
        }
    }

    /// The first element matching an XPath, once it is displayed.
    pub async fn wait_xpath(&self, what: &str, xpath: String) -> E2eResult<WebElement> {
        self.wait_for(what, || {
            let xpath = xpath.clone();
            async move {
                for el in self.driver.find_all(By::XPath(xpath)).await? {
                    if el.is_displayed().await? {
                        return Ok(Some(el));
                    }
                }
                Ok(None)
            }
        })
        .await
    }

    /// The main heading (`h1`) once it says `text`.
    pub async fn wait_heading(&self, text: &str) -> E2eResult<WebElement> {
        self.wait_xpath(
            &format!("a heading saying {text:?}"),
            format!(
                "//h1[contains(normalize-space(.), {})]",
                xpath_literal(text)
            ),
        )
        .await
    }

    /// Any visible element whose own text contains `text`.
    pub async fn wait_text(&self, text: &str) -> E2eResult<WebElement> {
        self.wait_xpath(
            &format!("text {text:?}"),
            format!(
                "//body//*[not(self::script)][contains(normalize-space(text()), {})]",
                xpath_literal(text)
            ),
        )
        .await
    }

    /// A button, or a link styled and named as one, by its visible name.
    pub async fn button(&self, name: &str) -> E2eResult<WebElement> {
        let lit = xpath_literal(name);
        self.wait_xpath(
            &format!("a button named {name:?}"),
            format!(
                "//button[normalize-space(.)={lit} or @aria-label={lit}] | //a[normalize-space(.)={lit} or @aria-label={lit}] | //input[(@type='submit' or @type='button') and @value={lit}]"
            ),
        )
        .await
    }

    pub async fn click_button(&self, name: &str) -> E2eResult {
        self.button(name).await?.click().await?;
        self.count_action();
        Ok(())
    }

    /// Counts one action of a person (see `actions`).
    pub fn count_action(&self) {
        self.actions
            .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }

    /// The actions counted so far.
    pub fn actions(&self) -> usize {
        self.actions.load(std::sync::atomic::Ordering::Relaxed)
    }

    /// The form control a `<label>` names, by the label's visible text (exact, then prefix).
    pub async fn field(&self, label: &str) -> E2eResult<WebElement> {
        let lit = xpath_literal(label);
        let label_el = self
            .wait_xpath(
                &format!("a label {label:?}"),
                format!("//label[normalize-space(.)={lit}] | //label[starts-with(normalize-space(.), {lit})]"),
            )
            .await?;
        if let Some(id) = label_el.attr("for").await? {
            return Ok(self.driver.find(By::Id(id)).await?);
        }
        Ok(label_el.find(By::Css("input, select, textarea")).await?)
    }

    /// Clears the labelled field and types `text` into it.
    pub async fn type_into(&self, label: &str, text: &str) -> E2eResult {
        let field = self.field(label).await?;
        field.clear().await?;
        field.send_keys(text).await?;
        self.count_action();
        Ok(())
    }

    /// The visible text of the whole page.
    pub async fn page_text(&self) -> E2eResult<String> {
        Ok(self.driver.find(By::Tag("body")).await?.text().await?)
    }

    /// The text of the element that has the keyboard focus.
    pub async fn focused_text(&self) -> E2eResult<String> {
        let ret = self
            .driver
            .execute(
                "return document.activeElement ? document.activeElement.textContent : ''",
                vec![],
            )
            .await?;
        Ok(ret.convert::<String>()?)
    }

    /// Waits until the focused element's text is `text`.
    pub async fn wait_focused(&self, text: &str) -> E2eResult {
        self.wait_for(&format!("the focus on {text:?}"), || async {
            Ok((self.focused_text().await? == text).then_some(()))
        })
        .await
    }

    /// The history screen's delete buttons, one per listed check, newest first.
    pub async fn entry_delete_buttons(&self) -> E2eResult<Vec<WebElement>> {
        Ok(self
            .driver
            .find_all(thirtyfour::By::XPath(
                "//li[contains(@class,'history-entry')]//button",
            ))
            .await?)
    }

    pub async fn screenshot(&self, name: &str) -> E2eResult<PathBuf> {
        let bytes = self.driver.screenshot_as_png().await?;
        save_screenshot(&self.shots, name, &bytes)
    }

    /// Makes the wasm fail to arrive from now on (`true`), as a dropped connection would, or lets
    /// it through again (`false`). In Chromium through its DevTools protocol; elsewhere the
    /// server refuses the wasm, and the page's service worker and caches are removed first, as
    /// on a first visit, so that they cannot answer instead.
    pub async fn block_wasm(&self, blocked: bool) -> E2eResult {
        if self.engine != Engine::Chromium {
            if blocked {
                self.forget_service_worker().await?;
            }
            self.faults.block_wasm.store(blocked, Ordering::SeqCst);
            return Ok(());
        }
        self.bypass_service_worker(blocked).await?;
        let urls: &[&str] = if blocked { &["*.wasm"] } else { &[] };
        let urls = serde_json::json!({ "urls": urls });
        self.driver
            .cdp()
            .send_raw("Network.setBlockedURLs", urls)
            .await?;
        Ok(())
    }

    /// Holds every request for the wasm unanswered from now on (`true`), as on a very slow
    /// connection: nothing fails, the app just does not start. `false` lets held and new
    /// requests through.
    pub async fn hold_wasm(&self, held: bool) -> E2eResult {
        self.needs_chromium("holding the wasm")?;
        self.bypass_service_worker(held).await?;
        let cdp = self.driver.cdp();
        if held {
            let patterns = serde_json::json!({ "patterns": [{ "urlPattern": "*.wasm" }] });
            cdp.send_raw("Fetch.enable", patterns).await?;
        } else {
            cdp.send_raw("Fetch.disable", serde_json::json!({})).await?;
        }
        Ok(())
    }

    /// While the network is tampered with, the service worker's cache must not answer instead.
    async fn bypass_service_worker(&self, bypass: bool) -> E2eResult {
        let cdp = self.driver.cdp();
        cdp.send_raw("Network.enable", serde_json::json!({}))
            .await?;
        let bypass = serde_json::json!({ "bypass": bypass });
        cdp.send_raw("Network.setBypassServiceWorker", bypass)
            .await?;
        Ok(())
    }

    /// Unregisters the page's service workers and empties its caches (a first visit again).
    pub async fn forget_service_worker(&self) -> E2eResult {
        self.driver
            .execute_async(
                r#"const done = arguments[0];
                const workers = navigator.serviceWorker
                  ? navigator.serviceWorker.getRegistrations().then(rs => Promise.all(rs.map(r => r.unregister())))
                  : Promise.resolve();
                const cached = window.caches
                  ? caches.keys().then(ks => Promise.all(ks.map(k => caches.delete(k))))
                  : Promise.resolve();
                Promise.all([workers, cached]).then(() => done(true), e => done(String(e)));"#,
                vec![],
            )
            .await?;
        Ok(())
    }

    /// Errors the page reported: in Chromium, SEVERE browser-log entries (console errors,
    /// uncaught exceptions, Rust panics through the panic hook); in every engine, whatever the
    /// error hook caught (in Firefox and WebKit it also keeps console.error).
    pub async fn page_errors(&self) -> E2eResult<Vec<String>> {
        let mut errors: Vec<String> = Vec::new();
        if self.engine == Engine::Chromium {
            errors.extend(
                self.driver
                    .browser_log()
                    .await?
                    .into_iter()
                    .filter(|e| e.level == "SEVERE")
                    .map(|e| e.message),
            );
        }
        if let Ok(ret) = self
            .driver
            .execute("return window.__e2eErrors || []", vec![])
            .await
        {
            errors.extend(ret.convert::<Vec<String>>().unwrap_or_default());
        }
        Ok(errors)
    }
}

/// Quotes a string for XPath 1.0, which has no escape for quotes.
pub fn xpath_literal(s: &str) -> String {
    if !s.contains('\'') {
        format!("'{s}'")
    } else if !s.contains('"') {
        format!("\"{s}\"")
    } else {
        let parts: Vec<String> = s.split('\'').map(|p| format!("'{p}'")).collect();
        format!("concat({})", parts.join(", \"'\", "))
    }
}

fn save_screenshot(dir: &Path, name: &str, png: &[u8]) -> E2eResult<PathBuf> {
    let path = dir.join(format!("{name}.png"));
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(&path, png)?;
    Ok(path)
}

/// What a test runs against.
pub struct Setup {
    /// The browser engine (Chromium unless the test says otherwise).
    pub engine: Engine,
    /// Screenshots into `target/screenshots/<engine>/` (set by `in_engine`).
    pub engine_screens: bool,
    /// The folder the server serves (default: the built `dist/`).
    pub root: PathBuf,
    /// Script run in the page before the app's own, on every load (to inject faults).
    pub init_script: Option<&'static str>,
    /// The page opened first, relative to the served root.
    pub start: String,
    pub viewport: Viewport,
}

impl Setup {
    /// The default set-up, in a window of the given size.
    pub fn at(viewport: Viewport) -> Setup {
        Setup {
            viewport,
            ..Setup::default()
        }
    }

    /// This set-up in `engine`, for a flow that runs in every engine (`every_engine!`): its
    /// screenshots go to `target/screenshots/<engine>/`.
    pub fn in_engine(self, engine: Engine) -> Setup {
        Setup {
            engine,
            engine_screens: true,
            ..self
        }
    }
}

impl Default for Setup {
    fn default() -> Setup {
        Setup {
            engine: Engine::Chromium,
            engine_screens: false,
            root: dist_dir(),
            init_script: None,
            start: String::new(),
            viewport: LAPTOP,
        }
    }
}

/// Runs one end-to-end test in its own server, chromedriver and browser profile. On failure it
/// saves `target/screenshots/<name>-failure.png`; it fails when the page logged errors.
pub async fn e2e<F, Fut>(name: &str, setup: Setup, test: F) -> E2eResult
where
    F: FnOnce(Browser) -> Fut,
    Fut: Future<Output = E2eResult> + Send + 'static,
{
    // Chromium runs the init script through its DevTools protocol; the others get it from the
    // server, inside every page (see `StaticServer::start_with`).
    let served_script = (setup.engine != Engine::Chromium).then(|| {
        format!(
            "{ERROR_HOOK}{CONSOLE_ERROR_HOOK}{}",
            setup.init_script.unwrap_or_default()
        )
    });
    let server = StaticServer::start_with(&setup.root, served_script).await?;
    let profile = Profile::new();
    let mut browser = Browser::launch(
        setup.engine,
        server.url(""),
        server.faults.clone(),
        &profile,
        setup.viewport,
    )
    .await?;
    if setup.engine_screens {
        browser.shots = screenshot_dir().join(setup.engine.name());
    }
    let outcome = async {
        if let (Engine::Chromium, Some(script)) = (setup.engine, setup.init_script) {
            browser
                .driver
                .cdp()
                .page()
                .add_script_to_evaluate_on_new_document(script)
                .await?;
        }
        browser.goto(&setup.start).await?;
        // The body runs in its own task so that a failed assertion (a panic) still lets the
        // harness take the screenshot and quit the browser.
        match tokio::spawn(test(browser.clone())).await {
            Ok(result) => result,
            Err(join) => Err(format!("the test panicked: {}", panic_text(join)).into()),
        }
    }
    .await;
    let outcome = match outcome {
        Ok(()) => match browser.page_errors().await {
            Ok(errors) if errors.is_empty() => Ok(()),
            Ok(errors) => Err(format!("the page logged errors:\n  {}", errors.join("\n  ")).into()),
            Err(e) => Err(e),
        },
        Err(e) => Err(e),
    };
    if outcome.is_err() {
        if let Ok(path) = browser.screenshot(&format!("{name}-failure")).await {
            eprintln!("screenshot of the failure: {}", path.display());
        }
        if let Ok(errors) = browser.page_errors().await {
            for e in errors {
                eprintln!("page error: {e}");
            }
        }
    }
    let _ = browser.driver.clone().quit().await;
    outcome
}

fn panic_text(join: tokio::task::JoinError) -> String {
    match join.try_into_panic() {
        Ok(payload) => payload
            .downcast_ref::<String>()
            .cloned()
            .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
            .unwrap_or_else(|| "(no message)".into()),
        Err(e) => e.to_string(),
    }
}

/// Copies a folder tree (used to place `dist/` inside a subfolder).
pub fn copy_dir(from: &Path, to: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(to)?;
    for entry in std::fs::read_dir(from)? {
        let entry = entry?;
        let target = to.join(entry.file_name());
        if entry.file_type()?.is_dir() {
            copy_dir(&entry.path(), &target)?;
        } else {
            std::fs::copy(entry.path(), target)?;
        }
    }
    Ok(())
}
