//! Whole assessments in headless Chromium against the built dist/, as a person would do them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assessment::{mild_case, red_flag_case};
use common::{e2e, E2eResult, Setup};

#[tokio::test(flavor = "multi_thread")]
async fn a_mild_case_reaches_results_and_the_plan() -> E2eResult {
    e2e(
        "mild-case",
        Setup {
            start: "#/check/1".into(),
            ..Setup::default()
        },
        |page| async move {
            page.complete_assessment(&mild_case()).await?;
            page.wait_heading("Your results").await?;
            page.wait_text("First noticeable change").await?;
            page.screenshot("results-laptop").await?;
            page.click_button("See my exercise plan").await?;
            page.wait_heading("Your exercise plan").await?;
            page.screenshot("plan-laptop").await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_red_flag_stops_the_flow_with_no_plan() -> E2eResult {
    e2e(
        "red-flag",
        Setup {
            start: "#/check/1".into(),
            ..Setup::default()
        },
        |page| async move {
            page.complete_assessment(&red_flag_case()).await?;
            page.wait_heading("Please get medical help now").await?;
            let text = page.page_text().await?;
            assert!(text.contains("emergency"), "says what to do now: {text}");
            assert!(!text.contains("Phase 1"), "shows no plan: {text}");
            page.screenshot("stop-laptop").await?;
            Ok(())
        },
    )
    .await
}
