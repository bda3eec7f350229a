//! `user/list`: filtering, ordering and the `last` cursor.
//!
//! Users are ordered by the `order_by` field, then by creation order, so the order is total and
//! stable while users come and go. The cursor is an opaque string holding the position of the
//! last user of a page (its sort key and creation number) and the ordering it belongs to; the
//! next page starts strictly after that position, so no user is skipped or repeated by paging,
//! whatever is created or deleted in between. A page costs O(n + size·log size).

use std::cmp::Ordering;

use authn_api::Timestamp;
use authn_api::types::{self, ItemOrder, KnownUserOrderBy, User, UserOrderBy};
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use crate::store::{FieldProblem, Refusal, UserRecord};

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

/// The page size when the request gives none.
pub const DEFAULT_PAGE_SIZE: u64 = 20;
/// The largest page size the emulator serves.
pub const MAX_PAGE_SIZE: u64 = 10_000;

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

/// A sort key: missing values first, then numbers, then text.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
enum Key {
    Missing,
    Int(i64),
    Text(String),
}

fn time_key(t: Option<Timestamp>) -> Key {
    t.map_or(Key::Missing, |t| Key::Int(t.timestamp_micros()))
}

fn text_key(s: Option<&String>) -> Key {
    s.map_or(Key::Missing, |s| Key::Text(s.clone()))
}

fn sort_key(order_by: Option<KnownUserOrderBy>, user: &User) -> Key {
    match order_by {
        None => Key::Missing,
        Some(KnownUserOrderBy::Id) => Key::Text(user.id.clone()),
        Some(KnownUserOrderBy::CreatedAt) => time_key(user.created_at),
        Some(KnownUserOrderBy::LastLoginAt) => time_key(user.last_login_at),
        Some(KnownUserOrderBy::LastLoginIp) => text_key(user.last_login_ip.as_ref()),
        Some(KnownUserOrderBy::LoginCount) => user.login_count.map_or(Key::Missing, Key::Int),
        Some(KnownUserOrderBy::Email) => Key::Text(user.email.to_ascii_lowercase()),
        Some(KnownUserOrderBy::AcceptedEulaId) => text_key(user.accepted_eula_id.as_ref()),
        Some(KnownUserOrderBy::AcceptedPrivacyPolicyId) => {
            text_key(user.accepted_privacy_policy_id.as_ref())
        }
    }
}

/// What a cursor holds.
#[derive(Debug, Serialize, Deserialize, PartialEq)]
struct Cursor {
    order_by: Option<String>,
    desc: bool,
    key: Key,
    seq: u64,
}

fn encode(cursor: &Cursor) -> String {
    let json = serde_json::to_vec(cursor).unwrap_or_default();
    json.iter().map(|b| format!("{b:02x}")).collect()
}

fn decode(text: &str) -> Option<Cursor> {
    if !text.len().is_multiple_of(2) || text.len() > 8192 {
        return None;
    }
    let bytes: Option<Vec<u8>> = (0..text.len())
        .step_by(2)
        .map(|i| {
            text.get(i..i + 2)
                .and_then(|h| u8::from_str_radix(h, 16).ok())
        })
        .collect();
    serde_json::from_slice(&bytes?).ok()
}

fn bad_cursor(detail: &str) -> Refusal {
    Refusal::Invalid(vec![FieldProblem::new("BadFormat", "/last", detail)])
}

