#![cfg(not(target_arch = "wasm32"))]
//! The first screen paints from the HTML alone: the welcome screen is prerendered into
//! index.html at build time, from the app's own components. These tests show that it is there
//! with no script at all, that the app takes it over without anything moving, that an address
//! naming another screen never flashes the welcome screen first, and that pressing Start before
//! the app runs says that the page is opening.

mod common;

use common::{e2e, Browser, E2eResult, Engine, Setup};
use serde_json::{json, Value};

/// Records, as early as the page allows, what the first `<main>` showed and whether it was
/// visible, and adds up every layout shift of the visit.
const OBSERVE_FIRST_PAINT: &str = r#"
window.__layoutShift = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) if (!e.hadRecentInput) window.__layoutShift += e.value;
}).observe({ type: 'layout-shift', buffered: true });
new MutationObserver((_, observer) => {
  const main = document.getElementById('main');
  const heading = main && main.querySelector('h1');
  if (heading && !window.__firstMain) {
    const style = getComputedStyle(main);
    window.__firstMain = [heading.textContent,
      style.display !== 'none' && style.visibility === 'visible', !!window.wasmBindings];
  }
  const loading = document.querySelector('.app-loading');
  if (loading && window.__loadingShown === undefined) {
    window.__loadingShown = getComputedStyle(loading).display !== 'none';
  }
  if (window.__firstMain && window.__loadingShown !== undefined) observer.disconnect();
}).observe(document, { childList: true, subtree: true });
"#;

