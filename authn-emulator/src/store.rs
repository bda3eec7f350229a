//! The emulator's whole state, behind the one mutex of the server: each area's part, and the
//! state file that holds them all.
//!
//! This is the top of the crate: it puts the areas together (it imports them; none imports
//! it). [`Store`] also offers the user operations directly, for tests and benchmarks that
//! drive the state without HTTP.

use std::collections::BTreeMap;
use std::path::Path;

use authn_api::types::{Authenticator, KnownAuthenticatorType, User, Userinfo};
use serde::{Deserialize, Serialize};

use crate::core::answer::Answer;
use crate::core::config::EmulatorConfig;
use crate::core::http::{Call, Route, Shared};
use crate::core::persist::{self, Header, StateError};
use crate::invites::{self, Invite, Invites, InvitesStore};
use crate::sessions::keys::SigningKey;
use crate::sessions::state::{Session, Settings, SpentState};
use crate::sessions::{self, Directory, Sessions, SessionsStore};
use crate::users::list::{ListQuery, Page};
use crate::users::store::{CodeState, UserState};
use crate::users::{self, Users, UsersStore};

pub use crate::core::{FieldProblem, Refusal};
pub use crate::users::Selector;

/// Every user, code, session, token, signing key and invite.
#[derive(Default)]
pub struct Store {
    users: Users,
    sessions: Sessions,
    invites: Invites,
}

/// Counts only: the store holds passwords, codes, tokens and private keys.
impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Store")
            .field("users", &self.users.user_count())
            .field("sessions", &self.sessions.count())
            .field("invites", &self.invites.count())
            .finish_non_exhaustive()
    }
}

impl UsersStore for Store {
    fn users(&mut self) -> (&mut Users, &mut Sessions) {
        (&mut self.users, &mut self.sessions)
    }
}

impl SessionsStore for Store {
    fn sessions(&mut self) -> (&mut Sessions, &dyn Directory) {
        (&mut self.sessions, &self.users)
    }
}

impl InvitesStore for Store {
    fn invites(&mut self) -> (&mut Invites, &mut Users) {
        (&mut self.invites, &mut self.users)
    }
}

/// Every route of every area.
pub(crate) fn routes() -> Vec<Route<Store>> {
    let mut routes = users::routes::<Store>();
    routes.extend(sessions::routes::<Store>());
    routes.extend(invites::routes::<Store>());
    routes.push(Route::admin("/_emulator/snapshot", snapshot));
    routes
}

#[cfg(test)]
#[test]
fn the_fault_script_knows_every_operation_and_only_those() {
    let mut ids: Vec<&str> = routes().iter().filter_map(|r| r.operation).collect();
    ids.push("request_poll");
    ids.sort_unstable();
    let mut known = crate::core::script::OPERATIONS.to_vec();
    known.sort_unstable();
    assert_eq!(ids, known);
}

/// `POST /_emulator/snapshot`.
fn snapshot(state: &Shared<Store>, _: &Call<'_>) -> Result<Answer, Refusal> {
    use axum::http::StatusCode;
    Ok(match save_state(state) {
        Ok(path) => Answer::success(
            "State saved",
            serde_json::json!({ "file": path.display().to_string() }),
        ),
        Err(StateError::NoStateFile) => Answer::failure(
            StatusCode::CONFLICT,
            "NoStateFile",
            "The emulator was started without a state file (--state FILE)",
        ),
        Err(e) => Answer::failure(
            StatusCode::INTERNAL_SERVER_ERROR,
            "InternalError",
            &format!("The state could not be saved: {e}"),
        ),
    })
}

