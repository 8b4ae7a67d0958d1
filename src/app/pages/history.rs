//! The history: what happened to the saved data, progress since the first check, charts of
//! pain, holds and the estimate over time, every saved check, and export, import and delete.
//!
//! Everything derived from the records is computed once per change of the records (a cheap
//! fingerprint is compared on each render), the charts redraw only when the records change,
//! and the list shows the newest checks a page at a time, so a thousand records stay quick.

use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};

use yew::prelude::*;

use crate::app::components::history_charts::{estimate_chart, holds_chart, pain_chart};
use crate::app::components::keeping_card::keeping_card;
use crate::app::components::logged_week::LoggedWeek;
use crate::app::history::{self as saved, HistoryContext};
use crate::app::keeping::{self, KeepingContext};
use crate::app::routes::Route;
use crate::app::session_log::{self, SessionLogContext};
use crate::browser::{files, focus};
use crate::core::content::factors::describe_weeks;
use crate::core::content::history as text;
use crate::core::content::session as session_text;
use crate::core::content::summary::OPEN_LINK as SUMMARY_LINK;
use crate::core::history_book::{Change, HistoryBook, Notice, SaveMode};
use crate::core::link::summary_fragment;
use crate::core::progress::{progress_summary, ProgressSummary};
use crate::core::record::{date_text, merge, AssessmentRecord};
use crate::core::session::log_book::LogChange;

use super::history_screen::{
    HistoryScreenState, KeepStatus, ListStatus, ScreenAction, CONFIRM_ID, DELETE_ALL_ID,
    LIST_HEADING_ID, LIST_PAGE, MAIN_HEADING, UNDO_ID,
};

#[component]
pub fn History() -> Html {
    match use_context::<HistoryContext>() {
        Some(history) => html! { <HistoryScreen history={history} /> },
        // The app always provides the history; without it there is nothing to show.
        None => html! {
            <>
                <h1>{ text::TITLE }</h1>
                <p>{ text::EMPTY }</p>
            </>
        },
    }
}

#[derive(Properties, PartialEq)]
struct ScreenProps {
    history: HistoryContext,
}

/// Changes whenever anything shown of the records changes; cheap next to a render.
fn fingerprint(records: &[AssessmentRecord]) -> (usize, u64) {
    let mut hasher = DefaultHasher::new();
    for r in records {
        r.id.hash(&mut hasher);
        r.taken_at_ms.hash(&mut hasher);
        r.answers.hash(&mut hasher);
        r.model_version.hash(&mut hasher);
        r.estimate.hash(&mut hasher);
        r.phase.hash(&mut hasher);
    }
    (records.len(), hasher.finish())
}

/// The progress summary and the three charts, which depend on the records alone.
struct FromRecords {
    summary: Option<ProgressSummary>,
    charts: [Html; 3],
}

