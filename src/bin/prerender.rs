//! Build step (run by tools/post_build.py after Trunk wrote index.html): renders the welcome
//! screen with Yew's server renderer and puts it inside `<div id="app">` of the given
//! index.html. A phone then paints the first screen from the HTML alone, before the wasm has
//! arrived; when the app starts it renders the same markup in its place (src/main.rs).
//!
//! It also puts the hidden "this page has stopped" notice just before the app root, where the
//! page's own script can reveal it when the app cannot start or stops (index.html).
//!
//! Usage: `cargo run --no-default-features --features ssr --bin prerender -- <index.html>`

use std::process::ExitCode;

use glute_check::app::shell::{PrerenderedStoppedNotice, PrerenderedWelcome};

fn main() -> ExitCode {
    match run() {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("prerender: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run() -> Result<(), String> {
    let path = std::env::args()
        .nth(1)
        .ok_or("pass the path of the built index.html")?;
    let page = std::fs::read_to_string(&path).map_err(|e| format!("cannot read {path}: {e}"))?;
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .map_err(|e| format!("no async runtime: {e}"))?;
    // Not hydratable: the app renders afresh over it, so the wasm needs no hydration code.
    let welcome = runtime.block_on(
        yew::ServerRenderer::<PrerenderedWelcome>::new()
            .hydratable(false)
            .render(),
    );
    let notice = runtime.block_on(
        yew::ServerRenderer::<PrerenderedStoppedNotice>::new()
            .hydratable(false)
            .render(),
    );
    let page = place(&page, &welcome, &notice)?;
    std::fs::write(&path, page).map_err(|e| format!("cannot write {path}: {e}"))
}

/// The page with `notice` just before its app root and `welcome` as the root's first content.
/// The HTML minifier may have dropped the quotes around `app`, so both spellings are found.
fn place(page: &str, welcome: &str, notice: &str) -> Result<String, String> {
    if page.contains("class=site-header") || page.contains("class=\"site-header") {
        return Err("index.html already holds a prerendered screen".into());
    }
    let (at, tag) = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| (at, *tag)))
        .ok_or("index.html has no <div id=\"app\">")?;
    let open = at + tag.len();
    Ok(format!(
        "{}{notice}{tag}{welcome}{}",
        &page[..at],
        &page[open..]
    ))
}

#[cfg(test)]
mod tests {
    use super::place;

    #[test]
    fn puts_the_notice_before_the_app_root_and_the_screen_first_in_it_quoted_or_not() {
        for tag in ["<div id=\"app\">", "<div id=app>"] {
            let page = format!("<body>{tag}<noscript>x</noscript></div></body>");
            let done = place(&page, "<main>hi</main>", "<div hidden>stopped</div>").unwrap();
            assert_eq!(
                done,
                format!(
                    "<body><div hidden>stopped</div>{tag}<main>hi</main><noscript>x</noscript></div></body>"
                )
            );
        }
    }

    #[test]
    fn refuses_a_page_without_an_app_root_or_already_prerendered() {
        assert!(place("<body></body>", "<main/>", "").is_err());
        let once = place("<div id=app></div>", "<header class=site-header>", "").unwrap();
        assert!(place(&once, "<header class=site-header>", "").is_err());
    }
}
