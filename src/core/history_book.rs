//! What to do with the saved history, decided without touching the browser: how to open what
//! was stored, when a copy of unreadable data must be kept first, and what text to write after
//! each change. The app performs the reads and writes these decisions ask for.
//!
//! Every change is applied to what is stored *now* (read, change, write), never to this tab's
//! copy, so two tabs saving at once both keep their entries, and nothing this app cannot read is
//! ever overwritten.
//!
//! Stored text is read and written through a [`JsonCodec`] (`J`): the browser's JSON in the app,
//! serde_json in native tests.

use crate::core::document::JsonCodec;
use crate::core::record::{
    decode_newer_store, decode_store, encode_store, merge, sort_by_time, AssessmentRecord,
    StoreError,
};

/// The localStorage key of the history.
pub const STORE_KEY: &str = "glute-check.history";
/// Unreadable history is copied to this key plus the time, before anything else is written.
pub const BACKUP_KEY_PREFIX: &str = "glute-check.history.unreadable.";

pub fn backup_key(now_ms: u64) -> String {
    format!("{BACKUP_KEY_PREFIX}{now_ms}")
}

/// Whether changes reach storage.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SaveMode {
    Saving,
    /// Storage cannot be used at all: everything stays in this tab until it is closed.
    MemoryOnly,
    /// The stored history comes from a newer version of the app: shown, never overwritten.
    ReadOnlyNewer(u32),
    /// The stored text cannot be read and no copy of it could be kept: writing would lose it.
    Blocked,
}

/// Something the person should be told about their history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Notice {
    StorageUnavailable,
    /// The stored history could not be read; a copy was kept under `backup_key` (or could not
    /// be, and nothing will be written).
    Unreadable {
        backup_key: Option<String>,
    },
    Migrated {
        from: u32,
    },
    NewerVersion {
        version: u32,
    },
    /// Entries that could not be read, one reason each; kept in the backup copy.
    Skipped(Vec<String>),
    SaveFailed {
        quota: bool,
    },
    /// Saved history changed under us in a way we cannot read: this change was not written.
    StoredChangedUnreadable,
}

/// The history as this tab knows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryBook {
    /// Oldest first.
    pub records: Vec<AssessmentRecord>,
    pub mode: SaveMode,
    pub notices: Vec<Notice>,
    /// Stored text this app could not (fully) read, offered for download.
    pub unreadable_raw: Option<String>,
    /// None of the stored text could be read (not just some entries).
    wholly_unreadable: bool,
    /// The stored text as opened, when it needed a copy kept first: once that copy exists, this
    /// exact text may be replaced by `records` (it is what they were read from).
    replaceable: Option<String>,
}

/// What opening the stored history needs next.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Opening {
    Ready(HistoryBook),
    /// Copy `raw` to `key` first, then report with `HistoryBook::backup_finished`.
    NeedsBackup {
        book: HistoryBook,
        key: String,
        raw: String,
    },
}

/// A change a person makes to their history.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    Add(AssessmentRecord),
    Import(Vec<AssessmentRecord>),
    Remove(String),
    Clear,
}

impl HistoryBook {
    fn with(records: Vec<AssessmentRecord>, mode: SaveMode) -> HistoryBook {
        HistoryBook {
            records,
            mode,
            notices: Vec::new(),
            unreadable_raw: None,
            wholly_unreadable: false,
            replaceable: None,
        }
    }

    /// Storage cannot be reached: work in memory and say so.
    pub fn unavailable() -> HistoryBook {
        HistoryBook {
            notices: vec![Notice::StorageUnavailable],
            ..HistoryBook::with(Vec::new(), SaveMode::MemoryOnly)
        }
    }

