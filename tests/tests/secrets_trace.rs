//! The whole quickstart (all ten calls, SDK and emulator in one process) and the whole
//! hosted-login example (sessions, token checks, local JWT verification, refresh, logout)
//! under a TRACE subscriber with span events: neither what the walk-throughs print nor
//! anything `tracing` emits, from the SDK or from the emulator, contains the service token, a
//! password, a login code, an active or refresh token.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config};
use tracing_subscriber::fmt::format::FmtSpan;

#[path = "../../authn-sdk/examples/quickstart.rs"]
mod quickstart;

#[path = "../../authn-sdk/examples/hosted_login.rs"]
mod hosted_login;

/// A writer that appends to a shared buffer.
#[derive(Clone, Default)]
struct Captured(Arc<Mutex<Vec<u8>>>);

impl Write for Captured {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

impl Captured {
    fn text(&self) -> String {
        String::from_utf8_lossy(&self.0.lock().unwrap_or_else(PoisonError::into_inner)).into_owned()
    }
}

/// A TRACE subscriber writing to a buffer, and a one-thread runtime, so that the emulator's
/// tasks run where the subscriber is installed.
fn traced() -> (
    Captured,
    tracing::subscriber::DefaultGuard,
    tokio::runtime::Runtime,
) {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::FULL)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let guard = tracing::subscriber::set_default(subscriber);
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    (logs, guard, runtime)
}

fn assert_no_secret(printed: &str, logs: &str, secrets: &[String]) {
    for secret in secrets {
        assert!(
            !printed.contains(secret.as_str()),
            "the walk-through printed a secret"
        );
        assert!(
            !logs.contains(secret.as_str()),
            "the logs contain a secret ({} chars)",
            secret.len()
        );
    }
}

#[test]
fn a_full_hosted_login_at_trace_level_shows_no_secret() {
    let (logs, _guard, runtime) = traced();
    let mut printed = Vec::new();
    let secrets = runtime.block_on(async {
        let emulator = hosted_login::start_emulator()
            .await
            .expect("emulator starts");
        let authn =
            AuthN::new(Config::new(emulator.token()).base_url_template(emulator.base_url()))
                .expect("config");
        authn
            .user()
            .create("joe.user@email.com")
            .send()
            .await
            .expect("created");
        let mut secrets = hosted_login::run(
            &authn,
            hosted_login::Login::Emulator(&emulator),
            &mut printed,
        )
        .await
        .expect("the walk-through succeeds");
        secrets.push(emulator.token().to_string());
        emulator.shutdown().await;
        secrets
    });
    let printed = String::from_utf8(printed).expect("utf-8");
    let logs = logs.text();
    assert_eq!(
        secrets.len(),
        6,
        "code, two sessions' two tokens, the service token"
    );
    assert!(
        printed.contains("4. logged out; the token check now says InvalidToken"),
        "{printed}"
    );
    for operation in [
        "client_userinfo",
        "client_token_check",
        "client_jwks",
        "client_session_refresh",
        "client_session_logout",
    ] {
        assert!(
            logs.contains(&format!("operation=\"{operation}\"")),
            "no span for {operation}"
        );
    }
    // A JWT's parts, even without the whole token, would show it: its signature is the secret.
    let signatures: Vec<String> = secrets
        .iter()
        .filter_map(|s| s.rsplit_once('.').map(|(_, sig)| sig.to_string()))
        .filter(|sig| sig.len() > 20)
        .collect();
    assert!(!signatures.is_empty(), "the active tokens are JWTs");
    assert_no_secret(&printed, &logs, &secrets);
    assert_no_secret(&printed, &logs, &signatures);
}

#[test]
fn a_full_quickstart_at_trace_level_shows_no_secret() {
    let (logs, _guard, runtime) = traced();
    let mut printed = Vec::new();
    let (token, secrets) = runtime.block_on(async {
        let emulator = Emulator::start().await.expect("emulator starts");
        let config = Config::new(emulator.token()).base_url_template(emulator.base_url());
        let authn = AuthN::new(config).expect("config");
        let secrets = quickstart::run(&authn, Some(&emulator), &mut printed)
            .await
            .expect("the walk-through succeeds");
        let token = emulator.token().to_string();
        emulator.shutdown().await;
        (token, secrets)
    });
    let printed = String::from_utf8(printed).expect("utf-8");
    let logs = logs.text();

    // The checks below could pass on an empty capture: make sure the walk-through ran and
    // the logs saw every operation, with the fields we promise.
    assert_eq!(
        secrets.len(),
        5,
        "passwords, login code, two tokens: {}",
        secrets.len()
    );
    assert!(printed.contains("8. password changed"), "{printed}");
    for operation in [
        "user_create",
        "user_profile_get",
        "user_update",
        "user_profile_update",
        "user_list",
        "user_authenticators_list",
        "user_authenticators_delete",
        "client_userinfo",
        "client_password_change",
        "user_delete",
    ] {
        assert!(
            logs.contains(&format!("operation=\"{operation}\"")),
            "no span for {operation}"
        );
    }
    for field in [
        "authn.call",
        "authn.attempt",
        "request_id",
        "http.status",
        "pangea.status",
        "answered",
    ] {
        assert!(logs.contains(field), "the logs lack {field}");
    }

    let mut secrets = secrets;
    secrets.push(token);
    assert_no_secret(&printed, &logs, &secrets);
}
