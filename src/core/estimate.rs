//! The recovery estimate: two honest week ranges (first noticeable change, full integration),
//! split into the three phases, with every factor's contribution in whole weeks.
//!
//! The result is always `baseline + sum of contributions`, exactly, at each of the four ends.
//! When a range is held inside the evidence bounds, that adjustment is its own listed entry,
//! so nothing is hidden. All numbers live in `model`; all wording in `content::factors`.

use crate::core::answers::{Answers, BreakCommitment, SittingDay, Trend};
use crate::core::content::factors as text;
use crate::core::content::sources::Source;
use crate::core::model::{
    Effect, ADHERENCE_EFFECT_HIGH, ADHERENCE_EFFECT_LOW, ADHERENCE_EFFECT_MEDIUM,
    ADHERENCE_EFFECT_MINIMAL, ADHERENCE_HIGH_FROM_DAYS, ADHERENCE_LOW_FROM_DAYS,
    ADHERENCE_MEDIUM_FROM_DAYS, BASELINE_FIRST_CHANGE_WEEKS, BASELINE_FULL_INTEGRATION_WEEKS,
    BREAKS_EFFECT_NO, BREAKS_EFFECT_SOMETIMES, BREAKS_EFFECT_YES, CHRONICITY_EFFECT_CHRONIC,
    CHRONICITY_EFFECT_PERSISTENT, CHRONICITY_EFFECT_RECENT, COMPLICATING_BOTH_EFFECT,
    COMPLICATING_ONE_EFFECT, FIRST_CHANGE_FLOOR_WEEKS, FULL_INTEGRATION_FLOOR_WEEKS, MODEL_VERSION,
    NO_EFFECT, PHASE_ACTIVATION_PERCENT, PHASE_STRENGTH_PERCENT, SEVERITY_EFFECT_MILD,
    SEVERITY_EFFECT_MODERATE, SEVERITY_EFFECT_SEVERE, SITTING_BAND_UPPER_HALF_HOURS,
    SITTING_EFFECT, TIMELINE_CAP_WEEKS, TREND_WORSE_EFFECT,
};
use crate::core::severity::{chronicity, severity_level, Chronicity, SeverityLevel};

/// A span of whole weeks. `open_ended` means the high end reached the six-month cap and is
/// shown as "26+": the evidence cannot say how much longer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WeekRange {
    pub low: u16,
    pub high: u16,
    pub open_ended: bool,
}

impl WeekRange {
    /// As a person reads it, e.g. "6-8 weeks" or "20-26+ weeks".
    pub fn describe(&self) -> String {
        text::describe_weeks(self)
    }
}

/// What moved the estimate away from the baseline.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Factor {
    Adherence,
    SittingTime,
    Breaks,
    Severity,
    Chronicity,
    Trend,
    ComplicatingCondition,
    /// The range was held inside what the evidence supports (a shorter or longer estimate
    /// would be made up). Listed so the contributions still add up exactly.
    EvidenceBounds,
}

/// Weeks one factor added to each end of each range, with a plain reason and its source.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct FactorContribution {
    pub factor: Factor,
    /// (to the low end, to the high end)
    pub first_change: (i16, i16),
    /// (to the low end, to the high end)
    pub full_integration: (i16, i16),
    pub reason: &'static str,
    pub source: Source,
}

/// Where every estimate starts: the article's best case.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Baseline {
    pub first_change: (u16, u16),
    pub full_integration: (u16, u16),
    pub reason: &'static str,
    pub source: Source,
}

pub const BASELINE: Baseline = Baseline {
    first_change: BASELINE_FIRST_CHANGE_WEEKS,
    full_integration: BASELINE_FULL_INTEGRATION_WEEKS,
    reason: text::BASELINE_REASON,
    source: Source::Article,
};

#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct RecoveryEstimate {
    pub model_version: u16,
    /// When a first noticeable change (strength, less secondary pain) is likely.
    pub first_change: WeekRange,
    /// When all three phases are likely done.
    pub full_integration: WeekRange,
    /// Activation, strengthening, integration. Lows add up to `full_integration.low`, highs
    /// to `full_integration.high`; the last phase carries the open end.
    pub phases: [WeekRange; 3],
    /// Every factor considered, in a fixed order, including those that added nothing.
    pub factors: Vec<FactorContribution>,
    pub baseline: Baseline,
}

/// How often the routine is done, in the bands the model weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AdherenceLevel {
    /// 6-7 days a week.
    High,
    /// 4-5 days.
    Medium,
    /// 2-3 days.
    Low,
    /// 0-1 days.
    Minimal,
}

impl AdherenceLevel {
    pub fn from_days(days: u8) -> Self {
        if days >= ADHERENCE_HIGH_FROM_DAYS {
            AdherenceLevel::High
        } else if days >= ADHERENCE_MEDIUM_FROM_DAYS {
            AdherenceLevel::Medium
        } else if days >= ADHERENCE_LOW_FROM_DAYS {
            AdherenceLevel::Low
        } else {
            AdherenceLevel::Minimal
        }
    }

