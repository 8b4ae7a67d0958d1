#![cfg(not(target_arch = "wasm32"))]
//! Privacy and safety, by proof: a whole visit makes no request to anywhere but the app's own
//! origin (blob: and data: URLs stay in the browser), and text that looks like markup, typed
//! into a field, put into a plan link or hidden in an imported history file, is only ever shown
//! as text: no element is made from it and no script of it runs.

mod common;

use std::time::Duration;

use common::assessment::mild_case;
use common::{e2e, Browser, E2eResult, Setup};
use thirtyfour::prelude::*;

const KEY: &str = "glute-check.history";
const V1_HISTORY: &str = include_str!("fixtures/history-v1.json");

/// Markup that would open an alert or set `window.__xss` if it ever became part of the page.
const PAYLOADS: [&str; 3] = [
    "<img src=x onerror=alert(1)>",
    "<img src=x onerror=\"window.__xss=1\">",
    "\"><svg onload=\"window.__xss=2\"></svg><script>window.__xss=3</script>",
];

// ---------------------------------------------------------------------------------------------
// Zero network
// ---------------------------------------------------------------------------------------------

/// One request the page made, with the moment of the visit it was seen in.
#[derive(Debug)]
struct Request {
    stage: &'static str,
    kind: &'static str,
    url: String,
}

/// Reads (and so empties) the performance log and keeps every request, web socket and web
/// transport it names, plus the page's own resource-timing entries as a second witness.
async fn record(page: &Browser, stage: &'static str, seen: &mut Vec<Request>) -> E2eResult {
    for entry in page.driver.get_log("performance").await? {
        let Ok(value) = serde_json::from_str::<serde_json::Value>(&entry.message) else {
            continue;
        };
        let message = &value["message"];
        let method = message["method"].as_str().unwrap_or_default();
        let params = &message["params"];
        let (kind, url) = match method {
            "Network.requestWillBeSent" => ("request", &params["request"]["url"]),
            "Network.webSocketCreated" => ("websocket", &params["url"]),
            "Network.webTransportCreated" => ("webtransport", &params["url"]),
            "Network.eventSourceMessageReceived" => ("event source", &params["url"]),
            _ => continue,
        };
        seen.push(Request {
            stage,
            kind,
            url: url.as_str().unwrap_or("(no url)").to_owned(),
        });
    }
    // Cleared after each read, so that each stage lists only what it loaded.
    let timed: Vec<String> = page
        .driver
        .execute(
            "const names = performance.getEntriesByType('resource').map(e => e.name); \
             performance.clearResourceTimings(); return names",
            vec![],
        )
        .await?
        .convert()?;
    for url in timed {
        seen.push(Request {
            stage,
            kind: "resource timing",
            url,
        });
    }
    Ok(())
}

/// Anything not on the app's own origin, and not a blob: or data: URL that never leaves the
/// browser.
fn leaves_the_device(url: &str, origin: &str) -> bool {
    !(url.starts_with(origin) || url.starts_with("blob:") || url.starts_with("data:"))
}

