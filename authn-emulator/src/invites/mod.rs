//! The invite area: `user/invite`, `user/invite/list`, `user/invite/delete`, and
//! `user/password/expire` (the user calls of the description's invite and password group):
//! routes, validation tables and state.
//!
//! It uses the users area (an invite is for an email no user has; an expired password is a
//! mark on the user), never the other way round.

pub mod spec;

use crate::core::answer::clock;
use std::collections::HashMap;
use std::time::Duration as StdDuration;

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};

use crate::core::Refusal;
use crate::core::answer::Answer;
use crate::core::http::{Call, Route, Shared};
use crate::core::ids::new_id;
use crate::core::listing::{self, FieldKind, FilterKeys, Filterable, Key, ListRequest};
use crate::core::validate;
use crate::users::Users;

/// How long an invite lives: two days, as in the official example (`created_at`
/// 2022-11-22T22:26:56Z, `expire` 2022-11-24T22:26:56Z). Ours: Pangea documents no lifetime.
pub const INVITE_LIFE: StdDuration = StdDuration::from_secs(2 * 24 * 60 * 60);

/// One pending invitation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Invite {
    /// `pmi_...`.
    pub id: String,
    pub seq: u64,
    pub inviter: String,
    pub invite_org: String,
    pub email: String,
    pub callback: String,
    pub state: String,
    pub require_mfa: bool,
    /// Whether accepting it signs a new user up: always, since an invite is for an email no
    /// user has.
    pub is_signup: bool,
    pub client_id: Option<String>,
    pub created_at: DateTime<Utc>,
    pub expire: DateTime<Utc>,
}

/// Every invite.
#[derive(Debug, Default)]
pub(crate) struct Invites {
    invites: HashMap<String, Invite>,
    next_seq: u64,
}

/// What the invite routes need of the store.
pub(crate) trait InvitesStore {
    fn invites(&mut self) -> (&mut Invites, &mut Users);
}

/// The filter of `authn-filter-tickets` (it has no `profile_<Name>` keys).
pub const FILTER: FilterKeys = FilterKeys {
    fields: &[
        ("callback", FieldKind::Text),
        ("created_at", FieldKind::Time),
        ("email", FieldKind::Text),
        ("expire", FieldKind::Time),
        ("id", FieldKind::Text),
        ("invite_org", FieldKind::Text),
        ("inviter", FieldKind::Text),
        ("is_signup", FieldKind::Flag),
        ("require_mfa", FieldKind::Flag),
        ("state", FieldKind::Text),
    ],
    profile: false,
};

impl Filterable for Invite {
    fn text(&self, field: &str) -> Option<&str> {
        match field {
            "callback" => Some(&self.callback),
            "email" => Some(&self.email),
            "id" => Some(&self.id),
            "invite_org" => Some(&self.invite_org),
            "inviter" => Some(&self.inviter),
            "state" => Some(&self.state),
            _ => None,
        }
    }

    fn number(&self, field: &str) -> Option<i64> {
        match field {
            "created_at" => Some(self.created_at.timestamp_micros()),
            "expire" => Some(self.expire.timestamp_micros()),
            _ => None,
        }
    }

    fn flag(&self, field: &str) -> bool {
        match field {
            "is_signup" => self.is_signup,
            "require_mfa" => self.require_mfa,
            _ => false,
        }
    }

    fn tags(&self, _: &str) -> &[String] {
        &[]
    }

    fn profile(&self, _: &str) -> Option<&str> {
        None
    }
}

fn sort_key(order_by: Option<&str>, invite: &Invite) -> Key {
    match order_by {
        Some("id") => Key::Text(invite.id.clone()),
        Some("created_at") => Key::time(Some(invite.created_at)),
        Some("expire") => Key::time(Some(invite.expire)),
        Some("callback") => Key::Text(invite.callback.clone()),
        Some("state") => Key::Text(invite.state.clone()),
        Some("email") => Key::Text(invite.email.to_ascii_lowercase()),
        Some("inviter") => Key::Text(invite.inviter.to_ascii_lowercase()),
        Some("invite_org") => Key::Text(invite.invite_org.clone()),
        // `type` is the same for every invite: creation order.
        _ => Key::Missing,
    }
}

/// `authn-invite-info`.
fn invite_info(invite: &Invite) -> Value {
    let time = |t: DateTime<Utc>| {
        serde_json::to_value(authn_api::Timestamp::from(t)).unwrap_or(Value::Null)
    };
    json!({
        "id": invite.id,
        "inviter": invite.inviter,
        "invite_org": invite.invite_org,
        "email": invite.email,
        "callback": invite.callback,
        "state": invite.state,
        "require_mfa": invite.require_mfa,
        "created_at": time(invite.created_at),
        "expire": time(invite.expire),
    })
}

/// The invites as the state file keeps them.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Saved {
    /// In creation order.
    pub invites: Vec<Invite>,
    pub next_seq: u64,
}

impl Invites {
    /// Everything, for the state file.
    pub fn save(&self) -> Saved {
        let mut invites: Vec<Invite> = self.invites.values().cloned().collect();
        invites.sort_by_key(|i| i.seq);
        Saved {
            invites,
            next_seq: self.next_seq,
        }
    }

