//! Wording about plan links: why one could not be opened, and what to tell a person when it was
//! made by a different version of the estimate.

/// Heading above any of the messages below.
pub const CANNOT_OPEN_HEADING: &str = "We could not open this plan link";

pub const EMPTY: &str = "This plan link is empty. Open the link you saved again, or answer the \
     questions to make a new plan.";

pub const UNKNOWN_VERSION: &str = "This plan link was made by a newer version of this app. \
     Reload the page to get the newest version, then open the link again.";

pub const NOT_A_PLAN_LINK: &str = "This is not a plan link of this app, or it is too damaged to \
     tell. Open the link you saved again, or answer the questions to make a new plan.";

pub const BAD_CHARACTER: &str = "This plan link has characters that do not belong in it. It may \
     have been changed by accident when it was copied. Try copying the whole link again.";

pub const WRONG_LENGTH: &str = "This plan link is damaged or incomplete. It may have been cut \
     off when it was copied. Try copying the whole link again.";

pub const CHECKSUM_MISMATCH: &str = "This plan link is damaged: part of it changed after it was \
     made. Try copying the whole link again.";

pub const VALUE_OUT_OF_RANGE: &str = "This plan link holds an answer this app cannot use. \
     Please answer the questions again to make a fresh plan.";

/// What a person can do instead, shown as a button under any of the messages above.
pub const START_AGAIN: &str = "Answer the questions again";

/// Shown beside results opened from a link made with an earlier estimate.
pub const MADE_BY_OLDER_MODEL: &str = "This link was made with an earlier version of our \
     estimate. The estimate you see today may differ a little from the one you saw then.";

/// Shown beside results opened from a link made with a later estimate than this page has.
pub const MADE_BY_NEWER_MODEL: &str = "This link was made with a newer version of our estimate \
     than this page has. Reload the page to see the newest estimate.";

// --- Keeping a plan (results and plan screens) ---

pub const KEEP_HEADING: &str = "Keep this plan";
pub const KEEP_INTRO: &str = "The address of this page is your plan: it holds your answers \
     (never sent anywhere) and brings back this estimate and plan on any device. Bookmark it or \
     copy it somewhere safe.";
pub const COPY_LINK: &str = "Copy link";
pub const COPIED: &str = "Link copied. Paste it wherever you keep notes.";
pub const COPY_FAILED: &str = "This browser did not let us copy. Select the link below and copy \
     it yourself.";
pub const BOOKMARK: &str = "Bookmark this plan";
pub const BOOKMARK_HOW: &str = "To bookmark it, press Ctrl+D (Cmd+D on a Mac), or use your \
     browser's menu and choose \u{201c}Add bookmark\u{201d} or \u{201c}Add to home screen\u{201d}.";
pub const LINK_LABEL: &str = "Your plan link";
pub const OPENED_FROM_LINK: &str = "This plan was opened from a saved link.";
pub const SAVE_TO_HISTORY: &str = "Save it to my history on this device";
pub const SAVED_TO_HISTORY: &str = "Saved to your history on this device.";
pub const NOT_SAVED_MEMORY: &str = "Saved for this tab only: this browser is not keeping data.";