#[component]
fn HistoryScreen(props: &ScreenProps) -> Html {
    let history = &props.history;
    let book: &HistoryBook = &history.book;

    // What the screen draws from the records alone is worked out once per change of the
    // records, not on every click on this screen.
    let derived = {
        let history = history.clone();
        use_memo(fingerprint(&book.records), move |_| {
            let records = &history.book.records;
            FromRecords {
                summary: progress_summary(records),
                charts: [
                    pain_chart(records),
                    holds_chart(records),
                    estimate_chart(records),
                ],
            }
        })
    };
    let records = &book.records;
    let screen = use_reducer(HistoryScreenState::default);
    let keeping = use_context::<KeepingContext>();

    // Focus moves after the render that shows its target.
    use_effect_with(screen.focus, |request| {
        if let Some((_, id)) = request {
            let _ = if *id == MAIN_HEADING {
                focus::focus_main_heading()
            } else {
                focus::focus_id(id)
            };
        }
    });

    let can_edit = !matches!(book.mode, SaveMode::ReadOnlyNewer(_));
    let total = records.len();
    let sessions = use_context::<SessionLogContext>();
    let logged = sessions
        .as_ref()
        .map_or(0, |log| log.book.log.sessions.len());

    // --- Callbacks ---

    let dismiss = {
        let history = history.clone();
        Callback::from(move |_: MouseEvent| saved::dismiss_notices(&history))
    };
    let download_unreadable = {
        let history = history.clone();
        let screen = screen.clone();
        Callback::from(move |_: MouseEvent| {
            let failed = saved::download_unreadable(&history).is_err();
            screen.dispatch(ScreenAction::DownloadFailed(failed));
        })
    };
    let delete_one = {
        let history = history.clone();
        let screen = screen.clone();
        Callback::from(move |id: String| {
            let Some(record) = history.book.records.iter().find(|r| r.id == id).cloned() else {
                return;
            };
            saved::change(&history, Change::Remove(id));
            screen.dispatch(ScreenAction::Deleted(record));
        })
    };
    let undo = {
        let history = history.clone();
        let screen = screen.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(ListStatus::Deleted(record)) = &screen.list_status {
                saved::change(&history, Change::Import(vec![record.clone()]));
                screen.dispatch(ScreenAction::Restored(date_text(record.taken_at_ms)));
            }
        })
    };
    let show_more = screen
        .dispatcher()
        .to_callback()
        .reform(|_: MouseEvent| ScreenAction::ShowMore);
    let export = {
        let history = history.clone();
        let screen = screen.clone();
        let keeping = keeping.clone();
        let sessions = sessions.clone();
        Callback::from(move |_: MouseEvent| {
            let logged = sessions
                .as_ref()
                .map_or(&[][..], |log| &log.book.log.sessions[..]);
            screen.dispatch(ScreenAction::Kept(match saved::export(&history, logged) {
                Ok(name) => {
                    if let Some(keeping) = &keeping {
                        keeping::backed_up(keeping);
                    }
                    let mut status = KeepStatus::said(
                        false,
                        text::export_done(&name, history.book.records.len()),
                    );
                    status
                        .lines
                        .extend(session_text::export_sessions_too(logged.len()));
                    status
                }
                Err(_) => KeepStatus::said(true, text::EXPORT_FAILED),
            }));
        })
    };
    let import = {
        let history = history.clone();
        let screen = screen.clone();
        let sessions = sessions.clone();
        Callback::from(move |e: Event| {
            let input: web_sys::HtmlInputElement = e.target_unchecked_into();
            let Some(file) = input.files().and_then(|list| list.get(0)) else {
                return;
            };
            // Picking the same file again must work too.
            input.set_value("");
            let history = history.clone();
            let screen = screen.clone();
            let sessions = sessions.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let action = match files::read_text(file).await {
                    Err(_) => ScreenAction::Kept(KeepStatus::said(true, text::IMPORT_READ_FAILED)),
                    Ok(raw) => match saved::read_import(&raw) {
                        Err(error) => ScreenAction::Kept(KeepStatus::said(true, error.message())),
                        Ok(loaded) => {
                            let counts = merge(&history.book.records, loaded.records.clone());
                            let mut lines = vec![counts.message()];
                            if loaded.migrated_from.is_some() {
                                lines.push(text::IMPORT_MIGRATED.to_owned());
                            }
                            if !loaded.skipped.is_empty() {
                                lines.push(text::import_skipped(loaded.skipped.len()));
                            }
                            let skipped = loaded.skipped.iter().map(|s| s.reason()).collect();
                            saved::change(&history, Change::Import(loaded.records));
                            // The file's session log goes into the log, with what it added.
                            if let Some(log) = &sessions {
                                lines.extend(session_log::import_from_file(log, &raw));
                            }
                            ScreenAction::Imported(KeepStatus {
                                problem: false,
                                lines,
                                skipped,
                            })
                        }
                    },
                };
                screen.dispatch(action);
            });
        })
    };
    let ask_delete_all = screen
        .dispatcher()
        .to_callback()
        .reform(|_: MouseEvent| ScreenAction::AskDeleteAll);
    let cancel_delete_all = screen
        .dispatcher()
        .to_callback()
        .reform(|_: MouseEvent| ScreenAction::CancelDeleteAll);
    let delete_all = {
        let history = history.clone();
        let screen = screen.clone();
        let sessions = sessions.clone();
        Callback::from(move |_: MouseEvent| {
            saved::change(&history, Change::Clear);
            // Everything means the logged sessions too.
            if let Some(log) = &sessions {
                session_log::change(log, LogChange::Clear);
                session_log::forget_in_progress(log);
            }
            screen.dispatch(ScreenAction::ClearedAll);
        })
    };

    // --- Pieces ---

    let list_status_html = html! {
        <div class="history-status" role="status">
            { match &screen.list_status {
                Some(ListStatus::Deleted(record)) => html! {
                    <p class="notice history-undo">
                        { text::deleted(&date_text(record.taken_at_ms)) }{ " " }
                        <button type="button" id={UNDO_ID} class="button secondary small" onclick={undo}>{ text::UNDO }</button>
                    </p>
                },
                Some(ListStatus::Restored(date)) => html! { <p class="notice">{ text::restored(date) }</p> },
                Some(ListStatus::ClearedAll) => html! { <p class="notice">{ text::DELETED_ALL }</p> },
                None => html! {},
            } }
        </div>
    };

    let body = if records.is_empty() {
        html! {
            <>
                { list_status_html }
                <p>{ text::EMPTY }</p>
                <p><a class="button" href={Route::Step(1).href()}>{ text::START }</a></p>
                if can_edit {
                    <p class="muted">{ text::EMPTY_IMPORT_HINT }</p>
                }
            </>
        }
    } else {
        html! {
            <>
                { progress(derived.summary.as_ref()) }
                if let Some(latest) = records.last() {
                    <p class="summary-link"><a href={summary_fragment(&latest.answers)}>{ SUMMARY_LINK }</a></p>
                }
                <section class="history-section" aria-labelledby="pain-heading">
                    <h2 id="pain-heading">{ text::PAIN_CHART_HEADING }</h2>
                    { derived.charts[0].clone() }
                </section>
                <section class="history-section" aria-labelledby="holds-heading">
                    <h2 id="holds-heading">{ text::HOLDS_CHART_HEADING }</h2>
                    { derived.charts[1].clone() }
                </section>
                <section class="history-section" aria-labelledby="estimate-heading">
                    <h2 id="estimate-heading">{ text::ESTIMATE_CHART_HEADING }</h2>
                    { derived.charts[2].clone() }
                </section>
                <section class="history-section" aria-labelledby={LIST_HEADING_ID}>
                    <h2 id={LIST_HEADING_ID} tabindex="-1">{ text::LIST_HEADING }</h2>
                    <p class="muted">{ text::LIST_INTRO }</p>
                    { list_status_html }
                    <ul class="history-list">
                        { for records.iter().enumerate().rev().take(screen.shown).map(|(i, record)| {
                            entry(record, i + 1, total, can_edit.then(|| delete_one.clone()))
                        }) }
                    </ul>
                    if total > screen.shown {
                        <p>
                            <button type="button" class="button secondary" onclick={show_more}>
                                { text::show_more(LIST_PAGE.min(total - screen.shown), total - screen.shown) }
                            </button>
                        </p>
                    }
                </section>
            </>
        }
    };

    let keep_status_html = html! {
        <div class="history-status" role="status">
            { screen.keep_status.as_ref().map(|status| html! {
                <div class={classes!("notice", status.problem.then_some("urgent"))}>
                    { for status.lines.iter().map(|line| html! { <p>{ line.clone() }</p> }) }
                    if !status.skipped.is_empty() {
                        <ul>{ for status.skipped.iter().map(|reason| html! { <li>{ reason.clone() }</li> }) }</ul>
                    }
                </div>
            }) }
        </div>
    };

    html! {
        <div class="history">
            <h1>{ text::TITLE }</h1>
            <p class="muted">{ text::INTRO }</p>
            { notices(book, &dismiss, &download_unreadable, screen.download_failed) }
            { mode_line(book.mode) }
            { body }
            <LoggedWeek latest={book.records.last().map(|r| std::rc::Rc::new(r.answers.clone()))} />
            { keeping.as_ref().map(|k| {
                let times: Vec<u64> = records.iter().map(|r| r.taken_at_ms).collect();
                keeping_card(k, keeping::advice(k, &times), keeping::saved_bytes())
            }) }
            <section class="history-section history-keep" aria-labelledby="keep-heading">
                <h2 id="keep-heading">{ text::KEEP_HEADING }</h2>
                <p>{ text::KEEP_INTRO }</p>
                if total > 0 || logged > 0 {
                    <p><button type="button" class="button" onclick={export}>{ text::EXPORT }</button></p>
                }
                if can_edit {
                    <div class="history-import">
                        <label for="history-import-file">{ text::IMPORT_LABEL }</label>
                        <p id="history-import-hint" class="muted">{ text::IMPORT_HINT }</p>
                        <input type="file" id="history-import-file" accept="application/json,.json"
                            aria-describedby="history-import-hint" onchange={import} />
                    </div>
                }
                { keep_status_html }
            </section>
            if can_edit && (total > 0 || logged > 0) {
                <section class="history-section history-delete-all" aria-labelledby="delete-all-heading">
                    <h2 id="delete-all-heading">{ text::DELETE_ALL_HEADING }</h2>
                    if screen.confirming {
                        <div class="notice urgent history-confirm">
                            <p id={CONFIRM_ID} tabindex="-1"><strong>{ text::delete_all_question(total, logged) }</strong></p>
                            <p>{ text::DELETE_ALL_EXPORT_FIRST }</p>
                            if total > 0 && logged > 0 {
                                <p>{ session_text::DELETE_ALL_SESSIONS_TOO }</p>
                            }
                            <p class="history-actions">
                                <button type="button" class="button danger" onclick={delete_all}>{ text::DELETE_ALL_YES }</button>
                                <button type="button" class="button secondary" onclick={cancel_delete_all}>{ text::DELETE_ALL_CANCEL }</button>
                            </p>
                        </div>
                    } else {
                        <p>
                            <button type="button" id={DELETE_ALL_ID} class="button danger-outline" onclick={ask_delete_all}>
                                { text::DELETE_ALL }
                            </button>
                        </p>
                    }
                </section>
            }
        </div>
    }
}

