//! Saved documents as text, through the browser's own JSON: serde values become JavaScript
//! values (serde-wasm-bindgen) and `JSON.stringify`/`JSON.parse` make and read the text, so the
//! wasm carries no JSON formatter of its own.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::BrowserError;
use crate::core::reminders::break_log::JsonCodec;

/// The JSON text of `value`, as `JSON.stringify` writes it.
pub fn to_json_text<T: Serialize>(value: &T) -> Result<String, BrowserError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value
        .serialize(&serializer)
        .map_err(|e| BrowserError::Refused(e.to_string()))?;
    js_sys::JSON::stringify(&js)?
        .as_string()
        .ok_or_else(|| BrowserError::Refused("JSON.stringify gave no text".into()))
}

/// Reads `text` as a `T`; any fault (not JSON, another shape) is an error, never a panic.
pub fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, BrowserError> {
    let js = js_sys::JSON::parse(text)?;
    serde_wasm_bindgen::from_value(js).map_err(|e| BrowserError::Refused(e.to_string()))
}

/// The core's codec for saved documents, done by the browser.
pub struct BrowserJson;

impl JsonCodec for BrowserJson {
    fn decode<T: DeserializeOwned>(&self, text: &str) -> Option<T> {
        from_json_text(text).ok()
    }

    fn encode<T: Serialize>(&self, value: &T) -> Option<String> {
        to_json_text(value).ok()
    }
}
