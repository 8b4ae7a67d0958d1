//! Build step (run by tools/post_build.py after Trunk wrote index.html): renders the welcome
//! screen with Yew's server renderer and puts it inside `<div id="app">` of the given
//! index.html. A phone then paints the first screen from the HTML alone, before the wasm has
//! arrived; when the app starts it renders the same markup in its place (src/main.rs).
//!
//! Usage: `cargo run --no-default-features --features ssr --bin prerender -- <index.html>`

use std::process::ExitCode;

use glute_check::app::shell::PrerenderedWelcome;

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
    let markup = runtime.block_on(
        yew::ServerRenderer::<PrerenderedWelcome>::new()
            .hydratable(false)
            .render(),
    );
    let page = insert_into_app_root(&page, &markup)?;
    std::fs::write(&path, page).map_err(|e| format!("cannot write {path}: {e}"))
}

/// The page with `markup` as the first content of its app root. The HTML minifier may have
/// dropped the quotes around `app`, so both spellings are found.
fn insert_into_app_root(page: &str, markup: &str) -> Result<String, String> {
    if page.contains("class=site-header") || page.contains("class=\"site-header") {
        return Err("index.html already holds a prerendered screen".into());
    }
    let open = ["<div id=\"app\">", "<div id=app>"]
        .iter()
        .find_map(|tag| page.find(tag).map(|at| at + tag.len()))
        .ok_or("index.html has no <div id=\"app\">")?;
    Ok(format!("{}{markup}{}", &page[..open], &page[open..]))
}

#[cfg(test)]
mod tests {
    use super::insert_into_app_root;

    #[test]
    fn puts_the_markup_first_in_the_app_root_whether_quoted_or_not() {
        for tag in ["<div id=\"app\">", "<div id=app>"] {
            let page = format!("<body>{tag}<noscript>x</noscript></div></body>");
            let done = insert_into_app_root(&page, "<main>hi</main>").unwrap();
            assert_eq!(
                done,
                format!("<body>{tag}<main>hi</main><noscript>x</noscript></div></body>")
            );
        }
    }

    #[test]
    fn refuses_a_page_without_an_app_root_or_already_prerendered() {
        assert!(insert_into_app_root("<body></body>", "<main/>").is_err());
        let once =
            insert_into_app_root("<div id=app></div>", "<header class=site-header>").unwrap();
        assert!(insert_into_app_root(&once, "<header class=site-header>").is_err());
    }
}