    /// Opens what was stored under `STORE_KEY` (`None`: nothing yet).
    pub fn open<J: JsonCodec>(stored: Option<&str>, now_ms: u64) -> Opening {
        let Some(raw) = stored else {
            return Opening::Ready(HistoryBook::with(Vec::new(), SaveMode::Saving));
        };
        match decode_store::<J>(raw) {
            Ok(loaded) => {
                let mut records = loaded.records;
                sort_by_time(&mut records);
                let mut book = HistoryBook::with(records, SaveMode::Saving);
                if let Some(from) = loaded.migrated_from {
                    book.notices.push(Notice::Migrated { from });
                }
                if !loaded.skipped.is_empty() {
                    // The entries that could not be read exist only in this text.
                    book.unreadable_raw = Some(raw.to_owned());
                    book.notices.push(Notice::Skipped(
                        loaded.skipped.iter().map(|s| s.reason()).collect(),
                    ));
                }
                // Converting or dropping entries rewrites the stored text: keep the original.
                if loaded.migrated_from.is_some() || !loaded.skipped.is_empty() {
                    book.mode = SaveMode::Blocked;
                    book.replaceable = Some(raw.to_owned());
                    return Opening::NeedsBackup {
                        book,
                        key: backup_key(now_ms),
                        raw: raw.to_owned(),
                    };
                }
                Opening::Ready(book)
            }
            Err(StoreError::NewerVersion(version)) => {
                let mut records = decode_newer_store::<J>(raw).records;
                sort_by_time(&mut records);
                let mut book = HistoryBook::with(records, SaveMode::ReadOnlyNewer(version));
                book.notices.push(Notice::NewerVersion { version });
                Opening::Ready(book)
            }
            Err(StoreError::NotJson(_) | StoreError::WrongShape(_)) => {
                let mut book = HistoryBook::with(Vec::new(), SaveMode::Blocked);
                book.unreadable_raw = Some(raw.to_owned());
                book.wholly_unreadable = true;
                book.replaceable = Some(raw.to_owned());
                Opening::NeedsBackup {
                    book,
                    key: backup_key(now_ms),
                    raw: raw.to_owned(),
                }
            }
        }
    }

    /// After trying to copy the original text to `key`: only a kept copy allows writing.
    pub fn backup_finished(&mut self, key: &str, copied: bool) {
        if copied {
            self.mode = SaveMode::Saving;
        }
        if self.wholly_unreadable {
            self.notices.push(Notice::Unreadable {
                backup_key: copied.then(|| key.to_owned()),
            });
        }
    }

    /// Applies `change` to what is stored now and returns the text to store, or `None` when
    /// this tab must not write (its copy changes only). `stored` is read just before.
    pub fn apply<J: JsonCodec>(&mut self, change: Change, stored: Option<&str>) -> Option<String> {
        if self.mode != SaveMode::Saving {
            self.apply_here(change);
            return None;
        }
        let current = match stored {
            // The text opened and copied aside: what this tab read from it replaces it.
            Some(text) if self.replaceable.as_deref() == Some(text) => {
                std::mem::take(&mut self.records)
            }
            _ => match stored.map(decode_store::<J>) {
                None => Vec::new(),
                Some(Ok(loaded)) if loaded.skipped.is_empty() && loaded.migrated_from.is_none() => {
                    loaded.records
                }
                // Someone wrote something we cannot fully read since we opened it: never overwrite.
                Some(_) => {
                    self.apply_here(change);
                    self.notices.push(Notice::StoredChangedUnreadable);
                    self.mode = SaveMode::Blocked;
                    return None;
                }
            },
        };
        self.records = applied(current, change);
        match encode_store::<J>(&self.records) {
            Ok(text) => Some(text),
            // Only a time beyond what JavaScript holds exactly can get here: keep it in this tab.
            Err(_) => {
                self.write_failed(false);
                None
            }
        }
    }

    /// Applies `change` to this tab's copy only: storage could not even be read.
    pub fn apply_here(&mut self, change: Change) {
        self.records = applied(std::mem::take(&mut self.records), change);
    }

