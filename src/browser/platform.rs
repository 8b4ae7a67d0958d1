//! What the browser says about itself, for `core::saved::storage_risk` to read: its user agent,
//! platform, touch points, and whether the page runs as an installed app.

use wasm_bindgen::JsValue;

use super::{window, BrowserError};

/// The facts as owned strings (`core::saved::storage_risk::BrowserFacts` borrows them).
pub struct Facts {
    pub user_agent: String,
    pub platform: String,
    pub max_touch_points: u32,
    pub standalone: bool,
}

pub fn facts() -> Result<Facts, BrowserError> {
    let window = window()?;
    let navigator = window.navigator();
    // Installed: the manifest's display mode, or Safari's own flag on iPhone and iPad.
    let display_standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches());
    let safari_standalone = js_sys::Reflect::get(&navigator, &JsValue::from_str("standalone"))
        .ok()
        .and_then(|v| v.as_bool())
        .unwrap_or(false);
    Ok(Facts {
        user_agent: navigator.user_agent()?,
        platform: navigator.platform().unwrap_or_default(),
        max_touch_points: u32::try_from(navigator.max_touch_points()).unwrap_or(0),
        standalone: display_standalone || safari_standalone,
    })
}
