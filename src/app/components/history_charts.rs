//! The history charts, as inline SVG: pain per area with the "too small to count" band, the
//! self-test holds, and the full-recovery estimate of each check. The x axis is the date of each
//! check, so uneven gaps between checks show as they were.
//!
//! Every series is one `<polyline>` and its point markers one `<path>`, so a thousand checks
//! still draw as a handful of elements. Lines differ by colour, dash pattern and marker shape,
//! all set by CSS classes (a strict CSP forbids `style=`), and each chart has a text
//! alternative with its numbers.
//!
//! The charts are plain view functions of the records (oldest first, as the history keeps
//! them), not components: the history screen memoises their markup per change of the records,
//! and a component would cost the wasm about a kilobyte of machinery each.

use yew::prelude::*;

use crate::core::content::factors::describe_weeks;
use crate::core::content::history as text;
use crate::core::decimal::{tenths, tenths_trimmed};
use crate::core::model::TIMELINE_CAP_WEEKS;
use crate::core::progress::{noise_band, MEANINGFUL_CHANGE_PERCENT, MEANINGFUL_CHANGE_POINTS};
use crate::core::record::{date_text, AssessmentRecord};

// Narrow enough that its text stays readable when scaled down to a 320 px phone.
// About a phone's content width, so the 16-unit text is drawn at the body text size there.
const WIDTH: f32 = 340.0;
/// Room for the y tick labels.
const LEFT: f32 = 46.0;
const RIGHT: f32 = 10.0;
/// Room for the y axis name above the plot.
const TOP: f32 = 28.0;
const PLOT_H: f32 = 170.0;
/// Keeps the first and last markers inside the plot.
const PAD_X: f32 = 10.0;
/// Below this many checks every point gets a marker; above, the markers would only blur
/// into a thick line, and the dash patterns tell the lines apart.
pub const MARKERS_UP_TO: usize = 60;
/// Lines of equal values are drawn this far apart, so none hides another.
const DODGE: f32 = 2.5;

/// A coordinate with one decimal, as `{:.1}` writes it but without Rust's float formatting,
/// which would add kilobytes to the wasm.
fn num(v: f32) -> String {
    tenths(v)
}

/// Where a check's time falls across the plot.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct TimeScale {
    first: u64,
    last: u64,
}

impl TimeScale {
    /// From the times of the checks; `None` without any.
    pub fn new(times: impl IntoIterator<Item = u64>) -> Option<TimeScale> {
        let mut scale: Option<TimeScale> = None;
        for t in times {
            scale = Some(match scale {
                None => TimeScale { first: t, last: t },
                Some(s) => TimeScale {
                    first: s.first.min(t),
                    last: s.last.max(t),
                },
            });
        }
        scale
    }

    /// A single check (or several at the same moment) sits in the middle.
    pub fn x(&self, t: u64) -> f32 {
        let (left, right) = (LEFT + PAD_X, WIDTH - RIGHT - PAD_X);
        if self.last <= self.first {
            return (left + right) / 2.0;
        }
        let share = t.saturating_sub(self.first) as f64 / (self.last - self.first) as f64;
        left + share.clamp(0.0, 1.0) as f32 * (right - left)
    }

    pub fn single(&self) -> bool {
        self.last <= self.first
    }
}

/// Values from 0 up to `max`, bottom to top.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ValueScale {
    pub max: f32,
}

impl ValueScale {
    pub fn y(&self, value: f32) -> f32 {
        let share = if self.max > 0.0 {
            (value / self.max).clamp(0.0, 1.0)
        } else {
            0.0
        };
        TOP + PLOT_H - share * PLOT_H
    }
}

/// The top of a seconds axis and its tick step: a round number of seconds, about five ticks.
pub fn seconds_axis(max_seconds: u16) -> (u32, u32) {
    const STEPS: [u32; 15] = [
        5, 10, 15, 20, 30, 60, 90, 120, 180, 300, 600, 1200, 1800, 3600, 18000,
    ];
    let max = u32::from(max_seconds.max(1));
    let step = STEPS
        .iter()
        .copied()
        .find(|s| max.div_ceil(*s) <= 5)
        .unwrap_or(18000);
    (max.div_ceil(step) * step, step)
}

/// The open noise band clipped to the drawn 0-10 scale.
pub fn clipped_band(baseline: u8) -> (f32, f32) {
    let (low, high) = noise_band(baseline);
    (low.max(0.0), high.min(10.0))
}

/// The shape that marks each point of series `i`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Mark {
    Circle,
    Square,
    Triangle,
    Diamond,
}