/// Writes the store to the state file, atomically; returns the file.
pub(crate) fn save_state(state: &Shared<Store>) -> Result<std::path::PathBuf, StateError> {
    let path = state
        .config
        .state_file
        .as_ref()
        .ok_or(StateError::NoStateFile)?;
    // The copy is taken under the store's lock and the file written without it, so requests
    // are not held up; saves take turns, so that an older copy never lands after a newer one.
    static SAVING: std::sync::Mutex<()> = std::sync::Mutex::new(());
    let _turn = SAVING
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    let snapshot = state.store().snapshot();
    persist::save(path, &snapshot)?;
    Ok(path.clone())
}

/// The whole store, as written to the file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Snapshot {
    pub format: String,
    pub version: u32,
    /// Users in creation order.
    pub users: Vec<UserState>,
    /// Unused login codes, sorted.
    pub codes: Vec<CodeState>,
    /// Version 1 only: the tokens of before sessions, read as sessions of their own.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<LegacyToken>,
    /// The creation number of the last user created (deleted ones included).
    pub next_seq: u64,
    /// Sessions, with their tokens, in creation order.
    #[serde(default)]
    pub sessions: Vec<Session>,
    /// Refresh tokens already refreshed, sorted.
    #[serde(default)]
    pub spent_refresh_tokens: Vec<SpentState>,
    /// The creation number of the last session opened.
    #[serde(default)]
    pub session_seq: u64,
    /// The JWT signing keys, the last one signing.
    #[serde(default)]
    pub signing_keys: Vec<SigningKey>,
    /// How many signing keys were made (their `kid`s are numbered).
    #[serde(default)]
    pub signing_keys_made: u32,
    /// Invites, in creation order.
    #[serde(default)]
    pub invites: Vec<Invite>,
    /// The creation number of the last invite.
    #[serde(default)]
    pub invite_seq: u64,
}

/// A token of a version 1 file.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LegacyToken {
    pub token: String,
    pub user_id: String,
    pub expire: chrono::DateTime<chrono::Utc>,
}

impl std::fmt::Debug for LegacyToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LegacyToken")
            .field("user_id", &self.user_id)
            .finish_non_exhaustive()
    }
}

impl Header for Snapshot {
    fn format(&self) -> &str {
        &self.format
    }

    fn version(&self) -> u32 {
        self.version
    }
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// The store of the state file at `path`, or an empty one when there is none yet.
    pub(crate) fn load(path: &Path) -> Result<Self, StateError> {
        match persist::load::<Snapshot>(path)? {
            None => Ok(Self::new()),
            Some(snapshot) => Self::restore(path, snapshot),
        }
    }

    /// Sets what the configuration says of tokens: lifetimes, JWT mode, the JWT issuer.
    pub(crate) fn configure(&mut self, config: &EmulatorConfig, issuer: String) {
        let at_least_1ms = |d: std::time::Duration| d.max(std::time::Duration::from_millis(1));
        self.sessions.settings = Settings {
            active_life: at_least_1ms(config.active_token_life),
            refresh_life: at_least_1ms(config.refresh_token_life),
            jwt: config.jwt_tokens,
            issuer,
        };
    }

    /// The token settings in force.
    pub(crate) fn settings(&mut self) -> &mut Settings {
        &mut self.sessions.settings
    }

    /// The JWT signing keys.
    pub(crate) fn keys(&mut self) -> &mut crate::sessions::keys::Keys {
        &mut self.sessions.keys
    }

    /// Everything, for the state file.
    pub(crate) fn snapshot(&self) -> Snapshot {
        let users = self.users.save();
        let sessions = self.sessions.save();
        let invites = self.invites.save();
        Snapshot {
            format: persist::FORMAT.to_string(),
            version: persist::VERSION,
            users: users.users,
            codes: users.codes,
            tokens: Vec::new(),
            next_seq: users.next_seq,
            sessions: sessions.sessions,
            spent_refresh_tokens: sessions.spent,
            session_seq: sessions.next_seq,
            signing_keys: sessions.keys,
            signing_keys_made: sessions.keys_made,
            invites: invites.invites,
            invite_seq: invites.next_seq,
        }
    }

