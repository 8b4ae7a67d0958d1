//! The questionnaire as data: its sections (one UI step each), questions, answer kinds, stable
//! ids and the conditions that show or hide a question.
//!
//! Ids are stable snake_case strings because they are stored in history records and named in
//! error messages; changing one breaks old records. All wording comes from `content::questions`
//! (and `content::triage` for the red flags).

use std::sync::OnceLock;

use crate::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PelvisDrop, PostureSign,
    RedFlag, Trend, YesNoUnsure,
};
use crate::core::content::questions as text;
use crate::core::draft::{Draft, DraftValue};

/// Sitting is recalled per area for one day, so one area can hold at most a whole day
/// (Source::SittingRecall).
pub const MAX_SITTING_HOURS: f32 = 24.0;

/// Sitting hours are kept in half hours: finer recall is not realistic, coarser loses the
/// difference between a short and a long commute (Source::SittingRecall).
pub const SITTING_HOURS_STEP: f32 = 0.5;

/// The single-leg stance test may stop here. Eyes-open norms are timed up to 30 s
/// (Source::StanceNorms), so 60 s is past every norm while still short enough to be safe and
/// quick at home; the help text names this number.
pub const STANCE_ENOUGH_SECONDS: u16 = 60;
const _: () = assert!(STANCE_ENOUGH_SECONDS <= Answers::MAX_STANCE_SECONDS);

/// One question of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum QuestionId {
    // About you
    AgeBand,
    // Sitting
    SittingTotal,
    /// The split by domain asked before the total: read from saved answers only.
    SittingWork,
    SittingTravel,
    SittingLeisure,
    SittingScreens,
    Breaks,
    // Symptoms
    /// Where it hurts: only the areas ticked get a pain scale. Not part of `Answers` (an area
    /// left unticked has pain 0), so saved answers and links are unchanged.
    PainAreas,
    PainLowBack,
    PainHip,
    PainKnee,
    PainAnkle,
    BalanceProblems,
    PostureSigns,
    Compensation,
    // History
    Onset,
    Trend,
    // Self-tests
    GluteFeel,
    BridgeHold,
    StanceHold,
    PelvisDrop,
    // Conditions
    DiscProblem,
    NerveSigns,
    ClinicianCleared,
    // Red flags, one question per `RedFlag` (the combined ones of earlier versions last)
    RedFlagSaddleNumbness,
    RedFlagBladderOrBowelChange,
    RedFlagSymptomsInBothLegs,
    RedFlagWorseningLegWeakness,
    RedFlagPainSinceFallOrAccident,
    RedFlagCannotBearWeight,
    RedFlagHotSwollenHip,
    RedFlagFever,
    RedFlagUnexplainedWeightLoss,
    RedFlagCancerHistory,
    RedFlagConstantPain,
    RedFlagNightOrRestPain,
    RedFlagWorseOnCoughOrSneeze,
    RedFlagNumbnessBelowKnee,
    RedFlagBothLegsOrWorseningWeakness,
    RedFlagAfterFallOrAccident,
    RedFlagHotSwollenHipWithFever,
    RedFlagFeverWeightLossOrCancer,
    RedFlagConstantOrNightPain,
    RedFlagCoughSneezeOrBelowKneeNumbness,
    // Commitment
    RoutineDays,
    BreakCommitment,
}

impl QuestionId {
    /// In questionnaire order (the declaration order, which `index` relies on).
    pub const ALL: [QuestionId; 46] = [
        QuestionId::AgeBand,
        QuestionId::SittingTotal,
        QuestionId::SittingWork,
        QuestionId::SittingTravel,
        QuestionId::SittingLeisure,
        QuestionId::SittingScreens,
        QuestionId::Breaks,
        QuestionId::PainAreas,
        QuestionId::PainLowBack,
        QuestionId::PainHip,
        QuestionId::PainKnee,
        QuestionId::PainAnkle,
        QuestionId::BalanceProblems,
        QuestionId::PostureSigns,
        QuestionId::Compensation,
        QuestionId::Onset,
        QuestionId::Trend,
        QuestionId::GluteFeel,
        QuestionId::BridgeHold,
        QuestionId::StanceHold,
        QuestionId::PelvisDrop,
        QuestionId::DiscProblem,
        QuestionId::NerveSigns,
        QuestionId::ClinicianCleared,
        QuestionId::RedFlagSaddleNumbness,
        QuestionId::RedFlagBladderOrBowelChange,
        QuestionId::RedFlagSymptomsInBothLegs,
        QuestionId::RedFlagWorseningLegWeakness,
        QuestionId::RedFlagPainSinceFallOrAccident,
        QuestionId::RedFlagCannotBearWeight,
        QuestionId::RedFlagHotSwollenHip,
        QuestionId::RedFlagFever,
        QuestionId::RedFlagUnexplainedWeightLoss,
        QuestionId::RedFlagCancerHistory,
        QuestionId::RedFlagConstantPain,
        QuestionId::RedFlagNightOrRestPain,
        QuestionId::RedFlagWorseOnCoughOrSneeze,
        QuestionId::RedFlagNumbnessBelowKnee,
        QuestionId::RedFlagBothLegsOrWorseningWeakness,
        QuestionId::RedFlagAfterFallOrAccident,
        QuestionId::RedFlagHotSwollenHipWithFever,
        QuestionId::RedFlagFeverWeightLossOrCancer,
        QuestionId::RedFlagConstantOrNightPain,
        QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness,
        QuestionId::RoutineDays,
        QuestionId::BreakCommitment,
    ];

