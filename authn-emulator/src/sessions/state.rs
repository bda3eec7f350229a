//! Sessions and their tokens, on the emulator's clock.
//!
//! A login (`client/userinfo`) opens a session: a refresh token (`ptr_`, type `session`, whose
//! `id` is the session's id) and an active token (`ptu_`, or a JWT in JWT mode, type `user`).
//! A refresh rotates both: the old refresh token is spent (`CantRefreshToken` from then on)
//! and the old active token ends. Logout and invalidation end a session and every token of it.
//! The session expires with its refresh token.

use std::collections::{BTreeMap, HashMap};
use std::time::Duration as StdDuration;

use authn_api::types::{KnownTokenType, LoginToken, TokenType, Userinfo};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use super::keys::{Keys, Verified};
use super::{Account, Directory};
use crate::core::Refusal;
use crate::core::ids::new_id;

/// The default life of an active (user) token.
pub const ACTIVE_TOKEN_LIFE: StdDuration = StdDuration::from_secs(15 * 60);
/// The default life of a refresh token, and so of a session.
pub const REFRESH_TOKEN_LIFE: StdDuration = StdDuration::from_secs(2 * 24 * 60 * 60);

/// How tokens are issued: set from the configuration at start, and by `/_emulator/tokens`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub(crate) struct Settings {
    /// The life of an active token.
    #[serde(rename = "active_life_ms", serialize_with = "millis")]
    pub active_life: StdDuration,
    /// The life of a refresh token.
    #[serde(rename = "refresh_life_ms", serialize_with = "millis")]
    pub refresh_life: StdDuration,
    /// Whether active tokens are ES256 JWTs rather than `ptu_` tokens.
    pub jwt: bool,
    /// The `iss` of the JWTs: the emulator's base URL.
    #[serde(skip)]
    pub issuer: String,
}

fn millis<S: serde::Serializer>(d: &StdDuration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_u64(u64::try_from(d.as_millis()).unwrap_or(u64::MAX))
}

impl Default for Settings {
    fn default() -> Self {
        Self {
            active_life: ACTIVE_TOKEN_LIFE,
            refresh_life: REFRESH_TOKEN_LIFE,
            jwt: false,
            issuer: String::new(),
        }
    }
}

/// A token issued for a session. Its value is a secret: `Debug` leaves it out.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Issued {
    pub token: String,
    pub id: String,
    pub created_at: DateTime<Utc>,
    pub expire: DateTime<Utc>,
}

impl std::fmt::Debug for Issued {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Issued")
            .field("id", &self.id)
            .field("expire", &self.expire)
            .finish_non_exhaustive()
    }
}

impl Issued {
    /// Its life in whole seconds, at least 1 (the description's minimum), rounded up.
    fn life(&self) -> i64 {
        let ms = (self.expire - self.created_at).num_milliseconds();
        ((ms + 999) / 1000).max(1)
    }
}

/// One login session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Session {
    /// `pmt_...`: also the `id` of its refresh token.
    pub id: String,
    /// Creation order, the final tie-break of every ordering.
    pub seq: u64,
    pub user_id: String,
    /// The user's email, username and profile when the session was opened or last refreshed.
    pub email: String,
    pub username: Option<String>,
    pub profile: BTreeMap<String, String>,
    pub created_at: DateTime<Utc>,
    pub refresh: Issued,
    pub active: Option<Issued>,
}

impl Session {
    pub fn expire(&self) -> DateTime<Utc> {
        self.refresh.expire
    }
}

/// Which token of a session a value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Which {
    Active,
    Refresh,
}

/// Every session, its tokens, and the signing keys.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    sessions: HashMap<String, Session>,
    /// Token value -> its session and which token it is.
    tokens: HashMap<String, (String, Which)>,
    /// Refresh tokens already refreshed -> their session.
    spent: HashMap<String, String>,
    next_seq: u64,
    pub settings: Settings,
    pub keys: Keys,
}

/// A spent refresh token, as the state file keeps it.
#[derive(Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SpentState {
    pub token: String,
    pub session_id: String,
}

