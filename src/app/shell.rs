//! The page around every screen: the site header and the `<main>` landmark. The browser app and
//! the build-time prerender both use it, so the welcome screen shipped inside index.html is the
//! very markup the app renders when it starts, and nothing moves when it takes over.

use yew::prelude::*;

use super::pages::welcome;
use super::routes::Route;
use crate::core::content::pages::{APP_NAME, NAV_HISTORY, NAV_LABEL, NAV_NEW_CHECK, STOPPED};

/// The header and `<main>` around one screen's content.
pub fn page(route: &Route, content: Html) -> Html {
    html! {
        <>
            <header class="site-header no-print">
                <a class="site-name" href={Route::Welcome.href()}>{ APP_NAME }</a>
                <nav aria-label={NAV_LABEL}>
                    <a href={Route::Step(1).href()}>{ NAV_NEW_CHECK }</a>
                    <a href={Route::History.href()}
                        aria-current={(*route == Route::History).then_some("page")}>{ NAV_HISTORY }</a>
                </nav>
            </header>
            <main id="main">{ content }</main>
        </>
    }
}

/// The welcome screen as the build step renders it into index.html (`src/bin/prerender.rs`): it
/// needs no browser API, so it renders natively, and it is what `App` shows at `#/`.
#[component]
pub fn PrerenderedWelcome() -> Html {
    page(&Route::Welcome, welcome())
}

/// The notice index.html's script reveals when the app could not start or has stopped on an error
/// (a panic aborts the wasm). The build step renders it next to the app root, outside it, so it
/// is there whatever the app did; the app itself never renders it. Of its two parts the script
/// shows the one that fits: reloading helps, or this browser has no WebAssembly at all.
#[component]
pub fn PrerenderedStoppedNotice() -> Html {
    let lines = |lines: &'static [&'static str]| -> Html {
        lines
            .iter()
            .map(|line| html! { <p>{ *line }</p> })
            .collect()
    };
    html! {
        <div id="app-stopped" class="notice urgent app-stopped no-print" role="alert" tabindex="-1" hidden=true>
            <div class="stopped-error">
                <p><strong>{ STOPPED.title }</strong></p>
                { lines(STOPPED.body) }
                <p><button type="button" class="button">{ STOPPED.reload }</button></p>
            </div>
            <div class="stopped-no-wasm" hidden=true>
                <p><strong>{ STOPPED.no_wasm_title }</strong></p>
                { lines(STOPPED.no_wasm_body) }
            </div>
        </div>
    }
}
