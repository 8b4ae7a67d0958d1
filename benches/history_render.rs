//! How long the history screen takes to render with many saved assessments, in headless
//! Chromium against the built `dist/` (run `trunk build --release` first):
//!
//!     cargo bench --bench history_render            # 1,000 entries
//!     HISTORY_ENTRIES=10000 cargo bench --bench history_render
//!
//! A benchmark, not a test: it prints the figures (and the stored size, against the ~5 MB
//! localStorage quota) and fails only if the page does not show the history at all.

#[path = "../tests/common/mod.rs"]
mod common;

use common::{e2e, E2eResult, Setup};
use glute_check::core::answers::{
    Answers, BreakCommitment, GluteFeel, PainScores, PelvisDrop, SideSeconds, SittingDay, Trend,
    YesNoUnsure,
};
use glute_check::core::examples::typical_desk_worker;
use glute_check::core::record::{encode_store, AssessmentRecord};

#[path = "../tests/support"]
mod support {
    pub use glute_check::core::document::*;
    pub mod native_json;
}
use support::native_json::NativeJson;

const TARGET_MS: f64 = 100.0;

/// Someone getting slowly better over the weeks: values drift so charts have real lines.
fn person(i: u32) -> Answers {
    let step = |max: u32| (i % (max + 1)) as u8;
    Answers {
        sitting: SittingDay { half_hours: 22 },
        pain: PainScores {
            low_back: 7 - step(5),
            hip: 4 - step(3),
            knee: step(2),
            ankle: 0,
        },
        compensation: YesNoUnsure::No,
        trend: Trend::Better,
        glute_feel: GluteFeel::Clearly,
        bridge_hold: SideSeconds {
            left: 20 + (i % 40) as u16,
            right: 22 + (i % 40) as u16,
        },
        stance_hold: SideSeconds {
            left: 25,
            right: 28,
        },
        pelvis_drop: PelvisDrop::Neither,
        break_commitment: Some(BreakCommitment::Yes),
        ..typical_desk_worker()
    }
}

#[tokio::main(flavor = "multi_thread")]
async fn main() -> E2eResult {
    let entries: u32 = std::env::var("HISTORY_ENTRIES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1_000);
    let first = person(0);
    let records: Vec<AssessmentRecord> = (0..entries)
        .map(|i| {
            AssessmentRecord::new(
                person(i),
                1_700_000_000_000 + u64::from(i) * 86_400_000,
                Some(&first),
            )
        })
        .collect();
    let stored = encode_store::<NativeJson>(&records).expect("times from 2023 fit");
    println!(
        "{entries} entries: {} bytes stored ({:.1}% of a 5 MB quota)",
        stored.len(),
        stored.len() as f64 / 5_242_880.0 * 100.0
    );

    e2e("bench-history", Setup::default(), move |page| async move {
        page.wait_heading("Glute Check").await?;
        if let Err(e) = page.store("glute-check.history", &stored).await {
            // Past the quota the browser refuses the text; the app then keeps new checks in the
            // tab and says so (tested in e2e_history). Nothing to render here.
            println!("the browser refused to store {entries} entries: {}", e.to_string().lines().next().unwrap_or(""));
            return Ok(());
        }
        let mut timings = Vec::new();
        for _ in 0..5 {
            page.goto("").await?;
            page.driver.refresh().await?;
            page.wait_heading("Glute Check").await?;
            // From the click on the history link to the screen's list being in the page.
            let ms: f64 = page
                .driver
                .execute_async(
                    r#"const done = arguments[0];
                       const start = performance.now();
                       location.hash = '#/history';
                       const check = () => {
                         if (document.querySelectorAll('main li').length > 0) {
                           requestAnimationFrame(() => done(performance.now() - start));
                         } else { setTimeout(check, 0); }
                       };
                       check();"#,
                    vec![],
                )
                .await?
                .convert()?;
            timings.push(ms);
        }
        timings.sort_by(|a, b| a.total_cmp(b));
        let median = timings[timings.len() / 2];
        println!("history screen with {entries} entries: median {median:.1} ms to render (runs: {timings:.1?}); budget {TARGET_MS} ms");
        Ok(())
    })
    .await
}
