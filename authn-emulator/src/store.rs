//! The emulator's state and business rules, with no HTTP in sight.
//!
//! One `Store` sits behind one mutex in the server, so every operation is atomic: a user is
//! never seen half-written, two creates cannot both take one email, and a delete removes the
//! user's authenticators, login codes and tokens with it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use authn_api::Timestamp;
use authn_api::types::{
    self, Authenticator, AuthenticatorType, KnownAuthenticatorType, KnownTokenType, LoginToken,
    TokenType, User, Userinfo,
};
use chrono::{DateTime, Duration, Utc};

use crate::ids::new_id;
use crate::list::{self, ListQuery, Page};
use crate::state::{self, CodeState, Snapshot, StateError, TokenState, UserState};

/// How long an active (user) token lives.
pub const ACTIVE_TOKEN_LIFE_SECS: i64 = 15 * 60;
/// How long a refresh (session) token lives.
pub const REFRESH_TOKEN_LIFE_SECS: i64 = 2 * 24 * 60 * 60;

/// Why the store refused an operation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// A business failure, reported with HTTP 200 and this status.
    Status {
        status: &'static str,
        summary: String,
    },
    /// The request is invalid (HTTP 400 `ValidationError`).
    Invalid(Vec<FieldProblem>),
}

impl std::fmt::Display for Refusal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Refusal::Status { status, summary } => write!(f, "{status}: {summary}"),
            Refusal::Invalid(problems) => {
                write!(f, "ValidationError")?;
                for p in problems {
                    write!(f, "; {} at {}: {}", p.code, p.source, p.detail)?;
                }
                Ok(())
            }
        }
    }
}

impl std::error::Error for Refusal {}

impl Refusal {
    pub(crate) fn status(status: &'static str, summary: impl Into<String>) -> Self {
        Refusal::Status {
            status,
            summary: summary.into(),
        }
    }
}

/// One entry of `result.errors`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldProblem {
    /// A code from Pangea's list (`FieldRequired`, `DoesNotMatchPattern`...).
    pub code: &'static str,
    /// The problem in words.
    pub detail: String,
    /// Where in the request, as a JSON pointer.
    pub source: String,
}

impl FieldProblem {
    pub(crate) fn new(
        code: &'static str,
        source: impl Into<String>,
        detail: impl Into<String>,
    ) -> Self {
        Self {
            code,
            detail: detail.into(),
            source: source.into(),
        }
    }
}

/// Selects a user, as the requests do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selector {
    /// By id.
    Id(String),
    /// By email address (case-insensitive).
    Email(String),
    /// By username.
    Username(String),
}

impl Selector {
    fn describe(&self) -> String {
        match self {
            Selector::Id(v) => format!("id {v}"),
            Selector::Email(v) => format!("email {v}"),
            Selector::Username(v) => format!("username {v}"),
        }
    }
}

impl From<types::UserSelector> for Selector {
    fn from(s: types::UserSelector) -> Self {
        match s {
            types::UserSelector::Id(v) => Selector::Id(v.into()),
            types::UserSelector::Email(v) => Selector::Email(v.into()),
            types::UserSelector::Username(v) => Selector::Username(v.into()),
        }
    }
}

/// A user and what only the emulator knows about them.
#[derive(Debug, Clone)]
pub(crate) struct UserRecord {
    pub user: User,
    pub password: Option<String>,
    pub authenticators: Vec<Authenticator>,
    /// Creation order, the final tie-break of every ordering.
    pub seq: u64,
}

#[derive(Debug, Clone)]
struct TokenRecord {
    user_id: String,
    expire: DateTime<Utc>,
}

/// Every user, code and token.
#[derive(Debug, Default)]
pub struct Store {
    /// Records are boxed, so a map sized for a million users holds pointers, not 400-byte
    /// records, in its buckets; the id is one shared string for this map and the two indexes.
    users: HashMap<Arc<str>, Box<UserRecord>>,
    by_email: HashMap<String, Arc<str>>,
    by_username: HashMap<String, Arc<str>>,
    codes: HashMap<String, String>,
    tokens: HashMap<String, TokenRecord>,
    next_seq: u64,
}

