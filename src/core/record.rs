//! Saved assessments: the versioned format kept in the browser's storage and in export files,
//! its migrations, and merging imported history into what is already saved.
//!
//! A record keeps the answers and the estimate exactly as computed on the day, with the model
//! version, so an old entry never changes when the model improves. Answers are stored as the
//! form's raw values under the questions' stable ids and read back through the same validation
//! as the form, so a changed or corrupt value becomes a named problem, never a panic.
//!
//! Each format is a serde type ([`RecordV1`], [`RecordV2`]); the JSON text is read and written
//! by a [`JsonCodec`] (the browser's own JSON in the app, see `core::document`). Reading is
//! forgiving per record and strict per document: one bad record is set aside (with its raw
//! text, so the app can offer a copy) while the others load; a document we cannot trust as a
//! whole (not JSON, another app, a newer format) is refused with a reason.
//!
//! Format history:
//! - v1: records `{"date": "YYYY-MM-DD", "model_version", "answers", "estimate"}`, no id and no
//!   plan phase.
//! - v2: records `{"id", "taken_at", "model_version", "answers", "estimate", "phase"}`;
//!   `taken_at` is milliseconds since 1970 UTC (as JavaScript's `Date.now()`), and the id lets
//!   merging tell the same assessment apart from a new one.
//! - v3: the same record shape; the answers hold today's questions (sitting as one total, no
//!   activity question, the red flags one sign each with "not sure"). A v2 record's answers
//!   are read through the questions of its day (see `questionnaire`'s earlier-version
//!   questions), so migrating it changes nothing but the number; an older app refuses a v3
//!   document as newer instead of misreading the new answers.

use std::fmt;

use serde::de::{self, DeserializeOwned, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeMap, SerializeSeq};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::core::answers::Answers;
use crate::core::content::history as text;
use crate::core::decimal::{Decimal, Syntax};
pub use crate::core::document::APP_ID;
use crate::core::document::{
    self, Count, DocumentError, JsonCodec, Kind, List, NotJson, Object, WriteError,
    MAX_SAFE_INTEGER,
};
use crate::core::draft::{validate, Draft, DraftValue};
use crate::core::estimate::{estimate, WeekRange};
use crate::core::plan::{current_phase, PhaseNumber};
use crate::core::questionnaire::{question, AnswerKind, QuestionId};
use crate::core::session::log::{SessionRecord, LOG_VERSION};
use crate::core::sorted_set::SortedSet;

/// The format written today. Bump it, and add a migration, whenever the stored shape changes.
pub const SCHEMA_VERSION: u32 = 3;
/// Marks an export file (the stored document has no `kind`).
pub const EXPORT_KIND: &str = "export";

const MS_PER_DAY: u64 = 86_400_000;

/// The two ranges shown on the day of the assessment.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct RecordedEstimate {
    pub first_change: WeekRange,
    pub full_integration: WeekRange,
}

/// One saved assessment.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AssessmentRecord {
    /// `"<taken_at_ms>-<hash of the answers>"`: the same assessment gets the same id on every
    /// device and in every export, so merging never duplicates it.
    pub id: String,
    /// Milliseconds since 1970 UTC. Stored as a JSON number, so read only up to
    /// [`MAX_SAFE_INTEGER`] (far beyond any real clock reading: JavaScript's dates end before).
    pub taken_at_ms: u64,
    pub answers: Answers,
    /// The estimate model that produced `estimate`.
    pub model_version: u16,
    /// As computed then; never recomputed.
    pub estimate: RecordedEstimate,
    /// The plan phase the answers placed the person in then.
    pub phase: PhaseNumber,
}

impl AssessmentRecord {
    /// A record of `answers` taken now, with the estimate and phase of today's model. `first` is
    /// the first saved assessment, if any, which the pain-change check compares with.
    pub fn new(answers: Answers, taken_at_ms: u64, first: Option<&Answers>) -> AssessmentRecord {
        let computed = estimate(&answers);
        AssessmentRecord {
            id: record_id(taken_at_ms, &answers),
            taken_at_ms,
            model_version: computed.model_version,
            estimate: RecordedEstimate {
                first_change: computed.first_change,
                full_integration: computed.full_integration,
            },
            phase: current_phase(&answers, first),
            answers,
        }
    }
}

/// The stable id of an assessment: its time and a hash of its stored answers.
pub fn record_id(taken_at_ms: u64, answers: &Answers) -> String {
    let stored = id_text(&stored_answers(answers));
    format!("{taken_at_ms}-{:016x}", fnv1a_64(stored.as_bytes()))
}

/// FNV-1a: tiny, and the same on every platform and Rust version (unlike std's hasher), which
/// ids written to disk need.
fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, &b| {
        (hash ^ u64::from(b)).wrapping_mul(PRIME)
    })
}

/// The text an id hashes: the stored answers as compact JSON, exactly as the first release wrote
/// them. Written here, not by a platform's JSON writer, because ids are fixed forever (they are
/// on disk and compared across devices) and must never change with how a platform writes
/// numbers; numbers are written by [`Decimal::write_to`].
fn id_text(stored: &StoredAnswers) -> String {
    fn string(out: &mut String, s: &str) {
        use std::fmt::Write;
        out.push('"');
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                c if (c as u32) < 0x20 => {
                    let _ = write!(out, "\\u{:04x}", c as u32);
                }
                c => out.push(c),
            }
        }
        out.push('"');
    }
    fn value(out: &mut String, v: &StoredAnswer) {
        match v {
            StoredAnswer::Text(s) => string(out, s),
            StoredAnswer::Number(n) => n.write_to(out),
            StoredAnswer::List(items) => {
                out.push('[');
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        out.push(',');
                    }
                    value(out, item);
                }
                out.push(']');
            }
            StoredAnswer::Sides { left, right } => {
                out.push('{');
                let sides = [("left", left), ("right", right)];
                let mut first = true;
                for (key, side) in sides {
                    if let Some(side) = side {
                        if !first {
                            out.push(',');
                        }
                        first = false;
                        string(out, key);
                        out.push(':');
                        value(out, side);
                    }
                }
                out.push('}');
            }
            StoredAnswer::Other => out.push_str("null"),
        }
    }
    let mut out = String::from("{");
    for (i, (key, answer)) in stored.0.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        string(&mut out, key);
        out.push(':');
        value(&mut out, answer);
    }
    out.push('}');
    out
}

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

/// A part of a record, named in problems.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RecordField {
    Id,
    Date,
    Answers,
    ModelVersion,
    Estimate,
    Phase,
}

/// Why one record was set aside.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RecordProblem {
    NotAnObject,
    /// Missing, or not of the expected kind or range.
    Missing(RecordField),
    /// A v1 date that is not a real calendar day.
    BadDate(String),
    /// The questions whose stored answers no longer pass validation, in questionnaire order.
    Answers(Vec<QuestionId>),
}

/// A record that could not be read, kept as written so the app can offer a copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SkippedRecord {
    /// Its place in the stored list, from 0.
    pub position: usize,
    pub problem: RecordProblem,
    /// The record's JSON text as found (as `JSON.stringify` writes it).
    pub raw: String,
}

impl SkippedRecord {
    /// One sentence for a person.
    pub fn reason(&self) -> String {
        text::skipped_reason(self.position, &self.problem)
    }
}

/// Why the saved history as a whole could not be read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum StoreError {
    NotJson(NotJson),
    /// JSON, but not our history; the text says what is wrong, for a person.
    WrongShape(String),
    /// Written by a newer app: show it read-only (`decode_newer_store`) and never overwrite it.
    NewerVersion(u32),
}

impl StoreError {
    pub fn message(&self) -> &'static str {
        match self {
            StoreError::NotJson(_) | StoreError::WrongShape(_) => text::STORE_UNREADABLE,
            StoreError::NewerVersion(_) => text::STORE_NEWER,
        }
    }
}

/// Why an import file was refused as a whole.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    NotJson(NotJson),
    /// JSON, but not made by Glute Check.
    NotOurs,
    WrongShape(String),
    /// A format from a newer app, which this one cannot read safely.
    NewerVersion(u32),
}

impl ImportError {
    pub fn message(&self) -> String {
        match self {
            ImportError::NotJson(_) => text::IMPORT_NOT_JSON.to_string(),
            ImportError::NotOurs => text::IMPORT_NOT_OURS.to_string(),
            ImportError::WrongShape(what) => text::import_wrong_shape(what),
            ImportError::NewerVersion(_) => text::IMPORT_NEWER.to_string(),
        }
    }
}

