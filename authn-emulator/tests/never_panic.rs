//! Property tests: every request parser of the emulator answers arbitrary input with `Ok` or a
//! typed [`Refusal`], never a panic.
//!
//! Fed to `validate::parse::<T>` of each of the ten operations (with its generated type from
//! `authn_api::types`) and to the parsers of the thirteen session, token, invite and
//! password-expiry operations (`sessions::parse`, `invites::parse`): arbitrary bytes, arbitrary JSON values (objects whose keys are mostly the
//! operations' own field names), and mutations of valid bodies (bytes flipped, inserted, cut;
//! fields removed, added, or given arbitrary values). The `user/list` path goes on through
//! `ListQuery::from_request` and `Store::list_users`, which are also fed arbitrary `ListQuery`s:
//! arbitrary filters, sizes (0 and `u64::MAX` included), orders and cursors (garbage, real
//! cursors of every ordering, and mutated real cursors). The `session/list` and
//! `user/invite/list` paths go on through `Store::list_sessions` and `Store::list_invites`
//! against a store with sessions and invites.
//!
//! Besides not panicking, every refusal must be a `ValidationError` with at least one error,
//! each with a known code and a JSON-pointer source; a body that passes the validation tables
//! must decode into the generated type (so the tables and the types never disagree); and no
//! detail may quote a string value of the request (some are secrets).
//!
//! A few thousand cases by default (about a second in debug). `PROPTEST_CASES` sets the cases of
//! each of the five properties; the long run is
//!
//! ```sh
//! PROPTEST_CASES=200000 cargo test --release -p authn-emulator --test never_panic -- --nocapture
//! ```

use std::sync::LazyLock;

use authn_api::types::{self, ItemOrder, KnownAuthenticatorType, KnownUserOrderBy};
use authn_emulator::list::ListQuery;
use authn_emulator::store::{FieldProblem, Refusal, Selector, Store};
use authn_emulator::validate::{self, BodySpec};
use authn_emulator::{invites, sessions};
use proptest::prelude::*;
use proptest::test_runner::Config;
use serde::de::DeserializeOwned;
use serde_json::{Map, Value, json};

/// The cases of each property: `PROPTEST_CASES`, else 600 (five properties: 3,000 cases).
fn config() -> Config {
    let mut config = Config::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 600;
    }
    // Failures are printed with their minimal input; nothing is written into the source tree.
    config.failure_persistence = None;
    config
}

/// The codes the emulator may report (README, "Statuses it returns").
const CODES: &[&str] = &[
    "FieldRequired",
    "UnexpectedProperty",
    "InvalidString",
    "InvalidBool",
    "InvalidInteger",
    "InvalidObject",
    "InvalidArray",
    "DoesNotMatchPattern",
    "NotEnumMember",
    "NotWithinRange",
    "MustProvideOne",
    "MutuallyExclusive",
    "BadFormat",
    "BadFormatDateTime",
];

/// What `validate::parse` answers when the tables pass a body its type then refuses.
const SHAPE_DETAIL: &str = "the request body does not have the documented shape";

/// A store with users in many states, for the list path.
static STORE: LazyLock<Store> = LazyLock::new(|| {
    let mut store = Store::new();
    for i in 0..40 {
        let email = format!("User{i}@Example.com");
        let username = (i % 3 == 0).then(|| format!("user_{i}"));
        let mut profile = std::collections::BTreeMap::new();
        if i % 2 == 0 {
            profile.insert("first_name".to_string(), format!("Name{}", i % 5));
        }
        if i % 4 == 0 {
            profile.insert("city".to_string(), "Tōkyō".to_string());
        }
        store
            .create_user(&email, username.as_deref(), profile)
            .expect("created");
        let selector = Selector::Email(email.clone());
        if i % 3 == 1 {
            store.set_password(&selector, "pw").expect("password");
            for _ in 0..(i % 4) {
                let code = store.mint_login_code(&selector).expect("code");
                store
                    .userinfo(&code, Some(format!("10.0.0.{i}")))
                    .expect("login");
            }
        }
        if i % 7 == 0 {
            store
                .add_authenticator(&selector, KnownAuthenticatorType::Totp)
                .expect("authenticator");
        }
        if i % 5 == 0 {
            store
                .update_user(&selector, Some(true), None, Some("+15550100".into()))
                .expect("updated");
        }
        if i % 6 == 0 {
            let body = json!({"inviter": email, "email": format!("new{i}@example.com"),
                "callback": format!("https://app{i}.example.com/cb"), "state": format!("state-{i}-xyz")});
            store.invite(body.to_string().as_bytes()).expect("invited");
        }
    }
    store
});

