//! One file per screen.

mod not_found;
mod plan;
mod questionnaire;
mod results;
mod stop;
mod welcome;

pub use not_found::NotFound;
pub use plan::Plan;
pub use questionnaire::Questionnaire;
pub use results::Results;
pub use stop::Stop;
pub use welcome::Welcome;
