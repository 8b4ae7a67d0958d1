//! Words of the summary for a clinician (`core::summary`): plain enough for the person who
//! hands it over, short enough to fit two printed pages.

use crate::core::content::questions::{LEFT_SIDE, RIGHT_SIDE};
use crate::core::progress::PainChange;
use crate::core::severity::{Chronicity, SeverityLevel, Side};
use crate::core::summary::{AnswerValue, LoggedAdherence, NormVerdict, SelfTest};
use crate::core::triage::Triage;

pub const TITLE: &str = "Summary for your physiotherapist or doctor";
/// The link to this page from the results, the plan and the history.
pub const OPEN_LINK: &str = "Summary for your physio or doctor";

pub fn made_on(date: &str) -> String {
    format!(
        "Made with Glute Check on {date}, from the person's own answers and self-tests at home. \
         It is not a diagnosis: it is meant to help a professional ask the right questions."
    )
}

pub const PRINT: &str = "Print this summary";
pub const PRINT_HINT: &str = "It fits on one or two pages. Your browser's print menu can also \
save it as a PDF.";
pub const BACK_TO_PLAN: &str = "Back to my plan";

pub const ANSWERS_HEADING: &str = "Answers";
pub const QUESTION_COLUMN: &str = "Question";
pub const ANSWER_COLUMN: &str = "Answer";

pub fn answer_value_text(value: &AnswerValue) -> String {
    match value {
        AnswerValue::Options(labels) => labels.join("; "),
        AnswerValue::Number { text, unit: "" } => text.clone(),
        AnswerValue::Number { text, unit } => format!("{text} {unit}"),
        AnswerValue::Scale(n) => format!("{n} of 10"),
        AnswerValue::Sides { left, right } => {
            format!("{LEFT_SIDE} {left} s, {RIGHT_SIDE} {right} s")
        }
    }
}

pub const RED_FLAGS_HEADING: &str = "Red-flag screen";

pub fn red_flag_outcome(outcome: &Triage) -> &'static str {
    match outcome {
        Triage::Clear => {
            "Outcome: clear. No sign that needs a doctor before exercise was reported."
        }
        Triage::SeeDoctorSoon { .. } => {
            "Outcome: see a doctor within the week before starting the exercises."
        }
        Triage::Urgent { .. } => "Outcome: urgent. The person was told to get medical help now.",
    }
}

pub const FLAGS_ASKED: &str = "Asked about:";
pub const FLAGS_ANSWERED_YES: &str = "Answered yes:";
pub const FLAGS_NONE_YES: &str = "Answered yes: none.";
pub const FLAGS_ANSWERED_UNSURE: &str = "Answered not sure (treated as present):";
pub const SOON_REASONS: &str = "Reasons to see a doctor first:";

pub const SELF_TESTS_HEADING: &str = "Self-tests against age norms";
pub const TEST_COLUMN: &str = "Test";
pub const SIDE_COLUMN: &str = "Side";
pub const HELD_COLUMN: &str = "Held";
pub const NORM_COLUMN: &str = "Usual for the age band";
pub const VERDICT_COLUMN: &str = "Compared with usual";
pub const SELF_TESTS_NOTE: &str = "Holds were timed by the person, up to 60 s. Bridge norms \
above age 40 are our own estimate; the stance norms are published means.";

pub fn self_test_name(test: SelfTest) -> &'static str {
    match test {
        SelfTest::Bridge => "One-leg bridge hold",
        SelfTest::Stance => "One-leg stand, eyes open",
    }
}

pub fn side_text(side: Side) -> &'static str {
    match side {
        Side::Left => "Left",
        Side::Right => "Right",
    }
}

pub fn seconds(n: u16) -> String {
    format!("{n} s")
}

pub fn verdict_text(verdict: NormVerdict) -> &'static str {
    match verdict {
        NormVerdict::AtOrAbove => "At or above",
        NormVerdict::Below => "Below",
        NormVerdict::WellBelow => "Well below (under half)",
    }
}

pub const ESTIMATE_HEADING: &str = "Recovery estimate and what moved it";

