//! System notifications for break prompts. Permission is asked only when the person presses
//! the button for it; a notification goes through the service worker's registration when there
//! is one (an installed app, and Android, where `new Notification` is not allowed), else through
//! the page. Every failure is a `Result`: the caller then relies on the page and the tab title.

use wasm_bindgen::{JsCast, JsValue};

use super::{window, BrowserError};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Permission {
    /// Not asked yet (or the person closed the question).
    NotAsked,
    Granted,
    Denied,
    /// This browser or page has no Notifications API (iOS Safari outside the Home Screen,
    /// plain http, some embedded browsers).
    Unsupported,
}

fn supported() -> bool {
    window()
        .ok()
        .and_then(|w| js_sys::Reflect::has(&w, &JsValue::from_str("Notification")).ok())
        .unwrap_or(false)
}

pub fn permission() -> Permission {
    if !supported() {
        return Permission::Unsupported;
    }
    match web_sys::Notification::permission() {
        web_sys::NotificationPermission::Granted => Permission::Granted,
        web_sys::NotificationPermission::Denied => Permission::Denied,
        _ => Permission::NotAsked,
    }
}

/// Asks the browser (which asks the person). Call only from a click.
pub async fn request() -> Result<Permission, BrowserError> {
    if !supported() {
        return Ok(Permission::Unsupported);
    }
    let asked = web_sys::Notification::request_permission()?;
    wasm_bindgen_futures::JsFuture::from(asked).await?;
    Ok(permission())
}

/// The service worker registration controlling this page, if any.
async fn registration() -> Option<web_sys::ServiceWorkerRegistration> {
    let navigator = window().ok()?.navigator();
    let container = js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?;
    let container: web_sys::ServiceWorkerContainer = container.dyn_into().ok()?;
    let found = wasm_bindgen_futures::JsFuture::from(container.get_registration())
        .await
        .ok()?;
    found.dyn_into().ok()
}

/// Shows a notification. `tag` replaces an earlier one of the same tag instead of piling up.
pub async fn show(title: &str, body: &str, tag: &str) -> Result<(), BrowserError> {
    if permission() != Permission::Granted {
        return Err(BrowserError::Refused(
            "notifications are not allowed".into(),
        ));
    }
    let options = web_sys::NotificationOptions::new();
    options.set_body(body);
    options.set_tag(tag);
    match registration().await {
        Some(registration) => {
            let shown = registration.show_notification_with_options(title, &options)?;
            wasm_bindgen_futures::JsFuture::from(shown).await?;
        }
        None => {
            web_sys::Notification::new_with_options(title, &options)?;
        }
    }
    Ok(())
}
