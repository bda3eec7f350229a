//! `authn.session()`: every user's sessions, with the service token: list them, end one, or
//! end all of a user's. Also the session types that `authn.client().session()` shares.

use std::collections::BTreeMap;
use std::num::NonZeroU64;

use authn_api::strings::{Identity, TokenId};
use authn_api::types as g;

use crate::call::{Secrets, send};
use crate::convert::{Own, answer};
use crate::error::{Error, invalid};
use crate::filter::{Keys, common_keys, flag_keys, range_keys, string_keys, strings, timestamp};
use crate::model::{ItemOrder, TokenInfo, TokenType};
use crate::open_enum::open_enum;
use crate::{AuthN, Result, Timestamp};

/// A login session, without its tokens. Its id (`pmt_...`) is the id of its refresh token.
///
/// ```
/// let session = authn_sdk::Session::new("pmt_zppkzrjguxyblaia6itbiesejn7jejnr", "pui_1", "joe@example.com");
/// assert!(session.active_token.is_none());
/// ```
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct Session {
    /// The session's id (`pmt_...`).
    pub id: String,
    /// Its kind (the wire field `type`), `session`.
    pub kind: TokenType,
    /// The id of the session's user (`pui_...`).
    pub identity: String,
    /// The user's email address.
    pub email: String,
    /// The session's lifetime in seconds.
    pub life: i64,
    /// When the session expires.
    pub expire: Timestamp,
    /// When the session started.
    pub created_at: Timestamp,
    /// The user's profile, as the session saw it.
    pub profile: BTreeMap<String, String>,
    /// The session's scopes.
    pub scopes: Vec<String>,
    /// The session's current active token, when it has one.
    pub active_token: Option<TokenInfo>,
}

impl Session {
    /// A session started now for a day, with nothing else set, for tests.
    pub fn new(
        id: impl Into<String>,
        identity: impl Into<String>,
        email: impl Into<String>,
    ) -> Self {
        let info = TokenInfo::new(id, identity, email);
        Self {
            id: info.id,
            kind: TokenType::Session,
            identity: info.identity,
            email: info.email,
            life: info.life,
            expire: info.expire,
            created_at: info.created_at,
            profile: BTreeMap::new(),
            scopes: Vec::new(),
            active_token: None,
        }
    }
}

/// One page of sessions. `count` (over all pages) is given by `session/list` only.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct SessionList {
    /// The sessions of this page.
    pub sessions: Vec<Session>,
    /// How many sessions match, over all pages (`session/list` only).
    pub count: Option<i64>,
    /// The cursor of the next page; `None` on the last page.
    pub last: Option<String>,
}

impl SessionList {
    /// A last page of these sessions, for tests.
    pub fn new(sessions: Vec<Session>) -> Self {
        Self {
            sessions,
            count: None,
            last: None,
        }
    }
}

open_enum! {
    /// The field a session list is ordered by.
    pub enum SessionOrderBy {
        /// `id`
        Id = "id",
        /// `created_at`
        CreatedAt = "created_at",
        /// `type`
        Type = "type",
        /// `identity`
        Identity = "identity",
        /// `email`
        Email = "email",
        /// `expire`
        Expire = "expire",
        /// `active_token_id`
        ActiveTokenId = "active_token_id",
    }
    parse_known = SessionOrderBy::known;
}

/// Conditions listed sessions must all meet, one method per key of the official description,
/// plus [`profile`](Self::profile) keys and a [`raw`](Self::raw) escape hatch.
///
/// ```
/// use authn_sdk::SessionFilter;
/// let filter = SessionFilter::new().email("joe.user@email.com").enabled(true);
/// assert_eq!(filter.to_json().to_string(), r#"{"email":"joe.user@email.com","enabled":true}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct SessionFilter {
    keys: Keys,
}

impl SessionFilter {
    common_keys!("sessions", profile);

    string_keys! {
        "sessions";
        id, id_contains, id_in;
        identity, identity_contains, identity_in;
        email, email_contains, email_in;
        username, username_contains, username_in;
        active_token_id, active_token_id_contains, active_token_id_in;
        kind = "type", kind_contains, kind_in;
    }

    range_keys! {
        "sessions", impl Into<Timestamp>, timestamp;
        created_at, created_at_gt, created_at_gte, created_at_lt, created_at_lte;
        expire, expire_gt, expire_gte, expire_lt, expire_lte;
    }

    flag_keys! {
        "sessions";
        enabled,
    }

    /// Only sessions with exactly these scopes.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.keys.set("scopes", strings(scopes));
        self
    }

    fn to_typed(&self) -> Result<g::SessionFilter> {
        self.keys
            .to_typed(|typed: &mut g::SessionFilter| &mut typed.extra)
    }
}

/// The list fields `session/list` and `client/session/list` share.
#[derive(Debug, Clone, Default)]
pub(crate) struct ListFields {
    pub(crate) filter: Option<SessionFilter>,
    pub(crate) last: Option<String>,
    pub(crate) order: Option<ItemOrder>,
    pub(crate) order_by: Option<SessionOrderBy>,
    pub(crate) size: Option<u64>,
}

