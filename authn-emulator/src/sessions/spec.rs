//! The validation tables of the session and token calls, from the official description's
//! request schemas (`pangea-authn.openapi.json`).

use serde_json::{Map, Value};

use super::list;
use crate::core::FieldProblem;
use crate::core::validate::{
    BodySpec, Field, Kind, field, identity, list_fields, pattern_check, user_token,
};

pattern_check!(
    /// `authn-token`: any token value, or a JWT.
    token,
    r"^(p(ti|tr|ts|tu|cl)_[a-z2-7]{32})|([A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+)$"
);
pattern_check!(
    /// `authn-token-refresh`.
    refresh_token,
    r"^ptr_[a-z2-7]{32}$"
);
pattern_check!(
    /// `authn-token-id`: a session's or a token's id.
    token_id,
    r"^pmt_[a-z2-7]{32}$"
);

/// The `order_by` values of `authn-filter-tokens` (a closed enum there; ours is open, so
/// another value lists in creation order).
pub const ORDER_BY: &[&str] = &[
    "id",
    "created_at",
    "type",
    "identity",
    "email",
    "expire",
    "active_token_id",
];

fn filter(filter: &Map<String, Value>) -> Vec<FieldProblem> {
    list::FILTER.problems(filter)
}

/// The fields of `authn-filter-tokens`.
const LIST_FIELDS: [Field; 5] = list_fields(filter);

/// The request body of `client/token/check`.
pub const TOKEN_CHECK: BodySpec = BodySpec::closed(&[field("token", Kind::Text(token), true)]);
/// The request body of `client/session/refresh`.
pub const SESSION_REFRESH: BodySpec = BodySpec::closed(&[
    field("refresh_token", Kind::Text(refresh_token), true),
    field("user_token", Kind::Text(user_token), false),
]);
/// The request body of `client/session/logout`.
pub const CLIENT_SESSION_LOGOUT: BodySpec =
    BodySpec::closed(&[field("token", Kind::Text(user_token), true)]);
/// The request body of `client/session/list`.
pub const CLIENT_SESSION_LIST: BodySpec = BodySpec::closed(&[
    field("token", Kind::Text(user_token), true),
    LIST_FIELDS[0],
    LIST_FIELDS[1],
    LIST_FIELDS[2],
    LIST_FIELDS[3],
    LIST_FIELDS[4],
]);
/// The request body of `client/session/invalidate`.
pub const CLIENT_SESSION_INVALIDATE: BodySpec = BodySpec::closed(&[
    field("token", Kind::Text(user_token), true),
    field("session_id", Kind::Text(token_id), true),
]);
/// The request body of `client/jwks`.
pub const JWKS: BodySpec = BodySpec::closed(&[]);
/// The official description gives `session/list` the bare `authn-filter-tokens`, which does
/// not close the object (unlike `client/session/list`'s): other fields are accepted, and named
/// in the summary.
pub const SESSION_LIST: BodySpec = BodySpec {
    fields: &LIST_FIELDS,
    one_of: &[],
    open: true,
};
/// The request body of `session/invalidate`.
pub const SESSION_INVALIDATE: BodySpec = BodySpec::closed(&[
    field("session_id", Kind::Text(token_id), true),
    field("user_initiated", Kind::Bool, false),
]);
/// The request body of `session/logout`.
pub const SESSION_LOGOUT: BodySpec =
    BodySpec::closed(&[field("user_id", Kind::Text(identity), true)]);

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn codes(spec: &BodySpec, body: Value) -> Vec<(&'static str, String)> {
        crate::core::validate::codes(spec, &body)
    }

    #[test]
    fn patterns_follow_the_official_description() {
        assert_eq!(token("ptu_abcdefghijklmnopqrstuvwxyz234567"), None);
        assert_eq!(token("eyJh.eyJz.c2ln"), None);
        assert!(token("ptx_abcdefghijklmnopqrstuvwxyz234567").is_some());
        assert_eq!(refresh_token("ptr_abcdefghijklmnopqrstuvwxyz234567"), None);
        assert!(refresh_token("ptu_abcdefghijklmnopqrstuvwxyz234567").is_some());
        assert!(token_id("pmt_short").is_some());
    }

    #[test]
    fn session_list_is_open_and_client_session_list_closed() {
        assert!(codes(&SESSION_LIST, json!({"extra": 1, "size": 2})).is_empty());
        assert_eq!(
            codes(&CLIENT_SESSION_LIST, json!({"extra": 1})),
            vec![
                ("UnexpectedProperty", "/extra".to_string()),
                ("FieldRequired", "/token".to_string())
            ]
        );
        assert!(codes(&SESSION_LIST, json!({"order_by": "shoe_size"})).is_empty());
        assert_eq!(
            codes(&SESSION_LIST, json!({"order_by": 7})),
            vec![("InvalidString", "/order_by".to_string())]
        );
    }
}
