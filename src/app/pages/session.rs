//! The guided session: one exercise at a time with its picture, dose and how-to; a rep counter
//! (button or space bar) or a hold countdown; rests between sets and exercises; pause, back,
//! next and skip; then a short end check, and the session goes into the log.
//!
//! All decisions are `core::session::state`'s reducer; this screen dispatches actions with the
//! time and shows the state. Side effects live in effects around it: keeping the session for a
//! reload, saving the finished one, the cue, the wake lock and the clock's redraws.

use std::cell::Cell;
use std::rc::Rc;

use gloo_events::{EventListener, EventListenerOptions};
use gloo_timers::callback::Interval;
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::app::components::exercise_picture::ExercisePicture;
use crate::app::components::logged_week::log_notices;
use crate::app::components::this_week::this_week;
use crate::app::session_log::{self, SessionLogContext};
use crate::browser::{clock, cue, focus, wake_lock};
use crate::core::answers::Answers;
use crate::core::content::session as text;
use crate::core::picture::Picture;
use crate::core::plan::{build_plan, PhasePlan};
use crate::core::session::adherence::week_view;
use crate::core::session::log::SessionRecord;
use crate::core::session::plan::{
    exercise_words, today, weekly_target, SessionPlan, Step, Target, Today,
};
use crate::core::session::state::{Effort, SessionAction, SessionState, Stage, TookOver, PAIN_MAX};

const PRIMARY_ID: &str = "session-primary";
const CHECK_HEADING_ID: &str = "session-check-heading";
const SAVED_HEADING_ID: &str = "session-saved-heading";
/// How often a running countdown is redrawn. Only the picture changes; what is announced
/// changes with the state, not with this.
const REDRAW_MS: u32 = 250;

/// The screen's state: no session yet (the start screen), or one under way or finished.
#[derive(Clone, Default, PartialEq)]
struct Guided {
    session: Option<SessionState>,
}

enum GuidedAction {
    Start(SessionState),
    Act(SessionAction),
}

impl Reducible for Guided {
    type Action = GuidedAction;

    fn reduce(self: Rc<Self>, action: GuidedAction) -> Rc<Self> {
        let session = match (action, &self.session) {
            (GuidedAction::Start(s), _) => s,
            (GuidedAction::Act(a), Some(s)) => {
                let next = s.clone().apply(a);
                if &next == s {
                    return self;
                }
                next
            }
            (GuidedAction::Act(_), None) => return self,
        };
        Rc::new(Guided {
            session: Some(session),
        })
    }
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Rc<Answers>,
    pub first: Option<Rc<Answers>>,
    pub plan_href: AttrValue,
}

