//! Which picture shows which exercise: one picture for each exercise of the plan, one for each
//! steadier variant a person with balance problems is given instead, and one for each step of the
//! sitting-break routine.
//!
//! The pictures themselves are static SVG files (assets/exercises/, drawn by
//! tools/make_pictures.py), copied into dist/exercises/ by Trunk and precached by the service
//! worker, so they are not part of the first load and still work offline. Their text
//! alternatives live in `content::pictures`.

use crate::core::content::pictures as text;
use crate::core::plan::{BreakStepId, ExerciseId};

/// One exercise picture: the start and the end of a movement, side by side.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Picture {
    GluteBridge,
    Clamshell,
    SideLyingLegLift,
    SingleLegBridgeHold,
    WeightedHipThrust,
    StepUp,
    StepUpSupported,
    CableKickback,
    Squat,
    Deadlift,
    Lunge,
    LungeSupported,
    SingleLegDeadlift,
    SingleLegDeadliftSupported,
    LateralBound,
    SideStepSupported,
    BreakHipStretch,
    BreakGluteSqueeze,
    BreakWalk,
}

/// The folder of the pictures inside dist/ (and inside assets/ in the repository).
pub const PICTURE_FOLDER: &str = "exercises";

/// Every picture has the same size, in CSS pixels (its SVG viewBox), so a page can reserve the
/// space before the file arrives.
pub const PICTURE_WIDTH: u16 = 320;
pub const PICTURE_HEIGHT: u16 = 150;

impl Picture {
    pub const ALL: [Picture; 19] = [
        Picture::GluteBridge,
        Picture::Clamshell,
        Picture::SideLyingLegLift,
        Picture::SingleLegBridgeHold,
        Picture::WeightedHipThrust,
        Picture::StepUp,
        Picture::StepUpSupported,
        Picture::CableKickback,
        Picture::Squat,
        Picture::Deadlift,
        Picture::Lunge,
        Picture::LungeSupported,
        Picture::SingleLegDeadlift,
        Picture::SingleLegDeadliftSupported,
        Picture::LateralBound,
        Picture::SideStepSupported,
        Picture::BreakHipStretch,
        Picture::BreakGluteSqueeze,
        Picture::BreakWalk,
    ];

    /// The picture of an exercise as the plan shows it: `supported_variant` is
    /// `Exercise::supported`, true when the steadier form replaced the usual one. Exercises
    /// without a steadier form (the floor ones) show their usual picture either way.
    pub fn for_exercise(id: ExerciseId, supported_variant: bool) -> Picture {
        match (id, supported_variant) {
            (ExerciseId::GluteBridge, _) => Picture::GluteBridge,
            (ExerciseId::Clamshell, _) => Picture::Clamshell,
            (ExerciseId::SideLyingLegLift, _) => Picture::SideLyingLegLift,
            (ExerciseId::SingleLegBridgeHold, _) => Picture::SingleLegBridgeHold,
            (ExerciseId::WeightedHipThrust, _) => Picture::WeightedHipThrust,
            (ExerciseId::StepUp, false) => Picture::StepUp,
            (ExerciseId::StepUp, true) => Picture::StepUpSupported,
            (ExerciseId::CableKickback, _) => Picture::CableKickback,
            (ExerciseId::Squat, _) => Picture::Squat,
            (ExerciseId::Deadlift, _) => Picture::Deadlift,
            (ExerciseId::Lunge, false) => Picture::Lunge,
            (ExerciseId::Lunge, true) => Picture::LungeSupported,
            (ExerciseId::SingleLegDeadlift, false) => Picture::SingleLegDeadlift,
            (ExerciseId::SingleLegDeadlift, true) => Picture::SingleLegDeadliftSupported,
            (ExerciseId::LateralBound, false) => Picture::LateralBound,
            (ExerciseId::LateralBound, true) => Picture::SideStepSupported,
        }
    }

    /// The picture of a step of the sitting-break routine.
    pub fn for_break_step(id: BreakStepId) -> Picture {
        match id {
            BreakStepId::HipStretch => Picture::BreakHipStretch,
            BreakStepId::GluteSqueeze => Picture::BreakGluteSqueeze,
            BreakStepId::Walk => Picture::BreakWalk,
        }
    }