    fn effect(self) -> Effect {
        match self {
            AdherenceLevel::High => ADHERENCE_EFFECT_HIGH,
            AdherenceLevel::Medium => ADHERENCE_EFFECT_MEDIUM,
            AdherenceLevel::Low => ADHERENCE_EFFECT_LOW,
            AdherenceLevel::Minimal => ADHERENCE_EFFECT_MINIMAL,
        }
    }
}

/// Daily sitting, in the bands the model weighs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SittingBand {
    UpTo6Hours,
    UpTo8Hours,
    UpTo10Hours,
    Over10Hours,
}

impl SittingBand {
    pub fn from_half_hours(half_hours: u16) -> Self {
        let [six, eight, ten] = SITTING_BAND_UPPER_HALF_HOURS;
        if half_hours <= six {
            SittingBand::UpTo6Hours
        } else if half_hours <= eight {
            SittingBand::UpTo8Hours
        } else if half_hours <= ten {
            SittingBand::UpTo10Hours
        } else {
            SittingBand::Over10Hours
        }
    }

    fn effect(self, breaks: BreakCommitment) -> Effect {
        let row = match self {
            SittingBand::UpTo6Hours => 0,
            SittingBand::UpTo8Hours => 1,
            SittingBand::UpTo10Hours => 2,
            SittingBand::Over10Hours => 3,
        };
        let column = match breaks {
            BreakCommitment::No => 0,
            BreakCommitment::Sometimes => 1,
            BreakCommitment::Yes => 2,
        };
        SITTING_EFFECT[row][column]
    }
}

/// The things a person can change, for the what-if sliders.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct WhatIf {
    /// Days a week of the routine; above 7 counts as 7.
    pub routine_days: u8,
    /// Daily sitting in half hours; above a whole day counts as a whole day.
    pub sitting_half_hours: u16,
    /// Getting up every 30-45 minutes from now on.
    pub breaks_often: BreakCommitment,
}

impl WhatIf {
    /// The person's own answers, so `estimate_what_if(a, &WhatIf::from_answers(a))` is
    /// `estimate(a)`.
    pub fn from_answers(a: &Answers) -> Self {
        WhatIf {
            routine_days: a.routine_days,
            sitting_half_hours: a.sitting.total_half_hours(),
            breaks_often: a.breaks_often(),
        }
    }
}

/// The estimate for the person's own answers.
pub fn estimate(a: &Answers) -> RecoveryEstimate {
    estimate_what_if(a, &WhatIf::from_answers(a))
}

/// The estimate if the person changed what `what_if` holds; everything else from `a`.
/// Cheap enough for a slider: the factors list is the only allocation.
pub fn estimate_what_if(a: &Answers, what_if: &WhatIf) -> RecoveryEstimate {
    let routine_days = what_if.routine_days.min(Answers::MAX_ROUTINE_DAYS);
    let sitting = what_if
        .sitting_half_hours
        .min(SittingDay::MAX_TOTAL_HALF_HOURS);
    let adherence = AdherenceLevel::from_days(routine_days);
    let band = SittingBand::from_half_hours(sitting);
    let breaks = what_if.breaks_often;
    let level = severity_level(a);
    let history = chronicity(a.onset);

    // Room for the seven factors and up to two bounds entries, so pushing never reallocates.
    let mut factors = Vec::with_capacity(9);
    let mut add = |factor, effect: Effect, reason, source| {
        factors.push(FactorContribution {
            factor,
            first_change: effect.first_change,
            full_integration: effect.full_integration,
            reason,
            source,
        })
    };
    add(
        Factor::Adherence,
        adherence.effect(),
        text::adherence_reason(adherence),
        Source::Article,
    );
    add(
        Factor::SittingTime,
        band.effect(breaks),
        text::sitting_reason(band, breaks),
        Source::Article,
    );
    add(
        Factor::Breaks,
        breaks_effect(breaks),
        text::breaks_reason(breaks),
        Source::Article,
    );
    add(
        Factor::Severity,
        severity_effect(level),
        text::severity_reason(level),
        Source::Article,
    );
    add(
        Factor::Chronicity,
        chronicity_effect(history),
        text::chronicity_reason(history),
        Source::Article,
    );
    add(
        Factor::Trend,
        trend_effect(a.trend),
        text::trend_reason(a.trend),
        Source::NaturalCourse,
    );
    add(
        Factor::ComplicatingCondition,
        complicating_effect(a.disc_problem, a.nerve_signs),
        text::complicating_reason(a.disc_problem, a.nerve_signs),
        Source::Article,
    );

    let raw = Ends::baseline().plus_all(&factors);
    let first_bounds = (FIRST_CHANGE_FLOOR_WEEKS, TIMELINE_CAP_WEEKS);
    let full_bounds = (FULL_INTEGRATION_FLOOR_WEEKS, TIMELINE_CAP_WEEKS);
    let clamped = Ends([
        clamp(raw.0[0], first_bounds),
        clamp(raw.0[1], first_bounds),
        clamp(raw.0[2], full_bounds),
        clamp(raw.0[3], full_bounds),
    ]);
    push_bounds_entries(&mut factors, &raw, &clamped);

    let first_change = week_range(clamped.0[0], clamped.0[1]);
    let full_integration = week_range(clamped.0[2], clamped.0[3]);
    RecoveryEstimate {
        model_version: MODEL_VERSION,
        first_change,
        full_integration,
        phases: phases(full_integration),
        factors,
        baseline: BASELINE,
    }
}

