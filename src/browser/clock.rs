//! The time, for the self-test timer and for dating assessments.

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}
