//! The raw form state the UI edits, and its validation into `Answers`.
//!
//! A draft holds what a person typed or picked, as text where they type, so nothing they enter
//! is lost or silently changed while they are still editing. `validate` is the only way from a
//! draft to `Answers`: it reports every problem at once, in questionnaire order, and ignores
//! questions that are hidden by their condition.
//!
//! Sitting hours: any number from 0 to 24 is accepted and rounded to the nearest half hour
//! (halves away from zero), because recall of yesterday is never more precise than that and
//! rejecting "1.2" would only annoy. Days and seconds must be whole numbers: they are counts a
//! person reads off a calendar or a timer.

use crate::core::answers::{
    AgeBand, Answers, BreakCommitment, BreakFrequency, GluteFeel, Onset, PainScores, PelvisDrop,
    PostureSign, RedFlag, SideSeconds, SittingDay, Trend, YesNoUnsure,
};
use crate::core::content::questions as text;
use crate::core::decimal::{Decimal, Syntax};
use crate::core::questionnaire::{
    has_option, question, section, ChoiceValue, Question, QuestionId, SectionId, LEGACY_SITTING,
    MAX_SITTING_HOURS, NO as NO_OPTION, NO_POSTURE_SIGN, PAIN_SCALES,
};
use crate::core::sorted_set::SortedSet;

/// What the UI holds for one question, before validation.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DraftValue {
    /// A single option id; empty means nothing picked yet.
    Choice(String),
    /// Option ids of a multiple choice.
    Choices(SortedSet<String>),
    /// The text as typed.
    Number(String),
    Scale(u8),
    /// The texts as typed for each side.
    Sides {
        left: String,
        right: String,
    },
}

/// The whole form: one value per answered question.
///
/// Kept as a `Vec` sorted by question id, at most one entry per question (a `BTreeMap` would
/// cost several KB more wasm for a few dozen entries).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Draft(Vec<(QuestionId, DraftValue)>);

impl Draft {
    pub fn new() -> Draft {
        Draft::default()
    }

    /// Where `question` is (`Ok`), or where it belongs to keep the order (`Err`).
    fn position(&self, question: QuestionId) -> Result<usize, usize> {
        self.0.binary_search_by(|(q, _)| q.cmp(&question))
    }

    pub fn get(&self, question: QuestionId) -> Option<&DraftValue> {
        let at = self.position(question).ok()?;
        self.0.get(at).map(|(_, value)| value)
    }

    pub fn set(&mut self, question: QuestionId, value: DraftValue) {
        match self.position(question) {
            Ok(at) => {
                if let Some(entry) = self.0.get_mut(at) {
                    entry.1 = value;
                }
            }
            Err(at) => self.0.insert(at, (question, value)),
        }
    }

    pub fn remove(&mut self, question: QuestionId) -> Option<DraftValue> {
        let at = self.position(question).ok()?;
        Some(self.0.remove(at).1)
    }

    /// The picked option id of a single choice, if one is picked.
    pub fn choice(&self, question: QuestionId) -> Option<&str> {
        match self.get(question) {
            Some(DraftValue::Choice(id)) if !id.is_empty() => Some(id.as_str()),
            _ => None,
        }
    }

    pub fn iter(&self) -> impl Iterator<Item = (QuestionId, &DraftValue)> {
        self.0.iter().map(|(q, v)| (*q, v))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn is_visible(&self, question_id: QuestionId) -> bool {
        question(question_id).is_visible(self)
    }

    /// The form filled in with earlier answers, so a re-assessment starts from them.
    /// A re-assessment's starting point: the last answers, except the safety questions, which
    /// are asked fresh every time (a red flag may be new).
    pub fn for_reassessment(answers: &Answers) -> Draft {
        let mut draft = Draft::from_answers(answers);
        draft
            .0
            .retain(|(question, _)| question.red_flag().is_none());
        draft.set(QuestionId::PainAreas, pain_areas_of(answers));
        draft
    }

    /// A new check. The bridge-and-squat question starts at "Not sure": it is the honest
    /// answer for anyone who has not tried those lately, and it changes nothing unless it
    /// becomes "Yes", so most people need not touch it.
    pub fn for_new_check() -> Draft {
        let mut draft = Draft::new();
        draft.put(QuestionId::Compensation, YesNoUnsure::Unsure);
        draft
    }

    /// Whether nothing has been answered since a new check began (the answer it starts with
    /// does not count), so earlier answers may be filled in.
    pub fn is_untouched(&self) -> bool {
        self.is_empty() || *self == Draft::for_new_check()
    }

    /// The yes / no questions of the safety step that "None of these apply to me" answers:
    /// the known conditions and every red flag shown.
    fn safety_questions(&self) -> impl Iterator<Item = QuestionId> + '_ {
        [QuestionId::DiscProblem, QuestionId::NerveSigns]
            .into_iter()
            .chain(self.red_flag_questions())
    }

    /// "None of these apply to me" on the safety step: every such question not answered yet
    /// becomes "No". Answers already given are kept, so a "Yes" or "Not sure" is never undone.
    pub fn answer_no_to_open_safety_questions(&mut self) {
        let open: Vec<QuestionId> = self
            .safety_questions()
            .filter(|&q| self.choice(q).is_none())
            .collect();
        for q in open {
            self.set(q, DraftValue::Choice(NO_OPTION.to_string()));
        }
    }

    /// Whether a red flag shown is answered with something other than "No" (then the shortcut
    /// for answering "No" to all is not offered). A known disc problem does not take it away:
    /// the red flags still need answers.
    pub fn has_red_flag_concern(&self) -> bool {
        self.red_flag_questions()
            .any(|q| self.choice(q).is_some_and(|c| c != NO_OPTION))
    }

    /// The red-flag questions shown for this draft, in order.
    pub fn red_flag_questions(&self) -> impl Iterator<Item = QuestionId> + '_ {
        RedFlag::ALL
            .into_iter()
            .map(QuestionId::for_red_flag)
            .filter(|&q| self.is_visible(q))
    }

    /// Whether every red flag shown has an answer.
    pub fn red_flags_answered(&self) -> bool {
        self.red_flag_questions().all(|q| self.choice(q).is_some())
    }

    pub fn from_answers(answers: &Answers) -> Draft {
        let mut draft = Draft::new();
        draft.put(QuestionId::AgeBand, answers.age_band);
        draft.set(
            QuestionId::SittingTotal,
            DraftValue::Number(hours_text(answers.sitting.total_half_hours())),
        );
        draft.put(QuestionId::Breaks, answers.breaks);

        let pain = answers.pain;
        draft.set(QuestionId::PainLowBack, DraftValue::Scale(pain.low_back));
        draft.set(QuestionId::PainHip, DraftValue::Scale(pain.hip));
        draft.set(QuestionId::PainKnee, DraftValue::Scale(pain.knee));
        draft.set(QuestionId::PainAnkle, DraftValue::Scale(pain.ankle));
        draft.put(QuestionId::BalanceProblems, answers.balance_problems);
        let mut signs = SortedSet::new();
        if answers.posture_signs.is_empty() {
            // Shown as the explicit "none of these" the person picked last time.
            signs.insert(NO_POSTURE_SIGN.to_string());
        }
        for sign in &answers.posture_signs {
            signs.insert(sign.option_id().to_string());
        }
        draft.set(QuestionId::PostureSigns, DraftValue::Choices(signs));
        draft.put(QuestionId::Compensation, answers.compensation);

        draft.put(QuestionId::Onset, answers.onset);
        draft.put(QuestionId::Trend, answers.trend);

        draft.put(QuestionId::GluteFeel, answers.glute_feel);
        draft.set(QuestionId::BridgeHold, sides_value(answers.bridge_hold));
        draft.set(QuestionId::StanceHold, sides_value(answers.stance_hold));
        draft.put(QuestionId::PelvisDrop, answers.pelvis_drop);

        draft.put(QuestionId::DiscProblem, answers.disc_problem);
        draft.put(QuestionId::NerveSigns, answers.nerve_signs);
        if let Some(cleared) = answers.clinician_cleared {
            draft.put(QuestionId::ClinicianCleared, cleared);
        }

        // Answers given to the combined questions of an earlier version are shown with those
        // questions; otherwise today's.
        for &flag in answers.red_flags_asked() {
            let answer = if answers.red_flags.contains(&flag) {
                YesNoUnsure::Yes
            } else if answers.red_flags_unsure.contains(&flag) {
                YesNoUnsure::Unsure
            } else {
                YesNoUnsure::No
            };
            draft.put(QuestionId::for_red_flag(flag), answer);
        }

        draft.set(
            QuestionId::RoutineDays,
            DraftValue::Number(answers.routine_days.to_string()),
        );
        if let Some(commitment) = answers.break_commitment {
            draft.put(QuestionId::BreakCommitment, commitment);
        }
        draft
    }

    fn put<T: ChoiceValue>(&mut self, question: QuestionId, value: T) {
        self.set(question, DraftValue::Choice(value.option_id().to_string()));
    }
}

