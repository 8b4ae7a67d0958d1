//! The saved history, shared through a context. `core::history_book` decides; the functions
//! here do the storage reads and writes it asks for and then hand the new book to the reducer,
//! so the reducer itself stays free of side effects.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::document::BrowserJson;
use crate::browser::storage::{LocalStore, StorageError};
use crate::browser::{clock, files};
use crate::core::answers::Answers;
use crate::core::content::history::backup_file_name;
use crate::core::history_book::{Change, HistoryBook, Opening, STORE_KEY};
use crate::core::record::{
    date_text, export_file, export_file_name, import_file, AssessmentRecord, ImportError, Loaded,
};
use crate::core::session::log::SessionRecord;

#[derive(Clone, PartialEq)]
pub struct HistoryState {
    pub book: HistoryBook,
    store: Option<StoreHandle>,
}

/// `LocalStore` compared by identity: there is only ever one.
#[derive(Clone)]
struct StoreHandle(LocalStore);

impl PartialEq for StoreHandle {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub enum HistoryAction {
    /// The book after a change or a dismissed notice.
    Replace(HistoryBook),
    /// What another tab stored, read just now; applied to the current book, whatever handle
    /// the listener holds.
    Reload(Option<String>),
}

impl Reducible for HistoryState {
    type Action = HistoryAction;

    fn reduce(self: Rc<Self>, action: HistoryAction) -> Rc<Self> {
        match action {
            HistoryAction::Replace(book) => Rc::new(HistoryState {
                book,
                store: self.store.clone(),
            }),
            HistoryAction::Reload(stored) => {
                let mut book = self.book.clone();
                book.reload::<BrowserJson>(stored.as_deref());
                Rc::new(HistoryState {
                    book,
                    store: self.store.clone(),
                })
            }
        }
    }
}

pub type HistoryContext = UseReducerHandle<HistoryState>;

/// Opens the saved history: keeps a copy of anything unreadable before it could be overwritten.
pub fn open() -> HistoryState {
    let store = match LocalStore::open() {
        Ok(store) => store,
        Err(_) => {
            return HistoryState {
                book: HistoryBook::unavailable(),
                store: None,
            }
        }
    };
    let stored = match store.read(STORE_KEY) {
        Ok(stored) => stored,
        Err(_) => {
            return HistoryState {
                book: HistoryBook::unavailable(),
                store: None,
            }
        }
    };
    let book = match HistoryBook::open::<BrowserJson>(stored.as_deref(), clock::now()) {
        Opening::Ready(book) => book,
        Opening::NeedsBackup { mut book, key, raw } => {
            let copied = store.write(&key, &raw).is_ok();
            book.backup_finished(&key, copied);
            book
        }
    };
    HistoryState {
        book,
        store: Some(StoreHandle(store)),
    }
}

/// Applies a change to what is stored now, writes it, and updates every view of the history.
pub fn change(history: &HistoryContext, change: Change) {
    let mut book = history.book.clone();
    match &history.store {
        Some(StoreHandle(store)) => match store.read(STORE_KEY) {
            Ok(stored) => {
                if let Some(text) = book.apply::<BrowserJson>(change, stored.as_deref()) {
                    if let Err(e) = store.write(STORE_KEY, &text) {
                        book.write_failed(e == StorageError::QuotaExceeded);
                    }
                }
            }
            // Storage could not even be read: keep everything this tab has, and say so.
            Err(e) => {
                book.apply_here(change);
                book.write_failed(e == StorageError::QuotaExceeded);
            }
        },
        None => book.apply_here(change),
    }
    history.dispatch(HistoryAction::Replace(book));
}

/// Another tab saved: show what it stored.
pub fn reload(history: &HistoryContext) {
    if let Some(StoreHandle(store)) = &history.store {
        if let Ok(stored) = store.read(STORE_KEY) {
            history.dispatch(HistoryAction::Reload(stored));
        }
    }
}

pub fn dismiss_notices(history: &HistoryContext) {
    let mut book = history.book.clone();
    book.dismiss_notices();
    history.dispatch(HistoryAction::Replace(book));
}

/// Saves a finished assessment, compared with the first one for the pain check.
pub fn save_assessment(history: &HistoryContext, answers: &Answers) {
    let first = history.book.records.first().map(|r| r.answers.clone());
    let record = AssessmentRecord::new(answers.clone(), clock::now(), first.as_ref());
    change(history, Change::Add(record));
}

/// Whether these exact answers are already in the history (so a link needs no saving).
pub fn contains_answers(history: &HistoryContext, answers: &Answers) -> bool {
    history.book.records.iter().any(|r| &r.answers == answers)
}

/// Downloads every saved check, and the session log, as one file and returns the file's name,
/// so that what the page says is the name that was used (a second clock read could fall on the
/// next day).
pub fn export(
    history: &HistoryContext,
    sessions: &[SessionRecord],
) -> Result<String, crate::browser::BrowserError> {
    let now = clock::now();
    let name = export_file_name(now);
    let file = export_file::<BrowserJson>(&history.book.records, sessions, now)
        .map_err(|e| crate::browser::BrowserError::Refused(e.0))?;
    files::download(&name, "application/json", &file)?;
    Ok(name)
}

/// Reads a picked export file (what to add is decided by `core::record`).
pub fn read_import(raw: &str) -> Result<Loaded, ImportError> {
    import_file::<BrowserJson>(raw)
}

/// Downloads the stored text that could not be read, exactly as it was.
pub fn download_unreadable(history: &HistoryContext) -> Result<(), crate::browser::BrowserError> {
    match &history.book.unreadable_raw {
        Some(raw) => files::download(
            &backup_file_name(&date_text(clock::now())),
            "application/json",
            raw,
        ),
        None => Ok(()),
    }
}
