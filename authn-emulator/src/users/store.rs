//! The users' state and business rules, with no HTTP in sight.
//!
//! The users sit in the one store behind one mutex, so every operation is atomic: a user is
//! never seen half-written, two creates cannot both take one email, and a delete removes the
//! user's authenticators, login codes and sessions with it.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use crate::core::answer::clock;
use authn_api::Timestamp;
use authn_api::types::{
    self, Authenticator, AuthenticatorType, KnownAuthenticatorType, User, Userinfo,
};
use serde::{Deserialize, Serialize};

use super::list::{self, ListQuery, Page};
use super::record::UserRecord;
use crate::core::Refusal;
use crate::core::ids::new_id;
use crate::core::persist::{self, StateError};
use crate::sessions::{Account, Directory, Sessions};

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

/// Every user and login code.
#[derive(Debug, Default)]
pub(crate) struct Users {
    /// Records are boxed, so a map sized for a million users holds pointers, not 400-byte
    /// records, in its buckets; the id is one shared string for this map and the two indexes.
    users: HashMap<Arc<str>, Box<UserRecord>>,
    by_email: HashMap<String, Arc<str>>,
    by_username: HashMap<String, Arc<str>>,
    codes: HashMap<String, String>,
    next_seq: u64,
}

/// The users as the state file keeps them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Saved {
    /// Users in creation order.
    pub users: Vec<UserState>,
    /// Unused login codes, sorted.
    pub codes: Vec<CodeState>,
    /// The creation number of the last user created (deleted ones included).
    pub next_seq: u64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct UserState {
    pub user: User,
    pub password: Option<String>,
    pub authenticators: Vec<Authenticator>,
    pub seq: u64,
    /// Absent in version 1 files.
    #[serde(default)]
    pub password_expired: bool,
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct CodeState {
    pub code: String,
    pub user_id: String,
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

impl Users {
    /// Whether a user has this email (case-insensitively).
    pub fn email_taken(&self, email: &str) -> bool {
        self.by_email.contains_key(&email_key(email))
    }

    /// Whether a user has this id.
    pub fn exists(&self, id: &str) -> bool {
        self.users.contains_key(id)
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
            created_at: Some(Timestamp::from(clock())),
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
            password_expired: false,
        };
        let id: Arc<str> = Arc::from(id);
        self.by_email.insert(email_key(email), Arc::clone(&id));
        self.by_username
            .insert(username.to_string(), Arc::clone(&id));
        self.users.insert(id, Box::new(record));
        Ok(user)
    }

    /// `user/delete`: the user, their authenticators, codes and sessions go together.
    pub fn delete_user(
        &mut self,
        sessions: &mut Sessions,
        selector: &Selector,
    ) -> Result<(), Refusal> {
        let id = self.id_of(selector)?;
        let Some(record) = self.users.remove(id.as_str()) else {
            return Err(not_found(selector));
        };
        self.by_email.remove(&email_key(&record.user.email));
        if let Some(name) = &record.user.username {
            self.by_username.remove(name);
        }
        self.codes.retain(|_, user| *user != id);
        sessions.end_user(&id);
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
        record.password_expired = false;
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
    pub fn userinfo(
        &mut self,
        sessions: &mut Sessions,
        code: &str,
        ip: Option<String>,
    ) -> Result<Userinfo, Refusal> {
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
        if record.password_expired {
            return Err(Refusal::status(
                "PasswordExpired",
                "The user's password has expired and must be changed before the next login",
            ));
        }
        let now = clock();
        let info = match sessions.login(&account(record), now) {
            Ok(info) => info,
            Err(refusal) => {
                // No session was opened (signing failed): the code is not used up.
                self.codes.insert(code.to_string(), user_id);
                return Err(refusal);
            }
        };
        record.user.login_count = Some(record.user.login_count.unwrap_or(0).saturating_add(1));
        record.user.last_login_at = Some(now.into());
        if ip.is_some() {
            record.user.last_login_ip = ip;
        }
        Ok(info)
    }

    /// `user/password/expire`: the user's next login is refused until the password changes.
    pub fn expire_password(&mut self, id: &str) -> Result<(), Refusal> {
        let selector = Selector::Id(id.to_string());
        self.record_mut(&selector)?.password_expired = true;
        Ok(())
    }

    /// `client/password/change`: checks the token, then the old password.
    pub fn change_password(
        &mut self,
        sessions: &Sessions,
        token: &str,
        old: &str,
        new: &str,
    ) -> Result<(), Refusal> {
        let user_id = sessions.user_of(token, self, clock())?;
        let Some(record) = self.users.get_mut(user_id.as_str()) else {
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
                record.password_expired = false;
                Ok(())
            }
        }
    }

    /// Everything, for the state file: users in creation order, codes sorted.
    pub(crate) fn save(&self) -> Saved {
        let mut records: Vec<&UserRecord> = self.users.values().map(|r| &**r).collect();
        records.sort_by_key(|r| r.seq);
        let users = records
            .into_iter()
            .map(|r| UserState {
                user: r.user.clone(),
                password: r.password.clone(),
                password_expired: r.password_expired,
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
        Saved {
            users,
            codes,
            next_seq: self.next_seq,
        }
    }

    /// The store a state file describes, refused if it could not have come from a store.
    pub(crate) fn restore(path: &std::path::Path, snapshot: Saved) -> Result<Self, StateError> {
        let bad = |problem: &str| persist::inconsistent(path, problem);
        let mut store = Users {
            next_seq: snapshot.next_seq,
            ..Users::default()
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
                    password_expired: user.password_expired,
                    authenticators: user.authenticators,
                    seq: user.seq,
                }),
            );
        }
        // Codes are secrets: the messages do not quote them.
        for code in snapshot.codes {
            if !store.users.contains_key(code.user_id.as_str()) {
                return Err(bad("a login code belongs to no user"));
            }
            store.codes.insert(code.code, code.user_id);
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

/// What the sessions see of a user.
fn account(record: &UserRecord) -> Account<'_> {
    Account {
        id: &record.user.id,
        email: &record.user.email,
        username: record.user.username.as_deref(),
        profile: &record.user.profile.0,
        disabled: record.user.disabled == Some(true),
    }
}

impl Directory for Users {
    fn account(&self, user_id: &str) -> Option<Account<'_>> {
        self.users.get(user_id).map(|r| account(r))
    }
}

fn new_authenticator(kind: KnownAuthenticatorType) -> Authenticator {
    let now = clock();
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
