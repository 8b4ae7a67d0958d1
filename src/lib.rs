//! Glute Check: a private, in-browser self-assessment for gluteal amnesia.
//!
//! `core` decides (pure Rust, tested natively); `app` shows and asks (Yew); `browser` holds the
//! small adapters that touch browser APIs and return `Result`s.

pub mod app;
pub mod browser;
pub mod core;
