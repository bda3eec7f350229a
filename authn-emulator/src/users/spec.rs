//! The validation tables of the ten user and client calls (see `core::validate`), their
//! patterns checked with the same `authn_api::strings` types the client uses.

use authn_api::strings;

use super::list;
use crate::core::validate::{BodySpec, Field, Kind, any, email, field, identity, user_token};

fn err<T>(r: Result<T, strings::InvalidString>) -> Option<&'static str> {
    r.err().map(|e| e.pattern())
}

fn username(value: &str) -> Option<&'static str> {
    err(strings::Username::new(value))
}

fn authenticator_id(value: &str) -> Option<&'static str> {
    err(strings::AuthenticatorId::new(value))
}

fn flow_id(value: &str) -> Option<&'static str> {
    err(strings::FlowId::new(value))
}

fn login_code(value: &str) -> Option<&'static str> {
    err(strings::LoginCode::new(value))
}

/// The description's `Phone` pattern (E.164, dashes tolerated as in Pangea's example).
fn phone(value: &str) -> Option<&'static str> {
    err(strings::PhoneNumber::new(value))
}

/// The selector fields.
pub const SELECTOR: [Field; 3] = [
    field("id", Kind::Text(identity), false),
    field("email", Kind::Text(email), false),
    field("username", Kind::Text(username), false),
];

/// The order_by values of the official description. Any other string is accepted, as the
/// description's open enum says, and the list keeps its default order (see `list`).
pub const ORDER_BY: &[&str] = &[
    "id",
    "created_at",
    "last_login_at",
    "last_login_ip",
    "login_count",
    "email",
    "accepted_eula_id",
    "accepted_privacy_policy_id",
];

const fn selected(fields: &'static [Field]) -> BodySpec {
    BodySpec {
        fields,
        one_of: &SELECTOR,
        open: false,
    }
}

/// The request body of `client/userinfo`.
pub const USERINFO: BodySpec = BodySpec::closed(&[
    field("code", Kind::Text(login_code), true),
    field("flow_id", Kind::Text(flow_id), false),
]);
/// The request body of `client/password/change`.
pub const PASSWORD_CHANGE: BodySpec = BodySpec::closed(&[
    field("token", Kind::Text(user_token), true),
    field("old_password", Kind::Text(any), true),
    field("new_password", Kind::Text(any), true),
]);
/// The request body of `user/create`.
pub const USER_CREATE: BodySpec = BodySpec::closed(&[
    field("email", Kind::Text(email), true),
    field("profile", Kind::StringMap, true),
    field("username", Kind::Text(username), false),
]);
/// The request body of `user/delete` and `user/profile/get` (a selector alone).
pub const USER_SELECTOR: BodySpec = selected(&[]);
/// The request body of `user/update`.
pub const USER_UPDATE: BodySpec = selected(&[
    field("disabled", Kind::Bool, false),
    field("unlock", Kind::Bool, false),
    field("phone", Kind::Text(phone), false),
]);
/// The request body of `user/profile/update`.
pub const PROFILE_UPDATE: BodySpec = selected(&[field("profile", Kind::NullableStringMap, true)]);
/// The request body of `user/authenticators/delete`.
pub const AUTHENTICATOR_DELETE: BodySpec = selected(&[field(
    "authenticator_id",
    Kind::Text(authenticator_id),
    true,
)]);
/// The request body of `user/list`.
pub const USER_LIST: BodySpec = BodySpec::closed(&[
    field("filter", Kind::Filter(list::filter_problems), false),
    field("last", Kind::Text(any), false),
    field("order", Kind::Enum(&["asc", "desc"]), false),
    field("order_by", Kind::Text(any), false),
    field("size", Kind::Int { min: 1 }, false),
]);

#[cfg(test)]
mod tests {
    use super::*;
    use crate::core::validate::check;
    use serde_json::{Value, json};

    fn codes(spec: &BodySpec, body: Value) -> Vec<(&'static str, String)> {
        crate::core::validate::codes(spec, &body)
    }

    #[test]
    fn selector_needs_exactly_one_key() {
        assert_eq!(
            codes(&USER_SELECTOR, json!({})),
            vec![("MustProvideOne", String::new())]
        );
        assert_eq!(
            codes(&USER_SELECTOR, json!({"id": "pui_1", "email": "a@b.c"})),
            vec![("MutuallyExclusive", "/email".to_string())]
        );
        assert!(codes(&USER_SELECTOR, json!({"username": "joe"})).is_empty());
    }

    #[test]
    fn reports_missing_unknown_wrong_type_and_pattern() {
        assert_eq!(
            codes(
                &USER_CREATE,
                json!({"email": "nope", "profile": {"a": 1}, "extra": true})
            ),
            vec![
                ("UnexpectedProperty", "/extra".to_string()),
                ("DoesNotMatchPattern", "/email".to_string()),
                ("InvalidString", "/profile/a".to_string()),
            ]
        );
        assert_eq!(
            codes(&USER_CREATE, json!({"email": "a@b.c"})),
            vec![("FieldRequired", "/profile".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"size": 0})),
            vec![("NotWithinRange", "/size".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"size": "10"})),
            vec![("InvalidInteger", "/size".to_string())]
        );
        assert_eq!(
            codes(&USER_LIST, json!({"order": "up", "order_by": "name"})),
            vec![("NotEnumMember", "/order".to_string())]
        );
        assert_eq!(
            codes(&USER_UPDATE, json!({"id": "pui_1", "disabled": "yes"})),
            vec![("InvalidBool", "/disabled".to_string())]
        );
        assert_eq!(
            codes(&USER_CREATE, json!([1])),
            vec![("InvalidObject", String::new())]
        );
    }

    #[test]
    fn sizes_too_large_for_64_bits_are_out_of_range_and_fractions_not_integers() {
        for size in [
            json!(1e30),
            json!(-1e30),
            json!(18_446_744_073_709_551_615u64),
        ] {
            assert_eq!(
                codes(&USER_LIST, json!({ "size": size })),
                vec![("NotWithinRange", "/size".to_string())],
                "{size}"
            );
        }
        for size in [json!(1.5), json!(1.0), json!(null)] {
            assert_eq!(
                codes(&USER_LIST, json!({ "size": size })),
                vec![("InvalidInteger", "/size".to_string())],
                "{size}"
            );
        }
    }

    #[test]
    fn filter_keys_are_checked_with_the_request() {
        assert_eq!(
            codes(
                &USER_LIST,
                json!({"filter": {"created_at": "yesterday", "login_count": "3"}})
            ),
            vec![
                ("BadFormatDateTime", "/filter/created_at".to_string()),
                ("InvalidInteger", "/filter/login_count".to_string()),
            ]
        );
    }

    #[test]
    fn details_never_quote_secret_values() {
        let problems = check(
            &PASSWORD_CHANGE,
            &json!({"token": "hunter2-token", "old_password": 5, "new_password": "n"}),
        );
        let text = format!("{problems:?}");
        assert!(!text.contains("hunter2-token"), "{text}");
        assert_eq!(problems.len(), 2);
    }
}
