//! The summary for a clinician: one or two printed pages, laid out from `core::summary`. On
//! screen it has a print button and a way back; on paper only the summary (styles/summary.css).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::history::HistoryContext;
use crate::app::pages::stop::soon_reason_item;
use crate::app::session_log::{self, SessionLogContext};
use crate::browser::{clock, print};
use crate::core::answers::Answers;
use crate::core::content::exercises::phase_text;
use crate::core::content::factors::{describe_weeks, factor_name, finding_text};
use crate::core::content::pages::{plan_phase_prefix, PLAN};
use crate::core::content::results::contribution_text;
use crate::core::content::summary as text;
use crate::core::content::triage::red_flag_summary;
use crate::core::plan::CriterionStatus;
use crate::core::questionnaire::{question, section};
use crate::core::record::date_text;
use crate::core::session::adherence::{adherence, ADHERENCE_WINDOW_DAYS};
use crate::core::summary::{clinician_summary, ClinicianSummary};
use crate::core::triage::Triage;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: Rc<Answers>,
    /// Where "Back to my plan" leads: the plan of these same answers.
    pub plan_href: AttrValue,
}

#[component]
pub fn Summary(props: &Props) -> Html {
    let print_failed = use_state(|| false);
    let history = use_context::<HistoryContext>();
    let records = history
        .as_ref()
        .map(|h| h.book.records.as_slice())
        .unwrap_or_default();
    let now = clock::now();
    // What the session log says, when it holds any session.
    let log = use_context::<SessionLogContext>();
    let logged = log
        .as_ref()
        .filter(|l| !l.book.log.sessions.is_empty())
        .map(|l| adherence(&l.book.log, ADHERENCE_WINDOW_DAYS, session_log::today()));
    let summary = clinician_summary(&props.answers, records, logged, now);
    let on_print = {
        let print_failed = print_failed.clone();
        Callback::from(move |_: MouseEvent| print_failed.set(print::print().is_err()))
    };
    html! {
        <div class="summary">
            <h1>{ text::TITLE }</h1>
            <p class="summary-made">{ text::made_on(&date_text(summary.made_at_ms)) }</p>
            <div class="summary-actions no-print">
                <p>
                    <button type="button" class="button" onclick={on_print}>{ text::PRINT }</button>
                    { " " }
                    <a class="button secondary" href={props.plan_href.clone()}>{ text::BACK_TO_PLAN }</a>
                </p>
                <p class="muted">{ text::PRINT_HINT }</p>
                <div role="status">
                    if *print_failed {
                        <p class="notice">{ PLAN.print_failed }</p>
                    }
                </div>
            </div>
            { red_flags(&summary) }
            { answers(&summary) }
            { self_tests(&summary) }
            { estimate(&summary) }
            { phase(&summary) }
            { trend(&summary) }
            <section class="summary-section" aria-labelledby="summary-adherence">
                <h2 id="summary-adherence">{ text::ADHERENCE_HEADING }</h2>
                <p>{ text::planned_days(summary.planned_days) }</p>
                <p class="summary-slot">{ text::adherence_text(summary.adherence) }</p>
            </section>
        </div>
    }
}

/// A table that scrolls sideways on its own on a narrow screen (the page never does), named
/// by its section's heading and reachable by keyboard so it can be scrolled without a mouse.
fn scroll_table(heading_id: &'static str, table: Html) -> Html {
    html! {
        <div class="summary-scroll" role="region" aria-labelledby={heading_id} tabindex="0">
            { table }
        </div>
    }
}

