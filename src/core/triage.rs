//! Red-flag triage: decides, before any estimate or plan, whether a person should get care
//! first. Urgent signs mean emergency care now and no plan; "see a doctor soon" signs, or a
//! disc problem or nerve signs no clinician has cleared, mean a check within the week before
//! starting. The wording of every outcome is in `content::triage`.

use crate::core::answers::{Answers, RedFlag};
use crate::core::sorted_set::SortedSet;

/// How soon a red flag needs care (Source::RedFlags).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum FlagGroup {
    /// Emergency care now: possible nerve compression at the base of the spine, a fracture or
    /// a joint infection.
    Urgent,
    /// A doctor's check within the week, before starting exercises.
    SeeDoctorSoon,
}

/// The group of each red flag, as listed in the clinical notes (Source::RedFlags).
pub fn flag_group(flag: RedFlag) -> FlagGroup {
    match flag {
        RedFlag::SaddleNumbness
        | RedFlag::BladderOrBowelChange
        | RedFlag::SymptomsInBothLegs
        | RedFlag::WorseningLegWeakness
        | RedFlag::PainSinceFallOrAccident
        | RedFlag::CannotBearWeight
        // The notes pair a hot, swollen hip with fever or feeling very unwell; asked on its
        // own, a hot swollen joint is sent on today either way, since an infected joint does
        // not always bring a fever.
        | RedFlag::HotSwollenHip
        | RedFlag::BothLegsOrWorseningWeakness
        | RedFlag::AfterFallOrAccident
        | RedFlag::HotSwollenHipWithFever => FlagGroup::Urgent,
        RedFlag::Fever
        | RedFlag::UnexplainedWeightLoss
        | RedFlag::CancerHistory
        | RedFlag::ConstantPain
        | RedFlag::NightOrRestPain
        | RedFlag::WorseOnCoughOrSneeze
        | RedFlag::NumbnessBelowKnee
        | RedFlag::FeverWeightLossOrCancer
        | RedFlag::ConstantOrNightPain
        | RedFlag::CoughSneezeOrBelowKneeNumbness => FlagGroup::SeeDoctorSoon,
    }
}

pub fn is_urgent(flag: RedFlag) -> bool {
    flag_group(flag) == FlagGroup::Urgent
}

/// Why a person should see a doctor within the week before starting.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum SoonReason {
    /// A red flag of the "see a doctor soon" group, answered "yes".
    Flag(RedFlag),
    /// A red flag of the "see a doctor soon" group, answered "not sure".
    UnsureFlag(RedFlag),
    /// A diagnosed disc problem, and no clinician has said exercise is fine.
    UnclearedDiscProblem,
    /// Signs of nerve entrapment or sciatica, and no clinician has said exercise is fine.
    UnclearedNerveSigns,
}

/// The outcome of the safety check. Urgent wins over soon, soon over clear.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum Triage {
    /// Get emergency care now; no plan is shown. `flags` were answered "yes", `unsure` "not
    /// sure": an urgent sign nobody can rule out is treated as present.
    Urgent {
        flags: Vec<RedFlag>,
        unsure: Vec<RedFlag>,
    },
    /// See a doctor within the week before starting; the plan is shown with a caution.
    SeeDoctorSoon {
        reasons: Vec<SoonReason>,
    },
    Clear,
}

impl Triage {
    /// Whether an exercise plan may be shown at all.
    pub fn allows_plan(&self) -> bool {
        !matches!(self, Triage::Urgent { .. })
    }
}

