#![cfg(not(target_arch = "wasm32"))]
//! The guided session end to end, with the page's clock in the test's hands (`Date.now` is
//! replaced before the app loads and moved forward by the test, so nothing really waits): a
//! whole phase-1 session with reps (space bar and button), holds, rests, a reload in the
//! middle that resumes, the end check and the saved log; sessions on several days, the week
//! view, the logged days in the results' what-if, the log in the export file and back by
//! import, and "delete everything" removing it; two tabs logging sessions; the screen kept on
//! again when the page comes back; a corrupt log kept aside and a newer one never written
//! over; axe on every new screen in light and dark; screenshots.

mod common;

use common::{axe, e2e, Browser, E2eResult, Engine, Setup, LAPTOP, PHONE};
use glute_check::core::examples::typical_desk_worker;
use glute_check::core::link::encode;
use glute_check::core::plan::build_plan;
use glute_check::core::session::log::{LOG_BACKUP_KEY_PREFIX, LOG_KEY};
use glute_check::core::session::plan::{SessionPlan, Step, Target};
use thirtyfour::prelude::*;

/// Replaces `Date.now` with one the test moves forward (`__e2eAdvance(ms)`); the offset lives in
/// sessionStorage so a reload keeps the test's time.
macro_rules! clock_script {
    () => {
        r#"
(() => {
  const realNow = Date.now.bind(Date);
  const key = '__e2eClockOffset';
  const offset = () => Number(sessionStorage.getItem(key) || 0);
  Date.now = () => realNow() + offset();
  window.__e2eAdvance = ms => sessionStorage.setItem(key, String(offset() + ms));
})();
"#
    };
}
const CLOCK: &str = clock_script!();

/// The clock, and a count of the cue's tones (each oscillator the page starts, with its audio
/// context's state then: "running" is audible) and vibrations, through the real Web Audio.
const CLOCK_AND_CUE_COUNTS: &str = concat!(
    clock_script!(),
    r#"
(() => {
  window.__cue = { tones: 0, states: [], vibrations: 0 };
  const start = OscillatorNode.prototype.start;
  OscillatorNode.prototype.start = function (...args) {
    window.__cue.tones++;
    window.__cue.states.push(this.context.state);
    return start.apply(this, args);
  };
  Object.defineProperty(Navigator.prototype, 'vibrate', {
    configurable: true,
    value() { window.__cue.vibrations++; return true; },
  });
})();
"#
);

fn code() -> String {
    encode(&typical_desk_worker())
}

fn setup() -> Setup {
    Setup {
        init_script: Some(CLOCK),
        start: format!("#/plan/{}", code()),
        ..Setup::at(LAPTOP)
    }
}

async fn advance(page: &Browser, ms: u64) -> E2eResult {
    page.driver
        .execute(
            "window.__e2eAdvance(arguments[0])",
            vec![serde_json::json!(ms)],
        )
        .await?;
    Ok(())
}

/// Presses the space bar with nothing focused, as a person with the phone on the floor would.
async fn space(page: &Browser) -> E2eResult {
    page.driver
        .execute(
            "document.activeElement && document.activeElement.blur()",
            vec![],
        )
        .await?;
    page.driver.action_chain().send_keys(" ").perform().await?;
    Ok(())
}

/// What the live region says now. Its text content, not its rendered text: the region is
/// visually hidden, and WebKit's WebDriver gives no rendered text for what is not painted.
async fn announced(page: &Browser) -> E2eResult<String> {
    Ok(page
        .driver
        .execute(
            "return document.getElementById('session-announcement').textContent",
            vec![],
        )
        .await?
        .convert()?)
}

async fn wait_announced(page: &Browser, text: &str) -> E2eResult {
    page.wait_for(&format!("the announcement {text:?}"), || async {
        Ok(announced(page).await?.contains(text).then_some(()))
    })
    .await
}

