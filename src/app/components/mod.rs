//! Reusable pieces of the screens.

pub mod factor_chart;
pub mod history_charts;
pub mod hold_timer;
pub mod keeping_card;
pub mod no_assessment;
pub mod question_field;
pub mod timeline_chart;
