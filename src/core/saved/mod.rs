//! Keeping saved checks safe: backup reminders, how the browser may clear them, how much room
//! they take, and the small document that remembers the last backup.

pub mod backup_advice;
pub mod keeping;
pub mod storage_risk;
pub mod storage_use;
