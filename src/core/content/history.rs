//! Wording of saved history: what we say when saved data or an imported file cannot be used,
//! why a single assessment was set aside, the result of an import, and the progress headline
//! built from two assessments. The rules behind them live in `core::record` and
//! `core::progress`.

use crate::core::content::questions::question_text;
use crate::core::plan::PhaseNumber;
use crate::core::progress::PainChange;
use crate::core::questionnaire::QuestionId;
use crate::core::record::{RecordField, RecordProblem};

// Saved history (the browser's own storage).

/// The saved history is not ours to read at all: we start fresh and keep the old text.
pub const STORE_UNREADABLE: &str = "Your saved history could not be read. We kept a copy of it \
and started fresh; you can download the copy.";

/// Saved by a newer version of the app: shown, never overwritten.
pub const STORE_NEWER: &str = "Your saved history was made by a newer version of Glute Check. \
You can look at it here, but nothing new will be saved, so the newer version keeps all of it. \
Reload the page to get the newer version.";

/// Saved in an older format and brought up to date.
pub const STORE_MIGRATED: &str = "Your saved history was updated to the current format. Nothing \
in it was changed.";

pub fn store_skipped(count: usize) -> String {
    if count == 1 {
        "One saved assessment could not be read, so it is not shown. We kept a copy of it; you \
can download the copy."
            .to_string()
    } else {
        format!(
            "{count} saved assessments could not be read, so they are not shown. We kept a copy \
of them; you can download the copy."
        )
    }
}

// Importing a file.

pub const IMPORT_NOT_JSON: &str = "This file could not be read. Please pick a file exported \
from Glute Check; its name ends in .json. Nothing was added.";

pub const IMPORT_NOT_OURS: &str = "This file was not made by Glute Check, so nothing was added. \
Please pick a file exported from Glute Check.";

pub const IMPORT_NEWER: &str = "This file was made by a newer version of Glute Check, so this \
version cannot read it safely. Reload the page to get the newer version, then try again. \
Nothing was added.";

pub fn import_wrong_shape(what: &str) -> String {
    format!("This file could not be used: {what}. Nothing was added.")
}

pub fn import_skipped(count: usize) -> String {
    if count == 1 {
        "One assessment in the file could not be read and was left out.".to_string()
    } else {
        format!("{count} assessments in the file could not be read and were left out.")
    }
}

/// After a successful import.
pub fn merge_result(added: usize, duplicates: usize) -> String {
    let added_text = match added {
        0 => "No new assessments were added".to_string(),
        1 => "Added 1 assessment".to_string(),
        n => format!("Added {n} assessments"),
    };
    match duplicates {
        0 => format!("{added_text}."),
        1 => format!("{added_text}; 1 was already in your history."),
        n => format!("{added_text}; {n} were already in your history."),
    }
}

/// The downloaded export, named by the day it was made ("2024-03-05").
pub fn export_file_name(date: &str) -> String {
    format!("glute-check-history-{date}.json")
}

/// The downloaded copy of history that could not be read.
pub fn backup_file_name(date: &str) -> String {
    format!("glute-check-unreadable-copy-{date}.json")
}

// What is wrong with a whole document (completes "could not be used: ...").

pub const SHAPE_NOT_AN_OBJECT: &str = "it does not contain a Glute Check history";
pub const SHAPE_OTHER_APP: &str = "it belongs to another app";
pub const SHAPE_NOT_AN_EXPORT: &str = "it is not an exported history";
pub const SHAPE_NO_VERSION: &str = "it does not say which format it uses";
pub const SHAPE_NO_RECORDS: &str = "it has no list of assessments";

pub fn shape_unknown_version(version: &str) -> String {
    format!("its format ({version}) is not one Glute Check has ever used")
}

// Why one assessment was set aside.

/// "Assessment 3: its date is missing or unreadable."
pub fn skipped_reason(position: usize, problem: &RecordProblem) -> String {
    format!("Assessment {}: {}", position + 1, record_problem(problem))
}

