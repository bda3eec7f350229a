//! Every way a call can end, seen from the caller: the `Error` variant and its accessors, and
//! how many requests the server saw (retries, `x-pangea-retried-request-ids`, `Retry-After`,
//! 202 polling, timeouts, refused connections, undecodable and oversized bodies).

use std::future::Future;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use authn_sdk::{
    ActiveToken, AuthN, AuthenticatorType, Config, Error, FieldError, PangeaStatus, UserRef,
};
use httpmock::MockServer;
use serde_json::{Value, json};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

mod common;
use common::closed_port;

const TOKEN: &str = "pts_errorsandretriestoken";
const EMAIL: &str = "joe.user@email.com";
const USER_ID: &str = "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";
const USER_TOKEN: &str = "ptu_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a";
/// The header Pangea's SDKs send on a retry, listing the ids of the earlier attempts.
const RETRIED_REQUEST_IDS: &str = "x-pangea-retried-request-ids";
const LOGIN_CODE: &str = "pmc_d6chl6qulpn3it34oerwm3cqwsjd6dxw";

/// Fast settings: short backoffs and polls, so that the whole file runs in a few seconds.
fn config(base_url: &str) -> Config {
    Config::new(TOKEN)
        .base_url_template(base_url)
        .retries(3)
        .backoff(Duration::from_millis(10), Duration::from_millis(50))
        .poll_timing(Duration::from_secs(2), Duration::from_millis(10))
        .timeout(Duration::from_secs(5))
}

fn authn(config: Config) -> AuthN {
    AuthN::new(config).expect("a valid configuration")
}

fn envelope(status: &str, request_id: &str, summary: &str, result: Value) -> Value {
    json!({
        "request_id": request_id,
        "request_time": "2024-06-01T10:00:00.000000Z",
        "response_time": "2024-06-01T10:00:00.100000Z",
        "status": status,
        "summary": summary,
        "result": result,
    })
}

fn user_json() -> Value {
    json!({
        "id": USER_ID,
        "email": EMAIL,
        "profile": {"first_name": "Joe"},
        "verified": true,
        "disabled": false,
    })
}

fn ok_user(request_id: &str) -> Value {
    envelope("Success", request_id, "User found", user_json())
}

/// A mock answering every `user/profile/get` with HTTP `http` and `body`.
async fn profile_get_answers(server: &MockServer, http: u16, body: Value) -> httpmock::Mock<'_> {
    server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(http).json_body(body);
        })
        .await
}

fn expect_err<T: std::fmt::Debug>(result: Result<T, Error>) -> Error {
    match result {
        Ok(value) => panic!("expected an error, got {value:?}"),
        Err(e) => e,
    }
}

/// `user/profile/get` by email: the call most tests use.
async fn get_user(authn: &AuthN) -> Result<authn_sdk::Response<authn_sdk::User>, Error> {
    authn
        .user()
        .profile()
        .get(UserRef::email(EMAIL))
        .send()
        .await
}

// ---------------------------------------------------------------------------------------------
// Business failures with HTTP 200
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn authentication_failure_with_http_200_is_an_api_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/client/password/change");
            then.status(200).json_body(envelope(
                "AuthenticationFailure",
                "prq_authfail",
                "Incorrect password",
                Value::Null,
            ));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(
        authn
            .client()
            .password()
            .change(&ActiveToken::new(USER_TOKEN), "hunter2", "My2n+Password")
            .send()
            .await,
    );
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(
        err.pangea_status(),
        Some(&PangeaStatus::AuthenticationFailure)
    );
    assert_eq!(err.summary(), Some("Incorrect password"));
    assert_eq!(err.request_id(), Some("prq_authfail"));
    assert_eq!(err.http_status(), Some(200));
    assert!(err.field_errors().is_empty());
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "AuthenticationFailure (HTTP 200, request prq_authfail): Incorrect password"
    );
    assert_eq!(
        mock.calls_async().await,
        1,
        "a business failure is not retried"
    );
}

