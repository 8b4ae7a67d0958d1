//! Wording of the questionnaire: step titles and intros, question prompts and help, option
//! labels, and the messages shown when an answer cannot be used. The red-flag questions are
//! worded in `content::triage`, beside the advice they lead to.

use crate::core::answers::{
    AgeBand, BreakCommitment, BreakFrequency, GluteFeel, Onset, PelvisDrop, PostureSign, Trend,
    YesNoUnsure,
};
use crate::core::content::triage as flag_text;
use crate::core::questionnaire::{QuestionId, SectionId};

/// The title and the short introduction of one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SectionText {
    pub title: &'static str,
    pub intro: &'static str,
}

/// What a question asks, and the help shown beside it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QuestionText {
    pub prompt: &'static str,
    pub help: &'static str,
}

pub fn section_text(id: SectionId) -> SectionText {
    let (title, intro) = match id {
        SectionId::AboutYou => (
            "About you",
            "This check is for adults. It gives no diagnosis: it helps you understand your \
             signs and plan exercises. A few facts about you come first, then your sitting. \
             For sitting, think only about yesterday: going through one real day, part by \
             part, gives a truer total than guessing a usual day. If yesterday was unusual, use \
             the last ordinary day instead.",
        ),
        SectionId::Symptoms => (
            "How you feel",
            "Tell us about pain and other signs you have noticed over the past week, and how \
             it started. How long a problem has been there, and where it is heading, changes \
             how long recovery tends to take.",
        ),
        SectionId::SelfTests => (
            "Self-tests at home",
            "Four simple checks. You need a mat or carpet, a timer (a phone is fine) and a \
             mirror. Move slowly and keep something sturdy to hold nearby. Stop a test at once \
             if it causes sharp pain, and answer with what you managed.",
        ),
        SectionId::RedFlags => (
            "Safety check and your plan",
            "First, known conditions: some back problems mean exercise should be agreed with a \
             professional first. Then questions that look for signs that need a doctor before \
             any exercise plan. Most people answer no to all of them. A yes does not mean \
             something is wrong, but it does mean someone should check first. Last, what you \
             can keep up: a plan you keep beats a perfect plan you drop.",
        ),
    };
    SectionText { title, intro }
}