pub fn record_problem(problem: &RecordProblem) -> String {
    match problem {
        RecordProblem::NotAnObject => "it is not an assessment.".to_string(),
        RecordProblem::Missing(field) => {
            format!("{} is missing or unreadable.", record_field(*field))
        }
        RecordProblem::BadDate(text) => format!("its date \"{text}\" is not a real date."),
        RecordProblem::Answers(questions) => {
            let prompts: Vec<String> = questions
                .iter()
                .map(|q| format!("\"{}\"", question_prompt(*q)))
                .collect();
            format!(
                "its answers to these questions could not be used: {}.",
                prompts.join(", ")
            )
        }
    }
}

fn question_prompt(question: QuestionId) -> &'static str {
    question_text(question).prompt
}

pub fn record_field(field: RecordField) -> &'static str {
    match field {
        RecordField::Id => "its name tag",
        RecordField::Date => "its date",
        RecordField::Answers => "its answers",
        RecordField::ModelVersion => "the version of the estimate it used",
        RecordField::Estimate => "its estimate",
        RecordField::Phase => "its plan phase",
    }
}

// Progress between the first and the latest assessment.

pub const PROGRESS_HEADING: &str = "Your progress";

/// Said under a pain chart's shaded band.
pub fn noise_band_note(points: u8, percent: u8) -> String {
    format!(
        "The shaded band shows changes too small to count: pain naturally moves around from day \
to day. A change of {points} points or {percent}% is a real one."
    )
}

pub fn pain_line(first: u8, latest: u8, change: PainChange) -> String {
    let verdict = match change {
        PainChange::Better => "a real improvement",
        PainChange::Worse => "a real increase; if it keeps rising, ease off and see a clinician",
        PainChange::NoRealChange => "no real change yet",
    };
    format!("Worst pain: {first} out of 10 at your first check, {latest} now: {verdict}.")
}

pub fn phase_line(then: PhaseNumber, now: PhaseNumber) -> String {
    let (then, now) = (then.number(), now.number());
    if then == now {
        format!("You are still in phase {now}, as at your first check.")
    } else {
        format!("You started in phase {then} and are now in phase {now}.")
    }
}

pub const ONE_CHECK_ONLY: &str = "Take the check again in a few weeks to see how you are doing \
compared with today.";

pub const LAST_PHASE_HEADLINE: &str = "You are in phase 3, the last one: keep going so the \
change sticks.";

/// "Both bridge holds are 35 s or more and no cramp: ready for phase 2".
pub fn ready_headline(facts: &[String], next: PhaseNumber) -> String {
    let n = next.number();
    if facts.is_empty() {
        return format!("Ready for phase {n}");
    }
    format!("{}: ready for phase {n}", capitalise(&join_and(facts)))
}

pub fn not_ready_headline(met: usize, total: usize, next: PhaseNumber) -> String {
    format!(
        "{met} of {total} checks for phase {} met so far: keep going with phase {}",
        next.number(),
        next.number().saturating_sub(1)
    )
}

// Short facts a headline is built from, one per check that is met.

pub const FACT_GLUTES_FELT: &str = "you clearly feel your glutes";

pub fn fact_bridge_hold(weaker_seconds: u16) -> String {
    format!("both bridge holds are {weaker_seconds} s or more")
}

pub fn fact_bridge_sides(gap_seconds: u16) -> String {
    if gap_seconds == 0 {
        "both sides hold equally long".to_string()
    } else {
        format!("your sides are only {gap_seconds} s apart")
    }
}

pub const FACT_NO_COMPENSATION: &str = "no cramp or back taking over";

pub fn fact_stance(weaker_seconds: u16) -> String {
    format!("you stand on each leg for {weaker_seconds} s or more")
}

pub const FACT_PELVIS_LEVEL: &str = "your pelvis stays level";

pub fn fact_pain_low(latest: u8) -> String {
    format!("your worst pain is only {latest} out of 10")
}

pub fn fact_pain_eased(first: u8, latest: u8) -> String {
    format!("your worst pain is down from {first} to {latest}")
}

