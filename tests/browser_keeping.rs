//! The adapters behind "Is my history safe?" against real browser APIs in headless Chromium:
//! `navigator.storage`, the platform facts and our keys' byte count.
#![cfg(target_arch = "wasm32")]

use glute_check::browser::storage::LocalStore;
use glute_check::browser::{persistence, platform};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

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