pub fn question_text(id: QuestionId) -> QuestionText {
    if let Some(flag) = id.red_flag() {
        return QuestionText {
            prompt: flag_text::red_flag_prompt(flag),
            help: flag_text::red_flag_help(flag),
        };
    }
    let (prompt, help) = match id {
        QuestionId::AgeBand => (
            "How old are you?",
            "Balance on one leg changes with age, so your self-test results are compared \
             with people in your age group.",
        ),
        QuestionId::SittingTotal => (
            "Yesterday, how many hours did you sit in total?",
            "Add up sitting for work or study, in the car, bus or train, at meals, and in \
             front of the TV, computer or phone. Halves are fine, like 9.5; we round to the \
             nearest half hour.",
        ),
        QuestionId::SittingWork => (
            "Yesterday, how many hours did you sit for work or study?",
            "Count desk time, meetings and classes. Enter 0 if none. Halves are fine, like \
             1.5; we round to the nearest half hour.",
        ),
        QuestionId::SittingTravel => (
            "Yesterday, how many hours did you sit while travelling?",
            "Car, bus, train or plane, as driver or passenger. Enter 0 if none.",
        ),
        QuestionId::SittingLeisure => (
            "Yesterday, how many hours did you sit in your free time, away from screens?",
            "Meals, reading, hobbies, chatting with friends. Enter 0 if none.",
        ),
        QuestionId::SittingScreens => (
            "Yesterday, how many hours did you sit at a screen at home, outside work?",
            "TV, computer, phone, tablet or games. Do not count time already given above.",
        ),
        QuestionId::Breaks => (
            "When you sit for a long time, how often do you get up and move?",
            "Standing up to stretch, fetching water or walking to another room all count.",
        ),
        QuestionId::PainAreas => (
            "Where have you had pain in the past week?",
            "Tick every area that hurt, or \"Nowhere\". You then rate only those, from 0 to \
             10.",
        ),
        QuestionId::PainLowBack => (
            "How much low back pain have you had in the past week?",
            "Pick the number that fits a usual day in the past week, not the single worst \
             moment. 0 means none.",
        ),
        QuestionId::PainHip => (
            "How much hip pain have you had in the past week?",
            "This includes the side or front of the hip and the buttock. Pick a usual day, \
             not the worst moment.",
        ),
        QuestionId::PainKnee => (
            "How much knee pain have you had in the past week?",
            "Pain in or around either knee. Pick a usual day, not the worst moment.",
        ),
        QuestionId::PainAnkle => (
            "How much ankle pain have you had in the past week?",
            "Pain in or around either ankle. Pick a usual day, not the worst moment.",
        ),
        QuestionId::BalanceProblems => (
            "Have you noticed problems with your balance?",
            "For example, wobbling on one leg while putting on trousers, or tripping more \
             than you used to.",
        ),
        QuestionId::PostureSigns => (
            "Do you notice any of these about your posture?",
            "They can be signs that your pelvis tilts forward. Tick all that fit, or \"None of \
             these\". You may skip this if you are not sure.",
        ),
        QuestionId::Compensation => (
            "In bridges, squats or getting up from a chair, do the backs of your thighs cramp, \
             or does your low back seem to do the work?",
            "The backs of the thighs are the hamstrings. These muscles often take over when \
             the buttock muscles are not pulling their weight. If you do not know, choose \
             \"Not sure\"; the bridge test later will help.",
        ),
        QuestionId::Onset => (
            "When did these problems start?",
            "Think of when you first noticed the pain or the other signs.",
        ),
        QuestionId::Trend => (
            "Over the last few weeks, are things getting better, staying the same or getting \
             worse?",
            "Go by how you feel on most days, not on one good or bad day.",
        ),
        QuestionId::GluteFeel => (
            "Two-leg bridge: can you feel your buttock muscles working?",
            "1. Lie on your back on a mat or carpet. Bend your knees, feet flat and hip-width \
             apart, arms by your sides.\n\
             2. Put a hand on each buttock if you like, to feel the muscles.\n\
             3. Squeeze your buttocks, then lift your hips until your knees, hips and \
             shoulders make a straight line.\n\
             4. Hold for 5 seconds, then lower slowly. Do this 3 times.\n\
             5. Notice what does the work: your buttocks, the backs of your thighs, or your \
             low back.\n\
             Stop if you feel sharp pain.",
        ),
        QuestionId::BridgeHold => (
            "Single-leg bridge: how many seconds can you hold on each side?",
            "1. Start as for the two-leg bridge and lift your hips.\n\
             2. Straighten one knee so that leg lines up with the other thigh. Start the \
             timer.\n\
             3. Keep your hips high and level.\n\
             4. Stop the timer when your hips drop or twist, or at 5 minutes.\n\
             5. Rest a minute, then do the other side.\n\
             Enter 0 for a side you could not lift into position. Stop at once if you feel \
             sharp pain or a cramp, and enter the time you reached.",
        ),
        QuestionId::StanceHold => (
            "Standing on one leg, eyes open: how many seconds on each side?",
            "1. Stand barefoot beside a wall or a sturdy chair you can grab, with nothing on \
             the floor around you.\n\
             2. Cross your arms, lift one foot off the floor and start the timer.\n\
             3. Stop the timer when the lifted foot touches down, the standing foot moves, \
             or you reach for support.\n\
             4. You can stop at 60 seconds; that is plenty.\n\
             5. Do the other side.\n\
             Enter 0 for a side you could not lift at all. Hold on straight away if you feel \
             unsteady.",
        ),
        QuestionId::PelvisDrop => (
            "In a mirror, does your pelvis drop when you stand on one leg?",
            "1. Stand facing a mirror, near something to hold. Put your hands on the bony \
             points at the front of your hips.\n\
             2. Lift one foot a little off the floor and hold for about 30 seconds.\n\
             3. Watch your hands. If the hand on the side of the lifted leg sinks lower, the \
             pelvis is dropping.\n\
             4. Swap legs.\n\
             This check is only a rough guide.",
        ),
        QuestionId::DiscProblem => (
            "Has a doctor or other health professional told you that you have a disc problem \
             in your back?",
            "For example a slipped, bulging or herniated disc. Answer yes even if it was \
             some time ago.",
        ),
        QuestionId::NerveSigns => (
            "Do you have signs of a trapped nerve or sciatica?",
            "For example pain that shoots from your buttock down the back of your leg, or \
             burning, tingling or numbness in one leg. Answer yes whether or not anyone has \
             named it.",
        ),
        QuestionId::ClinicianCleared => (
            "Has a doctor or physiotherapist told you that exercise is fine for you?",
            "With a disc problem or nerve signs, exercise can still help, but someone who \
             knows your case should agree to it first.",
        ),
        QuestionId::RoutineDays => (
            "On how many days a week will you do the activation routine?",
            "Enter a number from 0 to 7. Daily practice helps most, but choose a number you \
             can really keep.",
        ),
        QuestionId::BreakCommitment => (
            "From now on, can you get up and move every 30 to 45 minutes while sitting?",
            "A short walk or a stretch is enough. A timer or a reminder on your phone helps.",
        ),
        // Worded in `content::triage`, handled above.
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
        | QuestionId::RedFlagNumbnessBelowKnee
        | QuestionId::RedFlagBothLegsOrWorseningWeakness
        | QuestionId::RedFlagAfterFallOrAccident
        | QuestionId::RedFlagHotSwollenHipWithFever
        | QuestionId::RedFlagFeverWeightLossOrCancer
        | QuestionId::RedFlagConstantOrNightPain
        | QuestionId::RedFlagCoughSneezeOrBelowKneeNumbness => ("", ""),
    };
    QuestionText { prompt, help }
}

