//! Every threshold and weight the severity score and the recovery estimate use, in one place,
//! each with the source it rests on (`crate::core::content::sources::Source`).
//!
//! A reviewer can check this file against the seed article and the clinical notes in one
//! sitting. Where a number is our own assumption (the article gives a direction, not a figure),
//! the comment says so. Changing any value here changes results: bump `MODEL_VERSION`.

use crate::core::answers::AgeBand;

/// Carried by history records and plan links, so an old result is never silently re-read with
/// different numbers.
pub const MODEL_VERSION: u16 = 1;

// ---------------------------------------------------------------------------------------------
// Self-test norms by age band
// ---------------------------------------------------------------------------------------------

// Single-leg stance, eyes open: mean seconds per age band. Source::StanceNorms (Springer et al.
// 2007, six bands). Their protocol stopped at 45 s, so the younger means sit near that ceiling;
// the self-test in this app stops at 60 s, so a hold at or above the norm only tells us "at or
// above the norm", never how far above.
pub const STANCE_NORM_SECONDS_18_TO_39: u16 = 43;
pub const STANCE_NORM_SECONDS_40_TO_49: u16 = 40;
pub const STANCE_NORM_SECONDS_50_TO_59: u16 = 37;
pub const STANCE_NORM_SECONDS_60_TO_69: u16 = 27;
pub const STANCE_NORM_SECONDS_70_TO_79: u16 = 15;
pub const STANCE_NORM_SECONDS_FROM_80: u16 = 6;

/// A stance under half the age-band mean counts as short. Source::StanceNorms; the 50% cut is
/// our assumption, chosen so that only clearly short holds count (roughly the bottom tail).
pub const STANCE_SHORT_PERCENT_OF_NORM: u16 = 50;

/// Single-leg bridge hold, young adults: mean about 64 s. Source::BridgeNorms.
pub const BRIDGE_NORM_SECONDS_YOUNG_ADULT: u16 = 64;
/// Spread of the young-adult bridge hold (SD about 33 s). Source::BridgeNorms. Kept to justify
/// `BRIDGE_WEAK_PERCENT_OF_NORM`: half the young-adult mean is about one SD below it.
pub const BRIDGE_NORM_SD_SECONDS_YOUNG_ADULT: u16 = 33;

// Bridge norms for older bands: OUR ASSUMPTION. Published norms cover young adults only
// (Source::BridgeNorms); we lower the expected hold by 8 s per band, in step with the way the
// stance norms fall with age (Source::StanceNorms), so older people are not all flagged weak.
pub const BRIDGE_NORM_SECONDS_40_TO_49: u16 = 56;
pub const BRIDGE_NORM_SECONDS_50_TO_59: u16 = 48;
pub const BRIDGE_NORM_SECONDS_60_TO_69: u16 = 40;
pub const BRIDGE_NORM_SECONDS_70_TO_79: u16 = 32;
pub const BRIDGE_NORM_SECONDS_FROM_80: u16 = 24;

/// A bridge side under half its age-band norm counts as weak (for young adults: under 32 s,
/// about one SD below the mean). Source::BridgeNorms.
pub const BRIDGE_WEAK_PERCENT_OF_NORM: u16 = 50;

/// A left/right bridge difference over this many seconds is flagged. Source::BridgeNorms.
pub const BRIDGE_SIDE_GAP_FLAG_SECONDS: u16 = 10;

/// Mean single-leg stance (eyes open) for an age band. Source::StanceNorms.
pub fn stance_norm_seconds(band: AgeBand) -> u16 {
    match band {
        AgeBand::From18To39 => STANCE_NORM_SECONDS_18_TO_39,
        AgeBand::From40To49 => STANCE_NORM_SECONDS_40_TO_49,
        AgeBand::From50To59 => STANCE_NORM_SECONDS_50_TO_59,
        AgeBand::From60To69 => STANCE_NORM_SECONDS_60_TO_69,
        AgeBand::From70To79 => STANCE_NORM_SECONDS_70_TO_79,
        AgeBand::From80 => STANCE_NORM_SECONDS_FROM_80,
    }
}

/// Expected single-leg bridge hold for an age band. Source::BridgeNorms (young adults) plus our
/// age-band assumption above.
pub fn bridge_norm_seconds(band: AgeBand) -> u16 {
    match band {
        AgeBand::From18To39 => BRIDGE_NORM_SECONDS_YOUNG_ADULT,
        AgeBand::From40To49 => BRIDGE_NORM_SECONDS_40_TO_49,
        AgeBand::From50To59 => BRIDGE_NORM_SECONDS_50_TO_59,
        AgeBand::From60To69 => BRIDGE_NORM_SECONDS_60_TO_69,
        AgeBand::From70To79 => BRIDGE_NORM_SECONDS_70_TO_79,
        AgeBand::From80 => BRIDGE_NORM_SECONDS_FROM_80,
    }
}