impl std::fmt::Debug for SpentState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SpentState")
            .field("session_id", &self.session_id)
            .finish_non_exhaustive()
    }
}

/// The sessions as the state file keeps them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Saved {
    /// In creation order.
    pub sessions: Vec<Session>,
    /// Sorted.
    pub spent: Vec<SpentState>,
    pub next_seq: u64,
    pub keys: Vec<super::keys::SigningKey>,
    pub keys_made: u32,
}

fn invalid_token() -> Refusal {
    Refusal::status(
        "InvalidToken",
        "The token is unknown or its session has ended",
    )
}

fn expired_token() -> Refusal {
    Refusal::status("ExpiredToken", "The token has expired")
}

fn disabled() -> Refusal {
    Refusal::status("DisabledUser", "The user is disabled")
}

/// When a token issued at `now` for `life` expires: `now + life`, or the last instant chrono
/// can hold when that is later (`DateTime + Duration` panics past it; a lifetime of "forever"
/// is a test's natural choice).
fn expiry(now: DateTime<Utc>, life: StdDuration) -> DateTime<Utc> {
    Duration::from_std(life)
        .ok()
        .and_then(|life| now.checked_add_signed(life))
        .unwrap_or(DateTime::<Utc>::MAX_UTC)
}

impl Sessions {
    /// Opens a session for `account`: its refresh and active tokens.
    pub fn login(
        &mut self,
        account: &Account<'_>,
        now: DateTime<Utc>,
    ) -> Result<Userinfo, Refusal> {
        let id = new_id("pmt");
        let refresh = Issued {
            token: new_id("ptr"),
            id: id.clone(),
            created_at: now,
            expire: expiry(now, self.settings.refresh_life),
        };
        let active = self.issue_active(account, now)?;
        let session = self.open(account, now, refresh, Some(active));
        Ok(self.credentials(&session))
    }

    /// Adds a session of `account` with these tokens; returns a copy.
    fn open(
        &mut self,
        account: &Account<'_>,
        created_at: DateTime<Utc>,
        refresh: Issued,
        active: Option<Issued>,
    ) -> Session {
        self.next_seq += 1;
        let session = Session {
            id: refresh.id.clone(),
            seq: self.next_seq,
            user_id: account.id.to_string(),
            email: account.email.to_string(),
            username: account.username.map(str::to_string),
            profile: account.profile.clone(),
            created_at,
            refresh,
            active,
        };
        self.index(&session);
        self.sessions.insert(session.id.clone(), session.clone());
        session
    }

    fn index(&mut self, session: &Session) {
        self.tokens.insert(
            session.refresh.token.clone(),
            (session.id.clone(), Which::Refresh),
        );
        if let Some(active) = &session.active {
            self.tokens
                .insert(active.token.clone(), (session.id.clone(), Which::Active));
        }
    }

    /// A new active token: `ptu_`, or a JWT signed by the current key.
    fn issue_active(
        &mut self,
        account: &Account<'_>,
        now: DateTime<Utc>,
    ) -> Result<Issued, Refusal> {
        let id = new_id("pmt");
        let expire = expiry(now, self.settings.active_life);
        let token = if self.settings.jwt {
            // `exp` is rounded up, so that no verifier sees a token expired before the
            // emulator does.
            let exp = expire.timestamp() + i64::from(expire.timestamp_subsec_nanos() > 0);
            self.keys.sign(&json!({
                "iss": self.settings.issuer,
                "sub": account.id,
                "email": account.email,
                "username": account.username,
                // Flat keys with a dot in their names: Pangea's React client reads
                // `payload["pangea.profile"]`, not a nested object.
                "pangea.profile": account.profile,
                "pangea.claims": {},
                "iat": now.timestamp(),
                "exp": exp,
                "jti": id,
            }))?
        } else {
            new_id("ptu")
        };
        Ok(Issued {
            token,
            id,
            created_at: now,
            expire,
        })
    }

