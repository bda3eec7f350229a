//! `authn-bench`: authn-sdk side by side with the floor (a bare `reqwest::Client`) and with
//! Pangea's official Python and Node SDKs, on the emulator, on this machine; the emulator
//! against Pangea's mock server, Prism; and what authn-sdk costs a user's build.
//!
//! ```text
//! cargo run --release -p authn-bench -- [--quick] [--runs N] [--rounds R] [--out DIR]
//!                                        [--no-python] [--no-node] [--no-prism] [--prism-spec F]
//! cargo run --release -p authn-bench -- build-cost [--builds B] [--sets S,..] [--out DIR]
//! ```
//!
//! The default command orchestrates: it starts a fresh emulator (`authn-bench serve`) for each
//! workload, runs every contender against it in a process of its own (`authn-bench client`,
//! `bench/python/bench.py` in a virtual environment it installs `pangea-sdk` into, or
//! `bench/node/bench.cjs` with `pangea-node-sdk` it installs with npm), times the emulator
//! binary against Prism, and writes `benchmarks.md` and `benchmarks.svg` into `--out` (`docs/`
//! for a full run, a temporary directory for `--quick`). `build-cost` builds a baseline and a
//! user project per feature set of authn-sdk from cold and writes its own section of the same
//! page. See `docs/benchmarks.md` for what is measured and how.

mod buildcost;
mod client;
mod host;
mod measure;
mod mock;
mod node;
mod orchestrate;
mod report;
mod results;
mod serve;
mod stats;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "\
usage:
  authn-bench [--quick] [--runs N] [--rounds R] [--out DIR]
              [--no-python] [--no-node] [--no-prism] [--prism-spec FILE]
      run every workload with every contender, and the emulator against Prism, N times
      (default 1), judge the targets on the median of the N runs, and write
      DIR/benchmarks.md and .svg (DIR: docs/ of the workspace; with --quick, a temporary
      directory); the page keeps the build-cost section it had
      --rounds R        rounds of each Rust contender per workload in a run (default 11)
      --no-python, --no-node, --no-prism
                        leave out Pangea's Python SDK, its Node SDK, or Prism
      --prism-spec FILE Pangea's official OpenAPI description for Prism (default
                        /work/shared/reference/pangea-authn.openapi.json, else
                        shared/reference/ beside the workspace)
  authn-bench build-cost [--builds B] [--sets baseline,default,native-tls,jwt] [--out DIR]
                         [--from-json FILE]
      build a baseline project and a user project per authn-sdk feature set (each set only
      when authn-sdk declares its feature) B times (default 2) from cold, under
      <target>/bench-build-cost, save the figures in <target>/bench-build-cost/build-cost.json
      and write the build-cost section of DIR/benchmarks.md (DIR: docs/ of the workspace);
      with --from-json, build nothing and write the section from a saved run's figures
  authn-bench serve --seed-users N
      start the emulator on 127.0.0.1 with N users; print `listening on URL token T`;
      serve until standard input closes
  authn-bench client --contender sdk|floor|generated
                     --workload sequential|concurrent|mixed|pagination
                     --url URL --token T --n N [--concurrency C] [--page-size P]
                     [--runtime current|multi] [--server-pid PID] [--id ID]
      run one workload with one Rust contender and print one JSON line of figures
      (--id: get that one id instead of listing users, and accept any HTTP 200 answer: for a
      mock server such as Prism; the floor's sequential and concurrent workloads only)
      (`generated`, authn-api's client without the SDK's layer, is a diagnostic outside the
      default run, for the sequential and concurrent workloads)";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("-h" | "--help") => {
            println!("{USAGE}");
            return ExitCode::SUCCESS;
        }
        Some("serve") => parse_serve(&args[1..]).and_then(serve::run),
        Some("build-cost") => parse_build_cost(&args[1..]).and_then(|o| buildcost::run(&o)),
        Some("client") => parse_client(&args[1..]).and_then(|a| client::run(&a)),
        _ => parse_orchestrate(&args).and_then(|o| orchestrate::run(&o)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("authn-bench: {message}");
            ExitCode::FAILURE
        }
    }
}

/// `--flag value` pairs, each flag at most once.
fn pairs(args: &[String]) -> Result<Vec<(&str, &str)>, String> {
    let mut out: Vec<(&str, &str)> = Vec::new();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if !flag.starts_with("--") {
            return Err(format!("unexpected argument `{flag}`\n{USAGE}"));
        }
        let value = it
            .next()
            .ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        if out.iter().any(|(f, _)| f == flag) {
            return Err(format!("{flag} is given twice"));
        }
        out.push((flag.as_str(), value.as_str()));
    }
    Ok(out)
}

fn number<T: std::str::FromStr>(flag: &str, value: &str) -> Result<T, String> {
    value
        .replace('_', "")
        .parse()
        .map_err(|_| format!("{flag}: `{value}` is not a number"))
}

