//! Sessions and tokens: the tokens a login issues, and their checks.
//!
//! The users area creates them (`client/userinfo`) and ends them (`user/delete`); this area
//! knows users only by id.

use std::collections::HashMap;

use authn_api::types::{KnownTokenType, LoginToken, TokenType, User};
use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

use crate::core::Refusal;
use crate::core::ids::new_id;
use crate::core::persist::{self, StateError};

/// How long an active (user) token lives.
pub const ACTIVE_TOKEN_LIFE_SECS: i64 = 15 * 60;
/// How long a refresh (session) token lives.
pub const REFRESH_TOKEN_LIFE_SECS: i64 = 2 * 24 * 60 * 60;

#[derive(Debug, Clone)]
struct TokenRecord {
    user_id: String,
    expire: DateTime<Utc>,
}

/// Every token issued.
#[derive(Debug, Default)]
pub(crate) struct Sessions {
    tokens: HashMap<String, TokenRecord>,
}

/// A token as the state file keeps it.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TokenState {
    pub token: String,
    pub user_id: String,
    pub expire: DateTime<Utc>,
}

impl Sessions {
    /// A login of `user`: an active and a refresh token.
    pub fn login(&mut self, user: &User, now: DateTime<Utc>) -> (LoginToken, LoginToken) {
        let active = login_token(
            user,
            "ptu",
            KnownTokenType::User,
            ACTIVE_TOKEN_LIFE_SECS,
            now,
        );
        let refresh = login_token(
            user,
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
        (active, refresh)
    }

    /// The user a live user token belongs to.
    pub fn user_of(&self, token: &str) -> Result<String, Refusal> {
        let Some(found) = self.tokens.get(token) else {
            return Err(Refusal::status("InvalidToken", "The user token is unknown"));
        };
        if found.expire <= Utc::now() {
            return Err(Refusal::status(
                "ExpiredToken",
                "The user token has expired",
            ));
        }
        Ok(found.user_id.clone())
    }

    /// Ends every token of a user (deleted).
    pub fn end_user(&mut self, user_id: &str) {
        self.tokens.retain(|_, t| t.user_id != user_id);
    }

    /// The tokens, sorted, for the state file.
    pub fn save(&self) -> Vec<TokenState> {
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
        tokens
    }

    /// The tokens of a state file, each of a user for whom `known` holds.
    pub fn restore(
        path: &std::path::Path,
        tokens: Vec<TokenState>,
        known: impl Fn(&str) -> bool,
    ) -> Result<Self, StateError> {
        let mut sessions = Sessions::default();
        // Tokens are secrets: the messages do not quote them.
        for token in tokens {
            if !known(&token.user_id) {
                return Err(persist::inconsistent(path, "a token belongs to no user"));
            }
            sessions.tokens.insert(
                token.token,
                TokenRecord {
                    user_id: token.user_id,
                    expire: token.expire,
                },
            );
        }
        Ok(sessions)
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