    /// The stable id stored in records and named in messages.
    pub fn as_str(self) -> &'static str {
        match self {
            QuestionId::AgeBand => "age_band",
            QuestionId::SittingTotal => "sitting_total",
            QuestionId::SittingWork => "sitting_work",
            QuestionId::SittingTravel => "sitting_travel",
            QuestionId::SittingLeisure => "sitting_leisure",
            QuestionId::SittingScreens => "sitting_screens",
            QuestionId::Breaks => "breaks",
            QuestionId::PainAreas => "pain_areas",
            QuestionId::PainLowBack => "pain_low_back",
            QuestionId::PainHip => "pain_hip",
            QuestionId::PainKnee => "pain_knee",
            QuestionId::PainAnkle => "pain_ankle",
            QuestionId::BalanceProblems => "balance_problems",
            QuestionId::PostureSigns => "posture_signs",
            QuestionId::Compensation => "compensation",
            QuestionId::Onset => "onset",
            QuestionId::Trend => "trend",
            QuestionId::GluteFeel => "glute_feel",
            QuestionId::BridgeHold => "bridge_hold",
            QuestionId::StanceHold => "stance_hold",
            QuestionId::PelvisDrop => "pelvis_drop",
            QuestionId::DiscProblem => "disc_problem",
            QuestionId::NerveSigns => "nerve_signs",
            QuestionId::ClinicianCleared => "clinician_cleared",
            QuestionId::RedFlagSaddleNumbness => "red_flag_saddle_numbness",
            QuestionId::RedFlagBladderOrBowelChange => "red_flag_bladder_or_bowel_change",
            QuestionId::RedFlagSymptomsInBothLegs => "red_flag_symptoms_in_both_legs",
            QuestionId::RedFlagWorseningLegWeakness => "red_flag_worsening_leg_weakness",
            QuestionId::RedFlagPainSinceFallOrAccident => "red_flag_pain_since_fall_or_accident",
            QuestionId::RedFlagCannotBearWeight => "red_flag_cannot_bear_weight",
            QuestionId::RedFlagHotSwollenHip => "red_flag_hot_swollen_hip",
            QuestionId::RedFlagFever => "red_flag_fever",
            QuestionId::RedFlagUnexplainedWeightLoss => "red_flag_unexplained_weight_loss",
            QuestionId::RedFlagCancerHistory => "red_flag_cancer_history",
            QuestionId::RedFlagConstantPain => "red_flag_constant_pain",
            QuestionId::RedFlagNightOrRestPain => "red_flag_night_or_rest_pain",
            QuestionId::RedFlagWorseOnCoughOrSneeze => "red_flag_worse_on_cough_or_sneeze",
            QuestionId::RedFlagNumbnessBelowKnee => "red_flag_numbness_below_knee",
            QuestionId::RedFlagBothLegsOrWorseningWeakness => {
                "red_flag_both_legs_or_worsening_weakness"
            }
            QuestionId::RedFlagAfterFallOrAccident => "red_flag_after_fall_or_accident",
            QuestionId::RedFlagHotSwollenHipWithFever => "red_flag_hot_swollen_hip_with_fever",
            QuestionId::RedFlagFeverWeightLossOrCancer => "red_flag_fever_weight_loss_or_cancer",
            QuestionId::RedFlagConstantOrNightPain => "red_flag_constant_or_night_pain",
            QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness => {
                "red_flag_cough_sneeze_or_below_knee_numbness"
            }
            QuestionId::RoutineDays => "routine_days",
            QuestionId::BreakCommitment => "break_commitment",
        }
    }

    pub fn parse(id: &str) -> Option<QuestionId> {
        QuestionId::ALL.into_iter().find(|q| q.as_str() == id)
    }

    /// Position in `ALL`.
    pub fn index(self) -> usize {
        self as usize
    }

    pub fn section(self) -> SectionId {
        match self {
            QuestionId::AgeBand
            | QuestionId::SittingTotal
            | QuestionId::SittingWork
            | QuestionId::SittingTravel
            | QuestionId::SittingLeisure
            | QuestionId::SittingScreens
            | QuestionId::Breaks => SectionId::AboutYou,
            QuestionId::PainAreas
            | QuestionId::PainLowBack
            | QuestionId::PainHip
            | QuestionId::PainKnee
            | QuestionId::PainAnkle
            | QuestionId::BalanceProblems
            | QuestionId::PostureSigns
            | QuestionId::Compensation
            | QuestionId::Onset
            | QuestionId::Trend => SectionId::Symptoms,
            QuestionId::GluteFeel
            | QuestionId::BridgeHold
            | QuestionId::StanceHold
            | QuestionId::PelvisDrop => SectionId::SelfTests,
            // Known conditions, the safety questions and the commitment end the check on one
            // step: each step costs a press, and the triage happens on finishing anyway.
            QuestionId::DiscProblem
            | QuestionId::NerveSigns
            | QuestionId::ClinicianCleared
            | QuestionId::RoutineDays
            | QuestionId::BreakCommitment
            | QuestionId::RedFlagSaddleNumbness
            | QuestionId::RedFlagBladderOrBowelChange
            | QuestionId::RedFlagSymptomsInBothLegs
            | QuestionId::RedFlagWorseningLegWeakness
            | QuestionId::RedFlagPainSinceFallOrAccident
            | QuestionId::RedFlagCannotBearWeight
            | QuestionId::RedFlagHotSwollenHip
            | QuestionId::RedFlagFever
            | QuestionId::RedFlagUnexplainedWeightLoss
            | QuestionId::RedFlagCancerHistory
            | QuestionId::RedFlagConstantPain
            | QuestionId::RedFlagNightOrRestPain
            | QuestionId::RedFlagWorseOnCoughOrSneeze
            | QuestionId::RedFlagNumbnessBelowKnee
            | QuestionId::RedFlagBothLegsOrWorseningWeakness
            | QuestionId::RedFlagAfterFallOrAccident
            | QuestionId::RedFlagHotSwollenHipWithFever
            | QuestionId::RedFlagFeverWeightLossOrCancer
            | QuestionId::RedFlagConstantOrNightPain
            | QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness => SectionId::RedFlags,
        }
    }

    /// The question that asks about one red flag.
    pub fn for_red_flag(flag: RedFlag) -> QuestionId {
        match flag {
            RedFlag::SaddleNumbness => QuestionId::RedFlagSaddleNumbness,
            RedFlag::BladderOrBowelChange => QuestionId::RedFlagBladderOrBowelChange,
            RedFlag::SymptomsInBothLegs => QuestionId::RedFlagSymptomsInBothLegs,
            RedFlag::WorseningLegWeakness => QuestionId::RedFlagWorseningLegWeakness,
            RedFlag::PainSinceFallOrAccident => QuestionId::RedFlagPainSinceFallOrAccident,
            RedFlag::CannotBearWeight => QuestionId::RedFlagCannotBearWeight,
            RedFlag::HotSwollenHip => QuestionId::RedFlagHotSwollenHip,
            RedFlag::Fever => QuestionId::RedFlagFever,
            RedFlag::UnexplainedWeightLoss => QuestionId::RedFlagUnexplainedWeightLoss,
            RedFlag::CancerHistory => QuestionId::RedFlagCancerHistory,
            RedFlag::ConstantPain => QuestionId::RedFlagConstantPain,
            RedFlag::NightOrRestPain => QuestionId::RedFlagNightOrRestPain,
            RedFlag::WorseOnCoughOrSneeze => QuestionId::RedFlagWorseOnCoughOrSneeze,
            RedFlag::NumbnessBelowKnee => QuestionId::RedFlagNumbnessBelowKnee,
            RedFlag::BothLegsOrWorseningWeakness => QuestionId::RedFlagBothLegsOrWorseningWeakness,
            RedFlag::AfterFallOrAccident => QuestionId::RedFlagAfterFallOrAccident,
            RedFlag::HotSwollenHipWithFever => QuestionId::RedFlagHotSwollenHipWithFever,
            RedFlag::FeverWeightLossOrCancer => QuestionId::RedFlagFeverWeightLossOrCancer,
            RedFlag::ConstantOrNightPain => QuestionId::RedFlagConstantOrNightPain,
            RedFlag::CoughSneezeOrBelowKneeNumbness => {
                QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness
            }
        }
    }

    /// The red flag this question asks about, if it is a red-flag question.
    pub fn red_flag(self) -> Option<RedFlag> {
        RedFlag::ALL
            .into_iter()
            .find(|&flag| QuestionId::for_red_flag(flag) == self)
    }
}