#[component]
pub fn GuidedSession(props: &Props) -> Html {
    let log = use_context::<SessionLogContext>();
    let plan: Rc<PhasePlan> = use_memo((props.answers.clone(), props.first.clone()), |(a, f)| {
        build_plan(a, f.as_deref())
    });
    let guided = {
        let log = log.clone();
        use_reducer_eq(move || Guided {
            session: log.as_ref().and_then(session_log::session_in_progress),
        })
    };
    let now = use_state(clock::now);
    let cue_setting = use_state(session_log::cue_on);
    let check_refused = use_state(|| false);
    // Whether the space bar counts a rep right now, for the document-wide key listener.
    let rep_step = use_mut_ref(|| Rc::new(Cell::new(false)));

    let session = guided.session.clone();
    let stage = session.as_ref().map(|s| s.stage);
    let running = session
        .as_ref()
        .is_some_and(|s| s.stage == Stage::Guiding && s.timer.is_some() && !s.is_paused());
    let step = session.as_ref().and_then(SessionState::current_step);
    rep_step.borrow().set(
        stage == Some(Stage::Guiding)
            && matches!(
                step,
                Some(Step::Work {
                    target: Target::Reps(_),
                    ..
                })
            ),
    );

    // Keep the session for a reload; once finished, log it and forget the copy.
    {
        let log = log.clone();
        use_effect_with(session.clone(), move |session| {
            if let (Some(log), Some(s)) = (log, session) {
                match s.stage {
                    Stage::Finished { at_ms } => {
                        let record = SessionRecord::from_state(
                            s,
                            at_ms,
                            clock::offset_minutes(clock::now()),
                        );
                        // Forgotten first: another tab redraws on the log's change, and
                        // must not find the finished session still under way then.
                        session_log::forget_in_progress(&log);
                        session_log::add(&log, record);
                    }
                    _ => session_log::save_in_progress(&log, s),
                }
            }
        });
    }
    // Redraw a running countdown and let the reducer end it at the right moment.
    {
        let now = now.clone();
        let dispatcher = guided.dispatcher();
        use_effect_with(running, move |running| {
            let ticker = running.then(|| {
                Interval::new(REDRAW_MS, move || {
                    let t = clock::now();
                    now.set(t);
                    dispatcher.dispatch(GuidedAction::Act(SessionAction::Tick { now_ms: t }));
                })
            });
            move || drop(ticker)
        });
    }
    // The space bar counts a rep, unless a control has the focus (it has its own use of it).
    {
        let dispatcher = guided.dispatcher();
        let rep_step = rep_step.borrow().clone();
        use_effect_with((), move |_| {
            let listener = web_sys::window().and_then(|w| w.document()).map(|doc| {
                EventListener::new_with_options(
                    &doc,
                    "keydown",
                    EventListenerOptions::enable_prevent_default(),
                    move |event| {
                        let Some(key) = event.dyn_ref::<web_sys::KeyboardEvent>() else {
                            return;
                        };
                        if key.key() != " " || !rep_step.get() || on_a_control(event) {
                            return;
                        }
                        event.prevent_default();
                        dispatcher.dispatch(GuidedAction::Act(SessionAction::Rep {
                            now_ms: clock::now(),
                        }));
                    },
                )
            });
            move || drop(listener)
        });
    }
    // The cue, once for each hold or rest that ran out, when the person turned it on.
    {
        let cues = session.as_ref().map_or(0, |s| s.cues);
        let heard = use_mut_ref(|| cues);
        let on = *cue_setting;
        use_effect_with(cues, move |&cues| {
            if cues != *heard.borrow() {
                *heard.borrow_mut() = cues;
                if on {
                    let _ = cue::play();
                }
            }
        });
    }
    // The screen stays on while the session is guided, where the browser allows it. The
    // browser drops the lock whenever the page is hidden (another app, a locked phone), so it
    // is asked for again each time the page is shown during the session.
    {
        let guiding = stage == Some(Stage::Guiding);
        use_effect_with(guiding, move |&guiding| {
            let held: Rc<std::cell::RefCell<Option<wake_lock::WakeLock>>> = Rc::default();
            let released = Rc::new(Cell::new(false));
            let keep_awake = {
                let held = held.clone();
                let released = released.clone();
                move || {
                    let held = held.clone();
                    let released = released.clone();
                    wasm_bindgen_futures::spawn_local(async move {
                        if let Ok(lock) = wake_lock::request().await {
                            if released.get() {
                                lock.release();
                            } else if let Some(old) = held.borrow_mut().replace(lock) {
                                old.release();
                            }
                        }
                    });
                }
            };
            let shown = if guiding {
                keep_awake();
                clock::on_page_shown(keep_awake).ok()
            } else {
                None
            };
            move || {
                drop(shown);
                released.set(true);
                if let Some(lock) = held.borrow_mut().take() {
                    lock.release();
                }
            }
        });
    }
    // A new stage is a new part of the screen: focus goes to its start, once, as on a new page.
    {
        let first = use_mut_ref(|| true);
        let kind = stage.map(|s| match s {
            Stage::Guiding => 1u8,
            Stage::Checking => 2,
            Stage::Finished { .. } => 3,
        });
        use_effect_with(kind, move |kind| {
            if !first.replace(false) {
                let id = match kind {
                    Some(1) => PRIMARY_ID,
                    Some(2) => CHECK_HEADING_ID,
                    Some(3) => SAVED_HEADING_ID,
                    _ => "",
                };
                let _ = focus::focus_id(id);
            }
        });
    }

    let act = |make: fn(u64) -> SessionAction| {
        let dispatcher = guided.dispatcher();
        Callback::from(move |_: MouseEvent| {
            dispatcher.dispatch(GuidedAction::Act(make(clock::now())));
        })
    };

    let body = match &session {
        None => {
            let start = {
                let dispatcher = guided.dispatcher();
                let plan = plan.clone();
                let cue_on = *cue_setting;
                Callback::from(move |_: MouseEvent| {
                    if cue_on {
                        cue::unlock();
                    }
                    let t = clock::now();
                    dispatcher.dispatch(GuidedAction::Start(SessionState::start(
                        SessionPlan::from_plan(&plan),
                        t,
                    )));
                })
            };
            let rest_day = log
                .as_ref()
                .is_some_and(|l| today(&plan, &l.book.log, session_log::today()) == Today::RestDay);
            start_screen(
                &plan,
                rest_day,
                start,
                cue_toggle(&cue_setting),
                &props.plan_href,
            )
        }
        Some(s) => match s.stage {
            Stage::Guiding => guiding_view(s, *now, &act, &cue_setting),
            Stage::Checking => check_view(s, &guided, &check_refused),
            Stage::Finished { .. } => saved_view(s, log.as_ref(), &plan, &props.plan_href),
        },
    };
    let announcement = session.as_ref().map(|s| {
        let name = match s.announcement {
            crate::core::session::state::Announcement::Work { item, .. } => s
                .plan
                .items
                .get(item)
                .map(|i| exercise_words(i.id, i.supported).name),
            _ => None,
        };
        text::announcement_text(s.announcement, name)
    });

    html! {
        <>
            <h1>{ text::SESSION_TITLE }</h1>
            { log.as_ref().map(log_notices) }
            // State changes only: the seconds are never read out.
            <p class="visually-hidden" role="status" aria-live="polite" id="session-announcement">
                { announcement.unwrap_or_default() }
            </p>
            { body }
        </>
    }
}

