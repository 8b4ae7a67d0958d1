//! Every sentence of the exercise plan: phases, exercises, moving-on checks, adaptations and
//! the sitting-break routine. The logic that picks and doses them lives in `core::plan`; this
//! file only says things, so it can be reviewed and translated on its own.

use crate::core::answers::{GluteFeel, PelvisDrop, YesNoUnsure};
use crate::core::plan::{
    Adaptation, ExerciseId, PhaseNumber, GENTLER_START_PAIN, PAIN_FLARE_STOP_POINTS,
    SHORT_DAILY_VERSION_BELOW_DAYS,
};

/// Said once above the three phases: the order matters (the article's warning about skipping).
pub const PHASE_ORDER_NOTE: &str = "Go through the phases in order. Each one builds on the last. \
Jumping ahead tends to slow recovery down, not speed it up.";

/// Said once above every plan: the app is not a clinician.
pub const PLAN_SAFETY_NOTE: &str = "This plan is general guidance, not a diagnosis or a \
prescription. Mild muscle tiredness is fine. Sharp pain, or pain that is clearly worse the next \
day, means ease off; if it keeps happening, see a clinician.";

/// Shown when the person has reached the last phase and nothing is left to unlock.
pub const LAST_PHASE_NOTE: &str = "This is the last phase. Keep it up: it is what makes the \
change stick and stops old habits from coming back.";

/// Marks an exercise to add only once the others in its phase feel solid.
pub const LATER_IN_PHASE_LABEL: &str = "Add later in this phase, once the others feel solid";

/// The name, short title and goal of one phase.
pub struct PhaseText {
    pub name: &'static str,
    pub goal: &'static str,
    /// How to make the phase harder as it gets easier.
    pub how_to_progress: &'static str,
}

pub fn phase_text(number: PhaseNumber) -> PhaseText {
    match number {
        PhaseNumber::One => PhaseText {
            name: "Activation: switch the glutes back on",
            goal: "Teach your brain to switch your buttock muscles on by themselves. Use small, \
easy moves with no weights, many repeats, every day. A clear squeeze matters more than the \
number of reps.",
            how_to_progress: "Make each squeeze stronger before you add reps. When two-leg \
bridges feel easy and you clearly feel your buttocks, add the single-leg bridge hold.",
        },
        PhaseNumber::Two => PhaseText {
            name: "Strength: add load step by step",
            goal: "Make the glutes stronger by adding weight little by little. Keep strict form \
so your buttocks, not your thighs or lower back, do the lifting.",
            how_to_progress: "When you can do every rep of every set with good form, add a \
little weight next time. Rest at least a day between strength days. Add squats and deadlifts \
only once hip thrusts, step-ups and kickbacks feel solid.",
        },
        PhaseNumber::Three => PhaseText {
            name: "Everyday movement: make it automatic",
            goal: "Get your glutes to fire on their own in moves like daily life and sport: one \
leg at a time, off balance, and quick side-to-side work.",
            // Neutral about the side-to-side exercise: people with balance problems get side
            // steps instead of side bounds, and this sentence is shown to both.
            how_to_progress: "Go deeper, slower or add a weight once a move is steady. Add the \
side-to-side exercise only once lunges and single-leg deadlifts feel steady.",
        },
    }
}

/// The words of one exercise.
pub struct ExerciseText {
    pub name: &'static str,
    pub how_to: &'static [&'static str],
    /// What a person should feel when the right muscles do the work.
    pub feel: &'static str,
    /// The sign that other muscles took over, and what to change.
    pub compensation_sign: &'static str,
}

