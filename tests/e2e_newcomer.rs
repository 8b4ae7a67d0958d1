//! What a person new to the app trips over (issue 18), each checked as they would meet it:
//! what-if sliders moved with the keyboard alone, hypothetical numbers told apart from their
//! own, and "Why this range" read from the top. Screens at 390x844 are saved for review.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::{e2e, Browser, E2eResult, Setup, PHONE};
use glute_check::core::answers::{Answers, BreakCommitment, BreakFrequency, Onset, SittingDay};
use glute_check::core::content::factors::describe_weeks;
use glute_check::core::estimate::estimate;
use glute_check::core::examples::best_case;
use glute_check::core::link::results_fragment;
use thirtyfour::prelude::*;

/// A desk worker with a problem of some years who does the routine 3 days a week and gets up
/// only sometimes: several factors add weeks, in a clear order.
fn desk_worker() -> Answers {
    Answers {
        sitting: SittingDay { half_hours: 24 },
        breaks: BreakFrequency::Rarely,
        break_commitment: Some(BreakCommitment::Sometimes),
        onset: Onset::Years,
        routine_days: 3,
        ..best_case()
    }
}

fn results_of(answers: &Answers) -> Setup {
    Setup {
        start: results_fragment(answers),
        viewport: PHONE,
        ..Setup::default()
    }
}

/// The focused element's id and value.
async fn focused(page: &Browser) -> E2eResult<(String, String)> {
    Ok(page
        .driver
        .execute(
            "const e = document.activeElement; return [e ? e.id : '', e && e.value !== undefined ? String(e.value) : ''];",
            vec![],
        )
        .await?
        .convert()?)
}

async fn text_of(page: &Browser, id: &str) -> E2eResult<String> {
    Ok(page.driver.find(By::Id(id)).await?.text().await?)
}

/// The sentence read out after a what-if change.
async fn what_if_summary(page: &Browser) -> E2eResult<String> {
    Ok(page
        .driver
        .find(By::Css(".what-if-summary"))
        .await?
        .text()
        .await?)
}

async fn press(page: &Browser, key: Key) -> E2eResult {
    page.driver.active_element().await?.send_keys(key).await?;
    Ok(())
}

