#![cfg(not(target_arch = "wasm32"))]
//! History that survives: a person's assessments saved, reloaded, moved to another device
//! through an export file, and compared over time, across the record, document and progress
//! modules together.

use glute_check::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop,
    SideSeconds, SittingDay, Trend, YesNoUnsure,
};
use glute_check::core::content::history as text;
use glute_check::core::plan::PhaseNumber;
use glute_check::core::progress::{progress_summary, PainChange};
use glute_check::core::record::{
    self, merge, AssessmentRecord, ImportError, Loaded, StoreError, SCHEMA_VERSION,
};
use glute_check::core::sorted_set::SortedSet;

mod support {
    pub use glute_check::core::document::*;
    pub mod native_json;
}
use support::native_json::NativeJson;

// The documents through serde_json, written as the browser writes them.
fn decode_store(raw: &str) -> Result<Loaded, StoreError> {
    record::decode_store::<NativeJson>(raw)
}
fn decode_newer_store(raw: &str) -> Loaded {
    record::decode_newer_store::<NativeJson>(raw)
}
fn encode_store(records: &[AssessmentRecord]) -> String {
    record::encode_store::<NativeJson>(records).unwrap()
}
fn import_file(raw: &str) -> Result<Loaded, ImportError> {
    record::import_file::<NativeJson>(raw)
}
fn export_file(records: &[AssessmentRecord], at: u64) -> String {
    record::export_file::<NativeJson>(records, &[], at).unwrap()
}

const DAY_MS: u64 = 86_400_000;
/// 2024-05-06, a Monday.
const START_MS: u64 = 1_714_953_600_000;

/// An office worker at their first check: phase 1, worst pain 6.
fn first_check() -> Answers {
    Answers {
        age_band: AgeBand::From18To39,
        sitting: SittingDay { half_hours: 25 },
        breaks: BreakFrequency::Rarely,
        pain: PainScores {
            low_back: 6,
            hip: 2,
            knee: 1,
            ankle: 0,
        },
        balance_problems: false,
        posture_signs: SortedSet::new(),
        compensation: YesNoUnsure::Unsure,
        onset: Onset::Months,
        trend: Trend::Same,
        glute_feel: GluteFeel::NotAtAll,
        bridge_hold: SideSeconds {
            left: 10,
            right: 14,
        },
        stance_hold: SideSeconds {
            left: 40,
            right: 35,
        },
        pelvis_drop: PelvisDrop::NotChecked,
        disc_problem: false,
        nerve_signs: false,
        clinician_cleared: None,
        red_flags: SortedSet::new(),
        red_flags_unsure: Default::default(),
        routine_days: 6,
        break_commitment: Some(BreakCommitment::Sometimes),
    }
}

/// Five weeks of the activation routine later.
fn five_weeks_later() -> Answers {
    Answers {
        glute_feel: GluteFeel::Clearly,
        compensation: YesNoUnsure::No,
        bridge_hold: SideSeconds {
            left: 40,
            right: 44,
        },
        pain: PainScores {
            low_back: 3,
            hip: 1,
            knee: 0,
            ankle: 0,
        },
        trend: Trend::Better,
        ..first_check()
    }
}

/// A check taken on another device in between.
fn three_weeks_later() -> Answers {
    Answers {
        glute_feel: GluteFeel::ALittle,
        bridge_hold: SideSeconds {
            left: 22,
            right: 25,
        },
        ..first_check()
    }
}

fn record(answers: Answers, day: u64, first: Option<&Answers>) -> AssessmentRecord {
    AssessmentRecord::new(answers, START_MS + day * DAY_MS, first)
}

#[test]
fn history_moves_to_another_device_and_shows_progress() {
    // Phone: the first check and the one five weeks later, saved and reloaded.
    let first = record(first_check(), 0, None);
    let latest = record(five_weeks_later(), 35, Some(&first.answers));
    let phone_saved = encode_store(&[first.clone(), latest.clone()]);
    let phone = decode_store(&phone_saved).expect("our own history loads");
    assert_eq!(phone.records, vec![first.clone(), latest.clone()]);

    // Laptop: the first check (already copied over once) and one of its own.
    let middle = record(three_weeks_later(), 21, Some(&first.answers));
    let laptop_saved = encode_store(&[first.clone(), middle.clone()]);
    let laptop = decode_store(&laptop_saved).unwrap();

    let file = export_file(&phone.records, START_MS + 36 * DAY_MS);
    let imported = import_file(&file).expect("our own export imports");
    assert!(imported.skipped.is_empty());
    let merged = merge(&laptop.records, imported.records);
    assert_eq!((merged.added, merged.duplicates), (1, 1));
    assert_eq!(merged.message(), text::merge_result(1, 1));
    assert_eq!(
        merged.records,
        vec![first.clone(), middle.clone(), latest.clone()]
    );

    // Importing the same file again changes nothing.
    let again = merge(&merged.records, import_file(&file).unwrap().records);
    assert_eq!((again.added, again.duplicates), (0, 2));
    assert_eq!(again.records, merged.records);

    // What the laptop saves reloads unchanged.
    let reloaded = decode_store(&encode_store(&merged.records)).unwrap();
    assert_eq!(reloaded.records, merged.records);
    assert_eq!(reloaded.migrated_from, None);

    let summary = progress_summary(&reloaded.records).expect("three checks");
    assert_eq!(summary.assessments, 3);
    assert_eq!(summary.training_phase, PhaseNumber::One);
    assert!(summary.ready(), "{}", summary.headline);
    assert!(summary.headline.ends_with("ready for phase 2"));
    assert!(summary
        .headline
        .contains("both bridge holds are 40 s or more"));
    let pain = summary.pain.unwrap();
    assert_eq!(
        (pain.first, pain.latest, pain.change),
        (6, 3, PainChange::Better)
    );
}

