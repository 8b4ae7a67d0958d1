//! Advice from what was logged: ease off after a flare, try the next step when every session
//! has been too easy for two weeks, and an invitation to re-check once the routine has been
//! kept up (and the latest re-check meets the next phase's checks). Facts only; the words are
//! in `content::session`.

use crate::core::plan::{PhaseNumber, PhasePlan, PAIN_FLARE_STOP_POINTS};
use crate::core::session::adherence::{adherence, ADHERENCE_WINDOW_DAYS};
use crate::core::session::calendar::LocalDay;
use crate::core::session::log::{SessionLog, SessionRecord};
use crate::core::session::plan::weekly_target;
use crate::core::session::state::Effort;

/// The latest pain after a session is compared with the lowest of this many sessions before it.
pub const FLARE_BASELINE_SESSIONS: usize = 3;
/// Advice only looks at sessions this recent (days).
pub const ADVICE_WINDOW_DAYS: i32 = 14;
/// "Too easy" every time needs at least this many sessions...
pub const TOO_EASY_MIN_SESSIONS: usize = 4;
/// ...spread over two weeks: first and last at least this many days apart.
pub const TOO_EASY_SPAN_DAYS: i32 = 7;
/// Kept up: days done in the last two weeks at least this share of the plan's target.
pub const CONSISTENT_PERCENT: u32 = 75;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoadAdvice {
    /// Pain after sessions rose by more than the plan's flare threshold.
    EaseOff {
        from: u8,
        to: u8,
    },
    /// Every recent session of this phase felt too easy: the phase's next progression step.
    TryNextStep,
    KeepGoing,
    /// Nothing logged recently with an end check.
    NothingYet,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MoveOn {
    NotYet,
    /// The routine was kept up: a re-check will show whether the next phase is due.
    InviteRecheck {
        next: PhaseNumber,
    },
    /// Kept up, and the latest re-check meets every check for the next phase.
    Ready {
        next: PhaseNumber,
    },
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Advice {
    pub load: LoadAdvice,
    pub move_on: MoveOn,
}

fn recent(log: &SessionLog, today: LocalDay) -> impl Iterator<Item = &SessionRecord> {
    log.sessions
        .iter()
        .filter(move |s| s.day <= today && today.since(s.day) < ADVICE_WINDOW_DAYS)
}

/// Pain after each recent session that has it, oldest first.
fn pains_after(log: &SessionLog, today: LocalDay) -> Vec<u8> {
    recent(log, today)
        .filter_map(|s| s.check.as_ref().and_then(|c| c.pain_after))
        .collect()
}

/// Whether the latest pain after a session is higher than the one before.
pub fn pain_rising(log: &SessionLog, today: LocalDay) -> bool {
    matches!(pains_after(log, today).as_slice(), [.., before, latest] if latest > before)
}

pub fn advice(log: &SessionLog, plan: &PhasePlan, today: LocalDay) -> Advice {
    let pains = pains_after(log, today);
    let rising = pain_rising(log, today);
    let flare = match pains.split_last() {
        Some((&latest, earlier)) if !earlier.is_empty() => {
            let start = earlier.len().saturating_sub(FLARE_BASELINE_SESSIONS);
            let lowest = earlier[start..].iter().copied().min().unwrap_or(latest);
            (latest.saturating_sub(lowest) > PAIN_FLARE_STOP_POINTS).then_some(
                LoadAdvice::EaseOff {
                    from: lowest,
                    to: latest,
                },
            )
        }
        _ => None,
    };
    let phase = plan.current;
    let efforts: Vec<(LocalDay, Option<Effort>)> = recent(log, today)
        .filter(|s| s.phase == phase && s.counts())
        .map(|s| (s.day, s.check.as_ref().and_then(|c| c.effort)))
        .collect();
    let too_easy = efforts.len() >= TOO_EASY_MIN_SESSIONS
        && efforts.iter().all(|(_, e)| *e == Some(Effort::TooEasy))
        && matches!((efforts.first(), efforts.last()),
            (Some((first, _)), Some((last, _))) if last.since(*first) >= TOO_EASY_SPAN_DAYS);
    let load = match flare {
        Some(ease) => ease,
        None if too_easy && !rising => LoadAdvice::TryNextStep,
        None if pains.is_empty() && efforts.is_empty() => LoadAdvice::NothingYet,
        None => LoadAdvice::KeepGoing,
    };

    let target = u32::from(weekly_target(plan));
    let needed = (2 * target * CONSISTENT_PERCENT).div_ceil(100);
    let done = u32::from(adherence(log, ADHERENCE_WINDOW_DAYS, today).days_done);
    let move_on = match (plan.next.as_ref(), load) {
        // More load is never suggested while pain is flaring or rising.
        (_, LoadAdvice::EaseOff { .. }) => MoveOn::NotYet,
        _ if rising => MoveOn::NotYet,
        (Some(check), _) if done >= needed => {
            if check.ready() {
                MoveOn::Ready { next: check.phase }
            } else {
                MoveOn::InviteRecheck { next: check.phase }
            }
        }
        _ => MoveOn::NotYet,
    };
    Advice { load, move_on }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;
    use crate::core::plan::build_plan;
    use crate::core::session::log::tests::session_on;
    use crate::core::session::state::EndCheck;
    use proptest::prelude::*;

    fn session(day: i32, pain_after: u8, effort: Effort) -> SessionRecord {
        let mut s = session_on(LocalDay(day), PhaseNumber::One);
        s.check = Some(EndCheck {
            pain_after: Some(pain_after),
            effort: Some(effort),
            ..EndCheck::default()
        });
        s
    }

    fn plan() -> PhasePlan {
        build_plan(&examples::typical_desk_worker(), None)
    }

    fn log(sessions: Vec<SessionRecord>) -> SessionLog {
        SessionLog::default().merged(sessions)
    }

    #[test]
    fn pain_rising_by_more_than_the_threshold_means_ease_off() {
        let l = log(vec![
            session(10, 2, Effort::AboutRight),
            session(11, 3, Effort::AboutRight),
            session(12, 5, Effort::AboutRight),
        ]);
        assert_eq!(
            advice(&l, &plan(), LocalDay(12)).load,
            LoadAdvice::EaseOff { from: 2, to: 5 }
        );
        let calm = log(vec![
            session(10, 2, Effort::AboutRight),
            session(11, 4, Effort::AboutRight),
        ]);
        assert_eq!(
            advice(&calm, &plan(), LocalDay(11)).load,
            LoadAdvice::KeepGoing
        );
        assert_eq!(
            advice(&SessionLog::default(), &plan(), LocalDay(11)).load,
            LoadAdvice::NothingYet
        );
    }

    #[test]
    fn too_easy_every_session_for_two_weeks_suggests_the_next_step() {
        let days = [1, 3, 5, 8, 10, 12];
        let easy = log(days
            .iter()
            .map(|&d| session(d, 1, Effort::TooEasy))
            .collect());
        assert_eq!(
            advice(&easy, &plan(), LocalDay(12)).load,
            LoadAdvice::TryNextStep
        );
        // One "about right" among them: keep going.
        let mut mixed: Vec<SessionRecord> = days
            .iter()
            .map(|&d| session(d, 1, Effort::TooEasy))
            .collect();
        mixed[2] = session(5, 1, Effort::AboutRight);
        assert_eq!(
            advice(&log(mixed), &plan(), LocalDay(12)).load,
            LoadAdvice::KeepGoing
        );
        // All within one week: not yet two weeks.
        let short = log([1, 2, 3, 4]
            .iter()
            .map(|&d| session(d, 1, Effort::TooEasy))
            .collect());
        assert_eq!(
            advice(&short, &plan(), LocalDay(4)).load,
            LoadAdvice::KeepGoing
        );
    }

    #[test]
    fn a_kept_up_routine_invites_a_recheck() {
        let daily = log((1..=14)
            .map(|d| session(d, 1, Effort::AboutRight))
            .collect());
        assert_eq!(
            advice(&daily, &plan(), LocalDay(14)).move_on,
            MoveOn::InviteRecheck {
                next: PhaseNumber::Two
            }
        );
        let sparse = log((1..=14)
            .step_by(3)
            .map(|d| session(d, 1, Effort::AboutRight))
            .collect());
        assert_eq!(
            advice(&sparse, &plan(), LocalDay(14)).move_on,
            MoveOn::NotYet
        );
    }

    proptest! {
        #[test]
        fn rising_pain_never_gets_more_load(
            entries in proptest::collection::vec((0i32..30, 0u8..=10, 0usize..3), 2..30),
            today in 0i32..35,
        ) {
            let l = log(entries.iter().map(|&(d, p, e)| session(d, p, Effort::ALL[e])).collect());
            let a = advice(&l, &plan(), LocalDay(today));
            if pain_rising(&l, LocalDay(today)) {
                prop_assert_ne!(a.load, LoadAdvice::TryNextStep);
                prop_assert_eq!(a.move_on, MoveOn::NotYet);
            }
            if let LoadAdvice::EaseOff { from, to } = a.load {
                prop_assert!(to > from + PAIN_FLARE_STOP_POINTS);
                prop_assert_eq!(a.move_on, MoveOn::NotYet);
            }
        }
    }
}
