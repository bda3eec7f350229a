//! Tokens, passwords and login codes never show: not in `Debug` (`{:?}`, `{:#?}`) or `Display`
//! output of any public type that holds one, not in errors, and not in anything `tracing` emits.

use std::fmt::Debug;
use std::io;
use std::sync::{Arc, Mutex, PoisonError};
use std::time::Duration;

use authn_sdk::{AuthN, Config, Error, PangeaStatus, ProfileEdit, UserRef};
use httpmock::MockServer;
use serde_json::{Value, json};

const SERVICE_TOKEN: &str = "pts_servicetokensecretqq";
const USER_TOKEN: &str = "ptu_usertokensecretaaaaaaaaaaaaaaaaa";
const OLD_PASSWORD: &str = "Old-Passw0rd-Secret!";
const NEW_PASSWORD: &str = "New-Passw0rd-Secret!";
const LOGIN_CODE: &str = "pmc_logincodesecretbbbbbbbbbbbbbbbbb";
const ACTIVE_TOKEN: &str = "ptu_activetokensecretccccccccccccccc";
const REFRESH_TOKEN: &str = "ptr_refreshtokensecretdddddddddddddd";
const EXTRA_HEADER_SECRET: &str = "proxy-key-secret-eeee";
/// A login code that does not match the pattern: refused before sending, and still secret.
const BAD_LOGIN_CODE: &str = "not-a-code-badcodesecret";
/// A user token that does not match the pattern.
const BAD_USER_TOKEN: &str = "badusertokensecret";

const SECRETS: &[&str] = &[
    SERVICE_TOKEN,
    USER_TOKEN,
    OLD_PASSWORD,
    NEW_PASSWORD,
    LOGIN_CODE,
    ACTIVE_TOKEN,
    REFRESH_TOKEN,
    EXTRA_HEADER_SECRET,
    BAD_LOGIN_CODE,
    BAD_USER_TOKEN,
];

/// The distinctive part of every secret, so that a partial print is caught too.
const MARKERS: &[&str] = &[
    "servicetokensecret",
    "usertokensecret",
    "Passw0rd-Secret",
    "logincodesecret",
    "activetokensecret",
    "refreshtokensecret",
    "proxy-key-secret",
    "badcodesecret",
];

#[track_caller]
fn assert_no_secret(what: &str, text: &str) {
    assert!(!text.is_empty(), "{what}: nothing to check");
    for secret in SECRETS.iter().chain(MARKERS) {
        assert!(
            !text.contains(secret),
            "{what} shows the secret {secret:?}:\n{text}"
        );
    }
}

#[track_caller]
fn assert_debug_hides_secrets(what: &str, value: &impl Debug) {
    assert_no_secret(&format!("{what} {{:?}}"), &format!("{value:?}"));
    assert_no_secret(&format!("{what} {{:#?}}"), &format!("{value:#?}"));
}

#[track_caller]
fn assert_error_hides_secrets(what: &str, error: &Error) {
    assert_debug_hides_secrets(what, error);
    assert_no_secret(&format!("{what} Display"), &error.to_string());
    assert_no_secret(
        &format!("{what} Display (alternate)"),
        &format!("{error:#}"),
    );
    let mut source = std::error::Error::source(error);
    while let Some(inner) = source {
        assert_no_secret(&format!("{what} source"), &format!("{inner} {inner:?}"));
        source = inner.source();
    }
}

fn config(base_url: &str) -> Config {
    Config::new(SERVICE_TOKEN)
        .base_url_template(base_url)
        .header("x-proxy-key", EXTRA_HEADER_SECRET)
        .retries(1)
        .backoff(Duration::from_millis(10), Duration::from_millis(20))
        .timeout(Duration::from_secs(5))
}

fn envelope(status: &str, request_id: &str, result: Value) -> Value {
    json!({
        "request_id": request_id,
        "request_time": "2024-06-01T10:00:00Z",
        "response_time": "2024-06-01T10:00:00Z",
        "status": status,
        "summary": format!("{status} summary"),
        "result": result,
    })
}

fn login_token(token: &str, kind: &str) -> Value {
    json!({
        "id": format!("pmt_{kind}id"),
        "token": token,
        "type": kind,
        "life": 3600,
        "expire": "2024-06-01T11:00:00Z",
        "identity": "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5",
        "email": "joe.user@email.com",
        "profile": {"first_name": "Joe"},
        "created_at": "2024-06-01T10:00:00Z",
    })
}

fn userinfo_json() -> Value {
    json!({
        "active_token": login_token(ACTIVE_TOKEN, "user"),
        "refresh_token": login_token(REFRESH_TOKEN, "session"),
    })
}