/// The `order_by` values of the session and invite lists (closed enums), and none.
fn list_orders_by() -> impl Iterator<Item = Option<&'static str>> {
    std::iter::once(None).chain(
        sessions::spec::ORDER_BY
            .iter()
            .chain(invites::spec::ORDER_BY)
            .map(|o| Some(*o)),
    )
}

const ORDERS_BY: [Option<KnownUserOrderBy>; 9] = [
    None,
    Some(KnownUserOrderBy::Id),
    Some(KnownUserOrderBy::CreatedAt),
    Some(KnownUserOrderBy::LastLoginAt),
    Some(KnownUserOrderBy::LastLoginIp),
    Some(KnownUserOrderBy::LoginCount),
    Some(KnownUserOrderBy::Email),
    Some(KnownUserOrderBy::AcceptedEulaId),
    Some(KnownUserOrderBy::AcceptedPrivacyPolicyId),
];

/// Real cursors: of every ordering, both directions, at several depths.
static CURSORS: LazyLock<Vec<String>> = LazyLock::new(|| {
    let mut cursors = Vec::new();
    for order_by in ORDERS_BY {
        for order in [None, Some(ItemOrder::Asc), Some(ItemOrder::Desc)] {
            for size in [1, 7, 39] {
                let query = ListQuery {
                    order,
                    order_by,
                    size: Some(size),
                    ..ListQuery::default()
                };
                let page = STORE.list_users(&query).expect("a page");
                cursors.extend(page.last);
            }
        }
    }
    // Cursors of the session and invite lists, which the user list must refuse (and they it).
    for order_by in list_orders_by() {
        for order in ["asc", "desc"] {
            let mut body = json!({"size": 1, "order": order});
            if let Some(order_by) = order_by {
                body["order_by"] = json!(order_by);
            }
            let bytes = body.to_string().into_bytes();
            for page in [STORE.list_sessions(&bytes), STORE.list_invites(&bytes)] {
                if let Ok(page) = page
                    && let Some(last) = page["last"].as_str().filter(|l| !l.is_empty())
                {
                    cursors.push(last.to_string());
                }
            }
        }
    }
    assert!(cursors.len() > 40, "{} cursors", cursors.len());
    cursors
});

/// Checks a refusal: a validation error with known codes and JSON-pointer sources.
fn check_refusal(what: &str, refusal: &Refusal) -> Result<(), TestCaseError> {
    let Refusal::Invalid(problems) = refusal else {
        return Err(TestCaseError::fail(format!(
            "{what}: parsing refused with a business status: {refusal}"
        )));
    };
    prop_assert!(!problems.is_empty(), "{}: an empty error list", what);
    for FieldProblem {
        code,
        detail,
        source,
    } in problems
    {
        prop_assert!(CODES.contains(code), "{}: unknown code {}", what, code);
        prop_assert!(
            source.is_empty() || source.starts_with('/'),
            "{}: source {:?} is not a JSON pointer",
            what,
            source
        );
        prop_assert!(!detail.is_empty(), "{}: an empty detail", what);
    }
    Ok(())
}

/// Every string value (not key) of `value` of 8 characters or more that is no key of it.
fn secret_like_strings(value: &Value) -> Vec<String> {
    fn walk(value: &Value, strings: &mut Vec<String>, keys: &mut Vec<String>) {
        match value {
            Value::String(s) => strings.push(s.clone()),
            Value::Array(items) => items.iter().for_each(|v| walk(v, strings, keys)),
            Value::Object(map) => {
                for (k, v) in map {
                    keys.push(k.clone());
                    walk(v, strings, keys);
                }
            }
            _ => {}
        }
    }
    let (mut strings, mut keys) = (Vec::new(), Vec::new());
    walk(value, &mut strings, &mut keys);
    // Names the details may use: the request's keys, the known keys, the order_by values.
    let names = keys
        .iter()
        .map(String::as_str)
        .chain(KEYS.iter().copied())
        .chain(validate::ORDER_BY.iter().copied())
        .chain(sessions::spec::ORDER_BY.iter().copied())
        .chain(invites::spec::ORDER_BY.iter().copied());
    let names: Vec<&str> = names.collect();
    strings.retain(|s| s.chars().count() >= 8 && !names.iter().any(|n| n.contains(s.as_str())));
    strings
}

