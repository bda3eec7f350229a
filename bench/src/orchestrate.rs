//! The default command: every workload with every contender, each in a process of its own,
//! against a fresh emulator per workload; then the table, the page and the chart.

use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, ExitStatus, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use crate::buildcost;
use crate::client::{Runtime, Workload};
use crate::measure::{self, Sample};
use crate::mock::{self, MockFigures, MockSizes, Prism};
use crate::node::{self, Node};
use crate::report;

/// The pinned version of Pangea's official Python SDK (as in authn-emulator/python/run.sh).
pub const PANGEA_SDK_VERSION: &str = "6.13.0";

/// What the default command was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    pub quick: bool,
    pub python: bool,
    pub node: bool,
    pub prism: bool,
    /// Pangea's official description for Prism (see `mock::find_spec` for the default).
    pub prism_spec: Option<PathBuf>,
    pub out: Option<PathBuf>,
    /// Runs of each Rust contender per workload; the median by throughput is reported.
    pub rounds: usize,
    /// Full runs of everything; the targets are judged on the median of their figures.
    pub runs: usize,
}

/// How much work each part does.
#[derive(Debug, Clone, Copy)]
pub struct Sizes {
    pub sequential: usize,
    pub concurrent: usize,
    pub mixed: usize,
    pub pagination: usize,
    /// Users seeded for the get and mixed workloads (the gets cycle over their ids).
    pub seed: u64,
    /// A second, smaller pagination, to show the client's memory does not grow with users.
    pub small_pagination: usize,
    /// Users seeded into the emulator whose memory is measured.
    pub emulator_users: u64,
    /// `user.profile.get` sent to that emulator, 64 in flight.
    pub emulator_gets: usize,
}

impl Sizes {
    pub const FULL: Sizes = Sizes {
        sequential: 5_000,
        concurrent: 50_000,
        mixed: 10_000,
        pagination: 100_000,
        seed: 1_000,
        small_pagination: 10_000,
        emulator_users: 1_000_000,
        emulator_gets: 20_000,
    };

    pub const QUICK: Sizes = Sizes {
        sequential: 200,
        concurrent: 2_000,
        mixed: 500,
        pagination: 5_000,
        seed: 1_000,
        small_pagination: 1_000,
        emulator_users: 20_000,
        emulator_gets: 2_000,
    };

    pub fn n(&self, workload: Workload) -> usize {
        match workload {
            Workload::Sequential => self.sequential,
            Workload::Concurrent => self.concurrent,
            Workload::Mixed => self.mixed,
            Workload::Pagination => self.pagination,
        }
    }
}

/// One workload's figures.
#[derive(Debug, Clone)]
pub struct WorkloadResult {
    pub workload: Workload,
    pub n: usize,
    pub seed: u64,
    /// The Rust contenders on the current-thread runtime.
    pub current: Pair,
    pub python: Option<Sample>,
    pub node: Option<Sample>,
    /// The Rust contenders again on tokio's multi-thread runtime (concurrent and mixed only).
    pub multi: Option<Pair>,
}

/// The median rounds of authn-sdk and the floor on one runtime, and every round's throughput.
#[derive(Debug, Clone)]
pub struct Pair {
    pub sdk: Sample,
    pub floor: Sample,
    pub sdk_rounds: Vec<f64>,
    pub floor_rounds: Vec<f64>,
}

/// The emulator's own figures.
#[derive(Debug, Clone)]
pub struct EmulatorFigures {
    pub users: u64,
    /// Resident memory after seeding, and its peak, in KiB.
    pub rss_kib: u64,
    pub hwm_kib: u64,
    /// Resident memory of an emulator with `seed` users, for the per-user cost.
    pub base_rss_kib: u64,
    pub base_users: u64,
    pub seed_s: f64,
    /// `user.profile.get` at 64 in flight against it.
    pub floor_gets: Sample,
    pub sdk_gets: Sample,
}