fn not_found(selector: &Selector) -> Refusal {
    Refusal::status(
        "UserNotFound",
        format!("There is no user with {}", selector.describe()),
    )
}

fn email_key(email: &str) -> String {
    email.to_ascii_lowercase()
}

impl Store {
    /// An empty store.
    pub fn new() -> Self {
        Self::default()
    }

    /// How many users there are.
    pub fn user_count(&self) -> usize {
        self.users.len()
    }

    fn id_of(&self, selector: &Selector) -> Result<String, Refusal> {
        let id = match selector {
            Selector::Id(id) => self.users.contains_key(id.as_str()).then(|| id.clone()),
            Selector::Email(email) => self
                .by_email
                .get(&email_key(email))
                .map(|id| id.to_string()),
            Selector::Username(name) => self.by_username.get(name).map(|id| id.to_string()),
        };
        id.ok_or_else(|| not_found(selector))
    }

    fn record(&self, selector: &Selector) -> Result<&UserRecord, Refusal> {
        let id = self.id_of(selector)?;
        self.users
            .get(id.as_str())
            .map(|record| &**record)
            .ok_or_else(|| not_found(selector))
    }

    fn record_mut(&mut self, selector: &Selector) -> Result<&mut UserRecord, Refusal> {
        let id = self.id_of(selector)?;
        self.users
            .get_mut(id.as_str())
            .map(|record| &mut **record)
            .ok_or_else(|| not_found(selector))
    }

    /// `user/create`. Without a username the email is also the username, as on Pangea ("email
    /// ... duplicated in the username field where necessary if not included in the request"):
    /// every user has one, and Pangea's SDKs require `username` in every user they decode.
    pub fn create_user(
        &mut self,
        email: &str,
        username: Option<&str>,
        profile: BTreeMap<String, String>,
    ) -> Result<User, Refusal> {
        if self.by_email.contains_key(&email_key(email)) {
            return Err(Refusal::status(
                "UserExists",
                format!("A user with email {email} already exists"),
            ));
        }
        let username = username.unwrap_or(email);
        if self.by_username.contains_key(username) {
            return Err(Refusal::status(
                "UserExists",
                format!("A user with username {username} already exists"),
            ));
        }
        let id = new_id("pui");
        let user = User {
            id: id.clone(),
            email: email.to_string(),
            username: Some(username.to_string()),
            phone: None,
            profile: types::Profile(profile),
            verified: false,
            disabled: Some(false),
            locked_out: Some(false),
            accepted_eula_id: None,
            accepted_privacy_policy_id: None,
            last_login_at: None,
            created_at: Some(Timestamp::now()),
            login_count: Some(0),
            last_login_ip: None,
            last_login_city: None,
            last_login_country: None,
            authenticators: Vec::new(),
            groups: Vec::new(),
        };
        self.next_seq += 1;
        let record = UserRecord {
            user: user.clone(),
            password: None,
            authenticators: Vec::new(),
            seq: self.next_seq,
        };
        let id: Arc<str> = Arc::from(id);
        self.by_email.insert(email_key(email), Arc::clone(&id));
        self.by_username
            .insert(username.to_string(), Arc::clone(&id));
        self.users.insert(id, Box::new(record));
        Ok(user)
    }

    /// `user/delete`: the user, their authenticators, codes and tokens go together.
    pub fn delete_user(&mut self, selector: &Selector) -> Result<(), Refusal> {
        let id = self.id_of(selector)?;
        let Some(record) = self.users.remove(id.as_str()) else {
            return Err(not_found(selector));
        };
        self.by_email.remove(&email_key(&record.user.email));
        if let Some(name) = &record.user.username {
            self.by_username.remove(name);
        }
        self.codes.retain(|_, user| *user != id);
        self.tokens.retain(|_, t| t.user_id != id);
        Ok(())
    }

    /// `user/update`.
    pub fn update_user(
        &mut self,
        selector: &Selector,
        disabled: Option<bool>,
        unlock: Option<bool>,
        phone: Option<String>,
    ) -> Result<User, Refusal> {
        let record = self.record_mut(selector)?;
        if let Some(disabled) = disabled {
            record.user.disabled = Some(disabled);
        }
        if unlock == Some(true) {
            record.user.locked_out = Some(false);
        }
        if let Some(phone) = phone {
            record.user.phone = Some(phone);
        }
        Ok(record.user.clone())
    }

