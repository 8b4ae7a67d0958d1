//! Reusable pieces of the screens.

pub mod exercise_picture;
pub mod factor_chart;
pub mod history_charts;
pub mod hold_timer;
pub mod no_assessment;
pub mod question_field;
pub mod timeline_chart;