#[tokio::test(flavor = "multi_thread")]
async fn a_whole_visit_makes_no_request_beyond_the_app_itself() -> E2eResult {
    e2e("privacy-network", Setup::default(), |page| async move {
        let origin = page.base.clone();
        assert!(origin.starts_with("http://127.0.0.1:"), "{origin}");
        // Keep the export inside a folder of the test, to see that it was written locally.
        let downloads = page.keep_downloads("privacy").await?;

        // Before the app opened, the fresh browser showed its own new-tab page: its chrome://
        // resources are the browser's, not the page's. Everything else counts, and the app is
        // then loaded again so that its own first load is recorded from an empty log.
        let mut seen = Vec::new();
        page.wait_heading("Glute Check").await?;
        record(&page, "first load", &mut seen).await?;
        seen.retain(|r| !r.url.starts_with("chrome://"));
        page.driver.refresh().await?;
        page.wait_heading("Glute Check").await?;
        record(&page, "welcome", &mut seen).await?;

        page.click_button("Start the check").await?;
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        record(&page, "assessment", &mut seen).await?;

        let results_url = page.driver.current_url().await?.to_string();
        let slider = page.driver.find(By::Id("what-if-days")).await?;
        slider.send_keys(Key::Left).await?;
        page.button("Back to my answers").await?;
        record(&page, "what-if", &mut seen).await?;

        page.click_button("See my exercise plan").await?;
        page.wait_heading("Your exercise plan").await?;
        record(&page, "plan", &mut seen).await?;

        page.goto("#/history").await?;
        page.wait_heading("Your history").await?;
        record(&page, "history", &mut seen).await?;

        page.click_button("Export my history").await?;
        page.wait_text("Downloaded glute-check-history-").await?;
        // The file lands in the test's download folder.
        let (_, contents) = downloads.wait_file(".json").await?;
        record(&page, "export", &mut seen).await?;

        // The plan link, opened afresh in the same browser.
        let (_, fragment) = results_url
            .split_once("#/results/")
            .ok_or(format!("a results address: {results_url}"))?;
        page.goto(&format!("#/plan/{fragment}")).await?;
        page.driver.refresh().await?;
        page.wait_heading("Your exercise plan").await?;
        record(&page, "plan link", &mut seen).await?;

        // And a reload of the welcome screen, where everything is fetched again.
        page.goto("").await?;
        page.driver.refresh().await?;
        page.wait_heading("Glute Check").await?;
        tokio::time::sleep(Duration::from_millis(500)).await;
        record(&page, "reload", &mut seen).await?;

        // Whatever a service worker keeps in its caches must have come from the app too.
        let cached: Vec<String> = page
            .driver
            .execute_async(
                r#"const done = arguments[arguments.length - 1];
                if (!('caches' in window)) { done([]); return; }
                caches.keys()
                  .then(names => Promise.all(names.map(n => caches.open(n).then(c => c.keys()))))
                  .then(lists => done(lists.flat().map(r => r.url)))
                  .catch(e => done(['(caches unreadable: ' + e + ')']));"#,
                vec![],
            )
            .await?
            .convert()?;
        for url in cached {
            seen.push(Request {
                stage: "end",
                kind: "cached",
                url,
            });
        }
        println!(
            "export written to the local download folder: {:?}",
            downloads.names(".json")?
        );
        assert!(
            contents.contains("\"app\":\"glute-check\"") && contents.contains("\"records\":[{"),
            "the exported file holds the history: {contents}"
        );

        println!("requests seen during the visit ({}):", seen.len());
        for r in &seen {
            println!("  [{}] {}: {}", r.stage, r.kind, r.url);
        }
        let outside: Vec<&Request> = seen
            .iter()
            .filter(|r| leaves_the_device(&r.url, &origin))
            .collect();
        assert!(
            outside.is_empty(),
            "requests beyond {origin}:\n{}",
            outside
                .iter()
                .map(|r| format!("  [{}] {}: {}", r.stage, r.kind, r.url))
                .collect::<Vec<_>>()
                .join("\n")
        );
        assert!(
            seen.iter()
                .any(|r| r.kind == "request" && r.url.ends_with(".wasm")),
            "the log really recorded the page's own requests: {seen:?}"
        );
        Ok(())
    })
    .await
}

// ---------------------------------------------------------------------------------------------
// Markup as data
// ---------------------------------------------------------------------------------------------

/// Fails if anything of a payload ran or became an element: an alert, `window.__xss`, an image
/// with src "x", an element carrying an inline event handler, or a page error.
async fn assert_nothing_ran(page: &Browser, context: &str) -> E2eResult {
    // An image error handler fires after the failed load: give it time.
    tokio::time::sleep(Duration::from_millis(400)).await;
    if let Ok(text) = page.driver.get_alert_text().await {
        let _ = page.driver.dismiss_alert().await;
        return Err(format!("{context}: an alert opened saying {text:?}").into());
    }
    let (images, xss, handlers): (i64, String, i64) = page
        .driver
        .execute(
            r#"return [
                document.querySelectorAll('img[src="x"]').length,
                typeof window.__xss,
                document.querySelectorAll('[onerror], [onload], body script').length,
            ]"#,
            vec![],
        )
        .await?
        .convert()?;
    assert_eq!(images, 0, "{context}: an <img src=x> was made");
    assert_eq!(xss, "undefined", "{context}: window.__xss was set");
    assert_eq!(
        handlers, 0,
        "{context}: an element with an inline handler or script was made"
    );
    let errors = page.page_errors().await?;
    assert!(errors.is_empty(), "{context}: page errors {errors:?}");
    Ok(())
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_typed_into_a_field_is_kept_as_text() -> E2eResult {
    let setup = Setup {
        start: "#/check/1".into(),
        ..Setup::default()
    };
    e2e("privacy-xss-field", setup, |page| async move {
        let p = mild_case();
        page.wait_heading("About you").await?;
        page.fill_about_you(&p).await?;
        page.fill_sitting(&p).await?;
        let prompt = common::assessment::SITTING_QUESTION;
        for payload in PAYLOADS {
            page.type_into(prompt, payload).await?;
            page.next_step("About you").await?;
            page.wait_text("Please enter the hours as a number").await?;
            let field = page.field(prompt).await?;
            assert_eq!(
                field.prop("value").await?.as_deref(),
                Some(payload),
                "the text stays as typed"
            );
            assert_nothing_ran(&page, &format!("typed {payload:?}")).await?;
        }
        // Following the error link and fixing the answer still works.
        page.type_into(prompt, "7").await?;
        page.next_step("How you feel").await?;
        assert_nothing_ran(&page, "after fixing the answer").await?;
        Ok(())
    })
    .await
}