    /// `user/profile/get`.
    pub fn get_user(&self, selector: &Selector) -> Result<User, Refusal> {
        Ok(self.record(selector)?.user.clone())
    }

    /// `user/profile/update`: all edits or none.
    pub fn update_profile(
        &mut self,
        selector: &Selector,
        edits: BTreeMap<String, Option<String>>,
    ) -> Result<User, Refusal> {
        let record = self.record_mut(selector)?;
        let removes = |key: &str| edits.get(key).is_some_and(Option::is_none);
        if removes("first_name") {
            return Err(Refusal::status(
                "CantDeleteFirstName",
                "The first_name field of a profile cannot be deleted",
            ));
        }
        if removes("last_name") {
            return Err(Refusal::status(
                "CantDeleteLastName",
                "The last_name field of a profile cannot be deleted",
            ));
        }
        let sms = record.authenticators.iter().any(|a| {
            a.type_ == AuthenticatorType::KnownAuthenticatorType(KnownAuthenticatorType::SmsOtp)
        });
        if removes("phone") && sms {
            return Err(Refusal::status(
                "CantDeletePhone",
                "The phone field cannot be deleted while SMS OTP is enabled",
            ));
        }
        for (key, value) in edits {
            match value {
                Some(value) => record.user.profile.0.insert(key, value),
                None => record.user.profile.0.remove(&key),
            };
        }
        Ok(record.user.clone())
    }

    /// `user/authenticators/list`.
    pub fn authenticators(&self, selector: &Selector) -> Result<Vec<Authenticator>, Refusal> {
        Ok(self.record(selector)?.authenticators.clone())
    }

    /// `user/authenticators/delete`.
    pub fn delete_authenticator(
        &mut self,
        selector: &Selector,
        authenticator_id: &str,
    ) -> Result<(), Refusal> {
        let record = self.record_mut(selector)?;
        let before = record.authenticators.len();
        let removed_password = record.authenticators.iter().any(|a| {
            a.id == authenticator_id
                && a.type_
                    == AuthenticatorType::KnownAuthenticatorType(KnownAuthenticatorType::Password)
        });
        record.authenticators.retain(|a| a.id != authenticator_id);
        if record.authenticators.len() == before {
            return Err(Refusal::status(
                "AuthenticatorNotFound",
                format!("The user has no authenticator {authenticator_id}"),
            ));
        }
        if removed_password {
            record.password = None;
        }
        Ok(())
    }

    /// `user/list`.
    pub fn list_users(&self, query: &ListQuery) -> Result<Page, Refusal> {
        list::page(self.users.values().map(|record| &**record), query)
    }

    /// Emulator only: gives the user a password (and a `password` authenticator).
    pub fn set_password(&mut self, selector: &Selector, password: &str) -> Result<(), Refusal> {
        let record = self.record_mut(selector)?;
        record.password = Some(password.to_string());
        let has = record.authenticators.iter().any(|a| {
            a.type_ == AuthenticatorType::KnownAuthenticatorType(KnownAuthenticatorType::Password)
        });
        if !has {
            record
                .authenticators
                .push(new_authenticator(KnownAuthenticatorType::Password));
        }
        Ok(())
    }

    /// Emulator only: enrols another authenticator, returning it.
    pub fn add_authenticator(
        &mut self,
        selector: &Selector,
        kind: KnownAuthenticatorType,
    ) -> Result<Authenticator, Refusal> {
        let record = self.record_mut(selector)?;
        let authenticator = new_authenticator(kind);
        record.authenticators.push(authenticator.clone());
        Ok(authenticator)
    }

    /// Emulator only: mints a one-time login code, as a login flow would hand the callback.
    pub fn mint_login_code(&mut self, selector: &Selector) -> Result<String, Refusal> {
        let id = self.id_of(selector)?;
        let code = new_id("pmc");
        self.codes.insert(code.clone(), id);
        Ok(code)
    }

