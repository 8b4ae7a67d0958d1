//! Progress across saved assessments: whether pain really changed, the band a chart shades as
//! "too small to count", and whether the latest check meets the criteria for the next phase.
//!
//! Pain uses the worst of the four areas, as the plan's pain check does, and the same
//! "2 points or 30%" rule, so the chart and the moving-on check never disagree.

use crate::core::answers::Answers;
use crate::core::content::history as text;
use crate::core::plan::{
    current_phase, next_phase_check, Criterion, CriterionStatus, NextPhaseCheck, PhaseNumber,
    PAIN_LOW_ENOUGH, PAIN_MEANINGFUL_DROP_PERCENT, PAIN_MEANINGFUL_DROP_POINTS,
};
use crate::core::record::{insertion_sort_by, AssessmentRecord};

/// Source::PainChange: a change of 2 points on the 0-10 scale is meaningful. Shared with the
/// plan's pain check.
pub const MEANINGFUL_CHANGE_POINTS: u8 = PAIN_MEANINGFUL_DROP_POINTS;
/// Source::PainChange: or a change of 30% of the starting score, whichever is reached first.
/// Shared with the plan's pain check.
pub const MEANINGFUL_CHANGE_PERCENT: u8 = PAIN_MEANINGFUL_DROP_PERCENT;

/// How pain moved between two checks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum PainChange {
    Better,
    Worse,
    /// Smaller than a meaningful change: day-to-day noise as far as anyone can tell.
    NoRealChange,
}

/// Whether the move from `first` to `latest` (0-10) is a real change. The percent rule only
/// applies from a starting score above 0: a percentage of nothing means nothing.
pub fn meaningful_pain_change(first: u8, latest: u8) -> PainChange {
    let change = first.abs_diff(latest);
    let by_points = change >= MEANINGFUL_CHANGE_POINTS;
    let by_percent = first > 0
        && u16::from(change) * 100 >= u16::from(first) * u16::from(MEANINGFUL_CHANGE_PERCENT);
    if change == 0 || !(by_points || by_percent) {
        PainChange::NoRealChange
    } else if latest < first {
        PainChange::Better
    } else {
        PainChange::Worse
    }
}

/// The open interval around `baseline` where a later score is NOT a real change: a score
/// strictly inside is `NoRealChange`, a score on or beyond either edge is meaningful. Not
/// clipped to the 0-10 scale (a chart clips it to its axis), so that rule holds at 0 and 10.
pub fn noise_band(baseline: u8) -> (f32, f32) {
    let points = f32::from(MEANINGFUL_CHANGE_POINTS);
    let half_width = if baseline == 0 {
        points
    } else {
        let percent = f32::from(u16::from(baseline) * u16::from(MEANINGFUL_CHANGE_PERCENT)) / 100.0;
        points.min(percent)
    };
    let b = f32::from(baseline);
    (b - half_width, b + half_width)
}

/// One point of a pain-over-time chart.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PainPoint {
    pub taken_at_ms: u64,
    /// The worst of the four areas, 0-10.
    pub worst: u8,
}

/// Worst pain of every assessment, oldest first.
pub fn pain_series(records: &[AssessmentRecord]) -> Vec<PainPoint> {
    by_time(records)
        .iter()
        .map(|r| PainPoint {
            taken_at_ms: r.taken_at_ms,
            worst: r.answers.pain.highest(),
        })
        .collect()
}

/// Worst pain at the first and the latest check.
#[derive(Clone, Debug, PartialEq)]
pub struct PainProgress {
    pub first: u8,
    pub latest: u8,
    pub change: PainChange,
    /// `noise_band(first)`, for shading the chart.
    pub noise_band: (f32, f32),
    /// One sentence for a person.
    pub line: String,
}

/// The latest assessment compared with the first.
#[derive(Clone, Debug, PartialEq)]
pub struct ProgressSummary {
    pub assessments: usize,
    pub first_taken_at_ms: u64,
    pub latest_taken_at_ms: u64,
    /// The phase saved with the assessment before the latest: the one trained since.
    pub training_phase: PhaseNumber,
    /// The phase the latest answers place the person in today.
    pub phase_now: PhaseNumber,
    /// `None` with a single assessment: there is nothing to compare with yet.
    pub pain: Option<PainProgress>,
    /// One line comparing the phase at the first check with today's.
    pub phase_line: String,
    /// The checks for the phase after `training_phase`, with evidence; `None` in phase 3.
    pub next: Option<NextPhaseCheck>,
    /// One line, built from the values: ready for the next phase and why, or how far along.
    pub headline: String,
}

impl ProgressSummary {
    /// Every check for the next phase is met.
    pub fn ready(&self) -> bool {
        self.next.as_ref().is_some_and(NextPhaseCheck::ready)
    }
}

