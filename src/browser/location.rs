//! The URL fragment (`#/...`): where the app is, kept in the address so reloads and bookmarks work
//! on any static host without server rewrites.

use gloo_events::EventListener;

use super::{window, BrowserError};

/// The current fragment, including the leading `#` (empty when there is none).
pub fn hash() -> Result<String, BrowserError> {
    Ok(window()?.location().hash()?)
}

/// The whole address, as a person would bookmark or share it.
pub fn href() -> Result<String, BrowserError> {
    Ok(window()?.location().href()?)
}

/// Moves to another fragment, adding a history entry so the browser's back button works.
pub fn set_hash(hash: &str) -> Result<(), BrowserError> {
    window()?.location().set_hash(hash)?;
    Ok(())
}

/// Calls `on_change` whenever the fragment changes (links, back and forward, typed URLs).
/// The listener stops when the returned value is dropped.
pub fn on_hash_change(on_change: impl Fn() + 'static) -> Result<EventListener, BrowserError> {
    let window = window()?;
    Ok(EventListener::new(&window, "hashchange", move |_| {
        on_change()
    }))
}
