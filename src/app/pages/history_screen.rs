//! What the history screen itself shows around the saved records: how much of the list is
//! open, what the last change to the list or the last export or import did, the delete-all
//! question, and where the focus goes next. One reducer (the shape of Yew's `function_todomvc`
//! example): it only computes, and the screen moves the focus and touches storage.

use std::rc::Rc;

use yew::prelude::*;

use crate::core::record::AssessmentRecord;

/// Checks shown at first, and added by each "Show more".
pub const LIST_PAGE: usize = 20;

pub const UNDO_ID: &str = "history-undo";
pub const LIST_HEADING_ID: &str = "history-list-title";
pub const DELETE_ALL_ID: &str = "history-delete-all";
pub const CONFIRM_ID: &str = "history-confirm-text";
/// Asks for the main heading, with the top of the screen, rather than an element id.
pub const MAIN_HEADING: &str = "";

/// What the last change to the list did, said above the list.
#[derive(Clone, Debug, PartialEq)]
pub enum ListStatus {
    /// Deleted, with the record kept for "Undo".
    Deleted(AssessmentRecord),
    Restored(String),
    ClearedAll,
}

/// The outcome of an export or an import.
#[derive(Clone, Debug, PartialEq)]
pub struct KeepStatus {
    pub problem: bool,
    pub lines: Vec<String>,
    /// Entries of an imported file that could not be read, one reason each.
    pub skipped: Vec<String>,
}

impl KeepStatus {
    pub fn said(problem: bool, line: impl Into<String>) -> KeepStatus {
        KeepStatus {
            problem,
            lines: vec![line.into()],
            skipped: Vec::new(),
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct HistoryScreenState {
    /// How many of the newest checks the list shows.
    pub shown: usize,
    /// "Delete everything?" is being asked.
    pub confirming: bool,
    pub list_status: Option<ListStatus>,
    pub keep_status: Option<KeepStatus>,
    /// The download of the unreadable copy failed.
    pub download_failed: bool,
    /// Where the focus goes after the next render, numbered so that asking for the same place
    /// twice still moves it.
    pub focus: Option<(u32, &'static str)>,
}

impl Default for HistoryScreenState {
    fn default() -> HistoryScreenState {
        HistoryScreenState {
            shown: LIST_PAGE,
            confirming: false,
            list_status: None,
            keep_status: None,
            download_failed: false,
            focus: None,
        }
    }
}

pub enum ScreenAction {
    ShowMore,
    /// This record was deleted (it can be restored with "Undo").
    Deleted(AssessmentRecord),
    /// The deleted record, taken on this date, is back.
    Restored(String),
    AskDeleteAll,
    CancelDeleteAll,
    ClearedAll,
    /// An export, or an import that changed nothing, ended so.
    Kept(KeepStatus),
    /// An import added records: the list's last status no longer describes it.
    Imported(KeepStatus),
    DownloadFailed(bool),
}

impl HistoryScreenState {
    fn focus_on(&mut self, id: &'static str) {
        let serial = self.focus.map_or(0, |(serial, _)| serial.wrapping_add(1));
        self.focus = Some((serial, id));
    }
}

impl Reducible for HistoryScreenState {
    type Action = ScreenAction;

    fn reduce(self: Rc<Self>, action: ScreenAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ScreenAction::ShowMore => next.shown += LIST_PAGE,
            ScreenAction::Deleted(record) => {
                next.list_status = Some(ListStatus::Deleted(record));
                next.focus_on(UNDO_ID);
            }
            ScreenAction::Restored(date) => {
                next.list_status = Some(ListStatus::Restored(date));
                next.focus_on(LIST_HEADING_ID);
            }
            ScreenAction::AskDeleteAll => {
                next.confirming = true;
                next.focus_on(CONFIRM_ID);
            }
            ScreenAction::CancelDeleteAll => {
                next.confirming = false;
                next.focus_on(DELETE_ALL_ID);
            }
            ScreenAction::ClearedAll => {
                next.confirming = false;
                next.list_status = Some(ListStatus::ClearedAll);
                next.focus_on(MAIN_HEADING);
            }
            ScreenAction::Kept(status) => next.keep_status = Some(status),
            ScreenAction::Imported(status) => {
                next.list_status = None;
                next.keep_status = Some(status);
            }
            ScreenAction::DownloadFailed(failed) => next.download_failed = failed,
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn after(actions: Vec<ScreenAction>) -> HistoryScreenState {
        let mut state = Rc::new(HistoryScreenState::default());
        for action in actions {
            state = state.reduce(action);
        }
        (*state).clone()
    }

    #[test]
    fn each_show_more_opens_one_more_page_of_the_list() {
        assert_eq!(after(vec![]).shown, LIST_PAGE);
        let state = after(vec![ScreenAction::ShowMore, ScreenAction::ShowMore]);
        assert_eq!(state.shown, 3 * LIST_PAGE);
    }

    #[test]
    fn asking_for_the_same_place_twice_still_moves_the_focus() {
        let once = after(vec![ScreenAction::AskDeleteAll]);
        let twice = after(vec![
            ScreenAction::AskDeleteAll,
            ScreenAction::CancelDeleteAll,
            ScreenAction::AskDeleteAll,
        ]);
        assert_eq!(once.focus.map(|(_, id)| id), Some(CONFIRM_ID));
        assert_eq!(twice.focus.map(|(_, id)| id), Some(CONFIRM_ID));
        assert_ne!(
            once.focus, twice.focus,
            "a new request, so the screen acts on it"
        );
    }

    #[test]
    fn deleting_everything_ends_the_question_and_goes_to_the_top() {
        let state = after(vec![ScreenAction::AskDeleteAll, ScreenAction::ClearedAll]);
        assert!(!state.confirming);
        assert_eq!(state.list_status, Some(ListStatus::ClearedAll));
        assert_eq!(state.focus.map(|(_, id)| id), Some(MAIN_HEADING));
    }

    #[test]
    fn an_import_that_adds_records_clears_the_lists_old_status_and_a_failed_one_does_not() {
        let restored = ScreenAction::Restored("2026-11-25".into());
        let failed = after(vec![
            restored,
            ScreenAction::Kept(KeepStatus::said(true, "no")),
        ]);
        assert_eq!(
            failed.list_status,
            Some(ListStatus::Restored("2026-11-25".into()))
        );
        assert_eq!(failed.keep_status, Some(KeepStatus::said(true, "no")));
        let imported = after(vec![
            ScreenAction::Restored("2026-11-25".into()),
            ScreenAction::Imported(KeepStatus::said(false, "added 2")),
        ]);
        assert_eq!(imported.list_status, None);
        assert_eq!(
            imported.keep_status,
            Some(KeepStatus::said(false, "added 2"))
        );
    }
}