async fn check_axe(page: &Browser, screen: &str, found: &mut Vec<String>) -> E2eResult {
    tokio::time::sleep(std::time::Duration::from_millis(150)).await;
    if page.engine != Engine::Chromium {
        // Colour schemes are emulated through Chromium's DevTools protocol; elsewhere axe
        // checks the scheme the browser has (light).
        for v in axe::violations(page).await? {
            found.push(format!("[{:?}, light / {screen}] {v}", page.engine));
        }
        return Ok(());
    }
    for scheme in ["light", "dark"] {
        emulate_scheme(page, Some(scheme)).await?;
        for v in axe::violations(page).await? {
            found.push(format!("[{scheme} / {screen}] {v}"));
        }
    }
    // Back to the browser's own scheme, so the screenshots after this are not all dark.
    emulate_scheme(page, None).await
}

async fn emulate_scheme(page: &Browser, scheme: Option<&str>) -> E2eResult {
    let features = match scheme {
        Some(scheme) => serde_json::json!([{ "name": "prefers-color-scheme", "value": scheme }]),
        None => serde_json::json!([]),
    };
    page.driver
        .cdp()
        .send_raw(
            "Emulation.setEmulatedMedia",
            serde_json::json!({ "features": features }),
        )
        .await?;
    Ok(())
}

async fn screenshots(page: &Browser, name: &str) -> E2eResult {
    page.set_viewport(PHONE).await?;
    page.screenshot_full(&format!("session-{name}-390x844"))
        .await?;
    page.set_viewport(LAPTOP).await?;
    page.screenshot_full(&format!("session-{name}-1280x800"))
        .await?;
    Ok(())
}

/// Answers the end check and saves.
async fn end_check(page: &Browser, during: &str, after: &str, effort: &str) -> E2eResult {
    page.wait_text("How did it go?").await?;
    for (label, value) in [
        ("Worst pain during the session", during),
        ("Pain now, after the session", after),
    ] {
        let select = page.field(label).await?;
        select
            .find(By::XPath(format!("./option[normalize-space(.)='{value}']")))
            .await?
            .click()
            .await?;
    }
    page.field(effort).await?.click().await?;
    page.click_button("Save this session").await?;
    page.wait_text("Session saved").await?;
    Ok(())
}

