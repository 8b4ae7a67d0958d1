//! Wording for the recovery estimate and the severity findings: what each factor did to the
//! timeline and why, in one plain line each. The numbers themselves live in `core::model`.

use crate::core::answers::{BreakCommitment, Trend};
use crate::core::estimate::{AdherenceLevel, Factor, SittingBand, WeekRange};
use crate::core::severity::{Chronicity, FindingKind, SeverityLevel, Side};

/// A short label for a factor, as a row heading in the explanation.
pub fn factor_name(factor: Factor) -> &'static str {
    match factor {
        Factor::Adherence => "Routine days",
        Factor::SittingTime => "Time spent sitting",
        Factor::Breaks => "Breaks from sitting",
        Factor::Severity => "How marked the signs are",
        Factor::Chronicity => "How long it has been there",
        Factor::Trend => "Recent change",
        Factor::ComplicatingCondition => "Disc or nerve problems",
        Factor::EvidenceBounds => "Limits of the evidence",
    }
}

pub const BASELINE_REASON: &str = "Starting point: the quickest the evidence supports, for a mild and recent problem with a daily routine and regular breaks from sitting.";

pub fn adherence_reason(level: AdherenceLevel) -> &'static str {
    match level {
        AdherenceLevel::High => {
            "Doing the routine 6 or 7 days a week is the pace this plan is built for."
        }
        AdherenceLevel::Medium => {
            "4 or 5 days a week works, but fewer practice days make it a little slower."
        }
        AdherenceLevel::Low => {
            "2 or 3 days a week gives your glutes too few chances to relearn quickly."
        }
        AdherenceLevel::Minimal => {
            "With the routine once a week or less, progress is slow and hard to predict."
        }
    }
}

/// Why the day's sitting added what it did. The effect depends on the breaks too (the article
/// pairs long sitting with "without breaks"), so the reason does: a reason that speaks of
/// slowing is never shown beside a factor that added nothing.
pub fn sitting_reason(band: SittingBand, breaks: BreakCommitment) -> &'static str {
    match (band, breaks) {
        (SittingBand::UpTo6Hours, _) => {
            "Up to 6 hours of sitting a day leaves your glutes plenty of time to work."
        }
        (SittingBand::UpTo8Hours, BreakCommitment::Yes) => {
            "6½ to 8 hours of sitting a day, broken up every 30-45 minutes, does not change the estimate."
        }
        (SittingBand::UpTo8Hours, _) => {
            "6½ to 8 hours of sitting a day slows things a little, less if you get up often."
        }
        (SittingBand::UpTo10Hours, BreakCommitment::Yes) => {
            "8½ to 10 hours of sitting a day may slow things slightly, even with regular breaks."
        }
        (SittingBand::UpTo10Hours, _) => {
            "8½ to 10 hours of sitting a day slows progress, less if you get up often."
        }
        (SittingBand::Over10Hours, _) => {
            "More than 10 hours of sitting a day keeps your glutes switched off for long stretches."
        }
    }
}

pub fn breaks_reason(breaks: BreakCommitment) -> &'static str {
    match breaks {
        BreakCommitment::Yes => {
            "Getting up every 30-45 minutes stops long sitting from undoing your practice."
        }
        BreakCommitment::Sometimes => {
            "Getting up often only some of the time still leaves long stretches of sitting."
        }
        BreakCommitment::No => {
            "Long sitting without breaks works against the routine and adds real time."
        }
    }
}

pub fn severity_reason(level: SeverityLevel) -> &'static str {
    match level {
        SeverityLevel::Mild => "Your self-tests and symptoms show only a few signs.",
        SeverityLevel::Moderate => {
            "Your self-tests and symptoms show several signs, which take longer to turn around."
        }
        SeverityLevel::Severe => {
            "Your self-tests and symptoms show many clear signs, which take longer to turn around."
        }
    }
}

pub fn chronicity_reason(chronicity: Chronicity) -> &'static str {
    match chronicity {
        Chronicity::Recent => "It started in the last few weeks, before old habits set in deeply.",
        Chronicity::Persistent => "It has been there for months, so there is more to retrain.",
        Chronicity::Chronic => {
            "It has been there for years, and your body needs more time to relearn."
        }
    }
}

pub fn trend_reason(trend: Trend) -> &'static str {
    match trend {
        Trend::Better => "It is already easing. That is a good sign, but we do not count on it.",
        Trend::Same => "It has been steady lately, so it does not change the estimate.",
        Trend::Worse => "It has been getting worse lately, which usually means a slower start.",
    }
}

