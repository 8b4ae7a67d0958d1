//! The plan page's "Today": whether today is a session day, the button into the guided
//! session, the week so far, and what the log advises (ease off, next step, re-check).

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::logged_week::log_notices;
use crate::app::components::this_week::this_week;
use crate::app::routes::Route;
use crate::app::session_log::{self, SessionLogContext};
use crate::core::content::session as text;
use crate::core::plan::PhasePlan;
use crate::core::session::adherence::week_view;
use crate::core::session::advice::advice;
use crate::core::session::plan::{today, weekly_target, Today};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub plan: Rc<PhasePlan>,
    pub session_href: AttrValue,
}

#[component]
pub fn TodayCard(props: &Props) -> Html {
    let Some(log) = use_context::<SessionLogContext>() else {
        return Html::default();
    };
    let day = session_log::today();
    let sessions = &log.book.log;
    let plan = &props.plan;
    let under_way = session_log::session_in_progress(&log).is_some();
    let status = today(plan, sessions, day);
    let advice = advice(sessions, plan, day);
    let view = week_view(sessions, day, weekly_target(plan));
    let (line, start) = match status {
        _ if under_way => (text::SESSION_DAY, Some(text::CARRY_ON_SESSION)),
        Today::SessionDay { done_today: false } => (text::SESSION_DAY, Some(text::START_SESSION)),
        Today::SessionDay { done_today: true } => (text::DONE_TODAY, Some(text::START_ANOTHER)),
        Today::RestDay => (text::REST_DAY, None),
    };
    let advice_lines: Vec<String> = [
        text::load_advice_text(advice.load),
        text::move_on_text(advice.move_on),
    ]
    .into_iter()
    .flatten()
    .collect();
    let recheck = text::move_on_text(advice.move_on).is_some();
    html! {
        <>
            <section class="card today no-print" aria-labelledby="today-title">
                <h2 id="today-title">{ text::TODAY_HEADING }</h2>
                { log_notices(&log) }
                <p>{ line }</p>
                if let Some(start) = start {
                    <p><a class="button" href={props.session_href.clone()}>{ start }</a></p>
                }
                if !advice_lines.is_empty() {
                    <div class="notice session-advice">
                        <h3>{ text::ADVICE_HEADING }</h3>
                        { for advice_lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
                        if recheck {
                            <p><a class="button secondary" href={Route::Step(1).href()}>{ text::DO_RECHECK }</a></p>
                        }
                    </div>
                }
            </section>
            <div class="no-print">{ this_week(&view) }</div>
        </>
    }
}