every_engine!(a_whole_guided_session_with_a_reload_in_the_middle_goes_into_the_log);
async fn a_whole_guided_session_with_a_reload_in_the_middle_goes_into_the_log(
    engine: Engine,
) -> E2eResult {
    e2e(
        "session-whole",
        setup().in_engine(engine),
        |page| async move {
            let mut found = Vec::new();
            page.wait_heading("Your exercise plan").await?;
            page.wait_text("This week").await?;
            check_axe(&page, "plan with today", &mut found).await?;
            page.click_button("Start today's session").await?;
            page.wait_heading("Today's session").await?;
            check_axe(&page, "session start", &mut found).await?;
            screenshots(&page, "start").await?;
            page.click_button("Start today's session").await?;

            let plan = SessionPlan::from_plan(&build_plan(&typical_desk_worker(), None));
            let steps = plan.steps();
            let mut reloaded = false;
            let mut shot_work = false;
            let mut shot_hold = false;
            let mut shot_rest = false;
            for (i, step) in steps.iter().enumerate() {
                match *step {
                    Step::Work {
                        set,
                        sets,
                        target: Target::Reps(reps),
                        ..
                    } => {
                        page.wait_text(&format!("Set {set} of {sets}")).await?;
                        page.wait_text(&format!("0 of {reps} reps")).await?;
                        for n in 0..reps {
                            // Half by the space bar, half by the button.
                            if n % 2 == 0 {
                                space(&page).await?;
                            } else {
                                page.click_button("Count a rep").await?;
                            }
                            if n + 1 < reps {
                                page.wait_text(&format!("{} of {reps} reps", n + 1)).await?;
                            }
                            if !reloaded && i == 2 && n == 4 {
                                // A reload in the middle of the second set: it carries on there.
                                page.reload().await?;
                                page.wait_text(&format!("Set {set} of {sets}")).await?;
                                page.wait_text(&format!("5 of {reps} reps")).await?;
                                reloaded = true;
                            }
                            if !shot_work && n == 3 {
                                check_axe(&page, "counting reps", &mut found).await?;
                                screenshots(&page, "reps").await?;
                                shot_work = true;
                            }
                        }
                    }
                    Step::Work {
                        target: Target::HoldSeconds(seconds),
                        ..
                    } => {
                        page.click_button("Start the hold").await?;
                        wait_announced(&page, "Hold").await?;
                        page.wait_text(&format!("0:{seconds:02}")).await?;
                        advance(&page, u64::from(seconds) * 500).await?;
                        if !shot_hold {
                            check_axe(&page, "hold", &mut found).await?;
                            screenshots(&page, "hold").await?;
                            shot_hold = true;
                        }
                        advance(&page, u64::from(seconds) * 500 + 100).await?;
                    }
                    Step::Rest { seconds, .. } => {
                        wait_announced(&page, &format!("Rest {seconds} seconds")).await?;
                        page.wait_text("Rest").await?;
                        if !shot_rest {
                            check_axe(&page, "rest", &mut found).await?;
                            screenshots(&page, "rest").await?;
                            shot_rest = true;
                        }
                        // The countdown is not read out: the announcement stays as it was.
                        advance(&page, 5_000).await?;
                        tokio::time::sleep(std::time::Duration::from_millis(400)).await;
                        assert_eq!(announced(&page).await?, format!("Rest {seconds} seconds"));
                        advance(&page, u64::from(seconds) * 1000).await?;
                    }
                }
            }
            assert!(reloaded);
            wait_announced(&page, "Done").await?;
            page.wait_text("How did it go?").await?;
            // The exercise's own sign of another muscle taking over is asked about.
            page.wait_text("Did another muscle take over?").await?;
            page.wait_text("If the backs of your thighs cramp").await?;
            // Saving without answers is refused with a message, nothing lost.
            page.click_button("Save this session").await?;
            page.wait_text("Please answer the two pain questions")
                .await?;
            check_axe(&page, "end check", &mut found).await?;
            screenshots(&page, "check").await?;
            end_check(&page, "2", "1", "About right").await?;
            check_axe(&page, "saved", &mut found).await?;
            screenshots(&page, "saved").await?;

            let stored = page.stored(LOG_KEY).await?.ok_or("no session log stored")?;
            let log: serde_json::Value = serde_json::from_str(&stored)?;
            assert_eq!(log["version"], 1);
            let sessions = log["sessions"].as_array().ok_or("no sessions")?;
            assert_eq!(sessions.len(), 1);
            let s = &sessions[0];
            assert_eq!(s["complete"], true);
            assert_eq!(s["check"]["pain_after"], 1);
            assert_eq!(s["check"]["effort"], "AboutRight");
            let done: u64 = s["exercises"]
                .as_array()
                .ok_or("exercises")?
                .iter()
                .map(|e| e["done"].as_u64().unwrap_or(0))
                .sum();
            let work = steps
                .iter()
                .filter(|s| matches!(s, Step::Work { .. }))
                .count() as u64;
            assert_eq!(done, work, "every set done");
            assert_eq!(
                page.stored("glute-check.session-now").await?,
                None,
                "nothing left under way"
            );

            // Back on the plan: today is done, this week shows it.
            page.click_button("Back to my plan").await?;
            page.wait_text("You have done today's session").await?;
            page.wait_text("1 of 7 days done this week").await?;
            if !found.is_empty() {
                return Err(format!("accessibility violations:\n{}", found.join("\n")).into());
            }
            Ok(())
        },
    )
    .await
}

/// A short session: one rep, stop, answer the check.
async fn short_session(page: &Browser, effort: &str) -> E2eResult {
    page.goto(&format!("#/plan/{}", code())).await?;
    page.wait_text("This week").await?;
    let start = page
        .driver
        .find(By::XPath(
            "//section[contains(@class,'today')]//a[contains(@class,'button')]",
        ))
        .await?;
    start.click().await?;
    page.wait_heading("Today's session").await?;
    page.click_button("Start today's session").await?;
    page.click_button("Count a rep").await?;
    page.wait_text("1 of 15 reps").await?;
    page.click_button("Skip this exercise").await?;
    page.click_button("End the session here").await?;
    end_check(page, "1", "1", effort).await
}

