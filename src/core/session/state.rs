//! A guided session as plain data with timestamps, and the pure reducer that moves it on.
//!
//! Time is computed, not counted: a running hold or rest keeps the moment it started (and the
//! time spent paused), so "remaining" is worked out from any `now`, the tab may sleep in the
//! background, and a reload resumes exactly. A hold or rest that ran out while nobody looked
//! ends at the moment it ran out, not when the page noticed.

use serde::{Deserialize, Serialize};

use crate::core::plan::ExerciseId;
use crate::core::session::plan::{SessionPlan, Side, Step, Target};

/// A countdown: a hold or a rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Timer {
    pub started_at_ms: u64,
    /// Time spent paused since it started (finished pauses only).
    pub paused_ms: u64,
    pub seconds: u16,
}

impl Timer {
    fn length_ms(&self) -> u64 {
        u64::from(self.seconds) * 1000
    }

    /// Running time at `now`, not counting pauses; while paused, time stands at `paused_since`.
    /// A clock that went backwards reads as no time passed, never as negative time.
    pub fn elapsed_ms(&self, now_ms: u64, paused_since: Option<u64>) -> u64 {
        let until = paused_since.map_or(now_ms, |p| p.min(now_ms));
        until
            .saturating_sub(self.started_at_ms)
            .saturating_sub(self.paused_ms)
    }

    pub fn remaining_ms(&self, now_ms: u64, paused_since: Option<u64>) -> u64 {
        self.length_ms()
            .saturating_sub(self.elapsed_ms(now_ms, paused_since))
    }

    /// The moment the countdown reaches zero, counting finished pauses.
    fn ends_at_ms(&self) -> u64 {
        self.started_at_ms
            .saturating_add(self.paused_ms)
            .saturating_add(self.length_ms())
    }
}

/// What became of one working step.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Outcome {
    /// Not reached (yet).
    Pending,
    /// Done: reps counted, or seconds held.
    Done {
        amount: u16,
    },
    Skipped,
}

/// How the session felt, from the end check.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Effort {
    TooEasy,
    AboutRight,
    TooHard,
}

impl Effort {
    pub const ALL: [Effort; 3] = [Effort::TooEasy, Effort::AboutRight, Effort::TooHard];
}

/// Whether another muscle took over (the exercise's own sign of it).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TookOver {
    No,
    NotSure,
    Yes,
}

impl TookOver {
    pub const ALL: [TookOver; 3] = [TookOver::No, TookOver::NotSure, TookOver::Yes];
}

/// The short check at the end.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EndCheck {
    /// 0-10.
    pub pain_during: Option<u8>,
    /// 0-10, now that it is over.
    pub pain_after: Option<u8>,
    pub effort: Option<Effort>,
    /// Exercises where another muscle took over (the exercise's own sign was seen).
    pub took_over: Vec<ExerciseId>,
    /// Whether the person answered the take-over question at all.
    pub took_over_answered: Option<TookOver>,
}

pub const PAIN_MAX: u8 = 10;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Stage {
    Guiding,
    /// The end check is shown.
    Checking,
    /// Saved.
    Finished {
        at_ms: u64,
    },
}

/// What the page announces to screen readers: state changes only, never the seconds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Announcement {
    Nothing,
    /// A working step began: which exercise, set and side.
    Work {
        item: usize,
        set: u8,
        sets: u8,
        side: Option<Side>,
    },
    Hold {
        seconds: u16,
    },
    Rest {
        seconds: u16,
    },
    Paused,
    Resumed,
    Done,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionState {
    pub plan: SessionPlan,
    pub started_at_ms: u64,
    /// Index into `plan.steps()`.
    pub step: usize,
    /// The running countdown of the current step (a rest, or a hold once started).
    pub timer: Option<Timer>,
    /// Reps counted in the current step.
    pub reps: u8,
    pub paused_since: Option<u64>,
    /// One per working step, in order.
    pub outcomes: Vec<Outcome>,
    pub stage: Stage,
    pub check: EndCheck,
    /// Holds and rests that ran out: the page plays its cue once for each new one.
    pub cues: u32,
    pub announcement: Announcement,
    /// The last time anything happened (for deciding whether a stored session can resume).
    pub touched_at_ms: u64,
}

