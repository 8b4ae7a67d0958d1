//! Copying the plan link. The Clipboard API needs a secure context (https or localhost); where it
//! is missing the caller shows the link to copy by hand.

use super::{window, BrowserError};

pub async fn copy_text(text: &str) -> Result<(), BrowserError> {
    let clipboard = window()?.navigator().clipboard();
    wasm_bindgen_futures::JsFuture::from(clipboard.write_text(text)).await?;
    Ok(())
}
