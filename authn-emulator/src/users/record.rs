//! What the store keeps of one user: the user as the API shows them, and what only the
//! emulator knows. In a file of its own so that imports run one way: the store uses the list
//! and this record; the list uses only this record.

use authn_api::types::{Authenticator, User};

/// A user and what only the emulator knows about them.
#[derive(Debug, Clone)]
pub(crate) struct UserRecord {
    pub user: User,
    pub password: Option<String>,
    pub authenticators: Vec<Authenticator>,
    /// Creation order, the final tie-break of every ordering.
    pub seq: u64,
    /// Set by `user/password/expire`: no login until the password is changed.
    pub password_expired: bool,
}
