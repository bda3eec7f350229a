//! `authn-bench build-cost`: what depending on authn-sdk costs a user's build, against a
//! baseline project that makes the same call with reqwest and serde by hand.
//!
//! Each project is a small binary crate written into a scratch directory under the target
//! directory, with the workspace's `Cargo.lock` copied in so that every project resolves to the
//! versions the workspace uses. Its `main.rs` makes one real `user.profile.get` against the URL
//! on its command line (checked against an emulator after the builds), so nothing is optimised
//! away.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::{Deserialize, Serialize};

use crate::host;
use crate::measure;
use crate::report;
use crate::stats;

/// What `authn-bench build-cost` was asked to do.
#[derive(Debug, Clone)]
pub struct Options {
    /// Cold builds of each project (the median is kept).
    pub builds: usize,
    /// The projects to build, by name (`baseline`, `default`, `native-tls`, `jwt`); all when
    /// `None`.
    pub sets: Option<Vec<String>>,
    /// The directory whose `benchmarks.md` gets the section (docs/ by default).
    pub out: Option<PathBuf>,
    /// Build nothing: write the section from the figures a previous run saved.
    pub from_json: Option<PathBuf>,
}

/// The issue's targets for the default-features user against the baseline.
pub const MAX_EXTRA_CRATES: i64 = 8;
pub const MAX_EXTRA_CPU: f64 = 0.20;
pub const MAX_EXTRA_BINARY_BYTES: i64 = 1_500_000;

/// A user project's dependency on authn-sdk: one of the feature sets the SDK offers.
#[derive(Debug, Clone, Copy)]
pub struct FeatureSet {
    pub name: &'static str,
    /// The authn-sdk feature this set needs; the set is built only when authn-sdk declares it.
    pub requires: Option<&'static str>,
    pub default_features: bool,
    pub features: &'static [&'static str],
}

/// Every feature set a user may pick. New optional features go here.
pub const SDK_SETS: &[FeatureSet] = &[
    FeatureSet {
        name: "default",
        requires: None,
        default_features: true,
        features: &[],
    },
    FeatureSet {
        name: "native-tls",
        requires: Some("native-tls"),
        default_features: false,
        features: &["native-tls"],
    },
    FeatureSet {
        name: "jwt",
        requires: Some("jwt"),
        default_features: true,
        features: &["jwt"],
    },
];

/// The name of the project without authn-sdk.
pub const BASELINE: &str = "baseline";

/// tokio as both kinds of project use it: what `#[tokio::main]` needs.
const TOKIO: &str = r#"tokio = { version = "1", features = ["macros", "rt-multi-thread"] }"#;

const BASELINE_DEPENDENCIES: &str = r#"reqwest = { version = "0.13", default-features = false, features = ["json", "rustls"] }
serde = { version = "1", features = ["derive"] }
serde_json = "1""#;

const BASELINE_MAIN: &str = r#"//! One `user.profile.get` by hand: reqwest, serde and serde_json.
use serde::{Deserialize, Serialize};

#[derive(Serialize)]
struct ProfileGet<'a> {
    id: &'a str,
}

#[derive(Deserialize)]
struct Answer {
    status: String,
    request_id: String,
}

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(token), Some(id)) = (args.next(), args.next(), args.next()) else {
        return Err("usage: URL TOKEN USER_ID".into());
    };
    let bytes = reqwest::Client::new()
        .post(format!("{}/v2/user/profile/get", url.trim_end_matches('/')))
        .bearer_auth(token)
        .json(&ProfileGet { id: &id })
        .send()
        .await?
        .error_for_status()?
        .bytes()
        .await?;
    let answer: Answer = serde_json::from_slice(&bytes)?;
    if answer.status != "Success" {
        return Err(format!("{} ({})", answer.status, answer.request_id).into());
    }
    println!("{}", answer.request_id);
    Ok(())
}
"#;

const SDK_MAIN: &str = r#"//! One `user.profile.get` with authn-sdk.
use authn_sdk::{AuthN, Config, UserRef};

#[tokio::main]
async fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let (Some(url), Some(token), Some(id)) = (args.next(), args.next(), args.next()) else {
        return Err("usage: URL TOKEN USER_ID".into());
    };
    let authn = AuthN::new(Config::new(token).base_url_template(url))?;
    let user = authn.user().profile().get(UserRef::id(id)).send().await?;
    println!("{}", user.id);
    Ok(())
}
"#;

/// A TOML basic string (JSON's escapes are TOML's for what a path holds).
fn toml_string(text: &str) -> String {
    serde_json::to_string(text).unwrap_or_else(|_| format!("\"{text}\""))
}

/// The `authn-sdk = ...` line of a user project.
pub fn sdk_dependency(set: &FeatureSet, sdk: &Path) -> String {
    let mut line = format!(
        "authn-sdk = {{ path = {}",
        toml_string(&sdk.to_string_lossy())
    );
    if !set.default_features {
        line.push_str(", default-features = false");
    }
    if !set.features.is_empty() {
        let features: Vec<String> = set.features.iter().map(|f| toml_string(f)).collect();
        let _ = write!(line, ", features = [{}]", features.join(", "));
    }
    line.push_str(" }");
    line
}

/// The `Cargo.toml` of a scratch project.
pub fn manifest(package: &str, dependencies: &str) -> String {
    format!(
        "[package]\nname = \"{package}\"\nversion = \"0.0.0\"\nedition = \"2024\"\npublish = false\n\n\
         # Not a member of the workspace whose target directory it sits in.\n[workspace]\n\n\
         [dependencies]\n{dependencies}\n{TOKIO}\n"
    )
}