/// One step of the questionnaire.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SectionId {
    /// About you and your sitting.
    AboutYou,
    /// Pain, other signs, and how it started.
    Symptoms,
    SelfTests,
    /// Known conditions, the safety questions and the commitment.
    RedFlags,
}

impl SectionId {
    /// In the order the steps are shown.
    pub const ALL: [SectionId; 4] = [
        SectionId::AboutYou,
        SectionId::Symptoms,
        SectionId::SelfTests,
        SectionId::RedFlags,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            SectionId::AboutYou => "about_you",
            SectionId::Symptoms => "symptoms",
            SectionId::SelfTests => "self_tests",
            SectionId::RedFlags => "red_flags",
        }
    }

    pub fn parse(id: &str) -> Option<SectionId> {
        SectionId::ALL.into_iter().find(|s| s.as_str() == id)
    }

    /// Position in `ALL`, which is also the step number counted from 0.
    pub fn index(self) -> usize {
        self as usize
    }

    /// The questions of this step, in the order they are asked.
    pub fn question_ids(self) -> Vec<QuestionId> {
        QuestionId::ALL
            .into_iter()
            .filter(|q| q.section() == self)
            .collect()
    }
}

/// One step of the UI: a titled group of questions.
#[derive(Clone, Debug, PartialEq)]
pub struct Section {
    pub id: SectionId,
    pub title: &'static str,
    pub intro: &'static str,
    pub questions: Vec<Question>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Question {
    pub id: QuestionId,
    pub prompt: &'static str,
    pub help: &'static str,
    pub kind: AnswerKind,
    /// A required question that is visible must be answered; a hidden one never is.
    pub required: bool,
    /// Shown only when this holds; `None` means always shown.
    pub condition: Option<Condition>,
}

impl Question {
    pub fn is_visible(&self, draft: &Draft) -> bool {
        self.condition.as_ref().is_none_or(|c| c.applies(draft))
    }
}

/// One answer a person can pick.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ChoiceOption {
    /// Stable snake_case id, stored in drafts and records.
    pub id: &'static str,
    pub label: &'static str,
}

