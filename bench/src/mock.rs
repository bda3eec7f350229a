//! The emulator against Pangea's own mock server, Prism (`@stoplight/prism-cli` serving
//! Pangea's official description), as the offline test server a user would otherwise pick:
//! time from process start to the first answered request, `user.profile.get` throughput at 64
//! in flight with the floor's client, and what each of a user's tests pays for an in-process
//! emulator (`Emulator::start()` + `shutdown()`).

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::client::{Runtime, Workload};
use crate::host;
use crate::measure::Sample;
use crate::node;
use crate::stats;

/// The pinned Prism release. Its `engines` asks for Node.js 24.18, but it serves this
/// description on Node.js 20 (the version npm warns about, and this harness checks by serving).
pub const PRISM_VERSION: &str = "5.16.0";

/// Where Pangea's official description is read from by default (never copied into the repo).
pub const DEFAULT_SPEC: &str = "/work/shared/reference/pangea-authn.openapi.json";

/// A well-formed user id for Prism, which validates requests against the description.
const PRISM_USER_ID: &str = "pui_xpkhwpnz2cmegsws737xbsqnmnuwtbm5";

/// How much the comparison does.
#[derive(Debug, Clone, Copy)]
pub struct MockSizes {
    pub emulator_starts: usize,
    pub prism_starts: usize,
    pub emulator_gets: usize,
    pub prism_gets: usize,
    pub in_process: usize,
}

impl MockSizes {
    pub const FULL: MockSizes = MockSizes {
        emulator_starts: 11,
        prism_starts: 5,
        emulator_gets: 20_000,
        prism_gets: 5_000,
        in_process: 1_000,
    };
    pub const QUICK: MockSizes = MockSizes {
        emulator_starts: 3,
        prism_starts: 1,
        emulator_gets: 500,
        prism_gets: 300,
        in_process: 100,
    };
}

/// Prism: ready to start, or why not.
#[derive(Debug, Clone)]
pub enum Prism {
    Ready {
        /// `node_modules/.bin/prism` (a `#!/usr/bin/env node` script: its pid is node's).
        bin: PathBuf,
        spec: PathBuf,
        node_version: String,
        log: PathBuf,
    },
    Skipped(String),
}

/// One server's figures.
#[derive(Debug, Clone)]
pub struct ServerFigures {
    /// Seconds from `spawn` to the first HTTP answer, one per start.
    pub starts_s: Vec<f64>,
    /// `user.profile.get` at 64 in flight, the floor's client.
    pub gets: Sample,
}

impl ServerFigures {
    pub fn start_s(&self) -> f64 {
        stats::median(&self.starts_s).unwrap_or(f64::NAN)
    }
}

/// Everything the comparison measured.
#[derive(Debug, Clone)]
pub struct MockFigures {
    /// The `authn-emulator` binary.
    pub emulator: ServerFigures,
    /// Prism, or why it was not run.
    pub prism: Result<ServerFigures, String>,
    /// Microseconds of each `Emulator::start()` + `shutdown()` on a current-thread runtime.
    pub in_process_us: Vec<f64>,
}

/// Finds the description: the flag's path, or by default [`DEFAULT_SPEC`], or (as CI lays it
/// out) `shared/reference/` beside the workspace.
pub fn find_spec(flag: Option<&Path>) -> Result<PathBuf, String> {
    if let Some(path) = flag {
        return if path.is_file() {
            Ok(path.to_path_buf())
        } else {
            Err(format!("--prism-spec {}: no such file", path.display()))
        };
    }
    let beside = host::workspace().join("../shared/reference/pangea-authn.openapi.json");
    [PathBuf::from(DEFAULT_SPEC), beside]
        .into_iter()
        .find(|p| p.is_file())
        .ok_or_else(|| {
            format!(
                "Pangea's official description is not at {DEFAULT_SPEC} (nor in \
                 shared/reference/ beside the workspace); give its path with --prism-spec"
            )
        })
}

/// Installs (or reuses) Prism in `dir`.
pub fn prism_env(dir: &Path, spec: Option<&Path>) -> Prism {
    let spec = match find_spec(spec) {
        Ok(spec) => spec,
        Err(why) => return Prism::Skipped(why),
    };
    match node::npm_install(
        dir,
        "@stoplight/prism-cli",
        PRISM_VERSION,
        "Prism, Pangea's mock server",
    ) {
        Ok(node_version) => {
            println!(
                "Prism {PRISM_VERSION} on Node.js {node_version}, serving {}",
                spec.display()
            );
            Prism::Ready {
                bin: dir.join("node_modules/.bin/prism"),
                spec,
                node_version,
                log: dir.join("prism.log"),
            }
        }
        Err(why) => Prism::Skipped(why),
    }
}