// ---------------------------------------------------------------------------------------------
// Severity points (what counted, and how much)
// ---------------------------------------------------------------------------------------------

/// Each bridge side weak for age. Source::BridgeNorms; the article names a bridge that the
/// glutes do not drive as the core sign (Source::Article).
pub const POINTS_WEAK_BRIDGE_SIDE: u16 = 2;
/// Left/right gap over the flag. Source::BridgeNorms. Kept small: one side lagging is a sign,
/// but a gap can also shrink because the stronger side got weaker.
pub const POINTS_BRIDGE_SIDE_GAP: u16 = 1;
/// Pelvis drops on one side in the mirror check. Source::Trendelenburg: modest accuracy
/// (sensitivity ~73%, specificity ~77%), so it weighs no more than a weak bridge.
pub const POINTS_PELVIS_DROP_ONE_SIDE: u16 = 2;
/// Pelvis drops on both sides. Source::Trendelenburg.
pub const POINTS_PELVIS_DROP_BOTH_SIDES: u16 = 3;
/// Glutes felt only a little, or on one side, in a two-leg bridge. Source::Article (the lost
/// mind-muscle connection is what phase 1 retrains).
pub const POINTS_GLUTES_FELT_A_LITTLE: u16 = 1;
/// Glutes not felt at all. Source::Article.
pub const POINTS_GLUTES_NOT_FELT: u16 = 3;
/// Hamstrings or low back take over. Source::Article (compensation is named as a key sign).
/// "Unsure" scores nothing: no evidence either way.
pub const POINTS_COMPENSATION: u16 = 2;
/// Balance problems noticed in daily life. Source::Article (gluteus medius and balance).
pub const POINTS_BALANCE_REPORTED: u16 = 1;
/// Single-leg stance short for age on the weaker side. Source::StanceNorms.
pub const POINTS_SHORT_STANCE: u16 = 1;
/// Each sign of a forward-tilted pelvis. Source::Article (anterior pelvic tilt).
pub const POINTS_PER_POSTURE_SIGN: u16 = 1;
/// Posture signs are self-judged and overlap, so together they count at most this much.
/// Source::Article; the cap is our assumption.
pub const POSTURE_SIGN_POINTS_CAP: u16 = 2;
/// Highest pain (0-10) from which pain counts as moderate. Source::Article names secondary
/// pain as a sign; the 4 and 7 cut points are the usual mild/moderate/severe convention on the
/// 0-10 scale (our choice; Source::PainChange covers the scale itself).
pub const PAIN_MODERATE_FROM: u8 = 4;
/// Highest pain (0-10) from which pain counts as severe. See `PAIN_MODERATE_FROM`.
pub const PAIN_SEVERE_FROM: u8 = 7;
/// Points for moderate pain. Source::Article.
pub const POINTS_PAIN_MODERATE: u16 = 2;
/// Points for severe pain. Source::Article.
pub const POINTS_PAIN_SEVERE: u16 = 3;

/// Total points (of a possible 20) from which the picture counts as moderate. Source::Article
/// separates mild from more severe cases; the cut points are our assumption, set so that one
/// or two soft signs stay mild and several clear signs are needed for severe.
pub const SEVERITY_MODERATE_FROM_POINTS: u16 = 6;
/// Total points from which the picture counts as severe. See above.
pub const SEVERITY_SEVERE_FROM_POINTS: u16 = 12;

// ---------------------------------------------------------------------------------------------
// Recovery timeline: bounds and baseline (whole weeks)
// ---------------------------------------------------------------------------------------------

/// Nothing earlier than six weeks is promised for a first change. Source::Article ("six weeks
/// to six months or more"; best cases see change in six to eight weeks).
pub const FIRST_CHANGE_FLOOR_WEEKS: u16 = 6;
/// Full integration takes clearly longer than a first change; typical supervised programmes
/// alone run 8-12 weeks before the integration phase is done. Source::ProgrammeLength.
pub const FULL_INTEGRATION_FLOOR_WEEKS: u16 = 12;
/// Six months. Beyond it the article only says "or more", so a range reaching it is shown as
/// open-ended ("26+ weeks"). Source::Article.
pub const TIMELINE_CAP_WEEKS: u16 = 26;

