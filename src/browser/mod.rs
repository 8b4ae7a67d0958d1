//! Small adapters over browser APIs. Each returns a `Result` so the app can tell the person what
//! went wrong instead of panicking.

pub mod clipboard;
pub mod clock;
pub mod document;
pub mod files;
pub mod focus;
pub mod location;
pub mod print;
pub mod service_worker;
pub mod storage;

use std::fmt;

/// Why a browser API could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BrowserError {
    /// There is no `window` or `document` (not running in a page).
    NoWindow,
    /// The browser refused the call; the text is what it said.
    Refused(String),
}

impl fmt::Display for BrowserError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BrowserError::NoWindow => write!(f, "this page is not running in a browser window"),
            BrowserError::Refused(why) => write!(f, "the browser refused: {why}"),
        }
    }
}

impl From<wasm_bindgen::JsValue> for BrowserError {
    fn from(value: wasm_bindgen::JsValue) -> Self {
        use wasm_bindgen::JsCast;
        // Browsers throw DOMExceptions (which are Errors) or, rarely, strings. Debug formatting
        // is compiled out of the release wasm, so the text is read from the value itself.
        let text = match (value.as_string(), value.dyn_ref::<js_sys::Error>()) {
            (Some(text), _) => text,
            (None, Some(error)) => format!("{}: {}", error.name(), error.message()),
            (None, None) => "an unknown error".to_owned(),
        };
        BrowserError::Refused(text)
    }
}

pub(crate) fn window() -> Result<web_sys::Window, BrowserError> {
    web_sys::window().ok_or(BrowserError::NoWindow)
}