/// Moves the slider `id` with `steps` presses of `key`, checking after each one that the focus
/// stayed on it, its value moved by one step and the range read out follows.
async fn step_slider(page: &Browser, id: &str, up: bool, steps: i32, start: i32) -> E2eResult {
    let slider = page.driver.find(By::Id(id)).await?;
    page.driver
        .execute("arguments[0].focus();", vec![slider.to_json()?])
        .await?;
    let direction = if up { 1 } else { -1 };
    for n in 1..=steps {
        press(page, if up { Key::Right } else { Key::Left }).await?;
        let expected = (start + direction * n).to_string();
        let (focus, value) = page
            .wait_for(&format!("{id} at {expected}"), || async {
                let (focus, value) = focused(page).await?;
                Ok((focus != id || value == expected).then_some((focus, value)))
            })
            .await?;
        assert_eq!(focus, id, "the focus stays on {id} after {n} presses");
        assert_eq!(value, expected, "{id} moved one step per press");
        let summary = what_if_summary(page).await?;
        let full = text_of(page, "full-recovery").await?;
        assert!(
            summary.starts_with("With these changes") && summary.contains(&full),
            "the range read out follows the slider: {summary:?} / {full:?}"
        );
    }
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_what_if_sliders_keep_the_keyboard_focus() -> E2eResult {
    let answers = desk_worker();
    e2e(
        "newcomer-slider-focus",
        results_of(&answers),
        |page| async move {
            page.wait_heading("Your results").await?;
            let days = i32::from(answers.routine_days);
            let sitting = i32::from(answers.sitting.total_half_hours());
            step_slider(&page, "what-if-days", true, 3, days).await?;
            step_slider(&page, "what-if-sitting", false, 4, sitting).await?;
            // Back to the days slider: it still answers the keyboard.
            step_slider(&page, "what-if-days", false, 2, days + 3).await?;
            page.screenshot_full("newcomer-phone-what-if-keyboard")
                .await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn hypothetical_numbers_say_so_and_show_the_persons_own() -> E2eResult {
    let answers = desk_worker();
    let own = estimate(&answers);
    e2e(
        "newcomer-hypothetical",
        results_of(&answers),
        |page| async move {
            page.wait_heading("Your results").await?;
            let cards =
                || async { E2eResult::Ok(page.driver.find(By::Id("ranges")).await?.text().await?) };
            let before = cards().await?;
            assert!(!before.contains("with your changes"), "{before}");
            assert!(!before.contains("Your answers gave"), "{before}");

            let slider = page.driver.find(By::Id("what-if-days")).await?;
            slider.send_keys(Key::End).await?;
            page.wait_text("These numbers are what your range would be")
                .await?;
            let after = cards().await?;
            for (label, own_range) in [
                (
                    "First noticeable change, with your changes",
                    &own.first_change,
                ),
                ("Full recovery, with your changes", &own.full_integration),
            ] {
                assert!(after.contains(label), "{label:?} in {after}");
                let gave = format!("Your answers gave: {}", describe_weeks(own_range));
                assert!(after.contains(&gave), "{gave:?} in {after}");
            }
            page.screenshot_full("newcomer-phone-what-if-labelled")
                .await?;

            page.click_button("Back to my answers").await?;
            page.wait_for("the labels to go", || async {
                let now = cards().await?;
                Ok(
                    (!now.contains("with your changes") && !now.contains("Your answers gave"))
                        .then_some(()),
                )
            })
            .await?;
            Ok(())
        },
    )
    .await
}

/// Each explanation row's heading, weeks text and whole text, top to bottom.
async fn factor_rows(page: &Browser) -> E2eResult<Vec<(String, String, String)>> {
    let mut rows = Vec::new();
    for li in page.driver.find_all(By::Css("ul.factors > li")).await? {
        let name = li.find(By::Css("strong")).await?.text().await?;
        let weeks = li.find(By::Css(".factor-weeks")).await?.text().await?;
        rows.push((name, weeks, li.text().await?));
    }
    Ok(rows)
}

/// The high end of "+3 to +6 weeks", "up to +1 week", "+2 weeks"; 0 for "no change".
fn high_end(weeks: &str) -> i32 {
    weeks
        .split(|c: char| !(c.is_ascii_digit() || c == '-'))
        .filter_map(|w| w.parse::<i32>().ok())
        .next_back()
        .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn why_this_range_leads_with_what_matters_most() -> E2eResult {
    e2e(
        "newcomer-why",
        results_of(&desk_worker()),
        |page| async move {
            page.wait_heading("Your results").await?;
            page.wait_text("Why this range").await?;
            let lead = text_of(&page, "why-lead").await?;
            assert!(
                lead.starts_with("Most of the extra time in your range comes from")
                    && lead.contains("routine")
                    && lead.contains("how long you have had it"),
                "{lead}"
            );
            let rows = factor_rows(&page).await?;
            let names: Vec<&str> = rows.iter().map(|(n, _, _)| n.as_str()).collect();
            assert_eq!(names.first(), Some(&"Routine days"), "{names:?}");
            let highs: Vec<i32> = rows.iter().map(|(_, w, _)| high_end(w)).collect();
            let mut sorted = highs.clone();
            sorted.sort_by(|a, b| b.cmp(a));
            assert_eq!(highs, sorted, "largest first: {rows:?}");
            // Sitting and breaks both add weeks here: one row.
            assert!(names.contains(&"Sitting, and breaks from it"), "{names:?}");
            assert!(!names.contains(&"Breaks from sitting"), "{names:?}");
            for (name, weeks, text) in &rows {
                let slowing = ["slow", "adds real time", "takes longer", "stretch"]
                    .iter()
                    .any(|w| text.contains(w));
                assert!(
                    !(slowing && text.contains("no change")),
                    "{name}: an effect beside 'no change': {text}"
                );
                assert!(!weeks.contains('-'), "{name}: no negative weeks: {weeks}");
            }
            // Each source once, in a numbered list; each row points to its number.
            let page_text = page.page_text().await?;
            let article = "Article on gluteal amnesia";
            assert_eq!(page_text.matches(article).count(), 1, "{page_text}");
            assert!(page_text.contains("Sources"));
            assert!(rows.iter().all(|(_, _, t)| t.contains("Source ")));
            page.screenshot_full("newcomer-phone-why-this-range")
                .await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_limits_of_the_evidence_are_words_not_a_negative_bar() -> E2eResult {
    let slowest = Answers {
        routine_days: 0,
        disc_problem: true,
        nerve_signs: true,
        clinician_cleared: Some(true),
        ..desk_worker()
    };
    assert!(estimate(&slowest).full_integration.open_ended);
    e2e("newcomer-limits", results_of(&slowest), |page| async move {
        page.wait_heading("Your results").await?;
        page.wait_text("Why this range").await?;
        let rows = factor_rows(&page).await?;
        assert!(
            rows.iter()
                .all(|(n, w, _)| n != "Limits of the evidence" && !w.contains('-')),
            "{rows:?}"
        );
        page.wait_text("Where the evidence stops").await?;
        page.wait_text("six months or more").await?;
        page.screenshot_full("newcomer-phone-why-evidence-limit")
            .await?;
        Ok(())
    })
    .await
}

/// The answers `mild_case()` gives, as the core holds them.
fn mild_answers() -> Answers {
    use glute_check::core::answers::{
        AgeBand, GluteFeel, PainScores, PelvisDrop, PostureSign, SideSeconds, Trend, YesNoUnsure,
    };
    Answers {
        age_band: AgeBand::From18To39,
        sitting: SittingDay { half_hours: 21 },
        breaks: BreakFrequency::EveryHourOrTwo,
        pain: PainScores {
            low_back: 3,
            hip: 2,
            knee: 0,
            ankle: 0,
        },
        balance_problems: false,
        posture_signs: [PostureSign::TightHipFronts].into_iter().collect(),
        compensation: YesNoUnsure::Unsure,
        onset: Onset::Weeks,
        trend: Trend::Same,
        glute_feel: GluteFeel::ALittle,
        bridge_hold: SideSeconds {
            left: 25,
            right: 30,
        },
        stance_hold: SideSeconds {
            left: 40,
            right: 45,
        },
        pelvis_drop: PelvisDrop::Neither,
        disc_problem: false,
        nerve_signs: false,
        clinician_cleared: None,
        red_flags: Default::default(),
        red_flags_unsure: Default::default(),
        routine_days: 7,
        break_commitment: Some(BreakCommitment::Yes),
    }
}

/// Before: 34 answers over 8 steps plus 8 presses of "Next" / "See my results" = 42.
const ACTIONS_BEFORE: usize = 42;
/// Measured after the shorter path: 4 steps, pain only where it hurts, sitting as one total,
/// no activity question (nothing read it), "Not sure" about cramping to start with, and one
/// press of "None of these apply to me" for the disc, nerve and red-flag questions.
const ACTIONS_NOW: usize = 24;

#[tokio::test(flavor = "multi_thread")]
async fn a_mild_case_takes_fewer_actions_and_gives_the_same_answers() -> E2eResult {
    let setup = Setup {
        start: "#/check/1".into(),
        viewport: PHONE,
        ..Setup::default()
    };
    e2e("newcomer-mild-actions", setup, |page| async move {
        let p = common::assessment::mild_case();
        page.wait_heading("About you").await?;
        page.fill_about_you(&p).await?;
        page.fill_sitting(&p).await?;
        page.screenshot_full("newcomer-phone-step1-about-you")
            .await?;
        page.next_step("How you feel").await?;
        page.fill_symptoms(&p).await?;
        page.fill_history(&p).await?;
        page.screenshot_full("newcomer-phone-step2-how-you-feel")
            .await?;
        page.next_step("Self-tests at home").await?;
        page.fill_self_tests(&p).await?;
        page.next_step(common::assessment::SAFETY_STEP).await?;
        page.fill_conditions(&p).await?;
        page.fill_red_flags(&p).await?;
        page.fill_commitment(&p).await?;
        page.screenshot_full("newcomer-phone-step4-safety-and-plan")
            .await?;
        page.next_step("Your results").await?;
        let actions = page.actions();
        eprintln!("actions for a mild case: {actions} (before: {ACTIONS_BEFORE})");
        assert!(actions <= ACTIONS_NOW, "{actions} actions");

        // The shorter path gives exactly the answers the long one did.
        let url = page.driver.current_url().await?.to_string();
        let fragment = url.split_once('#').map(|(_, f)| f).unwrap_or("");
        let expected = mild_answers();
        assert_eq!(
            format!("#{fragment}"),
            results_fragment(&expected),
            "the same answers, so the same estimate"
        );
        Ok(())
    })
    .await
}

/// "Not sure" about an urgent sign stops the flow like a "yes", says it was not sure and what to
/// check; "not sure" about a "soon" sign gives the caution with its check, and the plan.
#[tokio::test(flavor = "multi_thread")]
async fn safety_questions_answered_not_sure_are_read_on_the_side_of_safety() -> E2eResult {
    let setup = Setup {
        start: "#/check/1".into(),
        viewport: PHONE,
        ..Setup::default()
    };
    e2e("newcomer-red-flag-unsure", setup, |page| async move {
        use common::assessment::{mild_case, Person, RED_FLAG_QUESTIONS, SAFETY_STEP_NUMBER};
        let unsure_urgent = Person {
            unsure_flags: &[RED_FLAG_QUESTIONS[0]],
            ..mild_case()
        };
        page.complete_assessment(&unsure_urgent).await?;
        page.wait_heading("Please get medical help now").await?;
        let text = page.page_text().await?;
        assert!(text.contains("What you were not sure about"), "{text}");
        assert!(text.contains("You were not sure about a sign"), "{text}");
        assert!(
            text.contains("which of the signs below you were not sure about"),
            "{text}"
        );
        assert!(
            text.contains("Check the skin between your legs"),
            "what to check: {text}"
        );
        assert!(
            !text.contains("What you told us"),
            "no sign was answered yes: {text}"
        );
        assert!(!text.contains("Phase 1"), "no plan: {text}");
        page.screenshot_full("red-flag-unsure-stop").await?;

        // Sure now that it is "No"; "Not sure" about night pain instead.
        page.goto(&format!("#/check/{SAFETY_STEP_NUMBER}")).await?;
        page.choose(RED_FLAG_QUESTIONS[0], "No").await?;
        page.choose(RED_FLAG_QUESTIONS[11], "Not sure").await?;
        page.next_step("Your results").await?;
        let text = page.page_text().await?;
        assert!(text.contains("Please see a doctor this week"), "{text}");
        assert!(
            text.contains("Not sure: Pain worse at night or at rest"),
            "{text}"
        );
        assert!(
            text.contains("Notice tonight whether the pain wakes you"),
            "{text}"
        );
        page.screenshot_full("red-flag-unsure-caution").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_pain_scale_fits_one_row_at_320_px() -> E2eResult {
    let setup = Setup {
        start: "#/check/2".into(),
        viewport: common::Viewport {
            width: 320,
            height: 800,
        },
        ..Setup::default()
    };
    e2e("newcomer-pain-row", setup, |page| async move {
        page.wait_heading("How you feel").await?;
        page.choose(common::assessment::PAIN_AREAS_QUESTION, "Low back")
            .await?;
        page.wait_text("How much low back pain").await?;
        let boxes: Vec<(f64, f64, f64)> = page
            .driver
            .execute(
                "return [...document.querySelectorAll('#q-pain_low_back-0, [id^=q-pain_low_back-]')]
                    .filter(e => e.type === 'radio')
                    .map(e => { const r = e.closest('label').getBoundingClientRect(); return [r.top, r.left, r.width]; });",
                vec![],
            )
            .await?
            .convert()?;
        assert_eq!(boxes.len(), 11, "0 to 10");
        let top = boxes[0].0;
        assert!(boxes.iter().all(|b| (b.0 - top).abs() < 1.0), "one row: {boxes:?}");
        for pair in boxes.windows(2) {
            assert!(pair[1].1 - pair[0].1 >= 24.0, "24 px apart: {boxes:?}");
        }
        let overflow: bool = page
            .driver
            .execute(
                "return document.documentElement.scrollWidth > window.innerWidth;",
                vec![],
            )
            .await?
            .convert()?;
        assert!(!overflow, "no sideways scrolling at 320 px");
        page.screenshot_full("newcomer-320-pain-scale").await?;
        Ok(())
    })
    .await
}