/// The pain areas ticked for earlier answers: those with any pain, or "nowhere".
fn pain_areas_of(answers: &Answers) -> DraftValue {
    let p = answers.pain;
    let mut areas = SortedSet::new();
    for ((area, _), score) in PAIN_SCALES.iter().zip([p.low_back, p.hip, p.knee, p.ankle]) {
        if score > 0 {
            areas.insert(area.to_string());
        }
    }
    if areas.is_empty() {
        areas.insert(NO_POSTURE_SIGN.to_string());
    }
    DraftValue::Choices(areas)
}

fn sides_value(seconds: SideSeconds) -> DraftValue {
    DraftValue::Sides {
        left: seconds.left.to_string(),
        right: seconds.right.to_string(),
    }
}

/// The choices after ticking (`checked`) or unticking `option`. "None of these" and a sign
/// exclude each other, so ticking one clears the other instead of leaving a contradiction.
pub fn toggle_choice(current: &SortedSet<String>, option: &str, checked: bool) -> DraftValue {
    let mut next = current.clone();
    if checked {
        if option == NO_POSTURE_SIGN {
            next.clear();
        } else {
            next.remove(NO_POSTURE_SIGN);
        }
        next.insert(option.to_string());
    } else {
        next.remove(option);
    }
    DraftValue::Choices(next)
}

/// Half hours written for a person: 3 becomes "1.5", 4 becomes "2".
pub fn hours_text(half_hours: u16) -> String {
    if half_hours.is_multiple_of(2) {
        (half_hours / 2).to_string()
    } else {
        format!("{}.5", half_hours / 2)
    }
}

/// Something that keeps the draft from becoming `Answers`, said so a person can fix it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Problem {
    pub question: QuestionId,
    pub message: String,
}

/// The questions of one step that are shown for this draft, in order.
pub fn visible_questions(section_id: SectionId, draft: &Draft) -> Vec<&'static Question> {
    section(section_id)
        .questions
        .iter()
        .filter(|q| q.is_visible(draft))
        .collect()
}

/// The answers, or every problem in questionnaire order.
pub fn validate(draft: &Draft) -> Result<Answers, Vec<Problem>> {
    let mut reader = Reader {
        draft,
        problems: Vec::new(),
    };
    let answers = read_answers(&mut reader);
    match answers {
        Some(answers) if reader.problems.is_empty() => Ok(answers),
        _ if !reader.problems.is_empty() => Err(reader.problems),
        // Every unreadable answer records a problem, so this is only a guard against a future
        // slip: a person is asked to check rather than getting half-made answers.
        _ => Err(vec![Problem {
            question: QuestionId::AgeBand,
            message: text::FORM_INCONSISTENT.to_string(),
        }]),
    }
}

/// The problems of one step only, for the step-by-step UI.
pub fn validate_section(section_id: SectionId, draft: &Draft) -> Vec<Problem> {
    match validate(draft) {
        Ok(_) => Vec::new(),
        Err(problems) => problems
            .into_iter()
            .filter(|p| p.question.section() == section_id)
            .collect(),
    }
}

/// Reads typed values out of a draft, recording a problem for each one it cannot use. Every
/// read returns `None` only after recording a problem.
struct Reader<'a> {
    draft: &'a Draft,
    problems: Vec<Problem>,
}

/// Why a typed number could not be read.
#[derive(Debug, PartialEq)]
enum NumberError {
    Missing,
    NotANumber,
}

impl<'a> Reader<'a> {
    fn problem(&mut self, question: QuestionId, message: impl Into<String>) {
        self.problems.push(Problem {
            question,
            message: message.into(),
        });
    }

    /// `Some(None)` when the question is hidden, so its answer stays out of `Answers`.
    fn when_shown<T>(
        &mut self,
        question_id: QuestionId,
        read: impl FnOnce(&mut Self, QuestionId) -> Option<T>,
    ) -> Option<Option<T>> {
        if self.draft.is_visible(question_id) {
            read(self, question_id).map(Some)
        } else {
            Some(None)
        }
    }

    fn choice<T: ChoiceValue>(&mut self, q: QuestionId) -> Option<T> {
        let found = match self.draft.get(q) {
            None => Err(text::CHOOSE_AN_ANSWER),
            Some(DraftValue::Choice(id)) if id.is_empty() => Err(text::CHOOSE_AN_ANSWER),
            Some(DraftValue::Choice(id)) => {
                T::from_option_id(id).ok_or(text::CHOOSE_A_LISTED_ANSWER)
            }
            Some(_) => Err(text::ANSWER_UNREADABLE),
        };
        found.map_err(|message| self.problem(q, message)).ok()
    }

    /// Optional: no answer means no signs.
    fn posture_signs(&mut self, q: QuestionId) -> Option<SortedSet<PostureSign>> {
        let draft: &'a Draft = self.draft;
        let ids = match draft.get(q) {
            None => return Some(SortedSet::new()),
            Some(DraftValue::Choices(ids)) => ids,
            Some(_) => {
                self.problem(q, text::ANSWER_UNREADABLE);
                return None;
            }
        };
        let mut signs = SortedSet::new();
        let mut none_picked = false;
        for id in ids {
            if id == NO_POSTURE_SIGN {
                none_picked = true;
            } else if let Some(sign) = PostureSign::from_option_id(id) {
                signs.insert(sign);
            } else {
                self.problem(q, text::CHOOSE_A_LISTED_ANSWER);
                return None;
            }
        }
        if none_picked && !signs.is_empty() {
            self.problem(q, text::NONE_WITH_POSTURE_SIGNS);
            return None;
        }
        Some(signs)
    }

