//! The location adapter against a real browser's `location` and `hashchange` event.
#![cfg(target_arch = "wasm32")]

use std::cell::Cell;
use std::rc::Rc;

use glute_check::app::routes::Route;
use glute_check::browser::location;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn set_hash_is_read_back_and_parsed_as_a_route() {
    location::set_hash("#/check/3").expect("the test page has a location");
    let hash = location::hash().expect("the test page has a location");
    assert_eq!(hash, "#/check/3");
    assert_eq!(Route::parse(&hash), Route::Step(3));
}

#[wasm_bindgen_test]
async fn hash_change_listener_fires_and_stops_when_dropped() {
    // Tests share one page: let any earlier test's change event pass first.
    next_tick().await;
    let fired = Rc::new(Cell::new(0));
    let listener = {
        let fired = fired.clone();
        location::on_hash_change(move || fired.set(fired.get() + 1)).expect("listener installs")
    };
    location::set_hash("#/check/4").expect("set");
    next_tick().await;
    assert_eq!(fired.get(), 1, "one change, one call");
    drop(listener);
    location::set_hash("#/check/5").expect("set");
    next_tick().await;
    assert_eq!(fired.get(), 1, "no calls after the listener is dropped");
}

/// `hashchange` is dispatched asynchronously: wait for a macrotask.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().expect("window");
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 50);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
