//! Completing the questionnaire with the keyboard alone: Tab to move, arrow keys and Space to
//! pick, typing into fields, Enter on buttons. The test only reads the page to decide which key
//! to press next, as a person looks at the screen.

use super::assessment::{
    Person, PAIN_AREAS, PAIN_AREAS_QUESTION, RED_FLAG_QUESTIONS, SAFETY_STEP, SITTING_QUESTION,
};
use super::{Browser, E2eResult};
use thirtyfour::prelude::*;

/// Tab presses allowed to reach one control before giving up.
const MAX_TABS: usize = 80;

/// Describes the focused element: its type, its label's text, the legend of its fieldset.
const FOCUSED: &str = r#"
const el = document.activeElement;
if (!el) return ['', '', '', false];
const label = el.labels && el.labels[0] ? el.labels[0].textContent.trim() : (el.textContent || '').trim();
const fieldset = el.closest('fieldset');
const legend = fieldset && fieldset.querySelector('legend') ? fieldset.querySelector('legend').textContent : '';
return [(el.type || el.tagName).toLowerCase(), label, legend, !!el.checked];
"#;

#[derive(Debug)]
struct Focused {
    kind: String,
    label: String,
    legend: String,
    checked: bool,
}

impl Browser {
    async fn focused(&self) -> E2eResult<Focused> {
        let (kind, label, legend, checked): (String, String, String, bool) =
            self.driver.execute(FOCUSED, vec![]).await?.convert()?;
        Ok(Focused {
            kind,
            label,
            legend,
            checked,
        })
    }

    async fn press(&self, key: impl Into<TypingData>) -> E2eResult {
        self.driver.active_element().await?.send_keys(key).await?;
        Ok(())
    }

    /// Presses Tab until `wanted` holds for the focused element.
    async fn tab_to(&self, what: &str, wanted: impl Fn(&Focused) -> bool) -> E2eResult<Focused> {
        for _ in 0..MAX_TABS {
            self.press(Key::Tab).await?;
            let f = self.focused().await?;
            if wanted(&f) {
                return Ok(f);
            }
        }
        Err(format!("could not reach {what} with Tab").into())
    }

    /// Picks a radio option with arrow keys (or Space on the one already focused).
    pub async fn key_choose(&self, question: &str, option: &str) -> E2eResult {
        let mut f = self
            .tab_to(question, |f| {
                f.legend.contains(question) && (f.kind == "radio" || f.kind == "checkbox")
            })
            .await?;
        if f.kind == "checkbox" {
            while f.label != option {
                f = self.tab_to(option, |f| f.kind == "checkbox").await?;
            }
            if !f.checked {
                self.press(Key::Space).await?;
            }
            return Ok(());
        }
        for _ in 0..12 {
            if f.label == option {
                if !f.checked {
                    self.press(Key::Space).await?;
                }
                return Ok(());
            }
            self.press(Key::Down).await?;
            f = self.focused().await?;
        }
        Err(format!("option {option:?} of {question:?} not reachable with arrow keys").into())
    }

    /// Tabs to the text field labelled `label` (starts with) and types `text`.
    pub async fn key_type(&self, label: &str, text: &str) -> E2eResult {
        self.tab_to(label, |f| f.kind == "text" && f.label.starts_with(label))
            .await?;
        self.press(Key::Control + "a").await?;
        self.press(text).await
    }

    /// Tabs to the side field of a seconds question and types the seconds.
    pub async fn key_type_side(&self, question: &str, side: &str, text: &str) -> E2eResult {
        self.tab_to(side, |f| {
            f.kind == "text" && f.legend.contains(question) && f.label.starts_with(side)
        })
        .await?;
        self.press(text).await
    }

    /// Tabs to a link or button by its text and presses Enter.
    pub async fn key_to_link(&self, text: &str) -> E2eResult {
        self.tab_to(text, |f| f.label == text).await?;
        self.press(Key::Enter).await
    }

    /// Tabs to the submit button and presses Enter, then waits for the next heading.
    pub async fn key_next(&self, expect_heading: &str) -> E2eResult {
        self.tab_to("the submit button", |f| f.kind == "submit")
            .await?;
        self.press(Key::Enter).await?;
        self.wait_heading(expect_heading).await?;
        Ok(())
    }

    pub async fn complete_with_keyboard(&self, p: &Person, final_heading: &str) -> E2eResult {
        self.wait_heading("About you").await?;
        self.key_choose("How old are you?", p.age).await?;
        self.key_type(SITTING_QUESTION, p.sitting).await?;
        self.key_choose("how often do you get up and move?", p.breaks)
            .await?;
        self.key_next("How you feel").await?;

        let hurting: Vec<_> = PAIN_AREAS
            .iter()
            .zip(p.pain)
            .filter(|(_, score)| *score > 0)
            .collect();
        if hurting.is_empty() {
            self.key_choose(PAIN_AREAS_QUESTION, "Nowhere").await?;
        }
        for ((label, _), _) in &hurting {
            self.key_choose(PAIN_AREAS_QUESTION, label).await?;
        }
        for ((_, area), score) in &hurting {
            self.key_choose(&format!("How much {area}"), &score.to_string())
                .await?;
        }
        self.key_choose("problems with your balance", p.balance)
            .await?;
        for sign in p.posture {
            self.key_choose("about your posture", sign).await?;
        }
        self.key_choose("do the backs of your thighs cramp", p.compensation)
            .await?;

        self.key_choose("When did these problems start?", p.onset)
            .await?;
        self.key_choose("are things getting better", p.trend)
            .await?;
        self.key_next("Self-tests at home").await?;

        self.key_choose("Two-leg bridge", p.glute_feel).await?;
        self.key_type_side("Single-leg bridge", "Left side", p.bridge.0)
            .await?;
        self.key_type_side("Single-leg bridge", "Right side", p.bridge.1)
            .await?;
        self.key_type_side("Standing on one leg", "Left side", p.stance.0)
            .await?;
        self.key_type_side("Standing on one leg", "Right side", p.stance.1)
            .await?;
        self.key_choose("does your pelvis drop", p.pelvis).await?;
        self.key_next(SAFETY_STEP).await?;

        self.key_choose("disc problem", p.disc).await?;
        self.key_choose("trapped nerve", p.nerve).await?;
        if p.red_flags.is_empty() && p.unsure_flags.is_empty() {
            self.key_to_link("None of these apply to me").await?;
        } else {
            for q in RED_FLAG_QUESTIONS {
                let answer = if p.red_flags.contains(&q) {
                    "Yes"
                } else if p.unsure_flags.contains(&q) {
                    "Not sure"
                } else {
                    "No"
                };
                self.key_choose(q, answer).await?;
            }
        }

        self.key_type("On how many days a week", p.routine_days)
            .await?;
        if let Some(c) = p.break_commitment {
            self.key_choose("every 30 to 45 minutes", c).await?;
        }
        self.key_next(final_heading).await
    }
}
