//! Every sentence of the guided session, the session log, the week view and the advice drawn
//! from the log. The logic lives in `core::session`; this file only says things.

use crate::core::plan::PAIN_FLARE_STOP_POINTS;
use crate::core::session::adherence::{Adherence, WeekView};
use crate::core::session::advice::{LoadAdvice, MoveOn};
use crate::core::session::log::SessionsInFile;
use crate::core::session::log_book::LogNotice;
use crate::core::session::plan::{RestKind, Side};
use crate::core::session::state::{Announcement, Effort, TookOver};

pub const SESSION_TITLE: &str = "Today's session";
pub const START_SESSION: &str = "Start today's session";
pub const CARRY_ON_SESSION: &str = "Carry on with today's session";
pub const START_ANOTHER: &str = "Do another session";
pub const TODAY_HEADING: &str = "Today";
pub const SESSION_DAY: &str = "Today is a day for your exercises. The session takes you through them one at a time, with the rests between.";
pub const DONE_TODAY: &str = "You have done today's session. Well done.";
pub const REST_DAY: &str = "Today is a rest day: strength work needs a day between sessions for the muscles to rebuild. Keep up the sitting breaks.";
pub const SESSION_INTRO: &str = "One exercise at a time. Count each rep with the big button (or the space bar), or start each hold and let the timer count. You can pause, go back, or skip anything.";

pub const COUNT_REP: &str = "Count a rep";
pub const START_HOLD: &str = "Start the hold";
pub const END_HOLD: &str = "End the hold now";
pub const SKIP_REST: &str = "Skip the rest";
pub const PAUSE: &str = "Pause";
pub const RESUME: &str = "Carry on";
pub const BACK: &str = "Back";
pub const NEXT_SET: &str = "Done with this set";
pub const SKIP_EXERCISE: &str = "Skip this exercise";
pub const END_EARLY: &str = "End the session here";
pub const SPACE_HINT: &str = "Tip: the space bar counts a rep too.";
pub const PAUSED_NOTE: &str = "Paused. The timer waits for you.";
pub const REST_HEADING: &str = "Rest";
pub const UP_NEXT: &str = "Up next:";
pub const SESSION_PROGRESS_LABEL: &str = "Sets done or skipped";
pub const TIMER_PROGRESS_LABEL: &str = "Time left";
pub const PICTURE_SLOT: &str = "Picture of this exercise";

pub const CUE_LABEL: &str = "Play a short tone and vibrate when a hold or rest ends";
pub const CUE_HINT: &str =
    "Off unless you turn it on. Vibration only works on phones that have it.";
pub const WAKE_NOTE: &str = "The screen stays on during the session where the browser allows it.";

pub fn set_of(set: u8, sets: u8) -> String {
    format!("Set {set} of {sets}")
}

pub fn side_text(side: Side) -> &'static str {
    match side {
        Side::Left => "left side",
        Side::Right => "right side",
    }
}

pub fn reps_counted(reps: u8, target: u8) -> String {
    format!("{reps} of {target} reps")
}

pub fn hold_for(seconds: u16) -> String {
    format!("Hold for {seconds} seconds")
}

/// A countdown as people read it: "0:25".
pub fn clock_text(remaining_ms: u64) -> String {
    let seconds = remaining_ms.div_ceil(1000);
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

pub fn rest_kind_text(kind: RestKind) -> &'static str {
    match kind {
        RestKind::BetweenSets => "Rest before the next set.",
        RestKind::SwitchSides => "Turn around for the other side.",
        RestKind::BetweenExercises => "Rest and get ready for the next exercise.",
    }
}

/// What the live region says when the session's state changes (never the seconds).
pub fn announcement_text(a: Announcement, exercise_name: Option<&str>) -> String {
    match a {
        Announcement::Nothing => String::new(),
        Announcement::Work {
            set, sets, side, ..
        } => {
            let name = exercise_name.unwrap_or_default();
            match side {
                Some(side) => format!("{name}: {}, {}", set_of(set, sets), side_text(side)),
                None => format!("{name}: {}", set_of(set, sets)),
            }
        }
        Announcement::Hold { seconds } => format!("Hold, {seconds} seconds"),
        Announcement::Rest { seconds } => format!("Rest {seconds} seconds"),
        Announcement::Paused => "Paused".to_owned(),
        Announcement::Resumed => "Carrying on".to_owned(),
        Announcement::Done => "Done".to_owned(),
    }
}

// --- The end check ---