fn user_json() -> Value {
    json!({
        "id": "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5",
        "email": "joe.user@email.com",
        "profile": {"first_name": "Joe"},
        "verified": true,
    })
}

fn authenticator_json() -> Value {
    json!({
        "id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a",
        "type": "password",
        "enabled": true,
        "created_at": "2024-06-01T10:00:00Z",
        "updated_at": "2024-06-01T10:00:00Z",
    })
}

/// Answers every one of the ten calls with success. The userinfo and password-change mocks
/// match only the secrets this file sends, so the secrets demonstrably travelled.
async fn mock_all_ten(server: &MockServer) {
    let auth = format!("Bearer {SERVICE_TOKEN}");
    for (path, result) in [
        ("/v2/user/create", user_json()),
        ("/v2/user/delete", json!({})),
        ("/v2/user/update", user_json()),
        ("/v2/user/list", json!({"users": [user_json()], "count": 1})),
        ("/v2/user/profile/get", user_json()),
        ("/v2/user/profile/update", user_json()),
        (
            "/v2/user/authenticators/list",
            json!({"authenticators": [authenticator_json()]}),
        ),
        ("/v2/user/authenticators/delete", json!({})),
    ] {
        let request_id = format!("prq_{}", path.trim_start_matches("/v2/").replace('/', "_"));
        server
            .mock_async(|when, then| {
                when.method("POST")
                    .path(path)
                    .header("authorization", auth.as_str());
                then.status(200)
                    .header("x-request-id", request_id.as_str())
                    .json_body(envelope("Success", &request_id, result));
            })
            .await;
    }
    server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/client/userinfo")
                .header("authorization", auth.as_str())
                .json_body(json!({"code": LOGIN_CODE}));
            then.status(200)
                .header("x-request-id", "prq_userinfo")
                .json_body(envelope("Success", "prq_userinfo", userinfo_json()));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/client/password/change")
                .header("authorization", auth.as_str())
                .json_body(json!({
                    "token": USER_TOKEN,
                    "old_password": OLD_PASSWORD,
                    "new_password": NEW_PASSWORD,
                }));
            then.status(200)
                .header("x-request-id", "prq_password")
                .json_body(envelope("Success", "prq_password", json!({})));
        })
        .await;
}

/// Runs the ten calls, each of which must succeed.
async fn run_all_ten(authn: &AuthN) {
    let user = || UserRef::email("joe.user@email.com");
    let users = authn.user();
    users
        .create("joe.user@email.com")
        .send()
        .await
        .expect("create");
    users.delete(user()).send().await.expect("delete");
    users
        .update(user())
        .disabled(false)
        .send()
        .await
        .expect("update");
    users.list().size(10).send().await.expect("list");
    users
        .profile()
        .get(user())
        .send()
        .await
        .expect("profile get");
    users
        .profile()
        .update(user(), ProfileEdit::new().set("nickname", "jo"))
        .send()
        .await
        .expect("profile update");
    users
        .authenticators()
        .list(user())
        .send()
        .await
        .expect("authenticators list");
    users
        .authenticators()
        .delete(user(), "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
        .send()
        .await
        .expect("authenticators delete");
    let session = authn
        .client()
        .userinfo(LOGIN_CODE)
        .send()
        .await
        .expect("userinfo");
    assert_eq!(
        session
            .active_token
            .as_ref()
            .map(|t| t.token.expose_secret()),
        Some(ACTIVE_TOKEN),
        "the token reaches the caller"
    );
    authn
        .client()
        .password()
        .change(
            &authn_sdk::ActiveToken::new(USER_TOKEN),
            OLD_PASSWORD,
            NEW_PASSWORD,
        )
        .send()
        .await
        .expect("password change");
}

/// Mocks under which userinfo and password change fail, in every way that could quote a body.
async fn mock_failures(server: &MockServer) {
    // A userinfo answer cut off in the middle of its tokens.
    let full =
        serde_json::to_string(&envelope("Success", "prq_cut", userinfo_json())).expect("json");
    let cut_at = full.find(REFRESH_TOKEN).expect("the token is in the body") + REFRESH_TOKEN.len();
    let truncated = full[..cut_at].to_string();
    server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/client/userinfo")
                .json_body_includes(r#"{"flow_id": "pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a"}"#);
            then.status(200).body(truncated.as_str());
        })
        .await;
    // A userinfo answer that is JSON, says Success, and has a token where a number belongs.
    let mut misshapen = userinfo_json();
    misshapen["refresh_token"]["life"] = json!(REFRESH_TOKEN);
    server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/client/userinfo")
                .json_body_includes(r#"{"flow_id": "pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"}"#);
            then.status(200)
                .json_body(envelope("Success", "prq_misshapen", misshapen));
        })
        .await;
    // A login code the service refuses.
    server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/client/userinfo");
            then.status(200)
                .json_body(envelope("InvalidLoginCode", "prq_badcode", json!({})));
        })
        .await;
    // A wrong old password, then a new password the policy refuses.
    server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/client/password/change")
                .json_body_includes(format!(r#"{{"old_password": "{OLD_PASSWORD}"}}"#));
            then.status(200).json_body(envelope(
                "AuthenticationFailure",
                "prq_wrongpw",
                Value::Null,
            ));
        })
        .await;
    server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/client/password/change");
            then.status(400).json_body(envelope(
                "ValidationError",
                "prq_policy",
                json!({"errors": [{
                    "code": "DoesNotMatchPattern",
                    "detail": "the password does not meet the policy",
                    "source": "/new_password",
                }]}),
            ));
        })
        .await;
}

