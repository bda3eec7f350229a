//! Property tests: whatever the service answers, a call ends with `Ok` or a typed `Error`, never
//! a panic or a hang.
//!
//! Every response decoder of the SDK is fed through the real path (a call of the SDK, HTTP to a
//! local server on 127.0.0.1 whose next answer the test sets): the user answers (`user.create`,
//! `user.update`, `user.profile.get`, `user.profile.update`), the empty answers (`user.delete`,
//! `client.password.change`, `user.authenticators.delete`), the page of `user.list`, the list of
//! `user.authenticators.list`, the tokens of `client.userinfo` and `client.session.refresh`,
//! the token information of `client.token.check`, the session pages of `session.list` and
//! `client.session.list`, the key set of `client.jwks`, and the invitation and invitation page
//! of `user.invite` and `user.invites.list`. Each decoder gets two tests:
//! arbitrary bytes (noise, truncated and corrupted valid answers, deep nesting) and arbitrary
//! JSON (any value, and envelopes with an arbitrary `status` and an arbitrary or damaged
//! `result`), each with an arbitrary HTTP status (200, 202, the documented errors and odd ones
//! up to 999). Retries and 202 polling are off, so each case is one request on a kept-alive
//! connection.
//!
//! Besides "no panic, no hang" (each call runs under a 5 s timeout), every case checks that the
//! outcome is consistent with the answer: `Ok` only with HTTP 200, only the error variants an
//! HTTP answer can produce, the error's `http_status` is the status sent, `Error::Api` never
//! carries `Success`, the error prints, and the server saw exactly one request. With 256 cases
//! or more, a test also fails if no case reached `Ok` and the main error variants (the
//! strategies must reach the decoders, not only the noise); `--nocapture` prints the tally.
//!
//! 512 cases per test by default (20 tests: 10,240 cases). `PROPTEST_CASES` sets the number per
//! test; a longer run:
//!
//! ```text
//! PROPTEST_CASES=100000 cargo test --release -p authn-sdk --test never_panic
//! ```
//!
//! Failing cases are shrunk and printed, not saved to a regressions file.
//!
//! HTTP statuses 100 to 199 are left out: they are interim answers, after which HTTP waits for
//! the final one, so they test the HTTP stack rather than the decoders. 204 and 304 are sent
//! without a body, as HTTP requires (a body would be read as the next answer).

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use authn_sdk::{AuthN, Config, Error, PangeaStatus, ProfileEdit, UserRef};
use proptest::collection::{btree_map, vec};
use proptest::prelude::*;
use proptest::sample::{Index, select};
use proptest::test_runner::{Config as ProptestConfig, TestCaseError, TestRunner};
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

/// Cases per test when `PROPTEST_CASES` is not set.
const DEFAULT_CASES: u32 = 512;
/// The longest a case may take before it counts as a hang.
const HANG: Duration = Duration::from_secs(5);

// ---------------------------------------------------------------------------------------------
// The server and the client
// ---------------------------------------------------------------------------------------------

/// The next answer of the server.
#[derive(Debug, Clone)]
struct Answer {
    status: u16,
    request_id_header: Option<String>,
    body: Vec<u8>,
}

#[derive(Debug, Default)]
struct Shared {
    next: Mutex<Option<Answer>>,
    /// Requests received.
    served: AtomicUsize,
}

