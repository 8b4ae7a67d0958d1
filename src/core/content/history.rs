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

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

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
