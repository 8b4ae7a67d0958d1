//! The results: a doctor-first message when needed, the two ranges in words and as a picture,
//! the reasons behind them, and what-if sliders that recompute everything as they move.

use yew::prelude::*;

use crate::app::components::factor_chart::factor_chart;
use crate::app::components::timeline_chart::timeline_chart;
use crate::app::pages::stop::{soon_reason_item, urgent_care};
use crate::app::session_log::{self, SessionLogContext};
use crate::core::answers::{Answers, BreakCommitment, SittingDay};
use crate::core::content::factors::describe_weeks;
use crate::core::content::questions::break_commitment_label;
use crate::core::content::results as text;
use crate::core::content::session as session_text;
use crate::core::content::triage::{SOON_MESSAGE, SOON_REASONS_HEADING, SOON_TITLE};
use crate::core::estimate::{estimate, estimate_what_if, WeekRange, WhatIf};
use crate::core::explanation::explain;
use crate::core::session::adherence::{adherence, ADHERENCE_WINDOW_DAYS};
use crate::core::triage::{triage, Triage};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: std::rc::Rc<Answers>,
    /// Where "See my exercise plan" leads: the plan of these same answers.
    pub plan_href: AttrValue,
}

#[component]
pub fn Results(props: &Props) -> Html {
    let answers = &props.answers;
    let own = WhatIf::from_answers(answers);
    let what_if = use_state(|| own);
    let log = use_context::<SessionLogContext>();
    let triage = triage(answers);
    if let Triage::Urgent { flags, unsure } = triage {
        // Results are never shown past an urgent red flag.
        return urgent_care(&flags, &unsure);
    }
    let shown = estimate_what_if(answers, &what_if);
    let changed = *what_if != own;
    let own_estimate = estimate(answers);
    let explanation = explain(&shown);

    let soon = match &triage {
        Triage::SeeDoctorSoon { reasons } => Some(html! {
            <section class="notice urgent" aria-labelledby="soon-title">
                <h2 id="soon-title">{ SOON_TITLE }</h2>
                <p>{ SOON_MESSAGE }</p>
                <h3>{ SOON_REASONS_HEADING }</h3>
                <ul>{ for reasons.iter().map(soon_reason_item) }</ul>
            </section>
        }),
        _ => None,
    };

    let set_days = {
        let what_if = what_if.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            // A range input only gives its own values; anything else keeps the current one.
            if let Ok(days) = value.parse::<u8>() {
                what_if.set(WhatIf {
                    routine_days: days.min(Answers::MAX_ROUTINE_DAYS),
                    ..*what_if
                });
            }
        })
    };
    let set_sitting = {
        let what_if = what_if.clone();
        Callback::from(move |e: InputEvent| {
            let value = e
                .target_unchecked_into::<web_sys::HtmlInputElement>()
                .value();
            if let Ok(half_hours) = value.parse::<u16>() {
                what_if.set(WhatIf {
                    sitting_half_hours: half_hours.min(SittingDay::MAX_TOTAL_HALF_HOURS),
                    ..*what_if
                });
            }
        })
    };
    let set_breaks = |choice: BreakCommitment| {
        let what_if = what_if.clone();
        Callback::from(move |_: Event| {
            what_if.set(WhatIf {
                breaks_often: choice,
                ..*what_if
            })
        })
    };
    // What the log says, beside what the person said; the what-if can take it.
    let logged = log
        .as_ref()
        .filter(|l| !l.book.log.sessions.is_empty())
        .map(|l| adherence(&l.book.log, ADHERENCE_WINDOW_DAYS, session_log::today()));
    let use_logged = logged.map(|a| {
        let what_if = what_if.clone();
        let days = a.days_per_week();
        Callback::from(move |_: MouseEvent| {
            what_if.set(WhatIf {
                routine_days: days,
                ..*what_if
            })
        })
    });
    let logged_html = html! {
        <div class="logged card">
            <h3>{ session_text::LOGGED_HEADING }</h3>
            if let (Some(a), Some(use_logged)) = (logged, use_logged) {
                <p class="logged-adherence">{ session_text::logged_adherence(&a) }</p>
                <p>{ session_text::said_days(answers.routine_days) }</p>
                <p><button type="button" class="button secondary" onclick={use_logged}>{ session_text::USE_LOGGED }</button></p>
            } else {
                <p class="muted">{ session_text::NOTHING_LOGGED }</p>
            }
        </div>
    };
    let reset = {
        let what_if = what_if.clone();
        Callback::from(move |_: MouseEvent| what_if.set(own))
    };

    html! {
        <>
            <h1>{ text::TITLE }</h1>
            { soon }
            // Always present, so that the cards after it are never re-created (Yew matches
            // unkeyed children from the end).
            <div class="what-if-active" id="what-if-active">
                { changed.then(|| html! {
                    <div class="notice">
                        <h2>{ text::WHAT_IF_ACTIVE_TITLE }</h2>
                        <p>{ text::WHAT_IF_ACTIVE_NOTE }</p>
                    </div>
                }) }
            </div>
            <div class="ranges" id="ranges">
                { range_card(text::FIRST_CHANGE_LABEL, "first-change", &shown.first_change, text::FIRST_CHANGE_HINT, changed.then_some(&own_estimate.first_change)) }
                { range_card(text::FULL_LABEL, "full-recovery", &shown.full_integration, text::FULL_HINT, changed.then_some(&own_estimate.full_integration)) }
            </div>
            <p>{ text::RANGE_NOT_PROMISE }</p>

            <h2>{ text::TIMELINE_HEADING }</h2>
            { timeline_chart(&shown) }

            <section class="what-if card" aria-labelledby="what-if-title">
                <h2 id="what-if-title">{ text::WHAT_IF_HEADING }</h2>
                <p>{ text::WHAT_IF_INTRO }</p>
                { logged_html }
                <div class="slider">
                    <label for="what-if-days">{ text::ROUTINE_DAYS_LABEL }</label>
                    <output for="what-if-days">{ text::days_value(what_if.routine_days) }</output>
                    <input type="range" id="what-if-days" min="0" max={Answers::MAX_ROUTINE_DAYS.to_string()} step="1"
                        value={what_if.routine_days.to_string()} oninput={set_days}
                        aria-valuetext={text::days_value(what_if.routine_days)} />
                </div>
                <div class="slider">
                    <label for="what-if-sitting">{ text::SITTING_HOURS_LABEL }</label>
                    <output for="what-if-sitting">{ text::hours_value(what_if.sitting_half_hours) }</output>
                    <input type="range" id="what-if-sitting" min="0" max={SittingDay::MAX_TOTAL_HALF_HOURS.to_string()} step="1"
                        value={what_if.sitting_half_hours.to_string()} oninput={set_sitting}
                        aria-valuetext={text::hours_value(what_if.sitting_half_hours)} />
                </div>
                <fieldset class="breaks">
                    <legend>{ text::BREAKS_LEGEND }</legend>
                    { for BreakCommitment::ALL.iter().map(|c| {
                        let id = format!("what-if-breaks-{}", crate::core::questionnaire::ChoiceValue::option_id(*c));
                        html! {
                            <label class="option" for={id.clone()}>
                                <input type="radio" id={id} name="what-if-breaks" checked={what_if.breaks_often == *c}
                                    onchange={set_breaks(*c)} />
                                <span>{ break_commitment_label(*c) }</span>
                            </label>
                        }
                    }) }
                </fieldset>
                <p class="what-if-summary" role="status" aria-live="polite">
                    { if changed { text::what_if_summary(&shown) } else { String::new() } }
                </p>
                // A stable wrapper: if the button came and went as a bare child, Yew (which
                // matches unkeyed children from the end) would re-create the sliders before it
                // and the keyboard focus would be lost on the first change.
                <div class="what-if-reset">
                    { changed.then(|| html! {
                        <button type="button" class="button secondary" onclick={reset}>{ text::WHAT_IF_RESET }</button>
                    }) }
                </div>
            </section>

            <h2>{ text::WHY_HEADING }</h2>
            <p>
                { text::why_intro(&shown) }
                { if changed { format!(" {}", text::WHY_WITH_CHANGES) } else { String::new() } }
            </p>
            { factor_chart(&explanation) }

            <p class="muted">{ text::NOT_A_DIAGNOSIS }</p>
            <p class="no-print"><a class="button" href={props.plan_href.clone()}>{ text::SEE_PLAN }</a></p>
        </>
    }
}

/// One headline card. With a what-if change active, `own` holds what the person's own answers
/// gave, and the card says that its number is the one with the changes.
fn range_card(
    label: &'static str,
    id: &'static str,
    shown: &WeekRange,
    hint: &'static str,
    own: Option<&WeekRange>,
) -> Html {
    let heading = match own {
        Some(_) => format!("{label}, {}", text::WITH_CHANGES),
        None => label.to_owned(),
    };
    html! {
        <div class="card range-card">
            <h2 class="range-label">{ heading }</h2>
            <p class="range-value" id={id}>{ describe_weeks(shown) }</p>
            <p class="muted">{ hint }</p>
            <p class="range-own">{ own.map(text::own_answers_gave).unwrap_or_default() }</p>
        </div>
    }
}
