//! Reusable pieces of the screens.

pub mod exercise_picture;
pub mod factor_chart;
pub mod history_charts;
pub mod hold_timer;
pub mod keeping_card;
pub mod logged_week;
pub mod no_assessment;
pub mod question_field;
pub mod this_week;
pub mod timeline_chart;
pub mod today_card;