/// Everything a person (or the clock) can do to a session.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SessionAction {
    /// The clock moved: ends holds and rests that ran out.
    Tick {
        now_ms: u64,
    },
    Rep {
        now_ms: u64,
    },
    StartHold {
        now_ms: u64,
    },
    EndHold {
        now_ms: u64,
    },
    Pause {
        now_ms: u64,
    },
    Resume {
        now_ms: u64,
    },
    Back {
        now_ms: u64,
    },
    /// Done with this set (or this rest): on to the next step.
    Next {
        now_ms: u64,
    },
    /// Skip the rest of the current (or, during a rest, the coming) exercise.
    Skip {
        now_ms: u64,
    },
    /// Stop here and go to the end check with what was done.
    EndEarly {
        now_ms: u64,
    },
    PainDuring(u8),
    PainAfter(u8),
    Effort(Effort),
    TookOverAnswer(TookOver),
    TookOverIn {
        id: ExerciseId,
        yes: bool,
    },
    Finish {
        now_ms: u64,
    },
}

impl SessionState {
    pub fn start(plan: SessionPlan, now_ms: u64) -> SessionState {
        let work = plan
            .steps()
            .iter()
            .filter(|s| matches!(s, Step::Work { .. }))
            .count();
        let mut state = SessionState {
            plan,
            started_at_ms: now_ms,
            step: 0,
            timer: None,
            reps: 0,
            paused_since: None,
            outcomes: vec![Outcome::Pending; work],
            stage: Stage::Guiding,
            check: EndCheck::default(),
            cues: 0,
            announcement: Announcement::Nothing,
            touched_at_ms: now_ms,
        };
        state.enter(0, now_ms);
        state
    }

    pub fn steps(&self) -> Vec<Step> {
        self.plan.steps()
    }

    pub fn current_step(&self) -> Option<Step> {
        self.steps().get(self.step).copied()
    }

    /// The index among working steps of working step `step` (steps alternate work and rest).
    fn work_index(&self, step: usize) -> Option<usize> {
        match self.steps().get(step) {
            Some(Step::Work { .. }) => Some(
                self.steps()[..step]
                    .iter()
                    .filter(|s| matches!(s, Step::Work { .. }))
                    .count(),
            ),
            _ => None,
        }
    }

    pub fn is_paused(&self) -> bool {
        self.paused_since.is_some()
    }

    /// Remaining milliseconds of the running countdown at `now`.
    pub fn remaining_ms(&self, now_ms: u64) -> Option<u64> {
        self.timer
            .map(|t| t.remaining_ms(now_ms, self.paused_since))
    }

    /// Working steps done or skipped, of all of them.
    pub fn progress(&self) -> (usize, usize) {
        let settled = self
            .outcomes
            .iter()
            .filter(|o| **o != Outcome::Pending)
            .count();
        (settled, self.outcomes.len())
    }

    /// Exercises with at least one set done, in session order.
    pub fn exercises_done(&self) -> Vec<ExerciseId> {
        let steps = self.steps();
        let mut done: Vec<ExerciseId> = Vec::new();
        let works = steps.iter().filter_map(|s| match s {
            Step::Work { item, .. } => Some(*item),
            Step::Rest { .. } => None,
        });
        for (item, outcome) in works.zip(&self.outcomes) {
            if let (Outcome::Done { .. }, Some(i)) = (outcome, self.plan.items.get(item)) {
                if !done.contains(&i.id) {
                    done.push(i.id);
                }
            }
        }
        done
    }

    /// Moves to `step`, starting at `at_ms`. Past the last step, the end check.
    fn enter(&mut self, step: usize, at_ms: u64) {
        self.step = step;
        self.reps = 0;
        self.timer = None;
        match self.steps().get(step).copied() {
            Some(Step::Work {
                item,
                set,
                sets,
                side,
                ..
            }) => {
                self.announcement = Announcement::Work {
                    item,
                    set,
                    sets,
                    side,
                }
            }
            Some(Step::Rest { seconds, .. }) => {
                self.timer = Some(Timer {
                    started_at_ms: at_ms,
                    paused_ms: 0,
                    seconds,
                });
                self.announcement = Announcement::Rest { seconds };
            }
            None => {
                self.stage = Stage::Checking;
                self.announcement = Announcement::Done;
            }
        }
    }