    /// The invites of a state file; the problem in words otherwise.
    pub fn restore(saved: Saved) -> Result<Self, &'static str> {
        let mut invites = Invites {
            next_seq: saved.next_seq,
            ..Invites::default()
        };
        for invite in saved.invites {
            if invite.seq == 0 || invite.seq > saved.next_seq {
                return Err("an invite's creation number is beyond the invites' next_seq");
            }
            if invites.invites.insert(invite.id.clone(), invite).is_some() {
                return Err("two invites have one id");
            }
        }
        Ok(invites)
    }

    /// How many invites there are, expired ones included.
    pub fn count(&self) -> usize {
        self.invites.len()
    }
}

/// The routes of this area.
pub(crate) fn routes<W: InvitesStore>() -> Vec<Route<W>> {
    vec![
        Route::operation("/v2/user/invite", "user_invite", invite),
        Route::operation("/v2/user/invite/list", "user_invite_list", list),
        Route::operation("/v2/user/invite/delete", "user_invite_delete", delete),
        Route::operation(
            "/v2/user/password/expire",
            "user_password_expire",
            password_expire,
        ),
    ]
}

type Handled = Result<Answer, Refusal>;

#[derive(Deserialize)]
pub(crate) struct InviteBody {
    inviter: String,
    email: String,
    callback: String,
    state: String,
    client_id: Option<String>,
}

#[derive(Deserialize)]
struct IdBody {
    id: String,
}

/// Parses the body of the operation at `path` (such as `/v2/user/invite`) with its validation
/// table and its request type, as the route does; `None` for a path not of this area. For the
/// property tests.
pub fn parse(path: &str, body: &[u8]) -> Option<Result<(), Refusal>> {
    let parsed = match path {
        "/v2/user/invite" => validate::parse::<InviteBody>(&spec::INVITE, body).map(drop),
        "/v2/user/invite/list" => validate::parse::<ListRequest>(&spec::INVITE_LIST, body)
            .and_then(|req| req.query("user/invite/list", &FILTER).map(drop)),
        "/v2/user/invite/delete" => validate::parse::<IdBody>(&spec::INVITE_DELETE, body).map(drop),
        "/v2/user/password/expire" => {
            validate::parse::<IdBody>(&spec::PASSWORD_EXPIRE, body).map(drop)
        }
        _ => return None,
    };
    Some(parsed)
}

fn invite<W: InvitesStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: InviteBody = validate::parse(&spec::INVITE, call.body)?;
    let mut store = state.store();
    let (invites, users) = store.invites();
    Ok(Answer::success("Invite sent", invites.create(users, req)?))
}

impl Invites {
    /// `user/invite`: an invite for an email no user has.
    pub(crate) fn create(&mut self, users: &Users, req: InviteBody) -> Result<Value, Refusal> {
        let invites = self;
        if users.email_taken(&req.email) {
            return Err(Refusal::status(
                "UserExists",
                format!("A user with email {} already exists", req.email),
            ));
        }
        let now = clock();
        invites.next_seq += 1;
        let invite = Invite {
            id: new_id("pmi"),
            seq: invites.next_seq,
            inviter: req.inviter,
            invite_org: String::new(),
            email: req.email,
            callback: req.callback,
            state: req.state,
            require_mfa: false,
            is_signup: true,
            client_id: req.client_id,
            created_at: now,
            expire: now + Duration::from_std(INVITE_LIFE).unwrap_or(Duration::MAX),
        };
        let info = invite_info(&invite);
        invites.invites.insert(invite.id.clone(), invite);
        Ok(info)
    }

    /// One page of the active invites.
    pub(crate) fn page(&self, req: &ListRequest) -> Result<Value, Refusal> {
        let query = req.query("user/invite/list", &FILTER)?;
        let order_by = req.order_by.as_deref();
        let now = clock();
        // Only active invites, as the description says of this call.
        let live = self
            .invites
            .values()
            .filter(|i| i.expire > now)
            .map(|i| (i, i.seq));
        let page = listing::page(live, |i| sort_key(order_by, i), &query)?;
        let items: Vec<Value> = page.items.into_iter().map(invite_info).collect();
        let mut result = json!({"invites": items, "count": page.count});
        if let Some(last) = page.last {
            result["last"] = Value::String(last);
        }
        Ok(result)
    }
}

fn list<W: InvitesStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: ListRequest = validate::parse(&spec::INVITE_LIST, call.body)?;
    let result = state.store().invites().0.page(&req)?;
    Ok(match req.ignored(&FILTER, spec::ORDER_BY) {
        None => Answer::success("Listed invites", result),
        Some(ignored) => Answer::success(&format!("Listed invites; {ignored}"), result),
    })
}

fn delete<W: InvitesStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: IdBody = validate::parse(&spec::INVITE_DELETE, call.body)?;
    if state.store().invites().0.invites.remove(&req.id).is_none() {
        return Err(Refusal::status(
            "InviteNotFound",
            format!("There is no invite {}", req.id),
        ));
    }
    Ok(Answer::success("Invite deleted", Value::Null))
}

fn password_expire<W: InvitesStore>(state: &Shared<W>, call: &Call<'_>) -> Handled {
    let req: IdBody = validate::parse(&spec::PASSWORD_EXPIRE, call.body)?;
    state.store().invites().1.expire_password(&req.id)?;
    Ok(Answer::success("Password expired", Value::Null))
}