/// The best case the article describes (mild, recent, daily routine, regular breaks): first
/// change in six to eight weeks. Source::Article; early gains are neural and come first
/// (Source::NeuralAdaptation).
pub const BASELINE_FIRST_CHANGE_WEEKS: (u16, u16) = (6, 8);
/// Full integration in that same best case. Source::ProgrammeLength (8-12 weeks of programme)
/// plus the integration phase the article adds ("considerably longer"). The four-week spread
/// reflects how differently people respond (Source::ResponseVariability).
pub const BASELINE_FULL_INTEGRATION_WEEKS: (u16, u16) = (12, 16);

/// Weeks one factor adds to each end of both ranges: (low, high). Every table below keeps
/// low <= high and first change <= full integration, so the ranges stay ordered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Effect {
    pub first_change: (i16, i16),
    pub full_integration: (i16, i16),
}

pub const NO_EFFECT: Effect = Effect {
    first_change: (0, 0),
    full_integration: (0, 0),
};

const fn effect(first: (i16, i16), full: (i16, i16)) -> Effect {
    Effect {
        first_change: first,
        full_integration: full,
    }
}

// Adherence: the article's most influential factor together with sitting (Source::Article).
// Home-exercise adherence commonly falls 30-50% short (Source::Adherence), so the bands are
// coarse: the plan is built for daily practice, and 6 days counts as daily.

/// Routine days from which adherence counts as high (the plan's pace). Source::Article.
pub const ADHERENCE_HIGH_FROM_DAYS: u8 = 6;
/// Routine days from which adherence counts as medium. Source::Adherence.
pub const ADHERENCE_MEDIUM_FROM_DAYS: u8 = 4;
/// Routine days from which adherence counts as low; below it, minimal. Source::Adherence.
pub const ADHERENCE_LOW_FROM_DAYS: u8 = 2;
pub const ADHERENCE_EFFECT_HIGH: Effect = NO_EFFECT;
pub const ADHERENCE_EFFECT_MEDIUM: Effect = effect((1, 1), (1, 3));
pub const ADHERENCE_EFFECT_LOW: Effect = effect((2, 3), (3, 6));
pub const ADHERENCE_EFFECT_MINIMAL: Effect = effect((3, 5), (6, 10));

// Sitting time yesterday (Source::SittingRecall for how it is asked; Source::Article for its
// weight). Its effect is softened when the person gets up often, because the article pairs
// "prolonged sitting" with "without breaks".

/// Upper ends (inclusive) of the sitting bands in half hours: up to 6 h, up to 8 h, up to
/// 10 h; more is the last band. Source::Article; the band edges are our assumption.
pub const SITTING_BAND_UPPER_HALF_HOURS: [u16; 3] = [12, 16, 20];
/// Rows: sitting band (shortest first). Columns: gets up often (No, Sometimes, Yes).
/// Monotone both ways: more sitting never helps, more breaks never hurt. Source::Article.
pub const SITTING_EFFECT: [[Effect; 3]; 4] = [
    [NO_EFFECT, NO_EFFECT, NO_EFFECT],
    [effect((0, 1), (1, 2)), effect((0, 0), (0, 1)), NO_EFFECT],
    [
        effect((1, 1), (1, 3)),
        effect((0, 1), (1, 1)),
        effect((0, 0), (0, 1)),
    ],
    [
        effect((1, 2), (2, 4)),
        effect((1, 1), (1, 2)),
        effect((0, 1), (1, 1)),
    ],
];

// Breaking up sitting every 30-45 minutes from now on. Source::Article ("sit for prolonged
// periods without breaks ... significantly delayed").
pub const BREAKS_EFFECT_YES: Effect = NO_EFFECT;
pub const BREAKS_EFFECT_SOMETIMES: Effect = effect((0, 1), (1, 1));
pub const BREAKS_EFFECT_NO: Effect = effect((1, 2), (2, 4));

// Severity, from the self-tests and symptoms. Source::Article ("severity and duration ... also
// play a role"): each weighs less than adherence or sitting.
pub const SEVERITY_EFFECT_MILD: Effect = NO_EFFECT;
pub const SEVERITY_EFFECT_MODERATE: Effect = effect((1, 1), (1, 2));
pub const SEVERITY_EFFECT_SEVERE: Effect = effect((2, 3), (3, 5));

// How long it has been there. Source::Article (years take longer than a recent onset). It
// mostly lengthens the integration end: habits of years take longest to replace.
pub const CHRONICITY_EFFECT_RECENT: Effect = NO_EFFECT;
pub const CHRONICITY_EFFECT_PERSISTENT: Effect = effect((0, 1), (1, 2));
pub const CHRONICITY_EFFECT_CHRONIC: Effect = effect((1, 2), (3, 5));

