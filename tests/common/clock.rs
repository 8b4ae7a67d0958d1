//! A page clock the test controls: `Date.now()` starts at a chosen moment and moves only as
//! the real clock does plus whatever the test adds with `advance`, so a 45-minute wait takes no
//! time. Installed before any page script, and again on every load, always from the same
//! moment plus the advances made so far (kept in sessionStorage, which survives reloads).

use super::{Browser, E2eResult};

/// The script that puts the page's clock at `start_ms` (milliseconds since 1970 UTC).
pub fn fake_clock_script(start_ms: u64) -> String {
    format!(
        r#"(() => {{
  const realNow = Date.now.bind(Date);
  let store;
  try {{ store = window.sessionStorage; }} catch (e) {{ return; }}
  if (!store) return;
  if (!store.getItem('__e2e_clock_origin')) store.setItem('__e2e_clock_origin', String(realNow()));
  const origin = Number(store.getItem('__e2e_clock_origin'));
  const advanced = () => Number(store.getItem('__e2e_clock_advanced') || 0);
  Date.now = () => {start_ms} + advanced() + (realNow() - origin);
  window.__e2eClock = {{
    advance(ms) {{ store.setItem('__e2e_clock_advanced', String(advanced() + ms)); }},
  }};
}})();"#
    )
}

impl Browser {
    /// Installs the clock for every page load from now on; call before the first `goto` that
    /// needs it (or reload after).
    pub async fn install_clock(&self, start_ms: u64) -> E2eResult {
        self.driver
            .cdp()
            .page()
            .add_script_to_evaluate_on_new_document(fake_clock_script(start_ms))
            .await?;
        Ok(())
    }

    /// Moves the page's clock forward by `ms` at once.
    pub async fn advance_clock(&self, ms: u64) -> E2eResult {
        self.driver
            .execute(
                "window.__e2eClock.advance(arguments[0])",
                vec![serde_json::json!(ms)],
            )
            .await?;
        Ok(())
    }

    /// Puts the page in this IANA time zone (also for `Date`'s local-time functions).
    pub async fn set_time_zone(&self, zone: &str) -> E2eResult {
        self.driver
            .cdp()
            .send_raw(
                "Emulation.setTimezoneOverride",
                serde_json::json!({ "timezoneId": zone }),
            )
            .await?;
        Ok(())
    }
}