    /// The store a state file describes, refused if it could not have come from a store.
    pub(crate) fn restore(path: &Path, snapshot: Snapshot) -> Result<Self, StateError> {
        let bad = |problem: &str| persist::inconsistent(path, problem);
        let users = Users::restore(
            path,
            users::store::Saved {
                users: snapshot.users,
                codes: snapshot.codes,
                next_seq: snapshot.next_seq,
            },
        )?;
        let saved = sessions::state::Saved {
            sessions: snapshot.sessions,
            spent: snapshot.spent_refresh_tokens,
            next_seq: snapshot.session_seq,
            keys: snapshot.signing_keys,
            keys_made: snapshot.signing_keys_made,
        };
        let mut sessions = Sessions::restore(saved, |id| users.exists(id)).map_err(bad)?;
        // Tokens are secrets: the messages do not quote them.
        for token in snapshot.tokens {
            let account = users
                .account(&token.user_id)
                .ok_or_else(|| bad("a token belongs to no user"))?;
            sessions
                .adopt_legacy(token.token, &account, token.expire)
                .map_err(bad)?;
        }
        let invites = Invites::restore(invites::Saved {
            invites: snapshot.invites,
            next_seq: snapshot.invite_seq,
        })
        .map_err(bad)?;
        Ok(Self {
            users,
            sessions,
            invites,
        })
    }

    /// How many users there are.
    pub fn user_count(&self) -> usize {
        self.users.user_count()
    }

    /// `user/create`.
    pub fn create_user(
        &mut self,
        email: &str,
        username: Option<&str>,
        profile: BTreeMap<String, String>,
    ) -> Result<User, Refusal> {
        self.users.create_user(email, username, profile)
    }

    /// `user/delete`: the user, their authenticators, codes and sessions go together.
    pub fn delete_user(&mut self, selector: &Selector) -> Result<(), Refusal> {
        self.users.delete_user(&mut self.sessions, selector)
    }

    /// `user/update`.
    pub fn update_user(
        &mut self,
        selector: &Selector,
        disabled: Option<bool>,
        unlock: Option<bool>,
        phone: Option<String>,
    ) -> Result<User, Refusal> {
        self.users.update_user(selector, disabled, unlock, phone)
    }

    /// `user/profile/get`.
    pub fn get_user(&self, selector: &Selector) -> Result<User, Refusal> {
        self.users.get_user(selector)
    }

    /// `user/profile/update`: all edits or none.
    pub fn update_profile(
        &mut self,
        selector: &Selector,
        edits: BTreeMap<String, Option<String>>,
    ) -> Result<User, Refusal> {
        self.users.update_profile(selector, edits)
    }

    /// `user/authenticators/list`.
    pub fn authenticators(&self, selector: &Selector) -> Result<Vec<Authenticator>, Refusal> {
        self.users.authenticators(selector)
    }

    /// `user/authenticators/delete`.
    pub fn delete_authenticator(
        &mut self,
        selector: &Selector,
        authenticator_id: &str,
    ) -> Result<(), Refusal> {
        self.users.delete_authenticator(selector, authenticator_id)
    }

    /// `user/list`.
    pub fn list_users(&self, query: &ListQuery) -> Result<Page, Refusal> {
        self.users.list_users(query)
    }

    /// Emulator only: gives the user a password (and a `password` authenticator).
    pub fn set_password(&mut self, selector: &Selector, password: &str) -> Result<(), Refusal> {
        self.users.set_password(selector, password)
    }

    /// Emulator only: enrols another authenticator, returning it.
    pub fn add_authenticator(
        &mut self,
        selector: &Selector,
        kind: KnownAuthenticatorType,
    ) -> Result<Authenticator, Refusal> {
        self.users.add_authenticator(selector, kind)
    }

    /// Emulator only: mints a one-time login code, as a login flow would hand the callback.
    pub fn mint_login_code(&mut self, selector: &Selector) -> Result<String, Refusal> {
        self.users.mint_login_code(selector)
    }

