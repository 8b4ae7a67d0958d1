//! Files in and out, without any server: a download made from text in memory, and the text of
//! a file the person picked.

use wasm_bindgen::JsCast;

use super::{window, BrowserError};

/// Offers `contents` as a file download named `file_name`.
pub fn download(file_name: &str, mime: &str, contents: &str) -> Result<(), BrowserError> {
    let document = window()?.document().ok_or(BrowserError::NoWindow)?;
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob)?;
    let anchor: web_sys::HtmlAnchorElement = document
        .create_element("a")?
        .dyn_into()
        .map_err(|_| BrowserError::Refused("could not make a download link".into()))?;
    anchor.set_href(&url);
    anchor.set_download(file_name);
    anchor.click();
    // The click has started the download; the object URL is no longer needed.
    web_sys::Url::revoke_object_url(&url)?;
    Ok(())
}

/// The text of a picked file (read as UTF-8 by the browser).
pub async fn read_text(file: web_sys::File) -> Result<String, BrowserError> {
    let text = wasm_bindgen_futures::JsFuture::from(file.text()).await?;
    text.as_string()
        .ok_or_else(|| BrowserError::Refused("the file could not be read as text".into()))
}
