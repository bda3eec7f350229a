//! A table of malformed requests: bad JSON of several kinds, wrong types, missing and unknown
//! fields, bad patterns, bad sizes, bad cursors, wrong content types, missing or wrong tokens,
//! wrong methods, unknown paths and oversized bodies. Each row asserts the exact HTTP status,
//! the Pangea status string, that the answer is a whole Pangea envelope, and for a
//! `ValidationError` the exact list of `(code, source)` errors. The ten user calls and the
//! thirteen session, token, invite and password-expiry calls all have rows. After every row,
//! the emulator must still serve a valid request.

use std::time::{Duration, Instant};

use authn_emulator::{Emulator, EmulatorConfig};
use reqwest::Method;
use reqwest::header::HeaderValue;
use serde_json::{Value, json};

const TOKEN: &str = "pts_malformed";
const MAX_BODY: usize = 64 * 1024;

#[derive(Debug, Clone)]
enum Auth {
    Good,
    Missing,
    Header(&'static str),
}

#[derive(Debug, Clone)]
struct Row {
    name: &'static str,
    method: Method,
    path: &'static str,
    auth: Auth,
    /// `None`: no Content-Type header.
    content_type: Option<Vec<u8>>,
    body: Vec<u8>,
    http: u16,
    status: &'static str,
    /// For a `ValidationError`: exactly these `(code, source)` entries, in this order.
    errors: Vec<(&'static str, &'static str)>,
}

fn row(name: &'static str, path: &'static str, body: impl Into<Vec<u8>>) -> Row {
    Row {
        name,
        method: Method::POST,
        path,
        auth: Auth::Good,
        content_type: Some(b"application/json".to_vec()),
        body: body.into(),
        http: 400,
        status: "ValidationError",
        errors: Vec::new(),
    }
}

impl Row {
    /// A `ValidationError` with one error.
    fn invalid(mut self, code: &'static str, source: &'static str) -> Self {
        self.errors = vec![(code, source)];
        self
    }

    /// A `ValidationError` with these errors, in this order.
    fn errors_are(mut self, errors: Vec<(&'static str, &'static str)>) -> Self {
        self.errors = errors;
        self
    }

    fn answer(mut self, http: u16, status: &'static str) -> Self {
        self.http = http;
        self.status = status;
        self
    }

    fn method(mut self, method: Method) -> Self {
        self.method = method;
        self
    }

    fn auth(mut self, auth: Auth) -> Self {
        self.auth = auth;
        self
    }