/// The messages about the saved history, each with its role, and one button to dismiss them.
/// Once dismissed, unreadable history stays on offer for download.
fn notices(
    book: &HistoryBook,
    dismiss: &Callback<MouseEvent>,
    download: &Callback<MouseEvent>,
    download_failed: bool,
) -> Html {
    let download_button = || {
        book.unreadable_raw.is_some().then(|| {
            html! {
                <p>
                    <button type="button" class="button secondary" onclick={download.clone()}>
                        { text::DOWNLOAD_UNREADABLE }
                    </button>
                </p>
            }
        })
    };
    let failed = download_failed.then(|| {
        html! { <p class="notice urgent" role="alert">{ text::DOWNLOAD_UNREADABLE_FAILED }</p> }
    });
    if book.notices.is_empty() {
        return html! {
            <>
                if book.unreadable_raw.is_some() {
                    <div class="notice history-notice">
                        <p>{ text::UNREADABLE_STILL_AVAILABLE }</p>
                        { download_button() }
                    </div>
                }
                { failed }
            </>
        };
    }
    let one = |notice: &Notice| -> Html {
        let (problem, body) = match notice {
            Notice::StorageUnavailable => {
                (true, html! { <p>{ text::NOTICE_STORAGE_UNAVAILABLE }</p> })
            }
            Notice::Unreadable { backup_key } => {
                let said = if backup_key.is_some() {
                    text::STORE_UNREADABLE
                } else {
                    text::STORE_UNREADABLE_NOT_KEPT
                };
                (true, html! { <><p>{ said }</p>{ download_button() }</> })
            }
            Notice::Migrated { .. } => (false, html! { <p>{ text::STORE_MIGRATED }</p> }),
            Notice::NewerVersion { .. } => (
                false,
                html! { <><p>{ text::STORE_NEWER }</p><p>{ text::READ_ONLY_NOTE }</p></> },
            ),
            Notice::Skipped(reasons) => (
                true,
                html! {
                    <>
                        <p>{ text::store_skipped(reasons.len()) }</p>
                        <ul>{ for reasons.iter().map(|r| html! { <li>{ r.clone() }</li> }) }</ul>
                        { download_button() }
                    </>
                },
            ),
            Notice::SaveFailed { quota: true } => {
                (true, html! { <p>{ text::SAVE_FAILED_FULL }</p> })
            }
            Notice::SaveFailed { quota: false } => {
                (true, html! { <p>{ text::SAVE_FAILED_OTHER }</p> })
            }
            Notice::StoredChangedUnreadable => {
                (true, html! { <p>{ text::STORED_CHANGED_UNREADABLE }</p> })
            }
        };
        html! {
            <div class={classes!("notice", "history-notice", problem.then_some("urgent"))}
                role={if problem { "alert" } else { "status" }}>
                { body }
            </div>
        }
    };
    html! {
        <div class="history-notices">
            { for book.notices.iter().map(one) }
            { failed }
            <p>
                <button type="button" class="button secondary small" onclick={dismiss.clone()}>
                    { text::DISMISS_NOTICES }
                </button>
            </p>
        </div>
    }
}