pub fn exercise_text(id: ExerciseId) -> ExerciseText {
    match id {
        ExerciseId::GluteBridge => ExerciseText {
            name: "Glute bridge",
            how_to: &[
                "Lie on your back with knees bent, feet flat and hip-width apart, arms by your sides.",
                "Squeeze your buttocks first, then press through your heels to lift your hips until knees, hips and shoulders form a straight line.",
                "Hold the top for 2 seconds while squeezing, then lower slowly.",
                "Keep your ribs down. Do not arch your lower back to get higher.",
            ],
            feel: "A squeeze in both buttocks, strongest at the top.",
            compensation_sign: "If the backs of your thighs cramp or your lower back does the \
work, move your feet a little closer to your bottom, lift less high, and squeeze your buttocks \
before you lift.",
        },
        ExerciseId::Clamshell => ExerciseText {
            name: "Clamshell",
            how_to: &[
                "Lie on your side with hips and knees bent and your head resting on your arm.",
                "Keep your feet together and lift your top knee, like a shell opening.",
                "Stop before your top hip rolls backwards, then lower slowly.",
                "Rest your top hand on your hip to check that it stays still.",
            ],
            feel: "Work at the side and back of the top hip, often a mild burn.",
            compensation_sign: "If you feel it mostly at the front of the hip, or your pelvis \
rolls back, make the movement smaller and tip your top hip slightly forward.",
        },
        ExerciseId::SideLyingLegLift => ExerciseText {
            name: "Side-lying leg lift",
            how_to: &[
                "Lie on your side with the bottom knee bent for balance and the top leg straight.",
                "Turn the top toes slightly down and move the leg a little behind your body.",
                "Lift the top leg to about hip height, pause, and lower slowly.",
                "Keep your hips stacked on top of each other; do not roll back.",
            ],
            feel: "Work at the side of the top hip, just below the hip bone.",
            compensation_sign: "If you feel it at the front of the hip or your waist hitches \
up, lift less high, point the toes slightly down and take the leg a little further back.",
        },
        ExerciseId::SingleLegBridgeHold => ExerciseText {
            name: "Single-leg bridge hold",
            how_to: &[
                "Set up as for a glute bridge and lift your hips.",
                "Straighten one leg so both knees stay level, and keep your hips level too.",
                "Hold while breathing normally, then lower with control and switch sides.",
                "Time each side: this is also your check for moving on to phase 2.",
            ],
            feel: "A strong squeeze in the buttock of the leg on the floor.",
            compensation_sign: "If the back of your thigh cramps or one hip sinks, lower down, \
rest, and do two-leg bridges for a few more days before trying again.",
        },
        ExerciseId::WeightedHipThrust => ExerciseText {
            name: "Weighted hip thrust",
            how_to: &[
                "Sit on the floor with your upper back against a sturdy bench or sofa, knees bent, feet flat.",
                "Rest a weight across your hips: a dumbbell, a loaded backpack, or a padded bar.",
                "Tuck your chin, squeeze your buttocks and drive your hips up until your body is level from knees to shoulders.",
                "Pause at the top, then lower with control.",
            ],
            feel: "Hard work in both buttocks, most at the top.",
            compensation_sign: "If your lower back arches or the backs of your thighs cramp, \
use less weight, keep chin and ribs tucked, and place your feet so your shins are upright at \
the top.",
        },
        ExerciseId::StepUp => ExerciseText {
            name: "Step-up",
            how_to: &[
                "Stand facing a sturdy step or box, knee height or lower.",
                "Put your whole foot on the step and lean forward slightly.",
                "Press through the heel on the step to stand up, without pushing off the back foot.",
                "Lower slowly. Finish all reps, then switch legs. Hold weights once it feels easy.",
            ],
            feel: "Work in the buttock of the leg on the step.",
            compensation_sign: "If it is mostly the front of your thigh, or you bounce off the \
back foot, use a lower step, lean forward a little more and press through the heel.",
        },
        ExerciseId::CableKickback => ExerciseText {
            name: "Cable or band kickback",
            how_to: &[
                "Fix an ankle strap to a low cable, or loop a resistance band around your ankle and a sturdy anchor.",
                "Hold on to something for balance, stand tall and lean forward a little from the hips.",
                "Push the working leg straight back while squeezing that buttock. Keep your back still.",
                "Return slowly. Finish all reps, then switch legs.",
            ],
            feel: "A squeeze in the buttock of the leg that moves back.",
            compensation_sign: "If your lower back arches or your body swings, use a lighter \
weight and stop the leg as soon as your back wants to move.",
        },
        ExerciseId::Squat => ExerciseText {
            name: "Squat",
            how_to: &[
                "Stand with feet about shoulder-width apart, toes turned slightly out.",
                "Sit back and down as if onto a chair, knees following your toes, chest up.",
                "Go only as low as you can while your back stays straight.",
                "Push the floor away and squeeze your buttocks to stand. Start with body weight, then hold a weight.",
            ],
            feel: "Work in your buttocks and thighs, with the buttocks finishing each rep.",
            compensation_sign: "If it is all front of thigh or your knees fall inward, sit back \
more, push your knees out over your toes, and squat down to a chair or box.",
        },
        ExerciseId::Deadlift => ExerciseText {
            name: "Deadlift (hip hinge)",
            how_to: &[
                "Stand with feet hip-width apart, holding a weight in front of your thighs.",
                "With soft knees, push your hips back and let the weight slide down your legs. Keep your back flat.",
                "Stop when the backs of your thighs feel a stretch or your back starts to round.",
                "Squeeze your buttocks and push your hips forward to stand tall.",
            ],
            feel: "A stretch at the back of the thighs going down, and your buttocks doing the \
work coming up.",
            compensation_sign: "If your lower back aches or rounds, use less weight and a \
shorter range, and think of moving your hips back and forward instead of lifting with your \
back.",
        },
        ExerciseId::Lunge => ExerciseText {
            name: "Lunge",
            how_to: &[
                "Stand tall and take a long step forward.",
                "Lower your back knee towards the floor, front knee above your foot.",
                "Keep most of your weight on the front heel, body leaning slightly forward.",
                "Press through the front heel to come back. Switch legs.",
            ],
            feel: "Work in the buttock and thigh of the front leg.",
            compensation_sign: "If your front knee aches or it is all front of thigh, take a \
longer step, lean slightly forward and press through the heel.",
        },
        ExerciseId::SingleLegDeadlift => ExerciseText {
            name: "Single-leg deadlift",
            how_to: &[
                "Stand on one leg with a soft knee, the other foot just off the floor.",
                "Tip forward from the hip, hands reaching down, free leg going back in line with your body.",
                "Keep your hips level: do not let the hip of the free leg turn up.",
                "Squeeze the buttock of the standing leg to come back up. Add a weight once it is steady.",
            ],
            feel: "A stretch at the back of the standing leg, and its buttock bringing you up.",
            compensation_sign: "If your hip twists open or you wobble a lot, go less deep, \
touch the free toes to the floor, or hold on to a chair.",
        },
        ExerciseId::LateralBound => ExerciseText {
            name: "Side bound",
            how_to: &[
                "Stand on one leg with the knee slightly bent.",
                "Push off sideways and land softly on the other foot, knee bent over the toes.",
                "Hold the landing still for 2 seconds, then bound back.",
                "Start with small hops and make them longer as your landings get steady.",
            ],
            feel: "The side and back of the landing hip holding you steady.",
            compensation_sign: "If your knee falls inward as you land or you cannot stop still, \
make the hops smaller, or step sideways instead of hopping.",
        },
    }
}

