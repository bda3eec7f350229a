//! The printed table, `benchmarks.md` and `benchmarks.svg`.

use std::fmt::Write as _;

use crate::client::Workload;
use crate::measure::Sample;
use crate::orchestrate::{PANGEA_SDK_VERSION, Pair, Python, Results, WorkloadResult};

/// What the profiling of this harness's targets showed; kept in a file of its own so the
/// generated page carries it.
const PROFILING: &str = include_str!("profiling.md");

/// What a workload's throughput counts.
pub fn unit(workload: &str) -> &'static str {
    if workload == Workload::Pagination.name() {
        "user"
    } else {
        "req"
    }
}

fn contender_name(contender: &str) -> &'static str {
    match contender {
        "sdk" => "authn-sdk",
        "floor" => "floor (reqwest + Value)",
        _ => "Python SDK",
    }
}

/// The contender, and the runtime when it is tokio's multi-thread one.
fn label(sample: &Sample) -> String {
    let name = contender_name(&sample.contender);
    if sample.runtime == "multi" {
        format!("{name}, multi-thread")
    } else {
        name.to_string()
    }
}

fn what(w: &WorkloadResult) -> String {
    match w.workload {
        Workload::Sequential => format!("{} `user.profile.get`, one at a time", thousands(w.n)),
        Workload::Concurrent => format!("{} `user.profile.get`, 64 in flight", thousands(w.n)),
        Workload::Mixed => format!(
            "{} requests, 64 in flight: {} users each created, updated (disabled), profile-updated, got and deleted",
            thousands(w.n),
            thousands(w.n / 5)
        ),
        Workload::Pagination => format!("stream all of {} users, 1,000 per page", thousands(w.n)),
    }
}

pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn rate(x: f64) -> String {
    thousands(x.round() as usize)
}

fn short_rate(x: f64) -> String {
    if x >= 1e6 {
        format!("{:.2}M", x / 1e6)
    } else if x >= 1e4 {
        format!("{:.1}k", x / 1e3)
    } else if x >= 1e3 {
        format!("{:.2}k", x / 1e3)
    } else {
        format!("{x:.0}")
    }
}

fn micros(us: f64) -> String {
    if us >= 10_000.0 {
        format!("{:.1} ms", us / 1e3)
    } else if us >= 1_000.0 {
        format!("{:.2} ms", us / 1e3)
    } else if us >= 100.0 {
        format!("{us:.0} µs")
    } else {
        format!("{us:.1} µs")
    }
}

fn mib(kib: u64) -> String {
    format!("{:.1} MiB", kib as f64 / 1024.0)
}

fn times(x: f64) -> String {
    if x >= 10.0 {
        format!("{x:.0}×")
    } else {
        format!("{x:.2}×")
    }
}

/// (throughput ratio, CPU-per-item ratio) of `a` over `b`.
fn ratios(a: &Sample, b: &Sample) -> (f64, f64) {
    let cpu = if b.cpu_per_item_us() > 0.0 {
        a.cpu_per_item_us() / b.cpu_per_item_us()
    } else {
        f64::NAN
    };
    (a.throughput() / b.throughput(), cpu)
}

fn ratio_cell(a: &Sample, b: Option<&Sample>) -> String {
    match b {
        Some(b) if !std::ptr::eq(a, b) => {
            let (thr, cpu) = ratios(a, b);
            format!("{} thr, {} CPU", times(thr), times(cpu))
        }
        _ => "—".into(),
    }
}

fn rows(w: &WorkloadResult) -> Vec<&Sample> {
    let mut rows = vec![&w.current.sdk, &w.current.floor];
    rows.extend(w.python.as_ref());
    rows
}

/// Every row of a workload, with the floor it is compared with: the current-thread rows, then
/// the multi-thread ones.
fn all_rows(w: &WorkloadResult) -> Vec<(&Sample, &Sample)> {
    let mut out: Vec<(&Sample, &Sample)> =
        rows(w).into_iter().map(|x| (x, &w.current.floor)).collect();
    if let Some(multi) = &w.multi {
        out.push((&multi.sdk, &multi.floor));
        out.push((&multi.floor, &multi.floor));
    }
    out
}