/// Parses `bytes` as operation `T` and checks the outcome.
fn parse_as<T: DeserializeOwned>(
    what: &str,
    spec: &BodySpec,
    bytes: &[u8],
) -> Result<Option<T>, TestCaseError> {
    match validate::parse::<T>(spec, bytes) {
        Ok(request) => Ok(Some(request)),
        Err(refusal) => {
            check_parse_refusal(what, &refusal, bytes)?;
            Ok(None)
        }
    }
}

/// Checks a parser's refusal: a validation error of known codes, none saying the tables passed
/// a body the type refused, none quoting a value.
fn check_parse_refusal(what: &str, refusal: &Refusal, bytes: &[u8]) -> Result<(), TestCaseError> {
    {
        {
            check_refusal(what, refusal)?;
            if let Refusal::Invalid(problems) = refusal {
                prop_assert!(
                    !problems.iter().any(|p| p.detail == SHAPE_DETAIL),
                    "{}: the tables passed a body its type refuses: {}",
                    what,
                    String::from_utf8_lossy(bytes)
                );
                if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
                    for secret in secret_like_strings(&value) {
                        for p in problems {
                            prop_assert!(
                                !p.detail.contains(&secret),
                                "{}: detail {:?} quotes a value",
                                what,
                                p.detail
                            );
                        }
                    }
                }
            }
            Ok(())
        }
    }
}

/// One of the thirteen operations of the session and invite areas, through its area's parser;
/// the two lists go on through the store.
fn area_path(path: &str, bytes: &[u8]) -> Result<(), TestCaseError> {
    let parsed = sessions::parse(path, bytes)
        .or_else(|| invites::parse(path, bytes))
        .ok_or_else(|| TestCaseError::fail(format!("{path} is in no area")))?;
    if let Err(refusal) = parsed {
        return check_parse_refusal(path, &refusal, bytes);
    }
    let listed = match path {
        "/v2/session/list" => STORE.list_sessions(bytes),
        "/v2/user/invite/list" => STORE.list_invites(bytes),
        _ => return Ok(()),
    };
    match listed {
        Ok(page) => {
            let items = page
                .as_object()
                .and_then(|o| o.get("sessions").or_else(|| o.get("invites")))
                .and_then(Value::as_array)
                .map_or(0, Vec::len);
            let count = page["count"].as_u64().unwrap_or(u64::MAX);
            prop_assert!(items as u64 <= count, "{}: more items than count", path);
            Ok(())
        }
        Err(refusal) => check_refusal(path, &refusal),
    }
}

/// The ten operations, each parsed with its own table and generated type.
type Parser = fn(&[u8]) -> Result<(), TestCaseError>;

fn list_path(bytes: &[u8]) -> Result<(), TestCaseError> {
    let Some(request) =
        parse_as::<types::UserListRequest>("user/list", &validate::USER_LIST, bytes)?
    else {
        return Ok(());
    };
    match ListQuery::from_request(request) {
        Ok(query) => run_list("user/list", &query),
        Err(refusal) => check_refusal("user/list query", &refusal),
    }
}

/// Runs a list query against the store and checks the page.
fn run_list(what: &str, query: &ListQuery) -> Result<(), TestCaseError> {
    match STORE.list_users(query) {
        Ok(page) => {
            let size = query.size.unwrap_or(20);
            prop_assert!(page.users.len() as u64 <= size, "{}: page over size", what);
            prop_assert!(page.count <= STORE.user_count(), "{}: count", what);
            prop_assert!(
                page.users.len() <= page.count,
                "{}: more users than count",
                what
            );
            Ok(())
        }
        Err(refusal) => check_refusal(what, &refusal),
    }
}

