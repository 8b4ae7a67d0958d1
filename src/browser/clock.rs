//! The time, for the self-test timer and for dating assessments.

/// Milliseconds since the Unix epoch, from the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Local time minus UTC, in minutes (east of Greenwich is positive), for dating sessions by the
/// person's own calendar day.
pub fn utc_offset_minutes() -> i32 {
    // getTimezoneOffset is UTC minus local; whole minutes in every real time zone.
    let offset = js_sys::Date::new_0().get_timezone_offset();
    -(offset as i32)
}
