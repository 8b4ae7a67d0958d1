//! The exercise plan: any caution first, then the changes the answers call for, the three
//! phases with the person's own marked, the checks for moving on, and the sitting-break routine.
//! Everything shown comes from `core::plan` and `core::content`; this file only lays it out.

use yew::prelude::*;

use crate::app::components::exercise_picture::ExercisePicture;
use crate::app::components::today_card::TodayCard;
use crate::app::pages::stop::{soon_reason_item, urgent_care};
use crate::browser::{focus, print};
use crate::core::content::exercises::{
    LAST_PHASE_NOTE, LATER_IN_PHASE_LABEL, PHASE_ORDER_NOTE, PLAN_SAFETY_NOTE,
};
use crate::core::content::pages::{
    plan_go_to_phase, plan_move_on_heading, plan_phase_prefix, plan_ready_for, plan_show_exercises,
    plan_you_are_in, PLAN, PLAN_HIDE_EXERCISES,
};
use crate::core::content::triage::{
    SOON_GET_HELP_IF, SOON_MESSAGE, SOON_PLAN_CAUTION, SOON_REASONS_HEADING, SOON_TITLE,
};
use crate::core::picture::Picture;
use crate::core::plan::{
    build_plan, Adaptation, CriterionResult, CriterionStatus, Exercise, NextPhaseCheck, Phase,
    PhaseNumber, SittingBreakRoutine,
};
use crate::core::triage::{triage, SoonReason, Triage};

/// The element id of a phase's section, so the "go to phase" button can move focus there.
fn phase_id(number: PhaseNumber) -> String {
    format!("phase-{}", number.number())
}

#[derive(Properties, PartialEq)]
pub struct Props {
    pub answers: std::rc::Rc<crate::core::answers::Answers>,
    /// The first saved assessment, which the pain-change check compares with.
    pub first: Option<std::rc::Rc<crate::core::answers::Answers>>,
    /// Where "Back to my results" leads.
    pub results_href: AttrValue,
    /// Where "Start today's session" leads.
    pub session_href: AttrValue,
}

#[component]
pub fn Plan(props: &Props) -> Html {
    // Hooks run on every render, before any early return, as Yew requires.
    let print_failed = use_state(|| false);
    // The phases whose exercises were unfolded on screen, one bit per phase number.
    let unfolded = use_state(|| 0u8);
    let answers = &props.answers;
    let caution = match triage(answers) {
        Triage::Urgent { flags, unsure } => return urgent_care(&flags, &unsure),
        Triage::SeeDoctorSoon { reasons } => soon_caution(&reasons),
        Triage::Clear => Html::default(),
    };
    // The first saved check feeds only the pain-change test; without one that test honestly
    // reports "not known yet".
    let plan = std::rc::Rc::new(build_plan(answers, props.first.as_deref()));
    let current = plan.current;

    let on_print = {
        let print_failed = print_failed.clone();
        Callback::from(move |_: MouseEvent| print_failed.set(print::print().is_err()))
    };
    let go_to_current = Callback::from(move |_: MouseEvent| {
        // Only a shortcut: if focus cannot move, the phase is still further down the page.
        let _ = focus::focus_id(&phase_id(current));
    });

    html! {
        <>
            <h1>{ PLAN.title }</h1>
            { caution }
            <p>{ PLAN_SAFETY_NOTE }</p>
            <div class="plan-where">
                <p class="plan-where-text"><strong>{ plan_you_are_in(current.number(), plan.phases.len()) }</strong></p>
                if current != PhaseNumber::One {
                    <button type="button" class="button secondary no-print" onclick={go_to_current}>
                        { plan_go_to_phase(current.number()) }
                    </button>
                }
            </div>
            <TodayCard plan={plan.clone()} session_href={props.session_href.clone()} />
            { adaptations(&plan.adaptations) }
            <p class="plan-order-note">{ PHASE_ORDER_NOTE }</p>
            { for plan.phases.iter().map(|phase| {
                let bit = 1u8 << phase.number.number();
                let unfold = (phase.number != current).then(|| {
                    let unfolded = unfolded.clone();
                    Unfold {
                        open: *unfolded & bit != 0,
                        toggle: Callback::from(move |_: MouseEvent| unfolded.set(*unfolded ^ bit)),
                    }
                });
                phase_section(phase, current, plan.next.as_ref(), unfold)
            }) }
            { sitting_breaks(&plan.sitting_breaks) }
            <div class="plan-actions no-print">
                <button type="button" class="button" onclick={on_print}>{ PLAN.print }</button>
                <a class="button secondary" href={props.results_href.clone()}>{ PLAN.back_to_results }</a>
            </div>
            // Always present, so screen readers announce the message when it appears.
            <div class="plan-print-status no-print" role="status">
                if *print_failed {
                    <p class="notice">{ PLAN.print_failed }</p>
                }
            </div>
        </>
    }
}