/// Builds the `authn-emulator` binary beside this one. Built together with authn-bench so
/// the dependencies' features are the ones already built for it (alone, `-p authn-emulator`
/// resolves other tokio features and rebuilds half the tree).
pub fn emulator_binary(exe: &Path) -> Result<PathBuf, String> {
    let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
    let mut command = Command::new(cargo);
    command
        .arg("build")
        .arg("--quiet")
        .args(["-p", "authn-bench", "-p", "authn-emulator"])
        .args(["--bin", "authn-emulator"])
        .current_dir(host::workspace());
    if !cfg!(debug_assertions) {
        command.arg("--release");
    }
    println!(
        "Building the authn-emulator binary (cargo build -p authn-emulator --bin authn-emulator)"
    );
    host::run_to_end(
        command,
        "cargo build of authn-emulator",
        Duration::from_secs(1800),
    )?;
    let bin = exe.with_file_name("authn-emulator");
    if bin.is_file() {
        Ok(bin)
    } else {
        Err(format!("cargo built no {}", bin.display()))
    }
}

/// A free port on 127.0.0.1 (bound, then released for the server to take).
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| format!("no free port: {e}"))
}

/// One HTTP/1.1 POST on a fresh connection; the status and the body. Plain std, so the first
/// answer is seen as soon as it comes, with no client of its own to start.
pub fn post(
    addr: SocketAddr,
    path: &str,
    token: &str,
    body: &str,
) -> std::io::Result<(u16, String)> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(2))?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    // One write: a server that answers on the first bytes must not see the rest arrive after.
    let request = format!(
        "POST {path} HTTP/1.1\r\nHost: {addr}\r\nAuthorization: Bearer {token}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    );
    stream.write_all(request.as_bytes())?;
    let mut answer = Vec::new();
    stream.read_to_end(&mut answer)?;
    let text = String::from_utf8_lossy(&answer);
    parse_answer(&text)
        .ok_or_else(|| std::io::Error::new(std::io::ErrorKind::InvalidData, "not an HTTP answer"))
}

/// The status and body of an HTTP/1.1 answer (`Connection: close`, not chunked).
pub fn parse_answer(text: &str) -> Option<(u16, String)> {
    let status = text
        .strip_prefix("HTTP/1.1 ")
        .or_else(|| text.strip_prefix("HTTP/1.0 "))?
        .get(..3)?
        .parse()
        .ok()?;
    let body = text.split_once("\r\n\r\n").map_or("", |(_, b)| b);
    Some((status, body.to_string()))
}

/// A server process of ours: killed and reaped when dropped.
struct Process {
    child: Child,
    addr: SocketAddr,
    token: String,
}

