//! The typed answers of one finished questionnaire.
//!
//! `Answers` is what every later step (triage, severity, estimate, plan, history, plan link)
//! works on. It is only ever built by `validate` from a `Draft` (the raw form state), or
//! decoded from a stored record or link, so every value in it is already within range.

use crate::core::sorted_set::SortedSet;

/// Age bands of the single-leg stance norms (Springer et al. 2007, six bands).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AgeBand {
    From18To39,
    From40To49,
    From50To59,
    From60To69,
    From70To79,
    From80,
}

impl AgeBand {
    pub const ALL: [AgeBand; 6] = [
        AgeBand::From18To39,
        AgeBand::From40To49,
        AgeBand::From50To59,
        AgeBand::From60To69,
        AgeBand::From70To79,
        AgeBand::From80,
    ];
}

/// Hours of sitting yesterday, in half-hour steps, asked as one total with work or study,
/// travel and free time named in the question as reminders. The clinical notes favour recall
/// split by domain; the prompt keeps the domains as cues while asking for one number, which
/// takes one answer instead of four (the estimate uses only the total). Answers saved with the
/// split are read back as their sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SittingDay {
    pub half_hours: u8,
}

impl SittingDay {
    /// A day has 48 half hours.
    pub const MAX_TOTAL_HALF_HOURS: u16 = 48;

    pub fn total_half_hours(&self) -> u16 {
        u16::from(self.half_hours)
    }

    pub fn total_hours(&self) -> f32 {
        self.total_half_hours() as f32 / 2.0
    }
}

/// How often a person gets up during long sitting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BreakFrequency {
    /// Less often than every two hours.
    Rarely,
    /// About every one to two hours.
    EveryHourOrTwo,
    /// About every 30-45 minutes.
    Every30To45Minutes,
}

impl BreakFrequency {
    pub const ALL: [BreakFrequency; 3] = [
        BreakFrequency::Rarely,
        BreakFrequency::EveryHourOrTwo,
        BreakFrequency::Every30To45Minutes,
    ];
}

/// Pain on the 0-10 numeric rating scale, by area.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct PainScores {
    pub low_back: u8,
    pub hip: u8,
    pub knee: u8,
    pub ankle: u8,
}

impl PainScores {
    pub const MAX: u8 = 10;

    pub fn highest(&self) -> u8 {
        self.low_back.max(self.hip).max(self.knee).max(self.ankle)
    }
}

/// Signs of a forward-tilted pelvis (anterior pelvic tilt) a person can see or feel.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PostureSign {
    /// The low back arches more than it used to when standing.
    ArchedLowBack,
    /// The belly pushes forward even without weight gain.
    BellyPushedForward,
    /// The front of the hips feels tight after sitting.
    TightHipFronts,
    /// The bottom sticks out behind when standing relaxed.
    BottomSticksOut,
}

impl PostureSign {
    pub const ALL: [PostureSign; 4] = [
        PostureSign::ArchedLowBack,
        PostureSign::BellyPushedForward,
        PostureSign::TightHipFronts,
        PostureSign::BottomSticksOut,
    ];
}

/// A yes / no question where "not sure" is an honest answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum YesNoUnsure {
    No,
    Unsure,
    Yes,
}

impl YesNoUnsure {
    pub const ALL: [YesNoUnsure; 3] = [YesNoUnsure::No, YesNoUnsure::Unsure, YesNoUnsure::Yes];
}

/// When the symptoms started.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Onset {
    /// Within the last 6 weeks.
    Weeks,
    /// 6 weeks to 12 months ago.
    Months,
    /// More than a year ago.
    Years,
}

impl Onset {
    pub const ALL: [Onset; 3] = [Onset::Weeks, Onset::Months, Onset::Years];
}

/// Whether the symptoms have been changing lately.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Trend {
    Better,
    Same,
    Worse,
}

impl Trend {
    pub const ALL: [Trend; 3] = [Trend::Better, Trend::Same, Trend::Worse];
}

/// How clearly a person feels the glutes working during a two-leg bridge.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum GluteFeel {
    /// Not at all: the hamstrings or the low back do the work.
    NotAtAll,
    /// A little, or only on one side.
    ALittle,
    /// Clearly, on both sides.
    Clearly,
}

impl GluteFeel {
    pub const ALL: [GluteFeel; 3] = [GluteFeel::NotAtAll, GluteFeel::ALittle, GluteFeel::Clearly];
}

/// A hold time in whole seconds for the left and the right side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SideSeconds {
    pub left: u16,
    pub right: u16,
}

