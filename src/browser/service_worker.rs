//! Registering the service worker that keeps a copy of the app for offline use (`sw.js`, written
//! by `tools/post_build.py`). Offline use is a bonus: when it cannot be had, the app works as
//! before, so nothing here may panic, throw or log an error.

use wasm_bindgen::{JsCast, JsValue};

use super::{window, BrowserError};

/// Asks the browser to install the service worker at `url` (relative to the page's base URL,
/// so the app works from any folder). Returns once the request is made; the installation
/// itself finishes in the background and a failure of it is ignored on purpose: the page then
/// keeps working from the network, and an unhandled rejection would show up as a page error.
pub fn register(url: &str) -> Result<(), BrowserError> {
    let navigator = window()?.navigator();
    // `navigator.serviceWorker` is missing outside secure contexts (plain http on another host,
    // some private modes); calling a method on it would throw, so look before touching it.
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker"))?;
    if container.is_undefined() || container.is_null() {
        return Err(BrowserError::Refused(
            "service workers are not available here".into(),
        ));
    }
    let container: web_sys::ServiceWorkerContainer = container
        .dyn_into()
        .map_err(|_| BrowserError::Refused("navigator.serviceWorker is not usable".into()))?;
    let pending = container.register(url);
    wasm_bindgen_futures::spawn_local(async move {
        // Awaiting handles the rejection (e.g. sw.js missing in a debug build); the outcome
        // changes nothing for the person using the app.
        let _ = wasm_bindgen_futures::JsFuture::from(pending).await;
    });
    Ok(())
}
