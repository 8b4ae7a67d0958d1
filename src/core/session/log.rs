//! The session log: one `SessionRecord` per finished or partial session, saved as its own
//! versioned document. This file holds the records and the document's shape and checks; what
//! to do with stored text (keep aside, never overwrite newer, merge) is `log_book`'s.

use serde::{Deserialize, Serialize};

use crate::core::document::{Count, JsonCodec, List, Object};
use crate::core::plan::{ExerciseId, PhaseNumber};
use crate::core::record::APP_ID;
use crate::core::session::calendar::LocalDay;
use crate::core::session::plan::Step;
use crate::core::session::state::{EndCheck, Outcome, SessionState, Stage, PAIN_MAX};

/// The localStorage key of the session log.
pub const LOG_KEY: &str = "glute-check.sessions";
/// Unreadable session logs are copied to this key plus the time before anything is written.
pub const LOG_BACKUP_KEY_PREFIX: &str = "glute-check.sessions.unreadable.";
/// The session under way, so a reload or a closed tab can carry on.
pub const IN_PROGRESS_KEY: &str = "glute-check.session-now";
/// The cue setting (tone and vibration at the end of a hold or rest): "on" or absent.
pub const CUE_SETTING_KEY: &str = "glute-check.session-cue";
/// What the document says it is.
pub const LOG_KIND: &str = "session-log";
/// The format version this app writes. Raise it with a migration when the shape changes.
pub const LOG_VERSION: u32 = 1;
/// A stored session untouched for longer than this is not resumed: what was done is saved as
/// a partial session instead. Two hours covers a long phone call, not the next day.
pub const RESUME_WITHIN_MS: u64 = 2 * 60 * 60 * 1000;

pub fn log_backup_key(now_ms: u64) -> String {
    format!("{LOG_BACKUP_KEY_PREFIX}{now_ms}")
}

/// What one exercise of a session came to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseLog {
    pub id: ExerciseId,
    /// Working sets planned (each side counts as a set).
    pub planned: u8,
    pub done: u8,
    pub skipped: u8,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionRecord {
    /// Unique per session: "s" and the start time.
    pub id: String,
    pub started_at_ms: u64,
    pub ended_at_ms: u64,
    /// The local day it started on.
    pub day: LocalDay,
    pub phase: PhaseNumber,
    /// Every set was done or skipped (not stopped early, not left open).
    pub complete: bool,
    pub exercises: Vec<ExerciseLog>,
    /// The end check; `None` for a session closed before it (saved as partial).
    pub check: Option<EndCheck>,
}

impl SessionRecord {
    /// At least one set was done: the day counts as a day of the routine.
    pub fn counts(&self) -> bool {
        self.exercises.iter().any(|e| e.done > 0)
    }

    pub fn sets_done(&self) -> u32 {
        self.exercises.iter().map(|e| u32::from(e.done)).sum()
    }

    pub fn sets_skipped(&self) -> u32 {
        self.exercises.iter().map(|e| u32::from(e.skipped)).sum()
    }

    /// The record of a session, finished or not; `utc_offset_minutes` dates it.
    pub fn from_state(state: &SessionState, ended_at_ms: u64, utc_offset_minutes: i32) -> Self {
        let mut exercises: Vec<ExerciseLog> = state
            .plan
            .items
            .iter()
            .map(|i| ExerciseLog {
                id: i.id,
                planned: 0,
                done: 0,
                skipped: 0,
            })
            .collect();
        let works = state.steps().into_iter().filter_map(|s| match s {
            Step::Work { item, .. } => Some(item),
            Step::Rest { .. } => None,
        });
        for (item, outcome) in works.zip(&state.outcomes) {
            if let Some(e) = exercises.get_mut(item) {
                e.planned = e.planned.saturating_add(1);
                match outcome {
                    Outcome::Done { .. } => e.done = e.done.saturating_add(1),
                    Outcome::Skipped => e.skipped = e.skipped.saturating_add(1),
                    Outcome::Pending => {}
                }
            }
        }
        let checked = matches!(state.stage, Stage::Finished { .. });
        SessionRecord {
            id: format!("s{}", state.started_at_ms),
            started_at_ms: state.started_at_ms,
            ended_at_ms: ended_at_ms.max(state.started_at_ms),
            day: LocalDay::of(state.started_at_ms, utc_offset_minutes),
            phase: state.plan.phase,
            complete: state.outcomes.iter().all(|o| *o != Outcome::Pending),
            exercises,
            check: checked.then(|| state.check.clone()),
        }
    }

