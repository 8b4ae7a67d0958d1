//! The browser's own JSON (`JSON.parse`/`JSON.stringify` with serde-wasm-bindgen) against the
//! native tests' serde_json, in headless Chromium: what the app writes is the same bytes, and
//! every document (each fixture of an earlier format, what the app writes, foreign and damaged
//! texts) is read with the same outcome, as kept in `tests/golden/` by `tests/core_documents.rs`.
#![cfg(target_arch = "wasm32")]

mod support {
    pub mod corpus;
}

use glute_check::browser::document::{from_json_text, to_json_text, BrowserJson};
use glute_check::core::document::{Count, DocumentError, Object};
use glute_check::core::record::{self, WeekRangeV2};
use support::corpus::{outcomes, written_text, FIXTURES};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

/// Compares document by document, so a failure names the first one that differs.
fn same_as_golden(actual: &str, golden: &str) {
    for (now, kept) in actual.split("\n== ").zip(golden.split("\n== ")) {
        assert_eq!(now, kept, "the browser differs from the native golden file");
    }
    assert_eq!(actual.len(), golden.len(), "as many documents");
}

#[wasm_bindgen_test]
fn the_browser_writes_the_same_bytes_as_the_native_tests() {
    same_as_golden(
        &written_text::<BrowserJson>(),
        include_str!("golden/written.txt"),
    );
}

#[wasm_bindgen_test]
fn the_browser_reads_every_document_as_the_native_tests_do() {
    same_as_golden(
        &outcomes::<BrowserJson>(),
        include_str!("golden/outcomes.txt"),
    );
}

#[wasm_bindgen_test]
fn every_fixture_loads_in_the_browser() {
    for (name, text) in FIXTURES {
        let loaded = record::decode_store::<BrowserJson>(text).expect(name);
        assert!(loaded.skipped.is_empty(), "{name}");
        assert!(!loaded.records.is_empty(), "{name}");
    }
}

#[wasm_bindgen_test]
fn json_text_round_trips_and_refuses_what_is_not_the_type() {
    let range = Object(WeekRangeV2 {
        low: Count(3),
        high: Count(6),
        open_ended: false,
    });
    let text = to_json_text(&range).expect("written");
    assert_eq!(text, r#"{"low":3,"high":6,"open_ended":false}"#);
    let back: Object<WeekRangeV2> = from_json_text(&text).expect("read back");
    assert_eq!(back, range);
    let back: Object<WeekRangeV2> = from_json_text(r#"{"open_ended":false,"high":6.0,"low":3}"#)
        .expect("in any order, whole numbers in any form");
    assert_eq!(back, range);
    for text in [r#"{"low":3,"high":"6","open_ended":false}"#, "[3,6,false]"] {
        assert!(
            matches!(
                from_json_text::<Object<WeekRangeV2>>(text),
                Err(DocumentError::Body(_))
            ),
            "{text}"
        );
    }
    assert!(matches!(
        from_json_text::<Object<WeekRangeV2>>("{"),
        Err(DocumentError::NotJson(_))
    ));
}
