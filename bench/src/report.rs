//! The printed table, `benchmarks.md` and `benchmarks.svg`.

use std::fmt::Write as _;
use std::time::Duration;

use crate::client::Workload;
use crate::host::unit;
use crate::measure::Sample;
use crate::mock::{MockFigures, PRISM_VERSION, Prism};
use crate::node::{Node, PANGEA_NODE_SDK_VERSION};
use crate::results::{PANGEA_SDK_VERSION, Pair, Python, Results, WorkloadResult};
use crate::stats;

/// What the profiling of this harness's targets showed; kept in a file of its own so the
/// generated page carries it.
const PROFILING: &str = include_str!("profiling.md");

fn contender_name(contender: &str) -> &'static str {
    match contender {
        "sdk" => "authn-sdk",
        "floor" => "floor (reqwest + Value)",
        "node" => "Node SDK",
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
    rows.extend(w.node.as_ref());
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

// ---------------------------------------------------------------------------------------------
// Targets

/// What a target asks of its figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Goal {
    AtLeast(f64),
    AtMost(f64),
    Below(f64),
}

impl Goal {
    pub fn met(self, value: f64) -> bool {
        match self {
            Goal::AtLeast(bound) => value >= bound,
            Goal::AtMost(bound) => value <= bound,
            Goal::Below(bound) => value < bound,
        }
    }
}

/// How a target's figure reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Figure {
    /// A ratio: `0.97×`.
    Times,
    /// Per second: `59,213 /s`.
    Rate,
    /// MiB: `8.6 MiB`.
    Mib,
    /// A share of an allowance: `12 % of the allowance`.
    Allowance,
}

fn show(figure: Figure, value: f64) -> String {
    match figure {
        Figure::Times => times(value),
        Figure::Rate => format!("{} /s", rate(value)),
        Figure::Mib => format!("{value:.1} MiB"),
        Figure::Allowance => format!("{:.0} % of the allowance", value * 100.0),
    }
}

/// One target of the issues, with this run's figure.
#[derive(Debug, Clone)]
pub struct Target {
    pub what: String,
    pub goal_text: String,
    pub goal: Goal,
    pub figure: Figure,
    /// The figure the goal is judged on; `None` when this run could not measure it.
    pub value: Option<f64>,
    /// This run's figures behind the value, or why it was not measured.
    pub detail: String,
}

/// A target judged over every full run: on the median of its figures.
#[derive(Debug, Clone)]
pub struct Judged {
    /// The target as the last run measured it.
    pub target: Target,
    /// Its figure in each run that measured it.
    pub values: Vec<f64>,
    pub median: Option<f64>,
    pub met: Option<bool>,
}

impl Judged {
    /// The measured cell: the median, the spread over the runs, the last run's figures.
    pub fn measured(&self) -> String {
        let t = &self.target;
        let Some(median) = self.median else {
            return t.detail.clone();
        };
        let detail = if t.detail.is_empty() {
            String::new()
        } else {
            format!("; last run: {}", t.detail)
        };
        match stats::spread(&self.values) {
            Some((min, max)) if self.values.len() > 1 => format!(
                "{} (median of {} runs; spread {} – {}{detail})",
                show(t.figure, median),
                self.values.len(),
                show(t.figure, min),
                show(t.figure, max),
            ),
            _ if t.detail.is_empty() => show(t.figure, median),
            _ => format!("{} ({})", show(t.figure, median), t.detail),
        }
    }
}

/// Judges the targets of the last run on the median of their figures over `runs` (matched by
/// what they say).
pub fn judge(runs: &[Vec<Target>]) -> Vec<Judged> {
    let Some(last) = runs.last() else {
        return Vec::new();
    };
    last.iter()
        .map(|target| {
            let values: Vec<f64> = runs
                .iter()
                .filter_map(|run| run.iter().find(|t| t.what == target.what)?.value)
                .collect();
            let median = stats::median(&values);
            Judged {
                target: target.clone(),
                met: median.map(|m| target.goal.met(m)),
                values,
                median,
            }
        })
        .collect()
}

/// The run-time targets against the floor (issue 15: raised from 0.90× and 1.20×).
pub const FLOOR_THROUGHPUT: f64 = 0.95;
pub const FLOOR_CPU: f64 = 1.10;

