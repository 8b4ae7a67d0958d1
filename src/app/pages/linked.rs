//! Results and plan opened from their address: the answers come from the plan-link payload, so
//! a bookmark, a reload or another device shows the same estimate and plan. A damaged link gets
//! a clear message and a way to start again.

use std::rc::Rc;

use yew::prelude::*;

use super::session::GuidedSession;
use super::{Plan, Results, Summary};
use crate::app::history::{self as saved, HistoryContext};
use crate::app::keeping::{self, KeepingContext};
use crate::app::pages::stop::urgent_care;
use crate::app::routes::Route;
use crate::browser::{clipboard, location};
use crate::core::answers::Answers;
use crate::core::content::history as history_text;
use crate::core::content::link as text;
use crate::core::content::storage::{reminder_text, REMINDER_LINK};
use crate::core::content::summary::OPEN_LINK as SUMMARY_LINK;
use crate::core::history_book::{Notice, SaveMode};
use crate::core::link::{decode, LinkError};
use crate::core::triage::{triage, Triage};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LinkedView {
    Results,
    Plan,
    /// Today's guided session of this plan.
    Session,
    /// The printable summary for a clinician.
    Summary,
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub code: AttrValue,
    pub view: LinkedView,
}

#[component]
pub fn Linked(props: &Props) -> Html {
    let decoded = use_memo(props.code.clone(), |code| {
        decode(code).map(|d| (Rc::new(d.answers.clone()), d.model_note()))
    });
    let history = use_context::<HistoryContext>();
    let (answers, model_note) = match &*decoded {
        Ok(ok) => ok.clone(),
        Err(error) => return link_problem(*error),
    };
    if let Triage::Urgent { flags, unsure } = triage(&answers) {
        return urgent_care(&flags, &unsure);
    }
    let first = history
        .as_ref()
        .and_then(|h| h.book.records.first().map(|r| Rc::new(r.answers.clone())));
    let results_href = Route::Results(props.code.to_string()).href();
    let plan_href = Route::Plan(props.code.to_string()).href();
    let session_href = Route::Session(props.code.to_string()).href();
    let summary_href = Route::Summary(props.code.to_string()).href();
    let keeping = use_context::<KeepingContext>();
    html! {
        <>
            { save_status(history.as_ref()) }
            { backup_reminder(history.as_ref(), keeping.as_ref()) }
            { model_note.map(|note| html! { <p class="notice">{ note }</p> }) }
            { match props.view {
                LinkedView::Results => html! { <Results answers={answers.clone()} plan_href={plan_href} /> },
                LinkedView::Plan => html! { <Plan answers={answers.clone()} first={first} results_href={results_href} session_href={session_href} /> },
                LinkedView::Session => html! { <GuidedSession answers={answers.clone()} first={first} plan_href={plan_href} /> },
                LinkedView::Summary => html! { <Summary answers={answers.clone()} plan_href={plan_href} /> },
            } }
            if props.view != LinkedView::Session && props.view != LinkedView::Summary {
                <p class="no-print summary-link"><a href={summary_href}>{ SUMMARY_LINK }</a></p>
                <KeepPlan answers={answers} />
            }
        </>
    }
}

/// Why a link cannot be opened, and a way to start again. A plain view function: no state.
fn link_problem(error: LinkError) -> Html {
    html! {
        <>
            <h1>{ text::CANNOT_OPEN_HEADING }</h1>
            <p class="notice urgent" role="alert">{ error.message() }</p>
            <p><a class="button" href={Route::Step(1).href()}>{ text::START_AGAIN }</a></p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct KeepProps {
    answers: Rc<Answers>,
}

/// Copy the link, bookmark it, and save a plan opened from a link into this device's history.
#[component]
fn KeepPlan(props: &KeepProps) -> Html {
    let status = use_state(|| None::<&'static str>);
    let history = use_context::<HistoryContext>();
    let url = location::href().unwrap_or_default();

    let copy = {
        let status = status.clone();
        let url = url.clone();
        Callback::from(move |_: MouseEvent| {
            let status = status.clone();
            let url = url.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let copied = clipboard::copy_text(&url).await.is_ok();
                status.set(Some(if copied {
                    text::COPIED
                } else {
                    text::COPY_FAILED
                }));
            });
        })
    };
    let bookmark = {
        let status = status.clone();
        Callback::from(move |_: MouseEvent| status.set(Some(text::BOOKMARK_HOW)))
    };
    let saved_already = history
        .as_ref()
        .is_some_and(|h| saved::contains_answers(h, &props.answers));
    let save = history.clone().map(|history| {
        let status = status.clone();
        let answers = props.answers.clone();
        Callback::from(move |_: MouseEvent| {
            saved::save_assessment(&history, &answers);
            status.set(Some(if history.book.mode == SaveMode::Saving {
                text::SAVED_TO_HISTORY
            } else {
                text::NOT_SAVED_MEMORY
            }));
        })
    });

    html! {
        <section class="card keep-plan no-print" aria-labelledby="keep-title">
            <h2 id="keep-title">{ text::KEEP_HEADING }</h2>
            <p>{ text::KEEP_INTRO }</p>
            { (!saved_already).then(|| html! {
                <p class="notice">{ text::OPENED_FROM_LINK }{ " " }
                    <button type="button" class="button secondary" onclick={save.clone()}>{ text::SAVE_TO_HISTORY }</button>
                </p>
            }) }
            <p class="keep-actions">
                <button type="button" class="button" onclick={copy}>{ text::COPY_LINK }</button>
                <button type="button" class="button secondary" onclick={bookmark}>{ text::BOOKMARK }</button>
            </p>
            <label for="plan-link">{ text::LINK_LABEL }</label>
            <input type="text" id="plan-link" class="plan-link" readonly=true value={url} />
            <p role="status" class="keep-status">{ status.unwrap_or_default() }</p>
        </section>
    }
}

/// Where saving went wrong, said right where the person expects their check to be kept.
fn save_status(history: Option<&HistoryContext>) -> Html {
    let Some(history) = history else {
        return Html::default();
    };
    let message = history.book.notices.iter().rev().find_map(|n| match n {
        Notice::SaveFailed { quota: true } => Some(history_text::SAVE_FAILED_FULL),
        Notice::SaveFailed { quota: false } => Some(history_text::SAVE_FAILED_OTHER),
        Notice::StorageUnavailable => Some(history_text::NOTICE_STORAGE_UNAVAILABLE),
        _ => None,
    });
    match message {
        Some(message) => html! {
            <p class="notice urgent" role="alert">
                { message }{ " " }<a href={Route::History.href()}>{ crate::core::content::pages::NAV_HISTORY }</a>
            </p>
        },
        None => Html::default(),
    }
}

/// A gentle reminder to back up, when checks have waited a few weeks for one
/// (`core::saved::backup_advice`), with the way to the history screen's export.
fn backup_reminder(history: Option<&HistoryContext>, keeping: Option<&KeepingContext>) -> Html {
    let (Some(history), Some(keeping)) = (history, keeping) else {
        return Html::default();
    };
    let times: Vec<u64> = history.book.records.iter().map(|r| r.taken_at_ms).collect();
    match reminder_text(keeping::advice(keeping, &times)) {
        Some(said) => html! {
            <p class="notice backup-reminder no-print">
                { said }{ " " }<a href={Route::History.href()}>{ REMINDER_LINK }</a>
            </p>
        },
        None => Html::default(),
    }
}
