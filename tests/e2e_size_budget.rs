#![cfg(not(target_arch = "wasm32"))]
//! The size budget of a first visit: what a phone must download before the app runs (the page
//! with its inlined styles, the JS glue and the wasm), gzip-compressed as static hosts send it.
//! The service worker, manifest and icons come later or never and are not counted.
//!
//! Issue 8 sets 150 KB (target 110 KB). The build does not meet that yet (see README, "Speed"),
//! so this test holds the line where the build stands: it fails when the first load grows past
//! `CEILING_BYTES`, and prints how far it is from the budget. Lower the ceiling with every cut.

mod common;

use std::io::Write;
use std::process::{Command, Stdio};

use common::{dist_dir, E2eResult};

/// Issue 8's budget for the first-load transfer, gzip, in bytes (KB = 1,000 bytes).
const BUDGET_BYTES: u64 = 150_000;
/// Where the build stands, plus a little room for wording changes; lowered with every cut, and
/// raised only by a feature's measured delta: 163,000, + 2,145 for the exercise pictures' code
/// (main 162,212 -> 164,357 with branch `pictures`), + 56,265 for the guided session, its log
/// and the week view (164,357 -> 220,622, issue 15), + 4,175 for the newcomer fixes (the
/// ordered explanation, the shorter questionnaire; 162,176 -> 166,351, issue 18), + 31,847 for
/// the sitting-break coach and the calendar file (the coach screen about 60% of its code, the
/// reminders core, notification bindings; 164,437 -> 196,284, issue 16), + 17,099 for storage
/// safety and the clinician summary (162,176 -> 179,275, issue 16), + 21,041 for history and
/// export as serde types (162,176 -> 183,217, issue 14; it overlaps the serde code the session
/// and the coach brought). Together, measured on main once merged: 277,885 B (wasm 262,887, JS
/// glue 7,161, index.html 7,837), so the ceiling comes down to just above that. The session log
/// in export and import (issue 15): 277,811 -> 280,559 (+2,748: reading the file's sessions,
/// writing them beside the records, the history screen's new messages and states). Vendored
/// serde-wasm-bindgen without the found value in its messages (no float formatting, see
/// vendor/README.md): 280,559 -> 273,505; a derived count and a borrowed log: 273,342.
const CEILING_BYTES: u64 = 278_300;

/// Bytes of `data` after `gzip -9`, the same measure as `./run bench`.
fn gzip_size(data: &[u8]) -> E2eResult<u64> {
    let mut child = Command::new("gzip")
        .args(["-9", "-c"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()?;
    let mut stdin = child.stdin.take().ok_or("gzip has no stdin")?;
    let input = data.to_vec();
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let output = child.wait_with_output()?;
    writer.join().map_err(|_| "writing to gzip failed")??;
    if !output.status.success() {
        return Err(format!("gzip failed: {}", output.status).into());
    }
    Ok(output.stdout.len() as u64)
}

fn is_first_load(name: &str) -> bool {
    name == "index.html"
        || (name.ends_with(".js") && name != "sw.js")
        || name.ends_with(".wasm")
        || name.ends_with(".css")
}

#[test]
fn the_first_load_stays_within_its_ceiling() -> E2eResult {
    let dist = dist_dir();
    let mut rows = Vec::new();
    for entry in std::fs::read_dir(&dist)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        if entry.file_type()?.is_file() && is_first_load(&name) {
            let data = std::fs::read(entry.path())?;
            rows.push((name, data.len() as u64, gzip_size(&data)?));
        }
    }
    rows.sort();
    assert!(
        rows.iter().any(|(name, ..)| name.ends_with(".wasm")) && rows.len() >= 3,
        "dist/ at {} holds the page, its JS and its wasm: {rows:?}",
        dist.display()
    );
    println!("{:<44} {:>9} {:>9}", "first-load file", "raw", "gzip -9");
    for (name, raw, gz) in &rows {
        println!("{name:<44} {raw:>9} {gz:>9}");
    }
    let total: u64 = rows.iter().map(|(_, _, gz)| gz).sum();
    println!(
        "first load: {total} bytes gzip; ceiling {CEILING_BYTES}; issue 8 budget {BUDGET_BYTES} \
         ({} bytes {})",
        total.abs_diff(BUDGET_BYTES),
        if total <= BUDGET_BYTES {
            "under"
        } else {
            "over"
        }
    );
    assert!(
        total <= CEILING_BYTES,
        "the first load grew to {total} bytes gzip, past its ceiling of {CEILING_BYTES}"
    );
    Ok(())
}
