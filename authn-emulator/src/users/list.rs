//! `user/list`: its filter keys, its orderings, and its page, over the shared list engine
//! (`core::listing`).

use authn_api::types::{self, ItemOrder, KnownUserOrderBy, User, UserOrderBy};
use serde_json::{Map, Value};

use super::record::UserRecord;
use crate::core::listing::{self, FieldKind, FilterKeys, Filterable, Key, Query};
use crate::core::{FieldProblem, Refusal};

pub use crate::core::listing::{DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE};

/// The filter keys the description lists, each checked against its documented type. Any other
/// key is accepted, as both our description and Pangea's allow, and ignored unless it is a
/// `profile_<Name>` key whose value has the documented shape.
pub const FILTER_KEYS: &[&str] = &[
    "accepted_eula_id",
    "accepted_eula_id__contains",
    "accepted_eula_id__in",
    "accepted_privacy_policy_id",
    "accepted_privacy_policy_id__contains",
    "accepted_privacy_policy_id__in",
    "created_at",
    "created_at__gt",
    "created_at__gte",
    "created_at__lt",
    "created_at__lte",
    "disabled",
    "email",
    "email__contains",
    "email__in",
    "id",
    "id__contains",
    "id__in",
    "last_login_at",
    "last_login_at__gt",
    "last_login_at__gte",
    "last_login_at__lt",
    "last_login_at__lte",
    "last_login_ip",
    "last_login_ip__contains",
    "last_login_ip__in",
    "login_count",
    "login_count__gt",
    "login_count__gte",
    "login_count__lt",
    "login_count__lte",
    "require_mfa",
    "scopes",
    "username",
    "username__contains",
    "username__in",
    "verified",
];

/// The fields of [`FILTER_KEYS`] and their kinds.
pub const FILTER: FilterKeys = FilterKeys {
    fields: &[
        ("accepted_eula_id", FieldKind::Text),
        ("accepted_privacy_policy_id", FieldKind::Text),
        ("created_at", FieldKind::Time),
        ("disabled", FieldKind::Flag),
        ("email", FieldKind::Text),
        ("id", FieldKind::Text),
        ("last_login_at", FieldKind::Time),
        ("last_login_ip", FieldKind::Text),
        ("login_count", FieldKind::Int),
        ("require_mfa", FieldKind::Flag),
        ("scopes", FieldKind::Tags),
        ("username", FieldKind::Text),
        ("verified", FieldKind::Flag),
    ],
    profile: true,
};

/// The problems of a `user/list` filter, for the validation table.
pub(crate) fn filter_problems(filter: &Map<String, Value>) -> Vec<FieldProblem> {
    FILTER.problems(filter)
}

/// A checked `user/list` request.
#[derive(Debug, Clone, Default)]
pub struct ListQuery {
    /// The filter keys, as sent.
    pub filter: Map<String, Value>,
    /// The cursor of the previous page.
    pub last: Option<String>,
    /// Descending when `Desc`.
    pub order: Option<ItemOrder>,
    /// The field to order by; `None` also for one the emulator does not know, which is
    /// accepted, as the description's open enum allows, and lists in the default order.
    pub order_by: Option<KnownUserOrderBy>,
    /// The page size.
    pub size: Option<u64>,
}

impl ListQuery {
    /// From the generated request type (already validated against the description).
    pub fn from_request(request: types::UserListRequest) -> Result<Self, Refusal> {
        let filter = match request.filter {
            Some(filter) => match serde_json::to_value(filter) {
                Ok(Value::Object(map)) => map,
                _ => Map::new(),
            },
            None => Map::new(),
        };
        let order_by = match request.order_by {
            Some(UserOrderBy::KnownUserOrderBy(known)) => Some(known),
            None | Some(UserOrderBy::Other(_)) => None,
        };
        Ok(Self {
            filter,
            last: request.last,
            order: request.order,
            order_by,
            size: request.size.map(|n| n.get()),
        })
    }
}