/// A steadier form of a standing or single-leg exercise, for people with balance problems.
/// It carries all its own words: the usual exercise's feel and compensation sign describe a
/// different movement (longer steps, hops) and would contradict the steadier steps.
pub struct SupportedVariantText {
    pub name: &'static str,
    pub how_to: &'static [&'static str],
    /// What a person should feel when the right muscles do the work.
    pub feel: &'static str,
    /// The sign that other muscles took over, and what to change, within the supported form.
    pub compensation_sign: &'static str,
}

/// The supported form of an exercise, if it has one (floor exercises need none).
pub fn supported_variant(id: ExerciseId) -> Option<SupportedVariantText> {
    match id {
        ExerciseId::StepUp => Some(SupportedVariantText {
            name: "Step-up, holding a rail or wall",
            how_to: &[
                "Use a low step next to a wall, banister or sturdy chair, and keep one hand on it.",
                "Put your whole foot on the step and lean forward slightly.",
                "Press through the heel on the step to stand up; use the support for balance, not to pull.",
                "Lower slowly. Finish all reps, then switch legs.",
            ],
            feel: "Work in the buttock of the leg on the step.",
            compensation_sign: "If it is mostly the front of your thigh, or you pull on the \
support or push off the back foot, use a lower step, lean forward a little more and press \
through the heel.",
        }),
        ExerciseId::Lunge => Some(SupportedVariantText {
            name: "Lunge, holding a chair",
            how_to: &[
                "Stand beside a sturdy chair or counter and keep one hand on it.",
                "Take a shorter step than usual and lower your back knee only part of the way.",
                "Keep most of your weight on the front heel.",
                "Press through the front heel to come back. Switch sides.",
            ],
            feel: "Work in the buttock and thigh of the front leg.",
            compensation_sign: "If your front knee aches or it is all front of thigh, lower \
less far, keep your front knee above your ankle and press through the front heel. Use the chair \
for balance, not to push yourself up.",
        }),
        ExerciseId::SingleLegDeadlift => Some(SupportedVariantText {
            name: "Single-leg deadlift, holding a chair",
            how_to: &[
                "Stand next to a wall or sturdy chair and rest one hand on it.",
                "Keep the toes of your free foot lightly on the floor behind you, like a kickstand.",
                "Tip forward from the hip with a flat back, as far as feels steady.",
                "Squeeze the buttock of the front leg to come back up.",
            ],
            feel: "A stretch at the back of the front leg, and its buttock bringing you up.",
            compensation_sign: "If your hip twists open or your lower back rounds, tip forward \
less far and keep both hips facing the floor. Keep the back toes light, so the front leg \
carries your weight.",
        }),
        ExerciseId::LateralBound => Some(SupportedVariantText {
            name: "Side step with a pause, near a wall",
            how_to: &[
                "Stand side-on, an arm's length from a wall or counter you can reach.",
                "Take a big step sideways, bend the knee a little as you land, and pause for 2 seconds.",
                "Step back and repeat. Keep your knee above your toes.",
                "Once the steps feel completely steady, make them a little bigger.",
            ],
            feel: "The side and back of the hip you step onto holding you steady.",
            compensation_sign: "If your knee falls inward as you land or you cannot hold the \
pause, take a smaller step and bend the knee less. Touch the wall whenever you need to.",
        }),
        ExerciseId::GluteBridge
        | ExerciseId::Clamshell
        | ExerciseId::SideLyingLegLift
        | ExerciseId::SingleLegBridgeHold
        | ExerciseId::WeightedHipThrust
        | ExerciseId::CableKickback
        | ExerciseId::Squat
        | ExerciseId::Deadlift => None,
    }
}