const OPERATIONS: [(&str, Parser); 23] = [
    ("client/userinfo", |b| {
        parse_as::<types::UserinfoRequest>("client/userinfo", &validate::USERINFO, b).map(drop)
    }),
    ("client/password/change", |b| {
        parse_as::<types::PasswordChangeRequest>(
            "client/password/change",
            &validate::PASSWORD_CHANGE,
            b,
        )
        .map(drop)
    }),
    ("user/create", |b| {
        parse_as::<types::UserCreateRequest>("user/create", &validate::USER_CREATE, b).map(drop)
    }),
    ("user/delete", |b| {
        parse_as::<types::UserSelector>("user/delete", &validate::USER_SELECTOR, b).map(drop)
    }),
    ("user/list", list_path),
    ("user/update", |b| {
        parse_as::<types::UserUpdateRequest>("user/update", &validate::USER_UPDATE, b).map(drop)
    }),
    ("user/profile/get", |b| {
        parse_as::<types::UserSelector>("user/profile/get", &validate::USER_SELECTOR, b).map(drop)
    }),
    ("user/profile/update", |b| {
        parse_as::<types::ProfileUpdateRequest>("user/profile/update", &validate::PROFILE_UPDATE, b)
            .map(drop)
    }),
    ("user/authenticators/delete", |b| {
        parse_as::<types::AuthenticatorDeleteRequest>(
            "user/authenticators/delete",
            &validate::AUTHENTICATOR_DELETE,
            b,
        )
        .map(drop)
    }),
    ("user/authenticators/list", |b| {
        parse_as::<types::UserSelector>("user/authenticators/list", &validate::USER_SELECTOR, b)
            .map(drop)
    }),
    ("client/token/check", |b| {
        area_path("/v2/client/token/check", b)
    }),
    ("client/session/refresh", |b| {
        area_path("/v2/client/session/refresh", b)
    }),
    ("client/session/logout", |b| {
        area_path("/v2/client/session/logout", b)
    }),
    ("client/session/list", |b| {
        area_path("/v2/client/session/list", b)
    }),
    ("client/session/invalidate", |b| {
        area_path("/v2/client/session/invalidate", b)
    }),
    ("client/jwks", |b| area_path("/v2/client/jwks", b)),
    ("session/list", |b| area_path("/v2/session/list", b)),
    ("session/invalidate", |b| {
        area_path("/v2/session/invalidate", b)
    }),
    ("session/logout", |b| area_path("/v2/session/logout", b)),
    ("user/invite", |b| area_path("/v2/user/invite", b)),
    ("user/invite/list", |b| area_path("/v2/user/invite/list", b)),
    ("user/invite/delete", |b| {
        area_path("/v2/user/invite/delete", b)
    }),
    ("user/password/expire", |b| {
        area_path("/v2/user/password/expire", b)
    }),
];

/// A valid body of each operation, in `OPERATIONS` order.
fn valid_bodies() -> [Value; 23] {
    let code = format!("pmc_{}", "a".repeat(32));
    let flow = format!("pfl_{}", "b".repeat(32));
    let token = format!("ptu_{}", "c".repeat(32));
    let authenticator = format!("pau_{}", "d".repeat(32));
    let refresh = format!("ptr_{}", "e".repeat(32));
    let session = format!("pmt_{}", "f".repeat(32));
    let invite = format!("pmi_{}", "g".repeat(32));
    let list = json!({"filter": {"email__contains": ["@"], "created_at__lt": "2030-01-01T00:00:00Z",
        "enabled": true, "profile_first_name": "Joe", "expire__gte": "2020-01-01T00:00:00Z"},
        "order": "desc", "order_by": "email", "size": 5});
    let mut client_list = list.clone();
    client_list["token"] = json!(token);
    [
        json!({"code": code, "flow_id": flow}),
        json!({"token": token, "old_password": "old secret", "new_password": "new secret"}),
        json!({"email": "joe@example.com", "profile": {"first_name": "Joe"}, "username": "joe"}),
        json!({"email": "joe@example.com"}),
        json!({"filter": {"email__contains": ["@"], "login_count__gte": 1,
            "created_at__lt": "2030-01-01T00:00:00Z", "profile_first_name": "Joe"},
            "order": "desc", "order_by": "email", "size": 5}),
        json!({"id": "pui_abc", "disabled": true, "unlock": true, "phone": "+18085550173"}),
        json!({"username": "joe"}),
        json!({"email": "joe@example.com", "profile": {"first_name": "Jo", "nick": null}}),
        json!({"id": "pui_abc", "authenticator_id": authenticator}),
        json!({"email": "joe@example.com"}),
        json!({"token": "a.b.c"}),
        json!({"refresh_token": refresh, "user_token": token}),
        json!({"token": token}),
        client_list,
        json!({"token": token, "session_id": session}),
        json!({}),
        list,
        json!({"session_id": session, "user_initiated": false}),
        json!({"user_id": "pui_abc"}),
        json!({"inviter": "joe@example.com", "email": "new@example.com",
            "callback": "https://app.example.com/cb", "state": "state-1234", "client_id": null}),
        json!({"filter": {"inviter__in": ["joe@example.com"], "is_signup": true,
            "expire__gt": "2020-01-01T00:00:00Z"}, "order_by": "callback", "size": 2}),
        json!({"id": invite}),
        json!({"id": "pui_abc"}),
    ]
}

