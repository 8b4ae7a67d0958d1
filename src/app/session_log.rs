//! The session log, shared through a context: `core::session::log_book` decides; these
//! functions read and write localStorage as it asks, turning text into `LogRead`s and documents
//! into text at the browser edge (`browser::document`). Also the session under way, kept so a
//! reload or a closed tab carries on.

use std::rc::Rc;

use yew::prelude::*;

use crate::browser::clock;
use crate::browser::document::{from_json_text, to_json_text, BrowserJson};
use crate::browser::storage::{LocalStore, StorageError};
use crate::core::content::session as text;
use crate::core::session::calendar::LocalDay;
use crate::core::session::log::{
    resume_or_close, sessions_in_file, DocumentHeader, LogRead, Resumption, SessionLogDocument,
    SessionRecord, SessionsInFile, CUE_SETTING_KEY, IN_PROGRESS_KEY, LOG_KEY,
};
use crate::core::session::log_book::{LogBook, LogChange, LogOpening};
use crate::core::session::state::SessionState;

#[derive(Clone, PartialEq)]
pub struct SessionLogState {
    pub book: LogBook,
    /// A stale session found on opening was saved as partial: say so once.
    pub partial_saved: bool,
    store: Option<StoreHandle>,
}

#[derive(Clone)]
struct StoreHandle(LocalStore);

impl PartialEq for StoreHandle {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

pub enum LogAction {
    Replace(LogBook),
    /// What another tab stored, read just now.
    Reload(Option<(String, LogRead)>),
}

impl Reducible for SessionLogState {
    type Action = LogAction;

    fn reduce(self: Rc<Self>, action: LogAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            LogAction::Replace(book) => next.book = book,
            LogAction::Reload(stored) => next
                .book
                .reload(stored.as_ref().map(|(t, r)| (t.as_str(), r.clone()))),
        }
        Rc::new(next)
    }
}

pub type SessionLogContext = UseReducerHandle<SessionLogState>;

pub fn today() -> LocalDay {
    let now = clock::now();
    LocalDay::of(now, clock::offset_minutes(now))
}

/// Stored text, read as a header and as a whole document.
fn read_text(text: String) -> (String, LogRead) {
    let header = from_json_text::<DocumentHeader>(&text).ok();
    let document = from_json_text::<SessionLogDocument>(&text).ok();
    let read = LogRead::classify(header, document);
    (text, read)
}

fn read_stored(store: &LocalStore) -> Result<Option<(String, LogRead)>, StorageError> {
    Ok(store.read(LOG_KEY)?.map(read_text))
}

/// Opens the log (keeping a copy of anything unreadable first) and closes a stale session
/// found under way, saving what was done as a partial session.
pub fn open() -> SessionLogState {
    let Some(store) = LocalStore::open().ok() else {
        return unavailable();
    };
    let Ok(stored) = read_stored(&store) else {
        return unavailable();
    };
    let book = match LogBook::open(
        stored.as_ref().map(|(t, r)| (t.as_str(), r.clone())),
        clock::now(),
    ) {
        LogOpening::Ready(book) => book,
        LogOpening::NeedsBackup { mut book, key, raw } => {
            let copied = store.write(&key, &raw).is_ok();
            book.backup_finished(&key, copied);
            book
        }
    };
    let mut state = SessionLogState {
        book,
        partial_saved: false,
        store: Some(StoreHandle(store)),
    };
    if let Some(Resumption::Close(record)) = stored_session_resumption(&state) {
        if let Some(record) = record {
            apply(&mut state, LogChange::Add(record));
            state.partial_saved = true;
        }
        clear_in_progress(&state);
    }
    state
}

fn unavailable() -> SessionLogState {
    SessionLogState {
        book: LogBook::unavailable(),
        partial_saved: false,
        store: None,
    }
}

