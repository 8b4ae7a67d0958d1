#![cfg(not(target_arch = "wasm32"))]
//! What the app writes and what it makes of every document it may be given, through serde_json,
//! kept in `tests/golden/`. `tests/browser_document.rs` checks that the browser's own JSON
//! writes and reads exactly the same. After a deliberate change, regenerate with
//! `UPDATE_GOLDEN=1 cargo test --test core_documents` and review the diff.

mod support {
    pub use glute_check::core::document::*;
    pub mod corpus;
    pub mod native_json;
}

use support::corpus::{outcome, outcomes, written_text, FIXTURES};
use support::native_json::NativeJson;

fn golden(name: &str, actual: &str) {
    let path = format!("{}/tests/golden/{name}", env!("CARGO_MANIFEST_DIR"));
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).expect("golden file written");
        return;
    }
    let kept = std::fs::read_to_string(&path).expect("golden file (UPDATE_GOLDEN=1 makes it)");
    for (kept, now) in kept.split("\n== ").zip(actual.split("\n== ")) {
        assert_eq!(now, kept, "differs from {path}");
    }
    assert_eq!(actual, kept, "differs from {path}");
}

#[test]
fn what_the_app_writes_is_as_kept() {
    golden("written.txt", &written_text::<NativeJson>());
}

#[test]
fn what_the_app_makes_of_every_document_is_as_kept() {
    golden("outcomes.txt", &outcomes::<NativeJson>());
}

#[test]
fn every_fixture_loads_and_imports() {
    for (name, text) in FIXTURES {
        let outcome = outcome::<NativeJson>(text);
        assert!(outcome.starts_with("store: read\n"), "{name}: {outcome}");
        assert!(outcome.contains("import: read\n"), "{name}: {outcome}");
        assert!(!outcome.contains("skipped"), "{name}: {outcome}");
    }
}