    /// `client/userinfo`: trades a code (once) for the user's tokens.
    pub fn userinfo(&mut self, code: &str, ip: Option<String>) -> Result<Userinfo, Refusal> {
        self.users.userinfo(&mut self.sessions, code, ip)
    }

    /// `client/password/change`: checks the token, then the old password.
    pub fn change_password(&mut self, token: &str, old: &str, new: &str) -> Result<(), Refusal> {
        self.users.change_password(&self.sessions, token, old, new)
    }

    /// `user/password/expire`: the user's next login is refused until the password changes.
    pub fn expire_password(&mut self, id: &str) -> Result<(), Refusal> {
        self.users.expire_password(id)
    }

    /// `session/list` with this body (checked as the route checks it): its result.
    pub fn list_sessions(&self, body: &[u8]) -> Result<serde_json::Value, Refusal> {
        let req: crate::core::listing::ListRequest =
            crate::core::validate::parse(&sessions::spec::SESSION_LIST, body)?;
        sessions::page(&self.sessions, &req, None)
    }

    /// `user/invite/list` with this body (checked as the route checks it): its result.
    pub fn list_invites(&self, body: &[u8]) -> Result<serde_json::Value, Refusal> {
        let req: crate::core::listing::ListRequest =
            crate::core::validate::parse(&invites::spec::INVITE_LIST, body)?;
        self.invites.page(&req)
    }

    /// `user/invite` with this body (checked as the route checks it): the invite.
    pub fn invite(&mut self, body: &[u8]) -> Result<serde_json::Value, Refusal> {
        let req: invites::InviteBody = crate::core::validate::parse(&invites::spec::INVITE, body)?;
        self.invites.create(&self.users, req)
    }

    /// Every user, for checks against a model (tests, benchmarks).
    pub fn users(&self) -> Vec<User> {
        self.users.users()
    }

