//! `session/list` and `client/session/list`: the filter keys of `authn-filter-tokens`, its
//! orderings, and pages over the live sessions.

use super::state::Session;
use crate::core::listing::{FieldKind, FilterKeys, Filterable, Key};

/// The filter of `authn-filter-tokens`: its listed keys and the `profile_<Name>` keys.
pub const FILTER: FilterKeys = FilterKeys {
    fields: &[
        ("active_token_id", FieldKind::Text),
        ("created_at", FieldKind::Time),
        ("email", FieldKind::Text),
        ("enabled", FieldKind::Flag),
        ("expire", FieldKind::Time),
        ("id", FieldKind::Text),
        ("identity", FieldKind::Text),
        ("scopes", FieldKind::Tags),
        ("type", FieldKind::Text),
        ("username", FieldKind::Text),
    ],
    profile: true,
};

impl Filterable for Session {
    fn text(&self, field: &str) -> Option<&str> {
        match field {
            "active_token_id" => self.active.as_ref().map(|a| a.id.as_str()),
            "email" => Some(&self.email),
            "id" => Some(&self.id),
            "identity" => Some(&self.user_id),
            "type" => Some("session"),
            "username" => self.username.as_deref(),
            _ => None,
        }
    }

    fn number(&self, field: &str) -> Option<i64> {
        match field {
            "created_at" => Some(self.created_at.timestamp_micros()),
            "expire" => Some(self.expire().timestamp_micros()),
            _ => None,
        }
    }

    fn flag(&self, field: &str) -> bool {
        // Only live sessions are listed: every one is enabled.
        field == "enabled"
    }

    fn tags(&self, _: &str) -> &[String] {
        // The emulator's tokens have no scopes.
        &[]
    }

    fn profile(&self, name: &str) -> Option<&str> {
        self.profile.get(name).map(String::as_str)
    }
}

/// The sort key of `order_by` (one of `spec::ORDER_BY`, or `None` for creation order).
pub(crate) fn sort_key(order_by: Option<&str>, session: &Session) -> Key {
    match order_by {
        Some("id") => Key::Text(session.id.clone()),
        Some("created_at") => Key::time(Some(session.created_at)),
        Some("identity") => Key::Text(session.user_id.clone()),
        Some("email") => Key::Text(session.email.to_ascii_lowercase()),
        Some("expire") => Key::time(Some(session.expire())),
        Some("active_token_id") => Key::text(session.active.as_ref().map(|a| a.id.as_str())),
        // `type` is `session` for all: creation order.
        _ => Key::Missing,
    }
}
