use yew::prelude::*;

use crate::app::routes::Route;
use crate::core::content::pages::{BACK_TO_START, NOT_FOUND_BODY, NOT_FOUND_TITLE};

/// A plain view function, not a component: it holds no state, and each component costs the wasm
/// about a kilobyte of its own machinery.
pub fn not_found() -> Html {
    html! {
        <>
            <h1>{ NOT_FOUND_TITLE }</h1>
            <p>{ NOT_FOUND_BODY }</p>
            <p><a class="button" href={Route::Welcome.href()}>{ BACK_TO_START }</a></p>
        </>
    }
}
