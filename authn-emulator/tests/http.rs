//! The emulator over HTTP: the envelope, auth, validation errors, business statuses, faults,
//! and the binary.

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

use authn_emulator::{Emulator, EmulatorConfig, Faults};
use serde_json::{Value, json};

async fn post(
    emulator: &Emulator,
    path: &str,
    body: Value,
) -> (u16, Value, reqwest::header::HeaderMap) {
    post_raw(
        emulator,
        path,
        Some(emulator.token()),
        "application/json",
        body.to_string(),
    )
    .await
}

async fn post_raw(
    emulator: &Emulator,
    path: &str,
    token: Option<&str>,
    content_type: &str,
    body: String,
) -> (u16, Value, reqwest::header::HeaderMap) {
    let mut request = reqwest::Client::new()
        .post(format!("{}{path}", emulator.base_url()))
        .header("content-type", content_type)
        .body(body);
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the emulator answers");
    let status = response.status().as_u16();
    let headers = response.headers().clone();
    let body: Value = response.json().await.expect("every answer is JSON");
    (status, body, headers)
}

fn is_pangea_id(id: &str, prefix: &str) -> bool {
    id.len() == prefix.len() + 33
        && id.starts_with(prefix)
        && id[prefix.len() + 1..]
            .bytes()
            .all(|b| b.is_ascii_lowercase() || (b'2'..=b'7').contains(&b))
}

#[tokio::test]
async fn answers_carry_the_pangea_envelope_and_x_request_id() {
    let emulator = Emulator::start().await.expect("starts");
    let (status, body, headers) = post(
        &emulator,
        "/v2/user/create",
        json!({"email": "joe@example.com", "profile": {"first_name": "Joe"}}),
    )
    .await;
    assert_eq!(status, 200);
    assert_eq!(body["status"], "Success");
    let id = body["request_id"].as_str().expect("request_id");
    assert!(is_pangea_id(id, "prq"), "{id}");
    assert_eq!(headers["x-request-id"], id);
    for key in ["request_time", "response_time"] {
        let t = body[key].as_str().expect("a time");
        chrono::DateTime::parse_from_rfc3339(t).expect("ISO-8601");
    }
    assert!(body["summary"].is_string());
    let user = &body["result"];
    assert!(is_pangea_id(user["id"].as_str().expect("id"), "pui"));
    assert_eq!(user["email"], "joe@example.com");
    assert_eq!(user["profile"], json!({"first_name": "Joe"}));
    assert_eq!(user["verified"], false);
    assert_eq!(user["disabled"], false);
    assert_eq!(user["login_count"], 0);
    assert!(user["created_at"].is_string());
}

#[tokio::test]
async fn envelope_fields_come_in_pangeas_order() {
    // Pangea sends `status` before `result` (see authn-api/tests/recorded); clients that read
    // the status first, as authn-api does, then decode the result in one pass.
    let emulator = Emulator::start().await.expect("starts");
    for (path, body) in [
        ("/v2/user/create", json!({"email": "joe@example.com"})),
        (
            "/v2/user/profile/get",
            json!({"email": "nobody@example.com"}),
        ),
        ("/v2/user/profile/get", json!({"email": "not an email"})),
    ] {
        let text = reqwest::Client::new()
            .post(format!("{}{path}", emulator.base_url()))
            .bearer_auth(emulator.token())
            .json(&body)
            .send()
            .await
            .expect("answers")
            .text()
            .await
            .expect("a body");
        let keys = [
            "request_id",
            "request_time",
            "response_time",
            "status",
            "summary",
            "result",
        ];
        let at: Vec<usize> = keys
            .iter()
            .map(|key| {
                text.find(&format!("\"{key}\":"))
                    .unwrap_or_else(|| panic!("no {key} in {text}"))
            })
            .collect();
        assert!(at.is_sorted(), "{path}: fields out of order in {text}");
    }
}

#[tokio::test]
async fn a_missing_or_wrong_token_is_401_unauthorized() {
    let emulator = Emulator::start().await.expect("starts");
    for token in [None, Some("pts_wrong")] {
        let (status, body, _) = post_raw(
            &emulator,
            "/v2/user/list",
            token,
            "application/json",
            "{}".into(),
        )
        .await;
        assert_eq!(status, 401, "{token:?}");
        assert_eq!(body["status"], "Unauthorized");
        assert_eq!(body["summary"], "Not authorized to access this resource");
    }
}