    /// The `authn-session-info-creds` of a session: its active and refresh tokens.
    fn credentials(&self, session: &Session) -> Userinfo {
        Userinfo {
            active_token: session
                .active
                .as_ref()
                .map(|a| login_token(session, a, KnownTokenType::User)),
            refresh_token: login_token(session, &session.refresh, KnownTokenType::Session),
        }
    }

    /// The session and token a value belongs to, live or expired; `InvalidToken` otherwise.
    fn find(&self, token: &str) -> Result<(&Session, &Issued, Which), Refusal> {
        let (session_id, which) = self.tokens.get(token).ok_or_else(invalid_token)?;
        let session = self.sessions.get(session_id).ok_or_else(invalid_token)?;
        let issued = match which {
            Which::Refresh => Some(&session.refresh),
            Which::Active => session.active.as_ref(),
        }
        .ok_or_else(invalid_token)?;
        Ok((session, issued, *which))
    }

    /// The session of a live active token of an enabled user.
    pub fn live_active(
        &self,
        token: &str,
        directory: &dyn Directory,
        now: DateTime<Utc>,
    ) -> Result<&Session, Refusal> {
        let (session, issued, which) = match self.find(token) {
            Ok(found) => found,
            Err(refusal) => return Err(self.unknown_jwt(token).unwrap_or(refusal)),
        };
        if which != Which::Active {
            return Err(invalid_token());
        }
        if issued.expire <= now {
            return Err(expired_token());
        }
        match directory.account(&session.user_id) {
            None => Err(invalid_token()),
            Some(account) if account.disabled => Err(disabled()),
            Some(_) => Ok(session),
        }
    }

    /// A JWT the emulator did not issue (or no longer has) but whose signature a published key
    /// verifies and whose `exp` has passed, as `Emulator::sign_jwt` makes them: `ExpiredToken`.
    fn unknown_jwt(&self, token: &str) -> Option<Refusal> {
        (token.contains('.') && self.keys.verify(token) == Verified::Expired).then(expired_token)
    }

    /// The user a live active token belongs to, for `client/password/change`.
    pub fn user_of(
        &self,
        token: &str,
        directory: &dyn Directory,
        now: DateTime<Utc>,
    ) -> Result<String, Refusal> {
        self.live_active(token, directory, now)
            .map(|s| s.user_id.clone())
    }

    /// `client/token/check`: the `authn-token-info-nocreds` of a live token (active or
    /// refresh).
    pub fn check(
        &self,
        token: &str,
        directory: &dyn Directory,
        now: DateTime<Utc>,
    ) -> Result<Value, Refusal> {
        let (session, issued, which) = match self.find(token) {
            Ok(found) => found,
            Err(refusal) => return Err(self.unknown_jwt(token).unwrap_or(refusal)),
        };
        if issued.expire <= now {
            return Err(expired_token());
        }
        match directory.account(&session.user_id) {
            None => return Err(invalid_token()),
            Some(account) if account.disabled => return Err(disabled()),
            Some(_) => {}
        }
        let kind = match which {
            Which::Active => KnownTokenType::User,
            Which::Refresh => KnownTokenType::Session,
        };
        Ok(token_info(session, issued, kind))
    }

