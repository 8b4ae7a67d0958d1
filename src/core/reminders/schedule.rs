//! When break prompts may come: every N minutes of a work block (the plan's 30-45, the person's
//! choice), never in the quiet hours, only on the chosen days. The coach asks it for the next
//! prompt after now; the calendar file turns the same schedule into weekly events.

use serde::{Deserialize, Serialize};

use super::local_time::{local_moment, LocalTime, WeekdaySet, MINUTES_PER_DAY, MS_PER_MINUTE};
use crate::core::plan::{BREAK_EVERY_FROM_MINUTES, BREAK_EVERY_TO_MINUTES};

/// The choices offered for "a break every ... minutes", inside the plan's range.
pub const INTERVAL_CHOICES: [u16; 4] = [30, 35, 40, 45];
/// How far ahead a prompt is looked for: past a week every allowed moment has come round.
const LOOK_AHEAD_DAYS: u64 = 8;

/// A stretch of the local day with no prompts, from `from` up to `until`; it may run past
/// midnight (18:00 to 08:00). The two ends always differ.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "QuietHoursFields")]
pub struct QuietHours {
    from: LocalTime,
    until: LocalTime,
}

#[derive(Deserialize)]
struct QuietHoursFields {
    from: LocalTime,
    until: LocalTime,
}

impl TryFrom<QuietHoursFields> for QuietHours {
    type Error = &'static str;

    fn try_from(fields: QuietHoursFields) -> Result<QuietHours, &'static str> {
        QuietHours::new(fields.from, fields.until).ok_or("quiet hours start and end differ")
    }
}

impl QuietHours {
    /// Quiet from `from` until `until`; nothing when both are the same time (which could mean
    /// "never quiet" or "always quiet": the person is asked to choose).
    pub fn new(from: LocalTime, until: LocalTime) -> Option<QuietHours> {
        (from != until).then_some(QuietHours { from, until })
    }

    pub fn from(self) -> LocalTime {
        self.from
    }

    pub fn until(self) -> LocalTime {
        self.until
    }

    pub fn contains(self, time: LocalTime) -> bool {
        if self.from < self.until {
            self.from <= time && time < self.until
        } else {
            time >= self.from || time < self.until
        }
    }

    /// Minutes of the day outside the quiet hours, from `until` round to `from`.
    pub fn awake_minutes(self) -> u16 {
        (self.from.minutes() + MINUTES_PER_DAY - self.until.minutes()) % MINUTES_PER_DAY
    }
}

/// When break prompts may come.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ReminderSchedule {
    every_minutes: u16,
    pub quiet: QuietHours,
    /// The days prompts come on (the rest, weekends by default, stay quiet all day).
    pub days: WeekdaySet,
}

impl Default for ReminderSchedule {
    fn default() -> ReminderSchedule {
        ReminderSchedule {
            every_minutes: u16::from(BREAK_EVERY_TO_MINUTES),
            quiet: QuietHours {
                from: LocalTime::hm(18, 0).unwrap_or(LocalTime::MIDNIGHT),
                until: LocalTime::hm(8, 0).unwrap_or(LocalTime::MIDNIGHT),
            },
            days: WeekdaySet::WORKDAYS,
        }
    }
}

/// The next break prompt of a work block.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Prompt {
    /// Milliseconds since 1970 UTC.
    pub at_ms: u64,
    /// Earlier turns of the interval fell in quiet hours or on a day off and were skipped.
    pub held_back: bool,
}

impl ReminderSchedule {
    /// A prompt every `every_minutes`, kept inside the plan's 30-45 minutes.
    pub fn new(every_minutes: u16, quiet: QuietHours, days: WeekdaySet) -> ReminderSchedule {
        ReminderSchedule {
            every_minutes: every_minutes.clamp(
                u16::from(BREAK_EVERY_FROM_MINUTES),
                u16::from(BREAK_EVERY_TO_MINUTES),
            ),
            quiet,
            days,
        }
    }

    pub fn every_minutes(&self) -> u16 {
        // A stored value is checked on the way in too (see `checked`), so this is in range.
        self.every_minutes
    }

    /// The same schedule with its interval brought back into range (for data read from storage).
    pub fn checked(self) -> ReminderSchedule {
        ReminderSchedule::new(self.every_minutes, self.quiet, self.days)
    }