/// Said for as long as changes do not reach storage.
fn mode_line(mode: SaveMode) -> Html {
    let said = match mode {
        SaveMode::Saving => return html! {},
        SaveMode::MemoryOnly => text::MODE_MEMORY_ONLY,
        SaveMode::ReadOnlyNewer(_) => text::MODE_READ_ONLY,
        SaveMode::Blocked => text::MODE_BLOCKED,
    };
    html! { <p class="notice history-mode"><strong>{ said }</strong></p> }
}

/// Progress since the first check: the headline first, then phase and pain.
fn progress(summary: Option<&ProgressSummary>) -> Html {
    let Some(summary) = summary else {
        return html! {};
    };
    let phase_line = if summary.assessments >= 2 {
        summary.phase_line.clone()
    } else {
        text::single_phase_line(summary.phase_now)
    };
    html! {
        <section class="card history-progress" aria-labelledby="progress-heading">
            <h2 id="progress-heading">{ text::PROGRESS_HEADING }</h2>
            <p class="muted">
                { text::assessments_span(
                    summary.assessments,
                    &date_text(summary.first_taken_at_ms),
                    &date_text(summary.latest_taken_at_ms),
                ) }
            </p>
            <p class="history-headline">{ summary.headline.clone() }</p>
            <p>{ phase_line }</p>
            if let Some(pain) = &summary.pain {
                <p>{ pain.line.clone() }</p>
            }
            <p><a class="button secondary" href={Route::Step(1).href()}>{ text::CHECK_AGAIN }</a></p>
        </section>
    }
}