/// Serves one page of the users in `records`.
pub(crate) fn page<'a>(
    records: impl Iterator<Item = &'a UserRecord>,
    query: &ListQuery,
) -> Result<Page, Refusal> {
    let size = query.size.unwrap_or(DEFAULT_PAGE_SIZE);
    // `ListQuery` is public, so a size of 0 can reach here without passing `validate`.
    if size == 0 || size > MAX_PAGE_SIZE {
        return Err(Refusal::Invalid(vec![FieldProblem::new(
            "NotWithinRange",
            "/size",
            format!("size must be between 1 and {MAX_PAGE_SIZE}"),
        )]));
    }
    let conditions = parse_filter(&query.filter)?;
    let desc = query.order == Some(ItemOrder::Desc);
    let order_by_name = query.order_by.map(|o| o.to_string());
    let after = match &query.last {
        None => None,
        Some(text) => {
            let cursor = decode(text)
                .ok_or_else(|| bad_cursor("last is not a cursor this service returned"))?;
            if cursor.order_by != order_by_name || cursor.desc != desc {
                return Err(bad_cursor(
                    "last belongs to a list with another order or order_by",
                ));
            }
            Some((cursor.key, cursor.seq))
        }
    };
    let compare = |a: &(Key, u64), b: &(Key, u64)| if desc { b.cmp(a) } else { a.cmp(b) };

    let mut count = 0usize;
    let mut candidates: Vec<((Key, u64), &UserRecord)> = Vec::new();
    for record in records {
        if !conditions.iter().all(|c| c.matches(&record.user)) {
            continue;
        }
        count += 1;
        let position = (sort_key(query.order_by, &record.user), record.seq);
        if after
            .as_ref()
            .is_none_or(|a| compare(&position, a) == Ordering::Greater)
        {
            candidates.push((position, record));
        }
    }
    let size = usize::try_from(size).unwrap_or(usize::MAX);
    let more = candidates.len() > size;
    if more {
        candidates.select_nth_unstable_by(size - 1, |a, b| compare(&a.0, &b.0));
        candidates.truncate(size);
    }
    candidates.sort_unstable_by(|a, b| compare(&a.0, &b.0));
    let last = match (more, candidates.last()) {
        (true, Some(((key, seq), _))) => Some(encode(&Cursor {
            order_by: order_by_name,
            desc,
            key: key.clone(),
            seq: *seq,
        })),
        _ => None,
    };
    Ok(Page {
        users: candidates
            .into_iter()
            .map(|(_, r)| r.user.clone())
            .collect(),
        count,
        last,
    })
}

/// One filter condition.
#[derive(Debug)]
enum Condition {
    TextEq(TextField, String),
    TextContainsAll(TextField, Vec<String>),
    TextIn(TextField, Vec<String>),
    Number(NumberField, Op, i64),
    Bool(BoolField, bool),
    ScopesEq(Vec<String>),
    ProfileEq(String, String),
    ProfileContainsAny(String, Vec<String>),
    ProfileExists(String, bool),
}

#[derive(Debug, Clone, Copy)]
enum TextField {
    Id,
    Email,
    Username,
    AcceptedEulaId,
    AcceptedPrivacyPolicyId,
    LastLoginIp,
}

#[derive(Debug, Clone, Copy)]
enum NumberField {
    CreatedAt,
    LastLoginAt,
    LoginCount,
}

#[derive(Debug, Clone, Copy)]
enum BoolField {
    Disabled,
    Verified,
    RequireMfa,
}

#[derive(Debug, Clone, Copy)]
enum Op {
    Eq,
    Gt,
    Gte,
    Lt,
    Lte,
}

impl Condition {
    fn matches(&self, user: &User) -> bool {
        match self {
            Condition::TextEq(f, v) => f.get(user).is_some_and(|s| s == v),
            Condition::TextContainsAll(f, subs) => f
                .get(user)
                .is_some_and(|s| subs.iter().all(|sub| s.contains(sub.as_str()))),
            Condition::TextIn(f, values) => {
                f.get(user).is_some_and(|s| values.iter().any(|v| v == s))
            }
            Condition::Number(f, op, v) => f.get(user).is_some_and(|n| match op {
                Op::Eq => n == *v,
                Op::Gt => n > *v,
                Op::Gte => n >= *v,
                Op::Lt => n < *v,
                Op::Lte => n <= *v,
            }),
            Condition::Bool(f, v) => f.get(user) == *v,
            Condition::ScopesEq(scopes) => scopes.is_empty(),
            Condition::ProfileEq(name, v) => user.profile.0.get(name).is_some_and(|s| s == v),
            Condition::ProfileContainsAny(name, subs) => user
                .profile
                .0
                .get(name)
                .is_some_and(|s| subs.iter().any(|sub| s.contains(sub.as_str()))),
            Condition::ProfileExists(name, exists) => user.profile.0.contains_key(name) == *exists,
        }
    }
}

impl TextField {
    fn get<'u>(&self, user: &'u User) -> Option<&'u str> {
        match self {
            TextField::Id => Some(&user.id),
            TextField::Email => Some(&user.email),
            TextField::Username => user.username.as_deref(),
            TextField::AcceptedEulaId => user.accepted_eula_id.as_deref(),
            TextField::AcceptedPrivacyPolicyId => user.accepted_privacy_policy_id.as_deref(),
            TextField::LastLoginIp => user.last_login_ip.as_deref(),
        }
    }
}

