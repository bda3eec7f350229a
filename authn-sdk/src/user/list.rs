//! `authn.user().list()`: one page per await, or every page or user as a stream.

use std::num::NonZeroU64;

use authn_api::types;
use serde_json::Value;

use crate::call::Secrets;
use crate::call::send;
use crate::convert::Own;
use crate::error::Error;
use crate::filter::{Keys, common_keys, flag_keys, range_keys, string_keys, strings, timestamp};
use crate::model::{ItemOrder, User, UserList};
use crate::open_enum::open_enum;
use crate::pagination::{Items, Pages, paginate};
use crate::{AuthN, Result, Timestamp};

/// A `user/list` call. Await it for one page; use [`pages`](Self::pages) or
/// [`items`](Self::items) for all of them.
#[derive(Debug, Clone)]
#[must_use = "a request does nothing until it is awaited"]
pub struct ListUsers {
    pub(crate) authn: AuthN,
    filter: Option<UserFilter>,
    pub(crate) last: Option<String>,
    order: Option<ItemOrder>,
    order_by: Option<UserOrderBy>,
    size: Option<u64>,
}

impl ListUsers {
    pub(crate) fn new(authn: AuthN) -> Self {
        Self {
            authn,
            filter: None,
            last: None,
            order: None,
            order_by: None,
            size: None,
        }
    }

    /// Only users matching `filter`.
    pub fn filter(mut self, filter: UserFilter) -> Self {
        self.filter = Some(filter);
        self
    }

    /// Ascending or descending order.
    pub fn order(mut self, order: ItemOrder) -> Self {
        self.order = Some(order);
        self
    }

    /// The field the users are ordered by.
    pub fn order_by(mut self, order_by: UserOrderBy) -> Self {
        self.order_by = Some(order_by);
        self
    }

    /// The largest number of users per page. It must be at least 1: 0 fails with
    /// [`Error::InvalidInput`] before anything is sent.
    pub fn size(mut self, size: u64) -> Self {
        self.size = Some(size);
        self
    }

    /// Starts after this cursor: the `last` of a previous page.
    pub fn last(mut self, cursor: impl Into<String>) -> Self {
        self.last = Some(cursor.into());
        self
    }

    /// The request body, checked.
    pub(crate) fn body(&self) -> Result<types::UserListRequest> {
        let size = match self.size {
            None => None,
            Some(n) => Some(NonZeroU64::new(n).ok_or_else(|| Error::InvalidInput {
                field: "size",
                message: "the page size must be at least 1".into(),
            })?),
        };
        Ok(types::UserListRequest {
            filter: self.filter.as_ref().map(UserFilter::to_typed).transpose()?,
            last: self.last.clone(),
            order: self.order.map(Own::own),
            order_by: self.order_by.clone().own(),
            size,
        })
    }

    /// Every page, lazily, following the `last` cursor: see [`Pages`].
    pub fn pages(self) -> Pages<UserList> {
        Pages::new(self)
    }

    /// Every user of every page, lazily: see [`Items`].
    pub fn items(self) -> Items<User> {
        Items::new(self)
    }
}
send!(
    ListUsers => UserList,
    user_list(types::UserListRequest) -> authn_api::UserListResponse,
    Secrets::None,
    |builder| builder.body()
);

paginate!(ListUsers, cursor: last, UserList => users: User);

open_enum! {
    /// The field a user list is ordered by.
    ///
    /// ```
    /// use authn_sdk::UserOrderBy;
    /// assert_eq!(UserOrderBy::LastLoginAt.as_str(), "last_login_at");
    /// // A field Pangea adds later is sent as it is.
    /// assert_eq!(UserOrderBy::from("active_token_id").as_str(), "active_token_id");
    /// ```
    pub enum UserOrderBy {
        /// `id`
        Id = "id",
        /// `created_at`
        CreatedAt = "created_at",
        /// `last_login_at`
        LastLoginAt = "last_login_at",
        /// `last_login_ip`
        LastLoginIp = "last_login_ip",
        /// `login_count`
        LoginCount = "login_count",
        /// `email`
        Email = "email",
        /// `accepted_eula_id`
        AcceptedEulaId = "accepted_eula_id",
        /// `accepted_privacy_policy_id`
        AcceptedPrivacyPolicyId = "accepted_privacy_policy_id",
    }
    parse_known = UserOrderBy::known;
}