    /// `client/session/refresh`: rotates the session's tokens.
    pub fn refresh(
        &mut self,
        refresh_token: &str,
        user_token: Option<&str>,
        directory: &dyn Directory,
        now: DateTime<Utc>,
    ) -> Result<Userinfo, Refusal> {
        if self.spent.contains_key(refresh_token) {
            return Err(Refusal::status(
                "CantRefreshToken",
                "The refresh token was already refreshed",
            ));
        }
        let (session, issued, which) = self.find(refresh_token)?;
        if which != Which::Refresh {
            return Err(invalid_token());
        }
        if issued.expire <= now {
            return Err(expired_token());
        }
        // The user token, when given, must be the session's current one (expired or not).
        if let Some(user_token) = user_token
            && session
                .active
                .as_ref()
                .is_none_or(|a| a.token != user_token)
        {
            return Err(Refusal::status(
                "InvalidToken",
                "The user token is not the active token of this refresh token's session",
            ));
        }
        let session_id = session.id.clone();
        let account = match directory.account(&session.user_id) {
            None => return Err(invalid_token()),
            Some(account) if account.disabled => return Err(disabled()),
            Some(account) => account,
        };
        let active = self.issue_active(&account, now)?;
        let Some(session) = self.sessions.get_mut(&session_id) else {
            return Err(invalid_token());
        };
        session.email = account.email.to_string();
        session.username = account.username.map(str::to_string);
        session.profile = account.profile.clone();
        let refresh = Issued {
            token: new_id("ptr"),
            id: session_id.clone(),
            created_at: now,
            expire: expiry(now, self.settings.refresh_life),
        };
        let old_refresh = std::mem::replace(&mut session.refresh, refresh);
        let old_active = session.active.replace(active);
        let session = session.clone();
        self.tokens.remove(&old_refresh.token);
        if let Some(old) = old_active {
            self.tokens.remove(&old.token);
        }
        self.spent.insert(old_refresh.token, session_id);
        self.index(&session);
        Ok(self.credentials(&session))
    }

    /// Ends a session and every token of it; `false` if there is none with this id.
    pub fn end(&mut self, session_id: &str) -> bool {
        let Some(session) = self.sessions.remove(session_id) else {
            return false;
        };
        self.tokens.remove(&session.refresh.token);
        if let Some(active) = &session.active {
            self.tokens.remove(&active.token);
        }
        self.spent.retain(|_, s| s != session_id);
        true
    }

    /// Ends every session of a user.
    pub fn end_user(&mut self, user_id: &str) {
        let ids: Vec<String> = self
            .sessions
            .values()
            .filter(|s| s.user_id == user_id)
            .map(|s| s.id.clone())
            .collect();
        for id in ids {
            self.end(&id);
        }
    }

    /// The session with this id.
    pub fn get(&self, session_id: &str) -> Option<&Session> {
        self.sessions.get(session_id)
    }

    /// The sessions not yet expired, each with its creation number.
    pub fn live(&self, now: DateTime<Utc>) -> impl Iterator<Item = (&Session, u64)> {
        self.sessions
            .values()
            .filter(move |s| s.expire() > now)
            .map(|s| (s, s.seq))
    }

    /// How many sessions there are, expired ones included.
    pub fn count(&self) -> usize {
        self.sessions.len()
    }

    /// Everything, for the state file.
    pub fn save(&self) -> Saved {
        let mut sessions: Vec<Session> = self.sessions.values().cloned().collect();
        sessions.sort_by_key(|s| s.seq);
        let mut spent: Vec<SpentState> = self
            .spent
            .iter()
            .map(|(token, session_id)| SpentState {
                token: token.clone(),
                session_id: session_id.clone(),
            })
            .collect();
        spent.sort();
        let (keys, keys_made) = self.keys.save();
        Saved {
            sessions,
            spent,
            next_seq: self.next_seq,
            keys,
            keys_made,
        }
    }