impl NumberField {
    fn get(&self, user: &User) -> Option<i64> {
        match self {
            NumberField::CreatedAt => user.created_at.map(|t| t.timestamp_micros()),
            NumberField::LastLoginAt => user.last_login_at.map(|t| t.timestamp_micros()),
            NumberField::LoginCount => user.login_count,
        }
    }
}

impl BoolField {
    fn get(&self, user: &User) -> bool {
        match self {
            BoolField::Disabled => user.disabled == Some(true),
            BoolField::Verified => user.verified,
            // The emulator has no MFA policy: no user requires it.
            BoolField::RequireMfa => false,
        }
    }
}

fn invalid(code: &'static str, key: &str, detail: impl Into<String>) -> Refusal {
    // A JSON pointer: `~` and `/` in the key are escaped.
    let key = key.replace('~', "~0").replace('/', "~1");
    Refusal::Invalid(vec![FieldProblem::new(
        code,
        format!("/filter/{key}"),
        detail,
    )])
}

fn strings(key: &str, value: &Value) -> Result<Vec<String>, Refusal> {
    let items = value
        .as_array()
        .ok_or_else(|| invalid("InvalidArray", key, "expected an array of strings"))?;
    items
        .iter()
        .map(|v| {
            v.as_str()
                .map(str::to_string)
                .ok_or_else(|| invalid("InvalidString", key, "expected a string"))
        })
        .collect()
}

fn text(key: &str, value: &Value) -> Result<String, Refusal> {
    value
        .as_str()
        .map(str::to_string)
        .ok_or_else(|| invalid("InvalidString", key, "expected a string"))
}

fn boolean(key: &str, value: &Value) -> Result<bool, Refusal> {
    value
        .as_bool()
        .ok_or_else(|| invalid("InvalidBool", key, "expected a boolean"))
}

fn number(field: NumberField, key: &str, value: &Value) -> Result<i64, Refusal> {
    match field {
        NumberField::LoginCount => value
            .as_i64()
            .ok_or_else(|| invalid("InvalidInteger", key, "expected an integer")),
        NumberField::CreatedAt | NumberField::LastLoginAt => value
            .as_str()
            .and_then(|s| DateTime::parse_from_rfc3339(s).ok())
            .map(|t| t.with_timezone(&Utc).timestamp_micros())
            .ok_or_else(|| invalid("BadFormatDateTime", key, "expected an ISO-8601 date-time")),
    }
}

/// Reads the filter keys into conditions: a listed key of the wrong type is a validation error;
/// a key the emulator does not understand is left out (see [`FILTER_KEYS`]).
fn parse_filter(filter: &Map<String, Value>) -> Result<Vec<Condition>, Refusal> {
    let mut conditions = Vec::with_capacity(filter.len());
    for (key, value) in filter {
        conditions.extend(parse_condition(key, value)?);
    }
    Ok(conditions)
}

/// What the emulator ignored in a request, in words: the filter keys it does not understand
/// (neither listed nor a well-formed `profile_<Name>` key) and an `order_by` it does not know.
/// The answer's summary says it, so that a typo does not go unseen.
pub(crate) fn ignored(
    filter: &Map<String, Value>,
    order_by: Option<&UserOrderBy>,
) -> Option<String> {
    let keys: Vec<&str> = filter
        .iter()
        .filter(|(key, value)| matches!(parse_condition(key, value), Ok(None)))
        .map(|(key, _)| key.as_str())
        .collect();
    let mut parts = Vec::new();
    if !keys.is_empty() {
        parts.push(format!("these filter keys: {}", keys.join(", ")));
    }
    if let Some(UserOrderBy::Other(order_by)) = order_by {
        parts.push(format!("order_by {order_by:?}, listing in creation order"));
    }
    (!parts.is_empty()).then(|| format!("the emulator ignored {}", parts.join("; and ")))
}

/// Every problem of a raw `filter` object, one per bad key, for the request validation: the
/// filter is checked before it is decoded into the generated `UserFilter`, so that a bad key gets
/// its own code and pointer rather than a generic decoding error.
pub(crate) fn filter_problems(filter: &Map<String, Value>) -> Vec<FieldProblem> {
    filter
        .iter()
        .filter_map(|(key, value)| match parse_condition(key, value) {
            Ok(_) | Err(Refusal::Status { .. }) => None,
            Err(Refusal::Invalid(problems)) => Some(problems),
        })
        .flatten()
        .collect()
}

