//! `authn-emulator --listen 127.0.0.1:4010 --token <T>`: serve the emulator until Ctrl-C or SIGTERM.
//!
//! The first line on stdout is exactly `listening on http://<addr>`. It listens on loopback only
//! unless `--allow-non-loopback` is given, since anyone who can reach it can use its test token.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;

use authn_emulator::{Emulator, EmulatorConfig};

const USAGE: &str = "usage: authn-emulator [--listen ADDR] [--token TOKEN] [--allow-non-loopback]
  --listen ADDR           address to listen on (default 127.0.0.1:4010; port 0 picks a free
                          port); a loopback address unless --allow-non-loopback is given
  --token TOKEN           the service token clients must send (default: a random pts_ token,
                          printed)
  --allow-non-loopback    allow a non-loopback ADDR such as 0.0.0.0:4010, reachable from other
                          machines: the emulator holds test data behind a test token, not
                          real security";

#[tokio::main]
async fn main() -> ExitCode {
    let mut listen: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 4010));
    let mut token: Option<String> = None;
    let mut allow_non_loopback = false;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--allow-non-loopback" => allow_non_loopback = true,
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            "--listen" => match args.next().map(|value| (value.parse(), value)) {
                Some((Ok(addr), _)) => listen = addr,
                Some((Err(_), value)) => {
                    return usage(&format!(
                        "--listen: `{value}` is not an address like 127.0.0.1:4010"
                    ));
                }
                None => return usage("--listen needs an address"),
            },
            "--token" => match args.next() {
                Some(value) if !value.is_empty() => token = Some(value),
                _ => return usage("--token needs a non-empty token"),
            },
            other => return usage(&format!("unexpected argument `{other}`")),
        }
    }
    if !is_loopback(listen.ip()) {
        if !allow_non_loopback {
            return usage(&format!(
                "refusing to listen on {listen}, which is not a loopback address: other machines \
                 could reach the emulator, whose token is a test token; give \
                 --allow-non-loopback to do it anyway"
            ));
        }
        eprintln!(
            "warning: listening on {listen}, which other machines may reach: the emulator's \
             token is a test token, not a secret, and its data is test data"
        );
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

/// 127.0.0.0/8 and ::1, including IPv4-mapped IPv6 forms such as `::ffff:127.0.0.1`.
fn is_loopback(ip: IpAddr) -> bool {
    ip.to_canonical().is_loopback()
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
