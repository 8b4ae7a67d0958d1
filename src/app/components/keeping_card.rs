//! "Is my history safe?": what the browser promised about keeping the saved checks, Safari's
//! seven-day rule and how to avoid it, the backup advice and the room the checks take. A plain
//! view function: the facts come from `app::keeping`, the words from `content::storage`.

use yew::prelude::*;

use crate::app::keeping::KeepingState;
use crate::core::content::storage as text;
use crate::core::record::date_text;
use crate::core::saved::backup_advice::BackupAdvice;
use crate::core::saved::storage_risk::StorageRisk;

pub fn keeping_card(state: &KeepingState, advice: BackupAdvice, saved_bytes: Option<u64>) -> Html {
    let risk = match state.risk {
        StorageRisk::SevenDayLimit(device) => html! {
            <div class="notice urgent keeping-seven-day">
                <h3>{ text::SEVEN_DAY_TITLE }</h3>
                <p>{ text::seven_day_text(device) }</p>
                <h4>{ text::HOW_TO_ADD_HEADING }</h4>
                <ol>{ for text::how_to_add(device).iter().map(|step| html! { <li>{ *step }</li> }) }</ol>
                <p>{ text::HOW_TO_ADD_OTHERWISE }</p>
            </div>
        },
        StorageRisk::AppleInstalled => html! { <p class="notice">{ text::INSTALLED_TEXT }</p> },
        StorageRisk::Ordinary => Html::default(),
    };
    let remind = matches!(advice, BackupAdvice::Remind { .. });
    // Persistence is asked for only once something is saved (app::keeping::secure).
    let saved = advice != BackupAdvice::NothingSaved;
    html! {
        <section class="history-section keeping no-print" aria-labelledby="keeping-heading">
            <h2 id="keeping-heading">{ text::HEADING }</h2>
            <p class="keeping-persistence" role="status">
                { if saved { text::persistence_text(state.persistence) } else { "" } }
            </p>
            { risk }
            <h3>{ text::BACKUP_HEADING }</h3>
            <p class={classes!("keeping-backup", remind.then_some("notice"))}>
                { text::backup_text(advice, date_text) }
            </p>
            if saved {
                <h3>{ text::SPACE_HEADING }</h3>
                if let Some(bytes) = saved_bytes {
                    <p>{ text::saved_size_text(bytes) }</p>
                }
                if let Some(site) = state.site {
                    <p>{ text::site_size_text(site.usage, site.quota) }</p>
                }
            }
        </section>
    }
}
