//! One file per screen.

mod history;
mod history_screen;
mod linked;
mod not_found;
mod plan;
mod questionnaire;
mod results;
pub(crate) mod stop;
mod summary;
mod welcome;

pub use history::History;
pub use linked::{Linked, LinkedView};
pub use not_found::not_found;
pub use plan::Plan;
pub use questionnaire::Questionnaire;
pub use results::Results;
pub use stop::Stop;
pub use summary::Summary;
pub use welcome::welcome;