pub const CHECK_HEADING: &str = "How did it go?";
pub const CHECK_INTRO: &str =
    "Four quick questions. They help the app tell you when to ease off and when to move on.";
pub const PAIN_DURING_LABEL: &str = "Worst pain during the session";
pub const PAIN_AFTER_LABEL: &str = "Pain now, after the session";
pub const PAIN_SCALE_HINT: &str = "0 means no pain, 10 the worst pain you can imagine.";
pub const PAIN_CHOOSE: &str = "Choose";
pub const EFFORT_LEGEND: &str = "How did it feel?";
pub const TOOK_OVER_LEGEND: &str = "Did another muscle take over?";
pub const TOOK_OVER_WHICH: &str = "Where did you notice it?";
pub const SAVE_SESSION: &str = "Save this session";
pub const CHECK_MISSING: &str =
    "Please answer the two pain questions and how it felt, so the session can be saved.";
pub const SAVED_HEADING: &str = "Session saved";
pub const BACK_TO_PLAN: &str = "Back to my plan";
pub const SEE_HISTORY: &str = "See my history";

pub fn effort_label(e: Effort) -> &'static str {
    match e {
        Effort::TooEasy => "Too easy",
        Effort::AboutRight => "About right",
        Effort::TooHard => "Too hard",
    }
}

pub fn took_over_label(t: TookOver) -> &'static str {
    match t {
        TookOver::No => "No",
        TookOver::NotSure => "Not sure",
        TookOver::Yes => "Yes",
    }
}

pub fn pain_option(p: u8) -> String {
    match p {
        0 => "0 (no pain)".to_owned(),
        10 => "10 (worst imaginable)".to_owned(),
        p => p.to_string(),
    }
}

pub fn saved_summary(done: u32, skipped: u32) -> String {
    let sets = |n: u32| {
        if n == 1 {
            "1 set".to_owned()
        } else {
            format!("{n} sets")
        }
    };
    match skipped {
        0 => format!("{} done.", sets(done)),
        s => format!("{} done, {s} skipped.", sets(done)),
    }
}

pub const PARTIAL_SAVED: &str = "A session you had started earlier was not finished; what you did then was saved as a partial session.";

// --- This week ---

pub const WEEK_HEADING: &str = "This week";
pub const WEEK_CHART_TITLE: &str = "Days done in each of the last 8 weeks";
pub const WEEK_GOAL_NOTE: &str =
    "A weekly goal, not a streak: a missed day is fine, the week still counts.";
pub const WEEKDAYS: [&str; 7] = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];
pub const WEEKDAY_NAMES: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

pub fn week_summary(view: &WeekView) -> String {
    let done = view.this_week().days_done;
    let target = view.target;
    if done >= target {
        format!("{done} of {target} days done this week: goal reached.")
    } else {
        format!("{done} of {target} days done this week.")
    }
}

pub fn day_status(index: usize, done: bool, is_today: bool) -> String {
    let name = WEEKDAY_NAMES.get(index).copied().unwrap_or_default();
    let today = if is_today { " (today)" } else { "" };
    let status = if done { "done" } else { "not done" };
    format!("{name}{today}: {status}")
}

pub fn weeks_ago(back: usize) -> String {
    match back {
        0 => "This week".to_owned(),
        1 => "Last week".to_owned(),
        n => format!("{n} weeks ago"),
    }
}

pub fn week_bar_text(back: usize, days: u8, target: u8) -> String {
    let goal = if days >= target { ", goal reached" } else { "" };
    format!("{}: {days} of {target} days{goal}", weeks_ago(back))
}

// --- The log and the estimate ---

pub fn logged_adherence(a: &Adherence) -> String {
    format!(
        "Routine done on {} of the last {} days (about {} days a week).",
        a.days_done,
        a.window_days,
        a.days_per_week()
    )
}

pub fn said_days(days: u8) -> String {
    match days {
        1 => "You said 1 day a week.".to_owned(),
        d => format!("You said {d} days a week."),
    }
}

pub const LOGGED_HEADING: &str = "What you actually did";
pub const NOTHING_LOGGED: &str = "No sessions logged yet. Do today's session from your plan, and the app will show here how often you actually did the routine.";
pub const USE_LOGGED: &str = "Show the estimate with what I logged";

// --- Advice from the log ---

