//! "This week": the days done this week against the plan's weekly target, and the last 8
//! weeks as a small bar chart (SVG geometry, since the page's CSP blocks style attributes).
//! The chart is drawn for the eye; the same figures are in a list for screen readers.

use yew::prelude::*;

use crate::core::content::session as text;
use crate::core::session::adherence::{WeekView, WEEKS_SHOWN};

const BAR_WIDTH: u32 = 24;
const BAR_GAP: u32 = 10;
const CHART_HEIGHT: u32 = 70;
/// Pixels per day done: a full week of 7 days fills the chart.
const DAY_HEIGHT: u32 = CHART_HEIGHT / 7;

pub fn this_week(view: &WeekView) -> Html {
    html! {
        <section class="card this-week" aria-labelledby="this-week-title">
            <h2 id="this-week-title">{ text::WEEK_HEADING }</h2>
            <p class="week-summary"><strong>{ text::week_summary(view) }</strong></p>
            <ol class="week-days">
                { for view.days.iter().enumerate().map(|(i, &done)| {
                    let is_today = i == usize::from(view.today_index);
                    html! {
                        <li class={classes!("week-day", done.then_some("is-done"), is_today.then_some("is-today"))}>
                            <span aria-hidden="true" class="week-day-name">{ text::WEEKDAYS[i] }</span>
                            <span aria-hidden="true" class="week-day-mark">{ if done { "\u{2713}" } else { "" } }</span>
                            <span class="visually-hidden">{ text::day_status(i, done, is_today) }</span>
                        </li>
                    }
                }) }
            </ol>
            <p class="muted">{ text::WEEK_GOAL_NOTE }</p>
            <figure class="week-chart">
                { week_chart(view) }
                <figcaption>{ text::WEEK_CHART_TITLE }</figcaption>
                <ul class="visually-hidden">
                    { for view.weeks.iter().enumerate().map(|(i, w)| html! {
                        <li>{ text::week_bar_text(WEEKS_SHOWN - 1 - i, w.days_done, view.target) }</li>
                    }) }
                </ul>
            </figure>
        </section>
    }
}

fn week_chart(view: &WeekView) -> Html {
    let width = (BAR_WIDTH + BAR_GAP) * WEEKS_SHOWN as u32;
    let target_y = CHART_HEIGHT - u32::from(view.target.min(7)) * DAY_HEIGHT;
    html! {
        <svg class="week-chart-svg" viewBox={format!("0 0 {width} {}", CHART_HEIGHT + 2)}
            width={width.to_string()} height={(CHART_HEIGHT + 2).to_string()}
            aria-hidden="true" focusable="false">
            <line class="week-chart-base" x1="0" x2={width.to_string()}
                y1={CHART_HEIGHT.to_string()} y2={CHART_HEIGHT.to_string()} />
            { for view.weeks.iter().enumerate().map(|(i, w)| {
                let h = u32::from(w.days_done.min(7)) * DAY_HEIGHT;
                let x = i as u32 * (BAR_WIDTH + BAR_GAP) + BAR_GAP / 2;
                html! {
                    <rect class={classes!("week-bar", w.met(view.target).then_some("is-met"))}
                        x={x.to_string()} y={(CHART_HEIGHT - h).to_string()}
                        width={BAR_WIDTH.to_string()} height={h.to_string()} />
                }
            }) }
            <line class="week-chart-target" x1="0" x2={width.to_string()}
                y1={target_y.to_string()} y2={target_y.to_string()} />
        </svg>
    }
}
