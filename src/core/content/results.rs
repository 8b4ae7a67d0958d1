//! Wording of the results screen: the two ranges, the timeline picture's text alternative, the
//! explanation and the what-if controls.

use crate::core::estimate::{Factor, RecoveryEstimate, WeekRange};
use crate::core::explanation::{Cause, EvidenceLimit, Explanation};

use super::factors::{describe_weeks, factor_name};

pub const TITLE: &str = "Your results";
pub const RANGE_NOT_PROMISE: &str = "These are ranges, not promises. People respond very \
     differently to the same exercises, so your own pace may be quicker or slower.";
pub const FIRST_CHANGE_LABEL: &str = "First noticeable change";
pub const FIRST_CHANGE_HINT: &str = "a little more strength, and less pain in your back, hips \
     or knees";
pub const FULL_LABEL: &str = "Full recovery";
pub const FULL_HINT: &str = "all three phases done, with your glutes working on their own in \
     everyday movement";

/// The first row of the timeline picture; short to fit a phone.
pub const CHART_FIRST_CHANGE: &str = "First change";
pub const TIMELINE_HEADING: &str = "Your timeline";
pub const PHASE_NAMES: [&str; 3] = ["Activation", "Strength", "Everyday use"];
pub const AXIS_LABEL: &str = "weeks from today";
pub const LEGEND_LIKELY: &str = "likely";
pub const LEGEND_MAYBE: &str = "may take this long";

pub const WHY_HEADING: &str = "Why this range";
pub fn why_intro(estimate: &RecoveryEstimate) -> String {
    let (fl, fh) = estimate.baseline.first_change;
    let (gl, gh) = estimate.baseline.full_integration;
    format!(
        "Every estimate starts from the quickest case the evidence supports: a first change in \
         {fl}-{fh} weeks and full recovery in {gl}-{gh} weeks (source 1). Each item below shows how many \
         weeks your answers added to full recovery, largest first, and why."
    )
}
pub const NO_CHANGE: &str = "no change";

/// "+2 to +4 weeks" for one cause's effect on full recovery.
pub fn contribution_text(low: i16, high: i16) -> String {
    let signed = |w: i16| {
        if w > 0 {
            format!("+{w}")
        } else {
            w.to_string()
        }
    };
    let unit = |w: i16| if w.abs() == 1 { "week" } else { "weeks" };
    match (low, high) {
        (0, 0) => NO_CHANGE.to_owned(),
        (0, h) if h > 0 => format!("up to {} {}", signed(h), unit(h)),
        (l, h) if l == h => format!("{} {}", signed(l), unit(l)),
        (l, h) => format!("{} to {} {}", signed(l), signed(h), unit(h)),
    }
}

/// The first-change effect, said only when there is one: a second "no change" beside a
/// factor that added to full recovery would read as a contradiction.
pub fn first_change_note(low: i16, high: i16) -> Option<String> {
    ((low, high) != (0, 0)).then(|| format!("First change: {}.", contribution_text(low, high)))
}

/// The row heading of one cause.
pub fn cause_name(cause: Cause) -> &'static str {
    match cause {
        Cause::One(factor) => factor_name(factor),
        Cause::SittingAndBreaks => "Sitting, and breaks from it",
    }
}

/// A cause inside a sentence ("Most of ... comes from {phrase}").
fn cause_phrase(cause: Cause) -> &'static str {
    match cause {
        Cause::One(Factor::Adherence) => "how many days a week you do the routine",
        Cause::One(Factor::SittingTime) => "how long you sit each day",
        Cause::One(Factor::Breaks) => "how rarely you get up from sitting",
        Cause::SittingAndBreaks => "long sitting with few breaks",
        Cause::One(Factor::Severity) => "how marked your signs are",
        Cause::One(Factor::Chronicity) => "how long you have had it",
        Cause::One(Factor::Trend) => "it getting worse lately",
        Cause::One(Factor::ComplicatingCondition) => "the disc or nerve problem",
        Cause::One(Factor::EvidenceBounds) => "the limits of the evidence",
    }
}

/// The sentence above the list: what matters most for this person.
pub fn leading_sentence(explanation: &Explanation) -> String {
    match explanation.leading_causes() {
        [one] => format!(
            "Most of the extra time in your range comes from {}.",
            cause_phrase(one.cause)
        ),
        [one, two, ..] => format!(
            "Most of the extra time in your range comes from {} and {}.",
            cause_phrase(one.cause),
            cause_phrase(two.cause)
        ),
        [] => "Your answers add no time to the starting point: this is the quickest range the \
               evidence supports."
            .to_owned(),
    }
}

pub const LIMITS_HEADING: &str = "Where the evidence stops";
pub fn limit_text(limit: EvidenceLimit) -> &'static str {
    match limit {
        EvidenceLimit::CutAtCap => {
            "Added up, the weeks above go past six months. Studies do not follow people for \
             longer than that, so we cannot say how much longer it may take: the range ends at \
             \"26+ weeks\", meaning six months or more."
        }
        EvidenceLimit::RaisedToFloor => {
            "Added up, the weeks above would come to less than the quickest recovery the \
             evidence supports, so the range starts at that quickest time instead."
        }
    }
}