fn breaks_effect(breaks: BreakCommitment) -> Effect {
    match breaks {
        BreakCommitment::Yes => BREAKS_EFFECT_YES,
        BreakCommitment::Sometimes => BREAKS_EFFECT_SOMETIMES,
        BreakCommitment::No => BREAKS_EFFECT_NO,
    }
}

fn severity_effect(level: SeverityLevel) -> Effect {
    match level {
        SeverityLevel::Mild => SEVERITY_EFFECT_MILD,
        SeverityLevel::Moderate => SEVERITY_EFFECT_MODERATE,
        SeverityLevel::Severe => SEVERITY_EFFECT_SEVERE,
    }
}

fn chronicity_effect(history: Chronicity) -> Effect {
    match history {
        Chronicity::Recent => CHRONICITY_EFFECT_RECENT,
        Chronicity::Persistent => CHRONICITY_EFFECT_PERSISTENT,
        Chronicity::Chronic => CHRONICITY_EFFECT_CHRONIC,
    }
}

fn trend_effect(trend: Trend) -> Effect {
    match trend {
        Trend::Worse => TREND_WORSE_EFFECT,
        Trend::Same | Trend::Better => NO_EFFECT,
    }
}

fn complicating_effect(disc_problem: bool, nerve_signs: bool) -> Effect {
    match (disc_problem, nerve_signs) {
        (false, false) => NO_EFFECT,
        (true, true) => COMPLICATING_BOTH_EFFECT,
        _ => COMPLICATING_ONE_EFFECT,
    }
}

/// The four ends in a fixed order: first change low, high; full integration low, high.
/// Kept wide (i32) so no sum of contributions can overflow before clamping.
struct Ends([i32; 4]);

impl Ends {
    fn baseline() -> Self {
        let (fl, fh) = BASELINE.first_change;
        let (il, ih) = BASELINE.full_integration;
        Ends([fl.into(), fh.into(), il.into(), ih.into()])
    }

    fn plus_all(mut self, factors: &[FactorContribution]) -> Self {
        for f in factors {
            self.0[0] += i32::from(f.first_change.0);
            self.0[1] += i32::from(f.first_change.1);
            self.0[2] += i32::from(f.full_integration.0);
            self.0[3] += i32::from(f.full_integration.1);
        }
        self
    }
}

fn clamp(weeks: i32, (floor, cap): (u16, u16)) -> i32 {
    weeks.clamp(floor.into(), cap.into())
}

/// Weeks as i16 for a contribution. Bounds differences are at most a few dozen weeks, so the
/// saturation never bites; it only keeps the conversion panic-free.
fn weeks_i16(weeks: i32) -> i16 {
    weeks.clamp(i16::MIN.into(), i16::MAX.into()) as i16
}

/// Adds one entry for ends raised to a floor and one for ends cut to the cap, if any.
fn push_bounds_entries(factors: &mut Vec<FactorContribution>, raw: &Ends, clamped: &Ends) {
    let delta: [i32; 4] = std::array::from_fn(|i| clamped.0[i] - raw.0[i]);
    let raised = delta.map(|d| weeks_i16(d.max(0)));
    let cut = delta.map(|d| weeks_i16(d.min(0)));
    for (part, reason) in [
        (raised, text::BOUNDS_FLOOR_REASON),
        (cut, text::BOUNDS_CAP_REASON),
    ] {
        if part.iter().any(|&d| d != 0) {
            factors.push(FactorContribution {
                factor: Factor::EvidenceBounds,
                first_change: (part[0], part[1]),
                full_integration: (part[2], part[3]),
                reason,
                source: Source::Article,
            });
        }
    }
}

fn week_range(low: i32, high: i32) -> WeekRange {
    // Both ends are already clamped into 0..=TIMELINE_CAP_WEEKS, so the conversion is exact.
    let low = u16::try_from(low).unwrap_or(TIMELINE_CAP_WEEKS);
    let high = u16::try_from(high).unwrap_or(TIMELINE_CAP_WEEKS);
    WeekRange {
        low,
        high,
        open_ended: high >= TIMELINE_CAP_WEEKS,
    }
}

