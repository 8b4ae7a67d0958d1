//! What to do with the stored session log, decided without touching the browser: the same
//! rules as the history (`core::history_book`). Unreadable text is copied aside before anything
//! is written, a newer version's log is shown and never overwritten, and every change is
//! applied to what is stored *now* (read, merge, write), so two tabs both keep their sessions.
//!
//! The browser edge turns stored text into a `LogRead` and documents back into text; this file
//! only decides.

use crate::core::history_book::SaveMode;
use crate::core::session::log::{
    log_backup_key, LogRead, SessionLog, SessionLogDocument, SessionRecord,
};

/// Something the person should be told about their session log.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogNotice {
    StorageUnavailable,
    /// The stored log could not be read; a copy was kept under this key (or could not be, and
    /// nothing will be written).
    Unreadable {
        backup_key: Option<String>,
    },
    /// Sessions with values this app never writes were left out; the whole text was kept.
    Dropped {
        count: usize,
        backup_key: Option<String>,
    },
    NewerVersion {
        version: u32,
    },
    SaveFailed {
        quota: bool,
    },
    /// The stored log changed in a way this tab cannot read: this change was not written.
    StoredChangedUnreadable,
}

/// Stored text and what it was read as; `None` when nothing is stored.
pub type Stored<'a> = Option<(&'a str, LogRead)>;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LogBook {
    pub log: SessionLog,
    pub mode: SaveMode,
    pub notices: Vec<LogNotice>,
    /// The exact text that needed a copy kept first: once the copy exists, it may be replaced.
    replaceable: Option<String>,
    /// How the text was bad, for the notice once the copy is (or is not) made.
    pending: Option<LogNotice>,
}

pub enum LogOpening {
    Ready(LogBook),
    /// Copy `raw` to `key` first, then report with `LogBook::backup_finished`.
    NeedsBackup {
        book: LogBook,
        key: String,
        raw: String,
    },
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogChange {
    Add(SessionRecord),
    Import(Vec<SessionRecord>),
    Clear,
}

impl LogBook {
    fn with(log: SessionLog, mode: SaveMode) -> LogBook {
        LogBook {
            log,
            mode,
            notices: Vec::new(),
            replaceable: None,
            pending: None,
        }
    }

    pub fn unavailable() -> LogBook {
        LogBook {
            notices: vec![LogNotice::StorageUnavailable],
            ..LogBook::with(SessionLog::default(), SaveMode::MemoryOnly)
        }
    }

    pub fn open(stored: Stored<'_>, now_ms: u64) -> LogOpening {
        let Some((raw, read)) = stored else {
            return LogOpening::Ready(LogBook::with(SessionLog::default(), SaveMode::Saving));
        };
        let needs_backup = |mut book: LogBook, notice: LogNotice| {
            book.mode = SaveMode::Blocked;
            book.replaceable = Some(raw.to_owned());
            book.pending = Some(notice);
            LogOpening::NeedsBackup {
                book,
                key: log_backup_key(now_ms),
                raw: raw.to_owned(),
            }
        };
        match read {
            LogRead::Current { log, dropped: 0 } => {
                LogOpening::Ready(LogBook::with(log, SaveMode::Saving))
            }
            LogRead::Current { log, dropped } => needs_backup(
                LogBook::with(log, SaveMode::Saving),
                LogNotice::Dropped {
                    count: dropped,
                    backup_key: None,
                },
            ),
            LogRead::Newer { version, log } => {
                let mut book = LogBook::with(log, SaveMode::ReadOnlyNewer(version));
                book.notices.push(LogNotice::NewerVersion { version });
                LogOpening::Ready(book)
            }
            LogRead::Unreadable => needs_backup(
                LogBook::with(SessionLog::default(), SaveMode::Saving),
                LogNotice::Unreadable { backup_key: None },
            ),
        }
    }

    /// After trying to copy the original text to `key`: only a kept copy allows writing.
    pub fn backup_finished(&mut self, key: &str, copied: bool) {
        if copied {
            self.mode = SaveMode::Saving;
        }
        let kept = copied.then(|| key.to_owned());
        match self.pending.take() {
            Some(LogNotice::Unreadable { .. }) => self
                .notices
                .push(LogNotice::Unreadable { backup_key: kept }),
            Some(LogNotice::Dropped { count, .. }) => self.notices.push(LogNotice::Dropped {
                count,
                backup_key: kept,
            }),
            _ => {}
        }
    }

    /// Applies `change` to what is stored now (read just before) and returns the document to
    /// store, or `None` when this tab must not write (its own copy changes only).
    pub fn apply(&mut self, change: LogChange, stored: Stored<'_>) -> Option<SessionLogDocument> {
        if self.mode != SaveMode::Saving {
            self.apply_here(change);
            return None;
        }
        let current = match stored {
            None => SessionLog::default(),
            Some((text, _)) if self.replaceable.as_deref() == Some(text) => self.log.clone(),
            Some((_, LogRead::Current { log, dropped: 0 })) => log,
            Some(_) => {
                self.apply_here(change);
                self.notices.push(LogNotice::StoredChangedUnreadable);
                self.mode = SaveMode::Blocked;
                return None;
            }
        };
        self.log = applied(current, change);
        Some(SessionLogDocument::of(&self.log))
    }