/// The Python contender: ready, or why not.
#[derive(Debug, Clone)]
pub enum Python {
    Ready {
        python: PathBuf,
        version: String,
        packages: String,
    },
    Skipped(String),
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

/// Everything one full run is made of.
#[derive(Debug, Clone)]
pub struct Results {
    pub quick: bool,
    pub rounds: usize,
    pub machine: Machine,
    pub python: Python,
    pub node: Node,
    pub prism: Prism,
    pub workloads: Vec<WorkloadResult>,
    /// SDK and floor pagination of `sizes.small_pagination` users.
    pub small_pagination: (Sample, Sample),
    pub emulator: EmulatorFigures,
    /// The emulator binary against Prism, or why it could not be run.
    pub mock: Result<MockFigures, String>,
    /// The share of the CPU other processes used just before the run (0 to 1).
    pub busy_before: f64,
}

impl Results {
    pub fn workload(&self, workload: Workload) -> Option<&WorkloadResult> {
        self.workloads.iter().find(|w| w.workload == workload)
    }
}

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

/// The build-cost section to carry into a rewritten page: `page`'s own, else the one in the
/// workspace's docs/benchmarks.md, else a placeholder.
fn carried_build_cost(page: &Path) -> String {
    let docs = workspace().join("docs/benchmarks.md");
    [page, docs.as_path()]
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .find_map(|text| buildcost::extract(&text).map(str::to_string))
        .unwrap_or_else(buildcost::placeholder)
}

pub fn run(options: &Options) -> Result<(), String> {
    let started = Instant::now();
    let exe = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let target = target_dir();
    let sizes = if options.quick {
        Sizes::QUICK
    } else {
        Sizes::FULL
    };
    let mock_sizes = if options.quick {
        MockSizes::QUICK
    } else {
        MockSizes::FULL
    };
    let out = match &options.out {
        Some(dir) => dir.clone(),
        None if options.quick => {
            std::env::temp_dir().join(format!("authn-bench-quick-{}", std::process::id()))
        }
        None => workspace().join("docs"),
    };
    if cfg!(debug_assertions) {
        println!(
            "warning: this is a debug build; the figures mean little. Run it as \
             `cargo run --release -p authn-bench`."
        );
    }
    println!(
        "authn-bench{}: {} of each Rust contender per workload, {}; writing to {}",
        if options.quick { " --quick" } else { "" },
        if options.rounds == 1 {
            "one round".to_string()
        } else {
            format!("{} rounds", options.rounds)
        },
        if options.runs == 1 {
            "one full run".to_string()
        } else {
            format!("{} full runs", options.runs)
        },
        out.display()
    );

    let python = if options.python {
        python_env(&target.join("bench-venv"))
    } else {
        Python::Skipped("--no-python was given".into())
    };
    if let Python::Skipped(why) = &python {
        println!("Skipping the Python SDK contender: {why}");
    }
    let node = if options.node {
        node::node_env(&target.join("bench-node"))
    } else {
        Node::Skipped("--no-node was given".into())
    };
    if let Node::Skipped(why) = &node {
        println!("Skipping the Node SDK contender: {why}");
    }
    let prism = if options.prism {
        mock::prism_env(&target.join("bench-prism"), options.prism_spec.as_deref())
    } else {
        Prism::Skipped("--no-prism was given".into())
    };
    if let Prism::Skipped(why) = &prism {
        println!("Skipping Prism: {why}");
    }
    let emulator_bin = mock::emulator_binary(&exe);
    if let Err(why) = &emulator_bin {
        println!("Skipping the emulator-against-Prism comparison: {why}");
    }
    let peers = Peers {
        python,
        node,
        prism,
        emulator_bin,
    };

    let mut runs = Vec::new();
    for run in 1..=options.runs.max(1) {
        if options.runs > 1 {
            println!("\n######## full run {run} of {}", options.runs);
        }
        runs.push(full_run(&exe, options, &sizes, &mock_sizes, &peers)?);
    }
    let judged = report::judge(&runs.iter().map(report::targets).collect::<Vec<_>>());
    let Some(last) = runs.last() else {
        return Err("no run was made".into());
    };
    println!();
    print!("{}", report::text_table(last, &judged));
    std::fs::create_dir_all(&out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let md = out.join("benchmarks.md");
    let svg = out.join("benchmarks.svg");
    let page = report::Page {
        last,
        judged: &judged,
        runs: runs.len(),
        elapsed: started.elapsed(),
        build_cost: carried_build_cost(&md),
    };
    std::fs::write(&md, report::markdown(&page))
        .map_err(|e| format!("cannot write {}: {e}", md.display()))?;
    std::fs::write(&svg, report::svg(last))
        .map_err(|e| format!("cannot write {}: {e}", svg.display()))?;
    println!(
        "\nWrote {} and {} in {:.0} s",
        md.display(),
        svg.display(),
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

/// The contenders and servers that are not this program, set up once for every run.
struct Peers {
    python: Python,
    node: Node,
    prism: Prism,
    emulator_bin: Result<PathBuf, String>,
}

/// One full run: every workload, the emulator's own figures, the comparison with Prism.
fn full_run(
    exe: &Path,
    options: &Options,
    sizes: &Sizes,
    mock_sizes: &MockSizes,
    peers: &Peers,
) -> Result<Results, String> {
    let machine = machine();
    let busy_before = busy_share(Duration::from_secs(1));
    if busy_before > 0.1 {
        println!(
            "warning: other processes are using {:.0} % of the CPU: the figures will be noisy",
            busy_before * 100.0
        );
    }

    let mut workloads = Vec::new();
    for workload in Workload::ALL {
        workloads.push(run_workload(exe, workload, sizes, options.rounds, peers)?);
    }

    println!(
        "\n== client memory with fewer users: pagination of {} users",
        sizes.small_pagination
    );
    let server = Server::start(exe, sizes.small_pagination as u64)?;
    let small_sdk = run_rust(
        exe,
        "sdk",
        Workload::Pagination,
        sizes.small_pagination,
        Runtime::CurrentThread,
        &server,
    )?;
    let small_floor = run_rust(
        exe,
        "floor",
        Workload::Pagination,
        sizes.small_pagination,
        Runtime::CurrentThread,
        &server,
    )?;
    drop(server);

    let emulator = measure_emulator(exe, sizes)?;
    let mock = match &peers.emulator_bin {
        Ok(bin) => mock::run(exe, bin, &peers.prism, mock_sizes),
        Err(why) => Err(why.clone()),
    };

    Ok(Results {
        quick: options.quick,
        rounds: options.rounds,
        machine,
        python: peers.python.clone(),
        node: peers.node.clone(),
        prism: peers.prism.clone(),
        workloads,
        small_pagination: (small_sdk, small_floor),
        emulator,
        mock,
        busy_before,
    })
}

fn run_workload(
    exe: &Path,
    workload: Workload,
    sizes: &Sizes,
    rounds: usize,
    peers: &Peers,
) -> Result<WorkloadResult, String> {
    let n = sizes.n(workload);
    let seed = match workload {
        Workload::Pagination => n as u64,
        _ => sizes.seed,
    };
    println!(
        "\n== {}: n = {n}, {} in flight, a fresh emulator with {seed} users",
        workload.name(),
        workload.concurrency()
    );
    let server = Server::start(exe, seed)?;
    // The Rust contenders on a current-thread runtime, and for the workloads with requests in
    // flight also on the multi-thread one; every round runs each once, in alternating order,
    // so that neither always meets a warmer or a busier machine.
    let mut runtimes = vec![Runtime::CurrentThread];
    if workload.concurrency() > 1 {
        runtimes.push(Runtime::MultiThread);
    }
    let mut runs: Vec<(Runtime, &str)> = Vec::new();
    for runtime in &runtimes {
        runs.push((*runtime, "sdk"));
        runs.push((*runtime, "floor"));
    }
    let mut samples: Vec<(Runtime, &str, Sample)> = Vec::new();
    for round in 0..rounds {
        let mut order = runs.clone();
        if round % 2 == 1 {
            order.reverse();
        }
        for (runtime, contender) in order {
            let sample = run_rust(exe, contender, workload, n, runtime, &server)?;
            samples.push((runtime, contender, sample));
        }
    }
    let take = |runtime: Runtime, contender: &str| -> Vec<Sample> {
        samples
            .iter()
            .filter(|(r, c, _)| *r == runtime && *c == contender)
            .map(|(_, _, s)| s.clone())
            .collect()
    };
    let pair = |runtime: Runtime| -> Result<Pair, String> {
        let sdk = take(runtime, "sdk");
        let floor = take(runtime, "floor");
        Ok(Pair {
            sdk_rounds: sdk.iter().map(Sample::throughput).collect(),
            floor_rounds: floor.iter().map(Sample::throughput).collect(),
            sdk: median(sdk)?,
            floor: median(floor)?,
        })
    };
    let current = pair(Runtime::CurrentThread)?;
    let multi = if runtimes.contains(&Runtime::MultiThread) {
        Some(pair(Runtime::MultiThread)?)
    } else {
        None
    };
    let python = match &peers.python {
        Python::Ready { python, .. } => Some(run_python(python, workload, n, &server)?),
        Python::Skipped(_) => None,
    };
    let node = match &peers.node {
        Node::Ready { node, modules, .. } if node::runs(workload) => {
            Some(node::run_node(node, modules, workload, n, &server)?)
        }
        _ => None,
    };
    drop(server);
    Ok(WorkloadResult {
        workload,
        n,
        seed,
        current,
        python,
        node,
        multi,
    })
}

/// The round with the median throughput (all of its figures come from that one round).
fn median(mut samples: Vec<Sample>) -> Result<Sample, String> {
    samples.sort_by(|a, b| a.throughput().total_cmp(&b.throughput()));
    let middle = samples.len() / 2;
    samples
        .into_iter()
        .nth(middle)
        .ok_or_else(|| "no rounds were run".to_string())
}

fn measure_emulator(exe: &Path, sizes: &Sizes) -> Result<EmulatorFigures, String> {
    println!(
        "\n== the emulator with {} users: memory, and user.profile.get at 64 in flight",
        sizes.emulator_users
    );
    let base = Server::start(exe, sizes.seed)?;
    let base_rss_kib = base.status_kib("VmRSS")?;
    drop(base);
    let server = Server::start(exe, sizes.emulator_users)?;
    let rss_kib = server.status_kib("VmRSS")?;
    let hwm_kib = server.status_kib("VmHWM")?;
    println!(
        "   seeded in {:.1} s; resident {:.1} MiB (peak {:.1} MiB)",
        server.seed_s,
        rss_kib as f64 / 1024.0,
        hwm_kib as f64 / 1024.0
    );
    let floor_gets = run_rust(
        exe,
        "floor",
        Workload::Concurrent,
        sizes.emulator_gets,
        Runtime::CurrentThread,
        &server,
    )?;
    let sdk_gets = run_rust(
        exe,
        "sdk",
        Workload::Concurrent,
        sizes.emulator_gets,
        Runtime::CurrentThread,
        &server,
    )?;
    Ok(EmulatorFigures {
        users: sizes.emulator_users,
        rss_kib,
        hwm_kib,
        base_rss_kib,
        base_users: sizes.seed,
        seed_s: server.seed_s,
        floor_gets,
        sdk_gets,
    })
}

// ---------------------------------------------------------------------------------------------
// Children

/// An `authn-bench serve` child. Dropping it closes its stdin (it then stops), and kills it if
/// it has not stopped within five seconds.
pub struct Server {
    child: Child,
    stdin: Option<ChildStdin>,
    pub url: String,
    pub token: String,
    pub pid: u32,
    seed_s: f64,
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

    fn status_kib(&self, key: &str) -> Result<u64, String> {
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
        report::unit(&sample.workload),
        sample.p50_us,
        sample.p99_us,
        sample.cpu_per_item_us(),
        report::unit(&sample.workload),
        sample.max_rss_mib(),
    );
}

fn run_rust(
    exe: &Path,
    contender: &str,
    workload: Workload,
    n: usize,
    runtime: Runtime,
    server: &Server,
) -> Result<Sample, String> {
    let mut command = Command::new(exe);
    command.args([
        "client",
        "--contender",
        contender,
        "--runtime",
        runtime.name(),
    ]);
    let what = format!("the {contender} client ({})", workload.name());
    run_client(
        command,
        workload,
        n,
        server,
        &what,
        Duration::from_secs(600),
    )
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

fn run_python(
    python: &Path,
    workload: Workload,
    n: usize,
    server: &Server,
) -> Result<Sample, String> {
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("python/bench.py");
    let mut command = Command::new(python);
    command.arg(&script);
    let what = format!("the Python SDK client ({})", workload.name());
    run_client(
        command,
        workload,
        n,
        server,
        &what,
        Duration::from_secs(900),
    )
}

// ---------------------------------------------------------------------------------------------
// The Python SDK's virtual environment

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

/// Creates (or reuses) `venv` and installs the pinned `pangea-sdk` into it.
fn python_env(venv: &Path) -> Python {
    let Some(system_python) = output(Path::new("python3"), &["--version"]) else {
        return Python::Skipped(
            "python3 is not installed (or does not run); install Python 3 to compare with \
             Pangea's official Python SDK"
                .into(),
        );
    };
    let python = venv.join("bin/python");
    if output(&python, &["--version"]).is_none() {
        println!(
            "Creating a Python virtual environment for the Python SDK contender: \
             `python3 -m venv {}` ({system_python})",
            venv.display()
        );
        let _ = std::fs::remove_dir_all(venv);
        let created = Command::new("python3")
            .arg("-m")
            .arg("venv")
            .arg(venv)
            .stdin(Stdio::null())
            .status();
        if !created.is_ok_and(|s| s.success()) {
            return Python::Skipped(format!(
                "`python3 -m venv {}` failed (install the venv module, e.g. python3-venv)",
                venv.display()
            ));
        }
    }
    let version_check = "import importlib.metadata as m\n\
                         try:\n    print(m.version('pangea-sdk'))\n\
                         except m.PackageNotFoundError:\n    print('none')";
    let installed = output(&python, &["-c", version_check]).unwrap_or_default();
    if installed == PANGEA_SDK_VERSION {
        println!(
            "Using pangea-sdk=={PANGEA_SDK_VERSION}, already installed in {}",
            venv.display()
        );
    } else {
        println!(
            "Installing pangea-sdk=={PANGEA_SDK_VERSION} (Pangea's official Python SDK) and its \
             dependencies from PyPI into {} with pip",
            venv.display()
        );
        let requirement = format!("pangea-sdk=={PANGEA_SDK_VERSION}");
        let status = Command::new(&python)
            .args([
                "-m",
                "pip",
                "install",
                "--quiet",
                "--disable-pip-version-check",
                &requirement,
            ])
            .stdin(Stdio::null())
            .status();
        if !status.is_ok_and(|s| s.success()) {
            return Python::Skipped(format!(
                "`pip install {requirement}` into {} failed",
                venv.display()
            ));
        }
    }
    let version = output(&python, &["--version"]).unwrap_or_else(|| "Python".into());
    let packages = output(
        &python,
        &[
            "-m",
            "pip",
            "list",
            "--format=freeze",
            "--disable-pip-version-check",
        ],
    )
    .unwrap_or_default()
    .lines()
    .filter(|l| !l.starts_with("pip==") && !l.starts_with("setuptools=="))
    .collect::<Vec<_>>()
    .join(", ");
    println!("Python SDK contender: {version} with {packages}");
    Python::Ready {
        python,
        version,
        packages,
    }
}

// ---------------------------------------------------------------------------------------------
// The machine

fn first_value(text: &str, key: &str, separator: char) -> Option<String> {
    text.lines().find_map(|line| {
        let (k, v) = line.split_once(separator)?;
        (k.trim() == key).then(|| v.trim().trim_matches('"').to_string())
    })
}

/// The share of all CPUs busy over `window` (from /proc/stat), while this program waits.
fn busy_share(window: Duration) -> f64 {
    let sample = || -> Option<(u64, u64)> {
        let stat = std::fs::read_to_string("/proc/stat").ok()?;
        let line = stat.lines().next()?.strip_prefix("cpu ")?;
        let values: Vec<u64> = line
            .split_whitespace()
            .filter_map(|v| v.parse().ok())
            .collect();
        // user nice system idle iowait irq softirq steal: idle and iowait are not busy.
        let total: u64 = values.iter().take(8).sum();
        let idle = values.get(3)? + values.get(4).copied().unwrap_or(0);
        Some((total, idle))
    };
    let Some((total0, idle0)) = sample() else {
        return 0.0;
    };
    thread::sleep(window);
    let Some((total1, idle1)) = sample() else {
        return 0.0;
    };
    let total = total1.saturating_sub(total0);
    if total == 0 {
        return 0.0;
    }
    1.0 - idle1.saturating_sub(idle0) as f64 / total as f64
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
