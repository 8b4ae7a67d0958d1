//! The sitting-break coach: a work block that starts when the person says "I'm at my desk",
//! prompts a break when the schedule says so, and starts a new block after the break. Plain
//! data with timestamps: the screen passes `now` with every step (ticks included), so a tab the
//! browser slowed down in the background is never late by more than one tick, and tests pass
//! any time they like.

use super::schedule::{Prompt, ReminderSchedule};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoachPhase {
    /// Not at the desk (or not using the coach).
    Idle,
    /// Sitting since `block_started_ms`; the next prompt, if any day allows one.
    Working {
        block_started_ms: u64,
        next: Option<Prompt>,
    },
    /// The prompt came at `due_ms` and has not been answered yet.
    BreakDue { block_started_ms: u64, due_ms: u64 },
}

/// What the person or the clock did.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoachStep {
    AtDesk,
    /// The clock moved on (a timer tick, or the tab coming back to the front).
    Tick,
    /// A break was taken, prompted or not: it is counted and a new block starts.
    BreakTaken,
    /// The prompt was put off: a new block starts, nothing is counted.
    NotNow,
    LeftDesk,
    /// The schedule changed: the next prompt is worked out again from now.
    Rescheduled(ReminderSchedule),
}

/// What a step changed that the screen has to act on (outside any reducer).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoachEvent {
    /// A prompt has just come: alert, notify, retitle the tab.
    PromptNow,
    /// A break was taken at this time: count it.
    CountBreak(u64),
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Coach {
    pub schedule: ReminderSchedule,
    pub phase: CoachPhase,
}

impl Coach {
    pub fn new(schedule: ReminderSchedule) -> Coach {
        Coach {
            schedule,
            phase: CoachPhase::Idle,
        }
    }

    fn working_from(&self, block_started_ms: u64, now_ms: u64, offset: i32) -> CoachPhase {
        CoachPhase::Working {
            block_started_ms,
            next: self.schedule.next_prompt(block_started_ms, now_ms, offset),
        }
    }

    /// Applies one step at `now_ms` (local clock `offset` minutes ahead of UTC).
    pub fn step(&mut self, step: CoachStep, now_ms: u64, offset: i32) -> Option<CoachEvent> {
        match (step, self.phase) {
            (CoachStep::AtDesk, CoachPhase::Idle) => {
                self.phase = self.working_from(now_ms, now_ms, offset);
                None
            }
            (CoachStep::AtDesk, _) => None,
            (
                CoachStep::Tick,
                CoachPhase::Working {
                    block_started_ms,
                    next: Some(next),
                },
            ) if now_ms >= next.at_ms => {
                // A tab that slept past the prompt (a closed laptop) may wake in quiet hours:
                // then the prompt that was missed is dropped, and the next one waits.
                if self.schedule.allows(now_ms, offset) {
                    self.phase = CoachPhase::BreakDue {
                        block_started_ms,
                        due_ms: next.at_ms,
                    };
                    Some(CoachEvent::PromptNow)
                } else {
                    self.phase = self.working_from(block_started_ms, now_ms, offset);
                    None
                }
            }
            (CoachStep::Tick, _) => None,
            (CoachStep::BreakTaken, CoachPhase::Idle) => None,
            (CoachStep::BreakTaken, _) => {
                self.phase = self.working_from(now_ms, now_ms, offset);
                Some(CoachEvent::CountBreak(now_ms))
            }
            (CoachStep::NotNow, CoachPhase::BreakDue { .. }) => {
                self.phase = self.working_from(now_ms, now_ms, offset);
                None
            }
            (CoachStep::NotNow, _) => None,
            (CoachStep::LeftDesk, _) => {
                self.phase = CoachPhase::Idle;
                None
            }
            (CoachStep::Rescheduled(schedule), phase) => {
                self.schedule = schedule;
                if let CoachPhase::Working {
                    block_started_ms, ..
                } = phase
                {
                    self.phase = self.working_from(block_started_ms, now_ms, offset);
                }
                None
            }
        }
    }

