//! The sitting-break coach: "I'm at my desk" starts a work block, a break prompt comes when the
//! schedule says so (on the page, in the tab title, and as a notification when allowed), the
//! breaks taken today are counted and kept, and the same schedule can go into the person's own
//! calendar as a file. `core::reminders` decides everything; this screen shows it and does the
//! side effects (ticks, storage, notifications, title, focus, download).

use gloo_timers::callback::Interval;
use yew::prelude::*;

use super::coach_screen::{CoachAction, CoachScreenState, Said, TOGGLE_ID};
use crate::app::breaks::{self, SavedAction};
use crate::app::components::exercise_picture::ExercisePicture;
use crate::browser::{clock, files, focus, notify, storage};
use crate::core::content::coach as text;
use crate::core::content::pages::{screen_title, APP_NAME};
use crate::core::picture::Picture;
use crate::core::plan::SittingBreakRoutine;
use crate::core::reminders::break_log::{BreakChange, CoachSettings, COACH_KEY};
use crate::core::reminders::coach::{CoachPhase, CoachStep};
use crate::core::reminders::ics::{
    calendar_file, CalendarRequest, ExerciseReminder, FILE_NAME, MIME_TYPE,
};
use crate::core::reminders::local_time::{local_moment, LocalTime, Weekday, WeekdaySet};
use crate::core::reminders::schedule::{QuietHours, ReminderSchedule, INTERVAL_CHOICES};

const NOTIFY_STATE_ID: &str = "coach-notify-state";
/// One tag for every break notification, so a new one replaces the last instead of piling up.
const NOTIFICATION_TAG: &str = "glute-check-break";

fn input_value(e: &Event) -> String {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .value()
}

fn input_checked(e: &Event) -> bool {
    e.target_unchecked_into::<web_sys::HtmlInputElement>()
        .checked()
}

fn action(step: CoachStep) -> CoachAction {
    let now_ms = clock::now();
    CoachAction {
        step,
        now_ms,
        offset: clock::offset_minutes(now_ms),
    }
}