    /// The write of `apply`'s text failed: this tab keeps its copy, storage keeps the old text.
    pub fn write_failed(&mut self, quota: bool) {
        self.notices.push(Notice::SaveFailed { quota });
    }

    /// Another tab changed the stored history: take what it stored, when it can be read.
    pub fn reload<J: JsonCodec>(&mut self, stored: Option<&str>) {
        if self.mode != SaveMode::Saving {
            return;
        }
        match stored.map(decode_store::<J>) {
            None => self.records.clear(),
            Some(Ok(loaded)) => {
                self.records = loaded.records;
                sort_by_time(&mut self.records);
            }
            Some(Err(_)) => {
                self.notices.push(Notice::StoredChangedUnreadable);
                self.mode = SaveMode::Blocked;
            }
        }
    }

    pub fn dismiss_notices(&mut self) {
        self.notices.clear();
    }
}

fn applied(records: Vec<AssessmentRecord>, change: Change) -> Vec<AssessmentRecord> {
    match change {
        Change::Add(record) => merge(&records, vec![record]).records,
        Change::Import(incoming) => merge(&records, incoming).records,
        Change::Remove(id) => records.into_iter().filter(|r| r.id != id).collect(),
        Change::Clear => Vec::new(),
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::answers::Answers;
    use crate::core::document::native_json::NativeJson;
    use crate::core::draft::strategy::arb_answers;
    use proptest::prelude::*;
    use proptest::strategy::ValueTree;
    use proptest::test_runner::TestRunner;

    fn answers(seed: u8) -> Answers {
        let mut runner = TestRunner::deterministic();
        let mut tree = arb_answers()
            .new_tree(&mut runner)
            .expect("a strategy value");
        for _ in 0..seed {
            tree.simplify();
        }
        tree.current()
    }

    fn encode_store(records: &[AssessmentRecord]) -> String {
        super::encode_store::<NativeJson>(records).unwrap()
    }

    fn record(at: u64) -> AssessmentRecord {
        AssessmentRecord::new(answers(0), at, None)
    }

    fn ready(opening: Opening) -> HistoryBook {
        match opening {
            Opening::Ready(book) => book,
            other => panic!("expected a ready book, got {other:?}"),
        }
    }

    #[test]
    fn nothing_stored_opens_empty_and_saving() {
        let book = ready(HistoryBook::open::<NativeJson>(None, 1));
        assert_eq!(book.mode, SaveMode::Saving);
        assert!(book.records.is_empty() && book.notices.is_empty());
    }

    #[test]
    fn stored_history_opens_oldest_first() {
        let stored = encode_store(&[record(20), record(10)]);
        let book = ready(HistoryBook::open::<NativeJson>(Some(&stored), 1));
        let times: Vec<u64> = book.records.iter().map(|r| r.taken_at_ms).collect();
        assert_eq!(times, vec![10, 20]);
    }

    #[test]
    fn unreadable_text_is_backed_up_before_anything_is_written() {
        let Opening::NeedsBackup { mut book, key, raw } =
            HistoryBook::open::<NativeJson>(Some("{not json"), 42)
        else {
            panic!("corrupt text needs a backup first");
        };
        assert_eq!(
            (key.as_str(), raw.as_str()),
            ("glute-check.history.unreadable.42", "{not json")
        );
        assert_eq!(book.mode, SaveMode::Blocked);
        assert_eq!(book.unreadable_raw.as_deref(), Some("{not json"));
        // Until the copy exists, a new assessment stays in memory only.
        assert_eq!(
            book.apply::<NativeJson>(Change::Add(record(5)), Some("{not json")),
            None
        );
        assert_eq!(book.records.len(), 1);
        book.backup_finished(&key, true);
        assert_eq!(book.mode, SaveMode::Saving);
        assert!(book.notices.contains(&Notice::Unreadable {
            backup_key: Some(key)
        }));
        // With the copy kept, the unreadable text may be replaced by what this tab holds.
        let written = book
            .apply::<NativeJson>(Change::Add(record(6)), Some("{not json"))
            .expect("now saved");
        assert_eq!(
            ready(HistoryBook::open::<NativeJson>(Some(&written), 1))
                .records
                .len(),
            2
        );
    }

    #[test]
    fn migrated_history_is_written_in_the_new_format_once_the_original_is_copied() {
        let v1 = include_str!("../../tests/fixtures/history-v1.json");
        let Opening::NeedsBackup { mut book, key, raw } =
            HistoryBook::open::<NativeJson>(Some(v1), 9)
        else {
            panic!("a migration keeps a copy of the original first");
        };
        assert_eq!(raw, v1);
        assert!(book.notices.contains(&Notice::Migrated { from: 1 }));
        assert_eq!(
            book.apply::<NativeJson>(Change::Add(record(5)), Some(v1)),
            None,
            "not before the copy"
        );
        book.backup_finished(&key, true);
        let written = book
            .apply::<NativeJson>(Change::Add(record(6)), Some(v1))
            .expect("saved");
        let reopened = ready(HistoryBook::open::<NativeJson>(Some(&written), 1));
        assert_eq!(reopened.records.len(), 4, "two migrated, two added");
    }

    #[test]
    fn unreadable_entries_are_offered_for_download_and_the_rest_is_kept() {
        let good = encode_store(&[record(10)]);
        let with_bad = good.replacen("\"records\":[", "\"records\":[{\"id\":5},", 1);
        let Opening::NeedsBackup { mut book, key, .. } =
            HistoryBook::open::<NativeJson>(Some(&with_bad), 3)
        else {
            panic!("dropping an entry rewrites the text: a copy comes first");
        };
        assert_eq!(book.records.len(), 1);
        assert!(
            matches!(book.notices.as_slice(), [Notice::Skipped(reasons)] if reasons.len() == 1)
        );
        assert_eq!(book.unreadable_raw.as_deref(), Some(with_bad.as_str()));
        book.backup_finished(&key, true);
        assert!(
            !book
                .notices
                .iter()
                .any(|n| matches!(n, Notice::Unreadable { .. })),
            "only some entries were unreadable"
        );
    }

    #[test]
    fn a_change_kept_here_only_keeps_every_earlier_entry() {
        let stored = encode_store(&[record(10)]);
        let mut book = ready(HistoryBook::open::<NativeJson>(Some(&stored), 1));
        book.apply_here(Change::Add(record(20)));
        assert_eq!(book.records.len(), 2);
    }

    #[test]
    fn a_failed_backup_keeps_writing_blocked() {
        let Opening::NeedsBackup { mut book, key, .. } =
            HistoryBook::open::<NativeJson>(Some("[1,2"), 7)
        else {
            panic!("corrupt text needs a backup first");
        };
        book.backup_finished(&key, false);
        assert_eq!(book.mode, SaveMode::Blocked);
        assert!(book
            .notices
            .contains(&Notice::Unreadable { backup_key: None }));
    }

    #[test]
    fn the_wrong_shape_is_unreadable_too() {
        assert!(matches!(
            HistoryBook::open::<NativeJson>(Some("{\"records\":5}"), 1),
            Opening::NeedsBackup { .. }
        ));
        assert!(matches!(
            HistoryBook::open::<NativeJson>(Some("[]"), 1),
            Opening::NeedsBackup { .. }
        ));
    }

    #[test]
    fn history_from_a_newer_app_is_read_only() {
        let stored = encode_store(&[record(10)]).replacen("\"schema\":3", "\"schema\":99", 1);
        let mut book = ready(HistoryBook::open::<NativeJson>(Some(&stored), 1));
        assert_eq!(book.mode, SaveMode::ReadOnlyNewer(99));
        assert_eq!(book.records.len(), 1, "what can be read is shown");
        assert_eq!(
            book.apply::<NativeJson>(Change::Add(record(20)), Some(&stored)),
            None,
            "never written"
        );
        assert_eq!(book.records.len(), 2, "kept in this tab");
    }

    #[test]
    fn unavailable_storage_works_in_memory_and_says_so() {
        let mut book = HistoryBook::unavailable();
        assert_eq!(book.mode, SaveMode::MemoryOnly);
        assert_eq!(book.notices, vec![Notice::StorageUnavailable]);
        assert_eq!(book.apply::<NativeJson>(Change::Add(record(1)), None), None);
        assert_eq!(book.records.len(), 1);
    }

    #[test]
    fn two_tabs_saving_keep_both_entries() {
        let mut tab_a = ready(HistoryBook::open::<NativeJson>(None, 1));
        let mut tab_b = ready(HistoryBook::open::<NativeJson>(None, 1));
        let written_by_a = tab_a
            .apply::<NativeJson>(Change::Add(record(10)), None)
            .expect("a writes");
        let written_by_b = tab_b
            .apply::<NativeJson>(Change::Add(record(20)), Some(&written_by_a))
            .expect("b writes");
        let stored = ready(HistoryBook::open::<NativeJson>(Some(&written_by_b), 1));
        assert_eq!(stored.records.len(), 2);
        tab_a.reload::<NativeJson>(Some(&written_by_b));
        assert_eq!(
            tab_a.records, stored.records,
            "the other tab sees the new entry"
        );
    }

    #[test]
    fn remove_and_clear_work_on_what_is_stored() {
        let mut book = ready(HistoryBook::open::<NativeJson>(None, 1));
        let first = book
            .apply::<NativeJson>(Change::Add(record(10)), None)
            .expect("write");
        let second = book
            .apply::<NativeJson>(Change::Add(record(20)), Some(&first))
            .expect("write");
        let id = book.records[0].id.clone();
        let third = book
            .apply::<NativeJson>(Change::Remove(id), Some(&second))
            .expect("write");
        assert_eq!(
            ready(HistoryBook::open::<NativeJson>(Some(&third), 1))
                .records
                .len(),
            1
        );
        let fourth = book
            .apply::<NativeJson>(Change::Clear, Some(&third))
            .expect("write");
        assert!(ready(HistoryBook::open::<NativeJson>(Some(&fourth), 1))
            .records
            .is_empty());
    }

    #[test]
    fn stored_text_gone_bad_since_opening_is_never_overwritten() {
        let mut book = ready(HistoryBook::open::<NativeJson>(None, 1));
        assert_eq!(
            book.apply::<NativeJson>(Change::Add(record(10)), Some("garbage")),
            None
        );
        assert_eq!(book.mode, SaveMode::Blocked);
        assert!(book.notices.contains(&Notice::StoredChangedUnreadable));
    }

    proptest! {
        #[test]
        fn interleaved_saves_from_two_tabs_never_lose_an_entry(
            list in proptest::collection::vec((arb_answers(), any::<bool>(), 0u64..1_000_000), 1..8)
        ) {
            let mut tabs = [ready(HistoryBook::open::<NativeJson>(None, 1)), ready(HistoryBook::open::<NativeJson>(None, 1))];
            let mut stored: Option<String> = None;
            let mut ids = std::collections::BTreeSet::new();
            for (answers, in_b, at) in list {
                let r = AssessmentRecord::new(answers, at, None);
                ids.insert(r.id.clone());
                let tab = &mut tabs[usize::from(in_b)];
                stored = tab.apply::<NativeJson>(Change::Add(r), stored.as_deref()).or(stored);
            }
            let stored = stored.expect("something was written");
            let reopened = ready(HistoryBook::open::<NativeJson>(Some(&stored), 1));
            let kept: std::collections::BTreeSet<String> = reopened.records.iter().map(|r| r.id.clone()).collect();
            prop_assert_eq!(kept, ids);
        }

        #[test]
        fn opening_any_text_never_panics(raw in ".{0,200}") {
            let _ = HistoryBook::open::<NativeJson>(Some(&raw), 1);
        }
    }
}
