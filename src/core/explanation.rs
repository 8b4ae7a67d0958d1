//! "Why this range", ordered for a person: the factors that added the most weeks first, the one
//! or two that matter most named up front, sitting and breaks shown as the one cause the
//! article treats them as, the evidence bounds as a plain note instead of a bar, and each source
//! listed once.
//!
//! It only rearranges what `estimate` computed: every factor's weeks are kept as they are, so
//! the numbers shown still add up to the estimate before any bound.

use crate::core::content::sources::Source;
use crate::core::estimate::{Factor, FactorContribution, RecoveryEstimate};

/// What one row of the explanation is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Cause {
    One(Factor),
    /// Long sitting and too few breaks, when both added weeks (the article names "prolonged
    /// sitting without breaks" as one cause).
    SittingAndBreaks,
}

/// One row: the weeks a cause added, its reasons, and the number of its source in `sources`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct ExplainedCause {
    pub cause: Cause,
    /// (to the low end, to the high end)
    pub first_change: (i16, i16),
    /// (to the low end, to the high end)
    pub full_integration: (i16, i16),
    /// One reason per factor in the row.
    pub reasons: Vec<&'static str>,
    /// 1-based number into `Explanation::sources`.
    pub source_number: usize,
}

impl ExplainedCause {
    /// Whether the cause added any time at all, to either range.
    pub fn adds_weeks(&self) -> bool {
        adds(self.first_change) || adds(self.full_integration)
    }
}

/// How the evidence bounds changed the range, if they did.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EvidenceLimit {
    /// The sum fell below the quickest the evidence supports, so an end was raised.
    RaisedToFloor,
    /// The sum went past six months, where the evidence stops, so the range is open-ended.
    CutAtCap,
}

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Explanation {
    /// Largest effect on full recovery first; causes that added nothing come last.
    pub causes: Vec<ExplainedCause>,
    /// How many of the first `causes` to name in the opening sentence: 0, 1 or 2.
    pub leading: usize,
    pub limits: Vec<EvidenceLimit>,
    /// Every source cited, once each, numbered from 1 in this order (the baseline's first).
    pub sources: Vec<Source>,
}

impl Explanation {
    /// The causes named in the opening sentence.
    pub fn leading_causes(&self) -> &[ExplainedCause] {
        self.causes.get(..self.leading).unwrap_or(&[])
    }
}

fn adds((low, high): (i16, i16)) -> bool {
    low != 0 || high != 0
}

/// How much a cause weighs: the high end of full recovery, then its low end, then the first
/// change. Larger sorts first.
fn weight(c: &ExplainedCause) -> (i16, i16, i16, i16) {
    (
        c.full_integration.1,
        c.full_integration.0,
        c.first_change.1,
        c.first_change.0,
    )
}

fn plus((a, b): (i16, i16), (c, d): (i16, i16)) -> (i16, i16) {
    (a.saturating_add(c), b.saturating_add(d))
}

