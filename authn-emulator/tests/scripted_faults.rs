//! Scripted faults over HTTP (the `/_emulator/faults` routes), from the binary's flags, and
//! through the `Emulator` methods: failures with `Retry-After`, delays, acceptances resolved on
//! a given poll, and a reset.

mod common;

use std::time::{Duration, Instant};

use authn_emulator::{Emulator, FaultError};
use serde_json::{Value, json};

const TOKEN: &str = "pts_script";

/// One call: (HTTP status, `Retry-After`, body).
async fn call(
    method: reqwest::Method,
    url: &str,
    token: &str,
    body: Option<Value>,
) -> (u16, Option<String>, Value) {
    let mut request = reqwest::Client::new()
        .request(method, url)
        .bearer_auth(token);
    if let Some(body) = body {
        request = request.json(&body);
    }
    let response = request.send().await.expect("answered");
    let status = response.status().as_u16();
    let retry_after = response
        .headers()
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .map(str::to_string);
    (status, retry_after, response.json().await.expect("JSON"))
}

/// An emulator of its own, on a free port.
async fn start() -> Emulator {
    Emulator::start_with(
        authn_emulator::EmulatorConfig::new(TOKEN),
        "127.0.0.1:0".parse().expect("addr"),
    )
    .await
    .expect("starts")
}

async fn post(base: &str, path: &str, body: Value) -> (u16, Option<String>, Value) {
    call(
        reqwest::Method::POST,
        &format!("{base}{path}"),
        TOKEN,
        Some(body),
    )
    .await
}

async fn poll(base: &str, request_id: &str) -> (u16, Value) {
    let url = format!("{base}/request/{request_id}");
    let (status, _, body) = call(reqwest::Method::GET, &url, TOKEN, None).await;
    (status, body)
}

/// Checks every kind of fault against an emulator at `base` whose script was set to:
/// `user_list` fails twice with 503 and `Retry-After: 2`, `user_create` is accepted and
/// resolved on poll 2, `user_profile_get` is delayed by `delay_ms`.
async fn check_script(base: &str, delay_ms: u64) {
    for _ in 0..2 {
        let (status, retry_after, body) = post(base, "/v2/user/list", json!({})).await;
        assert_eq!(
            (status, retry_after.as_deref(), body["status"].as_str()),
            (503, Some("2"), Some("ServiceNotAvailable")),
            "{body}"
        );
    }
    let (status, retry_after, body) = post(base, "/v2/user/list", json!({})).await;
    assert_eq!(
        (status, retry_after, body["status"].as_str()),
        (200, None, Some("Success"))
    );

    let (status, _, accepted) = post(
        base,
        "/v2/user/create",
        json!({"email": "late@example.com", "profile": {}}),
    )
    .await;
    assert_eq!(
        (status, accepted["status"].as_str()),
        (202, Some("Accepted")),
        "{accepted}"
    );
    let id = accepted["request_id"].as_str().expect("request_id");
    assert_eq!(accepted["result"]["location"], format!("/request/{id}"));
    let (status, first) = poll(base, id).await;
    assert_eq!((status, first["status"].as_str()), (202, Some("Accepted")));
    let (status, second) = poll(base, id).await;
    assert_eq!((status, second["status"].as_str()), (200, Some("Success")));
    assert_eq!(second["request_id"], id);
    assert_eq!(second["result"]["email"], "late@example.com");
    let (status, gone) = poll(base, id).await;
    assert_eq!((status, gone["status"].as_str()), (404, Some("NotFound")));
    // Only one call was accepted: the next create answers at once.
    let (status, _, body) = post(
        base,
        "/v2/user/create",
        json!({"email": "now@example.com", "profile": {}}),
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (200, Some("Success")));

    let started = Instant::now();
    let (status, _, _) = post(
        base,
        "/v2/user/profile/get",
        json!({"email": "now@example.com"}),
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        started.elapsed() >= Duration::from_millis(delay_ms),
        "{:?}",
        started.elapsed()
    );

    let url = format!("{base}/_emulator/faults");
    let (status, _, script) = call(reqwest::Method::GET, &url, TOKEN, None).await;
    assert_eq!(status, 200);
    assert_eq!(script["result"]["fail"], json!([]));
    assert_eq!(script["result"]["accept"], json!([]));
    assert_eq!(
        script["result"]["delay"],
        json!([{"operation": "user_profile_get", "delay_ms": delay_ms}])
    );
    assert_eq!(
        script["result"]["calls"],
        json!({"user_list": 3, "user_create": 2, "request_poll": 3, "user_profile_get": 1})
    );
}

