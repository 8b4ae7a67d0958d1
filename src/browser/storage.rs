//! localStorage, where the history lives. Every call can fail: storage may be switched off
//! (access throws `SecurityError`), full (`QuotaExceededError`), or refused for other reasons.
//! Callers get a `StorageError` and decide what to tell the person; nothing here panics.

use gloo_events::EventListener;
use wasm_bindgen::{JsCast, JsValue};

use super::window;

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StorageError {
    /// The browser does not let this page keep anything (private mode, settings, sandbox).
    Unavailable(String),
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Any other refusal, with what the browser said.
    Refused(String),
}

fn classify(err: JsValue) -> StorageError {
    let name = err
        .dyn_ref::<web_sys::DomException>()
        .map(|e| e.name())
        .unwrap_or_default();
    let message = err
        .dyn_ref::<js_sys::Error>()
        .map(|e| String::from(e.message()))
        .or_else(|| err.as_string())
        .unwrap_or_else(|| name.clone());
    match name.as_str() {
        "QuotaExceededError" | "NS_ERROR_DOM_QUOTA_REACHED" => StorageError::QuotaExceeded,
        "SecurityError" => StorageError::Unavailable(message),
        _ => StorageError::Refused(message),
    }
}

/// The page's localStorage, once it is known to be reachable.
#[derive(Clone)]
pub struct LocalStore {
    storage: web_sys::Storage,
}

impl LocalStore {
    pub fn open() -> Result<LocalStore, StorageError> {
        let window = window().map_err(|e| StorageError::Unavailable(e.to_string()))?;
        match window.local_storage() {
            Ok(Some(storage)) => Ok(LocalStore { storage }),
            Ok(None) => Err(StorageError::Unavailable(
                "this browser has no localStorage".into(),
            )),
            Err(e) => Err(match classify(e) {
                StorageError::Refused(why) => StorageError::Unavailable(why),
                other => other,
            }),
        }
    }

    pub fn read(&self, key: &str) -> Result<Option<String>, StorageError> {
        self.storage.get_item(key).map_err(classify)
    }

    pub fn write(&self, key: &str, value: &str) -> Result<(), StorageError> {
        self.storage.set_item(key, value).map_err(classify)
    }

    pub fn remove(&self, key: &str) -> Result<(), StorageError> {
        self.storage.remove_item(key).map_err(classify)
    }

    /// Every key that starts with `prefix`, with its value.
    pub fn entries(&self, prefix: &str) -> Result<Vec<(String, String)>, StorageError> {
        let mut entries = Vec::new();
        for i in 0..self.storage.length().map_err(classify)? {
            if let Some(key) = self.storage.key(i).map_err(classify)? {
                if key.starts_with(prefix) {
                    let value = self.read(&key)?.unwrap_or_default();
                    entries.push((key, value));
                }
            }
        }
        Ok(entries)
    }
}

/// Calls `on_change` when another tab of this site changes one of `keys` (the `storage` event
/// fires only in the other tabs, never in the one that wrote).
pub fn on_change(
    keys: &'static [&'static str],
    on_change: impl Fn() + 'static,
) -> Result<EventListener, StorageError> {
    let window = window().map_err(|e| StorageError::Unavailable(e.to_string()))?;
    Ok(EventListener::new(&window, "storage", move |event| {
        let for_key = event
            .dyn_ref::<web_sys::StorageEvent>()
            .map(|e| e.key().is_none_or(|k| keys.contains(&k.as_str())))
            .unwrap_or(true);
        if for_key {
            on_change();
        }
    }))
}
