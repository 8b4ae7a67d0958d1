//! Storage that survives and the summary for a clinician (issue 16, items 3 and 4): persistent
//! storage asked for after the first save and its answer shown, Safari's seven-day note only
//! where it applies, the backup reminder as time passes (the clock is the page's `Date.now`,
//! set by the test, never waited for), and the summary in print emulation, as a PDF of one or
//! two A4 and Letter pages.
#![cfg(not(target_arch = "wasm32"))]

mod common;

use common::assessment::mild_case;
use common::{e2e, Browser, E2eResult, Setup, PHONE};
use thirtyfour::By;

const KEEPING_KEY: &str = "glute-check.keeping";
const DAY_MS: u64 = 86_400_000;
/// 2026-12-02 00:00 UTC.
const T0: u64 = 1_796_169_600_000;

const IPHONE_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1";

/// Before any page script: `Date.now` reads the time the test set in sessionStorage (when it
/// set one), and `navigator.storage.persist`/`persisted` are wrapped so the test sees each
/// request and decides the answer. Counts survive reloads (sessionStorage).
const INJECTED: &str = r#"
(function () {
  const realNow = Date.now.bind(Date);
  Date.now = function () {
    const fake = sessionStorage.getItem('e2e-now');
    return fake === null ? realNow() : Number(fake);
  };
  if (window.StorageManager) {
    StorageManager.prototype.persisted = function () {
      return Promise.resolve(sessionStorage.getItem('e2e-persisted') === 'yes');
    };
    StorageManager.prototype.persist = function () {
      const calls = Number(sessionStorage.getItem('e2e-persist-calls') || 0) + 1;
      sessionStorage.setItem('e2e-persist-calls', String(calls));
      const granted = sessionStorage.getItem('e2e-persist-answer') !== 'no';
      if (granted) sessionStorage.setItem('e2e-persisted', 'yes');
      return Promise.resolve(granted);
    };
  }
})();
"#;

fn setup(start: &str) -> Setup {
    Setup {
        init_script: Some(INJECTED),
        start: start.into(),
        viewport: PHONE,
        ..Setup::default()
    }
}

async fn persist_calls(page: &Browser) -> E2eResult<u64> {
    let calls = page
        .driver
        .execute(
            "return Number(sessionStorage.getItem('e2e-persist-calls') || 0)",
            vec![],
        )
        .await?;
    Ok(calls.json().as_u64().unwrap_or(0))
}

async fn session_set(page: &Browser, key: &str, value: &str) -> E2eResult {
    page.driver
        .execute(
            "sessionStorage.setItem(arguments[0], arguments[1])",
            vec![serde_json::json!(key), serde_json::json!(value)],
        )
        .await?;
    Ok(())
}

/// Sets the page's clock and reloads, so the app starts at that time.
async fn reload_at(page: &Browser, now_ms: u64) -> E2eResult {
    session_set(page, "e2e-now", &now_ms.to_string()).await?;
    page.driver.refresh().await?;
    page.wait_app_started().await
}