    /// Whether a prompt may come at this moment: on a chosen day, outside the quiet hours.
    pub fn allows(&self, utc_ms: u64, offset_minutes: i32) -> bool {
        let local = local_moment(utc_ms, offset_minutes);
        self.days.contains(local.day.weekday()) && !self.quiet.contains(local.time)
    }

    /// The first prompt strictly after `now_ms` of a work block that began at `block_start_ms`:
    /// the block's start plus a whole number of intervals, skipping any that fall in quiet hours
    /// or on a day off. `None` when no day is chosen.
    pub fn next_prompt(
        &self,
        block_start_ms: u64,
        now_ms: u64,
        offset_minutes: i32,
    ) -> Option<Prompt> {
        let step = u64::from(self.every_minutes()) * MS_PER_MINUTE;
        // The first whole interval after now (at least one interval into the block).
        let first = (now_ms.saturating_sub(block_start_ms) / step + 1).max(1);
        let tries = LOOK_AHEAD_DAYS * u64::from(MINUTES_PER_DAY) / u64::from(self.every_minutes());
        (first..first + tries)
            .map(|k| block_start_ms.saturating_add(k.saturating_mul(step)))
            .enumerate()
            .find(|(_, at)| self.allows(*at, offset_minutes))
            .map(|(skipped, at_ms)| Prompt {
                at_ms,
                held_back: skipped > 0,
            })
    }

