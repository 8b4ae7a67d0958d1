//! How much room the saved data takes, and what the browser says about keeping it.

/// Every key this app stores under starts with this.
pub const KEY_PREFIX: &str = "glute-check.";

/// Bytes our own localStorage entries take: browsers count key and value in UTF-16 code units,
/// two bytes each, against the site's limit (about 5 million units in Chromium and Firefox).
pub fn stored_bytes<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> u64 {
    entries
        .into_iter()
        .filter(|(key, _)| key.starts_with(KEY_PREFIX))
        .map(|(key, value)| 2 * (key.encode_utf16().count() + value.encode_utf16().count()) as u64)
        .sum()
}

/// What `navigator.storage.estimate()` reported for the whole site (the app's offline copy
/// included), when the browser has it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SiteEstimate {
    pub usage: u64,
    pub quota: u64,
}

/// Whether the browser promised not to clear saved data on its own (`navigator.storage.persist`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Not known yet (not asked, or the answer is on its way).
    Unknown,
    /// Kept until the person clears it themselves.
    Granted,
    /// The browser may clear it when the device runs short of space, or by its own rules.
    NotGranted,
    /// This browser cannot be asked.
    Unsupported,
}

/// Ask for persistent storage only once something is saved (an empty history has nothing to
/// protect, and Firefox asks the person), and only when it is not granted already.
pub fn should_ask_persistence(saved_checks: usize, persisted: Persistence) -> bool {
    saved_checks > 0 && persisted == Persistence::NotGranted
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_our_keys_count_two_bytes_a_unit() {
        let entries = [
            ("glute-check.history", "ab"),
            ("other", "xxxxxxxx"),
            ("glute-check.keeping", "\u{1F600}"),
        ];
        assert_eq!(stored_bytes(entries), 2 * (19 + 2) + 2 * (19 + 2));
        assert_eq!(stored_bytes([]), 0);
    }

    #[test]
    fn persistence_is_asked_for_once_there_is_something_saved() {
        assert!(!should_ask_persistence(0, Persistence::NotGranted));
        assert!(should_ask_persistence(1, Persistence::NotGranted));
        for p in [
            Persistence::Granted,
            Persistence::Unsupported,
            Persistence::Unknown,
        ] {
            assert!(!should_ask_persistence(3, p));
        }
    }
}
