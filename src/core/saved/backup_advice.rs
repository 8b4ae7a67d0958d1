//! When to remind a person to back up their saved checks (the history export). The history
//! lives in this browser only: a cleared browser, a lost phone or Safari's seven-day rule takes
//! it with it, and an exported file is the one copy that survives. A reminder is worth showing
//! only when it protects something: a check taken since the last backup, after a few weeks.

/// How long a backup covers the checks taken after it before a reminder is worth showing:
/// "a few weeks", about as often as a person re-assesses. Our choice, not from a source.
pub const REMIND_AFTER_DAYS: u64 = 21;

const DAY_MS: u64 = 24 * 60 * 60 * 1000;

/// What to say about backing up, decided from times alone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BackupAdvice {
    /// Nothing is saved: there is nothing to back up.
    NothingSaved,
    /// Every saved check is in the last backup.
    UpToDate { last_backup_ms: u64 },
    /// Some checks are not in any backup yet, but not for long enough to nudge: offer only.
    Offer { not_backed_up: usize },
    /// Checks have been waiting for a backup for a few weeks: a gentle reminder.
    Remind {
        not_backed_up: usize,
        /// `None`: there was never a backup.
        last_backup_ms: Option<u64>,
        /// Whole days since the last backup (or since the oldest check not in one).
        days: u64,
    },
}

/// `check_times`: when each saved check was taken (any order). A check counts as backed up when
/// it was taken at or before the last backup. A clock that went backwards (a backup "in the
/// future") never makes a reminder fire: waiting time is counted from the later of the two.
pub fn backup_advice(
    last_backup_ms: Option<u64>,
    check_times: &[u64],
    now_ms: u64,
) -> BackupAdvice {
    if check_times.is_empty() {
        return BackupAdvice::NothingSaved;
    }
    let newer: Vec<u64> = check_times
        .iter()
        .copied()
        .filter(|&t| last_backup_ms.is_none_or(|b| t > b))
        .collect();
    let Some(&oldest_unsaved) = newer.iter().min() else {
        return BackupAdvice::UpToDate {
            last_backup_ms: last_backup_ms.unwrap_or_default(),
        };
    };
    // Since the last backup, or when there was none, since the oldest check that needs one.
    let since = last_backup_ms.unwrap_or(oldest_unsaved);
    let days = now_ms.saturating_sub(since) / DAY_MS;
    if days >= REMIND_AFTER_DAYS {
        BackupAdvice::Remind {
            not_backed_up: newer.len(),
            last_backup_ms,
            days,
        }
    } else {
        BackupAdvice::Offer {
            not_backed_up: newer.len(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    const T0: u64 = 1_790_000_000_000;

    #[test]
    fn nothing_saved_needs_no_backup() {
        assert_eq!(backup_advice(None, &[], T0), BackupAdvice::NothingSaved);
        assert_eq!(backup_advice(Some(T0), &[], T0), BackupAdvice::NothingSaved);
    }

    #[test]
    fn a_new_check_is_offered_a_backup_and_reminded_after_three_weeks() {
        let checks = [T0];
        assert_eq!(
            backup_advice(None, &checks, T0 + DAY_MS),
            BackupAdvice::Offer { not_backed_up: 1 }
        );
        assert_eq!(
            backup_advice(None, &checks, T0 + 20 * DAY_MS),
            BackupAdvice::Offer { not_backed_up: 1 }
        );
        assert_eq!(
            backup_advice(None, &checks, T0 + 21 * DAY_MS),
            BackupAdvice::Remind {
                not_backed_up: 1,
                last_backup_ms: None,
                days: 21
            }
        );
    }

    #[test]
    fn an_old_backup_with_a_newer_check_reminds() {
        let backup = T0;
        let checks = [T0 - DAY_MS, T0 + 2 * DAY_MS, T0 + 30 * DAY_MS];
        assert_eq!(
            backup_advice(Some(backup), &checks, T0 + 30 * DAY_MS),
            BackupAdvice::Remind {
                not_backed_up: 2,
                last_backup_ms: Some(backup),
                days: 30
            }
        );
    }

    #[test]
    fn an_old_backup_with_nothing_new_is_up_to_date() {
        let checks = [T0 - 5 * DAY_MS, T0];
        assert_eq!(
            backup_advice(Some(T0), &checks, T0 + 400 * DAY_MS),
            BackupAdvice::UpToDate { last_backup_ms: T0 }
        );
    }

    #[test]
    fn a_backup_in_the_future_never_reminds() {
        let checks = [T0 + 100 * DAY_MS];
        assert_eq!(
            backup_advice(Some(T0 + 50 * DAY_MS), &checks, T0),
            BackupAdvice::Offer { not_backed_up: 1 }
        );
    }

    proptest! {
        /// The promise of the issue: no reminder when nothing is new since the last backup.
        #[test]
        fn never_reminds_without_a_check_newer_than_the_backup(
            backup in 0u64..4_000_000_000_000,
            checks in proptest::collection::vec(0u64..4_000_000_000_000, 0..20),
            now in 0u64..8_000_000_000_000,
        ) {
            let advice = backup_advice(Some(backup), &checks, now);
            let newer = checks.iter().filter(|&&t| t > backup).count();
            if newer == 0 {
                prop_assert!(!matches!(advice, BackupAdvice::Remind { .. } | BackupAdvice::Offer { .. }), "{advice:?}");
            }
            if let BackupAdvice::Remind { not_backed_up, days, .. } = advice {
                prop_assert_eq!(not_backed_up, newer);
                prop_assert!(days >= REMIND_AFTER_DAYS);
                prop_assert!(now.saturating_sub(backup) >= REMIND_AFTER_DAYS * DAY_MS);
            }
        }

        /// A reminder never comes sooner than a few weeks after the last backup or check.
        #[test]
        fn never_reminds_within_a_few_weeks(
            last in proptest::option::of(0u64..4_000_000_000_000),
            checks in proptest::collection::vec(0u64..4_000_000_000_000, 1..20),
            wait_days in 0u64..REMIND_AFTER_DAYS,
        ) {
            let anchor = match last {
                Some(b) => b,
                None => *checks.iter().min().unwrap_or(&0),
            };
            let advice = backup_advice(last, &checks, anchor + wait_days * DAY_MS);
            prop_assert!(!matches!(advice, BackupAdvice::Remind { .. }), "{advice:?}");
        }

        /// Backing up now always makes the advice "up to date".
        #[test]
        fn a_backup_now_is_up_to_date(
            checks in proptest::collection::vec(0u64..4_000_000_000_000, 1..20),
            later in 0u64..4_000_000_000_000,
        ) {
            let now = checks.iter().copied().max().unwrap_or(0);
            prop_assert_eq!(
                backup_advice(Some(now), &checks, now + later),
                BackupAdvice::UpToDate { last_backup_ms: now }
            );
        }
    }
}
