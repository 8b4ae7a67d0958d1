//! Keeps the screen on during a guided session (Screen Wake Lock), where the browser has it.
//! Reached through `Reflect` because web-sys marks the API unstable; where it is missing or
//! refused, the session works the same with the screen's usual timeout.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use super::{window, BrowserError};

/// A held wake lock; released on `release` or when the page is hidden (the browser's rule).
pub struct WakeLock(JsValue);

fn method(target: &JsValue, name: &str) -> Result<Function, BrowserError> {
    Reflect::get(target, &JsValue::from_str(name))?
        .dyn_into::<Function>()
        .map_err(|_| BrowserError::Refused(format!("no {name} here")))
}

pub async fn request() -> Result<WakeLock, BrowserError> {
    let navigator = window()?.navigator();
    let wake_lock = Reflect::get(&navigator, &JsValue::from_str("wakeLock"))?;
    if wake_lock.is_undefined() || wake_lock.is_null() {
        return Err(BrowserError::Refused("no Screen Wake Lock".into()));
    }
    let promise = method(&wake_lock, "request")?
        .call1(&wake_lock, &JsValue::from_str("screen"))?
        .dyn_into::<Promise>()
        .map_err(|_| BrowserError::Refused("wakeLock.request gave no promise".into()))?;
    Ok(WakeLock(JsFuture::from(promise).await?))
}

impl WakeLock {
    pub fn release(&self) {
        if let Ok(release) = method(&self.0, "release") {
            if let Ok(Ok(p)) = release.call0(&self.0).map(|p| p.dyn_into::<Promise>()) {
                // The promise only says when it is released; a refusal changes nothing.
                wasm_bindgen_futures::spawn_local(async move {
                    let _ = JsFuture::from(p).await;
                });
            }
        }
    }
}