/// How a project reads in the table.
fn describe(set: Option<&FeatureSet>) -> String {
    match set {
        None => "reqwest 0.13 (no default features; json, rustls), serde (derive), serde_json, \
                 tokio (macros, rt-multi-thread)"
            .into(),
        Some(set) => {
            let mut text = "authn-sdk".to_string();
            match (set.default_features, set.features) {
                (true, []) => text.push_str(" (default features)"),
                (true, features) => {
                    let _ = write!(text, " (default features + {})", features.join(", "));
                }
                (false, features) => {
                    let _ = write!(text, " (no default features; {})", features.join(", "));
                }
            }
            text.push_str(", tokio (macros, rt-multi-thread)");
            text
        }
    }
}

/// One project's figures.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ProjectCost {
    /// `baseline`, or the feature set's name.
    pub name: String,
    pub describe: String,
    /// Every package of the dependency tree (normal and build edges, host platform), as
    /// `name version`, the project itself left out.
    pub packages: Vec<(String, String)>,
    /// User + system CPU seconds of each cold `cargo build --release` (the whole process tree).
    pub cpu_s: Vec<f64>,
    pub wall_s: Vec<f64>,
    pub binary_bytes: u64,
    /// Whether the binary made its call against an emulator: `None` if not checked.
    pub call: Option<Result<(), String>>,
}

impl ProjectCost {
    pub fn crates(&self) -> usize {
        self.packages.len()
    }
    pub fn duplicates(&self) -> Vec<(String, Vec<String>)> {
        duplicates(&self.packages)
    }
    pub fn cpu(&self) -> f64 {
        stats::median(&self.cpu_s).unwrap_or(f64::NAN)
    }
    pub fn wall(&self) -> f64 {
        stats::median(&self.wall_s).unwrap_or(f64::NAN)
    }
}

/// A whole build-cost run.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct BuildCost {
    pub date: String,
    pub cores: usize,
    pub cpu: String,
    pub rustc: String,
    pub builds: usize,
    /// The `--sets` the run was given, if any.
    #[serde(default)]
    pub sets: Option<Vec<String>>,
    pub projects: Vec<ProjectCost>,
    /// Sets left out, and why (authn-sdk does not declare their feature).
    pub skipped: Vec<(String, String)>,
    pub elapsed_s: f64,
}

impl BuildCost {
    pub fn project(&self, name: &str) -> Option<&ProjectCost> {
        self.projects.iter().find(|p| p.name == name)
    }
}

/// `name version` of every package in `cargo tree --prefix none` output, each once, without
/// the first line (the project itself). Lines look like `serde v1.0.228`,
/// `serde_derive v1.0.228 (proc-macro)`, `authn-sdk v0.1.0 (/path)` or `tokio v1.48.0 (*)`.
pub fn tree_packages(text: &str) -> Vec<(String, String)> {
    let mut seen = BTreeSet::new();
    for line in text.lines().skip(1) {
        let mut words = line.split_whitespace();
        let (Some(name), Some(version)) = (words.next(), words.next()) else {
            continue;
        };
        // `[build-dependencies]` and such label edges; they are not packages.
        let Some(version) = version.strip_prefix('v') else {
            continue;
        };
        if name.starts_with('[') {
            continue;
        }
        seen.insert((name.to_string(), version.to_string()));
    }
    seen.into_iter().collect()
}

/// The crates present in several versions (what `cargo tree -d` lists), each with its
/// versions, by name.
pub fn duplicates(packages: &[(String, String)]) -> Vec<(String, Vec<String>)> {
    let mut by_name: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, version) in packages {
        by_name.entry(name).or_default().insert(version);
    }
    by_name
        .into_iter()
        .filter(|(_, versions)| versions.len() > 1)
        .map(|(name, versions)| {
            (
                name.to_string(),
                versions.into_iter().map(str::to_string).collect(),
            )
        })
        .collect()
}

/// The features authn-sdk declares, from `cargo metadata`.
pub fn declared_features(metadata: &serde_json::Value) -> BTreeSet<String> {
    metadata["packages"]
        .as_array()
        .into_iter()
        .flatten()
        .filter(|p| p["name"] == "authn-sdk")
        .filter_map(|p| p["features"].as_object())
        .flat_map(|features| features.keys().cloned())
        .collect()
}

/// The projects of a run: `None` for the baseline, else a user project's feature set; and the
/// sets left out, each with why.
pub type Plan = (Vec<Option<&'static FeatureSet>>, Vec<(String, String)>);

/// The projects to build: the baseline, then each feature set authn-sdk declares, filtered by
/// `wanted`. Sets left out for a missing feature are returned with the reason.
pub fn plan(declared: &BTreeSet<String>, wanted: Option<&[String]>) -> Result<Plan, String> {
    let known: Vec<&str> = std::iter::once(BASELINE)
        .chain(SDK_SETS.iter().map(|s| s.name))
        .collect();
    if let Some(unknown) = wanted
        .into_iter()
        .flatten()
        .find(|w| !known.contains(&w.as_str()))
    {
        return Err(format!(
            "--sets: unknown set `{unknown}` (known: {})",
            known.join(", ")
        ));
    }
    let wants = |name: &str| wanted.is_none_or(|w| w.iter().any(|x| x == name));
    let mut projects = Vec::new();
    let mut skipped = Vec::new();
    if wants(BASELINE) {
        projects.push(None);
    }
    for set in SDK_SETS.iter().filter(|s| wants(s.name)) {
        match set.requires {
            Some(feature) if !declared.contains(feature) => skipped.push((
                set.name.to_string(),
                format!("authn-sdk/Cargo.toml declares no `{feature}` feature"),
            )),
            _ => projects.push(Some(set)),
        }
    }
    Ok((projects, skipped))
}

fn cargo() -> std::ffi::OsString {
    std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into())
}

