//! The machine the harness runs on and the processes it starts there: the workspace and target
//! directories, the emulator child (`authn-bench serve`), client children and their one line
//! of figures, and what the machine is.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::client::Workload;
use crate::measure::{self, Sample};

/// The workspace root, from where this crate was built.
pub fn workspace() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."))
}

/// The target directory this program was built in (`<target>/release/authn-bench`): the
/// installed peers and scratch projects go there, never into the repository.
pub fn target_dir() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().and_then(Path::parent).map(Path::to_path_buf))
        .unwrap_or_else(|| workspace().join("target"))
}

/// An `authn-bench serve` child. Dropping it closes its stdin (it then stops), and kills it if
/// it has not stopped within five seconds.
pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    pub url: String,
    pub token: String,
    pub pid: u32,
    /// How long it took to start and seed its users.
    pub seed_s: f64,
}

impl Server {
    pub fn start(exe: &Path, seed: u64) -> Result<Self, String> {
        let started = Instant::now();
        let mut child = Command::new(exe)
            .args(["serve", "--seed-users", &seed.to_string()])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .map_err(|e| format!("cannot start `{} serve`: {e}", exe.display()))?;
        let stdin = child.stdin.take();
        let stdout = child.stdout.take();
        let (line_tx, line_rx) = mpsc::channel::<String>();
        thread::spawn(move || {
            let Some(stdout) = stdout else { return };
            let mut lines = BufReader::new(stdout).lines();
            if let Some(Ok(line)) = lines.next() {
                let _ = line_tx.send(line);
            }
            // Keep draining, so the child never blocks on a full pipe.
            for _ in lines {}
        });
        let mut server = Server {
            child,
            stdin,
            url: String::new(),
            token: String::new(),
            pid: 0,
            seed_s: 0.0,
        };
        server.pid = server.child.id();
        let line = line_rx
            .recv_timeout(Duration::from_secs(600))
            .map_err(|_| format!("the emulator (seeding {seed} users) did not start"))?;
        let parsed = line
            .strip_prefix("listening on ")
            .and_then(|rest| rest.split_once(" token "));
        let Some((url, token)) = parsed else {
            return Err(format!("the emulator printed `{line}`"));
        };
        server.url = url.to_string();
        server.token = token.to_string();
        server.seed_s = started.elapsed().as_secs_f64();
        Ok(server)
    }

    /// A `/proc/<pid>/status` figure of the emulator, in KiB.
    pub fn status_kib(&self, key: &str) -> Result<u64, String> {
        measure::process_status_kib(self.pid, key)
            .ok_or_else(|| format!("cannot read {key} of the emulator (pid {})", self.pid))
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.stdin.take());
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Runs `command` to its end (killing it after `timeout`) and returns its stdout.
pub fn run_to_end(mut command: Command, what: &str, timeout: Duration) -> Result<String, String> {
    command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit());
    let mut child = command
        .spawn()
        .map_err(|e| format!("cannot start {what}: {e}"))?;
    let stdout = child.stdout.take();
    let reader = thread::spawn(move || {
        let mut text = String::new();
        if let Some(mut stdout) = stdout {
            let _ = stdout.read_to_string(&mut text);
        }
        text
    });
    let deadline = Instant::now() + timeout;
    let status: ExitStatus = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!(
                    "{what} did not finish within {} s",
                    timeout.as_secs()
                ));
            }
            Ok(None) => thread::sleep(Duration::from_millis(20)),
            Err(e) => return Err(format!("cannot wait for {what}: {e}")),
        }
    };
    let text = reader.join().unwrap_or_default();
    if !status.success() {
        return Err(format!("{what} failed ({status})"));
    }
    Ok(text)
}

pub fn parse_sample(text: &str, what: &str) -> Result<Sample, String> {
    let line = text
        .lines()
        .rev()
        .find(|l| l.trim_start().starts_with('{'))
        .ok_or_else(|| format!("{what} printed no figures"))?;
    serde_json::from_str(line).map_err(|e| format!("{what} printed `{line}`: {e}"))
}

pub fn report_line(sample: &Sample) {
    println!(
        "   {:<13} {:>10.0} {}/s  p50 {:>8.1} µs  p99 {:>8.1} µs  CPU {:>7.2} µs/{}  peak RSS {:>6.1} MiB",
        format!("{} {}", sample.contender, sample.runtime),
        sample.throughput(),
        unit(&sample.workload),
        sample.p50_us,
        sample.p99_us,
        sample.cpu_per_item_us(),
        unit(&sample.workload),
        sample.max_rss_mib(),
    );
}

/// Runs a client child (Rust, Python or Node) on `workload` against `server`, with the
/// arguments every client takes, and reads the one line of figures it prints.
pub fn run_client(
    mut command: Command,
    workload: Workload,
    n: usize,
    server: &Server,
    what: &str,
    timeout: Duration,
) -> Result<Sample, String> {
    command.args([
        "--workload",
        workload.name(),
        "--url",
        &server.url,
        "--token",
        &server.token,
        "--n",
        &n.to_string(),
        "--server-pid",
        &server.pid.to_string(),
    ]);
    let text = run_to_end(command, what, timeout)?;
    let sample = parse_sample(&text, what)?;
    report_line(&sample);
    Ok(sample)
}

pub fn output(program: &Path, args: &[&str]) -> Option<String> {
    let out = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .ok()?;
    out.status.success().then(|| {
        let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
        if text.is_empty() {
            String::from_utf8_lossy(&out.stderr).trim().to_string()
        } else {
            text
        }
    })
}

/// Where and on what the run happened.
#[derive(Debug, Clone)]
pub struct Machine {
    pub cpu: String,
    pub cores: usize,
    pub memory: String,
    pub os: String,
    pub rustc: String,
    pub date: String,
    pub release: bool,
}

pub fn machine() -> Machine {
    let read = |path: &str| std::fs::read_to_string(path).unwrap_or_default();
    let cpu = first_value(&read("/proc/cpuinfo"), "model name", ':')
        .unwrap_or_else(|| "unknown CPU".into());
    let cores = thread::available_parallelism().map_or(1, |n| n.get());
    let memory = first_value(&read("/proc/meminfo"), "MemTotal", ':')
        .and_then(|v| v.trim_end_matches("kB").trim().parse::<f64>().ok())
        .map_or_else(
            || "unknown".into(),
            |kib| format!("{:.1} GiB", kib / 1024.0 / 1024.0),
        );
    let os = first_value(&read("/etc/os-release"), "PRETTY_NAME", '=')
        .unwrap_or_else(|| std::env::consts::OS.to_string());
    let kernel = read("/proc/sys/kernel/osrelease").trim().to_string();
    let rustc = output(Path::new("rustc"), &["--version"]).unwrap_or_else(|| "rustc".into());
    Machine {
        cpu,
        cores,
        memory,
        os: if kernel.is_empty() {
            os
        } else {
            format!("{os}, Linux {kernel}")
        },
        rustc,
        date: chrono::Utc::now().format("%Y-%m-%d %H:%M UTC").to_string(),
        release: !cfg!(debug_assertions),
    }
}

fn first_value(text: &str, key: &str, separator: char) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once(separator)?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// What a workload's throughput counts.
pub fn unit(workload: &str) -> &'static str {
    if workload == Workload::Pagination.name() {
        "user"
    } else {
        "req"
    }
}
