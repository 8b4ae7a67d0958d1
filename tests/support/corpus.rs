//! Documents that every JSON codec must write and read alike: what the app writes (the stored
//! history, an export, answers with every kind of number and text), every fixture of an earlier
//! format, and damaged or foreign texts. `tests/core_documents.rs` runs them through serde_json
//! and keeps the results in `tests/golden/`; `tests/browser_document.rs` runs them through the
//! browser's JSON and must find exactly the same.
#![allow(dead_code)]

use std::fmt::Write;

use glute_check::core::decimal::{Decimal, Syntax};
use glute_check::core::document::JsonCodec;
use glute_check::core::examples::{best_case, typical_desk_worker};
use glute_check::core::history_book::{HistoryBook, Opening};
use glute_check::core::plan::PhaseNumber;
use glute_check::core::record::{
    self, AssessmentRecord, ImportError, Loaded, StoreError, StoredAnswer, StoredAnswers,
};
use glute_check::core::session::calendar::LocalDay;
use glute_check::core::session::log::{sessions_in_file, ExerciseLog, SessionRecord};
use glute_check::core::session::state::{Effort, EndCheck, TookOver};

/// Every saved format that ever shipped. They must load forever.
pub const FIXTURES: &[(&str, &str)] = &[(
    "fixture history-v1",
    include_str!("../fixtures/history-v1.json"),
)];

/// Written by the first release as an export (format 1).
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

/// Assessments made today, the same on every platform.
pub fn records() -> Vec<AssessmentRecord> {
    let first = typical_desk_worker();
    vec![
        AssessmentRecord::new(first.clone(), 1_700_000_000_000, None),
        AssessmentRecord::new(best_case(), 1_700_600_000_000, Some(&first)),
    ]
}

/// Numbers and text of every kind the writer may meet (as answers: the one place where a value
/// is not a count or an id).
fn odd_values() -> StoredAnswers {
    let numbers = [
        "0",
        "7",
        "-3",
        "2.5",
        "-6.5",
        "0.1",
        "0.3",
        "1700000000000",
        "9007199254740991",
        "9007199254740992",
        "123456.789",
        "0.00001",
        "0.000001",
        "1e-7",
        "1.5e-7",
        "1e21",
        "1.2e21",
        "123456789012345",
        "99999999999999.9",
        "1e22",
        "1e300",
        "2.5e-300",
    ];
    let mut values: Vec<(String, StoredAnswer)> = numbers
        .iter()
        .map(|text| {
            let n = Decimal::parse(text, Syntax::Json).expect("a JSON number");
            (format!("n {text}"), StoredAnswer::Number(n))
        })
        .collect();
    values.push((
        "text".into(),
        StoredAnswer::Text(
            "quote \" backslash \\ slash / newline \n tab \t \u{1} \u{1f} \u{7f} é 😀 \u{2028}"
                .into(),
        ),
    ));
    values.push((
        "list".into(),
        StoredAnswer::List(vec![
            StoredAnswer::Text("a".into()),
            StoredAnswer::List(vec![]),
            StoredAnswer::Other,
        ]),
    ));
    values.push((
        "sides".into(),
        StoredAnswer::Sides {
            left: Some(Box::new(StoredAnswer::Text("12".into()))),
            right: None,
        },
    ));
    StoredAnswers(values)
}

/// Two logged sessions: a finished one with every end-check answer, and a partial one.
fn sessions() -> Vec<SessionRecord> {
    let phase = PhaseNumber::One;
    let ids = phase.exercise_ids();
    let finished = SessionRecord {
        id: "s1700600000000".into(),
        started_at_ms: 1_700_600_000_000,
        ended_at_ms: 1_700_600_900_000,
        day: LocalDay(19_685),
        phase,
        complete: true,
        exercises: vec![
            ExerciseLog {
                id: ids[0],
                planned: 3,
                done: 2,
                skipped: 1,
            },
            ExerciseLog {
                id: ids[1],
                planned: 2,
                done: 2,
                skipped: 0,
            },
        ],
        check: Some(EndCheck {
            pain_during: Some(2),
            pain_after: Some(0),
            effort: Some(Effort::TooEasy),
            took_over: vec![ids[1]],
            took_over_answered: Some(TookOver::Yes),
        }),
    };
    let partial = SessionRecord {
        id: "s1700700000000".into(),
        started_at_ms: 1_700_700_000_000,
        ended_at_ms: 1_700_700_000_000,
        day: LocalDay(19_686),
        complete: false,
        check: None,
        ..finished.clone()
    };
    vec![finished, partial]
}

