//! Saved documents to and from JSON text with the browser's own `JSON.parse` and
//! `JSON.stringify`, converted to and from serde types by serde-wasm-bindgen: the wasm carries no
//! JSON text code (no serde_json). The types, their versions and migrations live in the core
//! (`core::document`, `core::record`); this is only the text.
//!
//! Native tests use a twin of this with serde_json (`tests/support/native_json.rs`) that writes
//! the same bytes; `tests/browser_document.rs` checks the two agree.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};
use wasm_bindgen::JsValue;

use super::BrowserError;
use crate::core::document::{
    read_text, read_with, DocumentError, FieldError, JsonCodec, NotJson, WriteError,
};

/// `value` as compact JSON text, exactly as `JSON.stringify` writes it. Fails only for a number
/// JavaScript cannot hold exactly (an integer beyond 2^53 - 1).
pub fn to_json_text<T: Serialize + ?Sized>(value: &T) -> Result<String, BrowserError> {
    // JSON-compatible: maps become plain objects and a missing value `null`, as in JSON.
    let js = value
        .serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| BrowserError::Refused(e.to_string()))?;
    js_sys::JSON::stringify(&js)?
        .as_string()
        .ok_or_else(|| BrowserError::Refused("the value has no JSON text".into()))
}

/// Reads JSON text as `T`: not JSON, or a problem in the value that names where it is.
pub fn from_json_text<T: DeserializeOwned>(text: &str) -> Result<T, DocumentError> {
    read_text::<BrowserJson, T>(text)
}

/// The browser's JSON as the core's [`JsonCodec`].
pub struct BrowserJson;

/// A parsed JSON value kept as the JS value `JSON.parse` made, until it is read as a type or
/// written back as found.
#[derive(Serialize, Deserialize)]
pub struct JsJson(#[serde(with = "serde_wasm_bindgen::preserve")] JsValue);

impl JsonCodec for BrowserJson {
    type Value = JsJson;

    fn parse_json(text: &str) -> Result<JsJson, NotJson> {
        js_sys::JSON::parse(text)
            .map(JsJson)
            .map_err(|e| NotJson(BrowserError::from(e).to_string()))
    }

    fn read<T: DeserializeOwned>(value: &JsJson) -> Result<T, FieldError> {
        read_with(serde_wasm_bindgen::Deserializer::from(value.0.clone()))
    }

    fn write<T: Serialize + ?Sized>(value: &T) -> Result<String, WriteError> {
        to_json_text(value).map_err(|e| WriteError(e.to_string()))
    }
}

/// The break log's codec (`core::reminders::break_log`), done by the same browser JSON.
impl crate::core::reminders::break_log::JsonCodec for BrowserJson {
    fn decode<T: DeserializeOwned>(&self, text: &str) -> Option<T> {
        from_json_text(text).ok()
    }

    fn encode<T: Serialize>(&self, value: &T) -> Option<String> {
        to_json_text(value).ok()
    }
}
