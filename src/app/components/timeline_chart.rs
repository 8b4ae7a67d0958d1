//! The recovery timeline as an inline SVG: a weeks axis, the first-change window, and the three
//! phases as bars whose likely part is solid and whose uncertain part is a shaded band. Colours
//! come from CSS classes (a strict CSP forbids `style=`), so light and dark both work.

use yew::prelude::*;

use crate::core::content::results::{
    timeline_description, AXIS_LABEL, CHART_FIRST_CHANGE, LEGEND_LIKELY, LEGEND_MAYBE, PHASE_NAMES,
};
use crate::core::decimal::{tenths, tenths_trimmed};
use crate::core::estimate::RecoveryEstimate;
use crate::core::model::TIMELINE_CAP_WEEKS;

// About a phone's content width (358 px at 390 px wide), so the 16-unit text is drawn at least
// at the body text size there; the CSS caps the drawing's width so it is not much larger on a
// laptop. Each row's name sits above its bar, so the bars use the whole width.
const WIDTH: f32 = 340.0;
const LEFT: f32 = 8.0;
const PLOT_W: f32 = WIDTH - LEFT - 20.0;
/// A label line, then the bar.
const ROW_H: f32 = 46.0;
const LABEL_H: f32 = 20.0;
const BAR_H: f32 = 16.0;
const TOP: f32 = 4.0;
/// Two weeks past the cap leave room for the open end's arrow and "26+".
const AXIS_WEEKS: f32 = (TIMELINE_CAP_WEEKS + 2) as f32;

fn x(weeks: f32) -> f32 {
    LEFT + weeks.clamp(0.0, AXIS_WEEKS) / AXIS_WEEKS * PLOT_W
}

/// A coordinate with one decimal, as `{:.1}` writes it but without Rust's float formatting,
/// which would add kilobytes to the wasm.
fn num(v: f32) -> String {
    tenths(v)
}

/// A plain view function, not a component: it holds no state (each component costs the wasm
/// about a kilobyte of its own machinery).
pub fn timeline_chart(e: &RecoveryEstimate) -> Html {
    let rows = 4.0;
    let axis_y = TOP + rows * ROW_H;
    let height = axis_y + 46.0;
    let description = timeline_description(e);

    let band = |row: f32, from: f32, to: f32, class: &'static str| {
        let y = TOP + row * ROW_H + LABEL_H + 2.0;
        let w = (x(to) - x(from)).max(2.0);
        html! { <rect class={class} x={num(x(from))} y={num(y)} width={num(w)} height={num(BAR_H)} rx="3" /> }
    };
    let label = |row: f32, text: String| {
        let y = TOP + row * ROW_H + LABEL_H - 4.0;
        html! { <text class="chart-label" x={num(LEFT)} y={num(y)}>{ text }</text> }
    };

    // Phase i runs from the end of the phases before it; lows and highs each add up.
    let mut start_low = 0.0;
    let mut start_high = 0.0;
    let mut phase_rows = Vec::new();
    for (i, phase) in e.phases.iter().enumerate() {
        let end_low = start_low + phase.low as f32;
        let end_high = start_high + phase.high as f32;
        let row = i as f32 + 1.0;
        phase_rows.push(html! {
            <g>
                { label(row, format!("{}. {}", i + 1, PHASE_NAMES[i])) }
                { band(row, start_low, end_high.max(end_low), "band-maybe") }
                { band(row, start_low, end_low, if i % 2 == 0 { "bar-phase" } else { "bar-phase alt" }) }
            </g>
        });
        start_low = end_low;
        start_high = end_high;
    }

    // No tick just below the cap, whose label would run into the cap's ("24 26").
    let ticks = (0..TIMELINE_CAP_WEEKS.saturating_sub(3))
        .step_by(4)
        .chain(std::iter::once(TIMELINE_CAP_WEEKS))
        .collect::<Vec<_>>();
    let open = e.full_integration.open_ended;
    html! {
        <figure class="chart timeline">
            <svg viewBox={format!("0 0 {} {}", tenths_trimmed(WIDTH), num(height))} role="img"
                aria-labelledby="timeline-title timeline-desc" focusable="false">
                <title id="timeline-title">{ crate::core::content::results::TIMELINE_HEADING }</title>
                <desc id="timeline-desc">{ description.clone() }</desc>
                { label(0.0, CHART_FIRST_CHANGE.to_owned()) }
                { band(0.0, e.first_change.low as f32, e.first_change.high as f32, "band-first") }
                { for phase_rows }
                <line class="axis" x1={num(x(0.0))} x2={num(x(AXIS_WEEKS))} y1={num(axis_y)} y2={num(axis_y)} />
                { for ticks.iter().map(|w| {
                    let text = if *w == TIMELINE_CAP_WEEKS && open { format!("{w}+") } else { w.to_string() };
                    html! {
                        <g>
                            <line class="tick" x1={num(x(*w as f32))} x2={num(x(*w as f32))} y1={num(axis_y)} y2={num(axis_y + 5.0)} />
                            <text class="tick-label" x={num(x(*w as f32))} y={num(axis_y + 21.0)} text-anchor="middle">{ text }</text>
                        </g>
                    }
                }) }
                <text class="axis-label" x={num(x(AXIS_WEEKS / 2.0))} y={num(axis_y + 41.0)} text-anchor="middle">{ AXIS_LABEL }</text>
            </svg>
            <figcaption class="legend">
                <span class="key key-likely" aria-hidden="true"></span>{ LEGEND_LIKELY }
                <span class="key key-maybe" aria-hidden="true"></span>{ LEGEND_MAYBE }
            </figcaption>
        </figure>
    }
}