/// How many cases ended in each outcome.
#[derive(Debug, Default)]
struct Tally(Mutex<BTreeMap<&'static str, u32>>);

impl Tally {
    fn count(&self, result: &Result<String, Error>) {
        let name = match result {
            Ok(_) => "Ok",
            Err(Error::Api(_)) => "Api",
            Err(Error::Pending { .. }) => "Pending",
            Err(Error::Decode { .. }) => "Decode",
            Err(Error::HtmlPage { .. }) => "HtmlPage",
            Err(Error::EmptyBody { .. }) => "EmptyBody",
            Err(_) => "other",
        };
        *self
            .0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .entry(name)
            .or_default() += 1;
    }

    fn summary(&self) -> String {
        format!(
            "{:?}",
            self.0.lock().unwrap_or_else(PoisonError::into_inner)
        )
    }

    fn get(&self, name: &str) -> u32 {
        let tally = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        tally.get(name).copied().unwrap_or(0)
    }
}

/// A runtime, a server on 127.0.0.1 answering every request with `shared.next`, and a client
/// with retries and polling off.
struct Harness {
    runtime: tokio::runtime::Runtime,
    shared: Arc<Shared>,
    authn: AuthN,
    tally: Tally,
}

impl Harness {
    fn start() -> Self {
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let shared = Arc::new(Shared::default());
        let listener = runtime
            .block_on(TcpListener::bind("127.0.0.1:0"))
            .expect("bind");
        let url = format!("http://{}", listener.local_addr().expect("address"));
        let server = Arc::clone(&shared);
        runtime.spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                tokio::spawn(serve(stream, Arc::clone(&server)));
            }
        });
        let config = Config::new("pts_neverpanictoken")
            .base_url_template(url)
            .retries(0)
            .poll_accepted(false)
            .timeout(Duration::from_secs(3));
        let authn = AuthN::new(config).expect("a valid configuration");
        Self {
            runtime,
            shared,
            authn,
            tally: Tally::default(),
        }
    }
}

async fn serve(mut stream: TcpStream, shared: Arc<Shared>) {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        // Read one request: its head, then its `Content-Length` body.
        let request_end = loop {
            if let Some(end) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
                let head = String::from_utf8_lossy(&buffer[..end]).to_ascii_lowercase();
                let length = head
                    .lines()
                    .find_map(|l| l.strip_prefix("content-length:"))
                    .and_then(|v| v.trim().parse::<usize>().ok())
                    .unwrap_or(0);
                if buffer.len() >= end + 4 + length {
                    break end + 4 + length;
                }
            }
            match stream.read(&mut chunk).await {
                Ok(0) | Err(_) => return,
                Ok(n) => buffer.extend_from_slice(&chunk[..n]),
            }
        };
        buffer.drain(..request_end);
        shared.served.fetch_add(1, Ordering::SeqCst);
        let answer = shared
            .next
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .clone();
        let Some(answer) = answer else { return };
        if stream.write_all(&http_answer(&answer)).await.is_err() {
            return;
        }
    }
}

fn http_answer(answer: &Answer) -> Vec<u8> {
    let reason = http::StatusCode::from_u16(answer.status)
        .ok()
        .and_then(|s| s.canonical_reason())
        .unwrap_or("Whatever");
    let mut head = format!(
        "HTTP/1.1 {} {reason}\r\ncontent-type: application/json\r\n",
        answer.status
    );
    if let Some(id) = &answer.request_id_header {
        head.push_str(&format!("x-request-id: {id}\r\n"));
    }
    let bodiless = matches!(answer.status, 204 | 304);
    if !bodiless {
        head.push_str(&format!("content-length: {}\r\n", answer.body.len()));
    }
    head.push_str("\r\n");
    let mut bytes = head.into_bytes();
    if !bodiless {
        bytes.extend_from_slice(&answer.body);
    }
    bytes
}

// ---------------------------------------------------------------------------------------------
// Decoders and their calls
// ---------------------------------------------------------------------------------------------

/// The response decoders of the SDK.
#[derive(Debug, Clone, Copy)]
enum Decoder {
    /// A user: `user.create`, `user.update`, `user.profile.get`, `user.profile.update`.
    User,
    /// An empty result: `user.delete`, `client.password.change`, `user.authenticators.delete`.
    Empty,
    /// A page of users: `user.list`.
    Page,
    /// A user's authenticators: `user.authenticators.list`.
    Authenticators,
    /// Tokens: `client.userinfo`, `client.session.refresh`.
    Userinfo,
    /// A token's information: `client.token.check`.
    TokenInfo,
    /// A page of sessions: `session.list`, `client.session.list`.
    Sessions,
    /// A key set: `client.jwks`.
    Jwks,
    /// An invitation: `user.invite`.
    Invite,
    /// A page of invitations: `user.invites.list`.
    Invites,
}