/// A cargo command for the project in `dir`, building into `dir/target` only: no target
/// directory or compiler wrapper (a cache would make a cold build warm) from the environment.
fn cargo_in(dir: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(cargo());
    command
        .args(args)
        .arg("--manifest-path")
        .arg(dir.join("Cargo.toml"))
        .current_dir(dir)
        .env("CARGO_TARGET_DIR", dir.join("target"))
        .env_remove("CARGO_BUILD_TARGET_DIR")
        .env_remove("RUSTC_WRAPPER")
        .env_remove("RUSTC_WORKSPACE_WRAPPER")
        .env_remove("CARGO_BUILD_RUSTC_WRAPPER")
        .stdin(Stdio::null());
    command
}

fn package_name(project: &str) -> String {
    format!("build-cost-{project}")
}

/// Where a project's release binary is kept once its target directory is gone.
fn binary(scratch: &Path, project: &str) -> PathBuf {
    scratch.join(project).join(package_name(project))
}

/// Writes the project into `dir` (with the workspace's lock), and lists its dependency tree.
fn prepare(
    dir: &Path,
    project: &str,
    dependencies: &str,
    main: &str,
    lock: &Path,
) -> Result<Vec<(String, String)>, String> {
    let _ = std::fs::remove_dir_all(dir);
    std::fs::create_dir_all(dir.join("src"))
        .map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let write = |path: PathBuf, text: &str| {
        std::fs::write(&path, text).map_err(|e| format!("cannot write {}: {e}", path.display()))
    };
    write(
        dir.join("Cargo.toml"),
        &manifest(&package_name(project), dependencies),
    )?;
    write(dir.join("src/main.rs"), main)?;
    std::fs::copy(lock, dir.join("Cargo.lock"))
        .map_err(|e| format!("cannot copy {} into {}: {e}", lock.display(), dir.display()))?;
    // Downloads (not timed) and resolves: cargo keeps the lock's versions, drops the rest.
    host::run_to_end(
        cargo_in(dir, &["fetch", "--quiet"]),
        &format!("cargo fetch for the {project} project"),
        Duration::from_secs(900),
    )?;
    let tree = host::run_to_end(
        cargo_in(
            dir,
            &[
                "tree",
                "--quiet",
                "--edges",
                "normal,build",
                "--prefix",
                "none",
            ],
        ),
        &format!("cargo tree for the {project} project"),
        Duration::from_secs(300),
    )?;
    Ok(tree_packages(&tree))
}

/// One cold release build: (CPU seconds of the cargo process tree, wall seconds).
fn cold_build(dir: &Path, project: &str, log: &Path) -> Result<(f64, f64), String> {
    let target = dir.join("target");
    let _ = std::fs::remove_dir_all(&target);
    let result = timed_build(dir, project, log);
    if result.is_err() {
        // A failed build leaves its half-built target directory; it is of no use.
        let _ = std::fs::remove_dir_all(&target);
    }
    result
}

fn timed_build(dir: &Path, project: &str, log: &Path) -> Result<(f64, f64), String> {
    let log_file =
        std::fs::File::create(log).map_err(|e| format!("cannot create {}: {e}", log.display()))?;
    let mut command = cargo_in(dir, &["build", "--release"]);
    command.stdout(Stdio::null()).stderr(log_file);
    // Every descendant cargo waits for (rustc, build scripts, the linker) is counted in the
    // children's usage once cargo itself is waited for; nothing else of ours runs meanwhile.
    let before = measure::children_usage()?;
    let started = Instant::now();
    let status = command
        .status()
        .map_err(|e| format!("cannot start cargo build for {project}: {e}"))?;
    let wall = started.elapsed().as_secs_f64();
    let after = measure::children_usage()?;
    if !status.success() {
        return Err(format!(
            "cargo build --release of the {project} project failed ({status}); see {}",
            log.display()
        ));
    }
    let cpu = (after.user + after.sys)
        .saturating_sub(before.user + before.sys)
        .as_secs_f64();
    Ok((cpu, wall))
}

/// Runs each built binary once against an emulator: it must make its call.
fn check_calls(projects: &mut [ProjectCost], scratch: &Path) -> Result<(), String> {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .map_err(|e| format!("cannot start the tokio runtime: {e}"))?;
    let emulator = runtime
        .block_on(authn_emulator::Emulator::start())
        .map_err(|e| format!("cannot start the emulator: {e}"))?;
    let user = emulator
        .create_user("build-cost@example.com")
        .map_err(|e| format!("cannot create a user: {e}"))?;
    let id = user.id.to_string();
    for project in projects.iter_mut() {
        let bin = binary(scratch, &project.name);
        let output = Command::new(&bin)
            .args([emulator.base_url(), emulator.token(), id.as_str()])
            .stdin(Stdio::null())
            .output();
        project.call = Some(match output {
            Ok(out) if out.status.success() => Ok(()),
            Ok(out) => Err(format!(
                "{} failed ({}): {}",
                bin.display(),
                out.status,
                String::from_utf8_lossy(&out.stderr).trim()
            )),
            Err(e) => Err(format!("cannot run {}: {e}", bin.display())),
        });
        match &project.call {
            Some(Ok(())) => println!("   {}: the binary made its call", project.name),
            Some(Err(e)) => println!("   {}: {e}", project.name),
            None => {}
        }
    }
    runtime.block_on(emulator.shutdown());
    Ok(())
}