/// What is wrong with the shape of a document, for a person (the errors that are not about
/// JSON itself, the app or the version being newer).
fn shape_problem(error: &DocumentError) -> String {
    match error {
        DocumentError::NotAnObject => text::SHAPE_NOT_AN_OBJECT.to_string(),
        DocumentError::OtherApp => text::SHAPE_OTHER_APP.to_string(),
        DocumentError::OtherKind => text::SHAPE_NOT_AN_EXPORT.to_string(),
        DocumentError::NoVersion => text::SHAPE_NO_VERSION.to_string(),
        DocumentError::UnknownVersion(written) => text::shape_unknown_version(written),
        DocumentError::NotJson(_) | DocumentError::NewerVersion(_) | DocumentError::Body(_) => {
            String::new()
        }
    }
}

/// What could be read from saved history or an import file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Loaded {
    /// In the order stored.
    pub records: Vec<AssessmentRecord>,
    /// The older format the data was converted from, if any. The app should save the
    /// converted history back (keeping a copy of the old text first).
    pub migrated_from: Option<u32>,
    pub skipped: Vec<SkippedRecord>,
}

// ---------------------------------------------------------------------------------------------
// Documents
// ---------------------------------------------------------------------------------------------

/// The saved history as written today: `{"app":"glute-check","schema":3,"records":[...]}`.
#[derive(Serialize)]
struct StoreV2 {
    app: &'static str,
    schema: u32,
    records: Vec<RecordV2>,
}

/// An export file as written today: the stored history's records, marked as an export, and
/// the session log with its own version (`session::log::sessions_in_file` reads it back). An
/// export without sessions has neither member, so it reads as before in every version.
#[derive(Serialize)]
struct ExportV2<'a> {
    app: &'static str,
    kind: &'static str,
    schema: u32,
    exported_at: u64,
    records: Vec<RecordV2>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sessions_version: Option<u32>,
    #[serde(skip_serializing_if = "<[SessionRecord]>::is_empty")]
    sessions: &'a [SessionRecord],
}

/// The body every format of both documents has: a list of records, each kept as found until it
/// is read with its format's type (so one bad record is set aside alone, with its text).
#[derive(Deserialize)]
#[serde(bound = "V: DeserializeOwned")]
struct Body<V> {
    #[serde(default)]
    records: Option<List<V>>,
}

/// The records of a parsed document, if it has a list of them.
fn body_records<J: JsonCodec>(value: &J::Value) -> Option<Vec<J::Value>> {
    let Object(body) = J::read::<Object<Body<J::Value>>>(value).ok()?;
    body.records.map(|List(records)| records)
}

/// The saved history as stored. Fails only for a time beyond [`MAX_SAFE_INTEGER`], which no
/// record read or made by this app has.
pub fn encode_store<J: JsonCodec>(records: &[AssessmentRecord]) -> Result<String, WriteError> {
    J::write(&StoreV2 {
        app: APP_ID,
        schema: SCHEMA_VERSION,
        records: records.iter().map(RecordV2::from).collect(),
    })
}

/// Reads saved history of this or any older format.
pub fn decode_store<J: JsonCodec>(raw: &str) -> Result<Loaded, StoreError> {
    let doc = document::open::<J>(raw, Kind::Any, SCHEMA_VERSION).map_err(|e| match e {
        DocumentError::NotJson(e) => StoreError::NotJson(e),
        DocumentError::NewerVersion(version) => StoreError::NewerVersion(version),
        other => StoreError::WrongShape(shape_problem(&other)),
    })?;
    let records = body_records::<J>(&doc.value)
        .ok_or_else(|| StoreError::WrongShape(text::SHAPE_NO_RECORDS.to_string()))?;
    Ok(read_records::<J>(doc.schema, &records))
}

/// Best effort for history written by a newer app: every record today's reader understands,
/// for showing read-only. Newer formats are expected to add to records rather than change
/// them; whatever this version cannot read is skipped, and nothing is ever written back.
pub fn decode_newer_store<J: JsonCodec>(raw: &str) -> Loaded {
    let records = J::parse(raw)
        .ok()
        .and_then(|doc| body_records::<J>(&doc))
        .unwrap_or_default();
    read_records::<J>(SCHEMA_VERSION, &records)
}

/// A file a person downloads and can import on another device or browser.
pub fn export_file<J: JsonCodec>(
    records: &[AssessmentRecord],
    sessions: &[SessionRecord],
    exported_at_ms: u64,
) -> Result<String, WriteError> {
    J::write(&ExportV2 {
        app: APP_ID,
        kind: EXPORT_KIND,
        schema: SCHEMA_VERSION,
        exported_at: exported_at_ms,
        records: records.iter().map(RecordV2::from).collect(),
        sessions_version: (!sessions.is_empty()).then_some(LOG_VERSION),
        sessions,
    })
}

/// The export's file name, by the UTC day it was made.
pub fn export_file_name(exported_at_ms: u64) -> String {
    text::export_file_name(&date_text(exported_at_ms))
}

/// The name of the downloaded copy of history that could not be read, by the UTC day.
pub fn backup_file_name(now_ms: u64) -> String {
    text::backup_file_name(&date_text(now_ms))
}

/// Reads an export file of this or any older format. Saved-history documents (no `kind`) are
/// accepted too: they hold the same records.
pub fn import_file<J: JsonCodec>(raw: &str) -> Result<Loaded, ImportError> {
    let doc =
        document::open::<J>(raw, Kind::OrNone(EXPORT_KIND), SCHEMA_VERSION).map_err(
            |e| match e {
                DocumentError::NotJson(e) => ImportError::NotJson(e),
                DocumentError::OtherApp => ImportError::NotOurs,
                DocumentError::NewerVersion(version) => ImportError::NewerVersion(version),
                other => ImportError::WrongShape(shape_problem(&other)),
            },
        )?;
    let records = body_records::<J>(&doc.value)
        .ok_or_else(|| ImportError::WrongShape(text::SHAPE_NO_RECORDS.to_string()))?;
    Ok(read_records::<J>(doc.schema, &records))
}

/// The result of adding imported records to the saved ones.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MergeOutcome {
    /// Every record, oldest first (ties by id, so the order never depends on the input order).
    pub records: Vec<AssessmentRecord>,
    pub added: usize,
    /// Incoming records already saved (same id), including repeats within `incoming`.
    pub duplicates: usize,
}

impl MergeOutcome {
    pub fn message(&self) -> String {
        text::merge_result(self.added, self.duplicates)
    }
}

/// Adds `incoming` to `existing`, keeping one record per id (the saved one wins: it is the
/// person's own copy).
pub fn merge(existing: &[AssessmentRecord], incoming: Vec<AssessmentRecord>) -> MergeOutcome {
    let mut records = existing.to_vec();
    let mut ids = SortedSet::new();
    for record in existing {
        ids.insert(record.id.clone());
    }
    let (mut added, mut duplicates) = (0, 0);
    for record in incoming {
        if ids.insert(record.id.clone()) {
            records.push(record);
            added += 1;
        } else {
            duplicates += 1;
        }
    }
    sort_by_time(&mut records);
    MergeOutcome {
        records,
        added,
        duplicates,
    }
}

/// Oldest first; ties by id, so the order is the same on every device.
pub fn sort_by_time(records: &mut [AssessmentRecord]) {
    insertion_sort_by(records, |a, b| {
        (a.taken_at_ms, &a.id) < (b.taken_at_ms, &b.id)
    });
}

/// Sorts `items` so that no item is `less` than the one before it, keeping equal items in their
/// order (stable). An insertion sort: the lists sorted here are short and nearly always already
/// in order (then it is one pass), and it is much smaller in the wasm than std's sorts.
pub(crate) fn insertion_sort_by<T>(items: &mut [T], mut less: impl FnMut(&T, &T) -> bool) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && less(&items[j], &items[j - 1]) {
            items.swap(j, j - 1);
            j -= 1;
        }
    }
}