pub fn complicating_reason(disc_problem: bool, nerve_signs: bool) -> &'static str {
    match (disc_problem, nerve_signs) {
        (false, false) => "You reported no disc problem and no nerve signs.",
        (true, false) => "A disc problem usually stretches recovery toward six months.",
        (false, true) => "Nerve signs usually stretch recovery toward six months.",
        (true, true) => {
            "A disc problem with nerve signs stretches recovery toward six months or more."
        }
    }
}

pub const BOUNDS_FLOOR_REASON: &str =
    "The evidence does not support a shorter estimate, so the range starts here.";
pub const BOUNDS_CAP_REASON: &str =
    "Beyond six months the evidence cannot say more, so this shows as 26+ weeks.";

/// A week range as a person reads it: "6-8 weeks", "8 weeks", "20-26+ weeks", "26+ weeks".
pub fn describe_weeks(range: &WeekRange) -> String {
    let plus = if range.open_ended { "+" } else { "" };
    if range.low == range.high {
        let unit = if range.low == 1 && !range.open_ended {
            "week"
        } else {
            "weeks"
        };
        format!("{}{plus} {unit}", range.low)
    } else {
        format!("{}-{}{plus} weeks", range.low, range.high)
    }
}

/// A signed number of weeks for the explanation table: "+2", "0", "-1".
pub fn describe_week_change(weeks: i16) -> String {
    if weeks > 0 {
        format!("+{weeks}")
    } else {
        weeks.to_string()
    }
}

pub fn side_name(side: Side) -> &'static str {
    match side {
        Side::Left => "left",
        Side::Right => "right",
    }
}

/// One sign that counted toward severity, in plain words with the person's own numbers.
pub fn finding_text(kind: &FindingKind) -> String {
    match *kind {
        FindingKind::WeakBridge {
            side,
            seconds,
            age_norm,
        } => format!(
            "One-leg bridge on the {} side: {seconds} s, well short of the usual {age_norm} s for your age.",
            side_name(side)
        ),
        FindingKind::BridgeSideGap { seconds } => {
            format!("Your two sides differ by {seconds} s in the one-leg bridge.")
        }
        FindingKind::PelvisDrop { both_sides: false } => {
            "Your pelvis dips on one side when you stand on one leg.".to_string()
        }
        FindingKind::PelvisDrop { both_sides: true } => {
            "Your pelvis dips on both sides when you stand on one leg.".to_string()
        }
        FindingKind::GlutesHardToFeel { not_at_all: false } => {
            "You feel your glutes only a little, or on one side, in a bridge.".to_string()
        }
        FindingKind::GlutesHardToFeel { not_at_all: true } => {
            "You do not feel your glutes working in a bridge.".to_string()
        }
        FindingKind::Compensation => {
            "Your hamstrings or low back take over in bridges or squats.".to_string()
        }
        FindingKind::BalanceProblems => "You have noticed problems with balance.".to_string(),
        FindingKind::ShortStance { seconds, age_norm } => format!(
            "Standing on one leg: {seconds} s on your weaker side, well short of the usual {age_norm} s for your age."
        ),
        FindingKind::PostureSigns { count } => {
            if count == 1 {
                "You notice 1 sign of a forward-tipped pelvis.".to_string()
            } else {
                format!("You notice {count} signs of a forward-tipped pelvis.")
            }
        }
        FindingKind::Pain { highest } => format!("Your worst pain is {highest} out of 10."),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn week_ranges_read_naturally() {
        let r = |low, high, open_ended| WeekRange {
            low,
            high,
            open_ended,
        };
        assert_eq!(describe_weeks(&r(6, 8, false)), "6-8 weeks");
        assert_eq!(describe_weeks(&r(8, 8, false)), "8 weeks");
        assert_eq!(describe_weeks(&r(20, 26, true)), "20-26+ weeks");
        assert_eq!(describe_weeks(&r(26, 26, true)), "26+ weeks");
        assert_eq!(describe_weeks(&r(1, 1, false)), "1 week");
    }

    #[test]
    fn week_changes_carry_their_sign() {
        assert_eq!(describe_week_change(2), "+2");
        assert_eq!(describe_week_change(0), "0");
        assert_eq!(describe_week_change(-3), "-3");
    }

    #[test]
    fn findings_name_the_side_and_the_numbers() {
        let text = finding_text(&FindingKind::WeakBridge {
            side: Side::Left,
            seconds: 20,
            age_norm: 64,
        });
        assert!(text.contains("left") && text.contains("20 s") && text.contains("64 s"));
    }
}
