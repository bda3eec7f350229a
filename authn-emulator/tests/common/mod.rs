//! The emulator binary as a child process, for the tests that drive it from outside; and the
//! JSON calls of the tests that drive an in-process emulator.

#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// A running `authn-emulator` binary, killed if a test fails before it stops it.
#[derive(Debug)]
pub struct Binary {
    child: Child,
    /// `http://127.0.0.1:<port>`, from its first line.
    pub url: String,
}

impl Binary {
    /// Starts the binary on a free loopback port with `args` after `--listen` and waits for its
    /// `listening on <url>` line.
    pub fn start(args: &[&str]) -> Self {
        let mut child = Command::new(env!("CARGO_BIN_EXE_authn-emulator"))
            .args(["--listen", "127.0.0.1:0"])
            .args(args)
            .stdin(Stdio::null())
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
            .unwrap_or_else(|| panic!("`listening on <url>`, not {first:?}"))
            .to_string();
        Self { child, url }
    }

    /// Sends SIGTERM and waits for a clean exit.
    pub fn stop(mut self) {
        let killed = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("kill runs");
        assert!(killed.success());
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(exit) = self.child.try_wait().expect("wait") {
                assert!(exit.success(), "a clean exit on SIGTERM: {exit:?}");
                return;
            }
            assert!(Instant::now() < deadline, "no exit 10 s after SIGTERM");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Binary {
    fn drop(&mut self) {
        if matches!(self.child.try_wait(), Ok(None)) {
            let _ = self.child.kill();
            let _ = self.child.wait();
        }
    }
}

/// Posts `body` to `path` with the emulator's token; the HTTP status and the envelope.
pub async fn post(
    emulator: &authn_emulator::Emulator,
    path: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    post_to(emulator.base_url(), emulator.token(), path, body).await
}

/// Posts `body` to `path` of the emulator at `base` with `token`.
pub async fn post_to(
    base: &str,
    token: &str,
    path: &str,
    body: serde_json::Value,
) -> (u16, serde_json::Value) {
    let response = reqwest::Client::new()
        .post(format!("{base}{path}"))
        .bearer_auth(token)
        .json(&body)
        .send()
        .await
        .expect("the emulator answers");
    let status = response.status().as_u16();
    (status, response.json().await.expect("JSON"))
}

/// Posts and expects HTTP 200 with `status`; returns the result.
pub async fn expect(
    emulator: &authn_emulator::Emulator,
    path: &str,
    body: serde_json::Value,
    status: &str,
) -> serde_json::Value {
    let (http, answer) = post(emulator, path, body).await;
    assert_eq!(
        (http, answer["status"].as_str()),
        (200, Some(status)),
        "{path}: {answer}"
    );
    answer["result"].clone()
}

/// Posts and expects a success; returns the result.
pub async fn ok(
    emulator: &authn_emulator::Emulator,
    path: &str,
    body: serde_json::Value,
) -> serde_json::Value {
    expect(emulator, path, body, "Success").await
}
