//! The "why" of an estimate: what matters most in one sentence, then each cause's weeks added to
//! full recovery, largest first, as a bar beside the words (the numbers are always in text), a
//! plain note where the evidence stops, and the sources listed once with numbers.

use yew::prelude::*;

use crate::core::content::results::{
    cause_name, contribution_text, first_change_note, leading_sentence, limit_text,
    source_reference, LIMITS_HEADING, SOURCES_HEADING,
};
// Numbers are written without Rust's float formatting, which would add kilobytes to the wasm.
use crate::core::decimal::{tenths, tenths_trimmed};
use crate::core::explanation::Explanation;

const BAR_W: f32 = 200.0;

/// A plain view function, not a component: it holds no state (each component costs the wasm
/// about a kilobyte of its own machinery).
pub fn factor_chart(explanation: &Explanation) -> Html {
    let causes = &explanation.causes;
    // One scale for every bar: the largest high-end effect fills the width.
    let widest = causes
        .iter()
        .map(|c| c.full_integration.1.max(0))
        .max()
        .unwrap_or(0)
        .max(1) as f32;
    let scale = |w: i16| (w.max(0) as f32 / widest * BAR_W).max(0.0);

    html! {
        <div class="why">
            <p class="why-lead" id="why-lead">{ leading_sentence(explanation) }</p>
            <ul class="factors">
                { for causes.iter().map(|c| {
                    let (lo, hi) = c.full_integration;
                    let (fl, fh) = c.first_change;
                    html! {
                        <li class="factor">
                            <div class="factor-head">
                                <strong>{ cause_name(c.cause) }</strong>
                                <span class="factor-weeks">{ contribution_text(lo, hi) }</span>
                            </div>
                            <svg class="factor-bar" viewBox={format!("0 0 {} 14", tenths_trimmed(BAR_W))} aria-hidden="true" focusable="false" preserveAspectRatio="none">
                                <rect class="track" x="0" y="3" width={tenths_trimmed(BAR_W)} height="8" rx="4" />
                                <rect class="range" x="0" y="3" width={tenths(scale(hi.max(lo)))} height="8" rx="4" />
                                <rect class="firm" x="0" y="3" width={tenths(scale(lo.min(hi)))} height="8" rx="4" />
                            </svg>
                            { for c.reasons.iter().map(|r| html! { <p class="factor-reason">{ *r }</p> }) }
                            <p class="factor-meta muted">
                                { first_change_note(fl, fh).map(|n| format!("{n} ")).unwrap_or_default() }
                                { source_reference(c.source_number) }
                            </p>
                        </li>
                    }
                }) }
            </ul>
            <div class="why-limits">
                { for explanation.limits.iter().map(|l| html! {
                    <>
                        <h3>{ LIMITS_HEADING }</h3>
                        <p>{ limit_text(*l) }</p>
                    </>
                }) }
            </div>
            <h3>{ SOURCES_HEADING }</h3>
            <ol class="sources">
                { for explanation.sources.iter().map(|s| html! { <li>{ s.citation() }</li> }) }
            </ol>
        </div>
    }
}
