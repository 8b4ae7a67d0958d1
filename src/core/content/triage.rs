//! Wording of the safety check: each red-flag question, why it matters, and what to do for
//! each outcome. Calm and direct: people reading this may be worried.

use crate::core::answers::RedFlag;
use crate::core::triage::SoonReason;

/// Shown before the first question and with every result.
pub const NOT_A_DIAGNOSIS: &str = "This app gives no diagnosis. \"Dead butt syndrome\" is an \
     everyday name, not a medical one. The app helps you understand common signs and plan \
     simple exercises; it does not replace a doctor or physiotherapist.";

/// Shown before the first question.
pub const EMERGENCY_NOTE: &str = "If you have sudden severe pain, numbness around your \
     genitals or buttocks, new trouble controlling your bladder or bowels, or weakness in your \
     legs, do not use this app: call your local emergency number or go to an emergency \
     department now.";

/// The red-flag question, asked on its own.
pub fn red_flag_prompt(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::SymptomsInBothLegs => {
            "Do you have weakness, numbness or pain in both of your legs?"
        }
        RedFlag::WorseningLegWeakness => "Is a leg getting weaker, day by day or week by week?",
        RedFlag::PainSinceFallOrAccident => {
            "Did your back or hip pain start after a serious fall or an accident?"
        }
        RedFlag::CannotBearWeight => "Are you unable to put your weight on one of your legs?",
        RedFlag::HotSwollenHip => "Is one of your hip joints hot and swollen?",
        RedFlag::Fever => "Do you have a fever, or do you feel very unwell?",
        RedFlag::UnexplainedWeightLoss => "Have you lost weight lately without trying to?",
        RedFlag::CancerHistory => "Have you ever had cancer?",
        RedFlag::ConstantPain => "Is your pain there all the time, whatever position you are in?",
        RedFlag::NightOrRestPain => "Is your pain worse at night or when you rest?",
        RedFlag::WorseOnCoughOrSneeze => {
            "Does coughing or sneezing make your back or leg pain worse?"
        }
        RedFlag::NumbnessBelowKnee => {
            "Does pain spread down past your knee, with numbness in that leg?"
        }
        RedFlag::SaddleNumbness => {
            "Do you have numbness or tingling around your genitals, buttocks or inner thighs?"
        }
        RedFlag::BladderOrBowelChange => {
            "Have you recently had new trouble passing urine, or lost control of your bladder \
             or bowels?"
        }
        RedFlag::BothLegsOrWorseningWeakness => {
            "Do you have weakness, numbness or pain in both legs, or weakness in a leg that is \
             getting worse?"
        }
        RedFlag::AfterFallOrAccident => {
            "Did your back or hip pain start after a serious fall or accident, or can you not \
             put weight on your leg?"
        }
        RedFlag::HotSwollenHipWithFever => {
            "Is your hip joint hot and swollen, and do you have a fever or feel very unwell?"
        }
        RedFlag::FeverWeightLossOrCancer => {
            "Do you have a fever, have you lost weight without trying, or have you ever had \
             cancer?"
        }
        RedFlag::ConstantOrNightPain => {
            "Is your pain there all the time, worse at night or at rest, or not eased by any \
             position?"
        }
        RedFlag::CoughSneezeOrBelowKneeNumbness => {
            "Does coughing or sneezing make the pain worse, or does pain spread below your knee \
             with numbness?"
        }
    }
}

