//! What the app remembers about keeping the history safe: when it was last backed up (exported).
//! A small versioned document of its own, beside the history, so the history's format does not
//! change for it. This module reads and writes its text and decides what a stored document
//! means, and never lets one this version cannot read be overwritten.
//!
//! The text goes through `core::json`, already in the wasm: serde-wasm-bindgen for this one
//! document measured +26 KB gzip on the first load (serde's error messages bring float
//! formatting with them), for two numbers.

use crate::core::json::{self, Json};

/// The localStorage key of the document.
pub const KEEPING_KEY: &str = "glute-check.keeping";
/// An unreadable document is copied here (plus the time) before a new one is written.
pub const KEEPING_ASIDE_PREFIX: &str = "glute-check.keeping.unreadable.";
/// The format this version writes.
pub const KEEPING_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KeepingDoc {
    pub version: u32,
    /// When the history was last exported, in ms since 1970 UTC.
    pub last_backup_ms: Option<u64>,
}

impl KeepingDoc {
    /// `{"version":1,"last_backup_ms":...}`; the time is left out when there was no backup.
    pub fn to_text(&self) -> String {
        let mut members = vec![("version", Json::uint(u64::from(self.version)))];
        if let Some(at) = self.last_backup_ms {
            members.push(("last_backup_ms", Json::uint(at)));
        }
        json::write(&Json::object(members))
    }

    /// `None` unless the text is an object with a whole-number version and, when present, a
    /// whole-number backup time. Other members (a newer version's) are ignored.
    pub fn from_text(text: &str) -> Option<KeepingDoc> {
        let doc = json::parse(text).ok()?;
        let version = u32::try_from(doc.get("version")?.as_u64()?).ok()?;
        let last_backup_ms = match doc.get("last_backup_ms") {
            None => None,
            Some(at) if at.is_null() => None,
            Some(at) => Some(at.as_u64()?),
        };
        Some(KeepingDoc {
            version,
            last_backup_ms,
        })
    }

    pub fn backed_up(at_ms: u64) -> KeepingDoc {
        KeepingDoc {
            version: KEEPING_VERSION,
            last_backup_ms: Some(at_ms),
        }
    }
}

/// What was found under `KEEPING_KEY`, and whether it may be written.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum KeepingOpening {
    /// Nothing stored yet, or a document of this version.
    Ready(KeepingDoc),
    /// Written by a newer version: its backup time is used, the document is never overwritten.
    Newer(KeepingDoc),
    /// Stored text this version cannot read: copy `raw` aside before writing anything.
    Unreadable { raw: String },
}

impl KeepingOpening {
    /// `stored`: the text under `KEEPING_KEY` (`None`: nothing yet).
    pub fn from_stored(stored: Option<&str>) -> KeepingOpening {
        let Some(raw) = stored else {
            return KeepingOpening::Ready(KeepingDoc {
                version: KEEPING_VERSION,
                last_backup_ms: None,
            });
        };
        match KeepingDoc::from_text(raw) {
            Some(doc) if doc.version == KEEPING_VERSION => KeepingOpening::Ready(doc),
            Some(doc) if doc.version > KEEPING_VERSION => KeepingOpening::Newer(doc),
            _ => KeepingOpening::Unreadable {
                raw: raw.to_owned(),
            },
        }
    }

    /// The last backup time this opening knows of.
    pub fn last_backup_ms(&self) -> Option<u64> {
        match self {
            KeepingOpening::Ready(doc) | KeepingOpening::Newer(doc) => doc.last_backup_ms,
            KeepingOpening::Unreadable { .. } => None,
        }
    }

    /// Whether a new document may replace what is stored (after the copy, when unreadable).
    pub fn may_write(&self) -> bool {
        !matches!(self, KeepingOpening::Newer(_))
    }
}

pub fn aside_key(now_ms: u64) -> String {
    format!("{KEEPING_ASIDE_PREFIX}{now_ms}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn nothing_stored_is_a_fresh_document() {
        let opening = KeepingOpening::from_stored(None);
        assert_eq!(opening.last_backup_ms(), None);
        assert!(opening.may_write());
    }

    #[test]
    fn this_version_is_read_and_may_be_rewritten() {
        let doc = KeepingDoc::backed_up(1_796_169_600_000);
        let text = doc.to_text();
        assert_eq!(text, r#"{"version":1,"last_backup_ms":1796169600000}"#);
        let opening = KeepingOpening::from_stored(Some(&text));
        assert_eq!(opening, KeepingOpening::Ready(doc));
        assert_eq!(opening.last_backup_ms(), Some(1_796_169_600_000));
        assert!(opening.may_write());
        let fresh = KeepingOpening::from_stored(Some(r#"{"version":1}"#));
        assert_eq!(fresh.last_backup_ms(), None);
    }

    #[test]
    fn a_newer_version_is_used_but_never_overwritten() {
        let opening =
            KeepingOpening::from_stored(Some(r#"{"version":2,"last_backup_ms":7,"more":[1]}"#));
        assert_eq!(opening.last_backup_ms(), Some(7));
        assert!(!opening.may_write());
    }

    #[test]
    fn unreadable_text_is_kept_aside() {
        for raw in [
            "",
            "<x>",
            "[]",
            r#"{"version":0}"#,
            r#"{"version":"1"}"#,
            r#"{"version":1,"last_backup_ms":-5}"#,
            r#"{"version":1,"last_backup_ms":2.5}"#,
            r#"{"last_backup_ms":5}"#,
        ] {
            let opening = KeepingOpening::from_stored(Some(raw));
            assert_eq!(
                opening,
                KeepingOpening::Unreadable { raw: raw.into() },
                "{raw}"
            );
            assert_eq!(opening.last_backup_ms(), None);
            assert!(opening.may_write());
        }
        assert_eq!(aside_key(12), "glute-check.keeping.unreadable.12");
    }

    proptest! {
        #[test]
        fn every_document_round_trips(at in proptest::option::of(0u64..=9_007_199_254_740_991)) {
            let doc = KeepingDoc { version: KEEPING_VERSION, last_backup_ms: at };
            prop_assert_eq!(KeepingDoc::from_text(&doc.to_text()), Some(doc));
        }

        #[test]
        fn any_text_opens_without_panicking(raw in ".{0,40}") {
            let _ = KeepingOpening::from_stored(Some(&raw));
        }
    }
}
