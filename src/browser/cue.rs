//! The optional cue at the end of a hold or rest: a short generated tone (Web Audio, no audio
//! file) and a vibration where the device has one. Every step may fail (no audio, autoplay
//! rules, no vibration motor); the session carries on without the cue.

use super::{window, BrowserError};

/// The tone's pitch and length: a soft, clear beep.
const TONE_HZ: f32 = 880.0;
const TONE_SECONDS: f64 = 0.25;
const TONE_GAIN: f32 = 0.2;
const VIBRATE_MS: u32 = 200;

thread_local! {
    /// One audio context for the page: browsers allow only a few at a time.
    static CONTEXT: std::cell::RefCell<Option<web_sys::AudioContext>> = const { std::cell::RefCell::new(None) };
}

fn context() -> Result<web_sys::AudioContext, BrowserError> {
    CONTEXT.with(|cell| {
        if let Some(ctx) = cell.borrow().as_ref() {
            return Ok(ctx.clone());
        }
        let ctx = web_sys::AudioContext::new()?;
        *cell.borrow_mut() = Some(ctx.clone());
        Ok(ctx)
    })
}

/// Lets the audio context start from a tap (browsers only allow sound after a gesture), so
/// later cues can play while the person holds still.
pub fn unlock() {
    if let Ok(ctx) = context() {
        if let Ok(p) = ctx.resume() {
            wasm_bindgen_futures::spawn_local(async move {
                let _ = wasm_bindgen_futures::JsFuture::from(p).await;
            });
        }
    }
}

pub fn play() -> Result<(), BrowserError> {
    // Vibrate first: it needs no audio and works with the sound off.
    let _ = window()?.navigator().vibrate_with_duration(VIBRATE_MS);
    let ctx = context()?;
    let oscillator = ctx.create_oscillator()?;
    let gain = ctx.create_gain()?;
    oscillator.frequency().set_value(TONE_HZ);
    gain.gain().set_value(TONE_GAIN);
    oscillator.connect_with_audio_node(&gain)?;
    gain.connect_with_audio_node(&ctx.destination())?;
    let now = ctx.current_time();
    oscillator.start_with_when(now)?;
    oscillator.stop_with_when(now + TONE_SECONDS)?;
    Ok(())
}
