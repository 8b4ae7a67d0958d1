//! The pure core: everything that decides something. Nothing here may import yew, web-sys,
//! wasm-bindgen or gloo, so all of it is tested natively with plain `cargo test`.

pub mod answers;
pub mod content;
pub mod decimal;
pub mod document;
pub mod draft;
pub mod estimate;
#[doc(hidden)]
pub mod examples;
pub mod explanation;
pub mod history_book;
pub mod link;
pub mod model;
pub mod picture;
pub mod plan;
pub mod progress;
pub mod questionnaire;
pub mod record;
pub mod reminders;
pub mod saved;
pub mod session;
pub mod severity;
pub mod sorted_set;
pub mod summary;
pub mod triage;