#[tokio::test]
async fn faults_scripted_over_http_happen_call_by_call_and_reset() {
    let emulator = start().await;
    let base = emulator.base_url().to_string();
    for (path, body) in [
        (
            "/_emulator/faults/fail",
            json!({"operation": "user_list", "count": 2, "status": 503, "retry_after": 2}),
        ),
        (
            "/_emulator/faults/accept",
            json!({"operation": "user_create", "polls": 2}),
        ),
        (
            "/_emulator/faults/delay",
            // Long, so that its absence after the reset shows on a loaded machine too.
            json!({"operation": "user_profile_get", "delay_ms": 3000}),
        ),
    ] {
        let (status, _, answer) = post(&base, path, body).await;
        assert_eq!(
            (status, answer["status"].as_str()),
            (200, Some("Success")),
            "{answer}"
        );
    }
    check_script(&base, 3000).await;

    let (status, _, answer) = post(&base, "/_emulator/faults/reset", json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(
        answer["result"],
        json!({"fail": [], "delay": [], "accept": [], "calls": {}})
    );
    assert_eq!(emulator.calls("user_list"), 0);
    let started = Instant::now();
    let (status, _, _) = post(
        &base,
        "/v2/user/profile/get",
        json!({"email": "now@example.com"}),
    )
    .await;
    assert_eq!(status, 200);
    assert!(
        started.elapsed() < Duration::from_millis(2000),
        "the delay is gone: {:?}",
        started.elapsed()
    );
}

#[tokio::test]
async fn bad_faults_are_validation_errors_and_the_admin_routes_need_the_token() {
    let emulator = start().await;
    let base = emulator.base_url().to_string();
    for (path, body, code, source) in [
        (
            "/_emulator/faults/fail",
            json!({"operation": "user_rename", "status": 503}),
            "NotEnumMember",
            "/operation",
        ),
        (
            "/_emulator/faults/fail",
            json!({"operation": "user_list", "status": 302}),
            "NotWithinRange",
            "/status",
        ),
        (
            "/_emulator/faults/accept",
            json!({"operation": "user_list", "polls": 0}),
            "NotWithinRange",
            "/polls",
        ),
        (
            "/_emulator/faults/accept",
            json!({"operation": "request_poll", "polls": 1}),
            "NotEnumMember",
            "/operation",
        ),
        (
            "/_emulator/faults/delay",
            json!({"operation": "user_list", "delay": 5}),
            "InvalidObject",
            "",
        ),
    ] {
        let (status, _, answer) = post(&base, path, body.clone()).await;
        assert_eq!(status, 400, "{body}: {answer}");
        assert_eq!(
            answer["result"]["errors"][0]["code"], code,
            "{body}: {answer}"
        );
        assert_eq!(
            answer["result"]["errors"][0]["source"], source,
            "{body}: {answer}"
        );
    }
    assert_eq!(emulator.script(), authn_emulator::Script::default());
    let url = format!("{base}/_emulator/faults/reset");
    let (status, _, _) = call(reqwest::Method::POST, &url, "pts_wrong", Some(json!({}))).await;
    assert_eq!(status, 401);
    let url = format!("{base}/_emulator/faults");
    let (status, _, _) = call(reqwest::Method::GET, &url, "pts_wrong", None).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn the_rust_methods_script_the_same_faults() {
    let emulator = start().await;
    emulator
        .fail_next("user_list", 2, 503, Some(Duration::from_millis(1500)))
        .expect("scripted");
    emulator.accept_next("user_create", 1, 2).expect("scripted");
    emulator
        .delay("user_profile_get", Duration::from_millis(300))
        .expect("scripted");
    assert_eq!(
        emulator.fail_next("user_nope", 1, 503, None),
        Err(FaultError::UnknownOperation("user_nope".into()))
    );
    assert_eq!(emulator.script().fail[0].retry_after, Some(2), "rounded up");
    check_script(emulator.base_url(), 300).await;
    emulator.reset_faults();
    assert_eq!(emulator.script(), authn_emulator::Script::default());
}

#[tokio::test]
async fn a_scripted_400_is_a_validation_error_with_a_field_error_and_max_retry_after_is_kept() {
    let emulator = start().await;
    emulator
        .fail_next("user_list", 1, 400, None)
        .expect("scripted");
    let (status, _, answer) = post(emulator.base_url(), "/v2/user/list", json!({})).await;
    assert_eq!(status, 400, "{answer}");
    assert_eq!(answer["status"], "ValidationError", "{answer}");
    assert_eq!(
        answer["result"]["errors"],
        json!([{"code": "BadState", "detail": "Scripted fault (see /_emulator/faults)", "source": "/"}])
    );
    // Rounded up without overflowing.
    emulator
        .fail_next("user_list", 1, 503, Some(Duration::MAX))
        .expect("scripted");
    assert_eq!(emulator.script().fail[0].retry_after, Some(u64::MAX));
}

#[tokio::test]
async fn the_binary_takes_faults_on_its_command_line() {
    let binary = common::Binary::start(&[
        "--token",
        TOKEN,
        "--fail",
        "user_list:2:503:2",
        "--accept",
        "user_create:2",
        "--delay",
        "user_profile_get:300",
    ]);
    check_script(&binary.url, 300).await;
    binary.stop();
}

#[test]
fn the_binary_refuses_a_bad_fault_flag() {
    for (args, message) in [
        (
            ["--fail", "user_list:two:503"],
            "--fail `user_list:two:503`: expected",
        ),
        (
            ["--accept", "user_nope:1"],
            "`user_nope` is not an operation",
        ),
        (["--delay", "user_list"], "--delay `user_list`: expected"),
    ] {
        let output = std::process::Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args(["--listen", "127.0.0.1:0", "--token", TOKEN])
            .args(args)
            .output()
            .expect("runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with(&format!("error: {message}")),
            "{args:?}: {stderr}"
        );
    }
}
