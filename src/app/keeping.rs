//! Keeping saved checks safe, shared through a context: what the browser promised about
//! keeping them, how it may clear them, how much room the site takes, and the last backup.
//! `core::saved` decides; the functions here ask the browser and store the backup time, then
//! hand the facts to the reducer, which stays free of side effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::document::BrowserJson;
use crate::browser::storage::LocalStore;
use crate::browser::{clock, persistence, platform};
use crate::core::saved::backup_advice::{backup_advice, BackupAdvice};
use crate::core::saved::keeping::{aside_key, KeepingDoc, KeepingOpening, KEEPING_KEY};
use crate::core::saved::storage_risk::{storage_risk, BrowserFacts, StorageRisk};
use crate::core::saved::storage_use::{
    should_ask_persistence, stored_bytes, Persistence, SiteEstimate, KEY_PREFIX,
};

#[derive(Clone, Debug, PartialEq)]
pub struct KeepingState {
    pub persistence: Persistence,
    pub risk: StorageRisk,
    pub site: Option<SiteEstimate>,
    pub last_backup_ms: Option<u64>,
    /// False when the stored document is from a newer version (it is never overwritten).
    may_write: bool,
}

pub enum KeepingAction {
    Persistence(Persistence),
    Site(SiteEstimate),
    BackedUp(u64),
}

impl Reducible for KeepingState {
    type Action = KeepingAction;

    fn reduce(self: Rc<Self>, action: KeepingAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            KeepingAction::Persistence(p) => next.persistence = p,
            KeepingAction::Site(site) => next.site = Some(site),
            KeepingAction::BackedUp(at) => next.last_backup_ms = Some(at),
        }
        Rc::new(next)
    }
}

pub type KeepingContext = UseReducerHandle<KeepingState>;

/// Reads the last backup time and what the browser says about itself. Unreadable stored text
/// is copied aside before it could ever be replaced.
pub fn open() -> KeepingState {
    let risk = platform::facts()
        .map(|f| {
            storage_risk(&BrowserFacts {
                user_agent: &f.user_agent,
                platform: &f.platform,
                max_touch_points: f.max_touch_points,
                standalone: f.standalone,
            })
        })
        .unwrap_or(StorageRisk::Ordinary);
    let store = LocalStore::open().ok();
    let stored = store
        .as_ref()
        .and_then(|s| s.read(KEEPING_KEY).ok().flatten());
    let opening = KeepingOpening::from_stored::<BrowserJson>(stored.as_deref());
    let mut may_write = opening.may_write();
    if let (KeepingOpening::Unreadable { raw }, Some(store)) = (&opening, &store) {
        // Without a copy kept, the unreadable text is left alone.
        may_write = store.write(&aside_key(clock::now()), raw).is_ok();
    }
    KeepingState {
        persistence: Persistence::Unknown,
        risk,
        site: None,
        last_backup_ms: opening.last_backup_ms(),
        may_write,
    }
}

/// Once something is saved: asks the browser to keep it for good (unless it already does), and
/// how much room the site takes.
pub fn secure(keeping: &KeepingContext, saved_checks: usize) {
    let keeping = keeping.clone();
    wasm_bindgen_futures::spawn_local(async move {
        let persistence = match persistence::persisted().await {
            Ok(true) => Persistence::Granted,
            Ok(false) => Persistence::NotGranted,
            Err(_) => Persistence::Unsupported,
        };
        let persistence = if should_ask_persistence(saved_checks, persistence) {
            match persistence::persist().await {
                Ok(true) => Persistence::Granted,
                Ok(false) => Persistence::NotGranted,
                Err(_) => Persistence::Unsupported,
            }
        } else {
            persistence
        };
        keeping.dispatch(KeepingAction::Persistence(persistence));
        if let Ok(site) = persistence::estimate().await {
            keeping.dispatch(KeepingAction::Site(site));
        }
    });
}

/// The history was exported just now: remember it, so reminders count from here.
pub fn backed_up(keeping: &KeepingContext) {
    let now = clock::now();
    if keeping.may_write {
        if let Ok(store) = LocalStore::open() {
            // A failed write only means the next reminder may come early.
            if let Some(text) = KeepingDoc::backed_up(now).to_text::<BrowserJson>() {
                let _ = store.write(KEEPING_KEY, &text);
            }
        }
    }
    keeping.dispatch(KeepingAction::BackedUp(now));
}

/// Whether and how to remind about a backup, for these saved check times, now.
pub fn advice(keeping: &KeepingState, check_times: &[u64]) -> BackupAdvice {
    backup_advice(keeping.last_backup_ms, check_times, clock::now())
}

/// Bytes our own localStorage entries take, when storage can be read.
pub fn saved_bytes() -> Option<u64> {
    let entries = LocalStore::open().ok()?.entries(KEY_PREFIX).ok()?;
    Some(stored_bytes(
        entries.iter().map(|(k, v)| (k.as_str(), v.as_str())),
    ))
}
