//! Reminders to get up and to exercise: one schedule (interval, quiet hours, days) that the
//! in-page coach asks for its next prompt and the calendar file turns into weekly events, and
//! the saved log of breaks taken.

pub mod break_log;
pub mod coach;
pub mod ics;
pub mod local_time;
pub mod schedule;