fn red_flags(s: &ClinicianSummary) -> Html {
    let screen = &s.red_flags;
    let asked: Vec<&str> = screen.asked.iter().map(|f| red_flag_summary(*f)).collect();
    let reasons = match &screen.outcome {
        Triage::SeeDoctorSoon { reasons } => html! {
            <>
                <p>{ text::SOON_REASONS }</p>
                <ul>{ for reasons.iter().map(soon_reason_item) }</ul>
            </>
        },
        _ => Html::default(),
    };
    html! {
        <section class="summary-section" aria-labelledby="summary-flags">
            <h2 id="summary-flags">{ text::RED_FLAGS_HEADING }</h2>
            <p><strong>{ text::red_flag_outcome(&screen.outcome) }</strong></p>
            if screen.answered_yes.is_empty() {
                <p>{ text::FLAGS_NONE_YES }</p>
            } else {
                <p>{ text::FLAGS_ANSWERED_YES }</p>
                <ul>{ for screen.answered_yes.iter().map(|f| html! { <li>{ red_flag_summary(*f) }</li> }) }</ul>
            }
            if !screen.answered_unsure.is_empty() {
                <p>{ text::FLAGS_ANSWERED_UNSURE }</p>
                <ul>{ for screen.answered_unsure.iter().map(|f| html! { <li>{ red_flag_summary(*f) }</li> }) }</ul>
            }
            { reasons }
            <p class="summary-small">{ text::FLAGS_ASKED }{ " " }{ asked.join("; ") }{ "." }</p>
        </section>
    }
}

fn answers(s: &ClinicianSummary) -> Html {
    // One row group per questionnaire step, in order.
    let mut groups: Vec<(crate::core::questionnaire::SectionId, Vec<Html>)> = Vec::new();
    for line in &s.answers {
        let row = html! {
            <tr>
                <th scope="row">{ question(line.question).prompt }</th>
                <td>{ text::answer_value_text(&line.value) }</td>
            </tr>
        };
        match groups.last_mut() {
            Some((id, rows)) if *id == line.section => rows.push(row),
            _ => groups.push((line.section, vec![row])),
        }
    }
    html! {
            <section class="summary-section is-long" aria-labelledby="summary-answers">
                <h2 id="summary-answers">{ text::ANSWERS_HEADING }</h2>
                { scroll_table("summary-answers", html! {
    <table class="summary-table summary-answers">
                    <thead>
                        <tr>
                            <th scope="col">{ text::QUESTION_COLUMN }</th>
                            <th scope="col">{ text::ANSWER_COLUMN }</th>
                        </tr>
                    </thead>
                    { for groups.into_iter().map(|(id, rows)| html! {
                        <tbody>
                            <tr class="summary-group">
                                <th scope="rowgroup" colspan="2">{ section(id).title }</th>
                            </tr>
                            { for rows }
                        </tbody>
                    }) }
                </table>
    }) }
            </section>
        }
}