/// Reads each record with its format's type, brings it up to today's format and checks it,
/// setting aside the ones that fail.
fn read_records<J: JsonCodec>(schema: u32, records: &[J::Value]) -> Loaded {
    let upgraded = match schema {
        1 => migrate_v1_to_v2(records.iter().map(RecordV1::read::<J>).collect()),
        // v2 and v3 records share their shape.
        _ => records.iter().map(RecordV2::read::<J>).collect(),
    };
    let mut loaded = Loaded {
        records: Vec::new(),
        migrated_from: (schema < SCHEMA_VERSION).then_some(schema),
        skipped: Vec::new(),
    };
    for (position, (original, upgraded)) in records.iter().zip(upgraded).enumerate() {
        match upgraded.and_then(RecordV2::into_record) {
            Ok(record) => loaded.records.push(record),
            Err(problem) => loaded.skipped.push(SkippedRecord {
                position,
                problem,
                raw: J::write(original).unwrap_or_default(),
            }),
        }
    }
    loaded
}

// ---------------------------------------------------------------------------------------------
// Formats
// ---------------------------------------------------------------------------------------------

/// A stored record's members as found (of any format: v1 has `date`, v2 `id`, `taken_at` and
/// `phase`), each read with its type on its own so that a problem names the member it is in.
/// Unknown members are ignored: a later version may add some.
#[derive(Deserialize)]
#[serde(bound = "V: DeserializeOwned")]
struct Members<V> {
    #[serde(default)]
    id: Option<V>,
    #[serde(default)]
    date: Option<V>,
    #[serde(default)]
    taken_at: Option<V>,
    #[serde(default)]
    model_version: Option<V>,
    #[serde(default)]
    answers: Option<V>,
    #[serde(default)]
    estimate: Option<V>,
    #[serde(default)]
    phase: Option<V>,
}

impl<V: DeserializeOwned> Members<V> {
    fn of<J: JsonCodec<Value = V>>(value: &V) -> Result<Members<V>, RecordProblem> {
        J::read::<Object<Members<V>>>(value)
            .map(|Object(members)| members)
            .map_err(|_| RecordProblem::NotAnObject)
    }
}

/// One member read as `T`: missing (or `null`) and unreadable both name `field`.
fn member<J: JsonCodec, T: DeserializeOwned>(
    value: Option<J::Value>,
    field: RecordField,
) -> Result<T, RecordProblem> {
    value
        .and_then(|value| J::read(&value).ok())
        .ok_or(RecordProblem::Missing(field))
}

/// A record as format 1 stored it. Only the date must be there to read it; what else is
/// missing or unreadable (`None`) is named when it is migrated, in the order the first release
/// checked a record in.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordV1 {
    /// "YYYY-MM-DD", the day of the assessment.
    pub date: String,
    pub answers: Option<StoredAnswers>,
    pub model_version: Option<u16>,
    pub estimate: Option<EstimateV2>,
}

impl RecordV1 {
    /// Reads one stored v1 record.
    pub fn read<J: JsonCodec>(value: &J::Value) -> Result<RecordV1, RecordProblem> {
        use RecordField::*;
        let m = Members::of::<J>(value)?;
        Ok(RecordV1 {
            date: member::<J, String>(m.date, Date)?,
            answers: member::<J, StoredAnswers>(m.answers, Answers).ok(),
            model_version: member::<J, Count<u16>>(m.model_version, ModelVersion)
                .ok()
                .map(|Count(n)| n),
            estimate: member::<J, Object<EstimateV2>>(m.estimate, Estimate)
                .ok()
                .map(|Object(e)| e),
        })
    }
}

/// A record as format 2 stores it (today's).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct RecordV2 {
    pub id: String,
    /// Milliseconds since 1970 UTC.
    pub taken_at: u64,
    pub model_version: u16,
    pub answers: StoredAnswers,
    pub estimate: EstimateV2,
    /// The plan phase, 1 to 3.
    pub phase: u8,
}

/// The recorded estimate, the same in formats 1 and 2.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EstimateV2 {
    pub first_change: Object<WeekRangeV2>,
    pub full_integration: Object<WeekRangeV2>,
}

#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub struct WeekRangeV2 {
    pub low: Count<u16>,
    pub high: Count<u16>,
    pub open_ended: bool,
}

impl From<&AssessmentRecord> for RecordV2 {
    fn from(record: &AssessmentRecord) -> RecordV2 {
        let range = |r: &WeekRange| {
            Object(WeekRangeV2 {
                low: Count(r.low),
                high: Count(r.high),
                open_ended: r.open_ended,
            })
        };
        RecordV2 {
            id: record.id.clone(),
            taken_at: record.taken_at_ms,
            model_version: record.model_version,
            answers: stored_answers(&record.answers),
            estimate: EstimateV2 {
                first_change: range(&record.estimate.first_change),
                full_integration: range(&record.estimate.full_integration),
            },
            phase: record.phase.number(),
        }
    }
}

impl RecordV2 {
    /// Reads one stored v2 record; the first problem, in the order the app always checked.
    pub fn read<J: JsonCodec>(value: &J::Value) -> Result<RecordV2, RecordProblem> {
        use RecordField::*;
        let m = Members::of::<J>(value)?;
        Ok(RecordV2 {
            id: member::<J, String>(m.id, Id)
                .ok()
                .filter(|id| !id.is_empty())
                .ok_or(RecordProblem::Missing(Id))?,
            taken_at: member::<J, Count<u64>>(m.taken_at, Date)?.0,
            model_version: member::<J, Count<u16>>(m.model_version, ModelVersion)?.0,
            estimate: member::<J, Object<EstimateV2>>(m.estimate, Estimate)?.0,
            phase: member::<J, Count<u8>>(m.phase, Phase)?.0,
            answers: member::<J, StoredAnswers>(m.answers, Answers)?,
        })
    }

    /// Today's record, when every member is within range and the answers still pass the
    /// form's validation.
    pub fn into_record(self) -> Result<AssessmentRecord, RecordProblem> {
        use RecordProblem::Missing;
        if self.id.is_empty() {
            return Err(Missing(RecordField::Id));
        }
        let estimate = Some(&self.estimate)
            .and_then(|e| {
                Some(RecordedEstimate {
                    first_change: e.first_change.0.week_range()?,
                    full_integration: e.full_integration.0.week_range()?,
                })
            })
            .ok_or(Missing(RecordField::Estimate))?;
        let phase = PhaseNumber::ALL
            .into_iter()
            .find(|p| p.number() == self.phase)
            .ok_or(Missing(RecordField::Phase))?;
        let answers = answers_from_stored(Some(&self.answers))?;
        Ok(AssessmentRecord {
            id: self.id,
            taken_at_ms: self.taken_at,
            answers,
            model_version: self.model_version,
            estimate,
            phase,
        })
    }
}

impl WeekRangeV2 {
    fn week_range(self) -> Option<WeekRange> {
        let range = WeekRange {
            low: self.low.0,
            high: self.high.0,
            open_ended: self.open_ended,
        };
        (range.low <= range.high).then_some(range)
    }
}

// ---------------------------------------------------------------------------------------------
// Migrations
// ---------------------------------------------------------------------------------------------

/// v1 records to v2, one result per record in the same order: the date becomes UTC midnight
/// of that day, the id is generated from it and the answers, and the plan phase (not kept in
/// v1) is recomputed from the answers, comparing with the earliest readable v1 record as the
/// first check. The estimate and model version are carried over unchanged: they are history.
pub fn migrate_v1_to_v2(
    v1_records: Vec<Result<RecordV1, RecordProblem>>,
) -> Vec<Result<RecordV2, RecordProblem>> {
    let read: Vec<Result<(u64, Answers, RecordV1), RecordProblem>> = v1_records
        .into_iter()
        .map(|r| r.and_then(read_v1_essentials))
        .collect();
    let first = read
        .iter()
        .enumerate()
        .filter_map(|(i, r)| r.as_ref().ok().map(|(ms, answers, _)| (*ms, i, answers)))
        .min_by_key(|&(ms, i, _)| (ms, i));
    read.iter()
        .enumerate()
        .map(|(i, essentials)| {
            let (taken_at_ms, answers, v1) = essentials.as_ref().map_err(Clone::clone)?;
            let first_answers = first
                .filter(|&(_, first_index, _)| first_index != i)
                .map(|(_, _, answers)| answers);
            let phase = current_phase(answers, first_answers);
            Ok(RecordV2 {
                id: record_id(*taken_at_ms, answers),
                taken_at: *taken_at_ms,
                model_version: v1
                    .model_version
                    .ok_or(RecordProblem::Missing(RecordField::ModelVersion))?,
                answers: stored_answers(answers),
                estimate: v1
                    .estimate
                    .clone()
                    .ok_or(RecordProblem::Missing(RecordField::Estimate))?,
                phase: phase.number(),
            })
        })
        .collect()
}