#[tokio::test]
async fn disabled_user_with_http_200_is_an_api_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/client/userinfo");
            then.status(200).json_body(envelope(
                "DisabledUser",
                "prq_disabled",
                "User is disabled",
                json!({}),
            ));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(authn.client().userinfo(LOGIN_CODE).send().await);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::DisabledUser));
    assert_eq!(err.summary(), Some("User is disabled"));
    assert_eq!(err.request_id(), Some("prq_disabled"));
    assert_eq!(err.http_status(), Some(200));
    assert!(err.field_errors().is_empty());
    assert!(!err.is_retryable());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn unknown_status_is_kept_intact_with_its_result() {
    let server = MockServer::start_async().await;
    let mock = profile_get_answers(&server, 200, envelope(
                "UserNotFound",
                "prq_notfound",
                "There is no such user",
                json!({"errors": [{"code": "DoesNotExist", "detail": "no user", "source": "/email"}], "hint": 7}),
            )).await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::UserNotFound));
    assert_eq!(
        err.pangea_status().map(PangeaStatus::as_str),
        Some("UserNotFound")
    );
    assert_eq!(err.summary(), Some("There is no such user"));
    assert_eq!(err.request_id(), Some("prq_notfound"));
    assert_eq!(err.http_status(), Some(200));
    assert_eq!(
        err.field_errors(),
        [FieldError::new("DoesNotExist", "no user", "/email")]
    );
    assert!(!err.is_retryable());
    let api = err.api().expect("an API error");
    assert_eq!(
        api.result.as_ref().and_then(|r| r.get("hint")),
        Some(&json!(7))
    );
    assert!(
        err.to_string()
            .starts_with("UserNotFound (HTTP 200, request prq_notfound)")
    );
    assert_eq!(mock.calls_async().await, 1);
}

// ---------------------------------------------------------------------------------------------
// 4xx: decoded, never retried
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn validation_error_400_decodes_field_errors_and_is_not_retried() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/create");
            then.status(400).json_body(envelope(
                "ValidationError",
                "prq_invalid",
                "There were 2 validation errors",
                json!({"errors": [
                    {"code": "BadFormatEmail", "detail": "'x' is not an email", "source": "/email", "path": "/properties/email/format"},
                    {"code": "SomeFutureCode", "detail": "new rule", "source": "/profile"},
                ]}),
            ));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(authn.user().create(EMAIL).send().await);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::ValidationError));
    assert_eq!(err.summary(), Some("There were 2 validation errors"));
    assert_eq!(err.request_id(), Some("prq_invalid"));
    assert_eq!(err.http_status(), Some(400));
    let mut first = FieldError::new("BadFormatEmail", "'x' is not an email", "/email");
    first.path = Some("/properties/email/format".into());
    assert_eq!(
        err.field_errors(),
        [
            first,
            FieldError::new("SomeFutureCode", "new rule", "/profile")
        ]
    );
    assert!(!err.is_retryable());
    assert!(
        err.to_string()
            .contains("BadFormatEmail at /email: 'x' is not an email"),
        "{err}"
    );
    assert_eq!(mock.calls_async().await, 1, "a 400 is not retried");
}

#[tokio::test]
async fn a_400_keeps_its_whole_result_and_reads_odd_field_errors_leniently() {
    // Named by x-request-id, as Pangea's answers are. The typed error envelope keeps only
    // `errors` and requires `source`: the call reads the body as sent instead.
    let server = MockServer::start_async().await;
    let result = json!({
        "errors": [
            {"code": "BadFormatEmail", "detail": "'x' is not an email"},
            {"detail": "no code at all", "source": "/profile"},
        ],
        "hint": "a key Pangea may add",
    });
    let body = envelope("ValidationError", "prq_odd", "Odd errors", result.clone());
    server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/create");
            then.status(400)
                .header("x-request-id", "prq_odd")
                .json_body(body);
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(authn.user().create(EMAIL).send().await);
    assert_eq!(
        err.pangea_status(),
        Some(&PangeaStatus::ValidationError),
        "{err:?}"
    );
    assert_eq!(err.summary(), Some("Odd errors"));
    assert_eq!(err.request_id(), Some("prq_odd"));
    assert_eq!(err.http_status(), Some(400));
    assert_eq!(
        err.field_errors(),
        [
            FieldError::new("BadFormatEmail", "'x' is not an email", ""),
            FieldError::new("", "no code at all", "/profile"),
        ]
    );
    assert_eq!(err.api().and_then(|api| api.result.as_ref()), Some(&result));
}

#[tokio::test]
async fn unauthorized_401_is_not_retried() {
    let server = MockServer::start_async().await;
    let mock = profile_get_answers(
        &server,
        401,
        envelope(
            "Unauthorized",
            "prq_unauth",
            "Not authorized to access this resource",
            Value::Null,
        ),
    )
    .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::Unauthorized));
    assert_eq!(
        err.summary(),
        Some("Not authorized to access this resource")
    );
    assert_eq!(err.request_id(), Some("prq_unauth"));
    assert_eq!(err.http_status(), Some(401));
    assert!(err.field_errors().is_empty());
    assert!(!err.is_retryable());
    assert_eq!(mock.calls_async().await, 1, "a 401 is not retried");
}

