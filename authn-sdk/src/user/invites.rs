//! `authn.user().invite(..)` and `authn.user().invites()`: invite users, list and withdraw
//! pending invitations, with the service token.

use authn_api::strings::{Callback, CallbackState, Email, InviteId, ServiceAccountId};
use authn_api::types as g;

use crate::call::{Secrets, send};
use crate::convert::{Own, answer};
use crate::error::invalid;
use crate::filter::{Keys, common_keys, flag_keys, range_keys, string_keys, timestamp};
use crate::model::ItemOrder;
use crate::open_enum::open_enum;
use crate::pagination::{Items, Pages, paginate};
use crate::session::page_size;
use crate::{AuthN, Result, Timestamp};

/// A pending invitation. Pangea's description makes every field optional, so every field is
/// an `Option`.
///
/// ```
/// let invite = authn_sdk::Invite::new("pmi_vjb237phymwzzlulrtxegapha5lqevxy", "bob.user@email.com");
/// assert_eq!(invite.email.as_deref(), Some("bob.user@email.com"));
/// ```
#[derive(Debug, Clone, PartialEq, Default)]
#[non_exhaustive]
pub struct Invite {
    /// The invitation's id (`pmi_...`).
    pub id: Option<String>,
    /// The email address it was sent to.
    pub email: Option<String>,
    /// The email address of whoever sent it.
    pub inviter: Option<String>,
    /// The organisation it is from.
    pub invite_org: Option<String>,
    /// The login callback it leads to.
    pub callback: Option<String>,
    /// The state handed back to the callback.
    pub state: Option<String>,
    /// Whether the user must authenticate with MFA.
    pub require_mfa: Option<bool>,
    /// When it was sent.
    pub created_at: Option<Timestamp>,
    /// When it expires.
    pub expire: Option<Timestamp>,
}

impl Invite {
    /// An invitation of this id to this email address, with nothing else set, for tests.
    pub fn new(id: impl Into<String>, email: impl Into<String>) -> Self {
        Self {
            id: Some(id.into()),
            email: Some(email.into()),
            ..Self::default()
        }
    }
}

/// One page of pending invitations.
#[derive(Debug, Clone, PartialEq)]
#[non_exhaustive]
pub struct InviteList {
    /// The invitations of this page.
    pub invites: Vec<Invite>,
    /// How many invitations match, over all pages.
    pub count: i64,
    /// The cursor of the next page; `None` on the last page.
    pub last: Option<String>,
}

impl InviteList {
    /// A last page of these invitations, for tests.
    pub fn new(invites: Vec<Invite>) -> Self {
        let count = i64::try_from(invites.len()).unwrap_or(i64::MAX);
        Self {
            invites,
            count,
            last: None,
        }
    }
}

open_enum! {
    /// The field an invitation list is ordered by.
    pub enum InviteOrderBy {
        /// `id`
        Id = "id",
        /// `created_at`
        CreatedAt = "created_at",
        /// `type`
        Type = "type",
        /// `expire`
        Expire = "expire",
        /// `callback`
        Callback = "callback",
        /// `state`
        State = "state",
        /// `email`
        Email = "email",
        /// `inviter`
        Inviter = "inviter",
        /// `invite_org`
        InviteOrg = "invite_org",
    }
    parse_known = InviteOrderBy::known;
}

/// Conditions listed invitations must all meet, one method per key of the official
/// description, plus a [`raw`](Self::raw) escape hatch.
///
/// ```
/// use authn_sdk::InviteFilter;
/// let filter = InviteFilter::new().inviter("joe.user@email.com").is_signup(false);
/// assert_eq!(filter.to_json().to_string(), r#"{"inviter":"joe.user@email.com","is_signup":false}"#);
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct InviteFilter {
    keys: Keys,
}

impl InviteFilter {
    common_keys!("invitations");

    string_keys! {
        "invitations";
        id, id_contains, id_in;
        email, email_contains, email_in;
        inviter, inviter_contains, inviter_in;
        invite_org, invite_org_contains, invite_org_in;
        callback, callback_contains, callback_in;
        state, state_contains, state_in;
    }

    range_keys! {
        "invitations", impl Into<Timestamp>, timestamp;
        created_at, created_at_gt, created_at_gte, created_at_lt, created_at_lte;
        expire, expire_gt, expire_gte, expire_lt, expire_lte;
    }

    flag_keys! {
        "invitations";
        is_signup, require_mfa,
    }

    fn to_typed(&self) -> Result<g::InviteFilter> {
        self.keys
            .to_typed(|typed: &mut g::InviteFilter| &mut typed.extra)
    }
}

/// The `authn.user().invites()` group.
#[derive(Debug, Clone, Copy)]
pub struct Invites<'a> {
    authn: &'a AuthN,
}

impl<'a> Invites<'a> {
    pub(crate) fn new(authn: &'a AuthN) -> Self {
        Self { authn }
    }

    /// Lists pending invitations (`user/invite/list`), one page per call, or all of them as a
    /// stream. Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// # authn.user().invite("joe.user@email.com", "bob.user@email.com", "https://www.myserver.com/callback", "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7").send().await?;
    /// let page = authn.user().invites().list().size(50).send().await?;
    /// println!("{} pending invitations", page.count);
    /// # Ok(())
    /// # }
    /// ```
    pub fn list(&self) -> ListInvites {
        ListInvites {
            authn: self.authn.clone(),
            filter: None,
            last: None,
            order: None,
            order_by: None,
            size: None,
        }
    }

