//! The assessment in progress, as a reducer shared through a context (the shape of Yew's
//! `function_todomvc` and `contexts` examples). The reducer only computes; navigation, focus and
//! storage happen in the components around it.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::answers::Answers;
use crate::core::draft::{validate_section, Draft, DraftValue, Problem};
use crate::core::questionnaire::{QuestionId, SectionId};

#[derive(Clone, Debug, PartialEq)]
pub struct AssessmentState {
    pub draft: Draft,
    /// The problems of the step the person last tried to leave; they update as answers change
    /// and clear once fixed.
    pub problems: Vec<Problem>,
    /// The step whose problems are shown, so another step never shows stale messages.
    pub problems_for: Option<SectionId>,
    /// Counts attempts to leave a step with problems, so the error summary takes focus each time.
    pub attempts: u32,
    /// The finished assessment, once every answer is valid.
    pub answers: Option<Rc<Answers>>,
    /// When the answers were filled in from a saved assessment: its time.
    pub prefilled_from: Option<u64>,
}

impl Default for AssessmentState {
    fn default() -> Self {
        AssessmentState {
            draft: Draft::for_new_check(),
            problems: Vec::new(),
            problems_for: None,
            attempts: 0,
            answers: None,
            prefilled_from: None,
        }
    }
}

pub enum Action {
    Answer(QuestionId, DraftValue),
    /// "None of these apply to me": "No" to every safety question not answered yet.
    NoToOpenRedFlags,
    /// Start from a saved assessment's answers (taken at this time).
    Prefill(Draft, u64),
    /// Leaving `section` was refused because of these problems.
    Refused(SectionId, Vec<Problem>),
    /// The step's answers are fine: forget earlier problems.
    Accepted,
    Finished(Answers),
}

impl Reducible for AssessmentState {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Answer(question, value) => {
                next.draft.set(question, value);
                // A change may make the finished answers stale: they are rebuilt on finishing.
                next.answers = None;
                if let Some(section) = next.problems_for {
                    next.problems = validate_section(section, &next.draft);
                }
            }
            Action::NoToOpenRedFlags => {
                next.draft.answer_no_to_open_safety_questions();
                next.answers = None;
                if let Some(section) = next.problems_for {
                    next.problems = validate_section(section, &next.draft);
                }
            }
            Action::Prefill(draft, taken_at_ms) => {
                next = AssessmentState {
                    draft,
                    prefilled_from: Some(taken_at_ms),
                    ..AssessmentState::default()
                };
            }
            Action::Refused(section, problems) => {
                next.problems = problems;
                next.problems_for = Some(section);
                next.attempts += 1;
            }
            Action::Accepted => {
                next.problems.clear();
                next.problems_for = None;
            }
            Action::Finished(answers) => {
                next.problems.clear();
                next.problems_for = None;
                next.answers = Some(Rc::new(answers));
            }
        }
        Rc::new(next)
    }
}

pub type AssessmentContext = UseReducerHandle<AssessmentState>;