const EMAIL: &str = "joe.user@email.com";
const USER_ID: &str = "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";
const AUTHENTICATOR_ID: &str = "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a";
const USER_TOKEN: &str = "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a";
const LOGIN_CODE: &str = "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw";
const REFRESH_TOKEN: &str = "ptr_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";

impl Decoder {
    /// How many calls use this decoder.
    fn calls(self) -> usize {
        match self {
            Decoder::User => 4,
            Decoder::Empty => 3,
            Decoder::Userinfo | Decoder::Sessions => 2,
            Decoder::Page
            | Decoder::Authenticators
            | Decoder::TokenInfo
            | Decoder::Jwks
            | Decoder::Invite
            | Decoder::Invites => 1,
        }
    }

    /// Makes call number `which` of this decoder; `Ok` carries the `Debug` of the result.
    async fn call(self, authn: &AuthN, which: usize) -> Result<String, Error> {
        fn shown<T: std::fmt::Debug>(r: authn_sdk::Response<T>) -> String {
            format!("{r:?}")
        }
        let user = || UserRef::email(EMAIL);
        match (self, which % self.calls()) {
            (Decoder::User, 0) => authn.user().create(EMAIL).send().await.map(shown),
            (Decoder::User, 1) => authn
                .user()
                .update(user())
                .disabled(true)
                .send()
                .await
                .map(shown),
            (Decoder::User, 2) => authn.user().profile().get(user()).send().await.map(shown),
            (Decoder::User, _) => authn
                .user()
                .profile()
                .update(user(), ProfileEdit::new().set("first_name", "Joe"))
                .send()
                .await
                .map(shown),
            (Decoder::Empty, 0) => authn.user().delete(user()).send().await.map(shown),
            (Decoder::Empty, 1) => authn
                .client()
                .password()
                .change(
                    &authn_sdk::ActiveToken::new(USER_TOKEN),
                    "hunter2",
                    "My2n+Password",
                )
                .send()
                .await
                .map(shown),
            (Decoder::Empty, _) => authn
                .user()
                .authenticators()
                .delete(user(), AUTHENTICATOR_ID)
                .send()
                .await
                .map(shown),
            (Decoder::Page, _) => authn.user().list().send().await.map(shown),
            (Decoder::Authenticators, _) => authn
                .user()
                .authenticators()
                .list(user())
                .send()
                .await
                .map(shown),
            (Decoder::Userinfo, 0) => authn.client().userinfo(LOGIN_CODE).send().await.map(shown),
            (Decoder::Userinfo, _) => authn
                .client()
                .session()
                .refresh(&authn_sdk::RefreshToken::new(REFRESH_TOKEN))
                .send()
                .await
                .map(shown),
            (Decoder::TokenInfo, _) => authn
                .client()
                .token()
                .check(&authn_sdk::ActiveToken::new(USER_TOKEN))
                .send()
                .await
                .map(shown),
            (Decoder::Sessions, 0) => authn.session().list().send().await.map(shown),
            (Decoder::Sessions, _) => authn
                .client()
                .session()
                .list(&authn_sdk::ActiveToken::new(USER_TOKEN))
                .send()
                .await
                .map(shown),
            (Decoder::Jwks, _) => authn.client().jwks().send().await.map(shown),
            (Decoder::Invite, _) => authn
                .user()
                .invite(
                    EMAIL,
                    "bob.user@email.com",
                    "https://www.myserver.com/callback",
                    "statestate",
                )
                .send()
                .await
                .map(shown),
            (Decoder::Invites, _) => authn.user().invites().list().send().await.map(shown),
        }
    }