    /// Minutes (rounded up) until the next prompt, while working: the screen shows this, not
    /// a ticking second count.
    pub fn minutes_to_prompt(&self, now_ms: u64) -> Option<u64> {
        match self.phase {
            CoachPhase::Working {
                next: Some(next), ..
            } => Some(next.at_ms.saturating_sub(now_ms).div_ceil(60_000)),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reminders::local_time::{LocalTime, WeekdaySet, MS_PER_MINUTE};
    use crate::core::reminders::schedule::QuietHours;

    /// Monday 2026-11-30 09:00 UTC.
    const MONDAY_9: u64 = 1_795_996_800_000 + 9 * 60 * MS_PER_MINUTE;

    fn coach() -> Coach {
        Coach::new(ReminderSchedule::default())
    }

    #[test]
    fn a_block_prompts_after_its_interval_and_a_break_starts_the_next() {
        let mut coach = coach();
        assert_eq!(coach.step(CoachStep::AtDesk, MONDAY_9, 0), None);
        assert_eq!(coach.minutes_to_prompt(MONDAY_9), Some(45));
        let just_before = MONDAY_9 + 45 * MS_PER_MINUTE - 1;
        assert_eq!(coach.step(CoachStep::Tick, just_before, 0), None);
        assert_eq!(coach.minutes_to_prompt(just_before), Some(1));
        let due = MONDAY_9 + 45 * MS_PER_MINUTE;
        assert_eq!(
            coach.step(CoachStep::Tick, due + 500, 0),
            Some(CoachEvent::PromptNow)
        );
        assert!(matches!(coach.phase, CoachPhase::BreakDue { due_ms, .. } if due_ms == due));
        // Ticks while the prompt stands do not prompt again.
        assert_eq!(coach.step(CoachStep::Tick, due + 60_000, 0), None);
        let back = due + 2 * MS_PER_MINUTE;
        assert_eq!(
            coach.step(CoachStep::BreakTaken, back, 0),
            Some(CoachEvent::CountBreak(back))
        );
        assert_eq!(coach.minutes_to_prompt(back), Some(45));
    }

    #[test]
    fn not_now_restarts_the_block_without_counting() {
        let mut coach = coach();
        coach.step(CoachStep::AtDesk, MONDAY_9, 0);
        let due = MONDAY_9 + 45 * MS_PER_MINUTE;
        coach.step(CoachStep::Tick, due, 0);
        assert_eq!(coach.step(CoachStep::NotNow, due + 1000, 0), None);
        assert_eq!(coach.minutes_to_prompt(due + 1000), Some(45));
    }

    #[test]
    fn a_tab_that_wakes_in_quiet_hours_does_not_prompt() {
        let mut coach = coach();
        coach.step(CoachStep::AtDesk, MONDAY_9, 0);
        // The laptop was closed until 22:00, inside the quiet hours (18:00 to 08:00).
        let night = MONDAY_9 + 13 * 60 * MS_PER_MINUTE;
        assert_eq!(coach.step(CoachStep::Tick, night, 0), None);
        match coach.phase {
            CoachPhase::Working {
                next: Some(next), ..
            } => {
                assert!(next.at_ms > night && next.held_back);
                assert!(coach.schedule.allows(next.at_ms, 0));
            }
            other => panic!("still working, with a prompt in the morning: {other:?}"),
        }
    }

    #[test]
    fn a_new_schedule_moves_the_next_prompt_of_the_running_block() {
        let mut coach = coach();
        coach.step(CoachStep::AtDesk, MONDAY_9, 0);
        let quiet = QuietHours::new(LocalTime::hm(18, 0).unwrap(), LocalTime::hm(8, 0).unwrap());
        let every_30 = ReminderSchedule::new(30, quiet.unwrap(), WeekdaySet::WORKDAYS);
        let now = MONDAY_9 + 10 * MS_PER_MINUTE;
        coach.step(CoachStep::Rescheduled(every_30), now, 0);
        assert_eq!(coach.minutes_to_prompt(now), Some(20));
    }

    #[test]
    fn leaving_the_desk_stops_everything() {
        let mut coach = coach();
        coach.step(CoachStep::AtDesk, MONDAY_9, 0);
        coach.step(CoachStep::LeftDesk, MONDAY_9 + 1, 0);
        assert_eq!(coach.phase, CoachPhase::Idle);
        let much_later = MONDAY_9 + 3 * 60 * MS_PER_MINUTE;
        assert_eq!(coach.step(CoachStep::Tick, much_later, 0), None);
        assert_eq!(coach.step(CoachStep::BreakTaken, much_later, 0), None);
    }
}