    fn content_type(mut self, content_type: Option<&[u8]>) -> Self {
        self.content_type = content_type.map(<[u8]>::to_vec);
        self
    }
}

fn json_body(value: Value) -> Vec<u8> {
    value.to_string().into_bytes()
}

const AUTH_ID: &str = "pau_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const CODE: &str = "pmc_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const USER_TOKEN: &str = "ptu_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const REFRESH_TOKEN: &str = "ptr_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";
const SESSION_ID: &str = "pmt_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

/// Every row. `email_cursor` is a real cursor of a list ordered by email.
fn rows(email_cursor: &str) -> Vec<Row> {
    let create = "/v2/user/create";
    let list = "/v2/user/list";
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let other_order_cursor = json!({"order_by": "id", "last": email_cursor});
    // Valid hex, but not a cursor this service returned.
    let hex_not_a_cursor: String = br#"{"nope":1}"#.iter().map(|b| format!("{b:02x}")).collect();
    vec![
        // Bad JSON.
        row("truncated JSON", list, r#"{"size":"#).invalid("InvalidObject", ""),
        row("trailing comma", list, r#"{"size": 5,}"#).invalid("InvalidObject", ""),
        row("single quotes", list, "{'size': 5}").invalid("InvalidObject", ""),
        row("trailing garbage", list, "{} x").invalid("InvalidObject", ""),
        row("NaN literal", list, r#"{"size": NaN}"#).invalid("InvalidObject", ""),
        row("byte order mark", list, b"\xEF\xBB\xBF{}".to_vec()).invalid("InvalidObject", ""),
        row("10,000 nested arrays", list, nested).invalid("InvalidObject", ""),
        row("number beyond f64", list, r#"{"size": 1e400}"#).invalid("InvalidObject", ""),
        row("unterminated string", create, r#"{"email": "a@b.c"#).invalid("InvalidObject", ""),
        row("empty body", list, "").invalid("InvalidObject", ""),
        row("null body", list, "null").invalid("InvalidObject", ""),
        row("array body", list, "[]").invalid("InvalidObject", ""),
        row("string body", list, r#""hello""#).invalid("InvalidObject", ""),
        row("number body", list, "42").invalid("InvalidObject", ""),
        row(
            "non-UTF-8 bytes in a string",
            create,
            b"{\"email\": \"\xFF\xFE@b.c\", \"profile\": {}}".to_vec(),
        )
        .invalid("InvalidObject", ""),
        row("non-UTF-8 bytes only", list, b"\xFF\xFE\xFD\x00".to_vec())
            .invalid("InvalidObject", ""),
        row(
            "lone surrogate escape",
            create,
            r#"{"email": "\ud800@b.c", "profile": {}}"#,
        )
        .invalid("InvalidObject", ""),
        // Wrong types.
        row(
            "email is a number",
            create,
            json_body(json!({"email": 5, "profile": {}})),
        )
        .invalid("InvalidString", "/email"),
        row(
            "profile is an array",
            create,
            json_body(json!({"email": "a@b.c", "profile": []})),
        )
        .invalid("InvalidObject", "/profile"),
        row(
            "a profile value is a number",
            create,
            json_body(json!({"email": "a@b.c", "profile": {"a": 1}})),
        )
        .invalid("InvalidString", "/profile/a"),
        row(
            "a profile key needs escaping",
            create,
            json_body(json!({"email": "a@b.c", "profile": {"a/b~c": true}})),
        )
        .invalid("InvalidString", "/profile/a~1b~0c"),
        row(
            "disabled is a string",
            "/v2/user/update",
            json_body(json!({"id": "pui_1", "disabled": "yes"})),
        )
        .invalid("InvalidBool", "/disabled"),
        row(
            "unlock is null",
            "/v2/user/update",
            json_body(json!({"id": "pui_1", "unlock": null})),
        )
        .invalid("InvalidBool", "/unlock"),
        row("order is a number", list, json_body(json!({"order": 1})))
            .invalid("InvalidString", "/order"),
        row(
            "filter is a string",
            list,
            json_body(json!({"filter": "x"})),
        )
        .invalid("InvalidObject", "/filter"),
        row(
            "filter login_count is a string",
            list,
            json_body(json!({"filter": {"login_count": "3"}})),
        )
        .invalid("InvalidInteger", "/filter/login_count"),
        row(
            "filter created_at is not a date",
            list,
            json_body(json!({"filter": {"created_at__gt": "yesterday"}})),
        )
        .invalid("BadFormatDateTime", "/filter/created_at__gt"),
        row(
            "filter email__contains is a string",
            list,
            json_body(json!({"filter": {"email__contains": "x"}})),
        )
        .invalid("InvalidArray", "/filter/email__contains"),
        row(
            "filter email__in holds a number",
            list,
            json_body(json!({"filter": {"email__in": ["a@b.c", 5]}})),
        )
        .invalid("InvalidString", "/filter/email__in"),
        row(
            "filter disabled is null",
            list,
            json_body(json!({"filter": {"disabled": null}})),
        )
        .invalid("InvalidBool", "/filter/disabled"),
        // Missing and unknown fields.
        row(
            "create without email",
            create,
            json_body(json!({"profile": {}})),
        )
        .invalid("FieldRequired", "/email"),
        row(
            "create without profile",
            create,
            json_body(json!({"email": "a@b.c"})),
        )
        .invalid("FieldRequired", "/profile"),
        row(
            "userinfo without code",
            "/v2/client/userinfo",
            json_body(json!({})),
        )
        .invalid("FieldRequired", "/code"),
        row(
            "password change with an unknown field",
            "/v2/client/password/change",
            json_body(
                json!({"token": USER_TOKEN, "old_password": "a", "new_password": "b", "extra": 1}),
            ),
        )
        .invalid("UnexpectedProperty", "/extra"),
        row(
            "an unknown field with a slash",
            "/v2/user/profile/get",
            json_body(json!({"id": "pui_1", "a/b": 1})),
        )
        .invalid("UnexpectedProperty", "/a~1b"),
        row(
            "a listed filter key of the wrong type",
            list,
            json_body(json!({"filter": {"login_count__gt": "1"}})),
        )
        .invalid("InvalidInteger", "/filter/login_count__gt"),
        row(
            "delete without a selector",
            "/v2/user/delete",
            json_body(json!({})),
        )
        .invalid("MustProvideOne", ""),
        row(
            "delete with two selectors",
            "/v2/user/delete",
            json_body(json!({"id": "pui_1", "email": "a@b.c"})),
        )
        .invalid("MutuallyExclusive", "/email"),
        row(
            "authenticator delete without a selector",
            "/v2/user/authenticators/delete",
            json_body(json!({"authenticator_id": AUTH_ID})),
        )
        .invalid("MustProvideOne", ""),
        // Bad patterns.
        row(
            "bad email",
            create,
            json_body(json!({"email": "nope", "profile": {}})),
        )
        .invalid("DoesNotMatchPattern", "/email"),
        row(
            "empty email",
            create,
            json_body(json!({"email": "", "profile": {}})),
        )
        .invalid("DoesNotMatchPattern", "/email"),
        row(
            "bad user id",
            "/v2/user/profile/get",
            json_body(json!({"id": "pui_!!"})),
        )
        .invalid("DoesNotMatchPattern", "/id"),
        row(
            "one-character username",
            "/v2/user/profile/get",
            json_body(json!({"username": "a"})),
        )
        .invalid("DoesNotMatchPattern", "/username"),
        row(
            "10,000-character username",
            create,
            json_body(json!({"email": "a@b.c", "profile": {}, "username": "u".repeat(10_000)})),
        )
        .invalid("DoesNotMatchPattern", "/username"),
        row(
            "bad authenticator id",
            "/v2/user/authenticators/delete",
            json_body(json!({"id": "pui_1", "authenticator_id": "pau_UPPER"})),
        )
        .invalid("DoesNotMatchPattern", "/authenticator_id"),
        row(
            "bad login code",
            "/v2/client/userinfo",
            json_body(json!({"code": "pmc_short"})),
        )
        .invalid("DoesNotMatchPattern", "/code"),
        row(
            "bad flow id",
            "/v2/client/userinfo",
            json_body(json!({"code": CODE, "flow_id": "pfl_1"})),
        )
        .invalid("DoesNotMatchPattern", "/flow_id"),
        row(
            "bad user token",
            "/v2/client/password/change",
            json_body(json!({"token": "not a token", "old_password": "a", "new_password": "b"})),
        )
        .invalid("DoesNotMatchPattern", "/token"),
        row(
            "bad phone",
            "/v2/user/update",
            json_body(json!({"id": "pui_1", "phone": "call me"})),
        )
        .invalid("DoesNotMatchPattern", "/phone"),
        row(
            "order_by not a string",
            list,
            json_body(json!({"order_by": 5})),
        )
        .invalid("InvalidString", "/order_by"),
        // Page sizes.
        row("size 0", list, r#"{"size": 0}"#).invalid("NotWithinRange", "/size"),
        row("size -5", list, r#"{"size": -5}"#).invalid("NotWithinRange", "/size"),
        row("size 1.5", list, r#"{"size": 1.5}"#).invalid("InvalidInteger", "/size"),
        row("size as a string", list, r#"{"size": "10"}"#).invalid("InvalidInteger", "/size"),
        row("size null", list, r#"{"size": null}"#).invalid("InvalidInteger", "/size"),
        row("size 10,001", list, r#"{"size": 10001}"#).invalid("NotWithinRange", "/size"),
        row("size u64::MAX", list, r#"{"size": 18446744073709551615}"#)
            .invalid("NotWithinRange", "/size"),
        row("size 1e30", list, r#"{"size": 1e30}"#).invalid("NotWithinRange", "/size"),
        row(
            "size with 24 digits",
            list,
            r#"{"size": 999999999999999999999999}"#,
        )
        .invalid("NotWithinRange", "/size"),
        // Cursors.
        row("garbage cursor", list, json_body(json!({"last": "zz"}))).invalid("BadFormat", "/last"),
        row("odd-length cursor", list, json_body(json!({"last": "abc"})))
            .invalid("BadFormat", "/last"),
        row(
            "hex that is no cursor",
            list,
            json_body(json!({"last": hex_not_a_cursor})),
        )
        .invalid("BadFormat", "/last"),
        row(
            "cursor of another order_by",
            list,
            json_body(other_order_cursor),
        )
        .invalid("BadFormat", "/last"),
        row(
            "cursor of another direction",
            list,
            json_body(json!({"order_by": "email", "order": "desc", "last": email_cursor})),
        )
        .invalid("BadFormat", "/last"),
        row("cursor is a number", list, json_body(json!({"last": 5})))
            .invalid("InvalidString", "/last"),
        row(
            "huge cursor",
            list,
            json_body(json!({"last": "ab".repeat(20_000)})),
        )
        .invalid("BadFormat", "/last"),
        // Content types.
        row("text/plain", list, "{}")
            .content_type(Some(b"text/plain"))
            .answer(415, "UnsupportedMediaType"),
        row("form body", list, "size=5")
            .content_type(Some(b"application/x-www-form-urlencoded"))
            .answer(415, "UnsupportedMediaType"),
        row("application/jsonx", list, "{}")
            .content_type(Some(b"application/jsonx"))
            .answer(415, "UnsupportedMediaType"),
        row("a Content-Type that is not text", list, "{}")
            .content_type(Some(b"application/json\xFF"))
            .answer(415, "UnsupportedMediaType"),
        // Tokens.
        row("no token", list, "{}")
            .auth(Auth::Missing)
            .answer(401, "Unauthorized"),
        row("wrong token", list, "{}")
            .auth(Auth::Header("Bearer pts_wrong"))
            .answer(401, "Unauthorized"),
        row("empty bearer token", list, "{}")
            .auth(Auth::Header("Bearer "))
            .answer(401, "Unauthorized"),
        row("basic auth", list, "{}")
            .auth(Auth::Header("Basic cHRzOnB0cw=="))
            .answer(401, "Unauthorized"),
        row("the token without Bearer", list, "{}")
            .auth(Auth::Header(TOKEN))
            .answer(401, "Unauthorized"),
        row("no token and a bad body", list, "{")
            .auth(Auth::Missing)
            .answer(401, "Unauthorized"),
        // Methods and paths.
        row("GET on an operation", list, "")
            .method(Method::GET)
            .answer(405, "MethodNotAllowed"),
        row("PUT on an operation", create, "{}")
            .method(Method::PUT)
            .answer(405, "MethodNotAllowed"),
        row("DELETE on an operation", "/v2/user/delete", "")
            .method(Method::DELETE)
            .answer(405, "MethodNotAllowed"),
        row("POST on request/{id}", "/request/prq_x", "{}").answer(405, "MethodNotAllowed"),
        row("unknown path", "/v2/user/rename", "{}").answer(404, "NotFound"),
        row("old API version", "/v1/user/list", "{}").answer(404, "NotFound"),
        row("trailing slash", "/v2/user/list/", "{}").answer(404, "NotFound"),
        row("root path", "/", "").answer(404, "NotFound"),
        row("unknown pending request", "/request/prq_nope", "")
            .method(Method::GET)
            .answer(404, "NotFound"),
        row("request id that is not UTF-8", "/request/%FF%FE", "")
            .method(Method::GET)
            .answer(404, "NotFound"),
        // Sizes.
        row(
            "body over max_body_bytes",
            create,
            json_body(json!({"email": "a@b.c", "profile": {"bio": "x".repeat(MAX_BODY)}})),
        )
        .answer(413, "PayloadTooLarge"),
        row(
            "non-JSON body over max_body_bytes",
            list,
            vec![b'x'; MAX_BODY * 4],
        )
        .answer(413, "PayloadTooLarge"),
        // The session, token, invite and password-expiry calls.
        row(
            "token check without a token",
            "/v2/client/token/check",
            "{}",
        )
        .invalid("FieldRequired", "/token"),
        row(
            "token check of a malformed token",
            "/v2/client/token/check",
            json_body(json!({"token": "ptx_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})),
        )
        .invalid("DoesNotMatchPattern", "/token"),
        row(
            "token check with an unknown field",
            "/v2/client/token/check",
            json_body(json!({"token": USER_TOKEN, "user": "x"})),
        )
        .invalid("UnexpectedProperty", "/user"),
        row(
            "refresh with a user token as refresh token",
            "/v2/client/session/refresh",
            json_body(json!({"refresh_token": USER_TOKEN})),
        )
        .invalid("DoesNotMatchPattern", "/refresh_token"),
        row(
            "refresh with a numeric user token",
            "/v2/client/session/refresh",
            json_body(json!({"refresh_token": REFRESH_TOKEN, "user_token": 7})),
        )
        .invalid("InvalidString", "/user_token"),
        row(
            "refresh without a refresh token",
            "/v2/client/session/refresh",
            "{}",
        )
        .invalid("FieldRequired", "/refresh_token"),
        row(
            "client logout with a refresh token",
            "/v2/client/session/logout",
            json_body(json!({"token": REFRESH_TOKEN})),
        )
        .invalid("DoesNotMatchPattern", "/token"),
        row(
            "client session list with a size over the maximum, before the token is looked up",
            "/v2/client/session/list",
            json_body(json!({"token": USER_TOKEN, "size": 10_001})),
        )
        .invalid("NotWithinRange", "/size"),
        row(
            "client session list with an order_by not a string",
            "/v2/client/session/list",
            json_body(json!({"token": USER_TOKEN, "order_by": 5})),
        )
        .invalid("InvalidString", "/order_by"),
        row(
            "client session list with an unknown field",
            "/v2/client/session/list",
            json_body(json!({"token": USER_TOKEN, "page": 2})),
        )
        .invalid("UnexpectedProperty", "/page"),
        row(
            "client session list without a token",
            "/v2/client/session/list",
            json_body(json!({"size": 2})),
        )
        .invalid("FieldRequired", "/token"),
        row(
            "client invalidate with a bad session id",
            "/v2/client/session/invalidate",
            json_body(json!({"token": USER_TOKEN, "session_id": "pmt_short"})),
        )
        .invalid("DoesNotMatchPattern", "/session_id"),
        row(
            "client invalidate without a session id",
            "/v2/client/session/invalidate",
            json_body(json!({"token": USER_TOKEN})),
        )
        .invalid("FieldRequired", "/session_id"),
        row(
            "jwks with a field",
            "/v2/client/jwks",
            json_body(json!({"kid": "x"})),
        )
        .invalid("UnexpectedProperty", "/kid"),
        row("jwks with an array", "/v2/client/jwks", "[]").invalid("InvalidObject", ""),
        row(
            "session list with a size of 0",
            "/v2/session/list",
            json_body(json!({"size": 0})),
        )
        .invalid("NotWithinRange", "/size"),
        row(
            "session list with a bad expire filter",
            "/v2/session/list",
            json_body(json!({"filter": {"expire__lt": "soon"}})),
        )
        .invalid("BadFormatDateTime", "/filter/expire__lt"),
        row(
            "session list with a non-boolean enabled filter",
            "/v2/session/list",
            json_body(json!({"filter": {"enabled": "yes"}})),
        )
        .invalid("InvalidBool", "/filter/enabled"),
        row(
            "session list with a descending order of another name",
            "/v2/session/list",
            json_body(json!({"order": "down"})),
        )
        .invalid("NotEnumMember", "/order"),
        row(
            "session list with a cursor it never gave",
            "/v2/session/list",
            json_body(json!({"last": "7b7d"})),
        )
        .invalid("BadFormat", "/last"),
        row(
            "session list with a user list's cursor",
            "/v2/session/list",
            json_body(json!({"last": email_cursor})),
        )
        .invalid("BadFormat", "/last"),
        row(
            "session invalidate with a non-boolean user_initiated",
            "/v2/session/invalidate",
            json_body(json!({"session_id": SESSION_ID, "user_initiated": "yes"})),
        )
        .invalid("InvalidBool", "/user_initiated"),
        row(
            "session invalidate without a session id",
            "/v2/session/invalidate",
            "{}",
        )
        .invalid("FieldRequired", "/session_id"),
        row(
            "session logout with a user id of bad characters",
            "/v2/session/logout",
            json_body(json!({"user_id": "pui_<x>"})),
        )
        .invalid("DoesNotMatchPattern", "/user_id"),
        row(
            "session logout with the user selector's email",
            "/v2/session/logout",
            json_body(json!({"email": "a@b.c"})),
        )
        .errors_are(vec![
            ("UnexpectedProperty", "/email"),
            ("FieldRequired", "/user_id"),
        ]),
        row(
            "invite with a bad inviter email",
            "/v2/user/invite",
            json_body(json!({"inviter": "nope", "email": "b@example.com",
                "callback": "https://x.io/cb", "state": "abcdefgh"})),
        )
        .invalid("DoesNotMatchPattern", "/inviter"),
        row(
            "invite with a callback that is not an http URL",
            "/v2/user/invite",
            json_body(json!({"inviter": "a@example.com", "email": "b@example.com",
                "callback": "ftp://x.io/cb", "state": "abcdefgh"})),
        )
        .invalid("DoesNotMatchPattern", "/callback"),
        row(
            "invite with a state of 7 characters",
            "/v2/user/invite",
            json_body(json!({"inviter": "a@example.com", "email": "b@example.com",
                "callback": "https://x.io/cb", "state": "abcdefg"})),
        )
        .invalid("DoesNotMatchPattern", "/state"),
        row(
            "invite with a client id of another kind",
            "/v2/user/invite",
            json_body(json!({"inviter": "a@example.com", "email": "b@example.com",
                "callback": "https://x.io/cb", "state": "abcdefgh", "client_id": "pui_x"})),
        )
        .invalid("DoesNotMatchPattern", "/client_id"),
        row(
            "invite with a numeric client id",
            "/v2/user/invite",
            json_body(json!({"inviter": "a@example.com", "email": "b@example.com",
                "callback": "https://x.io/cb", "state": "abcdefgh", "client_id": 5})),
        )
        .invalid("InvalidString", "/client_id"),
        row("invite without fields", "/v2/user/invite", "{}").errors_are(vec![
            ("FieldRequired", "/inviter"),
            ("FieldRequired", "/email"),
            ("FieldRequired", "/callback"),
            ("FieldRequired", "/state"),
        ]),
        row(
            "invite list with an unknown field",
            "/v2/user/invite/list",
            json_body(json!({"page": 1})),
        )
        .invalid("UnexpectedProperty", "/page"),
        row(
            "invite list with an order_by not a string",
            "/v2/user/invite/list",
            json_body(json!({"order_by": ["email"]})),
        )
        .invalid("InvalidString", "/order_by"),
        row(
            "invite list with a string is_signup",
            "/v2/user/invite/list",
            json_body(json!({"filter": {"is_signup": "true"}})),
        )
        .invalid("InvalidBool", "/filter/is_signup"),
        row(
            "invite list with a string email__in",
            "/v2/user/invite/list",
            json_body(json!({"filter": {"email__in": "a@b.c"}})),
        )
        .invalid("InvalidArray", "/filter/email__in"),
        row(
            "invite delete with a user id",
            "/v2/user/invite/delete",
            json_body(json!({"id": "pui_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaA"})),
        )
        .invalid("DoesNotMatchPattern", "/id"),
        row(
            "password expire with a numeric id",
            "/v2/user/password/expire",
            json_body(json!({"id": 5})),
        )
        .invalid("InvalidString", "/id"),
        row(
            "password expire by email",
            "/v2/user/password/expire",
            json_body(json!({"email": "a@example.com"})),
        )
        .errors_are(vec![
            ("UnexpectedProperty", "/email"),
            ("FieldRequired", "/id"),
        ]),
        row(
            "token lifetimes of 0 ms",
            "/_emulator/tokens",
            json_body(json!({"active_life_ms": 0})),
        )
        .invalid("NotWithinRange", "/active_life_ms"),
        row(
            "token settings with an unknown field",
            "/_emulator/tokens",
            json_body(json!({"jwt": true, "alg": "none"})),
        )
        .invalid("InvalidObject", ""),
        row(
            "key rotation with a string drop_old",
            "/_emulator/keys/rotate",
            json_body(json!({"drop_old": "yes"})),
        )
        .invalid("InvalidObject", ""),
        // Emulator-only routes.
        row("admin password without fields", "/_emulator/password", "{}")
            .invalid("InvalidObject", ""),
        row(
            "admin authenticator of an unknown type",
            "/_emulator/authenticators",
            json_body(json!({"email": "a@b.c", "type": "retina"})),
        )
        .invalid("InvalidObject", ""),
        row(
            "admin login code with bad JSON",
            "/_emulator/login-code",
            "{",
        )
        .invalid("InvalidObject", ""),
    ]
}

async fn send(emulator: &Emulator, row: &Row) -> (u16, reqwest::header::HeaderMap, Vec<u8>) {
    let mut request = reqwest::Client::new()
        .request(
            row.method.clone(),
            format!("{}{}", emulator.base_url(), row.path),
        )
        .body(row.body.clone());
    if let Some(content_type) = &row.content_type {
        let value = HeaderValue::from_bytes(content_type).expect("a header value");
        request = request.header("content-type", value);
    }
    match row.auth {
        Auth::Good => request = request.bearer_auth(TOKEN),
        Auth::Missing => {}
        Auth::Header(value) => request = request.header("authorization", value),
    }
    let response = request.send().await.expect("the emulator answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body = response.bytes().await.expect("a body").to_vec();
    (status, headers, body)
}

fn assert_envelope(name: &str, headers: &reqwest::header::HeaderMap, body: &Value) {
    let id = body["request_id"].as_str().unwrap_or_default();
    assert!(
        id.starts_with("prq_") && id.len() == 36,
        "{name}: request_id {body}"
    );
    assert_eq!(
        headers.get("x-request-id").and_then(|v| v.to_str().ok()),
        Some(id),
        "{name}: x-request-id"
    );
    for key in ["request_time", "response_time"] {
        let time = body[key].as_str().unwrap_or_default();
        assert!(
            chrono::DateTime::parse_from_rfc3339(time).is_ok(),
            "{name}: {key} {body}"
        );
    }
    assert!(
        body["summary"].as_str().is_some_and(|s| !s.is_empty()),
        "{name}: summary {body}"
    );
    assert!(body.get("result").is_some(), "{name}: result {body}");
}

/// A valid request, on a new connection, still served.
async fn still_serving(emulator: &Emulator, after: &str) {
    let response = reqwest::Client::new()
        .post(format!("{}/v2/user/list", emulator.base_url()))
        .bearer_auth(TOKEN)
        .json(&json!({"size": 1}))
        .send()
        .await
        .unwrap_or_else(|e| panic!("after {after}: the emulator no longer answers: {e}"));
    assert_eq!(response.status(), 200, "after {after}");
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], "Success", "after {after}");
    assert_eq!(
        body["result"]["count"], 3,
        "after {after}: no row changed the state"
    );
}

#[tokio::test]
async fn every_malformed_request_gets_an_exact_pangea_answer_and_the_server_keeps_serving() {
    let config = EmulatorConfig {
        max_body_bytes: MAX_BODY,
        ..EmulatorConfig::new(TOKEN)
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    for email in ["a@example.com", "b@example.com", "c@example.com"] {
        emulator.create_user(email).expect("created");
    }
    // A real cursor, of a list ordered by email, ascending.
    let response: Value = reqwest::Client::new()
        .post(format!("{}/v2/user/list", emulator.base_url()))
        .bearer_auth(TOKEN)
        .json(&json!({"order_by": "email", "size": 1}))
        .send()
        .await
        .expect("answers")
        .json()
        .await
        .expect("JSON");
    let cursor = response["result"]["last"]
        .as_str()
        .expect("a cursor")
        .to_string();

    let rows = rows(&cursor);
    assert!(rows.len() >= 30, "{} rows", rows.len());
    let started = Instant::now();
    for row in &rows {
        let (http, headers, bytes) = send(&emulator, row).await;
        let body: Value = serde_json::from_slice(&bytes).unwrap_or_else(|e| {
            panic!(
                "{}: the answer is not JSON ({e}): HTTP {http} {:?}",
                row.name,
                String::from_utf8_lossy(&bytes)
            )
        });
        assert_eq!(
            (http, body["status"].as_str()),
            (row.http, Some(row.status)),
            "{}: {body}",
            row.name
        );
        assert_envelope(row.name, &headers, &body);
        if row.status == "ValidationError" {
            let errors: Vec<(&str, &str)> = body["result"]["errors"]
                .as_array()
                .unwrap_or_else(|| panic!("{}: result.errors {body}", row.name))
                .iter()
                .map(|e| {
                    assert!(e["detail"].is_string(), "{}: detail {e}", row.name);
                    (
                        e["code"].as_str().unwrap_or_default(),
                        e["source"].as_str().unwrap_or_default(),
                    )
                })
                .collect();
            assert_eq!(errors, row.errors, "{}: {body}", row.name);
        } else {
            assert!(
                row.errors.is_empty(),
                "{}: the row expects errors",
                row.name
            );
        }
        if row.http == 405 {
            assert!(
                headers.contains_key("allow"),
                "{}: an Allow header",
                row.name
            );
        }
        still_serving(&emulator, row.name).await;
    }
    println!(
        "{} malformed requests, each followed by a valid one, in {:?}",
        rows.len(),
        started.elapsed()
    );
    assert!(started.elapsed() < Duration::from_secs(60));
}
