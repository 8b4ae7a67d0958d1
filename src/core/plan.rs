//! The three-phase exercise plan: which phase a person is in, the exercises and doses of each
//! phase, the measurable checks for moving on, the adaptations their answers call for, and the
//! daily sitting-break routine.
//!
//! The phases are sequential and never skipped (Source::Article: skipping foundational steps
//! delays recovery), so a person is only placed in a phase once every check for it and for all
//! earlier phases is met. All wording comes from `content::exercises`.

use crate::core::answers::{
    AgeBand, Answers, BreakCommitment, GluteFeel, PelvisDrop, Trend, YesNoUnsure,
};
use crate::core::content::exercises as text;
use crate::core::content::sources::Source;
use serde::{Deserialize, Serialize};

// ---------------------------------------------------------------------------------------------
// Phases and exercises
// ---------------------------------------------------------------------------------------------

/// The three sequential phases of the article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum PhaseNumber {
    One,
    Two,
    Three,
}

impl PhaseNumber {
    pub const ALL: [PhaseNumber; 3] = [PhaseNumber::One, PhaseNumber::Two, PhaseNumber::Three];

    /// 1, 2 or 3, as people count them.
    pub fn number(self) -> u8 {
        match self {
            PhaseNumber::One => 1,
            PhaseNumber::Two => 2,
            PhaseNumber::Three => 3,
        }
    }

    pub fn next(self) -> Option<PhaseNumber> {
        match self {
            PhaseNumber::One => Some(PhaseNumber::Two),
            PhaseNumber::Two => Some(PhaseNumber::Three),
            PhaseNumber::Three => None,
        }
    }

    /// The exercises of this phase, in the order they are shown.
    pub fn exercise_ids(self) -> &'static [ExerciseId] {
        match self {
            PhaseNumber::One => &[
                ExerciseId::GluteBridge,
                ExerciseId::Clamshell,
                ExerciseId::SideLyingLegLift,
                ExerciseId::SingleLegBridgeHold,
            ],
            PhaseNumber::Two => &[
                ExerciseId::WeightedHipThrust,
                ExerciseId::StepUp,
                ExerciseId::CableKickback,
                ExerciseId::Squat,
                ExerciseId::Deadlift,
            ],
            PhaseNumber::Three => &[
                ExerciseId::Lunge,
                ExerciseId::SingleLegDeadlift,
                ExerciseId::LateralBound,
            ],
        }
    }
}

/// Every exercise of the plan. All are the article's, except the single-leg bridge hold: a
/// harder glute bridge that also rehearses the self-test for moving on to phase 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum ExerciseId {
    GluteBridge,
    Clamshell,
    SideLyingLegLift,
    SingleLegBridgeHold,
    WeightedHipThrust,
    StepUp,
    CableKickback,
    Squat,
    Deadlift,
    Lunge,
    SingleLegDeadlift,
    LateralBound,
}

impl ExerciseId {
    pub const ALL: [ExerciseId; 12] = [
        ExerciseId::GluteBridge,
        ExerciseId::Clamshell,
        ExerciseId::SideLyingLegLift,
        ExerciseId::SingleLegBridgeHold,
        ExerciseId::WeightedHipThrust,
        ExerciseId::StepUp,
        ExerciseId::CableKickback,
        ExerciseId::Squat,
        ExerciseId::Deadlift,
        ExerciseId::Lunge,
        ExerciseId::SingleLegDeadlift,
        ExerciseId::LateralBound,
    ];

    pub fn phase(self) -> PhaseNumber {
        match self {
            ExerciseId::GluteBridge
            | ExerciseId::Clamshell
            | ExerciseId::SideLyingLegLift
            | ExerciseId::SingleLegBridgeHold => PhaseNumber::One,
            ExerciseId::WeightedHipThrust
            | ExerciseId::StepUp
            | ExerciseId::CableKickback
            | ExerciseId::Squat
            | ExerciseId::Deadlift => PhaseNumber::Two,
            ExerciseId::Lunge | ExerciseId::SingleLegDeadlift | ExerciseId::LateralBound => {
                PhaseNumber::Three
            }
        }
    }

    /// Added only once the phase's first exercises feel solid (Source::Article: squats and
    /// deadlifts "as strength improves"; bounds need steady single-leg landings first).
    pub fn later_in_phase(self) -> bool {
        matches!(
            self,
            ExerciseId::SingleLegBridgeHold
                | ExerciseId::Squat
                | ExerciseId::Deadlift
                | ExerciseId::LateralBound
        )
    }

    /// The dose before any adaptation.
    pub fn base_dose(self) -> Dose {
        let activation = |sets, per_side| Dose::SetsReps {
            sets,
            reps: ACTIVATION_REPS,
            per_side,
            days_per_week: ACTIVATION_DAYS_PER_WEEK,
        };
        let strength = |reps, per_side| Dose::SetsReps {
            sets: STRENGTH_SETS,
            reps,
            per_side,
            days_per_week: STRENGTH_DAYS_PER_WEEK,
        };
        let integration = |reps| Dose::SetsReps {
            sets: INTEGRATION_SETS,
            reps,
            per_side: true,
            days_per_week: INTEGRATION_DAYS_PER_WEEK,
        };
        match self {
            ExerciseId::GluteBridge => activation(ACTIVATION_SETS_BOTH_LEGS, false),
            ExerciseId::Clamshell | ExerciseId::SideLyingLegLift => {
                activation(ACTIVATION_SETS_PER_SIDE, true)
            }
            ExerciseId::SingleLegBridgeHold => Dose::Hold {
                sets: BRIDGE_PRACTICE_HOLDS,
                seconds: BRIDGE_PRACTICE_HOLD_SECONDS,
                per_side: true,
                days_per_week: ACTIVATION_DAYS_PER_WEEK,
            },
            ExerciseId::WeightedHipThrust | ExerciseId::Squat => strength(STRENGTH_REPS, false),
            ExerciseId::StepUp => strength(STRENGTH_REPS, true),
            ExerciseId::CableKickback => strength(STRENGTH_KICKBACK_REPS, true),
            ExerciseId::Deadlift => strength(STRENGTH_DEADLIFT_REPS, false),
            ExerciseId::Lunge => integration(INTEGRATION_REPS),
            ExerciseId::SingleLegDeadlift => integration(INTEGRATION_SINGLE_LEG_REPS),
            ExerciseId::LateralBound => integration(INTEGRATION_BOUND_REPS),
        }
    }
}

// Doses. The article fixes the shape of each phase (low load, high reps, daily; then progressive
// overload; then single-leg and dynamic work) but gives no numbers. The numbers below are common
// starting doses inside those shapes, not study results: each is a choice we own.

/// Source::Article (phase 1: high repetitions); 15 sits in the usual 12-20 activation range.
pub const ACTIVATION_REPS: u8 = 15;
/// Source::Article (low load): three sets of a body-weight bridge stay low load.
pub const ACTIVATION_SETS_BOTH_LEGS: u8 = 3;
/// Source::Article (low load): two sets per side keeps one-sided work about as long as bridges.
pub const ACTIVATION_SETS_PER_SIDE: u8 = 2;
/// Source::Article: phase 1 practice is daily.
pub const ACTIVATION_DAYS_PER_WEEK: u8 = 7;
/// Source::BridgeNorms: practice holds shorter than the 30 s entry check, building up to it.
pub const BRIDGE_PRACTICE_HOLDS: u8 = 3;
/// Source::BridgeNorms: two-thirds of the phase-2 entry hold, so the check is within reach.
pub const BRIDGE_PRACTICE_HOLD_SECONDS: u16 = 20;
/// Source::Article (progressive overload): 3 sets is the usual strength-building volume.
pub const STRENGTH_SETS: u8 = 3;
/// Source::Article (progressive overload): 10 sits in the usual 8-12 strength range.
pub const STRENGTH_REPS: u8 = 10;
/// Source::Article: kickbacks move a lighter load, so a few more reps.
pub const STRENGTH_KICKBACK_REPS: u8 = 12;
/// Source::Article (strict form): deadlifts load the back most, so fewer reps keep form strict.
pub const STRENGTH_DEADLIFT_REPS: u8 = 8;
/// Source::Article; Source::Adherence: 3 days a week with rest days between is enough to build
/// strength and easier to keep up than daily heavy work.
pub const STRENGTH_DAYS_PER_WEEK: u8 = 3;
/// Source::Article (phase 3: multi-joint, single-leg work).
pub const INTEGRATION_SETS: u8 = 3;
/// Source::Article: lunges per side.
pub const INTEGRATION_REPS: u8 = 10;
/// Source::Article: single-leg deadlifts per side, fewer because balance tires first.
pub const INTEGRATION_SINGLE_LEG_REPS: u8 = 8;
/// Source::Article: bounds per side; quality landings matter more than count.
pub const INTEGRATION_BOUND_REPS: u8 = 6;
/// Source::Article; Source::Adherence: as for strength days.
pub const INTEGRATION_DAYS_PER_WEEK: u8 = 3;

