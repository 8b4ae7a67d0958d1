use yew::prelude::*;

use crate::app::routes::Route;
use crate::core::content::pages::{APP_NAME, APP_TAGLINE, WELCOME};

/// The first screen. It is also prerendered into index.html at build time (see `app::shell`).
/// A plain view function, not a component: it holds no state, and each component costs the wasm
/// about a kilobyte of its own machinery.
pub fn welcome() -> Html {
    html! {
        <>
            <h1>{ APP_NAME }<span class="tagline">{ APP_TAGLINE }</span></h1>
            { for WELCOME.what_it_does.iter().map(|p| html! { <p>{ *p }</p> }) }
            <p class="notice">{ WELCOME.not_a_diagnosis }</p>
            <p class="notice urgent"><strong>{ WELCOME.emergency }</strong></p>
            <p>{ WELCOME.privacy }</p>
            <p class="muted">{ WELCOME.duration }</p>
            <p><a class="button" href={Route::Step(1).href()}>{ WELCOME.start }</a></p>
        </>
    }
}
