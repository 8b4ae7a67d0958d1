//! The coach's saved document: the breaks taken (for "breaks today") and the person's coach
//! settings, under its own versioned localStorage key with the history's guarantees: what
//! cannot be read is copied aside before anything is written, a newer format is shown but never
//! overwritten, every change is applied to what is stored *now* (read, change, write), and a
//! failed write keeps this tab's copy and says so.
//!
//! Format history:
//! - v1: `{"app": "glute-check.coach", "version": 1, "settings": {...} | null, "breaks": [ms...]}`
//!   with `breaks` the moments (milliseconds since 1970 UTC) breaks were taken, oldest first.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use super::local_time::{local_moment, LocalDay, LocalTime, Weekday, WeekdaySet};
use super::schedule::ReminderSchedule;
use crate::core::history_book::SaveMode;

pub const COACH_KEY: &str = "glute-check.coach";
pub const COACH_BACKUP_PREFIX: &str = "glute-check.coach.unreadable.";
pub const COACH_APP: &str = "glute-check.coach";
pub const COACH_FORMAT_VERSION: u32 = 1;
/// Breaks older than this are dropped when the log is written: the coach shows today's count,
/// and a few weeks are kept for a future weekly view.
pub const KEEP_DAYS: u64 = 62;
const MS_PER_DAY: u64 = 86_400_000;

/// Turns saved text into typed values and back. The browser does it with its own JSON parser
/// (`browser::document`); native tests with serde_json. `None`: not this shape, or not JSON.
pub trait JsonCodec {
    fn decode<T: DeserializeOwned>(&self, text: &str) -> Option<T>;
    fn encode<T: Serialize>(&self, value: &T) -> Option<String>;
}

/// What the person chose on the coach screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachSettings {
    pub schedule: ReminderSchedule,
    pub exercise_days: WeekdaySet,
    pub exercise_at: LocalTime,
    /// Put the break reminders into the calendar file too.
    pub calendar_breaks: bool,
}

impl Default for CoachSettings {
    fn default() -> CoachSettings {
        CoachSettings {
            schedule: ReminderSchedule::default(),
            exercise_days: WeekdaySet::of(&[Weekday::Monday, Weekday::Wednesday, Weekday::Friday]),
            exercise_at: LocalTime::hm(7, 30).unwrap_or(LocalTime::MIDNIGHT),
            calendar_breaks: false,
        }
    }
}

#[derive(Serialize, Deserialize)]
struct Header {
    app: String,
    version: u32,
}

#[derive(Serialize, Deserialize)]
struct CoachDocumentV1 {
    app: String,
    version: u32,
    settings: Option<CoachSettings>,
    breaks: Vec<u64>,
}