/// Symptoms getting worse lately. Back pain usually eases over the first weeks anyway
/// (Source::NaturalCourse), so a worsening trend runs against the usual course: our assumption
/// that it adds a little. Better or steady trends add nothing (we do not promise a bonus).
pub const TREND_WORSE_EFFECT: Effect = effect((0, 1), (1, 1));

// Disc problems or nerve entrapment: "extend toward the upper end of the six-month range"
// (Source::Article). They mostly lengthen the integration end, which is where loading and
// single-leg work must be built up carefully.
pub const COMPLICATING_ONE_EFFECT: Effect = effect((1, 2), (5, 8));
pub const COMPLICATING_BOTH_EFFECT: Effect = effect((2, 3), (6, 10));

// ---------------------------------------------------------------------------------------------
// Phases (how the full-integration range splits across the three phases)
// ---------------------------------------------------------------------------------------------

/// Share of the timeline spent on activation. Source::NeuralAdaptation: the early, mostly
/// neural gains come in the first weeks; the split itself is our assumption.
pub const PHASE_ACTIVATION_PERCENT: u16 = 25;
/// Share spent on strengthening (progressive loading, where muscle growth shows from weeks
/// 3-8). Source::NeuralAdaptation; our assumption. Integration gets the remaining 35%
/// (Source::Article: the final phase secures the recovery).
pub const PHASE_STRENGTH_PERCENT: u16 = 40;

// ---------------------------------------------------------------------------------------------
// Consistency of the numbers above, checked when the crate compiles: a re-tuning that breaks
// one of these does not build.
// ---------------------------------------------------------------------------------------------

/// The most points the severity findings can add up to.
pub const SEVERITY_MAX_POINTS: u16 = 2 * POINTS_WEAK_BRIDGE_SIDE
    + POINTS_BRIDGE_SIDE_GAP
    + POINTS_PELVIS_DROP_BOTH_SIDES
    + POINTS_GLUTES_NOT_FELT
    + POINTS_COMPENSATION
    + POINTS_BALANCE_REPORTED
    + POINTS_SHORT_STANCE
    + POSTURE_SIGN_POINTS_CAP
    + POINTS_PAIN_SEVERE;

const _: () = {
    // The baseline is the article's six to eight weeks, inside the bounds.
    assert!(BASELINE_FIRST_CHANGE_WEEKS.0 == 6 && BASELINE_FIRST_CHANGE_WEEKS.1 == 8);
    assert!(BASELINE_FIRST_CHANGE_WEEKS.0 >= FIRST_CHANGE_FLOOR_WEEKS);
    assert!(BASELINE_FULL_INTEGRATION_WEEKS.0 >= FULL_INTEGRATION_FLOOR_WEEKS);
    assert!(BASELINE_FULL_INTEGRATION_WEEKS.1 < TIMELINE_CAP_WEEKS);
    assert!(FIRST_CHANGE_FLOOR_WEEKS <= FULL_INTEGRATION_FLOOR_WEEKS);
    // Severity cut points are ordered and the top one is reachable.
    assert!(SEVERITY_MODERATE_FROM_POINTS < SEVERITY_SEVERE_FROM_POINTS);
    assert!(SEVERITY_SEVERE_FROM_POINTS <= SEVERITY_MAX_POINTS);
    assert!(PAIN_MODERATE_FROM < PAIN_SEVERE_FROM);
    // The weak-bridge cut sits about one SD below the young-adult mean.
    let cut = BRIDGE_NORM_SECONDS_YOUNG_ADULT * BRIDGE_WEAK_PERCENT_OF_NORM / 100;
    let one_sd_below = BRIDGE_NORM_SECONDS_YOUNG_ADULT - BRIDGE_NORM_SD_SECONDS_YOUNG_ADULT;
    assert!(cut.abs_diff(one_sd_below) <= 2);
    // Integration keeps a share of its own.
    assert!(PHASE_ACTIVATION_PERCENT + PHASE_STRENGTH_PERCENT < 100);
};

#[cfg(test)]
mod tests {
    use super::*;

    fn all_effects() -> Vec<Effect> {
        let mut all = vec![
            ADHERENCE_EFFECT_HIGH,
            ADHERENCE_EFFECT_MEDIUM,
            ADHERENCE_EFFECT_LOW,
            ADHERENCE_EFFECT_MINIMAL,
            BREAKS_EFFECT_YES,
            BREAKS_EFFECT_SOMETIMES,
            BREAKS_EFFECT_NO,
            SEVERITY_EFFECT_MILD,
            SEVERITY_EFFECT_MODERATE,
            SEVERITY_EFFECT_SEVERE,
            CHRONICITY_EFFECT_RECENT,
            CHRONICITY_EFFECT_PERSISTENT,
            CHRONICITY_EFFECT_CHRONIC,
            TREND_WORSE_EFFECT,
            COMPLICATING_ONE_EFFECT,
            COMPLICATING_BOTH_EFFECT,
        ];
        all.extend(SITTING_EFFECT.iter().flatten().copied());
        all
    }