/// "3 sets of 15, every day", "3 sets of 10 on each side, 3 days a week".
pub fn sets_reps_text(sets: u8, reps: u8, per_side: bool, days_per_week: u8) -> String {
    let set_word = if sets == 1 { "set" } else { "sets" };
    let side = if per_side { " on each side" } else { "" };
    format!(
        "{sets} {set_word} of {reps}{side}, {}",
        days_text(days_per_week)
    )
}

/// "3 holds of 20 seconds on each side, every day".
pub fn hold_text(sets: u8, seconds: u16, per_side: bool, days_per_week: u8) -> String {
    let side = if per_side { " on each side" } else { "" };
    let holds = if sets == 1 {
        format!("1 hold of {seconds} seconds")
    } else {
        format!("{sets} holds of {seconds} seconds")
    };
    format!("{holds}{side}, {}", days_text(days_per_week))
}

fn days_text(days_per_week: u8) -> String {
    match days_per_week {
        7.. => "every day".to_string(),
        1 => "once a week".to_string(),
        n => format!("{n} days a week"),
    }
}

// Moving-on checks: the rule as a sentence, then what the answers show.

pub fn glute_feel_rule() -> String {
    "You clearly feel both buttocks working in a two-leg bridge.".to_string()
}

pub fn bridge_hold_rule(min_seconds: u16) -> String {
    format!("You can hold a single-leg bridge for {min_seconds} seconds or more on each side.")
}