/// Something to tell the person about the saved breaks.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BreakNotice {
    StorageUnavailable,
    /// The saved text could not be read; a copy is kept under this key (or could not be, and
    /// nothing will be written).
    Unreadable {
        backup_key: Option<String>,
    },
    NewerVersion(u32),
    SaveFailed {
        quota: bool,
    },
    /// Someone stored something unreadable since this tab opened it: not overwritten.
    StoredChangedUnreadable,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakBook {
    /// Oldest first, no repeats.
    pub breaks: Vec<u64>,
    pub settings: Option<CoachSettings>,
    pub mode: SaveMode,
    pub notice: Option<BreakNotice>,
    /// The unreadable text as opened: once copied aside, exactly this text may be replaced.
    replaceable: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BreakOpening {
    Ready(BreakBook),
    /// Copy `raw` to `key`, then call `backup_finished`.
    NeedsBackup {
        book: BreakBook,
        key: String,
        raw: String,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BreakChange {
    Taken(u64),
    Settings(CoachSettings),
}

enum Read {
    Nothing,
    Current(CoachDocumentV1),
    Newer(u32, Option<CoachDocumentV1>),
    Unreadable,
}

fn read(stored: Option<&str>, codec: &impl JsonCodec) -> Read {
    let Some(text) = stored else {
        return Read::Nothing;
    };
    match codec.decode::<Header>(text) {
        Some(header) if header.app == COACH_APP && header.version > COACH_FORMAT_VERSION => {
            // A newer app may have kept the v1 fields: show what can be read.
            Read::Newer(header.version, codec.decode(text))
        }
        Some(header) if header.app == COACH_APP && header.version == COACH_FORMAT_VERSION => codec
            .decode::<CoachDocumentV1>(text)
            .map_or(Read::Unreadable, Read::Current),
        _ => Read::Unreadable,
    }
}

fn tidy(mut breaks: Vec<u64>) -> Vec<u64> {
    breaks.sort_unstable();
    breaks.dedup();
    breaks
}

impl BreakBook {
    fn with(breaks: Vec<u64>, settings: Option<CoachSettings>, mode: SaveMode) -> BreakBook {
        BreakBook {
            breaks: tidy(breaks),
            settings: settings.map(|s| CoachSettings {
                schedule: s.schedule.checked(),
                ..s
            }),
            mode,
            notice: None,
            replaceable: None,
        }
    }

    pub fn unavailable() -> BreakBook {
        BreakBook {
            notice: Some(BreakNotice::StorageUnavailable),
            ..BreakBook::with(Vec::new(), None, SaveMode::MemoryOnly)
        }
    }

    pub fn backup_key(now_ms: u64) -> String {
        format!("{COACH_BACKUP_PREFIX}{now_ms}")
    }

    /// Opens what was stored under `COACH_KEY` (`None`: nothing yet).
    pub fn open(stored: Option<&str>, codec: &impl JsonCodec, now_ms: u64) -> BreakOpening {
        match read(stored, codec) {
            Read::Nothing => {
                BreakOpening::Ready(BreakBook::with(Vec::new(), None, SaveMode::Saving))
            }
            Read::Current(doc) => {
                BreakOpening::Ready(BreakBook::with(doc.breaks, doc.settings, SaveMode::Saving))
            }
            Read::Newer(version, doc) => {
                let (breaks, settings) = doc.map_or((Vec::new(), None), |d| (d.breaks, d.settings));
                let mut book = BreakBook::with(breaks, settings, SaveMode::ReadOnlyNewer(version));
                book.notice = Some(BreakNotice::NewerVersion(version));
                BreakOpening::Ready(book)
            }
            Read::Unreadable => {
                let raw = stored.unwrap_or_default().to_owned();
                BreakOpening::NeedsBackup {
                    book: BreakBook {
                        replaceable: Some(raw.clone()),
                        ..BreakBook::with(Vec::new(), None, SaveMode::Blocked)
                    },
                    key: BreakBook::backup_key(now_ms),
                    raw,
                }
            }
        }
    }

    /// After trying to copy the unreadable text aside: only a kept copy allows writing over it.
    pub fn backup_finished(&mut self, key: &str, copied: bool) {
        if copied {
            self.mode = SaveMode::Saving;
        }
        self.notice = Some(BreakNotice::Unreadable {
            backup_key: copied.then(|| key.to_owned()),
        });
    }

    fn apply_here(&mut self, change: BreakChange) {
        match change {
            BreakChange::Taken(at) => self.breaks = tidy([self.breaks.as_slice(), &[at]].concat()),
            BreakChange::Settings(settings) => self.settings = Some(settings),
        }
    }

    /// Applies `change` to what is stored now (`stored`, read just before) and returns the text
    /// to write, or `None` when this tab must not write (its own copy still changes).
    pub fn apply(
        &mut self,
        change: BreakChange,
        stored: Option<&str>,
        codec: &impl JsonCodec,
        now_ms: u64,
    ) -> Option<String> {
        if self.mode != SaveMode::Saving {
            self.apply_here(change);
            return None;
        }
        // Unreadable text this tab opened and copied aside may be replaced; anything else
        // unreadable appeared since and is left alone.
        let copied_aside = stored.is_some() && stored == self.replaceable.as_deref();
        match read(stored, codec) {
            Read::Current(doc) => {
                self.breaks = tidy([self.breaks.clone(), doc.breaks].concat());
                if self.settings.is_none() {
                    self.settings = doc.settings;
                }
            }
            Read::Nothing => {}
            Read::Unreadable if copied_aside => {}
            Read::Newer(..) | Read::Unreadable => {
                self.apply_here(change);
                self.notice = Some(BreakNotice::StoredChangedUnreadable);
                self.mode = SaveMode::Blocked;
                return None;
            }
        }
        self.apply_here(change);
        let oldest_kept = now_ms.saturating_sub(KEEP_DAYS * MS_PER_DAY);
        self.breaks.retain(|at| *at >= oldest_kept);
        self.replaceable = None;
        codec.encode(&CoachDocumentV1 {
            app: COACH_APP.to_owned(),
            version: COACH_FORMAT_VERSION,
            settings: self.settings,
            breaks: self.breaks.clone(),
        })
    }

    /// Another tab stored this: take it when it can be read.
    pub fn reload(&mut self, stored: Option<&str>, codec: &impl JsonCodec) {
        if self.mode != SaveMode::Saving {
            return;
        }
        if let Read::Current(doc) = read(stored, codec) {
            self.breaks = tidy(doc.breaks);
            self.settings = doc.settings.or(self.settings);
        }
    }

    pub fn write_failed(&mut self, quota: bool) {
        self.notice = Some(BreakNotice::SaveFailed { quota });
    }

    /// Breaks taken on this local day.
    pub fn taken_on(&self, day: LocalDay, offset_minutes: i32) -> usize {
        self.breaks
            .iter()
            .filter(|at| local_moment(**at, offset_minutes).day == day)
            .count()
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod tests {
    use super::*;

    /// The native stand-in for the browser's JSON.
    pub struct SerdeJson;

    impl JsonCodec for SerdeJson {
        fn decode<T: DeserializeOwned>(&self, text: &str) -> Option<T> {
            serde_json::from_str(text).ok()
        }
        fn encode<T: Serialize>(&self, value: &T) -> Option<String> {
            serde_json::to_string(value).ok()
        }
    }

    const NOW: u64 = 1_796_192_100_000;

    fn ready(opening: BreakOpening) -> BreakBook {
        match opening {
            BreakOpening::Ready(book) => book,
            other => panic!("expected a ready book: {other:?}"),
        }
    }

    fn saved(breaks: &[u64]) -> String {
        let mut book = ready(BreakBook::open(None, &SerdeJson, NOW));
        let mut text = None;
        for at in breaks {
            text = book.apply(BreakChange::Taken(*at), text.as_deref(), &SerdeJson, NOW);
        }
        text.unwrap()
    }

    #[test]
    fn breaks_and_settings_round_trip_through_the_saved_text() {
        let mut book = ready(BreakBook::open(None, &SerdeJson, NOW));
        let text = book
            .apply(BreakChange::Taken(NOW), None, &SerdeJson, NOW)
            .unwrap();
        let settings = CoachSettings {
            calendar_breaks: true,
            ..CoachSettings::default()
        };
        let text = book
            .apply(
                BreakChange::Settings(settings),
                Some(&text),
                &SerdeJson,
                NOW,
            )
            .unwrap();
        let opened = ready(BreakBook::open(Some(&text), &SerdeJson, NOW));
        assert_eq!(opened.breaks, vec![NOW]);
        assert_eq!(opened.settings, Some(settings));
        assert_eq!(opened.mode, SaveMode::Saving);
        assert!(text.contains(r#""version":1"#), "{text}");
    }

    #[test]
    fn another_tabs_breaks_are_kept_when_this_one_saves() {
        let other_tab = saved(&[NOW - 1000]);
        let mut book = ready(BreakBook::open(None, &SerdeJson, NOW));
        let text = book
            .apply(BreakChange::Taken(NOW), Some(&other_tab), &SerdeJson, NOW)
            .unwrap();
        assert_eq!(
            ready(BreakBook::open(Some(&text), &SerdeJson, NOW)).breaks,
            vec![NOW - 1000, NOW]
        );
    }

    #[test]
    fn unreadable_text_is_copied_aside_before_it_is_replaced() {
        let raw = "{not json";
        let BreakOpening::NeedsBackup {
            mut book,
            key,
            raw: copy,
        } = BreakBook::open(Some(raw), &SerdeJson, NOW)
        else {
            panic!("unreadable text needs a copy first");
        };
        assert_eq!(copy, raw);
        assert_eq!(key, format!("{COACH_BACKUP_PREFIX}{NOW}"));
        // Without a copy, nothing is written.
        let mut uncopied = book.clone();
        uncopied.backup_finished(&key, false);
        assert_eq!(
            uncopied.apply(BreakChange::Taken(NOW), Some(raw), &SerdeJson, NOW),
            None
        );
        assert_eq!(uncopied.breaks, vec![NOW], "the tab still counts it");
        book.backup_finished(&key, true);
        assert!(book
            .apply(BreakChange::Taken(NOW), Some(raw), &SerdeJson, NOW)
            .is_some());
    }

    #[test]
    fn a_newer_format_is_shown_and_never_overwritten() {
        let newer = format!(
            r#"{{"app":"{COACH_APP}","version":7,"settings":null,"breaks":[{NOW}],"more":1}}"#
        );
        let mut book = ready(BreakBook::open(Some(&newer), &SerdeJson, NOW));
        assert_eq!(book.mode, SaveMode::ReadOnlyNewer(7));
        assert_eq!(book.notice, Some(BreakNotice::NewerVersion(7)));
        assert_eq!(book.breaks, vec![NOW]);
        assert_eq!(
            book.apply(BreakChange::Taken(NOW + 1), Some(&newer), &SerdeJson, NOW),
            None
        );
        assert_eq!(book.breaks.len(), 2);
    }

    #[test]
    fn something_unreadable_stored_since_opening_is_left_alone() {
        let mut book = ready(BreakBook::open(None, &SerdeJson, NOW));
        assert_eq!(
            book.apply(BreakChange::Taken(NOW), Some("garbage"), &SerdeJson, NOW),
            None
        );
        assert_eq!(book.notice, Some(BreakNotice::StoredChangedUnreadable));
        assert_eq!(book.mode, SaveMode::Blocked);
    }

    #[test]
    fn another_apps_document_under_the_key_is_unreadable() {
        let foreign = r#"{"app":"someone-else","version":1,"settings":null,"breaks":[]}"#;
        assert!(matches!(
            BreakBook::open(Some(foreign), &SerdeJson, NOW),
            BreakOpening::NeedsBackup { .. }
        ));
        let bad_time = format!(
            r#"{{"app":"{COACH_APP}","version":1,"settings":{{"schedule":{{"every_minutes":45,"quiet":{{"from":9999,"until":1}},"days":31}},"exercise_days":1,"exercise_at":1,"calendar_breaks":false}},"breaks":[]}}"#
        );
        assert!(matches!(
            BreakBook::open(Some(&bad_time), &SerdeJson, NOW),
            BreakOpening::NeedsBackup { .. }
        ));
    }

    #[test]
    fn only_todays_breaks_count_for_today_and_old_ones_are_dropped_on_write() {
        let today = local_moment(NOW, 0).day;
        let yesterday = NOW - MS_PER_DAY;
        let ancient = NOW - (KEEP_DAYS + 1) * MS_PER_DAY;
        let text = saved(&[ancient, yesterday, NOW - 60_000, NOW]);
        let book = ready(BreakBook::open(Some(&text), &SerdeJson, NOW));
        assert_eq!(book.taken_on(today, 0), 2);
        assert!(!book.breaks.contains(&ancient));
        assert!(book.breaks.contains(&yesterday));
    }

    #[test]
    fn an_out_of_range_interval_read_back_is_brought_into_range() {
        let text = format!(
            r#"{{"app":"{COACH_APP}","version":1,"settings":{{"schedule":{{"every_minutes":2,"quiet":{{"from":1080,"until":480}},"days":31}},"exercise_days":21,"exercise_at":450,"calendar_breaks":false}},"breaks":[]}}"#
        );
        let book = ready(BreakBook::open(Some(&text), &SerdeJson, NOW));
        assert_eq!(book.settings.map(|s| s.schedule.every_minutes()), Some(30));
    }
}