fn sdk_vs_floor_targets(out: &mut Vec<Target>, name: &str, pair: (&Sample, &Sample), suffix: &str) {
    let (sdk, floor) = pair;
    let (thr, cpu) = ratios(sdk, floor);
    out.push(Target {
        what: format!("{name}: authn-sdk throughput vs the floor{suffix}"),
        goal: "≥ 0.90×".into(),
        measured: format!(
            "{} ({} vs {} req/s)",
            times(thr),
            rate(sdk.throughput()),
            rate(floor.throughput())
        ),
        met: Some(thr >= 0.9),
    });
    out.push(Target {
        what: format!("{name}: authn-sdk CPU per request vs the floor{suffix}"),
        goal: "≤ 1.20×".into(),
        measured: format!(
            "{} ({} vs {})",
            times(cpu),
            micros(sdk.cpu_per_item_us()),
            micros(floor.cpu_per_item_us())
        ),
        met: Some(cpu <= 1.2),
    });
}

// ---------------------------------------------------------------------------------------------
// Targets

/// One target of the issue, and whether this run met it.
#[derive(Debug, Clone)]
pub struct Target {
    pub what: String,
    pub goal: String,
    pub measured: String,
    /// `None` when this run could not measure it (the Python SDK was skipped).
    pub met: Option<bool>,
}

pub fn targets(r: &Results) -> Vec<Target> {
    let mut out = Vec::new();
    for w in &r.workloads {
        if w.workload == Workload::Pagination {
            continue;
        }
        sdk_vs_floor_targets(
            &mut out,
            w.workload.name(),
            (&w.current.sdk, &w.current.floor),
            "",
        );
    }
    for w in &r.workloads {
        if let Some(Pair { sdk, floor, .. }) = &w.multi {
            sdk_vs_floor_targets(
                &mut out,
                w.workload.name(),
                (sdk, floor),
                " (multi-thread runtime)",
            );
        }
    }
    for (workload, against) in [
        (Workload::Sequential, "the sync Python SDK (AuthN)"),
        (Workload::Concurrent, "AuthNAsync, 64 tasks"),
    ] {
        let Some(w) = r.workload(workload) else {
            continue;
        };
        let (measured, met) = match &w.python {
            Some(py) => {
                let thr = w.current.sdk.throughput() / py.throughput();
                (
                    format!(
                        "{} ({} vs {} req/s)",
                        times(thr),
                        rate(w.current.sdk.throughput()),
                        rate(py.throughput())
                    ),
                    Some(thr >= 5.0),
                )
            }
            None => ("not measured: the Python SDK was skipped".into(), None),
        };
        out.push(Target {
            what: format!("{}: authn-sdk throughput vs {against}", workload.name()),
            goal: "≥ 5×".into(),
            measured,
            met,
        });
    }
    if let Some(w) = r.workload(Workload::Pagination) {
        let (small, _) = &r.small_pagination;
        let big = &w.current.sdk;
        out.push(Target {
            what: format!(
                "pagination: authn-sdk client peak RSS streaming {} users",
                thousands(w.n)
            ),
            goal: "< 64 MiB".into(),
            measured: mib(big.max_rss_kib),
            met: Some(big.max_rss_kib < 64 * 1024),
        });
        let grew = big.max_rss_kib.saturating_sub(small.max_rss_kib);
        let bound = (small.max_rss_kib / 10).max(2 * 1024);
        out.push(Target {
            what: "pagination: client memory independent of the number of users".into(),
            goal: "peak RSS grows < max(10 %, 2 MiB) from 10× fewer users".into(),
            measured: format!(
                "{} users: {}; {} users: {}",
                thousands(small.items as usize),
                mib(small.max_rss_kib),
                thousands(big.items as usize),
                mib(big.max_rss_kib)
            ),
            met: Some(grew <= bound),
        });
    }
    if let Some(w) = r.workload(Workload::Concurrent) {
        let best = w.current.sdk.throughput().max(w.current.floor.throughput());
        out.push(Target {
            what: "emulator: user.profile.get at 64 in flight (best Rust client)".into(),
            goal: "≥ 20,000/s".into(),
            measured: format!("{} /s", rate(best)),
            met: Some(best >= 20_000.0),
        });
    }
    let e = &r.emulator;
    out.push(Target {
        what: format!(
            "emulator: resident memory holding {} users",
            thousands(e.users as usize)
        ),
        goal: "< 1 GiB".into(),
        measured: format!("{} (peak {})", mib(e.rss_kib), mib(e.hwm_kib)),
        met: Some(e.hwm_kib < 1024 * 1024),
    });
    out
}

fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "not measured",
    }
}

// ---------------------------------------------------------------------------------------------
// The printed table

pub fn text_table(r: &Results) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<11} {:<10} {:>12} {:>10} {:>10} {:>11} {:>10}  {:<26} {:<26}",
        "workload",
        "contender",
        "throughput",
        "p50",
        "p99",
        "CPU/unit",
        "peak RSS",
        "vs floor",
        "vs Python SDK"
    );
    for w in &r.workloads {
        for (sample, floor) in all_rows(w) {
            let who = match sample.contender.as_str() {
                "sdk" => "authn-sdk",
                "floor" => "floor",
                _ => "python",
            };
            let _ = writeln!(
                s,
                "{:<11} {:<10} {:>12} {:>10} {:>10} {:>11} {:>10}  {:<26} {:<26}",
                w.workload.name(),
                if sample.runtime == "multi" {
                    format!("{who}/mt")
                } else {
                    who.to_string()
                },
                format!("{}/s", short_rate(sample.throughput())),
                micros(sample.p50_us),
                micros(sample.p99_us),
                micros(sample.cpu_per_item_us()),
                mib(sample.max_rss_kib),
                ratio_cell(sample, Some(floor)),
                ratio_cell(sample, w.python.as_ref()),
            );
        }
    }
    let _ = writeln!(
        s,
        "(throughput and CPU are per user for pagination; /mt: on tokio's multi-thread runtime)\n"
    );
    for t in targets(r) {
        let _ = writeln!(
            s,
            "{:<7} {} {}: {}",
            verdict(t.met),
            t.what,
            t.goal,
            t.measured
        );
    }
    s
}

// ---------------------------------------------------------------------------------------------
// benchmarks.md

