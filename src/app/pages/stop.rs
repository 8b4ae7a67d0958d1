//! The red-flag stop: calm, what to do now, no estimate and no plan, and a way back to change an
//! answer given by mistake.

use yew::prelude::*;

use crate::app::components::no_assessment::no_assessment;
use crate::app::routes::Route;
use crate::app::state::AssessmentContext;
use crate::core::answers::RedFlag;
use crate::core::content::pages::CHANGE_ANSWERS;
use crate::core::content::triage::{
    red_flag_check, red_flag_summary, red_flag_why, soon_reason_text, soon_reason_why,
    CHECK_AND_CHANGE, NOT_SURE_LABEL, UNSURE_HEADING, URGENT_DO_NOW, URGENT_DO_NOW_UNSURE,
    URGENT_FLAGS_HEADING, URGENT_MESSAGE, URGENT_NO_PLAN, URGENT_TITLE, URGENT_UNSURE_MESSAGE,
};
use crate::core::questionnaire::SectionId;
use crate::core::triage::{triage, SoonReason, Triage};

#[component]
pub fn Stop() -> Html {
    let state = use_context::<AssessmentContext>();
    let Some(answers) = state.and_then(|s| s.answers.clone()) else {
        return no_assessment();
    };
    match triage(&answers) {
        Triage::Urgent { flags, unsure } => urgent_care(&flags, &unsure),
        // The answers were changed since: there is nothing to stop for.
        _ => no_assessment(),
    }
}

/// What to do now, shown wherever urgent answers turn up (the flow's end or a plan link). A plain
/// view function: it holds no state. `flags` were answered "yes", `unsure` "not sure".
pub fn urgent_care(flags: &[RedFlag], unsure: &[RedFlag]) -> Html {
    let red_flags_step = Route::Step(SectionId::RedFlags.index() + 1);
    let (do_now, message) = if flags.is_empty() {
        (URGENT_DO_NOW_UNSURE, URGENT_UNSURE_MESSAGE)
    } else {
        (URGENT_DO_NOW, URGENT_MESSAGE)
    };
    html! {
        <>
            <h1>{ URGENT_TITLE }</h1>
            <div class="notice urgent" role="alert">
                <p><strong>{ do_now }</strong></p>
            </div>
            <p>{ message }</p>
            if !flags.is_empty() {
                <h2>{ URGENT_FLAGS_HEADING }</h2>
                <ul class="flag-list">
                    { for flags.iter().map(|f| html! {
                        <li><strong>{ red_flag_summary(*f) }</strong><br /><span class="muted">{ red_flag_why(*f) }</span></li>
                    }) }
                </ul>
            }
            if !unsure.is_empty() {
                <h2>{ UNSURE_HEADING }</h2>
                <ul class="flag-list">
                    { for unsure.iter().map(|f| html! {
                        <li><strong>{ red_flag_summary(*f) }</strong><br /><span class="muted">{ red_flag_why(*f) }</span><br />{ red_flag_check(*f) }</li>
                    }) }
                </ul>
                <p>{ CHECK_AND_CHANGE }</p>
            }
            <p>{ URGENT_NO_PLAN }</p>
            <p><a class="button secondary" href={red_flags_step.href()}>{ CHANGE_ANSWERS }</a></p>
        </>
    }
}

/// One reason on the "see a doctor soon" notices (results and plan): a "not sure" answer says so
/// and says what to check.
pub fn soon_reason_item(reason: &SoonReason) -> Html {
    match reason {
        SoonReason::UnsureFlag(_) => html! {
            <li><strong>{ NOT_SURE_LABEL }</strong>{ " " }{ soon_reason_text(*reason) }<br />{ soon_reason_why(*reason) }</li>
        },
        _ => html! { <li>{ soon_reason_text(*reason) }</li> },
    }
}