const MARKS: [Mark; 4] = [Mark::Circle, Mark::Square, Mark::Triangle, Mark::Diamond];

/// One marker, as path data around (x, y).
fn mark_path(mark: Mark, x: f32, y: f32) -> String {
    match mark {
        Mark::Circle => {
            let r = 4.5;
            format!(
                "M{},{}a{radius},{radius} 0 1,0 {},0a{radius},{radius} 0 1,0 {},0Z",
                num(x - r),
                num(y),
                num(2.0 * r),
                num(-2.0 * r),
                radius = tenths_trimmed(r),
            )
        }
        Mark::Square => format!("M{},{}h8v8h-8Z", num(x - 4.0), num(y - 4.0)),
        Mark::Triangle => format!("M{},{}l5,9h-10Z", num(x), num(y - 5.5)),
        Mark::Diamond => format!("M{},{}l5.5,5.5l-5.5,5.5l-5.5,-5.5Z", num(x), num(y - 5.5)),
    }
}

/// `x,y` pairs for a polyline.
pub fn polyline_points(points: &[(f32, f32)]) -> String {
    let mut out = String::with_capacity(points.len() * 12);
    for (i, (x, y)) in points.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&num(*x));
        out.push(',');
        out.push_str(&num(*y));
    }
    out
}

/// One line of a line chart.
struct Series {
    name: &'static str,
    values: Vec<u16>,
}

/// The y axis: grid lines and labels at each tick.
fn y_axis(scale: ValueScale, ticks: &[u32], name: &str, top_label: Option<String>) -> Html {
    html! {
        <g class="y-axis">
            <text class="hc-axis-name" x="0" y="14">{ name.to_owned() }</text>
            { for ticks.iter().enumerate().map(|(i, t)| {
                let y = scale.y(*t as f32);
                let label = match (&top_label, i + 1 == ticks.len()) {
                    (Some(top), true) => top.clone(),
                    _ => t.to_string(),
                };
                html! {
                    <g>
                        <line class="hc-grid" x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(y)} y2={num(y)} />
                        <text class="hc-tick" x={num(LEFT - 6.0)} y={num(y + 4.5)} text-anchor="end">{ label }</text>
                    </g>
                }
            }) }
        </g>
    }
}

/// The x axis: a tick for each check (while few), the first and the latest date, and a name.
fn x_axis(scale: TimeScale, times: &[u64]) -> Html {
    let axis_y = TOP + PLOT_H + 6.0;
    let ticks = if times.len() <= MARKERS_UP_TO {
        let mut d = String::new();
        for t in times {
            d.push_str(&format!("M{},{}v5", num(scale.x(*t)), num(axis_y)));
        }
        html! { <path class="hc-axis" d={d} /> }
    } else {
        html! {}
    };
    let label_y = num(axis_y + 20.0);
    let dates = match (times.first(), times.last()) {
        (Some(first), Some(last)) if !scale.single() => html! {
            <>
                <text class="hc-tick" x={num(LEFT)} y={label_y.clone()} text-anchor="start">{ date_text(*first) }</text>
                <text class="hc-tick" x={num(WIDTH - RIGHT)} y={label_y} text-anchor="end">{ date_text(*last) }</text>
            </>
        },
        (Some(only), _) => html! {
            <text class="hc-tick" x={num(scale.x(*only))} y={label_y} text-anchor="middle">{ date_text(*only) }</text>
        },
        _ => html! {},
    };
    html! {
        <g class="x-axis">
            <line class="hc-axis" x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(axis_y)} y2={num(axis_y)} />
            { ticks }
            { dates }
            <text class="hc-axis-name" x={num((LEFT + WIDTH - RIGHT) / 2.0)} y={num(axis_y + 38.0)} text-anchor="middle">{ text::DATE_AXIS }</text>
        </g>
    }
}

/// A chart's frame, the same for every chart: the SVG named by its title and described by the
/// text alternative, then the caption (legend and notes) under it. `key` makes the ids unique.
fn chart_figure(
    key: &str,
    title: &'static str,
    description: String,
    plot: Html,
    caption: Html,
) -> Html {
    let (title_id, desc_id) = (format!("{key}-chart-title"), format!("{key}-chart-desc"));
    html! {
        <figure class="chart history-chart">
            <svg viewBox={format!("0 0 {} {}", tenths_trimmed(WIDTH), num(chart_height()))} role="img"
                aria-labelledby={title_id.clone()} aria-describedby={desc_id.clone()} focusable="false">
                <title id={title_id}>{ title }</title>
                <desc id={desc_id}>{ description }</desc>
                { plot }
            </svg>
            <figcaption>{ caption }</figcaption>
        </figure>
    }
}

