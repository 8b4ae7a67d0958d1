//! Sample answers for tests and benchmarks: the people the core's unit tests, `tests/core_*.rs`
//! and `benches/` start from, kept in one place instead of a whole `Answers` literal in every
//! test module. The app never calls this module (the release build leaves it out of the wasm).
//!
//! A test that needs someone else starts from one of these with struct-update syntax and sets
//! every field its assertions depend on. Tests pin exact results to these values (week counts,
//! phases, links), so change a value only together with the tests that then fail.

use crate::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop,
    PostureSign, SideSeconds, SittingDay, Trend, YesNoUnsure,
};
use crate::core::sorted_set::SortedSet;

/// An office worker in her 40s: 12.5 hours of sitting, gets up every hour or two (and will
/// sometimes do so more often), a sore low back, tight hip fronts, glutes felt a little with the
/// hamstrings taking over, short uneven holds, the pelvis dropping on one side, for months and
/// not changing, no complicating condition or red flag, the routine 5 days a week.
///
/// The same answers as the first saved link of `tests/core_link.rs`, which keeps its own copy:
/// saved links must open to the same answers forever, whatever happens here.
pub fn typical_desk_worker() -> Answers {
    Answers {
        age_band: AgeBand::From40To49,
        sitting: SittingDay { half_hours: 25 },
        breaks: BreakFrequency::EveryHourOrTwo,
        pain: PainScores {
            low_back: 4,
            hip: 3,
            knee: 1,
            ankle: 0,
        },
        balance_problems: false,
        posture_signs: SortedSet::from([PostureSign::TightHipFronts]),
        compensation: YesNoUnsure::Yes,
        onset: Onset::Months,
        trend: Trend::Same,
        glute_feel: GluteFeel::ALittle,
        bridge_hold: SideSeconds {
            left: 28,
            right: 35,
        },
        stance_hold: SideSeconds {
            left: 40,
            right: 45,
        },
        pelvis_drop: PelvisDrop::OneSide,
        disc_problem: false,
        nerve_signs: false,
        clinician_cleared: None,
        red_flags: SortedSet::new(),
        red_flags_unsure: Default::default(),
        routine_days: 5,
        break_commitment: Some(BreakCommitment::Sometimes),
    }
}

/// The article's best case: young, mild and recent, the routine every day, up every 30-45
/// minutes, 5 hours of sitting, no posture signs or compensation, a level pelvis. Every factor
/// of the estimate adds nothing: its first change is the article's 6-8 weeks.
pub fn best_case() -> Answers {
    Answers {
        age_band: AgeBand::From18To39,
        sitting: SittingDay { half_hours: 10 },
        breaks: BreakFrequency::Every30To45Minutes,
        pain: PainScores {
            low_back: 3,
            hip: 0,
            knee: 0,
            ankle: 0,
        },
        balance_problems: false,
        posture_signs: SortedSet::new(),
        compensation: YesNoUnsure::No,
        onset: Onset::Weeks,
        trend: Trend::Same,
        glute_feel: GluteFeel::ALittle,
        bridge_hold: SideSeconds {
            left: 50,
            right: 48,
        },
        stance_hold: SideSeconds {
            left: 40,
            right: 40,
        },
        pelvis_drop: PelvisDrop::Neither,
        disc_problem: false,
        nerve_signs: false,
        clinician_cleared: None,
        red_flags: SortedSet::new(),
        red_flags_unsure: Default::default(),
        routine_days: 7,
        break_commitment: None,
    }
}
