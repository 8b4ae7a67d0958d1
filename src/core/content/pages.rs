//! Wording of the app's screens that is not tied to a question, an exercise or a factor.

pub const APP_NAME: &str = "Glute Check";
pub const APP_TAGLINE: &str = "A private self-check for \u{201c}dead butt syndrome\u{201d}";

pub struct Welcome {
    pub what_it_does: &'static [&'static str],
    pub not_a_diagnosis: &'static str,
    pub emergency: &'static str,
    pub privacy: &'static str,
    pub duration: &'static str,
    pub start: &'static str,
}

pub const WELCOME: Welcome = Welcome {
    what_it_does: &[
        "Long days of sitting can leave the muscles of your bottom (the glutes) slow to switch on, so your back, hips and hamstrings end up doing their work. People call this gluteal amnesia, or \u{201c}dead butt syndrome\u{201d}.",
        "This check asks about your sitting, your aches, and a few simple tests you can do at home. It then shows a realistic range of how long getting better may take, why, and a three-phase exercise plan to follow.",
        "Come back every few weeks to check again and see your progress.",
    ],
    not_a_diagnosis: "This is not a diagnosis and does not replace a doctor or physiotherapist. It helps you understand a common pattern and start moving well.",
    emergency: "If you have numbness around your groin or bottom, trouble passing urine, or sudden weakness in your legs, call your local emergency number now.",
    privacy: "Private by design: your answers stay in this browser on this device. Nothing is sent anywhere, and there is no account.",
    duration: "It takes about 5 minutes, plus a few minutes for the optional self-tests.",
    start: "Start the check",
};

/// Shown by the page itself (index.html's script) when the app could not start (the wasm did
/// not arrive, or the browser cannot run it) or has stopped on an error. It is written into the
/// page at build time because the app is not running to show it.
pub struct StoppedText {
    pub title: &'static str,
    pub body: &'static [&'static str],
    pub reload: &'static str,
    /// Instead of the above when the browser has no WebAssembly at all: reloading cannot help.
    pub no_wasm_title: &'static str,
    pub no_wasm_body: &'static [&'static str],
}

pub const STOPPED: StoppedText = StoppedText {
    title: "This page has stopped working",
    body: &[
        "Something went wrong, or the page could not finish opening. Reload it to carry on; if you are offline, reload once you are back online.",
        "The checks you saved are still on this device and nothing was sent anywhere. Answers to a check you had not finished may need to be given again.",
    ],
    reload: "Reload the page",
    no_wasm_title: "This browser cannot run this page",
    no_wasm_body: &[
        "The check runs on your device with WebAssembly, and this browser has it turned off. Lockdown Mode on an iPhone, iPad or Mac does that, and so do some security settings.",
        "You can open this page in another browser or on another device, or allow this site in your settings. Nothing was sent anywhere.",
    ],
};

pub const NOT_FOUND_TITLE: &str = "This page does not exist";
pub const NOT_FOUND_BODY: &str = "The address may be incomplete. You can start from the beginning.";
pub const BACK_TO_START: &str = "Back to the start";

pub struct TimerText {
    pub start: &'static str,
    pub stop: &'static str,
}

pub const TIMER: TimerText = TimerText {
    start: "Start timer",
    stop: "Stop timer",
};

pub struct StepText {
    pub back: &'static str,
    pub next: &'static str,
    pub finish: &'static str,
    pub left: &'static str,
    pub right: &'static str,
    pub seconds: &'static str,
    pub optional: &'static str,
}

/// At the start of the check when the browser keeps nothing (a private window, or storage
/// turned off), before the person spends minutes on the questions.
pub const STORAGE_BLOCKED_AT_START: &str =
    "Before you start: this browser is not letting the page \
     save anything (for example in a private window), so this check will not be kept after you \
     close the tab. You can still do it, and keep your plan as a link at the end.";

/// The shortcut after the safety questions, and what it says once used.
pub const NO_RED_FLAGS_BUTTON: &str = "None of these apply to me";
pub const NO_RED_FLAGS_HINT: &str = "Read each question above first. This answers \"No\" to \
     every one you have not answered yet, the disc and nerve questions included; you can still \
     change any of them.";
pub const NO_RED_FLAGS_DONE: &str = "Every safety question above is now answered. Change any \
     that does apply to you.";

pub const STEP: StepText = StepText {
    back: "Back",
    next: "Next",
    finish: "See my results",
    left: "Left side",
    right: "Right side",
    seconds: "seconds",
    optional: "(optional)",
};

