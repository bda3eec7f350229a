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

/// What a client can see of the store: every user in order, every authenticator, and the
/// three pages of a list ordered by email, the last two reached through cursors.
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
    let seen = json!({
        "users": emulator.users(),
        "authenticators": authenticators,
        "pages": [first["result"], second["result"], third["result"]],
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

    let (before, cursor) = observe(&emulator, None).await;
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
    assert!(want.len() > 200, "{} fields", want.len());
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