pub fn bridge_gap_rule(max_gap_seconds: u16) -> String {
    format!(
        "Your left and right single-leg bridge holds are within {max_gap_seconds} seconds of each other."
    )
}

pub fn no_compensation_rule() -> String {
    "The backs of your thighs do not cramp, and your lower back does not take over, in bridges \
or squats."
        .to_string()
}

pub fn stance_rule(cap_seconds: u16) -> String {
    format!(
        "You can stand on each leg, eyes open, for as long as is usual at your age (up to \
{cap_seconds} seconds)."
    )
}

pub fn pelvis_level_rule() -> String {
    "In the mirror check, your pelvis stays level whichever leg you stand on.".to_string()
}

pub fn pain_eased_rule(drop_points: u8, drop_percent: u8, low_enough: u8) -> String {
    format!(
        "Your worst pain has dropped by {drop_points} points or {drop_percent}% since your \
first check, or is {low_enough} out of 10 or less."
    )
}

pub fn glute_feel_evidence(feel: GluteFeel) -> String {
    match feel {
        GluteFeel::Clearly => "You clearly feel both buttocks working.",
        GluteFeel::ALittle => "You feel your buttocks only a little, or on one side.",
        GluteFeel::NotAtAll => "You do not feel your buttocks working yet.",
    }
    .to_string()
}

pub fn bridge_hold_evidence(left: u16, right: u16, min_seconds: u16) -> String {
    format!(
        "Bridge hold: left {left} s, right {right} s. The aim is {min_seconds} s or more on each side."
    )
}

pub fn bridge_gap_evidence(gap: u16, max_gap_seconds: u16) -> String {
    format!("Your two sides differ by {gap} s. The aim is {max_gap_seconds} s or less.")
}

pub fn compensation_evidence(compensation: YesNoUnsure) -> String {
    match compensation {
        YesNoUnsure::No => "You said other muscles do not take over.",
        YesNoUnsure::Unsure => {
            "You were not sure whether other muscles take over. Watch for it in your next \
bridges, then answer again."
        }
        YesNoUnsure::Yes => {
            "You said the backs of your thighs cramp or your lower back takes over."
        }
    }
    .to_string()
}

pub fn stance_evidence(left: u16, right: u16, target_seconds: u16) -> String {
    format!(
        "Standing on one leg: left {left} s, right {right} s. The aim for your age is \
{target_seconds} s or more on each side."
    )
}

pub fn pelvis_evidence(drop: PelvisDrop) -> String {
    match drop {
        PelvisDrop::Neither => "Your pelvis stayed level on both sides.",
        PelvisDrop::OneSide => "Your pelvis dropped when standing on one of your legs.",
        PelvisDrop::BothSides => "Your pelvis dropped whichever leg you stood on.",
        PelvisDrop::NotChecked => "You have not done the mirror check yet.",
    }
    .to_string()
}

pub fn pain_low_evidence(latest: u8) -> String {
    format!("Your worst pain is {latest} out of 10, which is low enough.")
}

pub fn pain_no_first_check_evidence(latest: u8) -> String {
    format!(
        "Your worst pain is {latest} out of 10. To see how much it has changed we need your \
first check, and there is none saved yet."
    )
}

pub fn pain_change_evidence(first: u8, latest: u8, aim_at_most: u8) -> String {
    format!(
        "Your worst pain went from {first} to {latest} out of 10. The aim is {aim_at_most} or less."
    )
}

