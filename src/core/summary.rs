//! The summary a person takes to a physiotherapist or doctor: one or two printed pages with
//! their answers, the red-flag screen's outcome, the self-tests against their age norms, the
//! estimate and what moved it, the plan phase with its checks, the trend of saved checks and
//! the logged adherence. Assembled here as typed facts; `content::summary` words them and
//! `app::pages::summary` lays them out.

use crate::core::answers::{Answers, RedFlag, SideSeconds};
use crate::core::draft::{Draft, DraftValue};
use crate::core::estimate::{estimate, RecoveryEstimate, WeekRange};
use crate::core::model::{
    bridge_norm_seconds, stance_norm_seconds, BRIDGE_WEAK_PERCENT_OF_NORM,
    STANCE_SHORT_PERCENT_OF_NORM,
};
use crate::core::plan::{build_plan, NextPhaseCheck, PhaseNumber};
use crate::core::progress::{meaningful_pain_change, PainChange};
use crate::core::questionnaire::{question, sections, AnswerKind, QuestionId, SectionId};
use crate::core::record::AssessmentRecord;
use crate::core::session::adherence::Adherence;
use crate::core::severity::{assess_severity, Severity, Side};
use crate::core::triage::{triage, Triage};

/// At most this many saved checks are listed (the newest), so the summary stays on two pages.
pub const TREND_ROWS: usize = 6;

