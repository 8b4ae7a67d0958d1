//! Printing the page, so a person can keep their plan on paper next to them while exercising.

use super::{window, BrowserError};

/// Opens the browser's print dialog for the current page.
pub fn print() -> Result<(), BrowserError> {
    window()?.print()?;
    Ok(())
}