#[derive(Clone, PartialEq)]
enum CalendarStatus {
    Downloaded(usize),
    Problem(&'static str),
    Failed,
}

#[component]
pub fn Coach() -> Html {
    let saved = use_reducer(breaks::open);
    let settings = saved.book.settings.unwrap_or_default();
    let screen = use_reducer(|| {
        let now = clock::now();
        CoachScreenState::new(settings.schedule, now, clock::offset_minutes(now))
    });
    let permission = use_state(notify::permission);
    let notify_failed = use_state(|| false);
    let quiet_problem = use_state(|| false);
    let calendar_status = use_state(|| None::<CalendarStatus>);

    // Breaks saved in another tab count here too.
    {
        let saved = saved.clone();
        use_effect_with((), move |_| {
            let listener = storage::on_change(&[COACH_KEY], move || {
                if let Some(stored) = breaks::read_stored() {
                    saved.dispatch(SavedAction::Reload(stored));
                }
            })
            .ok();
            move || drop(listener)
        });
    }

    // While at the desk: a tick every second, and one as soon as the tab is shown again. The
    // coach works from timestamps, so a slowed background tab catches up on its next tick.
    let running = screen.coach.phase != CoachPhase::Idle;
    {
        let screen = screen.clone();
        use_effect_with(running, move |running| {
            let parts = running.then(|| {
                let tick = {
                    let screen = screen.clone();
                    move || screen.dispatch(action(CoachStep::Tick))
                };
                let ticker = Interval::new(1000, tick.clone());
                let shown = clock::on_page_shown(tick).ok();
                (ticker, shown)
            });
            move || drop(parts)
        });
    }

    // A prompt that has just come: a notification when allowed.
    {
        let permission = *permission;
        let notify_failed = notify_failed.clone();
        use_effect_with(screen.prompts, move |prompts| {
            if *prompts > 0 && permission == notify::Permission::Granted {
                wasm_bindgen_futures::spawn_local(async move {
                    let shown = notify::show(
                        text::BREAK_DUE_TITLE,
                        text::NOTIFICATION_BODY,
                        NOTIFICATION_TAG,
                    )
                    .await;
                    notify_failed.set(shown.is_err());
                });
            }
        });
    }

    // The tab's title says a break is due, also when the tab is in the background.
    let due = matches!(screen.coach.phase, CoachPhase::BreakDue { .. });
    {
        let first = use_mut_ref(|| true);
        use_effect_with(due, move |due| {
            // The first render keeps the title the app gave the screen.
            if *due {
                let _ = focus::set_title(&text::due_title(APP_NAME));
            } else if !first.replace(false) {
                let _ = focus::set_title(&screen_title(text::COACH_TITLE));
            }
        });
    }

    // Answering a prompt removes the buttons that held the focus: it goes back to the toggle.
    use_effect_with(screen.focus_toggle, |serial| {
        if *serial > 0 {
            let _ = focus::focus_id(TOGGLE_ID);
        }
    });

    let now = screen.now_ms;
    let offset = screen.offset;
    let today = local_moment(now, offset).day;
    let taken_today = saved.book.taken_on(today, offset);
    let when_text = |at_ms: u64| {
        let local = local_moment(at_ms, offset);
        text::when(today, local.day, local.time)
    };
    let next_text = match screen.coach.phase {
        CoachPhase::Working { next, .. } => next.map(|p| when_text(p.at_ms)),
        _ => None,
    };

    let toggle = {
        let screen = screen.clone();
        Callback::from(move |_: MouseEvent| {
            screen.dispatch(action(if running {
                CoachStep::LeftDesk
            } else {
                CoachStep::AtDesk
            }))
        })
    };
    let take_break = {
        let screen = screen.clone();
        let saved = saved.clone();
        Callback::from(move |_: MouseEvent| {
            let step = action(CoachStep::BreakTaken);
            saved.dispatch(SavedAction::Replace(
                saved.changed(BreakChange::Taken(step.now_ms)),
            ));
            screen.dispatch(step);
        })
    };
    let not_now = {
        let screen = screen.clone();
        Callback::from(move |_: MouseEvent| screen.dispatch(action(CoachStep::NotNow)))
    };

    // Every settings change is saved and, for the schedule, applied to the running block.
    let change_settings = {
        let saved = saved.clone();
        let screen = screen.clone();
        Callback::from(move |next: CoachSettings| {
            saved.dispatch(SavedAction::Replace(
                saved.changed(BreakChange::Settings(next)),
            ));
            screen.dispatch(action(CoachStep::Rescheduled(next.schedule)));
        })
    };

    let ask_permission = {
        let permission = permission.clone();
        Callback::from(move |_: MouseEvent| {
            let permission = permission.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let answer = notify::request()
                    .await
                    .unwrap_or(notify::Permission::Denied);
                permission.set(answer);
                // The button is gone: the focus goes to what it says now.
                let _ = focus::focus_id(NOTIFY_STATE_ID);
            });
        })
    };

    let download = {
        let calendar_status = calendar_status.clone();
        Callback::from(move |_: MouseEvent| {
            let now = clock::now();
            let offset = clock::offset_minutes(now);
            let request = CalendarRequest {
                exercise: Some(ExerciseReminder {
                    days: settings.exercise_days,
                    at: settings.exercise_at,
                }),
                breaks: settings.calendar_breaks.then_some(settings.schedule),
                today: local_moment(now, offset).day,
                now_ms: now,
            };
            let status = match calendar_file(&request, &text::CALENDAR_WORDS) {
                Ok(file) => match files::download(FILE_NAME, MIME_TYPE, &file) {
                    Ok(()) => CalendarStatus::Downloaded(file.matches("BEGIN:VEVENT").count()),
                    Err(_) => CalendarStatus::Failed,
                },
                Err(problem) => CalendarStatus::Problem(text::calendar_problem(problem)),
            };
            calendar_status.set(Some(status));
        })
    };

    let state_lines = match screen.coach.phase {
        CoachPhase::Idle => html! { <p class="coach-state">{ text::IDLE_STATUS }</p> },
        CoachPhase::Working {
            block_started_ms,
            next,
        } => html! {
            <p class="coach-state">
                { format!("{} {}", text::sitting_since(local_moment(block_started_ms, offset).time),
                    match (next, screen.coach.minutes_to_prompt(now)) {
                        (Some(prompt), Some(minutes)) => text::next_break(&when_text(prompt.at_ms), minutes, prompt.held_back),
                        _ => text::NO_PROMPT_DAYS.to_owned(),
                    }) }
            </p>
        },
        CoachPhase::BreakDue {
            block_started_ms, ..
        } => html! {
            <p class="coach-state">{ text::sitting_since(local_moment(block_started_ms, offset).time) }</p>
        },
    };
    let said = screen.said.map(|said| match said {
        Said::Started => text::started_status(next_text.as_deref()),
        Said::Counted => text::counted_status(next_text.as_deref()),
        Said::PutOff => text::put_off_status(next_text.as_deref()),
        Said::Stopped => text::STOPPED_STATUS.to_owned(),
    });

    html! {
        <>
            <h1>{ text::COACH_TITLE }</h1>
            <p class="intro">{ text::COACH_INTRO }</p>
            <p class="notice coach-honest">{ text::COACH_ONLY_WHILE_OPEN }</p>
            if let Some(notice) = &saved.book.notice {
                <p class="notice urgent">{ text::break_notice(notice) }</p>
            }
            { break_prompt(&screen, take_break.clone(), not_now) }
            <section class="coach-block card" aria-labelledby="coach-block-title">
                <h2 id="coach-block-title" class="visually-hidden">{ text::COACH_TITLE }</h2>
                { state_lines }
                <p class="coach-count"><strong>{ text::breaks_today(taken_today) }</strong></p>
                <div class="coach-actions">
                    <button type="button" id={TOGGLE_ID} class="button" onclick={toggle}>
                        { if running { text::LEAVING_DESK } else { text::AT_DESK } }
                    </button>
                    if running && !due {
                        <button type="button" class="button secondary" onclick={take_break}>
                            { text::TOOK_BREAK_EARLY }
                        </button>
                    }
                </div>
                // Always present, so each change is announced; the countdown is not in it.
                <p class="coach-said" role="status">{ said.unwrap_or_default() }</p>
            </section>
            { notifications(*permission, *notify_failed, ask_permission) }
            { schedule_form(settings, quiet_problem, change_settings.clone()) }
            { calendar_form(settings, (*calendar_status).clone(), change_settings, download) }
        </>
    }
}