fn self_tests(s: &ClinicianSummary) -> Html {
    html! {
            <section class="summary-section" aria-labelledby="summary-tests">
                <h2 id="summary-tests">{ text::SELF_TESTS_HEADING }</h2>
                { scroll_table("summary-tests", html! {
    <table class="summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{ text::TEST_COLUMN }</th>
                            <th scope="col">{ text::SIDE_COLUMN }</th>
                            <th scope="col">{ text::HELD_COLUMN }</th>
                            <th scope="col">{ text::NORM_COLUMN }</th>
                            <th scope="col">{ text::VERDICT_COLUMN }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for s.self_tests.iter().map(|t| html! {
                            <tr>
                                <th scope="row">{ text::self_test_name(t.test) }</th>
                                <td>{ text::side_text(t.side) }</td>
                                <td>{ text::seconds(t.seconds) }</td>
                                <td>{ text::seconds(t.age_norm) }</td>
                                <td>{ text::verdict_text(t.verdict) }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
    }) }
                <p class="summary-small">{ text::SELF_TESTS_NOTE }</p>
            </section>
        }
}

fn estimate(s: &ClinicianSummary) -> Html {
    let e = &s.estimate;
    let sev = &s.severity;
    html! {
            <section class="summary-section" aria-labelledby="summary-estimate">
                <h2 id="summary-estimate">{ text::ESTIMATE_HEADING }</h2>
                <p>
                    <strong>{ text::FIRST_CHANGE_LABEL }</strong>{ " " }{ describe_weeks(&e.first_change) }{ ". " }
                    <strong>{ text::FULL_LABEL }</strong>{ " " }{ describe_weeks(&e.full_integration) }{ "." }
                </p>
                <p>{ text::severity_line(sev.level, sev.chronicity) }</p>
                if sev.findings.is_empty() {
                    <p>{ text::NO_FINDINGS }</p>
                } else {
                    <p>{ text::FINDINGS_LABEL }</p>
                    <ul class="summary-findings">
                        { for sev.findings.iter().map(|f| html! { <li>{ finding_text(&f.kind) }</li> }) }
                    </ul>
                }
                { scroll_table("summary-estimate", html! {
    <table class="summary-table">
                    <thead>
                        <tr>
                            <th scope="col">{ text::FACTOR_COLUMN }</th>
                            <th scope="col">{ text::WEEKS_COLUMN }</th>
                            <th scope="col">{ text::WHY_COLUMN }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for e.factors.iter().map(|f| html! {
                            <tr>
                                <th scope="row">{ factor_name(f.factor) }</th>
                                <td>{ contribution_text(f.full_integration.0, f.full_integration.1) }</td>
                                <td>{ f.reason }</td>
                            </tr>
                        }) }
                    </tbody>
                </table>
    }) }
                <p class="summary-small">{ text::model_line(e.model_version) }</p>
            </section>
        }
}

fn phase(s: &ClinicianSummary) -> Html {
    let status = |st: CriterionStatus| match st {
        CriterionStatus::Met => PLAN.met,
        CriterionStatus::NotMet => PLAN.not_met,
        CriterionStatus::Unknown => PLAN.unknown,
    };
    html! {
            <section class="summary-section" aria-labelledby="summary-phase">
                <h2 id="summary-phase">{ text::PHASE_HEADING }</h2>
                <p>
                    <strong>{ plan_phase_prefix(s.phase.number()) }</strong>{ " " }{ phase_text(s.phase).name }
                </p>
                if let Some(next) = &s.next {
                    <p>{ next.summary.clone() }</p>
                    { scroll_table("summary-phase", html! {
    <table class="summary-table">
                        <thead>
                            <tr>
                                <th scope="col">{ text::CHECK_COLUMN }</th>
                                <th scope="col">{ text::STATUS_COLUMN }</th>
                                <th scope="col">{ text::VALUE_COLUMN }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for next.results.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ r.sentence.clone() }</th>
                                    <td>{ status(r.status) }</td>
                                    <td>{ r.evidence.clone() }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
    }) }
                }
            </section>
        }
}

fn trend(s: &ClinicianSummary) -> Html {
    let t = &s.trend;
    html! {
            <section class="summary-section" aria-labelledby="summary-trend">
                <h2 id="summary-trend">{ text::TREND_HEADING }</h2>
                if t.rows.is_empty() {
                    <p>{ text::TREND_EMPTY }</p>
                } else {
                    <p>{ text::trend_intro(t.rows.len(), t.total) }</p>
                    if let Some((first, latest, change)) = t.pain {
                        <p>{ text::pain_trend(first, latest, change) }</p>
                    }
                    { scroll_table("summary-trend", html! {
    <table class="summary-table">
                        <thead>
                            <tr>
                                <th scope="col">{ text::DATE_COLUMN }</th>
                                <th scope="col">{ text::PAIN_COLUMN }</th>
                                <th scope="col">{ text::BRIDGE_COLUMN }</th>
                                <th scope="col">{ text::STANCE_COLUMN }</th>
                                <th scope="col">{ text::PLAN_PHASE_COLUMN }</th>
                                <th scope="col">{ text::FULL_COLUMN }</th>
                            </tr>
                        </thead>
                        <tbody>
                            { for t.rows.iter().map(|r| html! {
                                <tr>
                                    <th scope="row">{ date_text(r.taken_at_ms) }</th>
                                    <td>{ r.worst_pain }</td>
                                    <td>{ text::sides_seconds(r.bridge.left, r.bridge.right) }</td>
                                    <td>{ text::sides_seconds(r.stance.left, r.stance.right) }</td>
                                    <td>{ r.phase.number() }</td>
                                    <td>{ describe_weeks(&r.full_recovery) }</td>
                                </tr>
                            }) }
                        </tbody>
                    </table>
    }) }
                }
            </section>
        }
}
