//! The coach's saved document (breaks taken, settings): `core::reminders::break_log` decides,
//! these functions do the storage reads and writes it asks for, and the screen keeps the book.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::clock;
use crate::browser::document::BrowserJson;
use crate::browser::storage::{LocalStore, StorageError};
use crate::core::reminders::break_log::{BreakBook, BreakChange, BreakOpening, COACH_KEY};

/// The book and the storage it came from (none when storage cannot be used).
#[derive(Clone)]
pub struct SavedBreaks {
    pub book: BreakBook,
    store: Option<LocalStore>,
}

impl PartialEq for SavedBreaks {
    fn eq(&self, other: &Self) -> bool {
        self.book == other.book
    }
}

pub fn open() -> SavedBreaks {
    let Ok(store) = LocalStore::open() else {
        return SavedBreaks {
            book: BreakBook::unavailable(),
            store: None,
        };
    };
    let Ok(stored) = store.read(COACH_KEY) else {
        return SavedBreaks {
            book: BreakBook::unavailable(),
            store: None,
        };
    };
    let book = match BreakBook::open(stored.as_deref(), &BrowserJson, clock::now()) {
        BreakOpening::Ready(book) => book,
        BreakOpening::NeedsBackup { mut book, key, raw } => {
            let copied = store.write(&key, &raw).is_ok();
            book.backup_finished(&key, copied);
            book
        }
    };
    SavedBreaks {
        book,
        store: Some(store),
    }
}

impl SavedBreaks {
    /// Applies `change` to what is stored now and writes it; returns the new state.
    pub fn changed(&self, change: BreakChange) -> SavedBreaks {
        let mut next = self.clone();
        let now = clock::now();
        match &self.store {
            Some(store) => match store.read(COACH_KEY) {
                Ok(stored) => {
                    if let Some(text) =
                        next.book
                            .apply(change, stored.as_deref(), &BrowserJson, now)
                    {
                        if let Err(e) = store.write(COACH_KEY, &text) {
                            next.book.write_failed(e == StorageError::QuotaExceeded);
                        }
                    }
                }
                Err(e) => {
                    // Not even readable: count it here and say it was not saved.
                    let _ = next.book.apply(change, None, &BrowserJson, now);
                    next.book.write_failed(e == StorageError::QuotaExceeded);
                }
            },
            None => {
                let _ = next.book.apply(change, None, &BrowserJson, now);
            }
        }
        next
    }
}

/// What is stored under the coach's key now (`None`: storage could not be read).
pub fn read_stored() -> Option<Option<String>> {
    LocalStore::open().ok()?.read(COACH_KEY).ok()
}

pub enum SavedAction {
    /// The state after a change, computed (and written) outside the reducer.
    Replace(SavedBreaks),
    /// What another tab stored, read just now; applied to the current book.
    Reload(Option<String>),
}

impl Reducible for SavedBreaks {
    type Action = SavedAction;

    fn reduce(self: Rc<Self>, action: SavedAction) -> Rc<Self> {
        match action {
            SavedAction::Replace(next) => Rc::new(next),
            SavedAction::Reload(stored) => {
                let mut next = (*self).clone();
                next.book.reload(stored.as_deref(), &BrowserJson);
                Rc::new(next)
            }
        }
    }
}
