//! Whole assessments in headless Chromium against the built dist/, as a person would do them.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assessment::{mild_case, red_flag_case, SAFETY_STEP, SAFETY_STEP_NUMBER};
use common::{e2e, E2eResult, Engine, Setup};

/// Opens the questionnaire at step `n`.
fn from_step(n: usize) -> Setup {
    Setup {
        start: format!("#/check/{n}"),
        ..Setup::default()
    }
}

every_engine!(a_mild_case_reaches_results_and_the_plan);
async fn a_mild_case_reaches_results_and_the_plan(engine: Engine) -> E2eResult {
    e2e(
        "mild-case",
        from_step(1).in_engine(engine),
        |page| async move {
            page.complete_assessment(&mild_case()).await?;
            page.wait_heading("Your results").await?;
            page.wait_text("First noticeable change").await?;
            page.screenshot("results-laptop").await?;
            page.click_button("See my exercise plan").await?;
            page.wait_heading("Your exercise plan").await?;
            for phase in ["Phase 1", "Phase 2", "Phase 3"] {
                page.wait_text(phase).await?;
            }
            page.wait_text("You are here").await?;
            page.wait_text("Glute bridge").await?;
            // Only the current phase is open; the later ones are folded until asked for.
            let later = page
                .driver
                .find(thirtyfour::By::XPath(
                    "//h3[normalize-space(.)='Weighted hip thrust']",
                ))
                .await?;
            assert!(
                !later.is_displayed().await?,
                "phase 2's exercises start folded away"
            );
            let unfold = page
                .wait_xpath(
                    "phase 2's unfold button",
                    "//section[@id='phase-2']//button[@aria-controls='phase-2-exercises']".into(),
                )
                .await?;
            assert!(
                unfold.text().await?.starts_with("Show this phase's"),
                "it says what it opens"
            );
            assert_eq!(
                unfold.attr("aria-expanded").await?.as_deref(),
                Some("false")
            );
            unfold.click().await?;
            page.wait_text("Weighted hip thrust").await?;
            assert_eq!(unfold.attr("aria-expanded").await?.as_deref(), Some("true"));
            assert_eq!(unfold.text().await?, "Hide these exercises");
            page.screenshot_full("plan-phase-2-unfolded").await?;
            Ok(())
        },
    )
    .await
}

/// Print emulation needs Chromium's DevTools protocol, so this part of the plan runs there only.
#[tokio::test(flavor = "multi_thread")]
async fn the_printed_plan_keeps_every_phase_and_drops_the_buttons() -> E2eResult {
    e2e("plan-print", from_step(1), |page| async move {
        page.complete_assessment(&mild_case()).await?;
        page.click_button("See my exercise plan").await?;
        page.wait_heading("Your exercise plan").await?;
        // Printed, the plan keeps every phase and drops the buttons.
        page.driver
            .cdp()
            .send_raw(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "print" }),
            )
            .await?;
        let print_button = page
            .driver
            .find(thirtyfour::By::XPath(
                "//button[normalize-space(.)='Print this plan']",
            ))
            .await?;
        assert!(
            !print_button.is_displayed().await?,
            "buttons are not printed"
        );
        // Rendered text: CSS may change letter case.
        let text = page.page_text().await?.to_lowercase();
        for expected in [
            "phase 1",
            "phase 2",
            "phase 3",
            "side bound",
            "single-leg deadlift",
        ] {
            assert!(
                text.contains(expected),
                "the printed plan shows {expected:?}"
            );
        }
        page.screenshot_full("plan-print").await?;
        Ok(())
    })
    .await
}