/// Every failure, in the order `mock_failures` answers them.
async fn run_failures(authn: &AuthN) -> Vec<(&'static str, Error)> {
    let mut errors = Vec::new();
    let truncated = authn
        .client()
        .userinfo(LOGIN_CODE)
        .flow_id("pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a")
        .send()
        .await
        .expect_err("truncated userinfo");
    assert!(
        matches!(
            truncated,
            Error::Decode {
                http_status: 200,
                ..
            }
        ),
        "{truncated:?}"
    );
    errors.push(("truncated userinfo", truncated));

    let misshapen = authn
        .client()
        .userinfo(LOGIN_CODE)
        .flow_id("pfl_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa")
        .send()
        .await
        .expect_err("misshapen userinfo");
    assert!(
        matches!(&misshapen, Error::Decode { http_status: 200, request_id: Some(id), .. } if id == "prq_misshapen"),
        "{misshapen:?}"
    );
    errors.push(("misshapen userinfo", misshapen));

    let refused = authn
        .client()
        .userinfo(LOGIN_CODE)
        .send()
        .await
        .expect_err("refused login code");
    assert_eq!(
        refused.pangea_status(),
        Some(&PangeaStatus::from("InvalidLoginCode"))
    );
    errors.push(("refused login code", refused));

    let malformed = authn
        .client()
        .userinfo(BAD_LOGIN_CODE)
        .send()
        .await
        .expect_err("malformed login code");
    assert!(
        matches!(malformed, Error::InvalidInput { field: "code", .. }),
        "{malformed:?}"
    );
    errors.push(("malformed login code", malformed));

    let wrong_password = authn
        .client()
        .password()
        .change(
            &authn_sdk::ActiveToken::new(USER_TOKEN),
            OLD_PASSWORD,
            NEW_PASSWORD,
        )
        .send()
        .await
        .expect_err("wrong password");
    assert_eq!(
        wrong_password.pangea_status(),
        Some(&PangeaStatus::AuthenticationFailure)
    );
    errors.push(("wrong old password", wrong_password));

    let policy = authn
        .client()
        .password()
        .change(
            &authn_sdk::ActiveToken::new(USER_TOKEN),
            NEW_PASSWORD,
            OLD_PASSWORD,
        )
        .send()
        .await
        .expect_err("password policy");
    assert_eq!(policy.pangea_status(), Some(&PangeaStatus::ValidationError));
    assert_eq!(policy.field_errors().len(), 1);
    errors.push(("password policy", policy));

    let bad_token = authn
        .client()
        .password()
        .change(
            &authn_sdk::ActiveToken::new(BAD_USER_TOKEN),
            OLD_PASSWORD,
            NEW_PASSWORD,
        )
        .send()
        .await
        .expect_err("malformed user token");
    assert!(
        matches!(bad_token, Error::InvalidInput { field: "token", .. }),
        "{bad_token:?}"
    );
    errors.push(("malformed user token", bad_token));
    errors
}

#[test]
fn configuration_and_client_hide_the_service_token() {
    let config = config("http://127.0.0.1:9");
    assert_debug_hides_secrets("Config", &config);
    let from_env = Config::from_lookup(|name| match name {
        "PANGEA_AUTHN_TOKEN" => Some(SERVICE_TOKEN.to_string()),
        "PANGEA_DOMAIN" => Some("aws.eu.pangea.cloud".to_string()),
        _ => None,
    })
    .expect("configured");
    assert_debug_hides_secrets("Config::from_lookup", &from_env);

    let authn = AuthN::new(config).expect("valid");
    assert_debug_hides_secrets("AuthN", &authn);
    assert_debug_hides_secrets("AuthN::api()", authn.api());
    assert_debug_hides_secrets("authn.client()", &authn.client());
    assert_debug_hides_secrets("authn.client().password()", &authn.client().password());

    // A token that cannot go in a header is refused without being quoted.
    let err = AuthN::new(Config::new(format!("{SERVICE_TOKEN}\n"))).expect_err("bad token");
    assert!(matches!(err, Error::Config { .. }), "{err:?}");
    assert_error_hides_secrets("Config error", &err);
}