/// Progress from the first to the latest assessment, in any order given; `None` without any.
pub fn progress_summary(records: &[AssessmentRecord]) -> Option<ProgressSummary> {
    let sorted = by_time(records);
    let (&first, &latest) = (sorted.first()?, sorted.last()?);
    let compared = sorted.len() >= 2;
    // With one check there is no earlier one; the plan then reports pain change as unknown.
    let first_answers = compared.then_some(&first.answers);
    let previous = if compared {
        sorted[sorted.len() - 2]
    } else {
        latest
    };
    let training_phase = previous.phase;
    let phase_now = current_phase(&latest.answers, first_answers);
    let next = next_phase_check(training_phase, &latest.answers, first_answers);

    let pain = compared.then(|| {
        let (was, now) = (first.answers.pain.highest(), latest.answers.pain.highest());
        let change = meaningful_pain_change(was, now);
        PainProgress {
            first: was,
            latest: now,
            change,
            noise_band: noise_band(was),
            line: text::pain_line(was, now, change),
        }
    });

    let headline = match &next {
        _ if !compared => text::ONE_CHECK_ONLY.to_string(),
        None => text::LAST_PHASE_HEADLINE.to_string(),
        Some(check) if check.ready() => {
            let facts: Vec<String> = check
                .results
                .iter()
                .map(|r| fact(&r.criterion, &latest.answers, first_answers))
                .collect();
            text::ready_headline(&facts, check.phase)
        }
        Some(check) => {
            let met = check
                .results
                .iter()
                .filter(|r| r.status == CriterionStatus::Met)
                .count();
            text::not_ready_headline(met, check.results.len(), check.phase)
        }
    };

    Some(ProgressSummary {
        assessments: sorted.len(),
        first_taken_at_ms: first.taken_at_ms,
        latest_taken_at_ms: latest.taken_at_ms,
        training_phase,
        phase_now,
        pain,
        phase_line: text::phase_line(first.phase, phase_now),
        next,
        headline,
    })
}

/// A met check as a short fact with the person's own values, for the headline.
fn fact(criterion: &Criterion, latest: &Answers, first: Option<&Answers>) -> String {
    match criterion {
        Criterion::GlutesFeltInBridge => text::FACT_GLUTES_FELT.to_string(),
        Criterion::BridgeHold { .. } => text::fact_bridge_hold(latest.bridge_hold.weaker()),
        Criterion::BridgeSidesEven { .. } => {
            text::fact_bridge_sides(latest.bridge_hold.difference())
        }
        Criterion::NoCompensation => text::FACT_NO_COMPENSATION.to_string(),
        Criterion::StanceForAge => text::fact_stance(latest.stance_hold.weaker()),
        Criterion::PelvisLevel => text::FACT_PELVIS_LEVEL.to_string(),
        Criterion::PainEased => {
            let now = latest.pain.highest();
            match first {
                Some(first) if now > PAIN_LOW_ENOUGH => {
                    text::fact_pain_eased(first.pain.highest(), now)
                }
                _ => text::fact_pain_low(now),
            }
        }
    }
}

