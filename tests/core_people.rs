#![cfg(not(target_arch = "wasm32"))]
//! Realistic people and what we expect the model to say about them.
//!
//! The expectations were written from the article before the model's numbers were tuned, and
//! the model was tuned until they held. Each range is a window of acceptable values, so a small
//! re-tuning does not break the table, but a change that contradicts the article does.

use std::ops::RangeInclusive;

use glute_check::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop,
    PostureSign, SideSeconds, SittingDay, Trend, YesNoUnsure,
};
use glute_check::core::estimate::{estimate, RecoveryEstimate, WeekRange};
use glute_check::core::examples;
use glute_check::core::model::TIMELINE_CAP_WEEKS;
use glute_check::core::severity::{assess_severity, Chronicity, SeverityLevel};
use glute_check::core::sorted_set::SortedSet;

/// What we expect of one range: a window for each end, and whether it should show as "26+".
/// `open_ended: None` accepts either, for cases the article only places "toward" six months.
struct Expect {
    low: RangeInclusive<u16>,
    high: RangeInclusive<u16>,
    open_ended: Option<bool>,
}

struct Person {
    who: &'static str,
    why: &'static str,
    answers: Answers,
    level: SeverityLevel,
    chronicity: Chronicity,
    first_change: Expect,
    full_integration: Expect,
}

fn hours(h: u8) -> SittingDay {
    // Whole hours of desk work plus a fixed hour of travel, as many office days look.
    SittingDay {
        half_hours: h.saturating_sub(1) * 2 + 2,
    }
}

/// A young desk worker with a mild, recent problem who commits to the plan fully: the routine
/// every day, up every 30-45 minutes.
fn young_mild_committed() -> Answers {
    Answers {
        age_band: AgeBand::From18To39,
        sitting: hours(9),
        breaks: BreakFrequency::Every30To45Minutes,
        pain: PainScores {
            low_back: 3,
            hip: 2,
            knee: 0,
            ankle: 0,
        },
        posture_signs: SortedSet::from([PostureSign::TightHipFronts]),
        onset: Onset::Weeks,
        bridge_hold: SideSeconds {
            left: 45,
            right: 42,
        },
        stance_hold: SideSeconds {
            left: 40,
            right: 38,
        },
        routine_days: 7,
        break_commitment: None,
        ..examples::best_case()
    }
}

/// Moderate signs: weak-ish bridge on one side, pelvis drop on one side, some compensation.
fn moderate_signs(a: Answers) -> Answers {
    Answers {
        pain: PainScores {
            low_back: 5,
            hip: 4,
            knee: 2,
            ankle: 0,
        },
        posture_signs: SortedSet::from([PostureSign::ArchedLowBack, PostureSign::TightHipFronts]),
        compensation: YesNoUnsure::Yes,
        glute_feel: GluteFeel::ALittle,
        bridge_hold: SideSeconds {
            left: 28,
            right: 36,
        },
        pelvis_drop: PelvisDrop::OneSide,
        ..a
    }
}

/// Marked signs on every self-test.
fn severe_signs(a: Answers) -> Answers {
    Answers {
        pain: PainScores {
            low_back: 7,
            hip: 6,
            knee: 3,
            ankle: 1,
        },
        balance_problems: true,
        posture_signs: SortedSet::from([
            PostureSign::ArchedLowBack,
            PostureSign::BellyPushedForward,
            PostureSign::TightHipFronts,
        ]),
        compensation: YesNoUnsure::Yes,
        glute_feel: GluteFeel::NotAtAll,
        bridge_hold: SideSeconds {
            left: 12,
            right: 25,
        },
        stance_hold: SideSeconds {
            left: 15,
            right: 20,
        },
        pelvis_drop: PelvisDrop::BothSides,
        ..a
    }
}