    fn typed_text(&mut self, q: QuestionId) -> Option<&'a str> {
        let draft: &'a Draft = self.draft;
        match draft.get(q) {
            None => Some(""),
            Some(DraftValue::Number(raw)) => Some(raw.as_str()),
            Some(_) => {
                self.problem(q, text::ANSWER_UNREADABLE);
                None
            }
        }
    }

    /// Sitting hours for one area, in half hours.
    fn half_hours(&mut self, q: QuestionId) -> Option<u8> {
        let raw = self.typed_text(q)?;
        let found = match parse_number(raw) {
            Err(NumberError::Missing) => Err(text::HOURS_MISSING),
            Err(NumberError::NotANumber) => Err(text::HOURS_NOT_A_NUMBER),
            Ok(hours) => half_hours_in_range(hours).ok_or(text::HOURS_OUT_OF_RANGE),
        };
        found.map_err(|message| self.problem(q, message)).ok()
    }

    fn days(&mut self, q: QuestionId) -> Option<u8> {
        let raw = self.typed_text(q)?;
        match parse_number(raw)
            .ok()
            .and_then(|n| whole_in_range(n, u16::from(Answers::MAX_ROUTINE_DAYS)))
        {
            Some(days) => u8::try_from(days).ok(),
            None => {
                self.problem(q, text::DAYS_NOT_VALID);
                None
            }
        }
    }

    fn scale(&mut self, q: QuestionId) -> Option<u8> {
        match self.draft.get(q) {
            Some(DraftValue::Scale(n)) if *n <= PainScores::MAX => Some(*n),
            Some(DraftValue::Scale(_)) | None => {
                self.problem(q, text::SCALE_OUT_OF_RANGE);
                None
            }
            Some(_) => {
                self.problem(q, text::ANSWER_UNREADABLE);
                None
            }
        }
    }

    fn seconds(&mut self, q: QuestionId, max: u16) -> Option<SideSeconds> {
        let draft: &'a Draft = self.draft;
        let (left, right) = match draft.get(q) {
            None => ("", ""),
            Some(DraftValue::Sides { left, right }) => (left.as_str(), right.as_str()),
            Some(_) => {
                self.problem(q, text::ANSWER_UNREADABLE);
                return None;
            }
        };
        if left.trim().is_empty() && right.trim().is_empty() {
            self.problem(q, text::seconds_missing_both());
            return None;
        }
        let left = self.side_seconds(q, left, text::LEFT_SIDE, max);
        let right = self.side_seconds(q, right, text::RIGHT_SIDE, max);
        Some(SideSeconds {
            left: left?,
            right: right?,
        })
    }

    fn side_seconds(&mut self, q: QuestionId, raw: &str, side: &str, max: u16) -> Option<u16> {
        let found = match parse_number(raw) {
            Err(NumberError::Missing) => Err(text::seconds_missing(side)),
            Err(NumberError::NotANumber) => Err(text::seconds_not_valid(side, max)),
            Ok(n) => whole_in_range(n, max).ok_or_else(|| text::seconds_not_valid(side, max)),
        };
        found.map_err(|message| self.problem(q, message)).ok()
    }

    /// A pain scale, 0 when its area was not ticked.
    fn pain(&mut self, q: QuestionId) -> Option<u8> {
        if self.draft.is_visible(q) {
            self.scale(q)
        } else {
            Some(0)
        }
    }

    /// The ticked pain areas: at least one, or "nowhere" alone.
    fn pain_areas(&mut self, q: QuestionId) -> Option<()> {
        let draft: &'a Draft = self.draft;
        let ids = match draft.get(q) {
            Some(DraftValue::Choices(ids)) if !ids.is_empty() => ids,
            None | Some(DraftValue::Choices(_)) => {
                self.problem(q, text::CHOOSE_AN_ANSWER);
                return None;
            }
            Some(_) => {
                self.problem(q, text::ANSWER_UNREADABLE);
                return None;
            }
        };
        if !ids.iter().all(|id| has_option(q, id)) {
            self.problem(q, text::CHOOSE_A_LISTED_ANSWER);
            return None;
        }
        if ids.contains(NO_POSTURE_SIGN) && ids.len() > 1 {
            self.problem(q, text::NOWHERE_WITH_PAIN_AREAS);
            return None;
        }
        Some(())
    }

    /// The red flags answered "yes", and those answered "not sure", of the questions shown.
    fn red_flags(&mut self) -> Option<(SortedSet<RedFlag>, SortedSet<RedFlag>)> {
        let mut yes = SortedSet::new();
        let mut unsure = SortedSet::new();
        let mut all_read = true;
        let draft: &'a Draft = self.draft;
        for q in draft.red_flag_questions() {
            let Some(flag) = q.red_flag() else {
                continue;
            };
            // The combined questions of earlier versions had no "not sure".
            let answer = if flag.is_legacy() {
                self.choice::<bool>(q).map(|yes| {
                    if yes {
                        YesNoUnsure::Yes
                    } else {
                        YesNoUnsure::No
                    }
                })
            } else {
                self.choice::<YesNoUnsure>(q)
            };
            match answer {
                Some(YesNoUnsure::Yes) => {
                    yes.insert(flag);
                }
                Some(YesNoUnsure::Unsure) => {
                    unsure.insert(flag);
                }
                Some(YesNoUnsure::No) => {}
                None => all_read = false,
            }
        }
        all_read.then_some((yes, unsure))
    }
}

/// A number as people type it: spaces around it and a decimal comma are fine. The grammar is
/// that of Rust's `f64::from_str` ("+1", ".5", "1.", "2e1"; not "inf" or "NaN"), read exactly
/// and without float parsing (see `decimal`). Significant digits must fit a `u64` (any 19): a
/// longer number, which `f64` would have rounded, is not a number here.
fn parse_number(raw: &str) -> Result<Decimal, NumberError> {
    let trimmed = raw.trim();
    if trimmed.is_empty() {
        return Err(NumberError::Missing);
    }
    let normalised = trimmed.replace(',', ".");
    Decimal::parse(&normalised, Syntax::Typed).map_err(|_| NumberError::NotANumber)
}

/// Hours within 0..=24, rounded to the nearest half hour (a tie such as 1.25 rounds up, as
/// `(hours * 2.0).round()` did); `None` outside that range.
fn half_hours_in_range(hours: Decimal) -> Option<u8> {
    // MAX_SITTING_HOURS is a whole number of hours (see the tests), so the cast is exact.
    let max = Decimal::from_u64(MAX_SITTING_HOURS as u64);
    if hours.is_negative() || hours > max {
        return None;
    }
    // At most 48 half hours.
    u8::try_from(hours.to_halves()?).ok()
}

fn whole_in_range(n: Decimal, max: u16) -> Option<u16> {
    n.to_u64()
        .filter(|n| *n <= u64::from(max))
        .and_then(|n| u16::try_from(n).ok())
}

/// Sitting as answers saved before the total was asked hold it: the split by domain, summed.
fn legacy_sitting(r: &mut Reader) -> Option<SittingDay> {
    let split: Vec<Option<u8>> = LEGACY_SITTING.iter().map(|&q| r.half_hours(q)).collect();
    let split: Vec<u8> = split.into_iter().collect::<Option<_>>()?;
    let total: u16 = split.iter().map(|&h| u16::from(h)).sum();
    if total > SittingDay::MAX_TOTAL_HALF_HOURS {
        // On the last of the four, so the message sits under the whole group.
        r.problem(
            QuestionId::SittingScreens,
            text::sitting_total_too_high(&hours_text(total)),
        );
        return None;
    }
    u8::try_from(total)
        .ok()
        .map(|half_hours| SittingDay { half_hours })
}