#[derive(Clone, Debug, PartialEq)]
pub enum AnswerKind {
    SingleChoice(Vec<ChoiceOption>),
    MultipleChoice(Vec<ChoiceOption>),
    /// Typed as text; `step` is the precision kept after validation.
    Number {
        unit: &'static str,
        min: f32,
        max: f32,
        step: f32,
    },
    Scale0To10 {
        low_label: &'static str,
        high_label: &'static str,
    },
    /// Whole seconds for the left and the right side, 0 to `max`.
    SidesSeconds {
        max: u16,
    },
}

/// When a question is shown, judged on the raw draft so the UI can react while typing.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Condition {
    /// The question was answered with this option id.
    Equals(QuestionId, &'static str),
    /// The question was answered, with an option other than this one. An unanswered question
    /// does not trigger it: a follow-up is not asked before the answer it follows from.
    NotEquals(QuestionId, &'static str),
    AnyOf(Vec<Condition>),
    /// A pain area's scale: shown when the area is ticked among the pain areas, or, in answers
    /// saved before the pain areas were asked (no areas, but pain scales answered), always.
    PainArea(&'static str),
    /// The pain-areas question: hidden only in answers saved before it was asked.
    PainAreasAsked,
    /// Any of these questions holds an answer (the questions of an earlier version, shown only
    /// with answers saved then).
    AnyAnswered(&'static [QuestionId]),
    /// None of these questions holds an answer.
    NoneAnswered(&'static [QuestionId]),
}

impl Condition {
    pub fn applies(&self, draft: &Draft) -> bool {
        match self {
            Condition::Equals(q, option) => draft.choice(*q) == Some(*option),
            Condition::NotEquals(q, option) => draft.choice(*q).is_some_and(|c| c != *option),
            Condition::AnyOf(conditions) => conditions.iter().any(|c| c.applies(draft)),
            Condition::PainArea(area) => match draft.get(QuestionId::PainAreas) {
                Some(DraftValue::Choices(areas)) => areas.contains(*area),
                Some(_) => false,
                // Saved before the areas were asked: every scale was asked, so one missing
                // is still named as missing.
                None => PAIN_SCALES.iter().any(|(_, q)| draft.get(*q).is_some()),
            },
            Condition::AnyAnswered(questions) => questions.iter().any(|q| draft.get(*q).is_some()),
            Condition::NoneAnswered(questions) => {
                !questions.iter().any(|q| draft.get(*q).is_some())
            }
            Condition::PainAreasAsked => {
                draft.get(QuestionId::PainAreas).is_some()
                    || !PAIN_SCALES.iter().any(|(_, q)| draft.get(*q).is_some())
            }
        }
    }
}

/// An answer enum whose values are the options of a choice question. The option id is stable
/// (stored in drafts and records); the label is wording from `content::questions`.
pub trait ChoiceValue: Copy + Eq + Sized + 'static {
    /// In the order the options are shown.
    const OPTIONS: &'static [Self];

    fn option_id(self) -> &'static str;

    fn label(self) -> &'static str;

    fn from_option_id(id: &str) -> Option<Self> {
        Self::OPTIONS
            .iter()
            .copied()
            .find(|value| value.option_id() == id)
    }

    fn choice_options() -> Vec<ChoiceOption> {
        Self::OPTIONS
            .iter()
            .map(|value| ChoiceOption {
                id: value.option_id(),
                label: value.label(),
            })
            .collect()
    }
}

impl ChoiceValue for AgeBand {
    const OPTIONS: &'static [Self] = &AgeBand::ALL;

    fn option_id(self) -> &'static str {
        match self {
            AgeBand::From18To39 => "age_18_39",
            AgeBand::From40To49 => "age_40_49",
            AgeBand::From50To59 => "age_50_59",
            AgeBand::From60To69 => "age_60_69",
            AgeBand::From70To79 => "age_70_79",
            AgeBand::From80 => "age_80_plus",
        }
    }

    fn label(self) -> &'static str {
        text::age_band_label(self)
    }
}

impl ChoiceValue for BreakFrequency {
    const OPTIONS: &'static [Self] = &BreakFrequency::ALL;

    fn option_id(self) -> &'static str {
        match self {
            BreakFrequency::Rarely => "rarely",
            BreakFrequency::EveryHourOrTwo => "every_hour_or_two",
            BreakFrequency::Every30To45Minutes => "every_30_45_minutes",
        }
    }

    fn label(self) -> &'static str {
        text::break_frequency_label(self)
    }
}

impl ChoiceValue for PostureSign {
    const OPTIONS: &'static [Self] = &PostureSign::ALL;