fn encode_fragment(text: &str) -> String {
    let mut out = String::new();
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_in_a_plan_link_shows_the_link_error() -> E2eResult {
    e2e("privacy-xss-link", Setup::default(), |page| async move {
        page.wait_heading("Glute Check").await?;
        for payload in PAYLOADS {
            for route in ["plan", "results"] {
                for (how, fragment) in [
                    ("raw", format!("#/{route}/{payload}")),
                    ("encoded", format!("#/{route}/{}", encode_fragment(payload))),
                ] {
                    let context = format!("{how} {route} link with {payload:?}");
                    page.goto(&fragment).await?;
                    page.driver.refresh().await?;
                    page.wait_heading("We could not open this plan link")
                        .await
                        .map_err(|e| format!("{context}: {e}"))?;
                    assert_nothing_ran(&page, &context).await?;
                }
            }
            // Set from a running page, as a link clicked inside the app would.
            page.goto("").await?;
            page.wait_heading("Glute Check").await?;
            page.driver
                .execute(
                    "window.location.hash = '#/plan/' + arguments[0]",
                    vec![serde_json::json!(payload)],
                )
                .await?;
            page.wait_heading("We could not open this plan link")
                .await?;
            assert_nothing_ran(&page, &format!("hash set to {payload:?}")).await?;
        }
        Ok(())
    })
    .await
}

#[tokio::test(flavor = "multi_thread")]
async fn markup_inside_an_imported_history_file_is_shown_as_text_or_refused() -> E2eResult {
    let setup = Setup {
        start: "#/check/1".into(),
        ..Setup::default()
    };
    e2e("privacy-xss-import", setup, |page| async move {
        page.complete_assessment(&mild_case()).await?;
        page.wait_heading("Your results").await?;
        let stored = page.stored(KEY).await?.ok_or("the check was stored")?;
        let doc: serde_json::Value = serde_json::from_str(&stored)?;
        let record = doc["records"][0].clone();
        let taken_at = record["taken_at"].as_u64().ok_or("a taken_at")?;

        // A v2 history whose record ids are the payloads (readable records, so they are
        // added), and one record whose date is a payload (skipped, with a reason).
        let mut records = Vec::new();
        for (i, payload) in PAYLOADS.iter().enumerate() {
            let mut r = record.clone();
            r["id"] = serde_json::json!(payload);
            r["taken_at"] = serde_json::json!(taken_at - 86_400_000 * (i as u64 + 1));
            records.push(r);
        }
        let mut bad_date = record.clone();
        bad_date["id"] = serde_json::json!("bad-date");
        bad_date["taken_at"] = serde_json::json!(PAYLOADS[1]);
        records.push(bad_date);
        let v2 = serde_json::json!({ "app": "glute-check", "schema": 2, "records": records })
            .to_string();

        // A v1 history whose first date is a payload: its reason quotes the date back.
        let mut v1: serde_json::Value = serde_json::from_str(V1_HISTORY)?;
        v1["records"][0]["date"] = serde_json::json!(PAYLOADS[1]);
        let v1 = v1.to_string();

        // Files that are not ours at all, with the payload where the app's name goes and as
        // the whole text.
        let not_ours =
            serde_json::json!({ "app": PAYLOADS[0], "schema": 2, "records": [] }).to_string();

        page.goto("#/history").await?;
        page.wait_heading("Your history").await?;

        page.import_history_file("v2.json", &v2, "Added 3 assessments")
            .await?;
        page.wait_text("could not be read").await?;
        page.wait_text("4 assessments").await?;
        assert_nothing_ran(&page, "v2 file with payload ids").await?;

        page.import_history_file("v1.json", &v1, "is not a real date")
            .await?;
        let shown = page.page_text().await?;
        assert!(
            shown.contains(PAYLOADS[1]),
            "the bad date is quoted as text: {shown}"
        );
        assert_nothing_ran(&page, "v1 file with a payload date").await?;

        page.import_history_file(
            "not-ours.json",
            &not_ours,
            "This file was not made by Glute Check",
        )
        .await?;
        assert_nothing_ran(&page, "a file of another app").await?;

        page.import_history_file("not-json.json", PAYLOADS[2], "This file could not be read")
            .await?;
        assert_nothing_ran(&page, "a file of markup").await?;

        // Stored with the payload ids, the history shows again after a reload, and an entry
        // with such an id can be deleted and restored.
        let stored = page.stored(KEY).await?.unwrap_or_default();
        assert!(stored.contains("onerror"), "the ids were kept: {stored}");
        page.driver.refresh().await?;
        page.wait_heading("Your history").await?;
        page.wait_text("5 assessments").await?;
        assert_nothing_ran(&page, "the stored history after a reload").await?;
        let deletes = page.entry_delete_buttons().await?;
        deletes.last().ok_or("a delete button")?.click().await?;
        page.click_button("Undo").await?;
        page.wait_text("5 assessments").await?;
        assert_nothing_ran(&page, "delete and undo").await?;
        Ok(())
    })
    .await
}
