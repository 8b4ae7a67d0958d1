//! The plan link: the address of results and plan reproduces them in a fresh browser, a
//! damaged link explains itself, and the copy and bookmark controls confirm what they did.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assessment::mild_case;
use common::{e2e, E2eResult, Engine, Setup};
use thirtyfour::By;

fn from_step_one() -> Setup {
    Setup {
        start: "#/check/1".into(),
        ..Setup::default()
    }
}

every_engine!(the_link_shows_the_same_plan_in_a_new_browser_profile);
async fn the_link_shows_the_same_plan_in_a_new_browser_profile(engine: Engine) -> E2eResult {
    e2e(
        "link-new-profile",
        from_step_one().in_engine(engine),
        |page| async move {
            page.complete_assessment(&mild_case()).await?;
            page.wait_heading("Your results").await?;
            let url = page.driver.current_url().await?.to_string();
            let fragment = url
                .split_once('#')
                .map(|(_, f)| format!("#{f}"))
                .unwrap_or_default();
            assert!(
                fragment.starts_with("#/results/"),
                "the address carries the plan: {url}"
            );
            println!(
                "plan link fragment: {} characters ({fragment})",
                fragment.len()
            );
            assert!(
                fragment.len() < 200,
                "compact: {} characters",
                fragment.len()
            );
            let first_change = page
                .driver
                .find(By::Id("first-change"))
                .await?
                .text()
                .await?;
            let full = page
                .driver
                .find(By::Id("full-recovery"))
                .await?
                .text()
                .await?;
            page.click_button("See my exercise plan").await?;
            page.wait_heading("Your exercise plan").await?;
            let phase_line = page.wait_text("You are in phase").await?.text().await?;
            let plan_url = page.driver.current_url().await?.to_string();

            let (other, _profile) = page.another_device().await?;
            let outcome = async {
                other.driver.goto(&url).await?;
                other.wait_heading("Your results").await?;
                assert_eq!(
                    other
                        .driver
                        .find(By::Id("first-change"))
                        .await?
                        .text()
                        .await?,
                    first_change
                );
                assert_eq!(
                    other
                        .driver
                        .find(By::Id("full-recovery"))
                        .await?
                        .text()
                        .await?,
                    full
                );
                other.wait_text("opened from a saved link").await?;
                other.driver.goto(&plan_url).await?;
                other.wait_heading("Your exercise plan").await?;
                assert_eq!(
                    other.wait_text("You are in phase").await?.text().await?,
                    phase_line
                );
                // Saving the opened plan puts it into this device's history.
                other
                    .click_button("Save it to my history on this device")
                    .await?;
                other.wait_text("Saved to your history").await?;
                let stored = other
                    .stored("glute-check.history")
                    .await?
                    .unwrap_or_default();
                assert!(
                    stored.contains("\"records\":[{"),
                    "one record stored: {stored}"
                );
                let errors = other.page_errors().await?;
                assert!(
                    errors.is_empty(),
                    "the other browser logged errors: {errors:?}"
                );
                E2eResult::Ok(())
            }
            .await;
            let _ = other.driver.clone().quit().await;
            outcome
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_tampered_link_shows_a_clear_error_and_a_way_to_start() -> E2eResult {
    e2e("link-tampered", from_step_one(), |page| async move {
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        let url = page.driver.current_url().await?.to_string();
        // Change one character of the payload.
        let mut chars: Vec<char> = url.chars().collect();
        let last = chars.len() - 3;
        chars[last] = if chars[last] == 'A' { 'B' } else { 'A' };
        let tampered: String = chars.into_iter().collect();
        page.driver.goto(&tampered).await?;
        page.driver.refresh().await?;
        page.wait_heading("We could not open this plan link")
            .await?;
        page.wait_text("damaged").await?;
        page.click_button("Answer the questions again").await?;
        page.wait_heading("About you").await?;

        for junk in [
            "#/plan/",
            "#/plan/%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
            "#/results/9zzzz",
            // A long random text is no plan link, not one "from a newer version".
            "#/plan/7Hq2xR0vLk3pZ9mW4tYb8NcJf1sGdE6aUoVi5rKhTQnPyXw3Ls9Df2Jk",
        ] {
            page.goto(junk).await?;
            page.driver.refresh().await?;
            page.wait_heading("We could not open this plan link")
                .await?;
            let text = page.page_text().await?;
            assert!(!text.contains("newer version"), "{junk}: {text}");
        }
        page.wait_text("not a plan link").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn copy_and_bookmark_confirm_what_they_did() -> E2eResult {
    e2e("link-copy", from_step_one(), |page| async move {
        page.driver
            .cdp()
            .send_raw(
                "Browser.grantPermissions",
                serde_json::json!({ "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"] }),
            )
            .await?;
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        page.click_button("Copy link").await?;
        let status = page.wait_text("Link copied").await?;
        assert_eq!(status.attr("role").await?.as_deref(), Some("status"), "announced");
        let copied: String = page
            .driver
            .execute_async(
                "const done = arguments[0]; navigator.clipboard.readText().then(done, e => done('failed: ' + e));",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(copied, page.driver.current_url().await?.to_string());
        page.click_button("Bookmark this plan").await?;
        page.wait_text("Ctrl+D").await?;
        Ok(())
    })
    .await
}