    pub fn apply_here(&mut self, change: LogChange) {
        self.log = applied(std::mem::take(&mut self.log), change);
    }

    pub fn write_failed(&mut self, quota: bool) {
        self.notices.push(LogNotice::SaveFailed { quota });
    }

    /// Another tab changed the stored log: merge what it stored, when it can be read.
    pub fn reload(&mut self, stored: Stored<'_>) {
        if self.mode != SaveMode::Saving {
            return;
        }
        match stored {
            // Cleared elsewhere ("delete everything"): this tab forgets too.
            None => self.log = SessionLog::default(),
            Some((_, LogRead::Current { log, dropped: 0 })) => self.log = log,
            Some(_) => {
                self.notices.push(LogNotice::StoredChangedUnreadable);
                self.mode = SaveMode::Blocked;
            }
        }
    }

    pub fn dismiss_notices(&mut self) {
        self.notices.clear();
    }
}

fn applied(log: SessionLog, change: LogChange) -> SessionLog {
    match change {
        LogChange::Add(record) => log.merged(vec![record]),
        LogChange::Import(records) => log.merged(records),
        LogChange::Clear => SessionLog::default(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::PhaseNumber;
    use crate::core::session::calendar::LocalDay;
    use crate::core::session::log::tests::session_on;

    fn current(log: &SessionLog) -> LogRead {
        LogRead::Current {
            log: log.clone(),
            dropped: 0,
        }
    }

    fn ready(opening: LogOpening) -> LogBook {
        match opening {
            LogOpening::Ready(book) => book,
            LogOpening::NeedsBackup { .. } => panic!("expected a ready book"),
        }
    }

    #[test]
    fn two_tabs_adding_sessions_both_keep_theirs() {
        let mut tab_a = ready(LogBook::open(None, 1));
        let mut tab_b = ready(LogBook::open(None, 1));
        let a = session_on(LocalDay(1), PhaseNumber::One);
        let b = session_on(LocalDay(2), PhaseNumber::One);
        let written_a = tab_a
            .apply(LogChange::Add(a.clone()), None)
            .expect("writes");
        let stored = SessionLog {
            sessions: written_a.sessions,
        };
        let written_b = tab_b
            .apply(
                LogChange::Add(b.clone()),
                Some(("a's text", current(&stored))),
            )
            .expect("writes");
        assert_eq!(written_b.sessions, vec![a, b]);
    }

    #[test]
    fn unreadable_text_is_kept_aside_before_writing_and_the_person_told() {
        let opening = LogBook::open(Some(("{oops", LogRead::Unreadable)), 77);
        let LogOpening::NeedsBackup { mut book, key, raw } = opening else {
            panic!("needs a backup")
        };
        assert_eq!(raw, "{oops");
        assert_eq!(book.mode, SaveMode::Blocked);
        book.backup_finished(&key, true);
        assert_eq!(book.mode, SaveMode::Saving);
        assert_eq!(
            book.notices,
            vec![LogNotice::Unreadable {
                backup_key: Some(key)
            }]
        );
        // Now the unreadable text (and only that exact text) may be replaced.
        let s = session_on(LocalDay(3), PhaseNumber::One);
        let doc = book
            .apply(
                LogChange::Add(s.clone()),
                Some(("{oops", LogRead::Unreadable)),
            )
            .expect("writes over the copied text");
        assert_eq!(doc.sessions, vec![s]);
    }

    #[test]
    fn without_a_copy_nothing_is_written() {
        let LogOpening::NeedsBackup { mut book, key, .. } =
            LogBook::open(Some(("{oops", LogRead::Unreadable)), 77)
        else {
            panic!("needs a backup")
        };
        book.backup_finished(&key, false);
        let s = session_on(LocalDay(3), PhaseNumber::One);
        assert_eq!(
            book.apply(
                LogChange::Add(s.clone()),
                Some(("{oops", LogRead::Unreadable))
            ),
            None
        );
        assert_eq!(book.log.sessions, vec![s], "kept in this tab");
    }

    #[test]
    fn a_newer_log_is_shown_and_never_written() {
        let old = session_on(LocalDay(3), PhaseNumber::One);
        let log = SessionLog {
            sessions: vec![old.clone()],
        };
        let mut book = ready(LogBook::open(
            Some(("v9", LogRead::Newer { version: 9, log })),
            1,
        ));
        assert_eq!(book.mode, SaveMode::ReadOnlyNewer(9));
        let s = session_on(LocalDay(4), PhaseNumber::One);
        assert_eq!(book.apply(LogChange::Add(s), None), None);
        assert_eq!(book.log.sessions.len(), 2);
    }

    #[test]
    fn text_changed_into_something_unreadable_is_not_overwritten() {
        let mut book = ready(LogBook::open(None, 1));
        let s = session_on(LocalDay(4), PhaseNumber::One);
        assert_eq!(
            book.apply(LogChange::Add(s), Some(("garbage", LogRead::Unreadable))),
            None
        );
        assert_eq!(book.mode, SaveMode::Blocked);
        assert!(book.notices.contains(&LogNotice::StoredChangedUnreadable));
    }
}