impl Own<types::UserOrderBy> for UserOrderBy {
    fn own(self) -> types::UserOrderBy {
        // The generated enum has a variant for every known value: go through its parser.
        match self.as_str().parse::<types::KnownUserOrderBy>() {
            Ok(known) => types::UserOrderBy::KnownUserOrderBy(known),
            Err(_) => types::UserOrderBy::Other(self.as_str().to_string()),
        }
    }
}

/// Conditions listed users must all meet, one method per key of the official description,
/// plus [`profile`](Self::profile) keys and a [`raw`](Self::raw) escape hatch.
///
/// ```
/// use authn_sdk::UserFilter;
/// let filter = UserFilter::new()
///     .email_contains(["@example.com"])
///     .login_count_gte(3)
///     .disabled(false)
///     .profile("nickname", "Jo");
/// assert_eq!(
///     filter.to_json().to_string(),
///     r#"{"disabled":false,"email__contains":["@example.com"],"login_count__gte":3,"profile_nickname":"Jo"}"#
/// );
/// ```
#[derive(Debug, Clone, Default, PartialEq)]
pub struct UserFilter {
    keys: Keys,
}

impl UserFilter {
    common_keys!("users", profile);

    string_keys! {
        "users";
        id, id_contains, id_in;
        email, email_contains, email_in;
        username, username_contains, username_in;
        accepted_eula_id, accepted_eula_id_contains, accepted_eula_id_in;
        accepted_privacy_policy_id, accepted_privacy_policy_id_contains, accepted_privacy_policy_id_in;
        last_login_ip, last_login_ip_contains, last_login_ip_in;
    }

    range_keys! {
        "users", impl Into<Timestamp>, timestamp;
        created_at, created_at_gt, created_at_gte, created_at_lt, created_at_lte;
        last_login_at, last_login_at_gt, last_login_at_gte, last_login_at_lt, last_login_at_lte;
    }

    range_keys! {
        "users", i64, Value::from;
        login_count, login_count_gt, login_count_gte, login_count_lt, login_count_lte;
    }

    flag_keys! {
        "users";
        disabled, verified, require_mfa,
    }

    /// Only users with exactly these scopes.
    pub fn scopes<S: Into<String>>(mut self, scopes: impl IntoIterator<Item = S>) -> Self {
        self.keys.set("scopes", strings(scopes));
        self
    }

