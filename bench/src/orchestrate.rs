//! The default command: every workload with every contender, each in a process of its own,
//! against a fresh emulator per workload; then the table, the page and the chart.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread;
use std::time::{Duration, Instant};

use crate::buildcost;
use crate::client::{Runtime, Workload};
use crate::host::{Server, machine, output, run_client, target_dir, workspace};
use crate::measure::Sample;
use crate::mock::{self, MockSizes, Prism};
use crate::node::{self, Node};
use crate::report;
use crate::results::{EmulatorFigures, PANGEA_SDK_VERSION, Pair, Python, Results, WorkloadResult};

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
// The load before a run

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
