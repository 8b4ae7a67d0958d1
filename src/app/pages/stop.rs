//! The red-flag stop: calm, what to do now, no estimate and no plan, and a way back to change an
//! answer given by mistake.

use yew::prelude::*;

use crate::app::components::no_assessment::no_assessment;
use crate::app::routes::Route;
use crate::app::state::AssessmentContext;
use crate::core::answers::RedFlag;
use crate::core::content::pages::CHANGE_ANSWERS;
use crate::core::content::triage::{
    red_flag_summary, red_flag_why, URGENT_DO_NOW, URGENT_FLAGS_HEADING, URGENT_MESSAGE,
    URGENT_NO_PLAN, URGENT_TITLE,
};
use crate::core::questionnaire::SectionId;
use crate::core::triage::{triage, Triage};

#[component]
pub fn Stop() -> Html {
    let state = use_context::<AssessmentContext>();
    let Some(answers) = state.and_then(|s| s.answers.clone()) else {
        return no_assessment();
    };
    match triage(&answers) {
        Triage::Urgent { flags } => urgent_care(&flags),
        // The answers were changed since: there is nothing to stop for.
        _ => no_assessment(),
    }
}

/// What to do now, shown wherever urgent answers turn up (the flow's end or a plan link). A plain
/// view function: it holds no state.
pub fn urgent_care(flags: &[RedFlag]) -> Html {
    let red_flags_step = Route::Step(SectionId::RedFlags.index() + 1);
    html! {
        <>
            <h1>{ URGENT_TITLE }</h1>
            <div class="notice urgent" role="alert">
                <p><strong>{ URGENT_DO_NOW }</strong></p>
            </div>
            <p>{ URGENT_MESSAGE }</p>
            <h2>{ URGENT_FLAGS_HEADING }</h2>
            <ul class="flag-list">
                { for flags.iter().map(|f| html! {
                    <li><strong>{ red_flag_summary(*f) }</strong><br /><span class="muted">{ red_flag_why(*f) }</span></li>
                }) }
            </ul>
            <p>{ URGENT_NO_PLAN }</p>
            <p><a class="button secondary" href={red_flags_step.href()}>{ CHANGE_ANSWERS }</a></p>
        </>
    }
}