/// One line above the list of checks for the next phase.
pub fn next_phase_summary(next: PhaseNumber, met: usize, total: usize) -> String {
    let n = next.number();
    if met == total {
        format!("All {total} checks are met: you are ready for phase {n}.")
    } else {
        format!(
            "{met} of {total} checks for phase {n} are met. Keep going with your current phase; \
the list below shows what is still missing."
        )
    }
}

// Adaptations.

pub fn adaptation_title(adaptation: Adaptation) -> &'static str {
    match adaptation {
        Adaptation::ClinicianFirst => "Check with a clinician first",
        Adaptation::SupportedBalance => "Use support for balance",
        Adaptation::GentlerStart => "Start gently",
        Adaptation::BreakHabitFirst => "Make sitting breaks the first habit",
        Adaptation::ShortDailyVersion => "A short version every day",
        Adaptation::WatchWorsening => "Keep an eye on worsening symptoms",
    }
}

/// What the adaptation asks a person to do. Numbers come from `core::plan` constants.
pub fn adaptation_text(adaptation: Adaptation) -> String {
    match adaptation {
        Adaptation::ClinicianFirst => "You told us about a disc problem or nerve symptoms. \
Before you start, get a doctor or physiotherapist to OK this plan. Where their advice differs \
from this plan, follow theirs. Recovery with these problems usually takes longer, so go slowly."
            .to_string(),
        Adaptation::SupportedBalance => "You told us your balance is not great. Do every \
standing or single-leg exercise next to a wall, counter or sturdy chair you can hold. Some \
exercises below have been swapped for steadier forms."
            .to_string(),
        Adaptation::GentlerStart => format!(
            "Your worst pain is {GENTLER_START_PAIN} out of 10 or more right now. The doses below \
have been made smaller. Use a smaller range of movement, and stop an exercise if your pain \
goes up by more than {PAIN_FLARE_STOP_POINTS} points while you do it."
        ),
        Adaptation::BreakHabitFirst => "Getting up often matters as much as the exercises. \
Even if you cannot manage it every time, aim for the short break routine below as often as you \
can, and build from there."
            .to_string(),
        Adaptation::ShortDailyVersion => format!(
            "You planned fewer than {SHORT_DAILY_VERSION_BELOW_DAYS} days a week. Phase 1 works best a little \
every day: on busy days, one set of each exercise (about 5 minutes) still counts."
        ),
        Adaptation::WatchWorsening => "You said your symptoms have been getting worse. Start \
gently. If they keep getting worse over the next couple of weeks, stop and see a clinician."
            .to_string(),
    }
}

// The sitting-break routine.

pub const BREAKS_TITLE: &str = "Break up your sitting";

pub fn breaks_why(every_from: u8, every_to: u8, lasts_from: u8, lasts_to: u8) -> String {
    format!(
        "Long, unbroken sitting keeps the glutes switched off and slows recovery. Every \
{every_from} to {every_to} minutes, stand up for a {lasts_from} to {lasts_to} minute reset."
    )
}

/// The words of one step of the sitting-break routine.
pub struct BreakStepText {
    pub name: &'static str,
    pub how_to: &'static str,
}

pub const BREAK_HIP_STRETCH: BreakStepText = BreakStepText {
    name: "Standing hip-front stretch",
    how_to: "Stand tall and step one foot back. Tuck your tailbone under and squeeze that \
buttock until you feel a gentle stretch at the front of the back hip.",
};

pub const BREAK_GLUTE_SQUEEZE: BreakStepText = BreakStepText {
    name: "Standing glute squeezes",
    how_to: "Stand tall and squeeze both buttocks hard for 2 seconds, then let go.",
};

pub const BREAK_WALK: BreakStepText = BreakStepText {
    name: "A short walk",
    how_to: "Walk about: fetch water, take the stairs, or just loop the room.",
};

pub fn break_seconds_text(seconds: u16, per_side: bool) -> String {
    if per_side {
        format!("about {seconds} seconds on each side")
    } else {
        format!("about {seconds} seconds")
    }
}

pub fn break_reps_text(reps: u8) -> String {
    format!("{reps} squeezes")
}
