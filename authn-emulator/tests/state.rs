//! State that survives a restart (`EmulatorConfig::state_file`, the binary's `--state FILE`):
//! users, authenticators, passwords, login codes and tokens are seeded, the emulator is
//! stopped and started again on the same file, and every field is compared: ids, timestamps,
//! the order of users, and the pages a cursor of the first run leads to.

mod common;

use std::path::{Path, PathBuf};

use authn_api::types::KnownAuthenticatorType;
use authn_emulator::{Emulator, EmulatorConfig};
use serde_json::{Value, json};

const TOKEN: &str = "pts_state";

fn dir(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("a directory");
    dir
}

async fn start(file: &Path) -> Emulator {
    let config = EmulatorConfig {
        state_file: Some(file.to_path_buf()),
        ..EmulatorConfig::new(TOKEN)
    };
    Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
        .await
        .expect("starts")
}

async fn post(base: &str, path: &str, body: Value) -> Value {
    let response = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .bearer_auth(TOKEN)
        .json(&body)
        .send()
        .await
        .expect("answered");
    response.json().await.expect("JSON")
}

/// Every leaf of a JSON value with its pointer, to count and compare fields one by one.
fn leaves(value: &Value, at: String, out: &mut Vec<(String, Value)>) {
    match value {
        Value::Object(map) => map
            .iter()
            .for_each(|(k, v)| leaves(v, format!("{at}/{k}"), out)),
        Value::Array(items) if !items.is_empty() => items
            .iter()
            .enumerate()
            .for_each(|(i, v)| leaves(v, format!("{at}/{i}"), out)),
        _ => out.push((at, value.clone())),
    }
}

/// What a client can see of the store: every user in order, every authenticator, the three
/// pages of a list ordered by email (the last two reached through cursors), every session with
/// its active token, every invite, and the published signing keys.
async fn observe(emulator: &Emulator, cursor: Option<&str>) -> (Value, String) {
    let base = emulator.base_url();
    let mut authenticators = emulator.authenticators();
    authenticators.sort_by(|a, b| a.1.id.cmp(&b.1.id));
    let first = post(
        base,
        "/v2/user/list",
        json!({"order_by": "email", "size": 4}),
    )
    .await;
    let last = cursor
        .map(str::to_string)
        .or_else(|| first["result"]["last"].as_str().map(str::to_string))
        .expect("a cursor");
    let second = post(
        base,
        "/v2/user/list",
        json!({"order_by": "email", "size": 4, "last": last}),
    )
    .await;
    let third = post(
        base,
        "/v2/user/list",
        json!({"order_by": "email", "size": 4, "last": second["result"]["last"]}),
    )
    .await;
    let sessions = post(base, "/v2/session/list", json!({"size": 100})).await;
    let invites = post(base, "/v2/user/invite/list", json!({"order_by": "email"})).await;
    let seen = json!({
        "users": emulator.users(),
        "authenticators": authenticators,
        "pages": [first["result"], second["result"], third["result"]],
        "sessions": sessions["result"],
        "invites": invites["result"],
        "jwks": emulator.jwks(),
    });
    (seen, last)
}

