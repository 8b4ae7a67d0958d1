//! What the app remembers about keeping the history safe: when it was last backed up (exported).
//! A small versioned document of its own, beside the history, so the history's format does not
//! change for it. Text to and from JSON happens at the browser edge; this module decides what a
//! document read from storage means and never lets one this version cannot read be overwritten.

use serde::{Deserialize, Serialize};

/// The localStorage key of the document.
pub const KEEPING_KEY: &str = "glute-check.keeping";
/// An unreadable document is copied here (plus the time) before a new one is written.
pub const KEEPING_ASIDE_PREFIX: &str = "glute-check.keeping.unreadable.";
/// The format this version writes.
pub const KEEPING_VERSION: u32 = 1;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KeepingDoc {
    pub version: u32,
    /// When the history was last exported, in ms since 1970 UTC.
    #[serde(default)]
    pub last_backup_ms: Option<u64>,
}

impl KeepingDoc {
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
    /// `stored`: the raw text, and what the browser edge made of it (`None`: not a document).
    pub fn from_stored(stored: Option<(String, Option<KeepingDoc>)>) -> KeepingOpening {
        match stored {
            None => KeepingOpening::Ready(KeepingDoc {
                version: KEEPING_VERSION,
                last_backup_ms: None,
            }),
            Some((_, Some(doc))) if doc.version == KEEPING_VERSION => KeepingOpening::Ready(doc),
            Some((_, Some(doc))) if doc.version > KEEPING_VERSION => KeepingOpening::Newer(doc),
            Some((raw, _)) => KeepingOpening::Unreadable { raw },
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

    #[test]
    fn nothing_stored_is_a_fresh_document() {
        let opening = KeepingOpening::from_stored(None);
        assert_eq!(opening.last_backup_ms(), None);
        assert!(opening.may_write());
    }

    #[test]
    fn this_version_is_read_and_may_be_rewritten() {
        let doc = KeepingDoc::backed_up(5);
        let opening = KeepingOpening::from_stored(Some(("{}".into(), Some(doc))));
        assert_eq!(opening, KeepingOpening::Ready(doc));
        assert_eq!(opening.last_backup_ms(), Some(5));
        assert!(opening.may_write());
    }

    #[test]
    fn a_newer_version_is_used_but_never_overwritten() {
        let doc = KeepingDoc {
            version: KEEPING_VERSION + 1,
            last_backup_ms: Some(7),
        };
        let opening = KeepingOpening::from_stored(Some(("{}".into(), Some(doc))));
        assert_eq!(opening.last_backup_ms(), Some(7));
        assert!(!opening.may_write());
    }

    #[test]
    fn unreadable_text_is_kept_aside() {
        for doc in [
            None,
            Some(KeepingDoc {
                version: 0,
                last_backup_ms: None,
            }),
        ] {
            let opening = KeepingOpening::from_stored(Some(("<x>".into(), doc)));
            assert_eq!(opening, KeepingOpening::Unreadable { raw: "<x>".into() });
            assert!(opening.may_write());
        }
        assert_eq!(aside_key(12), "glute-check.keeping.unreadable.12");
    }
}
