//! Today's session from the phase plan: which exercises, in which order, with which dose, and
//! the steps a guided session walks through (each set, each side, the rests between). Strength
//! and integration phases are not daily: the day after a session is a rest day.

use serde::{Deserialize, Serialize};

use crate::core::content::exercises as words;
use crate::core::plan::{Dose, ExerciseId, PhaseNumber, PhasePlan};
use crate::core::session::calendar::LocalDay;
use crate::core::session::log::SessionLog;

/// Rest between two sets of one exercise. Source::Article gives no rest times; 30 s is the
/// usual short rest for low-load, high-repetition work, and the person can always skip it.
pub const REST_BETWEEN_SETS_SECONDS: u16 = 30;
/// Between the left and the right side of the same set: time to turn over, not to recover.
pub const SWITCH_SIDES_SECONDS: u16 = 10;
/// Between two exercises: time to set up the next one.
pub const REST_BETWEEN_EXERCISES_SECONDS: u16 = 45;

/// One exercise of today's session, as data that can be saved and resumed.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionItem {
    pub id: ExerciseId,
    /// The steadier variant replaced the usual one (balance problems).
    pub supported: bool,
    pub dose: Dose,
}

/// What today's session holds.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SessionPlan {
    pub phase: PhaseNumber,
    pub items: Vec<SessionItem>,
}

/// Which side a one-sided set works.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Side {
    Left,
    Right,
}

/// What a working step asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Target {
    Reps(u8),
    HoldSeconds(u16),
}

/// One step of a guided session.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Step {
    Work {
        /// Index into `SessionPlan::items`.
        item: usize,
        /// Counted from 1, as people count.
        set: u8,
        sets: u8,
        side: Option<Side>,
        target: Target,
    },
    Rest {
        seconds: u16,
        kind: RestKind,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RestKind {
    BetweenSets,
    SwitchSides,
    BetweenExercises,
}

impl SessionPlan {
    /// Today's session of the plan's current phase, with the plan's doses (after adaptations).
    pub fn from_plan(plan: &PhasePlan) -> SessionPlan {
        let phase = plan.current_phase();
        SessionPlan {
            phase: phase.number,
            items: phase
                .exercises
                .iter()
                .map(|e| SessionItem {
                    id: e.id,
                    supported: e.supported,
                    dose: e.dose,
                })
                .collect(),
        }
    }

    /// Every step in order: for each exercise, each set (left then right when one-sided), with
    /// a rest after every working step except the very last.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        for (item, exercise) in self.items.iter().enumerate() {
            let (sets, per_side, target) = match exercise.dose {
                Dose::SetsReps {
                    sets,
                    reps,
                    per_side,
                    ..
                } => (sets, per_side, Target::Reps(reps)),
                Dose::Hold {
                    sets,
                    seconds,
                    per_side,
                    ..
                } => (sets, per_side, Target::HoldSeconds(seconds)),
            };
            let sides: &[Option<Side>] = if per_side {
                &[Some(Side::Left), Some(Side::Right)]
            } else {
                &[None]
            };
            for set in 1..=sets {
                for (n, &side) in sides.iter().enumerate() {
                    if !steps.is_empty() {
                        let kind = if set == 1 && n == 0 {
                            RestKind::BetweenExercises
                        } else if n > 0 {
                            RestKind::SwitchSides
                        } else {
                            RestKind::BetweenSets
                        };
                        steps.push(Step::Rest {
                            seconds: rest_seconds(kind),
                            kind,
                        });
                    }
                    steps.push(Step::Work {
                        item,
                        set,
                        sets,
                        side,
                        target,
                    });
                }
            }
        }
        steps
    }
}

pub fn rest_seconds(kind: RestKind) -> u16 {
    match kind {
        RestKind::BetweenSets => REST_BETWEEN_SETS_SECONDS,
        RestKind::SwitchSides => SWITCH_SIDES_SECONDS,
        RestKind::BetweenExercises => REST_BETWEEN_EXERCISES_SECONDS,
    }
}