#[tokio::test]
async fn bad_requests_get_validation_errors_with_codes_and_pointers() {
    let emulator = Emulator::start().await.expect("starts");
    let rows: Vec<(&str, Value, &str, &str)> = vec![
        (
            "/v2/user/create",
            json!({"profile": {}}),
            "FieldRequired",
            "/email",
        ),
        (
            "/v2/user/create",
            json!({"email": "nope", "profile": {}}),
            "DoesNotMatchPattern",
            "/email",
        ),
        (
            "/v2/user/create",
            json!({"email": 5, "profile": {}}),
            "InvalidString",
            "/email",
        ),
        (
            "/v2/user/create",
            json!({"email": "a@b.c", "profile": {}, "role": "x"}),
            "UnexpectedProperty",
            "/role",
        ),
        ("/v2/user/delete", json!({}), "MustProvideOne", ""),
        (
            "/v2/user/delete",
            json!({"id": "pui_1", "email": "a@b.c"}),
            "MutuallyExclusive",
            "/email",
        ),
        (
            "/v2/user/list",
            json!({"size": 0}),
            "NotWithinRange",
            "/size",
        ),
        (
            "/v2/user/list",
            json!({"order": "up"}),
            "NotEnumMember",
            "/order",
        ),
        (
            "/v2/user/list",
            json!({"last": "not-a-cursor"}),
            "BadFormat",
            "/last",
        ),
        (
            "/v2/user/list",
            json!({"filter": {"login_count": "1"}}),
            "InvalidInteger",
            "/filter/login_count",
        ),
        (
            "/v2/user/update",
            json!({"id": "pui_1", "disabled": "yes"}),
            "InvalidBool",
            "/disabled",
        ),
        (
            "/v2/user/authenticators/delete",
            json!({"id": "pui_1", "authenticator_id": "pau_x"}),
            "DoesNotMatchPattern",
            "/authenticator_id",
        ),
        (
            "/v2/client/userinfo",
            json!({"code": "pmc_short"}),
            "DoesNotMatchPattern",
            "/code",
        ),
        (
            "/v2/user/profile/update",
            json!({"id": "pui_1", "profile": {"a": 1}}),
            "InvalidString",
            "/profile/a",
        ),
    ];
    for (path, body, code, source) in rows {
        let (status, answer, _) = post(&emulator, path, body.clone()).await;
        assert_eq!(status, 400, "{path} {body}");
        assert_eq!(answer["status"], "ValidationError", "{path} {body}");
        let errors = answer["result"]["errors"].as_array().expect("errors");
        assert!(
            errors
                .iter()
                .any(|e| e["code"] == code && e["source"] == source && e["detail"].is_string()),
            "{path} {body}: {errors:?}"
        );
    }
    // Malformed JSON, and the server still serves the next request.
    let (status, answer, _) = post_raw(
        &emulator,
        "/v2/user/list",
        Some(emulator.token()),
        "application/json",
        "{\"size\":".into(),
    )
    .await;
    assert_eq!(
        (status, answer["status"].as_str()),
        (400, Some("ValidationError"))
    );
    let (status, _, _) = post(&emulator, "/v2/user/list", json!({})).await;
    assert_eq!(status, 200);
}

#[tokio::test]
async fn business_failures_are_http_200_with_a_status() {
    let emulator = Emulator::start().await.expect("starts");
    let create = json!({"email": "joe@example.com", "profile": {"first_name": "Joe"}});
    post(&emulator, "/v2/user/create", create.clone()).await;
    let rows = vec![
        ("/v2/user/create", create, "UserExists"),
        (
            "/v2/user/profile/get",
            json!({"email": "nobody@example.com"}),
            "UserNotFound",
        ),
        (
            "/v2/user/profile/update",
            json!({"email": "joe@example.com", "profile": {"first_name": null}}),
            "CantDeleteFirstName",
        ),
        (
            "/v2/user/profile/update",
            json!({"email": "joe@example.com", "profile": {"last_name": null}}),
            "CantDeleteLastName",
        ),
        (
            "/v2/user/authenticators/delete",
            json!({"email": "joe@example.com", "authenticator_id": format!("pau_{}", "a".repeat(32))}),
            "AuthenticatorNotFound",
        ),
        (
            "/v2/client/userinfo",
            json!({"code": format!("pmc_{}", "a".repeat(32))}),
            "InvalidCode",
        ),
        (
            "/v2/client/password/change",
            json!({"token": format!("ptu_{}", "a".repeat(32)), "old_password": "a", "new_password": "b"}),
            "InvalidToken",
        ),
    ];
    for (path, body, expected) in rows {
        let (status, answer, _) = post(&emulator, path, body.clone()).await;
        assert_eq!(status, 200, "{path}");
        assert_eq!(answer["status"], expected, "{path} {body}");
        assert!(answer["summary"].as_str().is_some_and(|s| !s.is_empty()));
    }
}