/// `(filter, last, order, order_by, size)` of a session list body, checked.
type CheckedFields = (
    Option<g::SessionFilter>,
    Option<String>,
    Option<g::ItemOrder>,
    Option<g::SessionOrderBy>,
    Option<NonZeroU64>,
);

impl ListFields {
    pub(crate) fn checked(&self) -> Result<CheckedFields> {
        Ok((
            self.filter
                .as_ref()
                .map(SessionFilter::to_typed)
                .transpose()?,
            self.last.clone(),
            self.order.map(Own::own),
            self.order_by
                .clone()
                .map(|by| match by.as_str().parse::<g::KnownSessionOrderBy>() {
                    Ok(known) => g::SessionOrderBy::KnownSessionOrderBy(known),
                    Err(_) => g::SessionOrderBy::Other(by.as_str().to_string()),
                }),
            page_size(self.size)?,
        ))
    }
}

/// A page size, at least 1.
pub(crate) fn page_size(size: Option<u64>) -> Result<Option<NonZeroU64>> {
    size.map(|n| {
        NonZeroU64::new(n).ok_or_else(|| Error::InvalidInput {
            field: "size",
            message: "the page size must be at least 1".into(),
        })
    })
    .transpose()
}

/// The builder methods of a session list: `$builder` has a `fields: ListFields`.
macro_rules! list_methods {
    ($builder:ident) => {
        impl $builder {
            /// Only sessions matching `filter`.
            pub fn filter(mut self, filter: $crate::SessionFilter) -> Self {
                self.fields.filter = Some(filter);
                self
            }

            /// Ascending or descending order.
            pub fn order(mut self, order: $crate::ItemOrder) -> Self {
                self.fields.order = Some(order);
                self
            }

            /// The field the sessions are ordered by.
            pub fn order_by(mut self, order_by: $crate::SessionOrderBy) -> Self {
                self.fields.order_by = Some(order_by);
                self
            }

            /// The largest number of sessions per page. It must be at least 1: 0 fails with
            /// [`Error::InvalidInput`]($crate::Error::InvalidInput) before anything is sent.
            pub fn size(mut self, size: u64) -> Self {
                self.fields.size = Some(size);
                self
            }

            /// Starts after this cursor: the `last` of a previous page.
            pub fn last(mut self, cursor: impl Into<String>) -> Self {
                self.fields.last = Some(cursor.into());
                self
            }

            /// Every page, lazily, following the `last` cursor: see [`Pages`]($crate::Pages).
            pub fn pages(self) -> $crate::Pages<$crate::SessionList> {
                $crate::Pages::new(self)
            }

            /// Every session of every page, lazily: see [`Items`]($crate::Items).
            pub fn items(self) -> $crate::Items<$crate::Session> {
                $crate::Items::new(self)
            }
        }

        $crate::pagination::paginate!(
            $builder,
            cursor: fields.last,
            $crate::SessionList => sessions: $crate::Session
        );
    };
}
pub(crate) use list_methods;

/// The `authn.session()` group: sessions of every user, with the service token.
///
/// ```
/// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new("t"))?;
/// let sessions = authn.session().list();
/// # let _ = sessions;
/// # Ok::<(), authn_sdk::Error>(())
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Sessions<'a> {
    authn: &'a AuthN,
}

impl<'a> Sessions<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Lists every user's sessions (`session/list`), one page per call, or all of them as a
    /// stream. Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// # authn.client().userinfo(&code).send().await?;
    /// use authn_sdk::SessionFilter;
    /// let mut sessions = authn.session().list().filter(SessionFilter::new().email("joe.user@email.com")).items();
    /// while let Some(session) = sessions.try_next().await? {
    ///     println!("{} expires {}", session.id, session.expire);
    /// }
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListSessions {
        ListSessions {
            authn: self.authn.clone(),
            fields: ListFields::default(),
        }
    }

    /// Ends one session (`session/invalidate`). Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().create("joe.user@email.com").send().await?;
    /// # let code = emulator.login_code("joe.user@email.com")?;
    /// # let login = authn.client().userinfo(&code).send().await?;
    /// # let session_id = login.refresh_token.id.clone();
    /// authn.session().invalidate(&session_id).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn invalidate(&self, session_id: impl Into<String>) -> InvalidateSession {
        InvalidateSession {
            authn: self.authn.clone(),
            session_id: session_id.into(),
            user_initiated: None,
        }
    }

    /// Ends every session of the user `user_id` (`session/logout`): what Pangea's Hosted Login
    /// guide names for logging a user out everywhere. Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// let user = authn.user().create("joe.user@email.com").send().await?;
    /// authn.session().logout(&user.id).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn logout(&self, user_id: impl Into<String>) -> LogoutUser {
        LogoutUser {
            authn: self.authn.clone(),
            user_id: user_id.into(),
        }
    }
}

/// A `session/list` call. Send it for one page; use [`pages`](Self::pages) or
/// [`items`](Self::items) for all of them.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListSessions {
    authn: AuthN,
    fields: ListFields,
}

list_methods!(ListSessions);