/// What a v1 record needs for migrating: its day and readable answers.
fn read_v1_essentials(v1: RecordV1) -> Result<(u64, Answers, RecordV1), RecordProblem> {
    let ms = parse_date(&v1.date).ok_or_else(|| RecordProblem::BadDate(v1.date.clone()))?;
    let answers = answers_from_stored(v1.answers.as_ref())?;
    Ok((ms, answers, v1))
}

// ---------------------------------------------------------------------------------------------
// Answers: the form's raw values under stable question ids
// ---------------------------------------------------------------------------------------------

/// The answers as stored: the form's raw values under the questions' stable ids, in
/// questionnaire order. What each value means depends on its question, so each is kept as
/// found ([`StoredAnswer`]) and read by the question's kind; unknown ids are ignored.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StoredAnswers(pub Vec<(String, StoredAnswer)>);

/// One stored answer, of whatever JSON kind it was written in.
#[derive(Clone, Debug, PartialEq)]
pub enum StoredAnswer {
    /// A choice's id, or what was typed into a number field when it is not a number.
    Text(String),
    /// A typed number or a scale position.
    Number(Decimal),
    /// Several choices' ids.
    List(Vec<StoredAnswer>),
    /// A test done on each side: an object's `left` and `right` (other members ignored).
    Sides {
        left: Option<Box<StoredAnswer>>,
        right: Option<Box<StoredAnswer>>,
    },
    /// `null`, `true` or `false`, which no answer is.
    Other,
}

impl StoredAnswer {
    /// What was typed into a number field: a number when the text is one, else the text itself,
    /// so nothing typed is ever lost.
    fn typed(text: &str) -> StoredAnswer {
        match Decimal::parse(text.trim_matches([' ', '\t', '\n', '\r']), Syntax::Json) {
            Ok(n) => StoredAnswer::Number(n),
            Err(_) => StoredAnswer::Text(text.to_string()),
        }
    }

    /// The text a number field held.
    fn typed_text(&self) -> Option<String> {
        match self {
            StoredAnswer::Number(n) => Some(n.to_text()),
            StoredAnswer::Text(s) => Some(s.clone()),
            _ => None,
        }
    }
}

/// The answers as the form would hold them, keyed by stable question id, in questionnaire
/// order. Typed numbers are written as JSON numbers.
pub fn stored_answers(answers: &Answers) -> StoredAnswers {
    let draft = Draft::from_answers(answers);
    StoredAnswers(
        draft
            .iter()
            .map(|(q, value)| (q.as_str().to_string(), stored_value(value)))
            .collect(),
    )
}

fn stored_value(value: &DraftValue) -> StoredAnswer {
    match value {
        DraftValue::Choice(id) => StoredAnswer::Text(id.clone()),
        DraftValue::Choices(ids) => StoredAnswer::List(
            ids.iter()
                .map(|id| StoredAnswer::Text(id.clone()))
                .collect(),
        ),
        DraftValue::Number(typed) => StoredAnswer::typed(typed),
        DraftValue::Scale(n) => StoredAnswer::Number(Decimal::from_u64(u64::from(*n))),
        DraftValue::Sides { left, right } => StoredAnswer::Sides {
            left: Some(Box::new(StoredAnswer::typed(left))),
            right: Some(Box::new(StoredAnswer::typed(right))),
        },
    }
}

/// Reads stored answers back through the form's validation. Members with unknown ids are
/// ignored (validation then names any question left unanswered).
pub fn answers_from_stored(stored: Option<&StoredAnswers>) -> Result<Answers, RecordProblem> {
    let members = stored.ok_or(RecordProblem::Missing(RecordField::Answers))?;
    let mut draft = Draft::new();
    let mut unreadable = Vec::new();
    for (key, value) in &members.0 {
        let Some(q) = QuestionId::parse(key) else {
            continue;
        };
        match draft_value(q, value) {
            Some(draft_value) => draft.set(q, draft_value),
            None => unreadable.push(q),
        }
    }
    match validate(&draft) {
        Ok(answers) if unreadable.is_empty() => Ok(answers),
        result => {
            let mut questions = unreadable;
            if let Err(problems) = result {
                questions.extend(problems.iter().map(|p| p.question));
            }
            insertion_sort_by(&mut questions, |a, b| a < b);
            questions.dedup();
            Err(RecordProblem::Answers(questions))
        }
    }
}

/// The raw form value a stored value stands for, given the kind of the question.
fn draft_value(q: QuestionId, value: &StoredAnswer) -> Option<DraftValue> {
    match (&question(q).kind, value) {
        (AnswerKind::SingleChoice(_), StoredAnswer::Text(s)) => Some(DraftValue::Choice(s.clone())),
        (AnswerKind::MultipleChoice(_), StoredAnswer::List(items)) => {
            let mut ids = SortedSet::new();
            for id in items {
                match id {
                    StoredAnswer::Text(id) => ids.insert(id.clone()),
                    _ => return None,
                };
            }
            Some(DraftValue::Choices(ids))
        }
        (AnswerKind::Number { .. }, value) => value.typed_text().map(DraftValue::Number),
        (AnswerKind::Scale0To10 { .. }, StoredAnswer::Number(n)) => n
            .to_u64()
            .and_then(|n| u8::try_from(n).ok())
            .map(DraftValue::Scale),
        (
            AnswerKind::SidesSeconds { .. },
            StoredAnswer::Sides {
                left: Some(left),
                right: Some(right),
            },
        ) => Some(DraftValue::Sides {
            left: left.typed_text()?,
            right: right.typed_text()?,
        }),
        _ => None,
    }
}

impl<'de> Deserialize<'de> for StoredAnswers {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswersVisitor;
        impl<'de> Visitor<'de> for AnswersVisitor {
            type Value = StoredAnswers;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("answers")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredAnswers, A::Error> {
                let mut members = Vec::new();
                while let Some(member) = map.next_entry()? {
                    members.push(member);
                }
                Ok(StoredAnswers(members))
            }
        }
        // `deserialize_any`: an array is not answers, whichever reader reads it.
        deserializer.deserialize_any(AnswersVisitor)
    }
}

impl Serialize for StoredAnswers {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(self.0.len()))?;
        for (key, value) in &self.0 {
            map.serialize_entry(key, value)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for StoredAnswer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct AnswerVisitor;
        impl<'de> Visitor<'de> for AnswerVisitor {
            type Value = StoredAnswer;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("an answer")
            }
            fn visit_str<E: de::Error>(self, v: &str) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Text(v.to_string()))
            }
            fn visit_string<E: de::Error>(self, v: String) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Text(v))
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Number(Decimal::from_u64(v)))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<StoredAnswer, E> {
                Ok(Decimal::new(v < 0, v.unsigned_abs(), 0)
                    .map_or(StoredAnswer::Other, StoredAnswer::Number))
            }
            fn visit_f64<E: de::Error>(self, v: f64) -> Result<StoredAnswer, E> {
                Ok(Decimal::from_f64(v).map_or(StoredAnswer::Other, StoredAnswer::Number))
            }
            fn visit_bool<E: de::Error>(self, _: bool) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Other)
            }
            fn visit_unit<E: de::Error>(self) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Other)
            }
            fn visit_none<E: de::Error>(self) -> Result<StoredAnswer, E> {
                Ok(StoredAnswer::Other)
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<StoredAnswer, A::Error> {
                let mut items = Vec::new();
                while let Some(item) = seq.next_element()? {
                    items.push(item);
                }
                Ok(StoredAnswer::List(items))
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<StoredAnswer, A::Error> {
                let (mut left, mut right) = (None, None);
                while let Some(key) = map.next_key::<String>()? {
                    match key.as_str() {
                        "left" => left = Some(Box::new(map.next_value()?)),
                        "right" => right = Some(Box::new(map.next_value()?)),
                        _ => {
                            map.next_value::<IgnoredAny>()?;
                        }
                    }
                }
                Ok(StoredAnswer::Sides { left, right })
            }
        }
        deserializer.deserialize_any(AnswerVisitor)
    }
}