/// How much of an exercise to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Dose {
    SetsReps {
        sets: u8,
        reps: u8,
        per_side: bool,
        days_per_week: u8,
    },
    Hold {
        sets: u8,
        seconds: u16,
        per_side: bool,
        days_per_week: u8,
    },
}

impl Dose {
    /// "3 sets of 15, every day".
    pub fn describe(&self) -> String {
        match *self {
            Dose::SetsReps {
                sets,
                reps,
                per_side,
                days_per_week,
            } => text::sets_reps_text(sets, reps, per_side, days_per_week),
            Dose::Hold {
                sets,
                seconds,
                per_side,
                days_per_week,
            } => text::hold_text(sets, seconds, per_side, days_per_week),
        }
    }

    /// The smaller dose for a gentler start; never larger than the original.
    fn gentler(self) -> Dose {
        match self {
            Dose::SetsReps {
                sets,
                reps,
                per_side,
                days_per_week,
            } => Dose::SetsReps {
                sets: sets.min(GENTLE_MAX_SETS),
                reps: reps.min(GENTLE_MAX_REPS),
                per_side,
                days_per_week,
            },
            Dose::Hold {
                sets,
                seconds,
                per_side,
                days_per_week,
            } => Dose::Hold {
                sets: sets.min(GENTLE_MAX_SETS),
                seconds: seconds.min(GENTLE_MAX_HOLD_SECONDS),
                per_side,
                days_per_week,
            },
        }
    }
}

/// One exercise as shown in the plan, after adaptations.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Exercise {
    pub id: ExerciseId,
    pub name: &'static str,
    pub dose: Dose,
    /// Steps, in order.
    pub how_to: Vec<&'static str>,
    /// What a person should feel when the right muscles work.
    pub feel: &'static str,
    /// The sign other muscles took over, and what to change.
    pub compensation_sign: &'static str,
    pub later_in_phase: bool,
    /// True when a steadier variant replaced the usual one (balance problems).
    pub supported: bool,
}

impl Exercise {
    fn build(id: ExerciseId, adaptations: &[Adaptation]) -> Exercise {
        let words = text::exercise_text(id);
        let mut exercise = Exercise {
            id,
            name: words.name,
            dose: id.base_dose(),
            how_to: words.how_to.to_vec(),
            feel: words.feel,
            compensation_sign: words.compensation_sign,
            later_in_phase: id.later_in_phase(),
            supported: false,
        };
        if adaptations.contains(&Adaptation::SupportedBalance) {
            if let Some(variant) = text::supported_variant(id) {
                exercise.name = variant.name;
                exercise.how_to = variant.how_to.to_vec();
                // The usual feel and sign describe the usual movement, so they go too.
                exercise.feel = variant.feel;
                exercise.compensation_sign = variant.compensation_sign;
                exercise.supported = true;
            }
        }
        if adaptations.contains(&Adaptation::GentlerStart) {
            exercise.dose = exercise.dose.gentler();
        }
        exercise
    }
}

/// One phase of the plan.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phase {
    pub number: PhaseNumber,
    pub name: &'static str,
    pub goal: &'static str,
    pub how_to_progress: &'static str,
    pub exercises: Vec<Exercise>,
    /// The checks for moving on to the next phase; empty for the last phase.
    pub move_on_when: Vec<Criterion>,
}