    fn to_typed(&self) -> Result<types::UserFilter> {
        self.keys
            .to_typed(|typed: &mut types::UserFilter| &mut typed.extra)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn every_official_key_has_a_method() {
        // A distinct value per method, so that a method writing another's key shows.
        let at = crate::filter::test_instant;
        let filter = UserFilter::new()
            .id("id")
            .id_contains(["id__contains"])
            .id_in(["id__in"])
            .email("email")
            .email_contains(["email__contains"])
            .email_in(["email__in"])
            .username("username")
            .username_contains(["username__contains"])
            .username_in(["username__in"])
            .accepted_eula_id("accepted_eula_id")
            .accepted_eula_id_contains(["accepted_eula_id__contains"])
            .accepted_eula_id_in(["accepted_eula_id__in"])
            .accepted_privacy_policy_id("accepted_privacy_policy_id")
            .accepted_privacy_policy_id_contains(["accepted_privacy_policy_id__contains"])
            .accepted_privacy_policy_id_in(["accepted_privacy_policy_id__in"])
            .last_login_ip("last_login_ip")
            .last_login_ip_contains(["last_login_ip__contains"])
            .last_login_ip_in(["last_login_ip__in"])
            .created_at(at(1))
            .created_at_gt(at(2))
            .created_at_gte(at(3))
            .created_at_lt(at(4))
            .created_at_lte(at(5))
            .last_login_at(at(6))
            .last_login_at_gt(at(7))
            .last_login_at_gte(at(8))
            .last_login_at_lt(at(9))
            .last_login_at_lte(at(10))
            .login_count(1)
            .login_count_gt(2)
            .login_count_gte(3)
            .login_count_lt(4)
            .login_count_lte(5)
            .disabled(true)
            .verified(false)
            .require_mfa(true)
            .scopes(["scopes"]);
        let typed = filter
            .to_typed()
            .expect("every key is known to the description");
        let sent = serde_json::to_value(&typed).expect("json");
        let expected = json!({
            "id": "id",
            "id__contains": ["id__contains"],
            "id__in": ["id__in"],
            "email": "email",
            "email__contains": ["email__contains"],
            "email__in": ["email__in"],
            "username": "username",
            "username__contains": ["username__contains"],
            "username__in": ["username__in"],
            "accepted_eula_id": "accepted_eula_id",
            "accepted_eula_id__contains": ["accepted_eula_id__contains"],
            "accepted_eula_id__in": ["accepted_eula_id__in"],
            "accepted_privacy_policy_id": "accepted_privacy_policy_id",
            "accepted_privacy_policy_id__contains": ["accepted_privacy_policy_id__contains"],
            "accepted_privacy_policy_id__in": ["accepted_privacy_policy_id__in"],
            "last_login_ip": "last_login_ip",
            "last_login_ip__contains": ["last_login_ip__contains"],
            "last_login_ip__in": ["last_login_ip__in"],
            "created_at": "2024-01-02T03:04:01Z",
            "created_at__gt": "2024-01-02T03:04:02Z",
            "created_at__gte": "2024-01-02T03:04:03Z",
            "created_at__lt": "2024-01-02T03:04:04Z",
            "created_at__lte": "2024-01-02T03:04:05Z",
            "last_login_at": "2024-01-02T03:04:06Z",
            "last_login_at__gt": "2024-01-02T03:04:07Z",
            "last_login_at__gte": "2024-01-02T03:04:08Z",
            "last_login_at__lt": "2024-01-02T03:04:09Z",
            "last_login_at__lte": "2024-01-02T03:04:10Z",
            "login_count": 1,
            "login_count__gt": 2,
            "login_count__gte": 3,
            "login_count__lt": 4,
            "login_count__lte": 5,
            "disabled": true,
            "verified": false,
            "require_mfa": true,
            "scopes": ["scopes"],
        });
        assert_eq!(
            sent, expected,
            "each method writes its own key, nothing dropped"
        );
        assert_eq!(filter.to_json(), expected);
        assert!(typed.extra.is_empty(), "no key fell into the escape hatch");
    }

    #[test]
    fn profile_and_raw_keys_use_the_escape_hatch() {
        let filter = UserFilter::new()
            .profile("nickname", "jo")
            .profile_contains("city", ["Hono"])
            .profile_exists("phone", true)
            .raw("future_key__in", json!([1, 2]));
        let typed = filter.to_typed().expect("valid");
        assert_eq!(
            serde_json::to_value(&typed).expect("json"),
            json!({
                "profile_nickname": "jo",
                "profile_city__contains": ["Hono"],
                "profile_phone__exists": true,
                "future_key__in": [1, 2]
            })
        );
    }

    #[test]
    fn bad_profile_names_and_wrong_raw_types_are_refused() {
        let err = UserFilter::new()
            .profile("first_name", "x")
            .to_typed()
            .expect_err("underscore");
        assert!(
            matches!(
                &err,
                Error::InvalidInput {
                    field: "filter",
                    ..
                }
            ),
            "{err}"
        );
        assert!(err.to_string().contains("first_name"), "{err}");
        let err = UserFilter::new()
            .raw("login_count", json!("three"))
            .to_typed()
            .expect_err("type");
        assert!(matches!(
            err,
            Error::InvalidInput {
                field: "filter",
                ..
            }
        ));
    }

    #[test]
    fn order_by_maps_to_the_wire_value() {
        for (order, text) in [
            (UserOrderBy::Id, "id"),
            (UserOrderBy::CreatedAt, "created_at"),
            (UserOrderBy::LastLoginAt, "last_login_at"),
            (UserOrderBy::LastLoginIp, "last_login_ip"),
            (UserOrderBy::LoginCount, "login_count"),
            (UserOrderBy::Email, "email"),
            (UserOrderBy::AcceptedEulaId, "accepted_eula_id"),
            (
                UserOrderBy::AcceptedPrivacyPolicyId,
                "accepted_privacy_policy_id",
            ),
            (UserOrderBy::from("new_field"), "new_field"),
        ] {
            assert_eq!(order.as_str(), text);
            assert_eq!(
                serde_json::to_value(Own::<authn_api::types::UserOrderBy>::own(order))
                    .expect("json"),
                json!(text)
            );
        }
    }
}
