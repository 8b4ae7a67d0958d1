//! The coach screen's state: the coach itself (`core::reminders::coach`) at the last moment
//! seen, what the status region last said, and the serial numbers that tell the screen's
//! effects to notify or to move the focus. One reducer (the shape of Yew's `function_todomvc`
//! example): it only computes; the screen notifies, writes storage and moves the focus.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::reminders::coach::{Coach, CoachEvent, CoachStep};
use crate::core::reminders::schedule::ReminderSchedule;

pub const TOGGLE_ID: &str = "coach-toggle";

/// What the status region says after a step the person took (never the countdown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Said {
    Started,
    Counted,
    PutOff,
    Stopped,
}

#[derive(Clone, Debug, PartialEq)]
pub struct CoachScreenState {
    pub coach: Coach,
    /// The moment of the last step, and the local clock's offset then.
    pub now_ms: u64,
    pub offset: i32,
    pub said: Option<Said>,
    /// Counts the prompts that came, so the screen notifies once for each.
    pub prompts: u32,
    /// Asks the screen to move the focus to the toggle button, numbered so asking twice works.
    pub focus_toggle: u32,
}

impl CoachScreenState {
    pub fn new(schedule: ReminderSchedule, now_ms: u64, offset: i32) -> CoachScreenState {
        CoachScreenState {
            coach: Coach::new(schedule),
            now_ms,
            offset,
            said: None,
            prompts: 0,
            focus_toggle: 0,
        }
    }
}

/// One step of the coach, at this moment of the browser's clock.
pub struct CoachAction {
    pub step: CoachStep,
    pub now_ms: u64,
    pub offset: i32,
}

impl Reducible for CoachScreenState {
    type Action = CoachAction;

    fn reduce(self: Rc<Self>, action: CoachAction) -> Rc<Self> {
        let mut next = (*self).clone();
        let was_due = matches!(
            next.coach.phase,
            crate::core::reminders::coach::CoachPhase::BreakDue { .. }
        );
        let event = next.coach.step(action.step, action.now_ms, action.offset);
        next.now_ms = action.now_ms;
        next.offset = action.offset;
        match (action.step, event) {
            (_, Some(CoachEvent::PromptNow)) => {
                next.prompts = next.prompts.wrapping_add(1);
                // The alert says it; an older status ("Started...") would be stale.
                next.said = None;
            }
            (CoachStep::AtDesk, _) => next.said = Some(Said::Started),
            (CoachStep::BreakTaken, Some(CoachEvent::CountBreak(_))) => {
                next.said = Some(Said::Counted);
                if was_due {
                    // The prompt that held the focus is gone.
                    next.focus_toggle = next.focus_toggle.wrapping_add(1);
                }
            }
            (CoachStep::NotNow, _) if was_due => {
                next.said = Some(Said::PutOff);
                next.focus_toggle = next.focus_toggle.wrapping_add(1);
            }
            (CoachStep::LeftDesk, _) => next.said = Some(Said::Stopped),
            _ => {}
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reminders::coach::CoachPhase;

    const MONDAY_9: u64 = 1_795_996_800_000 + 9 * 3_600_000;

    fn run(steps: &[(CoachStep, u64)]) -> CoachScreenState {
        let mut state = Rc::new(CoachScreenState::new(
            ReminderSchedule::default(),
            MONDAY_9,
            0,
        ));
        for (step, now_ms) in steps {
            state = state.reduce(CoachAction {
                step: *step,
                now_ms: *now_ms,
                offset: 0,
            });
        }
        (*state).clone()
    }

    #[test]
    fn a_prompt_is_counted_once_however_many_ticks_follow() {
        let due = MONDAY_9 + 45 * 60_000;
        let state = run(&[
            (CoachStep::AtDesk, MONDAY_9),
            (CoachStep::Tick, due),
            (CoachStep::Tick, due + 1000),
            (CoachStep::Tick, due + 2000),
        ]);
        assert_eq!(state.prompts, 1);
        assert!(matches!(state.coach.phase, CoachPhase::BreakDue { .. }));
        assert_eq!(state.said, None, "the alert speaks, not a stale status");
    }

    #[test]
    fn answering_a_prompt_moves_the_focus_back_to_the_toggle_and_an_early_break_does_not() {
        let due = MONDAY_9 + 45 * 60_000;
        let answered = run(&[
            (CoachStep::AtDesk, MONDAY_9),
            (CoachStep::Tick, due),
            (CoachStep::BreakTaken, due + 1000),
        ]);
        assert_eq!(
            (answered.said, answered.focus_toggle),
            (Some(Said::Counted), 1)
        );
        let early = run(&[
            (CoachStep::AtDesk, MONDAY_9),
            (CoachStep::BreakTaken, MONDAY_9 + 60_000),
        ]);
        assert_eq!((early.said, early.focus_toggle), (Some(Said::Counted), 0));
    }
}