// ---------------------------------------------------------------------------------------------
// 5xx: retried, with the ids of earlier attempts
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn server_errors_are_retried_then_succeed() {
    for code in [500u16, 502, 503, 504] {
        let server = MockServer::start_async().await;
        let first_id = format!("prq_first_{code}");
        let failing = server
            .mock_async(|when, then| {
                when.method("POST")
                    .path("/v2/user/profile/get")
                    .header_missing(RETRIED_REQUEST_IDS);
                then.status(code)
                    .header("x-request-id", first_id.as_str())
                    .json_body(envelope(
                        "InternalError",
                        &first_id,
                        "try again",
                        Value::Null,
                    ))
                    .up_to_n_times(1);
            })
            .await;
        let healthy = server
            .mock_async(|when, then| {
                // The retry is the same request as the first attempt, plus the header.
                when.method("POST")
                    .path("/v2/user/profile/get")
                    .header(RETRIED_REQUEST_IDS, first_id.as_str())
                    .header("authorization", format!("Bearer {TOKEN}"))
                    .header("content-type", "application/json")
                    .header("accept", "application/json")
                    .header_missing("api-version")
                    .json_body(json!({"email": EMAIL}));
                then.status(200).json_body(ok_user("prq_second"));
            })
            .await;
        let authn = authn(config(&server.base_url()));
        let user = get_user(&authn)
            .await
            .unwrap_or_else(|e| panic!("HTTP {code} then 200 should succeed: {e}"));
        assert_eq!(user.id, USER_ID, "{code}");
        assert_eq!(user.request_id, "prq_second", "{code}");
        assert_eq!(failing.calls_async().await, 1, "{code}");
        assert_eq!(healthy.calls_async().await, 1, "{code}");
    }
}

#[tokio::test]
async fn retried_request_ids_come_from_the_header_then_the_body() {
    let server = MockServer::start_async().await;
    // First attempt: the id is in `x-request-id` (the body's own id must not win over it).
    let first = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header_missing(RETRIED_REQUEST_IDS);
            then.status(503)
                .header("x-request-id", "prq_header1")
                .json_body(envelope(
                    "ServiceNotAvailable",
                    "prq_body_ignored",
                    "busy",
                    Value::Null,
                ));
        })
        .await;
    // Second attempt: no header, so the id comes from the body.
    let second = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header(RETRIED_REQUEST_IDS, "prq_header1");
            then.status(502).json_body(envelope(
                "InternalError",
                "prq_body2",
                "gateway",
                Value::Null,
            ));
        })
        .await;
    let third = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header(RETRIED_REQUEST_IDS, "prq_header1,prq_body2");
            then.status(200)
                .header("x-request-id", "prq_ok3")
                .json_body(ok_user("prq_ok3"));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let user = get_user(&authn).await.expect("the third attempt succeeds");
    assert_eq!(user.request_id, "prq_ok3");
    assert_eq!(first.calls_async().await, 1);
    assert_eq!(second.calls_async().await, 1);
    assert_eq!(third.calls_async().await, 1);
}

#[tokio::test]
async fn exhausted_retries_end_with_the_last_503() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(503)
                .header("x-request-id", "prq_busy")
                .json_body(envelope(
                    "ServiceNotAvailable",
                    "prq_busy",
                    "Service is unavailable",
                    Value::Null,
                ));
        })
        .await;
    let authn = authn(config(&server.base_url()).retries(2));
    let err = expect_err(get_user(&authn).await);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(
        err.pangea_status(),
        Some(&PangeaStatus::ServiceNotAvailable)
    );
    assert_eq!(err.summary(), Some("Service is unavailable"));
    assert_eq!(err.request_id(), Some("prq_busy"));
    assert_eq!(err.http_status(), Some(503));
    assert!(err.is_retryable());
    assert_eq!(mock.calls_async().await, 3, "1 attempt + 2 retries");
}

#[tokio::test]
async fn exhausted_retries_on_an_html_503_end_with_html_page() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(503)
                .header("content-type", "text/html")
                .body("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
        })
        .await;
    let authn = authn(config(&server.base_url()).retries(3));
    let err = expect_err(get_user(&authn).await);
    match &err {
        Error::HtmlPage {
            http_status: 503,
            snippet: Some(snippet),
        } => assert!(
            snippet.contains("503 Service Temporarily Unavailable"),
            "{snippet}"
        ),
        other => panic!("expected HtmlPage 503, got {other:?}"),
    }
    assert_eq!(err.http_status(), Some(503));
    assert_eq!(err.pangea_status(), None);
    assert_eq!(err.request_id(), None);
    assert!(err.is_retryable());
    assert_eq!(mock.calls_async().await, 4, "1 attempt + 3 retries");
}