/// A goal and how the page states it.
type Stated = (Goal, &'static str);

const FLOOR_GOALS: (Stated, Stated) = (
    (Goal::AtLeast(FLOOR_THROUGHPUT), "≥ 0.95×"),
    (Goal::AtMost(FLOOR_CPU), "≤ 1.10×"),
);
const NODE_GOALS: (Stated, Stated) = (
    (Goal::AtLeast(3.0), "≥ 3×"),
    (Goal::AtMost(1.0 / 3.0), "≤ 1/3 (0.33×)"),
);

/// The throughput and the CPU-per-request targets of authn-sdk against `other`.
fn ratio_targets(
    out: &mut Vec<Target>,
    (thr_what, cpu_what): (String, String),
    ((thr_goal, thr_text), (cpu_goal, cpu_text)): (Stated, Stated),
    sdk: &Sample,
    other: &Sample,
) {
    let (thr, cpu) = ratios(sdk, other);
    out.push(Target {
        what: thr_what,
        goal_text: thr_text.into(),
        goal: thr_goal,
        figure: Figure::Times,
        value: Some(thr),
        detail: format!(
            "{} vs {} req/s",
            rate(sdk.throughput()),
            rate(other.throughput())
        ),
    });
    out.push(Target {
        what: cpu_what,
        goal_text: cpu_text.into(),
        goal: cpu_goal,
        figure: Figure::Times,
        value: (!cpu.is_nan()).then_some(cpu),
        detail: format!(
            "{} vs {}",
            micros(sdk.cpu_per_item_us()),
            micros(other.cpu_per_item_us())
        ),
    });
}

fn sdk_vs_floor_targets(out: &mut Vec<Target>, name: &str, pair: (&Sample, &Sample), suffix: &str) {
    let whats = (
        format!("{name}: authn-sdk throughput vs the floor{suffix}"),
        format!("{name}: authn-sdk CPU per request vs the floor{suffix}"),
    );
    ratio_targets(out, whats, FLOOR_GOALS, pair.0, pair.1);
}

fn not_measured(what: String, goal_text: &str, goal: Goal, figure: Figure, why: String) -> Target {
    Target {
        what,
        goal_text: goal_text.into(),
        goal,
        figure,
        value: None,
        detail: format!("not measured: {why}"),
    }
}

fn node_targets(out: &mut Vec<Target>, r: &Results) {
    for workload in [Workload::Sequential, Workload::Concurrent, Workload::Mixed] {
        let Some(w) = r.workload(workload) else {
            continue;
        };
        let whats = (
            format!("{}: authn-sdk throughput vs the Node SDK", workload.name()),
            format!(
                "{}: authn-sdk CPU per request vs the Node SDK",
                workload.name()
            ),
        );
        if let Some(js) = &w.node {
            ratio_targets(out, whats, NODE_GOALS, &w.current.sdk, js);
            continue;
        }
        let why = match &r.node {
            Node::Skipped(why) => format!("the Node SDK was skipped ({why})"),
            Node::Ready { .. } => "the Node SDK did not run this workload".into(),
        };
        let ((thr_goal, thr_text), (cpu_goal, cpu_text)) = NODE_GOALS;
        out.push(not_measured(
            whats.0,
            thr_text,
            thr_goal,
            Figure::Times,
            why.clone(),
        ));
        out.push(not_measured(
            whats.1,
            cpu_text,
            cpu_goal,
            Figure::Times,
            why,
        ));
    }
}

fn mock_targets(out: &mut Vec<Target>, r: &Results) {
    let start_what = "emulator binary: start to first answer, vs Prism".to_string();
    let gets_what = "emulator binary: user.profile.get at 64 in flight, vs Prism".to_string();
    let (start_goal, gets_goal) = (Goal::AtLeast(20.0), Goal::AtLeast(5.0));
    let prism = match &r.mock {
        Ok(MockFigures {
            emulator,
            prism: Ok(prism),
            ..
        }) => Ok((emulator, prism)),
        Ok(MockFigures {
            prism: Err(why), ..
        })
        | Err(why) => Err(why.clone()),
    };
    match prism {
        Ok((emulator, prism)) => {
            out.push(Target {
                what: start_what,
                goal_text: "≥ 20× faster".into(),
                goal: start_goal,
                figure: Figure::Times,
                value: Some(prism.start_s() / emulator.start_s()),
                detail: format!(
                    "{} vs {}, medians of {} and {} starts",
                    millis(emulator.start_s()),
                    millis(prism.start_s()),
                    emulator.starts_s.len(),
                    prism.starts_s.len()
                ),
            });
            out.push(Target {
                what: gets_what,
                goal_text: "≥ 5× the requests per second".into(),
                goal: gets_goal,
                figure: Figure::Times,
                value: Some(emulator.gets.throughput() / prism.gets.throughput()),
                detail: format!(
                    "{} vs {} req/s",
                    rate(emulator.gets.throughput()),
                    rate(prism.gets.throughput())
                ),
            });
        }
        Err(why) => {
            out.push(not_measured(
                start_what,
                "≥ 20× faster",
                start_goal,
                Figure::Times,
                why.clone(),
            ));
            out.push(not_measured(
                gets_what,
                "≥ 5× the requests per second",
                gets_goal,
                Figure::Times,
                why,
            ));
        }
    }
}

fn millis(seconds: f64) -> String {
    if seconds >= 1.0 {
        format!("{seconds:.2} s")
    } else {
        micros(seconds * 1e6)
    }
}

/// Every run-time target, with this run's figures.
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
        let what = format!("{}: authn-sdk throughput vs {against}", workload.name());
        match &w.python {
            Some(py) => out.push(Target {
                what,
                goal_text: "≥ 5×".into(),
                goal: Goal::AtLeast(5.0),
                figure: Figure::Times,
                value: Some(w.current.sdk.throughput() / py.throughput()),
                detail: format!(
                    "{} vs {} req/s",
                    rate(w.current.sdk.throughput()),
                    rate(py.throughput())
                ),
            }),
            None => out.push(not_measured(
                what,
                "≥ 5×",
                Goal::AtLeast(5.0),
                Figure::Times,
                "the Python SDK was skipped".into(),
            )),
        }
    }
    node_targets(&mut out, r);
    if let Some(w) = r.workload(Workload::Pagination) {
        let (small, _) = &r.small_pagination;
        let big = &w.current.sdk;
        out.push(Target {
            what: format!(
                "pagination: authn-sdk client peak RSS streaming {} users",
                thousands(w.n)
            ),
            goal_text: "< 64 MiB".into(),
            goal: Goal::Below(64.0),
            figure: Figure::Mib,
            value: Some(big.max_rss_mib()),
            detail: String::new(),
        });
        let grew = big.max_rss_kib.saturating_sub(small.max_rss_kib);
        let bound = (small.max_rss_kib / 10).max(2 * 1024);
        out.push(Target {
            what: "pagination: client memory independent of the number of users".into(),
            goal_text: "peak RSS grows < max(10 %, 2 MiB) from 10× fewer users".into(),
            goal: Goal::AtMost(1.0),
            figure: Figure::Allowance,
            value: Some(grew as f64 / bound as f64),
            detail: format!(
                "{} users: {}; {} users: {}",
                thousands(small.items as usize),
                mib(small.max_rss_kib),
                thousands(big.items as usize),
                mib(big.max_rss_kib)
            ),
        });
    }
    if let Some(w) = r.workload(Workload::Concurrent) {
        let best = w.current.sdk.throughput().max(w.current.floor.throughput());
        out.push(Target {
            what: "emulator: user.profile.get at 64 in flight (best Rust client)".into(),
            goal_text: "≥ 20,000/s".into(),
            goal: Goal::AtLeast(20_000.0),
            figure: Figure::Rate,
            value: Some(best),
            detail: String::new(),
        });
    }
    let e = &r.emulator;
    out.push(Target {
        what: format!(
            "emulator: peak resident memory holding {} users",
            thousands(e.users as usize)
        ),
        goal_text: "< 1 GiB".into(),
        goal: Goal::Below(1024.0),
        figure: Figure::Mib,
        value: Some(e.hwm_kib as f64 / 1024.0),
        detail: format!("resident {} after seeding", mib(e.rss_kib)),
    });
    mock_targets(&mut out, r);
    out
}