fn read_answers(r: &mut Reader) -> Option<Answers> {
    // Every answer is read before any is combined, so every problem is reported at once.
    let age_band = r.choice::<AgeBand>(QuestionId::AgeBand);

    let sitting = if r.draft.is_visible(QuestionId::SittingTotal) {
        r.half_hours(QuestionId::SittingTotal)
            .map(|half_hours| SittingDay { half_hours })
    } else {
        legacy_sitting(r)
    };
    let breaks = r.choice::<BreakFrequency>(QuestionId::Breaks);

    // Where it hurts only decides which scales are asked; an area left out has no pain.
    let _areas = r.when_shown(QuestionId::PainAreas, Reader::pain_areas);
    let low_back = r.pain(QuestionId::PainLowBack);
    let hip = r.pain(QuestionId::PainHip);
    let knee = r.pain(QuestionId::PainKnee);
    let ankle = r.pain(QuestionId::PainAnkle);
    let balance_problems = r.choice::<bool>(QuestionId::BalanceProblems);
    let posture_signs = r.posture_signs(QuestionId::PostureSigns);
    let compensation = r.choice::<YesNoUnsure>(QuestionId::Compensation);

    let onset = r.choice::<Onset>(QuestionId::Onset);
    let trend = r.choice::<Trend>(QuestionId::Trend);

    let glute_feel = r.choice::<GluteFeel>(QuestionId::GluteFeel);
    let bridge_hold = r.seconds(QuestionId::BridgeHold, Answers::MAX_BRIDGE_SECONDS);
    let stance_hold = r.seconds(QuestionId::StanceHold, Answers::MAX_STANCE_SECONDS);
    let pelvis_drop = r.choice::<PelvisDrop>(QuestionId::PelvisDrop);

    let disc_problem = r.choice::<bool>(QuestionId::DiscProblem);
    let nerve_signs = r.choice::<bool>(QuestionId::NerveSigns);
    let clinician_cleared = r.when_shown(QuestionId::ClinicianCleared, Reader::choice::<bool>);

    let red_flags = r.red_flags();
    let (red_flags, red_flags_unsure) = match red_flags {
        Some((yes, unsure)) => (Some(yes), Some(unsure)),
        None => (None, None),
    };

    let routine_days = r.days(QuestionId::RoutineDays);
    let break_commitment = r.when_shown(
        QuestionId::BreakCommitment,
        Reader::choice::<BreakCommitment>,
    );

    Some(Answers {
        age_band: age_band?,
        sitting: sitting?,
        breaks: breaks?,
        pain: PainScores {
            low_back: low_back?,
            hip: hip?,
            knee: knee?,
            ankle: ankle?,
        },
        balance_problems: balance_problems?,
        posture_signs: posture_signs?,
        compensation: compensation?,
        onset: onset?,
        trend: trend?,
        glute_feel: glute_feel?,
        bridge_hold: bridge_hold?,
        stance_hold: stance_hold?,
        pelvis_drop: pelvis_drop?,
        disc_problem: disc_problem?,
        nerve_signs: nerve_signs?,
        clinician_cleared: clinician_cleared?,
        red_flags: red_flags?,
        red_flags_unsure: red_flags_unsure?,
        routine_days: routine_days?,
        break_commitment: break_commitment?,
    })
}

/// Strategies shared by the property tests of the core modules.
#[cfg(all(test, not(target_arch = "wasm32")))]
pub(crate) mod strategy {
    use super::*;
    use proptest::collection::btree_set;
    use proptest::prelude::*;
    use proptest::sample::select;

    fn arb_sitting() -> impl Strategy<Value = SittingDay> {
        let max = SittingDay::MAX_TOTAL_HALF_HOURS as u8;
        (0..=max).prop_map(|half_hours| SittingDay { half_hours })
    }

    /// Red flags answered "yes" and "not sure", disjoint, and all from one version's
    /// questions (today's, or the combined ones of earlier answers).
    fn arb_red_flags() -> impl Strategy<Value = (SortedSet<RedFlag>, SortedSet<RedFlag>)> {
        let answers = prop_oneof![Just(0u8), Just(1u8), Just(2u8)];
        (
            any::<bool>(),
            proptest::collection::vec(answers, RedFlag::ASKED.len()),
        )
            .prop_map(|(legacy, answers)| {
                let asked: &[RedFlag] = if legacy {
                    &RedFlag::ASKED_BEFORE_SPLIT
                } else {
                    &RedFlag::ASKED
                };
                let mut yes = SortedSet::new();
                let mut unsure = SortedSet::new();
                for (&flag, answer) in asked.iter().zip(answers) {
                    match answer {
                        1 => {
                            yes.insert(flag);
                        }
                        // The combined questions had no "not sure".
                        2 if !flag.is_legacy() => {
                            unsure.insert(flag);
                        }
                        _ => {}
                    }
                }
                (yes, unsure)
            })
    }

    fn arb_pain() -> impl Strategy<Value = PainScores> {
        let score = || 0..=PainScores::MAX;
        (score(), score(), score(), score()).prop_map(|(low_back, hip, knee, ankle)| PainScores {
            low_back,
            hip,
            knee,
            ankle,
        })
    }

    fn arb_sides(max: u16) -> impl Strategy<Value = SideSeconds> {
        (0..=max, 0..=max).prop_map(|(left, right)| SideSeconds { left, right })
    }

    /// Any answers that satisfy the `Answers` invariants.
    pub fn arb_answers() -> impl Strategy<Value = Answers> {
        let about = select(AgeBand::ALL.to_vec());
        let sitting =
            (arb_sitting(), select(BreakFrequency::ALL.to_vec())).prop_flat_map(|(day, breaks)| {
                let commitment = if breaks == BreakFrequency::Every30To45Minutes {
                    Just(None).boxed()
                } else {
                    select(BreakCommitment::ALL.to_vec()).prop_map(Some).boxed()
                };
                (Just(day), Just(breaks), commitment)
            });
        let symptoms = (
            arb_pain(),
            any::<bool>(),
            btree_set(
                select(PostureSign::ALL.to_vec()),
                0..=PostureSign::ALL.len(),
            )
            .prop_map(SortedSet::from_iter),
            select(YesNoUnsure::ALL.to_vec()),
            select(Onset::ALL.to_vec()),
            select(Trend::ALL.to_vec()),
        );
        let tests = (
            select(GluteFeel::ALL.to_vec()),
            arb_sides(Answers::MAX_BRIDGE_SECONDS),
            arb_sides(Answers::MAX_STANCE_SECONDS),
            select(PelvisDrop::ALL.to_vec()),
        );
        let conditions = (any::<bool>(), any::<bool>()).prop_flat_map(|(disc, nerve)| {
            let cleared = if disc || nerve {
                any::<bool>().prop_map(Some).boxed()
            } else {
                Just(None).boxed()
            };
            (Just(disc), Just(nerve), cleared)
        });
        let rest = (arb_red_flags(), 0..=Answers::MAX_ROUTINE_DAYS);
        (about, sitting, symptoms, tests, conditions, rest).prop_map(
            |(
                age_band,
                (sitting, breaks, break_commitment),
                (pain, balance_problems, posture_signs, compensation, onset, trend),
                (glute_feel, bridge_hold, stance_hold, pelvis_drop),
                (disc_problem, nerve_signs, clinician_cleared),
                ((red_flags, red_flags_unsure), routine_days),
            )| Answers {
                age_band,
                sitting,
                breaks,
                pain,
                balance_problems,
                posture_signs,
                compensation,
                onset,
                trend,
                glute_feel,
                bridge_hold,
                stance_hold,
                pelvis_drop,
                disc_problem,
                nerve_signs,
                clinician_cleared,
                red_flags,
                red_flags_unsure,
                routine_days,
                break_commitment,
            },
        )
    }

    /// Whether answers keep the invariants `validate` promises.
    pub fn invariants_hold(a: &Answers) -> bool {
        a.sitting.total_half_hours() <= SittingDay::MAX_TOTAL_HALF_HOURS
            && a.clinician_cleared.is_some() == a.has_complicating_condition()
            && a.break_commitment.is_some() != (a.breaks == BreakFrequency::Every30To45Minutes)
            && a.routine_days <= Answers::MAX_ROUTINE_DAYS
            && a.bridge_hold.left.max(a.bridge_hold.right) <= Answers::MAX_BRIDGE_SECONDS
            && a.stance_hold.left.max(a.stance_hold.right) <= Answers::MAX_STANCE_SECONDS
            && a.pain.highest() <= PainScores::MAX
            && a.red_flags_are_consistent()
    }

