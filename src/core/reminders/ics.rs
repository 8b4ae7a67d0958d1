//! The calendar file (RFC 5545 iCalendar): weekly events for the chosen exercise days and time,
//! and optionally the break reminders of a working day, each with an alarm, so the person's own
//! calendar reminds them with no server.
//!
//! Time zone: every event time is *floating local time* (RFC 5545 3.3.5, form 1: no `Z`, no
//! `TZID`), so "07:30" stays 07:30 on whatever clock the calendar is set to, also after a
//! move or a daylight-saving change, and the file needs no time-zone tables. Only `DTSTAMP`,
//! which says when the file was made, is UTC as the standard requires.
//!
//! Each event repeats with the plainest rule calendars agree on (`FREQ=WEEKLY;BYDAY=...`):
//! the break reminders are one weekly event per clock time rather than one minutely rule,
//! which many calendars do not import.

use super::local_time::{local_moment, LocalDay, LocalTime, WeekdaySet};
use super::schedule::ReminderSchedule;
use crate::core::plan::BREAK_LASTS_TO_MINUTES;

pub const FILE_NAME: &str = "glute-check-reminders.ics";
pub const MIME_TYPE: &str = "text/calendar";
/// About how long a session of the plan takes, for the calendar entry's length.
pub const EXERCISE_MINUTES: u16 = 20;
/// The exercise alarm comes this many minutes before the start, time to get ready.
pub const EXERCISE_ALARM_MINUTES_BEFORE: u16 = 5;
/// RFC 5545 3.1: lines longer than this many octets are folded.
const MAX_LINE_OCTETS: usize = 75;

/// The exercise sessions to put in the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExerciseReminder {
    pub days: WeekdaySet,
    pub at: LocalTime,
}

/// What goes into the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarRequest {
    pub exercise: Option<ExerciseReminder>,
    /// Break reminders on the schedule's days, between its quiet hours.
    pub breaks: Option<ReminderSchedule>,
    /// The local date today: the events start on the first chosen day from today.
    pub today: LocalDay,
    /// Now, for `DTSTAMP` and the events' ids.
    pub now_ms: u64,
}

/// The words the file carries (from `core::content::coach`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CalendarWords {
    pub calendar_name: &'static str,
    pub exercise_summary: &'static str,
    pub exercise_description: &'static str,
    pub break_summary: &'static str,
    pub break_description: &'static str,
}

/// Why no file could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CalendarProblem {
    NothingChosen,
    NoExerciseDays,
    NoBreakDays,
}

/// The whole file, lines ending in CRLF.
pub fn calendar_file(
    request: &CalendarRequest,
    words: &CalendarWords,
) -> Result<String, CalendarProblem> {
    if request.exercise.is_none() && request.breaks.is_none() {
        return Err(CalendarProblem::NothingChosen);
    }
    let stamp = utc_stamp(request.now_ms);
    let mut out = Ics::default();
    out.line("BEGIN:VCALENDAR");
    out.line("VERSION:2.0");
    out.line("PRODID:-//Glute Check//Reminders 1//EN");
    out.line("CALSCALE:GREGORIAN");
    out.line("METHOD:PUBLISH");
    out.text("X-WR-CALNAME", words.calendar_name);
    if let Some(exercise) = request.exercise {
        let first =
            first_day(request.today, exercise.days).ok_or(CalendarProblem::NoExerciseDays)?;
        out.event(&Event {
            uid: format!("glute-check-exercise-{stamp}"),
            stamp: &stamp,
            start: floating(first, exercise.at),
            minutes: EXERCISE_MINUTES,
            days: exercise.days,
            summary: words.exercise_summary,
            description: words.exercise_description,
            alarm_minutes_before: EXERCISE_ALARM_MINUTES_BEFORE,
        });
    }
    if let Some(schedule) = request.breaks {
        let first = first_day(request.today, schedule.days).ok_or(CalendarProblem::NoBreakDays)?;
        for slot in schedule.day_slots() {
            out.event(&Event {
                uid: format!("glute-check-break-{}-{stamp}", slot.text().replace(':', "")),
                stamp: &stamp,
                start: floating(first, slot),
                minutes: u16::from(BREAK_LASTS_TO_MINUTES),
                days: schedule.days,
                summary: words.break_summary,
                description: words.break_description,
                alarm_minutes_before: 0,
            });
        }
    }
    out.line("END:VCALENDAR");
    Ok(out.text)
}

/// The first day from `today` on that is in `days`.
fn first_day(today: LocalDay, days: WeekdaySet) -> Option<LocalDay> {
    let mut day = today;
    for _ in 0..7 {
        if days.contains(day.weekday()) {
            return Some(day);
        }
        day = day.next();
    }
    None
}

fn date_part(day: LocalDay) -> String {
    let (year, month, date) = day.civil();
    format!("{year:04}{month:02}{date:02}")
}

/// A floating local date-time: `YYYYMMDDTHHMMSS`.
fn floating(day: LocalDay, time: LocalTime) -> String {
    format!(
        "{}T{:02}{:02}00",
        date_part(day),
        time.hour(),
        time.minute()
    )
}

/// A UTC date-time: `YYYYMMDDTHHMMSSZ`.
fn utc_stamp(now_ms: u64) -> String {
    let moment = local_moment(now_ms, 0);
    let seconds = (now_ms / 1000) % 60;
    format!(
        "{}T{:02}{:02}{seconds:02}Z",
        date_part(moment.day),
        moment.time.hour(),
        moment.time.minute()
    )
}

struct Event<'a> {
    uid: String,
    stamp: &'a str,
    start: String,
    minutes: u16,
    days: WeekdaySet,
    summary: &'a str,
    description: &'a str,
    alarm_minutes_before: u16,
}