/// One answer as the person gave it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct AnswerLine {
    pub section: SectionId,
    pub question: QuestionId,
    pub value: AnswerValue,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerValue {
    /// The labels of the options picked, as the questionnaire shows them.
    Options(Vec<&'static str>),
    /// A number as it was kept, with its unit.
    Number { text: String, unit: &'static str },
    /// 0 to 10.
    Scale(u8),
    /// Seconds for the left and the right side.
    Sides { left: u16, right: u16 },
}

/// The red-flag screen: what was asked, what was answered yes, and the outcome.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RedFlagScreen {
    pub asked: Vec<RedFlag>,
    pub answered_yes: Vec<RedFlag>,
    pub answered_unsure: Vec<RedFlag>,
    pub outcome: Triage,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SelfTest {
    /// Single-leg bridge hold.
    Bridge,
    /// Single-leg stance, eyes open.
    Stance,
}

/// A hold against the mean for the person's age band.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NormVerdict {
    AtOrAbove,
    Below,
    /// Under the cut the severity model counts (half the norm).
    WellBelow,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SelfTestLine {
    pub test: SelfTest,
    pub side: Side,
    pub seconds: u16,
    pub age_norm: u16,
    pub verdict: NormVerdict,
}

/// One saved check in the trend.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TrendRow {
    pub taken_at_ms: u64,
    /// The worst of the four pain areas, 0-10.
    pub worst_pain: u8,
    pub bridge: SideSeconds,
    pub stance: SideSeconds,
    pub phase: PhaseNumber,
    /// Full recovery as estimated on that day.
    pub full_recovery: WeekRange,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HistoryTrend {
    /// Saved checks on this device.
    pub total: usize,
    /// The newest `TREND_ROWS` of them, oldest first.
    pub rows: Vec<TrendRow>,
    /// Worst pain at the first and the latest check, and whether that is a real change.
    pub pain: Option<(u8, u8, PainChange)>,
}

/// Exercise sessions the person logged with the guided session on this device.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LoggedAdherence {
    /// The log holds no session: what the person plans is all there is.
    NothingLogged,
    /// Days with a session in the log's window up to today.
    Logged(Adherence),
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClinicianSummary {
    pub made_at_ms: u64,
    pub answers: Vec<AnswerLine>,
    pub red_flags: RedFlagScreen,
    pub self_tests: Vec<SelfTestLine>,
    pub severity: Severity,
    pub estimate: RecoveryEstimate,
    pub phase: PhaseNumber,
    /// The checks for the next phase; `None` in the last phase.
    pub next: Option<NextPhaseCheck>,
    /// Routine days a week the person said they can manage (planned, not logged).
    pub planned_days: u8,
    pub trend: HistoryTrend,
    pub adherence: LoggedAdherence,
}

/// The summary of `answers`, with the saved checks of this device (any order) for the trend and
/// for the plan's pain-change check, which compares with the first of them.
/// `logged`: the adherence measured from the session log, `None` when it holds no session.
pub fn clinician_summary(
    answers: &Answers,
    records: &[AssessmentRecord],
    logged: Option<Adherence>,
    now_ms: u64,
) -> ClinicianSummary {
    let mut by_time: Vec<&AssessmentRecord> = records.iter().collect();
    by_time.sort_unstable_by_key(|r| r.taken_at_ms);
    let plan = build_plan(answers, by_time.first().map(|r| &r.answers));
    let asked = answers.red_flags_asked().to_vec();
    let answered_yes = asked
        .iter()
        .copied()
        .filter(|f| answers.red_flags.contains(f))
        .collect();
    let answered_unsure = asked
        .iter()
        .copied()
        .filter(|f| answers.red_flags_unsure.contains(f))
        .collect();
    ClinicianSummary {
        made_at_ms: now_ms,
        answers: answer_lines(answers),
        red_flags: RedFlagScreen {
            asked,
            answered_yes,
            answered_unsure,
            outcome: triage(answers),
        },
        self_tests: self_test_lines(answers),
        severity: assess_severity(answers),
        estimate: estimate(answers),
        phase: plan.current,
        next: plan.next,
        planned_days: answers.routine_days,
        trend: history_trend(&by_time),
        adherence: logged.map_or(LoggedAdherence::NothingLogged, LoggedAdherence::Logged),
    }
}

/// Every question that was shown for these answers, in questionnaire order, except the
/// red-flag questions, which `RedFlagScreen` reports as one.
pub fn answer_lines(answers: &Answers) -> Vec<AnswerLine> {
    let draft = Draft::from_answers(answers);
    let mut lines = Vec::new();
    for section in sections() {
        for q in &section.questions {
            if q.id.red_flag().is_some() || !q.is_visible(&draft) {
                continue;
            }
            if let Some(value) = draft.get(q.id).and_then(|v| answer_value(q.id, v)) {
                lines.push(AnswerLine {
                    section: section.id,
                    question: q.id,
                    value,
                });
            }
        }
    }
    lines
}

fn answer_value(id: QuestionId, value: &DraftValue) -> Option<AnswerValue> {
    let kind = &question(id).kind;
    let label = |option: &str| match kind {
        AnswerKind::SingleChoice(options) | AnswerKind::MultipleChoice(options) => {
            options.iter().find(|o| o.id == option).map(|o| o.label)
        }
        _ => None,
    };
    match value {
        DraftValue::Choice(option) => Some(AnswerValue::Options(vec![label(option)?])),
        DraftValue::Choices(options) => Some(AnswerValue::Options(
            options.iter().filter_map(|o| label(o)).collect(),
        )),
        DraftValue::Number(text) => Some(AnswerValue::Number {
            text: text.clone(),
            unit: match kind {
                AnswerKind::Number { unit, .. } => unit,
                _ => "",
            },
        }),
        DraftValue::Scale(n) => Some(AnswerValue::Scale(*n)),
        DraftValue::Sides { left, right } => Some(AnswerValue::Sides {
            left: left.parse().ok()?,
            right: right.parse().ok()?,
        }),
    }
}

fn verdict(seconds: u16, norm: u16, well_below_percent: u16) -> NormVerdict {
    if seconds >= norm {
        NormVerdict::AtOrAbove
    } else if u32::from(seconds) * 100 < u32::from(norm) * u32::from(well_below_percent) {
        NormVerdict::WellBelow
    } else {
        NormVerdict::Below
    }
}

/// Both self-tests, left then right, against the norm of the person's age band.
pub fn self_test_lines(answers: &Answers) -> Vec<SelfTestLine> {
    let mut lines = Vec::with_capacity(4);
    for (test, hold, norm, cut) in [
        (
            SelfTest::Bridge,
            answers.bridge_hold,
            bridge_norm_seconds(answers.age_band),
            BRIDGE_WEAK_PERCENT_OF_NORM,
        ),
        (
            SelfTest::Stance,
            answers.stance_hold,
            stance_norm_seconds(answers.age_band),
            STANCE_SHORT_PERCENT_OF_NORM,
        ),
    ] {
        for (side, seconds) in [(Side::Left, hold.left), (Side::Right, hold.right)] {
            lines.push(SelfTestLine {
                test,
                side,
                seconds,
                age_norm: norm,
                verdict: verdict(seconds, norm, cut),
            });
        }
    }
    lines
}

fn history_trend(by_time: &[&AssessmentRecord]) -> HistoryTrend {
    let skip = by_time.len().saturating_sub(TREND_ROWS);
    let rows = by_time[skip..]
        .iter()
        .map(|r| TrendRow {
            taken_at_ms: r.taken_at_ms,
            worst_pain: r.answers.pain.highest(),
            bridge: r.answers.bridge_hold,
            stance: r.answers.stance_hold,
            phase: r.phase,
            full_recovery: r.estimate.full_integration,
        })
        .collect();
    let pain = match (by_time.first(), by_time.last()) {
        (Some(first), Some(latest)) if by_time.len() >= 2 => {
            let (a, b) = (first.answers.pain.highest(), latest.answers.pain.highest());
            Some((a, b, meaningful_pain_change(a, b)))
        }
        _ => None,
    };
    HistoryTrend {
        total: by_time.len(),
        rows,
        pain,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::draft::validate;
    use crate::core::examples;

    fn mild() -> Answers {
        examples::typical_desk_worker()
    }

    #[test]
    fn answers_skip_red_flags_and_hidden_questions() {
        let a = mild();
        let lines = answer_lines(&a);
        assert!(lines.iter().all(|l| l.question.red_flag().is_none()));
        let draft = Draft::from_answers(&a);
        for l in &lines {
            assert!(draft.is_visible(l.question), "{:?}", l.question);
        }
        assert!(lines.iter().any(|l| l.question == QuestionId::AgeBand));
        // The answers the summary shows are the answers: the form they fill in validates back.
        assert_eq!(validate(&draft).ok(), Some(a));
    }

    #[test]
    fn choices_are_shown_by_their_labels() {
        let lines = answer_lines(&mild());
        let age = lines
            .iter()
            .find(|l| l.question == QuestionId::AgeBand)
            .map(|l| l.value.clone());
        match age {
            Some(AnswerValue::Options(labels)) => {
                assert_eq!(labels.len(), 1);
                assert!(!labels[0].is_empty());
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn self_tests_are_judged_against_the_age_norm() {
        let mut a = mild();
        let norm = bridge_norm_seconds(a.age_band);
        a.bridge_hold = SideSeconds {
            left: norm,
            right: norm / 2 - 1,
        };
        let lines = self_test_lines(&a);
        assert_eq!(lines.len(), 4);
        assert_eq!(lines[0].verdict, NormVerdict::AtOrAbove);
        assert_eq!(lines[1].verdict, NormVerdict::WellBelow);
        a.bridge_hold.right = norm - 1;
        assert_eq!(self_test_lines(&a)[1].verdict, NormVerdict::Below);
        assert!(lines.iter().all(|l| l.age_norm > 0));
    }

    #[test]
    fn the_trend_lists_the_newest_checks_oldest_first() {
        let a = mild();
        let records: Vec<AssessmentRecord> = (0..9u64)
            .rev()
            .map(|i| AssessmentRecord::new(a.clone(), 1_000_000 + i * 86_400_000, None))
            .collect();
        let s = clinician_summary(&a, &records, None, 2_000_000_000);
        assert_eq!(s.trend.total, 9);
        assert_eq!(s.trend.rows.len(), TREND_ROWS);
        assert!(s
            .trend
            .rows
            .windows(2)
            .all(|w| w[0].taken_at_ms < w[1].taken_at_ms));
        assert_eq!(
            s.trend.rows.last().map(|r| r.taken_at_ms),
            Some(1_000_000 + 8 * 86_400_000)
        );
        assert_eq!(s.trend.pain.map(|p| p.2), Some(PainChange::NoRealChange));
    }

    #[test]
    fn logged_sessions_are_reported_as_logged() {
        let logged = Adherence {
            days_done: 9,
            window_days: 14,
        };
        let s = clinician_summary(&mild(), &[], Some(logged), 0);
        assert_eq!(s.adherence, LoggedAdherence::Logged(logged));
    }

    #[test]
    fn without_saved_checks_there_is_no_trend_and_nothing_logged() {
        let s = clinician_summary(&mild(), &[], None, 0);
        assert_eq!(s.trend.total, 0);
        assert!(s.trend.rows.is_empty());
        assert_eq!(s.trend.pain, None);
        assert_eq!(s.adherence, LoggedAdherence::NothingLogged);
        assert_eq!(s.red_flags.asked.len(), RedFlag::ASKED.len());
        assert!(s.red_flags.answered_yes.is_empty());
        assert_eq!(s.red_flags.outcome, Triage::Clear);
    }
}