    fn option_id(self) -> &'static str {
        match self {
            PostureSign::ArchedLowBack => "arched_low_back",
            PostureSign::BellyPushedForward => "belly_pushed_forward",
            PostureSign::TightHipFronts => "tight_hip_fronts",
            PostureSign::BottomSticksOut => "bottom_sticks_out",
        }
    }

    fn label(self) -> &'static str {
        text::posture_sign_label(self)
    }
}

impl ChoiceValue for YesNoUnsure {
    const OPTIONS: &'static [Self] = &[YesNoUnsure::Yes, YesNoUnsure::No, YesNoUnsure::Unsure];

    fn option_id(self) -> &'static str {
        match self {
            YesNoUnsure::No => "no",
            YesNoUnsure::Unsure => "unsure",
            YesNoUnsure::Yes => "yes",
        }
    }

    fn label(self) -> &'static str {
        text::yes_no_unsure_label(self)
    }
}

impl ChoiceValue for Onset {
    const OPTIONS: &'static [Self] = &Onset::ALL;

    fn option_id(self) -> &'static str {
        match self {
            Onset::Weeks => "weeks",
            Onset::Months => "months",
            Onset::Years => "years",
        }
    }

    fn label(self) -> &'static str {
        text::onset_label(self)
    }
}

impl ChoiceValue for Trend {
    const OPTIONS: &'static [Self] = &Trend::ALL;

    fn option_id(self) -> &'static str {
        match self {
            Trend::Better => "better",
            Trend::Same => "same",
            Trend::Worse => "worse",
        }
    }

    fn label(self) -> &'static str {
        text::trend_label(self)
    }
}

impl ChoiceValue for GluteFeel {
    const OPTIONS: &'static [Self] = &GluteFeel::ALL;

    fn option_id(self) -> &'static str {
        match self {
            GluteFeel::NotAtAll => "not_at_all",
            GluteFeel::ALittle => "a_little",
            GluteFeel::Clearly => "clearly",
        }
    }

    fn label(self) -> &'static str {
        text::glute_feel_label(self)
    }
}

impl ChoiceValue for PelvisDrop {
    const OPTIONS: &'static [Self] = &PelvisDrop::ALL;

    fn option_id(self) -> &'static str {
        match self {
            PelvisDrop::Neither => "neither",
            PelvisDrop::OneSide => "one_side",
            PelvisDrop::BothSides => "both_sides",
            PelvisDrop::NotChecked => "not_checked",
        }
    }

    fn label(self) -> &'static str {
        text::pelvis_drop_label(self)
    }
}

impl ChoiceValue for BreakCommitment {
    const OPTIONS: &'static [Self] = &[
        BreakCommitment::Yes,
        BreakCommitment::Sometimes,
        BreakCommitment::No,
    ];

    fn option_id(self) -> &'static str {
        match self {
            BreakCommitment::No => "no",
            BreakCommitment::Sometimes => "sometimes",
            BreakCommitment::Yes => "yes",
        }
    }

    fn label(self) -> &'static str {
        text::break_commitment_label(self)
    }
}

/// Yes / no questions.
impl ChoiceValue for bool {
    const OPTIONS: &'static [Self] = &[true, false];

    fn option_id(self) -> &'static str {
        if self {
            YES
        } else {
            NO
        }
    }

    fn label(self) -> &'static str {
        text::yes_no_label(self)
    }
}

/// Option id of "yes" in every yes / no question.
pub const YES: &str = "yes";
/// Option id of "no" in every yes / no question.
pub const NO: &str = "no";
/// Each pain area's option id among the pain areas, and its 0-10 scale.
pub const PAIN_SCALES: [(&str, QuestionId); 4] = [
    ("low_back", QuestionId::PainLowBack),
    ("hip", QuestionId::PainHip),
    ("knee", QuestionId::PainKnee),
    ("ankle", QuestionId::PainAnkle),
];

/// Option id of "none of these" among the posture signs (and of "nowhere" among the pain
/// areas); it stands for an empty selection and
/// cannot be combined with a sign.
pub const NO_POSTURE_SIGN: &str = "none";

fn single<T: ChoiceValue>() -> AnswerKind {
    AnswerKind::SingleChoice(T::choice_options())
}

fn hours() -> AnswerKind {
    AnswerKind::Number {
        unit: text::UNIT_HOURS,
        min: 0.0,
        max: MAX_SITTING_HOURS,
        step: SITTING_HOURS_STEP,
    }
}

fn pain_scale() -> AnswerKind {
    AnswerKind::Scale0To10 {
        low_label: text::PAIN_LOW_LABEL,
        high_label: text::PAIN_HIGH_LABEL,
    }
}

fn pain_areas() -> AnswerKind {
    let mut options: Vec<ChoiceOption> = PAIN_SCALES
        .iter()
        .map(|(id, _)| ChoiceOption {
            id,
            label: text::pain_area_label(id),
        })
        .collect();
    options.push(ChoiceOption {
        id: NO_POSTURE_SIGN,
        label: text::NO_PAIN_AREA_LABEL,
    });
    AnswerKind::MultipleChoice(options)
}

fn posture_signs() -> AnswerKind {
    let mut options = PostureSign::choice_options();
    options.push(ChoiceOption {
        id: NO_POSTURE_SIGN,
        label: text::NO_POSTURE_SIGN_LABEL,
    });
    AnswerKind::MultipleChoice(options)
}

