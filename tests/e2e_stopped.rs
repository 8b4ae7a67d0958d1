#![cfg(not(target_arch = "wasm32"))]
//! When the app cannot start (its wasm never arrives) or stops (a WebAssembly trap, which is what
//! a Rust panic becomes in the release build), the page says so and offers a reload, instead of
//! leaving a screen that silently does nothing. The notice is written into index.html at build
//! time and revealed by the page's own script, so it works when the app does not.

mod common;

use common::{e2e, Browser, E2eResult, Engine, Setup};

/// Keeps the wasm instance's exports when the app starts, so a test can make it trap.
const KEEP_WASM_EXPORTS: &str =
    "addEventListener('TrunkApplicationStarted', e => { window.__wasm = e.detail.wasm; });";

/// Whether the notice is in sight (displayed, with its top in the window), whether it has the
/// focus, and its text.
async fn stopped_notice(page: &Browser) -> E2eResult<(bool, bool, String)> {
    Ok(page
        .driver
        .execute(
            "const n = document.getElementById('app-stopped');
             const top = n && n.getBoundingClientRect().top;
             return n ? [getComputedStyle(n).display !== 'none' && top >= 0 && top < innerHeight,
                         document.activeElement === n,
                         n.innerText] : [false, false, 'missing'];",
            vec![],
        )
        .await?
        .convert()?)
}

/// After "Reload the page": waits for the new page, with the app started and no notice (the old
/// page had the notice and a started app, so neither alone tells the pages apart).
async fn wait_reloaded(page: &Browser) -> E2eResult {
    page.wait_for("the reloaded app, without the notice", || async {
        let started = page.app_started().await?;
        let (shown, _, _) = stopped_notice(page).await?;
        Ok((started && !shown).then_some(()))
    })
    .await
}

/// Waits until the notice is in sight; returns its text and whether it has the focus.
async fn wait_stopped_notice(page: &Browser) -> E2eResult<(String, bool)> {
    page.wait_for("the stopped notice", || async {
        let (shown, focused, text) = stopped_notice(page).await?;
        Ok(shown.then_some((text, focused)))
    })
    .await
}

/// Checks that the page's errors are all the one this test caused (each names `cause`), then
/// forgets them, so that the harness does not fail the test on them.
async fn expect_only_errors_of(page: &Browser, cause: &str) -> E2eResult {
    let errors = page.page_errors().await?;
    // Engines differ in letter case ("unreachable", "Unreachable code ...").
    let cause = cause.to_lowercase();
    assert!(
        !errors.is_empty() && errors.iter().all(|e| e.to_lowercase().contains(&cause)),
        "only errors of {cause:?}: {errors:?}"
    );
    page.driver
        .execute("window.__e2eErrors = [];", vec![])
        .await?;
    Ok(())
}

every_engine!(a_page_that_cannot_start_says_so_and_a_reload_recovers);
async fn a_page_that_cannot_start_says_so_and_a_reload_recovers(engine: Engine) -> E2eResult {
    e2e(
        "stopped-no-wasm",
        Setup::default().in_engine(engine),
        |page| async move {
            let (shown, _, text) = stopped_notice(&page).await?;
            assert!(!shown, "no notice while all is well, but: {text}");
            assert!(
                text.contains("This page has stopped working"),
                "the notice is built in: {text}"
            );

            // The wasm never arrives (a dropped connection on a first visit).
            page.block_wasm(true).await?;
            page.driver.refresh().await?;
            let (text, focused) = wait_stopped_notice(&page).await?;
            assert!(
                focused,
                "the notice takes the focus, so it is read out and scrolled to"
            );
            page.screenshot("stopped-notice").await?;
            for said in [
                "This page has stopped working",
                "if you are offline, reload once you are back online",
                "The checks you saved are still on this device",
                "Reload the page",
            ] {
                assert!(text.contains(said), "the notice says {said:?}: {text}");
            }
            // The welcome screen is still there to read.
            page.wait_heading("Glute Check").await?;
            // Each engine words the failed load its own way.
            let cause = match page.engine {
                Engine::Chromium => "Failed to fetch",
                Engine::Firefox | Engine::WebKit => "",
            };
            let errors = page.page_errors().await?;
            println!("{:?} reported: {errors:?}", page.engine);
            assert!(
                !errors.is_empty() && errors.iter().all(|e| e.contains(cause)),
                "only the blocked wasm's fetch failed: {errors:?}"
            );

            // Back online: the notice's button reloads, and the app starts.
            page.block_wasm(false).await?;
            page.click_button("Reload the page").await?;
            wait_reloaded(&page).await?;
            page.click_button("Start the check").await?;
            page.wait_heading("About you").await?;
            Ok(())
        },
    )
    .await
}