/// The sessions a week the plan asks for in a phase: the highest of its exercises' days.
pub fn weekly_target(plan: &PhasePlan) -> u8 {
    plan.current_phase()
        .exercises
        .iter()
        .map(|e| match e.dose {
            Dose::SetsReps { days_per_week, .. } | Dose::Hold { days_per_week, .. } => {
                days_per_week
            }
        })
        .max()
        .unwrap_or(7)
        .clamp(1, 7)
}

/// What today is for the plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Today {
    /// A day for the session; `done_today` when one was already logged today.
    SessionDay { done_today: bool },
    /// A phase that is not daily, and a session was done yesterday: the muscles rebuild today.
    RestDay,
}

/// Whether today is a session day. Daily phases always are; the others rest the day after a
/// session (Source::Article: strength work with rest days between).
pub fn today(plan: &PhasePlan, log: &SessionLog, day: LocalDay) -> Today {
    let done_on = |d: LocalDay| log.sessions.iter().any(|s| s.day == d && s.counts());
    let done_today = done_on(day);
    if weekly_target(plan) < 7 && !done_today && done_on(day.plus(-1)) {
        return Today::RestDay;
    }
    Today::SessionDay { done_today }
}

/// The words of an exercise as shown in a session: the steadier variant's when it was used.
pub struct ExerciseWords {
    pub name: &'static str,
    pub how_to: &'static [&'static str],
    pub feel: &'static str,
    pub compensation_sign: &'static str,
}

pub fn exercise_words(id: ExerciseId, supported: bool) -> ExerciseWords {
    if supported {
        if let Some(v) = words::supported_variant(id) {
            return ExerciseWords {
                name: v.name,
                how_to: v.how_to,
                feel: v.feel,
                compensation_sign: v.compensation_sign,
            };
        }
    }
    let w = words::exercise_text(id);
    ExerciseWords {
        name: w.name,
        how_to: w.how_to,
        feel: w.feel,
        compensation_sign: w.compensation_sign,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;
    use crate::core::plan::build_plan;

    fn phase_one() -> SessionPlan {
        SessionPlan::from_plan(&build_plan(&examples::typical_desk_worker(), None))
    }

    #[test]
    fn a_phase_one_session_has_every_set_and_side_with_rests_between() {
        let plan = phase_one();
        assert_eq!(plan.phase, PhaseNumber::One);
        let steps = plan.steps();
        let work = steps
            .iter()
            .filter(|s| matches!(s, Step::Work { .. }))
            .count();
        let expected: usize = plan
            .items
            .iter()
            .map(|i| match i.dose {
                Dose::SetsReps { sets, per_side, .. } | Dose::Hold { sets, per_side, .. } => {
                    usize::from(sets) * if per_side { 2 } else { 1 }
                }
            })
            .sum();
        assert_eq!(work, expected);
        // Work and rest alternate, starting and ending with work.
        for (i, step) in steps.iter().enumerate() {
            assert_eq!(matches!(step, Step::Work { .. }), i % 2 == 0, "step {i}");
        }
        assert!(matches!(steps.last(), Some(Step::Work { .. })));
        assert!(steps.iter().any(|s| matches!(
            s,
            Step::Work {
                target: Target::HoldSeconds(_),
                ..
            }
        )));
    }

    #[test]
    fn strength_phases_rest_the_day_after_a_session() {
        use crate::core::session::log::tests::session_on;
        let plan = build_plan(&examples::typical_desk_worker(), None);
        let mut strength = plan.clone();
        strength.current = PhaseNumber::Two;
        let log = SessionLog {
            sessions: vec![session_on(LocalDay(100), PhaseNumber::Two)],
        };
        assert_eq!(weekly_target(&plan), 7);
        assert_eq!(weekly_target(&strength), 3);
        assert_eq!(today(&strength, &log, LocalDay(101)), Today::RestDay);
        assert_eq!(
            today(&strength, &log, LocalDay(102)),
            Today::SessionDay { done_today: false }
        );
        assert_eq!(
            today(&plan, &log, LocalDay(101)),
            Today::SessionDay { done_today: false }
        );
        assert_eq!(
            today(&strength, &log, LocalDay(100)),
            Today::SessionDay { done_today: true }
        );
    }
}