fn kind_of(id: QuestionId) -> AnswerKind {
    match id {
        QuestionId::AgeBand => single::<AgeBand>(),
        QuestionId::SittingTotal
        | QuestionId::SittingWork
        | QuestionId::SittingTravel
        | QuestionId::SittingLeisure
        | QuestionId::SittingScreens => hours(),
        QuestionId::Breaks => single::<BreakFrequency>(),
        QuestionId::PainLowBack
        | QuestionId::PainHip
        | QuestionId::PainKnee
        | QuestionId::PainAnkle => pain_scale(),
        QuestionId::PostureSigns => posture_signs(),
        QuestionId::PainAreas => pain_areas(),
        QuestionId::Compensation => single::<YesNoUnsure>(),
        QuestionId::Onset => single::<Onset>(),
        QuestionId::Trend => single::<Trend>(),
        QuestionId::GluteFeel => single::<GluteFeel>(),
        QuestionId::BridgeHold => AnswerKind::SidesSeconds {
            max: Answers::MAX_BRIDGE_SECONDS,
        },
        QuestionId::StanceHold => AnswerKind::SidesSeconds {
            max: Answers::MAX_STANCE_SECONDS,
        },
        QuestionId::PelvisDrop => single::<PelvisDrop>(),
        QuestionId::RoutineDays => AnswerKind::Number {
            unit: text::UNIT_DAYS,
            min: 0.0,
            max: f32::from(Answers::MAX_ROUTINE_DAYS),
            step: 1.0,
        },
        QuestionId::BreakCommitment => single::<BreakCommitment>(),
        QuestionId::BalanceProblems
        | QuestionId::DiscProblem
        | QuestionId::NerveSigns
        | QuestionId::ClinicianCleared
        | QuestionId::RedFlagBothLegsOrWorseningWeakness
        | QuestionId::RedFlagAfterFallOrAccident
        | QuestionId::RedFlagHotSwollenHipWithFever
        | QuestionId::RedFlagFeverWeightLossOrCancer
        | QuestionId::RedFlagConstantOrNightPain
        | QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness => single::<bool>(),
        // "Not sure" is an honest answer to a safety question, and is read on the side of safety.
        QuestionId::RedFlagSaddleNumbness
        | QuestionId::RedFlagBladderOrBowelChange
        | QuestionId::RedFlagSymptomsInBothLegs
        | QuestionId::RedFlagWorseningLegWeakness
        | QuestionId::RedFlagPainSinceFallOrAccident
        | QuestionId::RedFlagCannotBearWeight
        | QuestionId::RedFlagHotSwollenHip
        | QuestionId::RedFlagFever
        | QuestionId::RedFlagUnexplainedWeightLoss
        | QuestionId::RedFlagCancerHistory
        | QuestionId::RedFlagConstantPain
        | QuestionId::RedFlagNightOrRestPain
        | QuestionId::RedFlagWorseOnCoughOrSneeze
        | QuestionId::RedFlagNumbnessBelowKnee => single::<YesNoUnsure>(),
    }
}

fn condition_of(id: QuestionId) -> Option<Condition> {
    match id {
        // Only a complicating condition makes the clinician's word matter.
        QuestionId::ClinicianCleared => Some(Condition::AnyOf(vec![
            Condition::Equals(QuestionId::DiscProblem, YES),
            Condition::Equals(QuestionId::NerveSigns, YES),
        ])),
        QuestionId::PainAreas => Some(Condition::PainAreasAsked),
        // Answers saved before the total was asked keep their split; new ones ask the total.
        QuestionId::SittingTotal => Some(Condition::NoneAnswered(&LEGACY_SITTING)),
        QuestionId::SittingWork
        | QuestionId::SittingTravel
        | QuestionId::SittingLeisure
        | QuestionId::SittingScreens => Some(Condition::AnyAnswered(&LEGACY_SITTING)),
        QuestionId::PainLowBack
        | QuestionId::PainHip
        | QuestionId::PainKnee
        | QuestionId::PainAnkle => PAIN_SCALES
            .iter()
            .find(|(_, q)| *q == id)
            .map(|(area, _)| Condition::PainArea(area)),
        // Someone who already gets up that often has nothing to commit to.
        QuestionId::BreakCommitment => Some(Condition::NotEquals(
            QuestionId::Breaks,
            BreakFrequency::Every30To45Minutes.option_id(),
        )),
        _ => match id.red_flag() {
            // The combined questions come back only with answers saved with them, and the
            // split ones are not asked beside them (the saddle and bladder questions, which
            // were never combined, stay in both).
            Some(flag) if flag.is_legacy() => Some(Condition::AnyAnswered(&LEGACY_RED_FLAGS)),
            Some(flag) if !flag.is_shared() => Some(Condition::NoneAnswered(&LEGACY_RED_FLAGS)),
            _ => None,
        },
    }
}

/// The sitting split of earlier versions.
pub const LEGACY_SITTING: [QuestionId; 4] = [
    QuestionId::SittingWork,
    QuestionId::SittingTravel,
    QuestionId::SittingLeisure,
    QuestionId::SittingScreens,
];

