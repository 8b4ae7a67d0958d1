//! Filling in the questionnaire as a person would: by question wording and option labels.

use super::{xpath_literal, Browser, E2eResult};
use thirtyfour::prelude::*;

/// One person's answers, by the words on screen.
#[derive(Clone, Debug)]
pub struct Person {
    pub age: &'static str,
    /// Hours of sitting yesterday in total, as typed.
    pub sitting: &'static str,
    pub breaks: &'static str,
    /// Low back, hip, knee, ankle.
    pub pain: [u8; 4],
    pub balance: &'static str,
    pub posture: &'static [&'static str],
    pub compensation: &'static str,
    pub onset: &'static str,
    pub trend: &'static str,
    pub glute_feel: &'static str,
    pub bridge: (&'static str, &'static str),
    pub stance: (&'static str, &'static str),
    pub pelvis: &'static str,
    pub disc: &'static str,
    pub nerve: &'static str,
    pub cleared: Option<&'static str>,
    /// Start of each red-flag question answered "Yes"; all others "No".
    pub red_flags: &'static [&'static str],
    /// Start of each red-flag question answered "Not sure".
    pub unsure_flags: &'static [&'static str],
    pub routine_days: &'static str,
    pub break_commitment: Option<&'static str>,
}

pub const RED_FLAG_QUESTIONS: [&str; 14] = [
    "Do you have numbness or tingling around your genitals",
    "Have you recently had new trouble passing urine",
    "Do you have weakness, numbness or pain in both of your legs",
    "Is a leg getting weaker",
    "Did your back or hip pain start after a serious fall",
    "Are you unable to put your weight on one of your legs",
    "Is one of your hip joints hot and swollen",
    "Do you have a fever, or do you feel very unwell",
    "Have you lost weight lately without trying",
    "Have you ever had cancer",
    "Is your pain there all the time",
    "Is your pain worse at night or when you rest",
    "Does coughing or sneezing make your back or leg pain worse",
    "Does pain spread down past your knee",
];

/// The heading and number of the last step: known conditions, safety questions, commitment.
pub const SAFETY_STEP: &str = "Safety check and your plan";
pub const SAFETY_STEP_NUMBER: usize = 4;

pub const PAIN_AREAS_QUESTION: &str = "Where have you had pain";
pub const SITTING_QUESTION: &str = "Yesterday, how many hours did you sit in total?";
/// Each area's label among the pain areas, and how its 0-10 question names it.
pub const PAIN_AREAS: [(&str, &str); 4] = [
    ("Low back", "low back pain"),
    ("Hip or buttock", "hip pain"),
    ("Knee", "knee pain"),
    ("Ankle", "ankle pain"),
];

/// A young desk worker with a mild, recent problem who will do the routine every day.
pub fn mild_case() -> Person {
    Person {
        age: "18 to 39",
        sitting: "10.5",
        breaks: "About every 1 to 2 hours",
        pain: [3, 2, 0, 0],
        balance: "No",
        posture: &["The fronts of my hips feel tight after sitting"],
        compensation: "Not sure",
        onset: "In the last 6 weeks",
        trend: "About the same",
        glute_feel: "A little, or only on one side",
        bridge: ("25", "30"),
        stance: ("40", "45"),
        pelvis: "No, it stays level on both legs",
        disc: "No",
        nerve: "No",
        cleared: None,
        red_flags: &[],
        unsure_flags: &[],
        routine_days: "7",
        break_commitment: Some("Yes"),
    }
}

/// Someone who reports saddle numbness: must be stopped and sent to care.
pub fn red_flag_case() -> Person {
    Person {
        red_flags: &["Do you have numbness or tingling around your genitals"],
        ..mild_case()
    }
}

impl Browser {
    /// The fieldset whose legend contains `question`.
    async fn question_group(&self, question: &str) -> E2eResult<WebElement> {
        let xpath = format!(
            "//fieldset[legend[contains(normalize-space(.), {})]]",
            xpath_literal(question)
        );
        self.wait_for(&format!("the question {question:?}"), || {
            let xpath = xpath.clone();
            async move {
                Ok(self
                    .driver
                    .find_all(By::XPath(xpath))
                    .await?
                    .into_iter()
                    .next())
            }
        })
        .await
    }

    /// Picks an option (radio or checkbox) of a question by its label.
    pub async fn choose(&self, question: &str, option: &str) -> E2eResult {
        let group = self.question_group(question).await?;
        let label = group
            .find(By::XPath(format!(
                ".//label[normalize-space(.)={}]",
                xpath_literal(option)
            )))
            .await
            .map_err(|e| format!("option {option:?} of {question:?}: {e}"))?;
        // An option already picked (answers filled in from the last check, or an answer the
        // form starts with) is left as it is, as a person would: a click would untick a box,
        // and is no action on a picked radio.
        let input = label.find(By::Css("input")).await?;
        let picked = input.prop("checked").await?.as_deref() == Some("true");
        if !picked {
            label.click().await?;
            self.count_action();
        }
        Ok(())
    }

    /// Types into one side ("Left side", "Right side") of a seconds question.
    pub async fn type_side(&self, question: &str, side: &str, text: &str) -> E2eResult {
        let group = self.question_group(question).await?;
        let label = group
            .find(By::XPath(format!(
                ".//label[starts-with(normalize-space(.), {})]",
                xpath_literal(side)
            )))
            .await?;
        let id = label
            .attr("for")
            .await?
            .ok_or("side label without a control")?;
        let input = self.driver.find(By::Id(id)).await?;
        input.clear().await?;
        input.send_keys(text).await?;
        self.count_action();
        Ok(())
    }

