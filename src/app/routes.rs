//! Every screen's address, in one place. The app uses the URL fragment (`#/...`) so that any
//! static host serves it and a reload on any screen works. Results and plan addresses carry the
//! plan-link payload, so the address itself is the bookmarkable plan.

use yew::prelude::*;

use super::pages::{not_found, welcome, Coach, History, Linked, LinkedView, Questionnaire, Stop};

/// The guided session of the plan in a plan-link payload: `#/session/<payload>`.
pub const SESSION_ROUTE_PREFIX: &str = "#/session/";
use crate::core::link::{split_fragment, LinkRoute};

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Route {
    Welcome,
    /// One questionnaire step, counted from 1 as people read it.
    Step(usize),
    /// A red flag needs care now: no estimate, no plan.
    Stop,
    /// Results for the answers in a plan-link payload.
    Results(String),
    /// The plan for the answers in a plan-link payload.
    Plan(String),
    /// The guided session of today, for the plan in a plan-link payload.
    Session(String),
    /// The printable summary for a clinician, for the answers in a plan-link payload.
    Summary(String),
    History,
    /// The sitting-break coach and calendar reminders.
    Coach,
    NotFound,
}

impl Route {
    /// Reads a fragment such as `#/check/2`. Anything unknown is `NotFound`, never a panic; a
    /// damaged payload is the linked page's to explain.
    pub fn parse(hash: &str) -> Route {
        if let Some((route, payload)) = split_fragment(hash) {
            return match route {
                LinkRoute::Results => Route::Results(payload.to_owned()),
                LinkRoute::Plan => Route::Plan(payload.to_owned()),
                LinkRoute::Summary => Route::Summary(payload.to_owned()),
            };
        }
        if let Some(payload) = hash.strip_prefix(SESSION_ROUTE_PREFIX) {
            return Route::Session(payload.to_owned());
        }
        let path = hash.trim_start_matches('#').trim_start_matches('/');
        let mut parts = path.split('/').filter(|p| !p.is_empty());
        match (parts.next(), parts.next(), parts.next()) {
            (None, _, _) => Route::Welcome,
            (Some("check"), None, _) => Route::Step(1),
            (Some("check"), Some(n), None) => match n.parse::<usize>() {
                Ok(n) if n >= 1 => Route::Step(n),
                _ => Route::NotFound,
            },
            (Some("stop"), None, _) => Route::Stop,
            (Some("history"), None, _) => Route::History,
            (Some("coach"), None, _) => Route::Coach,
            _ => Route::NotFound,
        }
    }

    pub fn href(&self) -> String {
        match self {
            Route::Welcome => "#/".to_owned(),
            Route::Step(n) => format!("#/check/{n}"),
            Route::Stop => "#/stop".to_owned(),
            Route::Results(code) => format!("{}{code}", crate::core::link::RESULTS_ROUTE_PREFIX),
            Route::Plan(code) => format!("{}{code}", crate::core::link::PLAN_ROUTE_PREFIX),
            Route::Session(code) => format!("{SESSION_ROUTE_PREFIX}{code}"),
            Route::Summary(code) => format!("{}{code}", crate::core::link::SUMMARY_ROUTE_PREFIX),
            Route::History => "#/history".to_owned(),
            Route::Coach => "#/coach".to_owned(),
            Route::NotFound => "#/not-found".to_owned(),
        }
    }
}

pub fn switch(route: &Route) -> Html {
    match route {
        Route::Welcome => welcome(),
        Route::Step(n) => html! { <Questionnaire step={*n} /> },
        Route::Stop => html! { <Stop /> },
        Route::Results(code) => html! { <Linked code={code.clone()} view={LinkedView::Results} /> },
        Route::Plan(code) => html! { <Linked code={code.clone()} view={LinkedView::Plan} /> },
        Route::Session(code) => html! { <Linked code={code.clone()} view={LinkedView::Session} /> },
        Route::Summary(code) => html! { <Linked code={code.clone()} view={LinkedView::Summary} /> },
        Route::History => html! { <History /> },
        Route::Coach => html! { <Coach /> },
        Route::NotFound => not_found(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_and_root_fragments_are_the_welcome_screen() {
        for hash in ["", "#", "#/", "#//"] {
            assert_eq!(Route::parse(hash), Route::Welcome, "{hash:?}");
        }
    }

    #[test]
    fn every_route_round_trips_through_its_href() {
        for route in [
            Route::Welcome,
            Route::Step(1),
            Route::Step(8),
            Route::Stop,
            Route::Results("1abc".into()),
            Route::Plan("1abc".into()),
            Route::Session("1abc".into()),
            Route::Summary("1abc".into()),
            Route::History,
            Route::Coach,
        ] {
            assert_eq!(Route::parse(&route.href()), route);
        }
    }

    #[test]
    fn link_payloads_are_passed_on_as_they_are() {
        assert_eq!(Route::parse("#/plan/"), Route::Plan(String::new()));
        assert_eq!(Route::parse("#/results/<x>"), Route::Results("<x>".into()));
    }

    #[test]
    fn unknown_or_malformed_fragments_are_not_found() {
        for hash in [
            "#/nope",
            "#/check/0",
            "#/check/x",
            "#/check/1/2",
            "#/check/99999999999999999999999",
            "#/plan",
        ] {
            assert_eq!(Route::parse(hash), Route::NotFound, "{hash:?}");
        }
    }
}