/// The combined red-flag questions of earlier versions.
pub const LEGACY_RED_FLAGS: [QuestionId; 6] = [
    QuestionId::RedFlagBothLegsOrWorseningWeakness,
    QuestionId::RedFlagAfterFallOrAccident,
    QuestionId::RedFlagHotSwollenHipWithFever,
    QuestionId::RedFlagFeverWeightLossOrCancer,
    QuestionId::RedFlagConstantOrNightPain,
    QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness,
];

fn build_question(id: QuestionId) -> Question {
    let wording = text::question_text(id);
    Question {
        id,
        prompt: wording.prompt,
        help: wording.help,
        kind: kind_of(id),
        // Posture signs are hard to judge alone, so skipping them must stay possible.
        required: id != QuestionId::PostureSigns,
        condition: condition_of(id),
    }
}

fn build_section(id: SectionId) -> Section {
    let wording = text::section_text(id);
    Section {
        id,
        title: wording.title,
        intro: wording.intro,
        questions: id.question_ids().into_iter().map(build_question).collect(),
    }
}

/// Every step of the questionnaire, in order, built once.
pub fn sections() -> &'static [Section] {
    static SECTIONS: OnceLock<Vec<Section>> = OnceLock::new();
    SECTIONS.get_or_init(|| SectionId::ALL.into_iter().map(build_section).collect())
}

pub fn section(id: SectionId) -> &'static Section {
    &sections()[id.index()]
}

/// Every question in `QuestionId::ALL` order, built once.
pub fn questions() -> &'static [Question] {
    static QUESTIONS: OnceLock<Vec<Question>> = OnceLock::new();
    QUESTIONS.get_or_init(|| QuestionId::ALL.into_iter().map(build_question).collect())
}

pub fn question(id: QuestionId) -> &'static Question {
    &questions()[id.index()]
}

