//! Saved documents as text: serde values through the browser's own `JSON.stringify` and
//! `JSON.parse` (serde-wasm-bindgen), so no JSON formatter is compiled into the wasm.

use serde::de::DeserializeOwned;
use serde::Serialize;

use super::BrowserError;

/// The JSON text of `value`, as `JSON.stringify` writes it.
pub fn to_json_text<T: Serialize>(value: &T) -> Result<String, BrowserError> {
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    let js = value
        .serialize(&serializer)
        .map_err(|e| BrowserError::Refused(e.to_string()))?;
    let text = js_sys::JSON::stringify(&js)?;
    Ok(String::from(text))
}

/// Reads `text` as a `T`; any fault (not JSON, another shape) is an error, never a panic.
pub fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, BrowserError> {
    let js = js_sys::JSON::parse(text)?;
    serde_wasm_bindgen::from_value(js).map_err(|e| BrowserError::Refused(e.to_string()))
}