    /// Text a person might type, or anything at all.
    fn arb_text() -> impl Strategy<Value = String> {
        let typed = select(vec![
            "", " ", "0", "1", "1.5", "1,5", " 2 ", "7", "8", "24", "24.5", "25", "-1", "-0",
            "3.2", "NaN", "inf", "-inf", "1e3", "1e400", "abc", "1.2.3", "60", "120", "121", "300",
            "301", "65536", "0.5", ".5", "+3", "yes", "no", "none",
        ])
        .prop_map(str::to_string);
        prop_oneof![typed, any::<String>()]
    }

    /// Option ids of every question, unknown ids, and anything at all.
    fn arb_option_id() -> impl Strategy<Value = String> {
        let mut known: Vec<String> = vec![String::new(), "unknown".into(), NO_POSTURE_SIGN.into()];
        for q in crate::core::questionnaire::questions() {
            if let crate::core::questionnaire::AnswerKind::SingleChoice(options)
            | crate::core::questionnaire::AnswerKind::MultipleChoice(options) = &q.kind
            {
                known.extend(options.iter().map(|o| o.id.to_string()));
            }
        }
        prop_oneof![select(known), any::<String>()]
    }

    pub fn arb_draft_value() -> impl Strategy<Value = DraftValue> {
        prop_oneof![
            arb_option_id().prop_map(DraftValue::Choice),
            btree_set(arb_option_id(), 0..4)
                .prop_map(|ids| DraftValue::Choices(SortedSet::from_iter(ids))),
            arb_text().prop_map(DraftValue::Number),
            any::<u8>().prop_map(DraftValue::Scale),
            (0u8..=12).prop_map(DraftValue::Scale),
            (arb_text(), arb_text()).prop_map(|(left, right)| DraftValue::Sides { left, right }),
        ]
    }

    /// Any draft at all: random questions with random values of any shape.
    pub fn arb_draft() -> impl Strategy<Value = Draft> {
        proptest::collection::btree_map(
            select(QuestionId::ALL.to_vec()),
            arb_draft_value(),
            0..=QuestionId::ALL.len(),
        )
        // A map's entries come out in key order, one per question: as `Draft` keeps them.
        .prop_map(|map| Draft(map.into_iter().collect()))
    }

