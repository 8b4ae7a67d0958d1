//! A screenshot of every screen at phone (390x844) and laptop (1280x800) sizes, saved to
//! `target/screenshots/` for review, and a dark-mode pass. Each screen is also checked for the
//! things a person needs on it.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assessment::{mild_case, SAFETY_STEP};
use common::{e2e, Browser, E2eResult, Setup, Viewport, LAPTOP, PHONE};

async fn tour(page: Browser, size: &'static str) -> E2eResult {
    let p = mild_case();
    let shot = |name: &str| format!("screen-{size}-{name}");
    page.wait_heading("Glute Check").await?;
    page.screenshot_full(&shot("01-welcome")).await?;
    page.click_button("Start the check").await?;
    page.wait_heading("About you").await?;
    // An untouched step refused, to see the error summary.
    page.next_step("About you").await?;
    page.wait_text("Please check").await?;
    page.screenshot_full(&shot("02-step-errors")).await?;

    page.fill_about_you(&p).await?;
    page.fill_sitting(&p).await?;
    page.screenshot_full(&shot("03-step1-about-you")).await?;
    page.next_step("How you feel").await?;
    page.fill_symptoms(&p).await?;
    page.fill_history(&p).await?;
    page.screenshot_full(&shot("05-step2-symptoms")).await?;
    page.next_step("Self-tests at home").await?;
    page.fill_self_tests(&p).await?;
    page.screenshot_full(&shot("07-step3-self-tests")).await?;
    page.next_step(SAFETY_STEP).await?;
    page.fill_conditions(&p).await?;
    page.fill_red_flags(&p).await?;
    page.fill_commitment(&p).await?;
    page.screenshot_full(&shot("09-step4-safety-and-plan"))
        .await?;
    page.next_step("Your results").await?;
    page.screenshot_full(&shot("11-results")).await?;
    page.click_button("See my exercise plan").await?;
    page.wait_heading("Your exercise plan").await?;
    page.screenshot_full(&shot("12-plan")).await?;

    // Change one safety answer to reach the stop screen.
    page.reach_stop_from_safety_step().await?;
    page.screenshot_full(&shot("13-stop")).await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_at_phone_size() -> E2eResult {
    e2e("screens-phone", Setup::at(PHONE), |page| {
        tour(page, "phone")
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_at_laptop_size() -> E2eResult {
    e2e("screens-laptop", Setup::at(LAPTOP), |page| {
        tour(page, "laptop")
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn every_screen_in_dark_mode_at_phone_size() -> E2eResult {
    e2e("screens-dark", Setup::at(PHONE), |page| async move {
        page.driver
            .cdp()
            .send_raw(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "features": [{ "name": "prefers-color-scheme", "value": "dark" }] }),
            )
            .await?;
        tour(page, "phone-dark").await
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn nothing_is_wider_than_a_320_px_screen() -> E2eResult {
    e2e(
        "narrow",
        Setup::at(Viewport {
            width: 320,
            height: 640,
        }),
        |page| async move {
            let p = mild_case();
            page.wait_heading("Glute Check").await?;
            assert_no_horizontal_scroll(&page, "welcome").await?;
            page.click_button("Start the check").await?;
            page.complete_assessment(&p).await?;
            page.wait_heading("Your results").await?;
            assert_no_horizontal_scroll(&page, "results").await?;
            page.screenshot_full("screen-320-results").await?;
            page.click_button("See my exercise plan").await?;
            page.wait_heading("Your exercise plan").await?;
            assert_no_horizontal_scroll(&page, "plan").await?;
            Ok(())
        },
    )
    .await
}

async fn assert_no_horizontal_scroll(page: &Browser, screen: &str) -> E2eResult {
    let (scroll, client): (i64, i64) = page
        .driver
        .execute(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth]",
            vec![],
        )
        .await?
        .convert()?;
    assert!(
        scroll <= client,
        "{screen}: the page is {scroll} px wide in a {client} px screen"
    );
    Ok(())
}
