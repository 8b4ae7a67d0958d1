//! The coach's browser adapters in headless Chromium: saved documents through the browser's own
//! JSON (`browser::document`), the local clock's offset, and the notification permission as the
//! page sees it before anyone is asked.
#![cfg(target_arch = "wasm32")]

use glute_check::browser::document::{from_json_text, to_json_text, BrowserJson};
use glute_check::browser::{clock, notify};
use glute_check::core::reminders::break_log::{
    BreakBook, BreakChange, BreakOpening, CoachSettings,
};
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn settings_round_trip_through_the_browsers_json() {
    let settings = CoachSettings {
        calendar_breaks: true,
        ..CoachSettings::default()
    };
    let text = to_json_text(&settings).expect("serialised");
    assert!(
        text.starts_with('{') && text.contains("\"calendar_breaks\":true"),
        "{text}"
    );
    let back: CoachSettings = from_json_text(&text).expect("read back");
    assert_eq!(back, settings);
}

#[wasm_bindgen_test]
fn bad_text_is_an_error_not_a_panic() {
    assert!(from_json_text::<CoachSettings>("{not json").is_err());
    assert!(from_json_text::<CoachSettings>("{\"schedule\": 3}").is_err());
    assert!(from_json_text::<CoachSettings>("null").is_err());
}

#[wasm_bindgen_test]
fn a_break_saved_by_the_browsers_codec_opens_again() {
    let BreakOpening::Ready(mut book) = BreakBook::open(None, &BrowserJson, 1_000) else {
        panic!("nothing stored opens ready");
    };
    let text = book
        .apply(
            BreakChange::Taken(1_796_192_100_000),
            None,
            &BrowserJson,
            1_796_192_100_000,
        )
        .expect("text to store");
    let BreakOpening::Ready(opened) = BreakBook::open(Some(&text), &BrowserJson, 1_000) else {
        panic!("what was written opens: {text}");
    };
    assert_eq!(opened.breaks, vec![1_796_192_100_000]);
}

#[wasm_bindgen_test]
fn the_offset_is_the_negated_timezone_offset_of_that_moment() {
    let ms = 1_796_192_100_000u64;
    let js = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64)).get_timezone_offset();
    assert_eq!(clock::offset_minutes(ms), -(js as i32));
}

#[wasm_bindgen_test]
fn nobody_has_been_asked_about_notifications_in_a_fresh_test_page() {
    // Headless Chromium has the API; a fresh profile has not answered the question.
    assert_ne!(notify::permission(), notify::Permission::Granted);
}