/// Keys the bodies and filters use, so that arbitrary objects reach deep into the checks.
const KEYS: &[&str] = &[
    "id",
    "email",
    "username",
    "profile",
    "code",
    "flow_id",
    "token",
    "old_password",
    "new_password",
    "disabled",
    "unlock",
    "phone",
    "authenticator_id",
    "filter",
    "last",
    "order",
    "order_by",
    "size",
    "first_name",
    "last_name",
    "email__contains",
    "email__in",
    "id__in",
    "username__contains",
    "created_at",
    "created_at__gt",
    "created_at__lte",
    "last_login_at__gte",
    "login_count",
    "login_count__lt",
    "login_count__eq",
    "verified",
    "require_mfa",
    "scopes",
    "last_login_ip",
    "accepted_eula_id__in",
    "profile_first_name",
    "profile_city__contains",
    "profile_phone__exists",
    "profile___exists",
    "profile_",
    "a/b~c",
    "refresh_token",
    "user_token",
    "session_id",
    "user_initiated",
    "user_id",
    "inviter",
    "callback",
    "state",
    "client_id",
    "active_token_id",
    "active_token_id__in",
    "identity__contains",
    "expire",
    "expire__lt",
    "enabled",
    "type",
    "type__in",
    "is_signup",
    "invite_org__contains",
    "callback__in",
    "",
];

/// Strings near the valid ones, and arbitrary ones.
fn string_value() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(vec![
            "joe@example.com".to_string(),
            "JOE@EXAMPLE.COM".to_string(),
            "joe".to_string(),
            "j".to_string(),
            "pui_abc".to_string(),
            format!("pmc_{}", "a".repeat(32)),
            format!("pfl_{}", "b".repeat(32)),
            format!("ptu_{}", "c".repeat(32)),
            format!("pau_{}", "d".repeat(32)),
            format!("ptr_{}", "e".repeat(32)),
            format!("pmt_{}", "f".repeat(32)),
            format!("pmi_{}", "g".repeat(32)),
            format!("psa_{}", "h".repeat(32)),
            "https://app.example.com/cb".to_string(),
            "state-1234".to_string(),
            "active_token_id".to_string(),
            "inviter".to_string(),
            "a.b.c".to_string(),
            "+18085550173".to_string(),
            "+1-808-555-0173".to_string(),
            "asc".to_string(),
            "desc".to_string(),
            "email".to_string(),
            "created_at".to_string(),
            "login_count".to_string(),
            "2030-01-01T00:00:00Z".to_string(),
            "2030-01-01T00:00:00+02:00".to_string(),
            "2030-01-01t00:00:00z".to_string(),
            "2030-01-01 00:00:00Z".to_string(),
            "2030-13-01T00:00:00Z".to_string(),
            "2030-12-31T23:59:60Z".to_string(),
            "0000-01-01T00:00:00Z".to_string(),
            "9999-12-31T23:59:59.999999999-23:59".to_string(),
            "2030-01-01".to_string(),
            String::new(),
        ]),
        1 => proptest::sample::select(CURSORS.clone()),
        2 => "[a-zA-Z0-9@._+:/ -]{0,40}",
        1 => any::<String>(),
    ]
}