    /// A valid `result` for this decoder.
    fn valid_result(self) -> Value {
        match self {
            Decoder::User => user_json(),
            Decoder::Empty => json!({}),
            Decoder::Page => json!({"users": [user_json()], "count": 1, "last": "cursor_1"}),
            Decoder::Authenticators => json!({"authenticators": [authenticator_json()]}),
            Decoder::Userinfo => json!({
                "refresh_token": token_json("ptr_aaaawpnz2cmegsws737xbsqnmnuwtbm5", "session"),
                "active_token": token_json("ptu_bbbbwpnz2cmegsws737xbsqnmnuwtbm5", "user"),
            }),
            Decoder::TokenInfo => token_info_json(),
            Decoder::Sessions => {
                json!({"sessions": [session_json()], "count": 1, "last": "cursor_1"})
            }
            Decoder::Jwks => {
                json!({"keys": [{"kid": "pvi_1|1", "kty": "EC", "alg": "ES256", "crv": "P-256", "x": "x", "y": "y"}]})
            }
            Decoder::Invite => invite_json(),
            Decoder::Invites => json!({"invites": [invite_json()], "count": 1, "last": "cursor_1"}),
        }
    }
}

fn token_info_json() -> Value {
    let mut info = token_json("unused", "user");
    if let Some(object) = info.as_object_mut() {
        object.remove("token");
    }
    info
}

fn session_json() -> Value {
    let mut session = token_info_json();
    session["type"] = json!("session");
    session["active_token"] = token_info_json();
    session
}

fn invite_json() -> Value {
    json!({
        "id": "pmi_vjb237phymwzzlulrtxegapha5lqevxy", "inviter": EMAIL, "invite_org": "",
        "email": "bob.user@email.com", "callback": "https://www.myserver.com/callback",
        "state": "statestate", "require_mfa": false,
        "created_at": "2022-11-22T22:26:56.860720Z", "expire": "2022-11-24T22:26:56.859258Z"
    })
}

fn authenticator_json() -> Value {
    json!({
        "id": AUTHENTICATOR_ID,
        "type": "totp",
        "enabled": true,
        "provider": "password",
        "created_at": "2024-06-01T10:00:00Z",
        "updated_at": "2024-06-01T10:00:00.5Z",
    })
}

fn user_json() -> Value {
    json!({
        "id": USER_ID,
        "email": EMAIL,
        "profile": {"first_name": "Joe", "last_name": "User"},
        "verified": true,
        "disabled": false,
        "login_count": 3,
        "created_at": "2024-06-01T10:00:00Z",
        "groups": ["pgr_1"],
        "authenticators": [authenticator_json()],
    })
}

fn token_json(token: &str, kind: &str) -> Value {
    json!({
        "token": token,
        "id": "pmt_bbbbuwlhgxy5gqpfgxjomccovphnfjo6",
        "type": kind,
        "life": 3600,
        "expire": "2024-06-01T11:00:00Z",
        "identity": USER_ID,
        "email": EMAIL,
        "profile": {"first_name": "Joe"},
        "created_at": "2024-06-01T10:00:00Z",
        "scopes": ["a"],
        "claims": {"k": [1, {"x": null}]},
    })
}

fn envelope(status: &str, result: Value) -> Value {
    json!({
        "request_id": "prq_neverpanicrequestid",
        "request_time": "2024-06-01T10:00:00.000000Z",
        "response_time": "2024-06-01T10:00:00.100000Z",
        "status": status,
        "summary": "a summary",
        "result": result,
    })
}

// ---------------------------------------------------------------------------------------------
// Strategies
// ---------------------------------------------------------------------------------------------

/// Field names the decoders look for, so that arbitrary objects often hit real fields.
const KEYS: &[&str] = &[
    "request_id",
    "request_time",
    "response_time",
    "status",
    "summary",
    "result",
    "errors",
    "code",
    "detail",
    "source",
    "path",
    "id",
    "email",
    "profile",
    "verified",
    "disabled",
    "authenticators",
    "type",
    "enabled",
    "created_at",
    "updated_at",
    "users",
    "count",
    "last",
    "refresh_token",
    "active_token",
    "token",
    "expire",
    "identity",
    "life",
    "claims",
    "scopes",
];

const STATUSES: &[&str] = &[
    "Success",
    "success",
    "SUCCESS",
    "Accepted",
    "ValidationError",
    "DisabledUser",
    "TooManyRequests",
    "InternalError",
    "",
];