#[tokio::test]
async fn every_field_survives_a_restart() {
    let dir = dir("state-round-trip");
    let file = dir.join("state.json");
    let emulator = start(&file).await;
    let base = emulator.base_url().to_string();
    for i in 0..10 {
        let body = json!({"email": format!("user{i:02}@example.com"), "profile": {"n": i.to_string()}, "username": format!("user{i:02}")});
        assert_eq!(
            post(&base, "/v2/user/create", body).await["status"],
            "Success"
        );
    }
    post(
        &base,
        "/v2/user/update",
        json!({"username": "user03", "disabled": true, "phone": "+18085550173"}),
    )
    .await;
    post(&base, "/v2/user/delete", json!({"username": "user05"})).await;
    emulator
        .set_password("user01@example.com", "old-secret")
        .expect("password");
    emulator
        .add_authenticator("user02@example.com", KnownAuthenticatorType::Totp)
        .expect("totp");
    emulator
        .add_authenticator("user02@example.com", KnownAuthenticatorType::SmsOtp)
        .expect("sms");
    // A login (tokens, login_count, last_login_at) and a code left for after the restart.
    let code = emulator.login_code("user01@example.com").expect("code");
    let info = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    let user_token = info["result"]["active_token"]["token"]
        .as_str()
        .expect("token")
        .to_string();
    let unused = emulator.login_code("user04@example.com").expect("code");
    // Sessions: one refreshed (its old refresh token spent), one ended; JWT active tokens
    // signed by two keys; invites, one deleted; an expired password.
    let code = emulator.login_code("user02@example.com").expect("code");
    let other = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    let spent = other["result"]["refresh_token"]["token"].clone();
    let refreshed = post(
        &base,
        "/v2/client/session/refresh",
        json!({ "refresh_token": spent }),
    )
    .await;
    assert_eq!(refreshed["status"], "Success", "{refreshed}");
    let live_refresh = refreshed["result"]["refresh_token"]["token"].clone();
    let code = emulator.login_code("user06@example.com").expect("code");
    let ended = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    post(
        &base,
        "/v2/session/invalidate",
        json!({"session_id": ended["result"]["refresh_token"]["id"]}),
    )
    .await;
    emulator.set_jwt_tokens(true);
    let code = emulator.login_code("user07@example.com").expect("code");
    let jwt_old_key = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    emulator.rotate_signing_key(false).expect("rotated");
    let code = emulator.login_code("user08@example.com").expect("code");
    let jwt = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    for (email, state) in [
        ("new1@example.com", "state-one-1"),
        ("new2@example.com", "state-two-2"),
        ("new3@example.com", "state-three"),
    ] {
        let invited = post(
            &base,
            "/v2/user/invite",
            json!({"inviter": "user00@example.com", "email": email,
                "callback": "https://app.example.com/cb", "state": state}),
        )
        .await;
        assert_eq!(invited["status"], "Success", "{invited}");
        if email == "new2@example.com" {
            post(
                &base,
                "/v2/user/invite/delete",
                json!({"id": invited["result"]["id"]}),
            )
            .await;
        }
    }
    let user09 = emulator
        .users()
        .into_iter()
        .find(|u| u.email == "user09@example.com")
        .expect("user09");
    post(&base, "/v2/user/password/expire", json!({"id": user09.id})).await;

    let (before, cursor) = observe(&emulator, None).await;
    assert_eq!(before["sessions"]["count"], 4, "{}", before["sessions"]);
    assert_eq!(before["invites"]["count"], 2);
    assert_eq!(before["jwks"]["keys"].as_array().map(Vec::len), Some(2));
    emulator.stop().await.expect("saved on stop");

    let emulator = start(&file).await;
    let (after, _) = observe(&emulator, Some(&cursor)).await;
    let (mut want, mut got) = (Vec::new(), Vec::new());
    leaves(&before, String::new(), &mut want);
    leaves(&after, String::new(), &mut got);
    let differences: Vec<_> = want.iter().zip(&got).filter(|(w, g)| w != g).collect();
    println!(
        "state round trip: {} fields compared, {} differences",
        want.len(),
        differences.len() + want.len().abs_diff(got.len())
    );
    assert_eq!(want.len(), got.len());
    assert!(differences.is_empty(), "{differences:#?}");
    assert!(want.len() > 300, "{} fields", want.len());
    assert_eq!(before["users"].as_array().map(Vec::len), Some(9));

    // Secrets survived too: the code minted before is good once, the token and the password
    // work together, and a user created now continues the creation order.
    let base = emulator.base_url().to_string();
    let again = post(&base, "/v2/client/userinfo", json!({ "code": unused })).await;
    assert_eq!(again["status"], "Success", "{again}");
    let changed = post(
        &base,
        "/v2/client/password/change",
        json!({"token": user_token, "old_password": "old-secret", "new_password": "new"}),
    )
    .await;
    assert_eq!(changed["status"], "Success", "{changed}");
    // The refresh token spent before the restart stays spent; the live one refreshes.
    let again = post(
        &base,
        "/v2/client/session/refresh",
        json!({ "refresh_token": spent }),
    )
    .await;
    assert_eq!(again["status"], "CantRefreshToken", "{again}");
    let again = post(
        &base,
        "/v2/client/session/refresh",
        json!({ "refresh_token": live_refresh }),
    )
    .await;
    assert_eq!(again["status"], "Success", "{again}");
    // JWTs of both keys still check, and new ones are signed by the key of before.
    for login in [&jwt_old_key, &jwt] {
        let token = &login["result"]["active_token"]["token"];
        let checked = post(&base, "/v2/client/token/check", json!({ "token": token })).await;
        assert_eq!(checked["status"], "Success", "{checked}");
    }
    let signed = emulator.sign_jwt(&json!({"sub": "x", "exp": 1}));
    let kid = |jwt: &str| {
        jsonwebtoken::decode_header(jwt)
            .expect("a JWT")
            .kid
            .expect("a kid")
    };
    let jwt_token = jwt["result"]["active_token"]["token"]
        .as_str()
        .expect("a JWT");
    assert_eq!(kid(&signed), kid(jwt_token));
    // The expired password is still expired.
    let code = emulator.login_code("user09@example.com").expect("code");
    let refused = post(&base, "/v2/client/userinfo", json!({ "code": code })).await;
    assert_eq!(refused["status"], "PasswordExpired", "{refused}");
    post(
        &base,
        "/v2/user/create",
        json!({"email": "later@example.com", "profile": {}}),
    )
    .await;
    let users = emulator.users();
    assert_eq!(
        users.last().map(|u| u.email.as_str()),
        Some("later@example.com")
    );

    // The snapshot route writes the file now, leaving no temporary file behind.
    let saved = post(&base, "/_emulator/snapshot", json!({})).await;
    assert_eq!(saved["status"], "Success", "{saved}");
    let names: Vec<String> = std::fs::read_dir(&dir)
        .expect("listable")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["state.json"]);
    let text = std::fs::read_to_string(&file).expect("readable");
    assert!(text.contains("later@example.com"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&file)
            .expect("metadata")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600, "the file holds secrets: owner only");
    }
    emulator.stop().await.expect("saved");
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_bad_state_file_is_a_clear_error_that_quotes_nothing() {
    let dir = dir("state-bad");
    let file = dir.join("state.json");
    for (content, says) in [
        (
            r#"{"format":"authn-emulator-state","users":[{"password":"hunter2-secret""#,
            "it ends too early",
        ),
        (
            r#"{"format":"authn-emulator-state","version":1,"users":[],"codes":[{"code":"pmc_hunter2","user_id":"pui_gone"}],"tokens":[],"next_seq":0}"#,
            "a login code belongs to no user",
        ),
        (
            r#"{"format":"authn-emulator-state","version":9,"users":[],"codes":[],"tokens":[],"next_seq":0}"#,
            "its version is 9",
        ),
        (
            r#"{"format":"other","password":"hunter2-secret"}"#,
            "a field is missing, unknown or of the wrong type",
        ),
        (
            r#"{"format":"authn-emulator-state","version":1,"users":[],"codes":[],"tokens":[{"token":"ptu_hunter2","user_id":"pui_gone","expire":"2030-01-01T00:00:00Z"}],"next_seq":0}"#,
            "a token belongs to no user",
        ),
        (
            r#"{"format":"authn-emulator-state","version":2,"users":[],"codes":[],"next_seq":0,"signing_keys":[{"kid":"k","pkcs8":"hunter2","x":"a","y":"b"}]}"#,
            "a signing key is not a P-256 key",
        ),
        (
            r#"{"format":"authn-emulator-state","version":2,"users":[],"codes":[],"next_seq":0,"spent_refresh_tokens":[{"token":"ptr_hunter2","session_id":"pmt_gone"}]}"#,
            "a spent refresh token belongs to no session",
        ),
    ] {
        std::fs::write(&file, content).expect("written");
        let config = EmulatorConfig {
            state_file: Some(file.clone()),
            ..EmulatorConfig::new(TOKEN)
        };
        let error = Emulator::start_with(config, "127.0.0.1:0".parse().expect("addr"))
            .await
            .expect_err("refused");
        let shown = error.to_string();
        assert!(shown.contains(&file.display().to_string()), "{shown}");
        assert!(shown.contains(says), "{shown}");
        assert!(
            !shown.contains("hunter2"),
            "a secret in the message: {shown}"
        );
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn a_version_1_file_is_read_its_tokens_becoming_sessions() {
    let dir = dir("state-v1");
    let file = dir.join("state.json");
    let user = json!({"id": "pui_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "email": "old@example.com",
        "username": "old@example.com", "profile": {"first_name": "Old"}, "verified": false,
        "disabled": false, "locked_out": false, "login_count": 1,
        "created_at": "2026-01-01T00:00:00Z"});
    let active = "ptu_bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb";
    let refresh = "ptr_cccccccccccccccccccccccccccccccc";
    let v1 = json!({"format": "authn-emulator-state", "version": 1,
        "users": [{"user": user, "password": "pw", "authenticators": [], "seq": 1}],
        "codes": [],
        "tokens": [
            {"token": active, "user_id": user["id"], "expire": "2099-01-01T00:00:00Z"},
            {"token": refresh, "user_id": user["id"], "expire": "2099-01-02T00:00:00Z"}],
        "next_seq": 1});
    std::fs::write(&file, v1.to_string()).expect("written");
    let emulator = start(&file).await;
    let base = emulator.base_url().to_string();
    let checked = post(&base, "/v2/client/token/check", json!({ "token": active })).await;
    assert_eq!(checked["status"], "Success", "{checked}");
    assert_eq!(checked["result"]["identity"], user["id"]);
    assert_eq!(checked["result"]["profile"], json!({"first_name": "Old"}));
    let changed = post(
        &base,
        "/v2/client/password/change",
        json!({"token": active, "old_password": "pw", "new_password": "pw2"}),
    )
    .await;
    assert_eq!(changed["status"], "Success", "{changed}");
    let refreshed = post(
        &base,
        "/v2/client/session/refresh",
        json!({ "refresh_token": refresh }),
    )
    .await;
    assert_eq!(refreshed["status"], "Success", "{refreshed}");
    let listed = post(&base, "/v2/session/list", json!({})).await;
    assert_eq!(listed["result"]["count"], 2, "{listed}");
    // Written back as version 2, without the old tokens list.
    emulator.stop().await.expect("saved");
    let written: Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("readable")).expect("JSON");
    assert_eq!(written["version"], 2);
    assert!(written.get("tokens").is_none(), "{written}");
    assert_eq!(written["sessions"].as_array().map(Vec::len), Some(2));
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn without_a_state_file_the_snapshot_route_says_so() {
    let emulator = Emulator::start_with(
        EmulatorConfig::new(TOKEN),
        "127.0.0.1:0".parse().expect("addr"),
    )
    .await
    .expect("starts");
    let response = reqwest::Client::new()
        .post(format!("{}/_emulator/snapshot", emulator.base_url()))
        .bearer_auth(TOKEN)
        .send()
        .await
        .expect("answered");
    assert_eq!(response.status(), 409);
    let body: Value = response.json().await.expect("JSON");
    assert_eq!(body["status"], "NoStateFile");
}

#[test]
fn the_binary_saves_on_sigterm_and_loads_at_start() {
    let dir = dir("state-binary");
    let file = dir.join("state.json");
    let path = file.to_str().expect("a UTF-8 path");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let binary = common::Binary::start(&["--token", TOKEN, "--state", path]);
    let created = runtime.block_on(post(
        &binary.url,
        "/v2/user/create",
        json!({"email": "kept@example.com", "profile": {"a": "b"}}),
    ));
    binary.stop();
    assert!(file.exists(), "written on SIGTERM");
    let binary = common::Binary::start(&["--token", TOKEN, "--state", path]);
    let got = runtime.block_on(post(
        &binary.url,
        "/v2/user/profile/get",
        json!({"email": "kept@example.com"}),
    ));
    assert_eq!(got["result"], created["result"]);
    binary.stop();
    let _ = std::fs::remove_dir_all(&dir);
}

#[tokio::test]
async fn stop_cancels_what_is_still_running_before_it_saves() {
    // A request still running when the 5 s of grace end is cancelled before the save: it is
    // neither written after the file (a write lost on restart) nor answered `Success`.
    let dir = dir("late-write");
    let file = dir.join("state.json");
    let emulator = start(&file).await;
    emulator
        .delay("user_create", std::time::Duration::from_secs(6))
        .expect("scripted");
    let url = format!("{}/v2/user/create", emulator.base_url());
    let late = tokio::spawn(async move {
        reqwest::Client::new()
            .post(url)
            .bearer_auth(TOKEN)
            .json(&json!({"email": "late@example.com", "profile": {}}))
            .send()
            .await
    });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    emulator.stop().await.expect("saved");
    assert!(
        late.await.expect("the client task").is_err(),
        "the cancelled request got an answer"
    );
    let saved = std::fs::read_to_string(&file).expect("the state file");
    assert!(!saved.contains("late@example.com"));
    let restarted = start(&file).await;
    let listed = post(restarted.base_url(), "/v2/user/list", json!({})).await;
    assert_eq!(listed["result"]["count"], 0, "{listed}");
}
