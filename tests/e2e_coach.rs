#![cfg(not(target_arch = "wasm32"))]
//! The sitting-break coach in a real browser with its clock under the test's control
//! (`common::clock`: `Date.now()` moved forward at once, no real waiting) and the page in
//! Berlin time: a break prompt comes on time, a break taken is counted and kept, quiet hours
//! and days off hold prompts back, notifications when granted (and the page alone when
//! denied), and the calendar file downloaded and read by independent parsers.

mod common;

use std::time::Duration;

use common::calendar::read_calendar;
use common::clock::fake_clock_script;
use common::{e2e, xpath_literal, Browser, E2eResult, Setup, PHONE};

const MINUTE: u64 = 60_000;
const HOUR: u64 = 60 * MINUTE;
/// Monday 2026-11-30 00:00 UTC; Berlin is UTC+1 in winter.
const MONDAY_UTC: u64 = 1_795_996_800_000;
const BERLIN: &str = "Europe/Berlin";
const COACH_KEY: &str = "glute-check.coach";

/// Berlin wall-clock time on day `day` (0 = Monday 30 November) as the page's clock.
fn berlin(day: u64, hour: u64, minute: u64) -> u64 {
    MONDAY_UTC + day * 24 * HOUR + (hour - 1) * HOUR + minute * MINUTE
}

fn setup_at(start_ms: u64) -> Setup {
    Setup {
        init_script: Some(Box::leak(fake_clock_script(start_ms).into_boxed_str())),
        ..Setup::at(PHONE)
    }
}

/// Opens the coach in Berlin time (the time zone applies from this load on).
async fn open_coach(page: &Browser) -> E2eResult {
    page.set_time_zone(BERLIN).await?;
    page.goto("#/coach").await?;
    page.driver.refresh().await?;
    page.wait_app_started().await?;
    page.wait_heading("Sitting-break coach").await?;
    Ok(())
}

/// Gives the page's one-second ticker time to run a few times.
async fn let_it_tick() {
    tokio::time::sleep(Duration::from_millis(2500)).await;
}

async fn prompt_shown(page: &Browser) -> E2eResult<bool> {
    let found = page
        .driver
        .find_all(thirtyfour::By::XPath(format!(
            "//h2[normalize-space(.)={}]",
            xpath_literal("Time for a break")
        )))
        .await?;
    Ok(!found.is_empty())
}

async fn title(page: &Browser) -> E2eResult<String> {
    Ok(page.driver.title().await?)
}