/// Help beside the question: what it means in plain words.
pub fn red_flag_help(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::SymptomsInBothLegs => {
            "Answer yes if both legs are affected, even if one is worse than the other."
        }
        RedFlag::WorseningLegWeakness => {
            "For example, a leg that gives way more often, or a foot that has started to drag \
             or slap when you walk."
        }
        RedFlag::PainSinceFallOrAccident => {
            "For example a fall from a height, a car accident or a hard fall onto your hip."
        }
        RedFlag::CannotBearWeight => {
            "Answer yes if standing on the leg is not possible, or hurts too much to try."
        }
        RedFlag::HotSwollenHip => {
            "The skin over the hip feels warm to the touch and looks puffy compared with the \
             other side."
        }
        RedFlag::Fever => {
            "A raised temperature, chills or sweats, or feeling ill in a way that is new to \
             you."
        }
        RedFlag::UnexplainedWeightLoss => {
            "Weight lost without dieting or more exercise, for example a few kilograms over a \
             couple of months."
        }
        RedFlag::CancerHistory => "Answer yes for cancer at any time in the past, even if treated.",
        RedFlag::ConstantPain => {
            "Pain from muscles usually changes when you move or shift position. Answer yes if \
             yours never eases."
        }
        RedFlag::NightOrRestPain => {
            "Answer yes if the pain wakes you at night whatever position you lie in, or is at \
             its worst while you rest."
        }
        RedFlag::WorseOnCoughOrSneeze => {
            "Answer yes if a cough or sneeze sends a jolt of pain through your back or leg."
        }
        RedFlag::NumbnessBelowKnee => {
            "Pain travelling below the knee together with a numb or dead feeling in the lower \
             leg or foot."
        }
        RedFlag::SaddleNumbness => {
            "This is the area that would touch a bicycle saddle. Answer yes if any of it feels \
             numb, tingly or different from usual, for example when wiping after the toilet."
        }
        RedFlag::BladderOrBowelChange => {
            "For example, not being able to start passing urine, not feeling when your bladder \
             is full, or leaking that is new to you."
        }
        RedFlag::BothLegsOrWorseningWeakness => {
            "For example, legs giving way, a foot that drags or slaps when you walk, or \
             symptoms that have spread to the second leg."
        }
        RedFlag::AfterFallOrAccident => {
            "For example a fall from a height, a car accident or a hard fall onto your hip. \
             Answer yes too if standing on the leg is not possible."
        }
        RedFlag::HotSwollenHipWithFever => {
            "The skin over the hip may feel warm and look puffy, and you may have chills or \
             feel feverish."
        }
        RedFlag::FeverWeightLossOrCancer => {
            "Answer yes to any one of these: a temperature, weight lost without dieting, or \
             cancer at any time in the past."
        }
        RedFlag::ConstantOrNightPain => {
            "Pain from muscles usually changes when you move or shift position. Answer yes if \
             yours never eases, or wakes you at night whatever position you lie in."
        }
        RedFlag::CoughSneezeOrBelowKneeNumbness => {
            "Answer yes if a cough or sneeze sends a jolt of pain through your back or leg, or \
             if pain travels below the knee together with numbness."
        }
    }
}

/// A short name of the flag, for the list on the result screen.
pub fn red_flag_summary(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::SymptomsInBothLegs => "Weakness, numbness or pain in both legs",
        RedFlag::WorseningLegWeakness => "Leg weakness that is getting worse",
        RedFlag::PainSinceFallOrAccident => "Pain since a serious fall or accident",
        RedFlag::CannotBearWeight => "Not able to put weight on a leg",
        RedFlag::HotSwollenHip => "A hot, swollen hip joint",
        RedFlag::Fever => "A fever, or feeling very unwell",
        RedFlag::UnexplainedWeightLoss => "Weight loss without trying",
        RedFlag::CancerHistory => "Cancer at any time in the past",
        RedFlag::ConstantPain => "Pain that never eases, in any position",
        RedFlag::NightOrRestPain => "Pain worse at night or at rest",
        RedFlag::WorseOnCoughOrSneeze => "Pain worse on coughing or sneezing",
        RedFlag::NumbnessBelowKnee => "Pain spreading below the knee, with numbness",
        RedFlag::SaddleNumbness => {
            "Numbness or tingling around the genitals, buttocks or inner thighs"
        }
        RedFlag::BladderOrBowelChange => {
            "New trouble with passing urine, or with bladder or bowel control"
        }
        RedFlag::BothLegsOrWorseningWeakness => {
            "Symptoms in both legs, or leg weakness that is getting worse"
        }
        RedFlag::AfterFallOrAccident => {
            "Pain since a serious fall or accident, or not able to stand on the leg"
        }
        RedFlag::HotSwollenHipWithFever => "A hot, swollen hip with fever or feeling very unwell",
        RedFlag::FeverWeightLossOrCancer => {
            "Fever, weight loss without trying, or a history of cancer"
        }
        RedFlag::ConstantOrNightPain => "Pain that never eases, or is worse at night or at rest",
        RedFlag::CoughSneezeOrBelowKneeNumbness => {
            "Pain worse on coughing or sneezing, or spreading below the knee with numbness"
        }
    }
}