/// Reads one filter key: `None` for a key the emulator does not understand.
fn parse_condition(key: &str, value: &Value) -> Result<Option<Condition>, Refusal> {
    if !FILTER_KEYS.contains(&key) {
        return Ok(profile_condition(key, value));
    }
    let (base, op) = key.split_once("__").unwrap_or((key, ""));
    let text_field = match base {
        "id" => Some(TextField::Id),
        "email" => Some(TextField::Email),
        "username" => Some(TextField::Username),
        "accepted_eula_id" => Some(TextField::AcceptedEulaId),
        "accepted_privacy_policy_id" => Some(TextField::AcceptedPrivacyPolicyId),
        "last_login_ip" => Some(TextField::LastLoginIp),
        _ => None,
    };
    let number_field = match base {
        "created_at" => Some(NumberField::CreatedAt),
        "last_login_at" => Some(NumberField::LastLoginAt),
        "login_count" => Some(NumberField::LoginCount),
        _ => None,
    };
    let bool_field = match base {
        "disabled" => Some(BoolField::Disabled),
        "verified" => Some(BoolField::Verified),
        "require_mfa" => Some(BoolField::RequireMfa),
        _ => None,
    };
    let condition = match (text_field, number_field, bool_field, op) {
        (Some(f), _, _, "") => Condition::TextEq(f, text(key, value)?),
        (Some(f), _, _, "contains") => Condition::TextContainsAll(f, strings(key, value)?),
        (Some(f), _, _, "in") => Condition::TextIn(f, strings(key, value)?),
        (_, Some(f), _, op) => {
            let op = match op {
                "gt" => Op::Gt,
                "gte" => Op::Gte,
                "lt" => Op::Lt,
                "lte" => Op::Lte,
                _ => Op::Eq,
            };
            Condition::Number(f, op, number(f, key, value)?)
        }
        (_, _, Some(f), _) => Condition::Bool(f, boolean(key, value)?),
        // `scopes`, the one listed key left.
        _ => Condition::ScopesEq(strings(key, value)?),
    };
    Ok(Some(condition))
}

/// A `profile_<Name>` key (`<Name>` of ASCII letters) whose value has the shape Pangea
/// documents for it; anything else is a key the emulator does not understand. Our description
/// cannot type these keys (OpenAPI 3.0 has no `patternProperties`), so a value of another shape
/// is not refused either.
fn profile_condition(key: &str, value: &Value) -> Option<Condition> {
    let (base, op) = key.split_once("__").unwrap_or((key, ""));
    let name = base
        .strip_prefix("profile_")
        .filter(|n| !n.is_empty() && n.chars().all(|c| c.is_ascii_alphabetic()))?
        .to_string();
    let texts = || -> Option<Vec<String>> {
        value
            .as_array()?
            .iter()
            .map(|v| v.as_str().map(str::to_string))
            .collect()
    };
    match op {
        "" => Some(Condition::ProfileEq(name, value.as_str()?.to_string())),
        "contains" => Some(Condition::ProfileContainsAny(name, texts()?)),
        "exists" => Some(Condition::ProfileExists(name, value.as_bool()?)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursors_round_trip_and_reject_garbage() {
        let cursor = Cursor {
            order_by: Some("email".into()),
            desc: true,
            key: Key::Text("a@b".into()),
            seq: 7,
        };
        assert_eq!(decode(&encode(&cursor)), Some(cursor));
        for garbage in ["", "zz", "abc", "7b7d"] {
            assert_eq!(decode(garbage), None, "{garbage}");
        }
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
        assert_eq!(parse_filter(&ok).expect("valid").len(), 8);
        for bad in [
            serde_json::json!({"login_count": "3"}),
            serde_json::json!({"created_at": "yesterday"}),
            serde_json::json!({"email__in": "x"}),
            serde_json::json!({"disabled": "no"}),
        ] {
            let map: Map<String, Value> = serde_json::from_value(bad.clone()).expect("map");
            assert!(
                matches!(parse_filter(&map), Err(Refusal::Invalid(_))),
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
        let conditions = parse_filter(&map).expect("accepted");
        assert_eq!(conditions.len(), 1, "{conditions:?}");
        assert!(
            matches!(&conditions[0], Condition::ProfileEq(name, value) if name == "ok" && value == "kept")
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