fn break_prompt(
    screen: &CoachScreenState,
    taken: Callback<MouseEvent>,
    not_now: Callback<MouseEvent>,
) -> Html {
    let CoachPhase::BreakDue {
        block_started_ms, ..
    } = screen.coach.phase
    else {
        // The alert region stays in the page, so its content is announced when it appears.
        return html! { <div class="coach-alert" role="alert"></div> };
    };
    let routine = SittingBreakRoutine::standard();
    let since = local_moment(block_started_ms, screen.offset).time;
    html! {
        <section class="notice coach-prompt" aria-labelledby="coach-prompt-title">
            <div class="coach-alert" role="alert">
                <h2 id="coach-prompt-title">{ text::BREAK_DUE_TITLE }</h2>
                <p>{ text::sat_since(since) }</p>
            </div>
            <p>{ text::BREAK_DUE_ROUTINE }</p>
            <ol class="break-steps">
                { for routine.steps.iter().map(|step| html! {
                    <li class="break-step">
                        <p class="break-step-name"><strong>{ step.name }</strong>{ " - " }{ step.amount.describe() }</p>
                        <p class="break-how">{ step.how_to }</p>
                        <ExercisePicture picture={Picture::for_break_step(step.id)} />
                    </li>
                }) }
            </ol>
            <div class="coach-actions">
                <button type="button" class="button" onclick={taken}>{ text::BREAK_TAKEN }</button>
                <button type="button" class="button secondary" onclick={not_now}>{ text::NOT_NOW }</button>
            </div>
        </section>
    }
}

