//! `authn-emulator --listen 127.0.0.1:4010 --token <T>`: serve the emulator until Ctrl-C or SIGTERM.
//!
//! The first line on stdout is exactly `listening on http://<addr>`. It listens on loopback only
//! unless `--allow-non-loopback` is given, since anyone who can reach it can use its test token.

use std::io::Write;
use std::net::{IpAddr, SocketAddr};
use std::process::ExitCode;

use authn_emulator::script::{self, AcceptNext, Delay, FailNext};
use authn_emulator::{Emulator, EmulatorConfig, StateError};

const USAGE: &str = "usage: authn-emulator [--listen ADDR] [--token TOKEN] [--allow-non-loopback]
                     [--fail OP:COUNT:STATUS[:RETRY_AFTER]]... [--delay OP:MILLIS]...
                     [--accept OP:POLL[:COUNT]]... [--state FILE]
                     [--active-token-life-ms MS] [--refresh-token-life-ms MS] [--jwt]
  --listen ADDR           address to listen on (default 127.0.0.1:4010; port 0 picks a free
                          port); a loopback address unless --allow-non-loopback is given
  --token TOKEN           the service token clients must send (default: a random pts_ token,
                          printed)
  --allow-non-loopback    allow a non-loopback ADDR such as 0.0.0.0:4010, reachable from other
                          machines: the emulator holds test data behind a test token, not
                          real security
  --fail OP:COUNT:STATUS[:RETRY_AFTER]
                          the next COUNT calls of operation OP (an operationId such as
                          user_create or request_poll) answer HTTP STATUS (400-599), with
                          Retry-After: RETRY_AFTER seconds when given
  --delay OP:MILLIS       every call of OP waits MILLIS milliseconds before it is answered
  --accept OP:POLL[:COUNT]
                          the next COUNT (default 1) calls of OP answer 202 Accepted, each
                          resolved by GET /request/{id} on poll number POLL
  --state FILE            load the users, passwords, authenticators, codes, sessions, tokens,
                          signing keys and invites from FILE at start (if it exists), and
                          write them to it, atomically, on
                          exit and on POST /_emulator/snapshot
  --active-token-life-ms MS
                          how long active tokens live, in milliseconds (default 900000, 15
                          minutes; at least 1)
  --refresh-token-life-ms MS
                          how long refresh tokens and sessions live, in milliseconds (default
                          172800000, 2 days; at least 1)
  --jwt                   issue active tokens as ES256 JWTs signed by the keys published at
                          /v2/client/jwks, rather than ptu_ tokens
Faults can also be scripted and reset at run time under /_emulator/faults (see the README).";

#[tokio::main]
async fn main() -> ExitCode {
    let mut listen: SocketAddr = SocketAddr::from(([127, 0, 0, 1], 4010));
    let mut token: Option<String> = None;
    let mut allow_non_loopback = false;
    let mut state_file: Option<std::path::PathBuf> = None;
    let defaults = EmulatorConfig::new("");
    let mut active_life = defaults.active_token_life;
    let mut refresh_life = defaults.refresh_token_life;
    let mut jwt = false;
    let (mut fails, mut delays, mut accepts) = (Vec::new(), Vec::new(), Vec::new());
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--allow-non-loopback" => allow_non_loopback = true,
            "--jwt" => jwt = true,
            "--active-token-life-ms" | "--refresh-token-life-ms" => {
                let life = match args.next().map(|v| v.parse::<u64>()) {
                    Some(Ok(ms)) if ms > 0 => std::time::Duration::from_millis(ms),
                    _ => {
                        return usage(&format!("{arg} needs a number of milliseconds, at least 1"));
                    }
                };
                if arg == "--active-token-life-ms" {
                    active_life = life;
                } else {
                    refresh_life = life;
                }
            }
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
            "--state" => match args.next() {
                Some(value) if !value.is_empty() => state_file = Some(value.into()),
                _ => return usage("--state needs a file"),
            },
            "--fail" => match args.next().as_deref().map(script::parse_fail) {
                Some(Ok(fault)) => fails.push(fault),
                Some(Err(problem)) => return usage(&problem),
                None => return usage("--fail needs OP:COUNT:STATUS[:RETRY_AFTER]"),
            },
            "--delay" => match args.next().as_deref().map(script::parse_delay) {
                Some(Ok(fault)) => delays.push(fault),
                Some(Err(problem)) => return usage(&problem),
                None => return usage("--delay needs OP:MILLIS"),
            },
            "--accept" => match args.next().as_deref().map(script::parse_accept) {
                Some(Ok(fault)) => accepts.push(fault),
                Some(Err(problem)) => return usage(&problem),
                None => return usage("--accept needs OP:POLL[:COUNT]"),
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
    let config = EmulatorConfig {
        state_file,
        active_token_life: active_life,
        refresh_token_life: refresh_life,
        jwt_tokens: jwt,
        ..EmulatorConfig::new(token)
    };
    let emulator = match Emulator::start_with(config, listen).await {
        Ok(emulator) => emulator,
        Err(e) => {
            match e.get_ref().and_then(|e| e.downcast_ref::<StateError>()) {
                Some(state) => eprintln!("error: cannot load the state: {state}"),
                None => eprintln!("error: cannot listen on {listen}: {e}"),
            }
            return ExitCode::FAILURE;
        }
    };
    if let Err(problem) = script_faults(&emulator, fails, delays, accepts) {
        emulator.shutdown().await;
        return usage(&problem.to_string());
    }
    let mut out = std::io::stdout();
    let _ = writeln!(out, "listening on {}", emulator.base_url());
    if generated {
        let _ = writeln!(out, "token {}", emulator.token());
    }
    let _ = out.flush();
    shutdown_signal().await;
    match emulator.stop().await {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: the state was not saved: {e}");
            ExitCode::FAILURE
        }
    }
}

/// Scripts the faults given on the command line.
fn script_faults(
    emulator: &Emulator,
    fails: Vec<FailNext>,
    delays: Vec<Delay>,
    accepts: Vec<AcceptNext>,
) -> Result<(), authn_emulator::FaultError> {
    for f in fails {
        let after = f.retry_after.map(std::time::Duration::from_secs);
        emulator.fail_next(&f.operation, f.count, f.status, after)?;
    }
    for d in delays {
        let delay = std::time::Duration::from_millis(d.delay_ms);
        emulator.delay(&d.operation, delay)?;
    }
    for a in accepts {
        emulator.accept_next(&a.operation, a.count, a.polls)?;
    }
    Ok(())
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
