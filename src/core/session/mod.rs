//! The guided daily session and what it leaves behind: today's `SessionPlan` from the phase
//! plan, the session's state as plain data with timestamps, the `SessionLog` of finished and
//! partial sessions, and what the log says (adherence, the week, load advice).
//!
//! Everything here is pure and takes the time (`now_ms`, the local day) as an argument, so tests
//! pass any clock.

pub mod adherence;
pub mod advice;
pub mod calendar;
pub mod log;
pub mod log_book;
pub mod plan;
pub mod state;