    /// A valid draft with a few answers changed or removed: close to what a person edits.
    pub fn arb_edited_draft() -> impl Strategy<Value = Draft> {
        (
            arb_answers(),
            proptest::collection::vec(
                (
                    select(QuestionId::ALL.to_vec()),
                    proptest::option::of(arb_draft_value()),
                ),
                0..4,
            ),
        )
            .prop_map(|(answers, edits)| {
                let mut draft = Draft::from_answers(&answers);
                for (q, value) in edits {
                    match value {
                        Some(value) => draft.set(q, value),
                        None => {
                            draft.remove(q);
                        }
                    }
                }
                draft
            })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::examples;
    use crate::core::questionnaire::{NO, YES};

    /// A valid set of answers to change one answer of. The tests rely on these: breaks less
    /// often than every 30-45 minutes (so the break commitment is asked), no disc problem or
    /// nerve signs (so the clinician question is hidden) and no red flags.
    fn example() -> Answers {
        Answers {
            breaks: BreakFrequency::EveryHourOrTwo,
            break_commitment: Some(BreakCommitment::Sometimes),
            disc_problem: false,
            nerve_signs: false,
            clinician_cleared: None,
            red_flags: SortedSet::new(),
            ..examples::typical_desk_worker()
        }
    }

    fn with(q: QuestionId, value: DraftValue) -> Draft {
        let mut draft = Draft::from_answers(&example());
        draft.set(q, value);
        draft
    }

    fn number(text: &str) -> DraftValue {
        DraftValue::Number(text.to_string())
    }

    fn choice(id: &str) -> DraftValue {
        DraftValue::Choice(id.to_string())
    }

    fn sides(left: &str, right: &str) -> DraftValue {
        DraftValue::Sides {
            left: left.to_string(),
            right: right.to_string(),
        }
    }

    fn only_problem(draft: &Draft) -> Problem {
        match validate(draft) {
            Err(problems) if problems.len() == 1 => problems[0].clone(),
            other => panic!("expected exactly one problem, got {other:?}"),
        }
    }

    #[test]
    fn example_answers_survive_the_round_trip() {
        assert_eq!(validate(&Draft::from_answers(&example())), Ok(example()));
    }

    #[test]
    fn empty_draft_reports_every_required_visible_question() {
        let problems = validate(&Draft::new()).unwrap_err();
        let named: Vec<_> = problems.iter().map(|p| p.question).collect();
        let expected: Vec<_> = QuestionId::ALL
            .into_iter()
            .filter(|&q| {
                q != QuestionId::PostureSigns
                    && q != QuestionId::ClinicianCleared
                    && q != QuestionId::BreakCommitment
                    // Rated only for the areas ticked as painful.
                    && !PAIN_SCALES.iter().any(|(_, scale)| *scale == q)
                    // Shown only with answers saved by an earlier version.
                    && !LEGACY_SITTING.contains(&q)
                    && !q.red_flag().is_some_and(RedFlag::is_legacy)
            })
            .collect();
        assert_eq!(named, expected);
        assert!(problems
            .iter()
            .filter(|p| p.question == QuestionId::AgeBand)
            .all(|p| p.message == text::CHOOSE_AN_ANSWER));
    }

    #[test]
    fn hours_accept_decimal_comma_spaces_and_round_to_half_hours() {
        for (typed, half_hours) in [
            ("1.5", 3),
            ("1,5", 3),
            (" 2 ", 4),
            ("0", 0),
            ("1.2", 2),
            ("1.25", 3),
            ("1.74", 3),
            ("0.2", 0),
        ] {
            let answers = validate(&with(QuestionId::SittingTotal, number(typed))).unwrap();
            assert_eq!(answers.sitting.half_hours, half_hours, "{typed}");
        }
    }

    #[test]
    fn hours_reject_text_nan_infinity_negative_and_more_than_a_day() {
        for (typed, message) in [
            ("abc", text::HOURS_NOT_A_NUMBER),
            ("NaN", text::HOURS_NOT_A_NUMBER),
            ("inf", text::HOURS_NOT_A_NUMBER),
            ("1.2.3", text::HOURS_NOT_A_NUMBER),
            ("-1", text::HOURS_OUT_OF_RANGE),
            ("24.5", text::HOURS_OUT_OF_RANGE),
            ("", text::HOURS_MISSING),
            ("   ", text::HOURS_MISSING),
        ] {
            let problem = only_problem(&with(QuestionId::SittingTotal, number(typed)));
            assert_eq!(problem.question, QuestionId::SittingTotal, "{typed}");
            assert_eq!(problem.message, message, "{typed}");
        }
    }

    #[test]
    fn sitting_split_over_a_day_is_one_problem_with_the_total() {
        let mut draft = Draft::from_answers(&example());
        for q in [
            QuestionId::SittingWork,
            QuestionId::SittingTravel,
            QuestionId::SittingLeisure,
        ] {
            draft.set(q, number("6"));
        }
        draft.set(QuestionId::SittingScreens, number("8"));
        let problem = only_problem(&draft);
        assert_eq!(problem.question, QuestionId::SittingScreens);
        assert_eq!(
            problem.message,
            "The four sitting times add up to 26 hours; a day has 24. Please check them."
        );
        draft.set(QuestionId::SittingScreens, number("6"));
        assert_eq!(validate(&draft).unwrap().sitting.total_half_hours(), 48);
    }

    #[test]
    fn choices_need_a_listed_option_of_the_right_kind() {
        let missing = with(QuestionId::Onset, choice(""));
        assert_eq!(only_problem(&missing).message, text::CHOOSE_AN_ANSWER);
        let unknown = with(QuestionId::Onset, choice("decades"));
        assert_eq!(only_problem(&unknown).message, text::CHOOSE_A_LISTED_ANSWER);
        let wrong_kind = with(QuestionId::Onset, number("weeks"));
        assert_eq!(only_problem(&wrong_kind).message, text::ANSWER_UNREADABLE);
        // An id of another question's options is still not an answer here.
        let other = with(QuestionId::Onset, choice("every_hour_or_two"));
        assert_eq!(only_problem(&other).message, text::CHOOSE_A_LISTED_ANSWER);
    }

    #[test]
    fn pain_scale_must_be_zero_to_ten() {
        let answers = validate(&with(QuestionId::PainKnee, DraftValue::Scale(10))).unwrap();
        assert_eq!(answers.pain.knee, 10);
        let over = with(QuestionId::PainKnee, DraftValue::Scale(11));
        assert_eq!(only_problem(&over).message, text::SCALE_OUT_OF_RANGE);
        let mut missing = Draft::from_answers(&example());
        missing.remove(QuestionId::PainKnee);
        assert_eq!(only_problem(&missing).question, QuestionId::PainKnee);
    }

    #[test]
    fn posture_signs_are_optional_and_none_means_empty() {
        let mut draft = Draft::from_answers(&example());
        draft.remove(QuestionId::PostureSigns);
        assert!(validate(&draft).unwrap().posture_signs.is_empty());
        let none = with(
            QuestionId::PostureSigns,
            DraftValue::Choices(SortedSet::from([NO_POSTURE_SIGN.to_string()])),
        );
        assert!(validate(&none).unwrap().posture_signs.is_empty());
        let two = with(
            QuestionId::PostureSigns,
            DraftValue::Choices(SortedSet::from([
                "tight_hip_fronts".to_string(),
                "bottom_sticks_out".to_string(),
            ])),
        );
        assert_eq!(
            validate(&two).unwrap().posture_signs,
            SortedSet::from([PostureSign::TightHipFronts, PostureSign::BottomSticksOut])
        );
    }

    #[test]
    fn posture_none_with_a_sign_or_unknown_sign_is_a_problem() {
        let both = with(
            QuestionId::PostureSigns,
            DraftValue::Choices(SortedSet::from([
                NO_POSTURE_SIGN.to_string(),
                "arched_low_back".to_string(),
            ])),
        );
        assert_eq!(only_problem(&both).message, text::NONE_WITH_POSTURE_SIGNS);
        let unknown = with(
            QuestionId::PostureSigns,
            DraftValue::Choices(SortedSet::from(["slouch".to_string()])),
        );
        assert_eq!(only_problem(&unknown).message, text::CHOOSE_A_LISTED_ANSWER);
    }

    #[test]
    fn seconds_are_whole_numbers_up_to_the_test_maximum() {
        let ok = with(QuestionId::StanceHold, sides(" 60 ", "0"));
        assert_eq!(
            validate(&ok).unwrap().stance_hold,
            SideSeconds { left: 60, right: 0 }
        );
        let max = with(QuestionId::BridgeHold, sides("300", "300"));
        assert!(validate(&max).is_ok());
        let over = with(QuestionId::StanceHold, sides("121", "30"));
        assert_eq!(
            only_problem(&over).message,
            text::seconds_not_valid(text::LEFT_SIDE, Answers::MAX_STANCE_SECONDS)
        );
        let fraction = with(QuestionId::BridgeHold, sides("20", "12.5"));
        assert_eq!(
            only_problem(&fraction).message,
            text::seconds_not_valid(text::RIGHT_SIDE, Answers::MAX_BRIDGE_SECONDS)
        );
    }

    #[test]
    fn seconds_report_each_side_and_both_missing_once() {
        let both_bad = with(QuestionId::BridgeHold, sides("-3", "lots"));
        let problems = validate(&both_bad).unwrap_err();
        assert_eq!(problems.len(), 2);
        let one_missing = with(QuestionId::BridgeHold, sides("20", " "));
        assert_eq!(
            only_problem(&one_missing).message,
            text::seconds_missing(text::RIGHT_SIDE)
        );
        let none = with(QuestionId::BridgeHold, sides("", ""));
        assert_eq!(only_problem(&none).message, text::seconds_missing_both());
    }

    #[test]
    fn routine_days_are_whole_days_up_to_seven() {
        for (typed, days) in [("0", 0), ("7", 7), (" 3 ", 3), ("4,0", 4)] {
            let answers = validate(&with(QuestionId::RoutineDays, number(typed))).unwrap();
            assert_eq!(answers.routine_days, days);
        }
        for typed in ["8", "3.5", "-1", "", "daily", "NaN"] {
            let problem = only_problem(&with(QuestionId::RoutineDays, number(typed)));
            assert_eq!(problem.message, text::DAYS_NOT_VALID, "{typed}");
        }
    }

    #[test]
    fn clinician_question_is_required_only_with_disc_or_nerve_signs() {
        let mut draft = Draft::from_answers(&example());
        draft.set(QuestionId::ClinicianCleared, choice(YES));
        assert_eq!(validate(&draft).unwrap().clinician_cleared, None, "hidden");
        draft.remove(QuestionId::ClinicianCleared);
        draft.set(QuestionId::NerveSigns, choice(YES));
        assert_eq!(only_problem(&draft).question, QuestionId::ClinicianCleared);
        draft.set(QuestionId::ClinicianCleared, choice(NO));
        let answers = validate(&draft).unwrap();
        assert!(answers.nerve_signs);
        assert_eq!(answers.clinician_cleared, Some(false));
    }

    #[test]
    fn break_commitment_is_skipped_for_people_who_already_get_up_often() {
        let mut draft = Draft::from_answers(&example());
        draft.set(
            QuestionId::Breaks,
            choice(BreakFrequency::Every30To45Minutes.option_id()),
        );
        let answers = validate(&draft).unwrap();
        assert_eq!(answers.break_commitment, None);
        assert_eq!(answers.breaks_often(), BreakCommitment::Yes);
        draft.set(QuestionId::Breaks, choice("rarely"));
        draft.remove(QuestionId::BreakCommitment);
        assert_eq!(only_problem(&draft).question, QuestionId::BreakCommitment);
    }

    #[test]
    fn red_flags_are_collected_from_yes_answers() {
        let mut draft = Draft::from_answers(&example());
        draft.set(QuestionId::RedFlagSaddleNumbness, choice(YES));
        draft.set(QuestionId::RedFlagNightOrRestPain, choice(YES));
        assert_eq!(
            validate(&draft).unwrap().red_flags,
            SortedSet::from([RedFlag::SaddleNumbness, RedFlag::NightOrRestPain])
        );
        draft.remove(QuestionId::RedFlagPainSinceFallOrAccident);
        assert_eq!(
            only_problem(&draft).question,
            QuestionId::RedFlagPainSinceFallOrAccident
        );
    }

    #[test]
    fn section_problems_are_the_problems_of_that_step() {
        let mut draft = Draft::from_answers(&example());
        draft.set(QuestionId::AgeBand, choice("teen"));
        draft.set(QuestionId::PainHip, DraftValue::Scale(42));
        assert_eq!(validate_section(SectionId::AboutYou, &draft).len(), 1);
        assert_eq!(validate_section(SectionId::Symptoms, &draft).len(), 1);
        assert!(validate_section(SectionId::SelfTests, &draft).is_empty());
    }

    #[test]
    fn visible_questions_follow_conditions() {
        let mut draft = Draft::from_answers(&example());
        let ids = |d: &Draft| -> Vec<QuestionId> {
            visible_questions(SectionId::RedFlags, d)
                .iter()
                .map(|q| q.id)
                .filter(|q| {
                    matches!(
                        q,
                        QuestionId::DiscProblem
                            | QuestionId::NerveSigns
                            | QuestionId::ClinicianCleared
                    )
                })
                .collect()
        };
        assert_eq!(
            ids(&draft),
            vec![QuestionId::DiscProblem, QuestionId::NerveSigns]
        );
        draft.set(QuestionId::DiscProblem, choice(YES));
        assert_eq!(ids(&draft).len(), 3);
    }

    #[test]
    fn typed_numbers_read_as_before() {
        let ok = |raw: &str| parse_number(raw).ok().map(Decimal::to_text);
        for (raw, value) in [
            (" 3 ", "3"),
            ("2,5", "2.5"),
            ("1.25", "1.25"),
            ("+1", "1"),
            (".5", "0.5"),
            (",5", "0.5"),
            ("1.", "1"),
            ("2e1", "20"),
            ("1,5E1", "15"),
            ("-0", "0"),
            ("007", "7"),
            ("1e-400", "0"),
        ] {
            assert_eq!(ok(raw).as_deref(), Some(value), "{raw:?}");
        }
        assert_eq!(parse_number(" \t "), Err(NumberError::Missing));
        for raw in [
            "abc", "inf", "NaN", "1e400", "1.2.3", "1,2,3", "1 2", "1e", "0x10", "١",
        ] {
            assert_eq!(parse_number(raw), Err(NumberError::NotANumber), "{raw:?}");
        }
    }

    #[test]
    fn half_hours_and_whole_numbers_are_exact() {
        assert_eq!(MAX_SITTING_HOURS.fract(), 0.0);
        let n = |raw: &str| parse_number(raw).unwrap();
        assert_eq!(half_hours_in_range(n("24")), Some(48));
        assert_eq!(half_hours_in_range(n("-0")), Some(0));
        assert_eq!(half_hours_in_range(n("24.0001")), None);
        assert_eq!(half_hours_in_range(n("-0.0001")), None);
        assert_eq!(half_hours_in_range(n("23.75")), Some(48));
        assert_eq!(half_hours_in_range(n("23.7499")), Some(47));
        assert_eq!(whole_in_range(n("60"), 60), Some(60));
        assert_eq!(whole_in_range(n("6e1"), 60), Some(60));
        assert_eq!(whole_in_range(n("61"), 60), None);
        assert_eq!(whole_in_range(n("59.5"), 60), None);
        assert_eq!(whole_in_range(n("-1"), 60), None);
        assert_eq!(whole_in_range(n("1e30"), 60), None);
    }

    #[test]
    fn hours_text_writes_half_hours_for_people() {
        assert_eq!(hours_text(0), "0");
        assert_eq!(hours_text(3), "1.5");
        assert_eq!(hours_text(52), "26");
        assert_eq!(hours_text(53), "26.5");
    }

    #[cfg(not(target_arch = "wasm32"))]
    mod properties {
        use super::super::strategy::{arb_answers, arb_draft, arb_edited_draft, invariants_hold};
        use super::super::*;
        use proptest::prelude::*;

        fn problems_name_visible_questions(draft: &Draft) -> Result<(), TestCaseError> {
            match validate(draft) {
                Ok(answers) => prop_assert!(invariants_hold(&answers)),
                Err(problems) => {
                    prop_assert!(!problems.is_empty());
                    for p in &problems {
                        prop_assert!(draft.is_visible(p.question), "{:?}", p);
                        prop_assert!(!p.message.is_empty());
                    }
                    let by_step: Vec<Problem> = SectionId::ALL
                        .into_iter()
                        .flat_map(|s| validate_section(s, draft))
                        .collect();
                    prop_assert_eq!(by_step, problems);
                }
            }
            Ok(())
        }

        /// The earlier reading of a typed number, on `f64` (float parsing is fine in tests).
        fn f64_number(raw: &str) -> Result<f64, NumberError> {
            let trimmed = raw.trim();
            if trimmed.is_empty() {
                return Err(NumberError::Missing);
            }
            match trimmed.replace(',', ".").parse::<f64>() {
                Ok(n) if n.is_finite() => Ok(n),
                _ => Err(NumberError::NotANumber),
            }
        }

        fn f64_half_hours(hours: f64) -> Option<u8> {
            (0.0..=f64::from(MAX_SITTING_HOURS))
                .contains(&hours)
                .then(|| (hours * 2.0).round() as u8)
        }

        fn f64_whole_in_range(n: f64, max: u16) -> Option<u16> {
            let whole = n.fract() == 0.0 && (0.0..=f64::from(max)).contains(&n);
            whole.then_some(n as u16)
        }

        proptest! {
            /// Short typed numbers (up to 12 digits) are accepted or refused exactly as the
            /// `f64` reading did, and give the same half hours and whole counts.
            #[test]
            fn typed_numbers_are_read_as_f64_read_them(
                raw in " ?[-+]?[0-9]{0,4}[.,]?[0-9]{0,4}([eE][-+]?[0-9]{1,3})? ?|[-+0-9.,eE a-z]{0,12}"
            ) {
                match (parse_number(&raw), f64_number(&raw)) {
                    (Ok(ours), Ok(theirs)) => {
                        prop_assert_eq!(half_hours_in_range(ours), f64_half_hours(theirs));
                        for max in [7, 60, 120] {
                            prop_assert_eq!(whole_in_range(ours, max), f64_whole_in_range(theirs, max));
                        }
                    }
                    (ours, theirs) => prop_assert_eq!(ours.err(), theirs.err(), "{:?}", raw),
                }
            }

            #[test]
            fn every_valid_answers_round_trips_through_a_draft(a in arb_answers()) {
                prop_assert!(invariants_hold(&a));
                prop_assert_eq!(validate(&Draft::from_answers(&a)), Ok(a));
            }

            #[test]
            fn arbitrary_drafts_never_panic_and_name_visible_questions(d in arb_draft()) {
                problems_name_visible_questions(&d)?;
            }

            #[test]
            fn edited_drafts_never_panic_and_name_visible_questions(d in arb_edited_draft()) {
                problems_name_visible_questions(&d)?;
            }

            /// A draft behaves as a map from question to value, iterated in question order.
            #[test]
            fn a_draft_behaves_as_a_map_in_question_order(
                edits in proptest::collection::vec(
                    (
                        proptest::sample::select(QuestionId::ALL.to_vec()),
                        proptest::option::of(super::super::strategy::arb_draft_value()),
                    ),
                    0..60,
                ),
            ) {
                let mut draft = Draft::new();
                let mut model = std::collections::BTreeMap::new();
                for (q, value) in edits {
                    match value {
                        Some(value) => {
                            draft.set(q, value.clone());
                            model.insert(q, value);
                        }
                        None => prop_assert_eq!(draft.remove(q), model.remove(&q)),
                    }
                    for q in QuestionId::ALL {
                        prop_assert_eq!(draft.get(q), model.get(&q));
                    }
                }
                prop_assert_eq!(draft.is_empty(), model.is_empty());
                let listed: Vec<_> = draft.iter().collect();
                let expected: Vec<_> = model.iter().map(|(q, v)| (*q, v)).collect();
                prop_assert_eq!(listed, expected);
            }
        }
    }

    #[test]
    fn ticking_none_clears_the_signs_and_a_sign_clears_none() {
        let signs: SortedSet<String> = ["arched_low_back".to_string()].into();
        let DraftValue::Choices(after_none) = toggle_choice(&signs, NO_POSTURE_SIGN, true) else {
            panic!("a multiple choice stays a multiple choice");
        };
        assert_eq!(after_none, [NO_POSTURE_SIGN.to_string()].into());
        let DraftValue::Choices(after_sign) = toggle_choice(&after_none, "arched_low_back", true)
        else {
            panic!("a multiple choice stays a multiple choice");
        };
        assert_eq!(after_sign, signs);
        assert_eq!(
            toggle_choice(&signs, "arched_low_back", false),
            DraftValue::Choices(SortedSet::new())
        );
    }

    #[test]
    fn pain_is_rated_only_for_the_areas_ticked() {
        let mut draft = Draft::from_answers(&example());
        for (_, scale) in PAIN_SCALES {
            draft.remove(scale);
        }
        // A fresh check: no scale shows before an area is ticked.
        assert!(draft.is_visible(QuestionId::PainAreas));
        assert!(PAIN_SCALES.iter().all(|(_, q)| !draft.is_visible(*q)));
        assert_eq!(only_problem(&draft).question, QuestionId::PainAreas);

        draft.set(
            QuestionId::PainAreas,
            DraftValue::Choices(SortedSet::from(["hip".to_string()])),
        );
        assert!(draft.is_visible(QuestionId::PainHip));
        assert!(!draft.is_visible(QuestionId::PainLowBack));
        assert_eq!(only_problem(&draft).question, QuestionId::PainHip);
        draft.set(QuestionId::PainHip, DraftValue::Scale(4));
        // A scale left over from an area unticked again does not count.
        draft.set(QuestionId::PainKnee, DraftValue::Scale(9));
        let pain = validate(&draft).unwrap().pain;
        assert_eq!(
            (pain.low_back, pain.hip, pain.knee, pain.ankle),
            (0, 4, 0, 0)
        );

        draft.set(
            QuestionId::PainAreas,
            DraftValue::Choices(SortedSet::from([NO_POSTURE_SIGN.to_string()])),
        );
        assert_eq!(validate(&draft).unwrap().pain.highest(), 0);
        draft.set(QuestionId::PainAreas, DraftValue::Choices(SortedSet::new()));
        assert_eq!(only_problem(&draft).question, QuestionId::PainAreas);
    }

    #[test]
    fn answers_saved_before_the_pain_areas_read_as_before() {
        // Records hold the four scales and no areas: all four are asked and read.
        let draft = Draft::from_answers(&example());
        assert_eq!(draft.get(QuestionId::PainAreas), None);
        assert!(!draft.is_visible(QuestionId::PainAreas));
        assert!(PAIN_SCALES.iter().all(|(_, q)| draft.is_visible(*q)));
        assert_eq!(validate(&draft), Ok(example()));
    }

    #[test]
    fn none_of_these_answers_no_only_to_the_open_safety_questions() {
        let mut draft = Draft::for_reassessment(&example());
        draft.set(QuestionId::RedFlagSaddleNumbness, choice(YES));
        assert!(draft.has_red_flag_concern());
        draft.answer_no_to_open_safety_questions();
        let answers = validate(&draft).unwrap();
        assert_eq!(
            answers.red_flags,
            SortedSet::from([RedFlag::SaddleNumbness])
        );

        let mut clear = Draft::for_reassessment(&example());
        assert!(!clear.has_red_flag_concern());
        clear.answer_no_to_open_safety_questions();
        assert!(!clear.has_red_flag_concern());
        assert_eq!(validate(&clear), Ok(example()));
    }

    #[test]
    fn none_of_these_also_answers_the_open_disc_and_nerve_questions() {
        let mut draft = Draft::for_reassessment(&example());
        draft.remove(QuestionId::DiscProblem);
        draft.remove(QuestionId::NerveSigns);
        draft.answer_no_to_open_safety_questions();
        assert_eq!(draft.choice(QuestionId::DiscProblem), Some(NO_OPTION));
        assert_eq!(draft.choice(QuestionId::NerveSigns), Some(NO_OPTION));
        assert!(draft.red_flags_answered());

        // A disc problem already given is kept, and the shortcut is still offered for the red
        // flags, which still need answers.
        let mut disc = Draft::for_reassessment(&example());
        disc.set(QuestionId::DiscProblem, choice(YES));
        disc.remove(QuestionId::NerveSigns);
        assert!(!disc.has_red_flag_concern());
        disc.answer_no_to_open_safety_questions();
        assert_eq!(disc.choice(QuestionId::DiscProblem), Some(YES));
        assert_eq!(disc.choice(QuestionId::NerveSigns), Some(NO_OPTION));
    }

    #[test]
    fn a_new_check_starts_with_not_sure_about_cramping_and_nothing_else() {
        let mut draft = Draft::for_new_check();
        assert_eq!(draft.iter().count(), 1);
        assert_eq!(draft.choice(QuestionId::Compensation), Some("unsure"));
        assert!(draft.is_untouched() && Draft::new().is_untouched());
        draft.set(QuestionId::Compensation, choice(YES));
        assert!(!draft.is_untouched());
    }

    #[test]
    fn not_sure_about_a_red_flag_is_kept_apart_from_yes() {
        let mut draft = Draft::for_reassessment(&example());
        draft.set(QuestionId::RedFlagFever, choice("unsure"));
        draft.set(QuestionId::RedFlagCannotBearWeight, choice(YES));
        draft.answer_no_to_open_safety_questions();
        let answers = validate(&draft).unwrap();
        assert_eq!(
            answers.red_flags,
            SortedSet::from([RedFlag::CannotBearWeight])
        );
        assert_eq!(answers.red_flags_unsure, SortedSet::from([RedFlag::Fever]));
        assert_eq!(validate(&Draft::from_answers(&answers)), Ok(answers));
    }

    #[test]
    fn every_question_of_the_safety_step_is_asked_one_sign_at_a_time_with_not_sure() {
        let draft = Draft::for_new_check();
        let shown: Vec<_> = draft.red_flag_questions().collect();
        assert_eq!(shown.len(), RedFlag::ASKED.len());
        for q in shown {
            assert!(has_option(q, "unsure"), "{q:?}");
            assert!(!question(q).prompt.contains(" or have you"), "{q:?}");
        }
    }

    #[test]
    fn answers_given_to_the_combined_red_flags_read_as_before() {
        // A record saved before the split: the eight questions of then, and the sitting split.
        let mut draft = Draft::for_reassessment(&example());
        for flag in RedFlag::ASKED_BEFORE_SPLIT {
            draft.set(QuestionId::for_red_flag(flag), choice(NO_OPTION));
        }
        draft.set(QuestionId::RedFlagConstantOrNightPain, choice(YES));
        draft.remove(QuestionId::SittingTotal);
        for (q, hours) in LEGACY_SITTING.into_iter().zip(["8", "1", "0.5", "3"]) {
            draft.set(q, number(hours));
        }
        assert!(!draft.is_visible(QuestionId::RedFlagFever));
        assert!(!draft.is_visible(QuestionId::SittingTotal));
        let answers = validate(&draft).unwrap();
        assert_eq!(
            answers.red_flags,
            SortedSet::from([RedFlag::ConstantOrNightPain])
        );
        assert_eq!(answers.sitting.half_hours, 25);
        assert_eq!(answers.red_flags_asked(), &RedFlag::ASKED_BEFORE_SPLIT);
        // Shown again, they come back with the questions they were given to.
        let again = Draft::from_answers(&answers);
        assert!(again.is_visible(QuestionId::RedFlagConstantOrNightPain));
        assert_eq!(validate(&again), Ok(answers));
    }

    #[test]
    fn a_reassessment_keeps_every_answer_but_the_safety_questions() {
        let previous = example();
        let draft = Draft::for_reassessment(&previous);
        for id in QuestionId::ALL {
            let expected = Draft::from_answers(&previous).get(id).cloned();
            if id.red_flag().is_some() {
                assert_eq!(draft.get(id), None, "{id:?} is asked again");
            } else if id == QuestionId::PainAreas {
                // Ticked for the areas that hurt last time, so their scales show.
                assert_eq!(draft.get(id).cloned(), Some(pain_areas_of(&previous)));
            } else {
                assert_eq!(draft.get(id).cloned(), expected, "{id:?} is kept");
            }
        }
        let problems = validate(&draft).expect_err("safety questions still need answers");
        assert!(problems.iter().all(|p| p.question.red_flag().is_some()));
    }
}
