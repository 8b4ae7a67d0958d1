//! Moving keyboard focus, so that a new step or an error is where a screen reader and a keyboard
//! user already are.

use wasm_bindgen::JsCast;

use super::{window, BrowserError};

/// Focuses the element with this id and scrolls it into view.
pub fn focus_id(id: &str) -> Result<(), BrowserError> {
    let document = window()?.document().ok_or(BrowserError::NoWindow)?;
    let element = document
        .get_element_by_id(id)
        .ok_or_else(|| BrowserError::Refused(format!("no element with id {id}")))?;
    let element: web_sys::HtmlElement = element
        .dyn_into()
        .map_err(|_| BrowserError::Refused(format!("element {id} cannot take focus")))?;
    element.focus()?;
    Ok(())
}
