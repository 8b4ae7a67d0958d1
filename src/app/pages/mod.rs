//! One file per screen.

mod coach;
mod coach_screen;
mod history;
mod history_screen;
mod linked;
mod not_found;
mod plan;
mod questionnaire;
mod results;
mod session;
pub(crate) mod stop;
mod summary;
mod welcome;

pub use coach::Coach;
pub use history::History;
pub use linked::{Linked, LinkedView};
pub use not_found::not_found;
pub use plan::Plan;
pub use questionnaire::Questionnaire;
pub use results::Results;
pub use stop::Stop;
pub use summary::Summary;
pub use welcome::welcome;
