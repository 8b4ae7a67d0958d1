//! `navigator.storage`: asking the browser to keep this site's data for good
//! (`persist`/`persisted`) and how much room the site takes (`estimate`). Missing outside
//! secure contexts and in older browsers, so it is looked up before use, never assumed.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{window, BrowserError};
use crate::core::saved::storage_use::SiteEstimate;

fn manager() -> Result<web_sys::StorageManager, BrowserError> {
    let navigator = window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("storage"))?
        .dyn_into::<web_sys::StorageManager>()
        .map_err(|_| BrowserError::Refused("navigator.storage is not available here".into()))
}

async fn boolean(promise: js_sys::Promise) -> Result<bool, BrowserError> {
    let value = JsFuture::from(promise).await?;
    value
        .as_bool()
        .ok_or_else(|| BrowserError::Refused("the browser did not answer yes or no".into()))
}

/// Whether the browser already keeps this site's data for good.
pub async fn persisted() -> Result<bool, BrowserError> {
    boolean(manager()?.persisted()?).await
}

/// Asks the browser to keep this site's data for good; true when it agreed. Chromium decides on
/// its own (no prompt); Firefox may ask the person.
pub async fn persist() -> Result<bool, BrowserError> {
    boolean(manager()?.persist()?).await
}

/// How much the whole site stores and may store, as the browser estimates it.
pub async fn estimate() -> Result<SiteEstimate, BrowserError> {
    let value = JsFuture::from(manager()?.estimate()?).await?;
    let estimate: web_sys::StorageEstimate = value.unchecked_into();
    match (estimate.get_usage(), estimate.get_quota()) {
        // Saturating float-to-int: a negative or NaN figure reads as 0.
        (Some(usage), Some(quota)) => Ok(SiteEstimate {
            usage: usage as u64,
            quota: quota as u64,
        }),
        _ => Err(BrowserError::Refused("no storage estimate".into())),
    }
}
