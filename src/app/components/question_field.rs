//! One question as real form controls: radio groups and checkboxes in a fieldset with a legend,
//! text fields with labels, help and error text tied to the control with `aria-describedby`.

use yew::prelude::*;

use super::hold_timer::HoldTimer;
use crate::core::content::pages::STEP;
use crate::core::draft::DraftValue;
use crate::core::questionnaire::{AnswerKind, Question, QuestionId};

#[derive(Properties, PartialEq)]
pub struct Props {
    pub question: &'static Question,
    pub value: Option<DraftValue>,
    pub problem: Option<String>,
    pub on_change: Callback<(QuestionId, DraftValue)>,
}

/// The id of the control that takes focus when a person follows an error link to this question.
pub fn focus_target(question: &Question) -> String {
    let base = field_id(question.id);
    match &question.kind {
        AnswerKind::SingleChoice(options) | AnswerKind::MultipleChoice(options) => options
            .first()
            .map(|o| format!("{base}-{}", o.id))
            .unwrap_or(base),
        AnswerKind::Scale0To10 { .. } => format!("{base}-0"),
        AnswerKind::SidesSeconds { .. } => format!("{base}-left"),
        AnswerKind::Number { .. } => base,
    }
}

fn field_id(id: QuestionId) -> String {
    format!("q-{}", id.as_str())
}