pub fn markdown(r: &Results) -> String {
    let mut s = String::new();
    let m = &r.machine;
    let targets = targets(r);
    let missed = targets.iter().filter(|t| t.met == Some(false)).count();
    let _ = writeln!(s, "# Benchmarks\n");
    if r.quick {
        let _ = writeln!(
            s,
            "> **A `--quick` run**: tiny counts, to keep the harness working in CI. Its figures \
             are noise; the committed `docs/benchmarks.md` comes from a full run.\n"
        );
    }
    let _ = writeln!(
        s,
        "authn-sdk side by side with the floor (the least a Rust client can do: one shared \
         `reqwest::Client` posting hand-written JSON and decoding into `serde_json::Value`) and \
         with Pangea's official Python SDK (`pangea-sdk=={PANGEA_SDK_VERSION}`), all against \
         the emulator on 127.0.0.1, measured in one run on one machine. \
         {} of {} targets met{}.\n",
        targets.iter().filter(|t| t.met == Some(true)).count(),
        targets.len(),
        if missed > 0 {
            format!(", **{missed} missed**")
        } else {
            String::new()
        }
    );
    let _ = writeln!(
        s,
        "![Throughput, client CPU per request and peak client memory per workload and contender](benchmarks.svg)\n"
    );
    let _ = writeln!(s, "| | |\n|---|---|");
    let _ = writeln!(s, "| date | {} |", m.date);
    let _ = writeln!(s, "| CPU | {} |", m.cpu);
    let _ = writeln!(
        s,
        "| cores | {} (client and emulator share them) |",
        m.cores
    );
    let _ = writeln!(s, "| memory | {} |", m.memory);
    let _ = writeln!(s, "| OS | {} |", m.os);
    let _ = writeln!(
        s,
        "| Rust | {}, {} build |",
        m.rustc,
        if m.release { "release" } else { "**debug**" }
    );
    match &r.python {
        Python::Ready {
            version, packages, ..
        } => {
            let _ = writeln!(s, "| Python | {version}; {packages} |");
        }
        Python::Skipped(why) => {
            let _ = writeln!(s, "| Python | skipped: {why} |");
        }
    }
    let _ = writeln!(
        s,
        "| load | other processes used {:.0} % of the CPU in the second before the run |",
        r.busy_before * 100.0
    );
    let _ = writeln!(
        s,
        "| command | `cargo run --release -p authn-bench{}` ({} of each Rust contender per workload; took {:.0} s) |\n",
        if r.quick { " -- --quick" } else { "" },
        if r.rounds == 1 {
            "one round".to_string()
        } else {
            format!("{} rounds", r.rounds)
        },
        r.elapsed.as_secs_f64()
    );

    let _ = writeln!(s, "## Targets\n");
    let _ = writeln!(s, "| target | goal | measured | |\n|---|---|---|---|");
    for t in &targets {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            t.what,
            t.goal,
            t.measured,
            match t.met {
                Some(true) => "✅ met",
                Some(false) => "❌ **missed**",
                None => "not measured",
            }
        );
    }

    let _ = writeln!(s, "\n## Results\n");
    let _ = writeln!(
        s,
        "Each row is one client process. Throughput is requests per second (users per second \
         for pagination); p50/p99 are per request (per page for pagination); CPU is the client \
         process's user + system time per request (per user for pagination); peak RSS is the \
         client process's `ru_maxrss`. \"vs floor\" and \"vs Python SDK\" divide this row's \
         throughput and CPU by theirs. The Rust rows are {}; the Python SDK ran once per \
         workload.\n",
        if r.rounds == 1 {
            "from one round".to_string()
        } else {
            format!(
                "the median of {} rounds by throughput (all the figures of a row come from that one round)",
                r.rounds
            )
        }
    );
    for (i, w) in r.workloads.iter().enumerate() {
        let _ = writeln!(s, "### {}. {}: {}\n", i + 1, w.workload.name(), what(w));
        let _ = writeln!(
            s,
            "A fresh emulator, seeded with {} users, served every contender of this workload.\n",
            thousands(w.seed as usize)
        );
        let _ = writeln!(
            s,
            "| contender | client | throughput | p50 | p99 | CPU / {} | peak RSS | vs floor | vs Python SDK |",
            if w.workload == Workload::Pagination {
                "user"
            } else {
                "request"
            }
        );
        let _ = writeln!(s, "|---|---|--:|--:|--:|--:|--:|---|---|");
        for (sample, floor) in all_rows(w) {
            let _ = writeln!(
                s,
                "| {} | {} | {} {}/s | {} | {} | {} | {} | {} | {} |",
                label(sample),
                sample.client,
                rate(sample.throughput()),
                unit(&sample.workload),
                micros(sample.p50_us),
                micros(sample.p99_us),
                micros(sample.cpu_per_item_us()),
                mib(sample.max_rss_kib),
                ratio_cell(sample, Some(floor)),
                ratio_cell(sample, w.python.as_ref()),
            );
        }
        let rounds = |values: &[f64]| {
            values
                .iter()
                .map(|v| rate(*v))
                .collect::<Vec<_>>()
                .join(", ")
        };
        let multi_rounds = w.multi.as_ref().map_or_else(String::new, |m| {
            format!(
                "; on the multi-thread runtime, authn-sdk {}; floor {}",
                rounds(&m.sdk_rounds),
                rounds(&m.floor_rounds)
            )
        });
        let _ = writeln!(
            s,
            "\nEvery round, {}/s: authn-sdk {}; floor {}{multi_rounds}. Emulator CPU per \
             request (from `/proc`, 10 ms ticks): {}.\n",
            unit(w.workload.name()),
            rounds(&w.current.sdk_rounds),
            rounds(&w.current.floor_rounds),
            all_rows(w)
                .iter()
                .filter_map(|(x, _)| x.server_cpu_per_request_us().map(|us| format!(
                    "{} {}",
                    label(x),
                    micros(us)
                )))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }

    let (small_sdk, small_floor) = &r.small_pagination;
    if let Some(w) = r.workload(Workload::Pagination) {
        let _ = writeln!(
            s,
            "Client memory does not follow the number of users: streaming {} users instead of \
             {} peaks at {} for authn-sdk ({} at {}) and {} for the floor ({} at {}).\n",
            thousands(small_sdk.items as usize),
            thousands(w.n),
            mib(small_sdk.max_rss_kib),
            mib(w.current.sdk.max_rss_kib),
            thousands(w.n),
            mib(small_floor.max_rss_kib),
            mib(w.current.floor.max_rss_kib),
            thousands(w.n),
        );
    }

    let e = &r.emulator;
    let per_user = (e.rss_kib.saturating_sub(e.base_rss_kib)) as f64 * 1024.0
        / (e.users.saturating_sub(e.base_users)).max(1) as f64;
    let _ = writeln!(s, "### The emulator\n");
    let _ = writeln!(
        s,
        "- Holding {} users (seeded through the library in {:.1} s), the emulator process is \
         resident in {} (peak {}); with {} users, {}: about {:.0} bytes per user.",
        thousands(e.users as usize),
        e.seed_s,
        mib(e.rss_kib),
        mib(e.hwm_kib),
        thousands(e.base_users as usize),
        mib(e.base_rss_kib),
        per_user
    );
    let _ = writeln!(
        s,
        "- With those {} users it serves {} `user.profile.get` at 64 in flight at {} req/s \
         to the floor and {} req/s to authn-sdk (p99 {} and {}).",
        thousands(e.users as usize),
        thousands(e.floor_gets.requests as usize),
        rate(e.floor_gets.throughput()),
        rate(e.sdk_gets.throughput()),
        micros(e.floor_gets.p99_us),
        micros(e.sdk_gets.p99_us),
    );
    if let Some(w) = r.workload(Workload::Concurrent) {
        let server_us = [&w.current.floor, &w.current.sdk]
            .iter()
            .filter_map(|x| x.server_cpu_per_request_us())
            .fold(f64::NAN, f64::min);
        let client_us = w.current.floor.cpu_per_item_us();
        let _ = writeln!(
            s,
            "- In the concurrent workload the emulator spent about {} of CPU per request and the \
             floor client {}: sharing {} cores, the two can do at most about {} req/s (measured: \
             {}), and the emulator alone on them would serve about {} req/s (an estimate from \
             its CPU per request). The emulator is not what limits any contender here: the \
             clients' own CPU is, and the Python SDK's CPU per request is {} on one core.\n",
            micros(server_us),
            micros(client_us),
            m.cores,
            rate(m.cores as f64 * 1e6 / (server_us + client_us)),
            rate(w.current.floor.throughput()),
            rate(m.cores as f64 * 1e6 / server_us),
            w.python
                .as_ref()
                .map_or_else(|| "not measured".into(), |p| micros(p.cpu_per_item_us())),
        );
    }

    let _ = writeln!(s, "## How it is measured\n");
    let _ = writeln!(
        s,
        "`cargo run --release -p authn-bench` (add `--quick` for tiny counts, `--no-python` to \
         leave the Python SDK out, `--rounds R`, `--out DIR`) runs everything and rewrites this \
         page and `benchmarks.svg`. Each workload gets a fresh emulator, `authn-bench serve \
         --seed-users N`, in a process of its own on 127.0.0.1 (a free port, a random token; \
         the users are seeded through the library, not over HTTP). Every contender then runs \
         the workload against it in a process of its own: `authn-bench client --contender \
         sdk|floor ...` for the Rust ones, `bench/python/bench.py` in the virtual environment \
         `target/bench-venv` for the Python SDK, which the harness creates with `python3 -m \
         venv` and installs `pangea-sdk=={PANGEA_SDK_VERSION}` into from PyPI (it says so when \
         it does, and skips this contender with a message when Python is missing or the \
         install fails).\n"
    );
    let _ = writeln!(
        s,
        "- Each client first lists 1,000 users for their ids and warms its connections up \
         with a few hundred gets at the workload's concurrency; none of that is measured.\n\
         - Around the measured section it reads its own `getrusage(RUSAGE_SELF)` (user and \
         system CPU, every thread) and the emulator's CPU from `/proc/<pid>/stat`; peak RSS is \
         the client's `ru_maxrss` over its whole life, setup included. Latency is timed per \
         request (per page for pagination: the wait for the first user of each page).\n\
         - The Rust clients run one tokio task per request in flight on a current-thread \
         runtime: one client thread, as the Python SDK's clients have (the sync `AuthN` one call \
         after the other for sequential and pagination, `AuthNAsync` with 64 asyncio tasks on \
         one event loop for concurrent and mixed), and figures that repeat. The concurrent and \
         mixed workloads also run the Rust clients on tokio's multi-thread runtime (the \
         `#[tokio::main]` default, a worker per core), the \"multi-thread\" rows. Every client \
         uses its library's defaults apart from the base URL.\n\
         - The floor builds each endpoint's URL once and passes it as a string (reqwest parses \
         it for every request, as it does the URLs of the SDK's generated client), and checks \
         what the SDK checks at the least: HTTP 200 and `\"status\": \"Success\"`. authn-sdk is \
         called as its README shows, `builder.send().await`; it also types the answer, keeps \
         the request id and the envelope, and runs its retry, polling and tracing machinery \
         (with no subscriber installed, as in an application that does not log).\n\
         - The client and the emulator share the machine's {} cores, so a client that burns \
         more CPU also slows the emulator down: throughput measures both.\n",
        m.cores
    );
    let _ = writeln!(s, "## What profiling showed\n");
    s.push_str(PROFILING.trim_end());
    s.push('\n');
    s
}