fn number_value() -> impl Strategy<Value = Value> {
    prop_oneof![
        (-3i64..30).prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        Just(json!(10_000)),
        Just(json!(10_001)),
        Just(json!(1e30)),
        Just(json!(-1e30)),
        Just(json!(9.3e18)),
        Just(json!(1.0)),
    ]
}

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        number_value(),
        string_value().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 8, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            proptest::collection::vec((key(), inner), 0..8)
                .prop_map(|entries| Value::Object(entries.into_iter().collect())),
        ]
    })
}

fn key() -> impl Strategy<Value = String> {
    prop_oneof![
        6 => proptest::sample::select(KEYS).prop_map(str::to_string),
        1 => "[a-z_]{0,12}",
        1 => any::<String>(),
    ]
}

/// A JSON-level edit of a valid body.
#[derive(Debug, Clone)]
enum Edit {
    Remove(usize),
    Replace(usize, Value),
    Add(String, Value),
    ReplaceInner(usize, String, Value),
}

fn edit() -> impl Strategy<Value = Edit> {
    prop_oneof![
        any::<usize>().prop_map(Edit::Remove),
        (any::<usize>(), json_value()).prop_map(|(i, v)| Edit::Replace(i, v)),
        (key(), json_value()).prop_map(|(k, v)| Edit::Add(k, v)),
        (any::<usize>(), key(), json_value()).prop_map(|(i, k, v)| Edit::ReplaceInner(i, k, v)),
    ]
}

fn apply(body: &mut Value, edit: Edit) {
    let Some(map) = body.as_object_mut() else {
        return;
    };
    let keys: Vec<String> = map.keys().cloned().collect();
    let pick = |i: usize| (!keys.is_empty()).then(|| keys[i % keys.len()].clone());
    match edit {
        Edit::Remove(i) => {
            if let Some(k) = pick(i) {
                map.remove(&k);
            }
        }
        Edit::Replace(i, v) => {
            if let Some(k) = pick(i) {
                map.insert(k, v);
            }
        }
        Edit::Add(k, v) => {
            map.insert(k, v);
        }
        Edit::ReplaceInner(i, inner_key, v) => {
            if let Some(k) = pick(i)
                && let Some(inner) = map.get_mut(&k).and_then(Value::as_object_mut)
            {
                inner.insert(inner_key, v);
            }
        }
    }
}

/// A byte-level edit.
#[derive(Debug, Clone)]
enum ByteEdit {
    Flip(usize, u8),
    Insert(usize, u8),
    Cut(usize, usize),
    Truncate(usize),
    Repeat(usize, usize),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    prop_oneof![
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Flip(i, b)),
        (any::<usize>(), any::<u8>()).prop_map(|(i, b)| ByteEdit::Insert(i, b)),
        (any::<usize>(), 0usize..16).prop_map(|(i, n)| ByteEdit::Cut(i, n)),
        any::<usize>().prop_map(ByteEdit::Truncate),
        (any::<usize>(), 0usize..16).prop_map(|(i, n)| ByteEdit::Repeat(i, n)),
    ]
}

fn apply_bytes(bytes: &mut Vec<u8>, edit: ByteEdit) {
    let len = bytes.len();
    if len == 0 {
        return;
    }
    match edit {
        ByteEdit::Flip(i, b) => bytes[i % len] ^= b | 1,
        ByteEdit::Insert(i, b) => bytes.insert(i % (len + 1), b),
        ByteEdit::Cut(i, n) => {
            let start = i % len;
            bytes.drain(start..(start + n).min(len));
        }
        ByteEdit::Truncate(i) => bytes.truncate(i % len),
        ByteEdit::Repeat(i, n) => {
            let start = i % len;
            let piece: Vec<u8> = bytes[start..(start + n).min(len)].to_vec();
            bytes.splice(start..start, piece);
        }
    }
}

fn every_operation(bytes: &[u8]) -> Result<(), TestCaseError> {
    for (_, parse) in OPERATIONS {
        parse(bytes)?;
    }
    Ok(())
}

