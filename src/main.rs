fn main() {
    let document = web_sys::window().and_then(|w| w.document());
    let root = document.as_ref().and_then(|d| d.get_element_by_id("app"));
    match root {
        Some(root) => {
            // The root holds the prerendered welcome screen (and the <noscript> text). The app
            // renders the same markup in its place, before the browser paints again, so the
            // person sees no change unless the address asked for another screen.
            root.set_inner_html("");
            yew::Renderer::<glute_check::app::App>::with_root(root).render();
        }
        None => {
            yew::Renderer::<glute_check::app::App>::new().render();
        }
    }
    // index.html hides the prerendered welcome screen when the address names another screen
    // (class "deep"); from now on the app shows the right one.
    if let Some(html) = document.and_then(|d| d.document_element()) {
        let _ = html.remove_attribute("class");
    }
    // After mounting, so the first screen never waits on it. Release builds only: the worker
    // serves every file from its cache first, which would hide fresh debug builds from
    // `trunk serve`'s reloads. A failure only means no offline copy: the app works as before.
    if !cfg!(debug_assertions) {
        let _ = glute_check::browser::service_worker::register("./sw.js");
    }
}

// Talc instead of the standard dlmalloc: the same job in less code (1.8 KB less gzip in the
// release wasm, README "Speed"), and faster.
#[cfg(all(not(target_feature = "atomics"), target_family = "wasm"))]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
