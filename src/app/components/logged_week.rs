//! The session log where the history is read: what the log says about the routine (days done
//! in the last two weeks, the week and the last 8 weeks), and anything to tell about the log's
//! storage. Reads the log from its context; shows nothing without it.

use std::rc::Rc;

use yew::prelude::*;

use crate::app::components::this_week::this_week;
use crate::app::session_log::{self, SessionLogContext};
use crate::core::answers::Answers;
use crate::core::content::session as text;
use crate::core::plan::build_plan;
use crate::core::session::adherence::{adherence, week_view, ADHERENCE_WINDOW_DAYS};
use crate::core::session::plan::weekly_target;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// The latest saved check, whose plan sets the weekly target.
    pub latest: Option<Rc<Answers>>,
}

#[component]
pub fn LoggedWeek(props: &Props) -> Html {
    let Some(log) = use_context::<SessionLogContext>() else {
        return Html::default();
    };
    let day = session_log::today();
    let sessions = &log.book.log;
    let target = props
        .latest
        .as_ref()
        .map_or(7, |a| weekly_target(&build_plan(a, None)));
    let logged = adherence(sessions, ADHERENCE_WINDOW_DAYS, day);
    html! {
        <>
            { log_notices(&log) }
            if !sessions.sessions.is_empty() {
                <p class="logged-adherence">{ text::logged_adherence(&logged) }</p>
                { this_week(&week_view(sessions, day, target)) }
            }
        </>
    }
}

/// What went wrong with the log's storage, said where the log is shown.
pub fn log_notices(log: &SessionLogContext) -> Html {
    let mut lines: Vec<String> = log.book.notices.iter().map(text::log_notice_text).collect();
    if log.partial_saved {
        lines.push(text::PARTIAL_SAVED.to_owned());
    }
    if lines.is_empty() {
        return Html::default();
    }
    html! {
        <div class="notice log-notices" role="status">
            { for lines.into_iter().map(|l| html! { <p>{ l }</p> }) }
        </div>
    }
}
