//! The Yew app: routes, state, pages and components. It renders what the core decides.

pub mod components;
pub mod history;
pub mod pages;
pub mod routes;
pub mod state;

use yew::prelude::*;

use crate::browser::{focus, location, storage};
use crate::core::content::pages::{APP_NAME, NAV_HISTORY, NAV_LABEL, NAV_NEW_CHECK};
use crate::core::history_book::STORE_KEY;
use history::HistoryContext;
use routes::{switch, Route};
use state::{AssessmentContext, AssessmentState};

fn current_route() -> Route {
    // Without a readable location, the start screen is the safe place to be.
    location::hash()
        .map(|h| Route::parse(&h))
        .unwrap_or(Route::Welcome)
}

#[component]
pub fn App() -> Html {
    let route = use_state(current_route);
    let assessment = use_reducer(AssessmentState::default);
    let history = use_reducer(history::open);
    {
        // An assessment saved in another tab shows up here too.
        let history = history.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_change(STORE_KEY, move || history::reload(&history)).ok();
            move || drop(listener)
        });
    }
    {
        let route = route.clone();
        use_effect_with((), move |_| {
            let listener = location::on_hash_change(move || route.set(current_route())).ok();
            move || drop(listener)
        });
    }
    // Each new screen starts at its top with focus on its heading, as a page load would. The
    // first screen is a real page load already, so focus stays where the browser put it.
    let first_render = use_mut_ref(|| true);
    use_effect_with((*route).clone(), move |_| {
        if !first_render.replace(false) {
            let _ = focus::focus_main_heading();
        }
    });
    html! {
        <ContextProvider<HistoryContext> context={history}>
            <ContextProvider<AssessmentContext> context={assessment}>
                <header class="site-header no-print">
                    <a class="site-name" href={Route::Welcome.href()}>{ APP_NAME }</a>
                    <nav aria-label={NAV_LABEL}>
                        <a href={Route::Step(1).href()}>{ NAV_NEW_CHECK }</a>
                        <a href={Route::History.href()}>{ NAV_HISTORY }</a>
                    </nav>
                </header>
                <main id="main">{ switch(&route) }</main>
            </ContextProvider<AssessmentContext>>
        </ContextProvider<HistoryContext>>
    }
}
