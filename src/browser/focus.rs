//! Moving keyboard focus, so that a new screen or an error is where a screen reader and a
//! keyboard user already are, and naming each screen in the page title, which screen readers
//! announce and browsers show in tabs and history.

use wasm_bindgen::JsCast;

use super::{window, BrowserError};

fn document() -> Result<web_sys::Document, BrowserError> {
    window()?.document().ok_or(BrowserError::NoWindow)
}

fn focus_element(element: web_sys::Element, what: &str) -> Result<(), BrowserError> {
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| BrowserError::Refused(format!("{what} cannot take focus")))?;
    element.focus()?;
    Ok(())
}

/// Focuses the element with this id (the browser scrolls it into view).
pub fn focus_id(id: &str) -> Result<(), BrowserError> {
    let element = document()?
        .get_element_by_id(id)
        .ok_or_else(|| BrowserError::Refused(format!("no element with id {id}")))?;
    focus_element(element, id)
}

/// Focuses the screen's main heading, made focusable by script only (`tabindex="-1"`), and
/// shows the top of the screen: what a new page load would do.
pub fn focus_main_heading() -> Result<(), BrowserError> {
    let window = window()?;
    window.scroll_to_with_x_and_y(0.0, 0.0);
    let heading = document()?
        .query_selector("main h1")?
        .ok_or_else(|| BrowserError::Refused("no main heading".into()))?;
    if !heading.has_attribute("tabindex") {
        heading.set_attribute("tabindex", "-1")?;
    }
    focus_element(heading, "the main heading")
}

/// The text of the screen's main heading, with its white space tidied.
pub fn main_heading_text() -> Result<String, BrowserError> {
    let heading = document()?
        .query_selector("main h1")?
        .ok_or_else(|| BrowserError::Refused("no main heading".into()))?;
    let text = heading.text_content().unwrap_or_default();
    Ok(text.split_whitespace().collect::<Vec<_>>().join(" "))
}

/// The page title.
pub fn title() -> Result<String, BrowserError> {
    Ok(document()?.title())
}

pub fn set_title(title: &str) -> Result<(), BrowserError> {
    document()?.set_title(title);
    Ok(())
}