/// Reasons and flags are listed in `RedFlag::ALL` order ("yes" before "not sure"), conditions
/// after flags, so the same answers always read the same way.
pub fn triage(answers: &Answers) -> Triage {
    let in_group = |set: &SortedSet<RedFlag>, group: FlagGroup| {
        set.iter()
            .copied()
            .filter(move |&f| flag_group(f) == group)
            .collect::<Vec<_>>()
    };
    let flags = in_group(&answers.red_flags, FlagGroup::Urgent);
    let unsure = in_group(&answers.red_flags_unsure, FlagGroup::Urgent);
    if !flags.is_empty() || !unsure.is_empty() {
        return Triage::Urgent { flags, unsure };
    }

    let soon = FlagGroup::SeeDoctorSoon;
    let mut reasons: Vec<SoonReason> = in_group(&answers.red_flags, soon)
        .into_iter()
        .map(SoonReason::Flag)
        .chain(
            in_group(&answers.red_flags_unsure, soon)
                .into_iter()
                .map(SoonReason::UnsureFlag),
        )
        .collect();
    // Only an explicit "yes, a clinician said exercise is fine" clears a condition; an
    // unanswered question is not a clearance.
    let cleared = answers.clinician_cleared == Some(true);
    if answers.disc_problem && !cleared {
        reasons.push(SoonReason::UnclearedDiscProblem);
    }
    if answers.nerve_signs && !cleared {
        reasons.push(SoonReason::UnclearedNerveSigns);
    }
    if reasons.is_empty() {
        Triage::Clear
    } else {
        Triage::SeeDoctorSoon { reasons }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;

    /// No red flag and no complicating condition: triage reads nothing else.
    fn calm() -> Answers {
        Answers {
            disc_problem: false,
            nerve_signs: false,
            clinician_cleared: None,
            red_flags: SortedSet::new(),
            red_flags_unsure: SortedSet::new(),
            ..examples::typical_desk_worker()
        }
    }

    fn with_flags(flags: &[RedFlag]) -> Answers {
        Answers {
            red_flags: flags.iter().copied().collect(),
            ..calm()
        }
    }

    #[test]
    fn saddle_numbness_is_urgent() {
        assert!(is_urgent(RedFlag::SaddleNumbness));
    }

    #[test]
    fn bladder_or_bowel_change_is_urgent() {
        assert!(is_urgent(RedFlag::BladderOrBowelChange));
    }

    #[test]
    fn weakness_in_both_legs_or_worsening_is_urgent() {
        assert!(is_urgent(RedFlag::BothLegsOrWorseningWeakness));
    }

    #[test]
    fn pain_after_a_fall_or_accident_is_urgent() {
        assert!(is_urgent(RedFlag::AfterFallOrAccident));
    }

    #[test]
    fn hot_swollen_hip_with_fever_is_urgent() {
        assert!(is_urgent(RedFlag::HotSwollenHipWithFever));
    }

    #[test]
    fn fever_weight_loss_or_cancer_needs_a_doctor_soon() {
        assert_eq!(
            flag_group(RedFlag::FeverWeightLossOrCancer),
            FlagGroup::SeeDoctorSoon
        );
    }

    #[test]
    fn constant_or_night_pain_needs_a_doctor_soon() {
        assert_eq!(
            flag_group(RedFlag::ConstantOrNightPain),
            FlagGroup::SeeDoctorSoon
        );
    }

    #[test]
    fn cough_sneeze_or_below_knee_numbness_needs_a_doctor_soon() {
        assert_eq!(
            flag_group(RedFlag::CoughSneezeOrBelowKneeNumbness),
            FlagGroup::SeeDoctorSoon
        );
    }

    #[test]
    fn each_single_flag_gives_its_own_outcome() {
        for flag in RedFlag::ALL {
            let expected = if is_urgent(flag) {
                Triage::Urgent {
                    flags: vec![flag],
                    unsure: vec![],
                }
            } else {
                Triage::SeeDoctorSoon {
                    reasons: vec![SoonReason::Flag(flag)],
                }
            };
            assert_eq!(triage(&with_flags(&[flag])), expected, "{flag:?}");
        }
    }

    #[test]
    fn no_flags_and_no_condition_is_clear() {
        assert_eq!(triage(&calm()), Triage::Clear);
        assert!(Triage::Clear.allows_plan());
    }

    #[test]
    fn urgent_wins_over_soon_and_lists_only_urgent_flags() {
        let answers = Answers {
            disc_problem: true,
            clinician_cleared: Some(false),
            ..with_flags(&[
                RedFlag::ConstantOrNightPain,
                RedFlag::HotSwollenHipWithFever,
                RedFlag::SaddleNumbness,
            ])
        };
        let outcome = triage(&answers);
        assert_eq!(
            outcome,
            Triage::Urgent {
                flags: vec![RedFlag::SaddleNumbness, RedFlag::HotSwollenHipWithFever],
                unsure: vec![],
            }
        );
        assert!(!outcome.allows_plan());
    }

    #[test]
    fn uncleared_disc_problem_needs_a_doctor_soon() {
        for cleared in [None, Some(false)] {
            let answers = Answers {
                disc_problem: true,
                clinician_cleared: cleared,
                ..calm()
            };
            assert_eq!(
                triage(&answers),
                Triage::SeeDoctorSoon {
                    reasons: vec![SoonReason::UnclearedDiscProblem]
                }
            );
        }
    }

    #[test]
    fn uncleared_nerve_signs_need_a_doctor_soon() {
        let answers = Answers {
            nerve_signs: true,
            clinician_cleared: Some(false),
            ..calm()
        };
        assert_eq!(
            triage(&answers),
            Triage::SeeDoctorSoon {
                reasons: vec![SoonReason::UnclearedNerveSigns]
            }
        );
    }

    #[test]
    fn a_clinicians_clearance_lifts_the_condition_but_not_soon_flags() {
        let cleared = Answers {
            disc_problem: true,
            nerve_signs: true,
            clinician_cleared: Some(true),
            ..calm()
        };
        assert_eq!(triage(&cleared), Triage::Clear);
        let with_flag = Answers {
            red_flags: SortedSet::from([RedFlag::FeverWeightLossOrCancer]),
            ..cleared
        };
        assert_eq!(
            triage(&with_flag),
            Triage::SeeDoctorSoon {
                reasons: vec![SoonReason::Flag(RedFlag::FeverWeightLossOrCancer)]
            }
        );
    }

    #[test]
    fn soon_reasons_list_flags_first_then_conditions() {
        let answers = Answers {
            disc_problem: true,
            nerve_signs: true,
            clinician_cleared: Some(false),
            ..with_flags(&[
                RedFlag::CoughSneezeOrBelowKneeNumbness,
                RedFlag::FeverWeightLossOrCancer,
            ])
        };
        let outcome = triage(&answers);
        assert_eq!(
            outcome,
            Triage::SeeDoctorSoon {
                reasons: vec![
                    SoonReason::Flag(RedFlag::FeverWeightLossOrCancer),
                    SoonReason::Flag(RedFlag::CoughSneezeOrBelowKneeNumbness),
                    SoonReason::UnclearedDiscProblem,
                    SoonReason::UnclearedNerveSigns,
                ]
            }
        );
        assert!(outcome.allows_plan());
    }

    fn with_unsure(flags: &[RedFlag]) -> Answers {
        Answers {
            red_flags_unsure: flags.iter().copied().collect(),
            ..calm()
        }
    }

    #[test]
    fn not_sure_about_an_urgent_sign_is_treated_as_urgent() {
        for flag in RedFlag::ALL.into_iter().filter(|&f| is_urgent(f)) {
            assert_eq!(
                triage(&with_unsure(&[flag])),
                Triage::Urgent {
                    flags: vec![],
                    unsure: vec![flag]
                },
                "{flag:?}"
            );
        }
    }

    #[test]
    fn not_sure_about_a_soon_sign_means_a_doctor_soon() {
        for flag in RedFlag::ALL.into_iter().filter(|&f| !is_urgent(f)) {
            assert_eq!(
                triage(&with_unsure(&[flag])),
                Triage::SeeDoctorSoon {
                    reasons: vec![SoonReason::UnsureFlag(flag)]
                },
                "{flag:?}"
            );
        }
    }

    #[test]
    fn yes_answers_are_listed_before_not_sure_ones() {
        let answers = Answers {
            red_flags: SortedSet::from([RedFlag::NightOrRestPain]),
            red_flags_unsure: SortedSet::from([RedFlag::Fever]),
            ..calm()
        };
        assert_eq!(
            triage(&answers),
            Triage::SeeDoctorSoon {
                reasons: vec![
                    SoonReason::Flag(RedFlag::NightOrRestPain),
                    SoonReason::UnsureFlag(RedFlag::Fever)
                ]
            }
        );
    }

    #[test]
    fn every_asked_sign_is_one_of_the_notes_groups_and_legacy_flags_keep_theirs() {
        let urgent: Vec<_> = RedFlag::ASKED
            .into_iter()
            .filter(|&f| is_urgent(f))
            .collect();
        assert_eq!(urgent.len(), 7);
        assert!(is_urgent(RedFlag::BothLegsOrWorseningWeakness));
        assert!(is_urgent(RedFlag::AfterFallOrAccident));
        assert!(is_urgent(RedFlag::HotSwollenHipWithFever));
        for legacy in [
            RedFlag::FeverWeightLossOrCancer,
            RedFlag::ConstantOrNightPain,
            RedFlag::CoughSneezeOrBelowKneeNumbness,
        ] {
            assert!(!is_urgent(legacy));
        }
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::*;
        use crate::core::draft::strategy::arb_answers;
        use proptest::prelude::*;

        proptest! {
            #[test]
            fn any_urgent_flag_yes_or_not_sure_means_urgent(a in arb_answers()) {
                let has_urgent = a.red_flags.iter().chain(a.red_flags_unsure.iter()).any(|&f| is_urgent(f));
                prop_assert_eq!(matches!(triage(&a), Triage::Urgent { .. }), has_urgent);
            }

            #[test]
            fn no_flags_and_no_uncleared_condition_means_clear(a in arb_answers()) {
                let uncleared = a.has_complicating_condition() && a.clinician_cleared != Some(true);
                let expected_clear = a.red_flags.is_empty() && a.red_flags_unsure.is_empty() && !uncleared;
                prop_assert_eq!(triage(&a) == Triage::Clear, expected_clear);
            }

            #[test]
            fn outcomes_list_only_what_the_answers_hold(a in arb_answers()) {
                match triage(&a) {
                    Triage::Urgent { flags, unsure } => {
                        prop_assert!(!flags.is_empty() || !unsure.is_empty());
                        for f in flags {
                            prop_assert!(is_urgent(f) && a.red_flags.contains(&f));
                        }
                        for f in unsure {
                            prop_assert!(is_urgent(f) && a.red_flags_unsure.contains(&f));
                        }
                    }
                    Triage::SeeDoctorSoon { reasons } => {
                        prop_assert!(!reasons.is_empty());
                        for r in reasons {
                            match r {
                                SoonReason::Flag(f) => {
                                    prop_assert!(!is_urgent(f) && a.red_flags.contains(&f));
                                }
                                SoonReason::UnsureFlag(f) => {
                                    prop_assert!(!is_urgent(f) && a.red_flags_unsure.contains(&f));
                                }
                                SoonReason::UnclearedDiscProblem => prop_assert!(a.disc_problem),
                                SoonReason::UnclearedNerveSigns => prop_assert!(a.nerve_signs),
                            }
                        }
                    }
                    Triage::Clear => {}
                }
            }
        }
    }
}