fn arb_key() -> impl Strategy<Value = String> {
    prop_oneof![
        3 => select(KEYS).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

fn arb_string() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => any::<String>(),
        1 => select(&[
            USER_ID,
            EMAIL,
            "2024-06-01T10:00:00Z",
            "not a date",
            "totp",
            "webauthn2",
            "Success",
            "<html>",
            "ptr_aaaawpnz2cmegsws737xbsqnmnuwtbm5",
        ][..])
        .prop_map(str::to_string),
    ]
}

/// Any JSON value, up to 4 levels deep.
fn arb_json() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        arb_string().prop_map(Value::String),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            vec(inner.clone(), 0..6).prop_map(Value::Array),
            btree_map(arb_key(), inner, 0..6).prop_map(|m| Value::Object(m.into_iter().collect())),
        ]
    })
}

/// Replaces (or removes, with `None`) a value in `value`, going down one container per index.
fn damage(value: &mut Value, path: &[Index], replacement: Option<Value>) {
    let Some((first, rest)) = path.split_first() else {
        return;
    };
    match value {
        Value::Object(map) if !map.is_empty() => {
            let key = map
                .keys()
                .nth(first.index(map.len()))
                .cloned()
                .unwrap_or_default();
            let child_is_container = map.get(&key).is_some_and(|c| c.is_object() || c.is_array());
            if !rest.is_empty() && child_is_container {
                if let Some(child) = map.get_mut(&key) {
                    damage(child, rest, replacement);
                }
            } else {
                match replacement {
                    Some(v) => {
                        map.insert(key, v);
                    }
                    None => {
                        map.remove(&key);
                    }
                }
            }
        }
        Value::Array(items) if !items.is_empty() => {
            let i = first.index(items.len());
            let child_is_container = items[i].is_object() || items[i].is_array();
            if !rest.is_empty() && child_is_container {
                damage(&mut items[i], rest, replacement);
            } else {
                match replacement {
                    Some(v) => items[i] = v,
                    None => {
                        items.remove(i);
                    }
                }
            }
        }
        _ => {
            if let Some(v) = replacement {
                *value = v;
            }
        }
    }
}

/// An envelope `status`: mostly the documented ones.
fn arb_envelope_status() -> impl Strategy<Value = String> {
    prop_oneof![
        2 => Just("Success".to_string()),
        3 => select(STATUSES).prop_map(str::to_string),
        1 => any::<String>(),
    ]
}

/// A valid answer of `decoder` (a third of the time), or one with a few values replaced by
/// arbitrary ones, or removed.
fn damaged_answer(decoder: Decoder) -> impl Strategy<Value = Value> {
    let status = arb_envelope_status();
    let damages = prop_oneof![
        1 => Just(Vec::new()),
        2 => vec((vec(any::<Index>(), 1..4), prop::option::of(arb_json())), 1..4),
    ];
    (status, damages).prop_map(move |(status, damages)| {
        let mut answer = envelope(&status, decoder.valid_result());
        for (path, replacement) in damages {
            damage(&mut answer, &path, replacement);
        }
        answer
    })
}

/// Arbitrary JSON answers: any value, envelopes with any status and result, damaged answers.
fn arb_json_body(decoder: Decoder) -> impl Strategy<Value = Vec<u8>> {
    let any_status = arb_envelope_status();
    prop_oneof![
        1 => arb_json(),
        2 => (any_status, arb_json()).prop_map(|(status, result)| envelope(&status, result)),
        3 => damaged_answer(decoder),
    ]
    .prop_map(|value| serde_json::to_vec(&value).expect("JSON values serialize"))
}

