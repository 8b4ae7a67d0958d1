//! Small saved documents as JSON text, through the browser's own `JSON.parse`/`JSON.stringify`
//! and serde-wasm-bindgen, so no JSON text code of Rust's lands in the wasm.
//!
//! A minimal edge of our own for `core::saved::keeping`, with the names the `serde` branch's
//! generic edge uses; when both meet on main, one of them goes.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::BrowserError;

pub fn to_json_text<T: Serialize>(value: &T) -> Result<String, BrowserError> {
    let js =
        serde_wasm_bindgen::to_value(value).map_err(|e| BrowserError::Refused(e.to_string()))?;
    js_sys::JSON::stringify(&js)?
        .as_string()
        .ok_or_else(|| BrowserError::Refused("the document could not be written as text".into()))
}

pub fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, BrowserError> {
    let js = js_sys::JSON::parse(text)?;
    serde_wasm_bindgen::from_value(js).map_err(|e| BrowserError::Refused(e.to_string()))
}
