//! `authn-bench serve --seed-users N`: the emulator in a process of its own, so its CPU and
//! memory are not the client's.

use std::io::{Read, Write};
use std::net::SocketAddr;

use authn_emulator::{Emulator, EmulatorConfig};

/// The email of the `i`th seeded user.
pub fn seeded_email(i: u64) -> String {
    format!("bench-{i:07}@example.com")
}

/// Starts the emulator on 127.0.0.1 (a free port, a random token), seeds `seed_users` users
/// through the library, prints `listening on <url> token <token>` and serves until standard
/// input closes (the orchestrator holds it open) or the process is killed.
pub fn run(seed_users: u64) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    runtime.block_on(async {
        let token = authn_emulator::new_id("pts");
        let addr = SocketAddr::from(([127, 0, 0, 1], 0));
        let emulator = Emulator::start_with(EmulatorConfig::new(token), addr)
            .await
            .map_err(|e| format!("cannot start the emulator on {addr}: {e}"))?;
        for i in 0..seed_users {
            emulator
                .create_user(&seeded_email(i))
                .map_err(|e| format!("cannot seed user {i}: {e}"))?;
        }
        let mut out = std::io::stdout();
        writeln!(
            out,
            "listening on {} token {}",
            emulator.base_url(),
            emulator.token()
        )
        .and_then(|()| out.flush())
        .map_err(|e| format!("cannot write to stdout: {e}"))?;

        // Serve until stdin reaches its end: the orchestrator closes it, or dies.
        let (closed, stdin_closed) = tokio::sync::oneshot::channel::<()>();
        std::thread::spawn(move || {
            let mut sink = [0u8; 256];
            let mut stdin = std::io::stdin();
            while matches!(stdin.read(&mut sink), Ok(n) if n > 0) {}
            let _ = closed.send(());
        });
        let _ = stdin_closed.await;
        emulator.shutdown().await;
        Ok(())
    })
}
