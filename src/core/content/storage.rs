//! Words for keeping saved checks safe: whether the browser promised to keep them, Safari's
//! seven-day rule and how to avoid it, backups, and how much room the checks take.

use crate::core::decimal::tenths_trimmed;
use crate::core::saved::backup_advice::BackupAdvice;
use crate::core::saved::storage_risk::{AppleDevice, StorageRisk};
use crate::core::saved::storage_use::Persistence;

pub const HEADING: &str = "Is my history safe?";

pub fn persistence_text(persistence: Persistence) -> &'static str {
    match persistence {
        Persistence::Unknown => "Checking whether this browser will keep your history…",
        Persistence::Granted => {
            "Kept for good: this browser has agreed not to clear your saved checks on its own. \
             Only you can delete them (for example by clearing this site's data)."
        }
        Persistence::NotGranted => {
            "Not promised: this browser keeps your saved checks, but may clear them if the \
             device runs short of space. A backup file keeps them safe."
        }
        Persistence::Unsupported => {
            "This browser cannot promise to keep your saved checks. A backup file keeps them \
             safe."
        }
    }
}

pub const SEVEN_DAY_TITLE: &str = "Safari may clear your history after 7 days";

/// Said on Safari and on every iPhone and iPad browser, which all use Safari's engine.
pub fn seven_day_text(device: AppleDevice) -> &'static str {
    match device {
        AppleDevice::IPhone | AppleDevice::IPad => {
            "On iPhone and iPad, every browser uses Safari's engine, which deletes what a site \
             saved when you have not opened it for 7 days of using the browser. Your saved \
             checks would be gone. Adding Glute Check to your Home Screen stops this: it then \
             counts as an app and keeps its data."
        }
        AppleDevice::Mac => {
            "Safari deletes what a site saved when you have not opened it for 7 days of using \
             Safari. Your saved checks would be gone. Adding Glute Check to your Dock stops \
             this: it then counts as an app and keeps its data."
        }
    }
}

pub fn how_to_add(device: AppleDevice) -> &'static [&'static str] {
    match device {
        AppleDevice::IPhone | AppleDevice::IPad => &[
            "Tap the Share button (a square with an arrow pointing up).",
            "Scroll down and tap \u{201c}Add to Home Screen\u{201d}.",
            "Tap \u{201c}Add\u{201d}, then open Glute Check from its new icon from now on.",
        ],
        AppleDevice::Mac => &[
            "In Safari's menu bar, choose File, then \u{201c}Add to Dock\u{201d} (macOS Sonoma or later).",
            "Click \u{201c}Add\u{201d}, then open Glute Check from the Dock from now on.",
        ],
    }
}

pub const HOW_TO_ADD_HEADING: &str = "How to add it";
pub const HOW_TO_ADD_OTHERWISE: &str = "If you cannot add it, open Glute Check at least once a \
week, and keep a backup file.";

pub const INSTALLED_TEXT: &str = "You opened Glute Check from your Home Screen or Dock, so \
Safari's 7-day rule does not apply to it. Keep using this icon: the browser tab keeps its own, \
separate history.";

/// The line about the browser's own rules, when one applies; `None` otherwise.
pub fn risk_title(risk: StorageRisk) -> Option<&'static str> {
    match risk {
        StorageRisk::SevenDayLimit(_) => Some(SEVEN_DAY_TITLE),
        _ => None,
    }
}

pub const BACKUP_HEADING: &str = "Backups";

pub fn backup_text(advice: BackupAdvice, date: impl Fn(u64) -> String) -> String {
    match advice {
        BackupAdvice::NothingSaved => {
            "Once you have saved a check, you can download a backup file of your history here."
                .to_owned()
        }
        BackupAdvice::UpToDate { last_backup_ms } => format!(
            "Your last backup ({}) has every saved check in it.",
            date(last_backup_ms)
        ),
        BackupAdvice::Offer { not_backed_up } => format!(
            "{} not in a backup yet. Export your history to keep a copy outside this browser.",
            checks(not_backed_up)
        ),
        BackupAdvice::Remind {
            not_backed_up,
            last_backup_ms,
            days,
        } => {
            let since = match last_backup_ms {
                Some(at) => format!(
                    "Your last backup was {} ({}), and {} not in it.",
                    weeks_ago(days),
                    date(at),
                    checks_since(not_backed_up)
                ),
                None => format!(
                    "You have not made a backup yet: {} only in this browser, the oldest for {}.",
                    checks(not_backed_up),
                    weeks(days)
                ),
            };
            format!(
                "{since} A backup takes a moment: export your history and keep the file \
                 somewhere safe."
            )
        }
    }
}