    /// Whether every value is one this app could have written.
    pub fn is_valid(&self) -> bool {
        let pain_ok = |p: Option<u8>| p.is_none_or(|p| p <= PAIN_MAX);
        !self.id.is_empty()
            && self.id.len() <= 40
            && self.ended_at_ms >= self.started_at_ms
            && self.exercises.len() <= 16
            && self
                .exercises
                .iter()
                .all(|e| u16::from(e.done) + u16::from(e.skipped) <= u16::from(e.planned))
            && self.check.as_ref().is_none_or(|c| {
                pain_ok(c.pain_during) && pain_ok(c.pain_after) && c.took_over.len() <= 16
            })
    }
}

/// Every logged session, oldest first.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SessionLog {
    pub sessions: Vec<SessionRecord>,
}

impl SessionLog {
    /// Adds `incoming`: a session already known (same id) keeps the version that got further.
    pub fn merged(&self, incoming: Vec<SessionRecord>) -> SessionLog {
        let mut sessions = self.sessions.clone();
        for record in incoming {
            match sessions.iter_mut().find(|s| s.id == record.id) {
                Some(known) => {
                    let further = (
                        record.check.is_some(),
                        record.sets_done(),
                        record.ended_at_ms,
                    ) > (known.check.is_some(), known.sets_done(), known.ended_at_ms);
                    if further {
                        *known = record;
                    }
                }
                None => sessions.push(record),
            }
        }
        sessions.sort_by(|a, b| a.started_at_ms.cmp(&b.started_at_ms).then(a.id.cmp(&b.id)));
        SessionLog { sessions }
    }

    /// How many sessions merging `incoming` would add (by id; repeats within `incoming` count
    /// once), for telling the person what an import added.
    pub fn count_new(&self, incoming: &[SessionRecord]) -> usize {
        self.merged(incoming.to_vec()).sessions.len() - self.sessions.len()
    }
}

/// The session log's part of an export file, read from the file's `sessions_version` and
/// `sessions` members (written beside the history's records, see `record::export_file`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionsInFile {
    /// The file has no sessions (an export without any, or one made before the log existed).
    None,
    /// `left_out` entries had values this app never writes.
    Read {
        sessions: Vec<SessionRecord>,
        left_out: usize,
    },
    /// A newer app wrote the sessions: none are added, as their meaning may have changed.
    Newer(u32),
    /// The members are there but are not a list of sessions.
    Unreadable,
}

/// The members of an export file that hold the session log, each kept as found until checked.
#[derive(Deserialize)]
#[serde(bound = "V: serde::de::DeserializeOwned")]
struct SessionsPart<V> {
    #[serde(default)]
    sessions_version: Option<V>,
    #[serde(default)]
    sessions: Option<V>,
}

