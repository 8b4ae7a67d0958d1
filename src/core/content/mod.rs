//! Every sentence a person reads, as data, in one place: questions and help, red-flag advice,
//! factor explanations, exercises and sources. Reviewers and translators work here only.

pub mod coach;
pub mod exercises;
pub mod factors;
pub mod history;
pub mod link;
pub mod pages;
pub mod pictures;
pub mod questions;
pub mod results;
pub mod session;
pub mod sources;
pub mod storage;
pub mod summary;
pub mod triage;