fn checks(n: usize) -> String {
    if n == 1 {
        "1 saved check is".to_owned()
    } else {
        format!("{n} saved checks are")
    }
}

fn checks_since(n: usize) -> String {
    if n == 1 {
        "1 check since then is".to_owned()
    } else {
        format!("{n} checks since then are")
    }
}

fn weeks(days: u64) -> String {
    let weeks = days / 7;
    if weeks <= 1 {
        format!("{days} days")
    } else {
        format!("{weeks} weeks")
    }
}

fn weeks_ago(days: u64) -> String {
    format!("{} ago", weeks(days))
}

/// The short reminder shown away from the history screen, with a link to it.
pub const REMINDER_LINK: &str = "Back up now in My history";

pub fn reminder_text(advice: BackupAdvice) -> Option<String> {
    match advice {
        BackupAdvice::Remind {
            not_backed_up,
            last_backup_ms: Some(_),
            days,
        } => Some(format!(
            "A gentle reminder: your last backup was {} and {} not in it.",
            weeks_ago(days),
            checks_since(not_backed_up)
        )),
        BackupAdvice::Remind {
            last_backup_ms: None,
            ..
        } => Some(
            "A gentle reminder: your saved checks are only in this browser. A backup file keeps \
             them safe."
                .to_owned(),
        ),
        _ => None,
    }
}

/// Bytes as a person reads them: "820 bytes", "12.4 KB", "3.1 MB" (1 KB = 1,000 bytes).
pub fn size_text(bytes: u64) -> String {
    if bytes < 1_000 {
        format!("{bytes} bytes")
    } else if bytes < 1_000_000 {
        format!("{} KB", tenths_trimmed(bytes as f32 / 1_000.0))
    } else if bytes < 1_000_000_000 {
        format!("{} MB", tenths_trimmed(bytes as f32 / 1_000_000.0))
    } else {
        format!("{} GB", tenths_trimmed(bytes as f32 / 1_000_000_000.0))
    }
}

pub const SPACE_HEADING: &str = "Space used";

pub fn saved_size_text(bytes: u64) -> String {
    format!(
        "Your saved checks take {} of this browser's storage for websites (most browsers allow \
         about 5 MB per site).",
        size_text(bytes)
    )
}

pub fn site_size_text(usage: u64, quota: u64) -> String {
    format!(
        "All of Glute Check on this device, including its offline copy of the app, uses {} of \
         the {} the browser allows it.",
        size_text(usage),
        size_text(quota)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes_read_naturally() {
        assert_eq!(size_text(0), "0 bytes");
        assert_eq!(size_text(999), "999 bytes");
        assert_eq!(size_text(1_000), "1 KB");
        assert_eq!(size_text(12_449), "12.4 KB");
        assert_eq!(size_text(3_100_000), "3.1 MB");
        assert_eq!(size_text(2_000_000_000), "2 GB");
    }

    #[test]
    fn reminders_say_how_long_and_how_many() {
        let day = 86_400_000;
        let text = reminder_text(BackupAdvice::Remind {
            not_backed_up: 2,
            last_backup_ms: Some(day),
            days: 30,
        });
        assert_eq!(
            text.as_deref(),
            Some("A gentle reminder: your last backup was 4 weeks ago and 2 checks since then are not in it.")
        );
        assert_eq!(
            reminder_text(BackupAdvice::Offer { not_backed_up: 1 }),
            None
        );
        assert_eq!(reminder_text(BackupAdvice::NothingSaved), None);
    }

    #[test]
    fn every_apple_device_is_told_how_to_add_the_app() {
        for device in [AppleDevice::IPhone, AppleDevice::IPad, AppleDevice::Mac] {
            assert!(!how_to_add(device).is_empty());
            assert!(seven_day_text(device).contains("7 days"));
        }
    }
}