/// Whether a key event comes from a control that uses the space bar itself.
fn on_a_control(event: &web_sys::Event) -> bool {
    event
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|el| {
            matches!(
                el.tag_name().to_ascii_uppercase().as_str(),
                "BUTTON" | "INPUT" | "SELECT" | "TEXTAREA" | "A" | "SUMMARY" | "LABEL"
            )
        })
}

fn cue_toggle(setting: &UseStateHandle<bool>) -> Html {
    let onchange = {
        let setting = setting.clone();
        Callback::from(move |e: Event| {
            let on = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .checked();
            session_log::set_cue(on);
            if on {
                cue::unlock();
            }
            setting.set(on);
        })
    };
    html! {
        <div class="session-cue">
            <label class="option" for="session-cue">
                <input type="checkbox" id="session-cue" checked={**setting} {onchange} />
                <span>{ text::CUE_LABEL }</span>
            </label>
            <p class="muted">{ text::CUE_HINT }</p>
        </div>
    }
}

fn start_screen(
    plan: &PhasePlan,
    rest_day: bool,
    start: Callback<MouseEvent>,
    cue: Html,
    plan_href: &AttrValue,
) -> Html {
    let items = SessionPlan::from_plan(plan).items;
    html! {
        <>
            <p>{ text::SESSION_INTRO }</p>
            <ol class="session-overview">
                { for items.iter().map(|i| html! {
                    <li><strong>{ exercise_words(i.id, i.supported).name }</strong>{ ": " }{ i.dose.describe() }</li>
                }) }
            </ol>
            { cue }
            <p class="muted">{ text::WAKE_NOTE }</p>
            if rest_day {
                <p class="notice">{ text::REST_DAY }</p>
            } else {
                <p><button type="button" class="button" id={PRIMARY_ID} onclick={start}>{ text::START_SESSION }</button></p>
            }
            <p><a href={plan_href.clone()}>{ text::BACK_TO_PLAN }</a></p>
        </>
    }
}