fn people() -> Vec<Person> {
    let young = young_mild_committed();
    vec![
        Person {
            who: "young desk worker, mild and recent, routine 7 days, gets up every 30-45 min",
            why: "the article's best case: first change within 6-8 weeks, full recovery clearly later",
            answers: young.clone(),
            level: SeverityLevel::Mild,
            chronicity: Chronicity::Recent,
            first_change: Expect { low: 6..=6, high: 8..=8, open_ended: Some(false) },
            full_integration: Expect { low: 12..=14, high: 14..=18, open_ended: Some(false) },
        },
        Person {
            who: "the same person, who will not change their sitting",
            why: "long sitting without breaks significantly delays recovery even with a daily routine",
            answers: Answers {
                breaks: BreakFrequency::Rarely,
                break_commitment: Some(BreakCommitment::No),
                ..young.clone()
            },
            level: SeverityLevel::Mild,
            chronicity: Chronicity::Recent,
            first_change: Expect { low: 7..=9, high: 9..=12, open_ended: Some(false) },
            full_integration: Expect { low: 14..=18, high: 20..=25, open_ended: Some(false) },
        },
        Person {
            who: "the same person, doing the routine only 2 days a week",
            why: "inconsistent practice is the article's most influential delay",
            answers: Answers { routine_days: 2, ..young.clone() },
            level: SeverityLevel::Mild,
            chronicity: Chronicity::Recent,
            first_change: Expect { low: 7..=9, high: 10..=13, open_ended: Some(false) },
            full_integration: Expect { low: 14..=18, high: 20..=25, open_ended: Some(false) },
        },
        Person {
            who: "years-long, severe and worsening, routine 5 days, some breaks, 10 h sitting",
            why: "chronic and severe cases run toward or past six months",
            answers: Answers {
                onset: Onset::Years,
                trend: Trend::Worse,
                routine_days: 5,
                sitting: hours(10),
                breaks: BreakFrequency::EveryHourOrTwo,
                break_commitment: Some(BreakCommitment::Sometimes),
                ..severe_signs(young.clone())
            },
            level: SeverityLevel::Severe,
            chronicity: Chronicity::Chronic,
            first_change: Expect { low: 9..=12, high: 14..=20, open_ended: Some(false) },
            full_integration: Expect {
                low: 20..=TIMELINE_CAP_WEEKS,
                high: TIMELINE_CAP_WEEKS..=TIMELINE_CAP_WEEKS,
                open_ended: Some(true),
            },
        },
        Person {
            who: "disc problem cleared by a clinician, moderate signs for months, routine 6 days",
            why: "disc problems extend the timeline toward the upper end of six months",
            answers: Answers {
                onset: Onset::Months,
                sitting: hours(7),
                routine_days: 6,
                disc_problem: true,
                clinician_cleared: Some(true),
                ..moderate_signs(young.clone())
            },
            level: SeverityLevel::Moderate,
            chronicity: Chronicity::Persistent,
            first_change: Expect { low: 7..=9, high: 10..=13, open_ended: Some(false) },
            full_integration: Expect {
                low: 17..=22,
                high: 24..=TIMELINE_CAP_WEEKS,
                open_ended: None,
            },
        },
        Person {
            who: "older person (70-79) with balance problems and short one-leg stance, for months",
            why: "moderate signs for months with full commitment: a little past the best case",
            answers: Answers {
                age_band: AgeBand::From70To79,
                onset: Onset::Months,
                sitting: hours(5),
                balance_problems: true,
                stance_hold: SideSeconds { left: 5, right: 8 },
                bridge_hold: SideSeconds { left: 20, right: 22 },
                pelvis_drop: PelvisDrop::OneSide,
                pain: PainScores { low_back: 4, hip: 3, knee: 2, ankle: 0 },
                ..young.clone()
            },
            level: SeverityLevel::Moderate,
            chronicity: Chronicity::Persistent,
            first_change: Expect { low: 6..=8, high: 9..=12, open_ended: Some(false) },
            full_integration: Expect { low: 14..=18, high: 18..=23, open_ended: Some(false) },
        },
        Person {
            who: "middle case: moderate for months, routine 4 days, breaks sometimes, 8 h sitting",
            why: "average commitment and average signs land in the middle of 6 weeks to 6 months",
            answers: Answers {
                onset: Onset::Months,
                routine_days: 4,
                sitting: hours(8),
                breaks: BreakFrequency::EveryHourOrTwo,
                break_commitment: Some(BreakCommitment::Sometimes),
                ..moderate_signs(young.clone())
            },
            level: SeverityLevel::Moderate,
            chronicity: Chronicity::Persistent,
            first_change: Expect { low: 7..=10, high: 11..=14, open_ended: Some(false) },
            full_integration: Expect {
                low: 15..=19,
                high: 22..=TIMELINE_CAP_WEEKS,
                open_ended: None,
            },
        },
        Person {
            who: "disc problem and nerve signs, for years, routine 3 days, rarely gets up, 11 h",
            why: "complications, chronicity, low adherence and long sitting all push past six months",
            answers: Answers {
                onset: Onset::Years,
                routine_days: 3,
                sitting: hours(11),
                breaks: BreakFrequency::Rarely,
                break_commitment: Some(BreakCommitment::No),
                disc_problem: true,
                nerve_signs: true,
                clinician_cleared: Some(true),
                ..moderate_signs(young.clone())
            },
            level: SeverityLevel::Moderate,
            chronicity: Chronicity::Chronic,
            first_change: Expect { low: 10..=14, high: 16..=TIMELINE_CAP_WEEKS, open_ended: None },
            full_integration: Expect {
                low: 22..=TIMELINE_CAP_WEEKS,
                high: TIMELINE_CAP_WEEKS..=TIMELINE_CAP_WEEKS,
                open_ended: Some(true),
            },
        },
        Person {
            who: "active young person, recent hip ache, sits 4 h, routine 6 days",
            why: "mild and recent with little sitting and high adherence: the quickest case there is",
            answers: Answers {
                sitting: hours(4),
                breaks: BreakFrequency::Rarely,
                break_commitment: Some(BreakCommitment::Yes),
                routine_days: 6,
                glute_feel: GluteFeel::Clearly,
                posture_signs: SortedSet::new(),
                ..young.clone()
            },
            level: SeverityLevel::Mild,
            chronicity: Chronicity::Recent,
            first_change: Expect { low: 6..=6, high: 8..=8, open_ended: Some(false) },
            full_integration: Expect { low: 12..=12, high: 16..=16, open_ended: Some(false) },
        },
        Person {
            who: "mild signs but present for years, fully committed, gets up often",
            why: "years of it need more time to rewire than a recent onset, even when mild",
            answers: Answers { onset: Onset::Years, ..young.clone() },
            level: SeverityLevel::Mild,
            chronicity: Chronicity::Chronic,
            first_change: Expect { low: 6..=8, high: 9..=11, open_ended: Some(false) },
            full_integration: Expect { low: 14..=17, high: 19..=23, open_ended: Some(false) },
        },
        Person {
            who: "severe signs but recent, fully committed, gets up often",
            why: "severity slows things, but a recent onset with full commitment stays well under six months",
            answers: severe_signs(young.clone()),
            level: SeverityLevel::Severe,
            chronicity: Chronicity::Recent,
            first_change: Expect { low: 7..=9, high: 10..=12, open_ended: Some(false) },
            full_integration: Expect { low: 14..=17, high: 19..=23, open_ended: Some(false) },
        },
        Person {
            who: "moderate for months, no routine at all, never gets up, 12 h sitting",
            why: "without the routine and with long unbroken sitting, no honest end date can be given",
            answers: Answers {
                onset: Onset::Months,
                routine_days: 0,
                sitting: hours(12),
                breaks: BreakFrequency::Rarely,
                break_commitment: Some(BreakCommitment::No),
                ..moderate_signs(young.clone())
            },
            level: SeverityLevel::Moderate,
            chronicity: Chronicity::Persistent,
            first_change: Expect { low: 10..=14, high: 14..=TIMELINE_CAP_WEEKS, open_ended: None },
            full_integration: Expect {
                low: 20..=TIMELINE_CAP_WEEKS,
                high: TIMELINE_CAP_WEEKS..=TIMELINE_CAP_WEEKS,
                open_ended: Some(true),
            },
        },
    ]
}