impl SideSeconds {
    pub fn weaker(&self) -> u16 {
        self.left.min(self.right)
    }

    pub fn difference(&self) -> u16 {
        self.left.abs_diff(self.right)
    }
}

/// What the mirror shows when standing on one leg (the Trendelenburg check).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum PelvisDrop {
    /// The pelvis stays level on both sides.
    Neither,
    /// The pelvis drops when standing on one of the legs.
    OneSide,
    /// The pelvis drops whichever leg is standing.
    BothSides,
    /// Could not tell, or did not try.
    NotChecked,
}

impl PelvisDrop {
    pub const ALL: [PelvisDrop; 4] = [
        PelvisDrop::Neither,
        PelvisDrop::OneSide,
        PelvisDrop::BothSides,
        PelvisDrop::NotChecked,
    ];
}

/// Each red flag of the clinical notes, asked one sign at a time (people do not mention saddle
/// numbness unless asked, and a question about two things cannot be answered "not sure" about
/// one of them).
///
/// The last six are the combined questions asked before the split. They are never asked again,
/// but answers saved or linked with them keep their meaning, so they stay readable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum RedFlag {
    // Urgent: emergency care now.
    SaddleNumbness,
    BladderOrBowelChange,
    SymptomsInBothLegs,
    WorseningLegWeakness,
    PainSinceFallOrAccident,
    CannotBearWeight,
    HotSwollenHip,
    // See a doctor soon, before starting.
    Fever,
    UnexplainedWeightLoss,
    CancerHistory,
    ConstantPain,
    NightOrRestPain,
    WorseOnCoughOrSneeze,
    NumbnessBelowKnee,
    // Asked before the questions were split (urgent, then soon).
    BothLegsOrWorseningWeakness,
    AfterFallOrAccident,
    HotSwollenHipWithFever,
    FeverWeightLossOrCancer,
    ConstantOrNightPain,
    CoughSneezeOrBelowKneeNumbness,
}

impl RedFlag {
    /// The questions asked today, in the order they are asked.
    pub const ASKED: [RedFlag; 14] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderOrBowelChange,
        RedFlag::SymptomsInBothLegs,
        RedFlag::WorseningLegWeakness,
        RedFlag::PainSinceFallOrAccident,
        RedFlag::CannotBearWeight,
        RedFlag::HotSwollenHip,
        RedFlag::Fever,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::CancerHistory,
        RedFlag::ConstantPain,
        RedFlag::NightOrRestPain,
        RedFlag::WorseOnCoughOrSneeze,
        RedFlag::NumbnessBelowKnee,
    ];

    /// The combined questions of earlier versions, read from saved answers and links only.
    pub const LEGACY: [RedFlag; 6] = [
        RedFlag::BothLegsOrWorseningWeakness,
        RedFlag::AfterFallOrAccident,
        RedFlag::HotSwollenHipWithFever,
        RedFlag::FeverWeightLossOrCancer,
        RedFlag::ConstantOrNightPain,
        RedFlag::CoughSneezeOrBelowKneeNumbness,
    ];

    /// The questions asked before the split: the two never combined, then the combined ones.
    pub const ASKED_BEFORE_SPLIT: [RedFlag; 8] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderOrBowelChange,
        RedFlag::BothLegsOrWorseningWeakness,
        RedFlag::AfterFallOrAccident,
        RedFlag::HotSwollenHipWithFever,
        RedFlag::FeverWeightLossOrCancer,
        RedFlag::ConstantOrNightPain,
        RedFlag::CoughSneezeOrBelowKneeNumbness,
    ];

    /// Every flag, in declaration order.
    pub const ALL: [RedFlag; 20] = [
        RedFlag::SaddleNumbness,
        RedFlag::BladderOrBowelChange,
        RedFlag::SymptomsInBothLegs,
        RedFlag::WorseningLegWeakness,
        RedFlag::PainSinceFallOrAccident,
        RedFlag::CannotBearWeight,
        RedFlag::HotSwollenHip,
        RedFlag::Fever,
        RedFlag::UnexplainedWeightLoss,
        RedFlag::CancerHistory,
        RedFlag::ConstantPain,
        RedFlag::NightOrRestPain,
        RedFlag::WorseOnCoughOrSneeze,
        RedFlag::NumbnessBelowKnee,
        RedFlag::BothLegsOrWorseningWeakness,
        RedFlag::AfterFallOrAccident,
        RedFlag::HotSwollenHipWithFever,
        RedFlag::FeverWeightLossOrCancer,
        RedFlag::ConstantOrNightPain,
        RedFlag::CoughSneezeOrBelowKneeNumbness,
    ];

    /// Whether this question was asked the same way before and after the split.
    pub fn is_shared(self) -> bool {
        matches!(
            self,
            RedFlag::SaddleNumbness | RedFlag::BladderOrBowelChange
        )
    }

    /// Whether this is one of the combined questions no longer asked.
    pub fn is_legacy(self) -> bool {
        RedFlag::LEGACY.contains(&self)
    }
}

