//! (Helper H is writing the History screen here; this placeholder keeps the crate building.)
use yew::prelude::*;

#[component]
pub fn History() -> Html {
    Html::default()
}