pub fn explain(estimate: &RecoveryEstimate) -> Explanation {
    let mut sources = vec![estimate.baseline.source];
    let mut number_of = |source: Source| match sources.iter().position(|s| *s == source) {
        Some(i) => i + 1,
        None => {
            sources.push(source);
            sources.len()
        }
    };

    let find = |factor: Factor| estimate.factors.iter().find(|f| f.factor == factor);
    let adds_any = |f: &FactorContribution| adds(f.first_change) || adds(f.full_integration);
    let merged = match (find(Factor::SittingTime), find(Factor::Breaks)) {
        (Some(s), Some(b)) if adds_any(s) && adds_any(b) => Some((*s, *b)),
        _ => None,
    };

    let mut limits = Vec::new();
    let mut causes = Vec::with_capacity(estimate.factors.len());
    for f in &estimate.factors {
        match f.factor {
            Factor::EvidenceBounds => {
                // Bounds entries only ever raise (floor) or lower (cap) ends.
                let limit = if [f.first_change, f.full_integration]
                    .iter()
                    .any(|(l, h)| *l > 0 || *h > 0)
                {
                    EvidenceLimit::RaisedToFloor
                } else {
                    EvidenceLimit::CutAtCap
                };
                if !limits.contains(&limit) {
                    limits.push(limit);
                }
            }
            Factor::Breaks if merged.is_some() => {}
            Factor::SittingTime if merged.is_some() => {
                if let Some((s, b)) = merged {
                    let source_number = number_of(s.source);
                    // Both come from the same source today; a different one is still listed.
                    number_of(b.source);
                    causes.push(ExplainedCause {
                        cause: Cause::SittingAndBreaks,
                        first_change: plus(s.first_change, b.first_change),
                        full_integration: plus(s.full_integration, b.full_integration),
                        reasons: vec![s.reason, b.reason],
                        source_number,
                    });
                }
            }
            factor => causes.push(ExplainedCause {
                cause: Cause::One(factor),
                first_change: f.first_change,
                full_integration: f.full_integration,
                reasons: vec![f.reason],
                source_number: number_of(f.source),
            }),
        }
    }
    // Stable: equal weights keep the estimate's fixed order.
    causes.sort_by_key(|c| std::cmp::Reverse(weight(c)));

    let leading = leading_count(&causes);
    Explanation {
        causes,
        leading,
        limits,
        sources,
    }
}