fn guiding_view(
    s: &SessionState,
    now: u64,
    act: &dyn Fn(fn(u64) -> SessionAction) -> Callback<MouseEvent>,
    cue_setting: &UseStateHandle<bool>,
) -> Html {
    let steps = s.steps();
    let step = steps.get(s.step).copied();
    let (settled, total) = s.progress();
    let remaining = s.remaining_ms(now.max(s.touched_at_ms));
    let paused = s.is_paused();

    let (card, primary_label, primary): (Html, &str, Callback<MouseEvent>) = match step {
        Some(Step::Work {
            item,
            set,
            sets,
            side,
            target,
        }) => {
            let Some(it) = s.plan.items.get(item) else {
                return Html::default();
            };
            let words = exercise_words(it.id, it.supported);
            let set_line = match side {
                Some(side) => format!("{}, {}", text::set_of(set, sets), text::side_text(side)),
                None => text::set_of(set, sets),
            };
            let (counter, label, action) = match target {
                Target::Reps(reps) => (
                    html! { <p class="session-count">{ text::reps_counted(s.reps, reps) }</p> },
                    text::COUNT_REP,
                    act(|t| SessionAction::Rep { now_ms: t }),
                ),
                Target::HoldSeconds(seconds) => match remaining {
                    Some(left) => (
                        countdown(left, u64::from(seconds) * 1000),
                        text::END_HOLD,
                        act(|t| SessionAction::EndHold { now_ms: t }),
                    ),
                    None => (
                        html! { <p class="session-count">{ text::hold_for(seconds) }</p> },
                        text::START_HOLD,
                        act(|t| SessionAction::StartHold { now_ms: t }),
                    ),
                },
            };
            let card = html! {
                <section class="card session-card" aria-labelledby="session-step-title">
                    <h2 id="session-step-title">{ words.name }</h2>
                    <ExercisePicture picture={Picture::for_exercise(it.id, it.supported)} />
                    <p class="session-dose">{ it.dose.describe() }</p>
                    <p class="session-set"><strong>{ set_line }</strong></p>
                    { counter }
                    if matches!(target, Target::Reps(_)) {
                        <p class="muted session-space-hint">{ text::SPACE_HINT }</p>
                    }
                    <details class="session-how">
                        <summary>{ crate::core::content::pages::PLAN.how_to_label }</summary>
                        <ol class="exercise-steps">
                            { for words.how_to.iter().map(|step| html! { <li>{ *step }</li> }) }
                        </ol>
                        <p><strong>{ crate::core::content::pages::PLAN.feel_label }{ ": " }</strong>{ words.feel }</p>
                        <p><strong>{ crate::core::content::pages::PLAN.compensation_label }{ ": " }</strong>{ words.compensation_sign }</p>
                    </details>
                </section>
            };
            (card, label, action)
        }
        Some(Step::Rest { seconds, kind }) => {
            let next = steps.get(s.step + 1).and_then(|n| match n {
                Step::Work {
                    item, set, sets, ..
                } => s.plan.items.get(*item).map(|i| {
                    format!(
                        "{} ({})",
                        exercise_words(i.id, i.supported).name,
                        text::set_of(*set, *sets)
                    )
                }),
                Step::Rest { .. } => None,
            });
            let card = html! {
                <section class="card session-card is-rest" aria-labelledby="session-step-title">
                    <h2 id="session-step-title">{ text::REST_HEADING }</h2>
                    { countdown(remaining.unwrap_or(0), u64::from(seconds) * 1000) }
                    <p>{ text::rest_kind_text(kind) }</p>
                    { next.map(|n| html! { <p><strong>{ text::UP_NEXT }</strong>{ " " }{ n }</p> }) }
                </section>
            };
            (
                card,
                text::SKIP_REST,
                act(|t| SessionAction::Next { now_ms: t }),
            )
        }
        None => return Html::default(),
    };
    let on_work = matches!(step, Some(Step::Work { .. }));
    let next = {
        let go = act(|t| SessionAction::Next { now_ms: t });
        Callback::from(move |e: MouseEvent| {
            go.emit(e);
            // This button is not shown during the rest that follows: keep the focus on the
            // main button, which stays.
            let _ = focus::focus_id(PRIMARY_ID);
        })
    };
    let pause = if paused {
        (text::RESUME, act(|t| SessionAction::Resume { now_ms: t }))
    } else {
        (text::PAUSE, act(|t| SessionAction::Pause { now_ms: t }))
    };
    html! {
        <>
            <p class="session-progress">
                <label for="session-progress">{ text::SESSION_PROGRESS_LABEL }{ ": " }{ format!("{settled} / {total}") }</label>
                <progress id="session-progress" max={total.to_string()} value={settled.to_string()}></progress>
            </p>
            { card }
            if paused {
                <p class="notice">{ text::PAUSED_NOTE }</p>
            }
            <div class="session-actions">
                <button type="button" class="button session-primary" id={PRIMARY_ID}
                    disabled={paused} onclick={primary}>{ primary_label }</button>
                if on_work {
                    <button type="button" class="button secondary" onclick={next}>{ text::NEXT_SET }</button>
                }
            </div>
            <div class="session-controls">
                <button type="button" class="button secondary small" disabled={s.step == 0}
                    onclick={act(|t| SessionAction::Back { now_ms: t })}>{ text::BACK }</button>
                <button type="button" class="button secondary small" onclick={pause.1}>{ pause.0 }</button>
                <button type="button" class="button secondary small"
                    onclick={act(|t| SessionAction::Skip { now_ms: t })}>{ text::SKIP_EXERCISE }</button>
                <button type="button" class="button secondary small"
                    onclick={act(|t| SessionAction::EndEarly { now_ms: t })}>{ text::END_EARLY }</button>
            </div>
            { cue_toggle(cue_setting) }
        </>
    }
}

