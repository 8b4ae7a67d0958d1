//! The storage adapter against real localStorage in headless Chromium, with faults injected the
//! way browsers raise them.
#![cfg(target_arch = "wasm32")]

use glute_check::browser::storage::{LocalStore, StorageError};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn run_js(code: &str) {
    js_sys::Function::new_no_args(code)
        .call0(&wasm_bindgen::JsValue::NULL)
        .expect("test setup script runs");
}

#[wasm_bindgen_test]
fn writes_are_read_back_and_removed() {
    let store = LocalStore::open().expect("localStorage is reachable in the test page");
    store.write("test.key", "{\"a\":1}").expect("write");
    assert_eq!(
        store.read("test.key").expect("read"),
        Some("{\"a\":1}".to_owned())
    );
    store.remove("test.key").expect("remove");
    assert_eq!(store.read("test.key").expect("read"), None);
}

#[wasm_bindgen_test]
fn a_full_storage_is_a_quota_error_and_keeps_the_old_value() {
    let store = LocalStore::open().expect("open");
    store
        .write("test.quota", "earlier")
        .expect("first write fits");
    run_js(
        "window.__realSetItem = Storage.prototype.setItem;
         Storage.prototype.setItem = function () { throw new DOMException('full', 'QuotaExceededError'); };",
    );
    let result = store.write("test.quota", "later");
    run_js("Storage.prototype.setItem = window.__realSetItem;");
    assert_eq!(result, Err(StorageError::QuotaExceeded));
    assert_eq!(
        store.read("test.quota").expect("read"),
        Some("earlier".to_owned())
    );
    store.remove("test.quota").expect("cleanup");
}

#[wasm_bindgen_test]
fn blocked_storage_is_unavailable_not_a_panic() {
    run_js(
        "window.__realLocalStorage = Object.getOwnPropertyDescriptor(window, 'localStorage');
         Object.defineProperty(window, 'localStorage', {
             configurable: true,
             get() { throw new DOMException('The operation is insecure.', 'SecurityError'); },
         });",
    );
    let result = LocalStore::open();
    run_js("Object.defineProperty(window, 'localStorage', window.__realLocalStorage);");
    assert!(
        matches!(result, Err(StorageError::Unavailable(_))),
        "got {:?}",
        result.err()
    );
}
