//! One questionnaire step per screen: progress, the step's questions, an error summary that
//! links to each problem, and back / next.

use yew::prelude::*;

use crate::app::components::question_field::{focus_target, QuestionField};
use crate::app::history::{self as saved, HistoryContext};
use crate::app::pages::not_found;
use crate::app::routes::Route;
use crate::app::state::{Action, AssessmentContext};
use crate::browser::{focus, location};
use crate::core::content::pages::{
    prefilled_from, problems_heading, step_of, NO_RED_FLAGS_BUTTON, NO_RED_FLAGS_DONE,
    NO_RED_FLAGS_HINT, STEP, STORAGE_BLOCKED_AT_START,
};
use crate::core::draft::{validate, validate_section, visible_questions, Draft, DraftValue};
use crate::core::history_book::Notice;
use crate::core::link;
use crate::core::questionnaire::{question, sections, QuestionId};
use crate::core::record::date_text;
use crate::core::triage::{triage, Triage};

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Counted from 1.
    pub step: usize,
}

const HEADING_ID: &str = "step-heading";
const SUMMARY_ID: &str = "error-summary";

#[component]
pub fn Questionnaire(props: &Props) -> Html {
    let state = use_context::<AssessmentContext>();
    let history = use_context::<HistoryContext>();
    let step = props.step;

    // A re-assessment starts from the last saved answers (safety questions excepted).
    {
        let state = state.clone();
        let latest = history
            .as_ref()
            .and_then(|h| h.book.records.last().cloned());
        use_effect_with((), move |_| {
            if let (Some(state), Some(latest)) = (state, latest) {
                // Only a fresh start: never over answers being given, or being corrected after
                // the stop screen (which returns to a later step).
                if step == 1 && (state.draft.is_untouched() || state.answers.is_some()) {
                    state.dispatch(Action::Prefill(
                        Draft::for_reassessment(&latest.answers),
                        latest.taken_at_ms,
                    ));
                }
            }
        });
    }

    let attempts = state.as_ref().map(|s| s.attempts).unwrap_or(0);
    use_effect_with(attempts, |attempts| {
        if *attempts > 0 {
            let _ = focus::focus_id(SUMMARY_ID);
        }
    });

    let (Some(state), Some(section)) = (state, sections().get(step.wrapping_sub(1))) else {
        return not_found();
    };
    let total = sections().len();
    let is_last = step == total;

    let on_change = {
        let state = state.clone();
        Callback::from(move |(q, v): (QuestionId, DraftValue)| state.dispatch(Action::Answer(q, v)))
    };

    let on_submit = {
        let state = state.clone();
        let history = history.clone();
        let section_id = section.id;
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            let problems = validate_section(section_id, &state.draft);
            if !problems.is_empty() {
                state.dispatch(Action::Refused(section_id, problems));
                return;
            }
            state.dispatch(Action::Accepted);
            let next = if is_last {
                match validate(&state.draft) {
                    Ok(answers) => {
                        let route = match triage(&answers) {
                            Triage::Urgent { .. } => Route::Stop,
                            _ => {
                                // Every finished check with a plan is kept, so progress shows.
                                if let Some(history) = &history {
                                    saved::save_assessment(history, &answers);
                                }
                                Route::Results(link::encode(&answers))
                            }
                        };
                        state.dispatch(Action::Finished(answers));
                        route
                    }
                    // A problem on an earlier step: go there so it can be fixed.
                    Err(problems) => {
                        let first = problems
                            .first()
                            .map(|p| p.question.section().index() + 1)
                            .unwrap_or(1);
                        if let Some(p) = problems.first() {
                            state.dispatch(Action::Refused(p.question.section(), problems.clone()));
                        }
                        Route::Step(first)
                    }
                }
            } else {
                Route::Step(step + 1)
            };
            let _ = location::set_hash(&next.href());
        })
    };

    let problems: Vec<_> = if state.problems_for == Some(section.id) {
        state.problems.clone()
    } else {
        Vec::new()
    };
    let problem_for = |id: QuestionId| {
        problems
            .iter()
            .find(|p| p.question == id)
            .map(|p| p.message.clone())
    };

    let summary = (!problems.is_empty()).then(|| {
        html! {
            <div class="error-summary" id={SUMMARY_ID} tabindex="-1" role="alert">
                <h2>{ problems_heading(problems.len()) }</h2>
                <ul>
                { for problems.iter().map(|p| {
                    let target = focus_target(question(p.question));
                    let href = format!("#{target}");
                    html! {
                        <li><a href={href} onclick={Callback::from(move |e: MouseEvent| {
                            // In-page anchors would change the route: move focus instead.
                            e.prevent_default();
                            let _ = focus::focus_id(&target);
                        })}>{ format!("{} {}", question(p.question).prompt, p.message) }</a></li>
                    }
                }) }
                </ul>
            </div>
        }
    });

    // The "none of these" shortcut sits after the last safety question shown.
    let last_red_flag = state.draft.red_flag_questions().last();
    let back_href = if step > 1 {
        Route::Step(step - 1).href()
    } else {
        Route::Welcome.href()
    };

    html! {
        <>
            <div class="progress">
                <p class="progress-label" id="progress-label">{ step_of(step, total) }</p>
                <progress max={total.to_string()} value={step.to_string()} aria-labelledby="progress-label"></progress>
            </div>
            <h1 id={HEADING_ID} tabindex="-1">{ section.title }</h1>
            { (!section.intro.is_empty()).then(|| html! { <p class="intro">{ section.intro }</p> }) }
            { prefilled_note(&state) }
            if step == 1 && storage_blocked(history.as_ref()) {
                <p class="notice urgent" role="status">{ STORAGE_BLOCKED_AT_START }</p>
            }
            { summary }
            <form novalidate=true onsubmit={on_submit}>
                // Every child keyed (the shortcut too), so fields keep their DOM and focus.
                { for visible_questions(section.id, &state.draft).into_iter().flat_map(move |q| {
                    let field = html! {
                        <QuestionField key={q.id.as_str()} question={q} value={state.draft.get(q.id).cloned()}
                            problem={problem_for(q.id)} on_change={on_change.clone()} />
                    };
                    let shortcut = (Some(q.id) == last_red_flag).then(|| no_red_flags(&state));
                    std::iter::once(field).chain(shortcut)
                }) }
                <div class="step-nav">
                    <a class="button secondary" href={back_href}>{ STEP.back }</a>
                    <button type="submit" class="button">{ if is_last { STEP.finish } else { STEP.next } }</button>
                </div>
            </form>
        </>
    }
}