    fn settle_work(&mut self, outcome: Outcome, at_ms: u64) {
        if let Some(i) = self.work_index(self.step) {
            if let Some(slot) = self.outcomes.get_mut(i) {
                *slot = outcome;
            }
        }
        self.enter(self.step + 1, at_ms);
    }

    fn done_or_skipped(amount: u16) -> Outcome {
        if amount == 0 {
            Outcome::Skipped
        } else {
            Outcome::Done { amount }
        }
    }

    /// Ends a pause at `now`, adding its length to the running countdown.
    fn unpause(&mut self, now_ms: u64) {
        if let Some(since) = self.paused_since.take() {
            if let Some(timer) = &mut self.timer {
                timer.paused_ms = timer.paused_ms.saturating_add(now_ms.saturating_sub(since));
            }
        }
    }

    /// Ends every countdown that ran out by `now`, each at the moment it ran out.
    fn run_clock(&mut self, now_ms: u64) {
        if self.is_paused() || self.stage != Stage::Guiding {
            return;
        }
        // Each pass ends one countdown; a rest can only be followed by work, and work waits
        // for the person, so this ends after a few passes. The bound is a second guard.
        for _ in 0..4 {
            let Some(timer) = self.timer else { return };
            if timer.remaining_ms(now_ms, None) > 0 {
                return;
            }
            let ended = timer.ends_at_ms().min(now_ms);
            self.cues = self.cues.wrapping_add(1);
            match self.current_step() {
                Some(Step::Work { .. }) => self.settle_work(
                    Outcome::Done {
                        amount: timer.seconds,
                    },
                    ended,
                ),
                _ => self.enter(self.step + 1, ended),
            }
        }
    }

    /// The first step of the exercise after the one at `step` (or past the end).
    fn next_exercise_start(&self, step: usize) -> usize {
        let steps = self.steps();
        let item_at = |i: usize| match steps.get(i) {
            Some(Step::Work { item, .. }) => Some(*item),
            _ => None,
        };
        // During a rest, the exercise in question is the one the rest leads into.
        let current = item_at(step).or_else(|| item_at(step + 1));
        (step..steps.len())
            .find(|&i| item_at(i).is_some() && item_at(i) != current)
            .unwrap_or(steps.len())
    }

