//! What the app remembers about keeping the history safe: when it was last backed up (exported).
//! A small versioned document of its own, beside the history, so the history's format does not
//! change for it. This module decides what a stored document means, and never lets one this
//! version cannot read be overwritten. Its text goes through the core's `JsonCodec` seam, as
//! every saved document's does (the browser's own JSON in the app, serde_json in native tests).

use serde::{Deserialize, Serialize};

use crate::core::document::{read_text, Count, JsonCodec, Object};

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

/// The stored form: `{"version":1,"last_backup_ms":...}`, the time left out when there was no
/// backup. Other members (a newer version's) are ignored when read.
#[derive(Serialize, Deserialize)]
struct KeepingText {
    version: Count<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    last_backup_ms: Option<Count<u64>>,
}

impl KeepingDoc {
    /// The document's text; `None` only if the codec cannot write it.
    pub fn to_text<J: JsonCodec>(&self) -> Option<String> {
        let text = KeepingText {
            version: Count(self.version),
            last_backup_ms: self.last_backup_ms.map(Count),
        };
        J::write(&text).ok()
    }

    /// `None` unless the text is an object with a whole-number version and, when present (and
    /// not null), a whole-number backup time.
    pub fn from_text<J: JsonCodec>(text: &str) -> Option<KeepingDoc> {
        let Object(doc) = read_text::<J, Object<KeepingText>>(text).ok()?;
        Some(KeepingDoc {
            version: doc.version.0,
            last_backup_ms: doc.last_backup_ms.map(|Count(at)| at),
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
    pub fn from_stored<J: JsonCodec>(stored: Option<&str>) -> KeepingOpening {
        let Some(raw) = stored else {
            return KeepingOpening::Ready(KeepingDoc {
                version: KEEPING_VERSION,
                last_backup_ms: None,
            });
        };
        match KeepingDoc::from_text::<J>(raw) {
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
    use crate::core::document::native_json::NativeJson;
    use proptest::prelude::*;

    #[test]
    fn nothing_stored_is_a_fresh_document() {
        let opening = KeepingOpening::from_stored::<NativeJson>(None);
        assert_eq!(opening.last_backup_ms(), None);
        assert!(opening.may_write());
    }

    #[test]
    fn this_version_is_read_and_may_be_rewritten() {
        let doc = KeepingDoc::backed_up(1_796_169_600_000);
        let text = doc.to_text::<NativeJson>().unwrap_or_default();
        assert_eq!(text, r#"{"version":1,"last_backup_ms":1796169600000}"#);
        let opening = KeepingOpening::from_stored::<NativeJson>(Some(&text));
        assert_eq!(opening, KeepingOpening::Ready(doc));
        assert_eq!(opening.last_backup_ms(), Some(1_796_169_600_000));
        assert!(opening.may_write());
        let fresh = KeepingOpening::from_stored::<NativeJson>(Some(r#"{"version":1}"#));
        assert_eq!(fresh.last_backup_ms(), None);
    }

    #[test]
    fn a_newer_version_is_used_but_never_overwritten() {
        let opening = KeepingOpening::from_stored::<NativeJson>(Some(
            r#"{"version":2,"last_backup_ms":7,"more":[1]}"#,
        ));
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
            let opening = KeepingOpening::from_stored::<NativeJson>(Some(raw));
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
            prop_assert_eq!(KeepingDoc::from_text::<NativeJson>(&doc.to_text::<NativeJson>().unwrap_or_default()), Some(doc));
        }

        #[test]
        fn any_text_opens_without_panicking(raw in ".{0,40}") {
            let _ = KeepingOpening::from_stored::<NativeJson>(Some(&raw));
        }
    }
}