pub fn severity_line(level: SeverityLevel, chronicity: Chronicity) -> String {
    let level = match level {
        SeverityLevel::Mild => "mild",
        SeverityLevel::Moderate => "moderate",
        SeverityLevel::Severe => "marked",
    };
    let since = match chronicity {
        Chronicity::Recent => "for weeks",
        Chronicity::Persistent => "for months",
        Chronicity::Chronic => "for years",
    };
    format!("Signs overall: {level}, present {since}.")
}

pub const FINDINGS_LABEL: &str = "What counted:";
pub const NO_FINDINGS: &str = "No sign counted toward severity.";
pub const FIRST_CHANGE_LABEL: &str = "First noticeable change:";
pub const FULL_LABEL: &str = "All three phases done:";
pub const FACTOR_COLUMN: &str = "Factor";
pub const WEEKS_COLUMN: &str = "Weeks added to full recovery";
pub const WHY_COLUMN: &str = "Why";

pub fn model_line(version: u16) -> String {
    format!("Estimate model version {version}; ranges, not promises.")
}

pub const PHASE_HEADING: &str = "Plan phase and the checks for the next one";
pub const CHECK_COLUMN: &str = "Check";
pub const STATUS_COLUMN: &str = "Status";
pub const VALUE_COLUMN: &str = "Now";

pub fn planned_days(days: u8) -> String {
    match days {
        1 => "Routine planned: 1 day a week.".to_owned(),
        n => format!("Routine planned: {n} days a week."),
    }
}

pub const TREND_HEADING: &str = "Saved checks over time";
pub const TREND_EMPTY: &str = "No checks are saved on this device yet, so there is no trend.";

pub fn trend_intro(shown: usize, total: usize) -> String {
    match (shown, total) {
        (1, 1) => "1 check saved on this device.".to_owned(),
        (s, t) if s == t => format!("{t} checks saved on this device."),
        (s, t) => format!("The newest {s} of {t} checks saved on this device."),
    }
}

pub const DATE_COLUMN: &str = "Date";
pub const PAIN_COLUMN: &str = "Worst pain (0-10)";
pub const BRIDGE_COLUMN: &str = "Bridge L / R";
pub const STANCE_COLUMN: &str = "Stand L / R";
pub const PLAN_PHASE_COLUMN: &str = "Phase";
pub const FULL_COLUMN: &str = "Full recovery estimate";

pub fn sides_seconds(left: u16, right: u16) -> String {
    format!("{left} / {right} s")
}

pub fn pain_trend(first: u8, latest: u8, change: PainChange) -> String {
    let said = match change {
        PainChange::Better => "a real improvement",
        PainChange::Worse => "a real worsening",
        PainChange::NoRealChange => "within day-to-day variation",
    };
    format!("Worst pain from the first to the latest check: {first} to {latest}, {said}.")
}

pub const ADHERENCE_HEADING: &str = "Exercise sessions logged";

pub fn adherence_text(adherence: LoggedAdherence) -> String {
    match adherence {
        LoggedAdherence::NothingLogged => "No sessions are logged on this device yet. The \
routine days above are what the person plans, not what was done."
            .to_owned(),
        LoggedAdherence::Logged(a) => format!(
            "Logged with the app's guided sessions: the routine was done on {} of the last {} \
days (about {} days a week). The routine days above are what the person planned.",
            a.days_done,
            a.window_days,
            a.days_per_week()
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_read_as_given() {
        assert_eq!(
            answer_value_text(&AnswerValue::Options(vec!["a", "b"])),
            "a; b"
        );
        assert_eq!(
            answer_value_text(&AnswerValue::Number {
                text: "7.5".into(),
                unit: "hours"
            }),
            "7.5 hours"
        );
        assert_eq!(answer_value_text(&AnswerValue::Scale(3)), "3 of 10");
        assert_eq!(
            answer_value_text(&AnswerValue::Sides {
                left: 20,
                right: 31
            }),
            "left 20 s, right 31 s"
        );
    }

    #[test]
    fn the_summary_says_it_is_no_diagnosis_and_that_nothing_is_logged() {
        assert!(made_on("2026-12-02").contains("not a diagnosis"));
        assert!(adherence_text(LoggedAdherence::NothingLogged)
            .starts_with("No sessions are logged on this device yet"));
    }
}