/// The largest cause is named when it adds to full recovery; the second too when it adds at
/// least half as much (so "most of your range" stays true).
fn leading_count(causes: &[ExplainedCause]) -> usize {
    let high = |i: usize| causes.get(i).map_or(0, |c| c.full_integration.1.max(0));
    match (high(0), high(1)) {
        (0, _) => 0,
        (first, second) if second > 0 && second * 2 >= first => 2,
        _ => 1,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{
        Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PelvisDrop, SideSeconds,
        SittingDay, Trend, YesNoUnsure,
    };
    use crate::core::draft::strategy::arb_answers;
    use crate::core::estimate::{estimate, estimate_what_if, WhatIf};
    use crate::core::examples::best_case;
    use proptest::prelude::*;

    fn chronic_desk_worker() -> Answers {
        Answers {
            sitting: SittingDay { half_hours: 24 },
            breaks: BreakFrequency::Rarely,
            break_commitment: Some(BreakCommitment::Sometimes),
            onset: Onset::Years,
            routine_days: 3,
            ..best_case()
        }
    }

    #[test]
    fn causes_come_largest_first_and_the_largest_is_named() {
        let e = estimate(&chronic_desk_worker());
        let x = explain(&e);
        let highs: Vec<i16> = x.causes.iter().map(|c| c.full_integration.1).collect();
        let mut sorted = highs.clone();
        sorted.sort_by(|a, b| b.cmp(a));
        assert_eq!(highs, sorted, "{x:?}");
        // Routine 3 days: +3 to +6, chronic: +3 to +5, sitting 12 h with some breaks: +1 to
        // +2 plus +1 to +1 for the breaks.
        assert_eq!(x.causes[0].cause, Cause::One(Factor::Adherence));
        assert_eq!(x.causes[1].cause, Cause::One(Factor::Chronicity));
        assert_eq!(x.leading, 2);
        assert!(x.leading_causes().iter().all(|c| c.adds_weeks()));
    }

    #[test]
    fn sitting_and_breaks_are_one_cause_when_both_add_weeks() {
        let x = explain(&estimate(&chronic_desk_worker()));
        let merged: Vec<_> = x
            .causes
            .iter()
            .filter(|c| c.cause == Cause::SittingAndBreaks)
            .collect();
        assert_eq!(merged.len(), 1);
        assert_eq!(merged[0].full_integration, (2, 3));
        assert_eq!(merged[0].reasons.len(), 2);
        assert!(!x
            .causes
            .iter()
            .any(|c| matches!(c.cause, Cause::One(Factor::SittingTime | Factor::Breaks))));

        // Breaks that add nothing leave sitting on its own row.
        let alone = explain(&estimate(&Answers {
            break_commitment: Some(BreakCommitment::Yes),
            ..chronic_desk_worker()
        }));
        assert!(alone
            .causes
            .iter()
            .any(|c| c.cause == Cause::One(Factor::SittingTime)));
        assert!(!alone
            .causes
            .iter()
            .any(|c| c.cause == Cause::SittingAndBreaks));
    }

    #[test]
    fn the_best_case_names_nothing_and_cites_the_article_once() {
        let x = explain(&estimate(&best_case()));
        assert_eq!(x.leading, 0);
        assert!(x.limits.is_empty());
        assert!(x.causes.iter().all(|c| !c.adds_weeks()));
        // The article for all but the recent-change factor, which cites the natural course.
        assert_eq!(x.sources, vec![Source::Article, Source::NaturalCourse]);
    }

    #[test]
    fn the_cap_is_a_note_not_a_cause() {
        let worst = Answers {
            sitting: SittingDay { half_hours: 24 },
            breaks: BreakFrequency::Rarely,
            break_commitment: Some(BreakCommitment::No),
            onset: Onset::Years,
            trend: Trend::Worse,
            glute_feel: GluteFeel::NotAtAll,
            compensation: YesNoUnsure::Yes,
            pelvis_drop: PelvisDrop::BothSides,
            bridge_hold: SideSeconds { left: 5, right: 30 },
            disc_problem: true,
            nerve_signs: true,
            clinician_cleared: Some(true),
            routine_days: 0,
            ..best_case()
        };
        let e = estimate(&worst);
        assert!(e.factors.iter().any(|f| f.factor == Factor::EvidenceBounds));
        let x = explain(&e);
        assert_eq!(x.limits, vec![EvidenceLimit::CutAtCap]);
        assert!(x
            .causes
            .iter()
            .all(|c| c.cause != Cause::One(Factor::EvidenceBounds)));
        assert!(x
            .causes
            .iter()
            .all(|c| c.full_integration.0 >= 0 && c.full_integration.1 >= 0));
    }

    proptest! {
        /// Nothing is lost or counted twice: the rows add up to the factors the estimate
        /// listed, less the bounds entries.
        #[test]
        fn rows_keep_every_week_of_the_factors(
            a in arb_answers(),
            days in 0..=7u8,
            sitting in 0..=48u16,
            breaks in proptest::sample::select(BreakCommitment::ALL.to_vec()),
        ) {
            let what_if = WhatIf { routine_days: days, sitting_half_hours: sitting, breaks_often: breaks };
            for e in [estimate(&a), estimate_what_if(&a, &what_if)] {
                let x = explain(&e);
                let sum = |pick: fn(&ExplainedCause) -> (i16, i16)| {
                    x.causes.iter().map(pick).fold((0, 0), plus)
                };
                let factors = e.factors.iter().filter(|f| f.factor != Factor::EvidenceBounds);
                let expected_full = factors.clone().map(|f| f.full_integration).fold((0, 0), plus);
                let expected_first = factors.map(|f| f.first_change).fold((0, 0), plus);
                prop_assert_eq!(sum(|c| c.full_integration), expected_full);
                prop_assert_eq!(sum(|c| c.first_change), expected_first);
                for pair in x.causes.windows(2) {
                    prop_assert!(weight(&pair[0]) >= weight(&pair[1]));
                }
                prop_assert!(x.leading <= 2);
                for c in &x.causes {
                    prop_assert!((1..=x.sources.len()).contains(&c.source_number));
                }
                let mut distinct = x.sources.clone();
                distinct.sort();
                distinct.dedup();
                prop_assert_eq!(distinct.len(), x.sources.len());
            }
        }
    }
}