#[test]
fn request_builders_hide_codes_tokens_and_passwords() {
    let authn = AuthN::new(config("http://127.0.0.1:9")).expect("valid");
    let change = authn.client().password().change(
        &authn_sdk::ActiveToken::new(USER_TOKEN),
        OLD_PASSWORD,
        NEW_PASSWORD,
    );
    assert_debug_hides_secrets("ChangePassword", &change);
    let change = authn.client().password().change(
        &authn_sdk::ActiveToken::new(BAD_USER_TOKEN),
        OLD_PASSWORD,
        NEW_PASSWORD,
    );
    assert_debug_hides_secrets("ChangePassword (bad token)", &change);
    let userinfo = authn
        .client()
        .userinfo(LOGIN_CODE)
        .flow_id("pfl_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a");
    assert_debug_hides_secrets("Userinfo", &userinfo);
    let userinfo = authn.client().userinfo(BAD_LOGIN_CODE);
    assert_debug_hides_secrets("Userinfo (bad code)", &userinfo);
    // The builders are not vacuous: they print their other fields.
    assert!(format!("{userinfo:?}").contains("Userinfo"), "{userinfo:?}");
}

#[tokio::test]
async fn a_decoded_userinfo_hides_its_tokens() {
    let server = MockServer::start_async().await;
    mock_all_ten(&server).await;
    let authn = AuthN::new(config(&server.base_url())).expect("valid");
    let session = authn
        .client()
        .userinfo(LOGIN_CODE)
        .send()
        .await
        .expect("userinfo");
    assert_eq!(session.refresh_token.token.expose_secret(), REFRESH_TOKEN);
    assert_debug_hides_secrets("Response<Userinfo>", &session);
    assert_debug_hides_secrets("Userinfo", &session.result);
    assert_debug_hides_secrets("LoginToken", &session.refresh_token);
    let printed = format!("{session:?}");
    assert!(printed.contains("ActiveToken(<redacted>)"), "{printed}");
    assert!(printed.contains("RefreshToken(<redacted>)"), "{printed}");
    assert!(
        printed.contains("pmt_sessionid"),
        "other fields still print: {printed}"
    );
}

#[tokio::test]
async fn errors_from_failed_userinfo_and_password_change_hide_secrets() {
    let server = MockServer::start_async().await;
    mock_failures(&server).await;
    let authn = AuthN::new(config(&server.base_url())).expect("valid");
    let errors = run_failures(&authn).await;
    assert_eq!(errors.len(), 7);
    for (what, error) in &errors {
        assert_error_hides_secrets(what, error);
    }
}

/// A writer shared between the subscriber and the test.
#[derive(Clone, Default)]
struct Capture(Arc<Mutex<Vec<u8>>>);

impl io::Write for Capture {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

impl Capture {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

#[tokio::test(flavor = "current_thread")]
async fn tracing_at_trace_level_never_shows_a_secret() {
    let server = MockServer::start_async().await;
    mock_all_ten(&server).await;
    let failures = MockServer::start_async().await;
    mock_failures(&failures).await;
    let authn = AuthN::new(config(&server.base_url())).expect("valid");
    let failing = AuthN::new(config(&failures.base_url())).expect("valid");

    let capture = Capture::default();
    let writer = capture.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(tracing_subscriber::fmt::format::FmtSpan::FULL)
        .with_writer(move || writer.clone())
        .finish();
    {
        // Mocks are created before and counted after: only the SDK runs while capturing.
        let _guard = tracing::subscriber::set_default(subscriber);
        run_all_ten(&authn).await;
        let errors = run_failures(&failing).await;
        for (what, error) in &errors {
            tracing::error!(%error, ?error, "{what}");
        }
    }
    let text = capture.text();
    assert_no_secret("tracing output", &text);

    // Not vacuous: the spans, their fields and the outcomes were captured.
    for expected in [
        "authn.call",
        "authn.attempt",
        "operation",
        "request_id",
        "http.status",
        "pangea.status",
        "attempts",
        "call succeeded",
        "call failed",
        "prq_userinfo",
        "prq_password",
        "prq_wrongpw",
        "AuthenticationFailure",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
    for operation in [
        "user_create",
        "user_delete",
        "user_update",
        "user_list",
        "user_profile_get",
        "user_profile_update",
        "user_authenticators_list",
        "user_authenticators_delete",
        "client_userinfo",
        "client_password_change",
    ] {
        assert!(
            text.contains(&format!("operation=\"{operation}\"")),
            "no span for {operation} in:\n{text}"
        );
    }
}