impl Phase {
    fn build(number: PhaseNumber, adaptations: &[Adaptation]) -> Phase {
        let words = text::phase_text(number);
        Phase {
            number,
            name: words.name,
            goal: words.goal,
            how_to_progress: words.how_to_progress,
            exercises: number
                .exercise_ids()
                .iter()
                .map(|&id| Exercise::build(id, adaptations))
                .collect(),
            move_on_when: number.next().map(criteria_into).unwrap_or_default(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Checks for moving on
// ---------------------------------------------------------------------------------------------

/// Source::BridgeNorms: young adults hold about 64 s (SD about 33 s), so 30 s is roughly one SD
/// below the mean, the low edge of normal. Phase 2 needs glutes that switch on reliably and
/// keep working, not average strength yet; 30 s shows that without asking for a strength level
/// that phase 2 is meant to build.
pub const BRIDGE_HOLD_INTO_PHASE_2_SECONDS: u16 = 30;
/// Source::BridgeNorms: about the young-adult average (64 s), rounded down. Phase 3 puts the
/// whole body on one leg and adds hops, so the glutes should have at least typical endurance
/// first; 60 s is also the usual goal for the side-bridge hold.
pub const BRIDGE_HOLD_INTO_PHASE_3_SECONDS: u16 = 60;
/// Source::BridgeNorms: a left-right gap over about 10 s is commonly flagged.
pub const BRIDGE_SIDE_GAP_MAX_SECONDS: u16 = 10;
/// Source::StanceNorms: the self-test runs up to 30 s, so no one is asked for more than that.
pub const STANCE_TARGET_CAP_SECONDS: u16 = 30;
/// Source::StanceNorms (Springer et al. 2007): mean eyes-open single-leg stance by age band,
/// in whole seconds.
pub const STANCE_NORM_SECONDS: [(AgeBand, u16); 6] = [
    (AgeBand::From18To39, 43),
    (AgeBand::From40To49, 40),
    (AgeBand::From50To59, 37),
    (AgeBand::From60To69, 27),
    (AgeBand::From70To79, 15),
    (AgeBand::From80, 6),
];
/// Source::PainChange: a drop of 2 points on a 0-10 scale is a meaningful change.
pub const PAIN_MEANINGFUL_DROP_POINTS: u8 = 2;
/// Source::PainChange: or a drop of 30%, whichever is reached first.
pub const PAIN_MEANINGFUL_DROP_PERCENT: u8 = 30;
/// Source::PainChange: pain this low leaves no meaningful drop to measure, so it counts as eased.
pub const PAIN_LOW_ENOUGH: u8 = 2;

/// The single-leg stance time asked of an age band: its norm, but never above the test's cap.
pub fn stance_target_seconds(age_band: AgeBand) -> u16 {
    let norm = STANCE_NORM_SECONDS
        .iter()
        .find(|(band, _)| *band == age_band)
        .map(|&(_, seconds)| seconds)
        .unwrap_or(STANCE_TARGET_CAP_SECONDS);
    norm.min(STANCE_TARGET_CAP_SECONDS)
}

/// The highest pain that counts as a meaningful drop from `first`, or as low enough anyway.
pub fn pain_aim_at_most(first: u8) -> u8 {
    // ceil(first * 30%) in whole points; "2 points or 30%" means whichever is smaller.
    let percent_drop = (u16::from(first) * u16::from(PAIN_MEANINGFUL_DROP_PERCENT)).div_ceil(100);
    let needed = u16::from(PAIN_MEANINGFUL_DROP_POINTS).min(percent_drop);
    let aim = u16::from(first).saturating_sub(needed);
    u8::try_from(aim).unwrap_or(u8::MAX).max(PAIN_LOW_ENOUGH)
}

/// A measurable check for moving on to the next phase.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Criterion {
    /// The glutes are clearly felt in a two-leg bridge.
    GlutesFeltInBridge,
    /// Single-leg bridge hold on both sides at least this long.
    BridgeHold { min_seconds: u16 },
    /// Left and right single-leg bridge holds within this many seconds of each other.
    BridgeSidesEven { max_gap_seconds: u16 },
    /// No hamstring cramp and no low back taking over.
    NoCompensation,
    /// Single-leg stance on both sides at least the age-band target.
    StanceForAge,
    /// The pelvis stays level in the mirror check.
    PelvisLevel,
    /// Worst pain down meaningfully since the first check, or low already.
    PainEased,
}

/// Whether a check is met by the answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum CriterionStatus {
    Met,
    NotMet,
    /// The answers cannot tell yet: no first check to compare with, a test not done, or "not
    /// sure". Counts as not met for moving on.
    Unknown,
}

/// The checks a person must meet to enter `phase` (on top of those of every earlier phase).
pub fn criteria_into(phase: PhaseNumber) -> Vec<Criterion> {
    match phase {
        PhaseNumber::One => Vec::new(),
        PhaseNumber::Two => vec![
            Criterion::GlutesFeltInBridge,
            Criterion::BridgeHold {
                min_seconds: BRIDGE_HOLD_INTO_PHASE_2_SECONDS,
            },
            Criterion::BridgeSidesEven {
                max_gap_seconds: BRIDGE_SIDE_GAP_MAX_SECONDS,
            },
            Criterion::NoCompensation,
        ],
        PhaseNumber::Three => vec![
            Criterion::BridgeHold {
                min_seconds: BRIDGE_HOLD_INTO_PHASE_3_SECONDS,
            },
            Criterion::StanceForAge,
            Criterion::PelvisLevel,
            Criterion::PainEased,
        ],
    }
}

impl Criterion {
    /// The rule as one plain sentence.
    pub fn sentence(&self) -> String {
        match *self {
            Criterion::GlutesFeltInBridge => text::glute_feel_rule(),
            Criterion::BridgeHold { min_seconds } => text::bridge_hold_rule(min_seconds),
            Criterion::BridgeSidesEven { max_gap_seconds } => {
                text::bridge_gap_rule(max_gap_seconds)
            }
            Criterion::NoCompensation => text::no_compensation_rule(),
            Criterion::StanceForAge => text::stance_rule(STANCE_TARGET_CAP_SECONDS),
            Criterion::PelvisLevel => text::pelvis_level_rule(),
            Criterion::PainEased => text::pain_eased_rule(
                PAIN_MEANINGFUL_DROP_POINTS,
                PAIN_MEANINGFUL_DROP_PERCENT,
                PAIN_LOW_ENOUGH,
            ),
        }
    }

    pub fn source(&self) -> Source {
        match self {
            Criterion::GlutesFeltInBridge | Criterion::NoCompensation => Source::Article,
            Criterion::BridgeHold { .. } | Criterion::BridgeSidesEven { .. } => Source::BridgeNorms,
            Criterion::StanceForAge => Source::StanceNorms,
            Criterion::PelvisLevel => Source::Trendelenburg,
            Criterion::PainEased => Source::PainChange,
        }
    }

    /// Is the check met by the latest answers (compared with the first check where needed)?
    pub fn check(&self, latest: &Answers, first: Option<&Answers>) -> CriterionStatus {
        use CriterionStatus::{Met, NotMet, Unknown};
        let met_if = |ok: bool| if ok { Met } else { NotMet };
        match *self {
            Criterion::GlutesFeltInBridge => met_if(latest.glute_feel == GluteFeel::Clearly),
            Criterion::BridgeHold { min_seconds } => {
                met_if(latest.bridge_hold.weaker() >= min_seconds)
            }
            Criterion::BridgeSidesEven { max_gap_seconds } => {
                met_if(latest.bridge_hold.difference() <= max_gap_seconds)
            }
            Criterion::NoCompensation => match latest.compensation {
                YesNoUnsure::No => Met,
                YesNoUnsure::Unsure => Unknown,
                YesNoUnsure::Yes => NotMet,
            },
            Criterion::StanceForAge => {
                met_if(latest.stance_hold.weaker() >= stance_target_seconds(latest.age_band))
            }
            Criterion::PelvisLevel => match latest.pelvis_drop {
                PelvisDrop::Neither => Met,
                PelvisDrop::OneSide | PelvisDrop::BothSides => NotMet,
                PelvisDrop::NotChecked => Unknown,
            },
            Criterion::PainEased => {
                let now = latest.pain.highest();
                if now <= PAIN_LOW_ENOUGH {
                    Met
                } else {
                    match first {
                        None => Unknown,
                        Some(first) => met_if(now <= pain_aim_at_most(first.pain.highest())),
                    }
                }
            }
        }
    }

    /// What the answers show for this check, with the actual values.
    pub fn evidence(&self, latest: &Answers, first: Option<&Answers>) -> String {
        match *self {
            Criterion::GlutesFeltInBridge => text::glute_feel_evidence(latest.glute_feel),
            Criterion::BridgeHold { min_seconds } => text::bridge_hold_evidence(
                latest.bridge_hold.left,
                latest.bridge_hold.right,
                min_seconds,
            ),
            Criterion::BridgeSidesEven { max_gap_seconds } => {
                text::bridge_gap_evidence(latest.bridge_hold.difference(), max_gap_seconds)
            }
            Criterion::NoCompensation => text::compensation_evidence(latest.compensation),
            Criterion::StanceForAge => text::stance_evidence(
                latest.stance_hold.left,
                latest.stance_hold.right,
                stance_target_seconds(latest.age_band),
            ),
            Criterion::PelvisLevel => text::pelvis_evidence(latest.pelvis_drop),
            Criterion::PainEased => {
                let now = latest.pain.highest();
                match first {
                    _ if now <= PAIN_LOW_ENOUGH => text::pain_low_evidence(now),
                    None => text::pain_no_first_check_evidence(now),
                    Some(first) => {
                        let was = first.pain.highest();
                        text::pain_change_evidence(was, now, pain_aim_at_most(was))
                    }
                }
            }
        }
    }

    /// Status and evidence together, ready to show.
    pub fn result(&self, latest: &Answers, first: Option<&Answers>) -> CriterionResult {
        CriterionResult {
            criterion: *self,
            sentence: self.sentence(),
            status: self.check(latest, first),
            evidence: self.evidence(latest, first),
        }
    }
}

/// One check as shown: the rule, whether it is met, and the values behind it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CriterionResult {
    pub criterion: Criterion,
    pub sentence: String,
    pub status: CriterionStatus,
    pub evidence: String,
}

/// The checks standing between a person and the next phase.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NextPhaseCheck {
    pub phase: PhaseNumber,
    pub results: Vec<CriterionResult>,
    /// One line: ready, or how many checks are met.
    pub summary: String,
}

impl NextPhaseCheck {
    pub fn ready(&self) -> bool {
        self.results
            .iter()
            .all(|r| r.status == CriterionStatus::Met)
    }
}

fn all_met(phase: PhaseNumber, latest: &Answers, first: Option<&Answers>) -> bool {
    criteria_into(phase)
        .iter()
        .all(|c| c.check(latest, first) == CriterionStatus::Met)
}

/// The phase a person is in: the furthest phase whose checks, and those of every phase before
/// it, are all met. Never skips a phase.
pub fn current_phase(answers: &Answers, first: Option<&Answers>) -> PhaseNumber {
    let mut phase = PhaseNumber::One;
    while let Some(next) = phase.next() {
        if !all_met(next, answers, first) {
            break;
        }
        phase = next;
    }
    phase
}