fn notifications(permission: notify::Permission, failed: bool, ask: Callback<MouseEvent>) -> Html {
    let state = match permission {
        notify::Permission::NotAsked => text::NOTIFY_ASK_HINT,
        notify::Permission::Granted => text::NOTIFY_ON,
        notify::Permission::Denied => text::NOTIFY_BLOCKED,
        notify::Permission::Unsupported => text::NOTIFY_UNSUPPORTED,
    };
    html! {
        <section class="coach-notify" aria-labelledby="coach-notify-title">
            <h2 id="coach-notify-title">{ text::NOTIFY_HEADING }</h2>
            <p id={NOTIFY_STATE_ID} tabindex="-1" class="coach-notify-state">{ state }</p>
            if permission == notify::Permission::NotAsked {
                <p><button type="button" class="button secondary" onclick={ask}>{ text::NOTIFY_ASK }</button></p>
            }
            <div role="status">
                if failed {
                    <p class="notice">{ text::NOTIFY_FAILED }</p>
                }
            </div>
        </section>
    }
}

/// Checkboxes for a set of weekdays, Monday first.
fn day_boxes(id: &str, days: WeekdaySet, on_change: Callback<WeekdaySet>) -> Html {
    html! {
        <div class="options coach-days">
            { for Weekday::ALL.iter().map(|day| {
                let day = *day;
                let box_id = format!("{id}-{}", day.index());
                let on_change = on_change.clone();
                html! {
                    <label class="option" for={box_id.clone()}>
                        <input type="checkbox" id={box_id} checked={days.contains(day)}
                            onchange={Callback::from(move |e: Event| on_change.emit(days.with(day, input_checked(&e))))} />
                        <span>{ text::day_label(day) }</span>
                    </label>
                }
            }) }
        </div>
    }
}

fn time_field(id: &str, label: &str, value: LocalTime, on_change: Callback<String>) -> Html {
    html! {
        <p class="coach-time">
            <label for={id.to_owned()}>{ label }</label>
            <input type="time" id={id.to_owned()} value={value.text()}
                onchange={Callback::from(move |e: Event| on_change.emit(input_value(&e)))} />
        </p>
    }
}

fn schedule_form(
    settings: CoachSettings,
    quiet_problem: UseStateHandle<bool>,
    change: Callback<CoachSettings>,
) -> Html {
    let schedule = settings.schedule;
    let with_schedule = {
        let change = change.clone();
        move |schedule: ReminderSchedule| {
            change.emit(CoachSettings {
                schedule,
                ..settings
            })
        }
    };
    let quiet_end = |from_end: bool| {
        let with_schedule = with_schedule.clone();
        let quiet_problem = quiet_problem.clone();
        Callback::from(move |value: String| {
            let quiet = schedule.quiet;
            let next = LocalTime::parse(&value).and_then(|time| {
                if from_end {
                    QuietHours::new(time, quiet.until())
                } else {
                    QuietHours::new(quiet.from(), time)
                }
            });
            quiet_problem.set(next.is_none());
            if let Some(quiet) = next {
                with_schedule(ReminderSchedule::new(
                    schedule.every_minutes(),
                    quiet,
                    schedule.days,
                ));
            }
        })
    };
    let on_days = {
        let with_schedule = with_schedule.clone();
        Callback::from(move |days| {
            with_schedule(ReminderSchedule::new(
                schedule.every_minutes(),
                schedule.quiet,
                days,
            ))
        })
    };
    html! {
        <section class="coach-schedule" aria-labelledby="coach-schedule-title">
            <h2 id="coach-schedule-title">{ text::SCHEDULE_HEADING }</h2>
            <fieldset>
                <legend>{ text::EVERY_LABEL }</legend>
                <div class="options coach-every">
                    { for INTERVAL_CHOICES.iter().map(|minutes| {
                        let minutes = *minutes;
                        let id = format!("coach-every-{minutes}");
                        let with_schedule = with_schedule.clone();
                        html! {
                            <label class="option" for={id.clone()}>
                                <input type="radio" id={id} name="coach-every"
                                    checked={schedule.every_minutes() == minutes}
                                    onchange={Callback::from(move |_: Event| with_schedule(
                                        ReminderSchedule::new(minutes, schedule.quiet, schedule.days)))} />
                                <span>{ text::minutes_option(minutes) }</span>
                            </label>
                        }
                    }) }
                </div>
            </fieldset>
            <fieldset class="coach-quiet">
                <legend>{ text::QUIET_LEGEND }</legend>
                <div class="coach-times">
                    { time_field("coach-quiet-from", text::QUIET_FROM, schedule.quiet.from(), quiet_end(true)) }
                    { time_field("coach-quiet-until", text::QUIET_UNTIL, schedule.quiet.until(), quiet_end(false)) }
                </div>
                <div role="status">
                    if *quiet_problem {
                        <p class="field-error">{ text::QUIET_SAME }</p>
                    }
                </div>
            </fieldset>
            <fieldset>
                <legend>{ text::PROMPT_DAYS_LEGEND }</legend>
                { day_boxes("coach-prompt-day", schedule.days, on_days) }
            </fieldset>
            <p class="muted">{ text::SETTINGS_KEPT }</p>
        </section>
    }
}