/// What the app writes, by name.
pub fn written<J: JsonCodec>() -> Vec<(&'static str, String)> {
    let records = records();
    let text = |result: Result<String, _>| match result {
        Ok(text) => text,
        Err(e) => format!("write failed: {e:?}"),
    };
    let mut too_late = records[0].clone();
    too_late.taken_at_ms = 1 << 53;
    vec![
        ("store, empty", text(record::encode_store::<J>(&[]))),
        ("store", text(record::encode_store::<J>(&records))),
        (
            "export",
            text(record::export_file::<J>(&records, &[], 1_700_700_000_000)),
        ),
        (
            "export with the session log",
            text(record::export_file::<J>(
                &records,
                &sessions(),
                1_700_700_000_000,
            )),
        ),
        ("odd values", text(J::write(&odd_values()))),
        (
            "store with a time beyond 2^53 - 1",
            match record::encode_store::<J>(&[too_late]) {
                Ok(text) => text,
                Err(_) => "refused".into(),
            },
        ),
    ]
}

/// `written` as one text, as kept in `tests/golden/written.txt`.
pub fn written_text<J: JsonCodec>() -> String {
    let mut out = String::new();
    for (name, text) in written::<J>() {
        let _ = writeln!(out, "== {name}\n{text}");
    }
    out
}