impl Serialize for StoredAnswer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            StoredAnswer::Text(s) => serializer.serialize_str(s),
            StoredAnswer::Number(n) => {
                // A number JavaScript holds exactly and writes back as the same digits; any
                // other (never one the form makes) as its text, so nothing is lost.
                match (n.to_u64().filter(|n| *n <= MAX_SAFE_INTEGER), n.to_f64()) {
                    (Some(whole), _) => serializer.serialize_u64(whole),
                    (None, Some(x)) => serializer.serialize_f64(x),
                    (None, None) => serializer.serialize_str(&n.to_text()),
                }
            }
            StoredAnswer::List(items) => {
                let mut seq = serializer.serialize_seq(Some(items.len()))?;
                for item in items {
                    seq.serialize_element(item)?;
                }
                seq.end()
            }
            StoredAnswer::Sides { left, right } => {
                let mut map = serializer.serialize_map(None)?;
                if let Some(left) = left {
                    map.serialize_entry("left", left)?;
                }
                if let Some(right) = right {
                    map.serialize_entry("right", right)?;
                }
                map.end()
            }
            StoredAnswer::Other => serializer.serialize_unit(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Calendar days (UTC)
// ---------------------------------------------------------------------------------------------

/// "YYYY-MM-DD" as milliseconds at UTC midnight; `None` for anything that is not a real day
/// from 1970 on.
pub fn parse_date(text: &str) -> Option<u64> {
    let bytes = text.as_bytes();
    let digits = |range: std::ops::Range<usize>| -> Option<u32> {
        let part = bytes.get(range)?;
        part.iter()
            .all(u8::is_ascii_digit)
            .then(|| part.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0')))
    };
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(5..7)?, digits(8..10)?);
    if year < 1970 || !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let days = days_from_civil(i64::from(year), month, day);
    u64::try_from(days).ok().map(|d| d * MS_PER_DAY)
}

/// The UTC day of a moment, as "YYYY-MM-DD".
pub fn date_text(ms: u64) -> String {
    let (year, month, day) = civil_from_days((ms / MS_PER_DAY) as i64);
    format!("{year:04}-{month:02}-{day:02}")
}

fn is_leap_year(year: u32) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u32, month: u32) -> u32 {
    match month {
        2 if is_leap_year(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
fn days_from_civil(year: i64, month: u32, day: u32) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let year_of_era = y - era * 400;
    let m = i64::from(month);
    let day_of_year = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The inverse of `days_from_civil`.
pub(crate) fn civil_from_days(days: i64) -> (i64, u32, u32) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = (day_of_year - (153 * mp + 2) / 5 + 1) as u32;
    let month = (if mp < 10 { mp + 3 } else { mp - 9 }) as u32;
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use super::*;
    use crate::core::answers::{GluteFeel, YesNoUnsure};
    use crate::core::document::native_json::{to_json_text, NativeJson};
    use crate::core::model::MODEL_VERSION;
    use serde_json::{json, Value as Json};

    // The documents through serde_json, written as the browser writes them.
    pub(super) fn decode_store(raw: &str) -> Result<Loaded, StoreError> {
        super::decode_store::<NativeJson>(raw)
    }
    pub(super) fn decode_newer_store(raw: &str) -> Loaded {
        super::decode_newer_store::<NativeJson>(raw)
    }
    pub(super) fn encode_store(records: &[AssessmentRecord]) -> String {
        super::encode_store::<NativeJson>(records).unwrap()
    }
    pub(super) fn import_file(raw: &str) -> Result<Loaded, ImportError> {
        super::import_file::<NativeJson>(raw)
    }
    pub(super) fn export_file(records: &[AssessmentRecord], at: u64) -> String {
        super::export_file::<NativeJson>(records, &[], at).unwrap()
    }
    fn parse(text: &str) -> Result<Json, NotJson> {
        NativeJson::parse(text)
    }
    fn write(value: &Json) -> String {
        to_json_text(value).unwrap()
    }
    fn record_to_json(record: &AssessmentRecord) -> Json {
        serde_json::to_value(RecordV2::from(record)).unwrap()
    }
    pub(super) fn answers_to_json(answers: &Answers) -> Json {
        serde_json::to_value(stored_answers(answers)).unwrap()
    }
    /// Stored answers from their JSON, as a record is read.
    pub(super) fn answers_from_json(stored: Option<&Json>) -> Result<Answers, RecordProblem> {
        let stored = stored.and_then(|v| NativeJson::read::<StoredAnswers>(v).ok());
        answers_from_stored(stored.as_ref())
    }

    /// A JSON number from its text.
    fn num(text: &str) -> Json {
        parse(text).unwrap()
    }

    /// History as the first released version saved it. It must always load: people have it in
    /// their browsers. Never edit this text; add a new fixture for a new format instead.
    const V1_STORE: &str = include_str!("../../tests/fixtures/history-v1.json");

    const MARCH_4_2024_MS: u64 = 1_709_510_400_000;
    const APRIL_15_2024_MS: u64 = 1_713_139_200_000;

    fn v1_loaded() -> Loaded {
        decode_store(V1_STORE).expect("the v1 fixture must always load")
    }

    fn sample_records() -> Vec<AssessmentRecord> {
        v1_loaded().records
    }

    /// The v1 fixture's document with its records replaced.
    fn v1_with_records(records: &str) -> String {
        format!(r#"{{"app":"glute-check","schema":1,"records":[{records}]}}"#)
    }

    /// The v1 fixture's records as parsed.
    fn v1_records() -> Vec<Json> {
        parse(V1_STORE).unwrap()["records"]
            .as_array()
            .unwrap()
            .clone()
    }

    /// One v2 record's JSON with one member replaced (or removed with `None`).
    fn v2_record_with(key: &str, value: Option<Json>) -> Json {
        let mut record = record_to_json(&sample_records()[0]);
        let members = record
            .as_object_mut()
            .expect("records are written as objects");
        members.shift_remove(key);
        if let Some(value) = value {
            members.insert(key.to_string(), value);
        }
        record
    }

    /// Sets one stored answer of a record's JSON (or removes it with `None`).
    fn with_answer(record: &mut Json, question: &str, value: Option<Json>) {
        let answers = record["answers"].as_object_mut().unwrap();
        match value {
            Some(value) => {
                answers.insert(question.to_string(), value);
            }
            None => {
                answers.shift_remove(question);
            }
        }
    }

    fn store_of(records: &[Json]) -> String {
        write(&json!({"app": APP_ID, "schema": 2, "records": records}))
    }

    fn only_skipped(raw: &str) -> SkippedRecord {
        let loaded = decode_store(raw).unwrap();
        assert!(loaded.records.is_empty(), "{:?}", loaded.records);
        assert_eq!(loaded.skipped.len(), 1);
        loaded.skipped[0].clone()
    }

    // --- The v1 -> v2 migration ---

    #[test]
    fn the_v1_fixture_loads_and_says_it_was_migrated() {
        let loaded = v1_loaded();
        assert_eq!(loaded.migrated_from, Some(1));
        assert_eq!(loaded.skipped, vec![]);
        assert_eq!(loaded.records.len(), 2);
    }

    #[test]
    fn migration_turns_the_date_into_utc_midnight() {
        let records = sample_records();
        assert_eq!(records[0].taken_at_ms, MARCH_4_2024_MS);
        assert_eq!(records[1].taken_at_ms, APRIL_15_2024_MS);
    }

    #[test]
    fn migration_generates_the_same_id_a_new_record_would_get() {
        for record in sample_records() {
            assert_eq!(record.id, record_id(record.taken_at_ms, &record.answers));
        }
        let records = sample_records();
        assert_ne!(records[0].id, records[1].id);
        assert!(records[0].id.starts_with("1709510400000-"));
    }

    #[test]
    fn migration_recomputes_the_phase_against_the_earliest_record() {
        let records = sample_records();
        assert_eq!(records[0].phase, PhaseNumber::One);
        // Glutes clearly felt, holds of 35 and 38 s, sides 3 s apart, no compensation.
        assert_eq!(records[1].phase, PhaseNumber::Two);
        assert_eq!(records[1].answers.glute_feel, GluteFeel::Clearly);
        assert_eq!(records[1].answers.compensation, YesNoUnsure::No);
    }

    #[test]
    fn migration_keeps_the_estimate_and_model_version_of_the_day() {
        let records = sample_records();
        assert_eq!(records[0].model_version, 1);
        assert_eq!(
            records[0].estimate,
            RecordedEstimate {
                first_change: WeekRange {
                    low: 3,
                    high: 6,
                    open_ended: false
                },
                full_integration: WeekRange {
                    low: 14,
                    high: 22,
                    open_ended: false
                },
            }
        );
        assert_eq!(records[1].estimate.full_integration.high, 20);
    }

    #[test]
    fn migration_reads_answers_through_validation() {
        let first = &sample_records()[0].answers;
        assert_eq!(first.sitting.half_hours, 23);
        assert_eq!(first.pain.highest(), 6);
        assert_eq!(first.bridge_hold.left, 12);
        assert_eq!(first.clinician_cleared, None);
    }

    #[test]
    fn migrated_history_saves_and_reloads_as_v2() {
        let records = sample_records();
        let reloaded = decode_store(&encode_store(&records)).unwrap();
        assert_eq!(reloaded.migrated_from, None);
        assert_eq!(reloaded.records, records);
    }

    #[test]
    fn a_v1_record_with_an_impossible_date_is_set_aside_alone() {
        let good = write(&v1_records()[0]);
        let bad = good.replace("2024-03-04", "2023-02-29");
        let loaded = decode_store(&v1_with_records(&format!("{bad},{good}"))).unwrap();
        assert_eq!(loaded.records.len(), 1);
        assert_eq!(loaded.skipped.len(), 1);
        assert_eq!(loaded.skipped[0].position, 0);
        assert_eq!(
            loaded.skipped[0].problem,
            RecordProblem::BadDate("2023-02-29".into())
        );
        assert_eq!(loaded.skipped[0].raw, bad);
    }

    #[test]
    fn a_v1_record_without_a_date_names_the_date() {
        let skipped = only_skipped(&v1_with_records(r#"{"answers":{}}"#));
        assert_eq!(skipped.problem, RecordProblem::Missing(RecordField::Date));
    }

    #[test]
    fn a_v1_record_with_unreadable_answers_is_set_aside() {
        let skipped = only_skipped(&v1_with_records(r#"{"date":"2024-01-01","answers":"x"}"#));
        assert_eq!(
            skipped.problem,
            RecordProblem::Missing(RecordField::Answers)
        );
    }

    #[test]
    fn a_v1_record_without_its_estimate_is_set_aside_with_the_original_text() {
        let mut record = v1_records()[0].clone();
        record.as_object_mut().unwrap().shift_remove("estimate");
        let raw = write(&record);
        let skipped = only_skipped(&v1_with_records(&raw));
        assert_eq!(
            skipped.problem,
            RecordProblem::Missing(RecordField::Estimate)
        );
        assert_eq!(skipped.raw, raw);
    }

    #[test]
    fn migration_compares_with_the_earliest_date_not_the_first_in_the_list() {
        let mut records = v1_records();
        records.reverse();
        let migrated = migrate_v1_to_v2(records.iter().map(RecordV1::read::<NativeJson>).collect());
        let phases: Vec<u64> = migrated
            .iter()
            .map(|r| u64::from(r.as_ref().unwrap().phase))
            .collect();
        assert_eq!(phases, [2, 1]);
    }

    // --- New records ---

    #[test]
    fn a_new_record_keeps_todays_estimate_and_phase() {
        let answers = sample_records()[1].answers.clone();
        let first = sample_records()[0].answers.clone();
        let record = AssessmentRecord::new(answers.clone(), 42, Some(&first));
        let computed = estimate(&answers);
        assert_eq!(record.model_version, MODEL_VERSION);
        assert_eq!(record.estimate.first_change, computed.first_change);
        assert_eq!(record.estimate.full_integration, computed.full_integration);
        assert_eq!(record.phase, current_phase(&answers, Some(&first)));
        assert_eq!(record.taken_at_ms, 42);
        assert_eq!(record.id, record_id(42, &answers));
    }

    #[test]
    fn the_id_depends_on_the_time_and_the_answers() {
        let records = sample_records();
        let a = &records[0].answers;
        let b = &records[1].answers;
        assert_eq!(record_id(1, a), record_id(1, a));
        assert_ne!(record_id(1, a), record_id(2, a));
        assert_ne!(record_id(1, a), record_id(1, b));
        // Fixed forever: ids are written to disk and compared across devices.
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
    }

    #[test]
    fn stored_answers_are_the_forms_values_under_stable_ids() {
        let stored = answers_to_json(&sample_records()[0].answers);
        assert_eq!(
            stored.get("age_band").and_then(Json::as_str),
            Some("age_40_49")
        );
        assert_eq!(stored.get("sitting_total"), Some(&num("11.5")));
        assert_eq!(
            stored.get("bridge_hold"),
            Some(&json!({"left": 12, "right": 20}))
        );
        assert_eq!(stored.get("clinician_cleared"), None);
    }

    #[test]
    fn stored_numbers_read_back_in_any_json_form_or_as_typed_text() {
        let expected = &sample_records()[0].answers;
        let stored = answers_to_json(expected);
        let with = |key: &str, value: Json| {
            let mut changed = stored.clone();
            changed[key] = value;
            changed
        };
        for value in [
            num("11.50"),
            num("115e-1"),
            num("0.115E2"),
            json!("11,5"),
            json!(" 11.5 "),
        ] {
            let answers = answers_from_json(Some(&with("sitting_total", value.clone())));
            assert_eq!(answers.as_ref(), Ok(expected), "{value:?}");
        }
        let bridge = json!({"left": num("12.0"), "right": num("2e1")});
        assert_eq!(
            answers_from_json(Some(&with("bridge_hold", bridge))).as_ref(),
            Ok(expected)
        );
        // What the form typed is stored as a number whenever it is one, in canonical text.
        let typed_number_json =
            |typed: &str| serde_json::to_value(StoredAnswer::typed(typed)).unwrap();
        assert_eq!(typed_number_json("2.50"), num("2.5"));
        assert_eq!(write(&typed_number_json(" 7 ")), "7");
        assert_eq!(typed_number_json("2,5"), json!("2,5"));
        assert_eq!(typed_number_json("1e999"), json!("1e999"));
    }

    // --- Reading v2 records ---

    #[test]
    fn unknown_members_and_unknown_answer_ids_are_ignored() {
        let mut record = v2_record_with("note", Some(json!("added by a later version")));
        with_answer(&mut record, "a_question_from_the_future", Some(json!(true)));
        let loaded = decode_store(&store_of(&[record])).unwrap();
        assert_eq!(loaded.records, vec![sample_records()[0].clone()]);
    }

    #[test]
    fn a_record_that_is_not_an_object_is_set_aside() {
        let skipped = only_skipped(&store_of(&[num("3.0")]));
        assert_eq!(skipped.problem, RecordProblem::NotAnObject);
        assert_eq!(skipped.raw, "3");
    }

    #[test]
    fn each_missing_or_wrong_member_is_named() {
        use RecordField::*;
        let cases = [
            ("id", None, Id),
            ("id", Some(json!("")), Id),
            ("taken_at", None, Date),
            ("taken_at", Some(num("-1")), Date),
            ("taken_at", Some(num("1.5")), Date),
            ("taken_at", Some(json!("2024-01-01")), Date),
            ("model_version", Some(json!(70_000)), ModelVersion),
            ("answers", None, Answers),
            ("answers", Some(json!([])), Answers),
            ("estimate", None, Estimate),
            (
                "estimate",
                Some(json!({"first_change": {"low": 9, "high": 3, "open_ended": false}})),
                Estimate,
            ),
            ("phase", Some(json!(0)), Phase),
            ("phase", Some(json!(4)), Phase),
            ("phase", None, Phase),
        ];
        for (key, value, field) in cases {
            let record = v2_record_with(key, value.clone());
            let skipped = only_skipped(&store_of(std::slice::from_ref(&record)));
            assert_eq!(
                skipped.problem,
                RecordProblem::Missing(field),
                "{key} = {value:?}"
            );
            assert_eq!(skipped.raw, write(&record));
        }
    }

    #[test]
    fn an_answer_that_no_longer_validates_names_its_question() {
        let mut record = record_to_json(&sample_records()[0]);
        with_answer(&mut record, "age_band", Some(json!("age_12_17")));
        with_answer(&mut record, "routine_days", Some(json!("lots")));
        with_answer(&mut record, "pain_hip", Some(json!(true)));
        let skipped = only_skipped(&store_of(&[record]));
        assert_eq!(
            skipped.problem,
            RecordProblem::Answers(vec![
                QuestionId::AgeBand,
                QuestionId::PainHip,
                QuestionId::RoutineDays
            ])
        );
        assert!(skipped.reason().starts_with("Assessment 1: its answers"));
    }

    #[test]
    fn a_missing_answer_names_its_question() {
        let mut record = record_to_json(&sample_records()[0]);
        with_answer(&mut record, "onset", None);
        let skipped = only_skipped(&store_of(&[record]));
        assert_eq!(
            skipped.problem,
            RecordProblem::Answers(vec![QuestionId::Onset])
        );
    }

    #[test]
    fn good_records_load_beside_bad_ones_in_their_order() {
        let good = sample_records();
        let raw = store_of(&[
            record_to_json(&good[1]),
            Json::Null,
            record_to_json(&good[0]),
        ]);
        let loaded = decode_store(&raw).unwrap();
        assert_eq!(loaded.records, vec![good[1].clone(), good[0].clone()]);
        assert_eq!(loaded.skipped.len(), 1);
        assert_eq!(loaded.skipped[0].position, 1);
        assert_eq!(loaded.skipped[0].raw, "null");
    }

    // --- Whole documents ---

    #[test]
    fn text_that_is_not_json_is_refused() {
        for raw in ["", "{", "not json", "{\"app\":\"glute-check\",}"] {
            assert!(
                matches!(decode_store(raw), Err(StoreError::NotJson(_))),
                "{raw:?}"
            );
        }
    }

    #[test]
    fn json_that_is_not_our_history_is_refused_with_what_is_wrong() {
        let shape = |raw: &str| match decode_store(raw) {
            Err(StoreError::WrongShape(what)) => what,
            other => panic!("{raw}: {other:?}"),
        };
        assert_eq!(shape("[]"), text::SHAPE_NOT_AN_OBJECT);
        assert_eq!(shape("null"), text::SHAPE_NOT_AN_OBJECT);
        assert_eq!(
            shape(r#"{"app":"other","schema":2,"records":[]}"#),
            text::SHAPE_OTHER_APP
        );
        assert_eq!(shape(r#"{"schema":2,"records":[]}"#), text::SHAPE_OTHER_APP);
        assert_eq!(
            shape(r#"{"app":"glute-check","records":[]}"#),
            text::SHAPE_NO_VERSION
        );
        assert_eq!(
            shape(r#"{"app":"glute-check","schema":0,"records":[]}"#),
            text::shape_unknown_version("0")
        );
        assert_eq!(
            shape(r#"{"app":"glute-check","schema":"2","records":[]}"#),
            text::shape_unknown_version("\"2\"")
        );
        assert_eq!(
            shape(r#"{"app":"glute-check","schema":1.5,"records":[]}"#),
            text::shape_unknown_version("1.5")
        );
        assert_eq!(
            shape(r#"{"app":"glute-check","schema":2}"#),
            text::SHAPE_NO_RECORDS
        );
        assert_eq!(
            shape(r#"{"app":"glute-check","schema":2,"records":{}}"#),
            text::SHAPE_NO_RECORDS
        );
    }

    #[test]
    fn history_from_a_newer_app_is_refused_before_anything_else_is_checked() {
        assert_eq!(
            decode_store(r#"{"app":"glute-check","schema":4,"entries":"changed"}"#),
            Err(StoreError::NewerVersion(4))
        );
        assert_eq!(
            decode_store(r#"{"app":"glute-check","schema":99999999999}"#),
            Err(StoreError::NewerVersion(u32::MAX))
        );
    }

    #[test]
    fn newer_history_can_still_be_shown_read_only() {
        let mut record = record_to_json(&sample_records()[0]);
        record["mood"] = json!("good");
        let raw = write(&json!({"app": APP_ID, "schema": 4, "records": [record, null]}));
        assert_eq!(decode_store(&raw), Err(StoreError::NewerVersion(4)));
        let shown = decode_newer_store(&raw);
        assert_eq!(shown.records, vec![sample_records()[0].clone()]);
        assert_eq!(shown.skipped.len(), 1);
        assert_eq!(shown.migrated_from, None);
        assert_eq!(decode_newer_store("garbage").records, vec![]);
    }

    #[test]
    fn store_errors_have_messages_for_a_person() {
        assert_eq!(
            decode_store("x").unwrap_err().message(),
            text::STORE_UNREADABLE
        );
        assert_eq!(
            StoreError::WrongShape(text::SHAPE_NO_RECORDS.into()).message(),
            text::STORE_UNREADABLE
        );
        assert_eq!(StoreError::NewerVersion(4).message(), text::STORE_NEWER);
    }

    #[test]
    fn an_empty_history_round_trips() {
        assert_eq!(
            encode_store(&[]),
            r#"{"app":"glute-check","schema":3,"records":[]}"#
        );
        let loaded = decode_store(&encode_store(&[])).unwrap();
        assert_eq!(
            loaded,
            Loaded {
                records: vec![],
                migrated_from: None,
                skipped: vec![]
            }
        );
    }

    // --- Export and import ---

    #[test]
    fn an_export_is_marked_and_versioned() {
        let file = parse(&export_file(&sample_records(), 1_700_000_000_123)).unwrap();
        assert_eq!(file.get("app").and_then(Json::as_str), Some(APP_ID));
        assert_eq!(file.get("kind").and_then(Json::as_str), Some(EXPORT_KIND));
        assert_eq!(file.get("schema").and_then(Json::as_u64), Some(3));
        assert_eq!(
            file.get("exported_at").and_then(Json::as_u64),
            Some(1_700_000_000_123)
        );
        assert_eq!(
            file.get("records").and_then(Json::as_array).map(Vec::len),
            Some(2)
        );
    }

    #[test]
    fn an_export_imports_back_unchanged() {
        let records = sample_records();
        let imported = import_file(&export_file(&records, 5)).unwrap();
        assert_eq!(imported.records, records);
        assert_eq!(imported.skipped, vec![]);
        assert_eq!(imported.migrated_from, None);
    }

    #[test]
    fn a_v1_export_and_a_stored_history_can_be_imported() {
        let v1_export = V1_STORE.replacen(
            "\"schema\": 1,",
            "\"kind\": \"export\", \"schema\": 1, \"exported_at\": 1713139200000,",
            1,
        );
        let imported = import_file(&v1_export).unwrap();
        assert_eq!(imported.records, sample_records());
        assert_eq!(imported.migrated_from, Some(1));
        assert_eq!(import_file(V1_STORE).unwrap().records, sample_records());
        assert_eq!(
            import_file(&encode_store(&sample_records()))
                .unwrap()
                .records,
            sample_records()
        );
    }

    #[test]
    fn a_file_from_a_newer_app_is_refused_with_a_clear_message() {
        let raw = r#"{"app":"glute-check","kind":"export","schema":4,"records":[]}"#;
        let error = import_file(raw).unwrap_err();
        assert_eq!(error, ImportError::NewerVersion(4));
        assert_eq!(error.message(), text::IMPORT_NEWER);
        assert!(error.message().contains("newer version of Glute Check"));
    }

    #[test]
    fn import_refuses_what_is_not_ours() {
        assert!(matches!(
            import_file("%PDF-1.4"),
            Err(ImportError::NotJson(_))
        ));
        assert_eq!(
            import_file(r#"{"name":"my notes"}"#),
            Err(ImportError::NotOurs)
        );
        assert_eq!(
            import_file(r#"{"app":"glute-check","kind":"plan-link","schema":2,"records":[]}"#),
            Err(ImportError::WrongShape(text::SHAPE_NOT_AN_EXPORT.into()))
        );
        assert_eq!(
            import_file(r#"{"app":"glute-check","kind":"export","schema":2}"#)
                .unwrap_err()
                .message(),
            text::import_wrong_shape(text::SHAPE_NO_RECORDS)
        );
        assert_eq!(ImportError::NotOurs.message(), text::IMPORT_NOT_OURS);
        assert_eq!(
            import_file("").unwrap_err().message(),
            text::IMPORT_NOT_JSON
        );
    }

    #[test]
    fn import_keeps_the_readable_records_and_lists_the_others() {
        let good = record_to_json(&sample_records()[0]);
        let raw = format!(
            r#"{{"app":"glute-check","kind":"export","schema":2,"exported_at":1,"records":[{},{{"id":"x"}}]}}"#,
            write(&good)
        );
        let imported = import_file(&raw).unwrap();
        assert_eq!(imported.records, vec![sample_records()[0].clone()]);
        assert_eq!(imported.skipped.len(), 1);
        assert_eq!(imported.skipped[0].position, 1);
    }

    #[test]
    fn the_export_file_is_named_by_its_day() {
        assert_eq!(
            export_file_name(APRIL_15_2024_MS + 5_000),
            "glute-check-history-2024-04-15.json"
        );
        assert_eq!(
            backup_file_name(APRIL_15_2024_MS),
            "glute-check-unreadable-copy-2024-04-15.json"
        );
    }

    // --- Merging ---

    #[test]
    fn merge_adds_new_records_and_counts_duplicates() {
        let records = sample_records();
        let outcome = merge(&records[..1], records.clone());
        assert_eq!(outcome.records, records);
        assert_eq!((outcome.added, outcome.duplicates), (1, 1));
        assert_eq!(outcome.message(), text::merge_result(1, 1));
    }

    #[test]
    fn merge_sorts_by_time_and_keeps_the_saved_copy() {
        let records = sample_records();
        let mut changed = records[0].clone();
        changed.phase = PhaseNumber::Three;
        let outcome = merge(&[records[1].clone(), records[0].clone()], vec![changed]);
        assert_eq!(outcome.records, records);
        assert_eq!((outcome.added, outcome.duplicates), (0, 1));
    }

    #[test]
    fn merge_counts_repeats_within_the_incoming_records() {
        let records = sample_records();
        let outcome = merge(&[], vec![records[0].clone(), records[0].clone()]);
        assert_eq!(outcome.records.len(), 1);
        assert_eq!((outcome.added, outcome.duplicates), (1, 1));
    }

    // --- Calendar days ---

    #[test]
    fn dates_are_real_calendar_days_from_1970() {
        assert_eq!(parse_date("1970-01-01"), Some(0));
        assert_eq!(parse_date("2024-03-04"), Some(MARCH_4_2024_MS));
        assert_eq!(parse_date("2024-02-29"), Some(1_709_164_800_000));
        assert_eq!(
            parse_date("2000-02-29").map(date_text),
            Some("2000-02-29".into())
        );
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-13-01",
            "2024-00-10",
            "2024-04-31",
            "2024-04-00",
            "1969-12-31",
            "2024-3-4",
            "2024/03/04",
            "24-03-04",
            "2024-03-04T00:00",
            "２０２４-03-04",
            "",
        ] {
            assert_eq!(parse_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn date_text_is_the_utc_day() {
        assert_eq!(date_text(0), "1970-01-01");
        assert_eq!(date_text(MARCH_4_2024_MS - 1), "2024-03-03");
        assert_eq!(date_text(MARCH_4_2024_MS), "2024-03-04");
        assert!(date_text(u64::MAX).len() >= 10);
    }
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod properties {
    use super::tests::{
        answers_from_json, answers_to_json, decode_newer_store, decode_store, encode_store,
        export_file, import_file,
    };
    use super::*;
    use crate::core::document::native_json::{from_json_text, to_json_text};
    use crate::core::document::MAX_SAFE_INTEGER;
    use crate::core::draft::strategy::arb_answers;
    use proptest::prelude::*;

    /// Times from 1970 to far beyond today, clustered so some share a millisecond.
    fn arb_time() -> impl Strategy<Value = u64> {
        prop_oneof![
            0..=MAX_SAFE_INTEGER,
            1_700_000_000_000u64..1_700_000_000_004
        ]
    }

    fn arb_record() -> impl Strategy<Value = AssessmentRecord> {
        (
            arb_answers(),
            arb_time(),
            proptest::option::of(arb_answers()),
        )
            .prop_map(|(answers, t, first)| AssessmentRecord::new(answers, t, first.as_ref()))
    }

    fn arb_records() -> impl Strategy<Value = Vec<AssessmentRecord>> {
        proptest::collection::vec(arb_record(), 0..5)
    }

    fn ids(records: &[AssessmentRecord]) -> std::collections::BTreeSet<String> {
        records.iter().map(|r| r.id.clone()).collect()
    }

    proptest! {
        /// The insertion sort orders exactly as std's stable sort: equal keys keep their order.
        #[test]
        fn insertion_sort_matches_the_stable_sort(
            mut items in proptest::collection::vec((0u8..4, any::<u16>()), 0..40),
        ) {
            let mut expected = items.clone();
            expected.sort_by_key(|&(key, _)| key);
            insertion_sort_by(&mut items, |a, b| a.0 < b.0);
            prop_assert_eq!(items, expected);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]

        #[test]
        fn stored_history_reads_back_unchanged(records in arb_records()) {
            let loaded = decode_store(&encode_store(&records));
            prop_assert_eq!(loaded, Ok(Loaded { records, migrated_from: None, skipped: vec![] }));
        }

        #[test]
        fn an_export_imports_back_unchanged(records in arb_records(), t in arb_time()) {
            let imported = import_file(&export_file(&records, t)).map(|l| (l.records, l.skipped));
            prop_assert_eq!(imported, Ok((records, vec![])));
        }

        #[test]
        fn stored_answers_read_back_unchanged(answers in arb_answers()) {
            let stored = answers_to_json(&answers);
            prop_assert_eq!(answers_from_json(Some(&stored)), Ok(answers.clone()));
            // And through text, as they are really kept.
            let text = to_json_text(&stored).unwrap();
            let reparsed = from_json_text::<StoredAnswers>(&text).ok();
            prop_assert_eq!(answers_from_stored(reparsed.as_ref()), Ok(answers));
        }

        #[test]
        fn merging_the_same_records_again_adds_nothing(
            saved in arb_records(),
            incoming in arb_records(),
        ) {
            let once = merge(&saved, incoming.clone());
            let twice = merge(&once.records, incoming.clone());
            prop_assert_eq!(twice.added, 0);
            prop_assert_eq!(twice.duplicates, incoming.len());
            prop_assert_eq!(&twice.records, &once.records);
        }

        #[test]
        fn merging_never_loses_or_duplicates_a_record(a in arb_records(), b in arb_records()) {
            let outcome = merge(&a, b.clone());
            let merged = ids(&outcome.records);
            prop_assert_eq!(merged.len(), outcome.records.len());
            prop_assert!(ids(&a).is_subset(&merged));
            prop_assert!(ids(&b).is_subset(&merged));
            prop_assert_eq!(outcome.added + outcome.duplicates, b.len());
            prop_assert!(outcome
                .records
                .windows(2)
                .all(|w| (w[0].taken_at_ms, &w[0].id) < (w[1].taken_at_ms, &w[1].id)));
        }

        #[test]
        fn merging_is_commutative_in_content(a in arb_records(), b in arb_records()) {
            let ab = merge(&[], a.iter().chain(&b).cloned().collect());
            let ba = merge(&[], b.iter().chain(&a).cloned().collect());
            prop_assert_eq!(ids(&ab.records), ids(&ba.records));
            let ab = merge(&a, b.clone());
            let ba = merge(&b, a.clone());
            prop_assert_eq!(ids(&ab.records), ids(&ba.records));
        }

        #[test]
        fn any_text_is_read_or_refused_without_panicking(raw in any::<String>()) {
            let _ = decode_store(&raw);
            let _ = import_file(&raw);
            let _ = decode_newer_store(&raw);
        }

        #[test]
        fn damaged_history_is_read_or_refused_without_panicking(
            records in proptest::collection::vec(arb_record(), 1..3),
            cut in any::<prop::sample::Index>(),
            replace in any::<prop::sample::Index>(),
            with in any::<char>(),
        ) {
            let raw = encode_store(&records);
            let mut chars: Vec<char> = raw.chars().collect();
            let at = replace.index(chars.len());
            chars[at] = with;
            let damaged: String = chars.iter().collect();
            let _ = decode_store(&damaged);
            let _ = import_file(&damaged);
            let truncated: String = raw.chars().take(cut.index(raw.len())).collect();
            prop_assert!(decode_store(&truncated).is_err() || truncated == raw);
        }

        #[test]
        fn every_day_reads_back_as_itself(days in 0u64..2_932_897) {
            let ms = days * MS_PER_DAY;
            prop_assert_eq!(parse_date(&date_text(ms)), Some(ms));
        }
    }
}