fn chart_height() -> f32 {
    TOP + PLOT_H + 6.0 + 46.0
}

/// The lines of a chart: one polyline and one marker path per series, nudged apart.
fn lines(series: &[Series], times: &[u64], xs: TimeScale, ys: ValueScale) -> Html {
    let markers = times.len() <= MARKERS_UP_TO;
    let count = series.len() as f32;
    html! {
        <g class="hc-lines">
            { for series.iter().enumerate().map(|(i, s)| {
                let dodge = (i as f32 - (count - 1.0) / 2.0) * DODGE;
                let points: Vec<(f32, f32)> = times
                    .iter()
                    .zip(&s.values)
                    .map(|(t, v)| (xs.x(*t), ys.y(f32::from(*v)) + dodge))
                    .collect();
                let marks = if markers || points.len() == 1 {
                    let mut d = String::with_capacity(points.len() * 40);
                    for (x, y) in &points {
                        d.push_str(&mark_path(MARKS[i % 4], *x, *y));
                    }
                    html! { <path class="hc-marks" d={d} /> }
                } else {
                    html! {}
                };
                html! {
                    <g class={classes!("hc-series", format!("hc-s{}", i % 4))}>
                        if points.len() > 1 {
                            <polyline class="hc-line" points={polyline_points(&points)} />
                        }
                        { marks }
                    </g>
                }
            }) }
        </g>
    }
}

/// A legend entry's key: a short stretch of the series' line with its marker.
fn line_key(i: usize) -> Html {
    html! {
        <svg class="hc-key" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
            <g class={classes!("hc-series", format!("hc-s{}", i % 4))}>
                <line class="hc-line" x1="2" y1="7" x2="38" y2="7" />
                <path class="hc-marks" d={mark_path(MARKS[i % 4], 20.0, 7.0)} />
            </g>
        </svg>
    }
}

fn legend(series: &[Series]) -> Html {
    html! {
        <ul class="hc-legend">
            { for series.iter().enumerate().map(|(i, s)| html! {
                <li>{ line_key(i) }<span>{ s.name }</span></li>
            }) }
        </ul>
    }
}

/// "3 assessments, from ... to ...", the start of every chart's description.
fn span(records: &[AssessmentRecord]) -> String {
    match (records.first(), records.last()) {
        (Some(first), Some(last)) => text::assessments_span(
            records.len(),
            &date_text(first.taken_at_ms),
            &date_text(last.taken_at_ms),
        ),
        _ => String::new(),
    }
}

/// Four lines, named in order, with the four values `of` each record gives.
fn four_series(
    records: &[AssessmentRecord],
    names: [&'static str; 4],
    of: fn(&AssessmentRecord) -> [u16; 4],
) -> Vec<Series> {
    let rows: Vec<[u16; 4]> = records.iter().map(of).collect();
    names
        .iter()
        .enumerate()
        .map(|(i, name)| Series {
            name,
            values: rows.iter().map(|row| row[i]).collect(),
        })
        .collect()
}

fn describe(series: &[Series], unit: &str) -> Vec<String> {
    series
        .iter()
        .map(|s| text::series_description(s.name, &s.values, unit))
        .collect()
}

/// Pain in each area on 0-10, with the band of changes too small to count around the worst
/// pain of the first check.
pub fn pain_chart(records: &[AssessmentRecord]) -> Html {
    let times: Vec<u64> = records.iter().map(|r| r.taken_at_ms).collect();
    let Some(xs) = TimeScale::new(times.iter().copied()) else {
        return html! {};
    };
    let ys = ValueScale { max: 10.0 };
    let series = four_series(records, text::PAIN_AREAS, |r| {
        let p = &r.answers.pain;
        [p.low_back, p.hip, p.knee, p.ankle].map(u16::from)
    });
    let Some(first) = records.first() else {
        return html! {};
    };
    let baseline = first.answers.pain.highest();
    let (low, high) = clipped_band(baseline);
    let (open_low, open_high) = noise_band(baseline);

    let mut description = vec![span(records)];
    description.extend(describe(&series, ""));
    description.push(text::noise_band_description(baseline, open_low, open_high));

    let (band_top, band_bottom) = (ys.y(high), ys.y(low));
    let plot = html! {
        <>
            <rect class="hc-band" x={num(LEFT)} y={num(band_top)} width={num(WIDTH - RIGHT - LEFT)}
                height={num((band_bottom - band_top).max(0.0))} />
            <line class="hc-band-edge" x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(band_top)} y2={num(band_top)} />
            <line class="hc-band-edge" x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(band_bottom)} y2={num(band_bottom)} />
            { y_axis(ys, &[0, 2, 4, 6, 8, 10], text::PAIN_AXIS, None) }
            { x_axis(xs, &times) }
            { lines(&series, &times, xs, ys) }
        </>
    };
    let caption = html! {
        <>
            { legend(&series) }
            <p class="hc-band-legend">
                <svg class="hc-key" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                    <rect class="hc-band" x="1" y="1" width="38" height="12" />
                    <line class="hc-band-edge" x1="1" x2="39" y1="1" y2="1" />
                    <line class="hc-band-edge" x1="1" x2="39" y1="13" y2="13" />
                </svg>
                <span>{ text::noise_band_legend(baseline, open_low, open_high) }</span>
            </p>
            <p class="muted hc-note">{ text::noise_band_note(MEANINGFUL_CHANGE_POINTS, MEANINGFUL_CHANGE_PERCENT) }</p>
        </>
    };
    chart_figure(
        "pain",
        text::PAIN_CHART_HEADING,
        description.join(" "),
        plot,
        caption,
    )
}

