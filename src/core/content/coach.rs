//! Wording of the sitting-break coach and the calendar file. The reminders core returns facts
//! (phases, times, problems); the sentences for them are here.

use crate::core::reminders::break_log::BreakNotice;
use crate::core::reminders::ics::{CalendarProblem, CalendarWords};
use crate::core::reminders::local_time::{LocalDay, LocalTime, Weekday};

pub const COACH_TITLE: &str = "Sitting-break coach";
pub const COACH_INTRO: &str = "Tell the app when you sit down to work. It reminds you to get up \
for a short break every so often, shows you what to do, and counts the breaks you take today.";
/// The honest limit of a page with no server.
pub const COACH_ONLY_WHILE_OPEN: &str = "Reminders only come while this screen is open, in the \
browser or the installed app. A tab in the background is fine. There is no server and nothing is pushed to your \
device, so once the page is closed it cannot remind you. For reminders that come anyway, put them \
in your own calendar further down.";
pub const COACH_LINK_FROM_PLAN: &str = "Remind me to take breaks";

pub const AT_DESK: &str = "I'm at my desk";
pub const LEAVING_DESK: &str = "I'm leaving my desk";
pub const TOOK_BREAK_EARLY: &str = "I took a break just now";
pub const BREAK_TAKEN: &str = "I took my break";
pub const NOT_NOW: &str = "Not now";
pub const BREAK_DUE_TITLE: &str = "Time for a break";
pub const BREAK_DUE_ROUTINE: &str = "Stand up for a minute or two:";
pub const IDLE_STATUS: &str =
    "Not started. Press \u{201c}I'm at my desk\u{201d} when you sit down.";
pub const NO_PROMPT_DAYS: &str =
    "No break can be prompted: no day is chosen for prompts in your schedule.";
pub const STOPPED_STATUS: &str = "Stopped. Enjoy your time away from the desk.";

pub fn breaks_today(count: usize) -> String {
    match count {
        0 => "Breaks taken today: none yet".to_owned(),
        n => format!("Breaks taken today: {n}"),
    }
}

fn day_name(day: Weekday) -> &'static str {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ][day.index() as usize]
}

/// A short name for a checkbox.
pub fn day_label(day: Weekday) -> &'static str {
    day_name(day)
}

/// "09:45", "tomorrow at 08:05", "Monday at 08:05".
pub fn when(today: LocalDay, day: LocalDay, time: LocalTime) -> String {
    if day == today {
        time.text()
    } else if day == today.next() {
        format!("tomorrow at {}", time.text())
    } else {
        format!("{} at {}", day_name(day.weekday()), time.text())
    }
}

pub fn sitting_since(time: LocalTime) -> String {
    format!("At your desk since {}.", time.text())
}

pub fn next_break(when: &str, minutes: u64, held_back: bool) -> String {
    let wait = match minutes {
        0 | 1 => "in a minute".to_owned(),
        m if m < 120 => format!("in about {m} minutes"),
        m => format!("in about {} hours", m.div_ceil(60)),
    };
    if held_back {
        format!("Next break: {when} ({wait}), after your quiet hours or days off.")
    } else {
        format!("Next break: {when} ({wait}).")
    }
}

pub fn sat_since(time: LocalTime) -> String {
    format!("You have been sitting since {}.", time.text())
}

/// Said once, by the status region, when something changes (never the countdown).
pub fn started_status(when: Option<&str>) -> String {
    match when {
        Some(when) => format!("Started. First break at {when}."),
        None => "Started, but no break can be prompted: no day is chosen.".to_owned(),
    }
}

pub fn counted_status(when: Option<&str>) -> String {
    match when {
        Some(when) => format!("Break counted. Next break at {when}."),
        None => "Break counted.".to_owned(),
    }
}

pub fn put_off_status(when: Option<&str>) -> String {
    match when {
        Some(when) => format!("Break put off. Next break at {when}."),
        None => "Break put off.".to_owned(),
    }
}

/// The tab's title while a break is due, so a tab in the background says it too.
pub fn due_title(app_name: &str) -> String {
    format!("\u{23f0} {BREAK_DUE_TITLE} - {app_name}")
}

pub const NOTIFICATION_BODY: &str =
    "Stand up for a minute or two: hip stretch, glute squeezes, a short walk.";

// Notifications.
pub const NOTIFY_HEADING: &str = "Notifications";
pub const NOTIFY_ASK: &str = "Also show break prompts as notifications";
pub const NOTIFY_ASK_HINT: &str = "Your browser will ask whether this site may show \
notifications. Without them, prompts show on this page and in the tab's title.";
pub const NOTIFY_ON: &str = "Notifications are on: each break prompt also shows as a notification.";
pub const NOTIFY_BLOCKED: &str = "Notifications are blocked for this site, so break prompts show \
on this page and in the tab's title. You can allow them in your browser's site settings.";
pub const NOTIFY_UNSUPPORTED: &str = "This browser cannot show notifications from this page, so \
break prompts show here and in the tab's title.";
pub const NOTIFY_FAILED: &str =
    "The notification could not be shown; the prompt is on this page and in the tab's title.";