fn calendar_form(
    settings: CoachSettings,
    status: Option<CalendarStatus>,
    change: Callback<CoachSettings>,
    download: Callback<MouseEvent>,
) -> Html {
    let on_days = {
        let change = change.clone();
        Callback::from(move |exercise_days| {
            change.emit(CoachSettings {
                exercise_days,
                ..settings
            })
        })
    };
    let on_time = {
        let change = change.clone();
        Callback::from(move |value: String| {
            if let Some(exercise_at) = LocalTime::parse(&value) {
                change.emit(CoachSettings {
                    exercise_at,
                    ..settings
                });
            }
        })
    };
    let on_breaks = Callback::from(move |e: Event| {
        change.emit(CoachSettings {
            calendar_breaks: input_checked(&e),
            ..settings
        })
    });
    html! {
        <section class="coach-calendar" aria-labelledby="coach-calendar-title">
            <h2 id="coach-calendar-title">{ text::CALENDAR_HEADING }</h2>
            <p>{ text::CALENDAR_INTRO }</p>
            <fieldset>
                <legend>{ text::EXERCISE_DAYS_LEGEND }</legend>
                { day_boxes("coach-exercise-day", settings.exercise_days, on_days) }
                { time_field("coach-exercise-at", text::EXERCISE_TIME, settings.exercise_at, on_time) }
            </fieldset>
            <p>
                <label class="option" for="coach-calendar-breaks">
                    <input type="checkbox" id="coach-calendar-breaks" checked={settings.calendar_breaks}
                        onchange={on_breaks} />
                    <span>{ text::CALENDAR_BREAKS }</span>
                </label>
            </p>
            <p class="muted">{ text::CALENDAR_TIME_NOTE }</p>
            <p class="muted">{ text::CALENDAR_ALARM_NOTE }</p>
            <p><button type="button" class="button" onclick={download}>{ text::CALENDAR_DOWNLOAD }</button></p>
            <div role="status">
                { match status {
                    Some(CalendarStatus::Downloaded(events)) => html! { <p class="notice">{ text::calendar_downloaded(FILE_NAME, events) }</p> },
                    Some(CalendarStatus::Problem(problem)) => html! { <p class="notice urgent">{ problem }</p> },
                    Some(CalendarStatus::Failed) => html! { <p class="notice urgent">{ text::CALENDAR_DOWNLOAD_FAILED }</p> },
                    None => Html::default(),
                } }
            </div>
        </section>
    }
}