pub fn verdict(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "met",
        Some(false) => "MISSED",
        None => "not measured",
    }
}

pub fn verdict_cell(met: Option<bool>) -> &'static str {
    match met {
        Some(true) => "✅ met",
        Some(false) => "❌ **missed**",
        None => "not measured",
    }
}

// ---------------------------------------------------------------------------------------------
// The printed table

pub fn text_table(r: &Results, judged: &[Judged]) -> String {
    let mut s = String::new();
    let _ = writeln!(
        s,
        "{:<11} {:<10} {:>12} {:>10} {:>10} {:>11} {:>10}  {:<22} {:<22} {:<22}",
        "workload",
        "contender",
        "throughput",
        "p50",
        "p99",
        "CPU/unit",
        "peak RSS",
        "vs floor",
        "vs Python SDK",
        "vs Node SDK"
    );
    for w in &r.workloads {
        for (sample, floor) in all_rows(w) {
            let who = match sample.contender.as_str() {
                "sdk" => "authn-sdk",
                "floor" => "floor",
                "node" => "node",
                _ => "python",
            };
            let _ = writeln!(
                s,
                "{:<11} {:<10} {:>12} {:>10} {:>10} {:>11} {:>10}  {:<22} {:<22} {:<22}",
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
                ratio_cell(sample, w.node.as_ref()),
            );
        }
    }
    let _ = writeln!(
        s,
        "(throughput and CPU are per user for pagination; /mt: on tokio's multi-thread runtime)\n"
    );
    for j in judged {
        let _ = writeln!(
            s,
            "{:<12} {} {}: {}",
            verdict(j.met),
            j.target.what,
            j.target.goal_text,
            j.measured()
        );
    }
    s
}