/// Whether a person can get up every 30-45 minutes from now on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BreakCommitment {
    No,
    Sometimes,
    Yes,
}

impl BreakCommitment {
    pub const ALL: [BreakCommitment; 3] = [
        BreakCommitment::No,
        BreakCommitment::Sometimes,
        BreakCommitment::Yes,
    ];
}

/// One complete, validated set of answers.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Answers {
    // About you
    pub age_band: AgeBand,
    // Sitting
    pub sitting: SittingDay,
    pub breaks: BreakFrequency,
    // Symptoms
    pub pain: PainScores,
    pub balance_problems: bool,
    pub posture_signs: SortedSet<PostureSign>,
    /// Hamstrings cramp, or the low back does the work, in bridges or squats.
    pub compensation: YesNoUnsure,
    // History
    pub onset: Onset,
    pub trend: Trend,
    // Self-tests
    pub glute_feel: GluteFeel,
    /// Single-leg bridge hold, 0 when it could not be done.
    pub bridge_hold: SideSeconds,
    /// Single-leg stance, eyes open, 0 when it could not be done.
    pub stance_hold: SideSeconds,
    pub pelvis_drop: PelvisDrop,
    // Complicating conditions
    pub disc_problem: bool,
    pub nerve_signs: bool,
    /// Only asked when there is a disc problem or nerve signs.
    pub clinician_cleared: Option<bool>,
    /// Red flags answered "yes" (every one is asked; in neither set means "no").
    pub red_flags: SortedSet<RedFlag>,
    /// Red flags answered "not sure", never also in `red_flags`. Triage reads them on the side
    /// of safety.
    pub red_flags_unsure: SortedSet<RedFlag>,
    // Commitment
    /// Days a week of the activation routine, 0-7.
    pub routine_days: u8,
    /// Only asked when breaks are not already every 30-45 minutes.
    pub break_commitment: Option<BreakCommitment>,
}

impl Answers {
    /// Bounds checked by validation, kept here so the link codec and property tests agree.
    pub const MAX_ROUTINE_DAYS: u8 = 7;
    pub const MAX_BRIDGE_SECONDS: u16 = 300;
    pub const MAX_STANCE_SECONDS: u16 = 120;

    pub fn has_complicating_condition(&self) -> bool {
        self.disc_problem || self.nerve_signs
    }

    /// "Yes" and "not sure" exclude each other, and the flags come from one version's
    /// questions: the combined questions of earlier versions never beside the split ones
    /// (the saddle and bladder questions were never combined, so they go with either).
    pub fn red_flags_are_consistent(&self) -> bool {
        let all = || self.red_flags.iter().chain(self.red_flags_unsure.iter());
        let legacy = all().any(|f| f.is_legacy());
        let split = all().any(|f| !f.is_legacy() && !f.is_shared());
        let mixed_versions = legacy && split;
        let yes_and_unsure = self
            .red_flags
            .iter()
            .any(|f| self.red_flags_unsure.contains(f));
        let unsure_combined = self.red_flags_unsure.iter().any(|f| f.is_legacy());
        !(mixed_versions || yes_and_unsure || unsure_combined)
    }

    /// The red-flag questions these answers were given to: before the split when they hold a
    /// combined flag, else today's. (Answers of all "no" from before the split read as today's:
    /// the outcome is the same.)
    pub fn red_flags_asked(&self) -> &'static [RedFlag] {
        if self.red_flags.iter().any(|f| f.is_legacy()) {
            &RedFlag::ASKED_BEFORE_SPLIT
        } else {
            &RedFlag::ASKED
        }
    }

    /// Will the person be breaking up sitting every 30-45 minutes from now on?
    pub fn breaks_often(&self) -> BreakCommitment {
        match (self.breaks, self.break_commitment) {
            (BreakFrequency::Every30To45Minutes, _) => BreakCommitment::Yes,
            (_, Some(c)) => c,
            (_, None) => BreakCommitment::No,
        }
    }
}
