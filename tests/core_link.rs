#![cfg(not(target_arch = "wasm32"))]
//! Plan links people have saved must open forever.
//!
//! `FIXTURES_V1` holds real links made by the v1 encoder for a few people. NEVER EDIT THESE
//! ENTRIES, not even to "fix" one: a test failing here means links that people bookmarked
//! would now open with different answers, or not at all. When the layout changes, add a new
//! version with its own fixtures beside these, and keep these passing. `FIXTURES_V2` holds the
//! links of today's layout, under the same rule.

use glute_check::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop,
    PostureSign, RedFlag, SideSeconds, SittingDay, Trend, YesNoUnsure,
};
use glute_check::core::link::{
    decode, encode, fragment, results_fragment, split_fragment, DecodedLink, LinkError, LinkRoute,
    PLAN_ROUTE_PREFIX,
};
use glute_check::core::model::MODEL_VERSION;
use glute_check::core::sorted_set::SortedSet;

/// A saved link, who it belongs to, and the answers it must open to.
type Fixture = (&'static str, &'static str, fn() -> Answers);

/// Made with model version 1.
const FIXTURES_V1: &[Fixture] = &[
    (
        "1AAEqAQgahiBJUOCNQtQALeCY",
        "office worker in her 40s, sore back, breaks every hour or two",
        office_worker,
    ),
    (
        "1AAEZwIAkQgAEIeDp48AAOFBY",
        "young, recent and mild, already gets up every 30-45 minutes",
        young_mild,
    ),
    (
        "1AAFgBgxA6kOagAAgYGqQHEUW",
        "older driver with a disc problem, not cleared, long-standing and worse",
        older_driver_with_disc,
    ),
    (
        "1AAG5hhhjVVX6qWSzx4___ktn",
        "every answer at the top of its range",
        everything_at_the_top,
    ),
    (
        "1AAEAAAAAAAAAAAAAAAAABBt1",
        "every answer at the bottom of its range",
        everything_at_the_bottom,
    ),
];

/// Made with model version 1 by the v2 encoder (today's questions).
const FIXTURES_V2: &[Fixture] = &[
    (
        "2AAEsqGIElQ4I1C1AAAAAAALQAPoW",
        "office worker in her 40s, sore back, breaks every hour or two",
        office_worker,
    ),
    (
        "2AAEJxCAAQh4OnjwAAAAAAAOAADBR",
        "young, recent and mild, already gets up every 30-45 minutes",
        young_mild,
    ),
    (
        "2AAFtDqQ5qAACBgaoABAAAAHAALEb",
        "older driver with a disc problem, not cleared, long-standing and worse",
        older_driver_with_disc,
    ),
    (
        "2AAG4NVVfqpZLPHj8B8D_gAPgAAPB",
        "every answer at the top of its range, with today's red flags yes or not sure",
        top_with_todays_flags,
    ),
    (
        "2AAEAAAAAAAAAAAAAAAAAAABAAN3W",
        "every answer at the bottom of its range",
        everything_at_the_bottom,
    ),
];

fn top_with_todays_flags() -> Answers {
    Answers {
        red_flags: RedFlag::ASKED[..7].iter().copied().collect(),
        red_flags_unsure: RedFlag::ASKED[7..].iter().copied().collect(),
        ..everything_at_the_top()
    }
}