/// Oldest first; ties by id, as `record::sort_by_time`.
fn by_time(records: &[AssessmentRecord]) -> Vec<&AssessmentRecord> {
    let mut sorted: Vec<&AssessmentRecord> = records.iter().collect();
    insertion_sort_by(&mut sorted, |a, b| {
        (a.taken_at_ms, &a.id) < (b.taken_at_ms, &b.id)
    });
    sorted
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{
        BreakCommitment, BreakFrequency, GluteFeel, PainScores, PelvisDrop, SideSeconds,
        SittingDay, YesNoUnsure,
    };
    use crate::core::examples;
    use crate::core::plan::pain_aim_at_most;
    use crate::core::sorted_set::SortedSet;

    const DAY_MS: u64 = 86_400_000;

    /// A person at the start: phase 1, worst pain 6.
    fn start() -> Answers {
        Answers {
            sitting: SittingDay { half_hours: 23 },
            breaks: BreakFrequency::Rarely,
            pain: PainScores {
                low_back: 6,
                hip: 3,
                knee: 0,
                ankle: 0,
            },
            posture_signs: SortedSet::new(),
            bridge_hold: SideSeconds {
                left: 12,
                right: 20,
            },
            stance_hold: SideSeconds {
                left: 25,
                right: 30,
            },
            break_commitment: Some(BreakCommitment::Yes),
            ..examples::typical_desk_worker()
        }
    }

    /// Every check into phase 2 met: glutes felt, holds 35 and 38 s, no compensation.
    fn ready_for_two() -> Answers {
        Answers {
            glute_feel: GluteFeel::Clearly,
            bridge_hold: SideSeconds {
                left: 35,
                right: 38,
            },
            compensation: YesNoUnsure::No,
            ..start()
        }
    }

    /// Every check into phase 3 met too: holds over 60 s, steady stance, level pelvis, pain 3.
    fn ready_for_three() -> Answers {
        Answers {
            bridge_hold: SideSeconds {
                left: 62,
                right: 65,
            },
            stance_hold: SideSeconds {
                left: 30,
                right: 30,
            },
            pelvis_drop: PelvisDrop::Neither,
            pain: PainScores {
                low_back: 3,
                hip: 1,
                knee: 0,
                ankle: 0,
            },
            ..ready_for_two()
        }
    }

    /// Records a person made over time, each compared with the first as the app does.
    fn history(answers: &[Answers]) -> Vec<AssessmentRecord> {
        let first = answers.first().cloned();
        answers
            .iter()
            .enumerate()
            .map(|(i, a)| {
                let compare = if i == 0 { None } else { first.as_ref() };
                AssessmentRecord::new(a.clone(), (i as u64 + 1) * 28 * DAY_MS, compare)
            })
            .collect()
    }

    // --- Meaningful pain change ---

    #[test]
    fn two_points_is_a_real_change_either_way() {
        assert_eq!(meaningful_pain_change(10, 8), PainChange::Better);
        assert_eq!(meaningful_pain_change(6, 4), PainChange::Better);
        assert_eq!(meaningful_pain_change(5, 7), PainChange::Worse);
        assert_eq!(meaningful_pain_change(0, 2), PainChange::Worse);
    }

    #[test]
    fn thirty_percent_of_the_start_is_a_real_change() {
        assert_eq!(meaningful_pain_change(3, 2), PainChange::Better);
        assert_eq!(meaningful_pain_change(1, 2), PainChange::Worse);
        assert_eq!(meaningful_pain_change(1, 0), PainChange::Better);
        assert_eq!(meaningful_pain_change(4, 3), PainChange::NoRealChange);
    }

    #[test]
    fn smaller_changes_are_noise() {
        assert_eq!(meaningful_pain_change(5, 5), PainChange::NoRealChange);
        assert_eq!(meaningful_pain_change(6, 5), PainChange::NoRealChange);
        assert_eq!(meaningful_pain_change(6, 7), PainChange::NoRealChange);
        assert_eq!(meaningful_pain_change(10, 9), PainChange::NoRealChange);
    }

    #[test]
    fn the_percent_rule_does_not_apply_from_zero() {
        assert_eq!(meaningful_pain_change(0, 1), PainChange::NoRealChange);
        assert_eq!(meaningful_pain_change(0, 0), PainChange::NoRealChange);
    }

    #[test]
    fn the_change_rule_agrees_with_the_plans_pain_check() {
        for first in 0..=10 {
            for latest in (PAIN_LOW_ENOUGH + 1)..=10 {
                assert_eq!(
                    meaningful_pain_change(first, latest) == PainChange::Better,
                    latest <= pain_aim_at_most(first),
                    "{first} -> {latest}"
                );
            }
        }
    }

    #[test]
    fn the_rules_constants_are_the_clinical_notes_numbers() {
        assert_eq!(MEANINGFUL_CHANGE_POINTS, 2);
        assert_eq!(MEANINGFUL_CHANGE_PERCENT, 30);
    }

    // --- Noise band ---

    #[test]
    fn the_band_is_two_points_or_thirty_percent_wide_on_each_side() {
        assert_eq!(noise_band(0), (-2.0, 2.0));
        assert_eq!(noise_band(5), (3.5, 6.5));
        assert_eq!(noise_band(10), (8.0, 12.0));
    }

    #[test]
    fn a_score_strictly_inside_the_band_is_no_real_change() {
        for baseline in 0..=10u8 {
            let (low, high) = noise_band(baseline);
            assert!(low < f32::from(baseline) && f32::from(baseline) < high);
            for latest in 0..=10u8 {
                let inside = low < f32::from(latest) && f32::from(latest) < high;
                assert_eq!(
                    inside,
                    meaningful_pain_change(baseline, latest) == PainChange::NoRealChange,
                    "{baseline} -> {latest}, band {low}..{high}"
                );
            }
        }
    }

    // --- Pain series ---

    #[test]
    fn the_pain_series_is_oldest_first_with_the_worst_area() {
        let mut records = history(&[start(), ready_for_three()]);
        records.reverse();
        assert_eq!(
            pain_series(&records),
            vec![
                PainPoint {
                    taken_at_ms: 28 * DAY_MS,
                    worst: 6
                },
                PainPoint {
                    taken_at_ms: 56 * DAY_MS,
                    worst: 3
                },
            ]
        );
    }

    // --- Progress summary ---

    #[test]
    fn no_history_has_no_summary() {
        assert_eq!(progress_summary(&[]), None);
    }

    #[test]
    fn one_check_asks_for_another_and_compares_nothing() {
        let summary = progress_summary(&history(&[start()])).unwrap();
        assert_eq!(summary.assessments, 1);
        assert_eq!(summary.headline, text::ONE_CHECK_ONLY);
        assert_eq!(summary.pain, None);
        assert_eq!(summary.training_phase, PhaseNumber::One);
        assert!(!summary.ready());
        assert_eq!(summary.next.map(|n| n.phase), Some(PhaseNumber::Two));
    }

    #[test]
    fn meeting_every_check_gives_a_ready_headline_built_from_the_values() {
        let summary = progress_summary(&history(&[start(), ready_for_two()])).unwrap();
        assert!(summary.ready());
        assert_eq!(summary.training_phase, PhaseNumber::One);
        assert_eq!(summary.phase_now, PhaseNumber::Two);
        assert_eq!(
            summary.headline,
            "You clearly feel your glutes, both bridge holds are 35 s or more, your sides are \
only 3 s apart and no cramp or back taking over: ready for phase 2"
        );
        assert_eq!(
            summary.phase_line,
            text::phase_line(PhaseNumber::One, PhaseNumber::Two)
        );
    }

    #[test]
    fn the_evidence_is_the_plans_own_for_the_latest_check() {
        let first = start();
        let latest = ready_for_two();
        let summary = progress_summary(&history(&[first.clone(), latest.clone()])).unwrap();
        let next = summary.next.unwrap();
        assert_eq!(next.phase, PhaseNumber::Two);
        for result in &next.results {
            assert_eq!(
                result.evidence,
                result.criterion.evidence(&latest, Some(&first))
            );
        }
    }

    #[test]
    fn missing_checks_give_a_count_not_a_promise() {
        let partly = Answers {
            glute_feel: GluteFeel::Clearly,
            compensation: YesNoUnsure::No,
            ..start()
        };
        let summary = progress_summary(&history(&[start(), partly])).unwrap();
        assert!(!summary.ready());
        assert_eq!(summary.phase_now, PhaseNumber::One);
        assert_eq!(
            summary.headline,
            "3 of 4 checks for phase 2 met so far: keep going with phase 1"
        );
    }

    #[test]
    fn the_next_phase_is_judged_from_the_phase_trained_since_the_last_check() {
        let records = history(&[start(), ready_for_two(), ready_for_three()]);
        assert_eq!(records[1].phase, PhaseNumber::Two);
        let summary = progress_summary(&records).unwrap();
        assert_eq!(summary.training_phase, PhaseNumber::Two);
        assert_eq!(summary.phase_now, PhaseNumber::Three);
        assert!(summary.ready());
        assert_eq!(
            summary.headline,
            "Both bridge holds are 62 s or more, you stand on each leg for 30 s or more, your \
pelvis stays level and your worst pain is down from 6 to 3: ready for phase 3"
        );
    }

    #[test]
    fn low_pain_is_said_as_low_not_as_a_drop() {
        let calm = Answers {
            pain: PainScores {
                low_back: 1,
                hip: 0,
                knee: 0,
                ankle: 0,
            },
            ..ready_for_three()
        };
        let summary = progress_summary(&history(&[start(), ready_for_two(), calm])).unwrap();
        assert!(summary
            .headline
            .contains("your worst pain is only 1 out of 10"));
    }

    #[test]
    fn in_the_last_phase_there_is_nothing_left_to_unlock() {
        let records = history(&[start(), ready_for_three(), ready_for_three()]);
        let summary = progress_summary(&records).unwrap();
        assert_eq!(summary.training_phase, PhaseNumber::Three);
        assert_eq!(summary.next, None);
        assert!(!summary.ready());
        assert_eq!(summary.headline, text::LAST_PHASE_HEADLINE);
    }

    #[test]
    fn pain_progress_compares_the_latest_with_the_first() {
        let summary = progress_summary(&history(&[start(), ready_for_three()])).unwrap();
        let pain = summary.pain.unwrap();
        assert_eq!((pain.first, pain.latest), (6, 3));
        assert_eq!(pain.change, PainChange::Better);
        assert_eq!(pain.noise_band, noise_band(6));
        assert_eq!(pain.line, text::pain_line(6, 3, PainChange::Better));
    }

    #[test]
    fn the_order_records_are_given_in_does_not_matter() {
        let records = history(&[start(), ready_for_two(), ready_for_three()]);
        let mut shuffled = records.clone();
        shuffled.rotate_left(1);
        assert_eq!(progress_summary(&shuffled), progress_summary(&records));
        let summary = progress_summary(&shuffled).unwrap();
        assert_eq!(summary.first_taken_at_ms, 28 * DAY_MS);
        assert_eq!(summary.latest_taken_at_ms, 84 * DAY_MS);
        assert_eq!(summary.assessments, 3);
    }
}