/// Reads the session log out of an export file that `record::import_file` has accepted (so the
/// text is ours and of a version this app reads). A file without a version for its sessions
/// holds this version's (the first), as every export that has sessions names it.
pub fn sessions_in_file<J: JsonCodec>(raw: &str) -> SessionsInFile {
    let Ok(value) = J::parse(raw) else {
        return SessionsInFile::Unreadable;
    };
    let Ok(Object(part)) = J::read::<Object<SessionsPart<J::Value>>>(&value) else {
        return SessionsInFile::Unreadable;
    };
    let Some(sessions) = part.sessions else {
        return SessionsInFile::None;
    };
    let version = match part.sessions_version.map(|v| J::read::<Count<u32>>(&v)) {
        None => LOG_VERSION,
        Some(Ok(Count(v))) if v >= 1 => v,
        Some(_) => return SessionsInFile::Unreadable,
    };
    if version > LOG_VERSION {
        return SessionsInFile::Newer(version);
    }
    let Ok(List(entries)) = J::read::<List<J::Value>>(&sessions) else {
        return SessionsInFile::Unreadable;
    };
    if entries.is_empty() {
        return SessionsInFile::None;
    }
    let total = entries.len();
    let valid: Vec<SessionRecord> = entries
        .iter()
        .filter_map(|entry| J::read::<SessionRecord>(entry).ok())
        .filter(SessionRecord::is_valid)
        .collect();
    SessionsInFile::Read {
        left_out: total - valid.len(),
        sessions: valid,
    }
}

/// The stored document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionLogDocument {
    pub app: String,
    pub kind: String,
    pub version: u32,
    pub sessions: Vec<SessionRecord>,
}

impl SessionLogDocument {
    pub fn of(log: &SessionLog) -> SessionLogDocument {
        SessionLogDocument {
            app: APP_ID.to_owned(),
            kind: LOG_KIND.to_owned(),
            version: LOG_VERSION,
            sessions: log.sessions.clone(),
        }
    }
}

/// Only what says which document and version the stored text is; read first, so a newer
/// version is recognised even when its shape is unknown.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DocumentHeader {
    pub app: String,
    pub kind: String,
    pub version: u32,
}

/// What stored text turned out to be, once the browser edge has tried to read it as a
/// header and as a whole document.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LogRead {
    /// This version; `dropped` entries had values this app never writes.
    Current {
        log: SessionLog,
        dropped: usize,
    },
    /// A newer app wrote it: show what can be read, never write over it.
    Newer {
        version: u32,
        log: SessionLog,
    },
    Unreadable,
}

impl LogRead {
    /// Decides from the two readings (`None`: that reading failed).
    pub fn classify(
        header: Option<DocumentHeader>,
        document: Option<SessionLogDocument>,
    ) -> LogRead {
        let Some(header) = header else {
            return LogRead::Unreadable;
        };
        if header.app != APP_ID || header.kind != LOG_KIND || header.version == 0 {
            return LogRead::Unreadable;
        }
        let (valid, dropped) = match document {
            Some(doc) => {
                let total = doc.sessions.len();
                let valid: Vec<SessionRecord> = doc
                    .sessions
                    .into_iter()
                    .filter(SessionRecord::is_valid)
                    .collect();
                let dropped = total - valid.len();
                (Some(valid), dropped)
            }
            None => (None, 0),
        };
        let log = SessionLog::default().merged(valid.clone().unwrap_or_default());
        if header.version > LOG_VERSION {
            return LogRead::Newer {
                version: header.version,
                log,
            };
        }
        match valid {
            Some(_) => LogRead::Current { log, dropped },
            None => LogRead::Unreadable,
        }
    }
}

/// What to do with a session found stored when the app opens.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Resumption {
    /// Carry on where it was.
    Resume(Box<SessionState>),
    /// Too old to carry on: log what was done (if anything) and forget it.
    Close(Option<SessionRecord>),
}