pub fn load_advice_text(advice: LoadAdvice) -> Option<String> {
    match advice {
        LoadAdvice::EaseOff { from, to } => Some(format!(
            "Your pain after sessions went up from {from} to {to} out of 10, more than \
{PAIN_FLARE_STOP_POINTS} points. Ease off: fewer sets, a smaller range, and rest a day if you \
need to. If it keeps going up or is still higher in a few days, see a clinician."
        )),
        LoadAdvice::TryNextStep => Some(
            "Every session of this phase has felt too easy for two weeks. Time for the next step: \
follow the phase's \u{201c}How to progress\u{201d} advice."
                .to_owned(),
        ),
        LoadAdvice::KeepGoing | LoadAdvice::NothingYet => None,
    }
}

pub fn move_on_text(m: MoveOn) -> Option<String> {
    match m {
        MoveOn::NotYet => None,
        MoveOn::InviteRecheck { next } => Some(format!(
            "You have kept up the routine for the last two weeks. Do a new check to see whether \
you are ready for phase {}.",
            next.number()
        )),
        MoveOn::Ready { next } => Some(format!(
            "You have kept up the routine and your latest check meets every step for phase {}. \
Do a new check to move on.",
            next.number()
        )),
    }
}

/// Said when confirming "delete everything" on the history screen.
pub const DELETE_ALL_SESSIONS_TOO: &str = "Your logged exercise sessions are deleted too.";
pub const DO_RECHECK: &str = "Do a new check";
pub const ADVICE_HEADING: &str = "From your sessions";

// --- Export and import ---

fn sessions_count(n: usize) -> String {
    if n == 1 {
        "1 exercise session".to_owned()
    } else {
        format!("{n} exercise sessions")
    }
}

/// Added to the export's message when the file holds the session log too.
pub fn export_sessions_too(count: usize) -> Option<String> {
    (count > 0).then(|| format!("It holds your {} too.", sessions_count(count)))
}

/// What an import did with the file's session log (`added`: sessions not in the log before).
pub fn import_sessions_text(found: &SessionsInFile, added: usize) -> Option<String> {
    match found {
        SessionsInFile::None => None,
        SessionsInFile::Read { sessions, left_out } => {
            let known = sessions.len().saturating_sub(added);
            let mut text = match (added, known) {
                (0, _) => "No new exercise sessions were added to your log".to_owned(),
                (n, _) => format!("Added {} to your log", sessions_count(n)),
            };
            match known {
                0 => {}
                1 => text.push_str("; 1 was already in it"),
                n => text.push_str(&format!("; {n} were already in it")),
            }
            text.push('.');
            if *left_out > 0 {
                text.push_str(&format!(
                    " {} in the file had values this app cannot read and were left out.",
                    sessions_count(*left_out)
                ));
            }
            Some(text)
        }
        SessionsInFile::Newer(_) => Some(
            "The exercise sessions in this file were saved by a newer version of this app, so \
none were added. Update the app (reload it) and import the file again."
                .to_owned(),
        ),
        SessionsInFile::Unreadable => Some(
            "The exercise sessions in this file could not be read, so none were added.".to_owned(),
        ),
    }
}

// --- Storage ---
// --- Storage ---

pub fn log_notice_text(n: &LogNotice) -> String {
    match n {
        LogNotice::StorageUnavailable => "This browser does not let the app keep anything, so your sessions stay only until this tab is closed.".to_owned(),
        LogNotice::Unreadable { backup_key: Some(key) } => format!("Your saved sessions could not be read. A copy was kept in this browser (under {key}), and a new log was started."),
        LogNotice::Unreadable { backup_key: None } => "Your saved sessions could not be read, and no copy could be kept, so nothing will be saved over them.".to_owned(),
        LogNotice::Dropped { count, backup_key } => {
            let kept = if backup_key.is_some() { " A copy of everything was kept." } else { "" };
            format!("{count} saved sessions had values this app cannot read and were left out.{kept}")
        }
        LogNotice::NewerVersion { version } => format!("Your sessions were saved by a newer version of this app (format {version}). They are shown but not changed; new sessions stay in this tab only."),
        LogNotice::SaveFailed { quota: true } => "The session could not be saved: this browser's storage is full. It stays in this tab.".to_owned(),
        LogNotice::SaveFailed { quota: false } => "The session could not be saved. It stays in this tab.".to_owned(),
        LogNotice::StoredChangedUnreadable => "Your sessions were changed elsewhere in a way this app cannot read. Nothing was saved over them.".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_countdown_rounds_up_so_it_never_shows_zero_early() {
        assert_eq!(clock_text(30_000), "0:30");
        assert_eq!(clock_text(29_001), "0:30");
        assert_eq!(clock_text(1), "0:01");
        assert_eq!(clock_text(0), "0:00");
        assert_eq!(clock_text(75_000), "1:15");
    }
}