    /// Every authenticator of every user, with the owner's id.
    pub fn all_authenticators(&self) -> Vec<(String, Authenticator)> {
        self.users.all_authenticators()
    }
}
#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_joe() -> (Store, User) {
        let mut store = Store::new();
        let profile = BTreeMap::from([("first_name".to_string(), "Joe".to_string())]);
        let user = store
            .create_user("joe@example.com", Some("joe"), profile)
            .expect("created");
        (store, user)
    }

    #[test]
    fn emails_are_unique_case_insensitively_and_usernames_too() {
        let (mut store, _) = store_with_joe();
        let err = store
            .create_user("JOE@example.com", None, BTreeMap::new())
            .expect_err("dup");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "UserExists",
                ..
            }
        ));
        let err = store
            .create_user("other@example.com", Some("joe"), BTreeMap::new())
            .expect_err("dup");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "UserExists",
                ..
            }
        ));
        assert_eq!(store.user_count(), 1);
    }

    #[test]
    fn without_a_username_the_email_is_the_username() {
        let mut store = Store::new();
        let user = store
            .create_user("ann@example.com", None, BTreeMap::new())
            .expect("created");
        assert_eq!(user.username.as_deref(), Some("ann@example.com"));
        let found = store
            .get_user(&Selector::Username("ann@example.com".into()))
            .expect("found");
        assert_eq!(found.id, user.id);
        let err = store
            .create_user("bob@example.com", Some("ann@example.com"), BTreeMap::new())
            .expect_err("taken");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "UserExists",
                ..
            }
        ));
    }

    #[test]
    fn selectors_find_by_id_email_and_username() {
        let (store, joe) = store_with_joe();
        for selector in [
            Selector::Id(joe.id.clone()),
            Selector::Email("Joe@Example.com".into()),
            Selector::Username("joe".into()),
        ] {
            assert_eq!(store.get_user(&selector).expect("found").id, joe.id);
        }
        let err = store
            .get_user(&Selector::Id("pui_nope".into()))
            .expect_err("missing");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "UserNotFound",
                ..
            }
        ));
    }

    #[test]
    fn profile_edits_merge_and_null_deletes_but_not_first_name() {
        let (mut store, joe) = store_with_joe();
        let sel = Selector::Id(joe.id);
        let edits = BTreeMap::from([("nick".to_string(), Some("jo".to_string()))]);
        store.update_profile(&sel, edits).expect("set");
        let edits = BTreeMap::from([
            ("nick".to_string(), None),
            ("city".to_string(), Some("x".to_string())),
        ]);
        let user = store.update_profile(&sel, edits).expect("merge");
        assert_eq!(
            user.profile.0.get("first_name").map(String::as_str),
            Some("Joe")
        );
        assert!(!user.profile.0.contains_key("nick"));
        assert_eq!(user.profile.0.get("city").map(String::as_str), Some("x"));
        let edits = BTreeMap::from([("first_name".to_string(), None), ("city".to_string(), None)]);
        let err = store.update_profile(&sel, edits).expect_err("first_name");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "CantDeleteFirstName",
                ..
            }
        ));
        assert!(
            store
                .get_user(&sel)
                .expect("found")
                .profile
                .0
                .contains_key("city"),
            "nothing applied"
        );
    }

    #[test]
    fn login_code_works_once_and_password_change_checks_the_old_password() {
        let (mut store, joe) = store_with_joe();
        let sel = Selector::Id(joe.id.clone());
        store.set_password(&sel, "hunter2").expect("password");
        let code = store.mint_login_code(&sel).expect("code");
        let info = store
            .userinfo(&code, Some("127.0.0.1".into()))
            .expect("first use");
        let err = store.userinfo(&code, None).expect_err("second use");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "InvalidCode",
                ..
            }
        ));
        let token = info
            .active_token
            .expect("active")
            .token
            .expose_secret()
            .to_string();
        let err = store
            .change_password(&token, "wrong", "new")
            .expect_err("wrong old");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "AuthenticationFailure",
                ..
            }
        ));
        store
            .change_password(&token, "hunter2", "new")
            .expect("changed");
        store
            .change_password(&token, "new", "newer")
            .expect("new password works");
        assert_eq!(store.get_user(&sel).expect("found").login_count, Some(1));
    }

    #[test]
    fn deleting_a_user_removes_codes_tokens_and_authenticators() {
        let (mut store, joe) = store_with_joe();
        let sel = Selector::Id(joe.id.clone());
        store.set_password(&sel, "pw").expect("password");
        let first = store.mint_login_code(&sel).expect("code");
        let info = store.userinfo(&first, None).expect("logged in");
        let token = info.active_token.expect("active").token;
        let code = store.mint_login_code(&sel).expect("code");
        store.delete_user(&sel).expect("deleted");
        assert!(store.all_authenticators().is_empty());
        let left = store.snapshot();
        assert!(left.codes.is_empty(), "the unused code went with the user");
        assert!(left.sessions.is_empty(), "the session ended with the user");
        assert!(matches!(
            store.userinfo(&code, None),
            Err(Refusal::Status {
                status: "InvalidCode",
                ..
            })
        ));
        assert!(matches!(
            store.change_password(token.expose_secret(), "pw", "new"),
            Err(Refusal::Status {
                status: "InvalidToken",
                ..
            })
        ));
        store
            .create_user("joe@example.com", Some("joe"), BTreeMap::new())
            .expect("email free again");
    }

    #[test]
    fn disabled_users_cannot_log_in() {
        let (mut store, joe) = store_with_joe();
        let sel = Selector::Id(joe.id);
        let code = store.mint_login_code(&sel).expect("code");
        store
            .update_user(&sel, Some(true), None, None)
            .expect("disabled");
        let err = store.userinfo(&code, None).expect_err("disabled");
        assert!(matches!(
            err,
            Refusal::Status {
                status: "DisabledUser",
                ..
            }
        ));
    }
}