// ---------------------------------------------------------------------------------------------
// benchmarks.svg

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const COLORS: [(&str, &str, &str); 3] = [
    ("sdk", "authn-sdk", "#e8590c"),
    ("floor", "floor: reqwest + serde_json::Value", "#868e96"),
    ("python", "Pangea's Python SDK", "#1c7ed6"),
];

/// A column of the chart: its title, the value a bar shows, and the bar's label.
type Column = (&'static str, fn(&Sample) -> f64, fn(&Sample) -> String);

pub fn svg(r: &Results) -> String {
    const WIDTH: f64 = 1060.0;
    const LEFT: f64 = 215.0;
    const COLUMN: f64 = 270.0;
    const STEP: f64 = 280.0;
    const TOP: f64 = 134.0;
    const BAR: f64 = 20.0;
    const BAR_GAP: f64 = 6.0;
    const ROW: f64 = 3.0 * BAR + 2.0 * BAR_GAP + 34.0;
    let height = TOP + ROW * r.workloads.len() as f64 + 40.0;
    let mut s = String::new();
    let _ = writeln!(
        s,
        r#"<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height}" viewBox="0 0 {WIDTH} {height}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" font-size="12">
<rect width="100%" height="100%" fill="white"/>"#
    );
    let m = &r.machine;
    let _ = writeln!(
        s,
        r##"<text x="16" y="28" font-size="18" font-weight="bold">authn-sdk vs the floor vs Pangea's Python SDK, against the emulator on 127.0.0.1</text>
<text x="16" y="48" fill="#495057">{}{}; {} cores, {}; {}</text>"##,
        escape(&m.cpu),
        if r.quick {
            " (--quick: tiny counts)"
        } else {
            ""
        },
        m.cores,
        escape(&m.memory),
        escape(&m.date)
    );
    let mut x = 16.0;
    for (_, label, color) in COLORS {
        let _ = writeln!(
            s,
            r#"<rect x="{x}" y="62" width="14" height="14" fill="{color}"/><text x="{}" y="74">{}</text>"#,
            x + 20.0,
            escape(label)
        );
        x += 40.0 + label.len() as f64 * 7.0;
    }
    let columns: [Column; 3] = [
        ("Throughput", Sample::throughput, |x| {
            if unit(&x.workload) == "user" {
                format!("{} users/s", short_rate(x.throughput()))
            } else {
                format!("{}/s", short_rate(x.throughput()))
            }
        }),
        ("Client CPU per request", Sample::cpu_per_item_us, |x| {
            micros(x.cpu_per_item_us())
                + if unit(&x.workload) == "user" {
                    " per user"
                } else {
                    ""
                }
        }),
        ("Client peak memory (RSS)", Sample::max_rss_mib, |x| {
            mib(x.max_rss_kib)
        }),
    ];
    for (c, (title, _, _)) in columns.iter().enumerate() {
        let cx = LEFT + c as f64 * STEP;
        let hint = if c == 0 {
            "longer is better"
        } else {
            "shorter is better"
        };
        let _ = writeln!(
            s,
            r##"<text x="{cx}" y="{}" font-weight="bold">{}</text><text x="{cx}" y="{}" font-size="11" fill="#495057">{hint}</text>"##,
            TOP - 28.0,
            escape(title),
            TOP - 13.0,
        );
    }
    for (i, w) in r.workloads.iter().enumerate() {
        let y0 = TOP + i as f64 * ROW;
        if i % 2 == 0 {
            let _ = writeln!(
                s,
                r##"<rect x="8" y="{}" width="{}" height="{ROW}" fill="#f8f9fa"/>"##,
                y0 - 6.0,
                WIDTH - 16.0
            );
        }
        let detail = match w.workload {
            Workload::Sequential => format!("{} profile.get, 1 in flight", thousands(w.n)),
            Workload::Concurrent => format!("{} profile.get, 64 in flight", thousands(w.n)),
            Workload::Mixed => format!("{} CRUD calls, 64 in flight", thousands(w.n)),
            Workload::Pagination => format!("{} users, 1,000 a page", thousands(w.n)),
        };
        let _ = writeln!(
            s,
            r##"<text x="16" y="{}" font-size="14" font-weight="bold">{}. {}</text><text x="16" y="{}" font-size="11" fill="#495057">{}</text>"##,
            y0 + 24.0,
            i + 1,
            w.workload.name(),
            y0 + 42.0,
            escape(&detail)
        );
        let samples: Vec<Option<&Sample>> = vec![
            Some(&w.current.sdk),
            Some(&w.current.floor),
            w.python.as_ref(),
        ];
        for (c, (_, value, label)) in columns.iter().enumerate() {
            let cx = LEFT + c as f64 * STEP;
            let max = samples
                .iter()
                .flatten()
                .map(|x| value(x))
                .fold(0.0_f64, f64::max);
            let room = COLUMN - 165.0;
            for (b, sample) in samples.iter().enumerate() {
                let y = y0 + b as f64 * (BAR + BAR_GAP);
                let color = COLORS[b].2;
                match sample {
                    Some(x) => {
                        let length = if max > 0.0 {
                            (value(x) / max * room).max(1.0)
                        } else {
                            1.0
                        };
                        // authn-sdk's throughput and CPU also say how they compare with the floor.
                        let versus = match (b, c) {
                            (0, 0 | 1) if value(&w.current.floor) > 0.0 => {
                                format!(" · {} floor", times(value(x) / value(&w.current.floor)))
                            }
                            _ => String::new(),
                        };
                        let _ = writeln!(
                            s,
                            r#"<rect x="{cx}" y="{y}" width="{length:.1}" height="{BAR}" fill="{color}"/><text x="{:.1}" y="{}" font-size="11.5">{}{}</text>"#,
                            cx + length + 5.0,
                            y + BAR - 5.5,
                            escape(&label(x)),
                            escape(&versus)
                        );
                    }
                    None => {
                        let _ = writeln!(
                            s,
                            r##"<text x="{cx}" y="{}" fill="#868e96">not run</text>"##,
                            y + BAR - 5.0
                        );
                    }
                }
            }
        }
    }
    let _ = writeln!(
        s,
        r##"<text x="16" y="{}" font-size="11" fill="#495057">Each bar is one client process, the Rust ones on a current-thread tokio runtime ({}). Tables, the multi-thread runtime, ratios and method: docs/benchmarks.md.</text>"##,
        height - 16.0,
        if r.rounds == 1 {
            "one round".to_string()
        } else {
            format!("median of {} rounds", r.rounds)
        }
    );
    s.push_str("</svg>\n");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1000), "1,000");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }

    #[test]
    fn durations_and_rates_read_well() {
        assert_eq!(micros(42.34), "42.3 µs");
        assert_eq!(micros(1234.0), "1.23 ms");
        assert_eq!(short_rate(23_456.0), "23.5k");
        assert_eq!(short_rate(512.0), "512");
    }
}