pub const SOURCES_HEADING: &str = "Sources";
/// The reference under one cause to the numbered list of sources.
pub fn source_reference(number: usize) -> String {
    format!("Source {number}")
}

/// The note on "Why this range" while a what-if change is active.
pub const WHY_WITH_CHANGES: &str = "This explains the range with the changes you made above.";

pub const WHAT_IF_HEADING: &str = "What if you changed something?";
pub const WHAT_IF_INTRO: &str = "How often you do the routine and how much you sit matter most. \
     Move the sliders to see how your range would change.";
pub const ROUTINE_DAYS_LABEL: &str = "Routine days a week";
pub const SITTING_HOURS_LABEL: &str = "Hours of sitting a day";
pub const BREAKS_LEGEND: &str = "Getting up every 30-45 minutes";
pub const WHAT_IF_RESET: &str = "Back to my answers";

/// Over the headline cards while a what-if change is active: these are not the person's
/// results, and their own are one tap away.
pub const WHAT_IF_ACTIVE_TITLE: &str = "With your changes";
pub const WHAT_IF_ACTIVE_NOTE: &str = "These numbers are what your range would be with the \
     changes you made below, not the result of your answers.";
pub const WITH_CHANGES: &str = "with your changes";
/// Under a card while a what-if change is active: what the person's own answers gave.
pub fn own_answers_gave(range: &WeekRange) -> String {
    format!("Your answers gave: {}", describe_weeks(range))
}

pub fn days_value(days: u8) -> String {
    match days {
        1 => "1 day".to_owned(),
        n => format!("{n} days"),
    }
}

pub fn hours_value(half_hours: u16) -> String {
    format!("{} hours", crate::core::draft::hours_text(half_hours))
}

/// The sentence read out after every slider move.
pub fn what_if_summary(estimate: &RecoveryEstimate) -> String {
    format!(
        "With these changes: first change in {}, full recovery in {}.",
        describe_weeks(&estimate.first_change),
        describe_weeks(&estimate.full_integration)
    )
}

/// The text alternative of the timeline picture.
pub fn timeline_description(estimate: &RecoveryEstimate) -> String {
    let phase = |i: usize, r: &WeekRange| {
        format!("phase {} ({}) {}", i + 1, PHASE_NAMES[i], describe_weeks(r))
    };
    format!(
        "First change likely in {}. Full recovery likely in {}: {}, {}, {}.",
        describe_weeks(&estimate.first_change),
        describe_weeks(&estimate.full_integration),
        phase(0, &estimate.phases[0]),
        phase(1, &estimate.phases[1]),
        phase(2, &estimate.phases[2]),
    )
}

pub const SEE_PLAN: &str = "See my exercise plan";
pub const NOT_A_DIAGNOSIS: &str = "This is not a diagnosis. If something feels wrong or gets \
     worse, see a doctor or physiotherapist.";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn contributions_read_naturally() {
        assert_eq!(contribution_text(0, 0), "no change");
        assert_eq!(contribution_text(2, 2), "+2 weeks");
        assert_eq!(contribution_text(1, 1), "+1 week");
        assert_eq!(contribution_text(2, 4), "+2 to +4 weeks");
        assert_eq!(contribution_text(0, 1), "up to +1 week");
        assert_eq!(contribution_text(-1, 0), "-1 to 0 weeks");
        assert_eq!(first_change_note(0, 0), None);
        assert_eq!(
            first_change_note(1, 2).as_deref(),
            Some("First change: +1 to +2 weeks.")
        );
    }

    #[test]
    fn the_opening_sentence_names_what_matters_most() {
        use crate::core::answers::{Answers, Onset};
        use crate::core::estimate::estimate;
        use crate::core::examples::best_case;
        use crate::core::explanation::explain;
        let slow = Answers {
            routine_days: 1,
            onset: Onset::Years,
            ..best_case()
        };
        let sentence = leading_sentence(&explain(&estimate(&slow)));
        assert!(sentence.starts_with("Most of the extra time"), "{sentence}");
        assert!(sentence.contains("routine") && sentence.contains("how long you have had it"));
        let best = leading_sentence(&explain(&estimate(&best_case())));
        assert!(best.contains("no time"), "{best}");
        for limit in [EvidenceLimit::CutAtCap, EvidenceLimit::RaisedToFloor] {
            assert!(
                !limit_text(limit).contains('-'),
                "no negative weeks in words"
            );
        }
    }

    #[test]
    fn values_have_units() {
        assert_eq!(days_value(1), "1 day");
        assert_eq!(days_value(5), "5 days");
        assert_eq!(hours_value(19), "9.5 hours");
        assert_eq!(hours_value(16), "8 hours");
    }
}
