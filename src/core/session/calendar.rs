//! Local calendar days and Monday-start weeks as plain numbers, so that "today", "yesterday"
//! and "this week" are computed the same way everywhere and in tests.

use serde::{Deserialize, Serialize};

const MS_PER_DAY: i64 = 86_400_000;
const MS_PER_MINUTE: i64 = 60_000;

/// A calendar day where the person is: days since 1970-01-01 in their local time.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct LocalDay(pub i32);

impl LocalDay {
    /// The local day of a moment. `utc_offset_minutes` is the local time minus UTC (east is
    /// positive; the browser's `getTimezoneOffset()` is the negative of this).
    pub fn of(ms: u64, utc_offset_minutes: i32) -> LocalDay {
        let local =
            i64::try_from(ms).unwrap_or(i64::MAX) + i64::from(utc_offset_minutes) * MS_PER_MINUTE;
        let day = local.div_euclid(MS_PER_DAY);
        LocalDay(i32::try_from(day).unwrap_or(if day < 0 { i32::MIN } else { i32::MAX }))
    }

    pub fn plus(self, days: i32) -> LocalDay {
        LocalDay(self.0.saturating_add(days))
    }

    /// Days from `earlier` to `self` (negative when `earlier` is later).
    pub fn since(self, earlier: LocalDay) -> i32 {
        self.0.saturating_sub(earlier.0)
    }

    /// 0 for Monday ... 6 for Sunday (1970-01-01 was a Thursday).
    pub fn weekday(self) -> u8 {
        // rem_euclid of 7 is 0..=6, so the cast cannot truncate.
        (self.0.saturating_add(3)).rem_euclid(7) as u8
    }

    /// The Monday of this day's week.
    pub fn week_start(self) -> LocalDay {
        self.plus(-i32::from(self.weekday()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn the_epoch_was_a_thursday() {
        assert_eq!(LocalDay(0).weekday(), 3);
        assert_eq!(LocalDay(0).week_start(), LocalDay(-3));
    }

    #[test]
    fn the_offset_moves_the_day_boundary() {
        // 2026-12-02 23:30 UTC is already 2026-12-03 in Berlin (UTC+1).
        let ms = 1_796_254_200_000;
        let utc = LocalDay::of(ms, 0);
        assert_eq!(LocalDay::of(ms, 60), utc.plus(1));
        assert_eq!(LocalDay::of(ms, -300), utc);
    }

    proptest! {
        #[test]
        fn week_start_is_a_monday_within_the_last_six_days(day in -100_000i32..100_000) {
            let d = LocalDay(day);
            prop_assert_eq!(d.week_start().weekday(), 0);
            prop_assert!((0..7).contains(&d.since(d.week_start())));
        }
    }
}