// ---------------------------------------------------------------------------------------------
// benchmarks.md

/// What the page is made of: the figures of the last full run, the targets judged over all of
/// them, and the build-cost section carried over from its own run.
#[derive(Debug)]
pub struct Page<'a> {
    pub last: &'a Results,
    pub judged: &'a [Judged],
    pub runs: usize,
    /// Of every run together.
    pub elapsed: Duration,
    pub build_cost: String,
}

/// The command that made the run, as the page shows it.
fn command(page: &Page<'_>) -> String {
    let r = page.last;
    let mut flags = Vec::new();
    if r.quick {
        flags.push("--quick".to_string());
    }
    if page.runs > 1 {
        flags.push(format!("--runs {}", page.runs));
    }
    if matches!(&r.python, Python::Skipped(why) if why.starts_with("--no-python")) {
        flags.push("--no-python".into());
    }
    if matches!(&r.node, Node::Skipped(why) if why.starts_with("--no-node")) {
        flags.push("--no-node".into());
    }
    if matches!(&r.prism, Prism::Skipped(why) if why.starts_with("--no-prism")) {
        flags.push("--no-prism".into());
    }
    if flags.is_empty() {
        "cargo run --release -p authn-bench".into()
    } else {
        format!("cargo run --release -p authn-bench -- {}", flags.join(" "))
    }
}