/// The checks for the phase after `current`, or `None` in the last phase.
pub fn next_phase_check(
    current: PhaseNumber,
    answers: &Answers,
    first: Option<&Answers>,
) -> Option<NextPhaseCheck> {
    let next = current.next()?;
    let results: Vec<CriterionResult> = criteria_into(next)
        .iter()
        .map(|c| c.result(answers, first))
        .collect();
    let met = results
        .iter()
        .filter(|r| r.status == CriterionStatus::Met)
        .count();
    Some(NextPhaseCheck {
        phase: next,
        summary: text::next_phase_summary(next, met, results.len()),
        results,
    })
}

// ---------------------------------------------------------------------------------------------
// Adaptations
// ---------------------------------------------------------------------------------------------

/// Source::PainChange: 6/10 and up is commonly counted as moderate-to-severe pain; below it a
/// normal start is reasonable. A threshold we chose, not a study cut-off.
pub const GENTLER_START_PAIN: u8 = 6;
/// Source::PainChange: a rise of more than 2 points is a meaningful change, so stop there.
pub const PAIN_FLARE_STOP_POINTS: u8 = 2;
/// Source::Article (low load first): a gentler start uses at most 2 sets...
pub const GENTLE_MAX_SETS: u8 = 2;
/// ...of at most 10 reps...
pub const GENTLE_MAX_REPS: u8 = 10;
/// ...or holds of at most 10 seconds.
pub const GENTLE_MAX_HOLD_SECONDS: u16 = 10;
/// Source::Article (phase 1 is daily); Source::Adherence (people do less than planned): under 5
/// planned days a week, offer a short version that fits every day.
pub const SHORT_DAILY_VERSION_BELOW_DAYS: u8 = 5;

/// A change to the plan that a person's answers call for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Adaptation {
    /// Disc problem or nerve signs: a clinician's OK first, and their advice wins.
    ClinicianFirst,
    /// Balance problems: standing and single-leg work next to support, steadier variants.
    SupportedBalance,
    /// High pain now: smaller range, smaller doses, stop on a flare.
    GentlerStart,
    /// Sitting breaks are not yet a habit: make them the first one.
    BreakHabitFirst,
    /// Phase 1 with few planned days: a short version every day instead.
    ShortDailyVersion,
    /// Symptoms getting worse: watch, and see a clinician if it goes on.
    WatchWorsening,
}

impl Adaptation {
    pub fn title(self) -> &'static str {
        text::adaptation_title(self)
    }

    pub fn text(self) -> String {
        text::adaptation_text(self)
    }

    pub fn source(self) -> Source {
        match self {
            Adaptation::ClinicianFirst => Source::RedFlags,
            Adaptation::SupportedBalance => Source::StanceNorms,
            Adaptation::GentlerStart => Source::PainChange,
            Adaptation::BreakHabitFirst => Source::Article,
            Adaptation::ShortDailyVersion => Source::Adherence,
            Adaptation::WatchWorsening => Source::RedFlags,
        }
    }
}

/// The adaptations the answers call for, most important first.
pub fn adaptations_for(answers: &Answers, current: PhaseNumber) -> Vec<Adaptation> {
    let mut adaptations = Vec::new();
    if answers.has_complicating_condition() {
        adaptations.push(Adaptation::ClinicianFirst);
    }
    if answers.balance_problems {
        adaptations.push(Adaptation::SupportedBalance);
    }
    if answers.pain.highest() >= GENTLER_START_PAIN {
        adaptations.push(Adaptation::GentlerStart);
    }
    if answers.trend == Trend::Worse {
        adaptations.push(Adaptation::WatchWorsening);
    }
    if answers.breaks_often() != BreakCommitment::Yes {
        adaptations.push(Adaptation::BreakHabitFirst);
    }
    if current == PhaseNumber::One && answers.routine_days < SHORT_DAILY_VERSION_BELOW_DAYS {
        adaptations.push(Adaptation::ShortDailyVersion);
    }
    adaptations
}

// ---------------------------------------------------------------------------------------------
// Sitting breaks
// ---------------------------------------------------------------------------------------------

/// Source::Article (long sitting without breaks delays recovery): the app's target is a break
/// every 30-45 minutes, the best answer of the breaks question.
pub const BREAK_EVERY_FROM_MINUTES: u8 = 30;
/// Source::Article: see `BREAK_EVERY_FROM_MINUTES`.
pub const BREAK_EVERY_TO_MINUTES: u8 = 45;
/// Source::Adherence: a break this short fits a working day, so it actually happens.
pub const BREAK_LASTS_FROM_MINUTES: u8 = 1;
/// Source::Adherence: see `BREAK_LASTS_FROM_MINUTES`.
pub const BREAK_LASTS_TO_MINUTES: u8 = 2;
/// Source::Article (shortened hip flexors): a gentle stretch per side within the 2 minutes.
pub const BREAK_HIP_STRETCH_SECONDS: u16 = 20;
/// Source::Article (wake the glutes up often): a few squeezes, about 20 s.
pub const BREAK_GLUTE_SQUEEZES: u8 = 10;
/// Source::Article (less sitting): the rest of the break on the move.
pub const BREAK_WALK_SECONDS: u16 = 60;

/// How much of a sitting-break step to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BreakAmount {
    Seconds { seconds: u16, per_side: bool },
    Reps { reps: u8 },
}

impl BreakAmount {
    pub fn describe(&self) -> String {
        match *self {
            BreakAmount::Seconds { seconds, per_side } => {
                text::break_seconds_text(seconds, per_side)
            }
            BreakAmount::Reps { reps } => text::break_reps_text(reps),
        }
    }
}

/// Which step of the sitting-break routine this is, so a screen can show its picture.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BreakStepId {
    HipStretch,
    GluteSqueeze,
    Walk,
}

/// One step of the sitting-break routine.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BreakStep {
    pub id: BreakStepId,
    pub name: &'static str,
    pub how_to: &'static str,
    pub amount: BreakAmount,
}

/// The short routine to do every time a person gets up from long sitting.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SittingBreakRoutine {
    pub title: &'static str,
    pub why: String,
    pub every_from_minutes: u8,
    pub every_to_minutes: u8,
    pub lasts_from_minutes: u8,
    pub lasts_to_minutes: u8,
    pub steps: Vec<BreakStep>,
}

impl SittingBreakRoutine {
    pub fn standard() -> SittingBreakRoutine {
        let step = |id, words: text::BreakStepText, amount| BreakStep {
            id,
            name: words.name,
            how_to: words.how_to,
            amount,
        };
        SittingBreakRoutine {
            title: text::BREAKS_TITLE,
            why: text::breaks_why(
                BREAK_EVERY_FROM_MINUTES,
                BREAK_EVERY_TO_MINUTES,
                BREAK_LASTS_FROM_MINUTES,
                BREAK_LASTS_TO_MINUTES,
            ),
            every_from_minutes: BREAK_EVERY_FROM_MINUTES,
            every_to_minutes: BREAK_EVERY_TO_MINUTES,
            lasts_from_minutes: BREAK_LASTS_FROM_MINUTES,
            lasts_to_minutes: BREAK_LASTS_TO_MINUTES,
            steps: vec![
                step(
                    BreakStepId::HipStretch,
                    text::BREAK_HIP_STRETCH,
                    BreakAmount::Seconds {
                        seconds: BREAK_HIP_STRETCH_SECONDS,
                        per_side: true,
                    },
                ),
                step(
                    BreakStepId::GluteSqueeze,
                    text::BREAK_GLUTE_SQUEEZE,
                    BreakAmount::Reps {
                        reps: BREAK_GLUTE_SQUEEZES,
                    },
                ),
                step(
                    BreakStepId::Walk,
                    text::BREAK_WALK,
                    BreakAmount::Seconds {
                        seconds: BREAK_WALK_SECONDS,
                        per_side: false,
                    },
                ),
            ],
        }
    }
}

// ---------------------------------------------------------------------------------------------
// The whole plan
// ---------------------------------------------------------------------------------------------

/// Everything the plan page shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PhasePlan {
    pub phases: [Phase; 3],
    pub current: PhaseNumber,
    /// The checks for the phase after `current`; `None` in the last phase.
    pub next: Option<NextPhaseCheck>,
    pub adaptations: Vec<Adaptation>,
    pub sitting_breaks: SittingBreakRoutine,
}

