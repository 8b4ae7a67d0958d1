//! The browser engines the end-to-end tests run in, besides Chromium: Firefox (Debian's ESR,
//! through geckodriver) and WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver under a
//! virtual display), both over plain W3C WebDriver. `./run test` installs them.

use std::process::Stdio;
use std::time::{Duration, Instant};

use thirtyfour::prelude::*;
use thirtyfour::Capabilities;

use super::{E2eResult, Viewport};

pub const FIREFOX_BINARY: &str = "/usr/bin/firefox-esr";
pub const WEBKIT_MINIBROWSER: &str = "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";

/// A browser engine, as the tests name it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Engine {
    Chromium,
    Firefox,
    WebKit,
}

impl Engine {
    /// The folder name of its screenshots, and the name of its generated test.
    pub fn name(self) -> &'static str {
        match self {
            Engine::Chromium => "chromium",
            Engine::Firefox => "firefox",
            Engine::WebKit => "webkit",
        }
    }
}

/// One test per engine from one body: `every_engine!(flow);` turns `async fn flow(engine: Engine)
/// -> E2eResult` into the tests `flow::chromium`, `flow::firefox` and `flow::webkit`. An engine
/// that cannot run the flow is named with its reason, `every_engine!(flow, webkit = "why");`:
/// its test is then ignored with that reason, so the run prints it and counts it as skipped.
#[macro_export]
macro_rules! every_engine {
    ($flow:ident $(, $skip:ident = $why:literal)* $(,)?) => {
        mod $flow {
            $crate::every_engine!(@test $flow chromium Chromium $(, $skip = $why)*);
            $crate::every_engine!(@test $flow firefox Firefox $(, $skip = $why)*);
            $crate::every_engine!(@test $flow webkit WebKit $(, $skip = $why)*);
        }
    };
    (@test $flow:ident $name:ident $engine:ident $(, $skip:ident = $why:literal)*) => {
        $crate::every_engine!(@pick $flow $name $engine [] $(, $skip = $why)*);
    };
    // Finds the reason given for this engine, if any.
    (@pick $flow:ident $name:ident $engine:ident [$($found:literal)?]) => {
        $(#[ignore = $found])?
        #[tokio::test(flavor = "multi_thread")]
        async fn $name() -> $crate::common::E2eResult {
            super::$flow($crate::common::Engine::$engine).await
        }
    };
    (@pick $flow:ident chromium $engine:ident [$($found:literal)?], chromium = $why:literal $(, $skip:ident = $rest:literal)*) => {
        $crate::every_engine!(@pick $flow chromium $engine [$why] $(, $skip = $rest)*);
    };
    (@pick $flow:ident firefox $engine:ident [$($found:literal)?], firefox = $why:literal $(, $skip:ident = $rest:literal)*) => {
        $crate::every_engine!(@pick $flow firefox $engine [$why] $(, $skip = $rest)*);
    };
    (@pick $flow:ident webkit $engine:ident [$($found:literal)?], webkit = $why:literal $(, $skip:ident = $rest:literal)*) => {
        $crate::every_engine!(@pick $flow webkit $engine [$why] $(, $skip = $rest)*);
    };
    (@pick $flow:ident $name:ident $engine:ident [$($found:literal)?], $other:ident = $why:literal $(, $skip:ident = $rest:literal)*) => {
        $crate::every_engine!(@pick $flow $name $engine [$($found)?] $(, $skip = $rest)*);
    };
}

/// A driver process (geckodriver, or xvfb-run with WebKitWebDriver) in its own process group,
/// so that dropping it stops the driver, the browser it started and the virtual display.
pub struct DriverProcess {
    child: tokio::process::Child,
}

impl Drop for DriverProcess {
    fn drop(&mut self) {
        if let Some(pid) = self.child.id() {
            let _ = std::process::Command::new("kill")
                .args(["-TERM", "--", &format!("-{pid}")])
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status();
        }
        let _ = self.child.start_kill();
    }
}

fn free_port() -> E2eResult<u16> {
    Ok(std::net::TcpListener::bind("127.0.0.1:0")?
        .local_addr()?
        .port())
}

async fn spawn_driver(program: &str, args: &[String], port: u16) -> E2eResult<DriverProcess> {
    let child = tokio::process::Command::new(program)
        .args(args)
        .process_group(0)
        .kill_on_drop(true)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| format!("could not start {program} (./run test installs it): {e}"))?;
    let process = DriverProcess { child };
    let start = Instant::now();
    while tokio::net::TcpStream::connect(("127.0.0.1", port))
        .await
        .is_err()
    {
        if start.elapsed() > Duration::from_secs(30) {
            return Err(format!("{program} did not listen on port {port} within 30 s").into());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    Ok(process)
}

/// Starts `engine` (not Chromium) with a fresh profile, in a window of about `viewport`.
pub async fn launch(engine: Engine, viewport: Viewport) -> E2eResult<(WebDriver, DriverProcess)> {
    let port = free_port()?;
    let mut caps = Capabilities::new();
    let process = match engine {
        Engine::Firefox => {
            caps.set("browserName", "firefox")?;
            caps.set(
                "moz:firefoxOptions",
                serde_json::json!({
                    "binary": FIREFOX_BINARY,
                    "args": ["-headless", format!("--width={}", viewport.width),
                             format!("--height={}", viewport.height)],
                    // Nothing of its own on the (closed) network.
                    "prefs": {
                        "app.update.enabled": false,
                        "browser.safebrowsing.malware.enabled": false,
                        "browser.safebrowsing.phishing.enabled": false,
                        "network.captive-portal-service.enabled": false,
                        "network.connectivity-service.enabled": false,
                        "extensions.update.enabled": false,
                        "datareporting.policy.dataSubmissionEnabled": false,
                        "toolkit.telemetry.enabled": false,
                    },
                }),
            )?;
            let args = ["--host", "127.0.0.1", "--port", &port.to_string()].map(String::from);
            spawn_driver("geckodriver", &args, port).await?
        }
        Engine::WebKit => {
            caps.set("browserName", "MiniBrowser")?;
            caps.set(
                "webkitgtk:browserOptions",
                serde_json::json!({ "binary": WEBKIT_MINIBROWSER, "args": ["--automation"] }),
            )?;
            // MiniBrowser needs a display even when automated: a virtual one of its own.
            let args = [
                "-a".to_string(),
                "-s".into(),
                "-screen 0 1600x1200x24".into(),
                "WebKitWebDriver".into(),
                format!("--port={port}"),
            ];
            spawn_driver("xvfb-run", &args, port).await?
        }
        Engine::Chromium => return Err("Chromium is launched by the harness itself".into()),
    };
    let driver = WebDriver::new(format!("http://127.0.0.1:{port}"), caps).await?;
    Ok((driver, process))
}

/// Sizes the window so that the page's viewport is `viewport` (a window's size includes its
/// frame and toolbars, which differ by engine).
pub async fn set_viewport(driver: &WebDriver, viewport: Viewport) -> E2eResult {
    let (mut width, mut height) = (viewport.width, viewport.height);
    for _ in 0..3 {
        driver.set_window_rect(0, 0, width, height).await?;
        let inner: Vec<u32> = driver
            .execute("return [window.innerWidth, window.innerHeight];", vec![])
            .await?
            .convert()?;
        let [inner_width, inner_height] = inner[..] else {
            return Err("no window size".into());
        };
        if inner_width == viewport.width && inner_height == viewport.height {
            return Ok(());
        }
        width = (width + viewport.width).saturating_sub(inner_width);
        height = (height + viewport.height).saturating_sub(inner_height);
    }
    Ok(())
}

/// A screenshot of the whole page where the engine can take one (Firefox), else of what is in
/// sight (WebKit's driver captures the viewport only).
pub async fn screenshot_full(driver: &WebDriver, engine: Engine) -> E2eResult<Vec<u8>> {
    if engine == Engine::Firefox {
        let tools =
            thirtyfour::extensions::addons::firefox::FirefoxTools::new(driver.handle().clone());
        if let Ok(png) = tools.full_screenshot_as_png().await {
            return Ok(png);
        }
    }
    Ok(driver.screenshot_as_png().await?)
}