fn parse_serve(args: &[String]) -> Result<u64, String> {
    let mut seed = 0;
    for (flag, value) in pairs(args)? {
        match flag {
            "--seed-users" => seed = number(flag, value)?,
            _ => return Err(format!("serve: unknown option {flag}\n{USAGE}")),
        }
    }
    Ok(seed)
}

fn parse_client(args: &[String]) -> Result<client::Args, String> {
    let (mut kind, mut workload, mut url, mut token, mut n) = (None, None, None, None, None);
    let (mut concurrency, mut page_size, mut server_pid) = (None, 1000, None);
    let mut fixed_id = None;
    let mut runtime = client::Runtime::CurrentThread;
    for (flag, value) in pairs(args)? {
        match flag {
            "--contender" => {
                kind = Some(client::Kind::parse(value).ok_or_else(|| {
                    format!("--contender: `{value}` is not sdk, floor or generated")
                })?);
            }
            "--workload" => {
                workload = Some(
                    client::Workload::parse(value)
                        .ok_or_else(|| format!("--workload: unknown workload `{value}`"))?,
                );
            }
            "--url" => url = Some(value.to_string()),
            "--token" => token = Some(value.to_string()),
            "--n" => n = Some(number(flag, value)?),
            "--concurrency" => concurrency = Some(number(flag, value)?),
            "--page-size" => page_size = number(flag, value)?,
            "--server-pid" => server_pid = Some(number(flag, value)?),
            "--id" => fixed_id = Some(value.to_string()),
            "--runtime" => {
                runtime = client::Runtime::parse(value)
                    .ok_or_else(|| format!("--runtime: `{value}` is not current or multi"))?;
            }
            _ => return Err(format!("client: unknown option {flag}\n{USAGE}")),
        }
    }
    let missing = |what: &str| format!("client: {what} is required\n{USAGE}");
    let workload: client::Workload = workload.ok_or_else(|| missing("--workload"))?;
    if page_size == 0 {
        return Err("--page-size must be at least 1".into());
    }
    let kind = kind.ok_or_else(|| missing("--contender"))?;
    let gets = matches!(
        workload,
        client::Workload::Sequential | client::Workload::Concurrent
    );
    if fixed_id.is_some() && (kind != client::Kind::Floor || !gets) {
        return Err(
            "--id is for the floor contender's sequential and concurrent workloads only".into(),
        );
    }
    Ok(client::Args {
        kind,
        workload,
        url: url.ok_or_else(|| missing("--url"))?,
        token: token.ok_or_else(|| missing("--token"))?,
        n: n.ok_or_else(|| missing("--n"))?,
        concurrency: concurrency.unwrap_or(workload.concurrency()),
        page_size,
        runtime,
        server_pid,
        fixed_id,
    })
}

fn parse_build_cost(args: &[String]) -> Result<buildcost::Options, String> {
    let mut options = buildcost::Options {
        builds: 2,
        sets: None,
        out: None,
        from_json: None,
    };
    for (flag, value) in pairs(args)? {
        match flag {
            "--builds" => options.builds = number::<usize>(flag, value)?.max(1),
            "--sets" => {
                options.sets = Some(
                    value
                        .split(',')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect(),
                );
            }
            "--out" => options.out = Some(PathBuf::from(value)),
            "--from-json" => options.from_json = Some(PathBuf::from(value)),
            _ => return Err(format!("build-cost: unknown option {flag}\n{USAGE}")),
        }
    }
    Ok(options)
}

fn parse_orchestrate(args: &[String]) -> Result<orchestrate::Options, String> {
    let (mut quick, mut python, mut node, mut prism) = (false, true, true, true);
    let mut rest = Vec::new();
    for arg in args {
        match arg.as_str() {
            "--quick" => quick = true,
            "--no-python" => python = false,
            "--no-node" => node = false,
            "--no-prism" => prism = false,
            _ => rest.push(arg.clone()),
        }
    }
    let mut out = None;
    let mut rounds = None;
    let mut runs = 1;
    let mut prism_spec = None;
    for (flag, value) in pairs(&rest)? {
        match flag {
            "--out" => out = Some(PathBuf::from(value)),
            "--rounds" => rounds = Some(number::<usize>(flag, value)?.max(1)),
            "--runs" => runs = number::<usize>(flag, value)?.max(1),
            "--prism-spec" => prism_spec = Some(PathBuf::from(value)),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    Ok(orchestrate::Options {
        quick,
        python,
        node,
        prism,
        prism_spec,
        runs,
        out,
        // Eleven rounds: on the multi-thread runtime one round of the same binary can land 10%
        // from the next (glibc's arena locks, see profiling.md), and the median of seven still
        // moved by a few percent from one full run to the next.
        rounds: rounds.unwrap_or(if quick { 1 } else { 11 }),
    })
}