pub fn markdown(page: &Page<'_>) -> String {
    let r = page.last;
    let mut s = String::new();
    let m = &r.machine;
    let judged = page.judged;
    let missed = judged.iter().filter(|t| t.met == Some(false)).count();
    let unmeasured = judged.iter().filter(|t| t.met.is_none()).count();
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
         with Pangea's official Python SDK (`pangea-sdk=={PANGEA_SDK_VERSION}`) and Node SDK \
         (`pangea-node-sdk@{PANGEA_NODE_SDK_VERSION}`), all against the emulator on 127.0.0.1; \
         the emulator against Pangea's own mock server, Prism; and, in its own dated section, \
         what authn-sdk costs a user's build. All on one machine. {} of {} run-time targets \
         met{}{}, judged on {}.\n",
        judged.iter().filter(|t| t.met == Some(true)).count(),
        judged.len(),
        if missed > 0 {
            format!(", **{missed} missed**")
        } else {
            String::new()
        },
        if unmeasured > 0 {
            format!(", {unmeasured} not measured")
        } else {
            String::new()
        },
        if page.runs == 1 {
            "one full run".to_string()
        } else {
            format!(
                "the median of {} full runs (the spread of each is shown; the tables show the \
                 last run)",
                page.runs
            )
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
    match &r.node {
        Node::Ready { node_version, .. } => {
            let _ = writeln!(
                s,
                "| Node.js | {node_version}; pangea-node-sdk {PANGEA_NODE_SDK_VERSION} (npm, with its dependencies) |"
            );
        }
        Node::Skipped(why) => {
            let _ = writeln!(s, "| Node.js | Node SDK skipped: {why} |");
        }
    }
    match &r.prism {
        Prism::Ready {
            spec, node_version, ..
        } => {
            let _ = writeln!(
                s,
                "| Prism | @stoplight/prism-cli {PRISM_VERSION} on Node.js {node_version}, serving `{}` |",
                spec.display()
            );
        }
        Prism::Skipped(why) => {
            let _ = writeln!(s, "| Prism | skipped: {why} |");
        }
    }
    let _ = writeln!(
        s,
        "| load | other processes used {:.0} % of the CPU in the second before the last run |",
        r.busy_before * 100.0
    );
    let _ = writeln!(
        s,
        "| command | `{}` ({} of each Rust contender per workload{}; took {:.0} s) |\n",
        command(page),
        if r.rounds == 1 {
            "one round".to_string()
        } else {
            format!("{} rounds", r.rounds)
        },
        if page.runs == 1 {
            String::new()
        } else {
            format!(", {} full runs", page.runs)
        },
        page.elapsed.as_secs_f64()
    );

    let _ = writeln!(s, "## Targets\n");
    let _ = writeln!(
        s,
        "{}\n",
        if page.runs == 1 {
            "Judged on the one full run below.".to_string()
        } else {
            format!(
                "Judged on the median of each figure over {} full runs, with its spread (the \
                 lowest and the highest run); \"last run\" gives the figures of the run the \
                 tables below come from.",
                page.runs
            )
        }
    );
    let _ = writeln!(s, "| target | goal | measured | |\n|---|---|---|---|");
    for j in judged {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            j.target.what,
            j.target.goal_text,
            j.measured(),
            verdict_cell(j.met)
        );
    }
    let _ = writeln!(s);
    s.push_str(page.build_cost.trim_end());
    s.push('\n');

    let _ = writeln!(s, "\n## Results\n");
    let _ = writeln!(
        s,
        "Each row is one client process. Throughput is requests per second (users per second \
         for pagination); p50/p99 are per request (per page for pagination); CPU is the client \
         process's user + system time per request (per user for pagination); peak RSS is the \
         client process's `ru_maxrss`. \"vs floor\", \"vs Python SDK\" and \"vs Node SDK\" \
         divide this row's throughput and CPU by theirs. The Rust rows are {}; the Python and \
         Node SDKs ran once per workload (the Node SDK the sequential, concurrent and mixed \
         ones).\n",
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
            "| contender | client | throughput | p50 | p99 | CPU / {} | peak RSS | vs floor | vs Python SDK | vs Node SDK |",
            if w.workload == Workload::Pagination {
                "user"
            } else {
                "request"
            }
        );
        let _ = writeln!(s, "|---|---|--:|--:|--:|--:|--:|---|---|---|");
        for (sample, floor) in all_rows(w) {
            let _ = writeln!(
                s,
                "| {} | {} | {} {}/s | {} | {} | {} | {} | {} | {} | {} |",
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
                ratio_cell(sample, w.node.as_ref()),
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
    mock_section(&mut s, r);

    how_to_run(&mut s);
    let _ = writeln!(s, "## How it is measured\n");
    let _ = writeln!(
        s,
        "The default command runs everything and rewrites this page and `benchmarks.svg`, \
         keeping the build-cost section as it was. Each workload gets a fresh emulator, `authn-bench serve \
         --seed-users N`, in a process of its own on 127.0.0.1 (a free port, a random token; \
         the users are seeded through the library, not over HTTP). Every contender then runs \
         the workload against it in a process of its own: `authn-bench client --contender \
         sdk|floor ...` for the Rust ones, `bench/python/bench.py` in the virtual environment \
         `target/bench-venv` for the Python SDK, which the harness creates with `python3 -m \
         venv` and installs `pangea-sdk=={PANGEA_SDK_VERSION}` into from PyPI (it says so when \
         it does, and skips this contender with a message when Python is missing or the \
         install fails), and `bench/node/bench.cjs` with the machine's `node` for the Node SDK, \
         which the harness installs (`pangea-node-sdk@{PANGEA_NODE_SDK_VERSION}`, exact, with \
         npm) into `target/bench-node` (skipped likewise when Node.js, npm or the install is \
         missing). With `--runs N` all of it, the comparison with Prism included, is done N \
         times over and every target is judged on the median of its N figures.\n"
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
         one event loop for concurrent and mixed) and the Node SDK has (its promise-based \
         `AuthNService`, one call awaited at a time for sequential, 64 async workers on Node's \
         one event loop for concurrent and mixed, on Node's built-in `fetch`, whose CPU \
         `process.cpuUsage()` counts over every thread of the process), and figures that \
         repeat. The concurrent and \
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
         more CPU also slows the emulator down: throughput measures both.",
        m.cores
    );
    let _ = writeln!(
        s,
        "- The comparison with Prism starts the `authn-emulator` binary (built by the harness \
         with `cargo build -p authn-bench -p authn-emulator --bin authn-emulator`, so with the \
         dependencies' features already built for the harness) and Prism (`prism mock -h \
         127.0.0.1 -p PORT <description>`, installed with npm into `target/bench-prism`, \
         its request log written to `target/bench-prism/prism.log`) on a free port, and times \
         from `spawn` to the first HTTP answer to a `user/profile/get` sent on a fresh \
         connection every half millisecond (the median of several starts). Then the floor's \
         client, in a process of its own (`authn-bench client --contender floor --workload \
         concurrent --id ID`), sends `user/profile/get` for one id at 64 in flight, after a \
         warm-up, and accepts any HTTP 200 answer (Prism answers the description's example, \
         whose `status` is `success`); the emulator gets a user created first, so it answers \
         with that user. The in-process figure is the median of many `Emulator::start()` + \
         `shutdown()` on a current-thread tokio runtime, as `#[tokio::test]` runs them.\n"
    );
    let _ = writeln!(s, "## What profiling showed\n");
    s.push_str(PROFILING.trim_end());
    s.push('\n');
    s
}

fn mock_section(s: &mut String, r: &Results) {
    let _ = writeln!(s, "### The emulator against Prism\n");
    let figures = match &r.mock {
        Ok(figures) => figures,
        Err(why) => {
            let _ = writeln!(s, "Not measured in this run: {why}.\n");
            return;
        }
    };
    let starts = |f: &crate::mock::ServerFigures| {
        f.starts_s
            .iter()
            .map(|x| millis(*x))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        s,
        "The offline test server a user would otherwise pick is Pangea's own: Prism serving \
         Pangea's official description, which is how Pangea tests its SDKs.\n"
    );
    let _ = writeln!(
        s,
        "| server | start to first answer | every start | user.profile.get, 64 in flight | p50 | p99 | server CPU / request |\n|---|--:|---|--:|--:|--:|--:|"
    );
    let row = |s: &mut String, name: &str, f: &crate::mock::ServerFigures| {
        let _ = writeln!(
            s,
            "| {name} | {} | {} | {} req/s ({} requests) | {} | {} | {} |",
            millis(f.start_s()),
            starts(f),
            rate(f.gets.throughput()),
            thousands(f.gets.requests as usize),
            micros(f.gets.p50_us),
            micros(f.gets.p99_us),
            f.gets
                .server_cpu_per_request_us()
                .map_or_else(|| "—".into(), micros),
        );
    };
    row(s, "`authn-emulator` binary", &figures.emulator);
    match &figures.prism {
        Ok(prism) => row(s, &format!("Prism {PRISM_VERSION}"), prism),
        Err(why) => {
            let _ = writeln!(s, "| Prism | not measured: {why} | | | | | |");
        }
    }
    let us = &figures.in_process_us;
    let mut sorted: Vec<u64> = us.iter().map(|x| x.round() as u64).collect();
    let _ = writeln!(
        s,
        "\nIn process, `authn_emulator::Emulator::start()` + `shutdown()`, which is what each of \
         a user's tests pays: {} median, p99 {}, over {} repetitions on a current-thread \
         runtime. (Prism {PRISM_VERSION} refuses every `user/list` body of the official \
         description, because of a `$ref` beside `unevaluatedProperties`, so only \
         `user/profile/get` is compared.)\n",
        micros(stats::median(us).unwrap_or(f64::NAN)),
        micros(crate::measure::quantile(&mut sorted, 0.99)),
        thousands(us.len()),
    );
}

fn how_to_run(s: &mut String) {
    let _ = writeln!(s, "## How to run each mode\n");
    let _ = writeln!(
        s,
        "| what | command | takes (2 cores) |\n|---|---|---|\n\
         | everything at run time, one full run, this page rewritten (its build-cost section kept) | `cargo run --release -p authn-bench` | about 3 minutes |\n\
         | the same, targets judged on the median of N full runs | `cargo run --release -p authn-bench -- --runs 5` | about 15 minutes |\n\
         | tiny counts, to check the harness works (CI runs this; written to a temporary directory unless `--out`) | `cargo run --release -p authn-bench -- --quick` | under a minute |\n\
         | leave a peer out | `--no-python`, `--no-node`, `--no-prism` | |\n\
         | Pangea's description for Prism from elsewhere | `--prism-spec FILE` (default `/work/shared/reference/pangea-authn.openapi.json`, else `shared/reference/` beside the workspace) | |\n\
         | rounds of each Rust contender per workload | `--rounds R` (default 11) | |\n\
         | build cost, full measurement (two cold builds of each project), the build-cost section rewritten | `cargo run --release -p authn-bench -- build-cost` | about 20 minutes on a quiet machine |\n\
         | build cost, cheaply: one build of chosen projects, written elsewhere | `cargo run --release -p authn-bench -- build-cost --builds 1 --sets baseline,default --out target/bc` | about 5 minutes |\n\
         | build cost: the section written again from the last build-cost run's figures, building nothing | `cargo run --release -p authn-bench -- build-cost --from-json target/bench-build-cost/build-cost.json` | seconds |\n\
         | one workload with one Rust contender, one JSON line | `authn-bench client --contender sdk --workload concurrent --url URL --token T --n 10000` (after `authn-bench serve --seed-users 1000`) | |\n"
    );
}

// ---------------------------------------------------------------------------------------------
// benchmarks.svg

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

const COLORS: [(&str, &str, &str); 4] = [
    ("sdk", "authn-sdk", "#e8590c"),
    ("floor", "floor: reqwest + serde_json::Value", "#868e96"),
    ("python", "Pangea's Python SDK", "#1c7ed6"),
    ("node", "Pangea's Node SDK", "#2f9e44"),
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
    const ROW: f64 = 4.0 * BAR + 3.0 * BAR_GAP + 30.0;
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
        r##"<text x="16" y="28" font-size="18" font-weight="bold">authn-sdk vs the floor vs Pangea's Python and Node SDKs, against the emulator on 127.0.0.1</text>
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
            w.node.as_ref(),
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
        assert_eq!(millis(0.0050), "5.00 ms");
        assert_eq!(millis(1.4362), "1.44 s");
    }

    #[test]
    fn goals_are_inclusive_except_below() {
        assert!(Goal::AtLeast(0.95).met(0.95));
        assert!(!Goal::AtLeast(0.95).met(0.949));
        assert!(Goal::AtMost(1.10).met(1.10));
        assert!(!Goal::AtMost(1.10).met(1.101));
        assert!(Goal::Below(64.0).met(63.9));
        assert!(!Goal::Below(64.0).met(64.0));
    }

    fn target(what: &str, goal: Goal, value: Option<f64>) -> Target {
        Target {
            what: what.into(),
            goal_text: "≥ 0.95×".into(),
            goal,
            figure: Figure::Times,
            value,
            detail: format!("detail of {what}"),
        }
    }

    #[test]
    fn targets_are_judged_on_the_median_of_the_runs() {
        let goal = Goal::AtLeast(0.95);
        // One bad run of three does not miss the target; the median does.
        let runs = vec![
            vec![target("a", goal, Some(0.97)), target("b", goal, Some(0.90))],
            vec![target("a", goal, Some(0.80)), target("b", goal, Some(0.94))],
            vec![target("a", goal, Some(0.99)), target("b", goal, Some(0.99))],
        ];
        let judged = judge(&runs);
        assert_eq!(judged.len(), 2);
        assert_eq!(judged[0].median, Some(0.97));
        assert_eq!(judged[0].met, Some(true));
        assert_eq!(judged[1].median, Some(0.94));
        assert_eq!(judged[1].met, Some(false));
        assert_eq!(
            judged[0].measured(),
            "0.97× (median of 3 runs; spread 0.80× – 0.99×; last run: detail of a)"
        );
        assert!(judge(&[]).is_empty());
    }

    #[test]
    fn a_target_no_run_measured_is_not_judged() {
        let goal = Goal::AtLeast(3.0);
        let mut skipped = target("node", goal, None);
        skipped.detail = "not measured: the Node SDK was skipped".into();
        let judged = judge(&[vec![skipped.clone()], vec![skipped]]);
        assert_eq!(judged[0].met, None);
        assert_eq!(
            judged[0].measured(),
            "not measured: the Node SDK was skipped"
        );
        // A target measured in some runs only is judged on those.
        let judged = judge(&[
            vec![target("x", goal, Some(4.0))],
            vec![target("x", goal, None)],
        ]);
        assert_eq!(judged[0].values, [4.0]);
        assert_eq!(judged[0].met, Some(true));
    }

    #[test]
    fn one_run_shows_its_figure_and_details() {
        let judged = judge(&[vec![target("a", Goal::AtLeast(0.95), Some(1.0))]]);
        assert_eq!(judged[0].measured(), "1.00× (detail of a)");
        let mut bare = target("rss", Goal::Below(64.0), Some(8.6));
        bare.figure = Figure::Mib;
        bare.detail.clear();
        assert_eq!(judge(&[vec![bare]])[0].measured(), "8.6 MiB");
    }

    // A whole run's results, made up, to render.

    fn sample(
        contender: &str,
        workload: Workload,
        runtime: &str,
        rate: f64,
        cpu_us: f64,
    ) -> Sample {
        let items = 10_000;
        let wall_s = items as f64 / rate;
        Sample {
            contender: contender.into(),
            workload: workload.name().into(),
            client: format!("{contender} client"),
            requests: items,
            items,
            concurrency: workload.concurrency() as u64,
            runtime: runtime.into(),
            wall_s,
            cpu_user_s: cpu_us * items as f64 / 1e6,
            cpu_sys_s: 0.0,
            max_rss_kib: 9 * 1024,
            p50_us: 100.0,
            p99_us: 200.0,
            server_cpu_s: Some(0.1),
        }
    }

    fn pair(workload: Workload, runtime: &str, sdk: f64, floor: f64) -> Pair {
        Pair {
            sdk: sample("sdk", workload, runtime, sdk, 1e6 / sdk),
            floor: sample("floor", workload, runtime, floor, 1e6 / floor),
            sdk_rounds: vec![sdk],
            floor_rounds: vec![floor],
        }
    }

    fn results(sdk_over_floor: f64, node: bool) -> Results {
        let workloads = Workload::ALL
            .into_iter()
            .map(|workload| {
                let multi = (workload.concurrency() > 1)
                    .then(|| pair(workload, "multi", 50_000.0 * sdk_over_floor, 50_000.0));
                let peers = workload != Workload::Pagination;
                WorkloadResult {
                    workload,
                    n: 10_000,
                    seed: 1_000,
                    current: pair(workload, "current", 60_000.0 * sdk_over_floor, 60_000.0),
                    // The Python SDK is skipped in these results (see `python` below).
                    python: None,
                    node: (peers && node).then(|| sample("node", workload, "node", 1_500.0, 800.0)),
                    multi,
                }
            })
            .collect();
        let gets = sample("floor", Workload::Concurrent, "current", 50_000.0, 16.0);
        let server = |start_s: f64, rate: f64| crate::mock::ServerFigures {
            starts_s: vec![start_s],
            gets: sample("floor", Workload::Concurrent, "current", rate, 16.0),
        };
        Results {
            quick: false,
            rounds: 1,
            machine: crate::host::Machine {
                cpu: "Test CPU".into(),
                cores: 2,
                memory: "1 GiB".into(),
                os: "Linux".into(),
                rustc: "rustc 1.95.0".into(),
                date: "2026-12-01 12:00 UTC".into(),
                release: true,
            },
            python: Python::Skipped("--no-python was given".into()),
            node: if node {
                Node::Ready {
                    node: "node".into(),
                    modules: "/tmp/node".into(),
                    node_version: "v20.20.2".into(),
                }
            } else {
                Node::Skipped("--no-node was given".into())
            },
            prism: Prism::Skipped("--no-prism was given".into()),
            workloads,
            small_pagination: (
                sample("sdk", Workload::Pagination, "current", 300_000.0, 1.0),
                sample("floor", Workload::Pagination, "current", 300_000.0, 1.0),
            ),
            emulator: crate::results::EmulatorFigures {
                users: 1_000_000,
                rss_kib: 900 * 1024,
                hwm_kib: 900 * 1024,
                base_rss_kib: 10 * 1024,
                base_users: 1_000,
                seed_s: 3.0,
                floor_gets: gets.clone(),
                sdk_gets: gets,
            },
            mock: Ok(MockFigures {
                emulator: server(0.005, 40_000.0),
                prism: Ok(server(1.5, 500.0)),
                in_process_us: vec![30.0, 31.0, 29.0],
            }),
            busy_before: 0.0,
        }
    }

    #[test]
    fn every_target_is_on_the_page_with_its_verdict() {
        let runs = [
            results(0.97, true),
            results(0.93, true),
            results(0.99, true),
        ];
        let judged = judge(&runs.iter().map(targets).collect::<Vec<_>>());
        // 5 x 2 against the floor, 2 against Python, 3 x 2 against Node, 2 pagination,
        // 2 emulator, 2 against Prism.
        assert_eq!(judged.len(), 24);
        let page = markdown(&Page {
            last: &runs[2],
            judged: &judged,
            runs: 3,
            elapsed: Duration::from_secs(600),
            build_cost: crate::buildcost::placeholder(),
        });
        for j in &judged {
            assert!(
                page.contains(&format!("| {} |", j.target.what)),
                "{}",
                j.target.what
            );
        }
        // The median of 0.97, 0.93 and 0.99 meets 0.95; the Python SDK was not run.
        assert!(
            page.contains("0.97× (median of 3 runs; spread 0.93× – 0.99×"),
            "{page}"
        );
        assert_eq!(page.matches("| not measured |").count(), 2, "{page}");
        assert!(
            page.contains(
                "`cargo run --release -p authn-bench -- --runs 3 --no-python --no-prism`"
            )
        );
        assert!(page.contains("| Node SDK | node client |"), "{page}");
        assert!(
            page.contains(
                "300× (median of 3 runs; spread 300× – 300×; last run: 5.00 ms vs 1.50 s"
            ),
            "{page}"
        );
        assert!(page.contains("last run: 40,000 vs 500 req/s)"), "{page}");
        assert!(page.contains(crate::buildcost::BEGIN));
        assert!(page.contains("## How to run each mode"));
        // The SVG has a bar per contender, Node's included.
        let svg = svg(&runs[2]);
        assert!(svg.contains("#2f9e44"), "the Node SDK's colour");
    }

    #[test]
    fn a_skipped_node_sdk_leaves_its_targets_unmeasured() {
        let run = results(1.0, false);
        let judged = judge(&[targets(&run)]);
        let node: Vec<&Judged> = judged
            .iter()
            .filter(|j| j.target.what.contains("Node SDK"))
            .collect();
        assert_eq!(node.len(), 6);
        assert!(node.iter().all(|j| j.met.is_none()));
        assert!(
            node[0].measured().contains("--no-node was given"),
            "{}",
            node[0].measured()
        );
    }
}