/// One page.
#[derive(Debug, Clone)]
pub struct Page {
    /// The users of the page.
    pub users: Vec<User>,
    /// How many users match, over all pages.
    pub count: usize,
    /// The cursor of the next page, when there is one.
    pub last: Option<String>,
}

fn sort_key(order_by: Option<KnownUserOrderBy>, user: &User) -> Key {
    let time =
        |t: Option<authn_api::Timestamp>| Key::time(t.map(chrono::DateTime::<chrono::Utc>::from));
    match order_by {
        None => Key::Missing,
        Some(KnownUserOrderBy::Id) => Key::Text(user.id.clone()),
        Some(KnownUserOrderBy::CreatedAt) => time(user.created_at),
        Some(KnownUserOrderBy::LastLoginAt) => time(user.last_login_at),
        Some(KnownUserOrderBy::LastLoginIp) => Key::text(user.last_login_ip.as_deref()),
        Some(KnownUserOrderBy::LoginCount) => user.login_count.map_or(Key::Missing, Key::Int),
        Some(KnownUserOrderBy::Email) => Key::Text(user.email.to_ascii_lowercase()),
        Some(KnownUserOrderBy::AcceptedEulaId) => Key::text(user.accepted_eula_id.as_deref()),
        Some(KnownUserOrderBy::AcceptedPrivacyPolicyId) => {
            Key::text(user.accepted_privacy_policy_id.as_deref())
        }
    }
}

impl Filterable for UserRecord {
    fn text(&self, field: &str) -> Option<&str> {
        let user = &self.user;
        match field {
            "id" => Some(&user.id),
            "email" => Some(&user.email),
            "username" => user.username.as_deref(),
            "accepted_eula_id" => user.accepted_eula_id.as_deref(),
            "accepted_privacy_policy_id" => user.accepted_privacy_policy_id.as_deref(),
            "last_login_ip" => user.last_login_ip.as_deref(),
            _ => None,
        }
    }

    fn number(&self, field: &str) -> Option<i64> {
        let user = &self.user;
        match field {
            "created_at" => user
                .created_at
                .map(|t| chrono::DateTime::<chrono::Utc>::from(t).timestamp_micros()),
            "last_login_at" => user
                .last_login_at
                .map(|t| chrono::DateTime::<chrono::Utc>::from(t).timestamp_micros()),
            "login_count" => user.login_count,
            _ => None,
        }
    }

    fn flag(&self, field: &str) -> bool {
        match field {
            "disabled" => self.user.disabled == Some(true),
            "verified" => self.user.verified,
            // The emulator has no MFA policy: no user requires it.
            _ => false,
        }
    }

    fn tags(&self, _: &str) -> &[String] {
        // Users have no scopes of their own.
        &[]
    }

    fn profile(&self, name: &str) -> Option<&str> {
        self.user.profile.0.get(name).map(String::as_str)
    }
}

/// Serves one page of the users in `records`.
pub(crate) fn page<'a>(
    records: impl Iterator<Item = &'a UserRecord>,
    query: &ListQuery,
) -> Result<Page, Refusal> {
    let conditions = FILTER.conditions(&query.filter)?;
    let order_by = query.order_by;
    let checked = Query {
        // Empty: the cursors of `user/list` are those of before the other lists.
        list: "",
        conditions,
        last: query.last.as_deref(),
        desc: query.order == Some(ItemOrder::Desc),
        order_by: order_by.map(|o| o.to_string()),
        size: query.size,
    };
    let page = listing::page(
        records.map(|r| (r, r.seq)),
        |r| sort_key(order_by, &r.user),
        &checked,
    )?;
    Ok(Page {
        users: page.items.into_iter().map(|r| r.user.clone()).collect(),
        count: page.count,
        last: page.last,
    })
}