/// Shown above the plan while a "see a doctor soon" reason stands, so it is read first and
/// printed with the plan for the appointment.
fn soon_caution(reasons: &[SoonReason]) -> Html {
    html! {
        <section class="notice urgent plan-caution" aria-labelledby="plan-caution-title">
            <h2 id="plan-caution-title">{ SOON_TITLE }</h2>
            <p>{ SOON_MESSAGE }</p>
            if !reasons.is_empty() {
                <h3>{ SOON_REASONS_HEADING }</h3>
                <ul>
                    { for reasons.iter().map(soon_reason_item) }
                </ul>
            }
            <p><strong>{ SOON_PLAN_CAUTION }</strong></p>
            <p>{ SOON_GET_HELP_IF }</p>
        </section>
    }
}

fn adaptations(list: &[Adaptation]) -> Html {
    if list.is_empty() {
        return Html::default();
    }
    html! {
        <section class="plan-adaptations" aria-labelledby="plan-adaptations-title">
            <h2 id="plan-adaptations-title">{ PLAN.adaptations_heading }</h2>
            { for list.iter().map(|a| html! {
                <div class="notice plan-adaptation">
                    <h3>{ a.title() }</h3>
                    <p>{ a.text() }</p>
                </div>
            }) }
        </section>
    }
}

/// The fold of a phase that is not the current one: whether it is open, and what opens or
/// closes it.
struct Unfold {
    open: bool,
    toggle: Callback<MouseEvent>,
}

fn phase_section(
    phase: &Phase,
    current: PhaseNumber,
    next: Option<&NextPhaseCheck>,
    unfold: Option<Unfold>,
) -> Html {
    let is_current = phase.number == current;
    // `current_phase` only moves past a phase once all its checks are met, so every earlier
    // phase is done and no later one is.
    let is_done = phase.number < current;
    let id = phase_id(phase.number);
    let title_id = format!("{id}-title");
    let badge = if is_current {
        html! { <p class="phase-badge is-current">{ PLAN.you_are_here }</p> }
    } else if is_done {
        html! { <p class="phase-badge is-done">{ PLAN.done }</p> }
    } else {
        Html::default()
    };
    let move_on = if is_current {
        match next {
            Some(check) => move_on_checks(check),
            None => html! { <p class="notice">{ LAST_PHASE_NOTE }</p> },
        }
    } else {
        Html::default()
    };
    let exercises: Html = phase.exercises.iter().map(exercise_article).collect();
    // Only the current phase is open: on a phone the others would bury it under a dozen
    // screens of exercises. Paper shows them all (styles/plan.css folds on screens only).
    let exercises = match unfold {
        None => exercises,
        Some(Unfold { open, toggle }) => {
            let list_id = format!("{id}-exercises");
            html! {
                <>
                    <button type="button" class="button secondary small phase-unfold no-print"
                        aria-expanded={if open { "true" } else { "false" }}
                        aria-controls={list_id.clone()} onclick={toggle}>
                        { if open {
                            PLAN_HIDE_EXERCISES.to_owned()
                        } else {
                            plan_show_exercises(phase.exercises.len())
                        } }
                    </button>
                    <div id={list_id} class={classes!("phase-exercises", (!open).then_some("is-folded"))}>
                        { exercises }
                    </div>
                </>
            }
        }
    };
    html! {
        <section
            id={id}
            tabindex="-1"
            class={classes!("plan-phase", is_current.then_some("is-current"), is_done.then_some("is-done"))}
            aria-labelledby={title_id.clone()}
            aria-current={is_current.then_some("step")}
        >
            <div class="phase-head">
                <h2 id={title_id}>
                    <span class="phase-kicker">{ plan_phase_prefix(phase.number.number()) }</span>
                    { " " }
                    <span class="phase-name">{ phase.name }</span>
                </h2>
                { badge }
                <p class="phase-goal">{ phase.goal }</p>
                <p class="phase-progress">
                    <strong class="plan-label">{ PLAN.progress_label }</strong>
                    <span class="phase-progress-text">{ phase.how_to_progress }</span>
                </p>
            </div>
            { exercises }
            { move_on }
        </section>
    }
}

