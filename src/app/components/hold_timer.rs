//! A stopwatch for the hold self-tests: start, hold, stop, and the whole seconds go into the
//! answer. The seconds can always be typed in instead.

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::browser::clock;
use crate::core::content::pages::TIMER;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Which side this times, for the button's accessible name ("left", "right").
    pub side: AttrValue,
    /// Called with the whole seconds held when the timer stops.
    pub on_stop: Callback<u16>,
}

#[component]
pub fn HoldTimer(props: &Props) -> Html {
    let started_at = use_state(|| None::<f64>);
    let elapsed_ms = use_state(|| 0.0_f64);

    {
        // While running, redraw a few times a second; the interval stops when dropped.
        let elapsed_ms = elapsed_ms.clone();
        use_effect_with(*started_at, move |started_at| {
            let ticker = started_at
                .map(|start| Interval::new(200, move || elapsed_ms.set(clock::now_ms() - start)));
            move || drop(ticker)
        });
    }

    let toggle = {
        let started_at = started_at.clone();
        let elapsed_ms = elapsed_ms.clone();
        let on_stop = props.on_stop.clone();
        Callback::from(move |_: MouseEvent| match *started_at {
            Some(start) => {
                let held = (clock::now_ms() - start).max(0.0);
                elapsed_ms.set(held);
                started_at.set(None);
                on_stop.emit(whole_seconds(held));
            }
            None => {
                elapsed_ms.set(0.0);
                started_at.set(Some(clock::now_ms()));
            }
        })
    };

    let running = started_at.is_some();
    let seconds = whole_seconds(*elapsed_ms);
    let label = if running { TIMER.stop } else { TIMER.start };
    html! {
        <span class="hold-timer">
            <button type="button" class={classes!("button", "secondary", "small", running.then_some("running"))}
                onclick={toggle}
                aria-label={format!("{label} ({})", props.side)}>
                { label }
            </button>
            <span class="timer-readout" aria-hidden="true">{ format!("{seconds} s") }</span>
        </span>
    }
}

fn whole_seconds(ms: f64) -> u16 {
    // Saturating float-to-int cast: never panics, whatever the clock says.
    (ms / 1000.0).floor() as u16
}
