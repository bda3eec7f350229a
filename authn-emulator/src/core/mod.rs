//! What every area shares: the envelope and answers, auth, body limits and reading, paging and
//! cursors, validation tables, ids, the fault script, the state file and the server. Nothing
//! here knows an area: the areas (`users`, `sessions`, `invites`) import core, never the other
//! way round.

pub(crate) mod answer;
pub mod config;
pub(crate) mod http;
pub mod ids;
pub mod listing;
pub(crate) mod persist;
pub(crate) mod record;
pub mod script;
pub(crate) mod server;
pub mod validate;

pub use answer::{FieldProblem, Refusal};