#[tokio::test]
async fn retries_zero_sends_once() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(500)
                .json_body(envelope("InternalError", "prq_500", "oops", Value::Null));
        })
        .await;
    let authn = authn(config(&server.base_url()).retries(0));
    let err = expect_err(get_user(&authn).await);
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::InternalError));
    assert_eq!(err.http_status(), Some(500));
    assert!(err.is_retryable());
    assert_eq!(mock.calls_async().await, 1);
}

// ---------------------------------------------------------------------------------------------
// Retry-After
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn too_many_requests_with_retry_after_is_retried_after_waiting() {
    let server = MockServer::start_async().await;
    let limited = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header_missing(RETRIED_REQUEST_IDS);
            then.status(429)
                .header("retry-after", "1")
                .header("x-request-id", "prq_limited")
                .json_body(envelope(
                    "TooManyRequests",
                    "prq_limited",
                    "slow down",
                    Value::Null,
                ));
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header(RETRIED_REQUEST_IDS, "prq_limited");
            then.status(200).json_body(ok_user("prq_after"));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let started = Instant::now();
    let user = get_user(&authn).await.expect("retried after Retry-After");
    let elapsed = started.elapsed();
    assert_eq!(user.request_id, "prq_after");
    assert!(
        elapsed >= Duration::from_secs(1),
        "Retry-After: 1 was not honoured: {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(3), "{elapsed:?}");
    assert_eq!(limited.calls_async().await, 1);
    assert_eq!(healthy.calls_async().await, 1);
}

#[tokio::test]
async fn too_many_requests_without_retry_after_is_not_retried() {
    let server = MockServer::start_async().await;
    let mock = profile_get_answers(
        &server,
        429,
        envelope("TooManyRequests", "prq_429", "slow down", Value::Null),
    )
    .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    assert!(matches!(err, Error::Api(_)), "{err:?}");
    assert_eq!(err.pangea_status(), Some(&PangeaStatus::TooManyRequests));
    assert_eq!(err.summary(), Some("slow down"));
    assert_eq!(err.request_id(), Some("prq_429"));
    assert_eq!(err.http_status(), Some(429));
    assert!(err.is_retryable(), "the caller may try again later");
    assert_eq!(mock.calls_async().await, 1, "no Retry-After, no retry");
}

#[tokio::test]
async fn retry_after_on_503_is_used_instead_of_the_backoff() {
    let server = MockServer::start_async().await;
    let busy = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header_missing(RETRIED_REQUEST_IDS);
            then.status(503)
                .header("retry-after", "0")
                .header("x-request-id", "prq_busy")
                .json_body(envelope(
                    "ServiceNotAvailable",
                    "prq_busy",
                    "busy",
                    Value::Null,
                ));
        })
        .await;
    let healthy = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header(RETRIED_REQUEST_IDS, "prq_busy");
            then.status(200).json_body(ok_user("prq_ok"));
        })
        .await;
    // A backoff this long would blow the time bound below: only Retry-After can explain a
    // quick retry.
    let config = config(&server.base_url()).backoff(Duration::from_secs(5), Duration::from_secs(5));
    let authn = authn(config);
    let started = Instant::now();
    let user = get_user(&authn).await.expect("retried");
    assert_eq!(user.request_id, "prq_ok");
    assert!(
        started.elapsed() < Duration::from_secs(2),
        "{:?}",
        started.elapsed()
    );
    assert_eq!(busy.calls_async().await, 1);
    assert_eq!(healthy.calls_async().await, 1);
}

#[tokio::test]
async fn retry_after_beyond_max_retry_after_is_not_waited_for() {
    for code in [503u16, 429] {
        let server = MockServer::start_async().await;
        let mock = server
            .mock_async(|when, then| {
                when.method("POST").path("/v2/user/profile/get");
                then.status(code)
                    .header("retry-after", "120")
                    .json_body(envelope(
                        "ServiceNotAvailable",
                        "prq_later",
                        "later",
                        Value::Null,
                    ));
            })
            .await;
        // A wait would take at least 10 s; the bound leaves a loaded machine 5.
        let authn = authn(config(&server.base_url()).max_retry_after(Duration::from_secs(10)));
        let started = Instant::now();
        let err = expect_err(get_user(&authn).await);
        assert!(started.elapsed() < Duration::from_secs(5), "{code}: waited");
        assert!(matches!(err, Error::Api(_)), "{code}: {err:?}");
        assert_eq!(err.http_status(), Some(code));
        assert_eq!(err.request_id(), Some("prq_later"));
        assert!(err.is_retryable());
        assert_eq!(mock.calls_async().await, 1, "{code}: not retried");
    }
}