/// What the emulator ignored in a request, in words: the filter keys it does not understand
/// (neither listed nor a well-formed `profile_<Name>` key) and an `order_by` it does not know.
/// The answer's summary says it, so that a typo does not go unseen.
pub(crate) fn ignored(
    filter: &Map<String, Value>,
    order_by: Option<&UserOrderBy>,
) -> Option<String> {
    let unknown_order = match order_by {
        Some(UserOrderBy::Other(order_by)) => Some(order_by.as_str()),
        _ => None,
    };
    listing::ignored_summary(FILTER.ignored(filter), unknown_order)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_filter_table_gives_exactly_the_listed_keys() {
        assert_eq!(FILTER.keys(), FILTER_KEYS);
    }

    #[test]
    fn a_size_of_zero_is_refused_not_a_panic() {
        let query = ListQuery {
            size: Some(0),
            ..ListQuery::default()
        };
        let record = UserRecord {
            user: serde_json::from_value(serde_json::json!({
                "id": "pui_1", "email": "a@b.c", "profile": {}, "verified": false
            }))
            .expect("a user"),
            password: None,
            authenticators: Vec::new(),
            seq: 1,
            password_expired: false,
        };
        assert!(matches!(
            page([record].iter(), &query),
            Err(Refusal::Invalid(problems)) if problems[0].source == "/size"
        ));
    }

    #[test]
    fn filter_problems_reports_every_listed_key_of_the_wrong_type() {
        let filter: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "a/b~c": 1, "login_count": "3", "email": "ok@x.y", "created_at__gt": 5
        }))
        .expect("map");
        let found: Vec<(&str, String)> = filter_problems(&filter)
            .into_iter()
            .map(|p| (p.code, p.source))
            .collect();
        assert_eq!(
            found,
            vec![
                ("BadFormatDateTime", "/filter/created_at__gt".to_string()),
                ("InvalidInteger", "/filter/login_count".to_string()),
            ]
        );
    }

    #[test]
    fn filter_keys_parse_or_are_refused() {
        let ok: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "email__contains": ["@"], "login_count__gte": 1, "created_at__lt": "2030-01-01T00:00:00Z",
            "disabled": false, "profile_nick": "jo", "profile_city__contains": ["x"], "profile_phone__exists": true,
            "scopes": []
        }))
        .expect("map");
        assert_eq!(FILTER.conditions(&ok).expect("valid").len(), 8);
        for bad in [
            serde_json::json!({"login_count": "3"}),
            serde_json::json!({"created_at": "yesterday"}),
            serde_json::json!({"email__in": "x"}),
            serde_json::json!({"disabled": "no"}),
        ] {
            let map: Map<String, Value> = serde_json::from_value(bad.clone()).expect("map");
            assert!(
                matches!(FILTER.conditions(&map), Err(Refusal::Invalid(_))),
                "{bad}"
            );
        }
    }

    #[test]
    fn keys_the_description_does_not_list_are_accepted_and_ignored() {
        let map: Map<String, Value> = serde_json::from_value(serde_json::json!({
            "emails": "x", "email__gt": "x", "profile_first_name": "x", "disabled__in": [true],
            "profile_nick": 5, "profile_city__contains": "x", "profile_x__exists": "yes",
            "profile_ok": "kept"
        }))
        .expect("map");
        let conditions = FILTER.conditions(&map).expect("accepted");
        assert_eq!(conditions.len(), 1, "{conditions:?}");
        assert!(
            matches!(&conditions[0], listing::Condition::ProfileEq(name, value) if name == "ok" && value == "kept")
        );
        let order_by = UserOrderBy::Other("shoe_size".into());
        assert_eq!(
            ignored(&map, Some(&order_by)).as_deref(),
            Some(
                "the emulator ignored these filter keys: disabled__in, email__gt, emails, \
                 profile_city__contains, profile_first_name, profile_nick, profile_x__exists; \
                 and order_by \"shoe_size\", listing in creation order"
            )
        );
    }
}