    fn at_least(a: Effect, b: Effect) -> bool {
        a.first_change.0 >= b.first_change.0
            && a.first_change.1 >= b.first_change.1
            && a.full_integration.0 >= b.full_integration.0
            && a.full_integration.1 >= b.full_integration.1
    }

    #[test]
    fn every_effect_keeps_ranges_ordered() {
        for e in all_effects() {
            assert!(e.first_change.0 <= e.first_change.1, "{e:?}");
            assert!(e.full_integration.0 <= e.full_integration.1, "{e:?}");
            assert!(e.first_change.0 <= e.full_integration.0, "{e:?}");
            assert!(e.first_change.1 <= e.full_integration.1, "{e:?}");
        }
    }

    #[test]
    fn graded_tables_only_grow_toward_the_worse_answer() {
        let chains: [&[Effect]; 5] = [
            &[
                ADHERENCE_EFFECT_HIGH,
                ADHERENCE_EFFECT_MEDIUM,
                ADHERENCE_EFFECT_LOW,
                ADHERENCE_EFFECT_MINIMAL,
            ],
            &[BREAKS_EFFECT_YES, BREAKS_EFFECT_SOMETIMES, BREAKS_EFFECT_NO],
            &[
                SEVERITY_EFFECT_MILD,
                SEVERITY_EFFECT_MODERATE,
                SEVERITY_EFFECT_SEVERE,
            ],
            &[
                CHRONICITY_EFFECT_RECENT,
                CHRONICITY_EFFECT_PERSISTENT,
                CHRONICITY_EFFECT_CHRONIC,
            ],
            &[NO_EFFECT, COMPLICATING_ONE_EFFECT, COMPLICATING_BOTH_EFFECT],
        ];
        for chain in chains {
            for pair in chain.windows(2) {
                assert!(at_least(pair[1], pair[0]), "{pair:?}");
            }
        }
    }

    #[test]
    fn sitting_table_is_monotone_in_hours_and_in_breaks() {
        for pair in SITTING_EFFECT.windows(2) {
            for (longer, shorter) in pair[1].iter().zip(pair[0]) {
                assert!(at_least(*longer, shorter));
            }
        }
        for row in SITTING_EFFECT {
            // Columns run No, Sometimes, Yes: fewer breaks must never weigh less.
            assert!(at_least(row[0], row[1]) && at_least(row[1], row[2]));
        }
    }

    #[test]
    fn sitting_bands_rise_and_fit_in_a_day() {
        assert!(SITTING_BAND_UPPER_HALF_HOURS
            .windows(2)
            .all(|w| w[0] < w[1]));
        assert!(SITTING_BAND_UPPER_HALF_HOURS[2] < 48);
    }

    #[test]
    fn adherence_weighs_more_than_severity_or_chronicity() {
        assert!(at_least(ADHERENCE_EFFECT_MINIMAL, SEVERITY_EFFECT_SEVERE));
        assert!(at_least(
            ADHERENCE_EFFECT_MINIMAL,
            CHRONICITY_EFFECT_CHRONIC
        ));
    }

    #[test]
    fn sitting_and_breaks_together_weigh_more_than_severity_or_chronicity() {
        let worst = SITTING_EFFECT[3][0];
        let together = Effect {
            first_change: (
                worst.first_change.0 + BREAKS_EFFECT_NO.first_change.0,
                worst.first_change.1 + BREAKS_EFFECT_NO.first_change.1,
            ),
            full_integration: (
                worst.full_integration.0 + BREAKS_EFFECT_NO.full_integration.0,
                worst.full_integration.1 + BREAKS_EFFECT_NO.full_integration.1,
            ),
        };
        assert!(at_least(together, SEVERITY_EFFECT_SEVERE));
        assert!(at_least(together, CHRONICITY_EFFECT_CHRONIC));
    }

    #[test]
    fn norms_fall_with_age() {
        for pair in AgeBand::ALL.windows(2) {
            assert!(stance_norm_seconds(pair[0]) > stance_norm_seconds(pair[1]));
            assert!(bridge_norm_seconds(pair[0]) > bridge_norm_seconds(pair[1]));
        }
    }
}
