fn main() {
    let root = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // The <noscript> text is only for browsers without scripts.
            root.set_inner_html("");
            yew::Renderer::<glute_check::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<glute_check::app::App>::new().render();
        }
    }
    // After mounting, so the first screen never waits on it. Release builds only: the worker
    // serves every file from its cache first, which would hide fresh debug builds from
    // `trunk serve`'s reloads. A failure only means no offline copy: the app works as before.
    if !cfg!(debug_assertions) {
        let _ = glute_check::browser::service_worker::register("./sw.js");
    }
}