#[derive(Default)]
struct Ics {
    text: String,
}

impl Ics {
    /// One content line, folded to at most 75 octets per physical line (RFC 5545 3.1), never
    /// inside a UTF-8 character.
    fn line(&mut self, line: &str) {
        let mut used = 0;
        for ch in line.chars() {
            if used + ch.len_utf8() > MAX_LINE_OCTETS {
                self.text.push_str("\r\n ");
                used = 1;
            }
            self.text.push(ch);
            used += ch.len_utf8();
        }
        self.text.push_str("\r\n");
    }

    /// A TEXT property, escaped (RFC 5545 3.3.11).
    fn text(&mut self, name: &str, value: &str) {
        let mut escaped = String::with_capacity(value.len());
        for ch in value.chars() {
            match ch {
                '\\' => escaped.push_str("\\\\"),
                ';' => escaped.push_str("\\;"),
                ',' => escaped.push_str("\\,"),
                '\n' => escaped.push_str("\\n"),
                '\r' => {}
                other => escaped.push(other),
            }
        }
        self.line(&format!("{name}:{escaped}"));
    }

    fn event(&mut self, event: &Event) {
        let days: Vec<&str> = event.days.days().map(|d| d.ical_code()).collect();
        self.line("BEGIN:VEVENT");
        self.line(&format!("UID:{}", event.uid));
        self.line(&format!("DTSTAMP:{}", event.stamp));
        self.line(&format!("DTSTART:{}", event.start));
        self.line(&format!("DURATION:PT{}M", event.minutes));
        self.line(&format!("RRULE:FREQ=WEEKLY;BYDAY={}", days.join(",")));
        self.text("SUMMARY", event.summary);
        self.text("DESCRIPTION", event.description);
        self.line("TRANSP:TRANSPARENT");
        self.line("BEGIN:VALARM");
        self.line("ACTION:DISPLAY");
        self.text("DESCRIPTION", event.summary);
        if event.alarm_minutes_before == 0 {
            self.line("TRIGGER:PT0S");
        } else {
            self.line(&format!("TRIGGER:-PT{}M", event.alarm_minutes_before));
        }
        self.line("END:VALARM");
        self.line("END:VEVENT");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::reminders::local_time::Weekday;

    const WORDS: CalendarWords = CalendarWords {
        calendar_name: "Glute Check",
        exercise_summary: "Glute exercises",
        exercise_description: "Today's exercises; stop if it hurts, see the plan.",
        break_summary: "Stand up",
        break_description: "Hip stretch, squeezes, a short walk.",
    };

    /// Wednesday 2026-12-02.
    const WEDNESDAY: LocalDay = LocalDay(20_789);

    fn request(exercise: Option<ExerciseReminder>, breaks: bool) -> CalendarRequest {
        CalendarRequest {
            exercise,
            breaks: breaks.then(ReminderSchedule::default),
            today: WEDNESDAY,
            now_ms: 1_796_192_100_000,
        }
    }

    #[test]
    fn wednesday_is_the_day_of_the_test_date() {
        assert_eq!(WEDNESDAY.civil(), (2026, 12, 2));
        assert_eq!(WEDNESDAY.weekday(), Weekday::Wednesday);
    }

    #[test]
    fn exercise_days_become_one_weekly_event_starting_on_the_first_chosen_day() {
        let exercise = ExerciseReminder {
            days: WeekdaySet::of(&[Weekday::Monday, Weekday::Thursday]),
            at: LocalTime::hm(7, 30).unwrap(),
        };
        let file = calendar_file(&request(Some(exercise), false), &WORDS).unwrap();
        assert!(file.contains("\r\nDTSTART:20261203T073000\r\n"), "{file}");
        assert!(file.contains("\r\nRRULE:FREQ=WEEKLY;BYDAY=MO,TH\r\n"));
        assert!(file.contains("\r\nDTSTAMP:20261202T061500Z\r\n"));
        assert!(file.contains("\r\nTRIGGER:-PT5M\r\n"));
        assert!(file.contains("DESCRIPTION:Today's exercises\\; stop if it hurts\\, see the plan."));
        assert_eq!(file.matches("BEGIN:VEVENT").count(), 1);
        assert!(file.ends_with("END:VCALENDAR\r\n"));
    }

    #[test]
    fn break_reminders_are_one_weekly_event_per_slot() {
        let file = calendar_file(&request(None, true), &WORDS).unwrap();
        let slots = ReminderSchedule::default().day_slots().len();
        assert_eq!(file.matches("BEGIN:VEVENT").count(), slots);
        assert_eq!(file.matches("BEGIN:VALARM").count(), slots);
        assert!(file.contains("DTSTART:20261202T084500"));
        assert!(file.contains("RRULE:FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR"));
    }

    #[test]
    fn nothing_chosen_or_no_days_is_a_problem_not_an_empty_file() {
        assert_eq!(
            calendar_file(&request(None, false), &WORDS),
            Err(CalendarProblem::NothingChosen)
        );
        let no_days = ExerciseReminder {
            days: WeekdaySet::NONE,
            at: LocalTime::MIDNIGHT,
        };
        assert_eq!(
            calendar_file(&request(Some(no_days), false), &WORDS),
            Err(CalendarProblem::NoExerciseDays)
        );
    }

    #[test]
    fn long_lines_are_folded_within_75_octets_and_never_inside_a_character() {
        let mut ics = Ics::default();
        let long = format!("DESCRIPTION:{}", "é".repeat(100));
        ics.line(&long);
        for line in ics.text.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(line.len() <= MAX_LINE_OCTETS, "{} octets", line.len());
        }
        let unfolded = ics.text.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{long}\r\n"));
    }
}