    /// The sessions of a state file, each of a user for whom `known` holds; the problem in
    /// words otherwise (never quoting a token).
    pub fn restore(saved: Saved, known: impl Fn(&str) -> bool) -> Result<Self, &'static str> {
        let mut sessions = Sessions {
            next_seq: saved.next_seq,
            ..Sessions::default()
        };
        for session in saved.sessions {
            if !known(&session.user_id) {
                return Err("a session belongs to no user");
            }
            if session.seq == 0 || session.seq > saved.next_seq {
                return Err("a session's creation number is beyond the sessions' next_seq");
            }
            if sessions.sessions.contains_key(&session.id) || session.refresh.id != session.id {
                return Err("two sessions have one id, or a refresh token another session's id");
            }
            let values = std::iter::once(&session.refresh.token)
                .chain(session.active.as_ref().map(|a| &a.token));
            if values.into_iter().any(|t| sessions.tokens.contains_key(t)) {
                return Err("two tokens have one value");
            }
            sessions.index(&session);
            sessions.sessions.insert(session.id.clone(), session);
        }
        for spent in saved.spent {
            if !sessions.sessions.contains_key(&spent.session_id) {
                return Err("a spent refresh token belongs to no session");
            }
            sessions.spent.insert(spent.token, spent.session_id);
        }
        if !saved.keys.iter().all(super::keys::SigningKey::is_sound) {
            return Err("a signing key is not a P-256 key matching its coordinates");
        }
        sessions.keys = Keys::restore(saved.keys, saved.keys_made);
        Ok(sessions)
    }

    /// A token of a version 1 state file (before sessions): a session of its own, holding it as
    /// its active token (`ptu_`) or its refresh token (`ptr_`).
    pub fn adopt_legacy(
        &mut self,
        token: String,
        account: &Account<'_>,
        expire: DateTime<Utc>,
    ) -> Result<(), &'static str> {
        if self.tokens.contains_key(&token) {
            return Err("two tokens have one value");
        }
        let id = new_id("pmt");
        let issued = |token: String, id: String| Issued {
            token,
            id,
            created_at: expire
                .checked_sub_signed(Duration::seconds(1))
                .unwrap_or(expire),
            expire,
        };
        let (refresh, active) = if token.starts_with("ptr_") {
            (issued(token, id.clone()), None)
        } else {
            // The session's own refresh token is never handed out: only the active one was.
            (
                issued(new_id("ptr"), id.clone()),
                Some(issued(token, new_id("pmt"))),
            )
        };
        self.open(account, refresh.created_at, refresh, active);
        Ok(())
    }
}

fn login_token(session: &Session, issued: &Issued, kind: KnownTokenType) -> LoginToken {
    LoginToken {
        token: authn_api::strings::TokenValue::new(issued.token.clone())
            .unwrap_or_else(|_| unreachable_token()),
        id: issued.id.clone(),
        type_: TokenType::KnownTokenType(kind),
        life: issued.life(),
        expire: issued.expire.into(),
        enabled: Some(true),
        identity: session.user_id.clone(),
        email: session.email.clone(),
        scopes: Vec::new(),
        profile: authn_api::types::Profile(session.profile.clone()),
        created_at: issued.created_at.into(),
        intelligence: None,
        audience: None,
        client_id: None,
        claims: serde_json::Map::new(),
    }
}

/// `authn-token-info-nocreds`: a token's information, without its value.
pub(crate) fn token_info(session: &Session, issued: &Issued, kind: KnownTokenType) -> Value {
    json!({
        "id": issued.id,
        "type": kind.to_string(),
        "life": issued.life(),
        "expire": timestamp(issued.expire),
        "enabled": true,
        "identity": session.user_id,
        "email": session.email,
        "scopes": [],
        "profile": session.profile,
        "created_at": timestamp(issued.created_at),
    })
}

/// `authn-session-info-nocreds`: a session, with its active token's information.
pub(crate) fn session_info(session: &Session) -> Value {
    let mut info = json!({
        "id": session.id,
        "type": "session",
        "life": session.refresh.life(),
        "expire": timestamp(session.expire()),
        "identity": session.user_id,
        "email": session.email,
        "scopes": [],
        "profile": session.profile,
        "created_at": timestamp(session.created_at),
    });
    if let Some(active) = &session.active {
        info["active_token"] = token_info(session, active, KnownTokenType::User);
    }
    info
}

/// The timestamps the other answers have (`authn_api::Timestamp`'s form).
fn timestamp(t: DateTime<Utc>) -> Value {
    serde_json::to_value(authn_api::Timestamp::from(t)).unwrap_or(Value::Null)
}

/// `TokenValue` has no pattern, so `new` cannot fail; this keeps `unwrap` out of the code.
#[cold]
fn unreachable_token() -> authn_api::strings::TokenValue {
    match authn_api::strings::TokenValue::new(String::new()) {
        Ok(token) => token,
        Err(_) => unreachable!("TokenValue accepts every string"),
    }
}
