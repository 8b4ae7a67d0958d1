//! The "why" of an estimate: each factor's weeks added to full recovery, as a bar beside the
//! words, so the biggest reasons stand out at a glance and the numbers are always in text.

use yew::prelude::*;

use crate::core::content::factors::factor_name;
use crate::core::content::results::{contribution_text, first_change_effect, SOURCE_LABEL};
// Numbers are written without Rust's float formatting, which would add kilobytes to the wasm.
use crate::core::decimal::{tenths, tenths_trimmed};
use crate::core::estimate::RecoveryEstimate;

const BAR_W: f32 = 200.0;

/// A plain view function, not a component: it holds no state (each component costs the wasm
/// about a kilobyte of its own machinery).
pub fn factor_chart(estimate: &RecoveryEstimate) -> Html {
    let factors = &estimate.factors;
    // One scale for every bar: the largest high-end effect fills the width.
    let widest = factors
        .iter()
        .map(|f| f.full_integration.0.abs().max(f.full_integration.1.abs()))
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let scale = |w: i16| (w.unsigned_abs() as f32 / widest * BAR_W).max(0.0);

    html! {
        <ul class="factors">
            { for factors.iter().map(|f| {
                let (lo, hi) = f.full_integration;
                let (fl, fh) = f.first_change;
                let negative = hi < 0 || lo < 0;
                html! {
                    <li class="factor">
                        <div class="factor-head">
                            <strong>{ factor_name(f.factor) }</strong>
                            <span class="factor-weeks">{ contribution_text(lo, hi) }</span>
                        </div>
                        <svg class="factor-bar" viewBox={format!("0 0 {} 14", tenths_trimmed(BAR_W))} aria-hidden="true" focusable="false" preserveAspectRatio="none">
                            <rect class="track" x="0" y="3" width={tenths_trimmed(BAR_W)} height="8" rx="4" />
                            <rect class={if negative { "range neg" } else { "range" }} x="0" y="3" width={tenths(scale(hi.max(lo)))} height="8" rx="4" />
                            <rect class={if negative { "firm neg" } else { "firm" }} x="0" y="3" width={tenths(scale(lo.min(hi)))} height="8" rx="4" />
                        </svg>
                        <p class="factor-reason">{ f.reason }</p>
                        <p class="factor-meta muted">
                            { first_change_effect(fl, fh) }{ ". " }{ SOURCE_LABEL }{ " " }{ f.source.citation() }
                        </p>
                    </li>
                }
            }) }
        </ul>
    }
}