/// Arbitrary bytes: noise, valid answers cut short or with bytes changed, deep nesting, text.
fn arb_bytes_body(decoder: Decoder) -> impl Strategy<Value = Vec<u8>> {
    let valid = move || {
        serde_json::to_vec(&envelope("Success", decoder.valid_result())).expect("serializes")
    };
    prop_oneof![
        3 => vec(any::<u8>(), 0..512),
        // An empty body on its own: the other strategies make one only rarely, and each run
        // must see the decoders meet it (see `run`).
        1 => Just(Vec::new()),
        2 => any::<Index>().prop_map(move |cut| {
            let mut bytes = valid();
            bytes.truncate(cut.index(bytes.len() + 1));
            bytes
        }),
        2 => vec((any::<Index>(), any::<u8>()), 1..6).prop_map(move |changes| {
            let mut bytes = valid();
            for (at, byte) in changes {
                let i = at.index(bytes.len());
                bytes[i] = byte;
            }
            bytes
        }),
        1 => (0usize..4096, select(&["[", "{\"result\":", "{\"a\":["][..]))
            .prop_map(|(n, open)| open.repeat(n).into_bytes()),
        1 => ("[ \t\r\n]{0,8}", "[ \t\r\n]{0,8}").prop_map(move |(before, after)| {
            [before.as_bytes(), &valid(), after.as_bytes()].concat()
        }),
        1 => "\\PC{0,200}".prop_map(String::into_bytes),
        1 => "[ \t\r\n]{0,40}(<[a-zA-Z!][^>]{0,40}>)?.{0,40}".prop_map(String::into_bytes),
    ]
}

fn arb_status() -> impl Strategy<Value = u16> {
    prop_oneof![
        6 => Just(200u16),
        2 => Just(202u16),
        3 => select(&[
            201u16, 203, 204, 206, 299, 301, 302, 304, 307, 400, 401, 403, 404, 409, 422, 429,
            500, 501, 502, 503, 504, 599,
        ][..]),
        1 => 200u16..=599,
        1 => 600u16..=999,
    ]
}

fn arb_request_id_header() -> impl Strategy<Value = Option<String>> {
    prop::option::weighted(0.3, "[!-~]{1,40}")
}

// ---------------------------------------------------------------------------------------------
// The property
// ---------------------------------------------------------------------------------------------

fn proptest_config() -> ProptestConfig {
    let mut config = ProptestConfig {
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = DEFAULT_CASES;
    }
    config
}

/// The error variants an HTTP answer can end in (no transport failure, timeout or oversized
/// body with this well-behaved server and small bodies).
fn from_an_answer(error: &Error) -> bool {
    matches!(
        error,
        Error::Api(_)
            | Error::Pending { .. }
            | Error::Decode { .. }
            | Error::HtmlPage { .. }
            | Error::EmptyBody { .. }
    )
}

fn check(
    harness: &Harness,
    decoder: Decoder,
    which: usize,
    answer: Answer,
) -> Result<(), TestCaseError> {
    let status = answer.status;
    *harness
        .shared
        .next
        .lock()
        .unwrap_or_else(PoisonError::into_inner) = Some(answer);
    let before = harness.shared.served.load(Ordering::SeqCst);
    let call = decoder.call(&harness.authn, which);
    let outcome = harness
        .runtime
        .block_on(async { tokio::time::timeout(HANG, call).await });
    let Ok(result) = outcome else {
        return Err(TestCaseError::fail(format!("the call hung for {HANG:?}")));
    };
    let served = harness.shared.served.load(Ordering::SeqCst) - before;
    prop_assert_eq!(served, 1, "one request per call");
    harness.tally.count(&result);
    match result {
        Ok(shown) => {
            prop_assert_eq!(status, 200, "a success with HTTP {}: {}", status, shown);
        }
        Err(error) => {
            // Every accessor and both printings work on whatever came back.
            let printed = format!("{error} {error:?}");
            let _ = (
                error.is_retryable(),
                error.summary(),
                error.field_errors(),
                error.request_id(),
                error.api(),
            );
            prop_assert!(from_an_answer(&error), "HTTP {}: {}", status, printed);
            let expected_status = match error {
                // Pending says 202 by definition (an envelope may say `Accepted` with HTTP 200).
                Error::Pending { .. } => 202,
                _ => status,
            };
            prop_assert_eq!(error.http_status(), Some(expected_status), "{}", printed);
            prop_assert!(
                error.pangea_status() != Some(&PangeaStatus::Success),
                "an API error with status Success: {}",
                printed
            );
        }
    }
    Ok(())
}