impl Drop for Process {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `command` (which listens on `addr`) and waits for its first answer to a
/// `user.profile.get`; the process and the seconds from `spawn` to that answer.
fn start_and_time(
    mut command: Command,
    addr: SocketAddr,
    token: &str,
    what: &str,
) -> Result<(Process, f64), String> {
    let body = format!(r#"{{"id":"{PRISM_USER_ID}"}}"#);
    let started = Instant::now();
    let child = command
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    let mut process = Process {
        child,
        addr,
        token: token.to_string(),
    };
    let deadline = started + Duration::from_secs(120);
    loop {
        // Any HTTP answer counts: the server is up and has routed a request.
        if post(addr, "/v2/user/profile/get", token, &body).is_ok() {
            return Ok((process, started.elapsed().as_secs_f64()));
        }
        if let Ok(Some(status)) = process.child.try_wait() {
            return Err(format!("{what} exited before answering ({status})"));
        }
        if Instant::now() >= deadline {
            return Err(format!("{what} did not answer within 120 s"));
        }
        // Short: the emulator answers within milliseconds, so the poll must not round it up.
        thread::sleep(Duration::from_micros(500));
    }
}

fn emulator_command(bin: &Path, port: u16, token: &str) -> Command {
    let mut command = Command::new(bin);
    command
        .args(["--listen", &format!("127.0.0.1:{port}"), "--token", token])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::inherit());
    command
}

fn prism_command(bin: &Path, spec: &Path, port: u16, log: &Path) -> Result<Command, String> {
    let log_file =
        std::fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let err_file = log_file
        .try_clone()
        .map_err(|e| format!("cannot share {}: {e}", log.display()))?;
    let mut command = Command::new(bin);
    command
        .args(["mock", "-h", "127.0.0.1", "-p", &port.to_string()])
        .arg(spec)
        .stdin(Stdio::null())
        // Prism logs every request at its default level: kept in a file, as a user would see it.
        .stdout(log_file)
        .stderr(err_file);
    Ok(command)
}

/// `n` `user.profile.get` at 64 in flight from the floor's client (a child process).
fn gets(exe: &Path, process: &Process, id: &str, n: usize) -> Result<Sample, String> {
    let mut command = Command::new(exe);
    command.args([
        "client",
        "--contender",
        "floor",
        "--workload",
        Workload::Concurrent.name(),
        "--url",
        &format!("http://{}", process.addr),
        "--token",
        &process.token,
        "--n",
        &n.to_string(),
        "--server-pid",
        &process.child.id().to_string(),
        "--runtime",
        Runtime::CurrentThread.name(),
        "--id",
        id,
    ]);
    let what = "the floor client (user.profile.get against a mock)";
    let text = host::run_to_end(command, what, Duration::from_secs(900))?;
    host::parse_sample(&text, what)
}

fn print_server(name: &str, figures: &ServerFigures) {
    let starts: Vec<String> = figures
        .starts_s
        .iter()
        .map(|s| format!("{:.1} ms", s * 1e3))
        .collect();
    println!(
        "   {name:<9} start to first answer {:.1} ms (median of {}: {}); {:.0} req/s at 64 in \
         flight, p50 {:.2} ms, p99 {:.2} ms",
        figures.start_s() * 1e3,
        figures.starts_s.len(),
        starts.join(", "),
        figures.gets.throughput(),
        figures.gets.p50_us / 1e3,
        figures.gets.p99_us / 1e3,
    );
}

/// Starts a server `count` times, each on a free port (`command` makes its command line), and
/// times each start; the last one is left running for the throughput.
fn starts(
    count: usize,
    token: &str,
    what: &str,
    command: impl Fn(u16) -> Result<Command, String>,
) -> Result<(Process, Vec<f64>), String> {
    let mut starts_s = Vec::new();
    let mut last = None;
    for _ in 0..count.max(1) {
        // One server at a time: the previous one is stopped before the next is timed.
        drop(last.take());
        let port = free_port()?;
        let addr = SocketAddr::from(([127, 0, 0, 1], port));
        let (process, seconds) = start_and_time(command(port)?, addr, token, what)?;
        starts_s.push(seconds);
        last = Some(process);
    }
    let process = last.ok_or_else(|| format!("{what} was not started"))?;
    Ok((process, starts_s))
}

/// The emulator binary's figures.
fn measure_emulator(exe: &Path, bin: &Path, sizes: &MockSizes) -> Result<ServerFigures, String> {
    let token = authn_emulator::new_id("pts");
    let (process, starts_s) = starts(
        sizes.emulator_starts,
        &token,
        "the authn-emulator binary",
        |port| Ok(emulator_command(bin, port, &token)),
    )?;
    // One user to get: the emulator answers a get of an unknown id with an error envelope.
    let (status, body) = post(
        process.addr,
        "/v2/user/create",
        &token,
        r#"{"email":"mock-bench@example.com","profile":{"first_name":"Mock","last_name":"Bench"}}"#,
    )
    .map_err(|e| format!("cannot create a user in the emulator: {e}"))?;
    let value: serde_json::Value = serde_json::from_str(&body)
        .map_err(|e| format!("the emulator answered user/create with HTTP {status}: {e}"))?;
    let id = value["result"]["id"]
        .as_str()
        .ok_or_else(|| format!("the emulator answered user/create with {body}"))?
        .to_string();
    let gets = gets(exe, &process, &id, sizes.emulator_gets)?;
    Ok(ServerFigures { starts_s, gets })
}

/// Prism's figures.
fn measure_prism(
    exe: &Path,
    bin: &Path,
    spec: &Path,
    log: &Path,
    sizes: &MockSizes,
) -> Result<ServerFigures, String> {
    // Prism checks the bearer token's presence only.
    let token = "pts_prism";
    let (process, starts_s) = starts(sizes.prism_starts, token, "Prism", |port| {
        prism_command(bin, spec, port, log)
    })?;
    let (status, body) = post(
        process.addr,
        "/v2/user/profile/get",
        token,
        &format!(r#"{{"id":"{PRISM_USER_ID}"}}"#),
    )
    .map_err(|e| format!("Prism did not answer user/profile/get: {e}"))?;
    if status != 200 {
        return Err(format!(
            "Prism answered user/profile/get with HTTP {status}: {body} (see {})",
            log.display()
        ));
    }
    let gets = gets(exe, &process, PRISM_USER_ID, sizes.prism_gets)?;
    Ok(ServerFigures { starts_s, gets })
}

/// What each of a user's tests pays for an in-process emulator, as `#[tokio::test]` runs it:
/// on a current-thread runtime, `Emulator::start()` then `shutdown()`, microseconds each.
fn in_process(reps: usize) -> Result<Vec<f64>, String> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    runtime.block_on(async {
        let mut out = Vec::with_capacity(reps);
        for _ in 0..reps.max(1) {
            let start = Instant::now();
            let emulator = authn_emulator::Emulator::start()
                .await
                .map_err(|e| format!("Emulator::start failed: {e}"))?;
            emulator.shutdown().await;
            out.push(start.elapsed().as_secs_f64() * 1e6);
        }
        Ok(out)
    })
}

/// Runs the whole comparison.
pub fn run(
    exe: &Path,
    emulator_bin: &Path,
    prism: &Prism,
    sizes: &MockSizes,
) -> Result<MockFigures, String> {
    println!(
        "\n== the emulator against Prism: start to first answer, user.profile.get at 64 in flight"
    );
    let emulator = measure_emulator(exe, emulator_bin, sizes)?;
    print_server("emulator", &emulator);
    let prism = match prism {
        Prism::Ready { bin, spec, log, .. } => measure_prism(exe, bin, spec, log, sizes),
        Prism::Skipped(why) => Err(why.clone()),
    };
    match &prism {
        Ok(figures) => print_server("Prism", figures),
        Err(why) => println!("   Prism not measured: {why}"),
    }
    let in_process_us = in_process(sizes.in_process)?;
    println!(
        "   in process: Emulator::start() + shutdown() {:.0} µs (median of {})",
        stats::median(&in_process_us).unwrap_or(f64::NAN),
        in_process_us.len()
    );
    Ok(MockFigures {
        emulator,
        prism,
        in_process_us,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_are_parsed_for_status_and_body() {
        let text =
            "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\n\r\n{\"status\":\"Success\"}";
        assert_eq!(
            parse_answer(text),
            Some((200, "{\"status\":\"Success\"}".to_string()))
        );
        assert_eq!(
            parse_answer("HTTP/1.0 400 Bad Request\r\n\r\n"),
            Some((400, String::new()))
        );
        assert_eq!(parse_answer("garbage"), None);
        assert_eq!(parse_answer("HTTP/1.1 2"), None);
    }

    #[test]
    fn a_missing_spec_flag_path_is_refused() {
        let missing = Path::new("/nonexistent/authn.openapi.json");
        let err = find_spec(Some(missing)).expect_err("no such file");
        assert!(err.contains("--prism-spec"), "{err}");
    }

    #[test]
    fn the_in_process_emulator_starts_and_stops() {
        let times = in_process(3).expect("three starts");
        assert_eq!(times.len(), 3);
        assert!(times.iter().all(|us| *us > 0.0));
    }

    #[test]
    fn a_started_server_is_timed_to_its_first_answer() {
        // A stand-in server: answers one request with HTTP 200 after a short delay.
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let addr = listener.local_addr().expect("addr");
        let server = thread::spawn(move || {
            if let Ok((mut stream, _)) = listener.accept() {
                // The whole request (it ends with the JSON body's `}`), then the answer.
                let mut request = Vec::new();
                let mut buf = [0u8; 1024];
                while !request.ends_with(b"}") {
                    match stream.read(&mut buf) {
                        Ok(0) | Err(_) => break,
                        Ok(n) => request.extend_from_slice(&buf[..n]),
                    }
                }
                let _ = stream.write_all(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\n{}");
            }
        });
        let mut command = Command::new("sleep");
        command.arg("5");
        let (process, seconds) = start_and_time(command, addr, "pts_x", "sleep").expect("answered");
        assert!(seconds < 5.0, "{seconds}");
        drop(process);
        server.join().expect("server thread");
    }
}