/// The page title of a screen (the welcome screen keeps the document's own): its heading and
/// the app's name, e.g. "Your history - Glute Check".
pub fn screen_title(heading: &str) -> String {
    format!("{heading} - {APP_NAME}")
}

/// The page title of a questionnaire step, e.g. "How you feel (step 2 of 4) - Glute Check".
pub fn step_title(heading: &str, step: usize, total: usize) -> String {
    screen_title(&format!("{heading} (step {step} of {total})"))
}

/// "Step 3 of 4", read before each step's title.
pub fn step_of(step: usize, total: usize) -> String {
    format!("Step {step} of {total}")
}

/// The heading of the list of answers to fix.
pub fn problems_heading(count: usize) -> String {
    match count {
        1 => "Please check 1 answer".to_owned(),
        n => format!("Please check {n} answers"),
    }
}

pub const NO_ASSESSMENT_TITLE: &str = "No finished check yet";
/// Shown on the results, plan and stop screens alike, so it names none of them.
pub const NO_ASSESSMENT_BODY: &str = "There is no finished check in this browser tab yet. \
Answer the questions first; it takes about 5 minutes.";
pub const CHANGE_ANSWERS: &str = "Change my answers";

// --- Plan screen ---

/// Wording of the plan screen that the plan itself (`content::exercises`) does not carry.
pub struct PlanText {
    pub title: &'static str,
    pub adaptations_heading: &'static str,
    /// The badge of the phase the person is in.
    pub you_are_here: &'static str,
    /// The badge of a phase whose checks are all met.
    pub done: &'static str,
    /// Marks an exercise swapped for a steadier form because of balance problems.
    pub supported: &'static str,
    pub progress_label: &'static str,
    pub dose_label: &'static str,
    pub how_to_label: &'static str,
    pub feel_label: &'static str,
    pub compensation_label: &'static str,
    /// Status of one check for moving on, always shown as words, never only as an icon.
    pub met: &'static str,
    pub not_met: &'static str,
    pub unknown: &'static str,
    pub print: &'static str,
    pub print_failed: &'static str,
    pub back_to_results: &'static str,
    /// The link to the stop screen when a sign needs care now and no plan is shown.
    pub urgent_link: &'static str,
}

pub const PLAN: PlanText = PlanText {
    title: "Your exercise plan",
    adaptations_heading: "Changes made for you",
    you_are_here: "You are here",
    done: "Done",
    supported: "Steadier version, with support",
    progress_label: "How to progress",
    dose_label: "How much",
    how_to_label: "How to do it",
    feel_label: "What you should feel",
    compensation_label: "Sign that other muscles took over",
    met: "Met",
    not_met: "Not yet",
    unknown: "Not known yet",
    print: "Print this plan",
    print_failed:
        "Printing did not start. Use your browser's menu to print this page or save it as a PDF.",
    back_to_results: "Back to my results",
    urgent_link: "See what to do now",
};

/// "Phase 2:", read before the phase's name in its heading.
pub fn plan_phase_prefix(number: u8) -> String {
    format!("Phase {number}:")
}

/// "You are in phase 2 of 3."
pub fn plan_you_are_in(number: u8, total: usize) -> String {
    format!("You are in phase {number} of {total}.")
}

/// The button that scrolls to the current phase when earlier phases come first.
pub fn plan_go_to_phase(number: u8) -> String {
    format!("Go to phase {number}")
}

/// Opens the exercises of a phase that is not the current one (they start folded away, so the
/// current phase is not buried on a phone).
pub fn plan_show_exercises(count: usize) -> String {
    match count {
        1 => "Show this phase's exercise".to_owned(),
        n => format!("Show this phase's {n} exercises"),
    }
}

pub const PLAN_HIDE_EXERCISES: &str = "Hide these exercises";

/// The heading of the checks for the next phase.
pub fn plan_move_on_heading(next: u8) -> String {
    format!("To move on to phase {next}")
}

/// Shown in large type when every check for the next phase is met.
pub fn plan_ready_for(next: u8) -> String {
    format!("Ready for phase {next}")
}
// --- end Plan screen ---

/// Above the questions when they start from the last saved check.
pub fn prefilled_from(date: &str) -> String {
    format!(
        "We filled in your answers from your last check ({date}). Change whatever is different \
         today, and redo the self-tests. The safety questions are asked fresh each time."
    )
}

/// The bar at the top of every screen.
pub const NAV_LABEL: &str = "Main";
pub const NAV_HISTORY: &str = "My history";
pub const NAV_NEW_CHECK: &str = "New check";
