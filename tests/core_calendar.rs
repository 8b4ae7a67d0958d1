#![cfg(not(target_arch = "wasm32"))]
//! The calendar file, read by parsers that are not ours (`tests/common/calendar.rs`): an
//! iCalendar parser for the structure and an RFC 5545 recurrence expander for the rules. The
//! occurrences must fall on the chosen days at the chosen local times, each with its alarm.

#[path = "common/calendar.rs"]
mod calendar;

use calendar::read_calendar;
use glute_check::core::content::coach::CALENDAR_WORDS;
use glute_check::core::reminders::ics::{calendar_file, CalendarRequest, ExerciseReminder};
use glute_check::core::reminders::local_time::{LocalDay, LocalTime, Weekday, WeekdaySet};
use glute_check::core::reminders::schedule::{QuietHours, ReminderSchedule};
use proptest::prelude::*;

/// Wednesday 2026-12-02, and 06:15 UTC on it.
const WEDNESDAY: LocalDay = LocalDay(20_789);
const NOW: u64 = 1_796_192_100_000;

fn t(h: u8, m: u8) -> LocalTime {
    LocalTime::hm(h, m).unwrap()
}

#[test]
fn exercise_days_come_weekly_on_the_chosen_days_at_the_chosen_time_with_an_alarm() {
    let request = CalendarRequest {
        exercise: Some(ExerciseReminder {
            days: WeekdaySet::of(&[Weekday::Monday, Weekday::Wednesday, Weekday::Friday]),
            at: t(7, 30),
        }),
        breaks: None,
        today: WEDNESDAY,
        now_ms: NOW,
    };
    let text = calendar_file(&request, &CALENDAR_WORDS).unwrap();
    let events = read_calendar(&text, 6).unwrap();
    assert_eq!(events.len(), 1);
    let exercise = &events[0];
    assert_eq!(exercise.summary, CALENDAR_WORDS.exercise_summary);
    assert_eq!(exercise.rrule, "FREQ=WEEKLY;BYDAY=MO,WE,FR");
    assert_eq!(exercise.alarm_triggers, vec!["-PT5M".to_owned()]);
    assert_eq!(
        exercise.occurrences,
        vec![
            "Wed 07:30 2026-12-02",
            "Fri 07:30 2026-12-04",
            "Mon 07:30 2026-12-07",
            "Wed 07:30 2026-12-09",
            "Fri 07:30 2026-12-11",
            "Mon 07:30 2026-12-14",
        ]
    );
}

#[test]
fn break_reminders_fill_the_working_day_outside_quiet_hours_on_prompt_days() {
    let schedule = ReminderSchedule::new(
        45,
        QuietHours::new(t(17, 30), t(9, 0)).unwrap(),
        WeekdaySet::WORKDAYS,
    );
    let request = CalendarRequest {
        exercise: None,
        breaks: Some(schedule),
        today: LocalDay(WEDNESDAY.0 + 3), // Saturday: the first prompt day is Monday
        now_ms: NOW,
    };
    let text = calendar_file(&request, &CALENDAR_WORDS).unwrap();
    let events = read_calendar(&text, 10).unwrap();
    let starts: Vec<&str> = events.iter().map(|e| &e.occurrences[0][4..9]).collect();
    assert_eq!(
        starts,
        vec![
            "09:45", "10:30", "11:15", "12:00", "12:45", "13:30", "14:15", "15:00", "15:45",
            "16:30", "17:15",
        ]
    );
    for event in &events {
        assert_eq!(event.summary, CALENDAR_WORDS.break_summary);
        assert_eq!(event.rrule, "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR");
        assert_eq!(event.alarm_triggers, vec!["PT0S".to_owned()]);
        assert!(
            event.occurrences[0].starts_with("Mon") && event.occurrences[0].ends_with("2026-12-07")
        );
        assert!(event
            .occurrences
            .iter()
            .all(|o| !o.starts_with("Sat") && !o.starts_with("Sun")));
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn every_file_parses_and_every_occurrence_is_allowed_by_the_schedule(
        every in 30u16..=45,
        from in 0u16..1440,
        until in 0u16..1440,
        prompt_days in 1u8..128,
        exercise_days in 1u8..128,
        at in 0u16..1440,
        today in 20_000i64..21_000,
    ) {
        let Some(quiet) = QuietHours::new(LocalTime::from_minutes(from).unwrap(), LocalTime::from_minutes(until).unwrap()) else {
            return Ok(());
        };
        let schedule = ReminderSchedule::new(every, quiet, WeekdaySet::from(prompt_days));
        let request = CalendarRequest {
            exercise: Some(ExerciseReminder { days: WeekdaySet::from(exercise_days), at: LocalTime::from_minutes(at).unwrap() }),
            breaks: Some(schedule),
            today: LocalDay(today),
            now_ms: NOW,
        };
        let text = calendar_file(&request, &CALENDAR_WORDS).unwrap();
        let events = read_calendar(&text, 8).map_err(TestCaseError::fail)?;
        prop_assert_eq!(events.len(), 1 + schedule.day_slots().len());
        let day_code = |o: &str| o[..3].to_owned();
        let allowed: Vec<String> = WeekdaySet::from(prompt_days).days().map(|d| format!("{d:?}")[..3].to_owned()).collect();
        for event in &events[1..] {
            prop_assert_eq!(event.alarm_triggers.len(), 1);
            for occurrence in &event.occurrences {
                prop_assert!(allowed.contains(&day_code(occurrence)), "{} not on a prompt day", occurrence);
                let time = LocalTime::parse(&occurrence[4..9]).unwrap();
                prop_assert!(!quiet.contains(time), "{} is in quiet hours", occurrence);
            }
        }
    }
}