/// One saved check, with a delete button when changes are allowed.
fn entry(
    record: &AssessmentRecord,
    number: usize,
    total: usize,
    on_delete: Option<Callback<String>>,
) -> Html {
    let date = date_text(record.taken_at_ms);
    let pain = &record.answers.pain;
    let (bridge, stance) = (record.answers.bridge_hold, record.answers.stance_hold);
    let delete = on_delete.map(|on_delete| {
        let id = record.id.clone();
        let onclick = Callback::from(move |_: MouseEvent| on_delete.emit(id.clone()));
        html! {
            <button type="button" class="button secondary small history-delete"
                aria-label={text::delete_label(number, &date)} onclick={onclick}>
                { text::DELETE }
            </button>
        }
    });
    html! {
        <li class="card history-entry" key={record.id.clone()}>
            <h3 class="history-entry-date">{ date.clone() }</h3>
            <p class="muted history-entry-number">{ text::check_number(number, total) }</p>
            <dl class="history-facts">
                <dt>{ text::PHASE_LABEL }</dt>
                <dd>{ text::phase_name(record.phase) }</dd>
                <dt>{ text::PAIN_LABEL }</dt>
                <dd>{ text::pain_scores_text([pain.low_back, pain.hip, pain.knee, pain.ankle]) }</dd>
                <dt>{ text::BRIDGE_LABEL }</dt>
                <dd>{ text::sides_text(bridge.left, bridge.right) }</dd>
                <dt>{ text::STANCE_LABEL }</dt>
                <dd>{ text::sides_text(stance.left, stance.right) }</dd>
                <dt>{ text::FIRST_CHANGE_LABEL }</dt>
                <dd>{ describe_weeks(&record.estimate.first_change) }</dd>
                <dt>{ text::FULL_RECOVERY_LABEL }</dt>
                <dd>{ describe_weeks(&record.estimate.full_integration) }</dd>
            </dl>
            { delete }
        </li>
    }
}