    /// Presses "Next" (or the last step's button) and waits for the step to change.
    pub async fn next_step(&self, expect_heading: &str) -> E2eResult {
        let submit = self
            .wait_xpath(
                "the step's submit button",
                "//form//button[@type='submit']".into(),
            )
            .await?;
        submit.click().await?;
        self.count_action();
        self.wait_heading(expect_heading).await?;
        Ok(())
    }

    /// Fills every step for `p`, ending on the screen after the last step.
    pub async fn complete_assessment(&self, p: &Person) -> E2eResult {
        self.wait_heading("About you").await?;
        self.fill_about_you(p).await?;
        self.fill_sitting(p).await?;
        self.next_step("How you feel").await?;
        self.fill_symptoms(p).await?;
        self.fill_history(p).await?;
        self.next_step("Self-tests at home").await?;
        self.fill_self_tests(p).await?;
        self.next_step(SAFETY_STEP).await?;
        self.fill_conditions(p).await?;
        self.fill_red_flags(p).await?;
        self.fill_commitment(p).await?;
        self.count_action();
        let submit = self
            .driver
            .find(By::XPath("//form//button[@type='submit']"))
            .await?;
        submit.click().await?;
        Ok(())
    }

    /// From step 1 of a re-assessment whose answers were filled in from the last check: keeps
    /// them, answers the safety questions (always asked fresh) and finishes.
    pub async fn finish_prefilled_check(&self, p: &Person) -> E2eResult {
        self.wait_heading("About you").await?;
        for heading in ["How you feel", "Self-tests at home", SAFETY_STEP] {
            self.next_step(heading).await?;
        }
        self.fill_red_flags(p).await?;
        self.next_step("Your results").await
    }

    /// From a finished check: changes the first safety answer to "Yes" and goes on to the
    /// red-flag stop screen.
    pub async fn reach_stop_from_safety_step(&self) -> E2eResult {
        self.goto(&format!("#/check/{SAFETY_STEP_NUMBER}")).await?;
        self.wait_heading(SAFETY_STEP).await?;
        self.choose(RED_FLAG_QUESTIONS[0], "Yes").await?;
        self.next_step("Please get medical help now").await
    }

    pub async fn fill_about_you(&self, p: &Person) -> E2eResult {
        self.choose("How old are you?", p.age).await
    }

    pub async fn fill_sitting(&self, p: &Person) -> E2eResult {
        self.type_into(SITTING_QUESTION, p.sitting).await?;
        self.choose("how often do you get up and move?", p.breaks)
            .await
    }

    pub async fn fill_symptoms(&self, p: &Person) -> E2eResult {
        let hurting: Vec<_> = PAIN_AREAS
            .iter()
            .zip(p.pain)
            .filter(|(_, score)| *score > 0)
            .collect();
        if hurting.is_empty() {
            self.choose(PAIN_AREAS_QUESTION, "Nowhere").await?;
        }
        for ((label, _), _) in &hurting {
            self.choose(PAIN_AREAS_QUESTION, label).await?;
        }
        for ((_, area), score) in &hurting {
            self.choose(&format!("How much {area}"), &score.to_string())
                .await?;
        }
        self.choose("problems with your balance", p.balance).await?;
        for sign in p.posture {
            self.choose("about your posture", sign).await?;
        }
        self.choose("do the backs of your thighs cramp", p.compensation)
            .await
    }

    pub async fn fill_history(&self, p: &Person) -> E2eResult {
        self.choose("When did these problems start?", p.onset)
            .await?;
        self.choose("are things getting better", p.trend).await
    }

    pub async fn fill_self_tests(&self, p: &Person) -> E2eResult {
        self.choose("Two-leg bridge", p.glute_feel).await?;
        self.type_side("Single-leg bridge", "Left side", p.bridge.0)
            .await?;
        self.type_side("Single-leg bridge", "Right side", p.bridge.1)
            .await?;
        self.type_side("Standing on one leg", "Left side", p.stance.0)
            .await?;
        self.type_side("Standing on one leg", "Right side", p.stance.1)
            .await?;
        self.choose("does your pelvis drop", p.pelvis).await
    }

    /// The known conditions. With no red flag, a "No" is left to "None of these apply to me",
    /// which answers the open ones, as a person would.
    pub async fn fill_conditions(&self, p: &Person) -> E2eResult {
        let shortcut = p.red_flags.is_empty() && p.unsure_flags.is_empty();
        for (question, answer) in [("disc problem", p.disc), ("trapped nerve", p.nerve)] {
            if !(shortcut && answer == "No") {
                self.choose(question, answer).await?;
            }
        }
        if let Some(cleared) = p.cleared {
            self.choose("exercise is fine", cleared).await?;
        }
        Ok(())
    }

    /// Answers "Yes" (or "Not sure") to the person's red flags one by one; with none, presses
    /// "None of these apply to me" once, as a person would.
    pub async fn fill_red_flags(&self, p: &Person) -> E2eResult {
        if p.red_flags.is_empty() && p.unsure_flags.is_empty() {
            return self.click_button("None of these apply to me").await;
        }
        for q in RED_FLAG_QUESTIONS {
            let answer = if p.red_flags.contains(&q) {
                "Yes"
            } else if p.unsure_flags.contains(&q) {
                "Not sure"
            } else {
                "No"
            };
            self.choose(q, answer).await?;
        }
        Ok(())
    }

    pub async fn fill_commitment(&self, p: &Person) -> E2eResult {
        self.type_into("On how many days a week", p.routine_days)
            .await?;
        if let Some(c) = p.break_commitment {
            self.choose("every 30 to 45 minutes", c).await?;
        }
        Ok(())
    }
}