    /// The clock times of one working day's break reminders for a calendar: every interval
    /// after the quiet hours end, up to their start. Earliest first (a stretch that runs past
    /// midnight lists the times after midnight first, as a day does).
    pub fn day_slots(&self) -> Vec<LocalTime> {
        let every = self.every_minutes();
        let start = self.quiet.until().minutes();
        let mut slots: Vec<LocalTime> = (1..)
            .map(|k| k * every)
            .take_while(|offset| *offset < self.quiet.awake_minutes())
            .filter_map(|offset| LocalTime::from_minutes((start + offset) % MINUTES_PER_DAY))
            .collect();
        slots.sort();
        slots
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reminders::local_time::Weekday;
    use proptest::prelude::*;

    /// 2026-11-30T00:00:00Z, a Monday.
    const MONDAY_MIDNIGHT_UTC: u64 = 1_795_996_800_000;
    const HOUR: u64 = 60 * MS_PER_MINUTE;

    fn t(h: u8, m: u8) -> LocalTime {
        LocalTime::hm(h, m).unwrap()
    }

    fn office() -> ReminderSchedule {
        ReminderSchedule::new(
            45,
            QuietHours::new(t(18, 0), t(8, 0)).unwrap(),
            WeekdaySet::WORKDAYS,
        )
    }

    #[test]
    fn the_first_prompt_is_one_interval_into_the_block() {
        let start = MONDAY_MIDNIGHT_UTC + 9 * HOUR;
        let prompt = office().next_prompt(start, start, 0).unwrap();
        assert_eq!(prompt.at_ms, start + 45 * MS_PER_MINUTE);
        assert!(!prompt.held_back);
        // Halfway through the second interval: the end of the second.
        let later = office()
            .next_prompt(start, start + 70 * MS_PER_MINUTE, 0)
            .unwrap();
        assert_eq!(later.at_ms, start + 90 * MS_PER_MINUTE);
    }

    #[test]
    fn a_prompt_that_would_fall_in_quiet_hours_waits_for_the_morning() {
        // Work starts at 17:50; 18:35 is quiet, so the first prompt is 08:05 on Tuesday.
        let start = MONDAY_MIDNIGHT_UTC + 17 * HOUR + 50 * MS_PER_MINUTE;
        let prompt = office().next_prompt(start, start, 0).unwrap();
        let local = local_moment(prompt.at_ms, 0);
        assert_eq!(local.day.weekday(), Weekday::Tuesday);
        assert_eq!(local.time, t(8, 5));
        assert!(prompt.held_back);
    }

    #[test]
    fn friday_evening_waits_for_monday_and_the_offset_counts() {
        // Friday 17:30 local in UTC+1 is 16:30 UTC.
        let friday = MONDAY_MIDNIGHT_UTC + 4 * 24 * HOUR;
        let start = friday + 16 * HOUR + 30 * MS_PER_MINUTE;
        let prompt = office().next_prompt(start, start, 60).unwrap();
        let local = local_moment(prompt.at_ms, 60);
        assert_eq!(local.day.weekday(), Weekday::Monday);
        assert!(local.time >= t(8, 0) && local.time < t(8, 45));
    }

    #[test]
    fn no_chosen_day_means_no_prompt() {
        let schedule = ReminderSchedule::new(30, office().quiet, WeekdaySet::NONE);
        assert_eq!(schedule.next_prompt(0, 0, 0), None);
    }

    #[test]
    fn the_interval_is_kept_inside_the_plans_range() {
        let quiet = office().quiet;
        assert_eq!(
            ReminderSchedule::new(5, quiet, WeekdaySet::WORKDAYS).every_minutes(),
            30
        );
        assert_eq!(
            ReminderSchedule::new(90, quiet, WeekdaySet::WORKDAYS).every_minutes(),
            45
        );
    }

    #[test]
    fn a_working_days_slots_run_from_the_end_of_quiet_hours_to_their_start() {
        let slots: Vec<String> = office()
            .day_slots()
            .into_iter()
            .map(LocalTime::text)
            .collect();
        assert_eq!(slots.first().map(String::as_str), Some("08:45"));
        assert_eq!(slots.last().map(String::as_str), Some("17:45"));
        assert_eq!(slots.len(), 13);
        // Quiet over lunch only: the day wraps, times after midnight come first.
        let lunch = ReminderSchedule::new(
            45,
            QuietHours::new(t(12, 0), t(13, 0)).unwrap(),
            WeekdaySet::WORKDAYS,
        );
        let slots = lunch.day_slots();
        assert!(slots.windows(2).all(|w| w[0] < w[1]));
        assert!(slots.iter().all(|s| !lunch.quiet.contains(*s)));
    }

    #[test]
    fn quiet_hours_with_equal_ends_are_refused() {
        assert_eq!(QuietHours::new(t(9, 0), t(9, 0)), None);
    }

    fn any_schedule() -> impl Strategy<Value = ReminderSchedule> {
        (0u16..120, 0u16..1440, 0u16..1440, 0u8..128).prop_filter_map(
            "quiet hours need two different ends",
            |(every, from, until, days)| {
                let quiet = QuietHours::new(
                    LocalTime::from_minutes(from)?,
                    LocalTime::from_minutes(until)?,
                )?;
                Some(ReminderSchedule::new(every, quiet, WeekdaySet::from(days)))
            },
        )
    }

    proptest! {
        #[test]
        fn a_prompt_is_after_now_on_the_blocks_beat_and_never_quiet(
            schedule in any_schedule(),
            block_start in 1_700_000_000_000u64..1_900_000_000_000,
            since_start in 0u64..(10 * 24 * HOUR),
            offset in -720i32..=840,
        ) {
            let now = block_start + since_start;
            match schedule.next_prompt(block_start, now, offset) {
                Some(prompt) => {
                    prop_assert!(prompt.at_ms > now);
                    let step = u64::from(schedule.every_minutes()) * MS_PER_MINUTE;
                    prop_assert_eq!((prompt.at_ms - block_start) % step, 0);
                    prop_assert!(prompt.at_ms - block_start >= step);
                    let local = local_moment(prompt.at_ms, offset);
                    prop_assert!(schedule.days.contains(local.day.weekday()));
                    prop_assert!(!schedule.quiet.contains(local.time));
                    // Every earlier beat after now was not allowed: none was skipped for nothing.
                    let mut at = prompt.at_ms - step;
                    while at > now {
                        prop_assert!(!schedule.allows(at, offset));
                        at -= step;
                    }
                }
                None => {
                    // Only when no beat of the coming week may prompt, e.g. no day chosen.
                    let step = u64::from(schedule.every_minutes()) * MS_PER_MINUTE;
                    let first = (now - block_start) / step + 1;
                    for k in first..first + 7 * 24 * 60 / u64::from(schedule.every_minutes()) {
                        prop_assert!(!schedule.allows(block_start + k * step, offset));
                    }
                }
            }
        }

        #[test]
        fn calendar_slots_are_outside_quiet_hours_and_an_interval_apart(schedule in any_schedule()) {
            let slots = schedule.day_slots();
            let every = schedule.every_minutes();
            for slot in &slots {
                prop_assert!(!schedule.quiet.contains(*slot));
                let after_quiet = (slot.minutes() + MINUTES_PER_DAY - schedule.quiet.until().minutes())
                    % MINUTES_PER_DAY;
                prop_assert_eq!(after_quiet % every, 0);
            }
            prop_assert!(slots.windows(2).all(|w| w[0] < w[1]));
            prop_assert!(slots.len() <= usize::from(MINUTES_PER_DAY / every));
        }
    }
}