/// What `OBSERVE_FIRST_PAINT` saw: the first `<main>` (its heading, whether it was in sight,
/// whether the app had started) and whether the "Opening the page" line was in sight.
async fn first_paint(page: &Browser) -> E2eResult<(Vec<Value>, Value)> {
    let seen: Vec<Value> = page
        .driver
        .execute(
            "return [window.__firstMain || [], window.__loadingShown];",
            vec![],
        )
        .await?
        .convert()?;
    match seen.as_slice() {
        [main, loading] => Ok((
            main.as_array().cloned().unwrap_or_default(),
            loading.clone(),
        )),
        _ => Err(format!("nothing observed: {seen:?}").into()),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn the_welcome_screen_shows_with_no_script_at_all() -> E2eResult {
    e2e(
        "first-paint-no-script",
        Setup::default(),
        |page| async move {
            page.driver
                .cdp()
                .send_raw(
                    "Emulation.setScriptExecutionDisabled",
                    json!({ "value": true }),
                )
                .await?;
            page.driver.refresh().await?;
            let started: Value = page
                .driver
                .cdp()
                .send_raw(
                    "Runtime.evaluate",
                    json!({ "expression": "typeof window.wasmBindings" }),
                )
                .await?;
            assert_eq!(
                started["result"]["value"],
                json!("undefined"),
                "no script ran, so the app never started: {started}"
            );
            page.wait_heading("Glute Check").await?;
            page.wait_text("This is not a diagnosis").await?;
            page.wait_text("call your local emergency number now")
                .await?;
            page.wait_text("Nothing is sent anywhere").await?;
            let start = page.button("Start the check").await?;
            assert!(start.is_displayed().await?, "the start link is visible");
            assert_eq!(
                start.attr("href").await?.as_deref(),
                Some("#/check/1"),
                "it leads to the first step once the app runs"
            );
            page.screenshot("first-paint-no-script").await?;
            Ok(())
        },
    )
    .await
}

every_engine!(the_app_takes_over_the_prerendered_screen_without_a_shift);
async fn the_app_takes_over_the_prerendered_screen_without_a_shift(engine: Engine) -> E2eResult {
    let setup = Setup {
        init_script: Some(OBSERVE_FIRST_PAINT),
        ..Setup::default()
    };
    e2e("first-paint-takeover", setup.in_engine(engine), |page| async move {
        let (first, loading) = first_paint(&page).await?;
        assert_eq!(
            first,
            vec![
                json!("Glute CheckA private self-check for “dead butt syndrome”"),
                json!(true),
                json!(false)
            ],
            "the welcome screen was there and visible before the app had started"
        );
        assert_eq!(loading, json!(false), "no loading line on the welcome screen");
        // The markup in index.html is the markup the app renders (attributes in any order).
        let same: Vec<Value> = page
            .driver
            .execute_async(
                r#"const done = arguments[0];
                const meaningful = root => [...root.childNodes].filter(n =>
                  n.nodeName !== 'NOSCRIPT' && !(n.classList && n.classList.contains('app-loading'))
                  && !(n.nodeType === 3 && !n.textContent.trim()));
                fetch('./index.html').then(r => r.text()).then(html => {
                  const doc = new DOMParser().parseFromString(html, 'text/html');
                  const built = meaningful(doc.getElementById('app'));
                  const live = meaningful(document.getElementById('app'));
                  done([built.length, live.length,
                        built.length > 0 && built.every((n, i) => live[i] && n.isEqualNode(live[i]))]);
                }, e => done(['failed: ' + e]));"#,
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(
            same,
            vec![json!(2), json!(2), json!(true)],
            "header and main are the same nodes before and after"
        );
        // Two frames after the app rendered: any shift it caused has been recorded.
        let shift: f64 = page
            .driver
            .execute_async(
                r#"const done = arguments[0];
                requestAnimationFrame(() => requestAnimationFrame(() => done(window.__layoutShift)));"#,
                vec![],
            )
            .await?
            .convert()?;
        // Only Chromium reports layout shifts (the Layout Instability API); elsewhere the
        // identical nodes above are what shows that nothing moved.
        let measurable: bool = page
            .driver
            .execute(
                "return PerformanceObserver.supportedEntryTypes.includes('layout-shift');",
                vec![],
            )
            .await?
            .convert()?;
        if measurable {
            println!("cumulative layout shift while the app took over: {shift}");
            assert!(shift <= 0.02, "CLS {shift} is at most 0.02");
        } else {
            let engine = page.engine;
            println!("{engine:?} does not report layout shifts: CLS not measured in this engine");
        }
        // And the screen works: the start link now leads into the check.
        page.click_button("Start the check").await?;
        page.wait_heading("About you").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn another_screen_in_the_address_never_flashes_the_welcome_screen() -> E2eResult {
    let setup = Setup {
        init_script: Some(OBSERVE_FIRST_PAINT),
        start: "#/history".into(),
        ..Setup::default()
    };
    e2e("first-paint-deep-link", setup, |page| async move {
        let (first, loading) = first_paint(&page).await?;
        assert_eq!(
            first.get(1),
            Some(&json!(false)),
            "the prerendered welcome screen was out of sight: {first:?}"
        );
        assert_eq!(loading, json!(true), "a line said the page was on its way");
        page.wait_heading("Your history").await?;
        let shown: Vec<Value> = page
            .driver
            .execute(
                "const main = getComputedStyle(document.getElementById('main'));
                 return [main.display !== 'none' && main.visibility === 'visible',
                         document.querySelectorAll('.app-loading').length];",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(
            shown,
            vec![json!(true), json!(0)],
            "the app's screen is shown, and the loading line is gone"
        );
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn start_pressed_before_the_app_runs_says_the_page_is_opening() -> E2eResult {
    e2e(
        "first-paint-early-start",
        Setup::default(),
        |page| async move {
            // A phone still waiting for the wasm: here it is held, neither sent nor failed.
            page.hold_wasm(true).await?;
            page.driver.refresh().await?;
            page.wait_heading("Glute Check").await?;
            page.click_button("Start the check").await?;
            let seen: Vec<Value> = page
                .driver
                .execute(
                    "const loading = document.querySelector('.app-loading');
                 return [document.documentElement.className,
                         getComputedStyle(document.getElementById('main')).display,
                         loading ? getComputedStyle(loading).display : 'missing',
                         loading ? loading.textContent : '',
                         typeof window.wasmBindings];",
                    vec![],
                )
                .await?
                .convert()?;
            assert_eq!(
                seen,
                vec![
                    json!("deep"),
                    json!("none"),
                    json!("block"),
                    json!("Opening the page…"),
                    json!("undefined")
                ],
                "the welcome screen made way for the loading line, with the app not started"
            );
            // Waiting is not failing: no "stopped" notice. Once the wasm arrives, the app opens
            // the step that was asked for, with no reload.
            let stopped: bool = page
                .driver
                .execute(
                    "return !document.getElementById('app-stopped').hidden;",
                    vec![],
                )
                .await?
                .convert()?;
            assert!(!stopped, "a slow wasm is not a stopped page");
            page.hold_wasm(false).await?;
            page.wait_heading("About you").await?;
            Ok(())
        },
    )
    .await
}