pub fn resume_or_close(state: SessionState, now_ms: u64, utc_offset_minutes: i32) -> Resumption {
    if matches!(state.stage, Stage::Finished { .. }) {
        // Finished sessions are logged when they finish; a leftover one is only a copy.
        return Resumption::Close(None);
    }
    if now_ms.saturating_sub(state.touched_at_ms) <= RESUME_WITHIN_MS
        && now_ms >= state.started_at_ms
    {
        return Resumption::Resume(Box::new(state));
    }
    let record = SessionRecord::from_state(&state, state.touched_at_ms, utc_offset_minutes);
    Resumption::Close(record.counts().then_some(record))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A session of `phase` on `day` with one set done.
    pub fn session_on(day: LocalDay, phase: PhaseNumber) -> SessionRecord {
        let start = u64::try_from(day.0).unwrap_or(0) * 86_400_000 + 36_000_000;
        SessionRecord {
            id: format!("s{start}"),
            started_at_ms: start,
            ended_at_ms: start + 600_000,
            day,
            phase,
            complete: true,
            exercises: vec![ExerciseLog {
                id: phase.exercise_ids()[0],
                planned: 3,
                done: 3,
                skipped: 0,
            }],
            check: Some(EndCheck::default()),
        }
    }

    #[test]
    fn merging_keeps_the_further_version_of_a_session_and_sorts_by_time() {
        let a = session_on(LocalDay(10), PhaseNumber::One);
        let b = session_on(LocalDay(5), PhaseNumber::One);
        let mut partial = a.clone();
        partial.check = None;
        let log = SessionLog::default().merged(vec![partial, b.clone()]);
        let log = log.merged(vec![a.clone()]);
        assert_eq!(log.sessions, vec![b, a.clone()]);
        // The less finished copy never replaces the finished one.
        let mut older = a.clone();
        older.check = None;
        assert_eq!(log.merged(vec![older]).sessions[1], a);
    }

    #[test]
    fn documents_say_what_they_are_and_bad_values_are_dropped() {
        let good = session_on(LocalDay(1), PhaseNumber::One);
        let mut bad = session_on(LocalDay(2), PhaseNumber::One);
        bad.check = Some(EndCheck {
            pain_after: Some(11),
            ..EndCheck::default()
        });
        let header = |version| DocumentHeader {
            app: APP_ID.into(),
            kind: LOG_KIND.into(),
            version,
        };
        let doc = SessionLogDocument {
            sessions: vec![good.clone(), bad],
            ..SessionLogDocument::of(&SessionLog::default())
        };
        assert_eq!(
            LogRead::classify(Some(header(1)), Some(doc.clone())),
            LogRead::Current {
                log: SessionLog {
                    sessions: vec![good.clone()]
                },
                dropped: 1
            }
        );
        assert!(matches!(
            LogRead::classify(Some(header(2)), None),
            LogRead::Newer { version: 2, .. }
        ));
        assert_eq!(LogRead::classify(None, None), LogRead::Unreadable);
        assert_eq!(
            LogRead::classify(Some(header(1)), None),
            LogRead::Unreadable
        );
        let mut other = header(1);
        other.kind = "export".into();
        assert_eq!(
            LogRead::classify(Some(other), Some(doc)),
            LogRead::Unreadable
        );
    }

    mod in_export_files {
        use super::*;
        use crate::core::document::native_json::NativeJson;
        use crate::core::record::export_file;

        fn read(raw: &str) -> SessionsInFile {
            sessions_in_file::<NativeJson>(raw)
        }

        #[test]
        fn an_export_carries_the_log_and_gives_it_back() {
            let sessions = vec![
                session_on(LocalDay(20_000), PhaseNumber::One),
                session_on(LocalDay(20_001), PhaseNumber::Two),
            ];
            let file = export_file::<NativeJson>(&[], &sessions, 7).expect("writes");
            assert!(file.contains("\"sessions_version\":1"), "{file}");
            assert_eq!(
                read(&file),
                SessionsInFile::Read {
                    sessions,
                    left_out: 0
                }
            );
        }

        #[test]
        fn an_export_without_sessions_has_no_log_members() {
            let file = export_file::<NativeJson>(&[], &[], 7).expect("writes");
            assert!(!file.contains("sessions"), "{file}");
            assert_eq!(read(&file), SessionsInFile::None);
            let empty = r#"{"app":"glute-check","kind":"export","schema":2,"exported_at":1,"records":[],"sessions":[]}"#;
            assert_eq!(read(empty), SessionsInFile::None);
        }

        #[test]
        fn sessions_with_impossible_values_are_left_out_and_counted() {
            let good = session_on(LocalDay(3), PhaseNumber::One);
            let mut bad = session_on(LocalDay(4), PhaseNumber::One);
            bad.check = Some(EndCheck {
                pain_during: Some(11),
                ..EndCheck::default()
            });
            let file = export_file::<NativeJson>(&[], &[good.clone(), bad], 7).expect("writes");
            let file = file.replacen("\"sessions\":[", "\"sessions\":[{\"id\":3},", 1);
            assert_eq!(
                read(&file),
                SessionsInFile::Read {
                    sessions: vec![good],
                    left_out: 2
                }
            );
        }

        #[test]
        fn a_newer_or_unreadable_log_adds_nothing() {
            let with = |members: &str| {
                format!(
                    r#"{{"app":"glute-check","kind":"export","schema":2,"exported_at":1,"records":[],{members}}}"#
                )
            };
            assert_eq!(
                read(&with(r#""sessions_version":9,"sessions":[{"new":1}]"#)),
                SessionsInFile::Newer(9)
            );
            for members in [
                r#""sessions":"many""#,
                r#""sessions":{"id":"s1"}"#,
                r#""sessions_version":"one","sessions":[]"#,
                r#""sessions_version":0,"sessions":[]"#,
            ] {
                assert_eq!(
                    read(&with(members)),
                    SessionsInFile::Unreadable,
                    "{members}"
                );
            }
        }

        proptest::proptest! {
            #[test]
            fn the_log_goes_through_an_export_unchanged_and_imports_once(
                days in proptest::collection::vec(0i32..40_000, 0..30),
                two in proptest::bool::ANY,
            ) {
                let phase = if two { PhaseNumber::Two } else { PhaseNumber::One };
                let log = SessionLog::default()
                    .merged(days.iter().map(|&d| session_on(LocalDay(d), phase)).collect());
                let file = export_file::<NativeJson>(&[], &log.sessions, 1).expect("writes");
                match read(&file) {
                    SessionsInFile::Read { sessions, left_out } => {
                        proptest::prop_assert_eq!(left_out, 0);
                        proptest::prop_assert_eq!(log.count_new(&sessions), 0);
                        proptest::prop_assert_eq!(
                            SessionLog::default().count_new(&sessions),
                            log.sessions.len()
                        );
                        proptest::prop_assert_eq!(&log.merged(sessions.clone()), &log);
                        proptest::prop_assert_eq!(sessions, log.sessions);
                    }
                    SessionsInFile::None => proptest::prop_assert!(log.sessions.is_empty()),
                    other => proptest::prop_assert!(false, "{:?}", other),
                }
            }
        }

        #[test]
        fn counting_what_an_import_adds() {
            let a = session_on(LocalDay(3), PhaseNumber::One);
            let b = session_on(LocalDay(4), PhaseNumber::One);
            let log = SessionLog {
                sessions: vec![a.clone()],
            };
            assert_eq!(log.count_new(&[a.clone(), b.clone(), b.clone()]), 1);
            assert_eq!(log.count_new(&[a]), 0);
        }
    }

    #[test]
    fn the_document_round_trips_through_json() {
        let doc = SessionLogDocument::of(&SessionLog {
            sessions: vec![session_on(LocalDay(20_000), PhaseNumber::Two)],
        });
        let text = serde_json::to_string(&doc).expect("serialises");
        let back: SessionLogDocument = serde_json::from_str(&text).expect("reads back");
        assert_eq!(back, doc);
        let header: DocumentHeader = serde_json::from_str(&text).expect("header");
        assert_eq!(header.version, LOG_VERSION);
    }
}
