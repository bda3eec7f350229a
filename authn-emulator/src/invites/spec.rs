//! The validation tables of the invite and password-expiry calls, from the official
//! description's request schemas (`pangea-authn.openapi.json`).

use serde_json::{Map, Value};

use crate::core::FieldProblem;
use crate::core::validate::{
    BodySpec, Field, Kind, email, field, identity, list_fields, pattern_check,
};

pattern_check!(
    /// `authn-ticket-id`: an invite's id (`pmi_...`).
    ticket_id,
    r"^p[a-z][a-z2]_[a-z2-7]{32}$"
);
pattern_check!(
    /// `authn-callback-state`.
    callback_state,
    r"^[a-zA-Z0-9_\-\+\/=.]{8,999}$"
);
pattern_check!(
    /// `authn-serviceaccount-id`.
    service_account_id,
    r"^psa_[a-z2-7]{32}$"
);

pattern_check!(
    /// `authn-callback` is `format: http-url`, which JSON Schema does not define; ours is the
    /// description's `Callback.pattern` exactly, checked as JSON Schema does (ECMA-262's `\s`,
    /// which is not quite Rust's `char::is_whitespace`: U+0085 and U+FEFF).
    http_url,
    r"^https?://[^\s]+$"
);

/// The `order_by` values of `authn-filter-tickets` (a closed enum there; ours is open, so
/// another value lists in creation order).
pub const ORDER_BY: &[&str] = &[
    "id",
    "created_at",
    "type",
    "expire",
    "callback",
    "state",
    "email",
    "inviter",
    "invite_org",
];

fn filter(filter: &Map<String, Value>) -> Vec<FieldProblem> {
    super::FILTER.problems(filter)
}

/// The request body of `user/invite`.
pub const INVITE: BodySpec = BodySpec::closed(&[
    field("inviter", Kind::Text(email), true),
    field("email", Kind::Text(email), true),
    field("callback", Kind::Text(http_url), true),
    field("state", Kind::Text(callback_state), true),
    field("client_id", Kind::NullableText(service_account_id), false),
]);
const LIST_FIELDS: [Field; 5] = list_fields(filter);
/// The request body of `user/invite/list`.
pub const INVITE_LIST: BodySpec = BodySpec::closed(&LIST_FIELDS);
/// The request body of `user/invite/delete`.
pub const INVITE_DELETE: BodySpec = BodySpec::closed(&[field("id", Kind::Text(ticket_id), true)]);
/// The request body of `user/password/expire`.
pub const PASSWORD_EXPIRE: BodySpec = BodySpec::closed(&[field("id", Kind::Text(identity), true)]);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn patterns_and_urls() {
        assert_eq!(ticket_id("pmi_abcdefghijklmnopqrstuvwxyz234567"), None);
        assert!(ticket_id("pmi_ABCdefghijklmnopqrstuvwxyz234567").is_some());
        assert_eq!(callback_state("C8VTNjY2icUMeiDHFHUxBwiAstEGqaayU4"), None);
        assert_eq!(callback_state("a+b/c=d.e_f-g"), None);
        assert!(callback_state("short").is_some());
        assert!(callback_state("has space here").is_some());
        assert_eq!(
            service_account_id("psa_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"),
            None
        );
        for ok in [
            "https://www.myserver.com/callback",
            "http://localhost:3000",
            "http://a?b",
            "https:///path",
            "https://\u{85}",
        ] {
            assert_eq!(http_url(ok), None, "{ok}");
        }
        for bad in [
            "ftp://x",
            "https://",
            "HTTP://localhost:3000",
            "http://a b",
            "http://a\u{feff}",
            "http://a\u{3000}",
            "www.x.com",
            "é",
        ] {
            assert!(http_url(bad).is_some(), "{bad}");
        }
    }
}
