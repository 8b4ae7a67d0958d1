//! The Yew app: routes, state, pages and components. It renders what the core decides.

pub mod breaks;
pub mod components;
pub mod history;
pub mod keeping;
pub mod pages;
pub mod routes;
pub mod session_log;
pub mod shell;
pub mod state;

use yew::prelude::*;

use crate::browser::{focus, location, storage};
use crate::core::content::pages::{screen_title, step_title};
use crate::core::history_book::STORE_KEY;
use crate::core::session::log::{IN_PROGRESS_KEY, LOG_KEY};
use history::HistoryContext;
use keeping::KeepingContext;
use routes::{switch, Route};
use session_log::SessionLogContext;
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
    let sessions = use_reducer(session_log::open);
    {
        // Sessions logged, started or ended in another tab show up here too.
        let sessions = sessions.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_change(&[LOG_KEY, IN_PROGRESS_KEY], move || {
                session_log::reload(&sessions)
            })
            .ok();
            move || drop(listener)
        });
    }
    let keeping = use_reducer(keeping::open);
    {
        // Once something is saved, ask the browser to keep it (core::saved::storage_use).
        let keeping = keeping.clone();
        let saved_checks = history.book.records.len();
        use_effect_with(saved_checks > 0, move |saved| {
            if *saved {
                keeping::secure(&keeping, saved_checks);
            }
        });
    }
    {
        // An assessment saved in another tab shows up here too.
        let history = history.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_change(&[STORE_KEY], move || history::reload(&history)).ok();
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
    // The document's own title, kept for the welcome screen.
    let home_title = use_mut_ref(|| focus::title().unwrap_or_default());
    use_effect_with((*route).clone(), move |route| {
        if !first_render.replace(false) {
            let _ = focus::focus_main_heading();
        }
        let _ = name_screen(route, &home_title.borrow());
    });
    html! {
        <ContextProvider<HistoryContext> context={history}>
            <ContextProvider<SessionLogContext> context={sessions}>
                <ContextProvider<KeepingContext> context={keeping}>
                    <ContextProvider<AssessmentContext> context={assessment}>
                        { shell::page(&route, switch(&route)) }
                    </ContextProvider<AssessmentContext>>
                </ContextProvider<KeepingContext>>
            </ContextProvider<SessionLogContext>>
        </ContextProvider<HistoryContext>>
    }
}

/// Puts the screen's main heading into the page title, so that each screen has its own name in
/// tabs, history and screen readers. The welcome screen keeps the document's own title.
fn name_screen(route: &Route, home_title: &str) -> Result<(), crate::browser::BrowserError> {
    if *route == Route::Welcome {
        return focus::set_title(home_title);
    }
    let heading = focus::main_heading_text()?;
    let total = crate::core::questionnaire::sections().len();
    let title = match route {
        Route::Step(n) if (1..=total).contains(n) => step_title(&heading, *n, total),
        _ => screen_title(&heading),
    };
    focus::set_title(&title)
}