impl ListSessions {
    fn body(&self) -> Result<g::SessionListRequest> {
        let (filter, last, order, order_by, size) = self.fields.checked()?;
        Ok(g::SessionListRequest {
            filter,
            last,
            order,
            order_by,
            size,
        })
    }
}
send!(
    ListSessions => SessionList,
    session_list(g::SessionListRequest) -> authn_api::SessionListResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `session/invalidate` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InvalidateSession {
    authn: AuthN,
    session_id: String,
    user_initiated: Option<bool>,
}

impl InvalidateSession {
    /// Records that the user asked for it.
    pub fn user_initiated(mut self, user_initiated: bool) -> Self {
        self.user_initiated = Some(user_initiated);
        self
    }

    fn body(self) -> Result<g::SessionInvalidateRequest> {
        Ok(g::SessionInvalidateRequest {
            session_id: TokenId::new(self.session_id).map_err(invalid("session_id"))?,
            user_initiated: self.user_initiated,
        })
    }
}
send!(
    InvalidateSession => (),
    session_invalidate(g::SessionInvalidateRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `session/logout` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct LogoutUser {
    authn: AuthN,
    user_id: String,
}

send!(
    LogoutUser => (),
    session_logout(g::SessionLogoutRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| Ok(g::SessionLogoutRequest {
        user_id: Identity::new(builder.user_id).map_err(invalid("user_id"))?,
    })
);

impl Own<Session> for g::Session {
    fn own(self) -> Session {
        Session {
            id: self.id,
            kind: self.type_.own(),
            identity: self.identity,
            email: self.email,
            life: self.life,
            expire: self.expire,
            created_at: self.created_at,
            profile: self.profile.0,
            scopes: self.scopes,
            active_token: self.active_token.own(),
        }
    }
}

answer!(SessionListResponse::SessionListSuccess => SessionList, |r| SessionList {
    sessions: r.sessions.own(),
    count: r.count,
    last: r.last,
});
answer!(ClientSessionListResponse::ClientSessionListSuccess => SessionList, |r| SessionList {
    sessions: r.sessions.own(),
    count: None,
    last: r.last,
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_official_filter_key_has_a_method() {
        // A distinct value per method, so that a method writing another's key shows; `kind`
        // is this SDK's name for the wire key `type`.
        let at = crate::filter::test_instant;
        let filter = SessionFilter::new()
            .id("id")
            .id_contains(["id__contains"])
            .id_in(["id__in"])
            .identity("identity")
            .identity_contains(["identity__contains"])
            .identity_in(["identity__in"])
            .email("email")
            .email_contains(["email__contains"])
            .email_in(["email__in"])
            .username("username")
            .username_contains(["username__contains"])
            .username_in(["username__in"])
            .active_token_id("active_token_id")
            .active_token_id_contains(["active_token_id__contains"])
            .active_token_id_in(["active_token_id__in"])
            .kind("type")
            .kind_contains(["type__contains"])
            .kind_in(["type__in"])
            .created_at(at(1))
            .created_at_gt(at(2))
            .created_at_gte(at(3))
            .created_at_lt(at(4))
            .created_at_lte(at(5))
            .expire(at(6))
            .expire_gt(at(7))
            .expire_gte(at(8))
            .expire_lt(at(9))
            .expire_lte(at(10))
            .enabled(true)
            .scopes(["scopes"]);
        let typed = filter.to_typed().expect("every key is in the description");
        let sent = serde_json::to_value(&typed).expect("json");
        let expected = serde_json::json!({
            "id": "id",
            "id__contains": ["id__contains"],
            "id__in": ["id__in"],
            "identity": "identity",
            "identity__contains": ["identity__contains"],
            "identity__in": ["identity__in"],
            "email": "email",
            "email__contains": ["email__contains"],
            "email__in": ["email__in"],
            "username": "username",
            "username__contains": ["username__contains"],
            "username__in": ["username__in"],
            "active_token_id": "active_token_id",
            "active_token_id__contains": ["active_token_id__contains"],
            "active_token_id__in": ["active_token_id__in"],
            "type": "type",
            "type__contains": ["type__contains"],
            "type__in": ["type__in"],
            "created_at": "2024-01-02T03:04:01Z",
            "created_at__gt": "2024-01-02T03:04:02Z",
            "created_at__gte": "2024-01-02T03:04:03Z",
            "created_at__lt": "2024-01-02T03:04:04Z",
            "created_at__lte": "2024-01-02T03:04:05Z",
            "expire": "2024-01-02T03:04:06Z",
            "expire__gt": "2024-01-02T03:04:07Z",
            "expire__gte": "2024-01-02T03:04:08Z",
            "expire__lt": "2024-01-02T03:04:09Z",
            "expire__lte": "2024-01-02T03:04:10Z",
            "enabled": true,
            "scopes": ["scopes"],
        });
        assert_eq!(
            sent, expected,
            "each method writes its own key of authn-filter-tokens"
        );
        assert_eq!(filter.to_json(), expected);
        assert!(
            typed.extra.is_empty(),
            "no key fell into the escape hatch: {:?}",
            typed.extra
        );
    }
}