// The schedule.
pub const SCHEDULE_HEADING: &str = "Your schedule";
pub const EVERY_LABEL: &str = "A break every";
pub fn minutes_option(minutes: u16) -> String {
    format!("{minutes} minutes")
}
pub const QUIET_LEGEND: &str = "Quiet hours (no prompts)";
pub const QUIET_FROM: &str = "From";
pub const QUIET_UNTIL: &str = "Until";
pub const QUIET_SAME: &str = "Quiet hours need a start and an end that differ; the last good \
ones are kept.";
pub const PROMPT_DAYS_LEGEND: &str = "Days with break prompts";
pub const SETTINGS_KEPT: &str = "Your choices are kept in this browser only.";

// The calendar file.
pub const CALENDAR_HEADING: &str = "Reminders in your own calendar";
pub const CALENDAR_INTRO: &str = "Download a calendar file and open it: your calendar app adds \
weekly events with alerts, and reminds you even when this page is closed. Nothing is sent \
anywhere.";
pub const EXERCISE_DAYS_LEGEND: &str = "Exercise days";
pub const EXERCISE_TIME: &str = "Exercise time";
pub const CALENDAR_BREAKS: &str = "Also add break reminders on prompt days, outside quiet hours";
pub const CALENDAR_DOWNLOAD: &str = "Download the calendar file";
pub const CALENDAR_TIME_NOTE: &str = "The times are your local clock time with no time zone: \
07:30 stays 07:30 wherever you are and through clock changes.";
pub const CALENDAR_ALARM_NOTE: &str = "Some calendar apps leave out the alerts of an imported \
file. After importing, open one event and add an alert if it has none.";
pub fn calendar_downloaded(file_name: &str, events: usize) -> String {
    let events = if events == 1 {
        "1 event".to_owned()
    } else {
        format!("{events} events")
    };
    format!("Downloaded {file_name} ({events}). Open it to add the reminders to your calendar.")
}
pub const CALENDAR_DOWNLOAD_FAILED: &str =
    "The browser did not let the page download the file. Try again, or try another browser.";

pub fn calendar_problem(problem: CalendarProblem) -> &'static str {
    match problem {
        CalendarProblem::NothingChosen => {
            "Choose at least one exercise day, or add the break reminders."
        }
        CalendarProblem::NoExerciseDays => "Choose at least one exercise day.",
        CalendarProblem::NoBreakDays => "Choose at least one day with break prompts.",
    }
}

pub const CALENDAR_WORDS: CalendarWords = CalendarWords {
    calendar_name: "Glute Check",
    exercise_summary: "Glute exercises",
    exercise_description: "Today's exercises from your Glute Check plan. Start gently, and stop \
any exercise that causes sharp pain.",
    break_summary: "Stand up: sitting break",
    break_description: "Stand up for a minute or two: a standing hip-front stretch, 10 glute \
squeezes and a short walk.",
};

/// What to tell the person about their saved breaks and settings.
pub fn break_notice(notice: &BreakNotice) -> String {
    match notice {
        BreakNotice::StorageUnavailable => "This browser does not let the page keep anything, so \
breaks and choices are kept only until this tab is closed."
            .to_owned(),
        BreakNotice::Unreadable {
            backup_key: Some(key),
        } => format!(
            "The saved breaks could not be read. A copy was kept in this browser's storage under \
\u{201c}{key}\u{201d}, and counting starts afresh."
        ),
        BreakNotice::Unreadable { backup_key: None } => "The saved breaks could not be read, and \
no copy could be kept, so nothing will be saved over them. Breaks are counted in this tab only."
            .to_owned(),
        BreakNotice::NewerVersion(_) => "Your breaks were saved by a newer version of this app. \
They are shown, but this version will not change them; breaks are counted in this tab only."
            .to_owned(),
        BreakNotice::SaveFailed { quota: true } => "The browser's storage for this site is full, \
so this was not saved. It is kept in this tab until it is closed."
            .to_owned(),
        BreakNotice::SaveFailed { quota: false } => "The browser refused to save this. It is kept \
in this tab until it is closed."
            .to_owned(),
        BreakNotice::StoredChangedUnreadable => "Another tab saved breaks this version cannot \
read, so nothing was saved over them. Breaks are counted in this tab only."
            .to_owned(),
    }
}
