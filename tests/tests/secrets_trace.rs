//! The whole quickstart (all ten calls, SDK and emulator in one process) under a TRACE
//! subscriber with span events: neither what the walk-through prints nor anything `tracing`
//! emits, from the SDK or from the emulator, contains the service token, a password, the login
//! code or a user token.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

use authn_emulator::Emulator;
use authn_sdk::{AuthN, Config};
use tracing_subscriber::fmt::format::FmtSpan;

#[path = "../../authn-sdk/examples/quickstart.rs"]
mod quickstart;

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

#[test]
fn a_full_quickstart_at_trace_level_shows_no_secret() {
    let logs = Captured::default();
    let writer = logs.clone();
    let subscriber = tracing_subscriber::fmt()
        .with_max_level(tracing::Level::TRACE)
        .with_span_events(FmtSpan::FULL)
        .with_ansi(false)
        .with_writer(move || writer.clone())
        .finish();
    let _guard = tracing::subscriber::set_default(subscriber);
    // One thread: the emulator's tasks run where the subscriber is installed.
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
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

    for secret in secrets.iter().chain([&token]) {
        assert!(
            !printed.contains(secret.as_str()),
            "the quickstart printed a secret"
        );
        assert!(
            !logs.contains(secret.as_str()),
            "the logs contain a secret ({} chars)",
            secret.len()
        );
    }
}