// ---------------------------------------------------------------------------------------------
// Faults below HTTP: refused connections, silence, broken bodies
// ---------------------------------------------------------------------------------------------

/// A raw HTTP/1.1 server on 127.0.0.1 that hands each connection to `handler` and counts them.
async fn raw_server<F, Fut>(handler: F) -> (String, Arc<AtomicUsize>)
where
    F: Fn(TcpStream) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = ()> + Send + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.expect("bind");
    let addr = listener.local_addr().expect("address");
    let connections = Arc::new(AtomicUsize::new(0));
    let counter = Arc::clone(&connections);
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            counter.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(handler(stream));
        }
    });
    (format!("http://{addr}"), connections)
}

/// Reads one request (headers and a `Content-Length` body).
async fn read_request(stream: &mut TcpStream) -> Vec<u8> {
    let mut data = Vec::new();
    let mut buf = [0u8; 4096];
    loop {
        let n = stream.read(&mut buf).await.unwrap_or(0);
        if n == 0 {
            return data;
        }
        data.extend_from_slice(&buf[..n]);
        if let Some(end) = data.windows(4).position(|w| w == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&data[..end]).to_ascii_lowercase();
            let length = head
                .lines()
                .find_map(|l| l.strip_prefix("content-length:"))
                .and_then(|v| v.trim().parse::<usize>().ok())
                .unwrap_or(0);
            if data.len() >= end + 4 + length {
                return data;
            }
        }
    }
}

#[tokio::test]
async fn refused_connections_are_retried_then_fail_as_transport() {
    // Held until the test ends, so that no other process can take the port.
    let (socket, port) = closed_port();
    let config = config(&format!("http://127.0.0.1:{port}"))
        .retries(2)
        .backoff(Duration::from_millis(100), Duration::from_millis(100));
    let authn = authn(config);
    let started = Instant::now();
    let err = expect_err(get_user(&authn).await);
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.http_status(), None);
    assert_eq!(err.request_id(), None);
    assert_eq!(err.pangea_status(), None);
    assert!(
        err.to_string().starts_with("could not talk to the service"),
        "{err}"
    );
    // Two retries, each after a backoff of at least 75 ms (100 ms less up to 25% of jitter).
    assert!(
        elapsed >= Duration::from_millis(150),
        "refused connections were not retried: {elapsed:?}"
    );
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    drop(socket);
}

#[tokio::test]
async fn a_server_that_never_answers_times_out_without_retrying() {
    let (url, connections) = raw_server(|mut stream| async move {
        let _request = read_request(&mut stream).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(stream);
    })
    .await;
    let authn = authn(config(&url).timeout(Duration::from_millis(200)).retries(3));
    let started = Instant::now();
    let err = expect_err(get_user(&authn).await);
    let elapsed = started.elapsed();
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert_eq!(err.to_string(), "the call timed out");
    assert!(err.is_retryable());
    assert_eq!(err.http_status(), None);
    assert_eq!(err.request_id(), None);
    assert!(elapsed >= Duration::from_millis(200), "{elapsed:?}");
    assert!(elapsed < Duration::from_secs(2), "{elapsed:?}");
    assert_eq!(
        connections.load(Ordering::SeqCst),
        1,
        "a timed-out request may have been acted on: it is not retried"
    );
}