pub const UNIT_HOURS: &str = "hours";
pub const UNIT_DAYS: &str = "days";

pub const PAIN_LOW_LABEL: &str = "0: no pain";
pub const PAIN_HIGH_LABEL: &str = "10: worst pain you can imagine";

pub const LEFT_SIDE: &str = "left";
pub const RIGHT_SIDE: &str = "right";

pub const NO_POSTURE_SIGN_LABEL: &str = "None of these";
pub const NO_PAIN_AREA_LABEL: &str = "Nowhere";

/// The label of a pain area (option ids from `questionnaire::PAIN_SCALES`).
pub fn pain_area_label(area: &str) -> &'static str {
    match area {
        "low_back" => "Low back",
        "hip" => "Hip or buttock",
        "knee" => "Knee",
        "ankle" => "Ankle",
        _ => "",
    }
}

pub fn age_band_label(band: AgeBand) -> &'static str {
    match band {
        AgeBand::From18To39 => "18 to 39",
        AgeBand::From40To49 => "40 to 49",
        AgeBand::From50To59 => "50 to 59",
        AgeBand::From60To69 => "60 to 69",
        AgeBand::From70To79 => "70 to 79",
        AgeBand::From80 => "80 or older",
    }
}

pub fn break_frequency_label(breaks: BreakFrequency) -> &'static str {
    match breaks {
        BreakFrequency::Rarely => "Less often than every 2 hours",
        BreakFrequency::EveryHourOrTwo => "About every 1 to 2 hours",
        BreakFrequency::Every30To45Minutes => "About every 30 to 45 minutes",
    }
}

pub fn posture_sign_label(sign: PostureSign) -> &'static str {
    match sign {
        PostureSign::ArchedLowBack => "My low back arches more than it used to when I stand",
        PostureSign::BellyPushedForward => {
            "My belly pushes forward, though my weight has not changed"
        }
        PostureSign::TightHipFronts => "The fronts of my hips feel tight after sitting",
        PostureSign::BottomSticksOut => "My bottom sticks out behind me when I stand relaxed",
    }
}