fn office_worker() -> Answers {
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

fn young_mild() -> Answers {
    Answers {
        age_band: AgeBand::From18To39,
        sitting: SittingDay { half_hours: 19 },
        breaks: BreakFrequency::Every30To45Minutes,
        pain: PainScores {
            low_back: 2,
            hip: 1,
            knee: 0,
            ankle: 0,
        },
        balance_problems: false,
        posture_signs: SortedSet::new(),
        compensation: YesNoUnsure::Unsure,
        onset: Onset::Weeks,
        trend: Trend::Better,
        glute_feel: GluteFeel::Clearly,
        bridge_hold: SideSeconds {
            left: 60,
            right: 58,
        },
        stance_hold: SideSeconds {
            left: 60,
            right: 60,
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

fn older_driver_with_disc() -> Answers {
    Answers {
        age_band: AgeBand::From60To69,
        sitting: SittingDay { half_hours: 26 },
        breaks: BreakFrequency::Rarely,
        pain: PainScores {
            low_back: 7,
            hip: 5,
            knee: 2,
            ankle: 1,
        },
        balance_problems: true,
        posture_signs: SortedSet::from([PostureSign::ArchedLowBack, PostureSign::BottomSticksOut]),
        compensation: YesNoUnsure::Yes,
        onset: Onset::Years,
        trend: Trend::Worse,
        glute_feel: GluteFeel::NotAtAll,
        bridge_hold: SideSeconds { left: 0, right: 8 },
        stance_hold: SideSeconds { left: 12, right: 6 },
        pelvis_drop: PelvisDrop::BothSides,
        disc_problem: true,
        nerve_signs: false,
        clinician_cleared: Some(false),
        red_flags: SortedSet::from([RedFlag::ConstantOrNightPain]),
        red_flags_unsure: Default::default(),
        routine_days: 3,
        break_commitment: Some(BreakCommitment::No),
    }
}

fn everything_at_the_top() -> Answers {
    Answers {
        age_band: AgeBand::From80,
        sitting: SittingDay { half_hours: 48 },
        breaks: BreakFrequency::EveryHourOrTwo,
        pain: PainScores {
            low_back: 10,
            hip: 10,
            knee: 10,
            ankle: 10,
        },
        balance_problems: true,
        posture_signs: SortedSet::from(PostureSign::ALL),
        compensation: YesNoUnsure::Yes,
        onset: Onset::Years,
        trend: Trend::Worse,
        glute_feel: GluteFeel::Clearly,
        bridge_hold: SideSeconds {
            left: Answers::MAX_BRIDGE_SECONDS,
            right: Answers::MAX_BRIDGE_SECONDS,
        },
        stance_hold: SideSeconds {
            left: Answers::MAX_STANCE_SECONDS,
            right: Answers::MAX_STANCE_SECONDS,
        },
        pelvis_drop: PelvisDrop::NotChecked,
        disc_problem: true,
        nerve_signs: true,
        clinician_cleared: Some(true),
        red_flags: SortedSet::from(RedFlag::ASKED_BEFORE_SPLIT),
        red_flags_unsure: Default::default(),
        routine_days: Answers::MAX_ROUTINE_DAYS,
        break_commitment: Some(BreakCommitment::Yes),
    }
}

fn everything_at_the_bottom() -> Answers {
    Answers {
        age_band: AgeBand::From18To39,
        sitting: SittingDay::default(),
        breaks: BreakFrequency::Rarely,
        pain: PainScores::default(),
        balance_problems: false,
        posture_signs: SortedSet::new(),
        compensation: YesNoUnsure::No,
        onset: Onset::Weeks,
        trend: Trend::Better,
        glute_feel: GluteFeel::NotAtAll,
        bridge_hold: SideSeconds::default(),
        stance_hold: SideSeconds::default(),
        pelvis_drop: PelvisDrop::Neither,
        disc_problem: false,
        nerve_signs: false,
        clinician_cleared: None,
        red_flags: SortedSet::new(),
        red_flags_unsure: Default::default(),
        routine_days: 0,
        break_commitment: Some(BreakCommitment::No),
    }
}

#[test]
fn saved_v1_links_open_to_the_same_answers_forever() {
    for (link, who, answers) in FIXTURES_V1 {
        let expected = DecodedLink {
            answers: answers(),
            model_version: 1,
            format_version: 1,
        };
        assert_eq!(decode(link).as_ref(), Ok(&expected), "{who}");
    }
}

#[test]
fn saved_v2_links_open_to_the_same_answers_forever() {
    for (link, who, answers) in FIXTURES_V2 {
        let expected = DecodedLink {
            answers: answers(),
            model_version: 1,
            format_version: 2,
        };
        assert_eq!(decode(link).as_ref(), Ok(&expected), "{who}");
    }
}

#[test]
fn todays_encoder_still_makes_the_saved_v2_links() {
    // Only while the app makes v2 links with model 1; a model bump changes the model field, a
    // new format changes everything. Then drop this test, never the fixtures.
    if MODEL_VERSION == 1 {
        for (link, who, answers) in FIXTURES_V2 {
            assert_eq!(encode(&answers()), *link, "{who}");
        }
    }
}

#[test]
fn fixture_people_are_distinct() {
    let links: SortedSet<_> = FIXTURES_V1.iter().map(|(link, _, _)| *link).collect();
    assert_eq!(links.len(), FIXTURES_V1.len());
}

#[test]
fn a_bookmarked_fragment_opens_the_right_screen_with_the_same_answers() {
    let answers = office_worker();
    for (fragment, route) in [
        (fragment(&answers), LinkRoute::Plan),
        (results_fragment(&answers), LinkRoute::Results),
    ] {
        assert!(fragment.len() <= 200, "{fragment}");
        let (found, payload) = split_fragment(&fragment).expect("a link route");
        assert_eq!(found, route);
        assert_eq!(decode(payload).map(|d| d.answers), Ok(answers.clone()));
    }
}

#[test]
fn damaged_links_say_what_went_wrong_in_plain_words() {
    let (link, _, _) = FIXTURES_V1[0];
    let cut = &link[..link.len() - 3];
    let mut changed = link.to_string();
    changed.replace_range(5..6, if &link[5..6] == "A" { "B" } else { "A" });
    let newer = format!("3{}", &link[1..]);
    let mangled = format!("{}+{}", &link[..10], &link[11..]);
    let cases = [
        ("", LinkError::Empty),
        // Another version character on a link not sealed for it is no plan link at all.
        (newer.as_str(), LinkError::NotAPlanLink),
        (mangled.as_str(), LinkError::BadCharacter),
        (cut, LinkError::WrongLength),
        (changed.as_str(), LinkError::ChecksumMismatch),
    ];
    for (text, error) in cases {
        let got = decode(text);
        assert_eq!(got, Err(error), "{text}");
        assert!(!error.message().is_empty());
    }
    assert_eq!(
        split_fragment(&format!("{PLAN_ROUTE_PREFIX}{cut}")),
        Some((LinkRoute::Plan, cut))
    );
}