    /// Withdraws a pending invitation (`user/invite/delete`). Needs the service token.
    ///
    /// ```
    /// # #[tokio::main(flavor = "current_thread")]
    /// # async fn main() -> Result<(), Box<dyn std::error::Error>> {
    /// # let emulator = authn_emulator::Emulator::start().await?;
    /// # let authn = authn_sdk::AuthN::new(authn_sdk::Config::new(emulator.token()).base_url_template(emulator.base_url()))?;
    /// let invite = authn
    ///     .user()
    ///     .invite("joe.user@email.com", "bob.user@email.com", "https://www.myserver.com/callback", "pcb_zurr3lkcwdp5keq73htsfpcii5k4zgm7")
    ///     .send()
    ///     .await?;
    /// authn.user().invites().delete(invite.id.as_deref().unwrap_or_default()).send().await?;
    /// # Ok(())
    /// # }
    /// ```
    pub fn delete(&self, id: impl Into<String>) -> DeleteInvite {
        DeleteInvite {
            authn: self.authn.clone(),
            id: id.into(),
        }
    }
}

/// A `user/invite` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct InviteUser {
    pub(crate) authn: AuthN,
    pub(crate) inviter: String,
    pub(crate) email: String,
    pub(crate) callback: String,
    pub(crate) state: String,
    pub(crate) client_id: Option<String>,
}

impl InviteUser {
    /// The service account (`psa_...`) the invitation is for.
    pub fn client_id(mut self, client_id: impl Into<String>) -> Self {
        self.client_id = Some(client_id.into());
        self
    }

    fn body(self) -> Result<g::InviteRequest> {
        Ok(g::InviteRequest {
            inviter: Email::new(self.inviter).map_err(invalid("inviter"))?,
            email: Email::new(self.email).map_err(invalid("email"))?,
            callback: Callback::new(self.callback).map_err(invalid("callback"))?,
            state: CallbackState::new(self.state).map_err(invalid("state"))?,
            client_id: self
                .client_id
                .map(ServiceAccountId::new)
                .transpose()
                .map_err(invalid("client_id"))?,
        })
    }
}
send!(
    InviteUser => Invite,
    user_invite(g::InviteRequest) -> authn_api::InviteResponse,
    Secrets::None,
    |builder| builder.body()
);

/// A `user/invite/list` call. Send it for one page; use [`pages`](Self::pages) or
/// [`items`](Self::items) for all of them.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct ListInvites {
    authn: AuthN,
    filter: Option<InviteFilter>,
    last: Option<String>,
    order: Option<ItemOrder>,
    order_by: Option<InviteOrderBy>,
    size: Option<u64>,
}

impl ListInvites {
    /// Only invitations matching `filter`.
    pub fn filter(mut self, filter: InviteFilter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// Ascending or descending order.
    pub fn order(mut self, order: ItemOrder) -> Self {
        self.order = Some(order);
        self
    }

    /// The field the invitations are ordered by.
    pub fn order_by(mut self, order_by: InviteOrderBy) -> Self {
        self.order_by = Some(order_by);
        self
    }

    /// The largest number of invitations per page. It must be at least 1: 0 fails with
    /// [`Error::InvalidInput`](crate::Error::InvalidInput) before anything is sent.
    pub fn size(mut self, size: u64) -> Self {
        self.size = Some(size);
        self
    }

    /// Starts after this cursor: the `last` of a previous page.
    pub fn last(mut self, cursor: impl Into<String>) -> Self {
        self.last = Some(cursor.into());
        self
    }

    /// Every page, lazily, following the `last` cursor: see [`Pages`].
    pub fn pages(self) -> Pages<InviteList> {
        Pages::new(self)
    }

    /// Every invitation of every page, lazily: see [`Items`].
    pub fn items(self) -> Items<Invite> {
        Items::new(self)
    }

    fn body(&self) -> Result<g::InviteListRequest> {
        Ok(g::InviteListRequest {
            filter: self
                .filter
                .as_ref()
                .map(InviteFilter::to_typed)
                .transpose()?,
            last: self.last.clone(),
            order: self.order.map(Own::own),
            order_by: self.order_by.clone().map(|by| {
                match by.as_str().parse::<g::KnownInviteOrderBy>() {
                    Ok(known) => g::InviteOrderBy::KnownInviteOrderBy(known),
                    Err(_) => g::InviteOrderBy::Other(by.as_str().to_string()),
                }
            }),
            size: page_size(self.size)?,
        })
    }
}
send!(
    ListInvites => InviteList,
    user_invite_list(g::InviteListRequest) -> authn_api::InviteListResponse,
    Secrets::None,
    |builder| builder.body()
);

paginate!(ListInvites, cursor: last, InviteList => invites: Invite);

/// A `user/invite/delete` call.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is sent"]
pub struct DeleteInvite {
    authn: AuthN,
    id: String,
}

send!(
    DeleteInvite => (),
    user_invite_delete(g::InviteDeleteRequest) -> authn_api::EmptyResponse,
    Secrets::None,
    |builder| Ok(g::InviteDeleteRequest {
        id: InviteId::new(builder.id).map_err(invalid("id"))?,
    })
);

impl Own<Invite> for g::Invite {
    fn own(self) -> Invite {
        Invite {
            id: self.id,
            email: self.email,
            inviter: self.inviter,
            invite_org: self.invite_org,
            callback: self.callback,
            state: self.state,
            require_mfa: self.require_mfa,
            created_at: self.created_at,
            expire: self.expire,
        }
    }
}

answer!(InviteResponse::InviteSuccess => Invite, |r| r.own());
answer!(InviteListResponse::InviteListSuccess => InviteList, |r| InviteList {
    invites: r.invites.own(),
    count: r.count,
    last: r.last,
});