async fn absent(page: &Browser, text: &str) -> E2eResult {
    let shown = page.page_text().await?;
    assert!(!shown.contains(text), "{text:?} is not shown:\n{shown}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn persistent_storage_is_asked_for_after_the_first_save_and_the_answer_shown() -> E2eResult {
    e2e("storage-persist", setup("#/history"), |page| async move {
        page.wait_heading("Your history").await?;
        page.wait_text("Once you have saved a check").await?;
        assert_eq!(
            persist_calls(&page).await?,
            0,
            "nothing saved, nothing asked"
        );

        page.goto("#/check/1").await?;
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        page.wait_for("persist() to be asked once", || async {
            Ok((persist_calls(&page).await? == 1).then_some(()))
        })
        .await?;

        page.click_button("My history").await?;
        page.wait_heading("Your history").await?;
        page.wait_text("Kept for good").await?;
        page.wait_text("Your saved checks take").await?;
        page.screenshot_full("storage-persist-granted").await?;

        // Granted once is granted: a new visit reads it and does not ask again.
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_text("Kept for good").await?;
        assert_eq!(persist_calls(&page).await?, 1);

        // A browser that says no is told as it is, with the backup as the way to be safe.
        session_set(&page, "e2e-persisted", "no").await?;
        session_set(&page, "e2e-persist-answer", "no").await?;
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_text("Not promised").await?;
        assert_eq!(persist_calls(&page).await?, 2);
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn the_seven_day_note_shows_on_iphone_safari_only() -> E2eResult {
    e2e("storage-safari", setup("#/history"), |page| async move {
        page.wait_heading("Your history").await?;
        page.wait_text("Is my history safe?").await?;
        absent(&page, "Safari may clear your history").await?;

        page.driver
            .cdp()
            .send_raw(
                "Emulation.setUserAgentOverride",
                serde_json::json!({ "userAgent": IPHONE_SAFARI, "platform": "iPhone" }),
            )
            .await?;
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_heading("Your history").await?;
        page.wait_text("Safari may clear your history after 7 days")
            .await?;
        page.wait_text("Add to Home Screen").await?;
        page.screenshot_full("storage-safari-note").await?;

        // Opened from the Home Screen: the rule does not apply, and the note says so instead.
        page.driver
            .cdp()
            .page()
            .add_script_to_evaluate_on_new_document(
                "Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true });",
            )
            .await?;
        page.driver.refresh().await?;
        page.wait_app_started().await?;
        page.wait_text("You opened Glute Check from your Home Screen")
            .await?;
        absent(&page, "Safari may clear your history").await?;
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn a_backup_is_offered_then_reminded_once_weeks_pass_with_new_checks() -> E2eResult {
    e2e("storage-backup-reminder", setup(""), |page| async move {
        page.wait_heading("Glute Check").await?;
        reload_at(&page, T0).await?;
        page.goto("#/check/1").await?;
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        absent(&page, "A gentle reminder").await?;
        page.click_button("My history").await?;
        page.wait_text("1 saved check is not in a backup yet").await?;

        // Three weeks on, never backed up: a reminder.
        reload_at(&page, T0 + 22 * DAY_MS).await?;
        page.wait_text("You have not made a backup yet: 1 saved check is only in this browser, the oldest for 3 weeks").await?;
        page.click_button("Export my history").await?;
        page.wait_text("Your last backup (2026-12-24) has every saved check in it.").await?;
        let stored = page.stored(KEEPING_KEY).await?.ok_or("the backup time is stored")?;
        assert!(
            stored.contains(&format!("\"last_backup_ms\":{}", T0 + 22 * DAY_MS)) && stored.contains("\"version\":1"),
            "{stored}"
        );

        // Weeks later with nothing new: still up to date, no reminder anywhere.
        reload_at(&page, T0 + 60 * DAY_MS).await?;
        page.wait_text("Your last backup (2026-12-24) has every saved check in it.").await?;

        // A new check after those weeks: the reminder comes, right where the check is shown.
        page.click_button("New check").await?;
        page.finish_prefilled_check(&mild_case()).await?;
        page.wait_text("A gentle reminder: your last backup was 5 weeks ago and 1 check since then is not in it.").await?;
        page.screenshot_full("storage-backup-reminder").await?;
        page.click_button("Back up now in My history").await?;
        page.wait_heading("Your history").await?;
        page.wait_text("Your last backup was 5 weeks ago (2026-12-24), and 1 check since then is not in it.").await?;
        Ok(())
    })
    .await
}

/// Pages of a PDF made by Chromium (one `/Type /Page` object per page).
fn pdf_pages(pdf: &[u8]) -> usize {
    let text = String::from_utf8_lossy(pdf);
    text.match_indices("/Type /Page")
        .filter(|(at, m)| !text[at + m.len()..].starts_with('s'))
        .count()
}

async fn print_pages(
    page: &Browser,
    width_in: f64,
    height_in: f64,
    name: &str,
) -> E2eResult<usize> {
    use base64::Engine as _;
    let pdf = page
        .driver
        .cdp()
        .send_raw(
            "Page.printToPDF",
            serde_json::json!({ "paperWidth": width_in, "paperHeight": height_in, "printBackground": true }),
        )
        .await?;
    let data = pdf["data"].as_str().ok_or("a PDF came back")?;
    let bytes = base64::engine::general_purpose::STANDARD.decode(data)?;
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir)?;
    std::fs::write(dir.join(format!("{name}.pdf")), &bytes)?;
    Ok(pdf_pages(&bytes))
}

#[tokio::test(flavor = "multi_thread")]
async fn the_clinician_summary_prints_on_one_or_two_pages_without_controls() -> E2eResult {
    e2e("summary-print", setup("#/check/1"), |page| async move {
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        page.click_button("Summary for your physio or doctor")
            .await?;
        page.wait_heading("Summary for your physiotherapist or doctor")
            .await?;
        for text in [
            "Red-flag screen",
            "Outcome: clear.",
            "Self-tests against age norms",
            "One-leg bridge hold",
            "Recovery estimate and what moved it",
            "Plan phase and the checks for the next one",
            "1 check saved on this device.",
            "No sessions are logged on this device yet.",
        ] {
            page.wait_text(text).await?;
        }
        // Figures are in real tables, with headers a screen reader can announce.
        let headers = page.driver.find_all(By::Css("table th[scope]")).await?;
        assert!(
            headers.len() > 20,
            "{} table headers with scope",
            headers.len()
        );
        page.screenshot_full("summary-phone").await?;

        // 320 px wide: nothing sticks out sideways.
        page.set_viewport(common::Viewport {
            width: 320,
            height: 700,
        })
        .await?;
        let wide: u64 = page
            .driver
            .execute("return document.documentElement.scrollWidth", vec![])
            .await?
            .convert()?;
        assert!(wide <= 320, "the page is {wide} px wide at 320 px");
        page.set_viewport(PHONE).await?;

        page.driver
            .cdp()
            .send_raw(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "print" }),
            )
            .await?;
        for el in page
            .driver
            .find_all(By::Css("nav, button, .site-header, .keep-plan"))
            .await?
        {
            assert!(
                !el.is_displayed().await?,
                "{} is hidden in print",
                el.outer_html().await?
            );
        }
        for el in page.driver.find_all(By::Css("main a")).await? {
            assert!(
                !el.is_displayed().await?,
                "the link {} is hidden in print",
                el.text().await?
            );
        }
        page.screenshot_full("summary-print").await?;
        let a4 = print_pages(&page, 8.27, 11.69, "summary-a4").await?;
        let letter = print_pages(&page, 8.5, 11.0, "summary-letter").await?;
        println!("summary PDF: {a4} pages on A4, {letter} on Letter");
        assert!((1..=2).contains(&a4), "{a4} A4 pages");
        assert!((1..=2).contains(&letter), "{letter} Letter pages");
        page.driver
            .cdp()
            .send_raw(
                "Emulation.setEmulatedMedia",
                serde_json::json!({ "media": "" }),
            )
            .await?;

        // Reachable from the plan and from the history too.
        page.click_button("Back to my plan").await?;
        page.wait_heading("Your exercise plan").await?;
        page.click_button("Summary for your physio or doctor")
            .await?;
        page.wait_heading("Summary for your physiotherapist or doctor")
            .await?;
        page.click_button("My history").await?;
        page.wait_heading("Your history").await?;
        page.click_button("Summary for your physio or doctor")
            .await?;
        page.wait_heading("Summary for your physiotherapist or doctor")
            .await?;
        Ok(())
    })
    .await
}
