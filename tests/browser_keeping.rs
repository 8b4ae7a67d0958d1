//! The adapters behind "Is my history safe?" against real browser APIs in headless Chromium:
//! the JSON document edge, `navigator.storage`, the platform facts and our keys' byte count.
#![cfg(target_arch = "wasm32")]

use glute_check::browser::storage::LocalStore;
use glute_check::browser::{document, persistence, platform};
use glute_check::core::saved::keeping::{KeepingDoc, KEEPING_VERSION};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn the_keeping_document_round_trips_through_the_browsers_json() {
    let doc = KeepingDoc::backed_up(1_796_169_600_000);
    let text = document::to_json_text(&doc).expect("written");
    assert_eq!(text, r#"{"version":1,"last_backup_ms":1796169600000}"#);
    assert_eq!(document::from_json_text::<KeepingDoc>(&text), Ok(doc));
    // Never backed up: the field is left out, and reads back as none.
    let fresh: KeepingDoc = document::from_json_text(r#"{"version":1}"#).expect("read");
    assert_eq!(fresh.version, KEEPING_VERSION);
    assert_eq!(fresh.last_backup_ms, None);
}

#[wasm_bindgen_test]
fn damaged_documents_are_errors_not_panics() {
    for text in [
        "",
        "not json",
        "[]",
        r#"{"version":"1"}"#,
        r#"{"version":1,"last_backup_ms":-5}"#,
    ] {
        assert!(
            document::from_json_text::<KeepingDoc>(text).is_err(),
            "{text}"
        );
    }
}

#[wasm_bindgen_test]
async fn the_browser_answers_about_keeping_and_space() {
    // Headless Chromium has navigator.storage on its http://127.0.0.1 test page.
    assert!(persistence::persisted().await.is_ok());
    let site = persistence::estimate().await.expect("an estimate");
    assert!(site.quota > 0, "{site:?}");
}

#[wasm_bindgen_test]
fn the_platform_facts_name_this_browser() {
    let facts = platform::facts().expect("facts");
    assert!(facts.user_agent.contains("Chrome"), "{}", facts.user_agent);
    assert!(!facts.standalone);
}

#[wasm_bindgen_test]
fn our_entries_are_listed_by_prefix() {
    let store = LocalStore::open().expect("open");
    store.write("glute-check.test-a", "x").expect("write");
    store.write("other.key", "y").expect("write");
    let entries = store.entries("glute-check.").expect("listed");
    assert!(entries.contains(&("glute-check.test-a".to_owned(), "x".to_owned())));
    assert!(entries.iter().all(|(k, _)| k.starts_with("glute-check.")));
    store.remove("glute-check.test-a").expect("remove");
    store.remove("other.key").expect("remove");
}