#[tokio::test]
async fn wrong_content_type_unknown_route_and_oversized_body() {
    let config = EmulatorConfig {
        max_body_bytes: 1024,
        ..EmulatorConfig::new("pts_t")
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let (status, body, _) = post_raw(
        &emulator,
        "/v2/user/list",
        Some("pts_t"),
        "text/plain",
        "{}".into(),
    )
    .await;
    assert_eq!(
        (status, body["status"].as_str()),
        (415, Some("UnsupportedMediaType"))
    );
    let (status, body, _) = post(&emulator, "/v2/user/rename", json!({})).await;
    assert_eq!((status, body["status"].as_str()), (404, Some("NotFound")));
    let big = json!({"email": "a@b.c", "profile": {"bio": "x".repeat(4096)}});
    let (status, body, _) = post(&emulator, "/v2/user/create", big).await;
    assert_eq!(
        (status, body["status"].as_str()),
        (413, Some("PayloadTooLarge"))
    );
    let (status, _, _) = post(&emulator, "/v2/user/list", json!({})).await;
    assert_eq!(status, 200, "still serving");
}

#[tokio::test]
async fn accepted_answers_resolve_on_a_later_poll() {
    let config = EmulatorConfig {
        faults: Faults {
            accept_rate: 1.0,
            accept_polls: 2,
            ..Faults::default()
        },
        ..EmulatorConfig::new("pts_t")
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let (status, body, _) = post(
        &emulator,
        "/v2/user/create",
        json!({"email": "a@b.c", "profile": {}}),
    )
    .await;
    assert_eq!((status, body["status"].as_str()), (202, Some("Accepted")));
    let id = body["request_id"].as_str().expect("id").to_string();
    let poll = || async {
        let response = reqwest::Client::new()
            .get(format!("{}/request/{id}", emulator.base_url()))
            .bearer_auth("pts_t")
            .send()
            .await
            .expect("answers");
        let status = response.status().as_u16();
        (status, response.json::<Value>().await.expect("json"))
    };
    let (status, _) = poll().await;
    assert_eq!(status, 202, "first poll: still in progress");
    let (status, body) = poll().await;
    assert_eq!(status, 200, "second poll: the result");
    assert_eq!(body["status"], "Success");
    assert_eq!(body["result"]["email"], "a@b.c");
    assert_eq!(body["request_id"], id.as_str());
    let (status, _) = poll().await;
    assert_eq!(status, 404, "a result is returned once");
}

#[tokio::test]
async fn injected_errors_use_the_configured_status() {
    let config = EmulatorConfig {
        faults: Faults {
            error_rate: 1.0,
            error_status: 502,
            ..Faults::default()
        },
        ..EmulatorConfig::new("pts_t")
    };
    let emulator = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts");
    let (status, body, _) = post(&emulator, "/v2/user/list", json!({})).await;
    assert_eq!(
        (status, body["status"].as_str()),
        (502, Some("ServiceNotAvailable"))
    );
}

#[test]
fn the_binary_prints_its_address_first_and_stops_on_sigterm() {
    let mut child = Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
        .args(["--listen", "127.0.0.1:0", "--token", "pts_binary"])
        .stdout(Stdio::piped())
        .spawn()
        .expect("the binary starts");
    let stdout = child.stdout.take().expect("stdout");
    let mut first = String::new();
    BufReader::new(stdout)
        .read_line(&mut first)
        .expect("a first line");
    let url = first
        .trim()
        .strip_prefix("listening on ")
        .expect("`listening on <url>`")
        .to_string();
    assert!(url.starts_with("http://127.0.0.1:"), "{first}");
    assert!(
        !url.ends_with(":0"),
        "port 0 is replaced by the chosen port: {url}"
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let status = runtime.block_on(async {
        reqwest::Client::new()
            .post(format!("{url}/v2/user/list"))
            .bearer_auth("pts_binary")
            .json(&json!({}))
            .send()
            .await
            .expect("answers")
            .status()
    });
    assert_eq!(status, 200);
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        if let Some(exit) = child.try_wait().expect("wait") {
            assert!(exit.success(), "a clean exit on SIGTERM: {exit:?}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "did not stop on SIGTERM"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn the_binary_refuses_a_non_loopback_address_without_the_flag() {
    for addr in ["0.0.0.0:0", "[::]:0", "192.0.2.1:4010"] {
        let output = Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args(["--listen", addr, "--token", "pts_binary"])
            .stdin(Stdio::null())
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{addr}: {output:?}");
        assert!(output.stdout.is_empty(), "{addr}: nothing on stdout");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with(&format!(
                "error: refusing to listen on {}, which is not a loopback address",
                addr.parse::<std::net::SocketAddr>().expect("an address")
            )),
            "{addr}: {stderr}"
        );
        assert!(stderr.contains("--allow-non-loopback"), "{addr}: {stderr}");
    }
}

/// Kills the child if the test fails before it stops it.
struct KillOnDrop(std::process::Child);

impl Drop for KillOnDrop {
    fn drop(&mut self) {
        if matches!(self.0.try_wait(), Ok(None)) {
            let _ = self.0.kill();
            let _ = self.0.wait();
        }
    }
}

#[test]
fn the_binary_listens_on_a_non_loopback_address_with_the_flag_and_warns() {
    let mut guard = KillOnDrop(
        Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args([
                "--listen",
                "0.0.0.0:0",
                "--token",
                "pts_binary",
                "--allow-non-loopback",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("the binary starts"),
    );
    let child = &mut guard.0;
    let mut first = String::new();
    BufReader::new(child.stdout.take().expect("stdout"))
        .read_line(&mut first)
        .expect("a first line");
    let port = first
        .trim()
        .strip_prefix("listening on http://0.0.0.0:")
        .unwrap_or_else(|| panic!("`listening on http://0.0.0.0:<port>`: {first}"))
        .to_string();
    let mut warning = String::new();
    BufReader::new(child.stderr.take().expect("stderr"))
        .read_line(&mut warning)
        .expect("a warning");
    assert!(
        warning.starts_with("warning: listening on 0.0.0.0:0, which other machines may reach")
            && warning.contains("test token"),
        "{warning}"
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let status = runtime.block_on(async {
        reqwest::Client::new()
            .post(format!("http://127.0.0.1:{port}/v2/user/list"))
            .bearer_auth("pts_binary")
            .json(&json!({}))
            .send()
            .await
            .expect("answers")
            .status()
    });
    assert_eq!(status, 200);
    let killed = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(killed.success());
    let exit = child.wait().expect("exits");
    assert!(exit.success(), "{exit:?}");
}

#[test]
fn the_binary_rejects_bad_arguments_with_exit_2() {
    for args in [
        &["--listen"][..],
        &["--listen", "localhost"],
        &["--token"],
        &["--token", ""],
        &["--allow-non-loopback=yes"],
        &["--port", "1"],
    ] {
        let output = Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args(args)
            .stdin(Stdio::null())
            .output()
            .expect("the binary runs");
        assert_eq!(output.status.code(), Some(2), "{args:?}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.starts_with("error: ") && stderr.contains("usage: authn-emulator"),
            "{args:?}: {stderr}"
        );
    }
}

#[tokio::test]
async fn filter_keys_the_description_does_not_list_are_ignored_and_named() {
    let emulator = Emulator::start().await.expect("starts");
    for email in ["a@b.co", "c@d.co"] {
        emulator.create_user(email).expect("created");
    }
    let (status, body, _) = post(
        &emulator,
        "/v2/user/list",
        json!({"filter": {"email": "a@b.co", "shoe_size": 42, "profile_nick": 5}}),
    )
    .await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["status"], "Success");
    assert_eq!(body["result"]["count"], 1);
    assert_eq!(body["result"]["users"][0]["email"], "a@b.co");
    assert_eq!(
        body["summary"],
        "Listed users; the emulator ignored these filter keys: profile_nick, shoe_size"
    );
    // An order_by the emulator does not know is accepted too, as the open enum says.
    let (status, body, _) =
        post(&emulator, "/v2/user/list", json!({"order_by": "shoe_size"})).await;
    assert_eq!(
        (status, &body["result"]["count"]),
        (200, &json!(2)),
        "{body}"
    );
    assert_eq!(
        body["summary"],
        "Listed users; the emulator ignored order_by \"shoe_size\", listing in creation order"
    );
    // A well-formed profile key is applied, and the summary is the plain one.
    let (_, body, _) = post(
        &emulator,
        "/v2/user/list",
        json!({"filter": {"profile_nick__exists": true}}),
    )
    .await;
    assert_eq!(body["result"]["count"], 0);
    assert_eq!(body["summary"], "Listed users");
}

#[tokio::test]
async fn count_filters_are_64_bit_as_the_description_says() {
    let emulator = Emulator::start().await.expect("starts");
    emulator.create_user("a@b.co").expect("created");
    let (status, body, _) = post(
        &emulator,
        "/v2/user/list",
        json!({"filter": {"login_count__gte": i64::MIN, "login_count__lt": i64::MAX}}),
    )
    .await;
    assert_eq!(
        (status, &body["result"]["count"]),
        (200, &json!(1)),
        "{body}"
    );
    // Beyond 64 bits (Schemathesis sent this one before the description said `int64`).
    let filter: Value =
        serde_json::from_str(r#"{"login_count__gte": -31660284712095715580855713792}"#)
            .expect("JSON");
    let (status, body, _) = post(&emulator, "/v2/user/list", json!({ "filter": filter })).await;
    assert_eq!(status, 400);
    assert_eq!(
        body["result"]["errors"][0],
        json!({"code": "InvalidInteger", "detail": "expected an integer", "source": "/filter/login_count__gte"})
    );
}

#[tokio::test]
async fn empty_results_are_null_as_on_the_live_service() {
    let emulator = Emulator::start().await.expect("starts");
    emulator.create_user("a@b.co").expect("created");
    emulator.set_password("a@b.co", "old").expect("password");
    let authenticator = emulator
        .add_authenticator("a@b.co", authn_api::types::KnownAuthenticatorType::Totp)
        .expect("added");
    let (status, body, _) = post(
        &emulator,
        "/v2/user/authenticators/delete",
        json!({"email": "a@b.co", "authenticator_id": authenticator.id}),
    )
    .await;
    assert_eq!(
        (status, &body["status"]),
        (200, &json!("Success")),
        "{body}"
    );
    assert_eq!(body.get("result"), Some(&Value::Null), "{body}");

    let code = emulator.login_code("a@b.co").expect("code");
    let (_, info, _) = post(&emulator, "/v2/client/userinfo", json!({ "code": code })).await;
    let token = info["result"]["active_token"]["token"]
        .as_str()
        .expect("token");
    let (status, body, _) = post(
        &emulator,
        "/v2/client/password/change",
        json!({"token": token, "old_password": "old", "new_password": "new"}),
    )
    .await;
    assert_eq!(
        (status, &body["status"]),
        (200, &json!("Success")),
        "{body}"
    );
    assert_eq!(body.get("result"), Some(&Value::Null), "{body}");

    let (status, body, _) = post(&emulator, "/v2/user/delete", json!({"email": "a@b.co"})).await;
    assert_eq!(
        (status, &body["status"]),
        (200, &json!("Success")),
        "{body}"
    );
    assert_eq!(body.get("result"), Some(&Value::Null), "{body}");
}

#[tokio::test]
async fn phone_numbers_follow_the_description_pattern() {
    let emulator = Emulator::start().await.expect("starts");
    let user = emulator.create_user("a@b.co").expect("created");
    for (phone, ok) in [
        ("+18085550173", true),
        ("+1-808-555-0173", true),
        ("+1 808 555 0173", true),
        ("18085550173", false),
        ("+1--808", false),
        ("+1234567890123456", false),
        ("+1-", false),
    ] {
        let (status, body, _) = post(
            &emulator,
            "/v2/user/update",
            json!({"id": user.id, "phone": phone}),
        )
        .await;
        if ok {
            assert_eq!(
                (status, &body["result"]["phone"]),
                (200, &json!(phone)),
                "{phone}"
            );
        } else {
            assert_eq!(status, 400, "{phone}: {body}");
            assert_eq!(body["result"]["errors"][0]["code"], "DoesNotMatchPattern");
            assert_eq!(body["result"]["errors"][0]["source"], "/phone");
        }
    }
}