    /// `client/userinfo`: trades a code (once) for the user's tokens.
    pub fn userinfo(&mut self, code: &str, ip: Option<String>) -> Result<Userinfo, Refusal> {
        let Some(user_id) = self.codes.remove(code) else {
            return Err(Refusal::status(
                "InvalidCode",
                "The login code is unknown or was already used",
            ));
        };
        let Some(record) = self.users.get_mut(user_id.as_str()) else {
            return Err(Refusal::status(
                "InvalidCode",
                "The login code is unknown or was already used",
            ));
        };
        if record.user.disabled == Some(true) {
            return Err(Refusal::status("DisabledUser", "The user is disabled"));
        }
        let now = Utc::now();
        record.user.login_count = Some(record.user.login_count.unwrap_or(0) + 1);
        record.user.last_login_at = Some(now.into());
        if ip.is_some() {
            record.user.last_login_ip = ip;
        }
        let user = record.user.clone();
        let active = login_token(
            &user,
            "ptu",
            KnownTokenType::User,
            ACTIVE_TOKEN_LIFE_SECS,
            now,
        );
        let refresh = login_token(
            &user,
            "ptr",
            KnownTokenType::Session,
            REFRESH_TOKEN_LIFE_SECS,
            now,
        );
        for token in [&active, &refresh] {
            self.tokens.insert(
                token.token.expose_secret().to_string(),
                TokenRecord {
                    user_id: user.id.clone(),
                    expire: token.expire.into_inner(),
                },
            );
        }
        Ok(Userinfo {
            active_token: Some(active),
            refresh_token: refresh,
        })
    }

    /// `client/password/change`: checks the token, then the old password.
    pub fn change_password(&mut self, token: &str, old: &str, new: &str) -> Result<(), Refusal> {
        let Some(found) = self.tokens.get(token).cloned() else {
            return Err(Refusal::status("InvalidToken", "The user token is unknown"));
        };
        if found.expire <= Utc::now() {
            return Err(Refusal::status(
                "ExpiredToken",
                "The user token has expired",
            ));
        }
        let Some(record) = self.users.get_mut(found.user_id.as_str()) else {
            return Err(Refusal::status("InvalidToken", "The user token is unknown"));
        };
        if record.user.disabled == Some(true) {
            return Err(Refusal::status("DisabledUser", "The user is disabled"));
        }
        match &record.password {
            None => Err(Refusal::status(
                "CantSetPassword",
                "The user does not use a password",
            )),
            Some(current) if current != old => Err(Refusal::status(
                "AuthenticationFailure",
                "The old password is not correct",
            )),
            Some(_) => {
                record.password = Some(new.to_string());
                Ok(())
            }
        }
    }

    /// Everything, for the state file: users in creation order, codes and tokens sorted.
    pub(crate) fn snapshot(&self) -> Snapshot {
        let mut records: Vec<&UserRecord> = self.users.values().map(|r| &**r).collect();
        records.sort_by_key(|r| r.seq);
        let users = records
            .into_iter()
            .map(|r| UserState {
                user: r.user.clone(),
                password: r.password.clone(),
                authenticators: r.authenticators.clone(),
                seq: r.seq,
            })
            .collect();
        let mut codes: Vec<CodeState> = self
            .codes
            .iter()
            .map(|(code, user_id)| CodeState {
                code: code.clone(),
                user_id: user_id.clone(),
            })
            .collect();
        codes.sort();
        let mut tokens: Vec<TokenState> = self
            .tokens
            .iter()
            .map(|(token, t)| TokenState {
                token: token.clone(),
                user_id: t.user_id.clone(),
                expire: t.expire,
            })
            .collect();
        tokens.sort();
        Snapshot::new(users, codes, tokens, self.next_seq)
    }