#[tokio::test]
async fn a_body_that_stalls_after_the_headers_times_out() {
    let (url, connections) = raw_server(|mut stream| async move {
        let _request = read_request(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"request_id\":";
        let _ = stream.write_all(head.as_bytes()).await;
        tokio::time::sleep(Duration::from_secs(30)).await;
        drop(stream);
    })
    .await;
    let authn = authn(config(&url).timeout(Duration::from_millis(200)));
    let started = Instant::now();
    let err = expect_err(get_user(&authn).await);
    assert!(matches!(err, Error::Timeout { .. }), "{err:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_connection_closed_mid_body_is_a_transport_error_and_not_retried() {
    let (url, connections) = raw_server(|mut stream| async move {
        let _request = read_request(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\n\r\n{\"request_id\":";
        let _ = stream.write_all(head.as_bytes()).await;
        let _ = stream.shutdown().await;
    })
    .await;
    let authn = authn(config(&url));
    let err = expect_err(get_user(&authn).await);
    assert!(matches!(err, Error::Transport { .. }), "{err:?}");
    assert!(err.is_retryable());
    assert_eq!(err.http_status(), None);
    assert_eq!(connections.load(Ordering::SeqCst), 1, "not retried");
}

// ---------------------------------------------------------------------------------------------
// 202 Accepted and polling
// ---------------------------------------------------------------------------------------------

fn accepted(request_id: &str) -> Value {
    envelope(
        "Accepted",
        request_id,
        "Your request is in progress",
        json!({"ttl_mins": 5, "retry_counter": 0, "location": format!("/request/{request_id}")}),
    )
}

#[tokio::test]
async fn accepted_is_polled_until_the_result_is_ready() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/create");
            then.status(202).json_body(accepted("prq_async"));
        })
        .await;
    let still_pending = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/request/prq_async")
                .header("authorization", format!("Bearer {TOKEN}"));
            then.status(202)
                .json_body(accepted("prq_async"))
                .up_to_n_times(1);
        })
        .await;
    let ready = server
        .mock_async(|when, then| {
            when.method("GET")
                .path("/request/prq_async")
                .header("authorization", format!("Bearer {TOKEN}"));
            then.status(200).json_body(envelope(
                "Success",
                "prq_async",
                "User created",
                user_json(),
            ));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let user = authn
        .user()
        .create(EMAIL)
        .send()
        .await
        .expect("the polled result");
    assert_eq!(user.id, USER_ID);
    assert_eq!(user.email, EMAIL);
    assert_eq!(user.request_id, "prq_async");
    assert_eq!(user.status, PangeaStatus::Success);
    assert_eq!(create.calls_async().await, 1, "the POST is not repeated");
    assert_eq!(still_pending.calls_async().await, 1);
    assert_eq!(
        ready.calls_async().await,
        1,
        "the second poll has the result"
    );
}

#[tokio::test]
async fn accepted_that_never_resolves_is_pending() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/create");
            then.status(202).json_body(accepted("prq_slow"));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method("GET").path("/request/prq_slow");
            then.status(202).json_body(accepted("prq_slow"));
        })
        .await;
    // Polls wait 50, 200 and 450 ms (n² × 50 ms): 700 ms in all. The fourth would wait until
    // 1,500 ms at the earliest, past the 1,490 ms budget, so polling stops after three; the
    // third needs only its round trips to fit in the 790 ms left (a loaded machine's margin).
    let config = config(&server.base_url())
        .poll_timing(Duration::from_millis(1490), Duration::from_millis(50));
    let authn = authn(config);
    let err = expect_err(authn.user().create(EMAIL).send().await);
    match &err {
        Error::Pending { request_id } => assert_eq!(request_id, "prq_slow"),
        other => panic!("expected Pending, got {other:?}"),
    }
    assert_eq!(err.request_id(), Some("prq_slow"));
    assert_eq!(err.http_status(), Some(202));
    assert!(err.is_retryable());
    assert_eq!(err.pangea_status(), None);
    assert!(err.to_string().contains("prq_slow"), "{err}");
    assert_eq!(create.calls_async().await, 1);
    assert_eq!(poll.calls_async().await, 3);
}

#[tokio::test]
async fn accepted_without_polling_is_pending_at_once() {
    let server = MockServer::start_async().await;
    let create = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/create");
            then.status(202).json_body(accepted("prq_nopoll"));
        })
        .await;
    let poll = server
        .mock_async(|when, then| {
            when.method("GET").path("/request/prq_nopoll");
            then.status(200)
                .json_body(envelope("Success", "prq_nopoll", "done", user_json()));
        })
        .await;
    let authn = authn(config(&server.base_url()).poll_accepted(false));
    let err = expect_err(authn.user().create(EMAIL).send().await);
    assert!(
        matches!(&err, Error::Pending { request_id } if request_id == "prq_nopoll"),
        "{err:?}"
    );
    assert_eq!(create.calls_async().await, 1);
    assert_eq!(poll.calls_async().await, 0, "polling is off");
}