#[tokio::test(flavor = "multi_thread")]
async fn sessions_on_several_days_fill_the_week_and_the_results_offer_the_logged_days() -> E2eResult
{
    e2e("session-week", setup(), |page| async move {
        page.wait_heading("Your exercise plan").await?;
        for day in 0..3 {
            if day > 0 {
                advance(&page, 24 * 60 * 60 * 1000).await?;
            }
            short_session(&page, "Too easy").await?;
        }
        page.goto(&format!("#/plan/{}", code())).await?;
        page.wait_text("This week").await?;
        let week_text = page.page_text().await?;
        assert!(
            week_text.contains("3 of 7 days done this week")
                || week_text.contains("days done this week"),
            "{week_text}"
        );
        let stored = page.stored(LOG_KEY).await?.ok_or("no log")?;
        let log: serde_json::Value = serde_json::from_str(&stored)?;
        let sessions = log["sessions"].as_array().ok_or("sessions")?;
        assert_eq!(sessions.len(), 3);
        let days: Vec<i64> = sessions
            .iter()
            .map(|s| s["day"].as_i64().unwrap_or(0))
            .collect();
        assert!(days.windows(2).all(|w| w[1] > w[0]), "{days:?}");
        // Skips are recorded as skips.
        assert!(sessions
            .iter()
            .all(|s| s["exercises"][0]["skipped"].as_u64() == Some(2)));
        screenshots(&page, "plan-week").await?;

        // The results show what was logged beside what was said, and the what-if takes it.
        page.goto(&format!("#/results/{}", code())).await?;
        page.wait_text("Routine done on 3 of the last 14 days")
            .await?;
        page.wait_text("You said").await?;
        page.click_button("Show the estimate with what I logged")
            .await?;
        let days = page
            .driver
            .find(By::Id("what-if-days"))
            .await?
            .value()
            .await?;
        assert_eq!(days.as_deref(), Some("2"));

        // Saved into the history, the check can be deleted with everything, sessions too.
        page.goto(&format!("#/plan/{}", code())).await?;
        page.click_button("Save it to my history on this device")
            .await?;
        page.goto("#/history").await?;
        page.wait_text("Routine done on 3 of the last 14 days")
            .await?;
        let mut found = Vec::new();
        check_axe(&page, "history with the week", &mut found).await?;
        if !found.is_empty() {
            return Err(format!("accessibility violations:\n{}", found.join("\n")).into());
        }
        // The export holds the log beside the check.
        let downloads = page.keep_downloads("session-week").await?;
        page.click_button("Export my history").await?;
        page.wait_text("It holds your 3 exercise sessions too.")
            .await?;
        let (_, exported) = downloads.wait_file(".json").await?;
        let file: serde_json::Value = serde_json::from_str(&exported)?;
        assert_eq!(
            file["records"].as_array().map(Vec::len),
            Some(1),
            "{exported}"
        );
        assert_eq!(
            file["sessions"].as_array().map(Vec::len),
            Some(3),
            "{exported}"
        );
        assert_eq!(file["sessions"], log["sessions"], "the log as stored");

        page.click_button("Delete everything").await?;
        page.wait_text("Your logged exercise sessions are deleted too.")
            .await?;
        page.click_button("Yes, delete everything").await?;
        page.wait_for("the log to be emptied", || async {
            let stored = page.stored(LOG_KEY).await?.unwrap_or_default();
            Ok((!stored.contains("\"id\"")).then_some(()))
        })
        .await?;
        assert!(!page.page_text().await?.contains("Routine done on"));

        // Importing the file brings the check and the sessions back, and again adds nothing.
        page.import_history_file(
            "with-sessions.json",
            &exported,
            "Added 3 exercise sessions to your log.",
        )
        .await?;
        page.wait_text("Routine done on 3 of the last 14 days")
            .await?;
        let restored = page.stored(LOG_KEY).await?.ok_or("no log")?;
        let restored: serde_json::Value = serde_json::from_str(&restored)?;
        assert_eq!(restored["sessions"], log["sessions"]);
        page.import_history_file(
            "again.json",
            &exported,
            "No new exercise sessions were added to your log; 3 were already in it.",
        )
        .await?;

        // With only sessions left, "delete everything" still offers to delete them.
        let deletes = page.entry_delete_buttons().await?;
        deletes.first().ok_or("a delete button")?.click().await?;
        page.wait_focused("Undo").await?;
        page.click_button("Delete everything").await?;
        page.wait_text("Delete all 3 logged exercise sessions from this browser?")
            .await?;
        page.click_button("Yes, delete everything").await?;
        page.wait_for("the log to be emptied again", || async {
            let stored = page.stored(LOG_KEY).await?.unwrap_or_default();
            Ok((!stored.contains("\"id\"")).then_some(()))
        })
        .await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_corrupt_log_is_kept_aside_and_the_person_told() -> E2eResult {
    e2e("session-corrupt", setup(), |page| async move {
        page.wait_heading("Your exercise plan").await?;
        page.store(LOG_KEY, "{\"app\":\"glute-check\",\"kind\":\"session-log\",\"version\":1,\"sessions\":[{\"id\":7").await?;
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_text("Your saved sessions could not be read").await?;
        let keys = page.stored_keys().await?;
        let backup = keys
            .iter()
            .find(|k| k.starts_with(LOG_BACKUP_KEY_PREFIX))
            .ok_or("no backup key")?;
        assert!(page.stored(backup).await?.is_some_and(|v| v.ends_with("\"id\":7")));
        // A new session is then saved over the copied text, never over anything else.
        short_session(&page, "About right").await?;
        let stored = page.stored(LOG_KEY).await?.ok_or("no log")?;
        assert!(stored.contains("\"version\":1"), "{stored}");
        assert!(page.stored(backup).await?.is_some());

        // A log from a newer version is shown and never written over.
        let newer = "{\"app\":\"glute-check\",\"kind\":\"session-log\",\"version\":9,\"sessions\":[],\"more\":1}";
        page.store(LOG_KEY, newer).await?;
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_text("newer version of this app").await?;
        short_session(&page, "About right").await?;
        assert_eq!(page.stored(LOG_KEY).await?.as_deref(), Some(newer));
        Ok(())
    })
    .await
}

/// A stand-in for Screen Wake Lock that counts what the page asks of it (headless browsers
/// refuse the real one), so the test sees when the screen is asked to stay on and let go.
const WAKE_LOCK_STUB: &str = r#"
(() => {
  window.__wake = { requests: 0, releases: 0 };
  const lock = () => ({
    released: false,
    addEventListener() {},
    release() { window.__wake.releases++; this.released = true; return Promise.resolve(); },
  });
  Object.defineProperty(Navigator.prototype, 'wakeLock', {
    configurable: true,
    get() { return { request: () => { window.__wake.requests++; return Promise.resolve(lock()); } }; },
  });
})();
"#;

/// What a stand-in of this test counted, kept by the page under `window[name]`.
async fn page_counts(page: &Browser, name: &str) -> E2eResult<serde_json::Value> {
    Ok(page
        .driver
        .execute("return window[arguments[0]]", vec![serde_json::json!(name)])
        .await?
        .json()
        .clone())
}

async fn wake_counts(page: &Browser) -> E2eResult<(u64, u64)> {
    let value = page_counts(page, "__wake").await?;
    let count = |key: &str| value[key].as_u64().unwrap_or(0);
    Ok((count("requests"), count("releases")))
}

/// Waits until the page has asked for and let go of this many wake locks.
async fn wait_wake(page: &Browser, what: &str, counts: (u64, u64)) -> E2eResult {
    page.wait_for(what, || async {
        Ok((wake_counts(page).await? == counts).then_some(()))
    })
    .await
}

/// What the page hears when it is shown again (a tab brought back, a phone unlocked).
async fn page_shown_again(page: &Browser) -> E2eResult {
    page.driver
        .execute(
            "document.dispatchEvent(new Event('visibilitychange'))",
            vec![],
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn the_screen_is_kept_on_again_when_the_page_comes_back_during_a_session() -> E2eResult {
    let setup = Setup {
        init_script: Some(WAKE_LOCK_STUB),
        ..setup()
    };
    e2e("session-wake-lock", setup, |page| async move {
        page.wait_heading("Your exercise plan").await?;
        page.click_button("Start today's session").await?;
        page.wait_heading("Today's session").await?;
        assert_eq!(
            wake_counts(&page).await?,
            (0, 0),
            "not before the session starts"
        );
        page.click_button("Start today's session").await?;
        wait_wake(&page, "the screen to be kept on", (1, 0)).await?;
        // The browser lets the lock go when the page is hidden; shown again, it is asked for
        // again (and a lock still held is let go, so there is only ever one).
        page_shown_again(&page).await?;
        wait_wake(&page, "the lock to be asked for again", (2, 1)).await?;
        // Leaving the guided part lets the screen sleep again, and a page shown later asks
        // for nothing.
        page.click_button("End the session here").await?;
        page.wait_text("How did it go?").await?;
        wait_wake(&page, "the lock to be let go", (2, 2)).await?;
        page_shown_again(&page).await?;
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        assert_eq!(wake_counts(&page).await?, (2, 2));
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn two_tabs_logging_sessions_both_keep_theirs() -> E2eResult {
    e2e("session-two-tabs", setup(), |page| async move {
        page.wait_heading("Your exercise plan").await?;
        let tab_a = page.driver.window().await?;
        let tab_b = page.driver.new_tab().await?;
        page.driver.switch_to_window(tab_b.clone()).await?;
        page.goto(&format!("#/plan/{}", code())).await?;
        page.wait_text("This week").await?;

        page.driver.switch_to_window(tab_a.clone()).await?;
        short_session(&page, "About right").await?;

        // Tab B shows tab A's session without a reload (the storage event).
        page.driver.switch_to_window(tab_b.clone()).await?;
        page.wait_text("You have done today's session").await?;

        // Tab B logs one of its own: both are kept.
        short_session(&page, "Too easy").await?;
        let stored = page.stored(LOG_KEY).await?.ok_or("no log")?;
        let log: serde_json::Value = serde_json::from_str(&stored)?;
        assert_eq!(
            log["sessions"].as_array().map(Vec::len),
            Some(2),
            "{stored}"
        );

        // And tab A, which never reloaded, adds a third without losing either.
        page.driver.switch_to_window(tab_a).await?;
        short_session(&page, "About right").await?;
        let stored = page.stored(LOG_KEY).await?.ok_or("no log")?;
        let log: serde_json::Value = serde_json::from_str(&stored)?;
        let efforts: Vec<&str> = log["sessions"]
            .as_array()
            .ok_or("sessions")?
            .iter()
            .filter_map(|s| s["check"]["effort"].as_str())
            .collect();
        assert_eq!(efforts.len(), 3, "{stored}");
        Ok(())
    })
    .await
}

/// Waits for the rest's countdown to give way to the next set.
async fn rest_over(page: &Browser) -> E2eResult {
    page.wait_for("the rest to end", || async {
        Ok((!page.page_text().await?.contains("Skip the rest")).then_some(()))
    })
    .await
}

async fn cue_counts(page: &Browser) -> E2eResult<serde_json::Value> {
    page_counts(page, "__cue").await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_cue_sounds_and_vibrates_at_the_end_of_a_rest_only_when_turned_on() -> E2eResult {
    let setup = Setup {
        init_script: Some(CLOCK_AND_CUE_COUNTS),
        ..setup()
    };
    e2e("session-cue", setup, |page| async move {
        page.wait_heading("Your exercise plan").await?;
        page.click_button("Start today's session").await?;
        page.wait_heading("Today's session").await?;
        page.click_button("Start today's session").await?;

        // Off by default: a rest runs out in silence.
        page.wait_text("Set 1 of").await?;
        page.click_button("Done with this set").await?;
        page.wait_text("Skip the rest").await?;
        advance(&page, 5 * 60 * 1000).await?;
        rest_over(&page).await?;
        let counts = cue_counts(&page).await?;
        assert_eq!(counts["tones"], 0, "{counts}");
        assert_eq!(counts["vibrations"], 0, "{counts}");

        // Turned on, the next rest ends with one tone, in a running audio context, and one
        // vibration.
        page.driver
            .find(By::Id("session-cue"))
            .await?
            .click()
            .await?;
        page.click_button("Done with this set").await?;
        page.wait_text("Skip the rest").await?;
        advance(&page, 5 * 60 * 1000).await?;
        rest_over(&page).await?;
        let counts = page
            .wait_for("the cue", || async {
                let counts = cue_counts(&page).await?;
                Ok((counts["tones"] == 1).then_some(counts))
            })
            .await?;
        assert_eq!(counts["vibrations"], 1, "{counts}");
        assert_eq!(counts["states"][0], "running", "audible: {counts}");
        Ok(())
    })
    .await
}