/// "a, b and c".
fn join_and(parts: &[String]) -> String {
    match parts {
        [] => String::new(),
        [only] => only.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

/// ASCII only: the full Unicode case tables cost about 25 KB of wasm, and this wording starts
/// with an English letter. A translation whose sentences start otherwise should word the
/// headline so that no case change is needed.
fn capitalise(text: &str) -> String {
    let mut text = text.to_owned();
    if let Some(first) = text.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    text
}

// --- History screen ---

pub const TITLE: &str = "Your history";

pub const INTRO: &str = "Every check you finish is kept here, in this browser only. Take the \
check again every few weeks to see how you are getting on.";

// Messages about the saved history, shown at the top until dismissed.

pub const NOTICE_STORAGE_UNAVAILABLE: &str = "Your browser is not letting this page save \
anything, so nothing will be kept after you close this tab. Export your history to keep it.";

/// The stored history could not be read and no copy of it could be kept in the browser.
pub const STORE_UNREADABLE_NOT_KEPT: &str = "Your saved history could not be read, and your \
browser would not let us keep a copy of it. So that it is not lost, nothing new will be saved \
here. Download the unreadable copy to keep it.";

pub const DOWNLOAD_UNREADABLE: &str = "Download the unreadable copy";

pub const DOWNLOAD_UNREADABLE_FAILED: &str = "The download did not start. Please try again, or \
try another browser.";

pub const READ_ONLY_NOTE: &str = "Until then, this page is read-only: you can look at your \
history and export it, but not add, delete or import anything.";

pub const SAVE_FAILED_FULL: &str = "Your browser's storage is full: this assessment is kept in \
this tab only. Export your history to keep it.";

pub const SAVE_FAILED_OTHER: &str = "Your browser did not let us save this change: it is kept in \
this tab only. Export your history to keep it.";

pub const STORED_CHANGED_UNREADABLE: &str = "Your saved history was changed, perhaps in another \
tab, in a way this page cannot read. To keep it safe, this change was not saved: it is kept in \
this tab only. Export your history to keep it, then reload the page.";

pub const DISMISS_NOTICES: &str = "Dismiss these messages";

/// Once the message about unreadable history is dismissed, the copy stays on offer.
pub const UNREADABLE_STILL_AVAILABLE: &str = "The saved history that could not be read can \
still be downloaded.";

// Said for as long as changes do not reach the browser's storage.

pub const MODE_MEMORY_ONLY: &str = "Not saving: your history lives in this tab only and is gone \
when you close it. Use \u{201c}Export my history\u{201d} to keep a copy.";

pub const MODE_READ_ONLY: &str = "Read-only: this history was saved by a newer version of Glute \
Check, so this page will not change it. Reload the page to get the newer version.";

pub const MODE_BLOCKED: &str = "Not saving: so that your saved history is not overwritten \
before a copy of it is kept, changes stay in this tab only. Export your history to keep them.";

// Nothing saved yet.

pub const EMPTY: &str = "You have no saved assessments in this browser yet. When you finish the \
check, it is kept here, so you can come back in a few weeks and see how you are getting on.";

pub const EMPTY_IMPORT_HINT: &str = "Took the check on another device? Export your history \
there and import the file here.";

pub const START: &str = "Start the check";

pub const CHECK_AGAIN: &str = "Take the check again";

// Progress.

/// "3 assessments, from 2024-01-05 to 2024-03-01."
pub fn assessments_span(count: usize, first: &str, latest: &str) -> String {
    if count == 1 {
        format!("One assessment, on {first}.")
    } else {
        format!("{count} assessments, from {first} to {latest}.")
    }
}

/// With a single assessment, instead of a comparison.
pub fn single_phase_line(phase: PhaseNumber) -> String {
    format!("At this check, you are in phase {}.", phase.number())
}

// Charts.

pub const PAIN_CHART_HEADING: &str = "Pain over time";
pub const HOLDS_CHART_HEADING: &str = "Self-test holds over time";
pub const ESTIMATE_CHART_HEADING: &str = "Estimated time to full recovery, at each check";

pub const PAIN_AXIS: &str = "Pain, 0 to 10";
pub const SECONDS_AXIS: &str = "Seconds";
pub const WEEKS_AXIS: &str = "Weeks";
pub const DATE_AXIS: &str = "Date of the check";

/// The four pain areas, in the order of `PainScores`: low back, hip, knee, ankle.
pub const PAIN_AREAS: [&str; 4] = ["Low back", "Hip", "Knee", "Ankle"];

/// The four holds: bridge left and right, standing on one leg left and right.
pub const HOLD_SERIES: [&str; 4] = [
    "Bridge hold, left",
    "Bridge hold, right",
    "One-leg stand, left",
    "One-leg stand, right",
];

/// The legend of the shaded band: the band around the worst pain of the first check.
pub fn noise_band_legend(baseline: u8, low: f32, high: f32) -> String {
    format!(
        "Changes inside the shaded band may be noise: it runs from {} to {}, around the worst \
pain at your first check ({baseline}).",
        decimal(low),
        decimal(high)
    )
}

pub const ESTIMATE_LEGEND_BAR: &str = "Each bar: the range of weeks estimated for full recovery \
on that day.";

pub fn estimate_legend_open(cap_weeks: u16) -> String {
    format!("An arrow at the top: {cap_weeks}+ weeks, no upper limit could be given.")
}

/// "Low back: 6, 5, 3." or, for many values, first, latest and the range.
pub fn series_description(name: &str, values: &[u16], unit: &str) -> String {
    const LIST_UP_TO: usize = 8;
    let with_unit = |v: u16| format!("{v}{unit}");
    match values {
        [] => format!("{name}: none."),
        _ if values.len() <= LIST_UP_TO => {
            let all: Vec<String> = values.iter().map(|v| with_unit(*v)).collect();
            format!("{name}: {}.", all.join(", "))
        }
        [first, .., latest] => {
            let low = values.iter().copied().min().unwrap_or(*first);
            let high = values.iter().copied().max().unwrap_or(*first);
            format!(
                "{name}: {} at first, {} at the latest check, between {} and {} in all.",
                with_unit(*first),
                with_unit(*latest),
                with_unit(low),
                with_unit(high)
            )
        }
        [only] => format!("{name}: {}.", with_unit(*only)),
    }
}

/// " s", after a number of seconds in a chart's description.
pub const SECONDS_UNIT: &str = " s";

/// The estimate chart's description: every range when few, else the first and the latest.
pub fn estimate_description(ranges: &[(String, String)]) -> String {
    const LIST_UP_TO: usize = 8;
    let one = |(date, weeks): &(String, String)| format!("{weeks} on {date}");
    match ranges {
        [] => String::new(),
        _ if ranges.len() <= LIST_UP_TO => {
            let all: Vec<String> = ranges.iter().map(one).collect();
            format!("Estimated time to full recovery: {}.", all.join("; "))
        }
        [first, .., latest] => format!(
            "Estimated time to full recovery: {} at first, {} at the latest check.",
            one(first),
            one(latest)
        ),
        [only] => format!("Estimated time to full recovery: {}.", one(only)),
    }
}

pub fn noise_band_description(baseline: u8, low: f32, high: f32) -> String {
    format!(
        "A shaded band from {} to {} around the worst pain at the first check ({baseline}) \
marks changes too small to count.",
        decimal(low),
        decimal(high)
    )
}

/// 4.2 as "4.2", 4.0 as "4" (rounded to one decimal without Rust's float formatting, which
/// would add kilobytes to the wasm; see `decimal::tenths`).
fn decimal(value: f32) -> String {
    crate::core::decimal::tenths_trimmed(value)
}

// The list of assessments.

pub const LIST_HEADING: &str = "Your assessments";
pub const LIST_INTRO: &str = "Newest first.";

/// "Check 3 of 5".
pub fn check_number(number: usize, total: usize) -> String {
    format!("Check {number} of {total}")
}

pub const PHASE_LABEL: &str = "Plan phase";

pub fn phase_name(phase: PhaseNumber) -> String {
    format!("Phase {}", phase.number())
}

pub const PAIN_LABEL: &str = "Pain (0 to 10)";

/// "Low back 6, hip 3, knee 0, ankle 0".
pub fn pain_scores_text(scores: [u8; 4]) -> String {
    let parts: Vec<String> = PAIN_AREAS
        .iter()
        .zip(scores)
        .enumerate()
        .map(|(i, (area, score))| {
            let area = if i == 0 {
                (*area).to_string()
            } else {
                // ASCII, for the same reason as `capitalise`.
                area.to_ascii_lowercase()
            };
            format!("{area} {score}")
        })
        .collect();
    parts.join(", ")
}

pub const BRIDGE_LABEL: &str = "Bridge hold";
pub const STANCE_LABEL: &str = "One-leg stand";

/// "left 12 s, right 20 s".
pub fn sides_text(left: u16, right: u16) -> String {
    format!("left {left} s, right {right} s")
}

pub const FIRST_CHANGE_LABEL: &str = "First change likely in";
pub const FULL_RECOVERY_LABEL: &str = "Full recovery likely in";

pub const DELETE: &str = "Delete";

/// The accessible name of one entry's delete button: says which entry.
pub fn delete_label(number: usize, date: &str) -> String {
    format!("Delete check {number}, from {date}")
}

pub fn deleted(date: &str) -> String {
    format!("Deleted the assessment from {date}.")
}

pub const UNDO: &str = "Undo";

pub fn restored(date: &str) -> String {
    format!("Put back the assessment from {date}.")
}

/// "Show 20 more (45 not shown yet)".
pub fn show_more(next: usize, hidden: usize) -> String {
    format!("Show {next} more ({hidden} not shown yet)")
}

// Export and import.

pub const KEEP_HEADING: &str = "Keep a copy or move your history";

pub const KEEP_INTRO: &str = "Your history is kept in this browser only. Export it to keep a \
copy, or to move it to another device or browser and import it there.";

pub const EXPORT: &str = "Export my history";

pub fn export_done(file_name: &str, count: usize) -> String {
    let what = if count == 1 {
        "your assessment".to_string()
    } else {
        format!("your {count} assessments")
    };
    format!("Downloaded {file_name} with {what}. Keep it somewhere safe.")
}

pub const EXPORT_FAILED: &str = "The download did not start. Please try again, or try another \
browser.";

pub const IMPORT_LABEL: &str = "Import a file";

pub const IMPORT_HINT: &str = "Pick a file exported from Glute Check (its name ends in .json). \
What is already here is kept, and an assessment already here is never added twice.";

pub const IMPORT_READ_FAILED: &str = "This file could not be opened. Please try again, or pick \
another file. Nothing was added.";

pub const IMPORT_MIGRATED: &str = "The file was in an older format and was brought up to date. \
Nothing in it was changed.";

// Deleting everything.

pub const DELETE_ALL_HEADING: &str = "Delete your history";

pub const DELETE_ALL: &str = "Delete everything";

/// `count` saved checks and `sessions` logged exercise sessions (the history screen says the
/// sessions go too when there are both).
pub fn delete_all_question(count: usize, sessions: usize) -> String {
    match (count, sessions) {
        (0, 1) => "Delete your one logged exercise session from this browser? This cannot be \
undone."
            .to_string(),
        (0, n) => {
            format!(
                "Delete all {n} logged exercise sessions from this browser? This cannot be undone."
            )
        }
        (1, _) => {
            "Delete your one assessment from this browser? This cannot be undone.".to_string()
        }
        (n, _) => {
            format!("Delete all {n} assessments from this browser? This cannot be undone.")
        }
    }
}

pub const DELETE_ALL_EXPORT_FIRST: &str = "To keep a copy, export your history first.";

pub const DELETE_ALL_YES: &str = "Yes, delete everything";

pub const DELETE_ALL_CANCEL: &str = "Cancel";

pub const DELETED_ALL: &str = "Your history was deleted from this browser.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headline_joins_facts_in_plain_english() {
        let facts = vec![fact_bridge_hold(35), FACT_NO_COMPENSATION.to_string()];
        assert_eq!(
            ready_headline(&facts, PhaseNumber::Two),
            "Both bridge holds are 35 s or more and no cramp or back taking over: ready for phase 2"
        );
        let three = vec!["a".to_string(), "b".to_string(), "c".to_string()];
        assert_eq!(
            ready_headline(&three, PhaseNumber::Three),
            "A, b and c: ready for phase 3"
        );
        assert_eq!(ready_headline(&[], PhaseNumber::Two), "Ready for phase 2");
    }

    #[test]
    fn counts_are_said_in_the_singular_when_one() {
        assert!(store_skipped(1).starts_with("One saved assessment"));
        assert!(store_skipped(3).starts_with("3 saved assessments"));
        assert_eq!(
            merge_result(1, 1),
            "Added 1 assessment; 1 was already in your history."
        );
        assert_eq!(merge_result(2, 0), "Added 2 assessments.");
        assert_eq!(
            merge_result(0, 4),
            "No new assessments were added; 4 were already in your history."
        );
    }

    #[test]
    fn chart_descriptions_list_few_values_and_summarise_many() {
        assert_eq!(series_description("Hip", &[6, 5, 3], ""), "Hip: 6, 5, 3.");
        assert_eq!(series_description("Hip", &[4], " s"), "Hip: 4 s.");
        let many: Vec<u16> = (0..20).map(|i| 20 - i).collect();
        assert_eq!(
            series_description("Bridge hold, left", &many, " s"),
            "Bridge hold, left: 20 s at first, 1 s at the latest check, between 1 s and 20 s in all."
        );
        let ranges = vec![
            ("2024-01-01".to_string(), "12-20 weeks".to_string()),
            ("2024-02-01".to_string(), "8-14 weeks".to_string()),
        ];
        assert_eq!(
            estimate_description(&ranges),
            "Estimated time to full recovery: 12-20 weeks on 2024-01-01; 8-14 weeks on 2024-02-01."
        );
        assert_eq!(estimate_description(&[]), "");
    }

    #[test]
    fn the_band_is_said_with_its_edges_without_needless_decimals() {
        assert!(noise_band_legend(6, 4.2, 7.8).contains("from 4.2 to 7.8"));
        assert!(noise_band_legend(10, 8.0, 12.0).contains("from 8 to 12"));
        assert!(noise_band_description(0, -2.0, 2.0).contains("from -2 to 2"));
    }

    #[test]
    fn an_entry_reads_naturally() {
        assert_eq!(
            pain_scores_text([6, 3, 0, 10]),
            "Low back 6, hip 3, knee 0, ankle 10"
        );
        assert_eq!(sides_text(12, 20), "left 12 s, right 20 s");
        assert_eq!(
            delete_label(3, "2024-04-15"),
            "Delete check 3, from 2024-04-15"
        );
        assert!(delete_all_question(1, 0).starts_with("Delete your one assessment"));
        assert!(delete_all_question(12, 3).starts_with("Delete all 12 assessments"));
        assert!(delete_all_question(0, 1).starts_with("Delete your one logged exercise session"));
        assert!(delete_all_question(0, 4).starts_with("Delete all 4 logged exercise sessions"));
        assert_eq!(
            assessments_span(2, "2024-01-01", "2024-02-01"),
            "2 assessments, from 2024-01-01 to 2024-02-01."
        );
    }

    #[test]
    fn skipped_reason_names_the_assessment_and_the_question() {
        let reason = skipped_reason(
            2,
            &RecordProblem::Answers(vec![QuestionId::AgeBand, QuestionId::Onset]),
        );
        assert!(reason.starts_with("Assessment 3: its answers"), "{reason}");
        assert!(reason.contains(question_text(QuestionId::AgeBand).prompt));
        assert!(reason.contains(question_text(QuestionId::Onset).prompt));
        assert_eq!(
            skipped_reason(0, &RecordProblem::Missing(RecordField::Date)),
            "Assessment 1: its date is missing or unreadable."
        );
    }
}