// ---------------------------------------------------------------------------------------------
// Bodies that are not the documented answer
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_non_json_body_is_a_decode_error_with_a_snippet() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200)
                .header("x-request-id", "prq_text")
                .body("upstream connect error or disconnect/reset before headers");
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    match &err {
        Error::Decode {
            http_status: 200,
            request_id,
            snippet: Some(snippet),
            ..
        } => {
            assert_eq!(request_id.as_deref(), Some("prq_text"));
            assert_eq!(
                snippet,
                "upstream connect error or disconnect/reset before headers"
            );
        }
        other => panic!("expected Decode with a snippet, got {other:?}"),
    }
    assert_eq!(err.request_id(), Some("prq_text"));
    assert_eq!(err.http_status(), Some(200));
    assert!(!err.is_retryable());
    assert!(err.to_string().contains("upstream connect error"), "{err}");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let server = MockServer::start_async().await;
    let full = serde_json::to_string(&ok_user("prq_cut")).expect("json");
    let cut = full[..full.len() / 2].to_string();
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200).body(cut.as_str());
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    match &err {
        Error::Decode {
            http_status: 200,
            snippet: Some(snippet),
            ..
        } => assert!(cut.starts_with(snippet.trim_end_matches('…')), "{snippet}"),
        other => panic!("expected Decode, got {other:?}"),
    }
    assert!(!err.is_retryable());
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn an_html_page_is_reported_as_html() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200).header("content-type", "text/html").body(
                "\n  <!DOCTYPE html><html><head><title>Sign in to the proxy</title></head></html>",
            );
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    match &err {
        Error::HtmlPage {
            http_status: 200,
            snippet: Some(snippet),
        } => assert!(snippet.starts_with("<!DOCTYPE html>"), "{snippet}"),
        other => panic!("expected HtmlPage, got {other:?}"),
    }
    assert_eq!(err.http_status(), Some(200));
    assert!(
        !err.is_retryable(),
        "an HTML page with HTTP 200 will not change"
    );
    assert!(err.to_string().contains("HTML page"), "{err}");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn an_empty_body_is_reported_as_empty() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200);
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    assert!(
        matches!(err, Error::EmptyBody { http_status: 200 }),
        "{err:?}"
    );
    assert_eq!(err.http_status(), Some(200));
    assert!(!err.is_retryable());
    assert_eq!(err.to_string(), "HTTP 200: the response body is empty");
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_null_result_where_a_user_is_expected_is_a_decode_error() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200)
                .json_body(envelope("Success", "prq_null", "ok", Value::Null));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let err = expect_err(get_user(&authn).await);
    match &err {
        Error::Decode {
            http_status: 200,
            request_id: Some(id),
            message,
            ..
        } => {
            assert_eq!(id, "prq_null");
            assert!(message.contains("documented shape"), "{message}");
        }
        other => panic!("expected Decode, got {other:?}"),
    }
    assert_eq!(err.request_id(), Some("prq_null"));
    assert_eq!(
        err.pangea_status(),
        None,
        "not an API error: the status was Success"
    );
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_success_envelope_with_a_status_other_than_200_is_a_decode_error() {
    // 201 reaches the SDK as an undocumented status, 400 and 500 as error answers: a `Success`
    // envelope is malformed with any of them, and `Error::Api` never carries `Success`.
    for code in [201u16, 400, 500] {
        let server = MockServer::start_async().await;
        let request_id = format!("prq_{code}");
        let mock = server
            .mock_async(|when, then| {
                when.method("POST").path("/v2/user/profile/get");
                then.status(code).json_body(ok_user(&request_id));
            })
            .await;
        let authn = authn(config(&server.base_url()).retries(0));
        let err = expect_err(get_user(&authn).await);
        assert!(
            matches!(&err, Error::Decode { http_status, request_id: Some(id), .. } if *http_status == code && *id == request_id),
            "{code}: {err:?}"
        );
        assert_eq!(err.pangea_status(), None, "{code}");
        assert!(err.to_string().contains("other than 200"), "{code}: {err}");
        assert_eq!(mock.calls_async().await, 1, "{code}");
    }
}

#[tokio::test]
async fn unknown_fields_and_unknown_enum_values_are_accepted() {
    let server = MockServer::start_async().await;
    let mut user = user_json();
    user["favourite_colour"] = json!("teal");
    user["authenticators"] = json!([{
        "id": "pau_wuk7tvtpswyjtlsx52b7yyi2l7zotv4a",
        "type": "webauthn2",
        "enabled": true,
        "created_at": "2024-06-01T10:00:00Z",
        "updated_at": "2024-06-01T10:00:00Z",
        "brand_new_field": {"nested": [1, 2]},
    }]);
    let mut body = ok_user("prq_extra");
    body["result"] = user;
    body["new_envelope_field"] = json!(true);
    let mock = profile_get_answers(&server, 200, body.clone()).await;
    let authn = authn(config(&server.base_url()));
    let user = get_user(&authn).await.expect("extra fields are ignored");
    assert_eq!(user.id, USER_ID);
    assert_eq!(user.authenticators.len(), 1);
    assert_eq!(
        user.authenticators[0].kind,
        AuthenticatorType::from("webauthn2")
    );
    assert_eq!(mock.calls_async().await, 1);
}