fn check_range(name: &str, got: &WeekRange, want: &Expect, problems: &mut Vec<String>) {
    if !want.low.contains(&got.low) {
        problems.push(format!("{name} low {} not in {:?}", got.low, want.low));
    }
    if !want.high.contains(&got.high) {
        problems.push(format!("{name} high {} not in {:?}", got.high, want.high));
    }
    if let Some(open) = want.open_ended {
        if got.open_ended != open {
            problems.push(format!(
                "{name} open_ended {} expected {open}",
                got.open_ended
            ));
        }
    }
}

fn describe(e: &RecoveryEstimate) -> String {
    format!(
        "first change {}-{}{}, full integration {}-{}{}",
        e.first_change.low,
        e.first_change.high,
        if e.first_change.open_ended { "+" } else { "" },
        e.full_integration.low,
        e.full_integration.high,
        if e.full_integration.open_ended {
            "+"
        } else {
            ""
        },
    )
}

#[test]
fn every_person_gets_the_severity_and_timeline_we_expect() {
    let mut report = Vec::new();
    for person in people() {
        let severity = assess_severity(&person.answers);
        let estimate = estimate(&person.answers);
        let mut problems = Vec::new();
        if severity.level != person.level {
            problems.push(format!(
                "severity {:?} ({} points) expected {:?}",
                severity.level, severity.points, person.level
            ));
        }
        if severity.chronicity != person.chronicity {
            problems.push(format!(
                "chronicity {:?} expected {:?}",
                severity.chronicity, person.chronicity
            ));
        }
        check_range(
            "first change",
            &estimate.first_change,
            &person.first_change,
            &mut problems,
        );
        check_range(
            "full integration",
            &estimate.full_integration,
            &person.full_integration,
            &mut problems,
        );
        if !problems.is_empty() {
            report.push(format!(
                "{}\n  why: {}\n  got: {}\n  {}",
                person.who,
                person.why,
                describe(&estimate),
                problems.join("\n  ")
            ));
        }
    }
    assert!(report.is_empty(), "\n{}", report.join("\n\n"));
}

#[test]
fn the_table_covers_enough_people() {
    assert!(people().len() >= 8);
}

#[test]
fn committing_to_breaks_never_makes_the_best_case_slower_than_the_unchanged_one() {
    let committed = estimate(&young_mild_committed());
    let unchanged = estimate(&Answers {
        breaks: BreakFrequency::Rarely,
        break_commitment: Some(BreakCommitment::No),
        ..young_mild_committed()
    });
    assert!(committed.full_integration.high < unchanged.full_integration.high);
    assert!(committed.first_change.high < unchanged.first_change.high);
}