/// Bridge and one-leg stand holds, left and right, in seconds.
pub fn holds_chart(records: &[AssessmentRecord]) -> Html {
    let times: Vec<u64> = records.iter().map(|r| r.taken_at_ms).collect();
    let Some(xs) = TimeScale::new(times.iter().copied()) else {
        return html! {};
    };
    let series = four_series(records, text::HOLD_SERIES, |r| {
        let (bridge, stance) = (r.answers.bridge_hold, r.answers.stance_hold);
        [bridge.left, bridge.right, stance.left, stance.right]
    });
    let max = series
        .iter()
        .flat_map(|s| s.values.iter().copied())
        .max()
        .unwrap_or(0);
    let (top, step) = seconds_axis(max);
    let ys = ValueScale { max: top as f32 };
    let ticks: Vec<u32> = (0..=top).step_by(step as usize).collect();

    let mut description = vec![span(records)];
    description.extend(describe(&series, text::SECONDS_UNIT));
    let plot = html! {
        <>
            { y_axis(ys, &ticks, text::SECONDS_AXIS, None) }
            { x_axis(xs, &times) }
            { lines(&series, &times, xs, ys) }
        </>
    };
    chart_figure(
        "holds",
        text::HOLDS_CHART_HEADING,
        description.join(" "),
        plot,
        legend(&series),
    )
}