#[tokio::test]
async fn a_body_over_max_response_bytes_is_too_large() {
    let server = MockServer::start_async().await;
    let mut body = ok_user("prq_big");
    body["result"]["profile"]["bio"] = json!("x".repeat(10_000));
    let mock = profile_get_answers(&server, 200, body.clone()).await;
    let authn = authn(config(&server.base_url()).max_response_bytes(4096));
    let err = expect_err(get_user(&authn).await);
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                http_status: 200,
                limit: 4096
            }
        ),
        "{err:?}"
    );
    assert_eq!(err.http_status(), Some(200));
    assert!(!err.is_retryable());
    assert_eq!(
        err.to_string(),
        "HTTP 200: the response body is larger than 4096 bytes"
    );
    assert_eq!(mock.calls_async().await, 1);

    // The same body fits under the default limit.
    let authn = authn_sdk::AuthN::new(config(&server.base_url())).expect("valid");
    let user = get_user(&authn).await.expect("fits under 32 MiB");
    assert_eq!(
        user.profile["bio"],
        "x".repeat(10_000),
        "the whole body read"
    );
    assert_eq!(mock.calls_async().await, 2);
}

#[tokio::test]
async fn a_chunked_body_over_max_response_bytes_is_too_large() {
    let (url, connections) = raw_server(|mut stream| async move {
        let _request = read_request(&mut stream).await;
        let head = "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ntransfer-encoding: chunked\r\n\r\n";
        if stream.write_all(head.as_bytes()).await.is_err() {
            return;
        }
        let chunk = format!("400\r\n{}\r\n", " ".repeat(0x400));
        // 64 KiB in 1 KiB chunks, without a length announced up front.
        for _ in 0..64 {
            if stream.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
        }
        let _ = stream.write_all(b"0\r\n\r\n").await;
    })
    .await;
    let authn = authn(config(&url).max_response_bytes(8 * 1024));
    let err = expect_err(get_user(&authn).await);
    assert!(
        matches!(
            err,
            Error::ResponseTooLarge {
                http_status: 200,
                limit: 8192
            }
        ),
        "{err:?}"
    );
    assert_eq!(connections.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn an_oversized_503_does_not_mislabel_the_retry_that_follows() {
    let server = MockServer::start_async().await;
    let big = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header_missing(RETRIED_REQUEST_IDS);
            then.status(503)
                .header("x-request-id", "prq_big503")
                .body(format!("<html>{}</html>", "x".repeat(10_000)));
        })
        .await;
    let garbled = server
        .mock_async(|when, then| {
            when.method("POST")
                .path("/v2/user/profile/get")
                .header(RETRIED_REQUEST_IDS, "prq_big503");
            then.status(200)
                .header("x-request-id", "prq_garbled")
                .body("not json");
        })
        .await;
    let authn = authn(config(&server.base_url()).max_response_bytes(4096));
    let err = expect_err(get_user(&authn).await);
    assert!(
        matches!(&err, Error::Decode { http_status: 200, snippet: Some(s), .. } if s == "not json"),
        "the last answer was small and not JSON: {err:?}"
    );
    assert_eq!(big.calls_async().await, 1);
    assert_eq!(garbled.calls_async().await, 1);
}

#[tokio::test]
async fn lowercase_success_with_a_valid_result_is_ok() {
    let server = MockServer::start_async().await;
    let mock = server
        .mock_async(|when, then| {
            when.method("POST").path("/v2/user/profile/get");
            then.status(200)
                .json_body(envelope("success", "prq_lower", "User found", user_json()));
        })
        .await;
    let authn = authn(config(&server.base_url()));
    let user = get_user(&authn).await.expect("`success` is Success");
    assert_eq!(user.status, PangeaStatus::Success);
    assert_eq!(user.request_id, "prq_lower");
    assert_eq!(user.summary.as_deref(), Some("User found"));
    assert_eq!(user.id, USER_ID);
    assert_eq!(
        user.profile.get("first_name").map(String::as_str),
        Some("Joe")
    );
    assert_eq!(mock.calls_async().await, 1);
}