    /// The file's name inside `PICTURE_FOLDER`.
    pub fn file_name(self) -> &'static str {
        match self {
            Picture::GluteBridge => "glute-bridge.svg",
            Picture::Clamshell => "clamshell.svg",
            Picture::SideLyingLegLift => "side-lying-leg-lift.svg",
            Picture::SingleLegBridgeHold => "single-leg-bridge-hold.svg",
            Picture::WeightedHipThrust => "weighted-hip-thrust.svg",
            Picture::StepUp => "step-up.svg",
            Picture::StepUpSupported => "step-up-supported.svg",
            Picture::CableKickback => "cable-kickback.svg",
            Picture::Squat => "squat.svg",
            Picture::Deadlift => "deadlift.svg",
            Picture::Lunge => "lunge.svg",
            Picture::LungeSupported => "lunge-supported.svg",
            Picture::SingleLegDeadlift => "single-leg-deadlift.svg",
            Picture::SingleLegDeadliftSupported => "single-leg-deadlift-supported.svg",
            Picture::LateralBound => "lateral-bound.svg",
            Picture::SideStepSupported => "side-step-supported.svg",
            Picture::BreakHipStretch => "break-hip-stretch.svg",
            Picture::BreakGluteSqueeze => "break-glute-squeeze.svg",
            Picture::BreakWalk => "break-walk.svg",
        }
    }

    /// The file's address relative to the page ("exercises/clamshell.svg"); the page's
    /// `<base>` makes it work from any folder the app is served from.
    pub fn src(self) -> String {
        format!("{PICTURE_FOLDER}/{}", self.file_name())
    }

    /// The text alternative: the movement from start to end, and the muscle marked.
    pub fn description(self) -> &'static str {
        text::picture_description(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::content::exercises::supported_variant;
    use crate::core::plan::SittingBreakRoutine;
    use std::collections::BTreeSet;

    #[test]
    fn a_steadier_variant_has_its_own_picture_and_other_exercises_keep_theirs() {
        for id in ExerciseId::ALL {
            let usual = Picture::for_exercise(id, false);
            let supported = Picture::for_exercise(id, true);
            assert_eq!(
                usual != supported,
                supported_variant(id).is_some(),
                "{id:?}: a separate picture exactly when a steadier form exists"
            );
        }
    }

    #[test]
    fn every_picture_is_shown_by_the_plan_and_no_two_things_share_one() {
        let mut shown = Vec::new();
        for id in ExerciseId::ALL {
            shown.push(Picture::for_exercise(id, false));
            if supported_variant(id).is_some() {
                shown.push(Picture::for_exercise(id, true));
            }
        }
        for step in SittingBreakRoutine::standard().steps {
            shown.push(Picture::for_break_step(step.id));
        }
        let distinct: BTreeSet<Picture> = shown.iter().copied().collect();
        assert_eq!(distinct.len(), shown.len(), "one picture per movement");
        assert_eq!(distinct, Picture::ALL.into_iter().collect::<BTreeSet<_>>());
    }

    #[test]
    fn file_names_are_distinct_plain_svg_names() {
        let names: BTreeSet<&str> = Picture::ALL.iter().map(|p| p.file_name()).collect();
        assert_eq!(names.len(), Picture::ALL.len());
        for name in names {
            let stem = name.strip_suffix(".svg").expect("an .svg file");
            assert!(
                !stem.is_empty()
                    && stem
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-'),
                "{name}: lower-case letters, digits and dashes only (safe in any URL)"
            );
        }
        assert_eq!(Picture::Clamshell.src(), "exercises/clamshell.svg");
    }

    #[test]
    fn every_description_is_a_distinct_sentence_about_start_and_end() {
        let mut seen = BTreeSet::new();
        for p in Picture::ALL {
            let d = p.description();
            assert!(d.len() > 40 && d.ends_with('.'), "{p:?}: {d:?}");
            assert!(seen.insert(d), "{p:?} repeats another description");
        }
    }
}