fn exercise_article(exercise: &Exercise) -> Html {
    html! {
        <article class={classes!("plan-exercise", exercise.later_in_phase.then_some("is-later"))}>
            <h3>{ exercise.name }</h3>
            if exercise.later_in_phase {
                <p class="exercise-tag is-later">{ LATER_IN_PHASE_LABEL }</p>
            }
            if exercise.supported {
                <p class="exercise-tag is-supported">{ PLAN.supported }</p>
            }
            <ExercisePicture picture={Picture::for_exercise(exercise.id, exercise.supported)} />
            <dl class="exercise-facts">
                <dt>{ PLAN.dose_label }</dt>
                <dd class="exercise-dose">{ exercise.dose.describe() }</dd>
                <dt>{ PLAN.how_to_label }</dt>
                <dd>
                    <ol class="exercise-steps">
                        { for exercise.how_to.iter().map(|step| html! { <li>{ *step }</li> }) }
                    </ol>
                </dd>
                <dt>{ PLAN.feel_label }</dt>
                <dd>{ exercise.feel }</dd>
                <dt>{ PLAN.compensation_label }</dt>
                <dd>{ exercise.compensation_sign }</dd>
            </dl>
        </article>
    }
}

fn move_on_checks(check: &NextPhaseCheck) -> Html {
    let next = check.phase.number();
    let ready = check.ready();
    html! {
        <div class={classes!("plan-move-on", ready.then_some("is-ready"))}>
            <h3>{ plan_move_on_heading(next) }</h3>
            if ready {
                <p class="plan-ready"><strong>{ plan_ready_for(next) }</strong></p>
            }
            <p class="plan-move-on-summary">{ check.summary.clone() }</p>
            <ul class="plan-checks">
                { for check.results.iter().map(criterion_item) }
            </ul>
        </div>
    }
}

fn criterion_item(result: &CriterionResult) -> Html {
    let (status, class) = match result.status {
        CriterionStatus::Met => (PLAN.met, "is-met"),
        CriterionStatus::NotMet => (PLAN.not_met, "is-not-met"),
        CriterionStatus::Unknown => (PLAN.unknown, "is-unknown"),
    };
    // Separate paragraphs, so screen readers pause between the status, the rule and the values.
    html! {
        <li class={classes!("plan-check", class)}>
            <p class="check-status">{ status }</p>
            <p class="check-rule">{ result.sentence.clone() }</p>
            <p class="check-evidence">{ result.evidence.clone() }</p>
        </li>
    }
}

fn sitting_breaks(routine: &SittingBreakRoutine) -> Html {
    html! {
        <section class="plan-breaks" aria-labelledby="plan-breaks-title">
            <h2 id="plan-breaks-title">{ routine.title }</h2>
            <p class="plan-breaks-why">{ routine.why.clone() }</p>
            <ol class="break-steps">
                { for routine.steps.iter().map(|step| html! {
                    <li class="break-step">
                        <p class="break-step-name"><strong>{ step.name }</strong></p>
                        <p class="break-amount">{ step.amount.describe() }</p>
                        <p class="break-how">{ step.how_to }</p>
                        <ExercisePicture picture={Picture::for_break_step(step.id)} />
                    </li>
                }) }
            </ol>
            <p class="no-print"><a href={crate::app::routes::Route::Coach.href()}>{ crate::core::content::coach::COACH_LINK_FROM_PLAN }</a></p>
        </section>
    }
}