/// The full-recovery range estimated at each check, as a vertical bar; an open-ended range
/// ("26+ weeks") ends in an arrow.
pub fn estimate_chart(records: &[AssessmentRecord]) -> Html {
    let times: Vec<u64> = records.iter().map(|r| r.taken_at_ms).collect();
    let Some(xs) = TimeScale::new(times.iter().copied()) else {
        return html! {};
    };
    let cap = TIMELINE_CAP_WEEKS;
    // Two weeks above the cap leave room for the arrows.
    let ys = ValueScale {
        max: f32::from(cap + 2),
    };
    let caps = records.len() <= MARKERS_UP_TO;
    let mut bars = String::with_capacity(records.len() * 48);
    let mut arrows = String::new();
    let mut any_open = false;
    for r in records.iter() {
        let range = r.estimate.full_integration;
        let x = xs.x(r.taken_at_ms);
        let low = ys.y(f32::from(range.low.min(cap)));
        let mut high = ys.y(f32::from(range.high.min(cap)));
        // A single week still shows as a short bar.
        if low - high < 3.0 {
            high = low - 3.0;
        }
        bars.push_str(&format!("M{},{}V{}", num(x), num(low), num(high)));
        if caps {
            bars.push_str(&format!("M{},{}h10", num(x - 5.0), num(low)));
        }
        if range.open_ended {
            any_open = true;
            let tip = ys.y(f32::from(cap) + 1.4);
            arrows.push_str(&format!(
                "M{},{}V{}M{},{}L{},{}L{},{}",
                num(x),
                num(high),
                num(tip),
                num(x - 5.0),
                num(tip + 6.0),
                num(x),
                num(tip),
                num(x + 5.0),
                num(tip + 6.0)
            ));
        } else if caps {
            bars.push_str(&format!("M{},{}h10", num(x - 5.0), num(high)));
        }
    }
    // No tick just below the cap, whose label would run into the cap's.
    let mut ticks: Vec<u32> = (0..u32::from(cap).saturating_sub(4)).step_by(4).collect();
    ticks.push(u32::from(cap));
    let top_label = any_open.then(|| format!("{cap}+"));

    let ranges: Vec<(String, String)> = records
        .iter()
        .map(|r| {
            (
                date_text(r.taken_at_ms),
                describe_weeks(&r.estimate.full_integration),
            )
        })
        .collect();
    let description = format!("{} {}", span(records), text::estimate_description(&ranges));
    let plot = html! {
        <>
            { y_axis(ys, &ticks, text::WEEKS_AXIS, top_label) }
            { x_axis(xs, &times) }
            <path class="hc-range" d={bars} />
            if any_open {
                <path class="hc-range hc-open" d={arrows} />
            }
        </>
    };
    let caption = html! {
        <ul class="hc-legend">
            <li>
                <svg class="hc-key" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                    <path class="hc-range" d="M20,13V1M15,13h10M15,1h10" />
                </svg>
                <span>{ text::ESTIMATE_LEGEND_BAR }</span>
            </li>
            if any_open {
                <li>
                    <svg class="hc-key" viewBox="0 0 40 14" aria-hidden="true" focusable="false">
                        <path class="hc-range hc-open" d="M20,13V1M15,7L20,1L25,7" />
                    </svg>
                    <span>{ text::estimate_legend_open(cap) }</span>
                </li>
            }
        </ul>
    };
    chart_figure(
        "estimate",
        text::ESTIMATE_CHART_HEADING,
        description,
        plot,
        caption,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_check_sits_in_the_middle() {
        let scale = TimeScale::new([5]).unwrap();
        assert!(scale.single());
        let x = scale.x(5);
        assert!((x - (LEFT + WIDTH - RIGHT) / 2.0).abs() < 0.01, "{x}");
        assert_eq!(TimeScale::new([]), None);
    }

    #[test]
    fn time_spreads_across_the_plot_inside_its_padding() {
        let scale = TimeScale::new([30, 10, 20]).unwrap();
        assert_eq!(scale.x(10), LEFT + PAD_X);
        assert_eq!(scale.x(30), WIDTH - RIGHT - PAD_X);
        let middle = scale.x(20);
        assert!((middle - (LEFT + PAD_X + WIDTH - RIGHT - PAD_X) / 2.0).abs() < 0.01);
        // Far in the past or future stays on the plot.
        assert_eq!(scale.x(0), LEFT + PAD_X);
        assert_eq!(scale.x(u64::MAX), WIDTH - RIGHT - PAD_X);
    }

    #[test]
    fn values_map_bottom_to_top_and_stay_on_the_plot() {
        let scale = ValueScale { max: 10.0 };
        assert_eq!(scale.y(0.0), TOP + PLOT_H);
        assert_eq!(scale.y(10.0), TOP);
        assert_eq!(scale.y(12.0), TOP);
        assert_eq!(scale.y(-2.0), TOP + PLOT_H);
        assert_eq!(ValueScale { max: 0.0 }.y(3.0), TOP + PLOT_H);
    }

    #[test]
    fn the_band_is_clipped_to_the_scale() {
        assert_eq!(clipped_band(0), (0.0, 2.0));
        assert_eq!(clipped_band(10), (8.0, 10.0));
        assert_eq!(clipped_band(5), (3.5, 6.5));
    }

    #[test]
    fn the_seconds_axis_is_round_and_covers_the_highest_hold() {
        assert_eq!(seconds_axis(0), (5, 5));
        assert_eq!(seconds_axis(20), (20, 5));
        assert_eq!(seconds_axis(38), (40, 10));
        assert_eq!(seconds_axis(65), (75, 15));
        assert_eq!(seconds_axis(300), (300, 60));
        for max in [1, 7, 59, 61, 119, 601, 9999, u16::MAX] {
            let (top, step) = seconds_axis(max);
            assert!(
                top >= u32::from(max) && top % step == 0,
                "{max}: {top} by {step}"
            );
            assert!(top / step <= 5, "{max}: {top} by {step}");
        }
    }

    #[test]
    fn a_thousand_points_make_one_polyline() {
        let points: Vec<(f32, f32)> = (0..1000).map(|i| (i as f32, 1.5)).collect();
        let text = polyline_points(&points);
        assert_eq!(text.split(' ').count(), 1000);
        assert!(text.starts_with("0.0,1.5 1.0,1.5"));
    }

    #[test]
    fn every_marker_is_a_closed_shape() {
        for mark in MARKS {
            let d = mark_path(mark, 10.0, 10.0);
            assert!(d.starts_with('M') && d.ends_with('Z'), "{mark:?}: {d}");
        }
    }
}