    /// The state after `action`; the clock always runs first, so every action sees the
    /// countdowns as they are at its `now`.
    pub fn apply(mut self, action: SessionAction) -> SessionState {
        use SessionAction as A;
        let now = match &action {
            A::Tick { now_ms }
            | A::Rep { now_ms }
            | A::StartHold { now_ms }
            | A::EndHold { now_ms }
            | A::Pause { now_ms }
            | A::Resume { now_ms }
            | A::Back { now_ms }
            | A::Next { now_ms }
            | A::Skip { now_ms }
            | A::EndEarly { now_ms }
            | A::Finish { now_ms } => Some(*now_ms),
            _ => None,
        };
        if let Some(now) = now {
            self.run_clock(now);
            if !matches!(action, A::Tick { .. }) {
                self.touched_at_ms = self.touched_at_ms.max(now);
            }
        }
        let guiding = self.stage == Stage::Guiding;
        let checking = self.stage == Stage::Checking;
        let step = self.current_step();
        match action {
            A::Tick { .. } => {}
            A::Rep { now_ms } if guiding && !self.is_paused() => {
                if let Some(Step::Work {
                    target: Target::Reps(reps),
                    ..
                }) = step
                {
                    self.reps = self.reps.saturating_add(1);
                    if self.reps >= reps {
                        self.settle_work(
                            Outcome::Done {
                                amount: u16::from(self.reps),
                            },
                            now_ms,
                        );
                    }
                }
            }
            A::StartHold { now_ms } if guiding && !self.is_paused() && self.timer.is_none() => {
                if let Some(Step::Work {
                    target: Target::HoldSeconds(seconds),
                    ..
                }) = step
                {
                    self.timer = Some(Timer {
                        started_at_ms: now_ms,
                        paused_ms: 0,
                        seconds,
                    });
                    self.announcement = Announcement::Hold { seconds };
                }
            }
            A::EndHold { now_ms } if guiding => {
                if let (Some(Step::Work { .. }), Some(timer)) = (step, self.timer) {
                    let held = timer.elapsed_ms(now_ms, self.paused_since) / 1000;
                    self.unpause(now_ms);
                    let held = u16::try_from(held).unwrap_or(u16::MAX);
                    self.settle_work(Self::done_or_skipped(held), now_ms);
                }
            }
            A::Pause { now_ms } if guiding && !self.is_paused() => {
                self.paused_since = Some(now_ms);
                self.announcement = Announcement::Paused;
            }
            A::Resume { now_ms } if guiding && self.is_paused() => {
                self.unpause(now_ms);
                self.announcement = Announcement::Resumed;
                self.run_clock(now_ms);
            }
            A::Next { now_ms } if guiding => {
                self.unpause(now_ms);
                match step {
                    Some(Step::Work {
                        target: Target::Reps(_),
                        ..
                    }) => self.settle_work(Self::done_or_skipped(u16::from(self.reps)), now_ms),
                    Some(Step::Work { .. }) => {
                        let held = self.timer.map_or(0, |t| t.elapsed_ms(now_ms, None) / 1000);
                        let held = u16::try_from(held).unwrap_or(u16::MAX);
                        self.settle_work(Self::done_or_skipped(held), now_ms);
                    }
                    Some(Step::Rest { .. }) => self.enter(self.step + 1, now_ms),
                    None => {}
                }
            }
            A::Back { now_ms } if guiding => {
                // The working step before this one: right before a rest, two back from work.
                let target = match step {
                    Some(Step::Rest { .. }) => self.step.checked_sub(1),
                    _ => self.step.checked_sub(2),
                };
                if let Some(target) = target {
                    self.paused_since = None;
                    if let Some(i) = self.work_index(target) {
                        if let Some(slot) = self.outcomes.get_mut(i) {
                            *slot = Outcome::Pending;
                        }
                    }
                    self.enter(target, now_ms);
                }
            }
            A::Skip { now_ms } if guiding => {
                // What was done of the set under way counts; the rest of the exercise is skipped.
                let begun = match step {
                    Some(Step::Work {
                        target: Target::Reps(_),
                        ..
                    }) => u16::from(self.reps),
                    Some(Step::Work { .. }) => self.timer.map_or(0, |t| {
                        u16::try_from(t.elapsed_ms(now_ms, self.paused_since) / 1000)
                            .unwrap_or(u16::MAX)
                    }),
                    _ => 0,
                };
                if begun > 0 {
                    if let Some(slot) = self
                        .work_index(self.step)
                        .and_then(|i| self.outcomes.get_mut(i))
                    {
                        *slot = Outcome::Done { amount: begun };
                    }
                }
                self.paused_since = None;
                let next = self.next_exercise_start(self.step);
                let works: Vec<usize> = (self.step..next)
                    .filter_map(|i| self.work_index(i))
                    .collect();
                for i in works {
                    if let Some(slot) = self.outcomes.get_mut(i) {
                        if *slot == Outcome::Pending {
                            *slot = Outcome::Skipped;
                        }
                    }
                }
                self.enter(next, now_ms);
            }
            A::EndEarly { now_ms } if guiding => {
                self.unpause(now_ms);
                self.timer = None;
                self.stage = Stage::Checking;
                self.announcement = Announcement::Done;
            }
            A::PainDuring(p) if checking => self.check.pain_during = Some(p.min(PAIN_MAX)),
            A::PainAfter(p) if checking => self.check.pain_after = Some(p.min(PAIN_MAX)),
            A::Effort(e) if checking => self.check.effort = Some(e),
            A::TookOverAnswer(answer) if checking => {
                self.check.took_over_answered = Some(answer);
                if answer != TookOver::Yes {
                    self.check.took_over.clear();
                }
            }
            A::TookOverIn { id, yes } if checking => {
                self.check.took_over.retain(|&x| x != id);
                if yes {
                    self.check.took_over.push(id);
                }
            }
            A::Finish { now_ms } if checking => self.stage = Stage::Finished { at_ms: now_ms },
            _ => {}
        }
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;
    use crate::core::plan::build_plan;
    use proptest::prelude::*;

    fn phase_one(now: u64) -> SessionState {
        let plan = build_plan(&examples::typical_desk_worker(), None);
        SessionState::start(SessionPlan::from_plan(&plan), now)
    }

    /// Does every working step as asked: counts all reps, holds each hold to the end and waits
    /// each rest out, one second at a time.
    fn run_whole(mut s: SessionState, mut now: u64) -> (SessionState, u64) {
        let mut guard = 0;
        while s.stage == Stage::Guiding && guard < 10_000 {
            guard += 1;
            match s.current_step() {
                Some(Step::Work {
                    target: Target::Reps(_),
                    ..
                }) => s = s.apply(SessionAction::Rep { now_ms: now }),
                Some(Step::Work { .. }) if s.timer.is_none() => {
                    s = s.apply(SessionAction::StartHold { now_ms: now })
                }
                _ => {
                    now += 1000;
                    s = s.apply(SessionAction::Tick { now_ms: now });
                }
            }
        }
        (s, now)
    }

    #[test]
    fn a_whole_session_done_as_asked_ends_at_the_check_with_nothing_skipped() {
        let (s, _) = run_whole(phase_one(1_000), 1_000);
        assert_eq!(s.stage, Stage::Checking);
        assert_eq!(s.announcement, Announcement::Done);
        assert!(s.outcomes.iter().all(|o| matches!(o, Outcome::Done { .. })));
        assert_eq!(s.exercises_done().len(), s.plan.items.len());
        // Every hold and rest ran out by itself and cued once.
        let timed = s
            .steps()
            .iter()
            .filter(|st| {
                matches!(
                    st,
                    Step::Rest { .. }
                        | Step::Work {
                            target: Target::HoldSeconds(_),
                            ..
                        }
                )
            })
            .count();
        assert_eq!(s.cues as usize, timed);
    }

    #[test]
    fn a_rest_that_ran_out_in_the_background_ends_when_it_ran_out() {
        let mut s = phase_one(0);
        let Some(Step::Work {
            target: Target::Reps(reps),
            ..
        }) = s.current_step()
        else {
            panic!("phase 1 starts with reps")
        };
        for _ in 0..reps {
            s = s.apply(SessionAction::Rep { now_ms: 5_000 });
        }
        assert!(matches!(
            s.current_step(),
            Some(Step::Rest { seconds: 30, .. })
        ));
        assert_eq!(s.remaining_ms(15_000), Some(20_000));
        // The tab slept for ten minutes: the rest ended at 35 s, the next set waits.
        s = s.apply(SessionAction::Tick { now_ms: 600_000 });
        assert!(matches!(s.current_step(), Some(Step::Work { set: 2, .. })));
        assert_eq!(s.timer, None);
    }

    #[test]
    fn a_pause_stops_the_countdown_and_resume_carries_on() {
        let mut s = phase_one(0);
        for _ in 0..15 {
            s = s.apply(SessionAction::Rep { now_ms: 0 });
        }
        s = s.apply(SessionAction::Pause { now_ms: 10_000 });
        assert_eq!(s.remaining_ms(50_000), Some(20_000));
        s = s.apply(SessionAction::Tick { now_ms: 90_000 });
        assert!(matches!(s.current_step(), Some(Step::Rest { .. })));
        s = s.apply(SessionAction::Resume { now_ms: 100_000 });
        assert_eq!(s.announcement, Announcement::Resumed);
        assert_eq!(s.remaining_ms(110_000), Some(10_000));
    }

    #[test]
    fn skip_records_the_rest_of_the_exercise_as_skipped_and_back_undoes_a_set() {
        let mut s = phase_one(0);
        s = s.apply(SessionAction::Rep { now_ms: 0 });
        s = s.apply(SessionAction::Next { now_ms: 1 });
        assert_eq!(s.outcomes[0], Outcome::Done { amount: 1 });
        s = s.apply(SessionAction::Back { now_ms: 2 });
        assert_eq!(s.step, 0);
        assert_eq!(s.outcomes[0], Outcome::Pending);
        s = s.apply(SessionAction::Skip { now_ms: 3 });
        // The glute bridge's three sets are skipped; the clamshell's first set is next.
        assert_eq!(&s.outcomes[..3], &[Outcome::Skipped; 3]);
        assert!(matches!(
            s.current_step(),
            Some(Step::Work {
                item: 1,
                set: 1,
                ..
            })
        ));
        // A set under way when skipping keeps what was done of it.
        s = s.apply(SessionAction::Rep { now_ms: 4 });
        s = s.apply(SessionAction::Skip { now_ms: 5 });
        assert_eq!(s.outcomes[3], Outcome::Done { amount: 1 });
        assert_eq!(&s.outcomes[4..7], &[Outcome::Skipped; 3]);
    }

    #[test]
    fn ending_early_keeps_what_was_done_and_the_check_is_clamped() {
        let mut s = phase_one(0);
        s = s.apply(SessionAction::Rep { now_ms: 0 });
        s = s.apply(SessionAction::PainAfter(3));
        assert_eq!(s.check.pain_after, None, "no check while guiding");
        s = s.apply(SessionAction::EndEarly { now_ms: 1 });
        assert_eq!(s.stage, Stage::Checking);
        s = s.apply(SessionAction::PainAfter(30));
        s = s.apply(SessionAction::Effort(Effort::TooEasy));
        s = s.apply(SessionAction::Finish { now_ms: 2 });
        assert_eq!(s.check.pain_after, Some(10));
        assert_eq!(s.stage, Stage::Finished { at_ms: 2 });
    }

    fn arb_action() -> impl Strategy<Value = (u8, u64)> {
        (0u8..12, 0u64..120_000)
    }

    proptest! {
        #[test]
        fn remaining_is_monotone_and_never_more_than_the_length(
            started in 0u64..1_000_000, paused in 0u64..100_000, seconds in 0u16..600,
            a in 0u64..2_000_000, b in 0u64..2_000_000, pause_at in proptest::option::of(0u64..2_000_000),
        ) {
            let t = Timer { started_at_ms: started, paused_ms: paused, seconds };
            let (early, late) = (a.min(b), a.max(b));
            prop_assert!(t.remaining_ms(late, pause_at) <= t.remaining_ms(early, pause_at));
            prop_assert!(t.remaining_ms(early, pause_at) <= u64::from(seconds) * 1000);
        }

        #[test]
        fn any_sequence_of_actions_keeps_the_state_consistent(
            actions in proptest::collection::vec(arb_action(), 0..200)
        ) {
            let mut s = phase_one(0);
            let mut now = 0;
            let mut last_remaining: Option<(usize, u64, u64)> = None;
            for (kind, dt) in actions {
                now += dt;
                let action = match kind {
                    0 => SessionAction::Tick { now_ms: now },
                    1 | 2 => SessionAction::Rep { now_ms: now },
                    3 => SessionAction::StartHold { now_ms: now },
                    4 => SessionAction::EndHold { now_ms: now },
                    5 => SessionAction::Pause { now_ms: now },
                    6 => SessionAction::Resume { now_ms: now },
                    7 => SessionAction::Back { now_ms: now },
                    8 => SessionAction::Next { now_ms: now },
                    9 => SessionAction::Skip { now_ms: now },
                    10 => SessionAction::PainAfter(7),
                    _ => SessionAction::Tick { now_ms: now },
                };
                s = s.apply(action);
                prop_assert!(s.step <= s.steps().len());
                prop_assert_eq!(s.outcomes.len(), s.plan.steps().iter().filter(|x| matches!(x, Step::Work { .. })).count());
                if let (Some(r), Some(t)) = (s.remaining_ms(now), s.timer) {
                    // The same countdown only ever runs down, pauses and all.
                    if let Some((step, started, before)) = last_remaining {
                        if step == s.step && started == t.started_at_ms {
                            prop_assert!(r <= before, "{} after {}", r, before);
                        }
                    }
                    last_remaining = Some((s.step, t.started_at_ms, r));
                }
                if s.stage == Stage::Guiding {
                    prop_assert!(s.step < s.steps().len());
                }
            }
        }
    }
}