    /// The store a state file describes, refused if it could not have come from a store.
    pub(crate) fn restore(path: &std::path::Path, snapshot: Snapshot) -> Result<Self, StateError> {
        let bad = |problem: &str| state::inconsistent(path, problem);
        let mut store = Store {
            next_seq: snapshot.next_seq,
            ..Store::default()
        };
        for user in snapshot.users {
            if user.seq == 0 || user.seq > snapshot.next_seq {
                return Err(bad("a user's creation number is beyond next_seq"));
            }
            let id: Arc<str> = Arc::from(user.user.id.as_str());
            if store.users.contains_key(&id) {
                return Err(bad(&format!("two users have the id {id}")));
            }
            let email = email_key(&user.user.email);
            if store.by_email.insert(email, Arc::clone(&id)).is_some() {
                return Err(bad(&format!(
                    "two users have the email {}",
                    user.user.email
                )));
            }
            if let Some(name) = &user.user.username
                && store
                    .by_username
                    .insert(name.clone(), Arc::clone(&id))
                    .is_some()
            {
                return Err(bad(&format!("two users have the username {name}")));
            }
            store.users.insert(
                id,
                Box::new(UserRecord {
                    user: user.user,
                    password: user.password,
                    authenticators: user.authenticators,
                    seq: user.seq,
                }),
            );
        }
        // Codes and tokens are secrets: the messages do not quote them.
        for code in snapshot.codes {
            if !store.users.contains_key(code.user_id.as_str()) {
                return Err(bad("a login code belongs to no user"));
            }
            store.codes.insert(code.code, code.user_id);
        }
        for token in snapshot.tokens {
            if !store.users.contains_key(token.user_id.as_str()) {
                return Err(bad("a token belongs to no user"));
            }
            store.tokens.insert(
                token.token,
                TokenRecord {
                    user_id: token.user_id,
                    expire: token.expire,
                },
            );
        }
        Ok(store)
    }

    /// Every user, for checks against a model (tests, benchmarks).
    pub fn users(&self) -> Vec<User> {
        let mut records: Vec<&UserRecord> = self.users.values().map(|r| &**r).collect();
        records.sort_by_key(|r| r.seq);
        records.into_iter().map(|r| r.user.clone()).collect()
    }

    /// Every authenticator of every user, with the owner's id.
    pub fn all_authenticators(&self) -> Vec<(String, Authenticator)> {
        self.users
            .values()
            .flat_map(|r| {
                r.authenticators
                    .iter()
                    .map(|a| (r.user.id.clone(), a.clone()))
            })
            .collect()
    }
}

fn new_authenticator(kind: KnownAuthenticatorType) -> Authenticator {
    let now = Utc::now();
    Authenticator {
        id: new_id("pau"),
        type_: AuthenticatorType::KnownAuthenticatorType(kind),
        enabled: true,
        provider: None,
        provider_name: None,
        rpid: None,
        state: Some("active".to_string()),
        phase: Some("primary".to_string()),
        enrolling_browser: Some("authn-emulator".to_string()),
        enrolling_ip: Some("127.0.0.1".to_string()),
        created_at: now.into(),
        updated_at: now.into(),
    }
}

fn login_token(
    user: &User,
    prefix: &str,
    kind: KnownTokenType,
    life: i64,
    now: DateTime<Utc>,
) -> LoginToken {
    let value = new_id(prefix);
    LoginToken {
        token: authn_api::strings::TokenValue::new(value).unwrap_or_else(|_| unreachable_token()),
        id: new_id("pmt"),
        type_: TokenType::KnownTokenType(kind),
        life,
        expire: (now + Duration::seconds(life)).into(),
        enabled: Some(true),
        identity: user.id.clone(),
        email: user.email.clone(),
        scopes: Vec::new(),
        profile: user.profile.clone(),
        created_at: now.into(),
        intelligence: None,
        audience: None,
        client_id: None,
        claims: serde_json::Map::new(),
    }
}

/// `TokenValue` has no pattern, so `new` cannot fail; this keeps `unwrap` out of the code.
#[cold]
fn unreachable_token() -> authn_api::strings::TokenValue {
    match authn_api::strings::TokenValue::new(String::new()) {
        Ok(token) => token,
        Err(_) => unreachable!("TokenValue accepts every string"),
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
        let code = store.mint_login_code(&sel).expect("code");
        store.delete_user(&sel).expect("deleted");
        assert!(store.all_authenticators().is_empty());
        assert!(store.userinfo(&code, None).is_err());
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