every_engine!(an_app_that_stops_on_an_error_says_so_and_keeps_the_saved_checks);
async fn an_app_that_stops_on_an_error_says_so_and_keeps_the_saved_checks(
    engine: Engine,
) -> E2eResult {
    let setup = Setup {
        init_script: Some(KEEP_WASM_EXPORTS),
        ..Setup::default()
    };
    e2e("stopped-trap", setup.in_engine(engine), |page| async move {
        page.store("glute-check-marker", "kept").await?;
        page.click_button("Start the check").await?;
        page.wait_heading("About you").await?;
        let (shown, _, _) = stopped_notice(&page).await?;
        assert!(!shown, "no notice while the app runs");

        // A real trap inside the app's wasm, from a task of its own, as a panic would be: the
        // allocator is asked for an impossible alignment and aborts. The export itself is the
        // timer's callback (in Firefox, what a WebDriver script's own callback throws never
        // reaches the page).
        page.driver
            .execute(
                "setTimeout(window.__wasm.__wbindgen_malloc, 0, 8, 3);",
                vec![],
            )
            .await?;
        let (_, focused) = wait_stopped_notice(&page).await?;
        assert!(focused, "the notice takes the focus");
        // The trap is the only error, and it was this test's doing.
        expect_only_errors_of(&page, "unreachable").await?;
        assert_eq!(
            page.stored("glute-check-marker").await?.as_deref(),
            Some("kept"),
            "stored data is untouched"
        );

        page.click_button("Reload the page").await?;
        wait_reloaded(&page).await?;
        page.wait_heading("About you").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_browser_without_webassembly_is_told_so_instead_of_offered_a_reload() -> E2eResult {
    e2e(
        "stopped-no-webassembly",
        Setup::default(),
        |page| async move {
            // As in Lockdown Mode on Apple devices: the browser has no WebAssembly at all.
            page.driver
                .cdp()
                .page()
                .add_script_to_evaluate_on_new_document("delete window.WebAssembly;")
                .await?;
            page.driver.refresh().await?;
            let (text, focused) = wait_stopped_notice(&page).await?;
            assert!(focused, "the notice takes the focus");
            page.screenshot("stopped-no-webassembly").await?;
            for said in [
                "This browser cannot run this page",
                "Lockdown Mode",
                "another browser or on another device",
            ] {
                assert!(text.contains(said), "the notice says {said:?}: {text}");
            }
            for not_said in ["Reload the page", "This page has stopped working"] {
                assert!(
                    !text.contains(not_said),
                    "no reload is offered, it cannot help: {text}"
                );
            }
            // The welcome screen is still there to read.
            page.wait_heading("Glute Check").await?;
            expect_only_errors_of(&page, "WebAssembly").await?;
            // Start, pressed anyway, does not promise that the page is opening.
            page.click_button("Start the check").await?;
            let loading: String = page
                .driver
                .execute(
                    "return getComputedStyle(document.querySelector('.app-loading')).display;",
                    vec![],
                )
                .await?
                .convert()?;
            assert_eq!(loading, "none", "no endless \"Opening the page\"");
            let (shown, _, _) = stopped_notice(&page).await?;
            assert!(shown, "the notice stays in sight");
            Ok(())
        },
    )
    .await
}