/// Texts to read: fixtures, what the app writes, foreign and damaged texts.
pub fn documents<J: JsonCodec>() -> Vec<(String, String)> {
    let mut docs: Vec<(String, String)> = FIXTURES
        .iter()
        .map(|(name, text)| (name.to_string(), text.to_string()))
        .collect();
    docs.push(("v1 export".into(), V1_EXPORT.into()));
    for (name, text) in written::<J>() {
        docs.push((format!("written {name}"), text));
    }
    let odd = [
        "",
        "   ",
        "{",
        "not json",
        "%PDF-1.4",
        "[]",
        "null",
        "3",
        "\"glute-check\"",
        "{\"app\":\"glute-check\",}",
        r#"{"app":"glute-check","schema":2,"records":[]} x"#,
        r#"{"name":"my notes"}"#,
        r#"{"app":"other","schema":2,"records":[]}"#,
        r#"{"app":5,"schema":2,"records":[]}"#,
        r#"{"schema":2,"records":[]}"#,
        r#"{"app":"glute-check","records":[]}"#,
        r#"{"app":"glute-check","schema":0,"records":[]}"#,
        r#"{"app":"glute-check","schema":"2","records":[]}"#,
        r#"{"app":"glute-check","schema":1.5,"records":[]}"#,
        r#"{"app":"glute-check","schema":2.0,"records":[]}"#,
        r#"{"app":"glute-check","schema":-1,"records":[]}"#,
        r#"{"app":"glute-check","schema":1e300,"records":[]}"#,
        r#"{"app":"glute-check","schema":null,"records":[]}"#,
        r#"{"app":"glute-check","schema":[2],"records":[]}"#,
        r#"{"app":"glute-check","schema":3,"entries":"changed"}"#,
        r#"{"app":"glute-check","schema":99999999999}"#,
        r#"{"app":"glute-check","schema":12345678901234567890}"#,
        r#"{"app":"glute-check","schema":2}"#,
        r#"{"app":"glute-check","schema":2,"records":{}}"#,
        r#"{"app":"glute-check","schema":2,"records":"abc"}"#,
        r#"{"app":"glute-check","schema":2,"records":null}"#,
        r#"{"app":"glute-check","kind":"export","schema":2}"#,
        r#"{"app":"glute-check","kind":"plan-link","schema":2,"records":[]}"#,
        r#"{"app":"glute-check","kind":5,"schema":2,"records":[]}"#,
        r#"{"app":"glute-check","kind":null,"schema":2,"records":[]}"#,
        r#"{"app":"glute-check","schema":2,"records":[null,3,3.0,"x",[],{},[{"id":"a"}]]}"#,
        r#"{"app":"glute-check","schema":2,"records":[{"id":5},{"id":""},{"id":"x","taken_at":1.5},{"id":"x","taken_at":-1},{"id":"x","taken_at":"2024"},{"id":"x","taken_at":9007199254740992},{"id":"x","taken_at":3.0,"model_version":70000}]}"#,
        r#"{"app":"glute-check","schema":2,"records":[{"id":"x","taken_at":3,"model_version":1,"answers":[],"estimate":{}}]}"#,
        r#"{"app":"glute-check","schema":2,"records":[{"id":"x","taken_at":3,"model_version":1,"answers":{},"estimate":[{"low":1,"high":2,"open_ended":false},{"low":1,"high":2,"open_ended":false}]}]}"#,
        r#"{"app":"glute-check","schema":2,"records":[{"id":"x","n":[1e21,1.5e-7,0.1,-0,1E2,12.50,-0.0,5e-324,1.7976931348623157e308,12345678901234567890],"s":"\u00e9\ud83d\ude00\n\u0001\/","o":{"b":1,"a":[true,false,null]}}]}"#,
        r#"{"app":"glute-check","schema":2,"records":[],"records":[null]}"#,
        r#"{"app":"glute-check","schema":2,"schema":3,"records":[]}"#,
        r#"{"app":"glute-check","schema":1,"records":[{"answers":{}},{"date":"2024-01-01","answers":"x"},{"date":"2023-02-29","answers":{}},{"date":5}]}"#,
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[1e400]}",
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[0.12345678901234567890123]}",
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[\"\\ud83d\"]}",
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[\"\\ude00\\ud83d\"]}",
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[\"a\nb\"]}",
        "{\"app\":\"glute-check\",\"schema\":2,\"records\":[\"\\x\"]}",
        "\u{feff}{\"app\":\"glute-check\",\"schema\":2,\"records\":[]}",
        "\t{\"app\" : \"glute-check\" ,\r\n\"schema\" : 2 , \"records\" : [ ] }\n",
        r#"{"app":"glute-check","kind":"export","schema":2,"records":[],"sessions":"abc"}"#,
        r#"{"app":"glute-check","kind":"export","schema":2,"records":[],"sessions":[{"id":"s1"}]}"#,
        r#"{"app":"glute-check","kind":"export","schema":2,"records":[],"sessions_version":9,"sessions":[{"id":"s1"}]}"#,
        r#"{"app":"glute-check","kind":"export","schema":2,"records":[],"sessions_version":1.5,"sessions":[]}"#,
        r#"{"app":"glute-check","kind":"export","schema":2,"records":[],"sessions":[{"id":"s5","started_at_ms":5,"ended_at_ms":4,"day":0,"phase":1,"complete":true,"exercises":[],"check":null}]}"#,
    ];
    for (i, text) in odd.iter().enumerate() {
        docs.push((format!("odd {i}"), text.to_string()));
    }
    let nested = |depth: usize| {
        format!(
            r#"{{"app":"glute-check","schema":2,"records":[{{"id":"x","deep":{}{}}}]}}"#,
            "[".repeat(depth),
            "]".repeat(depth)
        )
    };
    docs.push(("nested to the limit".into(), nested(62)));
    docs.push(("nested past the limit".into(), nested(63)));
    docs.push(("nested far past the limit".into(), "[".repeat(100_000)));
    // The written store damaged: cut short and with one character replaced, at many places.
    let store = record::encode_store::<J>(&records()).unwrap_or_default();
    let chars: Vec<char> = store.chars().collect();
    for at in (0..chars.len()).step_by(173) {
        let cut: String = chars[..at].iter().collect();
        docs.push((format!("store cut at {at}"), cut));
        for with in ['x', '"', '}', '9', '-'] {
            let mut damaged = chars.clone();
            damaged[at] = with;
            docs.push((
                format!("store with {with:?} at {at}"),
                damaged.iter().collect(),
            ));
        }
    }
    docs
}

fn loaded(out: &mut String, loaded: &Loaded) {
    let _ = writeln!(out, "  migrated from {:?}", loaded.migrated_from);
    for r in &loaded.records {
        let _ = writeln!(
            out,
            "  record {} at {} model {} phase {:?} estimate {:?}",
            r.id, r.taken_at_ms, r.model_version, r.phase, r.estimate
        );
    }
    for s in &loaded.skipped {
        let _ = writeln!(
            out,
            "  skipped {} {:?} raw {}",
            s.position, s.problem, s.raw
        );
        let _ = writeln!(out, "    {}", s.reason());
    }
}

/// What the app makes of `text` as stored history, as history from a newer version, as an
/// import file, and when it opens it from storage: in words that do not depend on the codec.
pub fn outcome<J: JsonCodec>(text: &str) -> String {
    let mut out = String::new();
    match record::decode_store::<J>(text) {
        Ok(l) => {
            out.push_str("store: read\n");
            loaded(&mut out, &l);
        }
        Err(StoreError::NotJson(_)) => out.push_str("store: not JSON\n"),
        Err(e) => {
            let _ = writeln!(out, "store: {e:?} ({})", e.message());
        }
    }
    if let Err(StoreError::NewerVersion(_)) = record::decode_store::<J>(text) {
        out.push_str("newer, shown:\n");
        loaded(&mut out, &record::decode_newer_store::<J>(text));
    }
    match record::import_file::<J>(text) {
        Ok(l) => {
            out.push_str("import: read\n");
            loaded(&mut out, &l);
            let _ = writeln!(out, "sessions: {:?}", sessions_in_file::<J>(text));
        }
        Err(ImportError::NotJson(_)) => out.push_str("import: not JSON\n"),
        Err(e) => {
            let _ = writeln!(out, "import: {e:?} ({})", e.message());
        }
    }
    let (book, backup) = match HistoryBook::open::<J>(Some(text), 7) {
        Opening::Ready(book) => (book, None),
        Opening::NeedsBackup { book, key, raw } => (book, Some((key, raw == text))),
    };
    let _ = writeln!(
        out,
        "opened: {:?}, {} records, backup {:?}, notices {:?}",
        book.mode,
        book.records.len(),
        backup,
        book.notices
    );
    out
}

/// Every document's outcome, as kept in `tests/golden/outcomes.txt`.
pub fn outcomes<J: JsonCodec>() -> String {
    let mut out = String::new();
    for (name, text) in documents::<J>() {
        let _ = writeln!(out, "== {name}\n{}", outcome::<J>(&text));
    }
    out
}
