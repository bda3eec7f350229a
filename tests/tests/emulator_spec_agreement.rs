//! The emulator's validation tables say what `openapi/authn.yaml` says: the same properties
//! and the same required ones for every operation, and the same limits and key rules.
//!
//! It lives in the workspace's unpublished `tests` crate because it reads
//! `openapi/authn.yaml`, which a packaged `authn-emulator` could not reach.

use std::collections::BTreeSet;

use authn_emulator::invites::spec as invites;
use authn_emulator::sessions::spec as sessions;
use authn_emulator::validate::{self, BodySpec};
use authn_tests::description;
use serde_json::Value;

/// (all property names, names required outside the selector) of an operation's request body.
fn described(path: &str) -> (BTreeSet<String>, BTreeSet<String>) {
    let spec = description();
    let schemas = &spec["components"]["schemas"];
    let body = &spec["paths"][path]["post"]["requestBody"]["content"]["application/json"]["schema"];
    let name = body["$ref"]
        .as_str()
        .and_then(|r| r.rsplit('/').next())
        .expect("a $ref body");
    let schema = &schemas[name];
    let variants: Vec<&Value> = match schema["oneOf"].as_array() {
        Some(variants) => variants.iter().collect(),
        None => vec![schema],
    };
    let mut names = BTreeSet::new();
    let mut required: Option<BTreeSet<String>> = None;
    for v in variants {
        names.extend(
            v["properties"]
                .as_object()
                .expect("properties")
                .keys()
                .cloned(),
        );
        let req: BTreeSet<String> = v["required"]
            .as_array()
            .map(|r| {
                r.iter()
                    .filter_map(Value::as_str)
                    .map(str::to_string)
                    .collect()
            })
            .unwrap_or_default();
        // What every variant requires is required; the selector key differs per variant.
        required = Some(match required {
            None => req,
            Some(prev) => prev.intersection(&req).cloned().collect(),
        });
    }
    (names, required.unwrap_or_default())
}

fn table(spec: &BodySpec) -> (BTreeSet<String>, BTreeSet<String>) {
    let (names, required) = validate::shape(spec);
    (
        names.into_iter().map(str::to_string).collect(),
        required.into_iter().map(str::to_string).collect(),
    )
}

#[test]
fn every_operation_validates_what_the_description_declares() {
    for (path, spec) in [
        ("/v2/client/userinfo", validate::USERINFO),
        ("/v2/client/password/change", validate::PASSWORD_CHANGE),
        ("/v2/user/create", validate::USER_CREATE),
        ("/v2/user/delete", validate::USER_SELECTOR),
        ("/v2/user/list", validate::USER_LIST),
        ("/v2/user/update", validate::USER_UPDATE),
        ("/v2/user/profile/get", validate::USER_SELECTOR),
        ("/v2/user/profile/update", validate::PROFILE_UPDATE),
        (
            "/v2/user/authenticators/delete",
            validate::AUTHENTICATOR_DELETE,
        ),
        ("/v2/user/authenticators/list", validate::USER_SELECTOR),
        ("/v2/client/token/check", sessions::TOKEN_CHECK),
        ("/v2/client/session/refresh", sessions::SESSION_REFRESH),
        ("/v2/client/session/logout", sessions::CLIENT_SESSION_LOGOUT),
        ("/v2/client/session/list", sessions::CLIENT_SESSION_LIST),
        (
            "/v2/client/session/invalidate",
            sessions::CLIENT_SESSION_INVALIDATE,
        ),
        ("/v2/client/jwks", sessions::JWKS),
        ("/v2/session/list", sessions::SESSION_LIST),
        ("/v2/session/invalidate", sessions::SESSION_INVALIDATE),
        ("/v2/session/logout", sessions::SESSION_LOGOUT),
        ("/v2/user/invite", invites::INVITE),
        ("/v2/user/invite/list", invites::INVITE_LIST),
        ("/v2/user/invite/delete", invites::INVITE_DELETE),
        ("/v2/user/password/expire", invites::PASSWORD_EXPIRE),
    ] {
        assert_eq!(table(&spec), described(path), "{path}");
    }
}

#[test]
fn order_by_values_are_the_described_ones() {
    let spec = description();
    let described: BTreeSet<&str> = spec["components"]["schemas"]["KnownUserOrderBy"]["enum"]
        .as_array()
        .expect("enum")
        .iter()
        .filter_map(Value::as_str)
        .collect();
    let emulated: BTreeSet<&str> = validate::ORDER_BY.iter().copied().collect();
    assert_eq!(emulated, described);
    assert_eq!(emulated.len(), 8);
}

#[test]
fn the_page_size_limits_are_the_described_ones() {
    let spec = description();
    let size = &spec["components"]["schemas"]["UserListRequest"]["properties"]["size"];
    assert_eq!(size["minimum"].as_u64(), Some(1));
    assert_eq!(
        size["maximum"].as_u64(),
        Some(authn_emulator::list::MAX_PAGE_SIZE)
    );
    for (size, problems) in [
        (1, 0),
        (authn_emulator::list::MAX_PAGE_SIZE, 0),
        (0, 1),
        (authn_emulator::list::MAX_PAGE_SIZE + 1, 1),
    ] {
        let found = validate::check(&validate::USER_LIST, &serde_json::json!({ "size": size }));
        assert_eq!(found.len(), problems, "size {size}: {found:?}");
    }
}

/// A value of the described type of a filter key, and one of another type.
fn samples(schema: &Value) -> (Value, Value) {
    use serde_json::json;
    match (schema["type"].as_str(), schema["format"].as_str()) {
        (Some("string"), Some("date-time")) => (json!("2030-01-01T00:00:00Z"), json!("soon")),
        (Some("string"), _) => (json!("x"), json!(5)),
        (Some("boolean"), _) => (json!(true), json!("yes")),
        (Some("integer"), _) => (json!(3), json!("3")),
        (Some("array"), _) => {
            assert_eq!(schema["items"]["type"], "string", "{schema}");
            (json!(["x"]), json!("x"))
        }
        other => panic!("a filter key of an unexpected type {other:?}"),
    }
}

#[test]
fn filter_keys_are_the_described_ones_with_their_types() {
    let spec = description();
    let filter = &spec["components"]["schemas"]["UserFilter"];
    let properties = filter["properties"].as_object().expect("properties");
    let described: BTreeSet<&str> = properties.keys().map(String::as_str).collect();
    let emulated: BTreeSet<&str> = authn_emulator::list::FILTER_KEYS.iter().copied().collect();
    assert_eq!(emulated, described);
    assert_eq!(described.len(), 37);
    for (key, schema) in properties {
        let (good, bad) = samples(schema);
        let check = |value: &Value| {
            validate::check(
                &validate::USER_LIST,
                &serde_json::json!({ "filter": { key.as_str(): value } }),
            )
        };
        assert_eq!(check(&good), vec![], "{key}: {good}");
        let problems = check(&bad);
        assert_eq!(problems.len(), 1, "{key}: {bad} must be refused");
        assert_eq!(problems[0].source, format!("/filter/{key}"));
    }
    // Other keys may hold any value (`additionalProperties` has no type), and none is refused.
    assert!(filter["additionalProperties"].get("type").is_none());
    for extra in [
        serde_json::json!({"shoe_size": 42}),
        serde_json::json!({"profile_nick": {"a": [1]}}),
        serde_json::json!({"email__gt": null}),
    ] {
        let found = validate::check(
            &validate::USER_LIST,
            &serde_json::json!({ "filter": extra }),
        );
        assert_eq!(found, vec![], "{extra}");
    }
}
