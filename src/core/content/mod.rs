//! Every sentence a person reads, as data, in one place: questions and help, red-flag advice,
//! factor explanations, exercises and sources. Reviewers and translators work here only.

pub mod exercises;
pub mod factors;
pub mod history;
pub mod link;
pub mod pages;
pub mod questions;
pub mod results;
pub mod sources;
pub mod storage;
pub mod summary;
pub mod triage;