pub fn yes_no_unsure_label(answer: YesNoUnsure) -> &'static str {
    match answer {
        YesNoUnsure::No => "No",
        YesNoUnsure::Unsure => "Not sure",
        YesNoUnsure::Yes => "Yes",
    }
}

pub fn yes_no_label(yes: bool) -> &'static str {
    if yes {
        "Yes"
    } else {
        "No"
    }
}

pub fn onset_label(onset: Onset) -> &'static str {
    match onset {
        Onset::Weeks => "In the last 6 weeks",
        Onset::Months => "Between 6 weeks and a year ago",
        Onset::Years => "More than a year ago",
    }
}

pub fn trend_label(trend: Trend) -> &'static str {
    match trend {
        Trend::Better => "Getting better",
        Trend::Same => "About the same",
        Trend::Worse => "Getting worse",
    }
}

pub fn glute_feel_label(feel: GluteFeel) -> &'static str {
    match feel {
        GluteFeel::NotAtAll => "Not at all: my thighs or low back do the work",
        GluteFeel::ALittle => "A little, or only on one side",
        GluteFeel::Clearly => "Clearly, on both sides",
    }
}

pub fn pelvis_drop_label(drop: PelvisDrop) -> &'static str {
    match drop {
        PelvisDrop::Neither => "No, it stays level on both legs",
        PelvisDrop::OneSide => "Yes, when I stand on one of my legs",
        PelvisDrop::BothSides => "Yes, whichever leg I stand on",
        PelvisDrop::NotChecked => "I could not tell, or did not try",
    }
}

pub fn break_commitment_label(commitment: BreakCommitment) -> &'static str {
    match commitment {
        BreakCommitment::No => "No, not for now",
        BreakCommitment::Sometimes => "Some of the time",
        BreakCommitment::Yes => "Yes",
    }
}

// Messages shown beside an answer that cannot be used yet. They say what to do, not what
// went wrong inside the app.

pub const CHOOSE_AN_ANSWER: &str = "Please choose an answer.";
pub const CHOOSE_A_LISTED_ANSWER: &str = "Please choose one of the answers shown.";
pub const ANSWER_UNREADABLE: &str = "This answer could not be read. Please answer it again.";
pub const NOWHERE_WITH_PAIN_AREAS: &str = "Tick the areas that hurt, or \"Nowhere\", not both.";
pub const NONE_WITH_POSTURE_SIGNS: &str =
    "You ticked \"None of these\" and a sign as well. Please untick one of them.";
pub const HOURS_MISSING: &str = "Please enter the hours, or 0 if none.";
pub const HOURS_NOT_A_NUMBER: &str = "Please enter the hours as a number, like 2 or 1.5.";
pub const HOURS_OUT_OF_RANGE: &str = "Please enter a number of hours from 0 to 24.";
pub const SCALE_OUT_OF_RANGE: &str = "Please pick a number from 0 to 10.";
pub const DAYS_NOT_VALID: &str = "Please enter a whole number of days from 0 to 7.";

/// `total` is already written for a person, like "26" or "25.5".
pub fn sitting_total_too_high(total: &str) -> String {
    format!("The four sitting times add up to {total} hours; a day has 24. Please check them.")
}

pub fn seconds_missing_both() -> String {
    "Please enter the seconds for each side, or 0 if you could not do it.".to_string()
}

pub fn seconds_missing(side: &str) -> String {
    format!("Please enter the seconds for the {side} side, or 0 if you could not do it.")
}

pub fn seconds_not_valid(side: &str, max: u16) -> String {
    format!("For the {side} side, please enter whole seconds from 0 to {max}, like 25.")
}

/// Shown only if the form is in a state no person could produce; asks to start the step again
/// rather than pretending the answers were fine.
pub const FORM_INCONSISTENT: &str =
    "Something went wrong with this form. Please check your answers on this step again.";