pub fn run(options: &Options) -> Result<(), String> {
    let workspace = host::workspace();
    let out = options
        .out
        .clone()
        .unwrap_or_else(|| workspace.join("docs"));
    if let Some(path) = &options.from_json {
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read {}: {e}", path.display()))?;
        let cost: BuildCost = serde_json::from_str(&text)
            .map_err(|e| format!("{} is not a build-cost run: {e}", path.display()))?;
        return publish(&cost, &out);
    }
    let cost = measure(options)?;
    let json = host::target_dir().join("bench-build-cost/build-cost.json");
    let text = serde_json::to_string_pretty(&cost).map_err(|e| format!("cannot encode: {e}"))?;
    std::fs::write(&json, text).map_err(|e| format!("cannot write {}: {e}", json.display()))?;
    println!(
        "The figures are in {} (`--from-json` writes the section from them again)",
        json.display()
    );
    publish(&cost, &out)?;
    if let Some(failed) = cost
        .projects
        .iter()
        .find_map(|p| p.call.as_ref().and_then(|c| c.as_ref().err()))
    {
        return Err(format!("a built binary did not make its call: {failed}"));
    }
    Ok(())
}

/// Prints the targets and writes the section into `out/benchmarks.md`.
fn publish(cost: &BuildCost, out: &Path) -> Result<(), String> {
    println!();
    for t in targets(cost) {
        println!(
            "{:<7} {} {}: {}",
            report::verdict(t.met),
            t.what,
            t.goal,
            t.measured
        );
    }
    std::fs::create_dir_all(out).map_err(|e| format!("cannot create {}: {e}", out.display()))?;
    let page = out.join("benchmarks.md");
    let existing = std::fs::read_to_string(&page).unwrap_or_else(|_| "# Benchmarks\n".into());
    std::fs::write(&page, splice(&existing, &section(cost)))
        .map_err(|e| format!("cannot write {}: {e}", page.display()))?;
    println!("\nWrote the build-cost section of {}", page.display());
    Ok(())
}

/// Writes one project, lists its tree and builds it `builds` times from cold.
fn project(
    scratch: &Path,
    set: Option<&FeatureSet>,
    builds: usize,
    sdk: &Path,
    lock: &Path,
) -> Result<ProjectCost, String> {
    let name = set.map_or(BASELINE, |s| s.name);
    let dir = scratch.join(name);
    let (dependencies, main) = match set {
        None => (BASELINE_DEPENDENCIES.to_string(), BASELINE_MAIN),
        Some(set) => (sdk_dependency(set, sdk), SDK_MAIN),
    };
    let packages = prepare(&dir, name, &dependencies, main, lock)?;
    let dups = duplicates(&packages);
    println!(
        "   {} crates in the dependency tree; duplicated: {}",
        packages.len(),
        if dups.is_empty() {
            "none".to_string()
        } else {
            render_duplicates(&dups)
        }
    );
    let (mut cpu_s, mut wall_s) = (Vec::new(), Vec::new());
    for build in 1..=builds {
        let log = scratch.join(format!("{name}-build-{build}.log"));
        let (cpu, wall) = cold_build(&dir, name, &log)?;
        println!("   cold build {build}/{builds}: CPU {cpu:.1} s, wall {wall:.1} s");
        cpu_s.push(cpu);
        wall_s.push(wall);
    }
    let built = dir.join("target/release").join(package_name(name));
    let binary_bytes = std::fs::metadata(&built)
        .map_err(|e| format!("cannot read {}: {e}", built.display()))?
        .len();
    println!("   release binary {:.2} MB", binary_bytes as f64 / 1e6);
    // Keep the binary, drop the rest: a release target directory is some 400 MB, and
    // several of them at once can fill a shared disk.
    std::fs::copy(&built, binary(scratch, name))
        .map_err(|e| format!("cannot keep {}: {e}", built.display()))?;
    let _ = std::fs::remove_dir_all(dir.join("target"));
    Ok(ProjectCost {
        name: name.to_string(),
        describe: describe(set),
        packages,
        cpu_s,
        wall_s,
        binary_bytes,
        call: None,
    })
}