/// Applies a change to what is stored now and writes it.
fn apply(state: &mut SessionLogState, change: LogChange) {
    let book = &mut state.book;
    match &state.store {
        Some(StoreHandle(store)) => match read_stored(store) {
            Ok(stored) => {
                let doc = book.apply(
                    change,
                    stored.as_ref().map(|(t, r)| (t.as_str(), r.clone())),
                );
                if let Some(doc) = doc {
                    let written = to_json_text(&doc)
                        .map_err(|_| StorageError::Refused(String::new()))
                        .and_then(|text| store.write(LOG_KEY, &text));
                    if let Err(e) = written {
                        book.write_failed(e == StorageError::QuotaExceeded);
                    }
                }
            }
            Err(e) => {
                book.apply_here(change);
                book.write_failed(e == StorageError::QuotaExceeded);
            }
        },
        None => book.apply_here(change),
    }
}

pub fn change(log: &SessionLogContext, change: LogChange) {
    let mut state = (**log).clone();
    apply(&mut state, change);
    log.dispatch(LogAction::Replace(state.book));
}

pub fn add(log: &SessionLogContext, record: SessionRecord) {
    change(log, LogChange::Add(record));
}

/// Adds the sessions of an export file (already accepted as ours by the history's import) to
/// the log, and returns what to tell the person about them.
pub fn import_from_file(log: &SessionLogContext, raw: &str) -> Option<String> {
    let found = sessions_in_file::<BrowserJson>(raw);
    let added = match &found {
        SessionsInFile::Read { sessions, .. } => log.book.log.count_new(sessions),
        _ => 0,
    };
    let said = text::import_sessions_text(&found, added);
    if let SessionsInFile::Read { sessions, .. } = found {
        if added > 0 {
            change(log, LogChange::Import(sessions));
        }
    }
    said
}

/// Another tab changed the log.
pub fn reload(log: &SessionLogContext) {
    if let Some(StoreHandle(store)) = &log.store {
        if let Ok(stored) = read_stored(store) {
            log.dispatch(LogAction::Reload(stored));
        }
    }
}

pub fn dismiss_notices(log: &SessionLogContext) {
    let mut book = log.book.clone();
    book.dismiss_notices();
    log.dispatch(LogAction::Replace(book));
}

// --- The session under way ---

fn stored_session_resumption(state: &SessionLogState) -> Option<Resumption> {
    let StoreHandle(store) = state.store.as_ref()?;
    let text = store.read(IN_PROGRESS_KEY).ok()??;
    match from_json_text::<SessionState>(&text) {
        Ok(session) => Some(resume_or_close(
            session,
            clock::now(),
            clock::offset_minutes(clock::now()),
        )),
        Err(_) => {
            // Unreadable (another version wrote it): keep it aside, then start afresh.
            let key = format!("{IN_PROGRESS_KEY}.unreadable.{}", clock::now());
            if store.write(&key, &text).is_ok() {
                let _ = store.remove(IN_PROGRESS_KEY);
            }
            None
        }
    }
}

/// The session under way that can carry on, if any.
pub fn session_in_progress(log: &SessionLogContext) -> Option<SessionState> {
    match stored_session_resumption(log)? {
        Resumption::Resume(state) => Some(*state),
        Resumption::Close(_) => None,
    }
}

pub fn save_in_progress(log: &SessionLogContext, session: &SessionState) {
    if let (Some(StoreHandle(store)), Ok(text)) = (&log.store, to_json_text(session)) {
        // Failing to keep it only loses the resume after a reload; the session goes on.
        let _ = store.write(IN_PROGRESS_KEY, &text);
    }
}

fn clear_in_progress(state: &SessionLogState) {
    if let Some(StoreHandle(store)) = &state.store {
        let _ = store.remove(IN_PROGRESS_KEY);
    }
}

pub fn forget_in_progress(log: &SessionLogContext) {
    clear_in_progress(log);
}

// --- The cue setting ---

pub fn cue_on() -> bool {
    LocalStore::open()
        .ok()
        .and_then(|s| s.read(CUE_SETTING_KEY).ok().flatten())
        .is_some_and(|v| v == "on")
}

pub fn set_cue(on: bool) {
    if let Ok(store) = LocalStore::open() {
        let _ = if on {
            store.write(CUE_SETTING_KEY, "on")
        } else {
            store.remove(CUE_SETTING_KEY)
        };
    }
}