/// The visible countdown: text and a bar, neither of them live (the live region says the state).
fn countdown(remaining_ms: u64, length_ms: u64) -> Html {
    html! {
        <div class="session-timer">
            <p class="session-clock">{ text::clock_text(remaining_ms) }</p>
            <progress class="session-timer-bar" aria-label={text::TIMER_PROGRESS_LABEL}
                max={length_ms.max(1).to_string()} value={remaining_ms.min(length_ms).to_string()}></progress>
        </div>
    }
}

fn check_view(
    s: &SessionState,
    guided: &UseReducerHandle<Guided>,
    refused: &UseStateHandle<bool>,
) -> Html {
    let dispatch = |make: fn(u8) -> SessionAction| {
        let dispatcher = guided.dispatcher();
        Callback::from(move |e: Event| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlSelectElement>()
                .value();
            if let Ok(p) = value.parse::<u8>() {
                dispatcher.dispatch(GuidedAction::Act(make(p)));
            }
        })
    };
    let pain_select = |id: &'static str,
                       label: &'static str,
                       value: Option<u8>,
                       on: Callback<Event>| {
        html! {
            <div class="session-pain">
                <label for={id}>{ label }</label>
                <select id={id} onchange={on} aria-describedby="pain-scale-hint">
                    <option value="" selected={value.is_none()}>{ text::PAIN_CHOOSE }</option>
                    { for (0..=PAIN_MAX).map(|p| html! {
                        <option value={p.to_string()} selected={value == Some(p)}>{ text::pain_option(p) }</option>
                    }) }
                </select>
            </div>
        }
    };
    let effort = |e: Effort| {
        let dispatcher = guided.dispatcher();
        Callback::from(move |_: Event| {
            dispatcher.dispatch(GuidedAction::Act(SessionAction::Effort(e)))
        })
    };
    let took = |t: TookOver| {
        let dispatcher = guided.dispatcher();
        Callback::from(move |_: Event| {
            dispatcher.dispatch(GuidedAction::Act(SessionAction::TookOverAnswer(t)))
        })
    };
    let done = s.exercises_done();
    let save = {
        let dispatcher = guided.dispatcher();
        let refused = refused.clone();
        let complete = s.check.pain_during.is_some()
            && s.check.pain_after.is_some()
            && s.check.effort.is_some();
        Callback::from(move |_: MouseEvent| {
            refused.set(!complete);
            if complete {
                dispatcher.dispatch(GuidedAction::Act(SessionAction::Finish {
                    now_ms: clock::now(),
                }));
            }
        })
    };
    html! {
        <section class="card session-check" aria-labelledby={CHECK_HEADING_ID}>
            <h2 id={CHECK_HEADING_ID} tabindex="-1">{ text::CHECK_HEADING }</h2>
            <p>{ text::CHECK_INTRO }</p>
            <p class="muted" id="pain-scale-hint">{ text::PAIN_SCALE_HINT }</p>
            { pain_select("pain-during", text::PAIN_DURING_LABEL, s.check.pain_during, dispatch(SessionAction::PainDuring)) }
            { pain_select("pain-after", text::PAIN_AFTER_LABEL, s.check.pain_after, dispatch(SessionAction::PainAfter)) }
            <fieldset>
                <legend>{ text::EFFORT_LEGEND }</legend>
                { for Effort::ALL.iter().enumerate().map(|(n, &e)| {
                    let id = format!("effort-{n}");
                    html! {
                        <label class="option" for={id.clone()}>
                            <input type="radio" id={id} name="effort" checked={s.check.effort == Some(e)} onchange={effort(e)} />
                            <span>{ text::effort_label(e) }</span>
                        </label>
                    }
                }) }
            </fieldset>
            if !done.is_empty() {
                <fieldset>
                    <legend>{ text::TOOK_OVER_LEGEND }</legend>
                    <ul class="session-signs">
                        { for done.iter().map(|&id| {
                            let item = s.plan.items.iter().find(|i| i.id == id);
                            let w = exercise_words(id, item.is_some_and(|i| i.supported));
                            html! { <li><strong>{ w.name }{ ": " }</strong>{ w.compensation_sign }</li> }
                        }) }
                    </ul>
                    { for TookOver::ALL.iter().enumerate().map(|(n, &t)| {
                        let id = format!("took-over-{n}");
                        html! {
                            <label class="option" for={id.clone()}>
                                <input type="radio" id={id} name="took-over" checked={s.check.took_over_answered == Some(t)} onchange={took(t)} />
                                <span>{ text::took_over_label(t) }</span>
                            </label>
                        }
                    }) }
                    if s.check.took_over_answered == Some(TookOver::Yes) && done.len() > 1 {
                        <fieldset class="session-which">
                            <legend>{ text::TOOK_OVER_WHICH }</legend>
                            { for done.iter().map(|&id| {
                                let item = s.plan.items.iter().find(|i| i.id == id);
                                let w = exercise_words(id, item.is_some_and(|i| i.supported));
                                let dispatcher = guided.dispatcher();
                                let input_id = format!("took-over-in-{}", s.plan.items.iter().position(|i| i.id == id).unwrap_or(0));
                                let onchange = Callback::from(move |e: Event| {
                                    let yes = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                    dispatcher.dispatch(GuidedAction::Act(SessionAction::TookOverIn { id, yes }));
                                });
                                html! {
                                    <label class="option" for={input_id.clone()}>
                                        <input type="checkbox" id={input_id} checked={s.check.took_over.contains(&id)} {onchange} />
                                        <span>{ w.name }</span>
                                    </label>
                                }
                            }) }
                        </fieldset>
                    }
                </fieldset>
            }
            <div role="alert" class="session-check-status">
                if **refused && !(s.check.pain_during.is_some() && s.check.pain_after.is_some() && s.check.effort.is_some()) {
                    <p class="notice urgent">{ text::CHECK_MISSING }</p>
                }
            </div>
            <p><button type="button" class="button" onclick={save}>{ text::SAVE_SESSION }</button></p>
        </section>
    }
}

fn saved_view(
    s: &SessionState,
    log: Option<&SessionLogContext>,
    plan: &PhasePlan,
    plan_href: &AttrValue,
) -> Html {
    let record = SessionRecord::from_state(s, s.touched_at_ms, 0);
    let week = log.map(|l| week_view(&l.book.log, session_log::today(), weekly_target(plan)));
    html! {
        <>
            <section class="card session-saved" aria-labelledby={SAVED_HEADING_ID}>
                <h2 id={SAVED_HEADING_ID} tabindex="-1">{ text::SAVED_HEADING }</h2>
                <p>{ text::saved_summary(record.sets_done(), record.sets_skipped()) }</p>
                <p class="keep-actions">
                    <a class="button" href={plan_href.clone()}>{ text::BACK_TO_PLAN }</a>
                    <a class="button secondary" href={crate::app::routes::Route::History.href()}>{ text::SEE_HISTORY }</a>
                </p>
            </section>
            { week.map(|w| this_week(&w)) }
        </>
    }
}
