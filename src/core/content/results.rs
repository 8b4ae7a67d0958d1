//! Wording of the results screen: the two ranges, the timeline picture's text alternative, the
//! explanation and the what-if controls.

use crate::core::estimate::{RecoveryEstimate, WeekRange};

use super::factors::describe_weeks;

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
         {fl}-{fh} weeks and full recovery in {gl}-{gh} weeks. Each item below shows how many \
         weeks your answers added to full recovery, and why."
    )
}
pub const SOURCE_LABEL: &str = "Source:";
pub const NO_CHANGE: &str = "no change";

/// "+2 to +4 weeks" for one factor's effect on a range.
pub fn contribution_text(low: i16, high: i16) -> String {
    let signed = |w: i16| {
        if w > 0 {
            format!("+{w}")
        } else {
            w.to_string()
        }
    };
    match (low, high) {
        (0, 0) => NO_CHANGE.to_owned(),
        (l, h) if l == h => format!("{} weeks", signed(l)),
        (l, h) => format!("{} to {} weeks", signed(l), signed(h)),
    }
}

pub fn first_change_effect(low: i16, high: i16) -> String {
    format!("First change: {}", contribution_text(low, high))
}

pub const WHAT_IF_HEADING: &str = "What if you changed something?";
pub const WHAT_IF_INTRO: &str = "How often you do the routine and how much you sit matter most. \
     Move the sliders to see how your range would change.";
pub const ROUTINE_DAYS_LABEL: &str = "Routine days a week";
pub const SITTING_HOURS_LABEL: &str = "Hours of sitting a day";
pub const BREAKS_LEGEND: &str = "Getting up every 30-45 minutes";
pub const WHAT_IF_RESET: &str = "Back to my answers";

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
        assert_eq!(contribution_text(2, 4), "+2 to +4 weeks");
        assert_eq!(contribution_text(-1, 0), "-1 to 0 weeks");
    }

    #[test]
    fn values_have_units() {
        assert_eq!(days_value(1), "1 day");
        assert_eq!(days_value(5), "5 days");
        assert_eq!(hours_value(19), "9.5 hours");
        assert_eq!(hours_value(16), "8 hours");
    }
}
