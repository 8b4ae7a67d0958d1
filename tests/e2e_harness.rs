//! The harness itself: a test whose page logs an error or throws must fail, with a screenshot.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{e2e, E2eResult, Engine, Setup};

// In every engine: a green test in Firefox or WebKit means as much as one in Chromium.
every_engine!(a_page_error_fails_the_test_and_leaves_a_screenshot);
async fn a_page_error_fails_the_test_and_leaves_a_screenshot(engine: Engine) -> E2eResult {
    let setup = Setup::default().in_engine(engine);
    let outcome = e2e("harness-console-error", setup, |page| async move {
        page.wait_heading("Glute Check").await?;
        page.driver
            .execute("window.__e2eThrowLater('boom from the page'); console.error('logged by the page');", vec![])
            .await?;
        page.wait_for("the thrown error to be recorded", || async {
            let ret = page
                .driver
                .execute("return window.__e2eErrors.some(e => e.includes('boom'))", vec![])
                .await?;
            Ok(ret.convert::<bool>()?.then_some(()))
        })
        .await
    })
    .await;
    let message = outcome
        .expect_err("errors on the page must fail the test")
        .to_string();
    assert!(message.contains("boom from the page"), "{message}");
    assert!(message.contains("logged by the page"), "{message}");
    let shot = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/screenshots")
        .join(engine.name())
        .join("harness-console-error-failure.png");
    assert!(shot.exists(), "a failure screenshot at {}", shot.display());
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn a_missing_element_times_out_with_a_clear_message() -> E2eResult {
    let outcome = e2e("harness-missing", Setup::default(), |page| async move {
        page.click_button("A button that does not exist").await
    })
    .await;
    let message = outcome.expect_err("a missing button must fail").to_string();
    assert!(
        message.contains("A button that does not exist"),
        "{message}"
    );
    Ok(())
}
