use yew::prelude::*;

use crate::app::routes::Route;
use crate::core::content::pages::{NO_ASSESSMENT_BODY, NO_ASSESSMENT_TITLE, WELCOME};

/// Shown on the results, plan and stop screens when opened before any check was finished (e.g.
/// after a reload: the finished check lives only in memory). A plain view function: no state.
pub fn no_assessment() -> Html {
    html! {
        <>
            <h1>{ NO_ASSESSMENT_TITLE }</h1>
            <p>{ NO_ASSESSMENT_BODY }</p>
            <p><a class="button" href={Route::Step(1).href()}>{ WELCOME.start }</a></p>
        </>
    }
}