/// Why the flag matters, in one plain line.
pub fn red_flag_why(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::SymptomsInBothLegs | RedFlag::WorseningLegWeakness => {
            "Signs in both legs, or weakness that keeps growing, can mean pressure on nerves \
             that should be treated quickly."
        }
        RedFlag::PainSinceFallOrAccident | RedFlag::CannotBearWeight => {
            "Pain after an injury, or not being able to stand on the leg, can mean a broken \
             bone, which needs checking before any exercise."
        }
        RedFlag::HotSwollenHip => {
            "A hot, swollen joint can mean an infection, with or without a fever, which needs \
             treatment quickly."
        }
        RedFlag::Fever | RedFlag::UnexplainedWeightLoss | RedFlag::CancerHistory => {
            "Together with back or hip pain, this needs a doctor's check for causes other than \
             weak or underused muscles."
        }
        RedFlag::ConstantPain | RedFlag::NightOrRestPain => {
            "Pain that does not change with movement or rest is less likely to come from \
             muscles and should be looked at."
        }
        RedFlag::WorseOnCoughOrSneeze | RedFlag::NumbnessBelowKnee => {
            "This can point to an irritated nerve or disc, which a professional should assess \
             before you start exercises."
        }
        RedFlag::SaddleNumbness | RedFlag::BladderOrBowelChange => {
            "This can mean the nerves at the bottom of the spine are being squeezed. Quick \
             treatment protects them."
        }
        RedFlag::BothLegsOrWorseningWeakness => {
            "Signs in both legs, or weakness that keeps growing, can mean pressure on nerves \
             that should be treated quickly."
        }
        RedFlag::AfterFallOrAccident => {
            "Pain after an injury, or not being able to stand on the leg, can mean a broken \
             bone, which needs checking before any exercise."
        }
        RedFlag::HotSwollenHipWithFever => {
            "A hot, swollen joint with fever can mean an infection, which needs treatment \
             quickly."
        }
        RedFlag::FeverWeightLossOrCancer => {
            "Together with back or hip pain, these need a doctor's check for causes other than \
             weak or underused muscles."
        }
        RedFlag::ConstantOrNightPain => {
            "Pain that does not change with movement or rest is less likely to come from \
             muscles and should be looked at."
        }
        RedFlag::CoughSneezeOrBelowKneeNumbness => {
            "These can point to an irritated nerve or disc, which a professional should assess \
             before you start exercises."
        }
    }
}

/// For a sign answered "not sure": what to check, and what to do with the answer.
pub fn red_flag_check(flag: RedFlag) -> &'static str {
    match flag {
        RedFlag::SaddleNumbness => {
            "Check the skin between your legs and around your bottom: does it feel the same as \
             your thigh when you touch it or wipe after the toilet?"
        }
        RedFlag::BladderOrBowelChange => {
            "Think of the last day or two: could you start and stop passing urine as usual, \
             and did you feel when you needed to go?"
        }
        RedFlag::SymptomsInBothLegs | RedFlag::BothLegsOrWorseningWeakness => {
            "Compare your legs: can you feel a light touch the same on both, and stand on your \
             toes and heels on each?"
        }
        RedFlag::WorseningLegWeakness => {
            "Try standing on your toes, then on your heels, on each leg in turn, holding on to \
             something: is one side weaker than a few days ago?"
        }
        RedFlag::PainSinceFallOrAccident | RedFlag::AfterFallOrAccident => {
            "Think back to when the pain began: was there a fall, a blow or an accident in the \
             days before?"
        }
        RedFlag::CannotBearWeight => {
            "Holding on to something steady, try shifting your weight onto each leg in turn."
        }
        RedFlag::HotSwollenHip | RedFlag::HotSwollenHipWithFever => {
            "Lay the back of your hand on each hip in turn: is one warmer or puffier than the \
             other?"
        }
        RedFlag::Fever | RedFlag::FeverWeightLossOrCancer => {
            "Take your temperature if you can: 38 \u{b0}C (100.4 \u{b0}F) or more is a fever."
        }
        RedFlag::UnexplainedWeightLoss => {
            "Weigh yourself, or compare how your clothes fit with a couple of months ago."
        }
        RedFlag::CancerHistory => {
            "If you are not sure what an earlier illness or treatment was, your doctor's \
             records will say."
        }
        RedFlag::ConstantPain | RedFlag::ConstantOrNightPain => {
            "Notice over a day whether any position, such as lying on your side with a pillow \
             between your knees, eases the pain at all."
        }
        RedFlag::NightOrRestPain => {
            "Notice tonight whether the pain wakes you, and whether turning over eases it."
        }
        RedFlag::WorseOnCoughOrSneeze | RedFlag::CoughSneezeOrBelowKneeNumbness => {
            "Notice the next time you cough or sneeze whether a jolt of pain goes through your \
             back or leg."
        }
        RedFlag::NumbnessBelowKnee => {
            "Touch your shin and the top of your foot on both legs: does one side feel numb or \
             different?"
        }
    }
}