/// An export made by the first release (format 1: dates instead of times, no ids, no phase).
const V1_EXPORT: &str = r#"{"app":"glute-check","kind":"export","schema":1,"exported_at":1717200000000,
"records":[{"date":"2024-05-06","model_version":1,
"answers":{"age_band":"age_18_39","activity":"inactive","sitting_work":8,"sitting_travel":1,
"sitting_leisure":0.5,"sitting_screens":3,"breaks":"rarely","pain_low_back":6,"pain_hip":2,
"pain_knee":1,"pain_ankle":0,"balance_problems":"no","posture_signs":["none"],
"compensation":"unsure","onset":"months","trend":"same","glute_feel":"not_at_all",
"bridge_hold":{"left":10,"right":14},"stance_hold":{"left":40,"right":35},
"pelvis_drop":"not_checked","disc_problem":"no","nerve_signs":"no",
"red_flag_saddle_numbness":"no","red_flag_bladder_or_bowel_change":"no",
"red_flag_both_legs_or_worsening_weakness":"no","red_flag_after_fall_or_accident":"no",
"red_flag_hot_swollen_hip_with_fever":"no","red_flag_fever_weight_loss_or_cancer":"no",
"red_flag_constant_or_night_pain":"no","red_flag_cough_sneeze_or_below_knee_numbness":"no",
"routine_days":6,"break_commitment":"sometimes"},
"estimate":{"first_change":{"low":4,"high":7,"open_ended":false},
"full_integration":{"low":16,"high":24,"open_ended":false}}}]}"#;

#[test]
fn an_export_from_the_first_release_still_imports() {
    let imported = import_file(V1_EXPORT).expect("v1 exports must always import");
    assert_eq!(imported.migrated_from, Some(1));
    assert!(imported.skipped.is_empty(), "{:?}", imported.skipped);
    let old = &imported.records[0];
    assert_eq!(old.taken_at_ms, START_MS);
    assert_eq!(old.answers, first_check());
    assert_eq!(old.phase, PhaseNumber::One);
    // The estimate is kept as it was shown then, whatever today's model says.
    assert_eq!(
        (
            old.estimate.first_change.low,
            old.estimate.full_integration.high
        ),
        (4, 24)
    );

    // It is the same assessment as one made today from the same answers at the same time.
    let same = record(first_check(), 0, None);
    assert_eq!(old.id, same.id);
    let merged = merge(&[same], imported.records.clone());
    assert_eq!((merged.added, merged.duplicates), (0, 1));

    // Saved again, it is in today's format.
    let saved = encode_store(&imported.records);
    assert!(saved.contains(&format!("\"schema\":{SCHEMA_VERSION}")));
    assert_eq!(decode_store(&saved).unwrap().migrated_from, None);
}

#[test]
fn unreadable_history_is_refused_with_the_copy_message() {
    let error = decode_store("{\"app\":\"glute-check\",\"schema\":2,\"records\":[").unwrap_err();
    assert!(matches!(error, StoreError::NotJson(_)));
    assert_eq!(
        error.message(),
        "Your saved history could not be read. We kept a copy of it and started fresh; you can \
download the copy."
    );
}

#[test]
fn history_from_a_newer_version_is_shown_but_not_taken_over() {
    let saved =
        encode_store(&[record(first_check(), 0, None)]).replace("\"schema\":3", "\"schema\":4");
    assert_eq!(decode_store(&saved), Err(StoreError::NewerVersion(4)));
    assert_eq!(
        decode_store(&saved).unwrap_err().message(),
        text::STORE_NEWER
    );
    assert_eq!(decode_newer_store(&saved).records.len(), 1);
}