/// Runs the property for `decoder` with bodies from `bodies`.
/// The two kinds of bodies.
#[derive(Debug, Clone, Copy)]
enum Bodies {
    /// [`arb_bytes_body`].
    Bytes,
    /// [`arb_json_body`].
    Json,
}

/// Runs the property for `decoder` with `bodies`.
fn run(decoder: Decoder, bodies: Bodies) {
    let (strategy, reached) = match bodies {
        Bodies::Bytes => (
            arb_bytes_body(decoder).boxed(),
            ["Ok", "Decode", "HtmlPage", "EmptyBody"],
        ),
        Bodies::Json => (
            arb_json_body(decoder).boxed(),
            ["Ok", "Decode", "Api", "Pending"],
        ),
    };
    let harness = Harness::start();
    let strategy = (
        arb_status(),
        arb_request_id_header(),
        strategy,
        0..decoder.calls(),
    );
    let mut runner = TestRunner::new(proptest_config());
    let result = runner.run(&strategy, |(status, request_id_header, body, which)| {
        let answer = Answer {
            status,
            request_id_header,
            body,
        };
        check(&harness, decoder, which, answer)
    });
    if let Err(failure) = result {
        panic!("{decoder:?}, {bodies:?}: {failure}\n{runner}");
    }
    let tally = harness.tally.summary();
    eprintln!("{decoder:?}, {bodies:?}: {tally}");
    // The strategies reach the decoders' success and failure paths, not only the noise.
    if runner.config().cases >= 256 {
        for outcome in reached {
            assert!(
                harness.tally.get(outcome) > 0,
                "{decoder:?}, {bodies:?}: no case ended in {outcome}: {tally}"
            );
        }
    }
}

#[test]
fn user_answers_from_bytes() {
    run(Decoder::User, Bodies::Bytes);
}

#[test]
fn user_answers_from_json() {
    run(Decoder::User, Bodies::Json);
}

#[test]
fn empty_answers_from_bytes() {
    run(Decoder::Empty, Bodies::Bytes);
}

#[test]
fn empty_answers_from_json() {
    run(Decoder::Empty, Bodies::Json);
}

#[test]
fn page_answers_from_bytes() {
    run(Decoder::Page, Bodies::Bytes);
}

#[test]
fn page_answers_from_json() {
    run(Decoder::Page, Bodies::Json);
}

#[test]
fn authenticator_list_answers_from_bytes() {
    run(Decoder::Authenticators, Bodies::Bytes);
}

#[test]
fn authenticator_list_answers_from_json() {
    run(Decoder::Authenticators, Bodies::Json);
}

#[test]
fn userinfo_answers_from_bytes() {
    run(Decoder::Userinfo, Bodies::Bytes);
}

#[test]
fn userinfo_answers_from_json() {
    run(Decoder::Userinfo, Bodies::Json);
}

#[test]
fn token_info_answers_from_bytes() {
    run(Decoder::TokenInfo, Bodies::Bytes);
}

#[test]
fn token_info_answers_from_json() {
    run(Decoder::TokenInfo, Bodies::Json);
}

#[test]
fn session_list_answers_from_bytes() {
    run(Decoder::Sessions, Bodies::Bytes);
}

#[test]
fn session_list_answers_from_json() {
    run(Decoder::Sessions, Bodies::Json);
}

#[test]
fn jwks_answers_from_bytes() {
    run(Decoder::Jwks, Bodies::Bytes);
}

#[test]
fn jwks_answers_from_json() {
    run(Decoder::Jwks, Bodies::Json);
}

#[test]
fn invite_answers_from_bytes() {
    run(Decoder::Invite, Bodies::Bytes);
}

#[test]
fn invite_answers_from_json() {
    run(Decoder::Invite, Bodies::Json);
}

#[test]
fn invite_list_answers_from_bytes() {
    run(Decoder::Invites, Bodies::Bytes);
}

#[test]
fn invite_list_answers_from_json() {
    run(Decoder::Invites, Bodies::Json);
}