every_engine!(a_red_flag_stops_the_flow_with_no_plan);
async fn a_red_flag_stops_the_flow_with_no_plan(engine: Engine) -> E2eResult {
    e2e(
        "red-flag",
        from_step(1).in_engine(engine),
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

#[tokio::test(flavor = "multi_thread")]
async fn validation_errors_are_shown_linked_and_cleared_when_fixed() -> E2eResult {
    e2e("validation", from_step(1), |page| async move {
        page.wait_heading("About you").await?;
        page.fill_about_you(&mild_case()).await?;
        page.type_into(common::assessment::SITTING_QUESTION, "30")
            .await?;
        page.next_step("About you").await?;
        let summary = page.wait_text("Please check").await?;
        let summary_text = summary.text().await?;
        assert!(summary_text.starts_with("Please check"), "{summary_text}");
        page.wait_text("from 0 to 24").await?;
        assert!(
            page.focused_text().await?.contains("Please check"),
            "the summary takes focus"
        );
        page.screenshot_full("validation-errors-laptop").await?;

        // A summary link moves focus to its field.
        let link = page
            .wait_xpath(
                "the summary link to the sitting hours",
                "//div[@id='error-summary']//a[contains(., 'sit in total')]".into(),
            )
            .await?;
        link.click().await?;
        let focused_id: String = page
            .driver
            .execute("return document.activeElement.id", vec![])
            .await?
            .convert()?;
        assert_eq!(focused_id, "q-sitting_total");

        // The message follows the answer as it changes.
        page.type_into(common::assessment::SITTING_QUESTION, "twenty")
            .await?;
        page.wait_text("Please enter the hours as a number").await?;

        page.type_into(common::assessment::SITTING_QUESTION, "10.5")
            .await?;
        page.choose(
            "how often do you get up and move?",
            "Less often than every 2 hours",
        )
        .await?;
        page.wait_for("the messages to clear once fixed", || async {
            let text = page.page_text().await?;
            Ok((!text.contains("Please check") && !text.contains("Please enter")).then_some(()))
        })
        .await?;
        page.next_step("How you feel").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn back_and_next_keep_the_answers() -> E2eResult {
    e2e("back-next", from_step(1), |page| async move {
        let p = mild_case();
        page.fill_about_you(&p).await?;
        page.fill_sitting(&p).await?;
        page.next_step("How you feel").await?;
        // The new step's heading has the focus, so a screen reader starts there.
        let focused: String = page
            .driver
            .execute(
                "return document.activeElement.tagName + ':' + document.activeElement.textContent",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(focused, "H1:How you feel");
        page.click_button("Back").await?;
        page.wait_heading("About you").await?;
        let age = page.field(p.age).await?;
        assert_eq!(
            age.prop("checked").await?.as_deref(),
            Some("true"),
            "age band still picked"
        );
        let sitting = page.field(common::assessment::SITTING_QUESTION).await?;
        assert_eq!(
            sitting.prop("value").await?.as_deref(),
            Some("10.5"),
            "typed hours still there"
        );
        page.next_step("How you feel").await?;
        // The browser's own back button works the same way.
        page.driver.back().await?;
        page.wait_heading("About you").await?;
        Ok(())
    })
    .await
}

every_engine!(a_what_if_slider_changes_the_range_text);
async fn a_what_if_slider_changes_the_range_text(engine: Engine) -> E2eResult {
    e2e(
        "what-if",
        from_step(1).in_engine(engine),
        |page| async move {
            page.complete_assessment(&mild_case()).await?;
            page.wait_heading("Your results").await?;
            let full = page
                .driver
                .find(thirtyfour::By::Id("full-recovery"))
                .await?;
            let before = full.text().await?;
            // Fewer routine days can only lengthen the range: press Home on the slider.
            let slider = page.field("Routine days a week").await?;
            slider.send_keys(thirtyfour::Key::Home).await?;
            let after = page
                .wait_for("the range text to change", || async {
                    let now = page
                        .driver
                        .find(thirtyfour::By::Id("full-recovery"))
                        .await?
                        .text()
                        .await?;
                    Ok((now != before).then_some(now))
                })
                .await?;
            page.wait_text("With these changes").await?;
            assert!(after.contains("weeks"), "{after}");
            page.click_button("Back to my answers").await?;
            page.wait_for("the range to return", || async {
                let now = page
                    .driver
                    .find(thirtyfour::By::Id("full-recovery"))
                    .await?
                    .text()
                    .await?;
                Ok((now == before).then_some(()))
            })
            .await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn an_assessment_can_be_completed_with_the_keyboard_alone() -> E2eResult {
    e2e("keyboard", Setup::default(), |page| async move {
        page.wait_heading("Glute Check").await?;
        page.key_to_link("Start the check").await?;
        page.complete_with_keyboard(&mild_case(), "Your results")
            .await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn conditional_questions_appear_and_disappear() -> E2eResult {
    e2e(
        "conditional",
        from_step(SAFETY_STEP_NUMBER),
        |page| async move {
            page.wait_heading(SAFETY_STEP).await?;
            let follow_up = "exercise is fine for you";
            assert!(
                !page.page_text().await?.contains(follow_up),
                "hidden before any answer"
            );
            page.choose("disc problem", "Yes").await?;
            page.wait_text(follow_up).await?;
            page.choose("disc problem", "No").await?;
            page.choose("trapped nerve", "No").await?;
            page.wait_for("the follow-up to disappear", || async {
                Ok((!page.page_text().await?.contains(follow_up)).then_some(()))
            })
            .await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_hold_timer_puts_the_seconds_into_the_answer() -> E2eResult {
    e2e("timer", from_step(3), |page| async move {
        page.wait_heading("Self-tests at home").await?;
        page.click_button("Start timer (Left side)").await?;
        // Hold until the readout shows a whole second, then stop.
        page.wait_text("1 s").await?;
        page.click_button("Stop timer (Left side)").await?;
        let field = page
            .driver
            .find(thirtyfour::By::Id("q-bridge_hold-left"))
            .await?;
        let value = field.prop("value").await?.unwrap_or_default();
        let seconds: u32 = value
            .parse()
            .map_err(|_| format!("a whole number of seconds, got {value:?}"))?;
        assert!(
            (1..=5).contains(&seconds),
            "about one second held, got {seconds}"
        );
        Ok(())
    })
    .await
}
