//! The time, for the self-test timer, for dating assessments and for the break coach.

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// `now_ms()` as whole milliseconds; a clock before 1970 reads as 0 rather than panicking.
pub fn now() -> u64 {
    now_ms().max(0.0) as u64
}

/// How many minutes the local clock is ahead of UTC at `ms` (negative west of Greenwich).
pub fn offset_minutes(ms: u64) -> i32 {
    let date = js_sys::Date::new(&wasm_bindgen::JsValue::from_f64(ms as f64));
    // Saturating float-to-int: an invalid date (NaN) reads as UTC.
    -(date.get_timezone_offset() as i32)
}

/// Calls `on_shown` whenever the page becomes visible again (a tab brought back to the front,
/// a phone unlocked). The listener stops when the returned value is dropped.
pub fn on_page_shown(
    on_shown: impl Fn() + 'static,
) -> Result<gloo_events::EventListener, super::BrowserError> {
    let document = super::window()?
        .document()
        .ok_or(super::BrowserError::NoWindow)?;
    let watched = document.clone();
    Ok(gloo_events::EventListener::new(
        &document,
        "visibilitychange",
        move |_| {
            if !watched.hidden() {
                on_shown()
            }
        },
    ))
}