/// Builds every project of the plan and measures it.
fn measure(options: &Options) -> Result<BuildCost, String> {
    let started = Instant::now();
    // The date of the run is when it started.
    let machine = host::machine();
    let workspace = host::workspace();
    let scratch = host::target_dir().join("bench-build-cost");
    let metadata = host::run_to_end(
        {
            let mut c = Command::new(cargo());
            c.args(["metadata", "--format-version", "1", "--no-deps"])
                .current_dir(&workspace);
            c
        },
        "cargo metadata",
        Duration::from_secs(120),
    )?;
    let metadata: serde_json::Value =
        serde_json::from_str(&metadata).map_err(|e| format!("cargo metadata: {e}"))?;
    let declared = declared_features(&metadata);
    let (plan, skipped) = plan(&declared, options.sets.as_deref())?;
    for (name, why) in &skipped {
        println!("Leaving out the {name} set: {why}");
    }
    let builds = options.builds.max(1);
    let sdk = workspace.join("authn-sdk");
    let lock = workspace.join("Cargo.lock");
    println!(
        "authn-bench build-cost: {} project(s), {builds} cold release build(s) each, in {}",
        plan.len(),
        scratch.display()
    );
    let mut projects = Vec::new();
    let mut skipped = skipped;
    for set in &plan {
        let name = set.map_or(BASELINE, |s| s.name);
        println!("\n== {name}: {}", describe(*set));
        // A project that cannot be built (say native-tls without OpenSSL's headers) is left
        // out with the reason, and the others are still measured.
        match project(&scratch, *set, builds, &sdk, &lock) {
            Ok(cost) => projects.push(cost),
            Err(why) => {
                println!("   left out: {why}");
                skipped.push((name.to_string(), why));
            }
        }
    }
    println!("\n== each binary's call against an emulator");
    check_calls(&mut projects, &scratch)?;

    Ok(BuildCost {
        date: machine.date,
        cores: machine.cores,
        cpu: machine.cpu,
        rustc: machine.rustc,
        builds,
        sets: options.sets.clone(),
        projects,
        skipped,
        elapsed_s: started.elapsed().as_secs_f64(),
    })
}

// ---------------------------------------------------------------------------------------------
// The section of benchmarks.md

/// Marks the section the build-cost run owns; the run-time run carries it over unchanged.
pub const BEGIN: &str = "<!-- build-cost:begin (written by `authn-bench build-cost`) -->";
pub const END: &str = "<!-- build-cost:end -->";

/// The build-cost section of `page`, markers included, if it has one.
pub fn extract(page: &str) -> Option<&str> {
    let start = page.find(BEGIN)?;
    let end = page[start..].find(END)? + start + END.len();
    Some(&page[start..end])
}

/// `page` with its build-cost section replaced by `section`; a page without one gets it before
/// its `## Results` heading, or at its end.
pub fn splice(page: &str, section: &str) -> String {
    let section = section.trim_end();
    if let Some(old) = extract(page) {
        return page.replacen(old, section, 1);
    }
    match page.find("\n## Results") {
        Some(at) => format!("{}{section}\n\n{}", &page[..=at], &page[at + 1..]),
        None => format!("{}\n\n{section}\n", page.trim_end()),
    }
}

/// What the run-time page shows before any build-cost run.
pub fn placeholder() -> String {
    format!(
        "{BEGIN}\n## Build cost\n\nNot measured yet: run `cargo run --release -p authn-bench -- \
         build-cost` (about 20 minutes on a quiet 2-core machine; see \"How to run each mode\").\n{END}"
    )
}

/// One build-cost target.
#[derive(Debug, Clone)]
pub struct Target {
    pub what: String,
    pub goal: String,
    pub measured: String,
    pub met: Option<bool>,
}

fn signed(n: i64) -> String {
    if n >= 0 {
        format!("+{n}")
    } else {
        n.to_string()
    }
}

fn mb(bytes: i64) -> String {
    format!("{:.2} MB", bytes as f64 / 1e6)
}

fn signed_mb(bytes: i64) -> String {
    let text = mb(bytes);
    if bytes >= 0 { format!("+{text}") } else { text }
}

fn seconds(s: f64) -> String {
    if s >= 100.0 {
        format!("{s:.0} s")
    } else {
        format!("{s:.1} s")
    }
}

fn render_duplicates(dups: &[(String, Vec<String>)]) -> String {
    dups.iter()
        .map(|(name, versions)| format!("{name} {}", versions.join(" + ")))
        .collect::<Vec<_>>()
        .join("; ")
}

/// The four targets, for the default-features user against the baseline.
pub fn targets(cost: &BuildCost) -> Vec<Target> {
    let (base, user) = match (cost.project(BASELINE), cost.project("default")) {
        (Some(b), Some(u)) => (b, u),
        _ => {
            return vec![Target {
                what: "build cost of the default-features user against the baseline".into(),
                goal: "+8 crates, +20 % CPU, +1.5 MB, no duplicate".into(),
                measured: "not measured: this run did not build both the baseline and the \
                           default set"
                    .into(),
                met: None,
            }];
        }
    };
    let extra_crates = user.crates() as i64 - base.crates() as i64;
    let extra_cpu = user.cpu() / base.cpu() - 1.0;
    let extra_bytes = user.binary_bytes as i64 - base.binary_bytes as i64;
    let dups = user.duplicates();
    vec![
        Target {
            what: "crates in the dependency tree".into(),
            goal: format!("at most {} over the baseline", signed(MAX_EXTRA_CRATES)),
            measured: format!(
                "{} ({} vs {})",
                signed(extra_crates),
                user.crates(),
                base.crates()
            ),
            met: Some(extra_crates <= MAX_EXTRA_CRATES),
        },
        Target {
            what: "cold `cargo build --release`, CPU".into(),
            goal: format!("at most +{:.0} % over the baseline", MAX_EXTRA_CPU * 100.0),
            measured: format!(
                "{:+.0} % ({} vs {})",
                extra_cpu * 100.0,
                seconds(user.cpu()),
                seconds(base.cpu())
            ),
            met: (!extra_cpu.is_nan()).then_some(extra_cpu <= MAX_EXTRA_CPU),
        },
        Target {
            what: "release binary".into(),
            goal: format!(
                "at most {} over the baseline",
                signed_mb(MAX_EXTRA_BINARY_BYTES)
            ),
            measured: format!(
                "{} ({} vs {})",
                signed_mb(extra_bytes),
                mb(user.binary_bytes as i64),
                mb(base.binary_bytes as i64)
            ),
            met: Some(extra_bytes <= MAX_EXTRA_BINARY_BYTES),
        },
        Target {
            what: "duplicated crates (several versions of one crate)".into(),
            goal: "none".into(),
            measured: if dups.is_empty() {
                "none".into()
            } else {
                render_duplicates(&dups)
            },
            met: Some(dups.is_empty()),
        },
    ]
}