impl PhasePlan {
    pub fn phase(&self, number: PhaseNumber) -> &Phase {
        match number {
            PhaseNumber::One => &self.phases[0],
            PhaseNumber::Two => &self.phases[1],
            PhaseNumber::Three => &self.phases[2],
        }
    }

    pub fn current_phase(&self) -> &Phase {
        self.phase(self.current)
    }
}

/// The plan for these answers; `first` is the person's first saved check, if any, for
/// measuring pain change.
pub fn build_plan(answers: &Answers, first: Option<&Answers>) -> PhasePlan {
    let current = current_phase(answers, first);
    let adaptations = adaptations_for(answers, current);
    PhasePlan {
        phases: PhaseNumber::ALL.map(|number| Phase::build(number, &adaptations)),
        current,
        next: next_phase_check(current, answers, first),
        adaptations,
        sitting_breaks: SittingBreakRoutine::standard(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::answers::{
        BreakFrequency, Onset, PainScores, PostureSign, RedFlag, SideSeconds, SittingDay,
    };
    use crate::core::examples;
    use crate::core::sorted_set::SortedSet;
    use proptest::prelude::*;

    /// Someone just starting, in phase 1: glutes barely felt, short holds, moderate pain. No
    /// adaptation applies: steady balance, not worsening, up every 30-45 minutes, the routine
    /// every day, no disc problem or nerve signs.
    fn starter() -> Answers {
        Answers {
            breaks: BreakFrequency::Every30To45Minutes,
            pain: PainScores {
                low_back: 4,
                hip: 3,
                knee: 0,
                ankle: 0,
            },
            balance_problems: false,
            trend: Trend::Same,
            glute_feel: GluteFeel::ALittle,
            bridge_hold: SideSeconds {
                left: 12,
                right: 15,
            },
            stance_hold: SideSeconds {
                left: 20,
                right: 22,
            },
            disc_problem: false,
            nerve_signs: false,
            routine_days: 7,
            break_commitment: None,
            ..examples::typical_desk_worker()
        }
    }

    /// Meets every check into phase 2, none into phase 3 (bridge 35 s < 60 s).
    fn ready_for_two() -> Answers {
        Answers {
            glute_feel: GluteFeel::Clearly,
            bridge_hold: SideSeconds {
                left: 35,
                right: 40,
            },
            compensation: YesNoUnsure::No,
            ..starter()
        }
    }

    /// Meets every check into phases 2 and 3.
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
                low_back: 2,
                hip: 1,
                knee: 0,
                ankle: 0,
            },
            ..ready_for_two()
        }
    }

    fn with_pain(answers: &Answers, highest: u8) -> Answers {
        Answers {
            pain: PainScores {
                low_back: highest,
                hip: 0,
                knee: 0,
                ankle: 0,
            },
            ..answers.clone()
        }
    }

    const MET: CriterionStatus = CriterionStatus::Met;
    const NOT_MET: CriterionStatus = CriterionStatus::NotMet;
    const UNKNOWN: CriterionStatus = CriterionStatus::Unknown;

    // --- Criteria ----------------------------------------------------------------------------

    #[test]
    fn glutes_felt_only_when_clearly() {
        let c = Criterion::GlutesFeltInBridge;
        for (feel, want) in [
            (GluteFeel::NotAtAll, NOT_MET),
            (GluteFeel::ALittle, NOT_MET),
            (GluteFeel::Clearly, MET),
        ] {
            let a = Answers {
                glute_feel: feel,
                ..starter()
            };
            assert_eq!(c.check(&a, None), want, "{feel:?}");
        }
    }

    #[test]
    fn bridge_hold_into_two_needs_30_s_on_the_weaker_side() {
        let c = Criterion::BridgeHold {
            min_seconds: BRIDGE_HOLD_INTO_PHASE_2_SECONDS,
        };
        let hold = |left, right| Answers {
            bridge_hold: SideSeconds { left, right },
            ..starter()
        };
        assert_eq!(c.check(&hold(30, 30), None), MET);
        assert_eq!(c.check(&hold(30, 40), None), MET);
        assert_eq!(c.check(&hold(29, 40), None), NOT_MET);
        assert_eq!(c.check(&hold(60, 29), None), NOT_MET);
        assert_eq!(c.check(&hold(0, 0), None), NOT_MET);
        assert_eq!(
            c.evidence(&hold(35, 40), None),
            "Bridge hold: left 35 s, right 40 s. The aim is 30 s or more on each side."
        );
    }

    #[test]
    fn bridge_hold_into_three_needs_60_s_both_sides() {
        let c = Criterion::BridgeHold {
            min_seconds: BRIDGE_HOLD_INTO_PHASE_3_SECONDS,
        };
        let hold = |left, right| Answers {
            bridge_hold: SideSeconds { left, right },
            ..starter()
        };
        assert_eq!(c.check(&hold(60, 60), None), MET);
        assert_eq!(c.check(&hold(59, 65), None), NOT_MET);
        assert!(c.sentence().contains("60 seconds"));
    }

    #[test]
    fn bridge_sides_must_be_within_10_s() {
        let c = Criterion::BridgeSidesEven {
            max_gap_seconds: BRIDGE_SIDE_GAP_MAX_SECONDS,
        };
        let hold = |left, right| Answers {
            bridge_hold: SideSeconds { left, right },
            ..starter()
        };
        assert_eq!(c.check(&hold(30, 40), None), MET);
        assert_eq!(c.check(&hold(41, 30), None), NOT_MET);
        assert!(c.evidence(&hold(41, 30), None).contains("11 s"));
    }

    #[test]
    fn compensation_must_be_a_clear_no() {
        let c = Criterion::NoCompensation;
        for (comp, want) in [
            (YesNoUnsure::No, MET),
            (YesNoUnsure::Unsure, UNKNOWN),
            (YesNoUnsure::Yes, NOT_MET),
        ] {
            let a = Answers {
                compensation: comp,
                ..starter()
            };
            assert_eq!(c.check(&a, None), want, "{comp:?}");
        }
    }

    #[test]
    fn stance_target_is_the_age_norm_capped_at_30_s() {
        assert_eq!(stance_target_seconds(AgeBand::From18To39), 30);
        assert_eq!(stance_target_seconds(AgeBand::From50To59), 30);
        assert_eq!(stance_target_seconds(AgeBand::From60To69), 27);
        assert_eq!(stance_target_seconds(AgeBand::From70To79), 15);
        assert_eq!(stance_target_seconds(AgeBand::From80), 6);
        for band in AgeBand::ALL {
            assert!(stance_target_seconds(band) <= STANCE_TARGET_CAP_SECONDS);
        }
    }

    #[test]
    fn stance_uses_the_weaker_side_and_the_age_band() {
        let c = Criterion::StanceForAge;
        let stance = |age_band, left, right| Answers {
            age_band,
            stance_hold: SideSeconds { left, right },
            ..starter()
        };
        assert_eq!(c.check(&stance(AgeBand::From18To39, 30, 45), None), MET);
        assert_eq!(c.check(&stance(AgeBand::From18To39, 29, 45), None), NOT_MET);
        assert_eq!(c.check(&stance(AgeBand::From70To79, 15, 16), None), MET);
        assert_eq!(c.check(&stance(AgeBand::From70To79, 14, 30), None), NOT_MET);
        assert!(c
            .evidence(&stance(AgeBand::From70To79, 14, 30), None)
            .contains("15 s or more"));
    }

    #[test]
    fn pelvis_must_stay_level_and_not_checked_is_unknown() {
        let c = Criterion::PelvisLevel;
        for (drop, want) in [
            (PelvisDrop::Neither, MET),
            (PelvisDrop::OneSide, NOT_MET),
            (PelvisDrop::BothSides, NOT_MET),
            (PelvisDrop::NotChecked, UNKNOWN),
        ] {
            let a = Answers {
                pelvis_drop: drop,
                ..starter()
            };
            assert_eq!(c.check(&a, None), want, "{drop:?}");
        }
    }

    #[test]
    fn pain_low_enough_is_met_without_a_first_check() {
        let c = Criterion::PainEased;
        assert_eq!(c.check(&with_pain(&starter(), 2), None), MET);
        assert_eq!(c.check(&with_pain(&starter(), 0), None), MET);
    }

    #[test]
    fn pain_needs_a_first_check_to_judge_change() {
        let c = Criterion::PainEased;
        let latest = with_pain(&starter(), 3);
        assert_eq!(c.check(&latest, None), UNKNOWN);
        assert!(c.evidence(&latest, None).contains("first check"));
    }

    #[test]
    fn pain_drop_of_two_points_or_thirty_percent_is_met() {
        let c = Criterion::PainEased;
        let first = |p| with_pain(&starter(), p);
        let now = |p| with_pain(&starter(), p);
        // 2 points.
        assert_eq!(c.check(&now(6), Some(&first(8))), MET);
        assert_eq!(c.check(&now(7), Some(&first(8))), NOT_MET);
        // From 4, one point is only 25%: not yet meaningful.
        assert_eq!(c.check(&now(3), Some(&first(4))), NOT_MET);
        // From 10, 30% would be 3 points, but 2 points is reached first.
        assert_eq!(c.check(&now(8), Some(&first(10))), MET);
        // No change, or worse.
        assert_eq!(c.check(&now(5), Some(&first(5))), NOT_MET);
        assert_eq!(c.check(&now(6), Some(&first(4))), NOT_MET);
        assert_eq!(
            c.evidence(&now(7), Some(&first(8))),
            "Your worst pain went from 8 to 7 out of 10. The aim is 6 or less."
        );
    }

    #[test]
    fn pain_aim_follows_the_smaller_meaningful_drop() {
        assert_eq!(pain_aim_at_most(10), 8);
        assert_eq!(pain_aim_at_most(5), 3);
        assert_eq!(pain_aim_at_most(4), 2);
        assert_eq!(pain_aim_at_most(1), PAIN_LOW_ENOUGH);
        assert_eq!(pain_aim_at_most(0), PAIN_LOW_ENOUGH);
    }

    #[test]
    fn every_criterion_has_a_sentence_and_a_source() {
        for phase in PhaseNumber::ALL {
            for c in criteria_into(phase) {
                assert!(!c.sentence().is_empty());
                assert!(Source::ALL.contains(&c.source()));
            }
        }
    }

    // --- Current phase -----------------------------------------------------------------------

    #[test]
    fn starter_is_in_phase_one() {
        assert_eq!(current_phase(&starter(), None), PhaseNumber::One);
    }

    #[test]
    fn meeting_phase_two_checks_moves_to_two() {
        assert_eq!(current_phase(&ready_for_two(), None), PhaseNumber::Two);
    }

    #[test]
    fn meeting_phase_three_checks_moves_to_three() {
        assert_eq!(current_phase(&ready_for_three(), None), PhaseNumber::Three);
    }

    #[test]
    fn phase_three_checks_alone_never_skip_phase_two() {
        // Strong on every phase-3 check but hamstrings still take over.
        let a = Answers {
            compensation: YesNoUnsure::Yes,
            ..ready_for_three()
        };
        assert_eq!(current_phase(&a, None), PhaseNumber::One);
    }

    #[test]
    fn unknown_pain_change_holds_back_phase_three() {
        let a = with_pain(&ready_for_three(), 5);
        assert_eq!(current_phase(&a, None), PhaseNumber::Two);
        let first = with_pain(&starter(), 8);
        assert_eq!(current_phase(&a, Some(&first)), PhaseNumber::Three);
    }

    #[test]
    fn next_phase_check_reports_values_and_readiness() {
        let plan = build_plan(&ready_for_two(), None);
        let Some(next) = plan.next else {
            panic!("phase 2 has a next phase");
        };
        assert_eq!(next.phase, PhaseNumber::Three);
        assert!(!next.ready());
        assert_eq!(next.results.len(), criteria_into(PhaseNumber::Three).len());
        assert!(next.results[0].evidence.contains("left 35 s"));

        let one = next_phase_check(PhaseNumber::One, &ready_for_two(), None);
        assert!(one.as_ref().is_some_and(NextPhaseCheck::ready));
        assert!(one.is_some_and(|n| n.summary.contains("ready for phase 2")));
        assert!(build_plan(&ready_for_three(), None).next.is_none());
    }

    // --- Adaptations -------------------------------------------------------------------------

    #[test]
    fn disc_problem_or_nerve_signs_need_a_clinician_first() {
        for (disc, nerve) in [(true, false), (false, true), (true, true)] {
            let a = Answers {
                disc_problem: disc,
                nerve_signs: nerve,
                clinician_cleared: Some(true),
                ..starter()
            };
            let plan = build_plan(&a, None);
            assert_eq!(plan.adaptations.first(), Some(&Adaptation::ClinicianFirst));
        }
        assert!(!build_plan(&starter(), None)
            .adaptations
            .contains(&Adaptation::ClinicianFirst));
        assert!(Adaptation::ClinicianFirst.text().contains("follow theirs"));
    }

    #[test]
    fn balance_problems_swap_in_supported_variants() {
        let a = Answers {
            balance_problems: true,
            ..starter()
        };
        let plan = build_plan(&a, None);
        assert!(plan.adaptations.contains(&Adaptation::SupportedBalance));
        let sld = plan
            .phase(PhaseNumber::Three)
            .exercises
            .iter()
            .find(|e| e.id == ExerciseId::SingleLegDeadlift);
        assert!(sld.is_some_and(|e| e.supported && e.name.contains("chair")));
        for id in [
            ExerciseId::StepUp,
            ExerciseId::Lunge,
            ExerciseId::LateralBound,
        ] {
            let e = plan.phase(id.phase()).exercises.iter().find(|e| e.id == id);
            assert!(e.is_some_and(|e| e.supported), "{id:?}");
        }
        // Floor work is unchanged.
        assert!(plan.phases[0].exercises.iter().all(|e| !e.supported));

        let plain = build_plan(&starter(), None);
        assert!(!plain.adaptations.contains(&Adaptation::SupportedBalance));
        assert!(plain
            .phases
            .iter()
            .flat_map(|p| &p.exercises)
            .all(|e| !e.supported));
    }

    #[test]
    fn supported_variants_never_ask_for_hops_or_longer_steps() {
        let a = Answers {
            balance_problems: true,
            ..starter()
        };
        let plan = build_plan(&a, None);
        let supported: Vec<&Exercise> = plan
            .phases
            .iter()
            .flat_map(|p| &p.exercises)
            .filter(|e| e.supported)
            .collect();
        assert_eq!(supported.len(), 4);
        // The words a steadier form must not use: they describe the usual, riskier movement.
        let unsteady = ["bound", "hop", "jump", "longer step"];
        for e in supported {
            assert!(!e.name.trim().is_empty(), "{:?}", e.id);
            assert!(!e.feel.trim().is_empty(), "{:?}", e.id);
            assert!(!e.compensation_sign.trim().is_empty(), "{:?}", e.id);
            assert!(!e.how_to.is_empty(), "{:?}", e.id);
            let words = e
                .how_to
                .iter()
                .chain([&e.feel, &e.compensation_sign])
                .map(|t| t.to_lowercase());
            for t in words {
                assert!(!t.trim().is_empty(), "{:?}", e.id);
                for word in unsteady {
                    assert!(!t.contains(word), "{:?} says {word:?}: {t}", e.id);
                }
            }
        }
        // The phase advice is shown beside the supported forms too.
        for phase in &plan.phases {
            let progress = phase.how_to_progress.to_lowercase();
            for word in unsteady {
                assert!(!progress.contains(word), "{:?} says {word:?}", phase.number);
            }
        }
    }

    #[test]
    fn high_pain_starts_gentler_with_smaller_doses() {
        let high = with_pain(&starter(), GENTLER_START_PAIN);
        let plan = build_plan(&high, None);
        assert!(plan.adaptations.contains(&Adaptation::GentlerStart));
        for e in plan.phases.iter().flat_map(|p| &p.exercises) {
            match e.dose {
                Dose::SetsReps { sets, reps, .. } => {
                    assert!(
                        sets <= GENTLE_MAX_SETS && reps <= GENTLE_MAX_REPS,
                        "{:?}",
                        e.id
                    )
                }
                Dose::Hold { sets, seconds, .. } => {
                    assert!(sets <= GENTLE_MAX_SETS && seconds <= GENTLE_MAX_HOLD_SECONDS)
                }
            }
        }
        let below = with_pain(&starter(), GENTLER_START_PAIN - 1);
        let plan = build_plan(&below, None);
        assert!(!plan.adaptations.contains(&Adaptation::GentlerStart));
        assert!(plan
            .phases
            .iter()
            .flat_map(|p| &p.exercises)
            .all(|e| e.dose == e.id.base_dose()));
        assert!(Adaptation::GentlerStart
            .text()
            .contains("more than 2 points"));
    }

    #[test]
    fn rare_breaks_make_breaks_the_first_habit() {
        let rare = |commitment| Answers {
            breaks: BreakFrequency::Rarely,
            break_commitment: Some(commitment),
            ..starter()
        };
        for (commitment, expected) in [
            (BreakCommitment::No, true),
            (BreakCommitment::Sometimes, true),
            (BreakCommitment::Yes, false),
        ] {
            let plan = build_plan(&rare(commitment), None);
            assert_eq!(
                plan.adaptations.contains(&Adaptation::BreakHabitFirst),
                expected,
                "{commitment:?}"
            );
        }
        assert!(!build_plan(&starter(), None)
            .adaptations
            .contains(&Adaptation::BreakHabitFirst));
    }

    #[test]
    fn few_routine_days_in_phase_one_get_a_short_daily_version() {
        let few = Answers {
            routine_days: SHORT_DAILY_VERSION_BELOW_DAYS - 1,
            ..starter()
        };
        assert!(build_plan(&few, None)
            .adaptations
            .contains(&Adaptation::ShortDailyVersion));
        let enough = Answers {
            routine_days: SHORT_DAILY_VERSION_BELOW_DAYS,
            ..starter()
        };
        assert!(!build_plan(&enough, None)
            .adaptations
            .contains(&Adaptation::ShortDailyVersion));
        // Phase 2 is not daily, so few days are fine there.
        let phase_two = Answers {
            routine_days: 2,
            ..ready_for_two()
        };
        assert!(!build_plan(&phase_two, None)
            .adaptations
            .contains(&Adaptation::ShortDailyVersion));
    }

    #[test]
    fn worsening_symptoms_are_watched() {
        let worse = Answers {
            trend: Trend::Worse,
            ..starter()
        };
        assert!(build_plan(&worse, None)
            .adaptations
            .contains(&Adaptation::WatchWorsening));
        assert!(!build_plan(&starter(), None)
            .adaptations
            .contains(&Adaptation::WatchWorsening));
    }

    #[test]
    fn every_adaptation_has_a_title_and_text() {
        for a in [
            Adaptation::ClinicianFirst,
            Adaptation::SupportedBalance,
            Adaptation::GentlerStart,
            Adaptation::BreakHabitFirst,
            Adaptation::ShortDailyVersion,
            Adaptation::WatchWorsening,
        ] {
            assert!(!a.title().is_empty() && !a.text().is_empty(), "{a:?}");
            assert!(Source::ALL.contains(&a.source()));
        }
    }

    // --- Doses, phases, breaks ---------------------------------------------------------------

    #[test]
    fn dose_descriptions_read_naturally() {
        assert_eq!(
            ExerciseId::GluteBridge.base_dose().describe(),
            "3 sets of 15, every day"
        );
        assert_eq!(
            ExerciseId::StepUp.base_dose().describe(),
            "3 sets of 10 on each side, 3 days a week"
        );
        assert_eq!(
            ExerciseId::SingleLegBridgeHold.base_dose().describe(),
            "3 holds of 20 seconds on each side, every day"
        );
        let once = Dose::Hold {
            sets: 1,
            seconds: 30,
            per_side: false,
            days_per_week: 1,
        };
        assert_eq!(once.describe(), "1 hold of 30 seconds, once a week");
    }

    #[test]
    fn phase_one_is_daily_high_reps_and_later_phases_are_not_daily() {
        for id in ExerciseId::ALL {
            let (reps_or_secs, days) = match id.base_dose() {
                Dose::SetsReps {
                    reps,
                    days_per_week,
                    ..
                } => (u16::from(reps), days_per_week),
                Dose::Hold {
                    seconds,
                    days_per_week,
                    ..
                } => (seconds, days_per_week),
            };
            match id.phase() {
                PhaseNumber::One => {
                    assert_eq!(days, 7, "{id:?}");
                    assert!(reps_or_secs >= 12, "{id:?}");
                }
                PhaseNumber::Two | PhaseNumber::Three => {
                    assert!((2..=3).contains(&days), "{id:?}");
                    assert!(reps_or_secs <= 12, "{id:?}");
                }
            }
        }
    }

    #[test]
    fn every_exercise_is_listed_once_in_its_own_phase() {
        for id in ExerciseId::ALL {
            let homes: Vec<_> = PhaseNumber::ALL
                .iter()
                .filter(|p| p.exercise_ids().contains(&id))
                .collect();
            assert_eq!(homes, vec![&id.phase()], "{id:?}");
        }
    }

    #[test]
    fn squats_deadlifts_and_bounds_come_later_in_their_phase() {
        let plan = build_plan(&starter(), None);
        let later: Vec<ExerciseId> = plan
            .phases
            .iter()
            .flat_map(|p| &p.exercises)
            .filter(|e| e.later_in_phase)
            .map(|e| e.id)
            .collect();
        assert_eq!(
            later,
            vec![
                ExerciseId::SingleLegBridgeHold,
                ExerciseId::Squat,
                ExerciseId::Deadlift,
                ExerciseId::LateralBound
            ]
        );
        // Each phase opens with exercises that are not "later".
        for phase in &plan.phases {
            assert!(phase.exercises.first().is_some_and(|e| !e.later_in_phase));
        }
    }

    #[test]
    fn move_on_checks_belong_to_the_next_phase() {
        let plan = build_plan(&starter(), None);
        assert_eq!(plan.phases[0].move_on_when, criteria_into(PhaseNumber::Two));
        assert_eq!(
            plan.phases[1].move_on_when,
            criteria_into(PhaseNumber::Three)
        );
        assert!(plan.phases[2].move_on_when.is_empty());
    }

    #[test]
    fn sitting_break_routine_is_every_30_to_45_minutes_and_short() {
        let r = SittingBreakRoutine::standard();
        assert_eq!((r.every_from_minutes, r.every_to_minutes), (30, 45));
        assert_eq!((r.lasts_from_minutes, r.lasts_to_minutes), (1, 2));
        assert_eq!(r.steps.len(), 3);
        // The timed steps fit the 2 minutes.
        let seconds: u16 = r
            .steps
            .iter()
            .map(|s| match s.amount {
                BreakAmount::Seconds { seconds, per_side } => {
                    if per_side {
                        2 * seconds
                    } else {
                        seconds
                    }
                }
                BreakAmount::Reps { reps } => 2 * u16::from(reps),
            })
            .sum();
        assert!(seconds <= u16::from(r.lasts_to_minutes) * 60);
        for s in &r.steps {
            assert!(!s.name.is_empty() && !s.how_to.is_empty() && !s.amount.describe().is_empty());
        }
        assert!(r.why.contains("30 to 45 minutes"));
    }

    // --- Properties --------------------------------------------------------------------------

    /// Answers that respect every invariant `validate` guarantees.
    fn arb_answers() -> impl Strategy<Value = Answers> {
        let about = (
            prop::sample::select(AgeBand::ALL.to_vec()),
            0u8..=48,
            prop::sample::select(BreakFrequency::ALL.to_vec()),
            prop::sample::select(BreakCommitment::ALL.to_vec()),
        );
        let symptoms = (
            (0u8..=10, 0u8..=10, 0u8..=10, 0u8..=10),
            any::<bool>(),
            prop::collection::btree_set(prop::sample::select(PostureSign::ALL.to_vec()), 0..=4)
                .prop_map(SortedSet::from_iter),
            prop::sample::select(YesNoUnsure::ALL.to_vec()),
            prop::sample::select(Onset::ALL.to_vec()),
            prop::sample::select(Trend::ALL.to_vec()),
        );
        let tests = (
            prop::sample::select(GluteFeel::ALL.to_vec()),
            (
                0..=Answers::MAX_BRIDGE_SECONDS,
                0..=Answers::MAX_BRIDGE_SECONDS,
            ),
            (
                0..=Answers::MAX_STANCE_SECONDS,
                0..=Answers::MAX_STANCE_SECONDS,
            ),
            prop::sample::select(PelvisDrop::ALL.to_vec()),
        );
        let history = (
            any::<bool>(),
            any::<bool>(),
            any::<bool>(),
            prop::collection::btree_set(prop::sample::select(RedFlag::ASKED.to_vec()), 0..=2)
                .prop_map(SortedSet::from_iter),
            0..=Answers::MAX_ROUTINE_DAYS,
        );
        (about, symptoms, tests, history).prop_map(
            |(
                (age_band, half_hours, breaks, commitment),
                (
                    (low_back, hip, knee, ankle),
                    balance_problems,
                    posture_signs,
                    compensation,
                    onset,
                    trend,
                ),
                (glute_feel, (bl, br), (sl, sr), pelvis_drop),
                (disc_problem, nerve_signs, cleared, red_flags, routine_days),
            )| Answers {
                age_band,
                sitting: SittingDay { half_hours },
                breaks,
                pain: PainScores {
                    low_back,
                    hip,
                    knee,
                    ankle,
                },
                balance_problems,
                posture_signs,
                compensation,
                onset,
                trend,
                glute_feel,
                bridge_hold: SideSeconds {
                    left: bl,
                    right: br,
                },
                stance_hold: SideSeconds {
                    left: sl,
                    right: sr,
                },
                pelvis_drop,
                disc_problem,
                nerve_signs,
                clinician_cleared: (disc_problem || nerve_signs).then_some(cleared),
                red_flags,
                red_flags_unsure: SortedSet::new(),
                routine_days,
                break_commitment: (breaks != BreakFrequency::Every30To45Minutes)
                    .then_some(commitment),
            },
        )
    }

    /// Better-or-equal self-test results: the same extra seconds on both sides (so the side gap
    /// never widens), and feel, compensation and pelvis answers that are at least as good.
    fn stronger(a: &Answers, bridge_extra: u16, stance_extra: u16, improve: [bool; 3]) -> Answers {
        let add = |s: SideSeconds, extra: u16, max: u16| SideSeconds {
            left: s.left.saturating_add(extra).min(max),
            right: s.right.saturating_add(extra).min(max),
        };
        Answers {
            bridge_hold: add(a.bridge_hold, bridge_extra, Answers::MAX_BRIDGE_SECONDS),
            stance_hold: add(a.stance_hold, stance_extra, Answers::MAX_STANCE_SECONDS),
            glute_feel: if improve[0] {
                GluteFeel::Clearly
            } else {
                a.glute_feel
            },
            compensation: if improve[1] {
                YesNoUnsure::No
            } else {
                a.compensation
            },
            pelvis_drop: if improve[2] {
                PelvisDrop::Neither
            } else {
                a.pelvis_drop
            },
            ..a.clone()
        }
    }

    const ARTICLE_EXERCISES: [(PhaseNumber, &[ExerciseId]); 3] = [
        (
            PhaseNumber::One,
            &[
                ExerciseId::GluteBridge,
                ExerciseId::Clamshell,
                ExerciseId::SideLyingLegLift,
            ],
        ),
        (
            PhaseNumber::Two,
            &[
                ExerciseId::WeightedHipThrust,
                ExerciseId::StepUp,
                ExerciseId::CableKickback,
                ExerciseId::Squat,
                ExerciseId::Deadlift,
            ],
        ),
        (
            PhaseNumber::Three,
            &[
                ExerciseId::Lunge,
                ExerciseId::SingleLegDeadlift,
                ExerciseId::LateralBound,
            ],
        ),
    ];

    proptest! {
        #[test]
        fn every_plan_has_three_phases_in_order_with_the_article_exercises(
            a in arb_answers(),
            first in prop::option::of(arb_answers()),
        ) {
            let plan = build_plan(&a, first.as_ref());
            for (i, (number, ids)) in ARTICLE_EXERCISES.iter().enumerate() {
                let phase = &plan.phases[i];
                prop_assert_eq!(phase.number, *number);
                prop_assert!(!phase.name.is_empty() && !phase.goal.is_empty());
                for id in *ids {
                    prop_assert!(phase.exercises.iter().any(|e| e.id == *id), "{:?}", id);
                }
                for e in &phase.exercises {
                    prop_assert_eq!(e.id.phase(), *number);
                }
            }
        }

        #[test]
        fn every_exercise_has_how_to_feel_and_compensation_text(
            a in arb_answers(),
        ) {
            let plan = build_plan(&a, None);
            for e in plan.phases.iter().flat_map(|p| &p.exercises) {
                prop_assert!(!e.name.is_empty());
                prop_assert!(!e.how_to.is_empty());
                prop_assert!(e.how_to.iter().all(|step| !step.trim().is_empty()));
                prop_assert!(!e.feel.trim().is_empty());
                prop_assert!(!e.compensation_sign.trim().is_empty());
                prop_assert!(!e.dose.describe().is_empty());
            }
        }

        #[test]
        fn current_phase_never_jumps_past_an_unmet_criterion(
            a in arb_answers(),
            first in prop::option::of(arb_answers()),
        ) {
            let current = current_phase(&a, first.as_ref());
            for phase in [PhaseNumber::Two, PhaseNumber::Three] {
                if phase <= current {
                    for c in criteria_into(phase) {
                        prop_assert_eq!(c.check(&a, first.as_ref()), CriterionStatus::Met, "{:?}", c);
                    }
                }
            }
            // And it stops at the first phase with an unmet check.
            if let Some(next) = current.next() {
                prop_assert!(criteria_into(next)
                    .iter()
                    .any(|c| c.check(&a, first.as_ref()) != CriterionStatus::Met));
            }
        }

        #[test]
        fn stronger_self_tests_never_lower_the_phase(
            a in arb_answers(),
            first in prop::option::of(arb_answers()),
            bridge_extra in 0u16..=120,
            stance_extra in 0u16..=60,
            improve in any::<[bool; 3]>(),
        ) {
            let better = stronger(&a, bridge_extra, stance_extra, improve);
            prop_assert!(current_phase(&better, first.as_ref()) >= current_phase(&a, first.as_ref()));
        }

        #[test]
        fn a_complicating_condition_always_yields_clinician_first(
            a in arb_answers(),
            disc in any::<bool>(),
            cleared in any::<bool>(),
        ) {
            let a = Answers {
                disc_problem: disc,
                nerve_signs: !disc || a.nerve_signs,
                clinician_cleared: Some(cleared),
                ..a
            };
            prop_assert!(build_plan(&a, None).adaptations.contains(&Adaptation::ClinicianFirst));
        }

        #[test]
        fn clinician_first_only_with_a_complicating_condition(a in arb_answers()) {
            let plan = build_plan(&a, None);
            prop_assert_eq!(
                plan.adaptations.contains(&Adaptation::ClinicianFirst),
                a.has_complicating_condition()
            );
        }
    }
}
