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
}