/// Splits whole weeks across the phases: activation and strengthening take their share
/// (rounded down), integration takes the rest, so the parts always add up.
fn split_across_phases(weeks: u16) -> [u16; 3] {
    let weeks32 = u32::from(weeks);
    let activation = weeks32 * u32::from(PHASE_ACTIVATION_PERCENT) / 100;
    let through_strength =
        weeks32 * u32::from(PHASE_ACTIVATION_PERCENT + PHASE_STRENGTH_PERCENT) / 100;
    // Both shares are at most `weeks`, so these fit back into u16.
    let activation = activation as u16;
    let through_strength = through_strength as u16;
    [
        activation,
        through_strength - activation,
        weeks - through_strength,
    ]
}

/// The lows split the full range's low end; the highs add a split of its width on top, so
/// each phase keeps low <= high and both ends add up exactly.
fn phases(full: WeekRange) -> [WeekRange; 3] {
    let lows = split_across_phases(full.low);
    let extra = split_across_phases(full.high.saturating_sub(full.low));
    std::array::from_fn(|i| WeekRange {
        low: lows[i],
        high: lows[i] + extra[i],
        open_ended: i == 2 && full.open_ended,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{
        BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop, PostureSign, SideSeconds,
        YesNoUnsure,
    };
    use crate::core::draft::strategy::arb_answers;
    use crate::core::examples::best_case;
    use proptest::prelude::*;

    /// Everything pointing the slow way at once.
    fn worst_case() -> Answers {
        Answers {
            sitting: SittingDay { half_hours: 32 },
            breaks: BreakFrequency::Rarely,
            break_commitment: Some(BreakCommitment::No),
            pain: PainScores {
                low_back: 9,
                hip: 8,
                knee: 5,
                ankle: 2,
            },
            balance_problems: true,
            posture_signs: PostureSign::ALL.into_iter().collect(),
            compensation: YesNoUnsure::Yes,
            onset: Onset::Years,
            trend: Trend::Worse,
            glute_feel: GluteFeel::NotAtAll,
            bridge_hold: SideSeconds { left: 5, right: 20 },
            stance_hold: SideSeconds { left: 5, right: 8 },
            pelvis_drop: PelvisDrop::BothSides,
            disc_problem: true,
            nerve_signs: true,
            clinician_cleared: Some(true),
            routine_days: 0,
            ..best_case()
        }
    }

    fn contribution(e: &RecoveryEstimate, factor: Factor) -> FactorContribution {
        let found: Vec<_> = e.factors.iter().filter(|f| f.factor == factor).collect();
        assert_eq!(found.len(), 1, "{factor:?} in {:?}", e.factors);
        *found[0]
    }

    fn ends(e: &RecoveryEstimate) -> [u16; 4] {
        [
            e.first_change.low,
            e.first_change.high,
            e.full_integration.low,
            e.full_integration.high,
        ]
    }

    fn never_shorter(after: &RecoveryEstimate, before: &RecoveryEstimate) -> bool {
        ends(after).iter().zip(ends(before)).all(|(a, b)| *a >= b)
    }

    #[test]
    fn the_best_case_is_the_articles_six_to_eight_weeks() {
        let e = estimate(&best_case());
        assert_eq!(
            e.first_change,
            WeekRange {
                low: 6,
                high: 8,
                open_ended: false
            }
        );
        assert_eq!(
            (e.full_integration.low, e.full_integration.high),
            BASELINE_FULL_INTEGRATION_WEEKS
        );
        assert!(e.factors.iter().all(|f| f.first_change == (0, 0)
            && f.full_integration == (0, 0)
            && f.factor != Factor::EvidenceBounds));
    }

    #[test]
    fn every_factor_is_listed_even_when_it_adds_nothing() {
        let e = estimate(&best_case());
        let listed: Vec<Factor> = e.factors.iter().map(|f| f.factor).collect();
        assert_eq!(
            listed,
            vec![
                Factor::Adherence,
                Factor::SittingTime,
                Factor::Breaks,
                Factor::Severity,
                Factor::Chronicity,
                Factor::Trend,
                Factor::ComplicatingCondition,
            ]
        );
        assert!(e.factors.iter().all(|f| !f.reason.is_empty()));
    }

    #[test]
    fn the_estimate_carries_the_model_version_and_baseline() {
        let e = estimate(&best_case());
        assert_eq!(e.model_version, MODEL_VERSION);
        assert_eq!(e.baseline, BASELINE);
    }

    #[test]
    fn adherence_bands_follow_routine_days() {
        let bands: Vec<_> = (0..=7).map(AdherenceLevel::from_days).collect();
        use AdherenceLevel::*;
        assert_eq!(
            bands,
            vec![Minimal, Minimal, Low, Low, Medium, Medium, High, High]
        );
    }

    #[test]
    fn fewer_routine_days_add_weeks_from_the_adherence_table() {
        let a = Answers {
            routine_days: 3,
            ..best_case()
        };
        let c = contribution(&estimate(&a), Factor::Adherence);
        assert_eq!(c.first_change, ADHERENCE_EFFECT_LOW.first_change);
        assert_eq!(c.full_integration, ADHERENCE_EFFECT_LOW.full_integration);
        assert_eq!(c.reason, text::adherence_reason(AdherenceLevel::Low));
    }

    #[test]
    fn sitting_bands_follow_total_half_hours() {
        use SittingBand::*;
        assert_eq!(SittingBand::from_half_hours(0), UpTo6Hours);
        assert_eq!(SittingBand::from_half_hours(12), UpTo6Hours);
        assert_eq!(SittingBand::from_half_hours(13), UpTo8Hours);
        assert_eq!(SittingBand::from_half_hours(16), UpTo8Hours);
        assert_eq!(SittingBand::from_half_hours(17), UpTo10Hours);
        assert_eq!(SittingBand::from_half_hours(20), UpTo10Hours);
        assert_eq!(SittingBand::from_half_hours(21), Over10Hours);
        assert_eq!(SittingBand::from_half_hours(48), Over10Hours);
    }

    #[test]
    fn getting_up_often_softens_long_sitting() {
        let long = |breaks, commitment| Answers {
            sitting: SittingDay { half_hours: 22 },
            breaks,
            break_commitment: commitment,
            ..best_case()
        };
        let often = estimate(&long(BreakFrequency::Every30To45Minutes, None));
        let never = estimate(&long(BreakFrequency::Rarely, Some(BreakCommitment::No)));
        let sitting_often = contribution(&often, Factor::SittingTime);
        let sitting_never = contribution(&never, Factor::SittingTime);
        assert!(sitting_often.full_integration.1 < sitting_never.full_integration.1);
        assert_eq!(
            contribution(&never, Factor::Breaks).full_integration,
            BREAKS_EFFECT_NO.full_integration
        );
    }

    #[test]
    fn a_break_commitment_counts_like_already_getting_up_often() {
        let already = estimate(&best_case());
        let committed = estimate(&Answers {
            breaks: BreakFrequency::Rarely,
            break_commitment: Some(BreakCommitment::Yes),
            ..best_case()
        });
        assert_eq!(ends(&already), ends(&committed));
    }

    #[test]
    fn severity_and_chronicity_add_from_their_tables() {
        let a = Answers {
            onset: Onset::Years,
            glute_feel: GluteFeel::NotAtAll,
            compensation: YesNoUnsure::Yes,
            pelvis_drop: PelvisDrop::BothSides,
            bridge_hold: SideSeconds {
                left: 10,
                right: 25,
            },
            ..best_case()
        };
        let e = estimate(&a);
        let s = contribution(&e, Factor::Severity);
        assert_eq!(s.first_change, SEVERITY_EFFECT_SEVERE.first_change);
        let c = contribution(&e, Factor::Chronicity);
        assert_eq!(
            c.full_integration,
            CHRONICITY_EFFECT_CHRONIC.full_integration
        );
        assert_eq!(c.reason, text::chronicity_reason(Chronicity::Chronic));
    }

    #[test]
    fn a_worsening_trend_adds_and_an_easing_one_does_not_subtract() {
        let worse = estimate(&Answers {
            trend: Trend::Worse,
            ..best_case()
        });
        assert_eq!(
            contribution(&worse, Factor::Trend).full_integration,
            TREND_WORSE_EFFECT.full_integration
        );
        let better = estimate(&Answers {
            trend: Trend::Better,
            ..best_case()
        });
        assert_eq!(contribution(&better, Factor::Trend).first_change, (0, 0));
        assert_eq!(
            contribution(&better, Factor::Trend).source,
            Source::NaturalCourse
        );
    }

    #[test]
    fn a_disc_problem_pushes_full_integration_toward_six_months() {
        let disc = estimate(&Answers {
            disc_problem: true,
            clinician_cleared: Some(true),
            ..best_case()
        });
        assert_eq!(
            contribution(&disc, Factor::ComplicatingCondition).full_integration,
            COMPLICATING_ONE_EFFECT.full_integration
        );
        assert!(disc.full_integration.high >= 24);
        let both = estimate(&Answers {
            disc_problem: true,
            nerve_signs: true,
            clinician_cleared: Some(true),
            ..best_case()
        });
        assert!(never_shorter(&both, &disc));
    }

    #[test]
    fn the_worst_case_is_open_ended_with_an_explicit_cap_entry() {
        let e = estimate(&worst_case());
        assert_eq!(
            e.full_integration,
            WeekRange {
                low: TIMELINE_CAP_WEEKS,
                high: TIMELINE_CAP_WEEKS,
                open_ended: true
            }
        );
        assert!(e.phases[2].open_ended && !e.phases[0].open_ended && !e.phases[1].open_ended);
        let cap = contribution(&e, Factor::EvidenceBounds);
        assert_eq!(cap.reason, text::BOUNDS_CAP_REASON);
        assert!(cap.full_integration.0 < 0 && cap.full_integration.1 < 0);
        assert_eq!(
            e.factors.last().map(|f| f.factor),
            Some(Factor::EvidenceBounds)
        );
    }

    #[test]
    fn ends_below_a_floor_are_raised_by_their_own_entry() {
        // No factor subtracts today, so exercise the bounds step directly.
        let raw = Ends([4, 7, 10, 14]);
        let clamped = Ends([6, 7, 12, 14]);
        let mut factors = Vec::new();
        push_bounds_entries(&mut factors, &raw, &clamped);
        assert_eq!(
            factors,
            vec![FactorContribution {
                factor: Factor::EvidenceBounds,
                first_change: (2, 0),
                full_integration: (2, 0),
                reason: text::BOUNDS_FLOOR_REASON,
                source: Source::Article,
            }]
        );
        assert_eq!(clamp(4, (FIRST_CHANGE_FLOOR_WEEKS, TIMELINE_CAP_WEEKS)), 6);
        assert_eq!(
            clamp(-30, (FULL_INTEGRATION_FLOOR_WEEKS, TIMELINE_CAP_WEEKS)),
            12
        );
    }

    #[test]
    fn ends_inside_the_bounds_get_no_bounds_entry() {
        let e = estimate(&Answers {
            routine_days: 4,
            ..best_case()
        });
        assert!(e.factors.iter().all(|f| f.factor != Factor::EvidenceBounds));
    }

    #[test]
    fn a_range_is_open_ended_exactly_when_it_reaches_the_cap() {
        assert!(week_range(20, 26).open_ended);
        assert!(!week_range(20, 25).open_ended);
    }

    #[test]
    fn phases_split_the_full_range_and_add_up() {
        let p = phases(WeekRange {
            low: 12,
            high: 16,
            open_ended: false,
        });
        assert_eq!(p.map(|r| (r.low, r.high)), [(3, 4), (4, 5), (5, 7)]);
        assert_eq!(split_across_phases(0), [0, 0, 0]);
        assert_eq!(split_across_phases(1), [0, 0, 1]);
    }

    #[test]
    fn the_what_if_takes_the_changed_values_and_clamps_impossible_ones() {
        let a = worst_case();
        let changed = WhatIf {
            routine_days: 7,
            sitting_half_hours: 8,
            breaks_often: BreakCommitment::Yes,
        };
        let e = estimate_what_if(&a, &changed);
        assert_eq!(contribution(&e, Factor::Adherence).first_change, (0, 0));
        assert_eq!(contribution(&e, Factor::SittingTime).first_change, (0, 0));
        assert_eq!(contribution(&e, Factor::Breaks).first_change, (0, 0));
        assert!(ends(&e)
            .iter()
            .zip(ends(&estimate(&a)))
            .all(|(w, o)| *w <= o));
        let silly = WhatIf {
            routine_days: 200,
            sitting_half_hours: 5000,
            breaks_often: BreakCommitment::No,
        };
        let clamped = WhatIf {
            routine_days: 7,
            sitting_half_hours: 48,
            breaks_often: BreakCommitment::No,
        };
        assert_eq!(estimate_what_if(&a, &silly), estimate_what_if(&a, &clamped));
    }

    #[test]
    fn from_answers_reads_the_persons_own_values() {
        let a = Answers {
            routine_days: 3,
            sitting: SittingDay { half_hours: 10 },
            breaks: BreakFrequency::EveryHourOrTwo,
            break_commitment: Some(BreakCommitment::Sometimes),
            ..best_case()
        };
        assert_eq!(
            WhatIf::from_answers(&a),
            WhatIf {
                routine_days: 3,
                sitting_half_hours: 10,
                breaks_often: BreakCommitment::Sometimes,
            }
        );
    }

    // ---- property tests over every valid set of answers ----

    fn later_onset(onset: Onset) -> Option<Onset> {
        match onset {
            Onset::Weeks => Some(Onset::Months),
            Onset::Months => Some(Onset::Years),
            Onset::Years => None,
        }
    }

    fn worse_feel(feel: GluteFeel) -> Option<GluteFeel> {
        match feel {
            GluteFeel::Clearly => Some(GluteFeel::ALittle),
            GluteFeel::ALittle => Some(GluteFeel::NotAtAll),
            GluteFeel::NotAtAll => None,
        }
    }

    /// "Not checked" scores like a level pelvis: no evidence either way.
    fn worse_drop(drop: PelvisDrop) -> Option<PelvisDrop> {
        match drop {
            PelvisDrop::Neither | PelvisDrop::NotChecked => Some(PelvisDrop::OneSide),
            PelvisDrop::OneSide => Some(PelvisDrop::BothSides),
            PelvisDrop::BothSides => None,
        }
    }

    fn fewer_breaks(b: BreakCommitment) -> Option<BreakCommitment> {
        match b {
            BreakCommitment::Yes => Some(BreakCommitment::Sometimes),
            BreakCommitment::Sometimes => Some(BreakCommitment::No),
            BreakCommitment::No => None,
        }
    }

    /// Words that say a factor slowed things: never beside a factor that added nothing.
    const SLOWING_WORDS: [&str; 6] = ["slow", "adds", "longer", "against", "too few", "stretch"];

    #[test]
    fn a_reason_that_speaks_of_slowing_never_stands_beside_no_change() {
        for half_hours in 0..=SittingDay::MAX_TOTAL_HALF_HOURS {
            for breaks in BreakCommitment::ALL {
                for days in 0..=Answers::MAX_ROUTINE_DAYS {
                    let what_if = WhatIf {
                        routine_days: days,
                        sitting_half_hours: half_hours,
                        breaks_often: breaks,
                    };
                    for f in estimate_what_if(&best_case(), &what_if).factors {
                        let nothing = f.first_change == (0, 0) && f.full_integration == (0, 0);
                        let slowing = SLOWING_WORDS.iter().any(|w| f.reason.contains(w));
                        assert!(!(nothing && slowing), "{what_if:?}: {f:?}");
                    }
                }
            }
        }
    }

    proptest! {
        #[test]
        fn ranges_are_ordered_bounded_and_open_only_at_the_cap(a in arb_answers()) {
            let e = estimate(&a);
            for (r, floor) in [
                (e.first_change, FIRST_CHANGE_FLOOR_WEEKS),
                (e.full_integration, FULL_INTEGRATION_FLOOR_WEEKS),
            ] {
                prop_assert!(r.low <= r.high);
                prop_assert!(r.low >= floor && r.high <= TIMELINE_CAP_WEEKS);
                prop_assert_eq!(r.open_ended, r.high == TIMELINE_CAP_WEEKS);
            }
            prop_assert!(e.first_change.low <= e.full_integration.low);
            prop_assert!(e.first_change.high <= e.full_integration.high);
            prop_assert_eq!(e.model_version, MODEL_VERSION);
        }

        #[test]
        fn contributions_sum_exactly_to_result_minus_baseline(a in arb_answers()) {
            let e = estimate(&a);
            let sum = |pick: fn(&FactorContribution) -> i16| -> i32 {
                e.factors.iter().map(|f| i32::from(pick(f))).sum()
            };
            let b = e.baseline;
            prop_assert_eq!(i32::from(e.first_change.low) - i32::from(b.first_change.0), sum(|f| f.first_change.0));
            prop_assert_eq!(i32::from(e.first_change.high) - i32::from(b.first_change.1), sum(|f| f.first_change.1));
            prop_assert_eq!(i32::from(e.full_integration.low) - i32::from(b.full_integration.0), sum(|f| f.full_integration.0));
            prop_assert_eq!(i32::from(e.full_integration.high) - i32::from(b.full_integration.1), sum(|f| f.full_integration.1));
        }

        #[test]
        fn phases_add_up_to_the_full_integration_range(a in arb_answers()) {
            let e = estimate(&a);
            let lows: u16 = e.phases.iter().map(|p| p.low).sum();
            let highs: u16 = e.phases.iter().map(|p| p.high).sum();
            prop_assert_eq!(lows, e.full_integration.low);
            prop_assert_eq!(highs, e.full_integration.high);
            for p in &e.phases {
                prop_assert!(p.low <= p.high);
            }
            prop_assert_eq!(e.phases[2].open_ended, e.full_integration.open_ended);
            prop_assert!(!e.phases[0].open_ended && !e.phases[1].open_ended);
        }

        #[test]
        fn what_if_with_own_values_is_the_estimate(a in arb_answers()) {
            prop_assert_eq!(estimate_what_if(&a, &WhatIf::from_answers(&a)), estimate(&a));
        }

        #[test]
        fn more_routine_days_never_lengthen(a in arb_answers()) {
            prop_assume!(a.routine_days < Answers::MAX_ROUTINE_DAYS);
            let more = Answers { routine_days: a.routine_days + 1, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&a), &estimate(&more)));
        }

        #[test]
        fn more_sitting_never_shortens(a in arb_answers(), extra in 1..=48u16) {
            // Through the answers (one more half hour) and through the what-if (any amount).
            let base = estimate(&a);
            if a.sitting.total_half_hours() < SittingDay::MAX_TOTAL_HALF_HOURS {
                let more = Answers {
                    sitting: SittingDay {
                        half_hours: a.sitting.half_hours + 1,
                    },
                    ..a.clone()
                };
                prop_assert!(never_shorter(&estimate(&more), &base));
            }
            let mut w = WhatIf::from_answers(&a);
            w.sitting_half_hours += extra;
            prop_assert!(never_shorter(&estimate_what_if(&a, &w), &base));
        }

        #[test]
        fn fewer_breaks_never_shorten(a in arb_answers()) {
            let mut w = WhatIf::from_answers(&a);
            if let Some(fewer) = fewer_breaks(w.breaks_often) {
                w.breaks_often = fewer;
                prop_assert!(never_shorter(&estimate_what_if(&a, &w), &estimate(&a)));
            }
        }

        #[test]
        fn a_longer_history_never_shortens(a in arb_answers()) {
            if let Some(onset) = later_onset(a.onset) {
                let longer = Answers { onset, ..a.clone() };
                prop_assert!(never_shorter(&estimate(&longer), &estimate(&a)));
            }
        }

        #[test]
        fn a_worse_trend_never_shortens(a in arb_answers()) {
            let worse = Answers { trend: Trend::Worse, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&worse), &estimate(&a)));
        }

        #[test]
        fn higher_pain_never_shortens(a in arb_answers(), area in 0..4usize, up in 1..=10u8) {
            let mut pain = a.pain;
            let slot = match area {
                0 => &mut pain.low_back,
                1 => &mut pain.hip,
                2 => &mut pain.knee,
                _ => &mut pain.ankle,
            };
            *slot = (*slot + up).min(PainScores::MAX);
            let worse = Answers { pain, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&worse), &estimate(&a)));
        }

        /// Lowering the weaker side, or both sides together, only ever adds signs. (Lowering
        /// only the stronger side can close a left/right gap, which removes the gap sign: that
        /// is a genuinely more even result, so it is not claimed as "weaker" here.)
        #[test]
        fn a_weaker_bridge_never_shortens(a in arb_answers(), down in 1..=300u16) {
            let base = estimate(&a);
            let SideSeconds { left, right } = a.bridge_hold;
            let weaker_side_lower = if left <= right {
                SideSeconds { left: left.saturating_sub(down), right }
            } else {
                SideSeconds { left, right: right.saturating_sub(down) }
            };
            let both_lower = SideSeconds {
                left: left.saturating_sub(down.min(left.min(right))),
                right: right.saturating_sub(down.min(left.min(right))),
            };
            for bridge_hold in [weaker_side_lower, both_lower] {
                let worse = Answers { bridge_hold, ..a.clone() };
                prop_assert!(never_shorter(&estimate(&worse), &base));
            }
        }

        #[test]
        fn a_shorter_stance_on_either_side_never_shortens(
            a in arb_answers(), left_down in 0..=120u16, right_down in 0..=120u16,
        ) {
            let stance_hold = SideSeconds {
                left: a.stance_hold.left.saturating_sub(left_down),
                right: a.stance_hold.right.saturating_sub(right_down),
            };
            let worse = Answers { stance_hold, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&worse), &estimate(&a)));
        }

        #[test]
        fn worse_glute_feel_or_pelvis_drop_never_shortens(a in arb_answers()) {
            let base = estimate(&a);
            if let Some(glute_feel) = worse_feel(a.glute_feel) {
                let worse = Answers { glute_feel, ..a.clone() };
                prop_assert!(never_shorter(&estimate(&worse), &base));
            }
            if let Some(pelvis_drop) = worse_drop(a.pelvis_drop) {
                let worse = Answers { pelvis_drop, ..a.clone() };
                prop_assert!(never_shorter(&estimate(&worse), &base));
            }
        }

        #[test]
        fn more_signs_never_shorten(a in arb_answers(), sign in prop::sample::select(PostureSign::ALL.to_vec())) {
            let base = estimate(&a);
            let mut posture_signs = a.posture_signs.clone();
            posture_signs.insert(sign);
            let more_signs = Answers { posture_signs, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&more_signs), &base));
            let compensating = Answers { compensation: YesNoUnsure::Yes, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&compensating), &base));
            let unsteady = Answers { balance_problems: true, ..a.clone() };
            prop_assert!(never_shorter(&estimate(&unsteady), &base));
        }

        #[test]
        fn adding_a_complicating_condition_never_shortens(a in arb_answers(), disc in any::<bool>()) {
            let mut more = a.clone();
            if disc { more.disc_problem = true } else { more.nerve_signs = true }
            more.clinician_cleared = a.clinician_cleared.or(Some(true));
            prop_assert!(never_shorter(&estimate(&more), &estimate(&a)));
        }

        #[test]
        fn any_what_if_is_valid_and_never_panics(
            a in arb_answers(),
            routine_days in any::<u8>(),
            sitting_half_hours in any::<u16>(),
            breaks_often in prop::sample::select(BreakCommitment::ALL.to_vec()),
        ) {
            let e = estimate_what_if(&a, &WhatIf { routine_days, sitting_half_hours, breaks_often });
            prop_assert!(e.first_change.low <= e.first_change.high);
            prop_assert!(e.full_integration.low <= e.full_integration.high);
            prop_assert!(e.full_integration.high <= TIMELINE_CAP_WEEKS);
        }
    }
}