/// "None of these apply to me", after the safety questions: one press instead of one per
/// question. Offered only while none is answered "Yes", so it can never undo a concern; it
/// stays in place once used, so the focus never jumps.
fn no_red_flags(state: &AssessmentContext) -> Html {
    if state.draft.has_red_flag_concern() {
        return html! { <div key="no-red-flags" class="no-red-flags"></div> };
    }
    let all_answered = state.draft.red_flags_answered();
    let onclick = {
        let state = state.clone();
        Callback::from(move |_: MouseEvent| state.dispatch(Action::NoToOpenRedFlags))
    };
    html! {
        <div key="no-red-flags" class="no-red-flags">
            <button type="button" class="button secondary" id="no-red-flags" onclick={onclick}
                aria-describedby="no-red-flags-hint">{ NO_RED_FLAGS_BUTTON }</button>
            <p class="help" id="no-red-flags-hint">{ NO_RED_FLAGS_HINT }</p>
            <p role="status">{ if all_answered { NO_RED_FLAGS_DONE } else { "" } }</p>
        </div>
    }
}

/// Whether this browser keeps nothing: said before the check, not first on the results.
fn storage_blocked(history: Option<&HistoryContext>) -> bool {
    history.is_some_and(|h| h.book.notices.contains(&Notice::StorageUnavailable))
}

/// Says where the filled-in answers came from, on the steps where they show.
fn prefilled_note(state: &AssessmentContext) -> Html {
    match state.prefilled_from {
        Some(ms) => {
            html! { <p class="notice" role="status">{ prefilled_from(&date_text(ms)) }</p> }
        }
        None => Html::default(),
    }
}