/// Whether `option` is one of the option ids of a choice question.
pub fn has_option(id: QuestionId, option: &str) -> bool {
    match &question(id).kind {
        AnswerKind::SingleChoice(options) | AnswerKind::MultipleChoice(options) => {
            options.iter().any(|o| o.id == option)
        }
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::DraftValue;
    use std::collections::BTreeSet;

    fn round_trips<T: ChoiceValue + std::fmt::Debug>(all: &[T]) {
        for &value in all {
            assert_eq!(T::from_option_id(value.option_id()), Some(value));
            assert!(!value.label().is_empty());
        }
        let ids: BTreeSet<_> = all.iter().map(|v| v.option_id()).collect();
        assert_eq!(ids.len(), all.len(), "option ids must be distinct");
        assert_eq!(T::OPTIONS.len(), all.len(), "every value must be an option");
        for id in ids {
            assert!(is_snake_case(id), "{id}");
        }
        assert_eq!(T::from_option_id("no_such_option"), None);
        assert_eq!(T::from_option_id(""), None);
    }

    fn is_snake_case(s: &str) -> bool {
        !s.is_empty()
            && s.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
            && !s.starts_with('_')
            && !s.ends_with('_')
            && !s.contains("__")
    }

    #[test]
    fn option_ids_map_one_to_one_to_answer_enums() {
        round_trips(&AgeBand::ALL);
        round_trips(&BreakFrequency::ALL);
        round_trips(&PostureSign::ALL);
        round_trips(&YesNoUnsure::ALL);
        round_trips(&Onset::ALL);
        round_trips(&Trend::ALL);
        round_trips(&GluteFeel::ALL);
        round_trips(&PelvisDrop::ALL);
        round_trips(&BreakCommitment::ALL);
        round_trips(&[true, false]);
    }

    #[test]
    fn question_ids_are_stable_distinct_snake_case_and_parse_back() {
        let ids: BTreeSet<_> = QuestionId::ALL.iter().map(|q| q.as_str()).collect();
        assert_eq!(ids.len(), QuestionId::ALL.len());
        for q in QuestionId::ALL {
            assert!(is_snake_case(q.as_str()), "{}", q.as_str());
            assert_eq!(QuestionId::parse(q.as_str()), Some(q));
        }
        assert_eq!(QuestionId::parse("Age_Band"), None);
        assert_eq!(QuestionId::parse(""), None);
        // Stored in history records: these exact strings must never change.
        assert_eq!(QuestionId::AgeBand.as_str(), "age_band");
        assert_eq!(QuestionId::SittingWork.as_str(), "sitting_work");
        assert_eq!(QuestionId::BreakCommitment.as_str(), "break_commitment");
    }

    #[test]
    fn question_index_matches_position_in_all() {
        for (i, q) in QuestionId::ALL.into_iter().enumerate() {
            assert_eq!(q.index(), i);
            assert_eq!(question(q).id, q);
        }
        for (i, s) in SectionId::ALL.into_iter().enumerate() {
            assert_eq!(s.index(), i);
            assert_eq!(section(s).id, s);
        }
    }

    #[test]
    fn section_ids_are_distinct_and_parse_back() {
        for s in SectionId::ALL {
            assert!(is_snake_case(s.as_str()));
            assert_eq!(SectionId::parse(s.as_str()), Some(s));
        }
        assert_eq!(SectionId::parse("nope"), None);
    }

    #[test]
    fn sections_come_in_the_step_order_and_hold_every_question_once() {
        let order: Vec<_> = sections().iter().map(|s| s.id).collect();
        assert_eq!(order, SectionId::ALL.to_vec());
        let asked: Vec<_> = sections()
            .iter()
            .flat_map(|s| s.questions.iter().map(|q| q.id))
            .collect();
        assert_eq!(asked, QuestionId::ALL.to_vec());
        for s in sections() {
            assert!(!s.title.is_empty() && !s.intro.is_empty());
            assert!(!s.questions.is_empty());
            for q in &s.questions {
                assert_eq!(q.id.section(), s.id);
                assert!(!q.prompt.is_empty() && !q.help.is_empty(), "{:?}", q.id);
            }
        }
    }

    #[test]
    fn every_red_flag_is_asked_as_its_own_required_yes_no_question() {
        let red: Vec<_> = section(SectionId::RedFlags)
            .questions
            .iter()
            .map(|q| q.id)
            .filter(|q| q.red_flag().is_some())
            .collect();
        assert_eq!(red.len(), RedFlag::ALL.len());
        for flag in RedFlag::ALL {
            let q = QuestionId::for_red_flag(flag);
            assert_eq!(q.red_flag(), Some(flag));
            assert!(red.contains(&q));
            let question = question(q);
            assert!(question.required);
            if flag.is_legacy() {
                // Asked before the split, with no "not sure": shown only with those answers.
                assert_eq!(question.kind, single::<bool>());
                assert!(question.condition.is_some());
            } else {
                assert_eq!(question.kind, single::<YesNoUnsure>());
            }
            assert_eq!(
                question.condition.is_none(),
                flag.is_shared(),
                "{flag:?}: the split questions give way to the combined ones of saved answers"
            );
        }
        assert_eq!(QuestionId::AgeBand.red_flag(), None);
    }

    #[test]
    fn only_posture_signs_are_optional() {
        for q in questions() {
            assert_eq!(q.required, q.id != QuestionId::PostureSigns, "{:?}", q.id);
        }
    }

    #[test]
    fn posture_signs_offer_none_of_these() {
        assert!(has_option(QuestionId::PostureSigns, NO_POSTURE_SIGN));
        assert!(has_option(QuestionId::PostureSigns, "arched_low_back"));
        assert!(!has_option(QuestionId::Onset, NO_POSTURE_SIGN));
        assert!(!has_option(QuestionId::SittingWork, "1"));
    }

    #[test]
    fn sitting_questions_are_half_hour_numbers_up_to_a_day() {
        for q in [
            QuestionId::SittingWork,
            QuestionId::SittingTravel,
            QuestionId::SittingLeisure,
            QuestionId::SittingScreens,
        ] {
            assert_eq!(
                question(q).kind,
                AnswerKind::Number {
                    unit: text::UNIT_HOURS,
                    min: 0.0,
                    max: 24.0,
                    step: 0.5
                }
            );
        }
    }

    #[test]
    fn self_tests_use_the_answer_bounds() {
        assert_eq!(
            question(QuestionId::BridgeHold).kind,
            AnswerKind::SidesSeconds {
                max: Answers::MAX_BRIDGE_SECONDS
            }
        );
        assert_eq!(
            question(QuestionId::StanceHold).kind,
            AnswerKind::SidesSeconds {
                max: Answers::MAX_STANCE_SECONDS
            }
        );
    }

    #[test]
    fn stance_help_names_the_stopping_time() {
        let stop = format!("{STANCE_ENOUGH_SECONDS} seconds");
        assert!(question(QuestionId::StanceHold).help.contains(&stop));
    }

    #[test]
    fn clinician_question_shows_only_with_disc_or_nerve_yes() {
        let q = question(QuestionId::ClinicianCleared);
        let mut draft = Draft::default();
        assert!(!q.is_visible(&draft));
        draft.set(QuestionId::DiscProblem, DraftValue::Choice(NO.into()));
        draft.set(QuestionId::NerveSigns, DraftValue::Choice(NO.into()));
        assert!(!q.is_visible(&draft));
        draft.set(QuestionId::NerveSigns, DraftValue::Choice(YES.into()));
        assert!(q.is_visible(&draft));
        draft.set(QuestionId::NerveSigns, DraftValue::Choice(NO.into()));
        draft.set(QuestionId::DiscProblem, DraftValue::Choice(YES.into()));
        assert!(q.is_visible(&draft));
    }

    #[test]
    fn break_commitment_shows_only_when_breaks_are_less_often() {
        let q = question(QuestionId::BreakCommitment);
        let mut draft = Draft::default();
        assert!(!q.is_visible(&draft), "not asked before breaks are known");
        for breaks in BreakFrequency::ALL {
            draft.set(
                QuestionId::Breaks,
                DraftValue::Choice(breaks.option_id().into()),
            );
            assert_eq!(
                q.is_visible(&draft),
                breaks != BreakFrequency::Every30To45Minutes
            );
        }
    }

    #[test]
    fn a_wrong_kind_of_draft_value_never_satisfies_a_condition() {
        let mut draft = Draft::default();
        draft.set(QuestionId::DiscProblem, DraftValue::Number(YES.into()));
        draft.set(QuestionId::Breaks, DraftValue::Scale(3));
        assert!(!question(QuestionId::ClinicianCleared).is_visible(&draft));
        assert!(!question(QuestionId::BreakCommitment).is_visible(&draft));
    }
}