#[component]
pub fn QuestionField(props: &Props) -> Html {
    let q = props.question;
    let id = field_id(q.id);
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let described_by = match (q.help.is_empty(), props.problem.is_some()) {
        (false, true) => Some(format!("{error_id} {help_id}")),
        (false, false) => Some(help_id.clone()),
        (true, true) => Some(error_id.clone()),
        (true, false) => None,
    };
    let invalid = props.problem.is_some().then_some("true");
    let optional =
        (!q.required).then(|| html! { <span class="optional">{ " " }{ STEP.optional }</span> });
    let help =
        (!q.help.is_empty()).then(|| html! { <p class="help" id={help_id.clone()}>{ q.help }</p> });
    let error = props.problem.as_ref().map(|message| {
        html! { <p class="field-error" id={error_id.clone()}>{ message.clone() }</p> }
    });
    let emit = {
        let on_change = props.on_change.clone();
        let qid = q.id;
        move |value: DraftValue| on_change.emit((qid, value))
    };
    let wrapper = classes!("question", props.problem.is_some().then_some("has-error"));

    match &q.kind {
        AnswerKind::SingleChoice(options) => {
            let picked = match &props.value {
                Some(DraftValue::Choice(c)) => c.as_str(),
                _ => "",
            };
            html! {
                <fieldset class={wrapper} aria-describedby={described_by} aria-invalid={invalid}>
                    <legend>{ q.prompt }{ optional }</legend>
                    { help }{ error }
                    <div class="options">
                    { for options.iter().map(|o| {
                        let option_id = format!("{id}-{}", o.id);
                        let emit = emit.clone();
                        let value = o.id.to_owned();
                        html! {
                            <label class="option" for={option_id.clone()}>
                                <input type="radio" id={option_id} name={id.clone()} value={o.id}
                                    checked={picked == o.id}
                                    onchange={Callback::from(move |_| emit(DraftValue::Choice(value.clone())))} />
                                <span>{ o.label }</span>
                            </label>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        }
        AnswerKind::MultipleChoice(options) => {
            let picked = match &props.value {
                Some(DraftValue::Choices(c)) => c.clone(),
                _ => Default::default(),
            };
            html! {
                <fieldset class={wrapper} aria-describedby={described_by} aria-invalid={invalid}>
                    <legend>{ q.prompt }{ optional }</legend>
                    { help }{ error }
                    <div class="options">
                    { for options.iter().map(|o| {
                        let option_id = format!("{id}-{}", o.id);
                        let emit = emit.clone();
                        let picked_now = picked.clone();
                        let value = o.id;
                        html! {
                            <label class="option" for={option_id.clone()}>
                                <input type="checkbox" id={option_id} name={id.clone()} value={o.id}
                                    checked={picked.contains(o.id)}
                                    onchange={Callback::from(move |e: Event| {
                                        let checked = e.target_unchecked_into::<web_sys::HtmlInputElement>().checked();
                                        emit(crate::core::draft::toggle_choice(&picked_now, value, checked));
                                    })} />
                                <span>{ o.label }</span>
                            </label>
                        }
                    }) }
                    </div>
                </fieldset>
            }
        }
        AnswerKind::Number { unit, .. } => {
            let text = match &props.value {
                Some(DraftValue::Number(t)) => t.clone(),
                _ => String::new(),
            };
            let inputmode = if q.id == QuestionId::RoutineDays {
                "numeric"
            } else {
                "decimal"
            };
            html! {
                <div class={wrapper}>
                    <label for={id.clone()} class="prompt">{ q.prompt }{ optional }</label>
                    { help }{ error }
                    <span class="number-field">
                        <input type="text" id={id.clone()} inputmode={inputmode} autocomplete="off"
                            value={text} aria-describedby={described_by} aria-invalid={invalid}
                            oninput={Callback::from(move |e: InputEvent| {
                                emit(DraftValue::Number(e.target_unchecked_into::<web_sys::HtmlInputElement>().value()))
                            })} />
                        <span class="unit">{ *unit }</span>
                    </span>
                </div>
            }
        }
        AnswerKind::Scale0To10 {
            low_label,
            high_label,
        } => {
            let picked = match &props.value {
                Some(DraftValue::Scale(n)) => Some(*n),
                _ => None,
            };
            // What 0 and 10 mean is part of the question, for screen readers too.
            let ends_id = format!("{id}-ends");
            let described_by = Some(match described_by {
                Some(ids) => format!("{ids} {ends_id}"),
                None => ends_id.clone(),
            });
            html! {
                <fieldset class={classes!(wrapper, "scale")} aria-describedby={described_by} aria-invalid={invalid}>
                    <legend>{ q.prompt }{ optional }</legend>
                    { help }{ error }
                    <div class="scale-options">
                    { for (0u8..=10).map(|n| {
                        let option_id = format!("{id}-{n}");
                        let emit = emit.clone();
                        html! {
                            <label class="scale-option" for={option_id.clone()}>
                                <input type="radio" id={option_id} name={id.clone()} value={n.to_string()}
                                    checked={picked == Some(n)}
                                    onchange={Callback::from(move |_| emit(DraftValue::Scale(n)))} />
                                <span>{ n }</span>
                            </label>
                        }
                    }) }
                    </div>
                    <p class="scale-ends" id={ends_id}><span>{ *low_label }</span>{ " " }<span>{ *high_label }</span></p>
                </fieldset>
            }
        }
        AnswerKind::SidesSeconds { .. } => {
            let (left, right) = match &props.value {
                Some(DraftValue::Sides { left, right }) => (left.clone(), right.clone()),
                _ => (String::new(), String::new()),
            };
            let side = |side_key: &'static str,
                        side_label: &'static str,
                        own: String,
                        other: String| {
                let input_id = format!("{id}-{side_key}");
                let emit_typed = emit.clone();
                let emit_timed = emit.clone();
                let other_typed = other.clone();
                let is_left = side_key == "left";
                let pair = move |mine: String, other: String| {
                    if is_left {
                        DraftValue::Sides {
                            left: mine,
                            right: other,
                        }
                    } else {
                        DraftValue::Sides {
                            left: other,
                            right: mine,
                        }
                    }
                };
                let pair_typed = pair;
                html! {
                    <div class="side">
                        <label for={input_id.clone()}>{ side_label }{ format!(" ({})", STEP.seconds) }</label>
                        <span class="number-field">
                            <input type="text" id={input_id} inputmode="numeric" autocomplete="off" value={own}
                                aria-invalid={invalid}
                                oninput={Callback::from(move |e: InputEvent| {
                                    let typed = e.target_unchecked_into::<web_sys::HtmlInputElement>().value();
                                    emit_typed(pair_typed(typed, other_typed.clone()))
                                })} />
                            <HoldTimer side={side_label}
                                on_stop={Callback::from(move |secs: u16| emit_timed(pair(secs.to_string(), other.clone())))} />
                        </span>
                    </div>
                }
            };
            html! {
                <fieldset class={classes!(wrapper, "sides")} aria-describedby={described_by}>
                    <legend>{ q.prompt }{ optional }</legend>
                    { help }{ error }
                    { side("left", STEP.left, left.clone(), right.clone()) }
                    { side("right", STEP.right, right, left) }
                </fieldset>
            }
        }
    }
}
