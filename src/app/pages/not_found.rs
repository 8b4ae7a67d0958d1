use yew::prelude::*;

use crate::app::routes::Route;
use crate::core::content::pages::{BACK_TO_START, NOT_FOUND_BODY, NOT_FOUND_TITLE};

#[component]
pub fn NotFound() -> Html {
    html! {
        <>
            <h1>{ NOT_FOUND_TITLE }</h1>
            <p>{ NOT_FOUND_BODY }</p>
            <p><a class="button" href={Route::Welcome.href()}>{ BACK_TO_START }</a></p>
        </>
    }
}