#[tokio::test(flavor = "multi_thread")]
async fn a_break_is_prompted_on_time_then_counted_and_kept() -> E2eResult {
    e2e(
        "coach-prompt",
        setup_at(berlin(0, 9, 0)),
        |page| async move {
            open_coach(&page).await?;
            page.wait_text("Reminders only come while this screen is open")
                .await?;
            page.wait_text("Breaks taken today: none yet").await?;
            page.screenshot_full("coach-390").await?;

            page.click_button("I'm at my desk").await?;
            page.wait_text("Next break: 09:45 (in about 45 minutes).")
                .await?;
            page.wait_text("Started. First break at 09:45.").await?;
            assert_eq!(
                page.focused_text().await?,
                "I'm leaving my desk",
                "the focus stayed on the toggle"
            );

            // A minute before: nothing yet.
            page.advance_clock(44 * MINUTE).await?;
            let_it_tick().await;
            assert!(!prompt_shown(&page).await?, "no prompt before 09:45");
            page.wait_text("Next break: 09:45 (in a minute).").await?;

            page.advance_clock(MINUTE).await?;
            page.wait_xpath(
                "the break prompt",
                "//h2[normalize-space(.)='Time for a break']".into(),
            )
            .await?;
            page.wait_text("You have been sitting since 09:00.").await?;
            page.wait_text("Standing glute squeezes").await?;
            assert!(
                title(&page).await?.contains("Time for a break"),
                "the tab title says it"
            );
            let alert: String = page
                .driver
                .execute(
                    "return document.querySelector('main [role=alert]').textContent",
                    vec![],
                )
                .await?
                .convert()?;
            assert!(
                alert.contains("Time for a break"),
                "announced as an alert: {alert:?}"
            );
            page.screenshot_full("coach-break-due-390").await?;

            page.advance_clock(2 * MINUTE).await?;
            page.click_button("I took my break").await?;
            page.wait_text("Breaks taken today: 1").await?;
            page.wait_text("Break counted. Next break at 10:32.")
                .await?;
            page.wait_focused("I'm leaving my desk").await?;
            assert!(!prompt_shown(&page).await?);
            assert_eq!(title(&page).await?, "Sitting-break coach - Glute Check");

            // An early break counts too.
            page.advance_clock(10 * MINUTE).await?;
            page.click_button("I took a break just now").await?;
            page.wait_text("Breaks taken today: 2").await?;

            let stored = page
                .stored(COACH_KEY)
                .await?
                .ok_or("the breaks were saved")?;
            let doc: serde_json::Value = serde_json::from_str(&stored)?;
            assert_eq!(doc["app"], "glute-check.coach");
            assert_eq!(doc["version"], 1);
            let breaks = doc["breaks"].as_array().ok_or("a list of breaks")?;
            assert_eq!(breaks.len(), 2);
            let first = breaks[0].as_u64().ok_or("a time")?;
            assert!(
                (berlin(0, 9, 47)..berlin(0, 9, 48)).contains(&first),
                "taken at 09:47: {first}"
            );

            // Kept over a reload; the next day starts from none.
            page.driver.refresh().await?;
            page.wait_app_started().await?;
            page.wait_text("Breaks taken today: 2").await?;
            page.advance_clock(24 * HOUR).await?;
            page.driver.refresh().await?;
            page.wait_app_started().await?;
            page.wait_text("Breaks taken today: none yet").await?;
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn quiet_hours_and_days_off_hold_prompts_back_as_the_person_sets_them() -> E2eResult {
    // Friday 4 December, 17:50.
    e2e(
        "coach-quiet",
        setup_at(berlin(4, 17, 50)),
        |page| async move {
            open_coach(&page).await?;
            page.click_button("I'm at my desk").await?;
            // Quiet from 18:00, weekends off: the first prompt is on Monday morning.
            page.wait_text("Next break: Monday at 08:05").await?;
            page.wait_text("after your quiet hours or days off").await?;

            // Saturday too, and quiet until 10:00: the prompt moves to Saturday 10:20.
            page.field("Saturday").await?.click().await?;
            page.wait_text("Next break: tomorrow at 08:05").await?;
            page.driver
                .execute(
                    "const f = document.getElementById('coach-quiet-until'); f.value = '10:00'; \
                 f.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![],
                )
                .await?;
            page.wait_text("Next break: tomorrow at 10:20").await?;

            // 18:35 would be a prompt without quiet hours, and 08:05 on Saturday without the change.
            page.advance_clock(45 * MINUTE).await?;
            let_it_tick().await;
            assert!(!prompt_shown(&page).await?, "quiet at 18:35");
            page.advance_clock(13 * HOUR + 30 * MINUTE).await?;
            let_it_tick().await;
            assert!(
                !prompt_shown(&page).await?,
                "still quiet at 08:05 on Saturday"
            );
            page.advance_clock(2 * HOUR + 15 * MINUTE).await?;
            page.wait_xpath(
                "the break prompt",
                "//h2[normalize-space(.)='Time for a break']".into(),
            )
            .await?;

            // The choices are kept.
            let stored = page.stored(COACH_KEY).await?.ok_or("settings saved")?;
            let doc: serde_json::Value = serde_json::from_str(&stored)?;
            assert_eq!(doc["settings"]["schedule"]["quiet"]["until"], 600);
            assert_eq!(doc["settings"]["schedule"]["days"], 0b011_1111);
            // Equal ends are refused with a message, and the last good ones stay.
            page.driver
                .execute(
                    "const f = document.getElementById('coach-quiet-from'); f.value = '10:00'; \
                 f.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![],
                )
                .await?;
            page.wait_text("Quiet hours need a start and an end that differ")
                .await?;
            let stored = page.stored(COACH_KEY).await?.ok_or("settings saved")?;
            assert!(stored.contains(r#""from":1080"#), "{stored}");
            Ok(())
        },
    )
    .await
}

/// Records every `showNotification` call on a service worker registration (title, and whether
/// the browser's promise resolved), then lets the real call go ahead.
const WATCH_NOTIFICATIONS: &str = "
  window.__notified = [];
  const show = ServiceWorkerRegistration.prototype.showNotification;
  ServiceWorkerRegistration.prototype.showNotification = function (title, options) {
    const entry = { title, shown: null };
    window.__notified.push(entry);
    return show.call(this, title, options).then(
      (v) => { entry.shown = true; return v; },
      (e) => { entry.shown = 'refused: ' + e; throw e; });
  };";

/// The notifications the page asked the service worker registration for: (title, shown).
async fn notifications_asked(page: &Browser) -> E2eResult<Vec<(String, serde_json::Value)>> {
    let asked = page
        .driver
        .execute(
            "return (window.__notified || []).map(n => [n.title, n.shown]);",
            vec![],
        )
        .await?;
    Ok(asked.convert()?)
}

async fn wait_service_worker(page: &Browser) -> E2eResult {
    page.driver
        .execute_async(
            "const done = arguments[arguments.length - 1];
             navigator.serviceWorker.ready.then(() => done(true));",
            vec![],
        )
        .await?;
    Ok(())
}

async fn set_notifications(page: &Browser, setting: &str) -> E2eResult {
    let origin = page.base.trim_end_matches('/').to_owned();
    page.driver
        .cdp()
        .send_raw(
            "Browser.setPermission",
            serde_json::json!({
                "permission": { "name": "notifications" },
                "setting": setting,
                "origin": origin,
            }),
        )
        .await?;
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn with_notifications_granted_a_prompt_is_also_a_notification() -> E2eResult {
    e2e(
        "coach-notify-granted",
        setup_at(berlin(0, 9, 0)),
        |page| async move {
            open_coach(&page).await?;
            wait_service_worker(&page).await?;
            page.driver.execute(WATCH_NOTIFICATIONS, vec![]).await?;
            // Asked only on the click.
            page.wait_text("Your browser will ask whether this site may show notifications")
                .await?;
            set_notifications(&page, "granted").await?;
            page.click_button("Also show break prompts as notifications")
                .await?;
            page.wait_text("Notifications are on").await?;
            page.wait_focused(
                "Notifications are on: each break prompt also shows as a notification.",
            )
            .await?;

            page.click_button("I'm at my desk").await?;
            page.advance_clock(45 * MINUTE).await?;
            page.wait_xpath(
                "the break prompt",
                "//h2[normalize-space(.)='Time for a break']".into(),
            )
            .await?;
            let asked = page
                .wait_for("the notification", || async {
                    let asked = notifications_asked(&page).await?;
                    Ok(asked
                        .iter()
                        .any(|(_, shown)| !shown.is_null())
                        .then_some(asked))
                })
                .await?;
            assert_eq!(
                asked,
                vec![("Time for a break".to_owned(), serde_json::json!(true))],
                "one notification, through the service worker registration, shown by the browser"
            );
            assert!(!page.page_text().await?.contains("could not be shown"));
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn with_notifications_denied_the_page_and_the_tab_title_prompt() -> E2eResult {
    e2e(
        "coach-notify-denied",
        setup_at(berlin(0, 9, 0)),
        |page| async move {
            open_coach(&page).await?;
            wait_service_worker(&page).await?;
            page.driver.execute(WATCH_NOTIFICATIONS, vec![]).await?;
            set_notifications(&page, "denied").await?;
            page.click_button("Also show break prompts as notifications")
                .await?;
            page.wait_text("Notifications are blocked for this site")
                .await?;

            page.click_button("I'm at my desk").await?;
            page.advance_clock(45 * MINUTE).await?;
            page.wait_xpath(
                "the break prompt",
                "//h2[normalize-space(.)='Time for a break']".into(),
            )
            .await?;
            assert!(title(&page).await?.contains("Time for a break"));
            let_it_tick().await;
            assert!(
                notifications_asked(&page).await?.is_empty(),
                "no notification"
            );
            Ok(())
        },
    )
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_calendar_file_downloads_and_independent_parsers_read_its_rules() -> E2eResult {
    // Wednesday 2 December, 09:00.
    e2e(
        "coach-calendar",
        setup_at(berlin(2, 9, 0)),
        |page| async move {
            let downloads = page.keep_downloads("coach").await?;
            open_coach(&page).await?;
            // Tuesday and Thursday instead of Monday, Wednesday and Friday, at 18:15, with breaks.
            for day in ["Monday", "Wednesday", "Friday", "Tuesday", "Thursday"] {
                page.driver
                    .find(thirtyfour::By::Id(format!(
                        "coach-exercise-day-{}",
                        day_index(day)
                    )))
                    .await?
                    .click()
                    .await?;
            }
            page.driver
                .execute(
                    "const f = document.getElementById('coach-exercise-at'); f.value = '18:15'; \
                 f.dispatchEvent(new Event('change', { bubbles: true }));",
                    vec![],
                )
                .await?;
            page.field("Also add break reminders")
                .await?
                .click()
                .await?;
            page.click_button("Download the calendar file").await?;
            page.wait_text("Downloaded glute-check-reminders.ics (14 events)")
                .await?;

            let file = downloads.0.join("glute-check-reminders.ics");
            let text = page
                .wait_for("the downloaded file", || {
                    let file = file.clone();
                    async move {
                        Ok(std::fs::read_to_string(&file)
                            .ok()
                            .filter(|t| t.ends_with("END:VCALENDAR\r\n")))
                    }
                })
                .await?;
            let events = read_calendar(&text, 4).map_err(|e| format!("{e}\n{text}"))?;
            assert_eq!(events.len(), 14);
            let exercise = &events[0];
            assert_eq!(exercise.summary, "Glute exercises");
            assert_eq!(exercise.rrule, "FREQ=WEEKLY;BYDAY=TU,TH");
            assert_eq!(exercise.alarm_triggers, vec!["-PT5M".to_owned()]);
            assert_eq!(
                exercise.occurrences,
                vec![
                    "Thu 18:15 2026-12-03",
                    "Tue 18:15 2026-12-08",
                    "Thu 18:15 2026-12-10",
                    "Tue 18:15 2026-12-15",
                ]
            );
            let breaks = &events[1..];
            assert_eq!(breaks[0].occurrences[0], "Wed 08:45 2026-12-02");
            assert_eq!(breaks[12].occurrences[0], "Wed 17:45 2026-12-02");
            for event in breaks {
                assert_eq!(event.rrule, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
                assert_eq!(event.alarm_triggers, vec!["PT0S".to_owned()]);
            }
            Ok(())
        },
    )
    .await
}

fn day_index(day: &str) -> usize {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .iter()
    .position(|d| *d == day)
    .unwrap_or(0)
}

#[tokio::test(flavor = "multi_thread")]
async fn the_plan_links_to_the_coach() -> E2eResult {
    e2e("coach-from-plan", Setup::at(PHONE), |page| async move {
        let p = common::assessment::mild_case();
        page.click_button("Start the check").await?;
        page.complete_assessment(&p).await?;
        page.wait_heading("Your results").await?;
        page.click_button("See my exercise plan").await?;
        page.wait_heading("Your exercise plan").await?;
        page.click_button("Remind me to take breaks").await?;
        page.wait_heading("Sitting-break coach").await?;
        Ok(())
    })
    .await
}