/// Under the "not sure" answers on both outcome screens.
pub const CHECK_AND_CHANGE: &str = "If you can check and the answer is clearly no, go back and \
     change it. Until you are sure, a doctor should look at it.";

pub const URGENT_TITLE: &str = "Please get medical help now";
pub const URGENT_MESSAGE: &str = "You answered yes to a question about a sign that needs care \
     today. It may turn out to be nothing serious, but it should be checked straight away. This \
     app gives no diagnosis.";
pub const URGENT_DO_NOW: &str = "Call your local emergency number or go to the nearest \
     emergency department now. Tell them which of the signs below you have.";
pub const URGENT_NO_PLAN: &str = "We do not show an exercise plan for now. Please do not start \
     exercises for this problem until a doctor has seen you.";
pub const URGENT_FLAGS_HEADING: &str = "What you told us";
/// What to do now when every urgent sign was answered "not sure".
pub const URGENT_DO_NOW_UNSURE: &str = "Call your local emergency number or go to the nearest \
     emergency department now. Tell them which of the signs below you were not sure about.";
/// The urgent message when every urgent sign was answered "not sure".
pub const URGENT_UNSURE_MESSAGE: &str = "You were not sure about a sign that needs care today. \
     Most often it turns out to be nothing serious, but it cannot be ruled out here, so please \
     have it checked today. This app gives no diagnosis.";
pub const UNSURE_HEADING: &str = "What you were not sure about";
/// Before a "not sure" answer in a list of reasons.
pub const NOT_SURE_LABEL: &str = "Not sure:";

pub const SOON_TITLE: &str = "Please see a doctor this week, before you start";
pub const SOON_MESSAGE: &str = "Some of your answers mean a doctor or physiotherapist should \
     check you before you begin exercises. It is not an emergency, but please book an \
     appointment in the next few days. This app gives no diagnosis.";
pub const SOON_REASONS_HEADING: &str = "Why we suggest this";
/// Shown above the plan while a "see a doctor soon" reason stands.
pub const SOON_PLAN_CAUTION: &str = "Check this plan with a doctor or physiotherapist before \
     you start. Stop any exercise that causes sharp or spreading pain.";
/// Shown with the plan: what would turn "soon" into "now".
pub const SOON_GET_HELP_IF: &str = "If you develop numbness around your genitals or buttocks, \
     trouble with your bladder or bowels, or weakness in your legs, get emergency help at once.";

pub const CLEAR_NOTE: &str = "None of your answers point to a sign that needs a doctor first. \
     Stop any exercise that causes sharp pain, and see a doctor if things get worse.";

/// One line per reason on the "see a doctor soon" screen.
pub fn soon_reason_text(reason: SoonReason) -> &'static str {
    match reason {
        SoonReason::Flag(flag) => red_flag_summary(flag),
        SoonReason::UnsureFlag(flag) => red_flag_summary(flag),
        SoonReason::UnclearedDiscProblem => {
            "You have a disc problem, and no professional has yet said exercise is fine for you"
        }
        SoonReason::UnclearedNerveSigns => {
            "You have signs of a trapped nerve or sciatica, and no professional has yet said \
             exercise is fine for you"
        }
    }
}

/// Why a reason matters, shown under it.
pub fn soon_reason_why(reason: SoonReason) -> &'static str {
    match reason {
        SoonReason::Flag(flag) => red_flag_why(flag),
        SoonReason::UnsureFlag(flag) => red_flag_check(flag),
        SoonReason::UnclearedDiscProblem | SoonReason::UnclearedNerveSigns => {
            "Exercise often helps with these too, but which exercises and how hard should fit \
             your case. Recovery also tends to take longer, up to about six months."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_flag_has_all_its_wording() {
        for flag in RedFlag::ALL {
            for line in [
                red_flag_prompt(flag),
                red_flag_help(flag),
                red_flag_summary(flag),
                red_flag_why(flag),
                red_flag_check(flag),
            ] {
                assert!(!line.trim().is_empty(), "{flag:?}");
                assert!(!line.contains("  "), "{flag:?}: {line}");
            }
            assert!(red_flag_prompt(flag).ends_with('?'), "{flag:?}");
        }
    }

    #[test]
    fn outcome_texts_say_there_is_no_diagnosis() {
        assert!(NOT_A_DIAGNOSIS.contains("no diagnosis"));
        assert!(URGENT_MESSAGE.contains("no diagnosis"));
        assert!(SOON_MESSAGE.contains("no diagnosis"));
        assert!(URGENT_DO_NOW.contains("emergency"));
    }
}
