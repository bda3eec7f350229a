//! `authn-emulator --listen 127.0.0.1:4010 --token <T>`: serve the emulator until Ctrl-C or SIGTERM.
//!
//! The first line on stdout is exactly `listening on http://<addr>`.

use std::io::Write;
use std::net::SocketAddr;
use std::process::ExitCode;

use authn_emulator::{Emulator, EmulatorConfig};

const USAGE: &str = "usage: authn-emulator [--listen ADDR] [--token TOKEN]
  --listen ADDR   address to listen on (default 127.0.0.1:4010; port 0 picks a free port)
  --token TOKEN   the service token clients must send (default: a random pts_ token, printed)";

#[tokio::main]
async fn main() -> ExitCode {
    let mut listen: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 4010));
    let mut token: Option<String> = None;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match (arg.as_str(), args.next()) {
            ("--listen", Some(value)) => match value.parse() {
                Ok(addr) => listen = addr,
                Err(_) => {
                    return usage(&format!(
                        "--listen: `{value}` is not an address like 127.0.0.1:4010"
                    ));
                }
            },
            ("--token", Some(value)) if !value.is_empty() => token = Some(value),
            ("-h" | "--help", _) => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            (other, _) => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    let generated = token.is_none();
    let token = token.unwrap_or_else(|| authn_emulator::new_id("pts"));
    let emulator = match Emulator::start_with(EmulatorConfig::new(token), listen).await {
        Ok(emulator) => emulator,
        Err(e) => {
            eprintln!("error: cannot listen on {listen}: {e}");
            return ExitCode::FAILURE;
        }
    };
    let mut out = std::io::stdout();
    let _ = writeln!(out, "listening on {}", emulator.base_url());
    if generated {
        let _ = writeln!(out, "token {}", emulator.token());
    }
    let _ = out.flush();
    shutdown_signal().await;
    emulator.shutdown().await;
    ExitCode::SUCCESS
}

fn usage(problem: &str) -> ExitCode {
    eprintln!("error: {problem}\n{USAGE}");
    ExitCode::from(2)
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
}