/// The crates (by name) `user` has and `base` has not.
pub fn added(base: &ProjectCost, user: &ProjectCost) -> Vec<String> {
    let names = |p: &ProjectCost| -> BTreeSet<String> {
        p.packages.iter().map(|(n, _)| n.clone()).collect()
    };
    names(user).difference(&names(base)).cloned().collect()
}

/// The command that made the run.
fn command(cost: &BuildCost) -> String {
    let mut command = "cargo run --release -p authn-bench -- build-cost".to_string();
    if cost.builds != 2 {
        let _ = write!(command, " --builds {}", cost.builds);
    }
    if let Some(sets) = &cost.sets {
        let _ = write!(command, " --sets {}", sets.join(","));
    }
    command
}

/// The whole section, markers included.
pub fn section(cost: &BuildCost) -> String {
    let mut s = String::new();
    let targets = targets(cost);
    let met = targets.iter().filter(|t| t.met == Some(true)).count();
    let _ = writeln!(s, "{BEGIN}");
    let _ = writeln!(s, "## Build cost\n");
    let _ = writeln!(
        s,
        "What depending on authn-sdk costs a user's build, against a baseline project that \
         makes the same `user.profile.get` by hand with reqwest and serde. Run on {}, on {} \
         cores ({}), with {}: `{}` ({} cold build{} of each project; took {:.0} min). {met} \
         of {} targets met. The figures are from this run, not from the run-time run above.\n",
        cost.date,
        cost.cores,
        cost.cpu,
        cost.rustc,
        command(cost),
        cost.builds,
        if cost.builds == 1 { "" } else { "s" },
        cost.elapsed_s / 60.0,
        targets.len(),
    );
    let base = cost.project(BASELINE);
    let _ = writeln!(
        s,
        "| project | depends on | crates | duplicated crates | cold build CPU | cold build wall | release binary |"
    );
    let _ = writeln!(s, "|---|---|--:|---|--:|--:|--:|");
    for p in &cost.projects {
        let vs = |own: String, delta: Option<String>| match delta {
            Some(d) if p.name != BASELINE => format!("{own} ({d})"),
            _ => own,
        };
        let dups = p.duplicates();
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} | {} | {} | {} |",
            p.name,
            p.describe,
            vs(
                p.crates().to_string(),
                base.map(|b| signed(p.crates() as i64 - b.crates() as i64))
            ),
            if dups.is_empty() {
                "none".to_string()
            } else {
                render_duplicates(&dups)
            },
            vs(
                seconds(p.cpu()),
                base.map(|b| format!("{:+.0} %", (p.cpu() / b.cpu() - 1.0) * 100.0))
            ),
            vs(
                seconds(p.wall()),
                base.map(|b| format!("{:+.0} %", (p.wall() / b.wall() - 1.0) * 100.0))
            ),
            vs(
                mb(p.binary_bytes as i64),
                base.map(|b| signed_mb(p.binary_bytes as i64 - b.binary_bytes as i64))
            ),
        );
    }
    let every = |values: &[f64]| {
        values
            .iter()
            .map(|v| seconds(*v))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let _ = writeln!(
        s,
        "\nEvery build, CPU / wall: {}.",
        cost.projects
            .iter()
            .map(|p| format!("{} {} / {}", p.name, every(&p.cpu_s), every(&p.wall_s)))
            .collect::<Vec<_>>()
            .join("; ")
    );
    for (name, why) in &cost.skipped {
        let _ = writeln!(s, "The {name} set was left out: {why}.");
    }
    if let Some(base) = base {
        for p in cost.projects.iter().filter(|p| p.name != BASELINE) {
            let _ = writeln!(
                s,
                "Crates of the {} project that the baseline has not ({}): {}.",
                p.name,
                added(base, p).len(),
                added(base, p).join(", ")
            );
        }
    }
    let _ = writeln!(
        s,
        "\n| target (default features against the baseline) | goal | measured | |\n|---|---|---|---|"
    );
    for t in &targets {
        let _ = writeln!(
            s,
            "| {} | {} | {} | {} |",
            t.what,
            t.goal,
            t.measured,
            report::verdict_cell(t.met)
        );
    }
    let _ = writeln!(
        s,
        "\nEach project is a binary crate in `target/bench-build-cost/<project>/` (its target \
         directory removed after its builds, the binary kept beside it), with the \
         workspace's `Cargo.lock` copied in (so every project builds the versions the workspace \
         uses), authn-sdk by path, and a `main.rs` that makes one real call against the URL on \
         its command line (each binary is run once against an emulator after the builds). \
         *Crates* counts the packages of `cargo tree --edges normal,build` for the host, the \
         project itself left out: normal and build dependencies, proc-macros and their \
         dependencies included, dev-dependencies not. *Duplicated* lists the crates present in \
         more than one version in that tree (what `cargo tree -d` shows). *CPU* is the user + \
         system time of the whole `cargo build --release` process tree (rustc, build scripts, \
         the linker), from `getrusage(RUSAGE_CHILDREN)`; *wall* its elapsed time; each build \
         starts from an empty target directory with the sources already downloaded, and each \
         figure is the median of the builds (with two, their mean). The binary is \
         `target/release/<name>` as the default release profile leaves it (debug info \
         stripped, symbols kept); MB are 10^6 bytes."
    );
    let _ = writeln!(s, "{END}");
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pkgs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn the_tree_is_read_once_per_package_without_the_root() {
        let tree = "\
build-cost-default v0.0.0 (/tmp/x)
authn-sdk v0.1.0 (/work/authn-sdk)
serde v1.0.228
serde_derive v1.0.228 (proc-macro)
syn v2.0.110
[build-dependencies]
serde v1.0.228 (*)
tokio v1.48.0
syn v1.0.109
";
        assert_eq!(
            tree_packages(tree),
            pkgs(&[
                ("authn-sdk", "0.1.0"),
                ("serde", "1.0.228"),
                ("serde_derive", "1.0.228"),
                ("syn", "1.0.109"),
                ("syn", "2.0.110"),
                ("tokio", "1.48.0"),
            ])
        );
    }

    #[test]
    fn duplicates_are_the_names_with_several_versions() {
        let packages = pkgs(&[
            ("syn", "1.0.109"),
            ("syn", "2.0.110"),
            ("serde", "1.0.228"),
            ("windows-sys", "0.52.0"),
            ("windows-sys", "0.59.0"),
            ("windows-sys", "0.61.2"),
        ]);
        assert_eq!(
            duplicates(&packages),
            vec![
                ("syn".to_string(), vec!["1.0.109".into(), "2.0.110".into()]),
                (
                    "windows-sys".to_string(),
                    vec!["0.52.0".into(), "0.59.0".into(), "0.61.2".into()]
                ),
            ]
        );
        assert!(duplicates(&pkgs(&[("a", "1.0.0"), ("b", "1.0.0")])).is_empty());
    }

    #[test]
    fn a_set_is_planned_only_when_the_sdk_declares_its_feature() {
        let declared: BTreeSet<String> = ["default", "rustls", "native-tls"]
            .into_iter()
            .map(String::from)
            .collect();
        let (projects, skipped) = plan(&declared, None).expect("plan");
        let names: Vec<&str> = projects
            .iter()
            .map(|s| s.map_or(BASELINE, |s| s.name))
            .collect();
        assert_eq!(names, ["baseline", "default", "native-tls"]);
        assert_eq!(skipped.len(), 1);
        assert_eq!(skipped[0].0, "jwt");

        let mut with_jwt = declared.clone();
        with_jwt.insert("jwt".into());
        let (projects, skipped) = plan(&with_jwt, None).expect("plan");
        assert_eq!(projects.len(), 4);
        assert!(skipped.is_empty());

        let wanted = vec!["baseline".to_string(), "default".to_string()];
        let (projects, _) = plan(&with_jwt, Some(&wanted)).expect("plan");
        assert_eq!(projects.len(), 2);
        let err = plan(&declared, Some(&["fast".to_string()])).expect_err("unknown");
        assert!(err.contains("fast"), "{err}");
    }

    #[test]
    fn declared_features_come_from_cargo_metadata() {
        let metadata = serde_json::json!({"packages": [
            {"name": "authn-api", "features": {"schema": []}},
            {"name": "authn-sdk", "features": {"default": ["rustls"], "rustls": [], "jwt": []}},
        ]});
        let features: Vec<String> = declared_features(&metadata).into_iter().collect();
        assert_eq!(features, ["default", "jwt", "rustls"]);
    }

    #[test]
    fn a_user_project_depends_on_the_sdk_as_a_user_writes_it() {
        let sdk = Path::new("/work/x/authn-sdk");
        assert_eq!(
            sdk_dependency(&SDK_SETS[0], sdk),
            r#"authn-sdk = { path = "/work/x/authn-sdk" }"#
        );
        assert_eq!(
            sdk_dependency(&SDK_SETS[1], sdk),
            r#"authn-sdk = { path = "/work/x/authn-sdk", default-features = false, features = ["native-tls"] }"#
        );
        let manifest = manifest("build-cost-default", &sdk_dependency(&SDK_SETS[2], sdk));
        assert!(manifest.contains("\n[workspace]\n"), "{manifest}");
        assert!(manifest.contains(r#"features = ["jwt"] }"#), "{manifest}");
        assert!(manifest.contains(TOKIO), "{manifest}");
    }

    fn project(name: &str, crates: usize, cpu: [f64; 2], bytes: u64) -> ProjectCost {
        ProjectCost {
            name: name.into(),
            describe: format!("{name} deps"),
            packages: (0..crates)
                .map(|i| (format!("crate{i}"), "1.0.0".into()))
                .collect(),
            cpu_s: cpu.to_vec(),
            wall_s: cpu.iter().map(|c| c / 2.0).collect(),
            binary_bytes: bytes,
            call: Some(Ok(())),
        }
    }

    fn cost(projects: Vec<ProjectCost>) -> BuildCost {
        BuildCost {
            date: "2026-12-01 12:00 UTC".into(),
            cores: 2,
            cpu: "Test CPU".into(),
            rustc: "rustc 1.95.0".into(),
            builds: 2,
            sets: None,
            projects,
            skipped: vec![("jwt".into(), "no `jwt` feature".into())],
            elapsed_s: 600.0,
        }
    }

    #[test]
    fn targets_compare_the_default_user_with_the_baseline() {
        // +8 crates, +20 % CPU, +1.5 MB: each exactly at its bound, so met.
        let at_bounds = cost(vec![
            project(BASELINE, 87, [100.0, 100.0], 6_900_000),
            project("default", 95, [119.0, 121.0], 8_400_000),
        ]);
        let verdicts: Vec<Option<bool>> = targets(&at_bounds).iter().map(|t| t.met).collect();
        assert_eq!(verdicts, [Some(true); 4]);

        // The issue's figures: +20 crates, +58 %, +3.0 MB, and a second syn.
        let mut user = project("default", 106, [223.0, 223.0], 9_900_000);
        user.packages.push(("crate0".into(), "2.0.0".into()));
        let before = cost(vec![project(BASELINE, 87, [141.0, 141.0], 6_900_000), user]);
        let targets = targets(&before);
        let verdicts: Vec<Option<bool>> = targets.iter().map(|t| t.met).collect();
        assert_eq!(verdicts, [Some(false); 4]);
        assert_eq!(targets[0].measured, "+20 (107 vs 87)");
        assert_eq!(targets[1].measured, "+58 % (223 s vs 141 s)");
        assert_eq!(targets[2].measured, "+3.00 MB (9.90 MB vs 6.90 MB)");
        assert_eq!(targets[3].measured, "crate0 1.0.0 + 2.0.0");
    }

    #[test]
    fn without_both_projects_the_targets_are_not_measured() {
        let only_base = cost(vec![project(BASELINE, 87, [100.0, 100.0], 1)]);
        let targets = targets(&only_base);
        assert_eq!(targets.len(), 1);
        assert_eq!(targets[0].met, None);
    }

    #[test]
    fn the_section_shows_the_table_the_date_and_the_verdicts() {
        let run = cost(vec![
            project(BASELINE, 87, [140.0, 142.0], 6_900_000),
            project("default", 107, [220.0, 226.0], 9_900_000),
        ]);
        let text = section(&run);
        assert!(text.starts_with(BEGIN) && text.trim_end().ends_with(END));
        assert!(
            text.contains("Run on 2026-12-01 12:00 UTC, on 2 cores"),
            "{text}"
        );
        // The median of two builds is their mean.
        assert!(text.contains("| 141 s |"), "{text}");
        assert!(text.contains("| 107 (+20) |"), "{text}");
        assert!(text.contains("223 s (+58 %)"), "{text}");
        assert!(text.contains("9.90 MB (+3.00 MB)"), "{text}");
        assert!(text.contains("The jwt set was left out"), "{text}");
        assert!(
            text.contains("`cargo run --release -p authn-bench -- build-cost` (2 cold builds"),
            "{text}"
        );
        // crate87..crate106 are the default project's own.
        assert!(
            text.contains("the baseline has not (20): crate100, crate101,"),
            "{text}"
        );
        assert_eq!(text.matches("❌ **missed**").count(), 3, "{text}");
        assert_eq!(text.matches("✅ met").count(), 1, "{text}");
    }

    #[test]
    fn a_saved_run_writes_the_same_section_again() {
        let run = cost(vec![
            project(BASELINE, 87, [140.0, 142.0], 6_900_000),
            project("default", 107, [220.0, 226.0], 9_900_000),
        ]);
        let text = serde_json::to_string_pretty(&run).expect("encode");
        let again: BuildCost = serde_json::from_str(&text).expect("decode");
        assert_eq!(section(&again), section(&run));
        assert_eq!(again.projects[1].call, Some(Ok(())));
    }

    #[test]
    fn the_command_names_the_flags_given() {
        let mut run = cost(Vec::new());
        assert_eq!(
            command(&run),
            "cargo run --release -p authn-bench -- build-cost"
        );
        run.builds = 1;
        run.sets = Some(vec!["baseline".into(), "default".into()]);
        assert_eq!(
            command(&run),
            "cargo run --release -p authn-bench -- build-cost --builds 1 --sets baseline,default"
        );
    }

    #[test]
    fn the_section_is_spliced_into_the_page_and_carried_over() {
        let page = "# Benchmarks\n\nintro\n\n## Targets\n\nt\n\n## Results\n\nr\n";
        let first = splice(page, &placeholder());
        assert!(first.contains("t\n\n<!-- build-cost:begin"), "{first}");
        assert!(
            first.contains("build-cost:end -->\n\n## Results"),
            "{first}"
        );
        assert_eq!(extract(&first), Some(placeholder().as_str()));

        let new_section = format!("{BEGIN}\n## Build cost\n\nnew figures\n{END}\n");
        let second = splice(&first, &new_section);
        assert_eq!(second.matches(BEGIN).count(), 1, "{second}");
        assert!(second.contains("new figures"), "{second}");
        assert!(!second.contains("Not measured yet"), "{second}");
        assert!(second.ends_with("## Results\n\nr\n"), "{second}");

        let bare = splice("# Benchmarks\n", &new_section);
        assert_eq!(extract(&bare), Some(new_section.trim_end()));
        assert_eq!(extract("# no section"), None);
    }
}
