//! What the log says about keeping up the routine: days done in a window (for the estimate's
//! what-if) and the week view (days done this week against the plan's weekly target, and the
//! last weeks). A weekly goal, not a streak: one missed day breaks nothing.

use crate::core::session::calendar::LocalDay;
use crate::core::session::log::SessionLog;

/// Source::Adherence: two weeks smooth out one busy week without hiding a real change.
pub const ADHERENCE_WINDOW_DAYS: u16 = 14;
/// Weeks in the small chart.
pub const WEEKS_SHOWN: usize = 8;

/// Days with a session in the `window_days` days up to and including today.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Adherence {
    pub days_done: u16,
    pub window_days: u16,
}

impl Adherence {
    /// The same as days a week, rounded to the nearest whole day: the what-if's unit.
    pub fn days_per_week(&self) -> u8 {
        if self.window_days == 0 {
            return 0;
        }
        let per_week = (u32::from(self.days_done) * 7 + u32::from(self.window_days) / 2)
            / u32::from(self.window_days);
        u8::try_from(per_week.min(7)).unwrap_or(7)
    }
}

/// Distinct days in the window on which at least one set was done. Days after today (a clock
/// that was wrong) do not count.
pub fn adherence(log: &SessionLog, window_days: u16, today: LocalDay) -> Adherence {
    let first = today.plus(1 - i32::from(window_days));
    let mut days: Vec<LocalDay> = log
        .sessions
        .iter()
        .filter(|s| s.counts() && s.day >= first && s.day <= today)
        .map(|s| s.day)
        .collect();
    days.sort();
    days.dedup();
    Adherence {
        days_done: u16::try_from(days.len())
            .unwrap_or(u16::MAX)
            .min(window_days),
        window_days,
    }
}

/// One Monday-to-Sunday week.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct WeekCount {
    pub starts: LocalDay,
    pub days_done: u8,
}

impl WeekCount {
    pub fn met(&self, target: u8) -> bool {
        self.days_done >= target
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeekView {
    /// The plan's sessions a week.
    pub target: u8,
    /// Monday to Sunday of this week: whether a session was done that day.
    pub days: [bool; 7],
    /// Today's place in `days`.
    pub today_index: u8,
    /// The last `WEEKS_SHOWN` weeks, oldest first; the last is this week.
    pub weeks: [WeekCount; WEEKS_SHOWN],
}

impl WeekView {
    pub fn this_week(&self) -> WeekCount {
        self.weeks[WEEKS_SHOWN - 1]
    }
}

pub fn week_view(log: &SessionLog, today: LocalDay, target: u8) -> WeekView {
    let monday = today.week_start();
    let done_on = |d: LocalDay| log.sessions.iter().any(|s| s.day == d && s.counts());
    let days = std::array::from_fn(|i| {
        let d = monday.plus(i32::try_from(i).unwrap_or(0));
        d <= today && done_on(d)
    });
    let weeks = std::array::from_fn(|i| {
        let back = i32::try_from(WEEKS_SHOWN - 1 - i).unwrap_or(0);
        let starts = monday.plus(-7 * back);
        let days_done = (0..7)
            .map(|k| starts.plus(k))
            .filter(|&d| d <= today && done_on(d))
            .count();
        WeekCount {
            starts,
            days_done: u8::try_from(days_done).unwrap_or(7),
        }
    });
    WeekView {
        target,
        days,
        today_index: today.weekday(),
        weeks,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::plan::PhaseNumber;
    use crate::core::session::log::tests::session_on;
    use crate::core::session::log::SessionRecord;
    use proptest::prelude::*;

    fn log_of(days: &[i32]) -> SessionLog {
        SessionLog::default().merged(
            days.iter()
                .map(|&d| session_on(LocalDay(d), PhaseNumber::One))
                .collect(),
        )
    }

    #[test]
    fn nine_of_the_last_fourteen_days() {
        let log = log_of(&[1, 2, 3, 5, 6, 8, 10, 11, 14, 14]);
        let a = adherence(&log, 14, LocalDay(14));
        assert_eq!(a.days_done, 9);
        assert_eq!(a.days_per_week(), 5); // 4.5 rounds up
        assert_eq!(adherence(&log, 14, LocalDay(28)).days_done, 0);
    }

    #[test]
    fn a_session_with_nothing_done_does_not_count() {
        let mut s: SessionRecord = session_on(LocalDay(3), PhaseNumber::One);
        s.exercises[0].done = 0;
        let log = SessionLog { sessions: vec![s] };
        assert_eq!(adherence(&log, 14, LocalDay(3)).days_done, 0);
    }

    #[test]
    fn the_week_view_counts_monday_to_sunday() {
        // Day 4 is Monday 1970-01-05.
        assert_eq!(LocalDay(4).weekday(), 0);
        let log = log_of(&[4, 6, 6, 9, 2]);
        let v = week_view(&log, LocalDay(9), 3);
        assert_eq!(v.days, [true, false, true, false, false, true, false]);
        assert_eq!(v.this_week().days_done, 3);
        assert!(v.this_week().met(3));
        assert_eq!(v.weeks[WEEKS_SHOWN - 2].days_done, 1); // day 2, the week before
        assert_eq!(v.today_index, 5);
    }

    fn arb_days() -> impl Strategy<Value = Vec<i32>> {
        proptest::collection::vec(0i32..120, 0..40)
    }

    proptest! {
        #[test]
        fn adding_a_session_never_lowers_adherence(days in arb_days(), extra in 0i32..120, today in 0i32..130, window in 1u16..60) {
            let before = adherence(&log_of(&days), window, LocalDay(today));
            let mut more = days.clone();
            more.push(extra);
            let after = adherence(&log_of(&more), window, LocalDay(today));
            prop_assert!(after.days_done >= before.days_done);
            prop_assert!(after.days_per_week() >= before.days_per_week());
            prop_assert!(after.days_done <= window);
        }

        #[test]
        fn only_the_window_counts(days in arb_days(), outside in proptest::collection::vec(0i32..200, 0..20), today in 60i32..130, window in 1u16..60) {
            let first = today + 1 - i32::from(window);
            let inside: Vec<i32> = days.iter().copied().filter(|d| (first..=today).contains(d)).collect();
            let mut with_outside = inside.clone();
            with_outside.extend(outside.into_iter().filter(|d| !(first..=today).contains(d)));
            prop_assert_eq!(
                adherence(&log_of(&inside), window, LocalDay(today)),
                adherence(&log_of(&with_outside), window, LocalDay(today))
            );
        }

        #[test]
        fn a_week_never_counts_more_than_seven_days(days in arb_days(), today in 0i32..130) {
            let v = week_view(&log_of(&days), LocalDay(today), 3);
            prop_assert!(v.weeks.iter().all(|w| w.days_done <= 7));
            prop_assert_eq!(usize::from(v.this_week().days_done), v.days.iter().filter(|d| **d).count());
        }
    }
}