proptest! {
    #![proptest_config(config())]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        every_operation(&bytes)?;
    }

    #[test]
    fn arbitrary_json_never_panics(value in json_value()) {
        every_operation(value.to_string().as_bytes())?;
    }

    #[test]
    fn arbitrary_objects_of_known_keys_never_panic(
        entries in proptest::collection::vec((key(), json_value()), 0..8),
    ) {
        let value = Value::Object(entries.into_iter().collect::<Map<String, Value>>());
        every_operation(value.to_string().as_bytes())?;
    }

    #[test]
    fn mutated_valid_bodies_never_panic(
        operation in 0usize..OPERATIONS.len(),
        edits in proptest::collection::vec(edit(), 0..4),
        byte_edits in proptest::collection::vec(byte_edit(), 0..3),
    ) {
        let mut body = valid_bodies()[operation].clone();
        for e in edits {
            apply(&mut body, e);
        }
        let mut bytes = body.to_string().into_bytes();
        for e in byte_edits {
            apply_bytes(&mut bytes, e);
        }
        // The mutated body of this operation, and of all the others.
        (OPERATIONS[operation].1)(&bytes)?;
        every_operation(&bytes)?;
    }

    #[test]
    fn arbitrary_list_queries_never_panic(
        filter in proptest::collection::vec((key(), json_value()), 0..4),
        last in prop_oneof![
            2 => Just(None),
            2 => proptest::sample::select(CURSORS.clone()).prop_map(Some),
            2 => (proptest::sample::select(CURSORS.clone()), any::<usize>(), any::<u8>())
                .prop_map(|(c, i, b)| {
                    let mut bytes = c.into_bytes();
                    let n = bytes.len();
                    bytes[i % n] = b"0123456789abcdef"[usize::from(b) % 16];
                    Some(String::from_utf8_lossy(&bytes).into_owned())
                }),
            1 => any::<String>().prop_map(Some),
        ],
        order in proptest::sample::select(vec![None, Some(ItemOrder::Asc), Some(ItemOrder::Desc)]),
        order_by in proptest::sample::select(ORDERS_BY.to_vec()),
        size in prop_oneof![
            Just(None),
            Just(Some(0)),
            Just(Some(1)),
            (0u64..50).prop_map(Some),
            any::<u64>().prop_map(Some),
            Just(Some(10_000)),
            Just(Some(10_001)),
        ],
    ) {
        let query = ListQuery {
            filter: filter.into_iter().collect(),
            last,
            order,
            order_by,
            size,
        };
        run_list("ListQuery", &query)?;
    }
}

/// Paging with every ordering, page size and direction returns every user once, and `count`
/// is the number paged, whatever the store holds.
#[test]
fn paging_the_fixture_store_returns_every_user_once() {
    for order_by in ORDERS_BY {
        for order in [None, Some(ItemOrder::Asc), Some(ItemOrder::Desc)] {
            for size in [1, 3, 40, 10_000] {
                let mut seen = std::collections::BTreeSet::new();
                let mut last = None;
                loop {
                    let query = ListQuery {
                        last: last.take(),
                        order,
                        order_by,
                        size: Some(size),
                        ..ListQuery::default()
                    };
                    let page = STORE.list_users(&query).expect("a page");
                    assert_eq!(page.count, STORE.user_count());
                    for user in page.users {
                        assert!(seen.insert(user.id), "{order_by:?} {order:?} {size}");
                    }
                    match page.last {
                        Some(cursor) => last = Some(cursor),
                        None => break,
                    }
                }
                assert_eq!(
                    seen.len(),
                    STORE.user_count(),
                    "{order_by:?} {order:?} {size}"
                );
            }
        }
    }
}

/// The valid bodies of the thirteen area operations parse, and the fixture has sessions and
/// invites to list, so that the mutations start from bodies that reach the lists.
#[test]
fn the_valid_bodies_of_the_area_operations_parse_and_the_fixture_lists() {
    let bodies = valid_bodies();
    for (index, (name, _)) in OPERATIONS.iter().enumerate().skip(10) {
        let path = format!("/v2/{name}");
        let bytes = bodies[index].to_string().into_bytes();
        let parsed = sessions::parse(&path, &bytes).or_else(|| invites::parse(&path, &bytes));
        assert_eq!(parsed, Some(Ok(())), "{name}");
    }
    let sessions = STORE.list_sessions(b"{}").expect("listed");
    assert!(
        sessions["count"].as_u64().is_some_and(|n| n >= 10),
        "{sessions}"
    );
    let invites = STORE.list_invites(b"{}").expect("listed");
    assert_eq!(invites["count"], 7, "{invites}");
}
